/** Small value checks for identifiers and keys that arrive as text (path parameters, cursors). */
export type Check = (value: unknown) => boolean;
export const isText: Check = (v) => typeof v === 'string' && v.length <= 300 && !v.includes('\u0000');
export const isUuid: Check = (v) =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
export const isTimestamp: Check = (v) =>
  typeof v === 'string' &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(v) &&
  !Number.isNaN(Date.parse(v));
