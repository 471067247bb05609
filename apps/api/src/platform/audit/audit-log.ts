import type { AuditOutcome } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { Clock } from '../auth/clock';
import { TenantDatabase } from '../database/tenant-database';
import { currentRequest } from '../request/request-context';

export interface AuditEntry {
  clinicId: string;
  actorUserId: string | null;
  action: string;
  resourceType: string;
  resourceId?: string | null;
  outcome?: AuditOutcome;
  /** Identifiers and codes only — never clinical text. */
  details?: Record<string, string | number | boolean | string[]>;
}

/**
 * The append-only audit trail: who did what to which record, when, from where, and how it ended.
 * Written in the clinic's transaction (joined when one is open, so it commits with the change).
 */
@Injectable()
export class AuditLog {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    const request = currentRequest();
    await this.db.inClinic(entry.clinicId, (m) =>
      m.query(
        `INSERT INTO audit_events (clinic_id, id, occurred_at, actor_user_id, action, resource_type, resource_id, outcome, request_id, ip, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          entry.clinicId,
          uuidv7(),
          this.clock.now(),
          entry.actorUserId,
          entry.action,
          entry.resourceType,
          entry.resourceId ?? null,
          entry.outcome ?? 'success',
          request?.requestId ?? null,
          request?.ip ?? null,
          entry.details ?? {},
        ],
      ),
    );
  }

  /** Records a refused access in the clinic that was asked for, if that clinic exists. */
  async recordDenied(
    clinicId: string,
    actorUserId: string,
    resourceType: string,
    resourceId?: string,
  ): Promise<void> {
    await this.db.inClinic(clinicId, async (m) => {
      const exists = await m.query('SELECT 1 FROM clinics WHERE id = $1', [clinicId]);
      if (exists.length === 0) return;
      await this.record({
        clinicId,
        actorUserId,
        action: 'access.denied',
        resourceType,
        resourceId,
        outcome: 'denied',
      });
    });
  }
}
