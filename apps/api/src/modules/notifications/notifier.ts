import type { NotificationKind } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { TenantDatabase } from '../../platform/database/tenant-database';

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  subjectId: string | null;
  /** Ids, times and counts only. */
  data: Record<string, string | number>;
  /** Unique in the clinic: `<kind>:<subject>:<recipient>`; a second insert with it is a no-op. */
  dedupeKey: string;
  /** Only for history written after the fact (the demo): when it was created and read. */
  createdAt?: Date;
  readAt?: Date | null;
}

/** Writes in-app notifications in the open clinic transaction, once per dedupe key. */
@Injectable()
export class Notifier {
  constructor(private readonly db: TenantDatabase) {}

  /** Inserts those not yet written; resolves with the dedupe keys that are new. */
  async add(notifications: NewNotification[]): Promise<Set<string>> {
    if (notifications.length === 0) return new Set();
    const rows: Array<{ dedupe_key: string }> = await this.db.manager().query(
      `INSERT INTO notifications (clinic_id, id, recipient_id, kind, subject_id, data, dedupe_key, created_at, read_at)
       SELECT $1, id, recipient, kind, subject, data, dedupe_key, coalesce(created, now()), read
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::jsonb[], $7::text[], $8::timestamptz[],
                     $9::timestamptz[]) AS t(id, recipient, kind, subject, data, dedupe_key, created, read)
       ON CONFLICT (clinic_id, dedupe_key) DO NOTHING
       RETURNING dedupe_key`,
      [
        this.db.clinicId(),
        notifications.map(() => uuidv7()),
        notifications.map((n) => n.recipientId),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.subjectId),
        notifications.map((n) => JSON.stringify(n.data)),
        notifications.map((n) => n.dedupeKey),
        notifications.map((n) => n.createdAt ?? null),
        notifications.map((n) => n.readAt ?? null),
      ],
    );
    return new Set(rows.map((r) => r.dedupe_key));
  }
}
