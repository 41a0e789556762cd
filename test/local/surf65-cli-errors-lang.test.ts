/**
 * surf65 (c), the last note's leftover: `assess --json` answered "Invalid request: empty line" and "Invalid request:
 * malformed JSON (…)" in English whatever --lang or --locale said, and every command refused an unknown option, an
 * option without its value, or a --lang it does not speak in English. They now come from the CLI's FR/EN catalog in
 * --lang's language, else --locale's (« Requête invalide : ligne vide », « Option inconnue --taget (essayez --help) »),
 * through the CLI and the BUILT add-on it runs.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const nbsp = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

function cli(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** assess --json's errors for an empty line and a line of no JSON, in order. */
function requestErrors(args: string[]): string[] {
  const { stdout, status } = cli(['assess', '--json', ...args], '\nnope\n');
  expect(status).toBe(0);
  return stdout.trim().split('\n').map((line) => nbsp((JSON.parse(line) as { error: string }).error));
}

describe('surf65 (c): the CLI’s errors in the language asked for', () => {
  it.each([[['--lang', 'fr']], [['--locale', 'fr_CA']], [['--lang=fr-CA', '--locale', 'en_US']]])('assess --json %j: « Requête invalide »', (args) => {
    const [empty, malformed] = requestErrors(args);
    expect(empty).toBe('Requête invalide : ligne vide');
    expect(malformed).toBe('Requête invalide : JSON mal formé');
  });

  it.each([[[]], [['--lang', 'en', '--locale', 'fr_FR']], [['--locale', 'en_AU']]])('near miss %j: English as before', (args) => {
    const [empty, malformed] = requestErrors(args);
    expect(empty).toBe('Invalid request: empty line');
    expect(malformed).toBe('Invalid request: malformed JSON');
  });

  it.each([
    [['assess', '--locale', 'fr_FR', '--taget', '1'], 'Option inconnue --taget (essayez --help)'],
    [['analyze', '--lang', 'fr', '--today'], '--today attend une valeur'],
    [['report', 'x.xlsx', '--locale', 'fr_CA', '--lang', 'de'], '--lang doit valoir fr ou en, reçu « de »'],
    [['analyze', '--lang', 'de', '--locale', 'fr_FR', 'x'], '--lang doit valoir fr ou en, reçu « de »'],
    [['assess', '--taget', '1'], 'Unknown option --taget (try --help)'],
    [['analyze', '--lang', 'en', '--locale', 'fr_FR', '--today'], '--today needs a value'],
  ])('%j: %s', (args, message) => {
    const { stderr, status } = cli(args);
    expect(status).not.toBe(0);
    expect(nbsp(stderr)).toContain(message);
  });

  // mend65f, surf65's review (1): the errors after the options' check followed --lang only (English under --locale fr_FR).
  it.each([
    [['--locale', 'fr_FR', 'analyze', '--today', '2027-13-01', 'x'], '--today doit être une date'],
    [['analyze', '--locale', 'fr_FR', '--fiscal-start', '13', 'x'], '--fiscal-start doit être le numéro du mois'],
    [['--locale', 'fr_FR', 'report', 'a.xlsx', 'b.xlsx'], 'Un classeur à la fois'],
    [['report', 'nope.xlsx', '--locale', 'fr_FR'], 'Fichier introuvable : nope.xlsx'],
    [['assess', '--locale', 'fr_FR', '--history', 'nope.csv', '--target', '1', '--deadline', '2027-01-01'], 'Fichier introuvable : nope.csv'],
    [['--locale', 'fr_CA', 'assess', '--target', '1'], '--history, --deadline'],
  ])('--locale fr %j: French', (args, message) => {
    const { stderr, status } = cli(args);
    expect(status).not.toBe(0);
    expect(nbsp(stderr)).toContain(message);
    expect(stderr).not.toMatch(/must be|not found|One workbook|Missing/);
  });

  it.each([
    [['--locale', 'fr_FR', '--lang', 'en', 'report', 'nope.xlsx'], 'File not found: nope.xlsx'],
    [['assess', '--locale', 'en_AU', '--target', '1'], 'Missing --history, --deadline'],
  ])('near miss %j: English', (args, message) => {
    const { stderr, status } = cli(args);
    expect(status).not.toBe(0);
    expect(stderr).toContain(message);
  });

  // mend65f, surf65's review (5): Node's English parser message stood inside « JSON mal formé (Expected property name…) ».
  it.each([
    [['--lang', 'fr'], 'Requête invalide : JSON mal formé (caractère 2)'],
    [['--locale', 'en_AU'], 'Invalid request: malformed JSON (character 2)'],
  ])('assess --json %j, "{bad": the catalog’s words', (args, message) => {
    const { stdout } = cli(['assess', '--json', ...args], '{bad\n');
    expect(nbsp((JSON.parse(stdout.trim()) as { error: string }).error)).toBe(message);
  });
});
