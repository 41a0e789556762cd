import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffSnapshots, describeDifferences, snapshotCells } from '../../../src/local/emulator';
import { OUTPUT_COLUMNS, outputHeader, OWNED_COLUMN_METADATA_KEY, PROBABILITY_FORMAT, RULE_MARKER } from '../../../src/core/workbook/output';
import type { CheckSummary } from '../../../src/core/workbook/types';
import { addSheet, harness, ownedColumnLetters, TODAY } from './harness';

const HEADERS = [...OUTPUT_COLUMNS.map((c) => outputHeader(c, 'en')), ...OUTPUT_COLUMNS.map((c) => outputHeader(c, 'fr'))];

function letterOf(cell: string): string {
  return cell.replace(/\d+$/, '');
}

describe('Check goals on the example workbook (built bundle, emulator)', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  h.run('insertExampleWorkbook');
  const before = snapshotCells(h.emulator.spreadsheet);
  const summary = h.run<CheckSummary>('checkGoals');
  const goals = h.emulator.spreadsheet.getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet;

  it('summarizes the run', () => {
    expect(summary.checked).toBe(17);
    expect(summary.complete).toBe(true);
    expect(summary.flagged.map((f) => f.id)).toEqual(expect.arrayContaining(['G2', 'G6', 'S']));
    // Issue 12: the quarters that miss the annual total are named once, on the parent; they are not each flagged.
    expect(summary.flagged.map((f) => f.id)).not.toContain('S-Q4');
    expect(summary.flagged.find((f) => f.id === 'S')?.cause).toBe('alignment');
    expect(summary.alignmentProblems[0].message).toBe('S-Q1, S-Q2, S-Q3, S-Q4 (Q1–Q4) add up to 104 of the 120 new accounts of the annual goal: 16 missing.');
    expect(h.emulator.ui.toasts[h.emulator.ui.toasts.length - 1].message).toBe(summary.message);
  });

  it('formats every amount it writes: the suggested target wears its KPI column’s money format, percentages stay percentages', () => {
    const values = goals.getDataRange().getValues();
    const header = values[0] as string[];
    const suggested = header.indexOf('Suggested target') + 1;
    const row = values.findIndex((r) => r[0] === 'G5') + 1;
    const sales = h.emulator.spreadsheet.getSheetByName('Sales') as GoogleAppsScript.Spreadsheet.Sheet;
    expect(sales.getRange(2, 2).getNumberFormat()).toBe('"$"#,##0');
    // G5 is a stretch goal whose reachable best lies beyond its own target: no suggestion (review 10, F2); a money
    // suggestion's format is checked on an unrealistic G5 in fixes32.test.ts (K2).
    expect(goals.getRange(row, suggested).getDisplayValue()).toBe('');
    const g2 = values.findIndex((r) => r[0] === 'G2') + 1;
    expect(goals.getRange(g2, suggested).getDisplayValue()).toMatch(/^\d+(\.\d)?%$/);
    expect(goals.getRange(g2, header.indexOf('Probability') + 1).getNumberFormat()).toBe(PROBABILITY_FORMAT);
  });

  it('changes nothing but its own columns', () => {
    const owned = ownedColumnLetters(h.emulator, 'Goals', HEADERS);
    expect(owned.size).toBe(OUTPUT_COLUMNS.length);
    const differences = diffSnapshots(before, snapshotCells(h.emulator.spreadsheet), { ignore: (sheet, cell) => sheet === 'Goals' && owned.has(letterOf(cell)) });
    expect(describeDifferences(differences)).toEqual(describeDifferences([]));
  });

  it('writes localized headers and results on the right rows', () => {
    const values = goals.getDataRange().getValues();
    const header = values[0] as string[];
    const col = (name: string) => header.indexOf(name);
    expect(header.slice(-OUTPUT_COLUMNS.length)).toEqual(OUTPUT_COLUMNS.map((c) => outputHeader(c, 'en')));
    const g2 = values.find((r) => r[0] === 'G2') as unknown[];
    expect(g2[col('Verdict')]).toBe('unrealistic');
    expect(g2[col('Check')]).toBe('⚠ Review');
    expect(typeof g2[col('SMART score')]).toBe('number');
    expect(g2[col('Suggested target')]).toBeGreaterThan(0.25);
  });

  it('tells one story for 30 % next week (issue 11): stretch, half credit, "△ Stretch", a chance shown "<1%" not "0%"', () => {
    const values = goals.getDataRange().getValues();
    const header = values[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const row = values.findIndex((r) => r[0] === 'G1');
    const g1 = values[row] as unknown[];
    expect(g1[col('Verdict')]).toBe('stretch');
    expect(g1[col('Check')]).toBe('△ Stretch');
    expect(g1[col('SMART score')]).toBeLessThan(100);
    expect(String(g1[col('SMART notes')])).toMatch(/not at the current pace .*, but your team did \+/);
    const format = goals.getRange(row + 1, col('Probability') + 1).getNumberFormat();
    expect(format).toBe('[<0.005]"<1%";[>=0.995]">99%";0%');
    // The example's open pipeline is formatted in €: read as a level, never as a count.
    const context = h.run<{ series: Array<{ name: string; aggregation: string; unit: string; currency?: string | null }> }>('sidebarGetContext');
    const pipeline = context.series.find((s) => s.name === 'Pipeline value')!;
    // The example formats money in the spreadsheet locale's currency (en_US: $).
    expect(pipeline).toMatchObject({ aggregation: 'level', unit: 'currency', currency: '$' });
  });

  it('marks its columns with developer metadata and owns one conditional-format rule', () => {
    const metadata = h.emulator.spreadsheet.createDeveloperMetadataFinder().withKey(OWNED_COLUMN_METADATA_KEY).find();
    expect(metadata).toHaveLength(OUTPUT_COLUMNS.length);
    const rules = goals.getConditionalFormatRules();
    expect(rules.filter((r) => String(r.getBooleanCondition()?.getCriteriaValues()[0]).includes(RULE_MARKER))).toHaveLength(1);
  });

  it('updates in place on a second run, even after the user inserted a column', () => {
    const firstValues = goals.getDataRange().getValues();
    h.run('checkGoals');
    expect(goals.getDataRange().getValues()).toEqual(firstValues);
    goals.insertColumnBefore(3);
    goals.getRange(1, 3).setValue('My notes');
    const width = goals.getLastColumn();
    h.run('checkGoals');
    expect(goals.getLastColumn()).toBe(width);
    expect(h.emulator.spreadsheet.createDeveloperMetadataFinder().withKey(OWNED_COLUMN_METADATA_KEY).find()).toHaveLength(OUTPUT_COLUMNS.length);
    const rules = goals.getConditionalFormatRules().filter((r) => String(r.getBooleanCondition()?.getCriteriaValues()[0]).includes(RULE_MARKER));
    expect(rules).toHaveLength(1);
    expect(goals.getRange(1, 3).getValue()).toBe('My notes');
  });
});

describe('Check goals after the user moved one of its columns and renamed it', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  h.run('insertExampleWorkbook');
  h.run('checkGoals');
  const goals = h.emulator.spreadsheet.getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet;
  const header = () => goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0].map(String);
  const width = goals.getLastColumn();
  const flagBefore = header().indexOf('Check') + 1;
  // The user drags "Check" next to the goal text and calls it "Review?": neither its place nor its header says it is ours.
  goals.moveColumns(goals.getRange(1, flagBefore), 3);
  goals.getRange(1, 3).setValue('Review?');
  const before = snapshotCells(h.emulator.spreadsheet);
  h.emulator.calls.reset();
  h.run('checkGoals');
  const calls = h.emulator.calls.byMethod();

  it('reads the metadata from the goals tab’s own finder: four calls per column, none asking each entry its sheet', () => {
    expect(calls['Sheet.createDeveloperMetadataFinder']).toBe(1);
    expect(calls['DeveloperMetadata.getLocation']).toBe(OUTPUT_COLUMNS.length);
    expect(calls['Range.getSheet']).toBeUndefined();
  });

  it('finds the moved column by its metadata and writes there, adding no column', () => {
    expect(goals.getLastColumn()).toBe(width);
    expect(header()[2]).toBe('Check');
    expect(header().filter((cell) => cell === 'Check')).toHaveLength(1);
    const rows = goals.getDataRange().getValues();
    const g2 = rows.find((r) => r[0] === 'G2') as unknown[];
    expect(g2[2]).toBe('⚠ Review');
    expect(h.emulator.spreadsheet.createDeveloperMetadataFinder().withKey(OWNED_COLUMN_METADATA_KEY).find()).toHaveLength(OUTPUT_COLUMNS.length);
  });

  it('changes no cell outside its own columns', () => {
    const owned = ownedColumnLetters(h.emulator, 'Goals', HEADERS);
    expect(owned.size).toBe(OUTPUT_COLUMNS.length);
    const differences = diffSnapshots(before, snapshotCells(h.emulator.spreadsheet), { ignore: (sheet, cell) => sheet === 'Goals' && owned.has(letterOf(cell)) });
    expect(describeDifferences(differences)).toEqual(describeDifferences([]));
  });
});

describe('Check goals after the user renamed every one of its headers', () => {
  // No header of ours is seen: the run searches no column metadata (a first run's saving) and adds a new
  // block; the renamed one is left as the user made it — nothing is overwritten.
  const h = harness({ spreadsheetLocale: 'en_US' });
  h.run('insertExampleWorkbook');
  h.run('checkGoals');
  const goals = h.emulator.spreadsheet.getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet;
  const width = goals.getLastColumn();
  const first = width - OUTPUT_COLUMNS.length + 1;
  goals.getRange(1, first, 1, OUTPUT_COLUMNS.length).setValues([OUTPUT_COLUMNS.map((_, i) => `Mine ${i + 1}`)]);
  const before = snapshotCells(h.emulator.spreadsheet);
  h.emulator.calls.reset();
  h.run('checkGoals');

  it('adds a new block after the renamed one and changes none of the cells before it', () => {
    expect(h.emulator.calls.of('DeveloperMetadataFinder.find')).toBe(1);
    expect(goals.getLastColumn()).toBe(width + OUTPUT_COLUMNS.length);
    const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0].map(String);
    expect(header.slice(width)).toEqual(OUTPUT_COLUMNS.map((c) => outputHeader(c, 'en')));
    const differences = diffSnapshots(before, snapshotCells(h.emulator.spreadsheet), { ignoreAdded: true });
    expect(describeDifferences(differences)).toEqual(describeDifferences([]));
  });
});

describe('a messy French workbook', () => {
  const h = harness({ spreadsheetLocale: 'fr_FR' });
  const e = h.emulator;
  const kpi = addSheet(e, 'Taux de conclusion', [
    ['Semaine', 'Valeur', 'Commentaire'],
    ...Array.from({ length: 40 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 1, 2 + 7 * i));
      const text = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
      return [text, i === 7 ? 'n/d' : i === 12 ? '' : `${24 + (i % 3)} %`, i % 10 === 0 ? 'RAS' : ''];
    }),
  ]);
  void kpi;
  const goals = addSheet(e, 'Objectifs', [
    ['Objectifs commerciaux 2027'],
    [],
    ['Responsable', 'Objectif', 'Budget', 'Indicateur', 'Cible', 'Échéance', 'ID', 'Objectif parent', 'Longueur'],
    ['Alice', 'Porter le taux de conclusion à 30 % d’ici le 31/12/2026', '1 000 €', 'Taux de conclusion', '30 %', '31/12/2026', 'O1', '', ''],
    [],
    ['Bruno', 'Porter le taux de conclusion à 50 % la semaine prochaine', 'beaucoup', 'Taux de conclusion', 'cinquante', 'bientôt', 'O2', '', ''],
    ['', '', '', '', '', '', '', '', ''],
    ['Chloé', '=IMPORTXML("http://example.com/x";"//a")', '', '', '', '', 'O3', 'O9', ''],
  ]);
  goals.getRange('A1:D1').merge();
  goals.getRange('I4').setFormula('=LEN(B4)');
  goals.getRange('H8').setNote('parent inconnu');
  // The user's text starting with "=" is text in their sheet (typed with an apostrophe).
  goals.getRange('B8').setValue('\'=IMPORTXML("http://example.com/x";"//a")');
  const before = snapshotCells(e.spreadsheet);
  const summary = h.run<CheckSummary>('checkGoals');

  it('finds the table under a title, keeps extra columns and merged cells, loses nothing', () => {
    expect(summary.sheetName).toBe('Objectifs');
    expect(summary.checked).toBe(3);
    const owned = ownedColumnLetters(e, 'Objectifs', HEADERS);
    expect(owned.size).toBe(OUTPUT_COLUMNS.length);
    const differences = diffSnapshots(before, snapshotCells(e.spreadsheet), { ignore: (sheet, cell) => sheet === 'Objectifs' && owned.has(letterOf(cell)) });
    expect(describeDifferences(differences)).toEqual(describeDifferences([]));
  });

  it('puts results on the goal rows only, in French, with the reasons', () => {
    const values = goals.getDataRange().getValues();
    const header = values[2] as string[];
    expect(header).toContain('Score SMART');
    const notes = header.indexOf('Remarques SMART');
    expect(values[4][notes]).toBe('');
    expect(values[6][notes]).toBe('');
    expect(String(values[5][notes])).toContain('Cible\u202f: «\u202fcinquante\u202f» n’est pas un nombre');
    expect(String(values[7][notes])).toContain('«\u202fO9\u202f»');
    expect(summary.message).toMatch(/^Objectifs vérifiés\u202f: 3\u202f;/);
  });

  it('writes a French report without changing any cell of the workbook', () => {
    const beforeReport = snapshotCells(e.spreadsheet);
    const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
    expect(sheetName).toBe(`Plan SMART ${TODAY}`);
    expect(describeDifferences(diffSnapshots(beforeReport, snapshotCells(e.spreadsheet), { ignoreAdded: true }))).toEqual(describeDifferences([]));
    const report = e.spreadsheet.getSheetByName(sheetName) as GoogleAppsScript.Spreadsheet.Sheet;
    expect(report.getDataRange().getValues().flat()).toContain('=IMPORTXML("http://example.com/x";"//a")');
    expect(report.getDataRange().getFormulas().flat().every((f) => f === '')).toBe(true);
  });
});

describe('the plan report', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  h.run('insertExampleWorkbook');
  const goals = h.emulator.spreadsheet.getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet;
  goals.getRange('B7').setValue('\'=IMPORTXML("http://evil.example/";"//a")');
  const before = snapshotCells(h.emulator.spreadsheet);
  const first = h.run<{ sheetName: string }>('generatePlanReport');

  it('writes a new sheet without touching any other', () => {
    expect(first.sheetName).toBe(`SMART plan ${TODAY}`);
    const differences = diffSnapshots(before, snapshotCells(h.emulator.spreadsheet), { ignoreAdded: true });
    expect(describeDifferences(differences)).toEqual(describeDifferences([]));
  });

  it('brings formula-like goal text back as text', () => {
    const report = h.emulator.spreadsheet.getSheetByName(first.sheetName) as GoogleAppsScript.Spreadsheet.Sheet;
    const formulas = report.getDataRange().getFormulas().flat().filter((f) => f !== '');
    expect(formulas).toEqual([]);
    expect(report.getDataRange().getValues().flat()).toContain('=IMPORTXML("http://evil.example/";"//a")');
  });

  it('draws one chart per KPI with goals and a timeline', () => {
    const report = h.emulator.spreadsheet.getSheetByName(first.sheetName) as GoogleAppsScript.Spreadsheet.Sheet;
    expect(report.getCharts().length).toBe(5);
    const text = report.getDataRange().getValues().flat();
    for (const section of ['Summary', 'Goals', 'Alignment tree', 'Timeline', 'Recommendations', 'KPI charts', 'Chart data']) expect(text).toContain(section);
  });

  // Review 9, D3: an earlier report is no longer replaced either (the user may have typed on it): a later run takes the next free name.
  it('replaces no sheet on a later run, neither its own earlier report nor a user sheet of that name', () => {
    h.run('generatePlanReport');
    const names = () => h.emulator.spreadsheet.getSheets().map((s) => s.getName());
    expect(names().filter((n) => n.startsWith('SMART plan'))).toEqual([`SMART plan ${TODAY}`, `SMART plan ${TODAY} (2)`]);
    h.emulator.spreadsheet.getSheetByName(`SMART plan ${TODAY}`)?.setName('Mine');
    const mine = addSheet(h.emulator, `SMART plan ${TODAY}`, [['my own notes']]);
    void mine;
    const userBefore = snapshotCells(h.emulator.spreadsheet, { sheets: [`SMART plan ${TODAY}`] });
    const again = h.run<{ sheetName: string }>('generatePlanReport');
    expect(again.sheetName).toBe(`SMART plan ${TODAY} (3)`);
    expect(snapshotCells(h.emulator.spreadsheet, { sheets: [`SMART plan ${TODAY}`] })).toEqual(userBefore);
  });
});

describe('example workbook insertion', () => {
  it('never touches an existing tab and links goals to the tabs it created', () => {
    const h = harness({ spreadsheetLocale: 'fr_FR' });
    addSheet(h.emulator, 'Objectifs', [['à moi'], [42]]);
    addSheet(h.emulator, 'Attrition', [['mes données']]);
    const before = snapshotCells(h.emulator.spreadsheet);
    const result = h.run<{ sheets: string[] }>('insertExampleWorkbook');
    expect(result.sheets).toEqual(['Objectifs (2)', 'Taux de conclusion', 'Attrition (2)', 'Conversion', 'Ventes', 'Nouveaux comptes', 'Prospects', 'Rendez-vous', 'Équipe commerciale', 'Pipeline', 'Inducteurs']);
    expect(describeDifferences(diffSnapshots(before, snapshotCells(h.emulator.spreadsheet), { ignoreAdded: true }))).toEqual(describeDifferences([]));
    const goals = h.emulator.spreadsheet.getSheetByName('Objectifs (2)') as GoogleAppsScript.Spreadsheet.Sheet;
    expect(goals.getDataRange().getValues().map((r) => r[2])).toContain('Attrition (2)');
    const summary = h.run<CheckSummary>('checkGoals');
    expect(summary.sheetName).toBe('Objectifs (2)');
  });
});

describe('reliability', () => {
  it('ships minimal scopes, no UrlFetch, no eval', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../dist/appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes.sort()).toEqual(['https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/spreadsheets.currentonly']);
    const code = readFileSync(path.resolve(__dirname, '../../../dist/Code.js'), 'utf8');
    expect(code).not.toMatch(/UrlFetchApp|\beval\s*\(|new Function\s*\(/);
  });

  it('a run that cannot get the lock says so and changes nothing; the other finishes alone', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    h.run('insertExampleWorkbook');
    const reference = harness({ spreadsheetLocale: 'en_US' });
    reference.run('insertExampleWorkbook');
    reference.run('checkGoals');
    let interleaved = false;
    const unsubscribe = h.emulator.onServiceCall((method) => {
      if (method === 'Range.setValues' && !interleaved) {
        interleaved = true;
        h.run('menuCheckGoals');
      }
    });
    h.run('checkGoals');
    unsubscribe();
    expect(interleaved).toBe(true);
    expect(h.emulator.ui.alerts[h.emulator.ui.alerts.length - 1]).toContain('Another SMART Goals run is updating this spreadsheet');
    expect(snapshotCells(h.emulator.spreadsheet)).toEqual(snapshotCells(reference.emulator.spreadsheet));
  });

  it('a plan report started while another run holds the lock changes nothing', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    h.run('insertExampleWorkbook');
    let blocked: string[] = [];
    const unsubscribe = h.emulator.onServiceCall((method) => {
      if (method === 'Range.setValues' && blocked.length === 0) {
        const sheetsBefore = h.emulator.spreadsheet.getSheets().map((s) => s.getName());
        h.run('menuGeneratePlanReport');
        blocked = h.emulator.spreadsheet.getSheets().map((s) => s.getName());
        expect(blocked).toEqual(sheetsBefore);
      }
    });
    h.run('checkGoals');
    unsubscribe();
    expect(blocked.length).toBeGreaterThan(0);
    expect(h.emulator.ui.alerts[h.emulator.ui.alerts.length - 1]).toContain('Nothing was changed');
    expect(h.run<{ sheetName: string }>('generatePlanReport').sheetName).toBe(`SMART plan ${TODAY}`);
  });

  it('stops cleanly near the time limit, says what is left, and a re-run finishes it', () => {
    let clock = 0;
    const h = harness({ spreadsheetLocale: 'en_US' }, { __SMART_GOALS_NOW__: () => (clock += 1000), __SMART_GOALS_BUDGET_MS__: 24_000 });
    h.run('insertExampleWorkbook');
    const goals = h.emulator.spreadsheet.getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet;
    const notesOf = (): unknown[] => {
      const values = goals.getDataRange().getValues();
      const notes = (values[0] as string[]).indexOf('SMART notes');
      return values.slice(1).map((r) => r[notes]);
    };
    const first = h.run<CheckSummary>('checkGoals');
    expect(first.complete).toBe(false);
    expect(first.remainingRows.length).toBeGreaterThan(0);
    expect(first.message).toContain('goals left (rows');
    expect(notesOf()[first.remainingRows[0] - 2]).toContain('Not checked');
    const firstResults = goals.getDataRange().getValues();
    let left = first.remainingRows.length;
    let runs = 1;
    for (; runs < 10 && notesOf().some((n) => String(n).includes('Not checked')); runs++) {
      const summary = h.run<CheckSummary>('checkGoals');
      // Rows left by the previous run are done first; rows checked before keep their results.
      expect(notesOf().filter((n) => String(n).includes('Not checked')).length).toBeLessThan(left);
      left = notesOf().filter((n) => String(n).includes('Not checked')).length;
      for (const row of summary.remainingRows) if (!first.remainingRows.includes(row)) expect(goals.getRange(row, 1, 1, goals.getLastColumn()).getValues()[0]).toEqual(firstResults[row - 1]);
    }
    expect(runs).toBeGreaterThan(1);
    expect(notesOf().some((n) => String(n).includes('Not checked'))).toBe(false);
  });

  it('service calls do not grow with the number of goal rows', () => {
    const calls = (count: number): { check: number; report: number } => {
      const h = harness({ spreadsheetLocale: 'en_US' });
      const rows: unknown[][] = [['ID', 'Goal', 'KPI', 'Target', 'Deadline']];
      for (let i = 0; i < count; i++) rows.push([`G${i}`, `Close ${10 + (i % 7)} new accounts by 31/12/2027`, 'Accounts', 10 + (i % 7), '2027-12-31']);
      addSheet(h.emulator, 'Goals', rows);
      addSheet(h.emulator, 'Accounts', [['Week', 'Value'], ...Array.from({ length: 60 }, (_, i) => [new Date(Date.UTC(2025, 9, 6 + 7 * i)).toISOString().slice(0, 10), 2 + (i % 3)])]);
      // Progress toasts (at most 4, on tables of 200+ goals) aside, the count is fixed.
      const counted = (): number => h.emulator.calls.total() - h.emulator.calls.of('Spreadsheet.toast');
      h.emulator.calls.reset();
      h.run('checkGoals');
      const check = counted();
      h.emulator.calls.reset();
      h.run('generatePlanReport');
      return { check, report: counted() };
    };
    const small = calls(20);
    const large = calls(150);
    expect(large.check).toBe(small.check);
    expect(large.report).toBe(small.report);
  });

  it('handles a goals tab with headers only', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    addSheet(h.emulator, 'Goals', [['ID', 'Goal', 'KPI', 'Deadline']]);
    const summary = h.run<CheckSummary>('checkGoals');
    expect(summary.checked).toBe(0);
    expect(summary.message).toBe('No goal rows under the header row of "Goals": write one goal per row. Alignment problems: 0.');
    const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
    const text = h.emulator.spreadsheet.getSheetByName(sheetName)?.getDataRange().getValues().flat() ?? [];
    expect(text).toContain('No goal has a deadline: nothing to draw.');
  });

  it('menu handlers report in the user language: Check goals ends on the Check pane with its result, the report opens', () => {
    const h = harness({ spreadsheetLocale: 'fr_FR' });
    h.run('menuInsertExampleWorkbook');
    h.run('menuCheckGoals');
    h.run('menuGeneratePlanReport');
    expect(h.emulator.ui.alerts).toEqual([]);
    expect(h.emulator.ui.sidebars).toHaveLength(1);
    const root = /<main id="app" ([^>]*)>/.exec(h.emulator.ui.sidebars[0].html)?.[1] ?? '';
    expect(root).toContain('data-pane="check" data-lang="fr"');
    const check = JSON.parse(/data-check="([^"]*)"/.exec(root)?.[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') ?? 'null') as {
      summary: string;
      flagged: Array<{ row: number }>;
    };
    expect(check.summary).toMatch(/^Objectifs vérifiés\u202f: 17\u202f; à revoir\u202f: \d+\./);
    expect(check.flagged.length).toBeGreaterThan(0);
    expect(h.emulator.ui.toasts.map((t) => t.message)).toContain(`Rapport de plan écrit dans «\u202fPlan SMART ${TODAY}\u202f».`);
    expect(h.emulator.spreadsheet.getActiveSheet().getName()).toBe(`Plan SMART ${TODAY}`);
  });

  it('menu failures are one localized alert, never a stack trace', () => {
    const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
    h.run('menuCheckGoals');
    expect(h.emulator.ui.alerts).toHaveLength(1);
    expect(h.emulator.ui.alerts[0]).toMatch(/^Aucun onglet d’objectifs trouvé/);
    expect(h.emulator.ui.alerts[0]).not.toMatch(/at .*\.js|Error:/);
  });
});
