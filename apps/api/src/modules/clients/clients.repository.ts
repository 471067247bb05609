import type { Client, ClientQuery } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { isText, isUuid } from '../../platform/http/checks';
import { decodeCursor, page } from '../../platform/http/cursor';
import { visibleClients } from './client-access';

interface ClientRow {
  id: string;
  name: string;
  preferred_name: string | null;
  email: string | null;
  phone: string | null;
  date_of_birth: string | null;
  timezone: string;
  status: Client['status'];
  primary_id: string;
  primary_name: string;
  additional: Array<{ membershipId: string; name: string }>;
  next_session_at: Date | null;
  tags: string[];
  portal_status: Client['portalStatus'];
  created_at: Date;
  updated_at: Date;
  sort_key: string;
}

const isNumber = (v: unknown) => typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v);
/** Sort keys are compared as text (names) or as epoch seconds (times; no session yet sorts last). */
const SORT_KEYS = {
  name: { expr: 'lower(c.name)', cast: 'text', check: isText },
  nextSession: {
    expr: 'coalesce(extract(epoch FROM c.next_session_at), 1e12)',
    cast: 'numeric',
    check: isNumber,
  },
  created: { expr: 'extract(epoch FROM c.created_at)', cast: 'numeric', check: isNumber },
} as const;

const SELECT = `
  SELECT c.id, c.name, c.preferred_name, c.email, c.phone, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
         c.timezone, c.status, c.primary_clinician_id AS primary_id, pu.name AS primary_name,
         coalesce((SELECT json_agg(json_build_object('membershipId', cc.membership_id, 'name', au.name) ORDER BY au.name)
                     FROM client_clinicians cc
                     JOIN memberships am ON am.clinic_id = cc.clinic_id AND am.id = cc.membership_id
                     JOIN users au ON au.id = am.user_id
                    WHERE cc.clinic_id = c.clinic_id AND cc.client_id = c.id), '[]'::json) AS additional,
         c.next_session_at, c.tags,
         CASE WHEN c.portal_membership_id IS NOT NULL
              THEN (CASE WHEN pm.status = 'active' THEN 'active' ELSE 'revoked' END)
              WHEN c.portal_invited_at IS NOT NULL THEN 'invited' ELSE 'none' END AS portal_status,
         c.created_at, c.updated_at`;
const FROM = `
    FROM clients c
    JOIN memberships m ON m.clinic_id = c.clinic_id AND m.id = c.primary_clinician_id
    JOIN users pu ON pu.id = m.user_id
    LEFT JOIN memberships pm ON pm.clinic_id = c.clinic_id AND pm.id = c.portal_membership_id`;

export const toClient = (r: ClientRow): Client => ({
  id: r.id,
  name: r.name,
  preferredName: r.preferred_name,
  email: r.email,
  phone: r.phone,
  dateOfBirth: r.date_of_birth,
  timezone: r.timezone,
  status: r.status,
  primaryClinician: { membershipId: r.primary_id, name: r.primary_name },
  additionalClinicians: r.additional,
  nextSessionAt: r.next_session_at?.toISOString() ?? null,
  tags: r.tags,
  portalStatus: r.portal_status,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** Reads of client records, always narrowed to what the member may see. */
@Injectable()
export class ClientsRepository {
  constructor(private readonly db: TenantDatabase) {}

  async findVisible(member: ClinicMembership, clientId: string): Promise<Client | null> {
    if (!isUuid(clientId)) return null;
    const rows: ClientRow[] = await this.db
      .manager()
      .query(`${SELECT} ${FROM} WHERE c.clinic_id = $1 AND c.id = $2 AND ${visibleClients(member, 3)}`, [
        member.clinicId,
        clientId,
        member.membershipId,
      ]);
    return rows[0] ? toClient(rows[0]) : null;
  }

  async list(member: ClinicMembership, query: ClientQuery) {
    const sort = SORT_KEYS[query.sort];
    const after = decodeCursor(query.cursor, [sort.check, isUuid]);
    const params: unknown[] = [member.clinicId, query.limit + 1, member.membershipId];
    const where = ['c.clinic_id = $1', visibleClients(member, 3)];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.q)
      add(
        `(c.name ILIKE ? OR c.preferred_name ILIKE ? OR c.email ILIKE ?)`,
        `%${query.q.replace(/[\\%_]/g, (x) => `\\${x}`)}%`,
      );
    if (query.status) add('c.status = ?', query.status);
    if (query.tag) add('? = ANY (c.tags)', query.tag);
    if (query.clinicianId) {
      add(
        `(c.primary_clinician_id = ? OR EXISTS (SELECT 1 FROM client_clinicians x WHERE x.clinic_id = c.clinic_id AND x.client_id = c.id AND x.membership_id = ?))`,
        query.clinicianId,
      );
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(${sort.expr}, c.id) > ($${params.length - 1}::${sort.cast}, $${params.length}::uuid)`);
    }
    const rows: ClientRow[] = await this.db
      .manager()
      .query(
        `${SELECT}, (${sort.expr})::text AS sort_key ${FROM} WHERE ${where.join(' AND ')} ORDER BY ${sort.expr}, c.id LIMIT $2`,
        params,
      );
    const result = page(rows, query.limit, (r) => [r.sort_key, r.id]);
    return { items: result.items.map(toClient), nextCursor: result.nextCursor };
  }

  /** Active members with the clinician role, by membership id (to validate assignments). */
  async activeClinicians(clinicId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0 || !ids.every(isUuid)) return new Set();
    const rows: Array<{ id: string }> = await this.db
      .manager()
      .query(
        "SELECT id FROM memberships WHERE clinic_id = $1 AND id = ANY ($2::uuid[]) AND status = 'active' AND 'clinician' = ANY (roles)",
        [clinicId, ids],
      );
    return new Set(rows.map((r) => r.id));
  }
}
