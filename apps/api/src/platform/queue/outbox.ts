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
}
