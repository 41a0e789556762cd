/**
 * Classes of misses found on the third real statement set (test/fixtures/statements/real3.jsonl, issue 11),
 * each fixed by a general rule and checked here on sentences that are not in the set: profit margins,
 * counted transactions and units, staff retention, intransitive growth verbs, "a total of", "within the next
 * quarter", a plural unit after a slash.
 */
import { extendCatalog, KPI_CATALOG, type KpiDefinition } from '../../../src/core/kpi/catalog';
import { analyzeStatement } from '../../../src/core/statement';
import { findKpis } from '../../../src/core/statement/kpi';
import { fold } from '../../../src/core/statement/text';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('profit margins are the net margin, not the profit amount', () => {
  it.each([
    ['Improve our profit margin to 18% by year end', 'net_margin', 0.18],
    ['Raise profit margins from 12% to 15%', 'net_margin', 0.15],
    ['Améliorer la marge bénéficiaire à 20 %', 'net_margin', 0.2],
    ['Relever nos marges de bénéfice de 2 points', 'net_margin', null],
  ])('%s → %s', (text, kpi, target) => {
    expect(analyze(text)).toMatchObject({ kpi, direction: 'increase', target });
  });

  it('keeps the more specific names: gross profit margin, and profit as an amount', () => {
    expect(analyze('Increase gross profit margin to 40%').kpi).toBe('gross_margin');
    expect(analyze('Increase profit by $50,000').kpi).toBe('profit');
    expect(analyze('Améliorer la marge bénéficiaire brute').kpi).toBe('gross_margin');
  });
});

describe('transactions and units sold, counted, are won deals', () => {
  it.each([
    ['Close 35 transactions this year', 35],
    ['Conclure 12 transactions par trimestre', 12],
    ['Sell 2,500 units of the new model by June 30', 2500],
    ['Vendre 800 unités en 2025', 800],
  ])('%s → deals_closed, target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', direction: 'increase', target, unit: 'count' });
  });

  it('a level without a verb takes the better direction', () => {
    expect(analyze('30 closed transactions in Q3')).toMatchObject({ kpi: 'deals_closed', direction: 'increase', target: 30 });
  });

  it('names nothing where the word is not counted sales', () => {
    expect(analyze('Simplifier les canaux de transaction').kpi).toBeNull();
    expect(analyze('Grow revenue in both business units').kpi).toBe('revenue');
    expect(analyze('Increase transaction volume by 10%').kpi).toBe('deals_closed');
  });
});

describe('"a total of N" is the level to reach, not a change', () => {
  it.each([
    ['Sell a total of 400 units within the next month', 400],
    ['Book a total of 60 demos this quarter', 60],
    ['Réaliser un total de 90 rendez-vous ce trimestre', 90],
  ])('%s → target %d', (text, target) => {
    const a = analyze(text);
    expect(a.target).toBe(target);
    expect(a.change).toBeNull();
  });
});

describe('staff retention is not customer retention', () => {
  it.each(['Increase employee retention to 90%', 'Improve staff retention by 10%', 'Améliorer la rétention des salariés', 'Réduire le churn des collaborateurs'])('%s → no catalog KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it('still reads customer retention and churn', () => {
    expect(analyze('Increase customer retention to 90%').kpi).toBe('retention');
    expect(analyze('Réduire le churn des clients de 2 points').kpi).toBe('churn');
  });
});

describe('growth verbs without an object', () => {
  it.each(['Développer et étoffer notre clientèle', 'Étoffer le portefeuille clients', 'Faire grandir notre réseau de distributeurs'])('%s → increase', (text) => {
    expect(analyze(text).direction).toBe('increase');
  });

  it.each(['Notre entreprise doit grandir', 'The business must grow this year', 'Les ventes doivent grandir'])('%s: a subject moved by an intransitive verb → increase', (text) => {
    expect(analyze(text).direction).toBe('increase');
  });

  it.each(['Nous devons grandir', 'We must grow', 'Grow.', 'Progresser.'])('%s: no measure named → no direction', (text) => {
    expect(analyze(text).direction).toBeNull();
  });
});

describe('"within the next quarter" is one quarter from today, "over the next quarter" the calendar quarter', () => {
  it.each([
    ['Close 10 deals within the next quarter', '2025-04-06'],
    ['Reach $2M in revenue within the next year', '2026-01-06'],
    ['Sign 4 new clients within the coming month', '2025-02-06'],
    ['Close 10 deals over the next quarter', '2025-06-30'],
    ['Close 10 deals next quarter', '2025-06-30'],
    ['Close 10 deals within the next two quarters', '2025-07-06'],
  ])('%s → %s', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });
});

describe('a cadence written with a slash and a plural unit', () => {
  it.each([
    ['60 appels/ jours', 'fr', 'day'],
    ['Faire 15 rendez-vous/semaines', 'fr', 'week'],
    ['80 calls/day', 'en', 'day'],
  ])('%s → %s, %s', (text, language, recurrence) => {
    expect(analyze(text)).toMatchObject({ language, recurrence });
  });
});

describe('a spelled-out million with its currency is an amount', () => {
  it.each([
    ["Atteindre un million d'euros de chiffre d'affaires", 1_000_000, 'currency'],
    ["Réaliser deux millions d'euros de CA en 2025", 2_000_000, 'currency'],
    ['Reach one million dollars in annual revenue', 1_000_000, 'currency'],
  ])('%s → target %d', (text, target, unit) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', direction: 'increase', target, unit });
  });

  it('leaves spelled-out counts alone', () => {
    expect(analyze('Signer deux nouveaux clients')).toMatchObject({ kpi: 'deals_closed', target: 2 });
  });
});

describe('"get more" + a noun the catalog does not track still states the direction', () => {
  it.each(['Get more referrals from clients', 'Obtenir plus de recommandations', 'Attract more partners'])('%s → increase', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: null, direction: 'increase' });
  });

  it.each(['Get more done', 'Be more customer-centric'])('%s → no direction', (text) => {
    expect(analyze(text).direction).toBeNull();
  });
});

describe('a day of the month named without its month is its next occurrence', () => {
  it.each([
    ['Close 5 deals before the 15th', '2025-01-15'],
    ['Hit $2,000 in new invoices by the 30th.', '2025-01-30'],
    ['Book 8 demos by the 5th', '2025-02-05'],
    ["Signer 3 contrats d'ici le 30", '2025-01-30'],
    ["Signer 3 contrats d'ici le 30 juin", '2025-06-30'],
  ])('%s → %s', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });

  it('never reads a percentage or an amount as a day', () => {
    expect(analyze('Réduire le churn avant le 15 %').deadline).toBeNull();
    expect(analyze('Augmenter le CA de 10 % avant le 3,5 % de marge').deadline).toBeNull();
  });
});

describe('a stated range makes the delta redundant', () => {
  it('keeps baseline and target, drops the change', () => {
    expect(analyze('Réduire le coût par lead de 25 % (de 60 € à 45 €)')).toMatchObject({ baseline: 60, target: 45, change: null, direction: 'decrease', unit: 'currency' });
    expect(analyze('Cut churn by half, from 6% to 3%')).toMatchObject({ baseline: 0.06, target: 0.03, change: null });
  });
});

describe('"by using …": the -ing verb after "by" is the means itself', () => {
  it('keeps "using" in the lever, and still strips a leading "using" cue', () => {
    expect(analyze('Book 20 meetings by March 31 by using a shared calendar').levers).toEqual(['using a shared calendar']);
    expect(analyze('Book 20 meetings by March 31 using a shared calendar').levers).toEqual(['a shared calendar']);
  });
});

it('French adverbs that only French has decide the language: "prospecter davantage"', () => {
  expect(analyze('prospecter davantage').language).toBe('fr');
  expect(analyze('Vendre davantage').language).toBe('fr');
});

it.each(['Encourage customers to buy more add-ons', 'Inciter les clients à acheter plus de produits'])('"%s": buying more is an increase', (text) => {
  expect(analyze(text).direction).toBe('increase');
});

it("\"acheter plus d'unités\": an elided article before the object", () => {
  expect(analyze('Inciter les clients à acheter plus d’unités').direction).toBe('increase');
  expect(analyze('Je veux plus d’abonnés').direction).toBe('increase');
});

/** Classes seen on real3-heldout.jsonl after its one held-out measurement (so that set is no longer held out). */
describe('after the held-out measurement', () => {
  it.each([
    ['Notre équipe fidélise ses meilleurs clients', 'retention', 'increase'],
    ['Le commercial prospecte chaque matin', 'prospecting', 'increase'],
    ['Vendre au maximum pendant les soldes', 'revenue', 'increase'],
    ['Sell as much as possible in Q4', 'revenue', 'increase'],
  ])('a verb naming its KPI, conjugated or with "au maximum": %s → %s', (text, kpi, direction) => {
    expect(analyze(text)).toMatchObject({ kpi, direction });
  });

  it.each([
    ["Augmenter le nombre d'acheteurs réguliers", 'customers'],
    ["Doubler le nombre d'utilisateurs actifs", 'customers'],
    ['Increase the number of buyers', 'customers'],
  ])('the number of buyers is the customer base (elided "d\'" too): %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    ['$100,000 in total deals per quarter', 100_000],
    ['Signer 50 k€ de contrats ce trimestre', 50_000],
    ['Sell $2M worth of software this year', 2_000_000],
  ])('an amount of deals or "worth of" sold is revenue: %s', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', target, unit: 'currency' });
  });

  it('keeps counted deals with a bound on their size as won deals', () => {
    expect(analyze('Win 20 deals over $25k')).toMatchObject({ kpi: 'deals_closed', target: 20 });
  });

  it.each([
    ['Generate an additional $1 million in revenue', { value: 1_000_000, kind: 'absolute' }],
    ['Bring in an extra $250k of ARR this year', { value: 250_000, kind: 'absolute' }],
  ])('"an additional/extra amount" is a change: %s', (text, change) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', direction: 'increase', target: null, change });
  });

  it.each([
    ['Sell $1M worth of product over a two-year period', '2027-01-06'],
    ['Sign 40 clients over a period of 18 months', '2026-07-06'],
    ['Signer 40 clients sur une période de 6 mois', '2025-07-06'],
  ])('a period of N units is a duration: %s → %s', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });

  it('"gagner en notoriété": the object follows "en"', () => {
    expect(analyze('Gagner en notoriété').direction).toBe('increase');
    expect(analyze('Augmenter en recrutant des SDR').direction).toBeNull();
  });
});

describe('a catalog too large for one regex', () => {
  it('is matched in chunks with the same leftmost, longest-synonym-first results', () => {
    const extra: KpiDefinition[] = Array.from({ length: 400 }, (_, i) => ({
      id: `custom_${i}`,
      label: { en: `Custom ${i}`, fr: `Perso ${i}` },
      synonyms: { en: [`${'abcdefghijklmnopqrstuvwxyz'[i % 26]}widget metric ${i}`], fr: [] },
      unit: 'count',
      lowerIsBetter: false,
      aggregation: 'total',
    }));
    const big = extendCatalog(KPI_CATALOG, extra);
    const text = 'Increase gross profit margin and kwidget metric 36 while revenue grows';
    const mentions = findKpis(fold(text), text, big).map((m) => m.id);
    expect(mentions).toEqual(['gross_margin', 'custom_36', 'revenue']);
    expect(findKpis(fold(text), text, KPI_CATALOG).map((m) => m.id)).toEqual(['gross_margin', 'revenue']);
  });
});

describe('visits to customers are meetings, visits to the website are traffic', () => {
  const kpiOf = (text: string): string | null => analyze(text).kpi;

  it.each([
    ['Make 40 customer visits per month by June 2027', 'meetings'],
    ['Increase field visits by 20% next quarter', 'meetings'],
    ['Réaliser 30 visites clients par mois d’ici juin 2027', 'meetings'],
    ['Augmenter les visites terrain de 15 % au prochain trimestre', 'meetings'],
    ['Increase website visits by 20% next quarter', 'website_traffic'],
    ['Doubler les visites du site d’ici fin 2027', 'website_traffic'],
  ])('%s → %s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});
