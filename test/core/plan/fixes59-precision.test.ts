/**
 * fixes59: Check goals' Probability column held the unrounded chance (0.9999192…) and the report's baselines and
 * targets their raw digits (a 3.5574 % target beside a 30 % one, a quarter's share of an amount in cents). One rule
 * per unit, from core (`cell-number.ts`): a chance to a tenth of a percent, a rate to its three significant digits,
 * amounts and counts in whole units.
 */
import { chanceForCell, goalValueForCell } from '../../../src/core/achievability/cell-number';
import { buildPlanReport, layoutPlanReport, reportGrid } from '../../../src/core/plan';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { outputValues } from '../../../src/core/workbook/output';
import type { Lang } from '../../../src/core/types';
import type { GoalCheck } from '../../../src/core/workbook/types';

const TODAY = '2026-11-26';

/** Digits after the decimal point of a number as JavaScript writes it. */
function decimals(value: number): number {
  const text = String(value);
  if (text.includes('e-')) return Number(text.split('e-')[1]) + (text.split('e-')[0].split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

function example(lang: Lang) {
  const model = buildWorkbookModel(buildExampleWorkbook(lang, TODAY).sheets.map((s) => ({ name: s.name, values: s.rows })), { lang, catalog: KPI_CATALOG });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
  return { check, report: buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang }) };
}

describe('one precision rule per unit (fixes59)', () => {
  it('goalValueForCell: rates to three significant digits in points, counts whole, amounts to the cent (surf51), others to the hundredth', () => {
    expect(goalValueForCell(0.035574, 'percent')).toBe(0.0356);
    expect(goalValueForCell(0.3, 'percent')).toBe(0.3);
    expect(goalValueForCell(0.30812, 'percent')).toBe(0.308);
    expect(goalValueForCell(0.0294, 'percent')).toBe(0.0294);
    expect(goalValueForCell(46937.5, 'currency')).toBe(46937.5);
    expect(goalValueForCell(12.4, 'count')).toBe(12);
    expect(goalValueForCell(4.567, 'days')).toBe(4.57);
    expect(goalValueForCell(Number.NaN, 'count')).toBeNaN();
    expect(chanceForCell(0.9999192079)).toBe(0.999);
  });

  it('Check goals writes the Probability and Bottom-up columns to a tenth of a percent', () => {
    const values = outputValues({ probability: 0.9999192079, bottomUp: { probability: 0.123456, biggestGap: '' }, notes: [], criteria: { specific: { status: 'met' }, measurable: { status: 'met' }, achievable: { status: 'met' }, relevant: { status: 'met' }, timeBound: { status: 'met' } }, verdict: 'on-track', flagged: false } as unknown as GoalCheck, 'en');
    expect(values.probability).toBe(0.999);
    expect(values.bottomUp).toBe(0.123);
    const { check } = example('en');
    for (const c of check.checks) {
      const written = outputValues(c, 'en').probability;
      if (typeof written === 'number' && written > 0 && written < 1) expect(decimals(written)).toBeLessThanOrEqual(3);
    }
  });

  it.each(['en', 'fr'] as const)('the example report (%s) writes every goal value at its unit’s precision', (lang) => {
    const { report } = example(lang);
    const grid = reportGrid(layoutPlanReport(report));
    const cells = grid.values.flat();
    // Every goal's target, baseline and suggested target as its unit's rule writes it.
    for (const c of report.goals) for (const value of [c.target, c.baseline, c.suggestedTarget]) if (value !== null) expect(cells).toContain(goalValueForCell(value, c.unit));
    // The conversion goal's target (+21 % on 2.94 %, 3.5574 %) is written 3.56 %; the chances to a tenth of a percent.
    const conversion = report.goals.find((c) => c.id === 'G4')!;
    expect(conversion.target).not.toBe(goalValueForCell(conversion.target!, 'percent'));
    expect(cells).not.toContain(conversion.target);
    expect(cells).toContain(0.0356);
    for (const c of report.goals) if (c.probability !== null && c.probability > 0 && c.probability < 1) expect(cells).toContain(chanceForCell(c.probability));
    for (const split of report.splits) for (const q of split.quarters) if (q.target !== null) expect(cells).toContain(goalValueForCell(q.target, report.goals.find((c) => c.row === split.row)!.unit));
  });
});
