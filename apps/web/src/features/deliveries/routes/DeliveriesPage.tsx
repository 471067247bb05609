import { useDeliveries, useRetryDelivery } from '@interlude/api-client';
import type { Delivery, DeliveryStatus } from '@interlude/contracts';
import { EmptyState, ErrorState, LoadingState, PageHeader, SubmitButton } from '@interlude/ui';
import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { DeliveryHealthPanel } from '../components/DeliveryHealthPanel';
import { DeliveryTable } from '../components/DeliveryTable';
import { DELIVERY_KIND_LABEL, DELIVERY_STATUS_LABEL } from '../delivery-words';

const STATUSES: DeliveryStatus[] = ['failed', 'pending', 'sent'];
const isStatus = (value: string | null): value is DeliveryStatus =>
  STATUSES.includes(value as DeliveryStatus);

const EMPTY: Record<DeliveryStatus, { title: string; description: string }> = {
  failed: { title: 'No failed deliveries', description: 'Every email has gone out.' },
  pending: {
    title: 'Nothing waiting to send',
    description: 'Emails wait here for a moment before they go out, and while one is being tried again.',
  },
  sent: { title: 'No emails sent yet', description: 'Emails appear here once they have gone out.' },
};

const CAPTION: Record<DeliveryStatus, string> = {
  failed: 'Failed emails, newest first',
  pending: 'Emails waiting to send, newest first',
  sent: 'Sent emails, newest first',
};

/** `/clinics/:clinicId/deliveries` (admins): is email going out, what failed, and the scheduled jobs. */
export function DeliveriesPage() {
  const { clinicId } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const status: DeliveryStatus = isStatus(requested) ? requested : 'failed';
  const deliveries = useDeliveries(clinicId, { status });
  const retry = useRetryDelivery(clinicId);
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const rows = deliveries.data?.pages.flatMap((page) => page.items) ?? [];

  const setStatus = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'failed') next.delete('status');
    else next.set('status', value);
    setParams(next, { replace: true });
  };

  const loadMore = async () => {
    const before = rows.length;
    await deliveries.fetchNextPage();
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`[data-row-index="${before}"] [data-row-focus]`)?.focus(),
    );
  };

  // A retried email leaves the failed list, and its button with it: focus goes to the list's heading.
  const retryDelivery = (delivery: Delivery) =>
    retry.mutate(delivery.id, {
      onSuccess: () => {
        notifySuccess(
          `The ${DELIVERY_KIND_LABEL[delivery.kind].toLowerCase()} email to ${delivery.to} will be sent again.`,
        );
        requestAnimationFrame(() => headingRef.current?.focus());
      },
    });
  const retried = rows.find((delivery) => delivery.id === retry.variables);

  let content: React.ReactNode;
  if (deliveries.isPending) {
    content = <LoadingState label="Loading the emails" lines={6} />;
  } else if (deliveries.isError && rows.length === 0) {
    content = (
      <ErrorState
        headingOrder={3}
        title="Could not load the emails"
        description={describeFailure(deliveries.error).detail}
        onRetry={() => void deliveries.refetch()}
        retrying={deliveries.isFetching}
      />
    );
  } else if (rows.length === 0) {
    content = <EmptyState headingOrder={3} {...EMPTY[status]} />;
  } else {
    content = (
      <Stack gap="sm" ref={listRef}>
        {status === 'failed' ? (
          <Text size="sm" c="dimmed">
            “Permanent” means the mail service refused the email, for example because the address does not
            exist. It is not tried again until you retry it, so check the address first.
          </Text>
        ) : null}
        <DeliveryTable
          deliveries={rows}
          status={status}
          timeZone={timeZone}
          onRetry={retryDelivery}
          retryingId={retry.isPending ? retry.variables : undefined}
          caption={CAPTION[status]}
        />
        {retry.isError ? (
          <Text c="red.9" size="sm" role="alert">
            Could not retry the email{retried ? ` to ${retried.to}` : ''}.{' '}
            {describeFailure(retry.error).detail}
          </Text>
        ) : null}
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status">
            Showing {rows.length} {rows.length === 1 ? 'email' : 'emails'}
            {deliveries.hasNextPage ? '; older ones load when you ask' : ''}
          </Text>
          {deliveries.hasNextPage ? (
            <SubmitButton
              type="button"
              variant="default"
              onClick={() => void loadMore()}
              busy={deliveries.isFetchingNextPage}
            >
              Load more
            </SubmitButton>
          ) : null}
        </Group>
        {deliveries.isFetchNextPageError ? (
          <Text c="red.9" size="sm" role="alert">
            Could not load older emails. {describeFailure(deliveries.error).detail}
          </Text>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="xl" maw={1100}>
      <title>Email delivery · Interlude</title>
      <PageHeader
        title="Email delivery"
        description="Whether the emails Interlude sends for this clinic are going out, and the jobs that send reminders and morning summaries."
      />
      <DeliveryHealthPanel clinicId={clinicId} timeZone={timeZone} />
      <Stack component="section" gap="md" aria-labelledby="deliveries-heading">
        <Title order={2} size="h3" id="deliveries-heading" ref={headingRef} tabIndex={-1}>
          Emails
        </Title>
        <SegmentedControl
          aria-label="Show"
          value={status}
          onChange={setStatus}
          data={STATUSES.map((value) => ({ value, label: DELIVERY_STATUS_LABEL[value] }))}
          maw={360}
        />
        <div aria-busy={deliveries.isFetching && !deliveries.isFetchingNextPage}>{content}</div>
      </Stack>
    </Stack>
  );
}
