/**
 * ACHIEVABILITY & co. through the BUILT bundle (dist/Code.js in a node:vm
 * realm), with a minimal fake SpreadsheetApp giving the locale: Dates built in
 * the bundle's realm, ranges as arrays of rows, localized errors in cells.
 */
import vm from 'node:vm';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';
import { estimateForCell } from '../../src/core/achievability';

function addon(locale = 'en_US'): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

/** A Date as Sheets hands it over: local midnight, made in the add-on's realm. */
function sheetDate(a: LoadedAddon, iso: string): Date {
  const RealmDate = vm.runInContext('Date', a.context) as DateConstructor;
  const [y, m, d] = iso.split('-').map(Number);
  return new RealmDate(y, m - 1, d);
}

const ARTICLE_ISO = [
  ['2026-11-02', 0.24],
  ['2026-11-09', 0.26],
  ['2026-11-16', 0.25],
];

describe('ACHIEVABILITY / GOALVERDICT / REALISTICTARGET in the bundle', () => {
  it('read a history of realm Dates with blanks, text numbers and unsorted rows', () => {
    const a = addon('fr_FR');
    const history = [
      [sheetDate(a, '2026-11-16'), '25 %'],
      ['', ''],
      [sheetDate(a, '2026-11-02'), 0.24],
      [sheetDate(a, '2026-11-09'), '26,0 %'],
      ['', ''],
    ];
    const p = a.call<number>('ACHIEVABILITY', history, 0.3, sheetDate(a, '2026-11-23'), sheetDate(a, '2026-11-20'));
    const same = a.call<number>('ACHIEVABILITY', ARTICLE_ISO, '30 %', '23/11/2026', '20/11/2026');
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.3);
    expect(p).toBeCloseTo(same, 12);
    // Header-less and no direction: the rise the levels read is said (a ceiling already kept reads the same: review 31).
    expect(a.call('GOALVERDICT', history, 0.5, sheetDate(a, '2026-11-23'), sheetDate(a, '2026-11-20'))).toBe('irréaliste — lu comme une hausse\u202f: passez «\u202fmaintien\u202f» si la cible est un plafond déjà tenu.');
    expect(a.call('GOALVERDICT', history, 0.5, sheetDate(a, '2026-11-23'), sheetDate(a, '2026-11-20'), 'hausse')).toBe('irréaliste');
  });

  it("give the article's verdicts in English", () => {
    const a = addon();
    const thirty = a.call<string>('GOALVERDICT', ARTICLE_ISO, 0.3, '2026-11-23', '2026-11-20');
    expect(['realistic', 'stretch']).toContain(thirty);
    expect(a.call('GOALVERDICT', ARTICLE_ISO, 0.5, '2026-11-23', '2026-11-20', 'increase')).toBe('unrealistic');
  });

  it('broadcast over a column of targets and a column of deadlines, one error in place', () => {
    const a = addon();
    const result = a.call<unknown[][]>(
      'ACHIEVABILITY',
      ARTICLE_ISO,
      [[0.27], [''], [0.5], ['abc']],
      [['2026-11-23'], ['2026-11-23'], ['2026-12-14'], ['2026-11-23']],
      '2026-11-20',
    );
    expect(result).toHaveLength(4);
    expect(typeof result[0][0]).toBe('number');
    expect(result[1][0]).toBe('');
    expect(typeof result[2][0]).toBe('number');
    expect(result[3][0]).toBe('Not a number: abc');
    const verdicts = a.call<unknown[][]>('GOALVERDICT', ARTICLE_ISO, [[0.25], [0.5]], '2026-11-23', '2026-11-20');
    expect(verdicts).toEqual([['on track'], ['unrealistic — read as a rise: pass "maintain" if the target is a ceiling already kept.']]);
  });

  it('accept FR/EN words for direction and aggregation', () => {
    const a = addon('fr_FR');
    const churn = [
      ['2026-03-01', 0.052],
      ['2026-04-01', 0.049],
      ['2026-05-01', 0.051],
      ['2026-06-01', 0.048],
      ['2026-07-01', 0.047],
      ['2026-08-01', 0.05],
      ['2026-09-01', 0.046],
      ['2026-10-01', 0.045],
    ];
    const baisse = a.call<number>('ACHIEVABILITY', churn, 0.04, '2026-12-31', '2026-11-15', 'Baisse');
    const decrease = a.call<number>('ACHIEVABILITY', churn, 0.04, '2026-12-31', '2026-11-15', 'decrease');
    expect(baisse).toBeCloseTo(decrease, 12);
    const deals = [
      ['2026-10-05', 5],
      ['2026-10-12', 7],
      ['2026-10-19', 6],
      ['2026-10-26', 8],
      ['2026-11-02', 6],
      ['2026-11-09', 7],
    ];
    const total = a.call<number>('ACHIEVABILITY', deals, 30, '2026-12-14', '2026-11-10', 'hausse', 'cumul');
    const level = a.call<number>('ACHIEVABILITY', deals, 30, '2026-12-14', '2026-11-10', 'hausse', 'niveau');
    expect(total).toBeGreaterThan(0.3);
    expect(level).toBeLessThan(0.05);
    expect(level).toBeLessThan(total / 10);
    expect(() => a.call('ACHIEVABILITY', churn, 0.04, '2026-12-31', '2026-11-15', 'sideways')).toThrow(
      'Sens inconnu\u202f: sideways (utilisez hausse, baisse ou maintien).',
    );
  });

  it('add up rows sharing a date for a total (a deals log), average them for a level', () => {
    const a = addon();
    const weekly = [5, 7, 6, 8, 4, 6, 7, 5].map((count, i) => {
      const day = String(5 + 7 * (i % 4)).padStart(2, '0');
      return [`2026-${i < 4 ? '10' : '11'}-${day}`, count];
    });
    const log = weekly.flatMap(([date, count]) => Array.from({ length: Number(count) }, () => [date, 1]));
    // As of Monday 30 November every week of the log is over: its weekly totals are the weekly rows.
    const fromLog = a.call<number>('ACHIEVABILITY', log, 30, '2026-12-31', '2026-11-30', 'increase', 'total');
    const fromWeeks = a.call<number>('ACHIEVABILITY', weekly, 30, '2026-12-31', '2026-11-30', 'increase', 'total');
    expect(fromLog).toBe(fromWeeks);
    // As of Friday 27 November the week of 23 November is still running: its rows so far are no week's total (review 27).
    const running = a.call<number>('ACHIEVABILITY', log, 30, '2026-12-31', '2026-11-27', 'increase', 'total');
    expect(running).toBe(a.call<number>('ACHIEVABILITY', weekly.slice(0, -1), 30, '2026-12-31', '2026-11-27', 'increase', 'total'));
    expect(a.call<number>('ACHIEVABILITY', log, 2, '2026-12-31', '2026-11-27', 'increase', 'level')).toBeLessThan(0.5);
  });

  it('REALISTICTARGET suggests a target the verdict does not call unrealistic', () => {
    const a = addon();
    const suggested = a.call<number>('REALISTICTARGET', ARTICLE_ISO, '2026-11-23', '2026-11-20');
    expect(suggested).toBeGreaterThan(0.26);
    expect(suggested).toBeLessThan(0.5);
    expect(a.call('GOALVERDICT', ARTICLE_ISO, suggested, '2026-11-23', '2026-11-20')).not.toBe('unrealistic');
  });

  it('report localized errors, never stack traces', () => {
    const fr = addon('fr_FR');
    expect(() => fr.call('ACHIEVABILITY', [['2026-11-02', 0.24]], 0.3, '2026-11-23', '2026-11-20')).toThrow(
      'L’historique doit contenir au moins 3 valeurs datées (1 trouvée).',
    );
    expect(() => fr.call('ACHIEVABILITY', 'pas une plage', 0.3, '2026-11-23')).toThrow(
      'L’historique doit être une plage de deux colonnes\u202f: dates, valeurs.',
    );
    const en = addon();
    expect(() => en.call('ACHIEVABILITY', ARTICLE_ISO, 0.3, '2026-11-01', '2026-11-20')).toThrow(/already past/);
    expect(en.call('GOALVERDICT', [['2026-11-02', 0.24]], 0.3, '2026-11-23', '2026-11-20')).toBe('insufficient data');
  });
});

describe('the default as-of date', () => {
  it('is today as Check goals sees it (the spreadsheet’s day; here the pinned test day), read once for a column', () => {
    const fake = createFakeAppsScript({ spreadsheetLocale: 'en_US' });
    const a = loadAddon({ ...fake.globals, __SMART_GOALS_TODAY__: '2026-11-20' });
    expect(a.call('ACHIEVABILITY', ARTICLE_ISO, 0.3, '2026-11-23')).toBe(a.call('ACHIEVABILITY', ARTICLE_ISO, 0.3, '2026-11-23', '2026-11-20'));
    expect(() => a.call('ACHIEVABILITY', ARTICLE_ISO, 0.3, '2026-11-19')).toThrow(/today: November 20, 2026/);
    fake.calls.length = 0;
    const column = a.call<unknown[][]>('ACHIEVABILITY', ARTICLE_ISO, [[0.26], [0.28], [0.3]], '2026-11-23');
    expect(column).toHaveLength(3);
    expect(column.flat().every((p) => typeof p === 'number')).toBe(true);
    expect(fake.calls.filter((c) => c === 'Spreadsheet.getSpreadsheetTimeZone').length).toBeLessThanOrEqual(1);
  });
});

describe('REQUIREDPACE / GOALPROGRESS in the bundle', () => {
  it('compute the compound pace per period and the progress for both directions', () => {
    const a = addon();
    expect(a.call<number>('REQUIREDPACE', 100000, 120000, sheetDate(a, '2026-01-01'), sheetDate(a, '2026-12-31'))).toBe(
      // Three significant digits (fixes56, core `estimateForCell`).
      estimateForCell(1.2 ** (1 / 12) - 1),
    );
    expect(a.call<number>('REQUIREDPACE', 100, 110, '2026-01-01', '2026-03-31', 'quarter')).toBeCloseTo(0.1, 12);
    expect(a.call<number>('GOALPROGRESS', 0.1, 0.06, 0.08)).toBeCloseTo(0.5, 12);
    expect(a.call('GOALPROGRESS', 100, 150, [[100], [125], ['']])).toEqual([[0], [0.5], ['']]);
    expect(() => a.call('GOALPROGRESS', 5, 5, 6)).toThrow('The target equals the baseline: there is no progress to measure.');
    expect(() => a.call('REQUIREDPACE', 100, 110, '2026-04-01', '2026-01-01')).toThrow(/is before the start/);
    expect(() => a.call('REQUIREDPACE', -5, 110, '2026-01-01', '2026-04-01')).toThrow(/positive baseline and target/);
  });
});

describe('whole-column calls with several column arguments', () => {
  /** A one-column range that counts how often its rows are read. */
  function countedColumn(values: number[]): { column: unknown[][]; reads: () => number } {
    let reads = 0;
    const rows = values.map((v) => [v]);
    const column = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { column, reads: () => reads };
  }

  it('read each row of each column argument a bounded number of times, not once per cell', () => {
    // review5: the shape of every column argument was tested for every cell, so two 10,000-row columns took
    // 17 s (quadratic); in Apps Script a custom function stops at 30 s.
    const a = addon();
    const n = 2_000;
    const baselines = countedColumn(Array.from({ length: n }, (_, i) => 100 + (i % 5)));
    const targets = countedColumn(Array.from({ length: n }, (_, i) => 200 + i));
    const current = Array.from({ length: n }, (_, i) => [150 + (i % 3)]);
    const result = a.call<unknown[][]>('GOALPROGRESS', baselines.column, targets.column, current);
    expect(result).toHaveLength(n);
    expect(result[0][0]).toBeCloseTo(0.5, 12); // (150 − 100) / (200 − 100)
    expect(result[n - 1][0]).toBeCloseTo((150 + ((n - 1) % 3) - (100 + ((n - 1) % 5))) / (200 + n - 1 - (100 + ((n - 1) % 5))), 12);
    expect(baselines.reads()).toBeLessThan(10 * n);
    expect(targets.reads()).toBeLessThan(10 * n);
  });
});

describe('smartAssess (the CLI entry point)', () => {
  it('returns a plain assessment, or an error for that request alone', () => {
    const a = addon();
    const ok = a.call<Record<string, unknown>>(
      'smartAssess',
      JSON.stringify({ history: ARTICLE_ISO, target: 0.5, deadline: '2026-11-23', today: '2026-11-20' }),
    );
    expect(ok.verdict).toBe('unrealistic');
    expect(ok.period).toBe('week');
    expect(a.call('smartAssess', '{"history": [], "target": 1, "deadline": "2027-01-01"}')).toEqual({
      error: 'Invalid request: empty history',
    });
    expect(a.call<{ error: string }>('smartAssess', 'nope').error).toMatch(/^Invalid request/);
  });
});
