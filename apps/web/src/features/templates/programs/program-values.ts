import {
  type CreateProgramRequest,
  CreateProgramRequestSchema,
  type Program,
  type ProgramRecurrence,
  type UpdateProgramRequest,
  UpdateProgramRequestSchema,
  type Weekday,
} from '@interlude/contracts';
import { type NumberValue, newUid } from '../builder/template-values';

export type RecurrenceKind = ProgramRecurrence['kind'];

export interface StepValues {
  /** Stable identity for React keys and focus; never sent. */
  uid: string;
  templateId: string;
  dayOffset: NumberValue;
  /** Every kind's settings side by side; only the chosen kind's are sent. */
  recurrence: { kind: RecurrenceKind; count: NumberValue; days: Weekday[]; timesPerWeek: NumberValue };
  instructions: string;
}

export interface ProgramFormValues {
  name: string;
  description: string;
  steps: StepValues[];
}

/** A new step starts where the last one did, once, until someone says otherwise. */
export function newStep(previous?: StepValues): StepValues {
  return {
    uid: newUid(),
    templateId: '',
    dayOffset: typeof previous?.dayOffset === 'number' ? previous.dayOffset : 0,
    recurrence: { kind: 'once', count: 1, days: [], timesPerWeek: 2 },
    instructions: '',
  };
}

export const emptyProgramValues = (): ProgramFormValues => ({
  name: '',
  description: '',
  steps: [newStep()],
});

export function toProgramValues(program: Program): ProgramFormValues {
  return {
    name: program.name,
    description: program.description,
    steps: program.steps.map((step) => {
      const recurrence = step.recurrence;
      return {
        uid: newUid(),
        templateId: step.template.id,
        dayOffset: step.dayOffset,
        recurrence: {
          kind: recurrence.kind,
          count: recurrence.kind === 'once' ? 1 : recurrence.count,
          days: recurrence.kind === 'weekdays' ? recurrence.days : [],
          timesPerWeek: recurrence.kind === 'timesPerWeek' ? recurrence.timesPerWeek : 2,
        },
        instructions: step.instructions ?? '',
      };
    }),
  };
}

function toNumber(value: NumberValue): number | string | undefined {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed);
  return Number.isNaN(parsed) ? trimmed : parsed;
}

function recurrenceShape(recurrence: StepValues['recurrence']): Record<string, unknown> {
  const count = toNumber(recurrence.count);
  switch (recurrence.kind) {
    case 'once':
      return { kind: 'once' };
    case 'daily':
    case 'weekly':
      return { kind: recurrence.kind, count };
    case 'weekdays':
      return { kind: 'weekdays', days: recurrence.days, count };
    case 'timesPerWeek':
      return { kind: 'timesPerWeek', timesPerWeek: toNumber(recurrence.timesPerWeek), count };
  }
}

/** The request body before the contract cleans it: empty step instructions are left out. */
export const toProgramShape = (values: ProgramFormValues): Record<string, unknown> => ({
  name: values.name,
  description: values.description,
  steps: values.steps.map((step) => ({
    templateId: step.templateId,
    dayOffset: toNumber(step.dayOffset),
    recurrence: recurrenceShape(step.recurrence),
    ...(step.instructions.trim() ? { instructions: step.instructions } : {}),
  })),
});

export const toCreateProgramRequest = (values: ProgramFormValues): CreateProgramRequest =>
  CreateProgramRequestSchema.parse(toProgramShape(values));

export const toUpdateProgramRequest = (values: ProgramFormValues): UpdateProgramRequest =>
  UpdateProgramRequestSchema.parse(toProgramShape(values));
