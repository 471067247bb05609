import { useCaseloadHistory } from '@interlude/api-client';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { formatDate } from '../../../lib/dates/clinic-time';
import { describeFailure } from '../../../lib/forms/contract-form';

export interface CaseloadHistoryProps {
  clinicId: string;
  clientId: string;
  timeZone: string;
}

/** Who held the client when, newest first as the API answers. */
export function CaseloadHistory({ clinicId, clientId, timeZone }: CaseloadHistoryProps) {
  const history = useCaseloadHistory(clinicId, clientId);
  if (history.isPending) return <LoadingState label="Loading the caseload history" lines={3} />;
  if (history.isError) {
    return (
      <ErrorState
        title="Could not load the caseload history"
        description={describeFailure(history.error).detail}
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
      />
    );
  }
  if (history.data.items.length === 0) return <Text c="dimmed">No history yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table>
        <caption>
          <VisuallyHidden>Caseload history</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Clinician</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">From</Table.Th>
            <Table.Th scope="col">Until</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.items.map((entry) => (
            <Table.Tr key={`${entry.clinician.membershipId}-${entry.role}-${entry.from}`}>
              <Table.Th scope="row" fw="normal">
                {entry.clinician.name}
              </Table.Th>
              <Table.Td>{entry.role === 'primary' ? 'Primary' : 'Additional'}</Table.Td>
              <Table.Td>
                <time dateTime={entry.from}>{formatDate(entry.from, timeZone)}</time>
              </Table.Td>
              <Table.Td>
                {entry.to ? <time dateTime={entry.to}>{formatDate(entry.to, timeZone)}</time> : 'Now'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
