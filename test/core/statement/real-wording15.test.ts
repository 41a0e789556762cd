/**
 * Classes of misses found on the fifteenth real statement set (test/fixtures/statements/real15-heldout.jsonl, issue 11:
 * goal posts of small businesses, freelancers and sales teams, and the business press). Each class is fixed by a general
 * rule and checked here on sentences written for the class, FR and EN, none of them in a fixture set, with near-misses
 * that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('an average written after its noun ("check average", "ticket average") is the deal size', () => {
  it.each([
    ['Raise our ticket average from $18 to $21 by June.', { baseline: 18, target: 21 }],
    ['Push the check average up by $3 this quarter.', { change: { value: 3, kind: 'absolute' } }],
    ['Increase the average sale per customer by $5 next month.', { change: { value: 5, kind: 'absolute' } }],
  ])('%s → average_deal_size', (text, numbers) => {
    expect(analyze(text)).toMatchObject({ kpi: 'average_deal_size', direction: 'increase', unit: 'currency', ...numbers });
  });

  it('keeps a count per customer a ratio the catalog does not track', () => {
    expect(analyze('Increase the number of transactions per customer by 10%.').kpi).toBeNull();
  });
});

describe('things counted that no catalog KPI measures (establishments, firms, land) are no won deals', () => {
  it.each([
    ["Notre objectif : 35 établissements d'ici fin 2027.", 35],
    ["L'objectif est d'accompagner 50 PME d'ici 2026.", 50],
    ["Objectif : 12 000 hectares d'ici 2030.", 12_000],
  ])('%s → no KPI, count target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: null, direction: 'increase', target, unit: 'count' });
  });

  it('keeps a goal given counted deals a won-deals goal', () => {
    expect(analyze('Our goal is 40 new deals this quarter.')).toMatchObject({ kpi: 'deals_closed', target: 40 });
  });
});

describe('units aimed at ("on vise 1000 unités") are units sold; units reached stay places', () => {
  it('reads an aimed count of units as won sales', () => {
    expect(analyze('On vise 500 unités cette année.')).toMatchObject({ kpi: 'deals_closed', target: 500, unit: 'count' });
    expect(analyze('Nous visons 1 200 unités vendues en 2026.')).toMatchObject({ kpi: 'deals_closed', target: 1200 });
  });

  it('keeps "atteindre les 100 unités" (a network of places) without a KPI', () => {
    expect(analyze('Atteindre les 100 unités en 2027.').kpi).toBeNull();
  });
});

describe('a percentage more of the customers is the customer base growing', () => {
  it.each([
    ['Viser 15 % de clients supplémentaires en 2026.', 0.15],
    ['Notre objectif : 20 % de clients en plus sur le segment PME.', 0.2],
  ])('%s → customers, relative change', (text, value) => {
    expect(analyze(text)).toMatchObject({ kpi: 'customers', direction: 'increase', change: { value, kind: 'relative' }, unit: 'percent' });
  });

  it('keeps new customers counted as won deals', () => {
    expect(analyze("Gagner 20 nouveaux clients d'ici juin.")).toMatchObject({ kpi: 'deals_closed', target: 20 });
  });
});

describe('things closed, counted, are won deals even when the catalog does not name them', () => {
  it.each([
    ['Close 8 discovery workshops this month.', 8],
    ["Conclure 12 missions de conseil d'ici juin.", 12],
    ['Close 3 pilot projects or $50,000 in new business by March.', 3],
  ])('%s → deals_closed %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', direction: 'increase', target, unit: 'count' });
  });

  it('keeps closing a rate a rate', () => {
    expect(analyze('Close the gap on our close rate to 30%.').kpi).toBe('close_rate');
  });
});

describe('a stage-to-stage conversion rate with a two-word stage ("lead-to-discovery-call conversion rate")', () => {
  it.each([
    ['Hit a lead-to-discovery-call conversion rate of 30%.', 0.3],
    ['Reach a visitor-to-demo-request conversion rate of 4%.', 0.04],
    ['Atteindre un taux de conversion de 20 % cette année.', 0.2],
  ])('%s → conversion_rate', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'conversion_rate', target, unit: 'percent' });
  });

  it('does not read "rate to improve the conversion rate" as one stage rate', () => {
    expect(analyze('Improve the close rate to improve the conversion rate.').kpi).toBe('close_rate');
  });
});

describe('contacts counted per period are prospecting; "cible … :" announces the goal', () => {
  it.each([
    ['Cible indicative : 20-30 contacts qualifiés par semaine par commercial.', 20, 'week'],
    ['Objectif : 20 contacts qualifiés par jour.', 20, 'day'],
    ['Cible hebdomadaire : 40 contacts par commercial.', 40, 'week'],
  ])('%s → prospecting', (text, target, recurrence) => {
    expect(analyze(text)).toMatchObject({ kpi: 'prospecting', target, unit: 'count', recurrence });
  });

  it('keeps requests for contact leads', () => {
    expect(analyze('Générer 50 demandes de contact par mois.').kpi).toBe('leads');
  });
});

describe('a KPI named in a relative clause on the subject is not a first goal', () => {
  it.each([
    ['Le groupe, qui compte 2 millions de clients, vise une cinquantaine de magasins en 2026.'],
    ['The chain, which serves 500,000 customers, plans to open 30 stores next year.'],
  ])('%s → no KPI (places)', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: null, direction: 'increase' });
  });

  it('keeps a first goal before "puis" the goal', () => {
    expect(analyze('Réduire le churn à 2 %, puis augmenter le NPS.')).toMatchObject({ kpi: 'churn', direction: 'decrease', target: 0.02 });
  });
});

describe('money passed, a multiple of what one makes, an amount of things sold: sales (revenue)', () => {
  it.each([
    ['Cette année, je veux topper les 3 millions.', { target: 3_000_000, unit: 'currency' }],
    ['On doit dépasser les 500 000 € de prestations vendues en 2025.', { target: 500_000, unit: 'currency' }],
    ['We want to pass $40,000 of prints sold by December.', { target: 40_000, unit: 'currency' }],
    ["I want to make 3x what I'm making now.", { change: { value: 2, kind: 'relative' }, unit: 'percent' }],
  ])('%s → revenue', (text, numbers) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', direction: 'increase', ...numbers });
  });

  it('keeps a count of customers passed the customer base, and a named KPI named', () => {
    expect(analyze('Dépasser les 2 000 clients actifs en 2026.').kpi).toBe('customers');
    expect(analyze('Topper les 30 % de marge cette année.').kpi).toBe('net_margin');
  });
});

describe('what someone is asked to do is the goal, not a means', () => {
  it.each([
    ['If you ask them to increase sales by $2,000 a week when they only get a few more customers, they give up.', 'revenue'],
    ['We challenge our reps to book 20 demos a week, even if they get more leads.', 'meetings'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('"one quote in two signed" is a close rate, "one lead in three converted" a conversion rate', () => {
  it.each([
    ["Objectif : 50 % (un devis sur deux transformé en commande).", 'close_rate', 0.5],
    ['Get to one proposal in three signed by Q3, i.e. 33%.', 'close_rate', 0.33],
    ['Un lead sur trois converti en client : 33 % de conversion.', 'conversion_rate', 0.33],
  ])('%s → %s', (text, kpi, target) => {
    expect(analyze(text)).toMatchObject({ kpi, target, unit: 'percent' });
  });

  it('reads a stray dead-key diaeresis as a space ("50¨%")', () => {
    expect(analyze('Atteindre un taux de closing de 30¨% en 2025.')).toMatchObject({ kpi: 'close_rate', target: 0.3, unit: 'percent' });
  });

  it('keeps "un contrat sur deux marchés" (no share of deals won) a count', () => {
    expect(analyze('Signer un contrat sur deux marchés.').kpi).not.toBe('close_rate');
  });
});

describe('a leading to-clause is the purpose of the need that follows it; a price paid qualifies the customers', () => {
  it.each([
    ['To reach our $1M goal, we need to sign 40 new accounts this year.', 40],
    ['To hit my $3,000 MRR goal, I need to find 120 customers paying $25 each.', 120],
    ['Find 50 customers paying $100 by June.', 50],
  ])('%s → deals_closed', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', direction: 'increase', target, unit: 'count' });
  });

  it('keeps a need stated first the goal', () => {
    expect(analyze('We need to reach $1M in revenue, to hire 3 reps.')).toMatchObject({ kpi: 'revenue', target: 1_000_000 });
  });
});

describe('conversions counted are no rate', () => {
  it.each([['En bio, l’objectif est d’accompagner 80 nouvelles conversions par an.'], ['Generate 200 more conversions per month.']])('%s → no KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it('keeps conversions changed by a percentage or doubled the conversion rate', () => {
    expect(analyze('Increase conversions by 20% this quarter.').kpi).toBe('conversion_rate');
    expect(analyze("Doubler les conversions d'ici juin.").kpi).toBe('conversion_rate');
  });
});

describe('numbers: a euro amount grouped with a dot, a French range without "de", "pas moins de"', () => {
  it('reads "€ 1.000" and "€2.500" as thousands (a dollar amount keeps its decimals)', () => {
    expect(analyze('Reach €2.500 MRR by June.')).toMatchObject({ kpi: 'revenue', target: 2500, unit: 'currency' });
    expect(analyze('Objectif : € 1.000 de MRR.')).toMatchObject({ target: 1000, unit: 'currency' });
    expect(analyze('Raise the average order to $2.50 more.').target).not.toBe(250);
  });

  it.each([
    ['Objectif : ouvrir 8 à 10 agences en 2026.', 8],
    ['Nous visons 20 à 25 nouveaux clients par mois.', 20],
    ['Viser 15 à 20 % de croissance en 2026.', 0.15],
  ])('%s → the lower bound %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ target, baseline: null });
  });

  it('keeps "de 5 % à 3 %" a baseline and a target', () => {
    expect(analyze("Ramener le churn de 5 % à 3 % d'ici juin.")).toMatchObject({ baseline: 0.05, target: 0.03, direction: 'decrease' });
  });

  it("reads \"pas moins de\" as a bound, not a decrease", () => {
    expect(analyze("Pas moins de 80 % des sondés s'attendent à voir leur chiffre d'affaires augmenter de 5 % cette année.").direction).toBe('increase');
  });

  it('keeps "moins de" a decrease where it is one', () => {
    expect(analyze('Moins de 2 % de churn en 2026.').direction).toBe('decrease');
  });
});

describe('cadence: an adjective before a goal word, its measure between them; a price paid is no cadence', () => {
  it.each([
    ['Set an annual goal to cut churn by 15%.', 'year'],
    ['Hit that $30,000 monthly revenue goal.', 'month'],
    ['Our $20k monthly sales target.', 'month'],
  ])('%s → %s', (text, recurrence) => {
    expect(analyze(text).recurrence).toBe(recurrence);
  });

  it.each([
    ['I want to take our annual sales from $400,000 to $600,000 by December.'],
    ['Increase annual recurring revenue to $2M.'],
    ['A monthly run-rate of $500k by June.'],
    ['Find 80 customers paying $30 each month.'],
  ])('%s → no cadence', (text) => {
    expect(analyze(text).recurrence).toBeNull();
  });
});

describe('French inclusive writing of subscribers ("abonné·es", "inscrit·es") is read like the plural', () => {
  it.each([
    ['Et… les 3000 abonné·es sont encore loin.', 3000],
    ["Atteindre 2000 inscrit·es à la newsletter d'ici juin.", 2000],
  ])('%s → signups', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'signups', direction: 'increase', target, unit: 'count' });
  });
});

describe('"increase … by N times" is a relative change of factor − 1', () => {
  it.each([
    ['Increase revenue by 3 times next year.', 2],
    ['We need to grow our MRR by 2 times before the next round.', 1],
  ])('%s → %d', (text, value) => {
    expect(analyze(text)).toMatchObject({ direction: 'increase', change: { value, kind: 'relative' }, unit: 'percent' });
  });

  it('keeps a count of times without "by" a count ("call each lead 3 times")', () => {
    expect(analyze('Call each lead 3 times this week.').change).toBeNull();
  });
});

describe('"our year one goal", "month one target": the first period from today', () => {
  it('dates a year one goal a year from today and a month one target a month from today', () => {
    expect(analyze('A 30% close rate was our year one goal!')).toMatchObject({ kpi: 'close_rate', target: 0.3, deadline: '2026-01-06' });
    expect(analyze('Our month one target: 20 demos.')).toMatchObject({ kpi: 'meetings', target: 20, deadline: '2025-02-06' });
  });

  it('keeps "one" before anything but a goal word no deadline', () => {
    expect(analyze('Hit $10k MRR in year one of the plan.').deadline).toBeNull();
  });
});
