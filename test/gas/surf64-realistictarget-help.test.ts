/**
 * surf64 (f), mend63f's leftover: REALISTICTARGET shared ACHIEVABILITY's aggregation help, which names a goal sentence
 * asking a total, a target typed as text "30%" and REALISTICTARGET itself — none of which REALISTICTARGET takes. Its own
 * help now says what it does, and each claim is checked through the BUILT add-on: with "increase" a Deals column's
 * suggestion is the total up to the deadline, blank or "decrease" a level, "total" summed, refused for a rate (Churn).
 */
import { t } from '../../src/core/messages';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { CUSTOM_FUNCTIONS } from '../../src/gas/registry';

const help = (fn: string) => CUSTOM_FUNCTIONS.find((f) => f.name === fn)!.params.find((p) => p.name === 'aggregation')!.help;

describe('surf64 (f): REALISTICTARGET’s aggregation help names only what it takes', () => {
  it('no goal sentence, no typed target, not itself; ACHIEVABILITY’s and GOALVERDICT’s no longer name REALISTICTARGET', () => {
    const own = help('REALISTICTARGET');
    expect(own.en).not.toMatch(/sentence|target typed|REALISTICTARGET/);
    expect(own.fr).not.toMatch(/phrase|cible saisie|REALISTICTARGET/);
    expect(own.en).toMatch(/default: a total with "increase" under a header that says one/);
    expect(own.fr).toMatch(/par défaut\u202f: un total avec «\u202fhausse\u202f»/);
    for (const fn of ['ACHIEVABILITY', 'GOALVERDICT']) {
      expect(help(fn).en).toMatch(/goal sentence/);
      expect(`${help(fn).en} ${help(fn).fr}`).not.toMatch(/REALISTICTARGET/);
    }
  });

  it.each(['en_US', 'fr_FR'] as const)('%s: what the help says is what the function does', (locale) => {
    const lang = locale === 'fr_FR' ? 'fr' : 'en';
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: lang });
    const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2027-01-15' });
    const month = (i: number) => new Date(Date.UTC(2025 + Math.floor(i / 12), i % 12, 1));
    const deals = [['Date', lang === 'fr' ? 'Affaires' : 'Deals'], ...Array.from({ length: 24 }, (_, i) => [month(i), 97 + ((i * 3) % 5)])];
    const churn = [['Date', lang === 'fr' ? 'Attrition' : 'Churn'], ...Array.from({ length: 24 }, (_, i) => [month(i), 0.05 - i * 0.0005])];
    const call = (...args: unknown[]): unknown => {
      try {
        return emulator.runExecution(() => addon.call('REALISTICTARGET', ...args));
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    };
    const [increase, decrease] = lang === 'fr' ? ['hausse', 'baisse'] : ['increase', 'decrease'];
    const total = call(deals, '2027-06-30', '2027-01-15', increase) as number;
    // Five months of about 99 deals: a total, not a level.
    expect(total).toBeGreaterThan(400);
    expect(call(deals, '2027-06-30', '2027-01-15', increase, 'total')).toBe(total);
    const level = call(deals, '2027-06-30', '2027-01-15') as number;
    expect(level).toBeLessThan(150);
    expect(call(deals, '2027-06-30', '2027-01-15', increase, lang === 'fr' ? 'niveau' : 'level')).toBe(level);
    expect(call(deals, '2027-06-30', '2027-01-15', decrease)).toBeLessThan(150);
    expect(call(churn, '2027-06-30', '2027-01-15', '', 'total')).toBe(`refused: ${t(lang, 'achievability.error.rateTotal')}`);
  });
});
