/**
 * The wizard's view of a draft goal's bottom-up plan (core/drivers/wizard.ts): what each driver must
 * deliver, that those values meet the target together, plain words when there is no plan, and
 * finite numbers only (the view crosses google.script.run).
 */
import { addPeriods } from '../../../src/core/dates';
import { draftDriverPlan, splitLevers, type DescribedSeries, type DraftPlanInput } from '../../../src/core/drivers/wizard';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';
import type { KpiPoint } from '../../../src/core/types';

const START = '2025-01-06';
const WEEKS = 100;
const TODAY = addPeriods(START, 'week', WEEKS - 1);
const DEADLINE = addPeriods(TODAY, 'week', 13);

function workbook(): DescribedSeries[] {
  const n = normalSampler(mulberry32(7));
  const cols: Record<string, KpiPoint[]> = { leads: [], close: [], size: [], revenue: [] };
  for (let w = 0; w < WEEKS; w++) {
    const date = addPeriods(START, 'week', w);
    const leads = Math.round(100 + 6 * n());
    const close = 0.25 + 0.015 * n();
    const size = Math.round(5000 + 250 * n());
    cols.leads.push({ date, value: leads });
    cols.close.push({ date, value: close });
    cols.size.push({ date, value: size });
    cols.revenue.push({ date, value: leads * close * size });
  }
  return [
    {
      key: 'Sales!Revenue',
      name: 'Revenue',
      sheetName: 'Sales',
      catalogId: 'revenue',
      points: cols.revenue,
      unit: 'currency',
      currency: '€',
      period: 'week',
    },
    { key: 'Leads!Value', name: 'Leads', sheetName: 'Leads', catalogId: 'leads', points: cols.leads, unit: 'count', period: 'week' },
    {
      key: 'Close!Value',
      name: 'Close rate',
      sheetName: 'Close',
      catalogId: 'close_rate',
      points: cols.close,
      unit: 'percent',
      period: 'week',
    },
    {
      key: 'Deals!Size',
      name: 'Average deal size',
      sheetName: 'Deals',
      catalogId: 'average_deal_size',
      points: cols.size,
      unit: 'currency',
      currency: '€',
      period: 'week',
    },
  ];
}

const SERIES = workbook();
const FORMULAS = [{ output: 'Revenue', terms: [['Leads', 'Close rate', 'Average deal size']] }];
const weeklyRevenue = 100 * 0.25 * 5000;

function goal(target: number, overrides: Partial<DraftPlanInput> = {}): DraftPlanInput {
  return {
    kpiId: 'revenue',
    seriesKey: 'Sales!Revenue',
    kpiName: 'Revenue',
    target,
    start: TODAY,
    deadline: DEADLINE,
    direction: 'increase',
    aggregation: 'total',
    unit: 'currency',
    currency: '€',
    levers: ['discounts', 'cold calls'],
    ...overrides,
  };
}

const context = (lang: 'en' | 'fr' = 'en') => ({ series: SERIES, formulas: FORMULAS, today: TODAY, lang });

/** Σ Π of the drivers' required values (one term here). */
function combinedRequired(view: ReturnType<typeof draftDriverPlan>): number {
  return view.drivers.reduce((product, d) => product * d.required, 1);
}

describe('draftDriverPlan', () => {
  it('a target beyond the forecast: the cheapest way moves one or two drivers, the others hold, and together they meet the target', () => {
    const target = weeklyRevenue * 13 * 1.2;
    const view = draftDriverPlan(goal(target), context());
    expect(view.available).toBe(true);
    // Drivers are named by their catalog KPI in the UI's language; the output as the formula writes it.
    expect(view.tree).toBe('Revenue = Qualified leads × Close rate × Average deal size');
    expect(view.drivers.map((d) => d.name)).toEqual(['Qualified leads', 'Close rate', 'Average deal size']);
    expect(view.gap.length).toBeGreaterThanOrEqual(1);
    const moving = view.drivers.filter((d) => d.moves);
    expect(moving.length).toBeGreaterThanOrEqual(1);
    expect(moving.length).toBeLessThanOrEqual(2);
    for (const d of view.drivers.filter((x) => !x.moves)) expect(d.required).toBeCloseTo(d.forecast.median, 6);
    // Leads are a volume over the 13 weeks, the rate and the deal size their average over them.
    expect(combinedRequired(view)).toBeCloseTo(target, -2);
    expect(view.drivers[0].window).toBe('total over 13 weeks');
    expect(view.drivers[0].child).toMatchObject({ baseline: null, aggregation: 'total' });
    expect(view.drivers[1].window).toBe('average over the period');
    // The levers go to the drivers they move: calls → leads, discounts → close rate.
    expect(view.drivers[0].levers).toEqual(['cold calls']);
    expect(view.drivers[1].levers).toEqual(['discounts']);
    expect(view.bottomUp?.probability).toBeLessThan(0.5);
    expect(view.topDown).not.toBeNull();
    expect(JSON.stringify(view)).not.toMatch(/NaN|Infinity|null,"text"|undefined/);
  });

  it('a target within the forecast: every driver scaled by one factor, just meeting it, each with a good chance', () => {
    const target = weeklyRevenue * 13 * 0.9;
    const view = draftDriverPlan(goal(target), context());
    expect(view.gap).toEqual([]);
    expect(view.drivers.every((d) => d.moves && d.required < d.forecast.median)).toBe(true);
    expect(combinedRequired(view)).toBeCloseTo(target, -2);
    expect(view.drivers.every((d) => d.probability > 0.5)).toBe(true);
  });

  it('on this workbook, an easier target asks no more of any driver', () => {
    const hard = draftDriverPlan(goal(weeklyRevenue * 13 * 1.15), context());
    const easy = draftDriverPlan(goal(weeklyRevenue * 13 * 1.05), context());
    hard.drivers.forEach((d, i) => expect(easy.drivers[i].required).toBeLessThanOrEqual(d.required * (1 + 1e-9)));
  });

  it('speaks French with French typography', () => {
    const view = draftDriverPlan(goal(weeklyRevenue * 13 * 1.2), context('fr'));
    expect(view.tree).toBe('Revenue = Prospects qualifiés × Taux de conclusion × Panier moyen');
    expect(view.drivers[0].window).toBe('total sur 13 semaines');
    expect(view.drivers[1].requiredText).toMatch(/^\d+,\d\u202f%$/);
    expect(view.bottomUp?.range.text).toMatch(/ à /);
  });

  it('says why there is no plan: no tree, no target, drivers without history', () => {
    const churn = draftDriverPlan(
      goal(0.2, { kpiId: 'churn', seriesKey: null, kpiName: 'Churn', aggregation: 'level', unit: 'percent' }),
      context(),
    );
    expect(churn).toMatchObject({ available: false, drivers: [], tree: null });
    // A rate KPI gets no "Revenue = …" example (review 10, F5): its name as a common noun.
    expect(churn.reason).toBe('No driver tree for churn. You can skip this step.');
    expect(draftDriverPlan(goal(100, { deadline: TODAY }), context()).reason).toBe('Set a target and a deadline in the future first.');
    const short = SERIES.map((s) => (s.key === 'Leads!Value' ? { ...s, points: s.points.slice(-2) } : s));
    const none = draftDriverPlan(goal(weeklyRevenue * 13), { ...context(), series: short });
    expect(none.available).toBe(false);
    expect(none.reason).toMatch(/Leads/);
    // Unreadable Drivers lines are passed through with the plan or its absence.
    expect(draftDriverPlan(goal(weeklyRevenue * 13), context(), ['Drivers, row 4: x']).problems).toEqual(['Drivers, row 4: x']);
  });
});

describe('splitLevers', () => {
  it('splits the levers typed in Specific on commas, semicolons and "and"/"et"', () => {
    expect(splitLevers('longer trials, discounts and 10% more support staff.')).toEqual([
      'longer trials',
      'discounts',
      '10% more support staff',
    ]);
    expect(splitLevers('des essais plus longs ; des remises et plus de support')).toEqual([
      'des essais plus longs',
      'des remises',
      'plus de support',
    ]);
    expect(splitLevers('  ')).toEqual([]);
  });
});

describe('K5 (F5): the “no driver tree” hint (review 10)', () => {
  const none = (lang: 'en' | 'fr', overrides: Partial<DraftPlanInput>) => draftDriverPlan(goal(100, { seriesKey: null, ...overrides }), { ...context(lang), formulas: [] }).reason;
  it.each([
    ['en', { kpiId: 'revenue', kpiName: 'Revenue' }, 'No driver tree for revenue: add a line such as “Revenue = Leads × Close rate × Average deal size” to a Drivers tab to plan it bottom-up. You can skip this step.'],
    ['fr', { kpiId: 'revenue', kpiName: 'Chiffre d’affaires' }, 'Pas d’arbre d’inducteurs pour le chiffre d’affaires\u202f: ajoutez une ligne comme «\u202fChiffre d’affaires = Prospects × Taux de conclusion × Panier moyen\u202f» dans un onglet Inducteurs pour le planifier par les inducteurs. Vous pouvez passer cette étape.'],
    ['fr', { kpiId: 'close_rate', kpiName: 'Taux de conclusion', unit: 'percent', aggregation: 'level' }, 'Pas d’arbre d’inducteurs pour le taux de conclusion. Vous pouvez passer cette étape.'],
    ['en', { kpiId: 'close_rate', kpiName: 'Close rate', unit: 'percent', aggregation: 'level' }, 'No driver tree for the close rate. You can skip this step.'],
  ] as const)('%s %j', (lang, overrides, reason) => {
    expect(none(lang, overrides as Partial<DraftPlanInput>)).toBe(reason);
  });
});
