/**
 * mend62h in core rows (`detectKpiSeries`), EN and FR: hdr62's review (findings 1–6) — a bare total beside a numeric series
 * of expenses, beside a seller or an invoice, no costs; an inventory's value a level; payouts counted or waited for no money;
 * a customer's spend no costs; exchange rates and a two-currency price list levels, a value on a tab of rates or beside a rate
 * no money; « Tps moyen » no tax. The same cases go through the built bundle in test/gas/workbook/mend62h-headers.test.ts.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue } from '../../../src/core/workbook/types';
import { CASES, type Case } from './mend62h-cases';

/** The column a listed name stands for: its header, or a generic header's words in brackets (« Stock (Valeur) »). */
function columnOf(rows: unknown[][], listed: string): number {
  const header = rows[0] as string[];
  const direct = header.indexOf(listed);
  if (direct >= 0) return direct;
  const inBrackets = /\(([^)]+)\)$/.exec(listed)?.[1];
  // A tab listed by its name alone ("FX", « Change », "Pipedrive") is its generic value's column.
  return header.indexOf(inBrackets ?? header.find((cell) => /^(value|valeur)$/i.test(cell)) ?? '');
}

describe.each(['en_US', 'fr_FR'] as const)('mend62h core rows (%s)', (locale) => {
  const lang = locale === 'fr_FR' ? 'fr' : 'en';
  const read = ([sheet, rows, listed]: Case) => {
    const column = columnOf(rows, listed);
    const series = detectKpiSeries({ name: sheet, values: rows as CellValue[][] }, lang, KPI_CATALOG, undefined, '2026-11-26').find((s) => s.column === column);
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
});
