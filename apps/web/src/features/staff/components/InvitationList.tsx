import { useInvitations, useResendInvitation, useRevokeInvitation } from '@interlude/api-client';
import type { Invitation } from '@interlude/contracts';
import { ConfirmDialog, EmptyState, ErrorState, LoadingState, SubmitButton } from '@interlude/ui';
import { Badge, Button, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../../../lib/dates/clinic-time';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { describeRoles } from '../../../lib/roles';

export interface InvitationListProps {
  clinicId: string;
  timeZone: string;
  onInvite: () => void;
}

/** Invitations still open (pending) or lapsed (expired): the ones an admin can act on. */
const isOpen = (invitation: Invitation) => invitation.status === 'pending' || invitation.status === 'expired';

export function InvitationList({ clinicId, timeZone, onInvite }: InvitationListProps) {
  const invitations = useInvitations(clinicId);
  const resend = useResendInvitation(clinicId);
  const revoke = useRevokeInvitation(clinicId);
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  const heading = (
    <Title order={2} size="h3" id="pending-invitations">
      Pending invitations
    </Title>
  );

  if (invitations.isPending) {
    return (
      <section aria-labelledby="pending-invitations">
        {heading}
        <LoadingState label="Loading invitations" lines={2} />
      </section>
    );
  }

  if (invitations.isError) {
    return (
      <section aria-labelledby="pending-invitations">
        {heading}
        <ErrorState
          headingOrder={3}
          title="Could not load the invitations"
          description={describeFailure(invitations.error).detail}
          onRetry={() => void invitations.refetch()}
          retrying={invitations.isFetching}
        />
      </section>
    );
  }

  const open = invitations.data.items.filter(isOpen);

  const resendTo = (invitation: Invitation) =>
    resend.mutate(invitation.id, {
      onSuccess: () =>
        notifySuccess(`A new invitation link was sent to ${invitation.email}. It works for 7 days.`),
    });

  return (
    <section aria-labelledby="pending-invitations">
      {heading}
      {open.length === 0 ? (
        <EmptyState
          headingOrder={3}
          title="No pending invitations"
          description="When you invite a colleague, their invitation waits here until they accept it."
          action={
            <Button variant="default" onClick={onInvite}>
              Invite staff
            </Button>
          }
        />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <caption>
              <VisuallyHidden>Pending invitations</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Invited</Table.Th>
                <Table.Th scope="col">Roles</Table.Th>
                <Table.Th scope="col">Link works until</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Th scope="row" fw="normal">
                    <Text fw={600}>{invitation.name}</Text>
                    <Text size="sm" c="dimmed">
                      {invitation.email}
                    </Text>
                  </Table.Th>
                  <Table.Td>{describeRoles(invitation.roles)}</Table.Td>
                  <Table.Td>
                    {invitation.status === 'expired' ? (
                      <Badge variant="light" color="gray">
                        Expired
                      </Badge>
                    ) : (
                      <time dateTime={invitation.expiresAt}>
                        {formatDate(invitation.expiresAt, timeZone)}
                      </time>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <SubmitButton
                        type="button"
                        variant="default"
                        size="compact-sm"
                        aria-label={`Resend invitation to ${invitation.email}`}
                        busy={resend.isPending && resend.variables === invitation.id}
                        onClick={() => resendTo(invitation)}
                      >
                        Resend
                      </SubmitButton>
                      {invitation.status === 'pending' ? (
                        <Button
                          variant="default"
                          size="compact-sm"
                          aria-label={`Revoke invitation to ${invitation.email}`}
                          onClick={() => {
                            revoke.reset();
                            setRevoking(invitation);
                          }}
                        >
                          Revoke
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {resend.isError ? (
        <Text c="red.9" size="sm" role="alert" mt="xs">
          Could not resend the invitation. {describeFailure(resend.error).detail}
        </Text>
      ) : null}
      <ConfirmDialog
        opened={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        tone="danger"
        busy={revoke.isPending}
        error={revoke.isError ? describeFailure(revoke.error).detail : undefined}
        onCancel={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifySuccess(`The invitation for ${revoking.email} was revoked.`);
              setRevoking(null);
            },
          })
        }
      >
        The link sent to {revoking?.email} will stop working. You can invite them again later.
      </ConfirmDialog>
    </section>
  );
}
