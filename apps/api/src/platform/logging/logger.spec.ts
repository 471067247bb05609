import { Writable } from 'node:stream';
import { requestContext } from '../request/request-context';
import { createRootLogger, NestPinoLogger } from './logger';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: createRootLogger('info', stream) };
}

describe('logs', () => {
  it('stamps every line written during a request with its request id', () => {
    const { lines, logger } = capture();
    requestContext.run({ requestId: 'req-123', ip: '127.0.0.1' }, () => {
      logger.info('inside');
      new NestPinoLogger(logger).warn({ msg: 'from Nest', topic: 'x' }, 'Context');
    });
    logger.info('outside');
    expect(lines[0]).toMatchObject({ msg: 'inside', requestId: 'req-123', level: 30 });
    expect(lines[1]).toMatchObject({
      msg: 'from Nest',
      topic: 'x',
      context: 'Context',
      requestId: 'req-123',
      level: 40,
    });
    expect(lines[2].requestId).toBeUndefined();
  });
});
