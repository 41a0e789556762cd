/**
 * fixes44, item 3: one baseline rule for a goal that states none, the TOTAL WITH A CADENCE case named in
 * core/achievability/baseline.ts (`defaultBaseline(points, 'total', cadence)`: the latest full period's total when the
 * goal is read in whole periods). SMARTSCORE (`statementQuestion`) kept its own `latest` — the latest row even instead of
 * a stated "from 20 %" — while Check goals started from the
 * rule. Each surface now asks the rule: SMARTSCORE, Check goals (its per-period change and the report's row, which shows
 * the start), and the wizard (a summed KPI has no pre-fill: no cadence is chosen there).
 */
import { defaultBaseline, perPeriodReading, statementQuestion } from '../../../src/core/achievability';
import { KPI_CATALOG, kpiById } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { analyzeStatement } from '../../../src/core/statement';
import type { KpiPoint } from '../../../src/core/types';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { CellValue } from '../../../src/core/workbook/types';

const TODAY = '2026-11-26';
/** Monthly leads, December 2024 – November 2026 (the last month, in progress, is left out of whole-period readings). */
const MONTHLY = [41, 38, 44, 40, 37, 42, 39, 43, 40, 38, 41, 36, 39, 42, 40, 37, 38, 41, 39, 36, 38, 40, 37, 35];
const ROWS: CellValue[][] = [['Month', 'Leads'], ...MONTHLY.map((v, i): CellValue[] => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, v])];
const POINTS: KpiPoint[] = ROWS.slice(1).map((r) => ({ date: String(r[0]), value: Number(r[1]) }));
const LEADS = kpiById('leads')!;

function checked(sentences: readonly string[]) {
  const model = buildWorkbookModel(
    [
      { name: 'Goals', values: [['Goal ID', 'Goal', 'KPI'], ...sentences.map((s, i) => [`G${i + 1}`, s, 'Leads'])] },
      { name: 'Leads', values: ROWS },
    ],
    { lang: 'en', catalog: KPI_CATALOG },
  );
  return checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS });
}

describe('a total with a cadence starts at its latest full period, on every surface', () => {
  const sentence = 'Increase leads by 5 per month by June 2027';
  const analysis = analyzeStatement(sentence, { asOf: TODAY, lang: 'en' });
  const reading = perPeriodReading(POINTS, 'month', analysis.deadline!, analysis, TODAY, 1)!;
  // The rule: October 2026's 37 (November, in progress, is no full month).
  const base = defaultBaseline(reading.totals, 'total', 'month');

  it('the rule names the case: a total has no start, a total read per period its latest period, a level its latest value', () => {
    expect(base).toBe(37);
    expect(defaultBaseline(POINTS, 'total')).toBeNull();
    expect(defaultBaseline(POINTS, 'level')).toBe(35);
  });

  it('SMARTSCORE, Check goals and the report start there and judge the same target', () => {
    const question = statementQuestion(analysis, POINTS, TODAY, LEADS, 1)!;
    const result = checked([sentence]);
    const merged = result.merged[0];
    expect(merged.periodChange?.base.value).toBe(base);
    expect(question.target).toBe(merged.target);
    expect(question.target).toBe(37 + 5 * 8);
    // The report's goal row (its Baseline column) shows that start.
    expect(result.checks[0].baseline).toBe(base);
  });

  it('a stated baseline wins on every surface: "from 20 %" is where the goal starts, not the latest row', () => {
    const stated = analyzeStatement('Increase the close rate by 5 points from 20% by June 2027', { asOf: TODAY, lang: 'en' });
    const rates: KpiPoint[] = POINTS.map((p) => ({ date: p.date, value: p.value / 160 }));
    const question = statementQuestion(stated, rates, TODAY, kpiById('close_rate'), 1)!;
    // It was the latest rate (0.219) + 5 points; Check goals reads 20 % + 5 points.
    expect(question.target).toBeCloseTo(0.25, 12);
  });
});
