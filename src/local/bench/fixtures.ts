/** The benches' shared goal draft: what the wizard sends for an "increase" goal on one of the context's KPI series. */
import type { GoalDraft, SeriesSummary } from '../../core/api';

export function benchDraft(series: SeriesSummary, fields: Pick<GoalDraft, 'baseline' | 'target' | 'deadline' | 'levers' | 'parentId' | 'statement'>): GoalDraft {
  return {
    kpi: { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, name: series.name, unit: series.unit, aggregation: series.aggregation, lowerIsBetter: series.lowerIsBetter },
    direction: 'increase',
    targetMode: 'level',
    change: null,
    start: null,
    owner: 'Alice',
    notes: '',
    ...fields,
  };
}
