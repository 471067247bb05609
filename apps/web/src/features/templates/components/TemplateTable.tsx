import type { TemplateSummary } from '@interlude/contracts';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates/clinic-time';
import { clinicPath } from '../../session/session-paths';
import { KIND_LABEL, MEASURE_LABEL, SOURCE_HINT, SOURCE_LABEL } from '../template-words';

export interface TemplateTableProps {
  templates: TemplateSummary[];
  clinicId: string;
  /** The table's name, e.g. the kind its rows share. */
  captionId: string;
  timeZone: string;
}

export function SourceBadge({ source }: { source: TemplateSummary['source'] }) {
  return (
    <Badge
      variant={source === 'library' ? 'outline' : 'light'}
      color={source === 'library' ? 'gray' : 'harbor'}
      title={SOURCE_HINT[source]}
    >
      {SOURCE_LABEL[source]}
    </Badge>
  );
}

/** One row per template: title (a link), kind, version, where it came from, when it last changed. */
export function TemplateTable({ templates, clinicId, captionId, timeZone }: TemplateTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover aria-labelledby={captionId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Title</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Source</Table.Th>
            <Table.Th scope="col">Last changed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templates.map((template) => (
            <Table.Tr key={template.id}>
              <Table.Th scope="row" fw={400}>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={clinicPath(clinicId, `templates/${template.id}`)} fw={600}>
                    {template.title}
                  </Anchor>
                  {template.status === 'archived' ? (
                    <Badge variant="outline" color="gray" size="sm">
                      Archived
                    </Badge>
                  ) : null}
                </Group>
              </Table.Th>
              <Table.Td>
                {KIND_LABEL[template.kind]}
                {template.measure ? (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    ({MEASURE_LABEL[template.measure]})
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>Version {template.version}</Table.Td>
              <Table.Td>
                <SourceBadge source={template.source} />
              </Table.Td>
              <Table.Td>
                <time dateTime={template.updatedAt}>{formatDate(template.updatedAt, timeZone)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
