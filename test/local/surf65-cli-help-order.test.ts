/**
 * surf65 (a), the last note's leftover: `smart-goals --locale fr_FR assess --help` printed the command list (the first
 * word, « --locale », was taken for the command), and `smart-goals --lang fr assess …` answered « Commande inconnue
 * « --lang » ». The command is the first word that is no option nor an option's value, wherever the options stand: its
 * help in --lang's language, else --locale's; the options before it are the command's as if written after it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const nbsp = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

function cli(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('surf65 (a): a command’s help wherever the options stand', () => {
  it.each([
    [['--locale', 'fr_FR', 'assess', '--help'], 'Utilisation :\n  smart-goals assess --json'],
    [['--lang', 'fr', 'assess', '-h'], 'Utilisation :\n  smart-goals assess --json'],
    [['--locale=fr_CA', '--help', 'report'], 'Utilisation : smart-goals report'],
    [['--help', '--lang', 'fr', 'analyze'], 'Utilisation :\n  smart-goals analyze'],
    [['--locale', 'en_AU', 'assess', '--help'], 'Usage:\n  smart-goals assess --json'],
    [['--lang', 'en', '--locale', 'fr_FR', 'report', '--help'], 'Usage: smart-goals report'],
  ])('%j: the command’s own help', (args, start) => {
    const { stdout, status } = cli(args);
    expect(status).toBe(0);
    expect(nbsp(stdout).startsWith(start)).toBe(true);
    expect(stdout).not.toMatch(/Commandes|Commands:/);
  });

  it('an option before the command is the command’s: --lang fr analyze answers in French', () => {
    const { stdout, status } = cli(['--lang', 'fr', 'analyze', '--today', '2026-12-07', 'Augmenter le taux de conversion de 20 % à 25 % d’ici fin mars 2027']);
    expect(status).toBe(0);
    expect(nbsp(stdout)).toContain('valeur de départ');
  });

  it('near misses: options alone with --help list the commands; an unknown word after an option is still refused', () => {
    const list = cli(['--locale', 'fr_FR', '--help']);
    expect(list.status).toBe(0);
    expect(nbsp(list.stdout)).toContain('Commandes :');
    const unknown = cli(['--locale', 'fr_FR', 'bogus', '--help']);
    expect(unknown.status).toBe(2);
    expect(nbsp(unknown.stderr)).toContain('Commande inconnue « bogus »');
  });
});
