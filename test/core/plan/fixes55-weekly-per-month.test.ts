/**
 * fixes55: a goal per month on a WEEKLY revenue tab (« Atteindre 120 000 € de CA mensuel d'ici fin mars » beside weekly
 * rows) is judged on the months' totals — the weekly rows summed by month (Check goals' `deadlineWindows`) — but the plan
 * report drew it as a running total of the weeks since the last one, climbing far past the monthly target line. Its chart
 * is now what the verdict reads, as for a per-month goal on a monthly tab since review 21: the months' totals (history,
 * then forecast) against the monthly target.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { buildPlanReport, layoutPlanReport, valueAxisTitle } from '../../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { addDays } from '../../../src/core/dates';
import type { Lang } from '../../../src/core/types';

const TODAY = '2026-12-03';

/** 78 weeks of revenue, Mondays 2 June 2025 to 23 November 2026, about 25,000 a week and rising 0.3 % a week. */
function weeklyRows(header: string): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [['Week', header]];
  for (let i = 0; i < 78; i++) rows.push([addDays('2025-06-02', 7 * i), Math.round(25000 * 1.003 ** i)]);
  return rows;
}

// G2, a near miss: a total over Q1 (its Aggregation column says so) on the same tab, drawn as a running total.
const CASES = {
  fr: { header: 'CA (€)', goals: [['ID', 'Objectif', 'Agrégation'], ['G1', "Atteindre 120 000 € de CA mensuel d'ici fin mars", ''], ['G2', 'Générer 400 000 € de CA du 1er janvier au 31 mars 2027', 'total']] },
  en: { header: 'Revenue', goals: [['ID', 'Goal', 'Aggregation'], ['G1', 'Reach $120,000 in monthly revenue by end of March', ''], ['G2', 'Generate $400,000 in revenue from January 1 to March 31, 2027', 'total']] },
} as const;

function report(lang: Lang, goals: ReadonlyArray<readonly string[]>) {
  const { header } = CASES[lang];
  const sheets = [
    { name: lang === 'fr' ? 'Objectifs' : 'Goals', values: goals.map((row) => [...row]) },
    { name: lang === 'fr' ? 'CA hebdo' : 'Weekly revenue', values: weeklyRows(header), formats: weeklyRows(header).map((_, r) => ['', r === 0 ? '' : lang === 'fr' ? '#,##0 "€"' : '"$"#,##0']) },
  ];
  const model = buildWorkbookModel(sheets, { lang, catalog: KPI_CATALOG, ...(lang === 'en' ? { dateOrder: 'mdy' as const } : {}) });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
  return { check, plan: buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang }) };
}

describe.each(['fr', 'en'] as const)('a goal per month on weekly revenue, in the %s report', (lang) => {
  const { check, plan } = report(lang, CASES[lang].goals.slice(0, 2));
  const chart = plan.charts.find((c) => c.title === CASES[lang].header);

  it('is judged on the month of its deadline, from the weeks summed by month', () => {
    expect([check.checks[0].periodWindow, check.checks[0].deadline]).toEqual(['month', '2027-03-31']);
  });

  it('charts the months’ totals against the monthly target, not a running total of the weeks', () => {
    if (!chart) throw new Error('no revenue chart');
    expect([chart.aggregation, chart.period]).toEqual(['level', 'month']);
    expect(valueAxisTitle(chart, lang, lang === 'fr' ? 'EUR' : 'USD')).not.toMatch(/cumul|running total/);
    const history = chart.rows.filter((r) => r.history !== null);
    // Whole months only (June 2025 … October 2026: November's last week ends after the tab's last row is counted),
    // each dated on its first day, each four or five weeks of about 25,000–31,000.
    expect(history.length).toBeGreaterThanOrEqual(12);
    for (const row of history) {
      expect(row.date.endsWith('-01')).toBe(true);
      expect(row.history!).toBeGreaterThan(100_000);
      expect(row.history!).toBeLessThan(150_000);
    }
    // October 2026: the weeks of 5, 12, 19 and 26 October (the last spread over its days to the 31st of the month's).
    const october = history.find((r) => r.date === '2026-10-01')!.history!;
    expect(october).toBeGreaterThan(4 * 30_000);
    expect(october).toBeLessThan(5 * 32_000);
    // The forecast stays a month's figure (it was the running total: some 500,000 by March), the target the month's 120,000.
    const march = chart.rows.filter((r) => r.date >= '2027-03-01' && r.date <= '2027-03-31');
    expect(march.length).toBeGreaterThan(0);
    for (const row of march) {
      if (row.median !== null) expect(row.median).toBeLessThan(200_000);
      expect(row.targets[0]).toBe(120_000);
    }
    expect(Math.max(...chart.rows.map((r) => r.high ?? 0))).toBeLessThan(250_000);
  });

  it('heads the chart data’s dates with the month', () => {
    const layout = layoutPlanReport(plan, { currency: lang === 'fr' ? 'EUR' : 'USD' });
    const spec = layout.charts.find((c) => c.title === CASES[lang].header)!;
    expect(layout.blocks.some((b) => b.row === spec.range.row && b.values[0][0] === (lang === 'fr' ? 'Mois' : 'Month'))).toBe(true);
  });
});

describe('a total over a window on the same weekly tab keeps its running total (near miss)', () => {
  it.each(['fr', 'en'] as const)('%s', (lang) => {
    const { plan } = report(lang, [CASES[lang].goals[0], CASES[lang].goals[2]]);
    const chart = plan.charts.find((c) => c.title === CASES[lang].header)!;
    expect([chart.aggregation, chart.period]).toEqual(['total', 'week']);
  });
});
