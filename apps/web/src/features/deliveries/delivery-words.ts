import type { DeliveryKind, DeliveryStatus, SchedulerName } from '@interlude/contracts';

export const DELIVERY_KIND_LABEL: Record<DeliveryKind, string> = {
  invitation: 'Staff invitation',
  password_reset: 'Password reset',
  account: 'Account notice',
  reminder: 'Homework reminder',
  risk_alert: 'Risk alert',
  digest: 'Morning summary',
};

export const DELIVERY_STATUS_LABEL: Record<DeliveryStatus, string> = {
  failed: 'Failed',
  pending: 'Pending',
  sent: 'Sent',
};

export const SCHEDULER_LABEL: Record<SchedulerName, string> = {
  reminders: 'Homework reminders',
  digest: 'Clinicians’ morning summaries',
  rollups: 'Report figures',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a scheduler's last run handled, in its own words: "12 reminders created". */
export function describeProcessed(name: SchedulerName, processed: number | null): string | null {
  if (processed === null) return null;
  switch (name) {
    case 'reminders':
      return `${plural(processed, 'reminder', 'reminders')} created`;
    case 'digest':
      return `${plural(processed, 'summary', 'summaries')} sent`;
    case 'rollups':
      return `${plural(processed, 'clinic', 'clinics')} brought up to date`;
  }
}

/** 300 → "Every 5 minutes"; 60 → "Every minute"; 3600 → "Every hour". */
export function describeEvery(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? 'Every second' : `Every ${seconds} seconds`;
  if (seconds % 3600 === 0) {
    const hours = seconds / 3600;
    return hours === 1 ? 'Every hour' : `Every ${hours} hours`;
  }
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? 'Every minute' : `Every ${minutes} minutes`;
}
