/**
 * Issue 11, "Verdicts that tell one story" (review14's open item 4): the plan report's alignment tree headed its
 * columns D and E « Sous-objectifs (somme ou dernier) » and « Les sous-objectifs font le compte »: in the report's
 * shared 89–93-px columns they wrapped over three and four lines, « Sous-objectifs » cut after its hyphen (seen in
 * LibreOffice's PDF of the CLI's report). The French headers are now « Total ou dernier » and « Cohérent »: through the
 * built bundle, every header of the tree fits its column's width in at most two lines in French, and no header word
 * of the tree is wider than its column in either language (`boldWordWidth`, Arial Bold 10 as Sheets draws it).
 */
import { boldWordWidth } from '../../src/core/plan/text-width';
import { harness } from './workbook/harness';

/** Lines a bold header takes in a column `width` px wide, wrapped at spaces as Sheets and LibreOffice wrap it. */
function wrappedLines(text: string, width: number): number {
  let lines = 0;
  let current = '';
  for (const word of text.split(' ')) {
    const joined = current === '' ? word : `${current} ${word}`;
    if (current !== '' && boldWordWidth(joined) > width) {
      lines++;
      current = word;
    } else current = joined;
  }
  return lines + (current === '' ? 0 : 1);
}

describe.each([
  ['fr_FR', 'fr', 'Arbre d’alignement', ['ID', 'Objectif', 'Cible', 'Total ou dernier', 'Cohérent']],
  // fixes55: the English headers ran together in LibreOffice's print ("Sub-goals Sub-goals / (sum or add up / last)").
  ['en_US', 'en', 'Alignment tree', ['ID', 'Goal', 'Target', 'Total or last', 'Adds up']],
] as const)('the alignment tree’s headers fit their columns (%s)', (locale, lang, title, headers) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  h.run('insertExampleWorkbook');
  h.run('menuGeneratePlanReport');
  const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const report = book.getSheets().find((s) => /^(SMART plan|Plan SMART) /.test(s.getName()))!;
  const values = report.getDataRange().getValues();
  const titleRow = values.findIndex((r) => r[0] === title);
  const headerRow = values[titleRow + 1].slice(0, 5);

  it('writes the headers expected', () => {
    expect(headerRow).toEqual(headers);
  });

  it('no header word is wider than its column (no word cut in two)', () => {
    headers.forEach((header, i) => {
      const width = report.getColumnWidth(i + 1);
      for (const word of header.split(/\s+|(?<=-)/)) expect([header, word, boldWordWidth(word) <= width]).toEqual([header, word, true]);
    });
  });

  it('every header takes at most two lines (D and E took three and four in French, three and two in English)', () => {
    headers.forEach((header, i) => expect([header, wrappedLines(header, report.getColumnWidth(i + 1)) <= 2]).toEqual([header, true]));
    // The old headers would not fit: the check is not vacuous.
    const old = lang === 'fr' ? ['Sous-objectifs (somme ou dernier)', 'Les sous-objectifs font le compte'] : ['Sub-goals (sum or last)'];
    for (const header of old) expect(wrappedLines(header, report.getColumnWidth(4))).toBeGreaterThan(2);
  });

  it('right-aligns D over its numbers and centres E over its marks, so the two headers do not read as one (fixes55)', () => {
    const aligns = report.getRange(titleRow + 2, 4, 2, 2).getHorizontalAlignments();
    expect(aligns[0]).toEqual(['right', 'center']);
    // The first goal's mark (✓, ⚠ or …) centred under its header.
    expect(aligns[1][1]).toBe('center');
  });
});
