import type { StaffMember } from '@interlude/contracts';
import { Badge, Button, Group, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { formatDateTime } from '../../../lib/dates/clinic-time';
import { describeRoles } from '../../../lib/roles';

export interface StaffTableProps {
  staff: StaffMember[];
  clinicName: string;
  timeZone: string;
  /** The signed-in admin's own row: no "Deactivate" there. */
  currentUserId: string;
  onChangeRoles: (member: StaffMember) => void;
  onChangeStatus: (member: StaffMember) => void;
}

/** Staff of the clinic; each row's name can take focus, so "Load more" can move focus to the first new row. */
export function StaffTable({
  staff,
  clinicName,
  timeZone,
  currentUserId,
  onChangeRoles,
  onChangeStatus,
}: StaffTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <caption>
          <VisuallyHidden>Staff of {clinicName}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Roles</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Two-step sign-in</Table.Th>
            <Table.Th scope="col">Last sign-in</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((member, index) => {
            const isSelf = member.userId === currentUserId;
            return (
              <Table.Tr key={member.membershipId} data-row-index={index}>
                <Table.Th scope="row" fw="normal">
                  <Text fw={600} tabIndex={-1} data-row-focus>
                    {member.name}
                    {isSelf ? (
                      <Text span c="dimmed" fw="normal">
                        {' '}
                        (you)
                      </Text>
                    ) : null}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {member.email}
                  </Text>
                </Table.Th>
                <Table.Td>{describeRoles(member.roles)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={member.status === 'active' ? 'harbor' : 'gray'}>
                    {member.status === 'active' ? 'Active' : 'Deactivated'}
                  </Badge>
                </Table.Td>
                <Table.Td>{member.mfaEnabled ? 'On' : 'Off'}</Table.Td>
                <Table.Td>
                  {member.lastSignInAt ? (
                    <time dateTime={member.lastSignInAt}>
                      {formatDateTime(member.lastSignInAt, timeZone)}
                    </time>
                  ) : (
                    <Text span c="dimmed" inherit>
                      Never
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Button variant="default" size="compact-sm" aria-label={`Manage ${member.name}`}>
                          Manage
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => onChangeRoles(member)}>Change roles</Menu.Item>
                        {isSelf ? null : (
                          <Menu.Item
                            color={member.status === 'active' ? 'red.9' : undefined}
                            onClick={() => onChangeStatus(member)}
                          >
                            {member.status === 'active' ? 'Deactivate' : 'Reactivate'}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
