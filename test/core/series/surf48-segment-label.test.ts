/**
 * surf48 (issue 11 b): whole numbers under a header naming one segment, differing between rows of one date, are the row's
 * label (`segmentLabel`), for the formulas' history (`valueColumn`) and Check goals' tab reader alike; a header naming an
 * amount of the segment or a count of them ("Stores": mend43c's stock), values with decimals, or one row a date stay a value.
 */
import { segmentLabel, valueColumn } from '../../../src/core/series/clean';

/** A log by store: three dates, three stores each, their sales beside (mend48c: a label labels another column's values). */
const LOG = [1, 2, 3].flatMap((day) => [101, 102, 103].map((store, k) => [`2026-07-0${day}`, store, 200 + 10 * day + k]));
/** The log's headers, the store column's named `header`. */
const heads = (header: string): string[] => ['Date', header, 'Sales'];

describe('segmentLabel', () => {
  it.each(['Store', 'store_id', 'Store number', 'Magasin', 'Code région', 'Region', 'Country', 'Territory', 'Campaign ID', 'Pays'])('“%s” over store numbers by date is a label', (header) => {
    expect(segmentLabel(heads(header), LOG, 1, 'en')).toBe(true);
  });

  it.each(['Store sales', 'Storage', 'Sales', 'Ventes magasin', 'Stores', 'Magasins', 'Regions'])('near miss: “%s” names a value or a count', (header) => {
    expect(segmentLabel(heads(header), LOG, 1, 'en')).toBe(false);
  });

  it('near miss: a store column with decimals is a value', () => {
    expect(segmentLabel(heads('Store'), [...LOG, ['2026-07-03', 101.5, 200]], 1, 'en')).toBe(false);
  });

  it('near miss: one row a date has no segments to tell apart', () => {
    expect(segmentLabel(heads('Store'), [['2026-07-01', 101, 200], ['2026-07-02', 102, 210], ['2026-07-03', 103, 220]], 1, 'en')).toBe(false);
  });

  it('valueColumn skips the store numbers for the sales beside them', () => {
    expect(valueColumn([['Date', 'Store', 'Sales'], ['2026-07-01', 101, 200], ['2026-07-01', 102, 230], ['2026-07-02', 101, 210]], 'en')).toBe(2);
  });
});
