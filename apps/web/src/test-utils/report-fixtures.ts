import type {
  EngagementCells,
  EngagementReport,
  OutcomeCells,
  OutcomesReport,
  ReportCell,
  ReportExport,
} from '@interlude/contracts';
import { CLINICIAN_ID, OTHER_CLINICIAN_ID } from './fixtures';

export const cell = (value: number | null): ReportCell => ({ value, suppressed: false });
export const suppressed = (): ReportCell => ({ value: null, suppressed: true });

export function engagementCells(overrides: Partial<EngagementCells> = {}): EngagementCells {
  return {
    clients: cell(24),
    due: cell(200),
    submitted: cell(150),
    onTime: cell(120),
    completionRate: cell(0.75),
    onTimeRate: cell(0.6),
    declined: cell(10),
    declinedByReason: {
      not_relevant: cell(2),
      too_hard: cell(5),
      not_safe: cell(0),
      no_time: cell(3),
      other: cell(0),
    },
    missed: cell(40),
    medianHoursLate: cell(14),
    activeClients: cell(18),
    ...overrides,
  };
}

export function engagementReport(overrides: Partial<EngagementReport> = {}): EngagementReport {
  return {
    from: '2026-04-06',
    to: '2026-06-28',
    groupBy: 'clinician',
    threshold: 11,
    scope: 'clinic',
    totals: engagementCells(),
    groups: [
      {
        key: CLINICIAN_ID,
        label: 'Cal Clinician',
        cells: engagementCells({ clients: cell(13), completionRate: cell(0.8) }),
      },
      {
        key: OTHER_CLINICIAN_ID,
        label: 'Dana Reyes',
        cells: engagementCells({ clients: cell(11), completionRate: suppressed(), onTimeRate: suppressed() }),
      },
    ],
    weekly: [
      {
        weekStart: '2026-04-06',
        cells: engagementCells({ completionRate: cell(0.6), onTimeRate: cell(0.5) }),
      },
      {
        weekStart: '2026-04-13',
        cells: engagementCells({ completionRate: suppressed(), onTimeRate: suppressed() }),
      },
      {
        weekStart: '2026-04-20',
        cells: engagementCells({ completionRate: cell(0.8), onTimeRate: cell(0.7) }),
      },
    ],
    asOf: '2026-06-28T08:00:00.000Z',
    ...overrides,
  };
}

export function outcomeCells(overrides: Partial<OutcomeCells> = {}): OutcomeCells {
  return {
    clients: cell(40),
    scores: cell(160),
    reliableImprovement: cell(20),
    reliableDeterioration: cell(4),
    noReliableChange: cell(16),
    caseAtStart: cell(30),
    recovery: cell(15),
    reliableRecovery: cell(12),
    meanFirst: cell(15.25),
    meanLast: cell(9.8),
    ...overrides,
  };
}

export function outcomesReport(overrides: Partial<OutcomesReport> = {}): OutcomesReport {
  return {
    from: '2026-04-06',
    to: '2026-06-28',
    measure: 'phq9',
    groupBy: 'engagement',
    threshold: 11,
    scope: 'clinic',
    caseness: 10,
    reliableChange: 6,
    totals: outcomeCells(),
    groups: [
      {
        key: 'high',
        label: 'High (> 66 %)',
        cells: outcomeCells({
          clients: cell(20),
          reliableImprovement: cell(14),
          noReliableChange: cell(5),
          reliableDeterioration: cell(1),
        }),
      },
      {
        key: 'low',
        label: 'Low (< 33 %)',
        cells: outcomeCells({
          clients: suppressed(),
          reliableImprovement: suppressed(),
          noReliableChange: suppressed(),
          reliableDeterioration: suppressed(),
          recovery: suppressed(),
          reliableRecovery: suppressed(),
          caseAtStart: suppressed(),
          meanFirst: suppressed(),
          meanLast: suppressed(),
        }),
      },
      {
        key: 'middle',
        label: 'Middle (33–66 %)',
        cells: outcomeCells({
          clients: cell(12),
          reliableImprovement: cell(6),
          noReliableChange: cell(5),
          reliableDeterioration: cell(1),
        }),
      },
    ],
    asOf: '2026-06-28T08:00:00.000Z',
    ...overrides,
  };
}

export const EXPORT_ID = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e9001';

export function reportExport(overrides: Partial<ReportExport> = {}): ReportExport {
  return {
    id: EXPORT_ID,
    report: 'engagement',
    status: 'queued',
    progress: 0,
    createdAt: '2026-06-28T08:00:00.000Z',
    finishedAt: null,
    fileName: null,
    csv: null,
    ...overrides,
  };
}
