/**
 * mend62a (review of audit62, findings 4–6): the CLI's --locale.
 * - analyze (and report) checked only its shape: "xx_YY" was taken (exit 0), "EN_NZ" refused. A locale is now one whose
 *   language Intl knows, its language part read in any case ("EN_NZ", "en-nz" are en_NZ).
 * - analyze's help said in French only that fr_CA reads « 1 200,50 $ » (fr_FR reads it too): both languages say the same.
 * - assess read an en_NZ comma file whose days are all 12 or less month first (1/08/2025 … 1/12/2026 as 8 January …,
 *   "+0.0068 pts/day for 444 days") and refused --deadline 31/03/2027, with no --locale to say so, though analyze and
 *   report have one. `assess --locale en_NZ` reads the file, --deadline and --today day first and writes "31 March 2027";
 *   en_US keeps month first.
 * Runs the BUILT add-on.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchDir } from '../support/scratch';

const ROOT = path.resolve(__dirname, '../..');

function cli(command: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), command, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const analyzeDeadline = (args: string[]): unknown => (JSON.parse(cli('analyze', ['--today', '2026-12-08', '--json', ...args]).stdout) as { deadline: unknown }).deadline;

describe('analyze --locale takes a locale, not a shape (finding 4)', () => {
  it('"xx_YY" is refused in the language asked for (exit 2), EN and FR', () => {
    const en = cli('analyze', ['--today', '2026-12-08', '--locale', 'xx_YY', 'Grow revenue 20% by 1/4/2027']);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('--locale must be a locale such as fr_FR or en_US, got "xx_YY"');
    const fr = cli('analyze', ['--today', '2026-12-08', '--lang', 'fr', '--locale', 'zz_ZZ', 'Augmenter le CA de 10 % d’ici le 1/4/2027']);
    expect(fr.status).toBe(2);
    expect(fr.stderr).toContain('--locale doit être un paramètre régional comme fr_FR ou en_US, reçu «\u202fzz_ZZ\u202f»');
  });

  it('"EN_NZ" and "en-nz" are en_NZ: 1/4/2027 is 1 April', () => {
    expect(analyzeDeadline(['--locale', 'EN_NZ', 'Grow revenue 20% by 1/4/2027'])).toBe('2027-04-01');
    expect(analyzeDeadline(['--locale', 'en-nz', 'Grow revenue 20% by 1/4/2027'])).toBe('2027-04-01');
  });

  it('near miss: en_US keeps 4 January', () => {
    expect(analyzeDeadline(['--locale', 'en_US', 'Grow revenue 20% by 1/4/2027'])).toBe('2027-01-04');
  });

  it('report refuses "xx_YY" as analyze does (its usage errors exit 1)', () => {
    const r = cli('report', ['missing.xlsx', '--locale', 'xx_YY']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--locale must be a locale such as fr_FR or en_US, got "xx_YY"');
  });
});

describe('analyze --help says the same of --locale in both languages (finding 5)', () => {
  it('EN and FR both name en_NZ/en_GB’s day-first read and write, and fr_FR/fr_CA’s « 1 200,50 $ »', () => {
    const en = cli('analyze', ['--help']).stdout;
    const fr = cli('analyze', ['--help', '--lang', 'fr']).stdout;
    expect(en).toContain('en_NZ or en_GB read\n                  "by 1/4/2027" as 1 April and write "1 April 2027"; fr_FR or fr_CA read "1 200,50 $"');
    expect(fr).toContain('en_NZ ou en_GB lisent\n                  «\u202fby 1/4/2027\u202f» comme le 1er avril et écrivent «\u202f1 April 2027\u202f»\u202f; fr_FR ou fr_CA lisent «\u202f1\u00a0200,50\u00a0$\u202f»');
  });

  it('what the help says holds: fr_FR reads « 1 200,50 $ » as fr_CA does', () => {
    for (const locale of ['fr_FR', 'fr_CA']) {
      const out = JSON.parse(cli('analyze', ['--today', '2026-12-08', '--json', '--locale', locale, 'Atteindre un panier moyen de 1\u00a0200,50 $ d’ici le 2027-03-31']).stdout) as { target: unknown };
      expect(out.target).toBe(1200.5);
    }
  });
});

describe('assess --locale: an en_NZ file whose days are all 12 or less (finding 6)', () => {
  const dir = scratchDir('mend62a-assess-');
  const file = path.join(dir, 'nz.csv');
  // Monthly close rates on the 1st, day first as en_NZ writes them: every part ≤ 12, so the column cannot tell.
  const months = ['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
  const rates = [0.2, 0.22, 0.21, 0.23, 0.22, 0.24, 0.23, 0.25, 0.24, 0.26, 0.25, 0.27, 0.26, 0.27, 0.28, 0.27];
  writeFileSync(file, `date,Close rate (%)\n${months.map((m, i) => `01/${m.slice(5)}/${m.slice(0, 4)},${rates[i]}`).join('\n')}\n`);
  const isoFile = path.join(dir, 'iso.csv');
  writeFileSync(isoFile, `date,Close rate (%)\n${months.map((m, i) => `${m}-01,${rates[i]}`).join('\n')}\n`);

  it('--locale en_NZ reads the file day first, as its ISO twin: the same answer, written "31 March 2027"', () => {
    const nz = cli('assess', ['--history', file, '--locale', 'en_NZ', '--target', '0.35', '--deadline', '31/03/2027', '--today', '8/12/2026']);
    const twin = cli('assess', ['--history', isoFile, '--locale', 'en_NZ', '--target', '0.35', '--deadline', '2027-03-31', '--today', '2026-12-08']);
    expect(nz.status).toBe(0);
    expect(nz.stdout).toBe(twin.stdout);
    expect(nz.stdout).toContain('31 March 2027');
    expect(nz.stdout).not.toContain('March 31, 2027');
  });

  it('near miss: without --locale, or with en_US, the same file is month first (an answer unlike its ISO twin’s) and 31/03/2027 refused', () => {
    const twin = cli('assess', ['--history', isoFile, '--target', '0.35', '--deadline', '2027-03-31', '--today', '2026-12-08']);
    for (const args of [[], ['--locale', 'en_US']]) {
      const us = cli('assess', ['--history', file, ...args, '--target', '0.35', '--deadline', '2027-03-31', '--today', '2026-12-08']);
      expect(us.status).toBe(0);
      expect(us.stdout).not.toBe(twin.stdout);
      const refused = cli('assess', ['--history', file, ...args, '--target', '0.35', '--deadline', '31/03/2027']);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('--deadline must be a date YYYY-MM-DD, got "31/03/2027"');
    }
  });

  it('a bad --locale is refused, in French with --lang fr', () => {
    const fr = cli('assess', ['--history', file, '--lang', 'fr', '--locale', 'xx_YY', '--target', '0.35', '--deadline', '2027-03-31']);
    expect(fr.status).toBe(2);
    expect(fr.stderr).toContain('--locale doit être un paramètre régional comme fr_FR ou en_US, reçu «\u202fxx_YY\u202f»');
  });
});
