import type { ClinicSettings, UpdateClinicSettings } from '@interlude/contracts';
import { resolveOutcomeThresholds } from '@interlude/domain';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { assertTimezone } from '../auth/auth.service';

const COLUMNS: Record<keyof UpdateClinicSettings, string> = {
  name: 'name',
  timezone: 'timezone',
  homeworkTerm: 'homework_term',
  sessionTimeoutMinutes: 'session_timeout_minutes',
  requireMfa: 'require_mfa',
  crisisResources: 'crisis_resources',
  smallCellThreshold: 'small_cell_threshold',
  reminderHoursBefore: 'reminder_hours_before',
  overdueNudgeHoursAfter: 'overdue_nudge_hours_after',
  quietHoursStart: 'quiet_hours_start',
  quietHoursEnd: 'quiet_hours_end',
  digestTime: 'digest_time',
  outcomeThresholds: 'outcome_thresholds',
};

@Injectable()
export class ClinicSettingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
  ) {}

  async get(): Promise<ClinicSettings> {
    const [r] = await this.db.manager().query('SELECT * FROM clinics WHERE id = $1', [this.db.clinicId()]);
    return {
      id: r.id,
      name: r.name,
      timezone: r.timezone,
      homeworkTerm: r.homework_term,
      sessionTimeoutMinutes: r.session_timeout_minutes,
      requireMfa: r.require_mfa,
      crisisResources: r.crisis_resources,
      smallCellThreshold: r.small_cell_threshold,
      reminderHoursBefore: r.reminder_hours_before,
      overdueNudgeHoursAfter: r.overdue_nudge_hours_after,
      quietHoursStart: r.quiet_hours_start,
      quietHoursEnd: r.quiet_hours_end,
      digestTime: r.digest_time,
      outcomeThresholds: {
        phq9: resolveOutcomeThresholds('phq9', r.outcome_thresholds),
        gad7: resolveOutcomeThresholds('gad7', r.outcome_thresholds),
      },
    };
  }

  async update(actorUserId: string, change: UpdateClinicSettings): Promise<ClinicSettings> {
    if (change.timezone) assertTimezone(change.timezone);
    const keys = (Object.keys(change) as Array<keyof UpdateClinicSettings>).filter(
      (k) => change[k] !== undefined,
    );
    if (keys.length > 0) {
      const sets = keys.map((k, i) => `${COLUMNS[k]} = $${i + 2}`);
      const values = keys.map((k) =>
        k === 'crisisResources' || k === 'outcomeThresholds' ? JSON.stringify(change[k]) : change[k],
      );
      await this.db
        .manager()
        .query(`UPDATE clinics SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [
          this.db.clinicId(),
          ...values,
        ]);
      await this.audit.record({
        clinicId: this.db.clinicId(),
        actorUserId,
        action: 'clinic.settings_changed',
        resourceType: 'clinic',
        resourceId: this.db.clinicId(),
        details: { fields: keys },
      });
    }
    return this.get();
  }
}
