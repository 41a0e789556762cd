/**
 * kpi65: kind B of the blind KPI misses (a KPI labelled, none read), each class written here in other words (FR and EN,
 * none copied from a fixture), with near misses that keep today's reading (docs/MEASUREMENTS.md, kpi65; the fixtures
 * README's "kpi65" section):
 * 1. exports multiplied by a factor written after them ("increase exports by 5 times", "grow exports fivefold", « multiplier
 *    nos exportations par 3 ») or by « multiplier par 3 » before them are sales summed over their sellers, `revenue`, as
 *    doubled or tripled exports are (the exports ruling (b), kpi46);
 * 2. exports in money spelt "U.S. dollars", or "$1 bln annually from exports", are `revenue` as "$700 million" and "$1
 *    billion a year in exports" are (kpi63 left those spellings);
 * 3. an amount of money named as a threshold after it, "reach the $6 billion mark", "cross the $10M threshold", is a sales
 *    amount as « franchir la barre des 10 M€ » is (real32's threshold noun; English read none);
 * 4. "the number of tickets sold", « le nombre de billets vendus » given a level are things counted as sold, `deals_closed`,
 *    as "10,000 copies sold" is (real21, real23, real31's things sold); not per customer (a basket's size);
 * 5. the last note's leftover: « Nous visons une année record avec un taux d'attrition inférieur à 5 % » read nothing where
 *    "… with churn below 5%" read churn, target 5 % (stmt64's with-clause goal): a bound « avec » puts on the only KPI named
 *    bounds no other goal, so both languages read the with-clause as the goal; a bound beside another KPI stays a constraint;
 * 6. the last note's « Augmenter le earnings »: the sentence's own words name the KPI in its own language only; a rewrite
 *    in the other one names the catalog's label (`ownWordsKpi`'s `lang`).
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { analyzeStatement, exampleRewrite, ownWordsKpi } from '../../../src/core/statement';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('1. exports multiplied by a factor are sales (was no KPI)', () => {
  readsAs([
    ['We aim to increase our exports by 3 times by 2030.', { kpi: 'revenue', direction: 'increase', change: { value: 2, kind: 'relative' } }],
    ['Grow the export of our cheeses by 2.5 times within five years.', { kpi: 'revenue', change: { value: 1.5, kind: 'relative' } }],
    ['The region wants to grow its exports fourfold by 2032.', { kpi: 'revenue', change: { value: 3, kind: 'relative' } }],
    ['Multiply our exports by 4 by 2030.', { kpi: 'revenue' }],
    ['La coopérative veut multiplier par 4 ses exportations d’ici 2030.', { kpi: 'revenue', direction: 'increase', change: { value: 3, kind: 'relative' } }],
    ['Nous voulons multiplier nos exportations par 2 d’ici 2029.', { kpi: 'revenue', change: { value: 1, kind: 'relative' } }],
    ['Multiplier nos exportations par deux en cinq ans.', { kpi: 'revenue' }],
  ]);
});

describe('1. near misses: exporters counted, an export team, a volume, a frequency, a percentage keep today’s reading', () => {
  readsAs([
    ['Increase the number of exporting firms by 3 times by 2030.', { kpi: null }],
    ['Multiply our export team by 3 by 2027.', { kpi: null }],
    ['Increase exports by 3 times in tonnes by 2030.', { kpi: null }],
    ['We export three times a year to Japan.', { kpi: null }],
    ['Multiplier par 2 le nombre d’entreprises exportatrices d’ici 2030.', { kpi: null }],
    ['Augmenter les dépenses des touristes par visiteur de 10 %.', { kpi: null }],
    ['Increase exports by 20% by 2027.', { kpi: null }],
    ['Tripler nos exportations d’ici 2030.', { kpi: 'revenue' }],
  ]);
});

describe('2. exports in "U.S. dollars" or "bln … annually" are sales (was no KPI)', () => {
  readsAs([
    ['The ministry aims to lift furniture exports to 900 million U.S. dollars by 2028.', { kpi: 'revenue', target: 900_000_000, unit: 'currency' }],
    ['The plan should bring in $2 bln annually from exports of seafood by 2030.', { kpi: 'revenue', target: 2_000_000_000 }],
    ['Le pays vise 900 millions de dollars d’exportations en 2028.', { kpi: 'revenue', target: 900_000_000 }],
  ]);
});

describe('2. near misses: exports in tonnes, exports as a share keep no KPI; billions spelt out read as before', () => {
  readsAs([
    ['The plan should bring in $2 billion annually from exports of seafood by 2030.', { kpi: 'revenue', target: 2_000_000_000 }],
    ['The ministry aims to lift furniture exports to 900,000 tonnes by 2028.', { kpi: null }],
    ['Raise exports to 30% of GDP by 2030.', { kpi: null }],
  ]);
});

describe('3. money named as a threshold after it is a sales amount (was no KPI)', () => {
  readsAs([
    ['We will reach the $4 billion mark next year.', { kpi: 'revenue', direction: 'increase', target: 4_000_000_000, unit: 'currency' }],
    ['Our studio wants to cross the $10M threshold in 2027.', { kpi: 'revenue', target: 10_000_000 }],
    ['The firm hopes to pass the US$ 500 million milestone by 2028.', { kpi: 'revenue', target: 500_000_000 }],
    ['We crossed the $1M mark in 2025 and want $2M in 2027.', { kpi: 'revenue', target: 2_000_000 }],
    ['Nous voulons franchir la barre des 10 millions d’euros en 2027.', { kpi: 'revenue', target: 10_000_000 }],
  ]);
});

describe('3. near misses: a campaign’s, a debt’s, a price’s, spending’s mark, a count’s mark', () => {
  readsAs([
    ['The university expects its campaign to reach the $2 billion mark by 2028.', { kpi: null }],
    ['Our fundraising should cross the $2M mark in 2027.', { kpi: null }],
    ['Our debt must stay under the $2M mark.', { kpi: null }],
    ['Stay under the $500 price mark.', { kpi: null }],
    ['Keep our spending below the $5,000 threshold.', { kpi: 'costs' }],
    ['We want to reach the 10,000 mark in 2027.', { kpi: null }],
  ]);
});

describe('4. the number of things sold is deals won (was no KPI)', () => {
  readsAs([
    ['The club expects the number of season passes sold to reach 8,000 next year.', { kpi: 'deals_closed', target: 8_000, unit: 'count' }],
    ['We expect the number of season tickets sold to reach 9,500 in 2027.', { kpi: 'deals_closed', target: 9_500 }],
    ['Le nombre de forfaits vendus devrait atteindre 40 000 cette saison.', { kpi: 'deals_closed', target: 40_000 }],
    ['Nous voulons que le nombre d’abonnements vendus dépasse 3 000 en 2027.', { kpi: 'deals_closed', target: 3_000 }],
  ]);
});

describe('4. near misses: things sold per customer, a number of places, people counted', () => {
  readsAs([
    ['Increase the number of products sold per customer to 3.', { kpi: null }],
    ['Augmenter le nombre de produits vendus par client à 3.', { kpi: null }],
    ['We want the number of stores to reach 120 in 2027.', { kpi: null }],
    ['Le nombre de points de vente devrait atteindre 120.', { kpi: null }],
  ]);
});

describe('5. a bound « avec » puts on the only KPI named is the goal, as English "with … below" is (was no KPI in French)', () => {
  readsAs([
    ['Nous visons une année record avec un churn inférieur à 4 % en 2028.', { kpi: 'churn', direction: 'decrease', target: 0.04, unit: 'percent' }],
    ['Nous visons une belle saison avec un chiffre d’affaires supérieur à 3 M€ en 2028.', { kpi: 'revenue', direction: 'increase', target: 3_000_000 }],
    ['We aim for a record season with churn below 4% in 2028.', { kpi: 'churn', direction: 'decrease', target: 0.04 }],
    ['We aim for a strong season with revenue above $3M in 2028.', { kpi: 'revenue', target: 3_000_000 }],
  ]);
});

describe('5. near misses: a bound beside the goal’s own KPI stays a constraint', () => {
  readsAs([
    ['Atteindre 2 M€ de chiffre d’affaires d’ici 2027 avec un taux d’attrition inférieur à 5 %.', { kpi: 'revenue', target: 2_000_000 }],
    ['Grow revenue to $2M by 2027 with churn below 5%.', { kpi: 'revenue', target: 2_000_000 }],
    ['Signer 10 clients par trimestre avec un panier moyen supérieur à 1 000 €.', { kpi: 'deals_closed', target: 10 }],
    ['Ouvrir 10 magasins avec une marge supérieure à 5 %.', { kpi: null, target: 10 }],
  ]);
});

describe('6. the sentence’s own words name the KPI in its own language only (« Augmenter le earnings » in fr_FR)', () => {
  const profit = KPI_CATALOG.find((k) => k.id === 'profit')!;
  const conversion = KPI_CATALOG.find((k) => k.id === 'conversion_rate')!;
  const english = analyzeStatement('Grow earnings by 10% in 2027.', { asOf: '2026-12-05' });
  const french = analyzeStatement('Améliorer le taux de transformation de 2 points en 2027.', { asOf: '2026-12-05' });

  it('a rewrite in the sentence’s language keeps its words', () => {
    expect(ownWordsKpi(english, profit, undefined, 'en')?.label.en).toBe('earnings');
    expect(ownWordsKpi(english, profit)?.label.en).toBe('earnings');
    expect(ownWordsKpi(french, conversion, undefined, 'fr')?.label.fr).toBe('taux de transformation');
  });

  it('a rewrite in the other language takes the catalog’s label', () => {
    expect(ownWordsKpi(english, profit, undefined, 'fr')).toBeNull();
    expect(ownWordsKpi(french, conversion, undefined, 'en')).toBeNull();
    expect(exampleRewrite(english, ownWordsKpi(english, profit, undefined, 'fr') ?? profit, 'fr', '2026-12-05')).toContain('le bénéfice');
    expect(exampleRewrite(english, ownWordsKpi(english, profit, undefined, 'en') ?? profit, 'en', '2026-12-05')).toContain('earnings');
  });
});
