/**
 * surf64 (a), the last session's leftover: `smart-goals assess --help` (and `report --help`, the command list of
 * `smart-goals --help`) were English whatever --lang said, and the first try at a French catalog entry failed the
 * catalog's typography tests on its examples (JSON ": {" and a French file's "24,5 %" inside the English text). Each
 * language now has its own examples: English an English file ("11/02/2026,24.5%"), French a French one
 * (« 02/11/2026;24,5 % » with its narrow no-break space); the JSON request line is code in both (its keys and values stay
 * English, as the add-on reads them), and it is a request `assess --json` answers.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function cli(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** English words of the English usage texts that a French one must not hold. */
const ENGLISH_WORDS = /\b(?:one request per line|rows|header optional|the locale of the sheet|Usage|Commands|Runs Check goals|written|unless)\b/;

describe('surf64 (a): the CLI’s usage texts in the language asked for', () => {
  it('assess --help --lang fr: French, its file example a French file’s, typographie française', () => {
    const { stdout, status } = cli(['assess', '--help', '--lang', 'fr']);
    expect(status).toBe(0);
    expect(stdout.startsWith('Utilisation\u202f:\n  smart-goals assess --json < requetes.jsonl')).toBe(true);
    expect(stdout).toContain('une requête par ligne');
    expect(stdout).toContain('02/11/2026;24,5\u202f%');
    expect(stdout).toContain('--deadline 31/03/2027');
    expect(stdout).not.toMatch(ENGLISH_WORDS);
    expect(stdout).not.toMatch(/'|\d%| [:;!?]/);
  });

  it('assess --help (English): an English file’s example, no French number', () => {
    const { stdout, status } = cli(['assess', '--help']);
    expect(status).toBe(0);
    expect(stdout.startsWith('Usage:\n  smart-goals assess --json < requests.jsonl')).toBe(true);
    expect(stdout).toContain('11/02/2026,24.5%');
    expect(stdout).not.toMatch(/\d,\d+ ?%|[«»\u202f]/);
  });

  it.each(['en', 'fr'])('the JSON request shown by --help --lang %s is one assess --json answers', (lang) => {
    const help = cli(['assess', '--help', '--lang', lang]).stdout;
    const example = /\{"history".*\}/.exec(help)?.[0];
    expect(example).toBeDefined();
    const { stdout, status } = cli(['assess', '--json'], `${example ?? ''}\n`);
    expect(status).toBe(0);
    const answer = JSON.parse(stdout) as { verdict?: unknown; error?: unknown };
    expect(answer.error).toBeUndefined();
    expect(typeof answer.verdict).toBe('string');
  });

  it('report --help --lang fr and smart-goals --help --lang fr: French; without --lang English as before', () => {
    const report = cli(['report', '--help', '--lang', 'fr']);
    expect(report.status).toBe(0);
    expect(report.stdout.startsWith('Utilisation\u202f: smart-goals report <classeur.xlsx>')).toBe(true);
    expect(report.stdout).not.toMatch(ENGLISH_WORDS);
    const list = cli(['--help', '--lang', 'fr']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('Commandes\u202f:');
    expect(list.stdout).toMatch(/ {2}assess {5}Atteignabilité d’une cible/);
    expect(list.stdout).not.toMatch(ENGLISH_WORDS);
    expect(cli(['report', '--help']).stdout.startsWith('Usage: smart-goals report <workbook.xlsx>')).toBe(true);
    expect(cli(['--help']).stdout).toMatch(/^Usage: smart-goals <command> \[options\]\n\nCommands:\n {2}analyze {4}SMART analysis/);
  });
});
