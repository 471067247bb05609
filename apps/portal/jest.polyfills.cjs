// jsdom lacks TextEncoder/TextDecoder, which react-router's cookie helpers create when imported.
const { TextDecoder, TextEncoder } = require('node:util');

Object.assign(globalThis, { TextDecoder, TextEncoder });
