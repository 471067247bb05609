import type { AuditEvent } from '@interlude/contracts';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { formatDateTime } from '../../../lib/dates/clinic-time';
import { describeAction, describeResource, OUTCOME_WORDS } from '../audit-words';
import classes from './AuditTable.module.css';

export interface AuditTableProps {
  events: AuditEvent[];
  timeZone: string;
}

/** Newest first; times in the clinic's zone, as everyone in the clinic reads them. */
export function AuditTable({ events, timeZone }: AuditTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <caption>
          <VisuallyHidden>Audit log, newest first</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Time ({timeZone})</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">What</Table.Th>
            <Table.Th scope="col">On</Table.Th>
            <Table.Th scope="col">Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event, index) => (
            <Table.Tr key={event.id} data-row-index={index}>
              <Table.Td>
                <time dateTime={event.occurredAt} tabIndex={-1} data-row-focus>
                  {formatDateTime(event.occurredAt, timeZone)}
                </time>
              </Table.Td>
              <Table.Td>
                {event.actor ? (
                  event.actor.name
                ) : (
                  <Text span c="dimmed" inherit>
                    System
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{describeAction(event.action)}</Table.Td>
              <Table.Td>
                {describeResource(event.resourceType)}
                {event.resourceId ? (
                  <Text size="xs" c="dimmed" ff="monospace" title={event.resourceId}>
                    {event.resourceId.slice(0, 8)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <span className={classes.outcome} data-outcome={event.outcome}>
                  {OUTCOME_WORDS[event.outcome]}
                </span>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
