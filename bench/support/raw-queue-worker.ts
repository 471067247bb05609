import { bullmq, type MailTransport, nodemailer, queueConnection } from './api-dist';

/**
 * The raw BullMQ baseline's worker, in its own process like the Interlude worker: a BullMQ Worker
 * on the API's BullMQ and Redis connection settings, with the QueueWorker's concurrency and lock
 * settings, whose processor does nothing (`noop`) or sends one email over a nodemailer pool like
 * MailSender's, with no database (`smtp`). Reports to the bench over IPC when `expected` jobs have
 * completed: first and last completion (epoch ms), failures and its own CPU time.
 */

export interface RawWorkerSettings {
  mode: 'noop' | 'smtp';
  redisUrl: string;
  prefix: string;
  queue: string;
  concurrency: number;
  expected: number;
  smtpUrl?: string;
  smtpPoolSize?: number;
}

export type RawWorkerMessage =
  | { type: 'ready' }
  | {
      type: 'done';
      completed: number;
      failed: number;
      startedAt: number;
      firstAt: number;
      lastAt: number;
      cpuMicros: number;
      failure?: string;
    };

export interface RawMailJob {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  mailId: string;
  clinicName: string;
  unsubscribeUrl: string;
}

const now = () => performance.timeOrigin + performance.now();
const send = (message: RawWorkerMessage) => process.send?.(message);

function main(): void {
  const s = JSON.parse(process.env.BENCH_RAW_WORKER ?? '{}') as RawWorkerSettings;
  let transport: MailTransport | undefined;
  if (s.mode === 'smtp') {
    const url = new URL(s.smtpUrl ?? '');
    url.searchParams.set('pool', 'true');
    url.searchParams.set('maxConnections', String(s.smtpPoolSize ?? 5));
    transport = nodemailer().createTransport(url.toString());
  }
  const process_ =
    s.mode === 'noop'
      ? async () => undefined
      : async (job: { data: unknown }) => {
          const m = job.data as RawMailJob;
          await transport?.sendMail({
            from: { name: `${m.clinicName} via Interlude`, address: 'no-reply@interlude.local' },
            to: m.to,
            subject: m.subject,
            text: m.text,
            html: m.html,
            messageId: m.messageId,
            headers: { 'X-Interlude-Message': m.mailId },
            list: { unsubscribe: { url: m.unsubscribeUrl, comment: 'Stop reminder emails' } },
          });
        };

  const connection = queueConnection(s.redisUrl);
  const { Worker } = bullmq();
  const startedAt = now();
  let completed = 0;
  let failed = 0;
  let firstAt = 0;
  let lastAt = 0;
  let failure: string | undefined;
  const worker = new Worker(s.queue, process_, {
    connection,
    prefix: s.prefix,
    concurrency: s.concurrency,
    lockDuration: 10_000,
    stalledInterval: 5_000,
    maxStalledCount: 2,
  });
  worker.on('error', (error) => {
    failure ??= error.message;
  });
  const finishIfDone = () => {
    if (completed + failed < s.expected) return;
    const usage = process.cpuUsage();
    send({
      type: 'done',
      completed,
      failed,
      startedAt,
      firstAt,
      lastAt,
      cpuMicros: usage.user + usage.system,
      failure,
    });
    void worker
      .close()
      .then(() => {
        transport?.close();
        connection.disconnect();
      })
      .finally(() => process.exit(0));
  };
  worker.on('completed', () => {
    const t = now();
    if (firstAt === 0) firstAt = t;
    lastAt = t;
    completed += 1;
    finishIfDone();
  });
  worker.on('failed', (_job, error) => {
    failed += 1;
    failure ??= error.message;
    finishIfDone();
  });
  process.on('disconnect', () => process.exit(1));
  send({ type: 'ready' });
}

main();
