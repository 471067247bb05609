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
  const child = spawn(process.execPath, [entry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const stdout = keepTail(child.stdout);
  const stderr = keepTail(child.stderr);
  let stderrNote = '';
  const outputTails = () =>
    `--- stderr (tail) ---\n${stderrNote || stderr()}\n--- stdout (tail) ---\n${stdout()}`;
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

  let last = 'no answer yet';
  while (true) {
    if (hasExited) {
      const { code, signal } = await exited;
      throw new Error(
        `The product (${entry}) exited with ${signal ?? `code ${code}`} before /api/ready answered 200.\n${outputTails()}`,
      );
    }
    if (performance.now() - started > READY_TIMEOUT_MS) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(
        `The product (${entry}) did not become ready within ${READY_TIMEOUT_MS / 1000} s ` +
          `(last /api/ready: ${last}).\n${outputTails()}`,
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
    stop: async (signal = 'SIGTERM') => {
      const begun = performance.now();
      if (hasExited) return { ...(await exited), ms: 0 };
      child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
      });
      const result = await Promise.race([exited, timedOut]);
      clearTimeout(timer);
      if (result === 'timeout') {
        child.kill('SIGKILL');
        await exited;
        throw new Error(
          `The product did not exit within ${STOP_TIMEOUT_MS / 1000} s of ${signal}; killed it.\n${outputTails()}`,
        );
      }
      return { ...result, ms: Math.round(performance.now() - begun) };
    },
  };
}

/** The parent's environment without the settings a test must choose itself. */
export function cleanEnv(remove: string[]): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of remove) delete env[key];
  return env;
}
