export {
  DEFAULT_REMINDER_POLICY,
  digestDayDue,
  isWithinQuietHours,
  OVERDUE_NUDGE_WINDOW_MS,
  outsideQuietHours,
  plannedReminderAt,
  type ReminderKind,
  type ReminderPolicy,
  reminderCandidateWindow,
  reminderIsDue,
  reminderSendAt,
} from './reminder-timing';
