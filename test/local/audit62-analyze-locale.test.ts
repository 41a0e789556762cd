/**
 * audit62: `smart-goals analyze` read a slash date as a sheet in en_US does, whoever typed it. An Auckland user's
 * "Grow revenue 20% by 1/4/2027" (1 April in en_NZ, day first as the spreadsheet locale reads typed dates: Google's
 * "Change a spreadsheet's locale…", support.google.com/docs/answer/58515) got the deadline 4 January 2027, said
 * "Deadline: January 4, 2027." — while SMARTPARSE in her en_NZ sheet reads 1 April. `--locale` gives the command the
 * spreadsheet locale `report --locale` already takes: the sentence's slash dates, its numbers and the dates its messages
 * write follow it. Without it nothing changes (en_US, or fr_FR with --lang fr).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'src/local/bin/smart-goals.cjs');

function cli(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'analyze', '--today', '2026-12-08', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const deadlineOf = (args: string[]): unknown => (JSON.parse(cli(['--json', ...args]).stdout) as { deadline: unknown }).deadline;

describe('smart-goals analyze --locale', () => {
  it('en_NZ reads "by 1/4/2027" day first, 1 April, and writes the date day first', () => {
    expect(deadlineOf(['--locale', 'en_NZ', 'Grow revenue 20% by 1/4/2027'])).toBe('2027-04-01');
    const human = cli(['--locale', 'en_NZ', 'Grow revenue 20% by 1/4/2027']);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain('Deadline: 1 April 2027.');
  });

  it('en_GB alike; fr_CA reads « 1 200,50 $ » and an ISO date', () => {
    expect(deadlineOf(['--locale', 'en_GB', 'Grow revenue 20% by 1/4/2027'])).toBe('2027-04-01');
    const fr = JSON.parse(cli(['--json', '--locale', 'fr_CA', 'Atteindre un panier moyen de 1 200,50 $ d’ici le 2027-03-31']).stdout) as { target: unknown; deadline: unknown };
    expect(fr).toMatchObject({ target: 1200.5, deadline: '2027-03-31' });
  });

  it('near miss: without --locale, or with en_US, "1/4/2027" stays 4 January (month first)', () => {
    expect(deadlineOf(['Grow revenue 20% by 1/4/2027'])).toBe('2027-01-04');
    expect(deadlineOf(['--locale', 'en_US', 'Grow revenue 20% by 1/4/2027'])).toBe('2027-01-04');
  });

  it('refuses a value that is no locale, in the language asked for (exit 2), and --help documents it', () => {
    const en = cli(['--locale', 'Auckland', 'Grow revenue 20% by 1/4/2027']);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('--locale must be a locale such as fr_FR or en_US, got "Auckland"');
    const fr = cli(['--lang', 'fr', '--locale', 'Montréal', 'Augmenter le CA de 10 %']);
    expect(fr.stderr).toContain('--locale doit être un paramètre régional comme fr_FR ou en_US, reçu «\u202fMontréal\u202f»');
    expect(cli(['--help']).stdout).toMatch(/--locale {8}spreadsheet locale/);
    expect(cli(['--help', '--lang', 'fr']).stdout).toMatch(/--locale {8}paramètres régionaux/);
  });
});
