import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');

/** The built entry points and front ends the large tests run. */
export const built = {
  /** Production entry: API + (with WEB_DIST / PORTAL_DIST) both apps; migrates on start. */
  main: join(repoRoot, 'apps/api/dist/main.js'),
  /** The BullMQ processors (outbox jobs such as email), without HTTP. */
  worker: join(repoRoot, 'apps/api/dist/worker.js'),
  /** `pnpm demo`: the same, plus demo data and, without DATABASE_URL, an embedded PGlite. */
  demo: join(repoRoot, 'apps/api/dist/demo.js'),
  webDist: join(repoRoot, 'apps/web/dist'),
  portalDist: join(repoRoot, 'apps/portal/dist'),
};

/** Fails early, with the command to run, when the product has not been built. */
export function assertBuilt(): void {
  const missing = [
    built.main,
    built.worker,
    built.demo,
    join(built.webDist, 'index.html'),
    join(built.portalDist, 'index.html'),
  ]
    .filter((file) => !existsSync(file))
    .map((file) => file.slice(repoRoot.length + 1));
  if (missing.length > 0) {
    throw new Error(
      `The large tests run the built product, but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. ` +
        'Build first: `pnpm exec turbo run build` (or run `pnpm exec turbo run test:e2e`, which builds).',
    );
  }
}
