import type { Template } from '@interlude/contracts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { QuestionList } from './QuestionList';

/** The instructions and questions of one version, read-only. */
export function TemplateContent({ template }: { template: Template }) {
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" component="section" aria-labelledby="template-instructions">
        <Title order={2} size="h3" id="template-instructions" mb="sm">
          Instructions
        </Title>
        {template.instructions.trim() ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{template.instructions}</Text>
        ) : (
          <Text c="dimmed">No instructions; the client sees the questions only.</Text>
        )}
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="template-question-list">
        <Title order={2} size="h3" id="template-question-list" mb="sm">
          Questions ({template.fields.length})
        </Title>
        <QuestionList fields={template.fields} showKeys />
      </Paper>
    </Stack>
  );
}
