/** review9 W5: Check goals' date cells (cellDate) read every date text the formulas' history reader (parseDateCell) reads. */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { parseDateCell } from '../../../src/core/series/clean';
import { cellDate } from '../../../src/core/workbook/cells';
import { buildWorkbookModel } from '../../../src/core/workbook/model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('one reading of a date cell', () => {
  it.each([['Jan-25'], ['Dec-26'], ['2026-03'], ['2026-03-31'], ['3/4/2026'], ['2026/03/31']])('%s: cellDate reads what parseDateCell reads', (text) => {
    expect(parseDateCell(text, 'en', undefined, 'mdy')).not.toBeNull();
    expect(cellDate(text, 'en', { order: 'mdy' })).toBe(parseDateCell(text, 'en', undefined, 'mdy'));
  });

  it('a KPI tab dated Jan-25 … or a mix of Jan-25, ISO and 1/1/2025 is a KPI tab', () => {
    const text = (i: number) => `${MONTHS[i % 12]}-${i < 12 ? 25 : 26}`;
    const iso = (i: number) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
    const us = (i: number) => `${(i % 12) + 1}/1/${2025 + Math.floor(i / 12)}`;
    for (const date of [text, (i: number) => [text, iso, us][i % 3](i)]) {
      const values: Array<Array<string | number>> = [['Month', 'Revenue']];
      for (let i = 0; i < 23; i++) values.push([date(i), 100_000 + i * 3000]);
      const series = buildWorkbookModel([{ name: 'Revenue', values }], { lang: 'en', catalog: KPI_CATALOG, dateOrder: 'mdy' }).series;
      expect(series.map((s) => [s.name, s.points.length, s.points[0].date, s.points[22].date])).toEqual([['Revenue', 23, '2025-01-01', '2026-11-01']]);
    }
  });
});
