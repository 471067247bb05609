import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { TenantDatabase } from '../database/tenant-database';
import { assertIdsOnly } from './job';
import { OutboxRelay } from './outbox-relay';

/**
 * Domain events are written here in the same transaction as the change that caused them, so a
 * committed change always produces its jobs and a rolled-back one never does.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly db: TenantDatabase,
    private readonly relay: OutboxRelay,
  ) {}

  async add(topic: string, ids: Record<string, string> = {}): Promise<string> {
    assertIdsOnly(ids);
    const id = uuidv7();
    await this.db
      .manager()
      .query('INSERT INTO outbox_events (clinic_id, id, topic, payload) VALUES ($1, $2, $3, $4)', [
        this.db.clinicId(),
        id,
        topic,
        ids,
      ]);
    this.db.afterCommit(() => this.relay.kick());
    return id;
  }

  /** Many events of one topic in one statement (a reminder scan queues thousands at once). */
  async addMany(topic: string, payloads: Array<Record<string, string>>): Promise<string[]> {
    if (payloads.length === 0) return [];
    for (const ids of payloads) assertIdsOnly(ids);
    const ids = payloads.map(() => uuidv7());
    await this.db.manager().query(
      `INSERT INTO outbox_events (clinic_id, id, topic, payload)
       SELECT $1, id, $2, payload FROM unnest($3::uuid[], $4::jsonb[]) AS t(id, payload)`,
      [this.db.clinicId(), topic, ids, payloads.map((p) => JSON.stringify(p))],
    );
    this.db.afterCommit(() => this.relay.kick());
    return ids;
  }
}
