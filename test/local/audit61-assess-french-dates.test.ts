/**
 * audit61: `smart-goals assess` reads a ";"-separated CSV the French way (02/11/2026;24,5 %) and a target typed the way
 * the file writes numbers ("0,3"), but refused the deadline a French user types beside it, in English:
 * `--deadline 31/01/2027` gave '--deadline must be a date YYYY-MM-DD, got "31/01/2027"'. Beside a French file a date is
 * read day first, as the file's own dates are; the refusal of a date that does not exist is in the file's language.
 * A ","-separated file keeps ISO dates only (12/01/2027 is ambiguous there: test/local/assess.test.ts). Runs the BUILT add-on.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchDir } from '../support/scratch';

const ROOT = path.resolve(__dirname, '../..');

function assess(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), 'assess', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('smart-goals assess beside a French CSV: dates typed day first', () => {
  const file = path.join(scratchDir('audit61-assess-'), 'taux.csv');
  writeFileSync(file, 'Semaine;Taux de transformation\n02/11/2026;24,5 %\n09/11/2026;25 %\n16/11/2026;25,5 %\n23/11/2026;24 %\n30/11/2026;25 %\n');

  it('--deadline 31/01/2027 and --today 07/12/2026 answer as 2027-01-31 and 2026-12-07 do', () => {
    const typed = assess(['--history', file, '--target', '30 %', '--deadline', '31/01/2027', '--today', '07/12/2026']);
    const iso = assess(['--history', file, '--target', '30 %', '--deadline', '2027-01-31', '--today', '2026-12-07']);
    expect(iso.status).toBe(0);
    expect(iso.stdout).toMatch(/d’ici le 31 janvier 2027/);
    expect([typed.status, typed.stderr, typed.stdout]).toEqual([0, iso.stderr, iso.stdout]);
  });

  it('a date that does not exist is refused in French, in one line, saying both forms', () => {
    const { status, stdout, stderr } = assess(['--history', file, '--target', '30 %', '--deadline', '31/02/2027']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(['--deadline doit être une date AAAA-MM-JJ ou JJ/MM/AAAA (jour d’abord, comme les dates du fichier), reçu «\u202f31/02/2027\u202f»']);
  });
});
