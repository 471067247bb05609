const preset = require('../../jest.preset.js');

// react-router's route-module loader reads `import.meta.hot` (Vite's dev API); CommonJS has no `import.meta`.
const [swcJest, swcOptions] = preset.swc(true);
const swc = [
  swcJest,
  {
    ...swcOptions,
    jsc: {
      ...swcOptions.jsc,
      transform: {
        ...swcOptions.jsc.transform,
        optimizer: { globals: { vars: { 'import.meta.hot': 'undefined' } } },
      },
    },
  },
];

module.exports = {
  // Async queries may wait up to 5 s under CI load (jsdom-setup); a test gets more than that.
  testTimeout: 20000,
  testEnvironment: '<rootDir>/../../jest.jsdom-environment.cjs',
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: preset.transformIgnorePatterns,
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': 'identity-obj-proxy' },
  setupFiles: ['<rootDir>/jest.polyfills.cjs'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
};
