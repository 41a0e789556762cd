/**
 * mend64f, surf64's review (findings 3, 4 and 5), through the CLI and the BUILT add-on it runs.
 * (3) assess --json refused the common spellings of a language surf64 meant to keep ("FR", "Fr", "fr-CA", "fr_FR", and ""
 * which names none): 'Unsupported language "FR"', where the base gave a verdict. They answer again, in that language.
 * (4) The refusal of a language not spoken ("de") ignored --lang fr (the add-on wrote it in the sheet's language): it is
 * written in the CLI's language, --lang's, else --locale's, as the help says --lang applies to --json.
 * (5) The help's language: `--help --locale fr_FR` and `assess --help --locale fr_CA` were English, `--lang=fr` was not
 * read, and `smart-goals --lang fr --help` answered « Commande inconnue «  --lang  » » (exit 2): --lang, else --locale,
 * wherever --help stands.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const nbsp = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

function cli(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function answers(args: string[], requests: object[]): Array<Record<string, unknown>> {
  const { stdout, status } = cli(['assess', '--json', ...args], `${requests.map((r) => JSON.stringify(r)).join('\n')}\n`);
  expect(status).toBe(0);
  return stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

const HISTORY = Array.from({ length: 11 }, (_, i) => [`2026-${String(i + 1).padStart(2, '0')}-01`, 0.21 + 0.01 * i]);
const REQUEST = { history: HISTORY, target: 0.4, deadline: '2027-03-31', today: '2026-12-08' };
const FRENCH = /Au rythme actuel/;
const ENGLISH = /At the current pace/;

describe('mend64f (3): assess --json reads a language’s common spellings', () => {
  it('"FR", "Fr", "fr-CA", "fr_FR" answer in French; "EN", "en-GB" in English; "" in the default (English, no option)', () => {
    const found = answers([], ['FR', 'Fr', 'fr-CA', 'fr_FR', 'EN', 'en-GB', ''].map((lang) => ({ ...REQUEST, lang })));
    for (const answer of found) expect(typeof answer.verdict).toBe('string');
    expect(found.map((a) => ((a.reasons as string[]).join(' ').match(FRENCH) ? 'fr' : (a.reasons as string[]).join(' ').match(ENGLISH) ? 'en' : '?'))).toEqual(['fr', 'fr', 'fr', 'fr', 'en', 'en', 'en']);
  });

  it('"" under --locale fr_CA names no language: the locale’s (French)', () => {
    const [answer] = answers(['--locale', 'fr_CA'], [{ ...REQUEST, lang: '' }]);
    expect((answer.reasons as string[]).join(' ')).toMatch(FRENCH);
  });

  it('near misses: "de", "french" and 1 are still refused, no verdict', () => {
    const found = answers([], [{ ...REQUEST, lang: 'de' }, { ...REQUEST, lang: 'french' }, { ...REQUEST, lang: 1 }]);
    expect(found.map((a) => nbsp(a.error))).toEqual([
      'Unsupported language "de": "lang" must be "en" (English) or "fr" (French).',
      'Unsupported language "french": "lang" must be "en" (English) or "fr" (French).',
      'Unsupported language "1": "lang" must be "en" (English) or "fr" (French).',
    ]);
    for (const answer of found) expect(answer.verdict).toBeUndefined();
  });
});

describe('mend64f (4): the refusal of a language not spoken is written in the CLI’s language', () => {
  const FR = 'Langue non prise en charge « de » : "lang" doit valoir "fr" (français) ou "en" (anglais).';
  const EN = 'Unsupported language "de": "lang" must be "en" (English) or "fr" (French).';
  it.each([
    [['--lang', 'fr'], FR],
    [['--lang', 'fr', '--locale', 'en_US'], FR],
    [['--locale', 'fr_CA'], FR],
    [['--lang', 'en', '--locale', 'fr_CA'], EN],
    [[], EN],
  ])('%j', (args, error) => {
    const [answer] = answers(args, [{ ...REQUEST, lang: 'de' }]);
    expect(nbsp(answer.error)).toBe(error);
  });
});

describe('mend64f (5): the help in --lang’s language, else --locale’s, wherever --help stands', () => {
  it.each([
    [['--help', '--locale', 'fr_FR'], 'Utilisation : smart-goals <commande>'],
    [['--help', '--lang=fr'], 'Utilisation : smart-goals <commande>'],
    [['--lang', 'fr', '--help'], 'Utilisation : smart-goals <commande>'],
    [['--locale=fr_CA', '-h'], 'Utilisation : smart-goals <commande>'],
    [['assess', '--help', '--locale', 'fr_CA'], 'Utilisation :\n  smart-goals assess --json'],
    [['assess', '--help', '--lang=fr'], 'Utilisation :\n  smart-goals assess --json'],
  ])('%j: French', (args, start) => {
    const { stdout, status } = cli(args);
    expect(status).toBe(0);
    expect(nbsp(stdout).startsWith(start)).toBe(true);
  });

  it.each([
    [['--help', '--locale', 'en_GB'], 'Usage: smart-goals <command>'],
    [['--lang', 'en', '--help', '--locale', 'fr_FR'], 'Usage: smart-goals <command>'],
    [['assess', '--help', '--lang', 'en', '--locale', 'fr_CA'], 'Usage:\n  smart-goals assess --json'],
  ])('near miss %j: English (--lang wins over --locale)', (args, start) => {
    const { stdout, status } = cli(args);
    expect(status).toBe(0);
    expect(stdout.startsWith(start)).toBe(true);
  });

  it('near miss: an unknown command is still refused, in --locale’s language', () => {
    const { stderr, status } = cli(['bogus', '--locale', 'fr_FR']);
    expect(status).toBe(2);
    expect(nbsp(stderr)).toContain('Commande inconnue « bogus »');
  });
});
