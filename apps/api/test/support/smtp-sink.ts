import { type SMTPServer as Server, SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** The Message-ID header of a raw message (angle brackets kept), or null when it has none. */
export function messageIdOf(raw: string): string | null {
  const end = raw.indexOf('\r\n\r\n');
  const headers = (end === -1 ? raw : raw.slice(0, end)).replace(/\r\n[ \t]+/g, ' ');
  return /^Message-ID:\s*(<[^>\s]+>)/im.exec(headers)?.[1] ?? null;
}

/**
 * Messages as a mailbox shows them: grouped by Message-ID, so a re-send of one message (the same
 * Message-ID) is one message with several copies. Messages without a Message-ID each stand alone.
 */
export function byMessageId(mails: ReceivedMail[]): Map<string, ReceivedMail[]> {
  const box = new Map<string, ReceivedMail[]>();
  mails.forEach((mail, i) => {
    const id = messageIdOf(mail.raw) ?? `(no Message-ID #${i})`;
    box.set(id, [...(box.get(id) ?? []), mail]);
  });
  return box;
}

/** A real SMTP server for tests: records every message; can refuse the next N with a temporary error. */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server?: Server;
  private refuseNext = 0;
  private refusedAddress: string | null = null;
  port = 0;
  /** Holds each message this long before answering, to keep a delivery in flight. */
  delayMs = 0;
  /** Called when a message starts arriving. */
  onIncoming?: () => void;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refusedAddress && address.address.toLowerCase() === this.refusedAddress.toLowerCase()) {
          callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        this.onIncoming?.();
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
          if (this.refuseNext > 0) {
            this.refuseNext -= 1;
            const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
            callback(error);
            return;
          }
          this.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    const server = this.server;
    // A client that dies mid-conversation (a worker killed with SIGKILL) resets its connection: a
    // real server logs that and carries on serving everyone else.
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  /** What arrived, grouped by Message-ID (`received` keeps every copy as it came). */
  mailbox(): Map<string, ReceivedMail[]> {
    return byMessageId(this.received);
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  refuse(count: number): void {
    this.refuseNext = count;
  }

  /** Refuses one recipient address for good (550 at RCPT TO), as a server does for an unknown mailbox; null stops. */
  refusePermanently(address: string | null): void {
    this.refusedAddress = address;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
