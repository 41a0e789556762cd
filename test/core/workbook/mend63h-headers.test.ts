/**
 * mend63h in core rows (`detectKpiSeries`), EN and FR: hdr63's review (findings 1–7) — one row a deal, deals won or lost and an
 * order's stage no pipeline's level; a tax stating its rate beside its amounts money; a target column once its acronym is split
 * a plan; a support desk's tickets and an average ticket no sales counted; a tax that follows the price its amount; GA4's
 * engagement rate a rate; a purchase order's value and an order total counted no sale. The same cases go through the built
 * bundle in test/gas/workbook/mend63h-headers.test.ts.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue } from '../../../src/core/workbook/types';
import { CASES, MONTHS, PLAN_HEADERS, tab, type Case } from './mend63h-cases';

/** The column a listed name stands for: its header, or, a tab listed by its name alone, its generic value's column. */
function columnOf(rows: unknown[][], listed: string): number {
  const header = rows[0] as string[];
  const direct = header.indexOf(listed);
  return direct >= 0 ? direct : header.findIndex((cell) => /^(value|valeur)$/i.test(cell));
}

describe.each(['en_US', 'fr_FR'] as const)('mend63h core rows (%s)', (locale) => {
  const lang = locale === 'fr_FR' ? 'fr' : 'en';
  const detect = (sheet: string, rows: unknown[][]) => detectKpiSeries({ name: sheet, values: rows as CellValue[][] }, lang, KPI_CATALOG, undefined, '2026-11-26');
  const read = ([sheet, rows, listed]: Case) => {
    const column = columnOf(rows, listed);
    const series = detect(sheet, rows).find((s) => s.column === column);
    expect(series).toBeDefined();
    // As the wizard lists it (gas/sidebar/series.ts `summarize`): an aggregation left open is the catalog KPI's or a level; a
    // unit left open is guessed from the numbers — plain numbers here, a count.
    const definition = KPI_CATALOG.find((k) => k.id === series!.catalogId);
    return { kpiId: series!.catalogId, unit: series!.unit ?? definition?.unit ?? 'count', aggregation: series!.aggregation ?? definition?.aggregation ?? 'level' };
  };
  const { changed, near } = CASES[locale];
  it.each(changed.map((c) => [`${c[0]}!${c[2]}`, c] as const))('changed: %s', (_name, c) => {
    expect(read(c)).toEqual(expect.objectContaining(c[3]));
  });
  it.each(near.map((c) => [`${c[0]}!${c[2]}`, c] as const))('near miss: %s', (_name, c) => {
    expect(read(c)).toEqual(expect.objectContaining(c[3]));
  });
  // Finding 3: a target column is a plan once its acronym is split, as "Revenue target" is: no history listed.
  it.each(PLAN_HEADERS[locale].map((h) => [h]))('changed: %s is a plan, no history', (header) => {
    const series = detect('Data', tab(MONTHS, [[header, [42000, 43500, 41000, 45500, 47000, 44000, 48500, 46000, 49500, 47500]]]));
    expect(series.find((s) => s.column === 1)).toBeUndefined();
  });
});
