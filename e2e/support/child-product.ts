import { type ChildProcess, spawn } from 'node:child_process';
import { repoRoot } from './paths';

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const TAIL_CHARS = 6_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From the stop signal to the process's exit. */
  ms: number;
}

export interface RunningProduct {
  baseUrl: string;
  /** How long from spawn until /api/ready answered 200. */
  readyAfterMs: number;
  /** The last output of the process, for failure messages. */
  output(): string;
  /** Sends the signal and waits for the exit; SIGKILL (and a thrown error) after 15 s. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

/** Every child still running, killed if the test process itself goes away. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** The last few thousand characters a stream wrote. */
function keepTail(stream: NodeJS.ReadableStream | null): () => string {
  let text = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    text = (text + chunk).slice(-TAIL_CHARS);
  });
  return () => text.trim() || '(empty)';
}

async function readyStatus(baseUrl: string): Promise<string> {
  try {
    const response = await fetch(`${baseUrl}/api/ready`, { signal: AbortSignal.timeout(3_000) });
    await response.body?.cancel();
    return String(response.status);
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? String(error);
  }
}

/** A built entry point running as a child process. */
interface Child {
  /** True once the process has exited. */
  hasExited(): boolean;
  /** Resolves when the process has exited and its last output has been read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last few thousand characters of its stderr and stdout, for failure messages. */
  outputTails(): string;
  kill(signal: NodeJS.Signals): void;
}

/** Spawns `node <entry>` with exactly the given environment, remembering it in `live`. */
function spawnEntry(entry: string, env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, [entry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const stdout = keepTail(child.stdout);
  const stderr = keepTail(child.stderr);
  let stderrNote = '';
  // 'close' rather than 'exit': by then the child's last output has been read.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('close', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    });
    child.once('error', (error) => {
      live.delete(child);
      stderrNote = `could not run node: ${error.message}`;
      resolve({ code: null, signal: null });
    });
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  return {
    hasExited: () => hasExited,
    exited,
    outputTails: () => `--- stderr (tail) ---\n${stderrNote || stderr()}\n--- stdout (tail) ---\n${stdout()}`,
    kill: (signal) => child.kill(signal),
  };
}

/** Sends the signal and waits for the exit; SIGKILL (and a thrown error) after 15 s. */
async function stopChild(child: Child, name: string, signal: NodeJS.Signals): Promise<Exit> {
  const begun = performance.now();
  if (child.hasExited()) return { ...(await child.exited), ms: 0 };
  child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
  });
  const result = await Promise.race([child.exited, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') {
    child.kill('SIGKILL');
    await child.exited;
    throw new Error(
      `${name} did not exit within ${STOP_TIMEOUT_MS / 1000} s of ${signal}; killed it.\n${child.outputTails()}`,
    );
  }
  return { ...result, ms: Math.round(performance.now() - begun) };
}

/**
 * Runs one of the built entry points (`node apps/api/dist/<entry>.js`) as a child process with
 * exactly the given environment, and resolves once `GET /api/ready` answers 200.
 */
export async function runProduct(
  entry: string,
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<RunningProduct> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawnEntry(entry, env);

  let last = 'no answer yet';
  while (true) {
    if (child.hasExited()) {
      const { code, signal } = await child.exited;
      throw new Error(
        `The product (${entry}) exited with ${signal ?? `code ${code}`} before /api/ready answered 200.\n${child.outputTails()}`,
      );
    }
    if (performance.now() - started > READY_TIMEOUT_MS) {
      child.kill('SIGKILL');
      await child.exited;
      throw new Error(
        `The product (${entry}) did not become ready within ${READY_TIMEOUT_MS / 1000} s ` +
          `(last /api/ready: ${last}).\n${child.outputTails()}`,
      );
    }
    last = await readyStatus(baseUrl);
    if (last === '200') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const readyAfterMs = Math.round(performance.now() - started);

  return {
    baseUrl,
    readyAfterMs,
    output: child.outputTails,
    stop: (signal = 'SIGTERM') => stopChild(child, 'The product', signal),
  };
}

export interface RunningWorker {
  /** Resolves if the worker exits, with the output it left: a worker should run until stopped. */
  exited: Promise<string>;
  /** The last output of the worker, for failure messages. */
  output(): string;
  /** Sends the signal and waits for the exit; SIGKILL (and a thrown error) after 15 s. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

/**
 * Runs the built worker (`node apps/api/dist/worker.js`), which has no HTTP port to ask whether it is
 * ready: jobs wait in Redis until it takes them, and `exited` tells a test that it went away.
 */
export function runWorker(entry: string, env: NodeJS.ProcessEnv): RunningWorker {
  const child = spawnEntry(entry, env);
  return {
    exited: child.exited.then(
      ({ code, signal }) => `The worker exited with ${signal ?? `code ${code}`}.\n${child.outputTails()}`,
    ),
    output: child.outputTails,
    stop: (signal = 'SIGTERM') => stopChild(child, 'The worker', signal),
  };
}

/** The parent's environment without the settings a test must choose itself. */
export function cleanEnv(remove: string[]): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of remove) delete env[key];
  return env;
}
