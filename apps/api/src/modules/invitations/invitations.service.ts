import type { Invitation, InvitationPreview, InviteStaffRequest, Role } from '@interlude/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../../platform/audit/audit-log';
import { Clock } from '../../platform/auth/clock';
import { hashPassword, newToken, tokenDigest, verifyPassword } from '../../platform/auth/secrets';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { AppConfig } from '../../platform/config/config.schema';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { invalid, notFound, ProblemException } from '../../platform/errors/problem';
import { isUuid } from '../../platform/http/checks';
import { MailService } from '../../platform/mail/mail.service';
import { actionEmail } from '../../platform/mail/mail-templates';
import { AccountsRepository } from '../auth/accounts.repository';
import { assertUsablePassword } from '../auth/auth.service';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface InvitationRow {
  id: string;
  clinic_id: string;
  email: string;
  name: string;
  roles: Role[];
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
  client_id: string | null;
}

/**
 * Invitation links are `<clinicId>.<256 random bits>`: the clinic part lets the link be looked up
 * inside that clinic's tenant transaction; only a digest of the whole token is stored.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly accounts: AccountsRepository,
    private readonly mail: MailService,
    private readonly audit: AuditLog,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Invites a person into the open clinic transaction; emails a single-use 7-day link. */
  async invite(
    actorUserId: string,
    input: Omit<InviteStaffRequest, 'roles'> & { roles: Role[] },
    clientId: string | null = null,
  ): Promise<Invitation> {
    const clinicId = this.db.clinicId();
    const m = this.db.manager();
    const member = await m.query(
      `SELECT 1 FROM memberships ms JOIN users u ON u.id = ms.user_id
        WHERE ms.clinic_id = $1 AND u.email = $2 AND ms.status = 'active'`,
      [clinicId, input.email],
    );
    if (member.length > 0) {
      throw new ProblemException(409, 'This person is already a member of the clinic.', {
        errors: [{ path: 'email', message: 'Already a member of this clinic' }],
      });
    }
    await m.query(
      'UPDATE invitations SET revoked_at = $3 WHERE clinic_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL',
      [clinicId, input.email, this.clock.now()],
    );
    const id = uuidv7();
    const token = `${clinicId}.${newToken()}`;
    const expiresAt = new Date(this.clock.now().getTime() + INVITATION_TTL_MS);
    await m.query(
      `INSERT INTO invitations (clinic_id, id, email, name, roles, token_hash, invited_by, expires_at, created_at, client_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        clinicId,
        id,
        input.email,
        input.name,
        input.roles,
        tokenDigest(token),
        actorUserId,
        expiresAt,
        this.clock.now(),
        clientId,
      ],
    );
    await this.sendLink(clinicId, input.email, input.name, input.roles, token);
    await this.audit.record({
      clinicId,
      actorUserId,
      action: clientId ? 'portal.invited' : 'invitation.created',
      resourceType: clientId ? 'client' : 'invitation',
      resourceId: clientId ?? id,
      details: { roles: input.roles, invitationId: id },
    });
    return this.get(id);
  }

  async list(): Promise<Invitation[]> {
    const rows: InvitationRow[] = await this.db
      .manager()
      .query(
        "SELECT * FROM invitations WHERE clinic_id = $1 AND NOT (roles = '{client}') ORDER BY accepted_at IS NOT NULL, revoked_at IS NOT NULL, created_at DESC LIMIT 200",
        [this.db.clinicId()],
      );
    return rows.map((r) => this.toInvitation(r));
  }

  async resend(actorUserId: string, invitationId: string): Promise<Invitation> {
    const row = await this.pending(invitationId);
    const token = `${row.clinic_id}.${newToken()}`;
    await this.db
      .manager()
      .query('UPDATE invitations SET token_hash = $3, expires_at = $4 WHERE clinic_id = $1 AND id = $2', [
        row.clinic_id,
        row.id,
        tokenDigest(token),
        new Date(this.clock.now().getTime() + INVITATION_TTL_MS),
      ]);
    await this.sendLink(row.clinic_id, row.email, row.name, row.roles, token);
    await this.audit.record({
      clinicId: row.clinic_id,
      actorUserId,
      action: 'invitation.resent',
      resourceType: 'invitation',
      resourceId: row.id,
    });
    return this.get(row.id);
  }

  async revoke(actorUserId: string, invitationId: string): Promise<Invitation> {
    const row = await this.pending(invitationId);
    await this.db
      .manager()
      .query('UPDATE invitations SET revoked_at = $3 WHERE clinic_id = $1 AND id = $2', [
        row.clinic_id,
        row.id,
        this.clock.now(),
      ]);
    await this.audit.record({
      clinicId: row.clinic_id,
      actorUserId,
      action: 'invitation.revoked',
      resourceType: 'invitation',
      resourceId: row.id,
    });
    return this.get(row.id);
  }

  async preview(token: string): Promise<InvitationPreview> {
    return this.withToken(token, async (row) => {
      const [clinic] = await this.db
        .manager()
        .query('SELECT name FROM clinics WHERE id = $1', [row.clinic_id]);
      return {
        clinicId: row.clinic_id,
        clinicName: clinic.name,
        email: row.email,
        name: row.name,
        roles: row.roles,
        expiresAt: row.expires_at.toISOString(),
      };
    });
  }

  /** Accepts a link: a new person sets name and password; someone with an account confirms theirs. */
  async accept(token: string, name: string, password: string): Promise<string> {
    return this.withToken(token, async (row) => {
      const m = this.db.manager();
      const existing = await this.accounts.findByEmail(row.email);
      let userId: string;
      if (existing) {
        if (!(await verifyPassword(existing.password_hash, password))) {
          throw invalid(
            [
              {
                path: 'password',
                message: 'This email already has an Interlude account: enter its password',
              },
            ],
            'This email already has an Interlude account. Enter its password to join the clinic.',
          );
        }
        userId = existing.id;
      } else {
        assertUsablePassword(password);
        userId = uuidv7();
        await this.accounts.insertUser({
          id: userId,
          email: row.email,
          name,
          passwordHash: await hashPassword(password),
        });
      }
      await m.query(
        `INSERT INTO memberships (clinic_id, id, user_id, roles) VALUES ($1, $2, $3, $4)
         ON CONFLICT (clinic_id, user_id) DO UPDATE SET status = 'active', roles = EXCLUDED.roles`,
        [row.clinic_id, uuidv7(), userId, row.roles],
      );
      if (row.client_id) {
        // A portal invitation: the new membership is this client's way in.
        await m.query(
          `UPDATE clients SET portal_membership_id = (SELECT id FROM memberships WHERE clinic_id = $1 AND user_id = $3)
            WHERE clinic_id = $1 AND id = $2`,
          [row.clinic_id, row.client_id, userId],
        );
      }
      await m.query('UPDATE invitations SET accepted_at = $3 WHERE clinic_id = $1 AND id = $2', [
        row.clinic_id,
        row.id,
        this.clock.now(),
      ]);
      await this.audit.record({
        clinicId: row.clinic_id,
        actorUserId: userId,
        action: 'invitation.accepted',
        resourceType: 'invitation',
        resourceId: row.id,
      });
      return userId;
    });
  }

  private async withToken<T>(token: string, work: (row: InvitationRow) => Promise<T>): Promise<T> {
    const clinicId = token.split('.')[0];
    if (!isUuid(clinicId) || token.length > 200) throw notFound('invitation');
    return this.db.inClinic(clinicId, async (m) => {
      const rows: InvitationRow[] = await m.query(
        `SELECT * FROM invitations WHERE clinic_id = $1 AND token_hash = $2
            AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $3`,
        [clinicId, tokenDigest(token), this.clock.now()],
      );
      if (!rows[0])
        throw new ProblemException(
          404,
          'This invitation link has expired, was revoked or was already used.',
          { code: 'token_invalid' },
        );
      return work(rows[0]);
    });
  }

  private async pending(invitationId: string): Promise<InvitationRow> {
    const rows: InvitationRow[] = isUuid(invitationId)
      ? await this.db
          .manager()
          .query(
            'SELECT * FROM invitations WHERE clinic_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL',
            [this.db.clinicId(), invitationId],
          )
      : [];
    if (!rows[0]) throw notFound('pending invitation');
    return rows[0];
  }

  private async get(id: string): Promise<Invitation> {
    const [row] = await this.db
      .manager()
      .query('SELECT * FROM invitations WHERE clinic_id = $1 AND id = $2', [this.db.clinicId(), id]);
    return this.toInvitation(row);
  }

  private toInvitation(r: InvitationRow): Invitation {
    const status = r.accepted_at
      ? 'accepted'
      : r.revoked_at
        ? 'revoked'
        : r.expires_at <= this.clock.now()
          ? 'expired'
          : 'pending';
    return {
      id: r.id,
      email: r.email,
      name: r.name,
      roles: r.roles,
      status,
      expiresAt: r.expires_at.toISOString(),
      createdAt: r.created_at.toISOString(),
    };
  }

  private async sendLink(
    clinicId: string,
    email: string,
    name: string,
    roles: Role[],
    token: string,
  ): Promise<void> {
    const [clinic] = await this.db.manager().query('SELECT name FROM clinics WHERE id = $1', [clinicId]);
    const isClient = roles.length === 1 && roles[0] === 'client';
    const path = isClient ? '/portal/invitations/' : '/invitations/';
    const url = `${this.config.APP_URL.replace(/\/$/, '')}${path}${encodeURIComponent(token)}`;
    await this.mail.queue({
      ...actionEmail({
        to: email,
        clinicName: clinic.name,
        subject: `${clinic.name} invited you to Interlude`,
        greeting: `Hello ${name},`,
        lines: [
          isClient
            ? `${clinic.name} invited you to Interlude, where you can see and do the activities you agree on with your clinician between sessions.`
            : `${clinic.name} invited you to join its team on Interlude as ${roles.join(' and ')}.`,
          'The link works once and expires in 7 days.',
        ],
        action: { label: 'Accept the invitation', url },
        footer: 'If you were not expecting this, you can ignore this email.',
      }),
      kind: 'invitation',
    });
  }
}
