/**
 * surf63 (e), audit62's leftover: `smart-goals assess --json` ignored --locale (and --lang): every line's reasons were
 * English with US dates whatever the options said, while the plain form writes them in the file's language and the
 * locale's date order. A scripting user who passes --locale expects the same text from both forms: the reasons' dates
 * follow --locale, their language a line's own "lang", else --lang, else --locale's language, else English.
 * Runs the BUILT add-on, as the CLI does.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchDir } from '../support/scratch';

const ROOT = path.resolve(__dirname, '../..');

function cli(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), 'assess', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Monthly close rates on the 1st, 21 % → 31 % (January – November 2026). */
const HISTORY = Array.from({ length: 11 }, (_, i) => [`2026-${String(i + 1).padStart(2, '0')}-01`, Math.round((0.21 + 0.01 * i) * 100) / 100] as const);
const REQUEST = { history: HISTORY, target: 0.5, deadline: '2027-03-31', today: '2026-12-08', header: 'Close rate (%)' };

/** The reasons of each JSON line answered, no-break spaces as plain ones. */
function reasons(args: string[], lines: object[]): string[][] {
  const { stdout, status } = cli(['--json', ...args], `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  expect(status).toBe(0);
  return stdout
    .trim()
    .split('\n')
    .map((l) => ((JSON.parse(l) as { reasons: string[] }).reasons ?? []).map((r) => r.replace(/[\u00a0\u202f]/g, ' ')));
}

const forecastLine = (lines: string[]): string | undefined => lines.find((r) => /^(At the current pace|Au rythme actuel)/.test(r));

describe('surf63 (e): assess --json follows --locale and --lang as the plain form does', () => {
  it('--locale en_NZ: the reasons’ dates day first, "31 March 2027" (was "March 31, 2027")', () => {
    const [nz] = reasons(['--locale', 'en_NZ'], [REQUEST]);
    expect(forecastLine(nz)).toBe('At the current pace: 35.7% by 31 March 2027 (80% range 32.2% to 39.1%).');
  });

  it('--locale fr_CA: a line naming no language is answered in French; one saying "lang": "en" keeps English, dates day first', () => {
    const [fr, en] = reasons(['--locale', 'fr_CA'], [REQUEST, { ...REQUEST, lang: 'en' }]);
    expect(forecastLine(fr)).toBe('Au rythme actuel : 35,7 % au 31 mars 2027 (fourchette à 80 % : 32,2 % à 39,1 %).');
    expect(forecastLine(en)).toBe('At the current pace: 35.7% by 31 March 2027 (80% range 32.2% to 39.1%).');
  });

  it('--lang fr with no --locale: French; a line’s own "lang" still wins', () => {
    const [fr, en] = reasons(['--lang', 'fr'], [REQUEST, { ...REQUEST, lang: 'en' }]);
    expect(forecastLine(fr)).toBe('Au rythme actuel : 35,7 % au 31 mars 2027 (fourchette à 80 % : 32,2 % à 39,1 %).');
    expect(forecastLine(en)).toBe('At the current pace: 35.7% by March 31, 2027 (80% range 32.2% to 39.1%).');
  });

  it('near miss: neither option — English, month first, as before', () => {
    const [plain] = reasons([], [REQUEST]);
    expect(forecastLine(plain)).toBe('At the current pace: 35.7% by March 31, 2027 (80% range 32.2% to 39.1%).');
  });

  it('the plain form and the JSON form give the same reasons for one request, EN (en_NZ) and FR (fr_CA)', () => {
    const dir = scratchDir('surf63-assess-');
    const file = path.join(dir, 'rates.csv');
    writeFileSync(file, `date,Close rate (%)\n${HISTORY.map(([d, v]) => `${d},${v}`).join('\n')}\n`);
    for (const [locale, lang] of [
      ['en_NZ', 'en'],
      ['fr_CA', 'fr'],
    ] as const) {
      const plain = cli(['--history', file, '--target', '0.5', '--deadline', '2027-03-31', '--today', '2026-12-08', '--locale', locale, '--lang', lang]);
      expect(plain.status).toBe(0);
      const lines = plain.stdout.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4).replace(/[\u00a0\u202f]/g, ' '));
      expect(lines.length).toBeGreaterThan(2);
      expect(reasons(['--locale', locale], [REQUEST])[0]).toEqual(lines);
    }
  });

  it('--help says what --locale and --lang do to --json', () => {
    const help = cli(['--help']).stdout;
    expect(help).toContain('--json: each line\'s "lang" (null: none), else --lang, else --locale\'s');
  });
});
