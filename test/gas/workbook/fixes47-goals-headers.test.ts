/**
 * fixes47 (review16, b): the Goals tab's headers that Check goals writes wrap in their column. In Sheets' default 100-px
 * column LibreOffice printed "Suggested targe", "Bottom-up chanc", and French « Chance par les inducteurs » ran over the
 * next header. Every word of every header fits 100 px (test/core/plan/text-width.test.ts), so wrapped they are whole; a
 * width the user gave a column is never changed; and wrapping them costs no service call (the notes' setWraps covers it).
 */
import { OUTPUT_COLUMNS, outputHeader } from '../../../src/core/workbook/output';
import { harness } from './harness';

describe.each([
  ['en_US', 'en', 'Goals'],
  ['fr_FR', 'fr', 'Objectifs'],
] as const)('%s', (locale, lang, tab) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  h.run('menuInsertExampleWorkbook');
  h.emulator.calls.reset();
  h.run('checkGoals');
  const sheet = h.emulator.spreadsheet.getSheetByName(tab)!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn());
  const values = header.getValues()[0];
  const wraps = header.getWraps()[0];

  it('wraps each of its headers, and only its own', () => {
    const headers = OUTPUT_COLUMNS.map((column) => outputHeader(column, lang));
    for (const text of headers) {
      const index = values.indexOf(text);
      expect([text, index >= 0 && wraps[index]]).toEqual([text, true]);
    }
    // The user's headers (ID, Goal, KPI…) keep their own setting.
    values.forEach((value, i) => {
      if (!headers.includes(String(value))) expect([value, wraps[i]]).toEqual([value, false]);
    });
  });

  it('in the one setWraps call the notes already took, leaving the columns’ widths but the notes’ alone', () => {
    expect(h.emulator.calls.of('Range.setWraps')).toBe(1);
    expect(h.emulator.calls.of('Sheet.setColumnWidth')).toBe(1);
  });
});
