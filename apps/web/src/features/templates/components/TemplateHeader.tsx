import type { Template } from '@interlude/contracts';
import { Badge, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/dates/clinic-time';
import { KIND_LABEL, MEASURE_LABEL } from '../template-words';
import { SourceBadge } from './TemplateTable';

export interface TemplateHeaderProps {
  template: Template;
  timeZone: string;
  actions?: ReactNode;
}

/** Title, kind, source, status and which version this is. */
export function TemplateHeader({ template, timeZone, actions }: TemplateHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
      <div>
        <Group gap="sm" align="center">
          <Title order={1}>{template.title}</Title>
          <SourceBadge source={template.source} />
          {template.status === 'archived' ? (
            <Badge variant="outline" color="gray">
              Archived
            </Badge>
          ) : null}
        </Group>
        <Text c="dimmed" mt={4}>
          {KIND_LABEL[template.kind]}
          {template.measure ? ` (${MEASURE_LABEL[template.measure]})` : ''} · Version {template.version} ·
          Saved <time dateTime={template.updatedAt}>{formatDate(template.updatedAt, timeZone)}</time>
          {template.updatedBy ? ` by ${template.updatedBy}` : ''}
        </Text>
      </div>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
