// Large tests: real Chromium against the built product, started as a child process per test file.
// They share one machine's PostgreSQL, Redis and CPU, so they run one file at a time (--runInBand).
const preset = require('../jest.preset.js');

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/*.e2e-spec.ts'],
  transform: { '^.+\\.(t|j)s$': preset.swc(false) },
  transformIgnorePatterns: preset.transformIgnorePatterns,
  testTimeout: 60_000,
  maxWorkers: 1,
  verbose: true,
};
