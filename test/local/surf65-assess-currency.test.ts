/**
 * surf65 (d), the last note's leftover: `smart-goals assess` dropped the currency a history's cells write (« 1 200 000
 * FCFA », "A$48,000", « 12 500 € ») — « Chance d’atteindre 1 600 000 », « Il faut +33 333,33/mois » for a franc with no
 * cents — and a JSON request could not name one. The cells' mark now travels as the request's "currency" (a JSON line
 * may carry its own), which `smartAssess` gives the assessment as Check goals gives it a tab's: its figures and reasons
 * show the unit the sheet shows, a currency with no minor unit without cents. Through the CLI and the BUILT add-on.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const nbsp = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
const DIR = mkdtempSync(path.join(tmpdir(), 'surf65-currency-'));

function cli(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function csv(name: string, text: string): string {
  const file = path.join(DIR, name);
  writeFileSync(file, text);
  return file;
}

const FRANCS = csv('ca.csv', ['date;CA', ...['1 200 000', '1 250 000', '1 310 000', '1 290 000', '1 350 000', '1 400 000'].map((v, i) => `01/0${i + 1}/2026;${v} FCFA`)].join('\n'));
const DOLLARS = csv('sales.csv', ['date,Sales', ...['48,000', '49,500', '51,200', '50,800', '52,900', '54,100'].map((v, i) => `2026-0${i + 1}-01,A$${v}`)].join('\n'));
const PLAIN = csv('plain.csv', ['date;CA', ...['1 200 000', '1 250 000', '1 310 000', '1 290 000', '1 350 000', '1 400 000'].map((v, i) => `01/0${i + 1}/2026;${v}`)].join('\n'));

describe('surf65 (d): assess shows the currency the history’s cells write', () => {
  it('FCFA (fr_SN): the chance, the forecast and the pace in francs, no cents', () => {
    const { stdout, status } = cli(['assess', '--history', FRANCS, '--target', '1600000', '--deadline', '31/12/2026', '--today', '15/06/2026', '--locale', 'fr_SN']);
    expect(status).toBe(0);
    const text = nbsp(stdout);
    expect(text).toContain('Chance d’atteindre 1 600 000 F CFA');
    expect(text).toMatch(/Cible suggérée : [\d ]+ F CFA/);
    expect(text).toMatch(/Il faut \+[\d ]+ F CFA\/mois/);
    expect(text).not.toMatch(/\d,\d+ F CFA/);
  });

  it('A$ (en_AU): dollars', () => {
    const { stdout, status } = cli(['assess', '--history', DOLLARS, '--target', '60000', '--deadline', '2026-12-31', '--today', '2026-06-15', '--locale', 'en_AU']);
    expect(status).toBe(0);
    expect(nbsp(stdout)).toContain('Chance of reaching $60,000');
    expect(nbsp(stdout)).toMatch(/Suggested target: \$[\d,]+/);
  });

  it('--json: a request’s "currency" is shown; the same request without it is not', () => {
    const history = [1200000, 1250000, 1310000, 1290000, 1350000, 1400000].map((v, i) => [`2026-0${i + 1}-01`, v]);
    const request = { history, target: 1600000, deadline: '2026-12-31', today: '2026-06-15', lang: 'fr' };
    const { stdout } = cli(['assess', '--json', '--locale', 'fr_SN'], `${JSON.stringify({ ...request, currency: 'XOF' })}\n${JSON.stringify(request)}\n`);
    const [withCurrency, without] = stdout.trim().split('\n').map((line) => nbsp((JSON.parse(line) as { reasons: string[] }).reasons.join(' ')));
    expect(withCurrency).toContain('1 600 000 F CFA');
    expect(without).not.toMatch(/CFA|€/);
  });

  it('near miss: a history of plain numbers stays plain', () => {
    const { stdout } = cli(['assess', '--history', PLAIN, '--target', '1600000', '--deadline', '31/12/2026', '--today', '15/06/2026', '--locale', 'fr_SN']);
    expect(nbsp(stdout)).toContain('Chance d’atteindre 1 600 000 au rythme');
  });

  // mend65f, surf65's review (4): a request's "currency" was shown as written, never checked ("XYZ 60,000", "eur 60,000").
  const history = [40000, 42000, 43500, 45000, 46000].map((v, i) => [`2026-${String(i + 7).padStart(2, '0')}-01`, v]);
  const line = (currency: unknown, lang: string): string => JSON.stringify({ history, target: 60000, deadline: '2027-06-30', today: '2026-12-07', lang, currency });
  const answers = (lines: string[], locale: string): Array<{ error?: string; reasons?: string[] }> =>
    cli(['assess', '--json', '--locale', locale], `${lines.join('\n')}\n`).stdout.trim().split('\n').map((text) => JSON.parse(text) as { error?: string; reasons?: string[] });

  it('--json: a code in any case is the currency ("eur" → €60,000, « 60 000 € »)', () => {
    const [en, fr] = answers([line('eur', 'en'), line('Eur', 'fr')], 'en_US');
    expect(nbsp(en.reasons?.join(' '))).toContain('Chance of reaching €60,000');
    expect(nbsp(fr.reasons?.join(' '))).toContain('Chance d’atteindre 60 000 €');
  });

  it.each([['XYZ'], ['EURO'], [5]])('--json: %j is no currency, refused in the line’s language', (currency) => {
    const [en, fr] = answers([line(currency, 'en'), line(currency, 'fr')], 'en_US');
    expect(en.error).toMatch(/^Invalid request: /);
    expect(en.error).toContain(`unknown currency: ${String(currency)}`);
    expect(nbsp(fr.error)).toMatch(/^Requête invalide : /);
    expect(en.reasons).toBeUndefined();
  });

  it('near misses: a known sign ("F CFA", "€") is its currency; "" and null say none', () => {
    const [sign, euro, empty, none] = answers([line('F CFA', 'fr'), line('€', 'en'), line('', 'en'), line(null, 'en')], 'fr_SN');
    expect(nbsp(sign.reasons?.join(' '))).toContain('60 000 F CFA');
    expect(nbsp(euro.reasons?.join(' '))).toContain('€60,000');
    for (const answer of [empty, none]) {
      expect(answer.error).toBeUndefined();
      expect(nbsp(answer.reasons?.join(' '))).not.toMatch(/€|CFA|\$/);
    }
  });
});
