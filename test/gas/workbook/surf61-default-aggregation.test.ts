/**
 * surf61, item 1 (issue 11, "Stock vs flow"): with no aggregation argument, ACHIEVABILITY and GOALVERDICT read the
 * history as Check goals reads the same column — Check goals' own reader of a KPI column (core `detectKpiSeries`) over
 * what the formula sees, the range's header cell and values (a custom function gets no number format and no tab name).
 * Before: a monthly "Deals" tab (about 100 a month), "Close 800 deals by June 30, 2027": Check goals 48.3 % (a total),
 * ACHIEVABILITY 0.1 % (a level), GOALVERDICT the opposite verdict. Through the BUILT bundle, EN and FR, today 2026-11-26.
 */
import { addSheet, harness } from './harness';

const TODAY = new Date(Date.UTC(2026, 10, 26));
const DEADLINE = new Date(Date.UTC(2027, 5, 30));
const month = (i: number): string => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
// January 2024 – October 2026, 34 months of deals closed.
const DEALS = [['Month', 'Deals'], ...Array.from({ length: 34 }, (_, i) => [month(i), 95 + ((i * 7) % 13)])];
// The same column under a rate's header stays a level on both surfaces (mend42c: "Deals won %").
const WON = [['Month', 'Deals won %'], ...Array.from({ length: 34 }, (_, i) => [month(i), 0.4 + ((i * 7) % 13) / 100])];

const CASES = [
  { locale: 'en_US', lang: 'en' as const, goalsTab: 'Goals', header: ['ID', 'Goal', 'KPI', 'Target', 'Deadline'], deadline: '6/30/2027', deals: 'Close 800 deals by June 30, 2027', won: 'Reach a 60% deal win rate by June 30, 2027' },
  { locale: 'fr_FR', lang: 'fr' as const, goalsTab: 'Objectifs', header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Échéance'], deadline: '30/06/2027', deals: 'Conclure 800 affaires d’ici le 30 juin 2027', won: 'Atteindre 60 % d’affaires gagnées d’ici le 30 juin 2027' },
];

describe.each(CASES)('surf61: the formulas read a column as Check goals does with no aggregation argument ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, 'Deals', DEALS);
  addSheet(h.emulator, 'Won', WON);
  const goals = addSheet(h.emulator, c.goalsTab, [c.header, ['D1', c.deals, 'Deals', 800, c.deadline], ['W1', c.won, 'Won', 0.6, c.deadline]]);
  h.run('checkGoals');
  const shown = goals.getDataRange().getDisplayValues();
  const values = goals.getDataRange().getValues();
  const chance = (id: string): number => values[shown.findIndex((r) => r[0] === id)][shown[0].findIndex((cell) => /^Probabilit/.test(cell))] as number;

  it('a monthly "Deals" tab is a total: ACHIEVABILITY with no aggregation argument = Check goals, and = "total" given', () => {
    expect(chance('D1')).toBeGreaterThan(0.2);
    expect(chance('D1')).toBeLessThan(0.8);
    expect(h.run('ACHIEVABILITY', DEALS, 800, DEADLINE, TODAY)).toBeCloseTo(chance('D1'), 3);
    expect(h.run('ACHIEVABILITY', DEALS, 800, DEADLINE, TODAY)).toBeCloseTo(h.run('ACHIEVABILITY', DEALS, 800, DEADLINE, TODAY, '', 'total') as number, 6);
  });

  it('GOALVERDICT with no aggregation argument gives the verdict "total" gives, not a level’s', () => {
    expect(h.run('GOALVERDICT', DEALS, 800, DEADLINE, TODAY)).toBe(h.run('GOALVERDICT', DEALS, 800, DEADLINE, TODAY, '', 'total'));
    expect(h.run('GOALVERDICT', DEALS, 800, DEADLINE, TODAY)).not.toBe(h.run('GOALVERDICT', DEALS, 800, DEADLINE, TODAY, '', 'level'));
  });

  it('a rate’s header stays a level on both surfaces', () => {
    expect(h.run('ACHIEVABILITY', WON, 0.6, DEADLINE, TODAY)).toBeCloseTo(chance('W1'), 3);
  });

  it('a range with no header: nothing names the column, the formulas’ level as before', () => {
    const bare = DEALS.slice(1);
    expect(h.run('ACHIEVABILITY', bare, 800, DEADLINE, TODAY)).toBeCloseTo(h.run('ACHIEVABILITY', bare, 800, DEADLINE, TODAY, '', 'level') as number, 6);
  });
});
