export {
  type ExpandedOccurrence,
  type ExpandScheduleOptions,
  expandSchedule,
  MAX_SCHEDULE_OCCURRENCES,
} from './expand-schedule';
export { isValidTimeZone, localDateIn } from './local-time';
export { isDueToday, isOverdue } from './occurrence-window';
export {
  DAYS_OF_WEEK,
  type DayOfWeek,
  type ScheduleEnding,
  type ScheduleKind,
  type ScheduleRule,
} from './schedule-rule';
