/**
 * lastread63: a tax column's rate test (hdr63/mend63h `fewRates`) spread every dated row into one `Math.max(...)` call;
 * past about 125,000 rows that throws "Maximum call stack size exceeded", so Check goals and the wizard's KPI list failed
 * on the whole workbook ("Something went wrong (RangeError)"), not on that column. A tab of 200,000 rows must read as a
 * tab of 1,000 does (the rows' count is the user's, so every loop is bounded by it, never by the stack).
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue } from '../../../src/core/workbook/types';

function taxTab(rows: number, taxHeader: string): CellValue[][] {
  const values: CellValue[][] = [['Date', 'Quantite', 'prix_ht', taxHeader]];
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < rows; i++) {
    values.push([new Date(start + (i % 1500) * 86_400_000).toISOString().slice(0, 10), 1 + (i % 7), 10 + (i % 50), [5.5, 20, 10][i % 3]]);
  }
  return values;
}

function reading(rows: number, taxHeader: string): string[] {
  return detectKpiSeries({ name: 'Ventes', values: taxTab(rows, taxHeader) }, 'fr', KPI_CATALOG, undefined, '2026-12-01').map(
    (series) => `${series.name}: ${series.catalogId ?? 'none'} / ${series.aggregation ?? 'none'} / ${series.unit ?? 'none'}`,
  );
}

describe('lastread63: a tax column on a tab of 200,000 rows', () => {
  it.each(['TVA', 'TPS (5 %)'])('%s reads as on a tab of 1,000 rows (a rate, no RangeError)', (taxHeader) => {
    const small = reading(1_000, taxHeader);
    expect(small).toContainEqual(expect.stringMatching(new RegExp(`^${taxHeader.replace(/[()]/g, '\\$&')}: .* / percent$`)));
    expect(reading(200_000, taxHeader)).toEqual(small);
  });
});
