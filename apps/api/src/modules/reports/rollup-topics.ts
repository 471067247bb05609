/**
 * Outbox topics the homework paths write so the report rollups follow (ids only):
 * - `rollup.occurrence` {occurrenceId}: an occurrence was submitted or declined;
 * - `rollup.assignment` {assignmentId}: an assignment's occurrences were written or dropped.
 */
export const ROLLUP_OCCURRENCE_TOPIC = 'rollup.occurrence';
export const ROLLUP_ASSIGNMENT_TOPIC = 'rollup.assignment';
/** The outbox topic of a requested CSV export {exportId}. */
export const REPORT_EXPORT_TOPIC = 'report.export';

/** Rollups key "no program" with this id, so the program can be part of the primary key. */
export const NO_PROGRAM = '00000000-0000-0000-0000-000000000000';
