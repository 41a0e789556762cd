/**
 * appendGoal, readWorkbook and the settings adapters are called by the sidebar's server code, not
 * from the menu: they are tested from source with the emulator's services installed as globals.
 */
import { createEmulator, snapshotCells, diffSnapshots, describeDifferences, type Emulator } from '../../../src/local/emulator';
import { appendGoal, appendGoals, readSettings, readWorkbook, writeSettings } from '../../../src/gas/workbook';
import { normalizeSettings } from '../../../src/core/settings';
import { addSheet, TODAY } from './harness';

function install(emulator: Emulator): void {
  Object.assign(globalThis, emulator.globals, { __SMART_GOALS_TODAY__: TODAY });
}

describe('appendGoal (wizard)', () => {
  it('appends after the last row, fills the structured columns, keeps text as text', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US' });
    install(emulator);
    addSheet(emulator, 'Goals', [
      ['ID', 'Goal', 'Owner', 'KPI', 'Target', 'Deadline', 'Remarks'],
      ['G1', 'Close 30 accounts by 2027-03-31', 'Ann', 'Accounts', 30, '2027-03-31', 'keep me'],
      [],
      ['G2', 'Raise close rate to 30% by 2027-06-30', 'Bob', 'Close rate', '30%', '2027-06-30', ''],
    ]);
    const before = snapshotCells(emulator.spreadsheet);
    const result = emulator.runExecution(() =>
      appendGoal({ statement: '=HYPERLINK("http://x")', owner: '+33 6 12', kpi: 'Close rate', target: 0.35, deadline: '2027-09-30', parent: 'G2', direction: 'increase' }),
    );
    expect(result).toEqual({ row: 5, sheetName: 'Goals', id: 'G3' });
    const differences = diffSnapshots(before, snapshotCells(emulator.spreadsheet));
    // The row itself, plus the header of the Parent column the table lacked (H1).
    expect(differences.every((d) => /^[A-H]5$|^H1$/.test(d.cell))).toBe(true);
    expect(differences.find((d) => d.cell === 'H1')?.after).toBe('Parent');
    const sheet = emulator.spreadsheet.getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet;
    const row = sheet.getRange(5, 1, 1, 7).getValues()[0];
    expect(row.slice(0, 5)).toEqual(['G3', '=HYPERLINK("http://x")', '+33 6 12', 'Close rate', 0.35]);
    expect(sheet.getRange(5, 2).getFormula()).toBe('');
    expect(row[6]).toBe('');
    const model = emulator.runExecution(() => readWorkbook());
    expect(model.goals.map((g) => [g.row, g.id, g.parent, g.deadline])).toEqual([
      [2, 'G1', null, '2027-03-31'],
      [4, 'G2', null, '2027-06-30'],
      [5, 'G3', 'G2', '2027-09-30'],
    ]);
    expect(describeDifferences(differences.filter((d) => !/5$|^H1$/.test(d.cell)))).toEqual(describeDifferences([]));
  });

  it('creates a goals tab in the user language when there is none', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
    install(emulator);
    const result = emulator.runExecution(() => appendGoal({ statement: 'Conclure 10 comptes d’ici fin mars 2027' }));
    expect(result.sheetName).toBe('Objectifs');
    expect(result.row).toBe(2);
    const model = emulator.runExecution(() => readWorkbook());
    expect(model.goalsSheet?.name).toBe('Objectifs');
    expect(model.goals[0].statement).toBe('Conclure 10 comptes d’ici fin mars 2027');
  });

  it('numbers a new goal after the visible sequence (G7 after G1–G6), not after the row count', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US' });
    install(emulator);
    addSheet(emulator, 'Goals', [
      ['ID', 'Goal', 'KPI', 'Target', 'Parent'],
      ...[1, 2, 3, 4, 5, 6].map((n) => [`G${n}`, `Goal ${n}`, 'Accounts', 10, '']),
      ...['S', 'S-Q1', 'S-Q2', 'S-Q3', 'S-Q4', 'N', 'N-Q1', 'N-Q2', 'E', 'G12x'].map((id) => [id, `Goal ${id}`, 'Accounts', 10, id.includes('-') ? id.slice(0, 1) : '']),
    ]);
    const result = emulator.runExecution(() => appendGoal({ statement: 'Close 12 accounts by 2027-03-31', kpi: 'Accounts', target: 12 }));
    expect(result.id).toBe('G7');
  });

  it('writes amounts in the KPI column’s own format, else in the sheet’s currency, and dates in the sheet’s locale', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
    install(emulator);
    addSheet(emulator, 'Objectifs', [['ID', 'Objectif', 'KPI', 'Départ', 'Cible', 'Échéance']]);
    const sheet = emulator.spreadsheet.getSheetByName('Objectifs') as GoogleAppsScript.Spreadsheet.Sheet;
    emulator.runExecution(() => appendGoal({ statement: 'Atteindre 150 000 € de chiffre d’affaires d’ici fin mars 2027', kpi: 'Chiffre d’affaires', baseline: 131333.4, target: 150000, deadline: '2027-03-31' }));
    expect(sheet.getRange(2, 4, 1, 3).getNumberFormats()[0]).toEqual(['#,##0.00"\u00a0€"', '#,##0"\u00a0€"', 'dd/mm/yyyy']);
    expect(sheet.getRange(2, 5).getDisplayValue()).toBe('150\u202f000\u00a0€');
    emulator.runExecution(() => appendGoal({ statement: 'Atteindre 160 000 € d’ici fin juin 2027', kpi: 'Chiffre d’affaires', target: 160000, deadline: '2027-06-30', valueFormat: '[$$]#,##0.00' }));
    expect(sheet.getRange(3, 5).getNumberFormat()).toBe('[$$]#,##0.00');
  });

  it('refuses an empty sentence with a localized error', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US' });
    install(emulator);
    expect(() => emulator.runExecution(() => appendGoal({ statement: '   ' }))).toThrow('The goal sentence is empty.');
  });
});

describe('settings in document properties', () => {
  it('round-trips and tolerates garbage', () => {
    const emulator = createEmulator();
    install(emulator);
    emulator.runExecution(() => writeSettings(normalizeSettings({ language: 'fr', fiscalYearStartMonth: 4, goalsSheetName: 'Plan' })));
    expect(emulator.runExecution(() => readSettings())).toMatchObject({ language: 'fr', fiscalYearStartMonth: 4, goalsSheetName: 'Plan' });
    emulator.properties.document.set('smartGoals.settings', '{not json');
    expect(emulator.runExecution(() => readSettings()).language).toBe('auto');
  });
});

describe('appendGoals (driver goals under their parent)', () => {
  it('writes a parent and its children in one pass: IDs in sequence, ParentId from the batch, one write per column run', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US' });
    install(emulator);
    addSheet(emulator, 'Goals', [
      ['ID', 'Goal', 'KPI', 'Target', 'Parent', 'Notes'],
      ['G1', 'Close 30 accounts by 2027-03-31', 'Accounts', 30, '', 'keep me'],
    ]);
    const before = snapshotCells(emulator.spreadsheet);
    const calls: string[] = [];
    const stop = emulator.onServiceCall((method) => calls.push(method));
    const result = emulator.runExecution(() =>
      appendGoals({
        goals: [
          { statement: 'Reach $200,000 revenue by 2027-03-31', kpi: 'Revenue', target: 200000 },
          { statement: 'Reach 400 meetings by 2027-03-31', kpi: 'Meetings', target: 400, parentFrom: 0 },
          { statement: 'Raise the close rate to 27% by 2027-03-31', kpi: 'Close rate', target: 0.27, parentFrom: 0 },
        ],
      }),
    );
    stop();
    expect(result).toEqual({ sheetName: 'Goals', rows: [{ index: 0, row: 3, id: 'G2' }, { index: 1, row: 4, id: 'G3' }, { index: 2, row: 5, id: 'G4' }], skipped: [] });
    const sheet = emulator.spreadsheet.getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet;
    expect(sheet.getRange(3, 1, 3, 6).getValues()).toEqual([
      ['G2', 'Reach $200,000 revenue by 2027-03-31', 'Revenue', 200000, '', ''],
      ['G3', 'Reach 400 meetings by 2027-03-31', 'Meetings', 400, 'G2', ''],
      ['G4', 'Raise the close rate to 27% by 2027-03-31', 'Close rate', 0.27, 'G2', ''],
    ]);
    expect(calls.filter((m) => m === 'Range.setValues')).toHaveLength(1);
    expect(diffSnapshots(before, snapshotCells(emulator.spreadsheet)).every((d) => /^[A-E][345]$/.test(d.cell))).toBe(true);
  });

  it('gives the parent an ID even in a table without an ID column, so its children can name it', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US' });
    install(emulator);
    addSheet(emulator, 'Goals', [
      ['Goal', 'KPI', 'Target'],
      ['Close 30 accounts by 2027-03-31', 'Accounts', 30],
    ]);
    const result = emulator.runExecution(() =>
      appendGoals({ goals: [{ statement: 'Reach $200,000 revenue by 2027-03-31', kpi: 'Revenue' }, { statement: 'Reach 400 meetings by 2027-03-31', kpi: 'Meetings', parentFrom: 0 }] }),
    );
    expect(result.rows.map((r) => r.id)).toEqual(['G1', null]);
    const model = emulator.runExecution(() => readWorkbook());
    expect(model.goals.map((g) => [g.row, g.id, g.parent])).toEqual([
      [2, expect.any(String), null],
      [3, 'G1', null],
      [4, expect.any(String), 'G1'],
    ]);
  });

  it('under an existing parent: refuses one that is not there, skips KPIs it already has, changes nothing twice', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US' });
    install(emulator);
    addSheet(emulator, 'Goals', [
      ['ID', 'Goal', 'KPI', 'Target', 'Parent'],
      ['G1', 'Reach $200,000 revenue by 2027-03-31', 'Revenue', 200000, ''],
      ['G2', 'Reach 400 meetings by 2027-03-31', 'Meetings', 400, 'G1'],
    ]);
    const batch = { existingParent: 'g1', goals: [{ statement: 'Reach 400 meetings by 2027-03-31', kpi: 'meetings', parent: 'G1' }, { statement: 'Raise the close rate to 27% by 2027-03-31', kpi: 'Close rate', parent: 'G1' }] };
    const first = emulator.runExecution(() => appendGoals(batch));
    expect(first.skipped).toEqual([0]);
    expect(first.rows).toEqual([{ index: 1, row: 4, id: 'G3' }]);
    const before = snapshotCells(emulator.spreadsheet);
    const again = emulator.runExecution(() => appendGoals(batch));
    expect(again).toEqual({ sheetName: 'Goals', rows: [], skipped: [0, 1] });
    expect(() => emulator.runExecution(() => appendGoals({ ...batch, existingParent: 'G9' }))).toThrow('Goal G9 is not in the goals table: add it before its driver goals.');
    expect(diffSnapshots(before, snapshotCells(emulator.spreadsheet))).toEqual([]);
  });
});
