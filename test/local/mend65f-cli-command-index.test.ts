/**
 * mend65f, surf65's review (2) and (3): the command is found by the same rule parseArgs reads options with. A mistyped
 * option before the command (`--jsn analyze "…"`, `--lang fr --inplace report x.xlsx`, `--version`) took the next word
 * as its value and answered « Commande inconnue « Grow revenue… » » or the command list; a value starting with one dash
 * (`--target -0.05 assess …`) was not taken as the value and the command list came out. Only the commands' value options
 * take the next word before the command; any other `--x` there is the CLI's « Option inconnue --x (essayez --help) ».
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const nbsp = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

function cli(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('mend65f (2): an unknown option before the command', () => {
  it.each([
    [['--jsn', 'analyze', 'Grow revenue 10% by 2027'], 'Unknown option --jsn (try --help)'],
    [['--version'], 'Unknown option --version (try --help)'],
    [['--lang', 'fr', '--inplace', 'report', 'x.xlsx'], 'Option inconnue --inplace (essayez --help)'],
    [['--locale', 'fr_FR', '--jsn=1', 'analyze', 'Augmenter le CA de 10 % d’ici 2027'], 'Option inconnue --jsn (essayez --help)'],
  ])('%j: %s', (args, message) => {
    const { stdout, stderr, status } = cli(args);
    expect(status).toBe(2);
    expect(nbsp(stderr)).toContain(message);
    expect(stdout).not.toMatch(/Commandes|Commands:/);
  });

  it('near misses: known value options before the command are still the command’s', () => {
    const fr = cli(['--lang', 'fr', '--today', '2026-12-07', 'analyze', 'Augmenter le taux de conversion de 20 % à 25 % d’ici fin mars 2027']);
    expect(fr.status).toBe(0);
    expect(nbsp(fr.stdout)).toContain('valeur de départ');
    const en = cli(['--fiscal-start', '4', '--json', 'analyze', 'Grow revenue 10% by end of FY2027']);
    expect(en.status).toBe(0);
    expect(JSON.parse(en.stdout.trim().split('\n')[0])).toHaveProperty('deadline');
  });
});

describe('mend65f (3): a value starting with one dash, as parseArgs reads it', () => {
  it.each([
    [['--target', '-0.05', 'assess', '--history', 'nope.csv', '--deadline', '2027-01-01'], 'File not found'],
    [['--lang', 'fr', '--target', '-5', 'assess', '--history', 'nope.csv', '--deadline', '2027-01-01'], 'introuvable'],
  ])('%j: the command runs (%s)', (args, message) => {
    const { stdout, stderr, status } = cli(args);
    expect(status).not.toBe(0);
    expect(nbsp(stderr)).toContain(message);
    expect(stdout).not.toMatch(/Commandes|Commands:/);
  });

  it('near miss: a positive value before the command, as before', () => {
    const { stderr, status } = cli(['--target', '0.05', 'assess', '--history', 'nope.csv', '--deadline', '2027-01-01']);
    expect(status).not.toBe(0);
    expect(stderr).toContain('File not found');
  });
});
