/**
 * review16: Check goals gives the notes column it creates a width its reasons can be read in (360 px). At Sheets'
 * default 100 px, the example's G5 row grew to about 1,000 px (the bottom-up reasons, one a line, wrapped), the others
 * 6 to 13 lines — in Sheets and in the .xlsx the CLI writes alike. A width the user chose is kept on the next run, and
 * no other column's width changes.
 */
import { harness } from './harness';

it.each([
  ['en_US', 'SMART notes'],
  ['fr_FR', 'Remarques SMART'],
])('%s: the notes column Check goals creates is 360 px wide; a width the user gives it is kept', (locale, header) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  h.run('insertExampleWorkbook');
  const goals = h.emulator.spreadsheet.getSheets().find((s) => s.getRange(1, 1).getValue() === 'ID')!;
  const widthsBefore = Array.from({ length: goals.getLastColumn() }, (_, i) => goals.getColumnWidth(i + 1));
  h.run('checkGoals');
  const headers = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0];
  const notes = headers.indexOf(header) + 1;
  expect(notes).toBeGreaterThan(widthsBefore.length);
  expect(goals.getColumnWidth(notes)).toBe(360);
  // The user's columns keep their widths; our other columns keep Sheets' default.
  expect(widthsBefore.map((_, i) => goals.getColumnWidth(i + 1))).toEqual(widthsBefore);
  for (let column = widthsBefore.length + 1; column < notes; column++) expect(goals.getColumnWidth(column)).toBe(100);
  goals.setColumnWidth(notes, 240);
  h.run('checkGoals');
  expect(goals.getColumnWidth(notes)).toBe(240);
});
