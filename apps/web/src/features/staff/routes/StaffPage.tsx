import { STAFF_PAGE_SIZE, useStaffList } from '@interlude/api-client';
import type { StaffMember } from '@interlude/contracts';
import { EmptyState, ErrorState, LoadingState, PageHeader, SubmitButton } from '@interlude/ui';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { ChangeRolesModal } from '../components/ChangeRolesModal';
import { InvitationList } from '../components/InvitationList';
import { InviteStaffModal } from '../components/InviteStaffModal';
import { StaffFilterBar } from '../components/StaffFilterBar';
import { StaffStatusDialog } from '../components/StaffStatusDialog';
import { StaffTable } from '../components/StaffTable';
import { hasFilters, useStaffFilters } from '../hooks/useStaffFilters';

type Editing = { kind: 'roles' | 'status'; member: StaffMember } | null;

/** `/clinics/:clinicId/staff` (admins): the clinic's staff, their roles and access, and open invitations. */
export function StaffPage() {
  const { clinicId, clinicName, me } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const [filters, setFilters] = useStaffFilters();
  const staff = useStaffList(clinicId, filters);
  const [inviting, invite] = useDisclosure(false);
  const [editing, setEditing] = useState<Editing>(null);
  // The search box keeps its own text while typing; clearing the filters starts it afresh.
  const [filterBarKey, setFilterBarKey] = useState(0);
  const tableRef = useRef<HTMLDivElement>(null);

  const members = staff.data?.pages.flatMap((page) => page.items) ?? [];

  const loadMore = async () => {
    const before = members.length;
    await staff.fetchNextPage();
    // Keep the keyboard where the new rows start, instead of on a button that may have gone.
    requestAnimationFrame(() =>
      tableRef.current?.querySelector<HTMLElement>(`[data-row-index="${before}"] [data-row-focus]`)?.focus(),
    );
  };

  const filtered = hasFilters(filters);

  let list: React.ReactNode;
  if (staff.isPending) {
    list = <LoadingState label="Loading staff" lines={6} />;
  } else if (staff.isError && members.length === 0) {
    list = (
      <ErrorState
        title="Could not load the staff list"
        description={describeFailure(staff.error).detail}
        onRetry={() => void staff.refetch()}
        retrying={staff.isFetching}
      />
    );
  } else if (members.length === 0) {
    list = filtered ? (
      <EmptyState
        title="No staff match these filters"
        description="Try another name, or show everyone."
        action={
          <Button
            variant="default"
            onClick={() => {
              setFilters({});
              setFilterBarKey((key) => key + 1);
            }}
          >
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        title="No staff yet"
        description="Invite your colleagues: each gets an email with a link to join."
        action={<Button onClick={invite.open}>Invite staff</Button>}
      />
    );
  } else {
    list = (
      <Stack gap="sm" ref={tableRef}>
        <StaffTable
          staff={members}
          clinicName={clinicName}
          timeZone={timeZone}
          currentUserId={me.user.id}
          onChangeRoles={(member) => setEditing({ kind: 'roles', member })}
          onChangeStatus={(member) => setEditing({ kind: 'status', member })}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status">
            Showing {members.length} {members.length === 1 ? 'person' : 'people'}
            {staff.hasNextPage ? `; more load ${STAFF_PAGE_SIZE} at a time` : ''}
          </Text>
          {staff.hasNextPage ? (
            <SubmitButton
              type="button"
              variant="default"
              onClick={() => void loadMore()}
              busy={staff.isFetchingNextPage}
            >
              Load more
            </SubmitButton>
          ) : null}
        </Group>
        {staff.isFetchNextPageError ? (
          <Text c="red.9" size="sm" role="alert">
            Could not load more staff. {describeFailure(staff.error).detail}
          </Text>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <title>Staff · Interlude</title>
      <PageHeader
        title="Staff"
        description={`Everyone who works in ${clinicName}, their roles and whether they can sign in.`}
        action={<Button onClick={invite.open}>Invite staff</Button>}
      />
      <Stack gap="md">
        <StaffFilterBar key={filterBarKey} filters={filters} onChange={setFilters} />
        <div aria-busy={staff.isFetching && !staff.isFetchingNextPage}>{list}</div>
      </Stack>
      <InvitationList clinicId={clinicId} timeZone={timeZone} onInvite={invite.open} />

      <InviteStaffModal
        clinicId={clinicId}
        clinicName={clinicName}
        opened={inviting}
        onClose={invite.close}
      />
      {editing?.kind === 'roles' ? (
        <ChangeRolesModal
          clinicId={clinicId}
          member={editing.member}
          isSelf={editing.member.userId === me.user.id}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'status' ? (
        <StaffStatusDialog
          clinicId={clinicId}
          clinicName={clinicName}
          member={editing.member}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
