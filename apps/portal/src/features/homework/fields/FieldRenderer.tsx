import type { SimpleField, TemplateField } from '@interlude/contracts';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Radio,
  Slider,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useId } from 'react';
import type { FieldErrors, Row } from './answers';

/** The DOM id of a field's first input, by path (`mood`, `steps.0.what`), to move focus to an error. */
export const fieldDomId = (formId: string, path: string) => `${formId}-${path.replace(/\./g, '-')}`;

export interface FieldRendererProps {
  field: TemplateField;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: FieldErrors;
  /** Prefix of the ids of this form's inputs. */
  formId: string;
  /** Where this field sits, e.g. `steps.0.what`; the field's key at the top level. */
  path?: string;
}

/** Any template field as an input with its label, help and error: one column, big touch targets. */
export function FieldRenderer({
  field,
  value,
  onChange,
  errors,
  formId,
  path = field.key,
}: FieldRendererProps) {
  if (field.type === 'group') {
    return (
      <GroupField
        field={field}
        value={value}
        onChange={onChange}
        errors={errors}
        formId={formId}
        path={path}
      />
    );
  }
  return (
    <SimpleFieldInput
      field={field}
      value={value}
      onChange={onChange}
      error={errors[path]}
      id={fieldDomId(formId, path)}
    />
  );
}

interface SimpleFieldInputProps {
  field: SimpleField;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
  id: string;
}

const labelProps = { fw: 600, fz: 'md' } as const;

function SimpleFieldInput({ field, value, onChange, error, id }: SimpleFieldInputProps) {
  const common = {
    label: field.label,
    description: field.help,
    withAsterisk: field.required,
    error,
    labelProps,
  };
  switch (field.type) {
    case 'shortText':
      return (
        <TextInput
          {...common}
          id={id}
          size="md"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          maxLength={field.maxLength}
        />
      );
    case 'longText':
      return (
        <Textarea
          {...common}
          id={id}
          size="md"
          autosize
          minRows={4}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          maxLength={field.maxLength}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          id={id}
          size="md"
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
          min={field.min}
          max={field.max}
          allowDecimal={!field.integer}
          rightSection={field.unit ? <Text size="sm">{field.unit}</Text> : undefined}
          rightSectionWidth={field.unit ? 64 : undefined}
          inputMode={field.integer ? 'numeric' : 'decimal'}
        />
      );
    case 'scale':
      return <ScaleField field={field} value={value} onChange={onChange} error={error} id={id} />;
    case 'singleChoice':
      return (
        <Radio.Group
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(next) => onChange(next)}
        >
          <Stack gap="sm" mt="xs">
            {field.options.map((option, index) => (
              <Radio
                key={option.value}
                id={index === 0 ? id : undefined}
                value={option.value}
                label={option.label}
                size="md"
              />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiChoice':
      return (
        <Checkbox.Group
          {...common}
          description={
            field.help ?? (field.maxSelected ? `Choose up to ${field.maxSelected}` : 'Choose any that apply')
          }
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(next) => onChange(next)}
        >
          <Stack gap="sm" mt="xs">
            {field.options.map((option, index) => (
              <Checkbox
                key={option.value}
                id={index === 0 ? id : undefined}
                value={option.value}
                label={option.label}
                size="md"
              />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'date':
      return (
        <TextInput
          {...common}
          id={id}
          size="md"
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'time':
      return (
        <TextInput
          {...common}
          id={id}
          size="md"
          type="time"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'yesNo':
      return (
        <Radio.Group
          {...common}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onChange={(next) => onChange(next === 'yes')}
        >
          <Group gap="xl" mt="xs">
            <Radio id={id} value="yes" label="Yes" size="md" />
            <Radio value="no" label="No" size="md" />
          </Group>
        </Radio.Group>
      );
  }
}

type ScaleFieldDef = Extract<SimpleField, { type: 'scale' }>;

/** 0–10 (or any short range) as a row of numbered choices; a long range as a slider. */
function ScaleField({
  field,
  value,
  onChange,
  error,
  id,
}: {
  field: ScaleFieldDef;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
  id: string;
}) {
  const labelId = useId();
  const ends =
    field.minLabel || field.maxLabel
      ? `${field.min} = ${field.minLabel ?? 'lowest'}, ${field.max} = ${field.maxLabel ?? 'highest'}`
      : `From ${field.min} to ${field.max}`;
  const description = field.help ? `${field.help} ${ends}` : ends;
  const current = typeof value === 'number' ? value : undefined;

  if (field.max - field.min > 10) {
    return (
      <Stack gap={6}>
        <Text id={labelId} fw={600} fz="md">
          {field.label}
          {field.required ? (
            <Text span c="red" aria-hidden="true">
              {' '}
              *
            </Text>
          ) : null}
        </Text>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        <Slider
          thumbProps={{ id, 'aria-labelledby': labelId } as never}
          min={field.min}
          max={field.max}
          value={current ?? field.min}
          onChange={(next) => onChange(next)}
          size="lg"
          marks={[
            { value: field.min, label: field.minLabel ?? String(field.min) },
            { value: field.max, label: field.maxLabel ?? String(field.max) },
          ]}
          mb="lg"
        />
        <Text size="sm">{current === undefined ? 'Not answered yet' : `Your answer: ${current}`}</Text>
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    );
  }

  const steps = Array.from({ length: field.max - field.min + 1 }, (_, index) => field.min + index);
  return (
    <Radio.Group
      label={field.label}
      labelProps={labelProps}
      description={description}
      withAsterisk={field.required}
      error={error}
      value={current === undefined ? '' : String(current)}
      onChange={(next) => onChange(Number(next))}
    >
      <Group gap="xs" mt="xs">
        {steps.map((step, index) => (
          <Paper key={step} withBorder radius="md" px="sm" py={8} miw={48}>
            <Radio id={index === 0 ? id : undefined} value={String(step)} label={String(step)} size="md" />
          </Paper>
        ))}
      </Group>
      {field.minLabel || field.maxLabel ? (
        <Group justify="space-between" mt={6} aria-hidden="true">
          <Text size="sm" c="dimmed">
            {field.minLabel ?? ''}
          </Text>
          <Text size="sm" c="dimmed">
            {field.maxLabel ?? ''}
          </Text>
        </Group>
      ) : null}
    </Radio.Group>
  );
}

type GroupFieldDef = Extract<TemplateField, { type: 'group' }>;

function GroupField({
  field,
  value,
  onChange,
  errors,
  formId,
  path,
}: {
  field: GroupFieldDef;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: FieldErrors;
  formId: string;
  path: string;
}) {
  const rows = Array.isArray(value) ? (value as Row[]) : [];
  const errorId = useId();
  const helpId = useId();
  const groupError = errors[path];
  const itemLabel = field.itemLabel ?? 'Item';
  const maxItems = field.maxItems ?? 20;
  const minRows = Math.max(field.minItems ?? 0, 1);
  const setRow = (index: number, row: Row) => onChange(rows.map((r, i) => (i === index ? row : r)));

  return (
    <Fieldset
      id={fieldDomId(formId, path)}
      tabIndex={-1}
      legend={
        <Text fw={600} fz="md" span>
          {field.label}
        </Text>
      }
      aria-describedby={[field.help ? helpId : '', groupError ? errorId : ''].join(' ').trim() || undefined}
      variant="unstyled"
    >
      <Stack gap="md">
        {field.help ? (
          <Text id={helpId} size="sm" c="dimmed">
            {field.help}
          </Text>
        ) : null}
        {groupError ? (
          <Text id={errorId} size="sm" c="red">
            {groupError}
          </Text>
        ) : null}
        {rows.map((row, index) => (
          <Paper
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            key={index}
            withBorder
            radius="md"
            p="md"
            component="section"
            aria-label={`${itemLabel} ${index + 1}`}
          >
            <Stack gap="md">
              <Group justify="space-between" wrap="nowrap">
                <Title order={3} size="h5">
                  {itemLabel} {index + 1}
                </Title>
                {rows.length > minRows ? (
                  <Button
                    variant="subtle"
                    color="gray"
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                    aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
                  >
                    Remove
                  </Button>
                ) : null}
              </Group>
              {field.fields.map((sub) => (
                <SimpleFieldInput
                  key={sub.key}
                  field={sub}
                  value={row?.[sub.key]}
                  onChange={(next) => setRow(index, { ...row, [sub.key]: next })}
                  error={errors[`${path}.${index}.${sub.key}`]}
                  id={fieldDomId(formId, `${path}.${index}.${sub.key}`)}
                />
              ))}
            </Stack>
          </Paper>
        ))}
        {rows.length < maxItems ? (
          <Button
            variant="light"
            size="md"
            onClick={() => onChange([...rows, {}])}
            aria-label={`Add another row to ${field.label}`}
          >
            Add another row
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
