/**
 * lastread64 (the last read's should-fix 3): the CLI's --lang refused "FR", "fr-CA" and "fr_FR" (« --lang must be fr or en »)
 * while a JSON request's "lang" of "FR" is French (mend64f, core `requestLang`): --lang now reads the same spellings, through
 * requestLang, in analyze, assess and report; a language not spoken ("de") is still refused.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function cli(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const GOAL = 'Increase revenue by 10% by June 2027';

describe('lastread64: --lang reads a language’s common spellings', () => {
  it.each(['FR', 'fr-CA', 'fr_FR', 'fr'])('analyze --lang %s: French labels', (lang) => {
    const { stdout, status } = cli(['analyze', GOAL, '--lang', lang, '--today', '2026-12-08']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\s+langue\s+en$/m);
  });

  it.each(['EN', 'en-GB'])('analyze --lang %s: English labels', (lang) => {
    const { stdout, status } = cli(['analyze', GOAL, '--lang', lang, '--today', '2026-12-08']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\s+language\s+en$/m);
  });

  it('near miss: --lang de is refused (analyze and assess), as before', () => {
    for (const command of [['analyze', GOAL], ['assess']]) {
      const { stderr, status } = cli([...command, '--lang', 'de']);
      expect(status).toBe(2);
      expect(stderr).toMatch(/--lang must be fr or en, got "de"/);
    }
  });
});
