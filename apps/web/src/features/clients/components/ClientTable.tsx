import type { Client } from '@interlude/contracts';
import { Anchor, Badge, Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { formatSessionTime } from '../../../lib/dates/clinic-time';
import { clinicPath } from '../../session/session-paths';
import { displayName, PORTAL_STATUS } from '../client-words';

export interface ClientTableProps {
  clients: Client[];
  clinicId: string;
  caption: string;
  timeZone: string;
  /** Admins pick clients to transfer; without it there are no checkboxes. */
  selection?: {
    selected: Set<string>;
    onToggle: (id: string) => void;
    onToggleAll: (select: boolean) => void;
  };
}

/** One row per client; each name is a link, and can take focus after "Load more". */
export function ClientTable({ clients, clinicId, caption, timeZone, selection }: ClientTableProps) {
  const allSelected = selection ? clients.every((client) => selection.selected.has(client.id)) : false;
  const someSelected = selection ? clients.some((client) => selection.selected.has(client.id)) : false;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th scope="col" w={40}>
                <Checkbox
                  aria-label="Select all clients shown"
                  checked={allSelected}
                  indeterminate={someSelected && !allSelected}
                  onChange={(event) => selection.onToggleAll(event.currentTarget.checked)}
                />
              </Table.Th>
            ) : null}
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Next session</Table.Th>
            <Table.Th scope="col">Primary clinician</Table.Th>
            <Table.Th scope="col">Tags</Table.Th>
            <Table.Th scope="col">Portal</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client, index) => {
            const portal = PORTAL_STATUS[client.portalStatus];
            return (
              <Table.Tr key={client.id} data-row-index={index}>
                {selection ? (
                  <Table.Td>
                    <Checkbox
                      aria-label={`Select ${client.name}`}
                      checked={selection.selected.has(client.id)}
                      onChange={() => selection.onToggle(client.id)}
                    />
                  </Table.Td>
                ) : null}
                <Table.Th scope="row" fw="normal">
                  <Group gap="xs" wrap="nowrap">
                    <Anchor
                      component={Link}
                      to={clinicPath(clinicId, `clients/${client.id}`)}
                      fw={600}
                      data-row-focus
                    >
                      {displayName(client)}
                    </Anchor>
                    {client.status === 'discharged' ? (
                      <Badge variant="outline" color="gray">
                        Discharged
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Th>
                <Table.Td>
                  {client.nextSessionAt ? (
                    <time dateTime={client.nextSessionAt}>
                      {formatSessionTime(client.nextSessionAt, timeZone)}
                    </time>
                  ) : (
                    <Text span c="dimmed" inherit>
                      Not booked
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{client.primaryClinician.name}</Table.Td>
                <Table.Td>
                  {client.tags.length > 0 ? (
                    <Group gap={4}>
                      {client.tags.map((tag) => (
                        <Badge key={tag} variant="light" color="gray" tt="none">
                          {tag}
                        </Badge>
                      ))}
                    </Group>
                  ) : (
                    <VisuallyHidden>No tags</VisuallyHidden>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={portal.color}>
                    {portal.label}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
