import type {
  Assignment,
  AssignmentQuery,
  CreateAssignmentRequest,
  Occurrence,
  Schedule,
  UpdateAssignmentRequest,
} from '@interlude/contracts';
import { expandSchedule, programStepSchedule } from '@interlude/domain';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid, notFound, ProblemException } from '../../platform/errors/problem';
import { isTimestamp, isUuid } from '../../platform/http/checks';
import { decodeCursor, page } from '../../platform/http/cursor';
import { Outbox } from '../../platform/queue/outbox';
import { visibleClients } from '../clients/client-access';
import { ClientsService } from '../clients/clients.service';
import { ROLLUP_ASSIGNMENT_TOPIC } from '../reports/rollup-topics';
import { assignmentSelect, toAssignment, toOccurrence } from './assignment-views';
import { auditEntry, requireId } from './homework-access';
import { dropFutureOccurrences, writeOccurrences } from './occurrence-writer';
import { ProgramsService } from './programs.service';
import { TemplatesService } from './templates.service';

/** One assignment to make: a template version on a schedule, maybe as a step of a program. */
interface Plan {
  templateId: string;
  templateVersion: number;
  schedule: Schedule;
  instructions: string;
  programId: string | null;
}

const TERMINAL = new Set(['cancelled', 'completed', 'declined']);

/**
 * Assigning homework: the pre-assignment check, a back-up plan and the linked safety plan when
 * safety is a concern, optional acceptance by the client, and the due occurrences expanded in the
 * client's time zone. Clinicians reach only their caseload's clients (404 otherwise).
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clients: ClientsService,
    private readonly templates: TemplatesService,
    private readonly programs: ProgramsService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  /** `now` is the moment of assigning (the demo seeder backdates history with it). */
  async create(
    member: ClinicMembership,
    clientId: string,
    input: CreateAssignmentRequest,
    now = this.clock.now(),
  ): Promise<{ items: Assignment[] }> {
    const client = await this.clients.get(member, clientId, false);
    if (client.status !== 'active') {
      throw new ProblemException(
        409,
        'This client is discharged; reactivate them before assigning homework.',
        {
          code: 'client_discharged',
        },
      );
    }
    const plans = await this.plan(member, input);
    const m = this.db.manager();
    const [plan] = await m.query(
      'SELECT max(version)::int AS v FROM safety_plan_versions WHERE clinic_id = $1 AND client_id = $2',
      [member.clinicId, client.id],
    );
    const safetyPlanVersion = input.check.safetyConcern ? (plan?.v ?? null) : null;
    const status = input.requiresAcceptance ? 'proposed' : 'active';
    const runId = input.programId ? uuidv7() : null;
    const ids: string[] = [];
    let written = 0;
    for (const p of plans) {
      const id = uuidv7();
      ids.push(id);
      await m.query(
        `INSERT INTO assignments (clinic_id, id, client_id, template_id, template_version, program_id, program_run_id,
            instructions, schedule, timezone, check_relevant, check_within_ability, safety_concern, backup_plan,
            safety_plan_version, requires_acceptance, status, assigned_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19)`,
        [
          member.clinicId,
          id,
          client.id,
          p.templateId,
          p.templateVersion,
          p.programId,
          runId,
          p.instructions,
          JSON.stringify(p.schedule),
          client.timezone,
          input.check.relevant,
          input.check.withinAbility,
          input.check.safetyConcern,
          input.backupPlan ?? null,
          safetyPlanVersion,
          input.requiresAcceptance,
          status,
          member.membershipId,
          now,
        ],
      );
      // A proposal has no due dates until the client accepts it.
      if (status === 'active') {
        written += await writeOccurrences(
          m,
          { clinicId: member.clinicId, assignmentId: id, clientId: client.id, timezone: client.timezone },
          p.schedule,
          now,
        );
        await this.outbox.add(ROLLUP_ASSIGNMENT_TOPIC, { assignmentId: id });
      } else {
        written += expandSchedule(p.schedule, client.timezone, { from: now, limit: 1 }).length;
      }
      await this.audit.record(
        auditEntry(member, 'assignment.created', 'assignment', id, {
          clientId: client.id,
          safetyConcern: input.check.safetyConcern,
        }),
      );
    }
    if (written === 0) {
      throw invalid([
        {
          path: input.schedule ? 'schedule' : 'startDate',
          message: 'Every due date of this schedule has already passed; choose a later date',
        },
      ]);
    }
    return { items: await this.many(member, ids) };
  }

  async list(member: ClinicMembership, query: AssignmentQuery) {
    const now = this.clock.now();
    const after = decodeCursor(query.cursor, [isTimestamp, isUuid]);
    if (query.clientId) await this.clients.get(member, query.clientId, false);
    const rows: Record<string, unknown>[] = await this.db.manager().query(
      `${assignmentSelect(8)}
        WHERE a.clinic_id = $1 AND ${visibleClients(member, 2)}
          AND ($3::uuid IS NULL OR a.client_id = $3) AND ($4::text IS NULL OR a.status = $4)
          AND ($5::timestamptz IS NULL OR (a.created_at, a.id) < ($5, $6::uuid))
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT $7`,
      [
        member.clinicId,
        member.membershipId,
        query.clientId ?? null,
        query.status ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        query.limit + 1,
        now,
      ],
    );
    const result = page(rows.map(toAssignment), query.limit, (a) => [a.createdAt, a.id]);
    await this.audit.record(
      query.clientId
        ? auditEntry(member, 'assignments.viewed', 'client', query.clientId)
        : auditEntry(member, 'assignments.listed', 'clinic', member.clinicId),
    );
    return result;
  }

  async get(member: ClinicMembership, assignmentId: string, audit = true): Promise<Assignment> {
    const [assignment] = await this.many(member, [requireId(assignmentId, 'assignment')]);
    if (!assignment) throw notFound('assignment');
    if (audit) await this.audit.record(auditEntry(member, 'assignment.viewed', 'assignment', assignmentId));
    return assignment;
  }

  async update(
    member: ClinicMembership,
    assignmentId: string,
    input: UpdateAssignmentRequest,
  ): Promise<Assignment> {
    const current = await this.get(member, assignmentId, false);
    const m = this.db.manager();
    await m.query('SELECT 1 FROM assignments WHERE clinic_id = $1 AND id = $2 FOR UPDATE', [
      member.clinicId,
      assignmentId,
    ]);
    const now = this.clock.now();
    if (TERMINAL.has(current.status)) {
      throw new ProblemException(409, `This assignment is ${current.status} and can no longer change.`, {
        code: 'assignment_closed',
      });
    }
    let status = current.status;
    if (input.status && input.status !== current.status) {
      if (input.status === 'paused' && current.status !== 'active') {
        throw invalid([{ path: 'status', message: 'Only active homework can be paused' }]);
      }
      if (input.status === 'active' && current.status !== 'paused') {
        throw invalid([{ path: 'status', message: 'Only paused homework can be resumed' }]);
      }
      status = input.status;
    }
    if (input.schedule && status === 'cancelled') {
      throw invalid([{ path: 'schedule', message: 'A cancelled assignment has no schedule to change' }]);
    }
    const target = {
      clinicId: member.clinicId,
      assignmentId,
      clientId: current.clientId,
      timezone: current.timezone,
    };
    const schedule = input.schedule ?? current.schedule;
    const rescheduled = input.schedule !== undefined || (status === 'active' && current.status === 'paused');
    if (status !== current.status || rescheduled)
      await dropFutureOccurrences(m, member.clinicId, assignmentId, now);
    if (status === 'active' && rescheduled) await writeOccurrences(m, target, schedule, now);
    if (status !== current.status || rescheduled)
      await this.outbox.add(ROLLUP_ASSIGNMENT_TOPIC, { assignmentId });
    await m.query(
      `UPDATE assignments SET status = $3, schedule = $4, instructions = coalesce($5, instructions),
              backup_plan = coalesce($6, backup_plan), updated_at = $7
        WHERE clinic_id = $1 AND id = $2`,
      [
        member.clinicId,
        assignmentId,
        status,
        JSON.stringify(schedule),
        input.instructions ?? null,
        input.backupPlan ?? null,
        now,
      ],
    );
    await this.audit.record(
      auditEntry(
        member,
        `assignment.${status === current.status ? 'updated' : status}`,
        'assignment',
        assignmentId,
        {
          changed: Object.keys(input),
        },
      ),
    );
    return this.get(member, assignmentId, false);
  }

  async occurrences(member: ClinicMembership, assignmentId: string): Promise<{ items: Occurrence[] }> {
    await this.get(member, assignmentId, false);
    const now = this.clock.now();
    const rows = await this.db.manager().query(
      `SELECT o.id, o.assignment_id, o.idx, o.due_at, o.local_date::text AS local_date, o.local_time, o.status,
              s.id AS submission_id, s.submitted_at, s.late, s.talk_next_session,
              d.id AS decline_id, d.reason AS decline_reason, d.note AS decline_note, d.declined_at,
              d.discussed_at, d.discussed_note
         FROM occurrences o
         LEFT JOIN submissions s ON s.clinic_id = o.clinic_id AND s.occurrence_id = o.id
         LEFT JOIN declines d ON d.clinic_id = o.clinic_id AND d.occurrence_id = o.id
        WHERE o.clinic_id = $1 AND o.assignment_id = $2
        ORDER BY o.due_at, o.idx`,
      [member.clinicId, assignmentId],
    );
    await this.audit.record(auditEntry(member, 'occurrences.viewed', 'assignment', assignmentId));
    return { items: rows.map((r: Record<string, unknown>) => toOccurrence(r, now)) };
  }

  private async many(member: ClinicMembership, ids: string[]): Promise<Assignment[]> {
    const rows: Record<string, unknown>[] = await this.db.manager().query(
      `${assignmentSelect(4)}
        WHERE a.clinic_id = $1 AND ${visibleClients(member, 2)} AND a.id = ANY($3::uuid[])
        ORDER BY a.created_at, a.id`,
      [member.clinicId, member.membershipId, ids, this.clock.now()],
    );
    return rows.map(toAssignment);
  }

  /** The assignments to make: one for a template, one per step for a program. */
  private async plan(member: ClinicMembership, input: CreateAssignmentRequest): Promise<Plan[]> {
    const extra = input.instructions ?? '';
    if (input.templateId !== undefined && input.schedule !== undefined) {
      const template = await this.templates.assignable(member, input.templateId, 'templateId');
      return [
        {
          templateId: template.id,
          templateVersion: template.version,
          schedule: input.schedule,
          instructions: extra,
          programId: null,
        },
      ];
    }
    const { programId = '', startDate = '', time = '' } = input;
    const program = isUuid(programId) ? await this.programs.get(member, programId).catch(() => null) : null;
    if (program?.status !== 'active') {
      throw invalid([{ path: 'programId', message: 'Choose an active program' }]);
    }
    const plans: Plan[] = [];
    for (const [i, step] of program.steps.entries()) {
      const template = await this.templates.assignable(member, step.template.id, `program.steps.${i}`);
      plans.push({
        templateId: template.id,
        templateVersion: template.version,
        schedule: programStepSchedule(startDate, time, step.dayOffset, step.recurrence) as Schedule,
        instructions: [step.instructions, extra].filter(Boolean).join('\n\n'),
        programId: program.id,
      });
    }
    return plans;
  }
}
