import { type SmtpServerInstance, smtpServer } from './api-dist';

const now = () => performance.timeOrigin + performance.now();
const MESSAGE_ID = /^message-id:[ \t]*(<[^>\r\n]+>)/im;
const HEADER_END = '\r\n\r\n';

/**
 * An in-process SMTP server (the `smtp-server` package, as the API's tests use) that accepts every
 * message and keeps only counts: messages, distinct Message-IDs (read from the header block) and
 * arrival times, so 100,000 messages cost no memory beyond their ids.
 */
export class SmtpCounter {
  private server?: SmtpServerInstance;
  port = 0;
  received = 0;
  bytes = 0;
  withoutId = 0;
  readonly ids = new Set<string>();
  /** Epoch milliseconds (sub-millisecond precision) of the first and the latest accepted message. */
  firstAt = 0;
  lastAt = 0;
  private waiters: Array<{ count: number; resolve: () => void }> = [];

  async start(): Promise<void> {
    const { SMTPServer } = smtpServer();
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onData: (stream, _session, callback) => {
        let head = '';
        let headDone = false;
        let size = 0;
        stream.on('data', (chunk) => {
          size += chunk.length;
          if (headDone) return;
          head += chunk.toString('latin1');
          const end = head.indexOf(HEADER_END);
          if (end >= 0) {
            head = head.slice(0, end);
            headDone = true;
          }
        });
        stream.on('end', () => {
          const id = MESSAGE_ID.exec(head)?.[1];
          if (id) this.ids.add(id);
          else this.withoutId += 1;
          this.bytes += size;
          this.received += 1;
          const t = now();
          if (this.firstAt === 0) this.firstAt = t;
          this.lastAt = t;
          if (this.waiters.length > 0) {
            this.waiters = this.waiters.filter((w) => {
              if (this.received < w.count) return true;
              w.resolve();
              return false;
            });
          }
          callback();
        });
      },
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Forgets what has arrived (between runs). */
  reset(): void {
    this.received = 0;
    this.bytes = 0;
    this.withoutId = 0;
    this.ids.clear();
    this.firstAt = 0;
    this.lastAt = 0;
  }

  /** Resolves once `count` messages have arrived since the last reset. */
  until(count: number): Promise<void> {
    if (this.received >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
