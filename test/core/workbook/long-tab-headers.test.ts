/**
 * A long KPI tab's header reading must not depend on how many numbers the other columns hold: mend55h's staff-line check
 * spread every other column's numbers into Math.max, which overflows the call stack past ~100,000 of them — a daily P&L
 * tab of 5 numeric columns × 60,000 rows threw "Maximum call stack size exceeded" out of the header reader (the wizard's
 * context and Check goals) — and computed it for every column. The largest neighbour is now a loop, asked for only on a
 * "Staff"/« Personnel » line beside revenues and charges.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue } from '../../../src/core/workbook/types';

const ROWS = 60_000;
const LAST_DAY = Date.UTC(2026, 10, 30);

/** A daily P&L tab, newest first: revenue in the tens of thousands, three charges, and a staff line. */
function plTab(staff: (row: number) => number): CellValue[][] {
  const rows: CellValue[][] = [['Date', 'Revenue', 'Expenses', 'Marketing', 'Rent', 'Staff']];
  for (let r = 0; r < ROWS; r++) {
    const day = new Date(LAST_DAY - r * 86_400_000).toISOString().slice(0, 10);
    rows.push([day, 40_000 + (r % 97), 30_000 + (r % 89), 5_000 + (r % 7), 8_000, staff(r)]);
  }
  return rows;
}

const staffOf = (rows: CellValue[][]) => detectKpiSeries({ name: 'P&L', values: rows }, 'en', KPI_CATALOG, undefined, '2026-12-01').find((s) => s.name === 'Staff');

describe('a long tab: 5 numeric columns × 60,000 rows', () => {
  it('reads a staff line on the revenue’s scale as costs, summed, without overflowing the stack', () => {
    expect(staffOf(plTab((r) => 12_000 + (r % 50)))).toEqual(expect.objectContaining({ catalogId: 'costs', aggregation: 'total' }));
  });

  it('reads a headcount far below the revenue’s scale as no cost', () => {
    expect(staffOf(plTab((r) => 120 + (r % 5)))?.catalogId ?? null).not.toBe('costs');
  });
});
