/**
 * The time-zone matrix: the date-carrying cases (custom functions given DATE cells, SMARTPARSE's
 * deadline written back, Check goals + plan report on a KPI tab of date cells, the sidebar's
 * context, `smart-goals report` on an .xlsx) for five SPREADSHEET zones, each under several
 * process zones — the process zone is the zone the add-on's own Date works in, the script's
 * zone (Europe/Paris in the manifest) in Apps Script.
 *
 * Property: the day a user typed is the day the add-on reads and the day it writes back, in
 * every pair of zones; so every pair gives the same answers.
 *
 * Jest's `process.env` is a copy (setting TZ in a test does not reach V8), so the other process
 * zones run in child processes (`TZ=… tsx test/zones/child.ts`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { RESULTS_MARKER, SPREADSHEET_ZONES, zoneCases, type ZoneResult } from './zone-cases';

const OWN_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Process zones: this one (in-process, without the CLI) and these in children (with it). */
const CHILD_ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Europe/Paris', 'UTC'].filter((zone) => zone !== OWN_ZONE).slice(0, 3);
const PROCESS_ZONES = [OWN_ZONE, ...CHILD_ZONES];
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function runChild(processZone: string): Promise<ZoneResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(__dirname, 'child.ts'), ...SPREADSHEET_ZONES], { cwd: ROOT, env: { ...process.env, TZ: processZone } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const at = out.indexOf(RESULTS_MARKER);
      if (code !== 0 || at < 0) reject(new Error(`TZ=${processZone} child failed (${String(code)}): ${err.slice(0, 2000)}`));
      else resolve(JSON.parse(out.slice(at + RESULTS_MARKER.length)) as ZoneResult[]);
    });
  });
}

/** One child at a time: jest's other workers share the (two) cores. */
async function runChildren(zones: readonly string[]): Promise<ZoneResult[]> {
  const results: ZoneResult[] = [];
  for (const zone of zones) results.push(...(await runChild(zone)));
  return results;
}

let results: ZoneResult[] = [];

beforeAll(async () => {
  const inProcess: ZoneResult[] = [];
  for (const zone of SPREADSHEET_ZONES) inProcess.push(await zoneCases(zone, false));
  results = [...inProcess, ...(await runChildren(CHILD_ZONES))];
}, 600_000);

const pair = (r: ZoneResult): string => `spreadsheet ${r.spreadsheetZone} / process ${r.processZone}`;

describe('time-zone matrix (5 spreadsheet zones × process zones)', () => {
  it('covers every spreadsheet zone under every process zone', () => {
    for (const processZone of PROCESS_ZONES) {
      expect(results.filter((r) => r.processZone === processZone).map((r) => r.spreadsheetZone)).toEqual([...SPREADSHEET_ZONES]);
    }
    expect(new Set(results.map((r) => r.processZone)).size).toBe(4);
  });

  it('custom functions read DATE cells as the days typed (same answers as the ISO dates)', () => {
    for (const r of results) {
      for (const [name, { cells, iso }] of Object.entries(r.functions)) expect({ pair: pair(r), name, value: cells }).toEqual({ pair: pair(r), name, value: iso });
      expect({ pair: pair(r), verdict: r.functions.GOALVERDICT.cells }).toEqual({ pair: pair(r), verdict: 'realistic' });
      expect({ pair: pair(r), day: r.functions.SMARTPARSE_monthEnd_day.cells }).toEqual({ pair: pair(r), day: '2026-12-31' });
      // BOTTOMUP answers a probability (not a message) on the daily table, the same from date cells as from ISO days.
      expect({ pair: pair(r), bottomUp: typeof r.functions.BOTTOMUP_dailyTotal.iso }).toEqual({ pair: pair(r), bottomUp: 'number' });
    }
  });

  it('SMARTPARSE writes its deadline back as the day of the sentence', () => {
    for (const r of results) expect({ pair: pair(r), ...r.smartparseDeadline }).toEqual({ pair: pair(r), display: '6/30/2027', dayInSpreadsheetZone: '2027-06-30' });
  });

  it('the sidebar receives the typed days as ISO dates, and the wizard’s dates land as those days', () => {
    for (const r of results) {
      expect({ pair: pair(r), ...r.sidebar }).toEqual({
        pair: pair(r),
        // Shown in the en_US locale's short date, as the tab's own dates (review 26: cellDateFormat).
        added: { start: '1/1/2027', deadline: '9/30/2027' },
        today: '2026-11-26',
        firstHistoryDate: '2026-10-05',
        lastHistoryDate: '2026-11-23',
        deadlines: ['2027-06-30', '2026-12-31'],
      });
    }
  });

  it('Check goals and the plan report give the same workbook in every pair, with the deadlines typed', () => {
    const [first, ...others] = results;
    const goals = first.workbook.Goals;
    const deadline = goals[0].indexOf('Deadline');
    // The third goal is the wizard's (its dates in the locale's m/d/yyyy since review 26, as the two typed before it).
    expect(goals.slice(1).map((row) => row[deadline])).toEqual(['6/30/2027', '12/31/2026', '9/30/2027']);
    expect(goals[1][goals[0].indexOf('Start')]).toBe('12/1/2026');
    expect(Object.keys(first.workbook)).toContain('SMART plan 2026-11-26');
    for (const r of others) expect({ pair: pair(r), workbook: r.workbook }).toEqual({ pair: pair(r), workbook: first.workbook });
  });

  it('smart-goals report gives the same Goals tab from an .xlsx in every pair', () => {
    const cli = results.filter((r) => r.cli !== null);
    expect(cli.length).toBe(SPREADSHEET_ZONES.length * CHILD_ZONES.length);
    const expected = cli[0].cli?.report ?? [];
    // Same goals, checks and dates as Check goals in the add-on (without the wizard's goal).
    expect(expected).toEqual(results[0].workbook.Goals.slice(0, 3));
    for (const r of cli) {
      expect({ pair: pair(r), exitCode: r.cli?.exitCode }).toEqual({ pair: pair(r), exitCode: 0 });
      expect({ pair: pair(r), report: r.cli?.report }).toEqual({ pair: pair(r), report: expected });
    }
  });
});
