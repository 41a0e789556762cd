/**
 * fixes64, through the BUILT bundle on the emulator: five defects earlier sessions noticed and left (issue 11: one story,
 * never a silent wrong answer).
 * (a) Section headings on the Goals tab ("— Q2 targets —", "*** Team A ***", "Annual goals", « Objectifs annuels ») were
 *     scored as goals: the decorated pattern was matched on folded text, which has no dashes or stars left.
 * (b) Under a fiscal year set in Settings, "Q1" / « T1 » were fiscal quarters but "H1" / « S1 » calendar halves.
 * (c) "Increase close rate from 30% to 28%" was silently read as a decrease: now said, with the direction read.
 * (d) An amount in reais was written "BRL 60,000": now with the real's mark from core's one table.
 * (e) "$" in a goal sentence on a Canadian sheet was the US dollar, so a tab formatted "CA$" refused the goal
 *     ("Amount in $ but the tab is in CA$"): now the sheet's dollar. Apps Script gives the sheet's locale
 *     (`Spreadsheet.getSpreadsheetLocale()`) and no currency getter; the currency is the locale's (CLDR), as before.
 */
import type { EvaluateResponse } from '../../src/core/api';
import { emptyDraft } from '../../src/sidebar/steps';
import { addSheet, harness, type Harness } from './workbook/harness';

const AS_OF = '2026-12-03';
const months = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2024, 11 + i, 1)).toISOString().slice(0, 10));
const check = (h: Harness, sentence: string): string => h.addon.call<string>('SMARTCHECK', sentence, AS_OF);
const parsedDeadline = (h: Harness, sentence: string): string => String((h.addon.call<unknown[][]>('SMARTPARSE', sentence, AS_OF)[0][4] as Date).toISOString().slice(0, 10));

/** The Goals tab's values after Check goals, by header name. */
function checked(h: Harness, sheet: GoogleAppsScript.Spreadsheet.Sheet): { message: string; cell: (row: number, header: string) => unknown } {
  const { message } = h.run<{ message: string }>('checkGoals');
  const values = sheet.getDataRange().getValues();
  return { message, cell: (row, header) => values[row - 1][values[0].indexOf(header)] };
}

describe('(a) section headings on the Goals tab are no goals', () => {
  it.each([
    ['en_US', 'Goals', ['ID', 'Goal'], 'SMART score', ['— Q2 targets —', '*** Team A ***', 'Annual goals', '— Q2 —', 'Q2 2027', '~ North ~'], 'Book 40 meetings by June 30, 2027', /Rows? ([\d, –and]+): text under the table/],
    ['fr_FR', 'Objectifs', ['ID', 'Objectif'], 'Score SMART', ['Objectifs annuels', '« T2 »', '— Équipe Nord —', 'Objectifs trimestriels', '*** Ventes ***', '2027'], 'Décrocher 40 rendez-vous d’ici le 30 juin 2027', /Lignes? ([\d, –et]+)\u202f: texte sous le tableau/],
  ] as const)('%s: skipped and said once; the goals between them are scored', (locale, tab, header, score, labels, goal, said) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
    // A label alone in the ID cell or in the Goal cell, each followed by a goal.
    const rows = [[...header], ...labels.flatMap((label, i) => [i % 2 ? [label, ''] : ['', label], [`G${i}`, goal]])];
    const sheet = addSheet(h.emulator, tab, rows);
    const { message, cell } = checked(h, sheet);
    for (let i = 0; i < labels.length; i++) {
      expect([labels[i], cell(2 + 2 * i, score)]).toEqual([labels[i], '']);
      expect(typeof cell(3 + 2 * i, score)).toBe('number');
    }
    expect(said.exec(message)?.[1]).toBe('2, 4, 6, 8, 10, 12');
  });

  it('near misses: a goal alone in its Goal cell, or between dashes with its numbers, is still a goal', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    const sheet = addSheet(h.emulator, 'Goals', [['ID', 'Goal'], ['G1', 'Book 40 meetings by June 30, 2027'], ['', 'Annual revenue goal: $1M by December 31, 2027'], ['', 'Quarterly goals for the team: book 40 meetings by March 31, 2027'], ['', '*Reach 500 leads by June 30, 2027*'], ['', '— Book 40 meetings by Q2 2027 —']]);
    const { cell } = checked(h, sheet);
    expect([2, 3, 4, 5, 6].map((row) => typeof cell(row, 'SMART score'))).toEqual(['number', 'number', 'number', 'number', 'number']);
  });
});

describe('(b) halves follow the fiscal year saved in Settings, as quarters do', () => {
  /** Weekly new accounts, two years to the end of November 2026, a level rising 0.1 a week. */
  const rising = Array.from({ length: 104 }, (_, i) => [new Date(Date.UTC(2024, 11, 2 + 7 * i)).toISOString().slice(0, 10), 2 + 0.1 * i + 0.3 * (i % 3)]);

  it.each([
    ['en_IN', 'Close 40 new accounts by end of H1 2027', '2026-09-30'],
    ['en_IN', 'Close 40 new accounts by H2 2027', '2027-03-31'],
    ['en_IN', 'Close 40 new accounts by the end of this half', '2027-03-31'],
    ['fr_FR', 'Conclure 40 nouveaux comptes d’ici fin S1 2027', '2026-09-30'],
    ['fr_FR', 'Conclure 40 nouveaux comptes d’ici la fin du semestre prochain', '2027-09-30'],
  ] as const)('%s, April start: %s → %s (SMARTPARSE)', (locale, sentence, date) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
    h.run('sidebarSaveSettings', { fiscalYearStartMonth: 4 });
    expect(parsedDeadline(h, sentence)).toBe(date);
    // The quarter the half holds ends the same day, as it did before.
    if (/H1|S1 /.test(sentence)) expect(parsedDeadline(h, sentence.replace(/H1|S1/, (m) => (m === 'H1' ? 'Q2' : 'T2')))).toBe(date);
  });

  it('the formulas’ deadline argument and a Deadline cell read "H1 2027" as the fiscal half', () => {
    const h = harness({ spreadsheetLocale: 'en_IN', userLocale: 'en' });
    h.run('sidebarSaveSettings', { fiscalYearStartMonth: 4 });
    const chance = (deadline: string): unknown => h.addon.call('ACHIEVABILITY', rising, 16, deadline, AS_OF);
    expect(chance('H1 2027')).toBe(chance('2026-09-30'));
    expect(chance('H2 2027')).toBe(chance('2027-03-31'));
    expect(chance('H2 2027')).not.toBe(chance('2027-12-31'));
    addSheet(h.emulator, 'New accounts', [['Week', 'New accounts'], ...rising]);
    const sheet = addSheet(h.emulator, 'Goals', [
      ['Goal ID', 'Goal', 'KPI', 'Deadline'],
      ['HALF', 'Close 40 new accounts', 'New accounts', 'H2 2027'],
      ['DATE', 'Close 40 new accounts', 'New accounts', '2027-03-31'],
      ['SENT', 'Close 40 new accounts by H2 2027', '', ''],
    ]);
    const { cell } = checked(h, sheet);
    expect(cell(2, 'Probability')).not.toBe('');
    expect([cell(3, 'Probability'), cell(4, 'Probability')]).toEqual([cell(2, 'Probability'), cell(2, 'Probability')]);
  });

  it('near miss: under a January start, the calendar’s halves', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    expect(parsedDeadline(h, 'Close 40 new accounts by end of H1 2027')).toBe('2027-06-30');
    expect(h.addon.call('ACHIEVABILITY', rising, 16, 'H2 2027', AS_OF)).toBe(h.addon.call('ACHIEVABILITY', rising, 16, '2027-12-31', AS_OF));
  });
});

describe('(c) a verb the numbers contradict is said on every surface, with the direction read', () => {
  const CASES = [
    ['en_US', 'Increase close rate from 30% to 28% by June 30, 2027', 'Increase close rate from 28% to 30% by June 30, 2027', 'Says “increase” but goes from 30% to 28%: read as “decrease”.', 'Goals', ['ID', 'Goal'], 'SMART notes'],
    ['fr_FR', 'Augmenter le taux de conclusion de 30 % à 28 % d’ici le 30 juin 2027', 'Augmenter le taux de conclusion de 28 % à 30 % d’ici le 30 juin 2027', 'Dit «\u202faugmenter\u202f» mais va de 30\u202f% à 28\u202f%\u202f: lu comme «\u202fréduire\u202f».', 'Objectifs', ['ID', 'Objectif'], 'Remarques SMART'],
  ] as const;

  it.each(CASES)('%s: SMARTCHECK, SMARTSCORE, the wizard’s review and Check goals', (locale, sentence, consistent, note, tab, header, notes) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
    // SMARTCHECK's line and the notes go on after "Specific:" (lower-case in French).
    expect(check(h, sentence)).toContain(note.slice(1));
    expect(check(h, consistent)).not.toContain(note.slice(0, 6));
    expect(h.addon.call<number>('SMARTSCORE', sentence, '', AS_OF)).toBeLessThan(h.addon.call<number>('SMARTSCORE', consistent, '', AS_OF));
    const review = h.run<EvaluateResponse>('sidebarEvaluate', { text: sentence, draft: { ...emptyDraft(), statement: sentence }, targetLevel: null });
    expect(review.criteria.find((c) => c.id === 'specific')).toMatchObject({ status: 'warn', message: note });
    const sheet = addSheet(h.emulator, tab, [[...header], ['G1', sentence], ['G2', consistent]]);
    const { cell } = checked(h, sheet);
    expect(String(cell(2, notes))).toContain(note.slice(1));
    expect(String(cell(3, notes))).not.toContain(note.slice(0, 6));
  });
});

describe('(d) an amount in reais is written with the real’s mark', () => {
  it.each([
    ['pt_BR', 'Reach R$ 60.000 in monthly sales by June 2027', 'R$60,000 per month'],
    ['en_US', 'Reach 60 000 BRL in sales by June 2027', 'R$60,000'],
    ['fr_FR', 'Atteindre 60 000 R$ de CA d’ici juin 2027', '60\u202f000\u00a0R$'],
  ] as const)('%s: %s → “%s”, never “BRL”', (locale, sentence, shown) => {
    const text = check(harness({ spreadsheetLocale: locale }), sentence);
    expect(text).toContain(shown);
    expect(text).not.toContain('BRL');
  });
});

describe('(e) "$" in a goal sentence on a Canadian sheet is the Canadian dollar', () => {
  function judged(locale: string, format: string, goal: string): { verdict: unknown; note: string } {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
    const french = locale.startsWith('fr');
    addSheet(h.emulator, 'Revenue', [['Month', 'Revenue'], ...months.map((m, i) => [m, 50_000 + 500 * i])]).getRange(2, 2, months.length, 1).setNumberFormat(format);
    const sheet = addSheet(h.emulator, french ? 'Objectifs' : 'Goals', [french ? ['ID', 'Objectif'] : ['ID', 'Goal'], ['G1', goal]]);
    const { cell } = checked(h, sheet);
    return { verdict: cell(2, french ? 'Verdict' : 'Verdict'), note: String(cell(2, french ? 'Remarques SMART' : 'SMART notes')) };
  }

  it.each([
    ['en_CA', '[$CA$]#,##0.00', 'Reach $70,000 in monthly revenue by June 30, 2027'],
    ['fr_CA', '#,##0.00 [$$CA]', 'Atteindre 70 000 $ de CA mensuel d’ici le 30 juin 2027'],
    ['en_AU', '[$A$]#,##0.00', 'Reach $70,000 in monthly revenue by June 30, 2027'],
  ] as const)('%s, a tab formatted %s: judged on it', (locale, format, goal) => {
    const { verdict, note } = judged(locale, format, goal);
    expect(verdict).not.toBe('');
    expect(note).not.toMatch(/Amount in|Montant en/);
  });

  it('near misses: a US sheet’s "$", and "US$" on a Canadian one, are US dollars, not judged on a CA$ tab — and said so', () => {
    expect(judged('en_US', '[$CA$]#,##0.00', 'Reach $70,000 in monthly revenue by June 30, 2027')).toEqual({ verdict: '', note: expect.stringContaining('The goal is in $, the KPI tab in CA$: nothing is converted.') });
    expect(judged('en_CA', '[$CA$]#,##0.00', 'Reach US$70,000 in monthly revenue by June 30, 2027')).toEqual({ verdict: '', note: expect.stringContaining('The goal is in US$, the KPI tab in CA$: nothing is converted.') });
  });

  it('the amount is shown with the sheet’s own mark, a US amount with its own', () => {
    const h = harness({ spreadsheetLocale: 'en_CA' });
    expect(check(h, 'Reach $60,000 in monthly sales by June 2027')).toContain('$60,000 per month');
    expect(check(h, 'Reach USD 60,000 in monthly sales by June 2027')).toContain('US$60,000 per month');
    expect(check(harness({ spreadsheetLocale: 'fr_CA' }), 'Atteindre 60 000 $US de ventes mensuelles d’ici juin 2027')).toContain('60\u00a0000\u00a0$US');
  });
});
