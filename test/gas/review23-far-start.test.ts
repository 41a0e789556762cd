/**
 * Review 23: "I want to increase my sales of Christmas decorations by 50% before the new year: from $4000 a month to
 * $6000 a month" (webdesigncafe.com.au) was linked by its word "sales" to the workbook's monthly Revenue tab, at
 * $516,000 a month, and judged "on track, >99 %". A start stated ten times or more away from the linked tab's latest value
 * (either way) measures something the tab does not hold: Check goals no longer judges the goal on that tab when the KPI
 * column does not name it, and says why, in English and French. A start near the tab's value, or a KPI column naming
 * the tab, is judged as before.
 */
import { addSheet, harness } from './workbook/harness';

/** Monthly revenue, December 2024 to November 2026 (before TODAY, 26 November 2026), about $500,000 a month. */
function revenueRows(header: string): unknown[][] {
  const rows: unknown[][] = [['Month', header]];
  for (let i = 0; i < 24; i++) rows.push([`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, 470000 + 2000 * i + (i % 3) * 5000]);
  return rows;
}

const CASES = [
  {
    locale: 'en_US', lang: 'en', goalsTab: 'Goals', tab: 'Revenue', headers: ['ID', 'Goal', 'KPI'], verdict: 'Verdict', notesHeader: 'SMART notes',
    far: 'I want to increase my sales of Christmas decorations by 50% before the new year: from $4000 a month to $6000 a month.',
    near: 'Increase sales from $500,000 a month to $540,000 a month by the end of June 2027',
    note: 'Start ($4,000) far from the latest value of the “Revenue” tab ($526,000, November 1, 2026), which seems to measure something wider: not judged on that tab',
  },
  {
    locale: 'fr_FR', lang: 'fr', goalsTab: 'Objectifs', tab: 'Ventes', headers: ['ID', 'Objectif', 'Indicateur'], verdict: 'Verdict', notesHeader: 'Remarques SMART',
    far: 'Faire passer les ventes de décorations de Noël de 4 000 € par mois à 6 000 € par mois d’ici fin décembre 2026',
    near: 'Faire passer les ventes de 500 000 € par mois à 540 000 € par mois d’ici fin juin 2027',
    note: 'Départ (4\u202f000\u00a0€) loin de la dernière valeur de l’onglet «\u202fVentes\u202f» (526\u202f000\u00a0€, 1er novembre 2026), qui semble mesurer un ensemble plus large\u202f: non jugé sur cet onglet',
  },
] as const;

describe.each(CASES)('a stated start far from the linked tab ($locale)', ({ locale, lang, goalsTab, tab, headers, verdict, notesHeader, far, near, note }) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang, firstSheetName: goalsTab });
  const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  book.getSheetByName(goalsTab)!.getRange(1, 1, 4, 3).setValues([[...headers], ['FAR', far, ''], ['TYPED', far, tab], ['NEAR', near, '']]);
  addSheet(h.emulator, tab, revenueRows(lang === 'en' ? 'Revenue' : 'Ventes'));
  h.run('checkGoals');
  const rows = book.getSheetByName(goalsTab)!.getDataRange().getValues();
  const cell = (id: string, header: string): string => String(rows.find((r) => r[0] === id)![(rows[0] as string[]).indexOf(header)]);

  it('is not judged on the tab, and the notes say why (it was "on track, >99 %")', () => {
    expect(cell('FAR', verdict)).toBe('');
    expect(cell('FAR', notesHeader)).toContain(note);
  });

  it('a KPI column naming the tab still judges it there', () => {
    expect(cell('TYPED', verdict)).not.toBe('');
    expect(cell('TYPED', notesHeader)).not.toContain(note.slice(0, 20));
  });

  it('a start near the tab’s value is judged on it', () => {
    expect(cell('NEAR', verdict)).not.toBe('');
    expect(cell('NEAR', notesHeader)).not.toContain(note.slice(0, 20));
  });
});
