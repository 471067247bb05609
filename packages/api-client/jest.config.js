const preset = require('../../jest.preset.js');

module.exports = {
  testEnvironment: 'jsdom',
  transform: { '^.+\\.(t|j)sx?$': preset.swc(true) },
  transformIgnorePatterns: preset.transformIgnorePatterns,
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': 'identity-obj-proxy' },
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
};
