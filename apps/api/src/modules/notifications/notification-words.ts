import type { Notification, NotificationKind } from '@interlude/contracts';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  subject_id: string | null;
  data: Record<string, string | number>;
  created_at: Date;
  read_at: Date | null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Tue 16 Jan, 18:00" on the wall clock of the person's zone (formatters are cached: building one is slow). */
export function whenIn(iso: string, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    formatters.set(timeZone, format);
  }
  return format.format(new Date(iso)).replace(/ at /, ', ');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The morning digest's counts in a line, leaving out what is zero. */
export function digestLine(data: Record<string, string | number>): string {
  const n = (key: string) => Number(data[key] ?? 0);
  const parts = [
    n('riskAlerts') > 0 ? plural(n('riskAlerts'), 'open risk alert', 'open risk alerts') : null,
    n('submissions') > 0 ? plural(n('submissions'), 'response to review', 'responses to review') : null,
    n('declines') > 0 ? plural(n('declines'), 'decline to discuss', 'declines to discuss') : null,
    n('flagged') > 0
      ? plural(n('flagged'), 'item flagged for next session', 'items flagged for next session')
      : null,
    n('prepTasks') > 0 ? plural(n('prepTasks'), 'prep task due', 'prep tasks due') : null,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(' · ')}.` : 'Nothing waiting for you.';
}

/**
 * The words of a notification, written at read time from its kind and a few ids and numbers, so no
 * clinical text is stored with it. Client links are portal paths; staff links are staff-app paths.
 */
export function renderNotification(row: NotificationRow, clinicId: string): Notification {
  const base = {
    id: row.id,
    kind: row.kind,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
  const when =
    typeof row.data.dueAt === 'string' ? whenIn(row.data.dueAt, String(row.data.timeZone ?? 'UTC')) : '';
  switch (row.kind) {
    case 'homework.due_soon':
      return {
        ...base,
        title: 'Due soon',
        body: `Something you planned with your clinician is due ${when}.`,
        link: `/homework/${row.subject_id}`,
      };
    case 'homework.overdue':
      return {
        ...base,
        title: 'There is still time',
        body: `Something was due ${when}. You can still do it, or let your clinician know why not.`,
        link: `/homework/${row.subject_id}`,
      };
    case 'feedback.received':
      return {
        ...base,
        title: 'Your clinician replied',
        body: 'There is new feedback on something you sent.',
        link: `/homework/${row.subject_id}`,
      };
    case 'risk_alert.created':
      return {
        ...base,
        title: 'New risk alert',
        body: 'A questionnaire answer raised a risk alert. Please look at it today.',
        link: `/clinics/${clinicId}/clients/${row.data.clientId}`,
      };
    case 'digest.morning':
      return {
        ...base,
        title: 'Your morning summary',
        body: digestLine(row.data),
        link: `/clinics/${clinicId}`,
      };
  }
}
