import type { AuditEventFilters } from '@interlude/api-client';
import { type AuditOutcome, AuditOutcomeSchema } from '@interlude/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { endOfDayIso, startOfDayIso } from '../../../lib/dates/clinic-time';

/** The filters as a person sets them: dates are days in the clinic's time zone (`2026-03-29`). */
export interface AuditFilterValues {
  action?: string;
  outcome?: AuditOutcome;
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The days are in the wrong order: the list would be empty, so say so instead. */
export const datesReversed = ({ from, to }: AuditFilterValues): boolean => Boolean(from && to && to < from);

/** What the API is asked: each day becomes the instants it starts and ends at in the clinic. */
export function toQuery(values: AuditFilterValues, timeZone: string): AuditEventFilters {
  const query: AuditEventFilters = {};
  if (values.action) query.action = values.action;
  if (values.outcome) query.outcome = values.outcome;
  if (values.from) query.from = startOfDayIso(values.from, timeZone);
  if (values.to && !datesReversed(values)) query.to = endOfDayIso(values.to, timeZone);
  return query;
}

/** The audit log's filters live in the URL (`?action=&outcome=&from=&to=`). */
export function useAuditFilters(): [AuditFilterValues, (values: AuditFilterValues) => void] {
  const [params, setParams] = useSearchParams();

  const values = useMemo<AuditFilterValues>(() => {
    const outcome = AuditOutcomeSchema.safeParse(params.get('outcome'));
    const day = (key: string) => {
      const value = params.get(key);
      return value && DAY.test(value) ? value : undefined;
    };
    const result: AuditFilterValues = {};
    const action = params.get('action')?.trim();
    if (action) result.action = action;
    if (outcome.success) result.outcome = outcome.data;
    const from = day('from');
    const to = day('to');
    if (from) result.from = from;
    if (to) result.to = to;
    return result;
  }, [params]);

  const setValues = useCallback(
    (next: AuditFilterValues) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
      setParams(search, { replace: true });
    },
    [setParams],
  );

  return [values, setValues];
}
