import { useInviteClientToPortal, useRevokePortalAccess } from '@interlude/api-client';
import type { Client } from '@interlude/contracts';
import { ConfirmDialog } from '@interlude/ui';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { callName, PORTAL_STATUS } from '../client-words';

export interface PortalAccessPanelProps {
  clinicId: string;
  client: Client;
}

/** Invite the client to the portal, re-send the link, or revoke access (their sessions end at once). */
export function PortalAccessPanel({ clinicId, client }: PortalAccessPanelProps) {
  const invite = useInviteClientToPortal(clinicId, client.id);
  const revoke = useRevokePortalAccess(clinicId, client.id);
  const [revoking, setRevoking] = useState(false);
  const status = PORTAL_STATUS[client.portalStatus];
  const name = callName(client);
  const canInvite = client.email !== null && client.status === 'active';
  const inviteLabel = client.portalStatus === 'invited' ? 'Re-send invitation' : 'Invite to the portal';

  const sendInvitation = () =>
    invite.mutate(undefined, {
      onSuccess: () => notifySuccess(`Invitation sent to ${client.email}. The link works for 7 days.`),
    });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="client-portal">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="client-portal">
            Client portal
          </Title>
          <Badge variant="light" color={status.color}>
            {status.label}
          </Badge>
        </Group>
        <Text>
          {name} {status.description}
        </Text>
        {client.email === null && client.portalStatus !== 'active' ? (
          <Text size="sm" c="dimmed">
            Add an email address to invite them.
          </Text>
        ) : null}
        {invite.isError ? (
          <Text c="red.9" size="sm" role="alert">
            Could not send the invitation. {describeFailure(invite.error).detail}
          </Text>
        ) : null}
        <Group gap="sm">
          {client.portalStatus !== 'active' && canInvite ? (
            <Button
              variant={client.portalStatus === 'invited' ? 'default' : 'filled'}
              loading={invite.isPending}
              onClick={sendInvitation}
            >
              {inviteLabel}
            </Button>
          ) : null}
          {client.portalStatus === 'active' || client.portalStatus === 'invited' ? (
            <Button variant="default" color="red.9" onClick={() => setRevoking(true)}>
              Revoke portal access
            </Button>
          ) : null}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={revoking}
        title={`Revoke ${name}’s portal access?`}
        confirmLabel="Revoke access"
        tone="danger"
        busy={revoke.isPending}
        error={revoke.isError ? describeFailure(revoke.error).detail : undefined}
        onCancel={() => {
          revoke.reset();
          setRevoking(false);
        }}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(`${name} can no longer sign in to the portal.`);
              setRevoking(false);
            },
          })
        }
      >
        {name} will be signed out of the portal at once, on every device, and any invitation link stops
        working. Their record and safety plan stay. You can invite them again later.
      </ConfirmDialog>
    </Paper>
  );
}
