const preset = require('../../jest.preset.js');

module.exports = {
  // Async queries may wait up to 5 s under CI load (jsdom-setup); a test gets more than that.
  testTimeout: 20000,
  testEnvironment: 'jsdom',
  transform: { '^.+\\.(t|j)sx?$': preset.swc(true) },
  transformIgnorePatterns: preset.transformIgnorePatterns,
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': 'identity-obj-proxy' },
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
};
