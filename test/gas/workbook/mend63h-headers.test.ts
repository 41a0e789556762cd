/**
 * mend63h through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: hdr63's review mended. Each `changed` case is read
 * otherwise on hdr63's merge (98bae591; main at f958cc94) — a deal list, deals won or lost and an order's stage the pipeline's
 * level; « TPS (5 %) » and "GST (5%)" beside their amounts a rate; support tickets and « Ticket moyen » sales counted; a VAT that
 * follows the price a rate; GA4's engagement rate a count; a purchase order's value revenue —; near misses keep hdr63's readings.
 * The cases are shared with the core rows (test/core/workbook/mend63h-cases.ts). Whole workbooks through Check goals for
 * findings 1, 3 and 4: a pipeline goal beside a Pipedrive deal list (EN), a revenue goal beside a « CAObjectif » tab (FR), a deals
 * goal beside support tickets (EN): no tab judged, as before hdr63.
 */
import type { SidebarContext } from '../../../src/core/api';
import { CASES, DATES, deals, MONTHS, PLAN_HEADERS, tab } from '../../core/workbook/mend63h-cases';
import { addSheet, describeHeaderCases, GOALS_TAB, harness, type GoalsLocale, type HeaderCase } from './harness';

const asHeaderCases = (cases: typeof CASES.en_US): { changed: readonly HeaderCase[]; near: readonly HeaderCase[] } => ({
  changed: cases.changed.map(([sheet, rows, listed, expected]) => [sheet, rows, listed, expected] as HeaderCase),
  near: cases.near.map(([sheet, rows, listed, expected]) => [sheet, rows, listed, expected] as HeaderCase),
});
describeHeaderCases('mend63h', { en_US: asHeaderCases(CASES.en_US), fr_FR: asHeaderCases(CASES.fr_FR) });

describe.each(['en_US', 'fr_FR'] as const)('mend63h (%s): a target column once its acronym is split is a plan, no history', (locale) => {
  const h = harness({ spreadsheetLocale: locale });
  for (const header of PLAN_HEADERS[locale]) addSheet(h.emulator, header, tab(MONTHS, [[header, [42000, 43500, 41000, 45500, 47000, 44000, 48500, 46000, 49500, 47500]]]));
  const context = h.run<SidebarContext>('sidebarGetContext');
  it.each(PLAN_HEADERS[locale].map((header) => [header]))('%s lists no series', (header) => {
    expect(context.series.filter((s) => s.sheetName === header)).toEqual([]);
  });
});

/** Check goals on one tab beside one goal: the goal's SMART notes. */
function notesBeside(locale: GoalsLocale, sheet: string, rows: unknown[][], goal: string): string {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  addSheet(h.emulator, sheet, rows);
  const goals = addSheet(h.emulator, GOALS_TAB[locale].goals, [GOALS_TAB[locale].cols, ['G1', goal, '', 'Emma', '', '', '', '']]);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (values[0] as string[]).indexOf(locale === 'fr_FR' ? 'Remarques SMART' : 'SMART notes');
  expect(column).toBeGreaterThanOrEqual(0);
  return String(values[1][column]);
}

describe('mend63h: Check goals judges no goal on a tab hdr63 misread', () => {
  it('a pipeline goal beside a Pipedrive deal list (one row a deal): no KPI tab, not "unrealistic" on the last deal (EN)', () => {
    expect(notesBeside('en_US', 'Deals', deals('Title', 'Value', 'Currency', 'Stage', 'Proposal'), 'Grow our pipeline value to $600,000 by June 30, 2027.')).toMatch(/^No KPI tab found for "Pipeline value"/);
  });
  it('« Valeur du pipeline » beside « Affaires gagnées »: aucun onglet (FR)', () => {
    expect(notesBeside('fr_FR', 'Affaires gagnées', deals('Titre', 'Valeur', 'Devise', 'Étape', 'Gagné'), 'Porter la valeur du pipeline à 600 000 € d’ici le 30 juin 2027.')).toMatch(/^Aucun onglet d’indicateur trouvé pour «\u202fValeur du pipeline\u202f»/u);
  });
  it('a revenue goal beside a « CAObjectif » tab: aucun onglet, no « irréaliste » on the plan (FR)', () => {
    const rows = tab(MONTHS, [['CAObjectif', [50000, 50000, 50000, 50000, 50000, 50000, 50000, 50000, 50000, 50000]]]);
    expect(notesBeside('fr_FR', 'Plan', rows, 'Atteindre 600 000 € de chiffre d’affaires d’ici le 31 décembre 2027.')).toMatch(/^Aucun onglet d’indicateur trouvé pour «\u202fChiffre d’affaires\u202f»/u);
  });
  it('a deals goal beside support tickets: no KPI tab, not judged on the tickets (EN)', () => {
    const rows = tab(DATES, [['Revenue', [1708.92, 1712.56, 4656.99, 3485.94, 1413.96, 850.91, 2210.4, 1990, 3050.25, 1200]], ['Tickets opened', [1, 2, 1, 1, 3, 1, 2, 1, 4, 1]], ['CSAT', [4, 5, 4, 4, 5, 3, 4, 5, 4, 4]]]);
    expect(notesBeside('en_US', 'Support', rows, 'Close 40 deals by June 30, 2027.')).toMatch(/^No KPI tab found for "Deals closed"/);
  });
});
