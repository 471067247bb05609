import { loadConfigOrExit } from '../config/config';
import { runMigrations } from './data-source';

async function main() {
  const config = loadConfigOrExit({ INTERLUDE_DEMO: 'true', ...process.env });
  const applied = await runMigrations(config.DATABASE_URL);
  process.stdout.write(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
      : 'Schema is up to date.\n',
  );
}

main().catch((error: Error) => {
  process.stderr.write(`Migration failed: ${error.message}\n`);
  process.exit(1);
});
