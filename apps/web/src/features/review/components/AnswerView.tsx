import type { SimpleField, TemplateField } from '@interlude/contracts';
import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatLocalDate } from '../../homework/homework-words';

const notAnswered = (
  <Text span c="dimmed" inherit>
    Not answered
  </Text>
);

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** One answer in words: "7 of 10 (Very good)", option labels, "Yes"/"No", a date as people say it. */
export function answerText(field: SimpleField, value: unknown): ReactNode {
  if (isEmpty(value)) return notAnswered;
  switch (field.type) {
    case 'shortText':
    case 'longText':
      return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
    case 'number':
      return field.unit ? `${String(value)} ${field.unit}` : String(value);
    case 'scale': {
      const n = Number(value);
      const atEnd = n === field.min ? field.minLabel : n === field.max ? field.maxLabel : undefined;
      const anchors = [
        field.minLabel ? `${field.min} = ${field.minLabel}` : '',
        field.maxLabel ? `${field.max} = ${field.maxLabel}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      const words = atEnd ?? anchors;
      return `${n} of ${field.max}${words ? ` (${words})` : ''}`;
    }
    case 'singleChoice':
      return field.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multiChoice': {
      const values = Array.isArray(value) ? value : [value];
      return values.map((v) => field.options.find((o) => o.value === v)?.label ?? String(v)).join(', ');
    }
    case 'date':
      return formatLocalDate(String(value));
    case 'time':
      return String(value);
    case 'yesNo':
      return value === true ? 'Yes' : value === false ? 'No' : String(value);
  }
}

function GroupAnswer({ field, value }: { field: Extract<TemplateField, { type: 'group' }>; value: unknown }) {
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  if (rows.length === 0) return <Text c="dimmed">No {field.itemLabel.toLowerCase()}s added</Text>;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table withTableBorder withColumnBorders>
        <caption>
          <VisuallyHidden>{field.label}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <VisuallyHidden>{field.itemLabel}</VisuallyHidden>
            </Table.Th>
            {field.fields.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are the client's, in order, without ids
            <Table.Tr key={index}>
              <Table.Th scope="row" fw="normal">
                {field.itemLabel} {index + 1}
              </Table.Th>
              {field.fields.map((column) => (
                <Table.Td key={column.key}>{answerText(column, row?.[column.key])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every question of the pinned template version with the client's answer under it. */
export function AnswerView({
  fields,
  answers,
}: {
  fields: TemplateField[];
  answers: Record<string, unknown>;
}) {
  return (
    <Stack component="dl" gap="md" m={0}>
      {fields.map((field) => (
        <div key={field.key}>
          <Text component="dt" fw={600}>
            {field.label}
          </Text>
          <Text component="dd" m={0} mt={4}>
            {field.type === 'group' ? (
              <GroupAnswer field={field} value={answers[field.key]} />
            ) : (
              answerText(field, answers[field.key])
            )}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
