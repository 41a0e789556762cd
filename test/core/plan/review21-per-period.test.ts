/**
 * Review 21: a goal stated per period on a summed KPI — « Atteindre 120 000 € de CA mensuel d'ici fin mars », "+2 % per
 * month until September" on a monthly revenue tab — is judged on the deadline's month alone (Check goals' note says so),
 * but the plan report drew it as if it began then: a one-month timeline bar in March (Start 01/03/2027), and a revenue
 * chart holding the judged month alone — two dates, no history, a single forecast point, an axis titled
 * « CA (€) (€, cumul) ». The goal runs from today; its chart is the months' own figures, as its verdict reads them.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { buildPlanReport, valueAxisTitle } from '../../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { revenueRows } from './monthly-revenue';
import type { Lang } from '../../../src/core/types';

const TODAY = '2026-12-03';


const CASES = {
  fr: { header: 'CA (€)', goals: [['ID', 'Objectif'], ['G1', "Atteindre 120 000 € de CA mensuel d'ici fin mars"], ['G5', "Augmenter le CA mensuel de 2 % par mois jusqu'au 30/09/2027"]] },
  en: { header: 'Revenue', goals: [['ID', 'Goal'], ['G1', 'Reach $120,000 in monthly revenue by end of March'], ['G5', 'Grow monthly revenue by 2% per month until 9/30/2027']] },
} as const;

function report(lang: Lang) {
  const { header, goals } = CASES[lang];
  const sheets = [
    { name: lang === 'fr' ? 'Objectifs' : 'Goals', values: goals.map((row) => [...row]) },
    { name: lang === 'fr' ? 'CA mensuel' : 'Monthly revenue', values: revenueRows(header), formats: revenueRows(header).map((_, r) => ['', r === 0 ? '' : lang === 'fr' ? '#,##0 "€"' : '"$"#,##0']) },
  ];
  const model = buildWorkbookModel(sheets, { lang, catalog: KPI_CATALOG, ...(lang === 'en' ? { dateOrder: 'mdy' as const } : {}) });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
  return { check, plan: buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang }) };
}

describe.each(['fr', 'en'] as const)('a goal per month on monthly revenue, in the %s report', (lang) => {
  const { check, plan } = report(lang);
  const [g1, g5] = check.checks;

  it('is judged on its month alone (the check keeps that window)', () => {
    expect([g1.periodWindow, g1.start, g1.deadline]).toEqual(['month', '2027-03-01', '2027-03-31']);
    expect([g5.periodWindow, g5.start, g5.deadline]).toEqual(['month', '2027-09-01', '2027-09-30']);
  });

  it('starts on the timeline today, not on the first day of the month it is judged on', () => {
    const rows = plan.timeline.rows;
    const december = plan.timeline.columns.findIndex((c) => c.start === '2026-12-01');
    expect(december).toBeGreaterThanOrEqual(0);
    for (const [row, end] of [[rows[0], '2027-03-01'], [rows[1], '2027-09-01']] as const) {
      // No Start shown (the goal states none), and a bar from today's month to the deadline's.
      expect(row.start).toBeNull();
      expect(row.bar?.from).toBe(december);
      expect(plan.timeline.columns[row.bar!.to].start).toBe(end);
    }
  });

  it('starts from the last full month, as a change per month does (the Baseline column)', () => {
    expect(plan.goals.map((g) => g.baseline)).toEqual([108870, 108870]);
  });

  it('charts the months’ own figures: the history, then the forecast to each target, with no break at a deadline', () => {
    const chart = plan.charts.find((c) => c.title === CASES[lang].header);
    if (!chart) throw new Error('no revenue chart');
    expect(chart.aggregation).toBe('level');
    expect(chart.targets).toEqual(['G1', 'G5']);
    // Seventeen months of history (the months before the last; the last carries the forecast's start too).
    expect(chart.rows.filter((r) => r.history !== null).length).toBeGreaterThanOrEqual(17);
    expect(chart.rows.find((r) => r.date === '2026-11-01')?.history).toBe(108870);
    // From the last observation to the last step (1 September: the months are dated on their first day); the deadline's
    // own row after it stays blank, as the line ends on its last step.
    const forecast = chart.rows.filter((r) => r.date >= '2026-11-01' && r.date <= '2027-09-01');
    expect(forecast.length).toBeGreaterThan(5);
    // Every row from the forecast's start to its last step has a forecast and a range: G1's 31 March among steps dated the 1st too.
    for (const row of forecast) expect([row.date, row.median !== null && row.low !== null && row.high !== null]).toEqual([row.date, true]);
    const march = chart.rows.find((r) => r.date === '2027-03-31');
    const [before, after] = [chart.rows.find((r) => r.date === '2027-03-01'), chart.rows.find((r) => r.date === '2027-04-01')];
    expect(march!.median!).toBeGreaterThanOrEqual(Math.min(before!.median!, after!.median!));
    expect(march!.median!).toBeLessThanOrEqual(Math.max(before!.median!, after!.median!));
    // Each target from the last observation to its own deadline.
    // 108,870 × 1.02¹⁰ = 132,711.9.
    expect(march!.targets.map((v) => v && Math.round(v))).toEqual([120000, 132712]);
    expect(chart.rows.find((r) => r.date === '2027-09-30')?.targets.map((v) => v && Math.round(v))).toEqual([null, 132712]);
  });
});

describe('a KPI chart’s value axis title', () => {
  it('does not repeat a unit the KPI’s name already gives', () => {
    expect(valueAxisTitle({ title: 'CA (€)', unit: 'currency', aggregation: 'level' }, 'fr', 'EUR')).toBe('CA (€)');
    expect(valueAxisTitle({ title: 'CA (€)', unit: 'currency', aggregation: 'total' }, 'fr', 'EUR')).toBe('CA (€) (cumul)');
    expect(valueAxisTitle({ title: 'Taux de conversion (%)', unit: 'percent', aggregation: 'level' }, 'fr', null)).toBe('Taux de conversion (%)');
    // Near misses: a name without the sign keeps it.
    expect(valueAxisTitle({ title: 'CA', unit: 'currency', aggregation: 'level' }, 'fr', 'EUR')).toBe('CA (€)');
    expect(valueAxisTitle({ title: 'Revenue', unit: 'currency', aggregation: 'total' }, 'en', 'USD')).toBe('Revenue ($, running total)');
  });
});
