import { pg } from './api-dist';

/** One statement a server sent to PostgreSQL, with the connection it went over. */
export interface TracedStatement {
  connection: number;
  text: string;
  /** Each parameter described by its type and, where it is stable across requests, its value. */
  values: string[];
}

type Query = (...args: unknown[]) => unknown;

let original: Query | undefined;
let recorded: TracedStatement[] = [];
let nextConnection = 1;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The type of a parameter and its value (`transactions` turns UUIDs into placeholders). */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return 'timestamp';
  if (Buffer.isBuffer(value)) return `bytea(${value.length})`;
  if (typeof value === 'string') return UUID.test(value) ? `uuid ${value}` : `text ${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `array [${value.map(describe).join(', ')}]`;
  if (typeof value === 'object') return `json ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

/**
 * Records every statement this process sends through node-postgres (the module TypeORM uses in the
 * API) by wrapping `Client.prototype.query`, until `stopSqlTrace` puts the original back. Only for
 * checking which statements a request runs; never on while load is measured.
 */
export function startSqlTrace(): void {
  if (original) return;
  const prototype = pg().Client.prototype;
  const query = prototype.query;
  original = query;
  recorded = [];
  const connections = new WeakMap<object, number>();
  prototype.query = function traced(this: object, ...args: unknown[]) {
    const [first, second] = args;
    const config =
      typeof first === 'object' && first !== null
        ? (first as { text?: string; values?: unknown[]; name?: string })
        : {};
    // A named (prepared) statement is a different protocol exchange: keep the name with the text.
    const text = `${config.name ? `/* prepared ${config.name} */ ` : ''}${typeof first === 'string' ? first : (config.text ?? String(first))}`;
    const values = Array.isArray(second) ? second : (config.values ?? []);
    if (!connections.has(this)) connections.set(this, nextConnection++);
    recorded.push({ connection: connections.get(this) ?? 0, text, values: values.map(describe) });
    return query.apply(this, args);
  };
}

/** Puts node-postgres back as it was and returns what was recorded. */
export function stopSqlTrace(): TracedStatement[] {
  if (original) pg().Client.prototype.query = original;
  original = undefined;
  const statements = recorded;
  recorded = [];
  return statements;
}

/** Statements of one transaction (START TRANSACTION/BEGIN … COMMIT/ROLLBACK on one connection). */
export type Transaction = Array<{ text: string; values: string[] }>;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const opens = (text: string) => /^(START TRANSACTION|BEGIN)\b/i.test(text);
const closes = (text: string) => /^(COMMIT|ROLLBACK)\b/i.test(text);

/**
 * Splits a trace into transactions in the order they began, with whitespace squashed. Statements
 * outside a transaction stand alone. `ignore` drops transactions that are not the request's (the
 * API's outbox relay polls once a second as `interlude_relay`). UUID parameters become `uuid#n`, n
 * counting distinct values in order of appearance, so two traces compare equal when they pass the
 * same ids in the same places even though request and event ids are new each time.
 */
export function transactions(
  statements: TracedStatement[],
  ignore: (tx: Transaction) => boolean,
): Transaction[] {
  const open = new Map<number, Transaction>();
  const done: Transaction[] = [];
  for (const statement of statements) {
    const entry = { text: squash(statement.text), values: statement.values };
    let current = open.get(statement.connection);
    if (!current) {
      current = [];
      done.push(current);
      if (opens(entry.text)) open.set(statement.connection, current);
    }
    current.push(entry);
    if (closes(entry.text)) open.delete(statement.connection);
  }
  const ids = new Map<string, string>();
  const placeholder = (id: string) => {
    if (!ids.has(id)) ids.set(id, `uuid#${ids.size + 1}`);
    return ids.get(id) as string;
  };
  return done
    .filter((tx) => !ignore(tx))
    .map((tx) =>
      tx.map(({ text, values }) => ({
        text,
        values: values.map((v) => v.replace(/uuid ([0-9a-f-]{36})/gi, (_, id: string) => placeholder(id))),
      })),
    );
}
