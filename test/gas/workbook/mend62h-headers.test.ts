/**
 * mend62h through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: hdr62's review mended. Each `changed` case is
 * read otherwise on hdr62's merge (04bf5a98) — a net, a balance, a seller's or an invoice's total beside expenses read as the
 * costs; an inventory's value summed; "# of payouts" and "Payout delay" money; a customer's « Montant dépensé » the costs;
 * exchange rates and a two-currency price list summed, a value on a tab of rates or beside a rate money; « Tps moyen » beside
 * « TVQ » a tax —; near misses keep hdr62's readings. The cases are shared with the core rows (test/core/workbook/mend62h-cases.ts).
 * A whole workbook through Check goals for finding 1 (French): a cash book’s net is no costs for a costs goal; ACHIEVABILITY for
 * finding 3: "# of payouts" read as a count.
 */
import type { SidebarContext } from '../../../src/core/api';
import { CASES, DATES, MONTHS, tab } from '../../core/workbook/mend62h-cases';
import { addSheet, describeHeaderCases, GOALS_TAB, harness, type HeaderCase } from './harness';

const asHeaderCases = (cases: typeof CASES.en_US): { changed: readonly HeaderCase[]; near: readonly HeaderCase[] } => ({
  changed: cases.changed.map(([sheet, rows, listed, expected]) => [sheet, rows, listed, expected] as HeaderCase),
  near: cases.near.map(([sheet, rows, listed, expected]) => [sheet, rows, listed, expected] as HeaderCase),
});
describeHeaderCases('mend62h', { en_US: asHeaderCases(CASES.en_US), fr_FR: asHeaderCases(CASES.fr_FR) });

/** A cash book: takings, spending, and their difference. */
const TAKINGS = [1200, 900, 1500, 1100, 1300, 950, 1600, 1250, 1400, 1000];
const SPENDING = [400, 650, 300, 800, 350, 700, 420, 500, 610, 380];

// In English the cash book's "Expense" column is the catalog's costs itself (the goal is judged on it): the French one, whose «
// Dépense » names no KPI, is the review's workbook (t6).
describe('mend62h (fr_FR): Check goals does not judge a costs goal on a cash book’s net', () => {
  const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
  addSheet(h.emulator, 'Caisse', tab(DATES, [['Recette', TAKINGS], ['Dépense', SPENDING], ['Total', TAKINGS.map((t, i) => t - SPENDING[i])]]));
  const goals = addSheet(h.emulator, GOALS_TAB.fr_FR.goals, [GOALS_TAB.fr_FR.cols, ['G1', 'Réduire les dépenses à 1 000 € par mois d’ici juin 2027.', '', 'Emma', '', '', '', '']]);
  const context = h.run<SidebarContext>('sidebarGetContext');
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const notes = (values[0] as string[]).indexOf('Remarques SMART');
  it('lists the net with no KPI', () => {
    expect(context.series.find((s) => s.sheetName === 'Caisse' && s.name === 'Total')).toEqual(expect.objectContaining({ kpiId: null }));
  });
  it('finds no tab of costs for the goal, as before hdr62, instead of judging the net', () => {
    expect(notes).toBeGreaterThanOrEqual(0);
    expect(String(values[1][notes])).toMatch(/^Aucun onglet d’indicateur trouvé pour «\u202fCoûts d’exploitation\u202f»/u);
  });
});

// Finding 3 through a custom function: ACHIEVABILITY reads a history's header as the wizard does — "# of payouts" a count, as
// "Payouts (count)" (a count on both bundles), never money taken as a level (0.985 → 0.133 on hdr62's merge).
describe('mend62h (en_US): ACHIEVABILITY on "# of payouts" as on a count of payouts', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const PAID = [3, 4, 2, 5, 4, 3, 6, 4, 5, 3];
  const history = (header: string): unknown[][] => [['Date', header], ...MONTHS.map((month, i) => [month, PAID[i]])];
  it('gives the same chance for 8 payouts a month by June 30, 2027', () => {
    const counted = h.run<number>('ACHIEVABILITY', history('Payouts (count)'), 8, '2027-06-30', '2026-11-26');
    expect(typeof counted).toBe('number');
    expect(h.run<number>('ACHIEVABILITY', history('# of payouts'), 8, '2027-06-30', '2026-11-26')).toBe(counted);
  });
});
