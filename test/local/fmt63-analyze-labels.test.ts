/**
 * fmt63 (audit63's left (e)): `smart-goals analyze` on a French goal wrote its table's labels in English ("achievable",
 * "timeBound", "baseline") beside French reasons. The readable table's labels now come from the CLI catalog in the
 * messages' language (--lang, else the statement's); --json keeps its stable English keys, as --help says.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'src/local/bin/smart-goals.cjs');

function cli(args: string[]): { stdout: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'analyze', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, status: result.status };
}

const FRENCH = 'Augmenter le CA de 20 % d’ici le 31.03.2027';
const ENGLISH = 'Grow revenue 20% by 31/3/2027';
const LABELS_FR = ['langue', 'score', 'KPI', 'direction', 'valeur de départ', 'cible', 'variation', 'unité', 'échéance', 'récurrence', 'leviers'];
const CRITERIA_FR = ['spécifique', 'mesurable', 'atteignable', 'pertinent', 'temporel'];
const LABELS_EN = ['language', 'score', 'kpi', 'direction', 'baseline', 'target', 'change', 'unit', 'deadline', 'recurrence', 'levers'];
const CRITERIA_EN = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

describe('smart-goals analyze: the readable table speaks the messages’ language', () => {
  it.each([
    ['a French goal', [FRENCH, '--locale', 'fr_CH', '--today', '2026-12-07']],
    ['--lang fr on an English goal', ['--lang', 'fr', ENGLISH, '--locale', 'en_IN', '--today', '2026-12-07']],
  ])('%s: French labels, aligned, with the change’s kind in French', (_name, args) => {
    const { stdout, status } = cli(args);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const width = 'valeur de départ'.length;
    // Every label at the start of its line, padded to one column.
    LABELS_FR.forEach((label, i) => expect(lines[1 + i].startsWith(`  ${label.padEnd(width)} `)).toBe(true));
    CRITERIA_FR.forEach((label, i) => expect(lines[12 + i]).toMatch(new RegExp(`^  [✓~✗?] ${label.padEnd(width)} \\S`)));
    // surf65 (b): the change as the sheet writes it (« 20 % »), no longer the raw fraction "0.2".
    expect(lines[7]).toMatch(/20\u202f% \(relative\)$/);
    expect(stdout).not.toMatch(/\b(?:achievable|timeBound|baseline|deadline)\b/);
    expect(lines).toHaveLength(17);
  });

  it('near miss: an English goal keeps its table as before (the labels, their width of 11)', () => {
    const { stdout, status } = cli([ENGLISH, '--locale', 'en_IN', '--today', '2026-12-07']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    LABELS_EN.forEach((label, i) => expect(lines[1 + i].startsWith(`  ${label.padEnd(11)} `)).toBe(true));
    CRITERIA_EN.forEach((label, i) => expect(lines[12 + i]).toMatch(new RegExp(`^  [✓~✗?] ${label.padEnd(11)} \\S`)));
  });

  it('--json keeps its English keys on a French goal, as --help says in both languages', () => {
    const { stdout, status } = cli(['--json', FRENCH, '--today', '2026-12-07']);
    expect(status).toBe(0);
    const object = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(object)).toEqual(['text', 'language', 'score', 'criteria', 'kpi', 'direction', 'baseline', 'target', 'change', 'unit', 'levelUnit', 'currency', 'deadline', 'recurrence', 'levers']);
    expect(Object.keys(object.criteria as object)).toEqual(CRITERIA_EN);
    expect(cli(['--help']).stdout).toMatch(/these English keys whatever the language/);
    expect(cli(['--help', '--lang', 'fr']).stdout).toMatch(/ces clés anglaises quelle que soit la langue/);
  });
});
