import type { SeriesSummary } from '../../src/core/api';
import { choiceFromSeries, emptyDraft, nextStep, previousStep, STEPS, stepProblems, withKpi, type StepId } from '../../src/sidebar/steps';

const TODAY = '2026-11-26';

const closeRate: SeriesSummary = {
  id: 'Close rate!Close rate',
  name: 'Close rate',
  sheetName: 'Close rate',
  kpiId: 'close_rate',
  unit: 'percent',
  aggregation: 'level',
  lowerIsBetter: false,
  period: 'week',
  history: [
    { date: '2026-11-02', value: 0.24 },
    { date: '2026-11-09', value: 0.26 },
    { date: '2026-11-16', value: 0.25 },
  ],
  count: 3,
  latest: { date: '2026-11-16', value: 0.25 },
  recentAverage: 0.25,
  recentWindow: 3,
  trendPerPeriod: 0.005,
};

describe('wizard steps', () => {
  it('runs KPI → baseline → target → specific → relevant → review and back', () => {
    expect(STEPS).toEqual(['kpi', 'baseline', 'target', 'specific', 'relevant', 'review']);
    let step: StepId = STEPS[0];
    const visited: StepId[] = [step];
    for (let i = 0; i < 7; i += 1) {
      step = nextStep(step);
      visited.push(step);
    }
    expect(visited.slice(0, 6)).toEqual([...STEPS]);
    expect(step).toBe('review');
    expect(previousStep('baseline')).toBe('kpi');
    expect(previousStep('kpi')).toBe('kpi');
  });

  it('blocks Next until each step has what it needs', () => {
    const draft = emptyDraft();
    expect(stepProblems('kpi', draft, TODAY)).toEqual(['sidebar.kpi.required']);
    const withSeries = withKpi(draft, choiceFromSeries(closeRate), closeRate);
    expect(stepProblems('kpi', withSeries, TODAY)).toEqual([]);
    expect(stepProblems('baseline', { ...withSeries, baseline: null }, TODAY)).toEqual(['sidebar.baseline.required']);
    expect(stepProblems('target', withSeries, TODAY)).toEqual(['sidebar.target.required', 'sidebar.target.deadlineRequired']);
    expect(stepProblems('target', { ...withSeries, target: 0.3, deadline: TODAY }, TODAY)).toEqual(['sidebar.target.deadlineRequired']);
    expect(stepProblems('target', { ...withSeries, target: 0.3, deadline: '2026-12-06' }, TODAY)).toEqual([]);
    expect(stepProblems('specific', withSeries, TODAY)).toEqual([]);
    expect(stepProblems('review', { ...withSeries, statement: '   ' }, TODAY)).toEqual(['sidebar.review.empty']);
  });

  it('fills the baseline from the recent average and the direction from the KPI', () => {
    const draft = withKpi(emptyDraft(), choiceFromSeries(closeRate), closeRate);
    expect(draft.baseline).toBe(0.25);
    expect(draft.direction).toBe('increase');
    const churn = withKpi(emptyDraft(), { seriesId: null, catalogId: 'churn', name: 'Churn', unit: 'percent', aggregation: 'level', lowerIsBetter: true }, null);
    expect(churn.direction).toBe('decrease');
    expect(churn.baseline).toBeNull();
  });

  it('leaves the baseline of a total optional and empty', () => {
    const accounts: SeriesSummary = { ...closeRate, id: 'New accounts!Value', name: 'New accounts', kpiId: 'deals_closed', unit: 'count', aggregation: 'total', recentAverage: 2 };
    const draft = withKpi(emptyDraft(), choiceFromSeries(accounts), accounts);
    expect(draft.baseline).toBeNull();
    expect(stepProblems('baseline', draft, TODAY)).toEqual([]);
  });

  it('keeps what the user typed when the same KPI is chosen again', () => {
    const first = { ...withKpi(emptyDraft(), choiceFromSeries(closeRate), closeRate), baseline: 0.27, target: 0.3 };
    const again = withKpi(first, choiceFromSeries(closeRate), closeRate);
    expect(again.baseline).toBe(0.27);
    expect(again.target).toBe(0.3);
  });
});
