const preset = require('../../jest.preset.js');

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': preset.swc(false) },
  transformIgnorePatterns: preset.transformIgnorePatterns,
  moduleNameMapper: preset.moduleNameMapper,
};
