import type { Delivery, DeliveryStatus } from '@interlude/contracts';
import { SubmitButton } from '@interlude/ui';
import { Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { formatDateTime } from '../../../lib/dates/clinic-time';
import { DELIVERY_KIND_LABEL } from '../delivery-words';

export interface DeliveryTableProps {
  deliveries: Delivery[];
  status: DeliveryStatus;
  timeZone: string;
  onRetry: (delivery: Delivery) => void;
  /** The id of the delivery being retried. */
  retryingId?: string;
  caption: string;
}

const Dimmed = ({ children }: { children: React.ReactNode }) => (
  <Text span c="dimmed" inherit>
    {children}
  </Text>
);

/** Emails in one status, newest first; failed ones can be retried. Subjects carry no clinical detail. */
export function DeliveryTable({
  deliveries,
  status,
  timeZone,
  onRetry,
  retryingId,
  caption,
}: DeliveryTableProps) {
  const sent = status === 'sent';
  const failed = status === 'failed';
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">To</Table.Th>
            <Table.Th scope="col">Created ({timeZone})</Table.Th>
            {sent ? <Table.Th scope="col">Sent</Table.Th> : null}
            <Table.Th scope="col">Attempts</Table.Th>
            {sent ? null : <Table.Th scope="col">Last error</Table.Th>}
            {failed ? (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((delivery, index) => {
            const kind = DELIVERY_KIND_LABEL[delivery.kind];
            return (
              <Table.Tr key={delivery.id} data-row-index={index}>
                <Table.Th scope="row" fw="normal">
                  <Text fw={600} tabIndex={-1} data-row-focus>
                    {kind}
                  </Text>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {delivery.subject}
                  </Text>
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{delivery.to}</Table.Td>
                <Table.Td>
                  <time dateTime={delivery.createdAt}>{formatDateTime(delivery.createdAt, timeZone)}</time>
                </Table.Td>
                {sent ? (
                  <Table.Td>
                    {delivery.sentAt ? (
                      <time dateTime={delivery.sentAt}>{formatDateTime(delivery.sentAt, timeZone)}</time>
                    ) : (
                      <Dimmed>—</Dimmed>
                    )}
                  </Table.Td>
                ) : null}
                <Table.Td>{delivery.attempts}</Table.Td>
                {sent ? null : (
                  <Table.Td>
                    <Group gap="xs" align="flex-start" wrap="wrap">
                      {delivery.permanent ? (
                        <Badge variant="light" color="red">
                          Permanent
                        </Badge>
                      ) : null}
                      {delivery.lastError ? (
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {delivery.lastError}
                        </Text>
                      ) : (
                        <Dimmed>None</Dimmed>
                      )}
                    </Group>
                  </Table.Td>
                )}
                {failed ? (
                  <Table.Td>
                    <Group justify="flex-end">
                      <SubmitButton
                        type="button"
                        variant="default"
                        size="compact-sm"
                        busy={retryingId === delivery.id}
                        onClick={() => onRetry(delivery)}
                        aria-label={`Retry the ${kind.toLowerCase()} email to ${delivery.to}`}
                      >
                        Retry
                      </SubmitButton>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
