/**
 * mend48c (surf48's `segmentLabel` narrowed): a column is a row's label only beside another column of numbers it labels,
 * and only when it looks like ids — an id mark, or a small set of codes repeated across dates in a tab no text column
 * labels already. Whole-number values under a place word ("Warehouse | Store" stock, in-store sales beside a rep, counts
 * of sites beside a region) stay values: before this mend the wizard offered none of them and Check goals said "No KPI tab
 * found".
 */
import { segmentLabel, valueColumn } from '../../../src/core/series/clean';

const DAYS = Array.from({ length: 20 }, (_, d) => new Date(Date.UTC(2026, 6, 1 + d)).toISOString().slice(0, 10));

/** Three rows a date, each row's cells from `cells(day, k)`. */
function log(cells: (day: number, k: number) => unknown[]): unknown[][] {
  return DAYS.flatMap((date, day) => [0, 1, 2].map((k) => [date, ...cells(day, k)]));
}

/** Units that vary freely: whole numbers, a different one nearly every row. */
const units = (day: number, k: number, base: number): number => base + ((day * 37 + k * 11) % 97);

describe('segmentLabel, narrowed (mend48c)', () => {
  it('“Warehouse | Store” stock by SKU: neither is a label (the tab’s only numeric columns)', () => {
    const rows = log((day, k) => [`SKU-${k}`, units(day, k, 250), units(day, k, 40)]);
    expect(segmentLabel(['Date', 'SKU', 'Warehouse', 'Store'], rows, 2, 'en')).toBe(false);
    expect(segmentLabel(['Date', 'SKU', 'Warehouse', 'Store'], rows, 3, 'en')).toBe(false);
    expect(segmentLabel(['Date', 'Produit', 'Entrepôt', 'Magasin'], rows, 2, 'fr')).toBe(false);
    expect(segmentLabel(['Date', 'Produit', 'Entrepôt', 'Magasin'], rows, 3, 'fr')).toBe(false);
  });

  it('“Date | Rep | Online | Store”: in-store sales beside a rep stay a value', () => {
    const rows = log((day, k) => [`Rep ${k}`, units(day, k, 300), units(day, k, 500)]);
    expect(segmentLabel(['Date', 'Rep', 'Online', 'Store'], rows, 3, 'en')).toBe(false);
    expect(segmentLabel(['Date', 'Vendeur', 'Boutique', 'Web'], rows, 2, 'fr')).toBe(false);
  });

  it('“Date | Region | Site | Revenue”: a count of sites, constant by region, stays a value (the region labels the row)', () => {
    const rows = log((day, k) => [['North', 'South', 'West'][k], [12, 8, 15][k], units(day, k, 1000)]);
    expect(segmentLabel(['Date', 'Region', 'Site', 'Revenue'], rows, 2, 'en')).toBe(false);
    expect(valueColumn([['Date', 'Region', 'Site', 'Revenue'], ...rows], 'en')).toBe(2);
  });

  it('store numbers 101–103 beside the sales are still a label; so is “Store ID” even beside a text name', () => {
    const rows = log((day, k) => [101 + k, units(day, k, 200)]);
    expect(segmentLabel(['Date', 'Store', 'Sales'], rows, 1, 'en')).toBe(true);
    expect(valueColumn([['Date', 'Store', 'Sales'], ...rows], 'en')).toBe(2);
    const named = log((day, k) => [`Shop ${k}`, 101 + k, units(day, k, 200)]);
    expect(segmentLabel(['Date', 'Name', 'Store ID', 'Sales'], named, 2, 'en')).toBe(true);
    expect(segmentLabel(['Date', 'Nom', 'N° magasin', 'Ventes'], named, 2, 'fr')).toBe(true);
  });

  it('a campaign twice on some days is still a label (codes no more than the rows of one date)', () => {
    const rows = [...log((day, k) => [501 + k, units(day, k, 30)]), [DAYS[0], 502, 9]];
    expect(segmentLabel(['Date', 'Campaign', 'Customers'], rows, 1, 'en')).toBe(true);
  });

  it('near miss: store numbers alone (no value column beside) are the tab’s value', () => {
    const rows = log((_day, k) => [101 + k]);
    expect(segmentLabel(['Date', 'Store'], rows, 1, 'en')).toBe(false);
  });

  it('near miss: the store numbers beside another segment’s numbers only are no label', () => {
    const rows = log((day, k) => [101 + k, units(day, k, 5)]);
    expect(segmentLabel(['Date', 'Store', 'Region'], rows, 1, 'en')).toBe(false);
  });
});
