import { type ChildProcess, fork } from 'node:child_process';
import type { ChildMessage, ParentMessage } from './child-protocol';
import type { TracedStatement } from './sql-trace';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ChildServer {
  name: string;
  url: string;
  pid: number;
  /** User + system CPU time the server process has used so far, in microseconds. */
  cpuMicros(): Promise<number>;
  /** Starts recording the SQL the server sends to PostgreSQL. */
  startSqlTrace(): Promise<void>;
  /** Stops recording and returns what was sent since `startSqlTrace`. */
  stopSqlTrace(): Promise<TracedStatement[]>;
  stop(): Promise<void>;
}

/**
 * Forks a server script in its own Node process (TypeScript through tsx, the same way for every
 * server so neither gets a different runtime) and waits until it reports the port it listens on.
 * `stdout: 'ignore'` sends the server's log lines to /dev/null (written, never shown).
 */
export function startChildServer(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  stdout: 'inherit' | 'ignore' = 'inherit',
): Promise<ChildServer> {
  const child = fork(script, [], {
    cwd: __dirname,
    env,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', stdout, 'inherit', 'ipc'],
  });
  // IPC send failures are handled where they happen; without a listener they would crash the bench.
  child.on('error', () => undefined);
  return new Promise<ChildServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it listened`));
    };
    child.once('exit', onExit);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'failed') {
        clearTimeout(timer);
        child.off('exit', onExit);
        reject(new Error(`${name} failed to start: ${message.message}`));
      } else if (message.type === 'listening') {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve({
          name,
          url: `http://127.0.0.1:${message.port}`,
          pid: child.pid ?? -1,
          cpuMicros: () => ask(child, { type: 'cpu' }, (m) => (m.type === 'cpu' ? m.micros : undefined)),
          startSqlTrace: () => ask(child, { type: 'trace', on: true }, traced).then(() => undefined),
          stopSqlTrace: () => ask(child, { type: 'trace', on: false }, traced),
          stop: () => stopChild(child),
        });
      }
    });
  });
}

const traced = (message: ChildMessage) => (message.type === 'trace' ? message.statements : undefined);

/** Sends a question and resolves with the first reply `pick` accepts (anything but undefined). */
function ask<T>(
  child: ChildProcess,
  question: ParentMessage,
  pick: (message: ChildMessage) => T | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: ChildMessage) => {
      const answer = pick(message);
      if (answer === undefined) return;
      child.off('message', onMessage);
      resolve(answer);
    };
    child.on('message', onMessage);
    child.send(question, (error) => {
      if (error) {
        child.off('message', onMessage);
        reject(error);
      }
    });
  });
}

/** Asks the server to close; kills it if it has not exited in time. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // On Ctrl-C the server gets SIGINT too and may already be closing its IPC channel.
    const stop: ParentMessage = { type: 'stop' };
    if (!child.connected) child.kill('SIGTERM');
    else child.send(stop, (error) => error && child.kill('SIGTERM'));
  });
}
