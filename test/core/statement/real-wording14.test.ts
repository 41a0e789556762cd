/**
 * Classes of misses found on the fourteenth real statement set (test/fixtures/statements/real14-heldout.jsonl, issue 11:
 * goal announcements in the business press and goal-setting posts). Each class is fixed by a general rule and checked
 * here on sentences written for the class, FR and EN, none of them in a fixture set.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('"gross" an amount is a sales amount (revenue), "gross margin" stays a margin', () => {
  it.each([
    ['We want to gross $2M next year.', 2_000_000],
    ['Our company aims to gross $1M in 2026.', 1_000_000],
    ["In 2027 we're going to gross three million dollars.", 3_000_000],
    ['The store should gross over $500,000 this year.', 500_000],
  ])('%s → revenue, increase, target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', direction: 'increase', target, unit: 'currency' });
  });

  it('keeps gross margin and gross profit as they were', () => {
    expect(analyze('Improve gross margin to 40% by Q3.').kpi).toBe('gross_margin');
    expect(analyze('Increase gross profit by 10%.').kpi).toBe('profit');
  });
});

describe('a goal word given an amount in millions of a currency is revenue, not a count', () => {
  it.each([
    ['My 10 million dollar goal by the end of the year.', 10_000_000],
    ["Objectif pour 2017 : 100 millions d'euros", 100_000_000],
    ["Objectif 2026 : 3 millions d'euros.", 3_000_000],
    ['Our 2 million euro target for 2026.', 2_000_000],
  ])('%s → revenue, target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', target, unit: 'currency' });
  });
});

describe('units given as a goal or sold are won sales; units opened are places', () => {
  it.each([
    ['For March, he set his target as 12 units.', 12],
    ['Our target is 300 units per month.', 300],
    ['The goal is 1,200 units this quarter.', 1200],
    ['She set her goal at 40 units a week.', 40],
    ['Sell 500 units by March.', 500],
  ])('%s → deals_closed, target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', target, unit: 'count' });
  });

  it.each(['We will open 50 new units in 2026.', 'Atteindre les 100 unités en 2027.'])('%s → no KPI (places)', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });
});

describe('customers reached as a level ("get to", "grow to", "arriver à", "from N to M") are the base', () => {
  it.each([
    ['We want to get to 150 customers by the end of the year.', 150],
    ['Grow to 500 customers by 2026.', 500],
    ["Arriver à 300 clients d'ici fin 2026.", 300],
    ['Passer à 1 200 clients en 2027.', 1200],
    ['Our aim is to climb to 800 customers by June.', 800],
    ['Grow from 200 to 400 customers in 2026.', 400],
    ['Passer de 200 à 400 clients en 2026.', 400],
  ])('%s → customers, target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'customers', direction: 'increase', target, unit: 'count' });
  });

  it.each(['Get 10 new customers by March.', 'Get to 50 new customers this quarter.', 'Grow from 5 to 20 new customers per month.'])('%s → still won customers (deals_closed)', (text) => {
    expect(analyze(text).kpi).toBe('deals_closed');
  });
});

describe('finding clients is winning them', () => {
  it.each([
    'That goal may be finding your first few clients.',
    'Find new customers in the healthcare sector this year.',
    'Our priority: finding 20 new buyers by June.',
    "Trouver de nouveaux clients en Belgique d'ici 2026.",
  ])('%s → deals_closed, increase', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', direction: 'increase' });
  });

  it('"find ways to …" is not about clients', () => {
    expect(analyze('Find ways to increase sales by 10%.')).toMatchObject({ kpi: 'revenue', direction: 'increase' });
  });
});

describe('opening stores is the goal when it comes first: places name no KPI, the sales goal after "and" is a second goal', () => {
  it.each([
    ['The chain plans to open 50 new restaurants in 2026 and grow revenue by 20%.', 50],
    ['Acme is opening up 12 stores this year to drive $2 billion of sales growth by 2030.', 12],
    ["Le groupe veut ouvrir 40 magasins en 2026 et doubler son chiffre d'affaires.", 40],
    ['We plan to open 300 stores over the next decade and reach $5 billion in sales.', 300],
  ])('%s → no KPI, target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: null, direction: 'increase', target, unit: 'count' });
  });

  it.each([
    ["La Boîte à pizza s'est fixé comme objectif 15 ouvertures en France en 2025.", 15],
    ['Notre objectif : 30 ouvertures de magasins en 2026.', 30],
    ['Our target is 25 new store openings in 2026.', 25],
  ])('%s → openings counted name no KPI (not won deals), target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: null, target, unit: 'count' });
  });

  it.each([
    ['Open 3 new accounts per month.', 'deals_closed'],
    ['We will open new markets to increase revenue by 10%.', 'revenue'],
    ['Our open rate should reach 30%.', null],
  ])('%s → %s ("open" before accounts, markets or in "open rate" is not an opening of places)', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('"aims to have N users / customers" states the base as the goal, before a second goal', () => {
  it.each([
    ['The bank wants to have 2 million customers by 2027 and to double its profit.'],
    ['We aim to have 5 million users by 2028.'],
    ['The app aims to have 400,000 daily active users by the end of 2026 and to double its revenue.'],
  ])('%s → customers', (text) => {
    expect(analyze(text).kpi).toBe('customers');
  });
});

describe('French imperfect of reported goals ("visait", "passait") is still the goal verb', () => {
  it.each([
    ['Le groupe visait 3 millions de clients en 2027.', 3_000_000],
    ["L'opérateur visait alors 500 000 abonnés fin 2026.", 500_000],
    ["En annonçant que la plateforme visait les 2,5 millions d'abonnés d'ici 2029, le dirigeant a rassuré.", 2_500_000],
  ])('%s → customers, target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'customers', target });
  });
});

describe('a rate of profitability is the margin; a French adverb is not the head of the object', () => {
  it.each([
    ['Porter le taux de rentabilité à 8 % en 2026.'],
    ['Raise our profitability rate to 15% by 2026.'],
    ['Faire passer rapidement le taux de rentabilité de 2 % à 5 %.'],
    ['Améliorer significativement notre taux de rentabilité en 2026.'],
  ])('%s → net_margin', (text) => {
    expect(analyze(text).kpi).toBe('net_margin');
  });

  it('profitability alone stays profit', () => {
    expect(analyze('Augmenter durablement la rentabilité de 10 %.').kpi).toBe('profit');
    expect(analyze('Increase profitability by 10% in 2026.').kpi).toBe('profit');
  });
});

describe('levers: a reporting gerund is no means, a spaced dash ends one, "de plus de" does not split it, a quoted name keeps its quotes', () => {
  it.each([
    ["En annonçant que la plateforme visait les 2,5 millions d'abonnés d'ici 2029, le dirigeant a rassuré.", 2_500_000],
    ['Le groupe a confirmé ses ambitions en précisant qu’il vise 500 000 clients en 2027.', 500_000],
    ['The CEO reassured investors by saying that the company aims to reach 2 million users by 2027.', 2_000_000],
  ])('%s → no lever, target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ levers: [], target });
  });

  it.each([
    ['Atteindre 50 M€ de chiffre d’affaires en 2027 en développant l’export – hors activité historique – et les services.', ['développant l’export']],
    ['Grow revenue by 20% by expanding into Spain - our first market abroad - in 2026.', ['expanding into Spain']],
    ['Avec un nouveau site et un taux de recommandation de plus de 90%, la société espère doubler ses ventes en 2026.', ['un nouveau site', 'un taux de recommandation de plus de 90%']],
    ['Doubler le chiffre d’affaires d’ici 2028 avec le lancement du programme « Cap 2028 ».', ['le lancement du programme « Cap 2028 »']],
  ])('%s → levers %j', (text, levers) => {
    expect(analyze(text).levers).toEqual(levers);
  });
});

describe('a share of the revenue ("de 50 % du CA à 70 %", "20% of revenue") names no KPI; a change of the revenue still does', () => {
  it.each([
    ["L'export grimpera, de 30 % du chiffre d'affaires à 45 %, d'ici 2027.", 0.45],
    ["L'export passera de 30 % à 45 % du chiffre d'affaires d'ici 2027.", 0.45],
    ['Online sales should go from 20% of revenue to 35% by 2026.', 0.35],
  ])('%s → no KPI, percent, target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: null, target, unit: 'percent' });
  });

  it('a share of revenue in a relative clause about the subject is no KPI', () => {
    expect(analyze('La filiale, qui représente 40 % du chiffre d’affaires du groupe, vise 60 % en 2027.')).toMatchObject({ kpi: null, unit: 'percent' });
  });

  it.each([
    ["Viser une hausse de 10 % du chiffre d'affaires en 2026.", 'revenue'],
    // Costs as a share of sales are a cost-to-sales ratio, no catalog KPI (real12's cost-to-income ratio, real20's "COGS
    // under 33% of sales"; decided with the twenty-second real set, this line used to expect 'costs').
    ['Réduire les coûts à 20 % du chiffre d’affaires.', null],
    ['Réduire les coûts à 200 000 € cette année.', 'costs'],
    ['Increase revenue by 15% in 2026.', 'revenue'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('a growth named only in a purpose clause ("dans le but de", "in order to", "with the aim of") is no goal', () => {
  it.each([
    ['We will restructure the sales organisation in order to drive growth.'],
    ["Nous allons réorganiser nos équipes afin de développer le chiffre d'affaires."],
    ['Simplify our processes with the aim of increasing profitability.'],
    ["Nous allons simplifier l'organisation dans le but de générer une croissance durable."],
  ])('%s → no KPI, no direction', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: null, direction: null });
  });

  it.each([
    ['Improve onboarding in order to increase revenue by 10% by Q4.', 'revenue'],
    ['Retravailler le site afin de passer de 3 % à 4 % de conversion.', 'conversion_rate'],
  ])('%s → %s (a purpose that states the numbers is the goal)', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('"organisation", "réalisation", "planification" are nouns, not goal verbs; a year as the subject is no number', () => {
    expect(analyze("2027 sera une année de réorganisation et de planification pour l'équipe.")).toMatchObject({ direction: null, target: null });
  });
});

describe('returning to growth ("renouer avec la croissance", "retrouver la croissance", "return to growth") is a growth goal', () => {
  it.each([
    ['Renouer avec la croissance en 2026.'],
    ['Le groupe veut renouer durablement avec une croissance organique positive dès 2026.'],
    ['Return to growth in 2026.'],
    ["Retrouver la croissance d'ici fin 2026."],
    ['We enter 2026 with a clear plan: return to organic growth, improve our operating margin and keep strong cash generation.'],
    ['Nous abordons 2027 avec une feuille de route claire : renouer avec la croissance, améliorer la marge.'],
  ])('%s → sales_growth, increase, no lever', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: 'sales_growth', direction: 'increase', levers: [] });
  });
});

describe('basis points are hundredths of a point; a dashed range is one quantity, its lower bound', () => {
  it.each([
    ['Improve our operating margin by 50 basis points in 2026.', 0.005],
    ['Raise net margin by 25 bps by Q4.', 0.0025],
    ["Augmenter la marge de 150 points de base d'ici 2027.", 0.015],
    ['Réduire nos coûts de fonctionnement de 100 points de base.', 0.01],
  ])('%s → an absolute change of %d', (text, value) => {
    expect(analyze(text).change).toEqual({ value, kind: 'absolute' });
  });

  it.each([
    ["Porter la marge nette à 8-10 % d'ici 2027.", 0.08, 'percent'],
    ['Reach a 20–25% close rate in Q3.', 0.2, 'percent'],
    ['Faire passer le taux de rentabilité de 2 % à 4-5 %.', 0.04, 'percent'],
    ['Grow revenue to $2-3M by 2026.', 2_000_000, 'currency'],
    ['Ouvrir 10-12 magasins en 2026.', 10, 'count'],
  ])('%s → target %d (%s)', (text, target, unit) => {
    expect(analyze(text)).toMatchObject({ target, unit });
  });
});

describe('opening or publishing, counted: an ordinal of a countable is the count; "more stores" and publishing state an increase', () => {
  it.each([
    ['La chaîne se prépare à ouvrir sa 300e boutique en 2026.', 300],
    ['The chain plans to open its 100th store in 2026.', 100],
    ['Open our 25th location by June.', 25],
    ["Nous voulons signer notre 1000e client d'ici fin 2026.", 1000],
  ])('%s → target %d, a count, increase', (text, target) => {
    expect(analyze(text)).toMatchObject({ target, unit: 'count', direction: 'increase' });
  });

  it('an ordinal of a period is no count', () => {
    expect(analyze('Increase revenue by 10% in the 2nd quarter.')).toMatchObject({ kpi: 'revenue', target: null, change: { value: 0.1, kind: 'relative' } });
  });

  it.each([
    ['Nous cherchons à ouvrir beaucoup plus de magasins en Espagne.'],
    ['Open more stores in Spain next year.'],
    ['Publish 4 case studies per quarter.'],
    ['Publier 2 articles de blog par semaine.'],
    ['Publish two high-quality videos per month.'],
  ])('%s → increase', (text) => {
    expect(analyze(text).direction).toBe('increase');
  });

  it('"more" before something that is not a countable states nothing', () => {
    expect(analyze('Be more customer-centric.').direction).toBeNull();
  });
});

describe('deadlines: the next decade, the year a sentence is about, "sur l’ensemble de l’année"', () => {
  const at = (text: string) => analyzeStatement(text, { asOf: '2025-07-16' }).deadline;
  it.each([
    ['The plan is to open 300 stores over the next decade.', '2035-07-16'],
    ["Le groupe veut doubler son chiffre d'affaires dans la prochaine décennie.", '2035-07-16'],
    ["2026 sera une année de transition pendant laquelle nous simplifierons l'organisation.", '2026-12-31'],
    ['2027 will be the year we double our revenue.', '2027-12-31'],
    ['Nous abordons 2026 avec une trajectoire claire : renouer avec la croissance.', '2026-12-31'],
    ['We enter 2026 with a clear plan: return to organic growth.', '2026-12-31'],
    ["Sur l'ensemble de l'année 2026, le réseau table sur un minimum de 7 ouvertures.", '2026-12-31'],
  ])('%s → %s', (text, deadline) => {
    expect(at(text)).toBe(deadline);
  });
});

describe('a milestone already passed (passé composé, "ended 2024 at") is the baseline; a milestone of customers is the base', () => {
  it.each([
    ['Le mois dernier, l’opérateur annonçait avoir dépassé le cap des 2 millions d’abonnés et visait 3 millions d’abonnés en 2026.', 2_000_000, 3_000_000],
    ['We have crossed the $1M mark and now aim for $2M in ARR by 2026.', 1_000_000, 2_000_000],
    ['Nous avons franchi la barre des 500 clients et visons 800 clients fin 2026.', 500, 800],
    ["Since we ended 2024 at $5 million in revenue, we're on track to get to the $10 million mark this year.", 5_000_000, 10_000_000],
    ["L'entreprise a dépassé les 10 M€ de chiffre d'affaires et vise 15 M€ en 2027.", 10_000_000, 15_000_000],
  ])('%s → baseline %d, target %d', (text, baseline, target) => {
    expect(analyze(text)).toMatchObject({ baseline, target, direction: 'increase' });
  });

  it.each([
    ["Dépasser le cap des 2 millions d'abonnés en 2026.", 2_000_000],
    ["Nous voulons dépasser la barre des 100 clients d'ici juin.", 100],
    ['Reach the 1,000 customers mark by 2027.', 1000],
    ['Hit the 500 clients milestone this year.', 500],
    ['Nous avons franchi la barre des 500 clients et visons 800 clients fin 2026.', 800],
  ])('%s → customers (the base), target %d, no baseline from the goal itself', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'customers', target });
  });
});

describe('a goal verb in a French relative clause follows its object ("les 3 millions de clients que vise la banque")', () => {
  it.each([
    ["Les 3 millions de clients que vise la banque d'ici 2027 supposent une forte accélération.", 'customers', 3_000_000],
    ["On parle beaucoup des 2 millions d'utilisateurs que visent les néobanques en 2026.", 'customers', 2_000_000],
    ["Les 500 magasins que le groupe veut ouvrir d'ici 2028 seront surtout en Asie.", null, 500],
    ["Le chiffre d'affaires de 50 M€ que vise l'entreprise en 2026 est ambitieux.", 'revenue', 50_000_000],
  ])('%s → %s, target %d, increase', (text, kpi, target) => {
    expect(analyze(text)).toMatchObject({ kpi, target, direction: 'increase' });
  });
});

describe('a company\'s "résultat" (singular) is its profit; results of a campaign are not', () => {
  it.each([
    ["La banque se donne jusqu'à 2026 pour retrouver ses niveaux de résultat d'avant la crise.", '2026-12-31'],
    ["Doubler notre résultat d'ici 2027.", '2027-12-31'],
    ['Le groupe vise un résultat opérationnel de 200 M€ en 2026.', '2026-12-31'],
  ])('%s → profit, deadline %s', (text, deadline) => {
    expect(analyze(text)).toMatchObject({ kpi: 'profit', deadline });
  });

  it.each(["Améliorer les résultats de la campagne d'e-mailing.", "Obtenir le résultat attendu d'ici juin.", 'Augmenter le résultat financier de 10 % en 2026.', 'Fort de ce résultat, le groupe veut ouvrir 20 agences en 2026.'])('%s → no KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it('digits hyphenated to a name ("Covid-19") are no number', () => {
    expect(analyze("Retrouver d'ici 2026 notre résultat d'avant la crise du Covid-19.")).toMatchObject({ kpi: 'profit', target: null, unit: null });
  });
});

describe('amounts: "a million" earned needs no currency word; trillions and yen; "à comparer à N" is the baseline', () => {
  it.each([
    ["So here it is: we're going to gross a million.", 1_000_000],
    ['We want to earn two million this year.', 2_000_000],
    ['Make a million in 2026.', 1_000_000],
    ['Reach 500 billion yen in revenue by 2027.', 500_000_000_000],
    ['He said he was targeting 1 trillion yen (11 billion dollars) in sales.', 1_000_000_000_000],
  ])('%s → revenue, target %d (currency)', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', target, unit: 'currency' });
  });

  it('a million users stay a count', () => {
    expect(analyze('Reach one million users by 2027.')).toMatchObject({ kpi: 'customers', unit: 'count' });
  });

  it.each([
    ['En 2027, la maison devra atteindre 15 % de parts de marché, à comparer à 9,6 % à date.', 0.096, 0.15],
    ["Atteindre 20 % de marge en 2026, à comparer à 14 % aujourd'hui.", 0.14, 0.2],
  ])('%s → baseline %d, target %d', (text, baseline, target) => {
    expect(analyze(text)).toMatchObject({ baseline, target });
  });
});

describe('a cadence adjective between a count and things won or done ("100 monthly sales") is the goal\'s cadence', () => {
  it.each([
    ['Our goal is to reach 100 monthly sales.', 'month'],
    ['We want 20 weekly demos by March.', 'week'],
    ['Book 5 daily meetings.', 'day'],
  ])('%s → %s', (text, recurrence) => {
    expect(analyze(text).recurrence).toBe(recurrence);
  });

  it('a level of a monthly measure stays a level ("50,000 monthly visitors")', () => {
    expect(analyze('Increase website traffic to 50,000 monthly visitors by end of Q2.').recurrence).toBeNull();
  });
});

describe('"aims to have N …, and to (at least) double …": the doubling is a second goal, not the first goal\'s change', () => {
  it.each([
    ['The platform aims to have 300 million daily active users by the end of 2026 and to at least double its annual revenue in that year.', 'customers', 300_000_000],
    ['The bank wants to have 2 million customers by 2027 and to double its profit.', 'customers', 2_000_000],
    ['We aim to have 500 clients by June and to at least triple our revenue.', 'customers', 500],
  ])('%s → %s, target %d, no baseline, no change', (text, kpi, target) => {
    expect(analyze(text)).toMatchObject({ kpi, target, baseline: null, change: null, direction: 'increase' });
  });

  it.each(['Reach 500 customers by 2026.', 'We want to have 500 clients by June.'])('%s → customers (a level)', (text) => {
    expect(analyze(text).kpi).toBe('customers');
  });
});

describe('savings that "reach" an amount are a costs decrease; "points de vente" are stores, not points', () => {
  it.each([
    ["Ce plan d'économies qui doit atteindre 300 millions d'euros d'ici 2027 passera par l'automatisation.", 300_000_000],
    ['Our savings that should reach $2M by 2026 will come from automation.', 2_000_000],
  ])('%s → costs, decrease, an absolute change of %d', (text, value) => {
    expect(analyze(text)).toMatchObject({ kpi: 'costs', direction: 'decrease', target: null, change: { value, kind: 'absolute' } });
  });

  it('counts stores as a count', () => {
    expect(analyze('Ouvrir 12 points de vente en 2026.')).toMatchObject({ target: 12, unit: 'count' });
    expect(analyze('Gagner 2 points de marge en 2026.')).toMatchObject({ kpi: 'net_margin', change: { value: 0.02, kind: 'absolute' } });
  });
});

describe('two counts of different things are not a level and its target', () => {
  it.each([
    ["Déjà forte de 40 points de vente, l'enseigne s'est fixé comme objectif 12 ouvertures en 2026.", 12],
    ["Avec 120 magasins aujourd'hui, l'enseigne vise 20 ouvertures en 2026.", 20],
  ])('%s → no baseline, target %d, increase', (text, target) => {
    expect(analyze(text)).toMatchObject({ baseline: null, target, direction: 'increase' });
  });

  it.each([
    ['Passer de 200 à 400 clients en 2026.', 200, 400],
    ['I sold 500 cars last year, so I want to sell 600 cars this year.', 500, 600],
  ])('%s → baseline %d, target %d (same thing counted)', (text, baseline, target) => {
    expect(analyze(text)).toMatchObject({ baseline, target });
  });
});

describe('"à l\'horizon de N (à M) ans" is a duration, its upper bound', () => {
  it.each([
    ["Un doublement du chiffre d'affaires est attendu à l'horizon de 3 à 4 ans.", '2029-01-06'],
    ["Doubler le chiffre d'affaires à l'horizon de 5 ans.", '2030-01-06'],
  ])('%s → deadline %s, no target', (text, deadline) => {
    expect(analyze(text)).toMatchObject({ deadline, target: null, change: { value: 1, kind: 'relative' } });
  });
});
