/**
 * perf65: the date parsers that ran on every statement now run behind a gate their own pattern implies — the French
 * duration reader (« dans les deux prochains mois ») behind its unit, "the year ahead" behind those words, "the year ahead
 * of 2028" / « l'année précédant 2028 » behind a year 20xx — and a mention's single month name is counted with the one
 * month-name pattern (MONTH_NAME_RE) instead of a second compile of it with the `g` flag. A gate only skips: this holds
 * every speed gate of dates.ts implied by its pattern, and `findDates` with those gates removed reading what it reads gated, on
 * every readable fixture text (folded, both comparison days) and on FR/EN sentences and near misses of the three parsers.
 */
import { dateFacts, findDates, MONTH_SOURCE, oneMonthName, PARSERS } from '../../../src/core/statement/dates';
import { prepare } from '../../../src/core/statement/text';
import { STILL_HELD_OUT } from '../../../src/local/bench/statement-texts';
import { COMPARISON_TODAYS } from '../../../src/local/bench/argv';
import { readableFixtureTexts } from './fixture-texts';

const SENTENCES: ReadonlyArray<readonly [text: string, lang: 'fr' | 'en']> = [
  ['Réduire le churn de 5 % dans les deux prochains mois', 'fr'],
  ['Signer 40 contrats d’ici un an ou deux', 'fr'],
  ['Atteindre 2 M€ de CA sous 18 mois', 'fr'],
  ['Doubler les ventes en moins de six mois', 'fr'],
  ['Ouvrir 3 magasins sur les 3 prochaines années', 'fr'],
  ['Gagner 50 clients pendant 90 jours', 'fr'],
  ['Hausse de 10 % du CA dans l’année précédant 2028', 'fr'],
  ['Grow revenue 10% over the year ahead', 'en'],
  ['Sign 5 new logos in the year ahead of 2028', 'en'],
  ['Close an annual contract worth $50k in an hour', 'en'],
  ['Raise the NPS to 60 by an order of magnitude', 'en'],
  ['Gagner 10 clients dans un an', 'fr'],
  ['Augmenter les ventes de 10 % en mars', 'fr'],
  ['Sign 10 deals in March and April', 'en'],
  ['Atteindre 100 k€ en mars-avril', 'fr'],
  ['Hire 3 reps during the year ahead of the IPO', 'en'],
  ['Vendre 200 abonnements l’année qui précède 2030', 'fr'],
];

// Two gates are reading rules, not speed gates: they refuse a match (« il reste 3 mois » beside a year 20xx; « avant 5 ans »
// beside « d'ici », « jusqu… », « en 20… »), so they stay in place on both paths below.
const RULES = [String.raw`\b(?:il (?:ne )?`, String.raw`\bavant (\d|`];
const isRule = (re: RegExp) => RULES.some((start) => re.source.startsWith(start));

const texts = [...readableFixtureTexts(STILL_HELD_OUT), ...SENTENCES.map(([text]) => text)];

describe('perf65: the date parsers’ gates', () => {
  it('every speed gate is implied by its pattern on every readable fixture text and the sentences', () => {
    expect(texts.length).toBeGreaterThan(4000);
    const gated = PARSERS.filter((p) => p.gate !== undefined && !isRule(p.re));
    expect(gated.length).toBeGreaterThan(50);
    expect(PARSERS.filter((p) => isRule(p.re)).length).toBe(RULES.length);
    const escaped: string[] = [];
    let matched = 0;
    for (const text of texts) {
      const { folded } = prepare(text);
      const facts = dateFacts(folded);
      for (const parser of gated) {
        if (!new RegExp(parser.re.source, parser.re.flags).test(folded)) continue;
        matched += 1;
        if (!parser.gate?.(facts)) escaped.push(`${parser.re.source.slice(0, 40)} :: ${text.slice(0, 60)}`);
      }
    }
    expect(matched).toBeGreaterThan(1000);
    expect(escaped).toEqual([]);
  });

  it('findDates reads the same with every speed gate removed (fixture texts and sentences, both comparison days)', () => {
    const withGates = (text: string, asOf: string) => JSON.stringify(findDates(prepare(text), { asOf, lang: 'en', fiscalYearStartMonth: 1 }));
    const gated = texts.flatMap((text) => COMPARISON_TODAYS.map((asOf) => withGates(text, asOf)));
    const gates = PARSERS.map((p) => p.gate);
    try {
      for (const parser of PARSERS) if (!isRule(parser.re)) parser.gate = undefined;
      const ungated = texts.flatMap((text) => COMPARISON_TODAYS.map((asOf) => withGates(text, asOf)));
      const differ = ungated.map((read, i) => (read === gated[i] ? '' : texts[Math.floor(i / COMPARISON_TODAYS.length)].slice(0, 60))).filter(Boolean);
      expect(differ).toEqual([]);
    } finally {
      PARSERS.forEach((parser, i) => {
        parser.gate = gates[i];
      });
    }
    expect(gated.filter((read) => read !== '[]').length).toBeGreaterThan(1500);
  });

  it('the three parsers read their sentences (FR and EN) and stay silent on the near misses', () => {
    const deadline = (text: string) => findDates(prepare(text), { asOf: '2026-11-26', lang: 'en', fiscalYearStartMonth: 1 }).find((d) => d.role === 'deadline')?.date;
    expect(deadline('Réduire le churn de 5 % dans les deux prochains mois')).toBe('2027-01-26');
    expect(deadline('Gagner 50 clients pendant 90 jours')).toBe('2027-02-24');
    expect(deadline('Grow revenue 10% over the year ahead')).toBe('2027-11-26');
    expect(deadline('Sign 5 new logos in the year ahead of 2028')).toBe('2027-12-31');
    expect(deadline('Hausse de 10 % du CA dans l’année précédant 2028')).toBe('2027-12-31');
    expect(deadline('Close an annual contract worth $50k in an hour')).toBeUndefined();
    expect(deadline('Hire 3 reps during the year ahead of the IPO')).toBeUndefined();
  });
});

describe('perf65: one month name, counted without a global copy of the pattern', () => {
  const globalCount = (text: string) => text.match(new RegExp(`\\b(?:${MONTH_SOURCE})\\b`, 'g'))?.length === 1;

  it('agrees with the global count on every folded fixture text, its date mentions and adversarial inputs', () => {
    const inputs = ['', 'mars', 'en mars', 'mars avril', 'mars-avril', 'marsmars', 'mayday may', 'may may', 'in may 2027', 'march, april', 'la fin de mars', 'sept. et oct.', 'janvier'];
    for (const text of texts) {
      const { folded } = prepare(text);
      inputs.push(folded);
      for (const m of findDates(prepare(text), { asOf: '2026-11-26', lang: 'en', fiscalYearStartMonth: 1 })) inputs.push(folded.slice(m.start, m.end));
    }
    const differ = inputs.filter((input) => oneMonthName(input) !== globalCount(input));
    expect(differ).toEqual([]);
    expect(inputs.filter((input) => oneMonthName(input)).length).toBeGreaterThan(200);
    expect(inputs.filter((input) => globalCount(input) === false && new RegExp(`\\b(?:${MONTH_SOURCE})\\b`).test(input)).length).toBeGreaterThan(10);
  });
});
