/**
 * surf50 (issue 11 c): "Ad set" / "Ad group" (an ad platform's segment, two words) head a label column as "Campaign" does;
 * near misses: a "Team" column holding the team's headcount and a "Product" column of quantities are measures.
 */
import { segmentLabel } from '../../../src/core/series/clean';

/** A log by ad set: three dates, three ad sets a date (ids 101–103), the customers each brought beside. */
const LOG = [1, 2, 3].flatMap((day) => [101, 102, 103].map((id, k) => [`2026-07-0${day}`, id, 20 + day + k]));

describe('segmentLabel: ad platforms’ segments', () => {
  it.each(['Ad set', 'ad_set', 'Adset', 'Ad group', 'AD SET ID', 'adset_id'])('“%s” over ids repeated by date is a label', (header) => {
    expect(segmentLabel(['Date', header, 'Customers'], LOG, 1, 'en')).toBe(true);
  });

  it.each(['Ad sets', 'Ad spend', 'Ad set spend', 'Ads'])('near miss: “%s” names a count or an amount', (header) => {
    expect(segmentLabel(['Date', header, 'Customers'], LOG, 1, 'en')).toBe(false);
  });

  it('near miss: a "Team" column holding the headcount, one row a date, is a measure', () => {
    const rows = [5, 6, 6, 7, 8].map((people, i) => [`2026-07-0${i + 1}`, people, 1000 + 100 * i]);
    expect(segmentLabel(['Date', 'Team', 'Revenue'], rows, 1, 'en')).toBe(false);
    expect(segmentLabel(['Date', 'Équipe', 'CA'], rows, 1, 'fr')).toBe(false);
  });

  it('near miss: a "Product" column of quantities typed as numbers, several rows a date, is a measure', () => {
    const rows = [1, 2, 3].flatMap((day) => [0, 1, 2].map((k) => [`2026-07-0${day}`, 10 + 7 * day + 3 * k, 200 + 10 * day + k]));
    expect(segmentLabel(['Date', 'Product', 'Revenue'], rows, 1, 'en')).toBe(false);
    expect(segmentLabel(['Date', 'Produit', 'CA'], rows, 1, 'fr')).toBe(false);
  });
});
