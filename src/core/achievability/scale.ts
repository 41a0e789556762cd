import type { KpiPoint, Unit } from '../types';

/**
 * The top of a satisfaction score's scale — 5 for a 1–5 score, 10 for a 0–10 one — or null when the KPI is no score on a
 * scale. THE cap of a suggested target on every surface (surf52, ruling d): Check goals, the report, the wizard
 * (`AssessInput.scaleTop`) and REALISTICTARGET (mend51c: it answered 5.05; the wizard suggested 12 on a 0–10 scale). A
 * score is on a scale when it is the satisfaction KPI read as a plain number (`onScale`, core/workbook/kpis.ts: no rate
 * word, values from 0 to 10, some above 1); its top is 5 when no value passes 5.
 */
export function scaleTop(kpiId: string | null | undefined, unit: Unit | null, values: readonly number[]): number | null {
  if (kpiId !== 'csat' || unit === 'percent' || !values.some((v) => v > 1) || values.some((v) => !(v >= 0 && v <= 10))) return null;
  return values.every((v) => v <= 5) ? 5 : 10;
}

/**
 * A satisfaction score on a scale (`scaleTop`) is a score, never a count to make whole: "Raise CSAT score to 4.6" showed
 * a target of 5 in the report and "Aim for 4" (surf52). Its tab keeps the plain number `onScale` reads (mend51c).
 */
export function onScaleOf(series: { catalogId: string | null; unit: Unit | null; points: readonly KpiPoint[] } | null | undefined): 'score' | null {
  return series && scaleTop(series.catalogId, series.unit, series.points.map((p) => p.value)) !== null ? 'score' : null;
}
