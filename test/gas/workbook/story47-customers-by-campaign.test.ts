/**
 * Issue 11, "Verdicts that tell one story" (story47, a): a customers log by campaign — several rows a date, a campaign
 * twice on some days, so no snapshot by segment — is customers served, each week's rows summed, for Check goals (mend46e).
 * The formulas given the same tab's range (its label column included) read its rows of one date as a stock's parts, a
 * level of their sum, so SMARTSCORE, GOALVERDICT and ACHIEVABILITY told another story than Check goals on the same goal.
 * They now read the label columns their range holds as Check goals reads the tab's. Through the built bundle on the
 * emulator, EN and FR; the near miss (a country on every date, once a date: snapshots) stays a level on both surfaces.
 */
import { verdictWord } from '../../../src/core/achievability';
import type { Verdict } from '../../../src/core/types';
import { TODAY } from './harness';
import { CAMPAIGN_CASES, CAMPAIGNS, checkedCampaignLog, COUNTRIES } from './campaign-log';

const VERDICTS: Verdict[] = ['on-track', 'realistic', 'stretch', 'unrealistic'];

describe.each(CAMPAIGN_CASES)('customers by campaign tell one story ($locale)', (c) => {
  function judged(label: (day: number, k: number) => string) {
    const { h, tab, cell } = checkedCampaignLog(c, label);
    const word = String(cell(/^Verdict$/));
    return {
      verdict: VERDICTS.find((v) => verdictWord(v, c.lang) === word),
      word,
      chance: cell(/^Probabilit/) as number,
      score: cell(/^(SMART score|Score SMART)$/),
      formula: <T,>(name: string, ...args: unknown[]): T => h.run<T>(name, ...args),
      tab,
    };
  }

  describe('a campaign twice on a day: customers served, summed each week', () => {
    const checked = judged((day, k) => CAMPAIGNS[(day + k) % 4]);

    it('Check goals reads a verdict', () => {
      expect(checked.verdict).toBeDefined();
    });

    it('GOALVERDICT over the tab’s range gives Check goals’ verdict', () => {
      expect(checked.formula('GOALVERDICT', checked.tab, '', '', TODAY, c.goal)).toBe(checked.word);
    });

    it('ACHIEVABILITY over the tab’s range gives Check goals’ probability', () => {
      expect(Math.abs(checked.formula<number>('ACHIEVABILITY', checked.tab, '', '', TODAY, c.goal) - checked.chance)).toBeLessThanOrEqual(0.001);
    });

    it('REALISTICTARGET over the tab’s range reads a week’s customers served, not a level of each date’s sum (mend47d)', () => {
      const served = checked.formula<number>('REALISTICTARGET', checked.tab, '2027-03-31', TODAY);
      const snapshots = judged((_, k) => COUNTRIES[k]);
      const level = snapshots.formula<number>('REALISTICTARGET', snapshots.tab, '2027-03-31', TODAY);
      // Served: the weeks' rows summed up to the deadline (thousands); snapshots: a level near each date's sum of about 75.
      expect(level).toBeGreaterThan(60);
      expect(level).toBeLessThan(100);
      expect(served).toBeGreaterThan(10 * level);
    });

    it('SMARTSCORE over the tab’s range gives Check goals’ score', () => {
      expect(checked.formula('SMARTSCORE', c.goal, checked.tab, TODAY)).toBe(checked.score);
    });
  });

  describe('near miss: a country once a date on every date — snapshots, a level of each date’s sum', () => {
    const checked = judged((_, k) => COUNTRIES[k]);

    it('GOALVERDICT and ACHIEVABILITY give Check goals’ verdict and probability', () => {
      expect(checked.formula('GOALVERDICT', checked.tab, '', '', TODAY, c.goal)).toBe(checked.word);
      expect(Math.abs(checked.formula<number>('ACHIEVABILITY', checked.tab, '', '', TODAY, c.goal) - checked.chance)).toBeLessThanOrEqual(0.001);
    });

    it('the two readings differ: a level of about 75 a day is not a week’s total of about 525', () => {
      const served = judged((day, k) => CAMPAIGNS[(day + k) % 4]);
      expect(served.chance).not.toBeCloseTo(checked.chance, 2);
    });
  });
});
