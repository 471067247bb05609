import type {
  CreateExportRequest,
  EngagementQueryInput,
  HomeworkKind,
  MeasureCodeValue,
  OutcomesQueryInput,
} from '@interlude/contracts';
import { HomeworkKindSchema, MeasureCodeSchema } from '@interlude/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { z } from 'zod';

export type Breakdown = 'clinician' | 'program' | 'kind';
export const BREAKDOWNS: Breakdown[] = ['clinician', 'program', 'kind'];

/**
 * The report filters as kept in the URL (`?from=&to=&clinician=&program=&kind=&by=&measure=`). Dates are
 * calendar days in the clinic's time zone; left out, the API reports the last 12 weeks up to today.
 */
export interface ReportFilterValues {
  from?: string;
  to?: string;
  clinicianId?: string;
  programId?: string;
  kind?: HomeworkKind;
  /** The engagement breakdown. */
  groupBy?: Breakdown;
  /** The outcomes questionnaire (PHQ-9 unless chosen). */
  measure?: MeasureCodeValue;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const URL_KEYS = {
  from: 'from',
  to: 'to',
  clinicianId: 'clinician',
  programId: 'program',
  kind: 'kind',
  groupBy: 'by',
  measure: 'measure',
} as const satisfies Record<keyof ReportFilterValues, string>;

/** The days are in the wrong order: the API would refuse them, so the end day is not sent. */
export const datesReversed = ({ from, to }: ReportFilterValues): boolean => Boolean(from && to && to < from);

/** The filters that narrow the data (not the breakdown or questionnaire shown). */
export const hasNarrowingFilters = (v: ReportFilterValues): boolean =>
  Boolean(v.from || v.to || v.clinicianId || v.programId || v.kind);

function period(values: ReportFilterValues) {
  const query: { from?: string; to?: string; clinicianId?: string; programId?: string } = {};
  if (values.from) query.from = values.from;
  if (values.to && !datesReversed(values)) query.to = values.to;
  if (values.clinicianId) query.clinicianId = values.clinicianId;
  if (values.programId) query.programId = values.programId;
  return query;
}

export function engagementQuery(
  values: ReportFilterValues,
  defaultBreakdown: Breakdown,
): EngagementQueryInput {
  const query: EngagementQueryInput = { ...period(values), groupBy: values.groupBy ?? defaultBreakdown };
  if (values.kind) query.kind = values.kind;
  return query;
}

/** Outcomes by homework completion band; the kind of homework does not apply to questionnaire scores. */
export const outcomesQuery = (values: ReportFilterValues): OutcomesQueryInput => ({
  ...period(values),
  measure: values.measure ?? 'phq9',
  groupBy: 'engagement',
});

export const exportRequest = (query: EngagementQueryInput | OutcomesQueryInput): CreateExportRequest => ({
  ...query,
});

const uuid = z.uuid();

export function useReportFilters(): [ReportFilterValues, (values: ReportFilterValues) => void] {
  const [params, setParams] = useSearchParams();

  const values = useMemo<ReportFilterValues>(() => {
    const result: ReportFilterValues = {};
    const day = (key: string) => {
      const value = params.get(key);
      return value && DAY.test(value) ? value : undefined;
    };
    const id = (key: string) => {
      const value = params.get(key);
      return value && uuid.safeParse(value).success ? value : undefined;
    };
    const from = day(URL_KEYS.from);
    const to = day(URL_KEYS.to);
    const clinicianId = id(URL_KEYS.clinicianId);
    const programId = id(URL_KEYS.programId);
    const kind = HomeworkKindSchema.safeParse(params.get(URL_KEYS.kind));
    const measure = MeasureCodeSchema.safeParse(params.get(URL_KEYS.measure));
    const groupBy = params.get(URL_KEYS.groupBy);
    if (from) result.from = from;
    if (to) result.to = to;
    if (clinicianId) result.clinicianId = clinicianId;
    if (programId) result.programId = programId;
    if (kind.success) result.kind = kind.data;
    if (measure.success) result.measure = measure.data;
    if (BREAKDOWNS.includes(groupBy as Breakdown)) result.groupBy = groupBy as Breakdown;
    return result;
  }, [params]);

  const setValues = useCallback(
    (next: ReportFilterValues) => {
      const search = new URLSearchParams();
      for (const [key, urlKey] of Object.entries(URL_KEYS)) {
        const value = next[key as keyof ReportFilterValues];
        if (value) search.set(urlKey, value);
      }
      setParams(search, { replace: true });
    },
    [setParams],
  );

  return [values, setValues];
}
