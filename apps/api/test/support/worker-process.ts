import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The built worker (`node dist/worker.js`), as production runs it. */
export const workerEntry = join(__dirname, '../../dist/worker.js');

export interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string;
}

/** Starts the built worker on a test database and queue prefix, sending email to `smtpUrl`. */
export function spawnWorker(options: {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  smtpUrl: string;
}): WorkerProcess {
  let output = '';
  const child = spawn(process.execPath, [workerEntry], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      QUEUE_PREFIX: options.queuePrefix,
      SMTP_URL: options.smtpUrl,
      APP_URL: 'http://localhost:3000',
      LOG_LEVEL: 'warn',
      MIGRATE_ON_START: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => output };
}
