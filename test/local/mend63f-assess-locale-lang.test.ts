/**
 * mend63f (6), the review of surf63 (e): `assess --json --locale fr_CA` answered in French while the plain form with the
 * same --locale answered in English (its language was --lang, else the file's); surf63's test passed --lang to the plain
 * form only. Now both take --lang, else --locale's language: the plain form then the file's, the JSON form English. A
 * line's "lang": null is absent (it kept English under --locale fr_CA). Runs the BUILT add-on, as the CLI does.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchDir } from '../support/scratch';

const ROOT = path.resolve(__dirname, '../..');

function cli(args: string[], input = ''): { stdout: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), 'assess', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: result.stdout, status: result.status };
}

const HISTORY = Array.from({ length: 11 }, (_, i) => [`2026-${String(i + 1).padStart(2, '0')}-01`, Math.round((0.21 + 0.01 * i) * 100) / 100] as const);
const REQUEST = { history: HISTORY, target: 0.5, deadline: '2027-03-31', today: '2026-12-08', header: 'Close rate (%)' };
const spaced = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

function jsonReasons(args: string[], lines: object[]): string[][] {
  const { stdout, status } = cli(['--json', ...args], `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  expect(status).toBe(0);
  return stdout
    .trim()
    .split('\n')
    .map((l) => ((JSON.parse(l) as { reasons?: string[] }).reasons ?? []).map(spaced));
}

function plainReasons(args: string[]): string[] {
  const dir = scratchDir('mend63f-assess-');
  const file = path.join(dir, 'rates.csv');
  writeFileSync(file, `date,Close rate (%)\n${HISTORY.map(([d, v]) => `${d},${v}`).join('\n')}\n`);
  const plain = cli(['--history', file, '--target', '0.5', '--deadline', '2027-03-31', '--today', '2026-12-08', ...args]);
  expect(plain.status).toBe(0);
  return plain.stdout.split('\n').filter((l) => l.startsWith('  - ')).map((l) => spaced(l.slice(4)));
}

const FR = 'Au rythme actuel : 35,7 % au 31 mars 2027 (fourchette à 80 % : 32,2 % à 39,1 %).';
const forecastLine = (lines: string[]): string | undefined => lines.find((r) => /^(At the current pace|Au rythme actuel)/.test(r));

describe('mend63f (6): assess — the plain and JSON forms take one language from --locale', () => {
  it('--locale fr_CA, no --lang: an English file answered in French by the plain form, as by --json', () => {
    const plain = plainReasons(['--locale', 'fr_CA']);
    expect(forecastLine(plain)).toBe(FR);
    expect(jsonReasons(['--locale', 'fr_CA'], [REQUEST])[0]).toEqual(plain);
  });

  it('near miss: --lang en beats --locale fr_CA on both forms, dates still day first', () => {
    const plain = plainReasons(['--locale', 'fr_CA', '--lang', 'en']);
    expect(forecastLine(plain)).toBe('At the current pace: 35.7% by 31 March 2027 (80% range 32.2% to 39.1%).');
    expect(jsonReasons(['--locale', 'fr_CA', '--lang', 'en'], [REQUEST])[0]).toEqual(plain);
  });

  it('near miss: no --locale, no --lang — the plain form keeps the file’s language (English), month first', () => {
    expect(forecastLine(plainReasons([]))).toBe('At the current pace: 35.7% by March 31, 2027 (80% range 32.2% to 39.1%).');
  });

  it('a line’s "lang": null is absent: --locale fr_CA answers it in French', () => {
    const [nulled] = jsonReasons(['--locale', 'fr_CA'], [{ ...REQUEST, lang: null }]);
    expect(forecastLine(nulled)).toBe(FR);
  });
});
