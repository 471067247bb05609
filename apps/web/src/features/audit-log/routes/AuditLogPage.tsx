import { AUDIT_PAGE_SIZE, useAuditEvents } from '@interlude/api-client';
import { EmptyState, ErrorState, LoadingState, PageHeader, SubmitButton } from '@interlude/ui';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { AuditFilterBar } from '../components/AuditFilterBar';
import { AuditTable } from '../components/AuditTable';
import { toQuery, useAuditFilters } from '../hooks/useAuditFilters';

/** `/clinics/:clinicId/audit` (admins): who did what, when, and whether it was allowed. */
export function AuditLogPage() {
  const { clinicId } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const [filters, setFilters] = useAuditFilters();
  const events = useAuditEvents(clinicId, toQuery(filters, timeZone));
  const tableRef = useRef<HTMLDivElement>(null);

  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.keys(filters).length > 0;

  const loadMore = async () => {
    const before = rows.length;
    await events.fetchNextPage();
    requestAnimationFrame(() =>
      tableRef.current?.querySelector<HTMLElement>(`[data-row-index="${before}"] [data-row-focus]`)?.focus(),
    );
  };

  let content: React.ReactNode;
  if (events.isPending) {
    content = <LoadingState label="Loading the audit log" lines={8} />;
  } else if (events.isError && rows.length === 0) {
    content = (
      <ErrorState
        title="Could not load the audit log"
        description={describeFailure(events.error).detail}
        onRetry={() => void events.refetch()}
        retrying={events.isFetching}
      />
    );
  } else if (rows.length === 0) {
    content = filtered ? (
      <EmptyState
        title="Nothing matches these filters"
        description="Try a wider date range or another action."
        action={
          <Button variant="default" onClick={() => setFilters({})}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        title="Nothing recorded yet"
        description="Sign-ins, changes to staff and settings, and refused requests appear here as they happen."
      />
    );
  } else {
    content = (
      <Stack gap="sm" ref={tableRef}>
        <AuditTable events={rows} timeZone={timeZone} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status">
            Showing {rows.length} {rows.length === 1 ? 'event' : 'events'}
            {events.hasNextPage ? `; older ones load ${AUDIT_PAGE_SIZE} at a time` : ''}
          </Text>
          {events.hasNextPage ? (
            <SubmitButton
              type="button"
              variant="default"
              onClick={() => void loadMore()}
              busy={events.isFetchingNextPage}
            >
              Load more
            </SubmitButton>
          ) : null}
        </Group>
        {events.isFetchNextPageError ? (
          <Text c="red.9" size="sm" role="alert">
            Could not load older events. {describeFailure(events.error).detail}
          </Text>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <title>Audit log · Interlude</title>
      <PageHeader
        title="Audit log"
        description="Every sign-in, change and refused request in this clinic, newest first."
      />
      <AuditFilterBar values={filters} timeZone={timeZone} onChange={setFilters} />
      <div aria-busy={events.isFetching && !events.isFetchingNextPage}>{content}</div>
    </Stack>
  );
}
