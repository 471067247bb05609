import { startSqlTrace, stopSqlTrace, type TracedStatement } from './sql-trace';

/** Messages between the bench and a server it forked (over the IPC channel). */
export type ChildMessage =
  | { type: 'listening'; port: number }
  | { type: 'failed'; message: string }
  | { type: 'cpu'; micros: number }
  | { type: 'trace'; statements: TracedStatement[] };
export type ParentMessage = { type: 'stop' } | { type: 'cpu' } | { type: 'trace'; on: boolean };

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Child side: start the server, report its port, answer CPU-time queries, record the SQL it sends
 * while asked to (see sql-trace.ts), and close when the bench says stop or goes away (so an
 * interrupted bench never leaves a server behind).
 */
export function serveForBench(start: () => Promise<RunningServer>): void {
  const send = (message: ChildMessage) => process.send?.(message);
  let server: RunningServer | undefined;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await server?.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stop') void stop();
    if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      send({ type: 'cpu', micros: user + system });
    }
    if (message.type === 'trace') {
      if (message.on) startSqlTrace();
      send({ type: 'trace', statements: message.on ? [] : stopSqlTrace() });
    }
  });
  process.on('disconnect', () => void stop());
  start().then(
    (running) => {
      server = running;
      send({ type: 'listening', port: running.port });
    },
    (error: unknown) => {
      send({
        type: 'failed',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      process.exit(1);
    },
  );
}
