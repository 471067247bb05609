import 'reflect-metadata';
import { RollupWriter } from './modules/reports/rollup-writer';
import { Clock } from './platform/auth/clock';
import { loadConfigOrExit } from './platform/config/config';
import { createDataSource } from './platform/database/data-source';
import { TenantDatabase } from './platform/database/tenant-database';
import { JobHandlers } from './platform/queue/job-handlers';

const USAGE = 'Usage: node apps/api/dist/rollups.js rebuild [--clinic <clinicId>]\n';

/**
 * `rollups rebuild [--clinic <id>]`: recomputes the report rollups from the raw rows, one
 * transaction per clinic (every clinic when none is named). Safe while the API runs: each clinic's
 * rebuild holds its watermark row, so event handlers and the catch-up wait for it.
 */
export async function rebuildRollups(databaseUrl: string, clinicId?: string): Promise<string[]> {
  const dataSource = createDataSource({
    url: databaseUrl,
    poolSize: 2,
    applicationName: 'interlude-rollups',
  });
  await dataSource.initialize();
  try {
    const db = new TenantDatabase(dataSource);
    const writer = new RollupWriter(db, new Clock(), new JobHandlers());
    const clinics = clinicId
      ? [clinicId]
      : (
          await db.unsafeAsRelay(
            (m) => m.query('SELECT id FROM clinics ORDER BY id') as Promise<Array<{ id: string }>>,
          )
        ).map((r) => r.id);
    for (const id of clinics) await writer.rebuild(id);
    return clinics;
  } finally {
    await dataSource.destroy();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'rebuild') {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  let clinicId: string | undefined;
  if (rest[0] === '--clinic' && rest[1]) clinicId = rest[1];
  else if (rest.length > 0) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  if (clinicId && !/^[0-9a-f-]{36}$/i.test(clinicId)) {
    process.stderr.write('The clinic id must be a UUID.\n');
    process.exit(2);
  }
  const config = loadConfigOrExit({ INTERLUDE_DEMO: 'true', ...process.env });
  const rebuilt = await rebuildRollups(config.DATABASE_URL, clinicId);
  process.stdout.write(`Rebuilt report rollups for ${rebuilt.length} clinic(s).\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`Rollup rebuild failed: ${error.message}\n`);
    process.exit(1);
  });
}
