import type {
  CreateProgramRequest,
  Program,
  ProgramRecurrence,
  ProgramStepInput,
  UpdateProgramRequest,
} from '@interlude/contracts';
import { programLengthDays } from '@interlude/domain';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid, notFound } from '../../platform/errors/problem';
import { isUuid } from '../../platform/http/checks';
import { auditEntry, requireId } from './homework-access';

interface ProgramRow {
  id: string;
  name: string;
  description: string;
  status: Program['status'];
  source: Program['source'];
  updated_at: Date;
  steps: Array<{
    position: number;
    template_id: string;
    title: string;
    kind: Program['steps'][number]['template']['kind'];
    day_offset: number;
    recurrence: ProgramRecurrence;
    instructions: string | null;
  }>;
}

const SELECT = `
  SELECT p.id, p.name, p.description, p.status, p.source, p.updated_at,
         coalesce((SELECT json_agg(json_build_object(
                    'position', s.position, 'template_id', s.template_id, 'title', v.title, 'kind', t.kind,
                    'day_offset', s.day_offset, 'recurrence', s.recurrence, 'instructions', s.instructions)
                    ORDER BY s.position)
                     FROM program_steps s
                     JOIN templates t ON t.clinic_id = s.clinic_id AND t.id = s.template_id
                     JOIN template_versions v ON v.clinic_id = t.clinic_id AND v.template_id = t.id
                                             AND v.version = t.current_version
                    WHERE s.clinic_id = p.clinic_id AND s.program_id = p.id), '[]') AS steps
    FROM programs p`;

const toProgram = (r: ProgramRow): Program => {
  const steps = r.steps.map((s) => ({
    position: s.position,
    template: { id: s.template_id, title: s.title, kind: s.kind },
    dayOffset: s.day_offset,
    recurrence: s.recurrence,
    instructions: s.instructions,
  }));
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    status: r.status,
    source: r.source,
    steps,
    lengthDays: programLengthDays(steps),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
};

/** Programs: ordered steps of templates with a day offset and a recurrence, assigned in one go. */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(member: ClinicMembership, status: Program['status'] = 'active') {
    const rows: ProgramRow[] = await this.db
      .manager()
      .query(`${SELECT} WHERE p.clinic_id = $1 AND p.status = $2 ORDER BY lower(p.name), p.id`, [
        member.clinicId,
        status,
      ]);
    return { items: rows.map(toProgram) };
  }

  async get(member: ClinicMembership, programId: string): Promise<Program> {
    requireId(programId, 'program');
    const [row]: ProgramRow[] = await this.db
      .manager()
      .query(`${SELECT} WHERE p.clinic_id = $1 AND p.id = $2`, [member.clinicId, programId]);
    if (!row) throw notFound('program');
    return toProgram(row);
  }

  async create(member: ClinicMembership, input: CreateProgramRequest): Promise<Program> {
    const id = uuidv7();
    const now = this.clock.now();
    await this.db.manager().query(
      `INSERT INTO programs (clinic_id, id, name, description, source, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'clinic', $5, $5)`,
      [member.clinicId, id, input.name, input.description, now],
    );
    await this.writeSteps(member, id, input.steps);
    await this.audit.record(auditEntry(member, 'program.created', 'program', id));
    return this.get(member, id);
  }

  async update(member: ClinicMembership, programId: string, input: UpdateProgramRequest): Promise<Program> {
    await this.get(member, programId);
    await this.db.manager().query(
      `UPDATE programs SET name = coalesce($3, name), description = coalesce($4, description),
              status = coalesce($5, status), updated_at = $6
        WHERE clinic_id = $1 AND id = $2`,
      [
        member.clinicId,
        programId,
        input.name ?? null,
        input.description ?? null,
        input.status ?? null,
        this.clock.now(),
      ],
    );
    if (input.steps) {
      await this.db
        .manager()
        .query('DELETE FROM program_steps WHERE clinic_id = $1 AND program_id = $2', [
          member.clinicId,
          programId,
        ]);
      await this.writeSteps(member, programId, input.steps);
    }
    await this.audit.record(auditEntry(member, 'program.updated', 'program', programId));
    return this.get(member, programId);
  }

  /** Every step's template must be an active template of this clinic: 400 naming the step otherwise. */
  private async writeSteps(member: ClinicMembership, programId: string, steps: ProgramStepInput[]) {
    const ids = [...new Set(steps.map((s) => s.templateId))].filter((id) => isUuid(id));
    const rows: Array<{ id: string }> = await this.db
      .manager()
      .query(`SELECT id FROM templates WHERE clinic_id = $1 AND id = ANY($2::uuid[]) AND status = 'active'`, [
        member.clinicId,
        ids,
      ]);
    const known = new Set(rows.map((r) => r.id));
    const errors = steps.flatMap((s, i) =>
      known.has(s.templateId)
        ? []
        : [{ path: `steps.${i}.templateId`, message: 'Choose an active template from the library' }],
    );
    if (errors.length > 0) throw invalid(errors);
    for (const [position, step] of steps.entries()) {
      await this.db.manager().query(
        `INSERT INTO program_steps (clinic_id, program_id, position, template_id, day_offset, recurrence, instructions)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          member.clinicId,
          programId,
          position,
          step.templateId,
          step.dayOffset,
          JSON.stringify(step.recurrence),
          step.instructions ?? null,
        ],
      );
    }
  }
}
