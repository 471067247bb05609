import type { SafetyPlanContent } from '@interlude/contracts';

type LineKey = 'warningSigns' | 'environmentSafety' | 'reasonsForLiving';
type EntryKey = 'copingStrategies' | 'distractions';
type ContactKey = 'peopleToAsk' | 'professionals';

interface SectionBase {
  title: string;
  /** A prompt in the words of the Stanley–Brown form. */
  hint: string;
  /** "Add a …" and "Remove …" name one item of the section. */
  itemLabel: string;
}

export type SafetyPlanSection =
  | (SectionBase & { key: LineKey; kind: 'line' })
  | (SectionBase & { key: EntryKey; kind: 'entry' })
  | (SectionBase & { key: ContactKey; kind: 'contact' });

/** The seven sections, in Stanley–Brown order. */
export const SAFETY_PLAN_SECTIONS: readonly SafetyPlanSection[] = [
  {
    key: 'warningSigns',
    kind: 'line',
    title: 'Warning signs',
    hint: 'Thoughts, images, moods, situations or behaviour that show a crisis may be coming.',
    itemLabel: 'warning sign',
  },
  {
    key: 'copingStrategies',
    kind: 'entry',
    title: 'Internal coping strategies',
    hint: 'Things I can do on my own to take my mind off my problems.',
    itemLabel: 'coping strategy',
  },
  {
    key: 'distractions',
    kind: 'entry',
    title: 'People and social settings that provide distraction',
    hint: 'People to be with and places to go that take my mind off things.',
    itemLabel: 'person or place',
  },
  {
    key: 'peopleToAsk',
    kind: 'contact',
    title: 'People I can ask for help',
    hint: 'People I can tell that I am struggling.',
    itemLabel: 'person',
  },
  {
    key: 'professionals',
    kind: 'contact',
    title: 'Professionals and agencies, incl. crisis lines',
    hint: 'Clinicians, services and crisis lines to contact in a crisis.',
    itemLabel: 'professional or agency',
  },
  {
    key: 'environmentSafety',
    kind: 'line',
    title: 'Making the environment safe',
    hint: 'Steps to keep means of harm out of reach.',
    itemLabel: 'step',
  },
  {
    key: 'reasonsForLiving',
    kind: 'line',
    title: 'Reasons for living',
    hint: 'What matters most and is worth living for.',
    itemLabel: 'reason',
  },
];

/** The editor's values: contacts with empty strings while a phone or note is not filled in. */
export interface SafetyPlanFormValues {
  warningSigns: string[];
  copingStrategies: { text: string; addedBy: 'clinician' | 'client' }[];
  distractions: { text: string; addedBy: 'clinician' | 'client' }[];
  peopleToAsk: { name: string; phone: string; note: string }[];
  professionals: { name: string; phone: string; note: string }[];
  environmentSafety: string[];
  reasonsForLiving: string[];
}

export function toSafetyPlanValues(plan: SafetyPlanContent): SafetyPlanFormValues {
  const contacts = (list: SafetyPlanContent['peopleToAsk']) =>
    list.map((contact) => ({ name: contact.name, phone: contact.phone ?? '', note: contact.note ?? '' }));
  return {
    warningSigns: [...plan.warningSigns],
    copingStrategies: plan.copingStrategies.map((entry) => ({ ...entry })),
    distractions: plan.distractions.map((entry) => ({ ...entry })),
    peopleToAsk: contacts(plan.peopleToAsk),
    professionals: contacts(plan.professionals),
    environmentSafety: [...plan.environmentSafety],
    reasonsForLiving: [...plan.reasonsForLiving],
  };
}

/** The PUT body's shape: empty phones and notes are left out. */
export function toSafetyPlanShape(values: SafetyPlanFormValues): SafetyPlanContent {
  const contacts = (list: SafetyPlanFormValues['peopleToAsk']) =>
    list.map(({ name, phone, note }) => ({
      name,
      ...(phone.trim() ? { phone } : {}),
      ...(note.trim() ? { note } : {}),
    }));
  return {
    ...values,
    peopleToAsk: contacts(values.peopleToAsk),
    professionals: contacts(values.professionals),
  };
}

/** `tel:` link target for a phone number as people write it ("116 123" → "tel:116123"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
