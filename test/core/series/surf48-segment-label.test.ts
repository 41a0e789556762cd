/**
 * surf48 (issue 11 b): whole numbers under a header naming a segment alone are the row's label (`segmentLabel`), for the
 * formulas' history (`valueColumn`) and Check goals' tab reader alike; a header naming an amount of the segment, or values
 * with decimals, stay a value.
 */
import { segmentLabel, valueColumn } from '../../../src/core/series/clean';

describe('segmentLabel', () => {
  it.each(['Store', 'store_id', 'Store number', 'Magasin', 'Code région', 'Regions', 'Country', 'Territory', 'Campaign ID', 'Pays'])('“%s” over whole numbers is a label', (header) => {
    expect(segmentLabel(header, [101, 102, 103], 'en')).toBe(true);
  });

  it.each(['Store sales', 'Storage', 'Sales', 'Ventes magasin', 'Customers'])('near miss: “%s” names a value', (header) => {
    expect(segmentLabel(header, [101, 102, 103], 'en')).toBe(false);
  });

  it('near miss: a store column with decimals is a value', () => {
    expect(segmentLabel('Store', [101.5, 102], 'en')).toBe(false);
  });

  it('valueColumn skips the store numbers for the sales beside them', () => {
    expect(valueColumn([['Date', 'Store', 'Sales'], ['2026-07-01', 101, 200], ['2026-07-01', 102, 230], ['2026-07-02', 101, 210]], 'en')).toBe(2);
  });
});
