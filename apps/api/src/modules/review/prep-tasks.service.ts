import type {
  CreatePrepTaskRequest,
  PrepTask,
  PrepTaskQuery,
  UpdatePrepTaskRequest,
} from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid, notFound } from '../../platform/errors/problem';
import { isUuid } from '../../platform/http/checks';
import { visibleClients } from '../clients/client-access';
import { findVisibleClient, iso, requireUuid, reviewAudit } from './review-access';
import { ITEM_LIMIT } from './review-items';

interface TaskRow {
  id: string;
  title: string;
  notes: string;
  due_date: string | null;
  client_id: string | null;
  client_name: string | null;
  assignment_id: string | null;
  assignment_title: string | null;
  done_at: Date | null;
  created_at: Date;
}

const toTask = (r: TaskRow): PrepTask => ({
  id: r.id,
  title: r.title,
  notes: r.notes,
  dueDate: r.due_date,
  client: r.client_id ? { id: r.client_id, name: r.client_name ?? '' } : null,
  assignment: r.assignment_id ? { id: r.assignment_id, title: r.assignment_title ?? '' } : null,
  done: r.done_at !== null,
  doneAt: iso(r.done_at),
  createdAt: r.created_at.toISOString(),
});

export interface TaskFilter {
  status: PrepTaskQuery['status'];
  clientId?: string;
  taskId?: string;
  /** Dashboard: open tasks due by this local date, or undated ones tied to a client whose session is before `sessionBefore`. */
  dueSoon?: { by: string; now: Date; sessionBefore: Date };
}

/**
 * The member's own prep tasks, leaving out any tied to a client they can no longer see: open ones
 * first by due date (undated last), then done ones.
 */
export async function listPrepTasks(
  m: EntityManager,
  member: ClinicMembership,
  filter: TaskFilter,
): Promise<PrepTask[]> {
  const rows: TaskRow[] = await m.query(
    `SELECT p.id, p.title, p.notes, to_char(p.due_date, 'YYYY-MM-DD') AS due_date, p.client_id,
            c.name AS client_name, p.assignment_id, v.title AS assignment_title, p.done_at, p.created_at
       FROM prep_tasks p
       LEFT JOIN clients c ON c.clinic_id = p.clinic_id AND c.id = p.client_id
       LEFT JOIN assignments a ON a.clinic_id = p.clinic_id AND a.id = p.assignment_id
       LEFT JOIN template_versions v
         ON v.clinic_id = a.clinic_id AND v.template_id = a.template_id AND v.version = a.template_version
      WHERE p.clinic_id = $1 AND p.owner_id = $2
        AND (p.client_id IS NULL OR (${visibleClients(member, 2)}))
        AND ($3 = 'all' OR ($3 = 'open') = (p.done_at IS NULL))
        AND ($4::uuid IS NULL OR p.client_id = $4)
        AND ($5::uuid IS NULL OR p.id = $5)
        AND ($6::date IS NULL OR p.due_date <= $6::date
             OR (p.due_date IS NULL AND c.next_session_at >= $7 AND c.next_session_at < $8))
      ORDER BY (p.done_at IS NOT NULL), p.due_date NULLS LAST, p.created_at, p.id
      LIMIT ${ITEM_LIMIT}`,
    [
      member.clinicId,
      member.membershipId,
      filter.status,
      filter.clientId ?? null,
      filter.taskId ?? null,
      filter.dueSoon?.by ?? null,
      filter.dueSoon?.now ?? null,
      filter.dueSoon?.sessionBefore ?? null,
    ],
  );
  return rows.map(toTask);
}

/**
 * The clinician's own homework (prep before a session), optionally tied to a client or one of their
 * assignments. Each person sees and edits only their own; reads and changes of tasks tied to a client
 * are audited.
 */
@Injectable()
export class PrepTasksService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(member: ClinicMembership, query: PrepTaskQuery): Promise<{ items: PrepTask[] }> {
    const items = await listPrepTasks(this.db.manager(), member, query);
    const clientIds = [...new Set(items.flatMap((t) => (t.client ? [t.client.id] : [])))];
    if (clientIds.length > 0) {
      await this.audit.record(
        reviewAudit(member, 'prep_tasks.listed', 'prep_task', null, { count: items.length, clientIds }),
      );
    }
    return { items };
  }

  async create(member: ClinicMembership, input: CreatePrepTaskRequest): Promise<PrepTask> {
    const m = this.db.manager();
    let clientId: string | null = null;
    if (input.clientId !== undefined) {
      const client = await findVisibleClient(m, member, input.clientId);
      if (!client) throw invalid([{ path: 'clientId', message: 'Choose a client on your caseload' }]);
      clientId = client.id;
    }
    if (input.assignmentId !== undefined) {
      const owner = await this.assignmentClient(m, member, input.assignmentId);
      if (!owner) {
        throw invalid([{ path: 'assignmentId', message: 'Choose homework of a client on your caseload' }]);
      }
      if (clientId && owner !== clientId) {
        throw invalid([{ path: 'assignmentId', message: 'This homework is assigned to another client' }]);
      }
      clientId = owner;
    }
    const id = uuidv7();
    const now = this.clock.now();
    // With a client and no date: the day before their next (future) session, in their time zone.
    await m.query(
      `INSERT INTO prep_tasks (clinic_id, id, owner_id, client_id, assignment_id, title, notes, due_date,
                               created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7,
               coalesce($8::date, (SELECT (c.next_session_at AT TIME ZONE c.timezone)::date - 1
                                     FROM clients c
                                    WHERE c.clinic_id = $1 AND c.id = $4 AND c.next_session_at > $9)),
               $9, $9)`,
      [
        member.clinicId,
        id,
        member.membershipId,
        clientId,
        input.assignmentId ?? null,
        input.title,
        input.notes,
        input.dueDate ?? null,
        now,
      ],
    );
    if (clientId) {
      await this.audit.record(reviewAudit(member, 'prep_task.created', 'prep_task', id, { clientId }));
    }
    return this.get(m, member, id);
  }

  async update(member: ClinicMembership, taskId: string, change: UpdatePrepTaskRequest): Promise<PrepTask> {
    requireUuid(taskId, 'prep task');
    const m = this.db.manager();
    const [row]: Array<{ id: string; client_id: string | null }> = await m.query(
      `SELECT p.id, p.client_id
         FROM prep_tasks p
         LEFT JOIN clients c ON c.clinic_id = p.clinic_id AND c.id = p.client_id
        WHERE p.clinic_id = $1 AND p.owner_id = $2 AND p.id = $3
          AND (p.client_id IS NULL OR (${visibleClients(member, 2)}))
        FOR UPDATE OF p`,
      [member.clinicId, member.membershipId, taskId],
    );
    if (!row) throw notFound('prep task');
    const now = this.clock.now();
    await m.query(
      `UPDATE prep_tasks
          SET title = coalesce($3, title),
              notes = coalesce($4, notes),
              due_date = CASE WHEN $5 THEN $6::date ELSE due_date END,
              done_at = CASE WHEN $7::boolean IS NULL THEN done_at
                             WHEN $7 THEN coalesce(done_at, $8)
                             ELSE NULL END,
              updated_at = $8
        WHERE clinic_id = $1 AND id = $2`,
      [
        member.clinicId,
        row.id,
        change.title ?? null,
        change.notes ?? null,
        change.dueDate !== undefined,
        change.dueDate ?? null,
        change.done ?? null,
        now,
      ],
    );
    if (row.client_id) {
      await this.audit.record(
        reviewAudit(member, 'prep_task.updated', 'prep_task', row.id, {
          clientId: row.client_id,
          fields: Object.keys(change),
        }),
      );
    }
    return this.get(m, member, row.id);
  }

  private async get(m: EntityManager, member: ClinicMembership, taskId: string): Promise<PrepTask> {
    const [task] = await listPrepTasks(m, member, { status: 'all', taskId });
    if (!task) throw notFound('prep task');
    return task;
  }

  /** The client of an assignment the member may see, or null. */
  private async assignmentClient(
    m: EntityManager,
    member: ClinicMembership,
    assignmentId: string,
  ): Promise<string | null> {
    if (!isUuid(assignmentId)) return null;
    const [row]: Array<{ client_id: string }> = await m.query(
      `SELECT a.client_id FROM assignments a
         JOIN clients c ON c.clinic_id = a.clinic_id AND c.id = a.client_id
        WHERE a.clinic_id = $1 AND a.id = $2 AND ${visibleClients(member, 3)}`,
      [member.clinicId, assignmentId, member.membershipId],
    );
    return row?.client_id ?? null;
  }
}
