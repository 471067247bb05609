import type { TemplateField } from '@interlude/contracts';
import { Badge, Box, Group, List, Stack, Text } from '@mantine/core';
import { FIELD_TYPE_LABEL } from '../template-words';

type AnyField = TemplateField | Extract<TemplateField, { type: 'group' }>['fields'][number];

const range = (min: number | undefined, max: number | undefined): string | null => {
  if (min !== undefined && max !== undefined) return `${min} to ${max}`;
  if (min !== undefined) return `at least ${min}`;
  if (max !== undefined) return `at most ${max}`;
  return null;
};

/** The answer a question asks for, in words: "Scale from 0 (Not at all) to 10 (Completely)". */
export function describeAnswer(field: AnyField): string {
  switch (field.type) {
    case 'shortText':
    case 'longText':
      return field.maxLength
        ? `${FIELD_TYPE_LABEL[field.type]}, up to ${field.maxLength} characters`
        : FIELD_TYPE_LABEL[field.type];
    case 'number': {
      const parts = [
        field.integer ? 'Whole number' : 'Number',
        range(field.min, field.max),
        field.unit ? `in ${field.unit}` : null,
      ];
      return parts.filter(Boolean).join(', ');
    }
    case 'scale': {
      const end = (value: number, label?: string) => (label ? `${value} (${label})` : `${value}`);
      return `Scale from ${end(field.min, field.minLabel)} to ${end(field.max, field.maxLabel)}`;
    }
    case 'singleChoice':
      return 'Choose one';
    case 'multiChoice':
      return field.maxSelected ? `Choose up to ${field.maxSelected}` : 'Choose any that apply';
    case 'group': {
      const rows = range(field.minItems || undefined, field.maxItems);
      return `Repeating rows of “${field.itemLabel}”${rows ? `, ${rows}` : ''}`;
    }
    default:
      return FIELD_TYPE_LABEL[field.type];
  }
}

function FieldItem({ field, showKeys }: { field: AnyField; showKeys: boolean }) {
  const options = field.type === 'singleChoice' || field.type === 'multiChoice' ? (field.options ?? []) : [];
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>
          {field.label || (
            <Text span c="dimmed" inherit>
              (No label yet)
            </Text>
          )}
        </Text>
        {field.required ? (
          <Badge variant="outline" color="gray" size="sm">
            Required
          </Badge>
        ) : null}
      </Group>
      {field.help ? <Text size="sm">{field.help}</Text> : null}
      <Text size="sm" c="dimmed">
        {describeAnswer(field)}
        {showKeys ? ` · key “${field.key}”` : ''}
      </Text>
      {options.length > 0 ? (
        <List size="sm" withPadding>
          {options.map((option, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a preview's options may share an unfinished value
            <List.Item key={index}>{option.label || '(No label yet)'}</List.Item>
          ))}
        </List>
      ) : null}
      {field.type === 'yesNo' ? (
        <Text size="sm" c="dimmed">
          Yes or No
        </Text>
      ) : null}
      {field.type === 'group' ? (
        <Box pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
          <Text size="sm" mb={4}>
            Each {field.itemLabel?.toLowerCase() || 'row'} asks:
          </Text>
          <QuestionList fields={field.fields ?? []} showKeys={showKeys} />
        </Box>
      ) : null}
    </Stack>
  );
}

export interface QuestionListProps {
  fields: AnyField[];
  /** Staff see each question's key (what exports use); the client preview does not. */
  showKeys?: boolean;
}

/** A template's questions in order, as readable text: label, help, and the kind of answer asked for. */
export function QuestionList({ fields, showKeys = false }: QuestionListProps) {
  if (fields.length === 0) {
    return <Text c="dimmed">No questions yet.</Text>;
  }
  return (
    <Stack component="ol" gap="md" m={0} pl="lg">
      {fields.map((field, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: keys may repeat while a template is being built
        <li key={index}>
          <FieldItem field={field} showKeys={showKeys} />
        </li>
      ))}
    </Stack>
  );
}
