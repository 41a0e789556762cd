/**
 * surf64 (c), mend63f's leftovers: `smart-goals assess --json` answered a request whose "lang" is "de" (or any language
 * the add-on does not speak) silently in English, and its refusal of a passed deadline wrote ISO dates ("The deadline
 * (2026-03-01) is before today (2026-12-08).") where every other message writes the locale's dates. A scripting user who
 * names a language expects it or an error: the request is refused, naming the two languages spoken, in the sheet's
 * language (--locale's: fr_CA French); the dates of the refusal are written as the reasons' are (en_NZ "1 March 2026").
 * Runs the BUILT add-on, as the CLI does.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function answers(args: string[], requests: object[]): Array<Record<string, unknown>> {
  const input = `${requests.map((r) => JSON.stringify(r)).join('\n')}\n`;
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), 'assess', '--json', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  expect(result.status).toBe(0);
  return result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

const HISTORY = Array.from({ length: 11 }, (_, i) => [`2026-${String(i + 1).padStart(2, '0')}-01`, 0.21 + 0.01 * i]);
const REQUEST = { history: HISTORY, target: 0.3, deadline: '2027-03-31', today: '2026-12-08' };
const PASSED = { ...REQUEST, deadline: '2026-03-01' };
const nbsp = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

describe('surf64 (c): assess --json refuses a language it does not speak, and writes its refusals’ dates as the locale does', () => {
  it.each([
    [[], 'de', 'Unsupported language "de": "lang" must be "en" (English) or "fr" (French).'],
    [[], 'es-ES', 'Unsupported language "es-ES": "lang" must be "en" (English) or "fr" (French).'],
    [['--locale', 'fr_CA'], 'de', 'Langue non prise en charge « de » : "lang" doit valoir "fr" (français) ou "en" (anglais).'],
  ])('%j "lang": "%s" → an error naming fr and en, no verdict', (args, lang, error) => {
    const [answer] = answers(args, [{ ...REQUEST, lang }]);
    expect(answer.verdict).toBeUndefined();
    expect(nbsp(answer.error)).toBe(error);
  });

  it('near misses: "fr", "en", null and no "lang" still answer (French, English, English, the locale’s language)', () => {
    const [fr, en, none, absent] = answers(['--locale', 'en_NZ'], [{ ...REQUEST, lang: 'fr' }, { ...REQUEST, lang: 'en' }, { ...REQUEST, lang: null }, REQUEST]);
    for (const answer of [fr, en, none, absent]) expect(typeof answer.verdict).toBe('string');
    expect((fr.reasons as string[]).join(' ')).toMatch(/Au rythme actuel/);
    expect((en.reasons as string[]).join(' ')).toMatch(/At the current pace/);
    expect((none.reasons as string[]).join(' ')).toMatch(/At the current pace/);
  });

  it.each([
    [['--locale', 'en_NZ'], 'en', 'The deadline (1 March 2026) is before today (8 December 2026).'],
    [['--locale', 'en_US'], 'en', 'The deadline (March 1, 2026) is before today (December 8, 2026).'],
    [['--locale', 'fr_CA'], 'fr', 'L’échéance (1er mars 2026) est antérieure à aujourd’hui (8 décembre 2026).'],
  ])('%j a passed deadline: the refusal’s dates in the locale’s style, not ISO', (args, lang, error) => {
    const [answer] = answers(args, [{ ...PASSED, lang }]);
    expect(nbsp(answer.error)).toBe(error);
  });
});
