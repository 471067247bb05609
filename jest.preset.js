// Shared Jest settings: TypeScript and the ESM-only packages (NestJS 12, uuid) are compiled by SWC to
// CommonJS, because Jest on Node 20 cannot require ES modules itself (see docs/adr/0001-stack.md).
const path = require('node:path');

const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// ESM-only dependencies that Jest must compile; add a name here when Jest reports "Must use import".
const esmOnly = [
  '@nestjs',
  'uuid',
  'content-disposition',
  'react-router',
  '@remix-run',
  'cookie-es',
  '@scure',
  '@noble',
  '@fastify/cookie',
  'cookie',
];

module.exports = {
  swc,
  transformIgnorePatterns: [`/node_modules/(?!\\.pnpm|${esmOnly.join('|')})`],
  // Workspace packages are resolved to their TypeScript sources, so tests never need a build first.
  moduleNameMapper: {
    '^@interlude/(contracts|domain|api-client|ui)$': path.join(__dirname, 'packages/$1/src/index.ts'),
  },
};
