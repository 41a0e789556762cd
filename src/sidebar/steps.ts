/**
 * The wizard's state machine: the ordered steps, what each needs before
 * "Next", and the initial draft. Pure, so it is unit-tested without a DOM.
 */
import { draftTargetLevel, type GoalDraft, type KpiChoice, type SeriesSummary } from '../core/api';
import { isValidIsoDate } from '../core/dates';
import type { MessageKey } from '../core/messages/ui';
import type { IsoDate } from '../core/types';
import { roundForEntry } from './values';

export const STEPS = ['kpi', 'baseline', 'target', 'specific', 'relevant', 'review'] as const;
export type StepId = (typeof STEPS)[number];

export const STEP_TITLES: Readonly<Record<StepId, MessageKey>> = {
  kpi: 'sidebar.step.kpi',
  baseline: 'sidebar.step.baseline',
  target: 'sidebar.step.target',
  specific: 'sidebar.step.specific',
  relevant: 'sidebar.step.relevant',
  review: 'sidebar.step.review',
};

export function emptyDraft(): GoalDraft {
  return {
    kpi: null,
    baseline: null,
    direction: 'increase',
    targetMode: 'level',
    target: null,
    change: null,
    start: null,
    deadline: null,
    owner: '',
    levers: '',
    notes: '',
    parentId: null,
    statement: '',
  };
}

/** What blocks leaving `step` (an empty list means "Next" is allowed). */
export function stepProblems(step: StepId, draft: GoalDraft, today: IsoDate): MessageKey[] {
  switch (step) {
    case 'kpi':
      return draft.kpi ? [] : ['sidebar.kpi.required'];
    case 'baseline':
      // A total (deals closed by year end) is a sum over the window: a starting level is optional.
      if (draft.kpi?.aggregation === 'total') return [];
      return draft.baseline !== null && Number.isFinite(draft.baseline) ? [] : ['sidebar.baseline.required'];
    case 'target': {
      const problems: MessageKey[] = [];
      const level = draftTargetLevel(draft);
      if (level === null || !Number.isFinite(level)) problems.push('sidebar.target.required');
      if (!draft.deadline || !isValidIsoDate(draft.deadline) || draft.deadline <= today) problems.push('sidebar.target.deadlineRequired');
      return problems;
    }
    case 'review':
      return draft.statement.trim() ? [] : ['sidebar.review.empty'];
    default:
      return [];
  }
}

export function nextStep(step: StepId): StepId {
  const index = STEPS.indexOf(step);
  return STEPS[Math.min(index + 1, STEPS.length - 1)];
}

export function previousStep(step: StepId): StepId {
  const index = STEPS.indexOf(step);
  return STEPS[Math.max(index - 1, 0)];
}

/** KPI choice for a workbook series. */
export function choiceFromSeries(series: SeriesSummary): KpiChoice {
  return { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, name: series.name, unit: series.unit, aggregation: series.aggregation, lowerIsBetter: series.lowerIsBetter };
}

/**
 * Applies a new KPI to the draft: the baseline and direction follow the KPI
 * (latest value; "decrease" for lower-is-better KPIs) unless the user already
 * chose this same KPI.
 */
export function withKpi(draft: GoalDraft, kpi: KpiChoice, series: SeriesSummary | null): GoalDraft {
  const same = draft.kpi && draft.kpi.seriesId === kpi.seriesId && draft.kpi.catalogId === kpi.catalogId && draft.kpi.name === kpi.name;
  if (same) return { ...draft, kpi };
  return {
    ...draft,
    kpi,
    // The recent average resists one noisy period better than the latest value; a total has no starting level.
    // Rounded as a person would type it (25.0333 % → 25 %): the input then shows what will be saved.
    baseline: series && kpi.aggregation === 'level' ? roundOrNull(series.recentAverage ?? series.latest?.value ?? null, kpi.unit) : null,
    direction: kpi.lowerIsBetter ? 'decrease' : 'increase',
    target: null,
    change: null,
  };
}

function roundOrNull(value: number | null, unit: KpiChoice['unit']): number | null {
  return value === null ? null : roundForEntry(value, unit);
}
