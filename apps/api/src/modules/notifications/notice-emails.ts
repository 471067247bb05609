import type { ReminderKind } from '@interlude/domain';
import type { OutgoingMail } from '../../platform/mail/mail.service';
import { actionEmail } from '../../platform/mail/mail-templates';
import { digestLine, whenIn } from './notification-words';

/**
 * The emails of reminders and notices. None names the homework, the client or any answer: an inbox
 * can be read by others, so a reminder says only that something is due and when, and a staff notice
 * only that there is something to look at, with a link that needs a sign-in.
 */
export function reminderEmail(input: {
  kind: ReminderKind;
  to: string;
  clinicName: string;
  dueAt: string;
  timeZone: string;
  url: string;
  unsubscribeUrl: string;
}): OutgoingMail {
  const when = whenIn(input.dueAt, input.timeZone);
  const dueSoon = input.kind === 'due_soon';
  return actionEmail({
    to: input.to,
    clinicName: input.clinicName,
    subject: dueSoon
      ? `A gentle reminder from ${input.clinicName}`
      : `There is still time — ${input.clinicName}`,
    greeting: 'Hello,',
    lines: dueSoon
      ? [`Something you planned with your clinician is due ${when}.`, 'Open it when you have a moment.']
      : [
          `Something you planned with your clinician was due ${when}.`,
          'You can still do it, or let your clinician know why it did not happen — both help.',
        ],
    action: { label: 'Open Interlude', url: input.url },
    footer: 'You get these because email reminders are on. Reminders inside the app stay on either way.',
    secondary: { label: 'Stop reminder emails', url: input.unsubscribeUrl },
  });
}

export function riskAlertEmail(input: {
  to: string;
  name: string;
  clinicName: string;
  url: string;
}): OutgoingMail {
  return actionEmail({
    to: input.to,
    clinicName: input.clinicName,
    subject: 'A risk alert needs your attention',
    greeting: `Hello ${input.name},`,
    lines: [
      'A questionnaire answer from one of your clients raised a risk alert in Interlude.',
      'Please sign in to see it and record what you did.',
    ],
    action: { label: 'See the alert', url: input.url },
    footer: 'This email says nothing about the client on purpose; the details are only in Interlude.',
  });
}

export function digestEmail(input: {
  to: string;
  name: string;
  clinicName: string;
  counts: Record<string, number>;
  url: string;
}): OutgoingMail {
  return actionEmail({
    to: input.to,
    clinicName: input.clinicName,
    subject: 'Your morning summary',
    greeting: `Good morning ${input.name},`,
    lines: [`Waiting for you in Interlude: ${digestLine(input.counts)}`],
    action: { label: 'Open your dashboard', url: input.url },
    footer: 'You get this summary on mornings when something is waiting.',
  });
}
