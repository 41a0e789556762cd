/**
 * left44: statement leftovers of issue 11 the previous sessions wrote down. (1) A figure grouped by spaces (U+0020, U+00A0,
 * U+202F) is one figure to the level-then-aim rule: « … et nos frais de marketing sont de 1 200 € ; on vise 1 500 € » read
 * CAC 400 → 1,500. (2) A past year right after a level stated in the past dates that level, no deadline. (3) "to a base of
 * N" is the level reached, not a change. (4) A capitalised word after "to"/« à » that is no goal verb names someone: "Sell to
 * Fortune 500 companies" read a target of 500. (5) A half with its scale: « 2 millions et demi d'euros » read 2,000,000,
 * "three and a half thousand" 1,000; "seven figures after the decimal point" is no amount. (6) The fortieth real set's
 * written deadline rules: a fiscal year the sentence starts ("which begins July 1"), « à la rentrée », « avant cinq ans ».
 * Each class case read wrong on main's code (280e0402); near misses keep main's reading. mend44b: the regressions a
 * reviewer found in these rules (a count after "to"/« à » and a capitalised word, « avant N ans » as an age, "to a base of"
 * after a count, a half with a short scale, « rentrée » as money coming in or with a year, a fiscal start after the
 * deadline, a quota's past year): each of its class cases read wrong on main before mend44b.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (the shared wording table's checks: numbers to six decimals). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('a figure grouped by spaces is one figure to the level-then-aim rule', () => {
  readsAs([
    // « frais de marketing » is operating costs (mend43d's "sales and marketing spend" → costs; alone it read costs on main).
    ['Notre CAC est de 400 € et nos frais de marketing sont de 1 200 € ; on vise 1 500 €', { kpi: 'costs', direction: 'increase', baseline: 1200, target: 1500, unit: 'currency' }],
    ['Notre CAC est de 400 € et nos frais de marketing sont de 1 200 € ; on vise 1 500 €', { kpi: 'costs', baseline: 1200, target: 1500 }],
    ['Notre CAC est de 400 € et nos frais de marketing sont de 1 200 € ; on vise 1 500 €', { kpi: 'costs', baseline: 1200, target: 1500 }],
    ['Notre CAC est de 400 € et notre panier moyen de 1 200 € ; on vise 1 500 €', { kpi: 'average_deal_size', direction: 'increase', baseline: 1200, target: 1500 }],
    ['Our CAC is $400 and our marketing spend is $1 200; we want $1 500', { kpi: 'costs', baseline: 1200, target: 1500, unit: 'currency' }],
  ]);
});

describe('near misses: unspaced figures and one metric keep their readings', () => {
  readsAs([
    ['Notre CAC est de 400 € et nos frais de marketing sont de 1200 € ; on vise 1500 €', { kpi: 'costs', baseline: 1200, target: 1500 }],
    ['Our CAC is $400 and our marketing costs are $1,200; we want $1,500', { kpi: 'costs', baseline: 1200, target: 1500 }],
    ['Nos frais de marketing sont de 1 200 € ; on vise 1 000 €', { kpi: 'costs', direction: 'decrease', baseline: 1200, target: 1000 }],
    ['Notre CA est de 2 000 000 € et notre marge de 20 % ; on vise 25 %', { kpi: 'net_margin', baseline: 0.2, target: 0.25, unit: 'percent' }],
    ['Notre CAC est de 400 € ; on vise 300 €', { kpi: 'cac', direction: 'decrease', baseline: 400, target: 300 }],
  ]);
});

describe('a past year right after a level stated in the past dates that level, never the goal', () => {
  readsAs([
    ['Costs were $2M in 2025 and they are $1.5M now; we want $1M', { kpi: 'costs', direction: 'decrease', baseline: 1_500_000, target: 1_000_000, deadline: null }],
    ['Revenue was $2M in 2025 and is $2.5M now; we want $3M', { kpi: 'revenue', baseline: 2_500_000, target: 3_000_000, deadline: null }],
    ["Nos coûts étaient de 2 M€ en 2025 et ils sont de 1,5 M€ aujourd'hui ; nous visons 1 M€", { kpi: 'costs', baseline: 1_500_000, target: 1_000_000, deadline: null }],
    ['Notre CA était de 2 M€ en 2025 et il est de 2,5 M€ ; on vise 3 M€', { kpi: 'revenue', baseline: 2_500_000, target: 3_000_000, deadline: null }],
  ]);
});

describe('near misses: a deadline of its own, a goal’s own past, a year still ahead keep their dates', () => {
  readsAs([
    ['Costs were $2M in 2025 and they are $1.5M now; we want $1M by 2027', { baseline: 1_500_000, target: 1_000_000, deadline: '2027-12-31' }],
    ["Notre CA était de 2 M€ en 2025 et est de 2,5 M€ aujourd'hui ; nous visons 3 M€ en 2027", { baseline: 2_500_000, target: 3_000_000, deadline: '2027-12-31' }],
    ['Our goal was $3M in 2025', { kpi: 'revenue', target: 3_000_000, deadline: '2025-12-31' }],
    ['Notre objectif était de 3 M€ en 2025', { target: 3_000_000, deadline: '2025-12-31' }],
    ['Revenue was flat, and we want $3M in 2025', { target: 3_000_000, deadline: '2025-12-31' }],
    ['Costs were $2M in 2027 and they are $1.5M now; we want $1M', { deadline: '2027-12-31' }],
  ]);
});

describe('"to a base of N" is the level reached, not a change', () => {
  readsAs([
    ['Grow to a base of 1900 customers', { direction: 'increase', target: 1900, change: null, unit: 'count' }],
    ['Grow to a base of 1,900 customers by 2027', { target: 1900, change: null, deadline: '2027-12-31' }],
    ['Grow to a base of 1900 active customers by 2027', { kpi: 'customers', target: 1900, change: null }],
    ["Croître jusqu'à une base de 1 900 clients d'ici 2027", { target: 1900, change: null, deadline: '2027-12-31' }],
    ["Augmenter le nombre d'abonnés jusqu'à une base de 2 500 abonnés", { target: 2500, change: null }],
  ]);
});

describe('near misses: a base held, "a total of" and « pour atteindre une base de » keep their readings', () => {
  readsAs([
    ['Grow to a total of 1900 customers', { target: 1900, change: null }],
    ['Grandir pour atteindre une base de 1900 clients', { target: 1900, change: null }],
    ['Grow our customer base to 1900 customers', { kpi: 'customers', target: 1900 }],
    ["Atteindre une base clients de 1 900 d'ici 2027", { kpi: 'customers', target: 1900 }],
  ]);
});

describe('a capitalised word after "to" / « à » that is no goal verb names someone: its number is no figure', () => {
  readsAs([
    ['Sell to Fortune 500 companies', { target: null, change: null }],
    ['Sell to Fortune 500 companies and sign 20 new clients by 2027', { kpi: 'deals_closed', target: 20, unit: 'count' }],
    ['Expand to Route 66 stores', { target: null }],
    ['Vendre à Maison 21 et signer 10 clients', { kpi: 'deals_closed', target: 10 }],
  ]);
});

describe('near misses: a goal verb after "to", names read before, counts before a name keep their readings', () => {
  readsAs([
    ['Our plan to Reach 40 deals by June 30, 2027', { target: 40 }],
    ['We want to Reach 40 deals by June 30, 2027', { kpi: 'deals_closed', target: 40 }],
    ['Sign 10 clients in the Fortune 500 by 2027', { kpi: 'deals_closed', target: 10 }],
    ['Sell 20 deals to Fortune 500 companies', { kpi: 'deals_closed', target: 20 }],
    ['We serve Fortune 500 companies and want 40 new clients in 2027.', { target: 40 }],
  ]);
});

describe('a half with its scale: « 2 millions et demi d’euros », "three and a half thousand"', () => {
  readsAs([
    ["Atteindre 2 millions et demi d'euros de CA", { kpi: 'revenue', target: 2_500_000, unit: 'currency' }],
    ["Atteindre 1 million et demi d'euros de CA d'ici 2027", { target: 1_500_000, unit: 'currency', deadline: '2027-12-31' }],
    ['Reach 2 million and a half dollars in revenue', { kpi: 'revenue', target: 2_500_000, unit: 'currency' }],
    ['Reach three and a half thousand customers by 2027', { target: 3500, unit: 'count', deadline: '2027-12-31' }],
    ['Reach 3 and a half thousand customers', { target: 3500, unit: 'count' }],
    ['Sell two and a half thousand units', { kpi: 'deals_closed', target: 2500 }],
  ]);
});

describe('near misses: a whole scale, a decimal and words without a half keep their readings', () => {
  readsAs([
    ["Atteindre 2,5 millions d'euros de CA", { target: 2_500_000 }],
    ['Reach 2.5 million euros in revenue', { target: 2_500_000 }],
    ['Reach two and a half million dollars', { target: 2_500_000, unit: 'currency' }],
    ["Atteindre deux millions et demi d'euros de chiffre d'affaires en 2027", { kpi: 'revenue', target: 2_500_000 }],
    ['Reach three thousand customers', { target: 3000 }],
    ['Reach a thousand customers', { target: 1000 }],
  ]);
});

describe('"seven figures after the decimal point" is a precision, no amount', () => {
  readsAs([
    ['Round to seven figures after the decimal point', { target: null, unit: null }],
    ['Grow revenue to seven figures after the decimal point', { target: null }],
  ]);
  describe('near misses: a revenue of seven figures stays its floor; « sept chiffres après la virgule » read none on main too', () => {
    readsAs([
      ['Arrondir à sept chiffres après la virgule', { target: null, unit: null }],
      ['Grow revenue to seven figures', { kpi: 'revenue', target: 1_000_000, unit: 'currency' }],
      ["Atteindre un chiffre d'affaires à sept chiffres", { target: 1_000_000, unit: 'currency' }],
    ]);
  });
});

describe('the written deadline rules of the fortieth real set: a fiscal year the sentence starts, « à la rentrée », « avant cinq ans »', () => {
  readsAs([
    // The sentence's own fiscal start wins over the January default; the day it begins is no deadline.
    ['We want to reach $5M in sales in our next fiscal year, which begins July 1.', { target: 5_000_000, deadline: '2028-06-30', start: '2027-07-01' }],
    ['Reach $5M in our next fiscal year; our fiscal year starts in July', { target: 5_000_000, deadline: '2028-06-30', start: '2027-07-01' }],
    ['Grow revenue 10% this fiscal year, which begins July 1', { change: { value: 0.1, kind: 'relative' }, deadline: '2027-06-30', start: '2026-07-01' }],
    // « à la rentrée » alone: the next end of September (today is past this year's).
    ['Nous visons 500 élèves à la rentrée.', { target: 500, deadline: '2027-09-30' }],
    ['Atteindre 200 clients à la rentrée', { target: 200, deadline: '2027-09-30' }],
    ['Avant cinq ans, nous voulons atteindre 10 M€ de CA.', { target: 10_000_000, deadline: '2031-12-05' }],
    ['Atteindre 10 M€ de CA avant cinq ans', { target: 10_000_000, deadline: '2031-12-05' }],
  ]);
  describe('as of 2025-01-06 (the fixtures README’s example): the next fiscal year ends on 30 June 2026', () => {
    readsAsOf('2025-01-06', [['It plans to open five more stores in its next fiscal year, which begins July 1.', { change: { value: 5, kind: 'absolute' }, target: null, deadline: '2026-06-30', start: '2025-07-01' }]]);
  });
  describe('as of 2026-05-04: « à la rentrée » is this year’s', () => {
    readsAsOf('2026-05-04', [['Nous visons 500 élèves à la rentrée.', { deadline: '2026-09-30' }]]);
  });
});

describe('near misses: a year after « rentrée », a back-to-school promotion, « dès la rentrée », « d’ici cinq ans », a fiscal year with no start', () => {
  readsAs([
    ['Nous visons 500 élèves à la rentrée 2027.', { target: 500, deadline: '2027-09-30' }],
    ['Augmenter les ventes de 15 % d’ici la fin du trimestre grâce à une promotion de rentrée.', { deadline: '2026-12-31' }],
    ["Dès la rentrée, nous voulons signer 20 clients d'ici juin 2027", { target: 20, deadline: '2027-06-30' }],
    ["Atteindre 10 M€ de CA d'ici cinq ans", { deadline: '2031-12-05' }],
    ['Reach $5M in our next fiscal year', { deadline: '2027-12-31' }],
    ['Our fiscal year starts in July; reach $5M by March 2027', { target: 5_000_000, deadline: '2027-03-31', start: '2026-07-01' }],
    ['Signer 20 clients avant le 15 mars', { target: 20, deadline: '2027-03-15' }],
  ]);
});

describe('mend44b', () => {
  describe('a capitalised word after "to" / « à » is the goal\'s verb or whom it sells to: the count after it is the goal\'s', () => {
    readsAs([
      ['Sell to Walmart 500 cases by June 2027', { direction: 'increase', target: 500, unit: 'count', deadline: '2027-06-30' }],
      ['Sell to Costco 1,000 units', { direction: 'increase', target: 1000 }],
      ['Deliver to Acme 300 units', { direction: 'increase', target: 300 }],
      ['Goal to Recruit 15 volunteers', { target: 15 }],
      ['Plan to Launch 5 products', { target: 5 }],
      ['Plan to Open 12 new stores', { target: 12 }],
      ['We want to Grow 40 new accounts', { target: 40 }],
      ['Try to Complete 40 courses', { target: 40 }],
      ['Vendre à Auchan 300 palettes', { target: 300, unit: 'count' }],
      ['Signer à Paris 20 contrats', { kpi: 'deals_closed', target: 20 }],
      ['Livrer à Orange 200 box', { direction: 'increase', target: 200 }],
    ]);
  });
  describe('near misses: names a number is part of, a place after « chez » / "in"', () => {
    readsAs([
      ['Sell to Fortune 500 companies', { target: null }],
      ['Sell to Fortune 500 companies and sign 20 new clients by 2027', { kpi: 'deals_closed', target: 20 }],
      ['Expand to Route 66 stores', { target: null }],
      ['Vendre à Maison 21 et signer 10 clients', { kpi: 'deals_closed', target: 10 }],
      ['Vendre à Fortune 500 entreprises', { target: null }],
      ['Sign in Europe 30 clients', { kpi: 'deals_closed', target: 30 }],
      ['Signer chez Renault 5 contrats', { kpi: 'deals_closed', target: 5 }],
    ]);
  });

  describe('« avant N ans »: an age or a wear is no deadline, nor does it outrank a cued one', () => {
    readsAs([
      ["Former 50 jeunes avant 30 ans d'ici 2028", { target: 50, deadline: '2028-12-31' }],
      ['Recruter 10 jeunes avant 26 ans', { target: 10, deadline: null }],
      ["Remplacer 80 % des pneus avant 5 ans d'usage", { target: 0.8, deadline: null }],
      ["Ouvrir 3 boutiques avant deux ans d'ici 2028", { target: 3, deadline: '2028-12-31' }],
    ]);
  });
  describe('near misses: a small spelled duration after « avant » with no other deadline, "under 30" in English', () => {
    readsAs([
      ['Avant cinq ans, nous voulons atteindre 10 M€ de CA.', { target: 10_000_000, deadline: '2031-12-05' }],
      ['Embaucher 5 personnes avant trois mois', { target: 5, deadline: '2027-03-05' }],
      ['Signer 20 clients avant le 15 mars', { target: 20, deadline: '2027-03-15' }],
      ['Train 50 young people under 30 by 2028', { deadline: '2028-12-31' }],
    ]);
  });

  describe('"to a base of N" is the level reached only after a verb of growth with no count before it', () => {
    readsAs([
      ['Sell 200 licences to a base of 1,000 prospects', { target: 200 }],
      ['Pitch to a base of 400 leads and sign 40 by June 2027', { target: 40, deadline: '2027-06-30' }],
      ['Add 500 customers to a base of 1,900 customers', { target: null, change: { value: 500, kind: 'absolute' } }],
      ["Vendre 200 licences jusqu'à une base de 1 000 prospects", { target: 200 }],
      ["Ajouter 500 clients jusqu'à une base de 1 900 clients", { target: null, change: { value: 500, kind: 'absolute' } }],
    ]);
  });
  describe('near misses: growth to a base keeps the base as its target', () => {
    readsAs([
      ['Grow to a base of 1900 customers', { target: 1900, change: null }],
      ['Expand to a base of 2,000 subscribers by 2027', { target: 2000, change: null, deadline: '2027-12-31' }],
      ["Croître jusqu'à une base de 1 900 clients d'ici 2027", { target: 1900, change: null }],
      ["Augmenter le nombre d'abonnés jusqu'à une base de 2 500 abonnés", { target: 2500, change: null }],
    ]);
  });

  describe('a half with a short scale: « 2 M et demi d’euros », "12 thousand and a half dollars", « 5 mille et demi euros »', () => {
    readsAs([
      ["Lever 2 M et demi d'euros", { target: 2_500_000, unit: 'currency' }],
      ['Raise 12 thousand and a half dollars', { target: 12_500, unit: 'currency' }],
      ['Lever 5 mille et demi euros', { target: 5500, unit: 'currency' }],
      ['Raise two and a half thousand dollars', { target: 2500, unit: 'currency' }],
      ['Raise 2 and a half thousand dollars', { target: 2500, unit: 'currency' }],
    ]);
  });
  describe('near misses: a short scale without a half, a half of a million, a half thousand counted', () => {
    readsAs([
      ['Lever 2 M€', { target: 2_000_000, unit: 'currency' }],
      ['Raise 12 thousand dollars', { target: 12_000, unit: 'currency' }],
      ['Lever 5 mille euros', { target: 5000, unit: 'currency' }],
      ["Lever 2 millions et demi d'euros", { target: 2_500_000, unit: 'currency' }],
      ['Reach 2 million and a half dollars in revenue', { target: 2_500_000, unit: 'currency' }],
      ['Reach three and a half thousand customers by 2027', { target: 3500, unit: 'count' }],
    ]);
  });

  describe('« rentrée » as money coming in is no date; a year after « rentrée scolaire » / « rentrée de » is that year’s', () => {
    readsAs([
      ["Augmenter le CA de 10 % grâce à la rentrée d'argent des clients", { change: { value: 0.1, kind: 'relative' }, deadline: null }],
      ['Augmenter le CA de 10 % grâce à la rentrée des créances', { deadline: null }],
      ['Atteindre 500 élèves à la rentrée scolaire 2028', { target: 500, deadline: '2028-09-30' }],
      ['Atteindre 500 élèves à la rentrée de 2028', { target: 500, deadline: '2028-09-30' }],
    ]);
  });
  describe('near misses: « à la rentrée » alone, « de septembre », with a year; back-to-school in English', () => {
    readsAs([
      ['Atteindre 200 clients à la rentrée', { target: 200, deadline: '2027-09-30' }],
      ['Atteindre 300 adhérents à la rentrée de septembre', { target: 300, deadline: '2027-09-30' }],
      ['Nous visons 500 élèves à la rentrée 2028.', { deadline: '2028-09-30' }],
      ['Grow revenue 10% thanks to back-to-school sales', { deadline: null }],
    ]);
  });

  describe('a fiscal year the sentence starts: the start is its month, before the deadline', () => {
    readsAs([
      ['Our fiscal year starts in July; reach $5M by March 2027', { deadline: '2027-03-31', start: '2026-07-01' }],
      ['Our fiscal year starts in July; grow revenue 10% by June 2027', { deadline: '2027-06-30', start: '2026-07-01' }],
      ['Grow revenue 10% this fiscal year, which begins July 1', { deadline: '2027-06-30', start: '2026-07-01' }],
      ['Reach $5M in our next fiscal year; our fiscal year starts in July', { deadline: '2028-06-30', start: '2027-07-01' }],
    ]);
  });
  describe('near misses: a French fiscal year keeps its reading', () => {
    readsAs([
      ["Notre exercice commence en juillet ; atteindre 5 M€ d'ici mars 2027", { target: 5_000_000, deadline: '2027-03-31' }],
    ]);
  });

  describe('a quota is a goal: its past year is its deadline (the fixtures README: "your annual quota is 1 million dollars")', () => {
    readsAs([
      ['Our quota was 40 deals in 2025', { target: 40, deadline: '2025-12-31' }],
      ['Notre quota était de 40 contrats en 2025', { target: 40, deadline: '2025-12-31' }],
    ]);
  });
  describe('near misses: a level stated in the past still dates that level only', () => {
    readsAs([
      ['Our revenue was $2M in 2025', { baseline: 2_000_000, deadline: null }],
      ["Nos coûts étaient de 2 M€ en 2025 et ils sont de 1,5 M€ aujourd'hui ; nous visons 1 M€", { deadline: null }],
    ]);
  });
});
