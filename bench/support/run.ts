import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** A numeric setting from the environment, or the fallback when it is unset. */
export function numberFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    throw new Error(`${name} must be a number ≥ ${min} (got "${raw}")`);
  }
  return value;
}

/** Every server gets the same minimal process environment, in production mode. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ...extra };
}

/** Which code was measured: the commit, and whether the working tree had changes on top of it. */
export function sourceVersion(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: join(__dirname, '..'), stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    const dirty = git('status', '--porcelain', '--', '../apps/api', '../packages') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted API changes' : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | undefined;

/** Registers a step for `cleanUp` (servers, database, queue keys); steps run newest first. */
export function onCleanUp(step: () => Promise<void>): void {
  cleanups.push(step);
}

/** Runs the registered steps, newest first; safe to call twice (error and signal). */
export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      await step().catch((error: Error) => process.stderr.write(`cleanup: ${error.message}\n`));
    }
  })();
  return cleaning;
}

/**
 * Cleans up on Ctrl-C and SIGTERM. `on`, not `once`: on Ctrl-C the tsx CLI relays the SIGINT this
 * process already got from the terminal, and a second one must not kill it before the database is dropped.
 */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (cleaning) return;
      process.stderr.write(`\n${signal}: cleaning up\n`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}
