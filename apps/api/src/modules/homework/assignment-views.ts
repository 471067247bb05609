import type { Assignment, Decline, Occurrence } from '@interlude/contracts';
import { displayStatus } from '@interlude/domain';

/** One assignment with everything its contract shows; `$now` is the last parameter given. */
export const assignmentSelect = (nowParam: number) => `
  SELECT a.id, a.client_id, a.template_id, a.template_version, v.title, t.kind, t.measure,
         a.program_id, p.name AS program_name, a.instructions, a.schedule, a.timezone,
         a.check_relevant, a.check_within_ability, a.safety_concern, a.backup_plan, a.safety_plan_version,
         a.requires_acceptance, a.status, a.assigned_by, au.name AS assigned_by_name,
         a.created_at, a.updated_at,
         d.reason AS decline_reason, d.note AS decline_note, d.declined_at,
         oc.total, oc.pending, oc.overdue, oc.submitted, oc.reviewed, oc.declined, oc.missed, oc.next_due
    FROM assignments a
    JOIN clients c ON c.clinic_id = a.clinic_id AND c.id = a.client_id
    JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id
    JOIN template_versions v ON v.clinic_id = a.clinic_id AND v.template_id = a.template_id
                            AND v.version = a.template_version
    LEFT JOIN programs p ON p.clinic_id = a.clinic_id AND p.id = a.program_id
    LEFT JOIN memberships am ON am.clinic_id = a.clinic_id AND am.id = a.assigned_by
    LEFT JOIN users au ON au.id = am.user_id
    LEFT JOIN LATERAL (
      SELECT x.reason, x.note, x.declined_at FROM declines x
       WHERE x.clinic_id = a.clinic_id AND x.assignment_id = a.id AND x.occurrence_id IS NULL
       ORDER BY x.declined_at DESC LIMIT 1) d ON true
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE o.status = 'pending' AND o.due_at >= $${nowParam})::int AS pending,
             count(*) FILTER (WHERE o.status = 'pending' AND o.due_at < $${nowParam}
                                AND o.due_at >= $${nowParam}::timestamptz - interval '7 days')::int AS overdue,
             count(*) FILTER (WHERE o.status = 'submitted')::int AS submitted,
             count(*) FILTER (WHERE o.status = 'reviewed')::int AS reviewed,
             count(*) FILTER (WHERE o.status = 'declined')::int AS declined,
             count(*) FILTER (WHERE o.status = 'pending'
                                AND o.due_at < $${nowParam}::timestamptz - interval '7 days')::int AS missed,
             min(o.due_at) FILTER (WHERE o.status = 'pending' AND o.due_at >= $${nowParam}) AS next_due
        FROM occurrences o WHERE o.clinic_id = a.clinic_id AND o.assignment_id = a.id) oc`;

// biome-ignore lint/suspicious/noExplicitAny: a raw SQL row
type Row = Record<string, any>;

export const toAssignment = (r: Row): Assignment => ({
  id: r.id,
  clientId: r.client_id,
  template: {
    id: r.template_id,
    version: r.template_version,
    kind: r.kind,
    title: r.title,
    measure: r.measure,
  },
  program: r.program_id ? { id: r.program_id, name: r.program_name } : null,
  instructions: r.instructions,
  schedule: r.schedule,
  timezone: r.timezone,
  check: {
    relevant: r.check_relevant,
    withinAbility: r.check_within_ability,
    safetyConcern: r.safety_concern,
  },
  backupPlan: r.backup_plan,
  safetyPlanVersion: r.safety_plan_version,
  requiresAcceptance: r.requires_acceptance,
  status: r.status,
  assignedBy: r.assigned_by ? { membershipId: r.assigned_by, name: r.assigned_by_name ?? '' } : null,
  decline: r.decline_reason
    ? { reason: r.decline_reason, note: r.decline_note, at: new Date(r.declined_at).toISOString() }
    : null,
  counts: {
    total: r.total,
    pending: r.pending,
    overdue: r.overdue,
    submitted: r.submitted,
    reviewed: r.reviewed,
    declined: r.declined,
    missed: r.missed,
  },
  nextDueAt: r.next_due ? new Date(r.next_due).toISOString() : null,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
});

export const toDecline = (r: Row): Decline => ({
  id: r.id,
  reason: r.reason,
  note: r.note,
  declinedAt: new Date(r.declined_at).toISOString(),
  discussedAt: r.discussed_at ? new Date(r.discussed_at).toISOString() : null,
  discussedNote: r.discussed_note,
});

/** An occurrence row (with its submission and decline columns) as the contract shows it at `now`. */
export const toOccurrence = (r: Row, now: Date): Occurrence => {
  const state = displayStatus(r.status, new Date(r.due_at), now);
  return {
    id: r.id,
    assignmentId: r.assignment_id,
    index: r.idx,
    dueAt: new Date(r.due_at).toISOString(),
    localDate: r.local_date,
    localTime: r.local_time,
    status: state.status,
    overdue: state.overdue,
    submissionId: r.submission_id,
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    late: r.late,
    talkNextSession: r.talk_next_session ?? false,
    decline: r.decline_id
      ? toDecline({
          id: r.decline_id,
          reason: r.decline_reason,
          note: r.decline_note,
          declined_at: r.declined_at,
          discussed_at: r.discussed_at,
          discussed_note: r.discussed_note,
        })
      : null,
  };
};
