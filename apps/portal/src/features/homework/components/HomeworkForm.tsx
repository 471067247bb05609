import {
  isApiError,
  useDeclineAssignment,
  useDeclineOccurrence,
  useSubmitOccurrence,
} from '@interlude/api-client';
import type { DeclineRequest, MyOccurrence, SubmitResult, TemplateField } from '@interlude/contracts';
import { FormAlert, SubmitButton } from '@interlude/ui';
import { Button, Checkbox, Divider, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { describeFailure } from '../../../lib/describe-failure';
import { loadKeptDraft } from '../../offline/homework-draft-storage';
import type { PortalSession } from '../../session/portal-session';
import {
  type Answers,
  checkAnswers,
  cleanAnswers,
  type FieldErrors,
  firstErrorPath,
  initialAnswers,
  serverFieldErrors,
} from '../fields/answers';
import { FieldRenderer, fieldDomId } from '../fields/FieldRenderer';
import { KIND_FRAMING } from '../homework-words';
import { AUTOSAVE_WORDS, useDraftAutosave } from '../use-draft-autosave';
import { DeclineForm, type DeclineScope } from './DeclineForm';
import { MeasureFields } from './MeasureFields';

export interface HomeworkFormProps {
  occurrence: MyOccurrence;
  session: PortalSession;
  onSent: (result: SubmitResult) => void;
  onDeclined: (scope: DeclineScope) => void;
}

/** The starting answers: the copy kept on this device when it is newer than the server's draft. */
function startingPoint(occurrence: MyOccurrence, session: PortalSession) {
  const kept = loadKeptDraft(session.clinicId, session.userId, occurrence.occurrenceId);
  const serverAt = occurrence.draftSavedAt ? Date.parse(occurrence.draftSavedAt) : 0;
  if (kept && kept.savedAt > serverAt) {
    return {
      answers: initialAnswers(occurrence.fields, kept.answers),
      talkNextSession: kept.talkNextSession === true,
      restored: true,
    };
  }
  return {
    answers: initialAnswers(occurrence.fields, occurrence.draft),
    talkNextSession: kept?.talkNextSession === true,
    restored: false,
  };
}

/** Blank rows left out of each group, so the rows on screen are the rows sent (and errors line up). */
function compactGroups(fields: TemplateField[], answers: Answers): Answers {
  const clean = cleanAnswers(fields, answers);
  const next: Answers = { ...answers };
  for (const field of fields) {
    if (field.type !== 'group') continue;
    next[field.key] = initialAnswers([field], { [field.key]: clean[field.key] ?? [] })[field.key];
  }
  return next;
}

const isBackupField = (field: TemplateField) => /back_?up|plan_?b/i.test(field.key);

const focusField = (formId: string, path: string | undefined) => {
  if (!path) return;
  const element = document.getElementById(fieldDomId(formId, path));
  element?.focus();
};

export function HomeworkForm({ occurrence, session, onSent, onDeclined }: HomeworkFormProps) {
  const { clinicId, userId } = session;
  const { occurrenceId } = occurrence;
  const [start] = useState(() => startingPoint(occurrence, session));
  const [answers, setAnswers] = useState<Answers>(start.answers);
  const [talkNextSession, setTalkNextSession] = useState(start.talkNextSession);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<{ title: string; detail?: string; messages?: string[] } | null>(null);
  const [declining, setDeclining] = useState(false);
  const autosave = useDraftAutosave({ clinicId, userId, occurrenceId }, start.restored ? 'restored' : 'idle');
  const submit = useSubmitOccurrence(clinicId, occurrenceId);
  const declineOne = useDeclineOccurrence(clinicId, occurrenceId);
  const declineAll = useDeclineAssignment(clinicId);
  const formId = useId().replace(/:/g, '');
  const alertRef = useRef<HTMLDivElement>(null);
  const { fields } = occurrence;

  const update = (key: string, value: unknown) => {
    const next = { ...answers, [key]: value };
    setAnswers(next);
    autosave.change(next, talkNextSession);
    if (Object.keys(errors).some((path) => path === key || path.startsWith(`${key}.`))) {
      setErrors((current) =>
        Object.fromEntries(
          Object.entries(current).filter(([path]) => path !== key && !path.startsWith(`${key}.`)),
        ),
      );
    }
  };

  const send = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (submit.isPending) return;
    const compacted = compactGroups(fields, answers);
    setAnswers(compacted);
    const found = checkAnswers(fields, compacted);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setAlert({ title: 'A few answers need a look', detail: 'They are marked below.' });
      focusField(formId, firstErrorPath(fields, found));
      return;
    }
    setErrors({});
    setAlert(null);
    try {
      const result = await submit.submitAsync({ answers: cleanAnswers(fields, compacted), talkNextSession });
      autosave.finish();
      onSent(result);
    } catch (error) {
      if (isApiError(error) && error.status === 400 && error.errors.length > 0) {
        const { byField, other } = serverFieldErrors(fields, error.errors);
        setErrors(byField);
        setAlert({
          title: 'A few answers need a look',
          detail: Object.keys(byField).length > 0 ? 'They are marked below.' : undefined,
          messages: other,
        });
        const first = firstErrorPath(fields, byField);
        if (first) focusField(formId, first);
        else alertRef.current?.focus();
        return;
      }
      const failure = describeFailure(error);
      setAlert({
        title: 'Not sent yet',
        detail:
          isApiError(error) && error.kind === 'network'
            ? 'We could not reach Interlude. Your answers are kept on this device; try again when you are back online.'
            : failure.detail,
      });
      alertRef.current?.focus();
    }
  };

  const decline = async (body: DeclineRequest, scope: DeclineScope) => {
    if (scope === 'assignment') await declineAll.mutateAsync({ assignmentId: occurrence.assignmentId, body });
    else await declineOne.mutateAsync(body);
    autosave.finish();
    onDeclined(scope);
  };

  if (declining) {
    return (
      <Paper withBorder radius="md" p="lg">
        <DeclineForm
          title="I can’t do this one"
          offerScope
          onSubmit={decline}
          onCancel={() => setDeclining(false)}
          cancelLabel="Go back to the questions"
        />
      </Paper>
    );
  }

  const renderField = (field: TemplateField) => {
    const input = (
      <FieldRenderer
        key={field.key}
        field={field}
        value={answers[field.key]}
        onChange={(value) => update(field.key, value)}
        errors={errors}
        formId={formId}
      />
    );
    if (occurrence.kind === 'event_plan' && isBackupField(field)) {
      return (
        <Paper key={field.key} withBorder radius="md" p="md" bg="var(--mantine-color-blue-0)">
          {input}
        </Paper>
      );
    }
    return input;
  };

  return (
    <form onSubmit={send} noValidate aria-label="Your answers">
      <Stack gap="xl">
        <Text c="dimmed">{KIND_FRAMING[occurrence.kind]}</Text>
        {occurrence.kind === 'measure' ? (
          <MeasureFields
            measure={occurrence.measure}
            fields={fields}
            answers={answers}
            onChange={update}
            errors={errors}
            formId={formId}
          />
        ) : (
          <Stack gap="xl">{fields.map(renderField)}</Stack>
        )}

        <Divider />
        <Checkbox
          size="md"
          label="I’d like to talk about this next session"
          checked={talkNextSession}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setTalkNextSession(checked);
            autosave.change(answers, checked);
          }}
        />
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="autosave-status">
          {AUTOSAVE_WORDS[autosave.status]}
        </Text>
        {alert ? (
          <FormAlert ref={alertRef} title={alert.title} messages={alert.messages}>
            {alert.detail}
          </FormAlert>
        ) : null}
        <Stack gap="sm">
          <SubmitButton size="lg" busy={submit.isPending} fullWidth>
            {alert?.title === 'Not sent yet' ? 'Try sending again' : 'Send to my clinician'}
          </SubmitButton>
          <Button variant="subtle" size="md" onClick={() => setDeclining(true)}>
            I can’t do this one
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
