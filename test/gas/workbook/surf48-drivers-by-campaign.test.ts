/**
 * Issue 11, "Verdicts that tell one story" (surf48, c): BOTTOMUP's drivers table read a customers log by campaign (several
 * rows a date, a campaign twice on some days) as a level of each date's sum — the stock reading story47 took away from the
 * other surfaces — because each driver's column was read alone, with no label to see. It now reads the table's label
 * columns as GOALVERDICT reads its range's and Check goals its tab's: customers served, summed each week. Through the built
 * bundle, EN and FR; the near miss (a country on every date, once a date: snapshots) stays a level.
 */
import { TODAY } from './harness';
import { CAMPAIGN_CASES, CAMPAIGNS, checkedCampaignLog, COUNTRIES } from './campaign-log';

/** Check goals' probability column: "Probability" in English, « Probabilité » in French. */
const PROBABILITY = { en: /^Probability$/, fr: /^Probabilit/ } as const;
const DEADLINE = new Date(Date.UTC(2027, 2, 31));

describe.each(CAMPAIGN_CASES)('a customers driver by campaign reads as the other surfaces read it ($locale)', (c) => {
  function judged(label: (day: number, k: number) => string) {
    const { h, tab, cell } = checkedCampaignLog(c, label);
    return { h, tab, chance: cell(PROBABILITY[c.lang]) as number };
  }

  it('a campaign twice on a day: BOTTOMUP over the table is near Check goals’ and ACHIEVABILITY’s chance (customers served, summed)', () => {
    const served = judged((day, k) => CAMPAIGNS[(day + k) % 4]);
    const formula = served.h.run<number>('ACHIEVABILITY', served.tab, 80, DEADLINE, TODAY);
    expect(Math.abs(formula - served.chance)).toBeLessThanOrEqual(0.001);
    // One driver, simulated: within a few points of the analytic chance (it read 0.01 beside 0.74 as a level).
    expect(Math.abs(served.h.run<number>('BOTTOMUP', 80, DEADLINE, served.tab, TODAY) - served.chance)).toBeLessThan(0.1);
  });

  it('near miss: a country once a date is a stock by segment, a level on every surface', () => {
    const stock = judged((_, k) => COUNTRIES[k]);
    expect(Math.abs(stock.h.run<number>('BOTTOMUP', 80, DEADLINE, stock.tab, TODAY) - stock.chance)).toBeLessThan(0.1);
  });
});
