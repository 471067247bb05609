import type { SimpleField, TemplateField } from '@interlude/contracts';
import { Paper, Stack, Text } from '@mantine/core';
import { dayWords } from '../homework-words';
import { type Answers, isEmptyValue, type Row } from './answers';

/** An answer in words: the option's label, "Yes"/"No", a date as a day. */
export function answerWords(field: SimpleField, value: unknown): string {
  if (isEmptyValue(value)) return 'No answer';
  switch (field.type) {
    case 'singleChoice':
      return field.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multiChoice':
      return (Array.isArray(value) ? value : [value])
        .map((v) => field.options.find((o) => o.value === v)?.label ?? String(v))
        .join(', ');
    case 'yesNo':
      return value === true ? 'Yes' : value === false ? 'No' : String(value);
    case 'date':
      return typeof value === 'string' ? dayWords(value) : String(value);
    case 'scale':
      return `${String(value)} (from ${field.min} to ${field.max})`;
    case 'number':
      return field.unit ? `${String(value)} ${field.unit}` : String(value);
    default:
      return String(value);
  }
}

function Answer({ field, value }: { field: SimpleField; value: unknown }) {
  return (
    <Stack gap={2}>
      <Text component="dt" fw={600}>
        {field.label}
      </Text>
      <Text
        component="dd"
        m={0}
        style={{ whiteSpace: 'pre-wrap' }}
        c={isEmptyValue(value) ? 'dimmed' : undefined}
      >
        {answerWords(field, value)}
      </Text>
    </Stack>
  );
}

/** What the client sent, read-only, question by question. */
export function AnswersView({ fields, answers }: { fields: TemplateField[]; answers: Answers }) {
  return (
    <Stack component="dl" gap="md" m={0}>
      {fields.map((field) => {
        if (field.type !== 'group')
          return <Answer key={field.key} field={field} value={answers[field.key]} />;
        const rows = Array.isArray(answers[field.key]) ? (answers[field.key] as Row[]) : [];
        return (
          <Stack key={field.key} gap={4}>
            <Text component="dt" fw={600}>
              {field.label}
            </Text>
            <Stack component="dd" m={0} gap="xs">
              {rows.length === 0 ? <Text c="dimmed">No answer</Text> : null}
              {rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
                <Paper key={index} withBorder p="sm" radius="md">
                  <Text size="sm" c="dimmed" mb={4}>
                    {field.itemLabel} {index + 1}
                  </Text>
                  <Stack component="dl" gap="xs" m={0}>
                    {field.fields.map((sub) => (
                      <Answer key={sub.key} field={sub} value={row?.[sub.key]} />
                    ))}
                  </Stack>
                </Paper>
              ))}
            </Stack>
          </Stack>
        );
      })}
    </Stack>
  );
}
