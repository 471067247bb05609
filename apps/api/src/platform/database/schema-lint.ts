/** Runs one SQL statement and resolves with its rows (an EntityManager's or pg client's query). */
// biome-ignore lint/suspicious/noExplicitAny: catalog rows are read by column name
export type Query = (sql: string, params?: unknown[]) => Promise<any[]>;

const TENANT_TABLES = `
  SELECT c.oid, c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
         (SELECT a.attnum FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'clinic_id' AND NOT a.attisdropped) AS clinic_attnum
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
     AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'clinic_id' AND NOT a.attisdropped)`;

/**
 * Inspects the live schema and lists every way it breaks the tenancy rules: a table with `clinic_id`
 * must force row-level security with a clinic policy that has both USING and WITH CHECK, carry
 * `clinic_id` in its primary key, every unique constraint and every foreign key to another tenant
 * table; the application role must own nothing and be unable to bypass RLS. An empty list is a pass.
 */
export async function lintSchema(query: Query, appRole = 'interlude_app'): Promise<string[]> {
  const problems: string[] = [];
  const tables: Array<{ oid: number; name: string; rls: boolean; forced: boolean; clinic_attnum: number }> =
    await query(TENANT_TABLES);

  for (const t of tables) {
    if (!t.rls || !t.forced) problems.push(`${t.name}: row-level security is not enabled and forced`);

    const policies: Array<{
      policyname: string;
      roles: string[];
      qual: string | null;
      with_check: string | null;
    }> = await query(
      `SELECT policyname, roles::text[] AS roles, qual, with_check FROM pg_policies
          WHERE schemaname = 'public' AND tablename = $1 AND permissive = 'PERMISSIVE'`,
      [t.name],
    );
    const appliesToApp = (p: { roles: string[] }) => p.roles.includes('public') || p.roles.includes(appRole);
    const scoped = (expr: string | null) => Boolean(expr?.includes('app_current_clinic()'));
    if (!policies.some((p) => appliesToApp(p) && scoped(p.qual) && scoped(p.with_check))) {
      problems.push(`${t.name}: no clinic policy with both USING and WITH CHECK`);
    }
    for (const p of policies.filter(appliesToApp)) {
      if (!scoped(p.qual) || !scoped(p.with_check)) {
        problems.push(`${t.name}: policy ${p.policyname} lets the application role past the clinic filter`);
      }
    }

    const constraints: Array<{
      conname: string;
      contype: string;
      conkey: number[];
      target_clinic_attnum: number | null;
      confkey: number[] | null;
    }> = await query(
      `SELECT con.conname, con.contype, con.conkey::int[] AS conkey, con.confkey::int[] AS confkey,
                (SELECT a.attnum FROM pg_attribute a WHERE a.attrelid = con.confrelid AND a.attname = 'clinic_id' AND NOT a.attisdropped) AS target_clinic_attnum
           FROM pg_constraint con WHERE con.conrelid = $1 AND con.contype IN ('p', 'u', 'f')`,
      [t.oid],
    );
    const pk = constraints.find((c) => c.contype === 'p');
    if (!pk?.conkey.includes(t.clinic_attnum))
      problems.push(`${t.name}: primary key does not include clinic_id`);
    for (const c of constraints.filter((c) => c.contype === 'u')) {
      if (!c.conkey.includes(t.clinic_attnum))
        problems.push(`${t.name}: unique constraint ${c.conname} lacks clinic_id`);
    }
    for (const c of constraints.filter((c) => c.contype === 'f' && c.target_clinic_attnum !== null)) {
      const pairs = c.conkey.map((k, i) => [k, c.confkey?.[i]]);
      if (!pairs.some(([k, fk]) => k === t.clinic_attnum && fk === c.target_clinic_attnum)) {
        problems.push(`${t.name}: foreign key ${c.conname} to a tenant table does not match on clinic_id`);
      }
    }
    const uniqueIndexes: Array<{ name: string; keys: number[] }> = await query(
      `SELECT i.indexrelid::regclass::text AS name, i.indkey::int[] AS keys FROM pg_index i
        WHERE i.indrelid = $1 AND i.indisunique AND NOT i.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid)`,
      [t.oid],
    );
    for (const index of uniqueIndexes) {
      if (!index.keys.includes(t.clinic_attnum))
        problems.push(`${t.name}: unique index ${index.name} lacks clinic_id`);
    }
  }

  const [role] = await query(
    `SELECT r.rolsuper, r.rolbypassrls,
            (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE c.relowner = r.oid AND n.nspname = 'public') AS owned
       FROM pg_roles r WHERE r.rolname = $1`,
    [appRole],
  );
  if (!role) problems.push(`role ${appRole} does not exist`);
  else {
    if (role.rolsuper) problems.push(`role ${appRole} is a superuser`);
    if (role.rolbypassrls) problems.push(`role ${appRole} can bypass row-level security`);
    if (role.owned > 0) problems.push(`role ${appRole} owns ${role.owned} relation(s)`);
  }
  return problems;
}
