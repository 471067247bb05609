import type { MeasureCodeValue, TemplateField } from '@interlude/contracts';
import { Paper, Progress, Radio, Stack, Text } from '@mantine/core';
import type { Answers, FieldErrors } from '../fields/answers';
import { FieldRenderer, fieldDomId } from '../fields/FieldRenderer';
import { MEASURE_OPTIONS, MEASURE_STEM, MEASURE_WORDS } from '../homework-words';

const isItem = (field: TemplateField) => /^item\d+$/.test(field.key);

export interface MeasureFieldsProps {
  measure: MeasureCodeValue | null;
  fields: TemplateField[];
  answers: Answers;
  onChange: (key: string, value: unknown) => void;
  errors: FieldErrors;
  formId: string;
}

/** PHQ-9 / GAD-7: the published stem, each item as the four published answers, and how far along. */
export function MeasureFields({ measure, fields, answers, onChange, errors, formId }: MeasureFieldsProps) {
  const items = fields.filter(isItem);
  const others = fields.filter((field) => !isItem(field));
  const answered = items.filter((field) => typeof answers[field.key] === 'string').length;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
        <Stack gap="xs">
          {measure ? (
            <Text size="sm" c="dimmed">
              {MEASURE_WORDS[measure].name}
            </Text>
          ) : null}
          <Text fw={600} size="lg">
            {MEASURE_STEM}
          </Text>
          <Text size="sm" aria-live="polite">
            {answered} of {items.length} answered
          </Text>
          <Progress value={items.length ? (answered / items.length) * 100 : 0} aria-hidden="true" />
        </Stack>
      </Paper>
      {items.map((field, index) => {
        const options =
          field.type === 'singleChoice' && field.options.length > 0 ? field.options : MEASURE_OPTIONS;
        return (
          <Radio.Group
            key={field.key}
            label={`${index + 1}. ${field.label}`}
            labelProps={{ fw: 600, fz: 'md' }}
            withAsterisk={field.required}
            value={typeof answers[field.key] === 'string' ? (answers[field.key] as string) : ''}
            onChange={(value) => onChange(field.key, value)}
            error={errors[field.key]}
          >
            <Stack gap="sm" mt="xs">
              {options.map((option, optionIndex) => (
                <Radio
                  key={option.value}
                  id={optionIndex === 0 ? fieldDomId(formId, field.key) : undefined}
                  value={option.value}
                  label={option.label}
                  size="md"
                />
              ))}
            </Stack>
          </Radio.Group>
        );
      })}
      {others.map((field) => (
        <FieldRenderer
          key={field.key}
          field={field}
          value={answers[field.key]}
          onChange={(value) => onChange(field.key, value)}
          errors={errors}
          formId={formId}
        />
      ))}
    </Stack>
  );
}
