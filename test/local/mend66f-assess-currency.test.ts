/**
 * mend66f, surf66's review (1)–(4): a request's currency sign and the unreadable requests, through the CLI and the BUILT
 * add-on, EN and FR.
 * (1) "F CFA" / "FCFA" name the CFA franc (XOF and XAF, one under cfaAsOne): surf66 refused them outside a CFA locale,
 *     with an "e.g. SEK" hint; the hint now comes from the sign's own currencies.
 * (2) A sign naming several currencies the locale's own does not settle is refused as "kr" is — "$" under fr_FR, en_GB,
 *     de_DE, "¥" under fr_FR were shown bare (« 60 000 $ », where CLDR writes USD « 60 000 $US » in fr-FR, "US$60,000" in
 *     en-GB).
 * (3) The CSV path sends the cells' mark as written, so smartAssess decides once: "kr" cells were dropped to no currency,
 *     "A$" cells shown "AU$" where the same JSON request says "A$".
 * (4) JSON that is no object, or a string that is no JSON, answered in the sheet's (the CLI: --locale's) language.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

const ROOT = path.resolve(__dirname, '../..');
const nbsp = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
const history = [['2026-07-01', 40000], ['2026-08-01', 42000], ['2026-09-01', 43500], ['2026-10-01', 45000]];
const line = (currency: string, lang: string): string => JSON.stringify({ history, target: 60000, deadline: '2027-06-30', today: '2026-12-07', lang, currency });
type Answer = { error?: string; reasons?: string[] };

function cli(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
const answers = (lines: string[], locale: string): Answer[] =>
  cli(['assess', '--json', '--locale', locale], `${lines.join('\n')}\n`).stdout.trim().split('\n').map((text) => JSON.parse(text) as Answer);
const reasons = (answer: Answer): string => nbsp(answer.reasons?.join(' '));

describe('mend66f (1): "F CFA" and "FCFA" are the CFA franc under any locale', () => {
  it.each([['en_US'], ['fr_FR']])('under %s, EN and FR', (locale) => {
    const [en, fr, enBare, frBare] = answers([line('F CFA', 'en'), line('F CFA', 'fr'), line('FCFA', 'en'), line('FCFA', 'fr')], locale);
    expect(reasons(en)).toContain('Chance of reaching F CFA 60,000');
    expect(reasons(fr)).toContain('Chance d’atteindre 60 000 F CFA');
    expect(reasons(enBare)).toContain('Chance of reaching FCFA 60,000');
    expect(reasons(frBare)).toContain('Chance d’atteindre 60 000 FCFA');
  });
});

describe('mend66f (2): a sign naming several currencies the locale does not settle is refused, its hint its own', () => {
  it('CLDR (Intl.NumberFormat) writes no bare "$" for the US dollar in fr-FR and en-GB, no "¥" for the yen in fr-FR', () => {
    const show = (locale: string, currency: string): string => nbsp(new Intl.NumberFormat(locale, { style: 'currency', currency }).format(60000));
    expect(show('fr-FR', 'USD')).toBe('60 000,00 $US');
    expect(show('en-GB', 'USD')).toBe('US$60,000.00');
    expect(show('fr-FR', 'JPY')).toBe('60 000 JPY');
  });

  it.each([['fr_FR', '$', 'USD'], ['en_GB', '$', 'USD'], ['de_DE', '$', 'USD'], ['fr_FR', '¥', 'JPY'], ['en_US', 'kr', 'SEK']])('under %s, "%s": refused, e.g. %s', (locale, sign, code) => {
    const [en, fr] = answers([line(sign, 'en'), line(sign, 'fr')], locale);
    expect(en.error).toBe(`Invalid request: ambiguous currency sign: ${sign} (give its three-letter code, e.g. ${code})`);
    expect(nbsp(fr.error)).toBe(`Requête invalide : signe monétaire ambigu : ${sign} (donnez son code à trois lettres, par exemple ${code})`);
    expect(en.reasons).toBeUndefined();
  });

  it('near misses: the locale’s own currency settles the sign ("$" under en_US and en_CA, "¥" under ja_JP, "kr" under sv_SE); a code anywhere', () => {
    const [usd] = answers([line('$', 'en')], 'en_US');
    expect(reasons(usd)).toContain('Chance of reaching $60,000');
    const [cad] = answers([line('$', 'fr')], 'fr_CA');
    expect(reasons(cad)).toContain('Chance d’atteindre 60 000 $');
    const [yen] = answers([line('¥', 'en')], 'ja_JP');
    expect(yen.error).toBeUndefined();
    const [crown] = answers([line('kr', 'fr')], 'sv_SE');
    expect(crown.error).toBeUndefined();
    const [code, euro] = answers([line('USD', 'fr'), line('€', 'en')], 'fr_FR');
    expect(code.error).toBeUndefined();
    expect(reasons(euro)).toContain('Chance of reaching €60,000');
  });
});

describe('mend66f (3): the CSV path sends the cells’ mark as written, smartAssess decides once', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mend66f-currency-'));
  const csv = (sign: string): string => {
    const file = path.join(dir, `${sign.replace(/\W/g, '_')}.csv`);
    writeFileSync(file, ['date,Revenue', ...history.map(([date, value]) => `${String(date)},"${sign}${Number(value).toLocaleString('en-US')}"`)].join('\n'));
    return file;
  };
  const run = (sign: string, lang: string): { stdout: string; stderr: string; status: number | null } =>
    cli(['assess', '--history', csv(sign), '--target', '60000', '--deadline', '2027-06-30', '--today', '2026-12-07', '--locale', 'en_US', '--lang', lang]);

  it('"kr" cells under en_US: refused as the JSON request is, EN and FR', () => {
    const en = run('kr', 'en');
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('Invalid request: ambiguous currency sign: kr (give its three-letter code, e.g. SEK)');
    expect(nbsp(run('kr', 'fr').stderr)).toContain('Requête invalide : signe monétaire ambigu : kr');
  });

  it('"F CFA" cells: the franc, as the JSON request shows it (it was dropped)', () => {
    expect(nbsp(run('F CFA', 'en').stdout)).toContain('Chance of reaching F CFA 60,000');
    expect(nbsp(run('F CFA', 'fr').stdout)).toContain('Chance d’atteindre 60 000 F CFA');
  });

  it('"A$" cells under en_US: "A$60,000" in the reasons and the suggestion, as the JSON request (was "AU$")', () => {
    const { stdout } = run('A$', 'en');
    expect(nbsp(stdout)).toContain('Chance of reaching A$60,000');
    expect(stdout).toMatch(/Suggested target: A\$[\d,]+/);
    expect(stdout).not.toContain('AU$');
  });
});

describe('mend66f (4): a line that is no object, a string that is no JSON, in the sheet’s / --locale’s language', () => {
  it('assess --json: [1,2] and "text" under fr_FR in French, under en_US in English', () => {
    expect(answers(['[1,2]', '"text"'], 'fr_FR').map((answer) => nbsp(answer.error))).toEqual(['Requête invalide : pas un objet JSON', 'Requête invalide : pas un objet JSON']);
    expect(answers(['[1,2]', '"text"'], 'en_US').map((answer) => answer.error)).toEqual(['Invalid request: not an object', 'Invalid request: not an object']);
  });

  it.each([['fr_FR', 'Requête invalide : JSON mal formé', 'Requête invalide : pas un objet JSON'], ['en_US', 'Invalid request: malformed JSON', 'Invalid request: not an object']])(
    'smartAssess on a %s sheet',
    (locale, malformed, notObject) => {
      const addon = loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
      expect(nbsp(addon.call<{ error: string }>('smartAssess', 'nope').error)).toBe(malformed);
      expect(nbsp(addon.call<{ error: string }>('smartAssess', '[1]').error)).toBe(notObject);
    },
  );
});
