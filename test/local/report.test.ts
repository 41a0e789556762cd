import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import path from 'node:path';
import { createEmulator, loadXlsx, saveXlsx } from '../../src/local/emulator';
import { defaultOutput, runReport } from '../../src/local/cli/report';
import { scratchDir } from '../support/scratch';

const EXAMPLE = path.resolve(__dirname, '../../examples/sales-goals.xlsx');

function capture(): { out: string[]; err: string[]; restore: () => void } {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
  return { out, err, restore: () => (log.mockRestore(), error.mockRestore()) };
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  try {
    const code = await runReport(args);
    return { code, out: io.out.join('\n'), err: io.err.join('\n') };
  } finally {
    io.restore();
  }
}

// Each run loads, analyzes and saves a real workbook: seconds, not milliseconds.
jest.setTimeout(60_000);

describe('smart-goals report', () => {
  const dir = scratchDir('smart-report-');

  it('writes <name>.smart.xlsx, never touching the input, and prints the summary', async () => {
    const input = path.join(dir, 'sales.xlsx');
    copyFileSync(EXAMPLE, input);
    const original = readFileSync(input);
    const result = await run([input, '--today', '2026-11-26']);
    expect(result.code).toBe(0);
    expect(readFileSync(input).equals(original)).toBe(true);
    expect(defaultOutput(input)).toBe(path.join(dir, 'sales.smart.xlsx'));
    expect(result.out).toMatch(/^Goals checked: 17; to review: \d+\./);
    expect(result.out).toContain('Alignment problems (1):');
    expect(result.out).toContain('S-Q1, S-Q2, S-Q3, S-Q4 (Q1–Q4) add up to 104 of the 120 new accounts of the annual goal: 16 missing.');
    const output = await loadXlsx(defaultOutput(input));
    const report = output.spreadsheet.getSheetByName('SMART plan 2026-11-26');
    expect(report?.getCharts().length).toBeGreaterThan(0);
    const header = output.spreadsheet.getSheetByName('Goals')?.getRange(1, 1, 1, 22).getValues()[0];
    expect(header).toContain('SMART score');
  });

  it('--in-place updates the input in place, run after run', async () => {
    const input = path.join(dir, 'inplace.xlsx');
    copyFileSync(EXAMPLE, input);
    expect((await run([input, '--today', '2026-11-26', '--in-place', '--lang', 'fr'])).code).toBe(0);
    expect((await run([input, '--today', '2026-11-26', '--in-place', '--lang', 'fr'])).code).toBe(0);
    const workbook = await loadXlsx(input);
    const goals = workbook.spreadsheet.getSheetByName('Goals');
    expect(goals?.getLastColumn()).toBe(11 + 13);
    expect(goals?.getRange(1, 12).getValue()).toBe('Score SMART');
    // Review 9, D3: a later run never replaces the earlier report (the user may have typed on it): it adds "… (2)".
    expect(workbook.spreadsheet.getSheets().map((s) => s.getName()).filter((n) => n.startsWith('Plan SMART'))).toEqual(['Plan SMART 2026-11-26', 'Plan SMART 2026-11-26 (2)']);
    const ours = goals?.getConditionalFormatRules().filter((rule) => String(rule.getBooleanCondition()?.getCriteriaValues()[0]).includes('smart-goals'));
    expect(ours).toHaveLength(1);
    // The report's charts are native chart parts, replaced (not piled up) by the second run; the add-on state is no sheet.
    const charts = ['Plan SMART 2026-11-26', 'Plan SMART 2026-11-26 (2)'].reduce((n, name) => n + (workbook.spreadsheet.getSheetByName(name)?.getCharts().length ?? 0), 0);
    expect(charts).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(readFileSync(input));
    expect(Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(charts);
    expect(Object.keys(zip.files)).toContain('customXml/item1.xml');
    expect((await zip.file('xl/workbook.xml')?.async('string')) ?? '').not.toMatch(/__smart_goals_emulator_state__|state="(hidden|veryHidden)"/);
  });

  it('speaks the workbook’s language by default', async () => {
    const input = path.join(dir, 'objectifs.xlsx');
    copyFileSync(path.resolve(__dirname, '../../examples/objectifs-commerciaux.xlsx'), input);
    const result = await run([input, '--today', '2026-11-26']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Objectifs vérifiés\u202f: 17\u202f;/);
    expect(result.out).toContain('S-Q1, S-Q2, S-Q3, S-Q4 (T1–T4) totalisent 104 des 120 nouveaux comptes de l’objectif annuel\u202f: il en manque 16.');
    // French typography kept (review 10, F5): « S\u202f: S-Q1… », the reasons' own no-break spaces not flattened.
    expect(result.out).toContain('  S\u202f: S-Q1, S-Q2');
    expect(result.out).not.toMatch(/\S: /);
  });

  it('passes --today to the add-on and honours --out', async () => {
    const input = path.join(dir, 'dated.xlsx');
    copyFileSync(EXAMPLE, input);
    const out = path.join(dir, 'custom-name.xlsx');
    const result = await run([input, '--today', '2027-01-15', '--out', out]);
    expect(result.code).toBe(0);
    const workbook = await loadXlsx(out);
    expect(workbook.spreadsheet.getSheetByName('SMART plan 2027-01-15')).not.toBeNull();
  });

  it('explains a missing file, a non-xlsx file and a workbook without a Goals tab', async () => {
    expect(await run([path.join(dir, 'missing.xlsx')])).toMatchObject({ code: 1, err: expect.stringContaining('File not found') });
    const text = path.join(dir, 'notes.csv');
    writeFileSync(text, 'a,b\n1,2\n');
    expect(await run([text])).toMatchObject({ code: 1, err: expect.stringContaining('Not an .xlsx workbook') });
    const fake = path.join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    expect(await run([fake])).toMatchObject({ code: 1, err: expect.stringContaining('Cannot read') });
    const empty = createEmulator();
    empty.spreadsheet.getSheets()[0].getRange(1, 1, 2, 2).setValues([
      ['Name', 'Score'],
      ['a', 1],
    ]);
    const noGoals = path.join(dir, 'no-goals.xlsx');
    await saveXlsx(empty, noGoals);
    const result = await run([noGoals]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('No goals tab found');
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('refuses to overwrite the input without --in-place and rejects bad options', async () => {
    const input = path.join(dir, 'same.xlsx');
    copyFileSync(EXAMPLE, input);
    expect(await run([input, '--out', input])).toMatchObject({ code: 1, err: expect.stringContaining('--in-place') });
    expect(await run([input, '--today', '31/12/2026'])).toMatchObject({ code: 1, err: expect.stringContaining('YYYY-MM-DD') });
    expect(await run([input, '--lang', 'de'])).toMatchObject({ code: 1 });
    expect(await run([])).toMatchObject({ code: 1, err: expect.stringContaining('Usage: smart-goals report') });
    expect(await run([input, '--out', path.join(dir, 'no-such-dir', 'x.xlsx')])).toMatchObject({ code: 1, err: expect.stringContaining('Cannot write') });
  });

  it('rejects a mistyped or value-less option instead of writing somewhere unexpected', async () => {
    const input = path.join(dir, 'options.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = readFileSync(input);
    expect(await run([input, '--out'])).toMatchObject({ code: 1, err: expect.stringContaining('--out needs a value') });
    expect(await run([input, '--ouput', path.join(dir, 'typo.xlsx')])).toMatchObject({ code: 1, err: expect.stringContaining('Unknown option --ouput') });
    expect(await run([input, path.join(dir, 'second.xlsx')])).toMatchObject({ code: 1, err: expect.stringContaining('One workbook at a time') });
    expect(await run([input, '--in-place', '--out', path.join(dir, 'both.xlsx')])).toMatchObject({ code: 1, err: expect.stringContaining('not both') });
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(defaultOutput(input))).toBe(false);
  });

  /** A French team's file as Excel saves it: no locale, a merged title, text numbers and dates, a hidden column, a formula error, a note. */
  async function frenchExcelFile(file: string): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const goals = workbook.addWorksheet('Objectifs');
    goals.mergeCells('A1:H1');
    goals.getCell('A1').value = 'Objectifs commerciaux — équipe Sud';
    goals.addRow([]);
    goals.addRow(['N°', 'Objectif SMART', 'Indicateur', 'Responsable commercial', 'Valeur actuelle', 'Valeur cible', "Date d'échéance", 'Objectif parent', 'Notes perso']);
    goals.addRow(['S', "Signer 120 nouveaux comptes d'ici fin 2027", 'Nouveaux comptes', 'Sud', null, '120', '31/12/2027', null, 'prioritaire']);
    ['20', '26', '28', '30'].forEach((target, q) =>
      goals.addRow([`S${q + 1}`, `Signer ${target} nouveaux comptes au T${q + 1} 2027`, 'Nouveaux comptes', 'Sud', null, target, ['31/03/2027', '30/06/2027', '30/09/2027', '31/12/2027'][q], 'S', null]),
    );
    goals.addRow(['V', 'Porter le CA mensuel de 1 234,5 à 1 500 d’ici le 30/06/2027', 'CA', 'Léa', '1 234,5', '1 500', '30/06/2027', null, { formula: '1/0', result: { error: '#DIV/0!' } }]);
    goals.getColumn(9).hidden = true;
    goals.getCell('B4').note = 'Note du manager';
    const accounts = workbook.addWorksheet('Nouveaux comptes');
    accounts.addRow(['Mois', 'Valeur']);
    for (let i = 0; i < 36; i++) accounts.addRow([new Date(Date.UTC(2023, 11 + i, 1)), 8 + (i % 12 < 3 ? 2 : i % 12 > 8 ? 4 : 0) + (i % 2)]);
    await workbook.xlsx.writeFile(file);
  }

  it('reads an Excel file without a locale the way its French text is written, and says so', async () => {
    const input = path.join(dir, 'excel-fr.xlsx');
    await frenchExcelFile(input);
    const original = readFileSync(input);
    const result = await run([input, '--today', '2026-11-26']);
    expect(result.code).toBe(0);
    expect(readFileSync(input).equals(original)).toBe(true);
    expect(result.err).toContain('fr_FR');
    expect(result.out).toMatch(/^Objectifs vérifiés\u202f: 6\u202f;/);
    expect(result.out).toContain('S1, S2, S3, S4 (T1–T4) totalisent 104 des 120 nouveaux comptes');
    // A fourth quarter under its annual goal is no annual goal: no split is proposed for it.
    expect(result.out).not.toContain('Répartition trimestrielle proposée');
    const output = await loadXlsx(defaultOutput(input));
    const goals = output.spreadsheet.getSheetByName('Objectifs');
    const values = goals?.getDataRange().getValues() ?? [];
    const v = values.find((row) => row[0] === 'V') as unknown[];
    const notes = String(v[v.length - 1]);
    expect(notes).not.toMatch(/Valeur actuelle|Valeur cible|Échéance/);
    expect(goals?.getRange('B4').getNote()).toBe('Note du manager');
    expect(goals?.getRange('I4').getValue()).toBe('prioritaire');
    expect(goals?.isColumnHiddenByUser(9)).toBe(true);

    const english = await run([input, '--today', '2026-11-26', '--locale', 'en_US', '--out', path.join(dir, 'excel-en.xlsx')]);
    expect(english.code).toBe(0);
    expect(english.err).toBe('');
    expect(english.out).toMatch(/^Goals checked: 6;/);
    expect(await run([input, '--locale', 'french'])).toMatchObject({ code: 1, err: expect.stringContaining('--locale') });
  });
});
