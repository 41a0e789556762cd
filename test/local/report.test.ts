import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmulator, loadXlsx, saveXlsx } from '../../src/local/emulator';
import { defaultOutput, runReport } from '../../src/local/cli/report';

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
  const dir = mkdtempSync(path.join(tmpdir(), 'smart-report-'));

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
    expect(result.out).toContain('Q1–Q4 sum to 104 new accounts; the annual goal is 120 new accounts.');
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
    expect(goals?.getLastColumn()).toBe(11 + 11);
    expect(goals?.getRange(1, 12).getValue()).toBe('Score SMART');
    expect(workbook.spreadsheet.getSheets().map((s) => s.getName()).filter((n) => n.startsWith('Plan SMART'))).toEqual(['Plan SMART 2026-11-26']);
  });

  it('speaks the workbook’s language by default', async () => {
    const input = path.join(dir, 'objectifs.xlsx');
    copyFileSync(path.resolve(__dirname, '../../examples/objectifs-commerciaux.xlsx'), input);
    const result = await run([input, '--today', '2026-11-26']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Objectifs vérifiés : 17 ;/);
    expect(result.out).toContain('T1–T4 totalisent 104 nouveaux comptes');
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
});
