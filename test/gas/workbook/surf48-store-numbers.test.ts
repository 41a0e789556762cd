/**
 * Issue 11, "Verdicts that tell one story" (surf48, b): a sales log by store whose store column holds numbers (101, 102,
 * 103 — Sheets stores "101" typed in a cell as a number). The formulas' history took the first column of numbers, the
 * store ids, as the KPI, while Check goals judged the sales beside them: ACHIEVABILITY 0.001 against Check goals' 0.003
 * for the same goal, and a store id series offered to the wizard as a KPI. One rule now (core `segmentLabel`): whole numbers
 * under a header naming the segment alone are the row's label on both surfaces. Through the built bundle, EN and FR.
 */
import type { SeriesSummary } from '../../../src/core/api';
import { harness, TODAY } from './harness';
import { checkedGoal } from './one-goal';

/** Three rows a day from 1 July to 18 November 2026, one a store: its sales, 200 to 300. */
function log(headers: readonly string[], store: (k: number) => unknown): unknown[][] {
  const rows: unknown[][] = [[...headers]];
  for (let day = 0; day < 141; day++) {
    const date = new Date(Date.UTC(2026, 6, 1 + day)).toISOString().slice(0, 10);
    for (let k = 0; k < 3; k++) rows.push([date, store(k), 200 + ((day * 7 + k * 3) % 11) * 10]);
  }
  return rows;
}

const CASES = [
  { locale: 'en_US', lang: 'en', goals: ['Goal ID', 'Goal', 'KPI'], tab: 'Sales', headers: ['Date', 'Store', 'Sales'], goal: 'Reach $20,000 in sales per week by March 31, 2027', probability: /^Probability$/, score: /^SMART score$/ },
  { locale: 'fr_FR', lang: 'fr', goals: ['ID', 'Objectif', 'Indicateur'], tab: 'Ventes', headers: ['Date', 'Magasin', 'Ventes'], goal: 'Atteindre 20 000 € de ventes par semaine d’ici le 31 mars 2027', probability: /^Probabilit/, score: /^Score SMART$/ },
] as const;

describe.each(CASES)('store numbers are labels on every surface ($locale)', (c) => {
  function judged(store: (k: number) => unknown) {
    const tab = log(c.headers, store);
    const { h, cell } = checkedGoal(c, tab);
    return { h, tab, chance: cell(c.probability) as number, score: cell(c.score) };
  }
  const numbers = judged((k) => 101 + k);
  const text = judged((k) => `S${101 + k}`);

  it('Check goals reads the same sales whether the stores are numbers or text', () => {
    expect(numbers.chance).toBe(text.chance);
  });

  it('ACHIEVABILITY over the tab’s range gives Check goals’ probability (it judged the store ids)', () => {
    expect(Math.abs(numbers.h.run<number>('ACHIEVABILITY', numbers.tab, '', '', TODAY, c.goal) - numbers.chance)).toBeLessThanOrEqual(0.001);
  });

  it('SMARTSCORE over the tab’s range gives Check goals’ score', () => {
    expect(numbers.h.run('SMARTSCORE', c.goal, numbers.tab, TODAY)).toBe(numbers.score);
  });

  it('REALISTICTARGET reads the sales, not a store number near 102', () => {
    const suggested = numbers.h.run<number>('REALISTICTARGET', numbers.tab, '2027-03-31', TODAY);
    expect(suggested).toBe(text.h.run<number>('REALISTICTARGET', text.tab, '2027-03-31', TODAY));
  });

  it('the wizard offers no store-number KPI', () => {
    const context = numbers.h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
    expect(context.series.filter((s) => s.sheetName === c.tab).map((s) => s.name)).toEqual(text.h.run<{ series: SeriesSummary[] }>('sidebarGetContext').series.filter((s) => s.sheetName === c.tab).map((s) => s.name));
  });

  it('near miss: sales headed by the store word ("Store sales") stay the value', () => {
    const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
    const tab = log(['Date', c.lang === 'fr' ? 'Ventes magasin' : 'Store sales'], () => 0).map((row) => [row[0], row[2]]);
    expect(h.run<number>('ACHIEVABILITY', tab, '', '', TODAY, c.goal)).toBeCloseTo(numbers.chance, 2);
  });
});
