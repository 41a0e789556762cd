/**
 * Review 7, "Check goals and formulas agreeing with Sheets on a user's real workbook", through the BUILT bundle on the
 * emulator, FR and EN (K1–K8).
 */
import { addSheet, harness, monthlyRows, type Harness } from './harness';

type Grid = unknown[][];
type Locale = 'fr_FR' | 'en_US';

const HEADERS: Record<Locale, { goals: string; cols: string[]; notes: string; probability: string; score: string; flag: string }> = {
  fr_FR: { goals: 'Objectifs', cols: ['ID', 'Objectif', 'Indicateur', 'Responsable', 'Référence', 'Cible', 'Début', 'Échéance'], notes: 'Remarques SMART', probability: 'Probabilité', score: 'Score SMART', flag: 'Contrôle' },
  en_US: { goals: 'Goals', cols: ['Goal ID', 'Goal', 'KPI', 'Owner', 'Baseline', 'Target', 'Start', 'Deadline'], notes: 'SMART notes', probability: 'Probability', score: 'SMART score', flag: 'Check' },
};

/** A fresh workbook: a goals tab (rows in the order of HEADERS.cols) and KPI tabs, typed as a user types them. */
function workbook(locale: Locale, goals: unknown[][], tabs: Record<string, unknown[][]>, cols = HEADERS[locale].cols): { h: Harness; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  for (const [name, rows] of Object.entries(tabs)) addSheet(h.emulator, name, rows);
  const sheet = addSheet(h.emulator, HEADERS[locale].goals, [cols, ...goals]);
  return { h, sheet };
}

/** Cells of the row whose first cell is `id`, by header. */
function rowOf(values: Grid, id: string): Record<string, unknown> {
  const header = values[0] as string[];
  const row = values.find((r) => r[0] === id);
  if (!row) throw new Error(`no row ${id}`);
  return Object.fromEntries(header.map((name, i) => [name, row[i]]));
}

/** Monthly quota-attainment levels of 70–75 %, December 2024 to November 2026. */
const ATTAINMENT = Array.from({ length: 24 }, (_, i) => 0.7 + (i % 6) / 100);

// K1. A KPI column header (or tab) named by the catalog KPI — label or synonym, FR or EN, any case or accents — is the
// KPI's history, even when the name holds a word of a plan column ("quota", « objectifs »): only what is left once the
// KPI's name is read may make it a plan ("Quota attainment target").
describe.each([
  ['en_US', 'Raise quota attainment to 90% by end of June 2027', ['Quota attainment', 'QUOTA ATTAINMENT', 'Quota achievement']],
  ['fr_FR', 'Porter l’atteinte du quota à 90 % d’ici fin juin 2027', ['Atteinte du quota', 'ATTEINTE DES QUOTAS', 'Taux d’atteinte des objectifs']],
] as const)('K1 a KPI tab named by a catalog KPI holding a plan word (%s)', (locale, sentence, tabs) => {
  const l = HEADERS[locale as Locale];
  it.each(tabs)('%s: linked from the goal sentence and from the KPI column', (tab) => {
    const { h, sheet } = workbook(locale as Locale, [['G1', sentence, '', 'Emma', '', '', '', '2027-06-30'], ['G2', sentence, tab, 'Emma', '', '', '', '2027-06-30']], { [tab]: monthlyRows(tab, ATTAINMENT) });
    h.run('checkGoals');
    const values = sheet.getDataRange().getValues();
    for (const id of ['G1', 'G2']) {
      expect(String(rowOf(values, id)[l.notes])).not.toMatch(/No KPI tab found|Aucun onglet d’indicateur/);
      expect(typeof rowOf(values, id)[l.probability]).toBe('number');
    }
  });

  it('a plan column ("… target", « objectif … ») is still no history', () => {
    const plan = locale === 'en_US' ? 'Quota attainment target' : 'Objectif d’atteinte du quota';
    const { h, sheet } = workbook(locale as Locale, [['G1', sentence, '', 'Emma', '', '', '', '2027-06-30']], { [plan]: monthlyRows(plan, ATTAINMENT) });
    h.run('checkGoals');
    expect(String(rowOf(sheet.getDataRange().getValues(), 'G1')[l.notes])).toMatch(/No KPI tab found|Aucun onglet d’indicateur/);
  });
});
