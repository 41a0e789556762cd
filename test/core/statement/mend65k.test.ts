/**
 * mend65k: kpi65's review (docs/MEASUREMENTS.md, mend65k), each finding's class in FR and EN with near misses:
 * 1. a rewrite in the other language keeps the sentence's words when the catalog lists them in that language too (MRR,
 *    ARR, EBITDA, CAC, win rate: « Augmenter le MRR », "Increase EBITDA"), with that language's article (« l’ARR »); words
 *    of one language only take the catalog's label (kpi65: « le bénéfice » for "earnings"); the wizard's example names the
 *    card chosen when it is the sentence's catalog KPI, as its Specific line does;
 * 3. « par » + a factor is a factor only when the clause ends or « d’ici », « en », « avant » follow: « par 1 000 habitants »,
 *    « par deux salariés », "per 1,000 inhabitants", "per 100 visitors" are averages, no sum (as "per capita");
 * 2. a mark counts no sales when the money is a worth, assets, cash, losses, grants, gifts or money raised;
 * 4. exports as a share of GDP name no sum; a factor after exports reads sales only for an increase;
 * 5. one list of factors, figures and words FR/EN, for both factor rules (« par quatre », "10-fold", "by 3x", the passive);
 * 6. kpi65's « avec » goal reads « un churn de moins de 4 % » and « un taux de churn inférieur à 4 % » too.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { analyzeStatement, evaluateStatement, exampleRewrite, ownWordsKpi } from '../../../src/core/statement';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const AS_OF = '2026-12-05';
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf(AS_OF, rows);
const kpi = (id: string) => KPI_CATALOG.find((k) => k.id === id)!;
/** The rewrite of `text` in `lang` with the KPI named as SMARTCHECK names it. */
const rewrite = (text: string, id: string, lang: 'en' | 'fr'): string => {
  const a = analyzeStatement(text, { asOf: AS_OF });
  return exampleRewrite(a, ownWordsKpi(a, kpi(id), undefined, lang) ?? kpi(id), lang, AS_OF);
};

describe('1. words both languages list stay in the other language’s rewrite', () => {
  it.each([
    ['Grow MRR to $1M in 2027.', 'revenue', /^Augmenter le MRR à 1\s000\s000\s\$/],
    ['Increase EBITDA to $2M in 2027.', 'profit', /^Augmenter l’EBITDA à 2\s000\s000\s\$/],
    ['Grow ARR to $10M in 2027.', 'revenue', /^Augmenter l’ARR à 10\s000\s000\s\$/],
  ])('fr: %s', (text, id, expected) => expect(rewrite(text, id, 'fr')).toMatch(expected));

  it.each([
    ['Augmenter l’EBITDA à 2 M€ en 2027.', 'profit', /^Increase EBITDA to €2,000,000/],
    ['Augmenter le win rate à 30 % en 2027.', 'close_rate', /^Increase the win rate to 30%/],
    ['Réduire le CAC à 200 € en 2027.', 'cac', /^Reduce the CAC to €200/],
  ])('en: %s', (text, id, expected) => expect(rewrite(text, id, 'en')).toMatch(expected));

  it('near misses: words of one language only still take the catalog’s label (kpi65)', () => {
    expect(rewrite('Grow earnings by 10% in 2027.', 'profit', 'fr')).toMatch(/^Augmenter le bénéfice de 10/);
    expect(rewrite('Améliorer le taux de transformation de 2 points en 2027.', 'conversion_rate', 'en')).toContain('the conversion rate');
    expect(rewrite('Grow MRR to $1M in 2027.', 'revenue', 'en')).toMatch(/^Increase MRR to \$1,000,000/);
    expect(rewrite('Augmenter le MRR à 1 M€ en 2027.', 'revenue', 'fr')).toMatch(/^Augmenter le MRR à 1\s000\s000\s€/);
  });

  it('the wizard’s example names the card chosen when it is the sentence’s catalog KPI, as Specific does', () => {
    const e = evaluateStatement('Grow sales to $1M', { asOf: AS_OF, lang: 'fr', context: { chosenKpi: { catalogId: 'revenue', name: 'MRR' } } });
    expect(e.criteria.specific.message).toContain('(MRR)');
    expect(e.criteria.timeBound.suggestion).toContain('Augmenter le MRR à 1');
    const en = evaluateStatement('Augmenter les ventes à 1 M€', { asOf: AS_OF, lang: 'en', context: { chosenKpi: { catalogId: 'revenue', name: 'MRR' } } });
    expect(en.criteria.timeBound.suggestion).toContain('Increase MRR to');
    // A card for another KPI is no name for this one: the sentence's KPI.
    const other = evaluateStatement('Grow sales to $1M', { asOf: AS_OF, lang: 'fr', context: { chosenKpi: { catalogId: 'profit', name: 'Marge' } } });
    expect(other.criteria.timeBound.suggestion).not.toContain('Marge');
  });
});

describe('3. « par » / "per" / "each" + a number before a noun is an average, no sum (was revenue since kpi65)', () => {
  readsAs([
    ['Double exports per 1,000 inhabitants by 2030.', { kpi: null, target: 1000 }],
    ['Doubler les exportations par 1 000 habitants d’ici 2030.', { kpi: null, target: 1000 }],
    ['Increase tourist spending per 100 visitors by 20% to $5,000 by 2030.', { kpi: null }],
    ['Tripler les exportations par deux salariés d’ici 2030.', { kpi: null, target: 2 }],
  ]);
});

describe('3. near misses: « par » + a factor ending the clause or before « d’ici », « en » stays a factor', () => {
  readsAs([
    ['Multiplier nos exportations par 2 d’ici 2029.', { kpi: 'revenue', change: { value: 1, kind: 'relative' } }],
    ['Multiplier nos exportations par deux en cinq ans.', { kpi: 'revenue' }],
    ['Multiplier nos exportations par 1,5 avant 2030.', { kpi: 'revenue' }],
    ['Multiply our exports per employee by 2 by 2030.', { kpi: null }],
  ]);
});

describe('2. a mark on money that is no sales names no KPI (was revenue since kpi65)', () => {
  readsAs([
    ['We will reach the $4 billion mark in market value by 2028.', { kpi: null, target: 4_000_000_000 }],
    ['Our valuation will reach the $4 billion mark by 2028.', { kpi: null }],
    ['Our market cap will reach the $4 billion mark by 2028.', { kpi: null }],
    ['Our AUM should cross the $4 billion mark by 2028.', { kpi: null }],
    ['Reach the $4 billion mark in assets under management by 2028.', { kpi: null }],
    ['We want our donations to reach the $4 billion mark by 2028.', { kpi: null }],
    ['Our crowdfunding will reach the $1M mark in 2027.', { kpi: null }],
    ['Grants must reach the $1M mark by 2027.', { kpi: null }],
    ['Keep our cash above the $1M threshold.', { kpi: null }],
    ['We will reach the $4 billion mark in losses by 2028.', { kpi: null }],
  ]);
});

describe('2. near misses: sales marks keep revenue', () => {
  readsAs([
    ['We will reach the $4 billion mark next year.', { kpi: 'revenue', target: 4_000_000_000 }],
    ['Our studio wants to cross the $10M threshold in 2027.', { kpi: 'revenue', target: 10_000_000 }],
    ['Hit the €10M mark by 2027.', { kpi: 'revenue', target: 10_000_000 }],
  ]);
});

describe('4. exports as a share of GDP, or cut by a factor, name no sum (was revenue since kpi65)', () => {
  readsAs([
    ['Increase exports of services by 3 times as a share of GDP by 2030.', { kpi: null }],
    ['Increase exports of services as a share of GDP threefold by 2030.', { kpi: null }],
    ['Grow exports of services to 3 times their share of GDP by 2030.', { kpi: null, target: 3 }],
    ['Reduce our exports by 2 times by 2030.', { kpi: null }],
    ['Réduire nos exportations par 2 d’ici 2030.', { kpi: null }],
  ]);
});

describe('4. near misses: an increase by a factor keeps revenue', () => {
  readsAs([
    ['We aim to increase our exports by 3 times by 2030.', { kpi: 'revenue', change: { value: 2, kind: 'relative' } }],
    ['Nous voulons multiplier nos exportations par 2 d’ici 2029.', { kpi: 'revenue' }],
  ]);
});

describe('5. every factor spelling reads alike (was no KPI for some)', () => {
  readsAs([
    ['Multiplier nos exportations par quatre d’ici 2030.', { kpi: 'revenue', change: { value: 3, kind: 'relative' } }],
    ['Multiplier nos exportations par dix d’ici 2030.', { kpi: 'revenue', change: { value: 9, kind: 'relative' } }],
    ['Nos exportations doivent être multipliées par 3 d’ici 2030.', { kpi: 'revenue', change: { value: 2, kind: 'relative' } }],
    ['Grow exports 10-fold by 2035.', { kpi: 'revenue', change: { value: 9, kind: 'relative' } }],
    ['Grow exports three-fold by 2035.', { kpi: 'revenue' }],
    ['Grow exports by three times by 2030.', { kpi: 'revenue' }],
    ['Grow exports by 3x by 2030.', { kpi: 'revenue' }],
  ]);
});

describe('5. near misses: a frequency, a volume, exporters counted keep no KPI', () => {
  readsAs([
    ['We export three times a year to Japan.', { kpi: null }],
    ['Grow exports threefold in tonnes by 2030.', { kpi: null }],
    ['Increase the number of exporting firms by three times by 2030.', { kpi: null }],
    ['Nos exportateurs doivent être multipliés par 3 d’ici 2030.', { kpi: null }],
  ]);
});

describe('6. « avec un churn de moins de », « avec un taux de churn » are the goal as « avec un churn inférieur à » (was no KPI)', () => {
  readsAs([
    ['Nous visons une année record avec un churn de moins de 4 % en 2028.', { kpi: 'churn', direction: 'decrease', target: 0.04 }],
    ['Nous visons une année record avec un taux de churn inférieur à 4 % en 2028.', { kpi: 'churn', direction: 'decrease', target: 0.04 }],
    ['Nous visons une année record avec un taux d’attrition de moins de 4 % en 2028.', { kpi: 'churn', target: 0.04 }],
    ['We aim for a record year with churn of less than 4% in 2028.', { kpi: 'churn', target: 0.04 }],
  ]);
});

describe('6. near misses: beside the goal’s own KPI, or with a second figure, the clause stays no goal', () => {
  readsAs([
    ['Signer 10 clients par trimestre avec un taux de churn inférieur à 5 %.', { kpi: 'deals_closed', target: 10 }],
    ['Signer 10 clients par trimestre avec un churn de moins de 5 %.', { kpi: 'deals_closed', target: 10 }],
    ['Nous visons une année record avec un churn de moins de 4 %, et 200 clients.', { kpi: null }],
    ['Grow our business with a close rate of 30%.', { kpi: null }],
  ]);
});
