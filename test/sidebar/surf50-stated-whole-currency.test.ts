/**
 * surf50 (the lead's ruling, issue 11 a): the wizard's sentence states an amount in a currency with no minor unit with the
 * digits entered — « 7,5 FCFA », "¥43.8" —, where it padded them to cents no such currency has (« 7,50 FCFA », "¥43.80");
 * whole amounts stay whole. The sentence reads back as the amounts entered.
 */
import type { GoalDraft } from '../../src/core/api';
import { useCurrency } from '../../src/core/format';
import { analyzeStatement } from '../../src/core/statement';
import { generateSentence } from '../../src/sidebar/sentence';
import { emptyDraft } from '../../src/sidebar/steps';

const NBSP = '\u00a0';

const basket = (currency: string, name: string, baseline: number, target: number): GoalDraft => ({
  ...emptyDraft(),
  kpi: { seriesId: `${name}!${name}`, catalogId: null, name, unit: 'currency', aggregation: 'level', lowerIsBetter: false, currency },
  baseline,
  target,
  deadline: '2027-03-31',
});

describe.each([
  { lang: 'fr' as const, local: 'XOF', currency: 'FCFA', name: 'Panier moyen', said: `de 6,5${NBSP}FCFA à 7,5${NBSP}FCFA`, padded: /\d,50\u00a0FCFA/ },
  { lang: 'en' as const, local: 'JPY', currency: 'JPY', name: 'Average order value', said: 'from ¥43.8 to ¥50', padded: /¥43\.80/ },
])('the wizard’s sentence in $currency', (c) => {
  beforeEach(() => useCurrency(c.local));
  afterEach(() => useCurrency(null));
  const [baseline, target] = c.currency === 'JPY' ? [43.8, 50] : [6.5, 7.5];

  it('states the digits entered, never padded to cents', () => {
    const sentence = generateSentence(basket(c.currency, c.name, baseline, target), c.lang);
    expect(sentence).toContain(c.said);
    expect(sentence).not.toMatch(c.padded);
    const read = analyzeStatement(sentence, { asOf: '2026-11-26', lang: c.lang });
    expect([read.baseline, read.target]).toEqual([baseline, target]);
  });

  it('near miss: whole amounts stay whole', () => {
    expect(generateSentence(basket(c.currency, c.name, 6, 8), c.lang)).not.toMatch(/\d[.,]\d/);
  });
});
