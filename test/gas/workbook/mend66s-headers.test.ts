/**
 * mend66s through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: small66's review finding 12 — « Rabais
 * accordés », « Rabais consentis » in money (no unit in the header) are a discount granted, money summed, as « Remises
 * accordées » was: the participle after a masculine « rabais » ends in « -és » / « -is », not the feminine « -ées » the rule
 * allowed, so the plural read the discounts counted (count, total). The changed cases fail on bab05747's bundle; the near
 * misses pass on both: « Remises accordées » in money, « Nombre de rabais » a count, "Discounts granted" in money.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, datedTab, DATES, harness, ids, MONEY, SMALL, type HeaderCase } from './harness';

const AMOUNTS = MONEY.map((v) => Math.round(v * 10) / 100);
const LINES = (discount: string, values: number[]): unknown[][] =>
  datedTab(DATES, [['Numéro de commande', ids('CA-')], ['Numéro de client', ids('C')], ['Quantité', SMALL], [discount, values], ['Prix Unitaire', MONEY]]);

const CHANGED: readonly HeaderCase[] = [
  ['Lignes 1', LINES('Rabais accordés', AMOUNTS), 'Rabais accordés', { unit: 'currency', aggregation: 'total' }],
  ['Lignes 2', LINES('Rabais consentis', AMOUNTS), 'Rabais consentis', { unit: 'currency', aggregation: 'total' }],
];
const NEAR: readonly HeaderCase[] = [
  ['Lignes 3', LINES('Remises accordées', AMOUNTS), 'Remises accordées', { unit: 'currency', aggregation: 'total' }],
  ['Lignes 4', datedTab(DATES, [['Nombre de rabais', SMALL]]), 'Nombre de rabais', { unit: 'count', aggregation: 'total' }],
  ['Lines 5', datedTab(DATES, [['Order ID', ids('CA-')], ['Quantity', SMALL], ['Discounts granted', AMOUNTS], ['Unit Price', MONEY]]), 'Discounts granted', { unit: 'currency', aggregation: 'total' }],
];

describe.each(['en_US', 'fr_FR'] as const)('mend66s headers (%s)', (locale) => {
  const h = harness({ spreadsheetLocale: locale });
  for (const [name, rows] of [...CHANGED, ...NEAR]) addSheet(h.emulator, name, rows);
  const context = h.run<SidebarContext>('sidebarGetContext');
  it.each([...CHANGED.map((c) => ['changed', c[2], c] as const), ...NEAR.map((c) => ['near miss', c[2], c] as const)])('%s: %s', (_kind, _header, [sheet, , header, expected]) => {
    const read = context.series.find((x) => x.sheetName === sheet && x.name === header);
    expect(read).toBeDefined();
    expect(read).toEqual(expect.objectContaining(expected));
  });
});
