import type { Client } from '@interlude/contracts';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../platform/audit/audit-log';
import type { ClinicMembership } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { SessionsService } from '../../platform/auth/sessions.service';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { ProblemException } from '../../platform/errors/problem';
import { InvitationsService } from '../invitations/invitations.service';
import { ClientsService } from './clients.service';

/** A client's way into the portal: an emailed invitation, and revocation that ends their sessions at once. */
@Injectable()
export class PortalAccessService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clients: ClientsService,
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async invite(member: ClinicMembership, clientId: string): Promise<Client> {
    const client = await this.clients.get(member, clientId, false);
    if (!client.email) {
      throw new ProblemException(409, 'Add the client’s email address before inviting them to the portal.', {
        code: 'email_missing',
      });
    }
    if (client.portalStatus === 'active') {
      throw new ProblemException(409, 'This client already has portal access.', { code: 'portal_active' });
    }
    const m = this.db.manager();
    await this.invitations.invite(
      member.userId,
      { email: client.email, name: client.preferredName ?? client.name, roles: ['client'] },
      clientId,
    );
    await m.query('UPDATE clients SET portal_invited_at = $3 WHERE clinic_id = $1 AND id = $2', [
      member.clinicId,
      clientId,
      this.clock.now(),
    ]);
    return this.clients.get(member, clientId, false);
  }

  async revoke(member: ClinicMembership, clientId: string): Promise<Client> {
    await this.clients.get(member, clientId, false);
    const m = this.db.manager();
    const [row] = await m.query(
      `SELECT pm.id, pm.user_id FROM clients c JOIN memberships pm ON pm.clinic_id = c.clinic_id AND pm.id = c.portal_membership_id
        WHERE c.clinic_id = $1 AND c.id = $2`,
      [member.clinicId, clientId],
    );
    await m.query(
      'UPDATE invitations SET revoked_at = $3 WHERE clinic_id = $1 AND client_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL',
      [member.clinicId, clientId, this.clock.now()],
    );
    if (row) {
      await m.query("UPDATE memberships SET status = 'deactivated' WHERE clinic_id = $1 AND id = $2", [
        member.clinicId,
        row.id,
      ]);
      await this.sessions.revokeAllFor(row.user_id);
    } else {
      await m.query('UPDATE clients SET portal_invited_at = NULL WHERE clinic_id = $1 AND id = $2', [
        member.clinicId,
        clientId,
      ]);
    }
    await this.audit.record({
      clinicId: member.clinicId,
      actorUserId: member.userId,
      action: 'portal.revoked',
      resourceType: 'client',
      resourceId: clientId,
    });
    return this.clients.get(member, clientId, false);
  }
}
