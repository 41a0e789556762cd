/**
 * mend64h in core rows (`detectKpiSeries`), EN and FR: hdr64's review (findings 1–6) — a quantity held a level; a failure's risk or
 * pending failures no events summed, a failure in percent a level; revenue cumulated since January beside GA4's ordinal a level
 * (ruling H4); a net growth with no TikTok column no sign-ups; money naming no movement beside a debit and a credit a level; a
 * budget's situation another plan word names a plan. The same classes go through the built bundle in
 * test/gas/workbook/mend64h-headers.test.ts.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue } from '../../../src/core/workbook/types';

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];
const HELD = [1000, 1040, 1100, 1130, 1180, 1260, 1300, 1350, 1420, 1500];
const MONEY = [1708.92, 1712.56, 4656.99, 3485.94, 1413.96, 850.91, 2210.4, 1990, 3050.25, 1200];
const RATE = [0.012, 0.011, 0.013, 0.012, 0.014, 0.011, 0.012, 0.013, 0.012, 0.011];
type Column = readonly [header: string, cells: readonly unknown[], format?: string];

/** The series read under `header` on a monthly tab of these columns (formats per column, none by default). */
function read(lang: 'en' | 'fr', columns: readonly Column[], header: string) {
  const values = [['Date', ...columns.map(([h]) => h)], ...MONTHS.map((d, i) => [d, ...columns.map(([, c]) => c[i])])] as CellValue[][];
  const formats = values.map((row, r) => row.map((_, c) => (r === 0 || c === 0 ? '' : (columns[c - 1][2] ?? ''))));
  const series = detectKpiSeries({ name: 'Data', values, formats }, lang, KPI_CATALOG, undefined, '2026-11-26').find((s) => s.column === columns.findIndex(([h]) => h === header) + 1);
  // As the wizard lists it (gas/sidebar/series.ts `summarize`): an aggregation left open is the catalog KPI's or a level.
  const definition = KPI_CATALOG.find((k) => k.id === series?.catalogId);
  return series && { catalogId: series.catalogId, unit: series.unit, aggregation: series.aggregation ?? definition?.aggregation ?? 'level' };
}

describe.each([
  ['en', ['Qty remaining', 'Backorder qty', 'Closing qty', 'Quantity held', 'Bankruptcy risk', 'Pending bankruptcies'], ['Qty sold', 'Bankruptcies']],
  ['fr', ['Quantité restante', 'Qté restante', 'Quantité stockée', 'Quantité en inventaire', 'Reste à livrer (qté)', 'Risque de défaillance', 'Faillites en cours'], ['Quantité fabriquée', 'Défaillances']],
] as const)('mend64h core rows: held quantities and failures (%s)', (lang, held, moved) => {
  it.each(held.map((h) => [h]))('changed: %s is a level', (header) => {
    expect(read(lang, [[header, HELD]], header)?.aggregation).toBe('level');
  });
  it.each(moved.map((h) => [h]))('near miss: %s stays summed', (header) => {
    expect(read(lang, [[header, HELD]], header)?.aggregation).toBe('total');
  });
});

describe('mend64h core rows: the other findings', () => {
  it.each([
    ['fr', 'Défaillance client'],
    ['en', 'Bankruptcy probability'],
  ] as const)('changed (%s): %s in percent is a level', (lang, header) => {
    expect(read(lang, [[header, RATE, '0.0%']], header)).toEqual(expect.objectContaining({ unit: 'percent', aggregation: 'level' }));
  });
  it.each([
    ['fr', 'Nième jour', 'Revenu cumulé', 'level'],
    ['en', 'Nth week', 'Revenue YTD', 'level'],
    ['en', 'Nth day', 'Total revenue', 'total'],
  ] as const)('GA4 (%s): %s beside, %s is a %s', (lang, ordinal, header, aggregation) => {
    expect(read(lang, [[ordinal, MONTHS.map((_, i) => String(i + 1))], [header, HELD]], header)).toEqual(expect.objectContaining({ catalogId: 'revenue', aggregation }));
  });
  it('changed: a net growth beside a revenue and followers held is no sign-ups', () => {
    expect(read('en', [['Revenue', MONEY], ['Net growth', [2, 3, 1, 4, 2, 3, 5, 2, 1, 3]], ['Followers', HELD]], 'Net growth')?.catalogId).not.toBe('signups');
  });
  it('near miss: a net growth beside TikTok\'s new and lost followers stays sign-ups', () => {
    const columns: Column[] = [['Net growth', [10, 100, 26, -2, 14, 8, 30, 12, 5, 9]], ['New followers', [10, 100, 26, 1, 14, 8, 30, 12, 5, 9]], ['Lost followers', [0, 0, 0, 3, 0, 0, 0, 0, 0, 0]]];
    expect(read('en', columns, 'Net growth')?.catalogId).toBe('signups');
  });
  it.each([
    ['fr', 'Débit', 'Crédit', '#,##0 €', 'Reste dû', 'level'],
    ['fr', 'Débit', 'Crédit', '#,##0 €', 'Compte courant', 'level'],
    ['en', 'Debit', 'Credit', '$#,##0', 'Cash position', 'level'],
    ['en', 'Debit', 'Credit', '$#,##0', 'Net worth', 'level'],
    ['fr', 'Debit', 'Credit', '#,##0 €', 'montant_final', 'total'],
  ] as const)('ledger (%s): beside %s and %s (%s), %s is a %s', (lang, debit, credit, format, header, aggregation) => {
    expect(read(lang, [[debit, MONEY, format], [credit, MONEY, format], [header, HELD.map((v) => v * 10), format]], header)?.aggregation).toBe(aggregation);
  });
  it.each([
    ['fr', "Situation mensuelle du budget de l'État - Dépenses", true],
    ['fr', 'Situation du budget cible', false],
    ['fr', 'Situation prévisionnelle du budget', false],
    ['en', 'Budget execution', true],
    ['en', 'Budget execution plan', false],
    ['en', 'Budget outturn forecast', false],
  ] as const)('budget (%s): %s read as history: %s', (lang, header, history) => {
    expect(read(lang, [[header, HELD]], header) !== undefined).toBe(history);
  });
});
