/**
 * `smart-goals assess`: JSON lines in → JSON lines out, in order, one bad line
 * never stopping the others; and the human form reading a CSV. Runs the BUILT
 * add-on (dist/Code.js) like the command does.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { assessLine, readHistoryCsv } from '../../src/local/cli/assess';
import { loadAddon } from '../../src/local/runtime';
import { scratchDir } from '../support/scratch';

const ROOT = path.resolve(__dirname, '../..');
const ARTICLE = [
  ['2026-11-02', 0.24],
  ['2026-11-09', 0.26],
  ['2026-11-16', 0.25],
];

function runCli(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), 'assess', ...args],
    {
      cwd: ROOT,
      input,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('assessLine (one request through the built add-on)', () => {
  const addon = loadAddon({});

  it('returns exactly the documented fields for a valid request', () => {
    const result = assessLine(addon, JSON.stringify({ history: ARTICLE, target: 0.5, deadline: '2026-11-23', today: '2026-11-20' }));
    expect(Object.keys(result)).toEqual([
      'verdict',
      'probability',
      'period',
      'horizon',
      'forecast',
      'required',
      'suggestedTarget',
      'reasons',
      'direction',
      'aggregation',
      'latest',
    ]);
    expect(result.verdict).toBe('unrealistic');
    expect(result.forecast).toEqual({ median: expect.any(Number), low: expect.any(Number), high: expect.any(Number), level: 0.8 });
    expect(result.required).toEqual({ perPeriod: expect.closeTo(0.25, 12), perPeriodRelative: expect.closeTo(1, 12) });
  });

  it.each([
    ['malformed JSON', '{"history": [', /malformed JSON/],
    ['empty history', '{"history": [], "target": 0.3, "deadline": "2027-01-01"}', /empty history/],
    ['non-numeric value', '{"history": [["2026-01-05", "abc"]], "target": 0.3, "deadline": "2027-01-01"}', /non-numeric value: abc/],
    ['non-numeric target', `{"history": ${JSON.stringify(ARTICLE)}, "target": "high", "deadline": "2027-01-01"}`, /non-numeric target/],
    ['unparseable date', '{"history": [["05/01/2026", 1]], "target": 0.3, "deadline": "2027-01-01"}', /unparseable date/],
    ['unparseable deadline', `{"history": ${JSON.stringify(ARTICLE)}, "target": 0.3, "deadline": "soon"}`, /unparseable deadline/],
    [
      'deadline before today',
      `{"history": ${JSON.stringify(ARTICLE)}, "target": 0.3, "deadline": "2026-01-01", "today": "2026-11-20"}`,
      /before today/,
    ],
    ['not an object', '[1, 2]', /not an object/],
  ])('gives {"error"} for %s', (_name, line, message) => {
    const result = assessLine(addon, line);
    expect(Object.keys(result)).toEqual(['error']);
    expect(result.error).toMatch(message);
  });
});

describe('readHistoryCsv', () => {
  it('reads French CSV (";" and decimal commas, day-first dates) and English CSV', () => {
    const fr = readHistoryCsv('date;taux\n16/11/2026;25,0 %\n02/11/2026;0,24\n\n09/11/2026;"26 %"\n', null);
    expect(fr.lang).toBe('fr');
    expect(fr.history).toEqual([
      ['2026-11-02', 0.24],
      ['2026-11-09', expect.closeTo(0.26, 12)],
      ['2026-11-16', expect.closeTo(0.25, 12)],
    ]);
    const en = readHistoryCsv('\uFEFFdate,value\n11/02/2026,"1,200.5"\n11/09/2026,1300\nbad,1\n', null);
    expect(en.lang).toBe('en');
    expect(en.history).toEqual([
      ['2026-11-02', 1200.5],
      ['2026-11-09', 1300],
    ]);
    expect(en.dropped).toBe(1);
    expect(en.droppedLines).toEqual([4]);
  });

  it('reads day-first dates of a comma CSV as day first when the column shows it', () => {
    const uk = readHistoryCsv('date,value\n02/11/2026,0.24\n09/11/2026,0.25\n16/11/2026,0.26\n', null);
    expect(uk.history.map(([date]) => date)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(uk.dropped).toBe(0);
  });

  it('reads a file without a header row', () => {
    expect(readHistoryCsv('2026-11-02,0.24\n2026-11-09,0.25\n', null).history).toHaveLength(2);
  });

  it('--lang picks the language of messages, never how the file is read', () => {
    const csv = 'date;taux\n02/11/2026;24 %\n09/11/2026;25 %\n16/11/2026;26 %\n';
    const en = readHistoryCsv(csv, 'en');
    expect(en.lang).toBe('en');
    expect(en.history).toEqual(readHistoryCsv(csv, null).history);
    expect(en.history.map(([date]) => date)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });
});

describe('smart-goals assess (process)', () => {
  it('--json answers every line, in order, even after bad lines', () => {
    const lines = [
      JSON.stringify({ history: ARTICLE, target: 0.3, deadline: '2026-11-23', today: '2026-11-20' }),
      'not json',
      JSON.stringify({ history: [], target: 1, deadline: '2027-01-01' }),
      JSON.stringify({
        history: ARTICLE,
        target: 0.5,
        deadline: '2026-11-23',
        today: '2026-11-20',
        direction: 'increase',
        aggregation: 'level',
      }),
    ];
    const { status, stdout } = runCli(['--json'], `${lines.join('\n')}\n`);
    expect(status).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(['realistic', 'stretch']).toContain(out[0].verdict);
    expect(out[1].error).toMatch(/malformed JSON/);
    expect(out[2].error).toMatch(/empty history/);
    expect(out[3].verdict).toBe('unrealistic');
  });

  it('reads a CSV history in the human form', () => {
    const dir = scratchDir('assess-');
    const file = path.join(dir, 'kpi.csv');
    writeFileSync(file, 'date;taux de conclusion\n02/11/2026;24 %\n09/11/2026;26 %\n16/11/2026;25 %\n');
    const { status, stdout } = runCli(['--history', file, '--target', '50 %', '--deadline', '2026-11-23', '--today', '2026-11-20']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Verdict\u202f: irréaliste/);
    // The verdict's line (its word and the chance it was read from) and the suggestion by when, as in the sheet (fixes50).
    expect(stdout).toMatch(/Probabilité\u202f: (?:moins de 1\u202f%|\d+\u202f%)\n/);
    expect(stdout).toMatch(/Irréaliste\u00a0— .+ de chances au rythme actuel, au-delà de ce que permettent/);
    expect(stdout).toMatch(/Cible suggérée\u202f: \d+(,\d+)?\u202f% d’ici le 23 novembre 2026/);
  });

  const csvDir = scratchDir('assess-usage-');
  const csv = path.join(csvDir, 'kpi.csv');
  writeFileSync(csv, 'date,value\n2026-11-02,0.24\n2026-11-09,0.25\n2026-11-16,0.26\n');

  it.each([
    [['--target', '0.3', '--deadline', '2027-03-31'], /Missing --history/],
    [['--history', 'no-such-file.csv', '--target', '0.3', '--deadline', '2027-03-31'], /File not found: no-such-file\.csv/],
    [['--history', csv, '--target', 'high', '--deadline', '2027-03-31'], /--target must be a number/],
    [['--history', csv, '--target', '0.3', '--deadline', '31/03/2027'], /--deadline must be a date YYYY-MM-DD/],
    [['--history', csv, '--target', '0.3', '--deadline', '2027-03-31', '--lang', 'de'], /--lang must be fr or en/],
    [['--history', csv, '--target', '0.3', '--deadline', '2027-03-31', '--taget', '1'], /Unknown option --taget/],
    [['--history', csvDir, '--target', '0.3', '--deadline', '2027-03-31'], /Not a file/],
    [['--history', 'no-such-file.csv', '--target', '0.3', '--deadline', '2027-03-31', '--lang', 'fr'], /Fichier introuvable\u202f: no-such-file\.csv/],
    [['--history', csv, '--target', 'haut', '--deadline', '2027-03-31', '--lang', 'fr'], /--target doit être un nombre/],
  ])('explains a usage error in one line (case %#)', (args, message) => {
    const { status, stdout, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

/**
 * mend42c: the CLI reads the CSV's header as ACHIEVABILITY reads its range's (core `historyValueKind`), for the forecast and
 * for the suggestion's unit. A yearly "Output index" at 0.62 … 1.00 is an amount that may pass 1: it printed "Suggested
 * target: 100%" and "Chance of reaching 105%: under 1%" where ACHIEVABILITY gives 98 %. Near miss: a header naming nothing
 * keeps the values' rule (a rate, in %).
 */
describe('smart-goals assess reads the header (mend42c)', () => {
  const YEARS = ['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];
  const INDEX = [0.62, 0.68, 0.73, 0.79, 0.85, 0.9, 0.95, 1.0];
  const dir = scratchDir('assess-header-');
  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const args = (file: string, target: string): string[] => ['--history', file, '--target', target, '--deadline', '2027-12-31', '--today', '2026-11-26'];

  it('an "Output index" passing 1 is no percentage: a chance of 1.05 and a suggestion in plain numbers', () => {
    const file = write('index.csv', `date,Output index\n${YEARS.map((y, i) => `${y}-12-31,${INDEX[i]}`).join('\n')}\n`);
    const { status, stdout } = runCli(args(file, '1.05'));
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Probability: \d+%$/m);
    expect(stdout).not.toMatch(/under 1%/);
    expect(stdout).toMatch(/^Suggested target: 1\.\d+ by December 31, 2027$/m);
  });

  it('« Indice de production » (";", decimal commas) likewise in French', () => {
    const file = write('indice.csv', `date;Indice de production\n${YEARS.map((y, i) => `31/12/${y};${String(INDEX[i]).replace('.', ',')}`).join('\n')}\n`);
    const { status, stdout } = runCli(args(file, '1,05'));
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Probabilité\u202f: \d+\u202f%$/m);
    expect(stdout).toMatch(/^Cible suggérée\u202f: 1,\d+ d’ici le 31 décembre 2027$/m);
  });

  it('near miss: a header naming nothing keeps the values’ rule, a rate in % (no chance of 105 %)', () => {
    const file = write('plain.csv', `date,Output\n${YEARS.map((y, i) => `${y}-12-31,${INDEX[i]}`).join('\n')}\n`);
    const { stdout } = runCli(args(file, '1.05'));
    expect(stdout).toMatch(/^Suggested target: \d+(\.\d+)?% by December 31, 2027$/m);
  });

  it('the JSON request takes the header too; a header that is not text is a clear error', () => {
    const addon = loadAddon({});
    const history = YEARS.map((y, i) => [`${y}-12-31`, INDEX[i]]);
    const request = { history, target: 1.05, deadline: '2027-12-31', today: '2026-11-26' };
    const told = assessLine(addon, JSON.stringify({ ...request, header: 'Output index' }));
    expect(told.probability as number).toBeGreaterThan(0.3);
    expect((assessLine(addon, JSON.stringify(request)).probability as number | null) ?? 0).toBeLessThan(0.01);
    expect(assessLine(addon, JSON.stringify({ ...request, header: 3 }))).toEqual({ error: expect.stringMatching(/non-text header: 3/) });
  });
});
