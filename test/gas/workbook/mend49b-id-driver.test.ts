/**
 * A column whose header says it holds ids ("Store ID", « N° magasin ») is the row's label whatever its values (mend49b,
 * issue 11 b's mend): one store's "Store ID" 101 on every row differed on no date, so surf49's label rule let BOTTOMUP
 * multiply it in as a driver — visitors × conversion × basket × 101. Through the built bundle on the emulator.
 */
import { harness, TODAY } from './harness';

/** 30 weeks of one store's funnel up to TODAY: ~1,000 visitors, 2–3 % converted, a ~$50 basket. */
function funnel(idHeader: string | null, id: number): unknown[][] {
  const rows: unknown[][] = [['Date', ...(idHeader ? [idHeader] : []), 'Visitors', 'Conversion rate', 'Basket']];
  const end = Date.parse(`${TODAY}T00:00:00Z`);
  for (let w = 30; w >= 1; w--) {
    const date = new Date(end - w * 7 * 86_400_000).toISOString().slice(0, 10);
    rows.push([date, ...(idHeader ? [id] : []), 950 + ((w * 37) % 100), 0.02 + ((w * 3) % 10) / 1000, 48 + (w % 5)]);
  }
  return rows;
}

const DEADLINE = '2027-06-30';

describe('BOTTOMUP over a funnel with one store’s id column', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const bottomUp = (table: unknown[][], target: number): number => h.run<number>('BOTTOMUP', target, DEADLINE, table, TODAY);

  it.each(['Store ID', 'Store id', 'N° magasin'])('“%s” 101 on every row is a label, not a driver: the funnel’s own chance', (header) => {
    // The funnel alone cannot reach 10 million by the deadline; ×101 it did (1 before, 0 without the column).
    const alone = bottomUp(funnel(null, 0), 10_000_000);
    expect(alone).toBeLessThan(0.01);
    expect(bottomUp(funnel(header, 101), 10_000_000)).toBeCloseTo(alone, 3);
    expect(bottomUp(funnel(header, 101), 1_000_000)).toBeCloseTo(bottomUp(funnel(null, 0), 1_000_000), 3);
  });

  it('near miss (passes before too): “Stores”, a count of 2 on every row, is still a driver (two stores sell twice)', () => {
    expect(bottomUp(funnel('Stores', 2), 2_000_000)).toBeGreaterThan(bottomUp(funnel(null, 0), 2_000_000) + 0.2);
  });
});
