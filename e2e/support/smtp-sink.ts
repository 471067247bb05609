import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients. */
  to: string[];
  /** The message's headers, names in lower case, folded lines joined. */
  headers: Record<string, string>;
  /** The decoded text/plain part (or the body, for a message that is only text). */
  text: string;
  raw: string;
  /** When it arrived (`performance.now()`). */
  at: number;
}

/**
 * A real SMTP server on a free local port that keeps every message it is given, so a test can wait
 * for the email the product sends and follow its link.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        this.received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parseMessage(raw),
          raw,
          at: performance.now(),
        });
        for (const wake of this.waiting) wake();
        callback();
      });
    },
  });
  private readonly waiting = new Set<() => void>();
  port = 0;

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /**
   * The first message (already here or still to come) sent to `address`. Fails after `timeoutMs`, or
   * as soon as `givingUp` resolves (e.g. the sending process exited), with what it resolved to.
   */
  async waitForMailTo(address: string, timeoutMs: number, givingUp?: Promise<string>): Promise<ReceivedMail> {
    const find = () => this.received.find((mail) => mail.to.includes(address));
    let wake = () => {};
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<ReceivedMail>((resolve) => {
      wake = () => {
        const mail = find();
        if (mail) resolve(mail);
      };
      this.waiting.add(wake);
      wake();
    });
    const failed = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`No email to ${address} within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      void givingUp?.then((why) => reject(new Error(`No email to ${address}: ${why}`)));
    });
    try {
      return await Promise.race([arrived, failed]);
    } finally {
      clearTimeout(timer);
      this.waiting.delete(wake);
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Decodes quoted-printable: soft line breaks (`=` at a line's end) go, `=XX` becomes the byte XX (UTF-8). */
export function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes = joined
    .split(/(=[0-9A-Fa-f]{2})/)
    .map((piece) =>
      /^=[0-9A-Fa-f]{2}$/.test(piece)
        ? Buffer.from([Number.parseInt(piece.slice(1), 16)])
        : Buffer.from(piece),
    );
  return Buffer.concat(bytes).toString('utf8');
}

function decodeBody(body: string, transferEncoding: string | undefined): string {
  switch (transferEncoding?.toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

function splitHeaders(entity: string): { headers: Record<string, string>; body: string } {
  const end = entity.search(/\r?\n\r?\n/);
  const head = end < 0 ? entity : entity.slice(0, end);
  const body = end < 0 ? '' : entity.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] ??= line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** The first text/plain part of a MIME entity, decoded; multipart bodies are searched depth first. */
function textPart(entity: string): string | undefined {
  const { headers, body } = splitHeaders(entity);
  const type = headers['content-type'] ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (!boundary) return undefined;
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith('--')) break; // the closing delimiter
      const text = textPart(part.replace(/^\r?\n/, ''));
      if (text !== undefined) return text;
    }
    return undefined;
  }
  return /^text\/plain/i.test(type) ? decodeBody(body, headers['content-transfer-encoding']) : undefined;
}

function parseMessage(raw: string): { headers: Record<string, string>; text: string } {
  return { headers: splitHeaders(raw).headers, text: textPart(raw) ?? '' };
}
