import type { DeclineReason, HomeworkKind, MeasureCodeValue, MyOccurrenceItem } from '@interlude/contracts';

/** What each kind is called on the client's screens (never the database name). */
export const KIND_WORDS: Record<HomeworkKind, string> = {
  journal: 'Journal',
  schedule: 'Activity schedule',
  event_plan: 'Plan for an event',
  interests: 'Interests',
  worksheet: 'Worksheet',
  reach_out: 'Reaching out',
  meeting: 'Support meeting',
  social_skills: 'Social skills practice',
  reading: 'Reading',
  measure: 'Questionnaire',
};

/** A short, warm line that frames each kind on its screen. */
export const KIND_FRAMING: Record<HomeworkKind, string> = {
  journal: 'Take a few quiet minutes. There are no right or wrong answers.',
  schedule: 'Plan your activities day by day, then note how each one went.',
  event_plan: 'Plan the steps ahead of time, and keep your back-up plan close.',
  interests: 'Think about what you enjoy, or might enjoy, and pick one to try.',
  worksheet: 'Work through the questions at your own pace.',
  reach_out: 'Plan who to contact and how, then note how it went.',
  meeting: 'Note which meeting you went to and how it felt.',
  social_skills: 'Note the skill you practised and how it went.',
  reading: 'Read at your own pace. Note what stands out to talk about next session.',
  measure: 'A short questionnaire. Your answers help you and your clinician see how things are going.',
};

export const DECLINE_REASONS: { value: DeclineReason; label: string }[] = [
  { value: 'not_relevant', label: 'Not relevant to me' },
  { value: 'too_hard', label: 'Too hard right now' },
  { value: 'not_safe', label: 'Didn’t feel safe' },
  { value: 'no_time', label: 'No time' },
  { value: 'other', label: 'Something else' },
];

export const declineReasonWords = (reason: DeclineReason): string =>
  DECLINE_REASONS.find((r) => r.value === reason)?.label ?? 'Something else';

export const MEASURE_WORDS: Record<MeasureCodeValue, { name: string; about: string; max: number }> = {
  phq9: { name: 'PHQ-9', about: 'mood', max: 27 },
  gad7: { name: 'GAD-7', about: 'anxiety', max: 21 },
};

/** The four published answers of the PHQ-9 and GAD-7 items. */
export const MEASURE_OPTIONS = [
  { value: '0', label: 'Not at all' },
  { value: '1', label: 'Several days' },
  { value: '2', label: 'More than half the days' },
  { value: '3', label: 'Nearly every day' },
];

export const MEASURE_STEM =
  'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

const BAND_WORDS: Record<string, string> = {
  none: 'None to minimal',
  minimal: 'Minimal',
  mild: 'Mild',
  moderate: 'Moderate',
  moderately_severe: 'Moderately severe',
  'moderately-severe': 'Moderately severe',
  severe: 'Severe',
};

/** "moderately_severe" → "Moderately severe"; an unknown band is still shown as words. */
export function bandWords(band: string): string {
  const known = BAND_WORDS[band.toLowerCase()];
  if (known) return known;
  const words = band.replace(/[_-]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Not scored';
}

/** The calm words for where a piece of homework stands. */
export function statusWords(item: Pick<MyOccurrenceItem, 'status' | 'overdue'>): string {
  switch (item.status) {
    case 'submitted':
      return 'Sent to your clinician';
    case 'reviewed':
      return 'Read by your clinician';
    case 'declined':
      return 'You let your clinician know you couldn’t do this one';
    case 'missed':
      return 'Not done';
    default:
      return item.overdue ? 'Not done yet' : 'To do';
  }
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** "Thursday 3 December" for a local date "2026-12-03". */
export function dayWords(localDate: string): string {
  const date = new Date(`${localDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return localDate;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(date);
}

/** "due 18:00" today, "due tomorrow, 18:00", else "due Thursday 3 December, 18:00". */
export function dueWords(item: Pick<MyOccurrenceItem, 'localDate' | 'localTime'>, today?: string): string {
  if (today && item.localDate === today) return `due ${item.localTime}`;
  if (today) {
    const tomorrow = new Date(`${today}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    if (tomorrow.toISOString().slice(0, 10) === item.localDate) return `due tomorrow, ${item.localTime}`;
  }
  return `due ${dayWords(item.localDate)}, ${item.localTime}`;
}

/** "3 December at 14:05" for an instant, in the client's zone. */
export function instantWords(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} at ${part('hour')}:${part('minute')}`;
}
