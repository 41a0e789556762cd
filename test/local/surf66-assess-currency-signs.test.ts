/**
 * surf66 (e), mend65f's leftover: a JSON request's currency sign was shown as written under any locale ("A$60,000"
 * under en_AU, where CLDR — Intl.NumberFormat's "symbol" display of AUD — writes "$60,000"), and "kr", which names the
 * Swedish, Norwegian, Danish and Icelandic crowns alike, was taken as a currency under en_US. Decided by CLDR: a sign of
 * the locale's own currency is that currency, shown as the locale shows it; a sign naming one other currency keeps its
 * sign ("A$60,000" under en_US, CLDR's own display there); a sign naming several that the locale does not settle is
 * refused in the request's language. Through the CLI and the BUILT add-on.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const nbsp = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
const history = [['2026-07-01', 40000], ['2026-08-01', 42000], ['2026-09-01', 43500], ['2026-10-01', 45000]];
const line = (currency: string, lang: string): string => JSON.stringify({ history, target: 60000, deadline: '2027-06-30', today: '2026-12-07', lang, currency });

function answers(lines: string[], locale: string): Array<{ error?: string; reasons?: string[] }> {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), 'assess', '--json', '--locale', locale], { cwd: ROOT, encoding: 'utf8', input: `${lines.join('\n')}\n`, timeout: 60_000 });
  return result.stdout.trim().split('\n').map((text) => JSON.parse(text) as { error?: string; reasons?: string[] });
}

describe('surf66 (e): a request’s currency sign read by CLDR under the locale', () => {
  it('"A$" under en_AU is the Australian dollar as en_AU writes it: "$60,000", « 60 000 $ »', () => {
    const [en, fr] = answers([line('A$', 'en'), line('A$', 'fr')], 'en_AU');
    expect(nbsp(en.reasons?.join(' '))).toContain('Chance of reaching $60,000');
    expect(nbsp(fr.reasons?.join(' '))).toContain('Chance d’atteindre 60 000 $');
  });

  it('"kr" under en_US names four crowns: refused, EN and FR', () => {
    const [en, fr] = answers([line('kr', 'en'), line('kr', 'fr')], 'en_US');
    expect(en.error).toBe('Invalid request: ambiguous currency sign: kr (give its three-letter code, e.g. SEK)');
    expect(nbsp(fr.error)).toBe('Requête invalide : signe monétaire ambigu : kr (donnez son code à trois lettres, par exemple SEK)');
    expect(en.reasons).toBeUndefined();
  });

  it('near misses: "A$" under en_US keeps its sign (CLDR’s "A$60,000"); "kr" under sv_SE is the Swedish crown; "SEK" anywhere', () => {
    const [aud] = answers([line('A$', 'en')], 'en_US');
    expect(nbsp(aud.reasons?.join(' '))).toContain('Chance of reaching A$60,000');
    const [swedish] = answers([line('kr', 'en')], 'sv_SE');
    expect(swedish.error).toBeUndefined();
    expect(nbsp(swedish.reasons?.join(' '))).toMatch(/Chance of reaching .*60.000.*kr|kr.?60.000/);
    const [code] = answers([line('SEK', 'en')], 'en_US');
    expect(code.error).toBeUndefined();
  });
});
