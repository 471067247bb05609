import { invalid } from '../errors/problem';
import type { Check } from './checks';

/** Opaque keyset cursors: the sort key of the last row, base64url JSON. */
export const encodeCursor = (key: unknown[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** The key a cursor holds, each part checked, so a forged cursor is a 400 and never reaches SQL as junk. */
export function decodeCursor(cursor: string | undefined, parts: Check[]): string[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts.length && key.every((k, i) => parts[i](k))) return key;
  } catch {
    // fall through to the validation error
  }
  throw invalid([{ path: 'cursor', message: 'This cursor is not valid; start again without it' }]);
}

/** Splits one extra fetched row off into the next cursor. */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => string[]) {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return { items, nextCursor };
}
