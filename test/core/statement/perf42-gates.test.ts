/**
 * perf42: cheap tests in front of four statement regexes that scanned every position of every statement (QUANTITY_RE's
 * is "a digit"), and the suggested deadline remembered for the last as-of date. A gate may only skip a statement its regex cannot match: each gate is a pattern every match of its regex holds
 * (a required word or character run read off the regex itself), so when the gate fails the regex would have found
 * nothing and the code after it reads as it did. These tests check that property on every fixture statement (but the
 * held-out real40 and real41, which no session opens) and on generated FR/EN variants of sentences each regex matches,
 * with near misses the gate must let through or keep out; then the public readings behind each gate, which pass before
 * and after the change (no behaviour moved: `statement-dump.ts` is byte-identical, docs/MEASUREMENTS.md perf42).
 */
import { analyzeStatement } from '../../../src/core/statement';
import { IMPOSSIBLE_GATE, IMPOSSIBLE_RE, impossibleDate } from '../../../src/core/statement/dates';
import { findGoalShares, SHARE_GATE, SHARE_RE } from '../../../src/core/statement/goal-share';
import { evaluateStatement } from '../../../src/core/statement/evaluate';
import { BREAKEVEN_GATE, BREAKEVEN_RE, findKpis } from '../../../src/core/statement/kpi';
import { findQuantities, QUANTITY_RE } from '../../../src/core/statement/quantities';
import { prepare } from '../../../src/core/statement/text';
import { readableFixtureTexts } from './fixture-texts';

// real40 and real41 no session opens; real48 onwards are held out until a session opens them (a failing gate would print their lines).
const HELD_OUT = /^real(?:4[0189]|5\d)-heldout\.jsonl$/;

const fixtureTexts = (): string[] => readableFixtureTexts(HELD_OUT);

/** Sentences each regex matches, FR and EN (the rules' own examples in the sources). */
const MATCHED: ReadonlyArray<readonly [string, RegExp, RegExp, readonly string[]]> = [
  [
    'breakeven',
    BREAKEVEN_GATE,
    BREAKEVEN_RE,
    ['Reach breakeven by Q4 2027', 'We aim at hitting breakeven next year', 'Atteindre l’équilibre d’ici fin 2027', 'Atteindre le point mort en 2027', 'Retour à l’équilibre en 2026'],
  ],
  [
    'goal share',
    SHARE_GATE,
    SHARE_RE,
    [
      'Reach $1.2M in Q1 2027, a quarter of our annual goal of $4.8M',
      'Contribute $1.2M to the $4.8M annual target by March 2027',
      'Close 300 deals out of a 1,200-deal quota',
      'Réaliser 1,2 M€ au T1 2027, soit 25 % de l’objectif annuel de 4,8 M€',
      'Signer 30 contrats sur un objectif annuel de 120',
      'Half of the annual plan of 100 deals by June',
    ],
  ],
  [
    'quantity',
    /\d/,
    QUANTITY_RE,
    ['Increase revenue by 10% to $2.4M by June 2027', 'Sign 3 enterprise customers a month', 'Porter le CA à 1,2 M€ d’ici fin 2027', 'Passer de 45 à 30 jours'],
  ],
  [
    'impossible date',
    IMPOSSIBLE_GATE,
    IMPOSSIBLE_RE,
    [
      'Get 30 leads by 31 June 2027',
      'Get 30 leads by June 31, 2027',
      'Get 30 leads by 6/31/2027',
      'Get 30 leads by 2027-02-30',
      'Get 30 leads by 30/02',
      'Obtenir 30 leads d’ici le 31 juin 2027',
      'Obtenir 30 leads d’ici le 31.06.2027',
      'Obtenir 30 leads avant le 30/02',
      'Obtenir 30 leads d’ici le 0 mars',
      'Obtenir 30 leads d’ici le 29 février 2027',
    ],
  ],
];

/** Each sentence as written, in capitals, after an opening clause, before a closing one, with other spaces and hyphens. */
function variants(text: string): string[] {
  return [
    text,
    text.toUpperCase(),
    `Team North: ${text}.`,
    `${text}, with 3 new reps.`,
    `Pour 2027, ${text} ; merci.`,
    text.replace(/ /g, '\u00a0'),
    text.replace(/ /g, '  '),
    text.replace(/ /g, '\t'),
    text.replace(/ /g, '-'),
    `“${text}”`,
  ];
}

const matches = (re: RegExp, folded: string): number => [...folded.matchAll(new RegExp(re.source, 'g'))].length;

describe('perf42: every match of a gated regex passes its gate', () => {
  const corpus = fixtureTexts().map((text) => prepare(text).folded);

  it.each(MATCHED.map(([name, gate, re]) => [name, gate, re] as const))('%s, over every fixture statement but the held-out real40 and real41', (_name, gate, re) => {
    expect(corpus.length).toBeGreaterThan(3000);
    const missed = corpus.filter((folded) => matches(re, folded) > 0 && !gate.test(folded));
    expect(missed).toEqual([]);
  });

  it.each(MATCHED)('%s, on generated FR/EN variants of sentences it matches', (_name, gate, re, sentences) => {
    const folded = sentences.flatMap(variants).map((text) => prepare(text).folded);
    // The regex matches each sentence as written: the property is tested where it matters.
    for (const sentence of sentences) expect(matches(re, prepare(sentence).folded)).toBeGreaterThan(0);
    expect(folded.filter((f) => matches(re, f) > 0 && !gate.test(f))).toEqual([]);
  });

  it('the corpus exercises each regex (the property is not checked on nothing)', () => {
    const matched = MATCHED.map(([name, , re]) => [name, corpus.filter((folded) => matches(re, folded) > 0).length] as const);
    for (const [, count] of matched) expect(count).toBeGreaterThan(0);
  });
});

describe('perf42: near misses', () => {
  it.each([
    // The gate lets these through (they hold its words) and the regex finds nothing: the reading is the regex's, as before.
    ['Break the sales record by 2027', BREAKEVEN_GATE, BREAKEVEN_RE, true],
    ['Trouver un équilibre entre prix et volume', BREAKEVEN_GATE, BREAKEVEN_RE, true],
    ['Reach our sales plan by June 2027', SHARE_GATE, SHARE_RE, true],
    ['Get 30 leads by 3/2027', IMPOSSIBLE_GATE, IMPOSSIBLE_RE, true],
    // The gate keeps these out, and the regex would have found nothing in them either.
    ['Reach profitability by Q4 2027', BREAKEVEN_GATE, BREAKEVEN_RE, false],
    ['Atteindre la rentabilité en 2027', BREAKEVEN_GATE, BREAKEVEN_RE, false],
    ['Reach $1.2M in Q1 2027, a quarter of our annual sales', SHARE_GATE, SHARE_RE, false],
    ['Réaliser 1,2 M€ au T1, soit le quart du chiffre annuel', SHARE_GATE, SHARE_RE, false],
    ['Get 25 leads by 28 June 2027', IMPOSSIBLE_GATE, IMPOSSIBLE_RE, false],
    ['Obtenir 25 leads d’ici le 15 juin 2027', IMPOSSIBLE_GATE, IMPOSSIBLE_RE, false],
  ] as const)('%s', (text, gate, re, passes) => {
    const folded = prepare(text).folded;
    expect(gate.test(folded)).toBe(passes);
    expect(matches(re, folded)).toBe(0);
  });
});

describe('perf42: the readings behind each gate (the same before and after it)', () => {
  const asOf = '2026-12-05';

  it('breakeven reached is the profit KPI, FR and EN; a record broken is not', () => {
    expect(findKpis(prepare('Reach breakeven by Q4 2027').folded, 'Reach breakeven by Q4 2027').map((m) => m.id)).toContain('profit');
    expect(findKpis(prepare('Atteindre le point mort en 2027').folded, 'Atteindre le point mort en 2027').map((m) => m.id)).toContain('profit');
    expect(findKpis(prepare('Break the sales record by 2027').folded, 'Break the sales record by 2027').map((m) => m.id)).not.toContain('profit');
  });

  it('a larger goal named is set aside, FR and EN; a sentence naming none has no share', () => {
    expect(analyzeStatement('Reach $1.2M in Q1 2027, a quarter of our annual goal of $4.8M', { asOf }).target).toBe(1_200_000);
    expect(analyzeStatement('Réaliser 1,2 M€ au T1 2027, soit 25 % de l’objectif annuel de 4,8 M€', { asOf }).target).toBe(1_200_000);
    expect(findGoalShares(prepare('Reach $1.2M in sales by Q1 2027').folded, [], [])).toEqual([]);
  });

  it('a statement without a digit has no digit quantity, its spelled-out ones kept, FR and EN', () => {
    expect(findQuantities(prepare('Double revenue and win ten new accounts').folded, 'en').map((q) => q.value)).toEqual([10]);
    expect(findQuantities(prepare('Signer dix nouveaux comptes cette année').folded, 'fr').map((q) => q.value)).toEqual([10]);
    expect(findQuantities(prepare('Improve customer satisfaction').folded, 'en')).toEqual([]);
  });

  it('the suggested deadline follows each as-of date, remembered or not (FR and EN)', () => {
    const fix = (text: string, asOf: string, lang: 'fr' | 'en') => evaluateStatement(text, { asOf, lang }).criteria.timeBound.suggestion;
    expect(fix('Increase revenue by 10%', '2026-11-26', 'en')).toContain('by 31 March 2027');
    expect(fix('Increase revenue by 10%', '2026-11-26', 'en')).toContain('by 31 March 2027');
    expect(fix('Augmenter le CA de 10 %', '2027-02-10', 'fr')).toContain('30 juin 2027');
    expect(fix('Augmenter le CA de 10 %', '9999-11-01', 'fr')).toBeNull();
    expect(fix('Increase revenue by 10%', '2026-11-26', 'en')).toContain('by 31 March 2027');
    expect(fix('Increase revenue by 10%', '2027-05-01', 'en')).toContain('by 30 September 2027');
  });

  it('an impossible date is still found, FR and EN; a real one is not', () => {
    const ctx = (lang: 'fr' | 'en') => ({ asOf, lang, fiscalYearStartMonth: 1 });
    expect(impossibleDate(prepare('Get 30 leads by June 31, 2027'), ctx('en'))?.text).toBe('June 31, 2027');
    expect(impossibleDate(prepare('Obtenir 30 leads d’ici le 30 février'), ctx('fr'))?.text).toBe('30 février');
    expect(impossibleDate(prepare('Obtenir 30 leads d’ici le 28 février 2027'), ctx('fr'))).toBeNull();
  });
});
