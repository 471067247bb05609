import { Queue } from 'bullmq';
import { ClinicsService } from '../src/modules/clinics/clinics.service';
import { TenantDatabase } from '../src/platform/database/tenant-database';
import type { JobData } from '../src/platform/queue/job';
import { JobHandlers } from '../src/platform/queue/job-handlers';
import { Outbox } from '../src/platform/queue/outbox';
import { OutboxRelay } from '../src/platform/queue/outbox-relay';
import { startTestApp, type TestApp } from './support/app';
import { redisUrl } from './support/databases';
import { TcpProxy } from './support/tcp-proxy';

async function waitFor(check: () => boolean, timeoutMs = 15000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('transactional outbox relayed to BullMQ', () => {
  const redis = TcpProxy.forUrl(redisUrl);
  let t: TestApp;
  let db: TenantDatabase;
  let outbox: Outbox;
  let clinicId: string;
  const seen: JobData[] = [];

  beforeAll(async () => {
    await redis.start();
    t = await startTestApp({ REDIS_URL: redis.wrap(redisUrl) }, { processors: true });
    db = t.app.get(TenantDatabase);
    outbox = t.app.get(Outbox);
    t.app.get(JobHandlers).register('test.happened', async (data) => {
      seen.push(data);
    });
    clinicId = (await t.app.get(ClinicsService).create({ name: 'Outbox Clinic', timezone: 'UTC' })).id;
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('delivers an event once its transaction commits, carrying ids only', async () => {
    const eventId = await db.inClinic(clinicId, () => outbox.add('test.happened', { thingId: 'abc-123' }));
    await waitFor(() => seen.some((d) => d.eventId === eventId));
    expect(seen.find((d) => d.eventId === eventId)).toEqual({
      clinicId,
      eventId,
      ids: { thingId: 'abc-123' },
    });
    const [row] = await db.inClinic(clinicId, (m) =>
      m.query('SELECT relayed_at FROM outbox_events WHERE id = $1', [eventId]),
    );
    expect(row.relayed_at).toBeInstanceOf(Date);
  });

  it('never enqueues an event whose transaction rolled back', async () => {
    let eventId = '';
    await expect(
      db.inClinic(clinicId, async () => {
        eventId = await outbox.add('test.happened', { thingId: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await t.app.get(OutboxRelay).drain();
    const queue = new Queue('events', {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: t.queuePrefix,
    });
    try {
      expect(await queue.getJob(eventId)).toBeUndefined();
    } finally {
      await queue.close();
    }
    expect(seen.some((d) => d.eventId === eventId)).toBe(false);
  });

  it('refuses anything but identifiers in a payload, so no clinical text reaches Redis', async () => {
    await expect(
      db.inClinic(clinicId, () => outbox.add('test.happened', { note: 'I felt hopeless today' })),
    ).rejects.toThrow('Outbox payload field "note" must be an identifier');
  });

  it('keeps events while Redis is down and delivers them when it returns, without a restart', async () => {
    await redis.cut();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(await db.inClinic(clinicId, () => outbox.add('test.happened', { n: String(i) })));
    await new Promise((r) => setTimeout(r, 1500));
    const pending = await db.inClinic(clinicId, (m) =>
      m.query('SELECT count(*)::int AS n FROM outbox_events WHERE relayed_at IS NULL AND id = ANY($1)', [
        ids,
      ]),
    );
    expect(pending[0].n).toBe(5);
    await redis.restore();
    await waitFor(() => ids.every((id) => seen.some((d) => d.eventId === id)), 30000);
    for (const id of ids) expect(seen.filter((d) => d.eventId === id)).toHaveLength(1);
  });
});
