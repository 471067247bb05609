import { CLIENT_PAGE_SIZE, useClientList } from '@interlude/api-client';
import { EmptyState, ErrorState, LoadingState, PageHeader, SubmitButton } from '@interlude/ui';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { ClientFilterBar } from '../components/ClientFilterBar';
import { ClientTable } from '../components/ClientTable';
import { TransferDialog } from '../components/TransferDialog';
import { hasFilters, useClientFilters, withoutEmpty } from '../hooks/useClientFilters';
import { useClinicianOptions } from '../hooks/useClinicianOptions';

/**
 * `/clinics/:clinicId/clients`: an admin's whole clinic ("Clients"), a clinician's own caseload
 * ("My caseload"). Admins can select clients and transfer them to another clinician.
 */
export function ClientListPage() {
  const { clinicId, clinicName, hasRole } = useCurrentClinic();
  const isAdmin = hasRole('admin');
  const timeZone = useClinicTimeZone();
  const [state, setFilters] = useClientFilters();
  const clients = useClientList(clinicId, state.filters);
  const clinicians = useClinicianOptions(clinicId, isAdmin);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [transferring, setTransferring] = useState(false);
  const [filterBarKey, setFilterBarKey] = useState(0);
  const tableRef = useRef<HTMLDivElement>(null);

  const title = isAdmin ? 'Clients' : 'My caseload';
  const rows = clients.data?.pages.flatMap((page) => page.items) ?? [];
  const newClientPath = clinicPath(clinicId, 'clients/new');
  const addClient = (
    <Button component={Link} to={newClientPath}>
      Add a client
    </Button>
  );

  const loadMore = async () => {
    const before = rows.length;
    await clients.fetchNextPage();
    requestAnimationFrame(() =>
      tableRef.current?.querySelector<HTMLElement>(`[data-row-index="${before}"] [data-row-focus]`)?.focus(),
    );
  };

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = (select: boolean) => setSelected(select ? new Set(rows.map((row) => row.id)) : new Set());
  const selectedIds = rows.filter((row) => selected.has(row.id)).map((row) => row.id);

  let list: React.ReactNode;
  if (clients.isPending) {
    list = <LoadingState label="Loading clients" lines={6} />;
  } else if (clients.isError && rows.length === 0) {
    list = (
      <ErrorState
        title="Could not load the clients"
        description={describeFailure(clients.error).detail}
        onRetry={() => void clients.refetch()}
        retrying={clients.isFetching}
      />
    );
  } else if (rows.length === 0) {
    list = hasFilters(state) ? (
      <EmptyState
        title="No clients match these filters"
        description="Try another name or tag, or show all active clients."
        action={
          <Button
            variant="default"
            onClick={() => {
              setFilters({}, 'active');
              setFilterBarKey((key) => key + 1);
            }}
          >
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        title={isAdmin ? 'No clients yet' : 'Your caseload is empty'}
        description="Add a client to keep their record, safety plan and between-session work in one place."
        action={addClient}
      />
    );
  } else {
    list = (
      <Stack gap="sm" ref={tableRef}>
        {isAdmin ? (
          <Group gap="sm" aria-live="polite">
            <Text size="sm">
              {selectedIds.length === 0
                ? 'Select clients to transfer them to another clinician.'
                : `${selectedIds.length} selected`}
            </Text>
            {selectedIds.length > 0 ? (
              <Button variant="default" size="compact-sm" onClick={() => setTransferring(true)}>
                Transfer…
              </Button>
            ) : null}
          </Group>
        ) : null}
        <ClientTable
          clients={rows}
          clinicId={clinicId}
          caption={isAdmin ? `Clients of ${clinicName}` : 'My caseload'}
          timeZone={timeZone}
          selection={isAdmin ? { selected, onToggle: toggle, onToggleAll: toggleAll } : undefined}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status">
            Showing {rows.length} {rows.length === 1 ? 'client' : 'clients'}
            {clients.hasNextPage ? `; more load ${CLIENT_PAGE_SIZE} at a time` : ''}
          </Text>
          {clients.hasNextPage ? (
            <SubmitButton
              type="button"
              variant="default"
              onClick={() => void loadMore()}
              busy={clients.isFetchingNextPage}
            >
              Load more
            </SubmitButton>
          ) : null}
        </Group>
        {clients.isFetchNextPageError ? (
          <Text c="red.9" size="sm" role="alert">
            Could not load more clients. {describeFailure(clients.error).detail}
          </Text>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <title>{`${title} · Interlude`}</title>
      <PageHeader
        title={title}
        description={
          isAdmin
            ? `Every client of ${clinicName}, whoever holds them.`
            : 'Clients you hold as primary or additional clinician.'
        }
        action={addClient}
      />
      <Stack gap="md">
        <ClientFilterBar
          key={filterBarKey}
          filters={state.filters}
          status={state.status}
          onChange={(filters, status) => {
            setSelected(new Set());
            setFilters(withoutEmpty(filters), status);
          }}
          clinicianOptions={isAdmin ? (clinicians.data ?? []) : undefined}
        />
        <div aria-busy={clients.isFetching && !clients.isFetchingNextPage}>{list}</div>
      </Stack>
      {transferring ? (
        <TransferDialog
          clinicId={clinicId}
          clientIds={selectedIds}
          clinicianOptions={clinicians.data ?? []}
          onClose={() => setTransferring(false)}
          onDone={() => {
            setTransferring(false);
            setSelected(new Set());
          }}
        />
      ) : null}
    </Stack>
  );
}
