import type {
  CreateTemplateRequest,
  Template,
  TemplateField,
  TemplateQuery,
  TemplateSummary,
  UpdateTemplateRequest,
} from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid, notFound } from '../../platform/errors/problem';
import { isText, isUuid } from '../../platform/http/checks';
import { decodeCursor, page } from '../../platform/http/cursor';
import { auditEntry, requireId } from './homework-access';

interface TemplateRow {
  id: string;
  kind: Template['kind'];
  measure: Template['measure'];
  status: Template['status'];
  source: Template['source'];
  version: number;
  title: string;
  instructions: string;
  fields: TemplateField[];
  updated_at: Date;
  updated_by: string | null;
}

const SELECT = `
  SELECT t.id, t.kind, t.measure, t.status, t.source, v.version, v.title, v.instructions, v.fields,
         v.created_at AS updated_at, u.name AS updated_by
    FROM templates t
    JOIN template_versions v ON v.clinic_id = t.clinic_id AND v.template_id = t.id
    LEFT JOIN users u ON u.id = v.created_by`;

const summary = (r: TemplateRow): TemplateSummary => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  status: r.status,
  source: r.source,
  measure: r.measure,
  version: r.version,
  updatedAt: r.updated_at.toISOString(),
});

const full = (r: TemplateRow): Template => ({
  ...summary(r),
  instructions: r.instructions,
  fields: r.fields,
  updatedBy: r.updated_by,
});

/**
 * The homework library: a template is a kind plus a list of typed questions, and every edit adds
 * an immutable version so an assignment always shows the client the questions it was given.
 * Templates are archived, never deleted.
 */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(member: ClinicMembership, query: TemplateQuery) {
    const after = decodeCursor(query.cursor, [isText, isUuid]);
    const rows: TemplateRow[] = await this.db.manager().query(
      `${SELECT}
        WHERE t.clinic_id = $1 AND v.version = t.current_version AND t.status = $2
          AND ($3::text IS NULL OR t.kind = $3)
          AND ($4::text IS NULL OR v.title ILIKE '%' || $4 || '%')
          AND ($5::text IS NULL OR (lower(v.title), t.id) > ($5, $6::uuid))
        ORDER BY lower(v.title), t.id
        LIMIT $7`,
      [
        member.clinicId,
        query.status,
        query.kind ?? null,
        query.q ? query.q.replace(/[\\%_]/g, (c) => `\\${c}`) : null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        query.limit + 1,
      ],
    );
    return page(rows.map(summary), query.limit, (t) => [t.title.toLowerCase(), t.id]);
  }

  async get(member: ClinicMembership, templateId: string, version?: number): Promise<Template> {
    requireId(templateId, 'template');
    const [row]: TemplateRow[] = await this.db
      .manager()
      .query(
        `${SELECT} WHERE t.clinic_id = $1 AND t.id = $2 AND v.version = coalesce($3::int, t.current_version)`,
        [member.clinicId, templateId, version ?? null],
      );
    if (!row) throw notFound(version === undefined ? 'template' : 'template version');
    return full(row);
  }

  async create(member: ClinicMembership, input: CreateTemplateRequest): Promise<Template> {
    const id = uuidv7();
    const now = this.clock.now();
    const m = this.db.manager();
    await m.query(
      `INSERT INTO templates (clinic_id, id, kind, source, created_at, updated_at) VALUES ($1, $2, $3, 'clinic', $4, $4)`,
      [member.clinicId, id, input.kind, now],
    );
    await this.addVersion(member, id, 1, input.title, input.instructions, input.fields, now);
    await this.audit.record(auditEntry(member, 'template.created', 'template', id, { version: 1 }));
    return this.get(member, id);
  }

  async update(
    member: ClinicMembership,
    templateId: string,
    input: UpdateTemplateRequest,
  ): Promise<Template> {
    const current = await this.get(member, templateId);
    await this.db
      .manager()
      .query('SELECT 1 FROM templates WHERE clinic_id = $1 AND id = $2 FOR UPDATE', [
        member.clinicId,
        templateId,
      ]);
    const now = this.clock.now();
    const changesContent =
      input.title !== undefined || input.instructions !== undefined || input.fields !== undefined;
    if (changesContent) {
      if (current.kind === 'measure' && input.fields !== undefined) {
        throw invalid([
          {
            path: 'fields',
            message: 'A standard questionnaire keeps its published questions; they cannot be edited',
          },
        ]);
      }
      const version = current.version + 1;
      await this.addVersion(
        member,
        templateId,
        version,
        input.title ?? current.title,
        input.instructions ?? current.instructions,
        input.fields ?? current.fields,
        now,
      );
      await this.audit.record(auditEntry(member, 'template.versioned', 'template', templateId, { version }));
    }
    if (input.status !== undefined && input.status !== current.status) {
      await this.audit.record(
        auditEntry(
          member,
          input.status === 'archived' ? 'template.archived' : 'template.restored',
          'template',
          templateId,
        ),
      );
    }
    await this.db.manager().query(
      `UPDATE templates SET status = coalesce($3, status), current_version = $4, updated_at = $5
        WHERE clinic_id = $1 AND id = $2`,
      [
        member.clinicId,
        templateId,
        input.status ?? null,
        changesContent ? current.version + 1 : current.version,
        now,
      ],
    );
    return this.get(member, templateId);
  }

  /** The current version of an active template, for assigning. */
  async assignable(member: ClinicMembership, templateId: string, path: string): Promise<Template> {
    const template = isUuid(templateId) ? await this.get(member, templateId).catch(() => null) : null;
    if (!template) throw invalid([{ path, message: 'Choose a template from the library' }]);
    if (template.status !== 'active') {
      throw invalid([{ path, message: 'This template is archived; restore it or choose another' }]);
    }
    return template;
  }

  private async addVersion(
    member: ClinicMembership,
    templateId: string,
    version: number,
    title: string,
    instructions: string,
    fields: TemplateField[],
    now: Date,
  ) {
    await this.db.manager().query(
      `INSERT INTO template_versions (clinic_id, template_id, version, title, instructions, fields, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [member.clinicId, templateId, version, title, instructions, JSON.stringify(fields), member.userId, now],
    );
  }
}
