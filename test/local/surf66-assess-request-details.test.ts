/**
 * surf66 (d), mend65f's leftover: `smart-goals assess --json` and `smartAssess` wrote « Requête invalide : » followed by
 * the add-on's English detail (« Requête invalide : non-numeric target: abc », « … : empty history »). Every detail now
 * comes from the FR/EN catalogs (the bundle's: the detail is the add-on's), the JSON key named in French beside its
 * word (« cible (target) non numérique : abc »). Each detail, in both languages, through the CLI and the BUILT add-on;
 * the English words as before.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

const ROOT = path.resolve(__dirname, '../..');
const nbsp = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
const history = [['2026-07-01', 40000], ['2026-08-01', 42000], ['2026-09-01', 43500], ['2026-10-01', 45000]];
const good = { history, target: 60000, deadline: '2027-06-30', today: '2026-12-07' };

/** Each request and its detail, EN then FR. */
const CASES: Array<[string, Record<string, unknown>, string, string]> = [
  ['empty history', { ...good, history: [] }, 'empty history', 'historique vide'],
  ['a row not [date, value]', { ...good, history: [['2026-07-01']] }, 'history rows must be [date, value]', 'chaque ligne de l’historique doit être [date, valeur]'],
  ['a text value', { ...good, history: [['2026-07-01', 'x']] }, 'non-numeric value: x', 'valeur non numérique : x'],
  ['a date that is none', { ...good, history: [['2026-13-01', 1]] }, 'unparseable date: 2026-13-01', 'date illisible : 2026-13-01'],
  ['a text target', { ...good, target: 'abc' }, 'non-numeric target: abc', 'cible (target) non numérique : abc'],
  ['a deadline that is none', { ...good, deadline: '30/06/2027' }, 'unparseable deadline: 30/06/2027', 'échéance (deadline) illisible : 30/06/2027'],
  ['a today that is none', { ...good, today: 'tomorrow' }, 'unparseable today: tomorrow', 'date du jour (today) illisible : tomorrow'],
  ['a text baseline', { ...good, baseline: true }, 'non-numeric baseline: TRUE', 'valeur de départ (baseline) non numérique : VRAI'],
  ['a header that is no text', { ...good, header: 5 }, 'non-text header: 5', 'en-tête (header) non textuel : 5'],
  ['an unknown currency', { ...good, currency: 'XYZ' }, 'unknown currency: XYZ', 'devise inconnue : XYZ'],
];

function cli(args: string[], input: string): string {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return result.stdout;
}

describe('surf66 (d): the add-on’s request details in the request’s language', () => {
  it('through `assess --json`: each detail, EN and FR', () => {
    const lines = CASES.flatMap(([, request]) => [JSON.stringify({ ...request, lang: 'en' }), JSON.stringify({ ...request, lang: 'fr' })]);
    const answers = cli(['assess', '--json'], `${lines.join('\n')}\n`).trim().split('\n').map((text) => nbsp((JSON.parse(text) as { error?: string }).error));
    expect(answers).toEqual(CASES.flatMap(([, , en, fr]) => [`Invalid request: ${en}`, `Requête invalide : ${fr}`]));
  });

  const addon = loadAddon(createFakeAppsScript({ spreadsheetLocale: 'en_US' }).globals);
  it.each(CASES)('smartAssess, %s', (_, request, en, fr) => {
    expect(addon.call<{ error: string }>('smartAssess', JSON.stringify({ ...request, lang: 'en' })).error).toBe(`Invalid request: ${en}`);
    expect(nbsp(addon.call<{ error: string }>('smartAssess', JSON.stringify({ ...request, lang: 'fr' })).error)).toBe(`Requête invalide : ${fr}`);
  });

  it('smartAssess: a string that is no JSON, or JSON that is no object, in the sheet’s language (English here)', () => {
    expect(addon.call<{ error: string }>('smartAssess', 'nope').error).toBe('Invalid request: malformed JSON');
    expect(addon.call<{ error: string }>('smartAssess', '[1]').error).toBe('Invalid request: not an object');
  });

  it('near miss: a good request has no error', () => {
    expect(addon.call<{ error?: string }>('smartAssess', JSON.stringify({ ...good, lang: 'fr' })).error).toBeUndefined();
  });
});
