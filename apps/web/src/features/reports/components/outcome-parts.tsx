import type { OutcomeCells, ReportCell } from '@interlude/contracts';
import { cellNumber, formatCount, formatPercent, formatScore, shareOf } from '../report-words';
import { NoValue, Suppressed } from './CellValue';

export type OutcomeKey =
  | 'reliableImprovement'
  | 'noReliableChange'
  | 'reliableDeterioration'
  | 'recovery'
  | 'reliableRecovery';

/** Each outcome, and what its share is of: all clients compared, or those at caseness at the start. */
export const OUTCOMES: { key: OutcomeKey; label: string; of: 'clients' | 'caseAtStart'; colour: string }[] = [
  { key: 'reliableImprovement', label: 'Reliable improvement', of: 'clients', colour: '#2f7d5b' },
  { key: 'noReliableChange', label: 'No reliable change', of: 'clients', colour: '#6b7680' },
  { key: 'reliableDeterioration', label: 'Reliable deterioration', of: 'clients', colour: '#b5562b' },
  { key: 'recovery', label: 'Recovery', of: 'caseAtStart', colour: '#1c5d7a' },
  { key: 'reliableRecovery', label: 'Reliable recovery', of: 'caseAtStart', colour: '#5b86ad' },
];

/** The share an outcome is of its base, 0–100, or null when hidden or nothing to divide by. */
export const outcomePercent = (cells: OutcomeCells, key: OutcomeKey): number | null => {
  const outcome = OUTCOMES.find((o) => o.key === key);
  const share = outcome ? shareOf(cells[key], cells[outcome.of]) : null;
  return share === null ? null : Math.round(share * 100);
};

/** "6 (50 %)": a count and its share, "Suppressed" or a dash. */
export function CountAndShare({
  cell,
  base,
  threshold,
}: {
  cell: ReportCell;
  base: ReportCell;
  threshold: number;
}) {
  if (cell.suppressed) return <Suppressed threshold={threshold} />;
  if (cell.value === null) return <NoValue />;
  const share = shareOf(cell, base);
  return (
    <>{share === null ? formatCount(cell.value) : `${formatCount(cell.value)} (${formatPercent(share)})`}</>
  );
}

/** "14.2 → 9.8": the mean first and last score. */
export function MeanChange({ cells, threshold }: { cells: OutcomeCells; threshold: number }) {
  if (cells.meanFirst.suppressed || cells.meanLast.suppressed) return <Suppressed threshold={threshold} />;
  const first = cellNumber(cells.meanFirst);
  const last = cellNumber(cells.meanLast);
  if (first === null || last === null) return <NoValue />;
  return <>{`${formatScore(first)} → ${formatScore(last)}`}</>;
}
