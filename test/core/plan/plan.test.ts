import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { currencyOfLocale } from '../../../src/core/format';
import { MAX_CHARTS, buildPlanReport, buildTimeline, columnNumberFormat, currencyFormat, isValueFormat, layoutPlanReport, paceLabel, periodLabel, reportSheetName, sensibleDecimals } from '../../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { Lang } from '../../../src/core/types';
import type { GoalCheck } from '../../../src/core/workbook/types';

const TODAY = '2026-11-26';

function plan(lang: Lang) {
  const example = buildExampleWorkbook(lang, TODAY);
  const model = buildWorkbookModel(example.sheets.map((s) => ({ name: s.name, values: s.rows })), { lang, catalog: KPI_CATALOG });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
  return buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang });
}

describe('plan report model', () => {
  const report = plan('en');

  it('summarizes by verdict and by owner', () => {
    expect(report.summary.goals).toBe(17);
    expect(report.summary.byVerdict.reduce((s, v) => s + v.count, 0)).toBe(17);
    expect(report.summary.byOwner.find((o) => o.owner === 'South team')).toMatchObject({ goals: 5, flagged: 1 }); // issue 12: the sum mismatch is the parent’s, said once
    expect(report.settingsLines[0]).toEqual(['Report date', '26 November 2026']);
  });

  it('builds the alignment tree with roll-ups', () => {
    const south = report.tree.find((r) => r.id === 'S');
    expect(south).toMatchObject({ depth: 0, rollup: 104, rollupKind: 'sum', fits: false });
    expect(report.tree.find((r) => r.id === 'N')).toMatchObject({ rollup: 120, fits: true });
    const order = report.tree.map((r) => r.id);
    expect(order.indexOf('S')).toBeLessThan(order.indexOf('S-Q1'));
  });

  it('draws a timeline with parents above children and bars from start to deadline', () => {
    const t = report.timeline;
    // Nov 2026 – Dec 2027: 14 months (a span up to three years is drawn in months).
    expect(t.period).toBe('month');
    expect(t.columns).toHaveLength(14);
    const n = t.rows.find((r) => r.id === 'N');
    const q1 = t.rows.find((r) => r.id === 'N-Q1');
    expect(n?.bar?.to).toBeGreaterThan(q1?.bar?.to ?? Infinity);
    expect(q1?.bar?.from).toBe(n?.bar?.from);
    expect(t.rows.find((r) => r.id === 'G6')?.bar).toBeNull();
    expect(t.todayColumn).toBe(0);
  });

  it('has chart data per KPI with history, forecast band and targets', () => {
    const close = report.charts.find((c) => c.title === 'Close rate');
    expect(close?.targets).toEqual(['G1', 'G2']);
    const future = close?.rows.filter((r) => r.median !== null) ?? [];
    expect(future.length).toBeGreaterThan(1);
    expect(future.every((r) => (r.low as number) <= (r.median as number) && (r.median as number) <= (r.high as number))).toBe(true);
    expect(close?.rows.some((r) => r.targets[1] === 0.5)).toBe(true);
    const accounts = report.charts.find((c) => c.aggregation === 'total');
    expect(accounts).toBeDefined();
  });

  it('recommends a fix for every goal that is not SMART or not achievable', () => {
    const ids = report.recommendations.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['G2', 'G3', 'G6', 'S']));
    const g2 = report.recommendations.find((r) => r.id === 'G2');
    expect(g2?.suggestedTarget).toBeGreaterThan(0.25);
    expect(g2?.fixes.some((f) => f.startsWith('Lower the target to'))).toBe(true);
  });
});

describe('plan layout', () => {
  const report = plan('fr');
  const layout = layoutPlanReport(report);

  it('lays out sections in order, in the user language', () => {
    expect(layout.sections.map((s) => s.key)).toEqual(['summary', 'charts', 'goals', 'tree', 'timeline', 'recommendations', 'bottomUp', 'chartData']);
    expect(layout.blocks[0].values[0][0]).toBe('Plan des objectifs SMART — 26 novembre 2026');
    expect(reportSheetName('fr', TODAY)).toBe('Plan SMART 2026-11-26');
    expect(reportSheetName('en', TODAY)).toBe('SMART plan 2026-11-26');
  });

  it('keeps every block rectangular and inside the layout', () => {
    for (const block of layout.blocks) {
      const width = block.values[0].length;
      expect(block.values.every((r) => r.length === width)).toBe(true);
      for (const grid of [block.formats, block.backgrounds, block.bold]) if (grid) expect(grid.map((r) => r.length)).toEqual(block.values.map(() => width));
      expect(block.row + block.values.length - 1).toBeLessThanOrEqual(layout.height);
    }
    // No cell is written by two blocks (the timeline's period columns sit beside its table, on the same rows).
    const cells = layout.blocks.flatMap((b) => b.values.flatMap((r, i) => r.map((_, j) => `${b.row + i}:${b.column + j}`)));
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('places one chart per KPI over reserved rows, reading data written in the sheet', () => {
    // Issue 13: the Bottom-up check's range chart comes first and takes one of the MAX_CHARTS slots.
    expect(layout.charts.filter((c) => c.kind !== 'rangeBar')).toHaveLength(report.charts.length);
    expect(layout.charts.length).toBeLessThanOrEqual(MAX_CHARTS);
    const dataRows = new Set(layout.blocks.flatMap((b) => b.values.map((_, i) => b.row + i)));
    for (const chart of layout.charts) {
      expect(dataRows.has(chart.range.row)).toBe(true);
      expect(dataRows.has(chart.anchor.row)).toBe(false);
    }
  });

  it('colours the timeline bars', () => {
    // The period columns from H: the months' initials under the years, N for November 2026 (today's column).
    const timeline = layout.blocks.find((b) => b.column === 8 && b.values[1][0] === 'N' && b.values[1][1] === 'D');
    expect(timeline?.backgrounds?.flat().filter((c) => c === '#f4c7c3').length).toBeGreaterThan(0);
  });

  it('labels periods', () => {
    expect(periodLabel('2026-11-30', 'week', 'fr', 1)).toBe('30 nov.');
    expect(periodLabel('2027-01-01', 'month', 'en', 1)).toBe('Jan 2027');
  });

  it('keeps goals outside the timeline’s columns, marked at the edge they cross (fixes35: they vanished)', () => {
    const goal = (row: number, id: string, deadline: string) => ({ row, id, statement: id, owner: null, start: null, deadline, flagged: false, verdict: 'realistic' }) as unknown as GoalCheck;
    const checks = [goal(2, 'PAST', '2024-06-30'), goal(3, 'NOW', '2027-03-31'), goal(4, 'FAR', '2099-12-31')];
    const timeline = buildTimeline(checks, checks.map((c) => ({ row: c.row, depth: 0 })), TODAY, new Map(), undefined, 1);
    // November 2026 to December 2099: more than 60 quarters, so years, cut at 60 columns (2026–2085).
    expect(timeline.period).toBe('year');
    expect(timeline.columns).toHaveLength(60);
    const byId = new Map(timeline.rows.map((r) => [r.id, r]));
    expect(byId.get('PAST')).toMatchObject({ bar: { from: 0, to: 0 }, clipped: 'before' });
    expect(byId.get('NOW')?.clipped).toBeUndefined();
    expect(byId.get('FAR')).toMatchObject({ bar: { to: timeline.columns.length - 1 }, clipped: 'after' });
    for (const lang of ['en', 'fr'] as Lang[]) {
      const layout = layoutPlanReport({ ...report, lang, timeline });
      const cells = layout.blocks.flatMap((b) => b.values.flat());
      expect(cells).toEqual(expect.arrayContaining(['◀', '▶']));
      // A note longer than the report's width runs on over the rows below it: its lines joined.
      expect(cells.filter((v) => typeof v === 'string').join(' ')).toContain(lang === 'fr' ? '2 objectifs débordent des colonnes du calendrier\u202f: ◀ échéance avant la première colonne, ▶ après la dernière.' : '2 goals lie partly outside the timeline’s columns: ◀ its deadline is before the first column, ▶ after the last.');
    }
  });

  it('switches to weekly columns for short plans', () => {
    const check = { row: 2, id: 'A', statement: 'x', owner: null, start: null, deadline: '2026-12-20', flagged: false, verdict: 'realistic' } as unknown as GoalCheck;
    const timeline = buildTimeline([check], [{ row: 2, depth: 0 }], TODAY, new Map(), undefined, 1);
    expect(timeline.period).toBe('week');
    expect(timeline.rows[0].bar).toEqual({ from: 0, to: 3 });
  });

  it('formats the required pace', () => {
    const check = { unit: 'percent', aggregation: 'level', currency: null, requiredPace: { perPeriod: 0.05, perPeriodRelative: 0.2, period: 'week' } } as unknown as GoalCheck;
    expect(paceLabel(check, 'en')).toBe('+5\u00a0pts per week');
  });
});

describe('charts of total KPIs', () => {
  it('count from the goal window’s start when it lies after the data', () => {
    const report = plan('en');
    const accounts = report.charts.find((c) => c.aggregation === 'total');
    const rows = accounts?.rows ?? [];
    const first = rows.find((r) => r.median !== null);
    expect(first?.date).toBe('2027-01-01');
    expect(first?.median).toBe(0);
    // N and S (120 by the end of 2027) share one line; two lines at most (the printed page's width).
    expect(accounts?.targets).toEqual(['N, S', 'N-Q1']);
    const end = [...rows].reverse().find((r) => r.median !== null) as (typeof rows)[number];
    expect(end.median as number).toBeGreaterThan(80);
    expect(end.median as number).toBeLessThan(160);
  });
});

describe('required pace labels', () => {
  const base = plan('en').goals.find((c) => c.requiredPace !== null && c.unit !== 'percent') as GoalCheck;

  it('keeps a small pace visible instead of rounding it to zero', () => {
    const small: GoalCheck = { ...base, unit: 'currency', currency: 'USD', aggregation: 'level', requiredPace: { perPeriod: 0.42, perPeriodRelative: 0.0003, period: 'day' } };
    expect(paceLabel(small, 'en')).toBe('+$0.42 (+0.03%) per day');
    const rate: GoalCheck = { ...base, unit: 'percent', requiredPace: { perPeriod: 0.0004, perPeriodRelative: null, period: 'day' } };
    expect(paceLabel(rate, 'fr')).toMatch(/^\+0,04\s?point /);
    const big: GoalCheck = { ...base, unit: 'count', aggregation: 'total', requiredPace: { perPeriod: 12.5, perPeriodRelative: null, period: 'month' } };
    // A total's pace is the average needed per period, not a change: no plus sign (review5: "+31.79 per week").
    expect(paceLabel(big, 'en')).toBe('12.5 per month');
    expect(paceLabel({ ...big, aggregation: 'level' }, 'en')).toBe('+12.5 per month');
  });
});

describe('recommendations for stretch goals', () => {
  it('never suggests a target more ambitious than the goal as its fix', () => {
    for (const lang of ['en', 'fr'] as const) {
      const report = plan(lang);
      for (const rec of report.recommendations) {
        const goal = report.goals.find((g) => g.row === rec.row) as GoalCheck;
        if (rec.suggestedTarget === null || goal.target === null || goal.verdict !== 'stretch') continue;
        const decreasing = goal.direction === 'decrease';
        expect(decreasing ? rec.suggestedTarget > goal.target : rec.suggestedTarget < goal.target).toBe(true);
      }
      for (const rec of report.recommendations) expect(rec.fixes.length).toBeGreaterThan(0);
    }
  });
});

describe('dates in the report', () => {
  // fixes22 S2: no more ISO in English; the spreadsheet locale's order when known (FormatContext.dateOrder), else the language's.
  it('are written day first in French and month first in English when no locale is known', () => {
    for (const [lang, format, line] of [['fr', 'dd/mm/yyyy', 'Date du rapport\u202f: 26 novembre 2026'], ['en', 'm/d/yyyy', 'Report date: 26 November 2026']] as const) {
      const layout = layoutPlanReport(plan(lang));
      const formats = layout.blocks.flatMap((b) => b.formats ?? []).flat();
      expect(formats).toContain(format);
      expect(formats).not.toContain(lang === 'fr' ? 'm/d/yyyy' : 'dd/mm/yyyy');
      expect(formats).not.toContain('yyyy-mm-dd');
      // The settings lines are one unwrapped "label: value" cell each (a label in the narrow ID column wrapped).
      const settingsLine = layout.blocks.find((b) => b.values[0]?.[0] === line);
      expect(settingsLine?.wrap).toBe(false);
    }
  });
});

describe('the run budget while building the report', () => {
  it('stops building charts when the budget runs out and lists the KPIs left, in the sheet', () => {
    const example = buildExampleWorkbook('en', TODAY);
    const model = buildWorkbookModel(example.sheets.map((s) => ({ name: s.name, values: s.rows })), { lang: 'en', catalog: KPI_CATALOG });
    const check = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS });
    let calls = 0;
    const report = buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang: 'en', shouldContinue: () => ++calls <= 2 });
    expect(report.charts).toHaveLength(2);
    expect(report.chartsLeftOut.budget).toHaveLength(3);
    expect(report.chartsLeftOut.cap).toEqual([]);
    const layout = layoutPlanReport(report);
    const text = layout.blocks.flatMap((b) => b.values.flat()).map(String);
    expect(text.find((v) => v.startsWith('Charts not drawn, the run was about to reach the Apps Script time limit (3): '))).toBeDefined();
    expect(layout.charts.filter((c) => c.kind !== 'rangeBar')).toHaveLength(2);
    // Every goal is still in the tables.
    expect(text.filter((v) => report.goals.some((g) => g.id === v)).length).toBeGreaterThanOrEqual(report.goals.length);
  });
});

describe('number formats', () => {
  it('currency formats follow the language; the locale names the currency', () => {
    expect(currencyFormat('USD', 'en')).toBe('"$"#,##0');
    expect(currencyFormat('EUR', 'fr')).toBe('#,##0"\u00a0€"');
    expect(currencyFormat('CHF', 'en', 2)).toBe('#,##0.00"\u00a0CHF"');
    expect(currencyOfLocale('en_US')).toBe('USD');
    expect(currencyOfLocale('fr_FR')).toBe('EUR');
    expect(currencyOfLocale('de_CH')).toBe('CHF');
    expect(currencyOfLocale('fr')).toBeNull();
  });

  it('a KPI column keeps its own numeric format; dates and the automatic format do not count', () => {
    expect(isValueFormat('"$"#,##0.00')).toBe(true);
    expect(isValueFormat('0.0%')).toBe(true);
    expect(isValueFormat('yyyy-mm-dd')).toBe(false);
    expect(isValueFormat('0.###############')).toBe(false);
    const values = [['Week', 'Revenue'], ['2026-01-05', 1200], ['2026-01-12', 1300], ['2026-01-19', 'n/a']];
    const formats = [['', ''], ['yyyy-mm-dd', '[$€]#,##0'], ['yyyy-mm-dd', '[$€]#,##0'], ['', '0.00']];
    expect(columnNumberFormat(values, formats, 1)).toBe('[$€]#,##0');
    expect(columnNumberFormat(values, formats, 0)).toBeNull();
  });

  it('rounds to three significant digits of the largest value', () => {
    expect(sensibleDecimals(175692.672138, 'currency')).toBe(0);
    expect(sensibleDecimals(12.345, 'count')).toBe(1);
    expect(sensibleDecimals(0.4, 'count')).toBe(3);
    expect(sensibleDecimals(0.25, 'percent')).toBe(4);
  });
});
