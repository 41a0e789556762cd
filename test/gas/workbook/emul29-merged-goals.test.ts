/**
 * emul29, through the BUILT bundle on the emulator: merged cells on the Goals tab. `getValues` gives a merged area's value
 * to its top-left cell only, the others read empty (Apps Script `Range.merge`: "Merges the cells in the range together
 * into a single block"; the emulator models it). A goal whose cells are merged down over two rows to fit its wrapped text
 * is ONE goal (it was filled down and read twice, with the ID "#3"); an Owner merged down beside four goals still belongs
 * to each; a section label merged across the sheet is no goal, and Check goals writes none of its hidden cells.
 */
import { snapshotCells, diffSnapshots } from '../../../src/local/emulator/snapshot';
import { harness } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADERS = ['ID', 'Goal', 'Owner', 'Target', 'Deadline', 'Notes'];
const LONG = 'Book 40 qualified meetings with new enterprise prospects in the Northern region, through referrals and events, by June 30, 2027';

function setUp() {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = ss.getActiveSheet();
  goals.setName('Goals');
  const rows: Array<Array<string | number>> = [
    HEADERS,
    ['G1', LONG, 'Alice', 40, '2027-06-30', 'Wrapped over two rows'],
    ['', '', '', '', '', ''],
    ['G2', 'Sign 12 new accounts by March 31, 2027', 'North team', 12, '2027-03-31', ''],
    ['G3', 'Sign 15 new accounts by June 30, 2027', '', 15, '2027-06-30', ''],
    ['H2 2027', '', '', '', '', ''],
    ['G4', 'Sign 20 new accounts by December 31, 2027', 'Bob', 20, '2027-12-31', ''],
  ];
  goals.getRange(1, 1, rows.length, HEADERS.length).setValues(rows);
  // G1: every cell merged down over rows 2–3, wrapped; the North team merged down beside G2 and G3; the label across
  // twenty columns (past the table: where Check goals puts its own).
  goals.getRange('A2:F3').mergeVertically().setWrap(true);
  goals.getRange('C4:C5').merge();
  goals.getRange('A6:T6').merge();
  return { h, ss, goals };
}

const reportIds = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string): string[] =>
  (ss.getSheetByName(sheetName) as Sheet)
    .getDataRange()
    .getValues()
    .flat()
    .filter((v): v is string => typeof v === 'string' && /^(?:G\d|#\d+)$/.test(v));

describe('a Goals tab with merged cells', () => {
  const { h, ss, goals } = setUp();
  const before = snapshotCells(h.emulator.spreadsheet);
  const summary = h.run<{ complete: boolean; checked: number }>('checkGoals');
  const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
  const values = goals.getDataRange().getValues();
  const notesAt = (values[0] as unknown[]).findIndex((x) => x === 'SMART notes');

  it('Check goals checks each goal once: the merged two-row goal is one goal, no row is lost', () => {
    expect(summary.complete).toBe(true);
    expect(summary.checked).toBe(4);
    expect(notesAt).toBeGreaterThan(HEADERS.length - 1);
    expect(String(values[1][notesAt])).not.toBe('');
    expect(values[2][notesAt]).toBe('');
    for (const row of [1, 3, 4, 6]) expect(String(values[row][notesAt])).not.toMatch(/same goal|row 3\b/i);
  });

  it('the report names each goal, none twice in its goals table and none by a row number', () => {
    const ids = reportIds(ss, sheetName);
    expect(ids.filter((id) => id.startsWith('#'))).toEqual([]);
    expect([...new Set(ids)].sort()).toEqual(['G1', 'G2', 'G3', 'G4']);
  });

  it('writes nothing into a merged area’s hidden cells, and changes no user cell', () => {
    const hidden = (cell: string): boolean => /^(?:[A-F]3|C5|[B-T]6)$/.test(cell);
    const changed = diffSnapshots(before, snapshotCells(h.emulator.spreadsheet), { ignoreAdded: false }).filter(
      (d) => d.sheet === 'Goals' && (hidden(d.cell) || /^[A-F]\d+$/.test(d.cell)),
    );
    expect(changed.map((d) => d.text)).toEqual([]);
    expect(goals.getRange('A6:T6').isPartOfMerge()).toBe(true);
    expect(goals.getRange('A2:A3').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A2:A3']);
  });
});
