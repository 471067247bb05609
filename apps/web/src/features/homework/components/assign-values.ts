import { isApiError } from '@interlude/api-client';
import {
  type CreateAssignmentInput,
  CreateAssignmentRequestSchema,
  type ScheduleKind,
  type Weekday,
} from '@interlude/contracts';
import type { UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import { describeFailure, type FormProblem, focusField, formPaths } from '../../../lib/forms/contract-form';
import '../../../lib/forms/plain-zod-messages';

/** The assign form as its inputs hold it; paths mirror the request body so server errors land in place. */
export interface AssignFormValues {
  /** `template:<id>` or `program:<id>`; the API's `templateId` / `programId` errors land here. */
  choice: string;
  instructions: string;
  schedule: {
    kind: ScheduleKind;
    dueDate: string;
    dueTime: string;
    startDate: string;
    time: string;
    days: Weekday[];
    timesPerWeek: number | string;
    ends: 'until' | 'count';
    until: string;
    count: number | string;
  };
  /** A program's start. */
  startDate: string;
  time: string;
  check: { relevant: boolean; withinAbility: boolean; safetyConcern: '' | 'yes' | 'no' };
  backupPlan: string;
  requiresAcceptance: boolean;
}

export function emptyAssignValues(today: string): AssignFormValues {
  return {
    choice: '',
    instructions: '',
    schedule: {
      kind: 'once',
      dueDate: '',
      dueTime: '18:00',
      startDate: today,
      time: '18:00',
      days: [],
      timesPerWeek: 3,
      ends: 'count',
      until: '',
      count: 4,
    },
    startDate: today,
    time: '18:00',
    check: { relevant: false, withinAbility: false, safetyConcern: '' },
    backupPlan: '',
    requiresAcceptance: false,
  };
}

export const parseChoice = (choice: string): { type: 'template' | 'program'; id: string } | null => {
  const [type, id] = choice.split(':');
  return (type === 'template' || type === 'program') && id ? { type, id } : null;
};

const whole = (value: number | string): number | undefined => {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return undefined;
  return Number(value);
};

function scheduleShape(schedule: AssignFormValues['schedule']): Record<string, unknown> {
  if (schedule.kind === 'once') {
    return { kind: 'once', dueDate: schedule.dueDate, dueTime: schedule.dueTime };
  }
  const shape: Record<string, unknown> = {
    kind: schedule.kind,
    startDate: schedule.startDate,
    time: schedule.time,
  };
  if (schedule.ends === 'until') shape.until = schedule.until;
  else shape.count = whole(schedule.count);
  if (schedule.kind === 'weekdays') shape.days = schedule.days;
  if (schedule.kind === 'timesPerWeek') shape.timesPerWeek = whole(schedule.timesPerWeek);
  return shape;
}

/** The POST body's shape before the contract checks it: a template with a schedule, or a program. */
export function toAssignShape(values: AssignFormValues): Record<string, unknown> {
  const chosen = parseChoice(values.choice);
  const safety = values.check.safetyConcern;
  const shape: Record<string, unknown> = {
    ...(chosen?.type === 'program'
      ? { programId: chosen.id, startDate: values.startDate, time: values.time }
      : { templateId: chosen?.id ?? '', schedule: scheduleShape(values.schedule) }),
    instructions: values.instructions.trim() || undefined,
    check: {
      relevant: values.check.relevant,
      withinAbility: values.check.withinAbility,
      safetyConcern: safety === '' ? undefined : safety === 'yes',
    },
    backupPlan: safety === 'yes' ? values.backupPlan.trim() || undefined : undefined,
    requiresAcceptance: values.requiresAcceptance,
  };
  return Object.fromEntries(Object.entries(shape).filter(([, value]) => value !== undefined));
}

export const toAssignRequest = (values: AssignFormValues): CreateAssignmentInput =>
  CreateAssignmentRequestSchema.parse(toAssignShape(values));

/** An API or contract path on the form: the chosen homework for its id, a list for its items. */
export function toFormPath(path: string): string {
  if (path === 'templateId' || path === 'programId') return 'choice';
  const days = /^schedule\.days\.\d+$/.exec(path);
  if (days) return 'schedule.days';
  return path;
}

/** The contract's messages by form path; a union's failure is read from the branch the form is on. */
export function validateAssign(values: AssignFormValues): Record<string, string> {
  const result = CreateAssignmentRequestSchema.safeParse(toAssignShape(values));
  const errors: Record<string, string> = {};
  const add = (path: string, message: string) => {
    if (!(path in errors)) errors[path] = message;
  };
  const chosen = parseChoice(values.choice);
  if (!chosen) add('choice', 'Choose a template or a program');

  const collect = (issues: z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      if (issue.code === 'invalid_union' && issue.path.length === 0) {
        collect(issue.errors[chosen?.type === 'program' ? 1 : 0] ?? []);
      } else {
        add(toFormPath(issue.path.join('.')), issue.message);
      }
    }
  };
  if (!result.success) collect(result.error.issues);

  // The contract asks for the back-up plan only once everything else passes; ask at the same time.
  if (values.check.safetyConcern === 'yes' && values.backupPlan.trim() === '') {
    add('backupPlan', 'A safety concern needs a back-up plan for the client');
  }
  return errors;
}

/** Like `applyProblemToForm`, with the API's paths moved onto this form's fields first. */
export function applyAssignProblem(
  form: UseFormReturnType<AssignFormValues>,
  error: unknown,
): FormProblem | null {
  const fieldErrors = (isApiError(error) ? error.errors : []).map((fieldError) => ({
    ...fieldError,
    path: toFormPath(fieldError.path),
  }));
  const known = formPaths(form.getValues());
  const onFields = fieldErrors.filter((fieldError) => known.has(fieldError.path));
  const elsewhere = fieldErrors.filter((fieldError) => !known.has(fieldError.path));
  if (onFields.length > 0) {
    form.setErrors(Object.fromEntries(onFields.map(({ path, message }) => [path, message])));
    focusField(form as UseFormReturnType<never>, onFields[0].path);
  }
  if (onFields.length > 0 && elsewhere.length === 0) return null;
  const { title, detail } = describeFailure(error);
  return { title, detail, messages: elsewhere.map(({ message }) => message), markedFields: onFields.length };
}
