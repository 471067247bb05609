import { onServer } from './databases';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.INTERLUDE_TEST_TEMPLATE;
  if (template) await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
}
