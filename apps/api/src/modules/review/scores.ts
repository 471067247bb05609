import type { Score } from '@interlude/contracts';

export interface ScoreRow {
  id: string;
  measure: Score['measure'];
  total: number;
  band: string;
  risk_item_answer: number | null;
  scored_at: Date;
  submission_id: string;
}

export const SCORE_COLUMNS =
  'ms.id, ms.measure, ms.total, ms.band, ms.risk_item_answer, ms.scored_at, ms.submission_id';

export const toScore = (r: ScoreRow): Score => ({
  id: r.id,
  measure: r.measure,
  total: r.total,
  band: r.band,
  riskItemAnswer: r.risk_item_answer,
  scoredAt: r.scored_at.toISOString(),
  submissionId: r.submission_id,
});
