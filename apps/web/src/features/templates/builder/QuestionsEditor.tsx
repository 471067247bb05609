import { FIELD_TYPES } from '@interlude/contracts';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { memo, useCallback, useRef } from 'react';
import { FIELD_TYPE_LABEL, type FieldType, SIMPLE_FIELD_TYPES } from '../template-words';
import {
  deriveKey,
  emptyOption,
  newQuestion,
  type QuestionValues,
  type TemplateFormValues,
  uniqueKey,
  withType,
} from './template-values';

type Form = UseFormReturnType<TemplateFormValues>;

const focusSoon = (find: () => HTMLElement | null | undefined) =>
  requestAnimationFrame(() => find()?.focus());

const byData = (uid: string, action: string) =>
  document.querySelector<HTMLButtonElement>(`[data-question="${uid}"][data-action="${action}"]`);

/** A list-level error (e.g. "Add at least one question"), tied to the list so focus can find it. */
function ListError({ form, path }: { form: Form; path: string }) {
  const error = form.errors[path];
  if (!error) return null;
  return (
    <Text c="red.9" size="sm" role="alert">
      {error}
    </Text>
  );
}

function ChoiceOptions({ form, path, question }: { form: Form; path: string; question: QuestionValues }) {
  const optionsPath = `${path}.options`;
  const add = () => {
    form.insertListItem(optionsPath, emptyOption());
    const index = question.options.length;
    focusSoon(() => form.getInputNode(`${optionsPath}.${index}.label`));
  };
  const remove = (index: number) => {
    form.removeListItem(optionsPath, index);
    const next = Math.min(index, question.options.length - 2);
    focusSoon(() =>
      next >= 0 ? form.getInputNode(`${optionsPath}.${next}.label`) : byData(question.uid, 'add-option'),
    );
  };
  return (
    <Fieldset legend="Options" variant="unstyled" data-path={optionsPath}>
      <Stack gap="xs">
        <ListError form={form} path={optionsPath} />
        {question.options.map((option, index) => (
          <Group key={option.uid} gap="sm" align="flex-end" wrap="nowrap">
            <TextInput
              label={`Option ${index + 1}`}
              style={{ flex: 1 }}
              {...form.getInputProps(`${optionsPath}.${index}.label`)}
            />
            <Button
              variant="default"
              size="compact-sm"
              mb={6}
              aria-label={`Remove option ${index + 1}`}
              onClick={() => remove(index)}
            >
              Remove
            </Button>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            size="compact-sm"
            onClick={add}
            data-question={question.uid}
            data-action="add-option"
          >
            Add an option
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

function TypeSettings({ form, path, question }: { form: Form; path: string; question: QuestionValues }) {
  const number = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <NumberInput label={label} clampBehavior="none" {...extra} {...form.getInputProps(`${path}.${name}`)} />
  );
  switch (question.type) {
    case 'shortText':
    case 'longText':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {number('maxLength', 'Longest answer in characters (optional)', { allowDecimal: false, min: 1 })}
        </SimpleGrid>
      );
    case 'number':
      return (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {number('min', 'Lowest allowed (optional)')}
            {number('max', 'Highest allowed (optional)')}
            <TextInput
              label="Unit (optional)"
              placeholder="e.g. hours"
              {...form.getInputProps(`${path}.unit`)}
            />
          </SimpleGrid>
          <Checkbox
            label="Whole numbers only"
            {...form.getInputProps(`${path}.integer`, { type: 'checkbox' })}
          />
        </Stack>
      );
    case 'scale':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {number('min', 'Lowest point', { allowDecimal: false, required: true })}
          {number('max', 'Highest point', { allowDecimal: false, required: true })}
          <TextInput
            label="Words at the lowest point (optional)"
            placeholder="e.g. Not at all"
            {...form.getInputProps(`${path}.minLabel`)}
          />
          <TextInput
            label="Words at the highest point (optional)"
            placeholder="e.g. Completely"
            {...form.getInputProps(`${path}.maxLabel`)}
          />
        </SimpleGrid>
      );
    case 'singleChoice':
      return <ChoiceOptions form={form} path={path} question={question} />;
    case 'multiChoice':
      return (
        <Stack gap="sm">
          <ChoiceOptions form={form} path={path} question={question} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {number('maxSelected', 'Most options a client may choose (optional)', {
              allowDecimal: false,
              min: 1,
            })}
          </SimpleGrid>
        </Stack>
      );
    case 'group':
      return (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            The client adds as many rows as they need, e.g. one per step or per day. Each row asks the
            questions below.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="What one row is called"
              placeholder="e.g. Step"
              required
              {...form.getInputProps(`${path}.itemLabel`)}
            />
            {number('minItems', 'Fewest rows', { allowDecimal: false, min: 0 })}
            {number('maxItems', 'Most rows', { allowDecimal: false, min: 1 })}
          </SimpleGrid>
          <QuestionsEditor form={form} listPath={`${path}.fields`} questions={question.fields} nested />
        </Stack>
      );
    default:
      return null;
  }
}

interface QuestionEditorProps {
  form: Form;
  listPath: string;
  index: number;
  question: QuestionValues;
  /** How many questions the list holds (the last cannot move down). */
  count: number;
  /** The other questions' keys, so a key made from the label stays unique. */
  otherKeys: string;
  /** This question's errors, as text: it re-renders when they change. */
  errorsKey: string;
  nested: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

const sameQuestion = (a: QuestionEditorProps, b: QuestionEditorProps): boolean =>
  a.question === b.question &&
  a.index === b.index &&
  a.count === b.count &&
  a.listPath === b.listPath &&
  a.otherKeys === b.otherKeys &&
  a.errorsKey === b.errorsKey &&
  a.nested === b.nested;

/** The errors at `path` and below, as one string that changes when any of them does. */
const errorsAt = (errors: Form['errors'], path: string): string =>
  Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .map(([key, value]) => `${key}=${String(value)}`)
    .join('\n');

/**
 * One question. Memoised: typing in one question re-renders that question and the preview, not all
 * sixty. Everything it shows comes from its props (its values, its errors, its siblings' keys).
 */
const QuestionEditor = memo(function QuestionEditor({
  form,
  listPath,
  index,
  question,
  count,
  otherKeys,
  nested,
  onMove,
  onRemove,
}: QuestionEditorProps) {
  const path = `${listPath}.${index}`;
  const name = `${nested ? 'Row question' : 'Question'} ${index + 1}`;
  const types = nested ? SIMPLE_FIELD_TYPES : FIELD_TYPES;
  const takenKeys = () => (otherKeys ? otherKeys.split('\n') : []);

  const labelProps = form.getInputProps(`${path}.label`);
  const keyProps = form.getInputProps(`${path}.key`);

  return (
    <Fieldset legend={name} data-question-uid={question.uid}>
      <Stack gap="sm">
        <TextInput
          label="Question text"
          required
          {...labelProps}
          onChange={(event) => {
            const label = event.currentTarget.value;
            form.setFieldValue(`${path}.label`, label);
            if (!question.keyEdited) {
              form.setFieldValue(`${path}.key`, uniqueKey(deriveKey(label), takenKeys()));
            }
          }}
        />
        <TextInput
          label="Help text (optional)"
          description="A hint shown under the question."
          {...form.getInputProps(`${path}.help`)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label="Answer type"
            data={types.map((type) => ({ value: type, label: FIELD_TYPE_LABEL[type] }))}
            value={question.type}
            data-path={`${path}.type`}
            error={form.errors[`${path}.type`]}
            onChange={(event) =>
              form.setFieldValue(path, withType(question, event.currentTarget.value as FieldType))
            }
          />
          <TextInput
            label="Key"
            description={
              question.keyEdited
                ? 'Names this answer in exports. Keep it the same so answers across versions line up.'
                : 'Filled in from the question text; names this answer in exports.'
            }
            autoComplete="off"
            spellCheck={false}
            {...keyProps}
            onChange={(event) => {
              form.setFieldValue(`${path}.key`, event.currentTarget.value);
              form.setFieldValue(`${path}.keyEdited`, true);
            }}
          />
        </SimpleGrid>
        <Checkbox label="Answer required" {...form.getInputProps(`${path}.required`, { type: 'checkbox' })} />
        <TypeSettings form={form} path={path} question={question} />
        <Group gap="xs" justify="flex-end">
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={index === 0}
            aria-label={`Move ${name.toLowerCase()} up`}
            data-question={question.uid}
            data-action="up"
            onClick={() => onMove(index, index - 1)}
          >
            Move up
          </Button>
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={index === count - 1}
            aria-label={`Move ${name.toLowerCase()} down`}
            data-question={question.uid}
            data-action="down"
            onClick={() => onMove(index, index + 1)}
          >
            Move down
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            aria-label={`Remove ${name.toLowerCase()}`}
            onClick={() => onRemove(index)}
          >
            Remove
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}, sameQuestion);

export interface QuestionsEditorProps {
  form: Form;
  /** `fields`, or a group's `fields.2.fields`. */
  listPath: string;
  questions: QuestionValues[];
  /** A group's row questions: simple types only. */
  nested?: boolean;
}

/** An ordered list of questions: add, remove, move up and down, each with its type's settings. */
export function QuestionsEditor({ form, listPath, questions, nested = false }: QuestionsEditorProps) {
  const addLabel = nested ? 'Add a question to each row' : 'Add a question';
  const addId = `add-${listPath}`;

  // The handlers stay the same between renders (the memoised questions keep them), reading the latest list.
  const latest = useRef(questions);
  latest.current = questions;

  const add = () => {
    form.insertListItem(listPath, newQuestion(questions));
    const index = questions.length;
    focusSoon(() => form.getInputNode(`${listPath}.${index}.label`));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the form's list methods are stable
  const move = useCallback(
    (from: number, to: number) => {
      const current = latest.current;
      const uid = current[from].uid;
      form.reorderListItem(listPath, { from, to });
      const last = current.length - 1;
      const direction = to < from ? (to === 0 ? 'down' : 'up') : to === last ? 'up' : 'down';
      focusSoon(() => byData(uid, direction));
    },
    [listPath],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the form's list methods are stable
  const remove = useCallback(
    (index: number) => {
      const current = latest.current;
      form.removeListItem(listPath, index);
      const next = Math.min(index, current.length - 2);
      focusSoon(() =>
        next >= 0
          ? form.getInputNode(`${listPath}.${next}.label`)
          : document.querySelector<HTMLElement>(`[data-add="${addId}"]`),
      );
    },
    [listPath, addId],
  );

  return (
    <Stack gap="md" data-path={listPath}>
      <ListError form={form} path={listPath} />
      {questions.map((question, index) => (
        <QuestionEditor
          key={question.uid}
          form={form}
          listPath={listPath}
          index={index}
          question={question}
          count={questions.length}
          otherKeys={questions
            .filter((_, i) => i !== index)
            .map((sibling) => sibling.key)
            .join('\n')}
          errorsKey={errorsAt(form.errors, `${listPath}.${index}`)}
          nested={nested}
          onMove={move}
          onRemove={remove}
        />
      ))}
      <Group>
        <Button variant="default" onClick={add} data-add={addId}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
