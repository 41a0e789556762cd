/**
 * Classes of misses found on the fifth real statement set (test/fixtures/statements/real5-heldout.jsonl, issue 11),
 * each fixed by a general rule and checked here on sentences written for the class, none of them in the set.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('an attainment word inside the object of a change verb is a noun, not a second verb', () => {
  it.each([
    ['Reduce call abandonment by 30% this quarter', null, 'decrease', 0.3],
    ['Increase delivery revenue by 12%', 'revenue', 'increase', 0.12],
    ['Grow CFO-targeted pipeline by 20%', 'funnel_throughput', 'increase', 0.2],
    ['Lower build costs by 15% next year', 'costs', 'decrease', 0.15],
    ['Augmenter les ventes du site de livraison de 8 %', 'revenue', 'increase', 0.08],
  ])('%s', (text, kpi, direction, value) => {
    expect(analyze(text)).toMatchObject({ kpi, direction, target: null, change: { value, kind: 'relative' }, unit: 'percent' });
  });

  it('keeps a verb after a connector as the verb of the number', () => {
    expect(analyze('Improve onboarding and reach 40 demos a month')).toMatchObject({ kpi: 'meetings', target: 40 });
    expect(analyze('Reduce churn to hit 3% by June').kpi).toBe('churn');
    expect(analyze('Deliver 25 demos this month')).toMatchObject({ kpi: 'meetings', direction: 'increase', target: 25 });
  });
});

describe('multiplicative wording is a relative change of factor − 1', () => {
  it.each([
    ['Grow qualified leads fourfold by 2026', 'leads', 3],
    ['a 5-fold increase in trial sign-ups', 'signups', 4],
    ['Obtenir deux fois plus de rendez-vous au T2', 'meetings', 1],
    ['Book 3 times more demos than last quarter', 'meetings', 2],
    ['Get twice as many referrals from partners', null, 1],
  ])('%s', (text, kpi, value) => {
    expect(analyze(text)).toMatchObject({ kpi, direction: 'increase', change: { value, kind: 'relative' }, unit: 'percent' });
  });

  it('leaves "one time" and plain counts alone', () => {
    expect(analyze('Close 3 deals at a time').change).toBeNull();
    expect(analyze('Make 40 calls two times a week').change).toBeNull();
  });
});

describe('"N % plus de X" is N % more X', () => {
  it.each([
    ['Générer 30 % plus de leads cette année', 'leads', 0.3],
    ['Viser 20 % plus de visites sur le blog', 'website_traffic', 0.2],
    ['Obtenir 15 % plus d’abonnés', 'signups', 0.15],
  ])('%s', (text, kpi, value) => {
    expect(analyze(text)).toMatchObject({ kpi, direction: 'increase', target: null, change: { value, kind: 'relative' }, unit: 'percent' });
  });

  it('keeps "plus de N" before the number a bound', () => {
    expect(analyze('Signer plus de 20 contrats')).toMatchObject({ kpi: 'deals_closed', target: 20 });
  });
});

describe('a share won is points of that share', () => {
  it.each([
    ['Gain 3% market share in the Nordics', 0.03],
    ['Gagner 2 % de part de marché sur les PME', 0.02],
    ['Win 1.5% of the market share next year', 0.015],
  ])('%s', (text, value) => {
    expect(analyze(text)).toMatchObject({ kpi: 'market_share', direction: 'increase', change: { value, kind: 'absolute' }, unit: 'percent' });
  });

  it('keeps a change of the share relative', () => {
    expect(analyze('Increase market share by 10%').change).toEqual({ value: 0.1, kind: 'relative' });
    expect(analyze('Augmenter de 5 % notre part de marché').change).toEqual({ value: 0.05, kind: 'relative' });
    expect(analyze('-20 % de churn').change).toEqual({ value: 0.2, kind: 'relative' });
  });
});

describe('a bare plus sign before a KPI is an increase', () => {
  it.each([
    ['+ chiffre d’affaires', 'revenue'],
    ['+ leads qualifiés sur le trimestre', 'leads'],
    ['+ NPS', 'nps'],
  ])('%s', (text, kpi) => {
    expect(analyze(text)).toMatchObject({ kpi, direction: 'increase' });
  });

  it('still reads a signed number as a change', () => {
    expect(analyze('CA : +12 % en 2025')).toMatchObject({ kpi: 'revenue', direction: 'increase', change: { value: 0.12, kind: 'relative' } });
  });
});

describe('selling products or services, uncounted, is revenue', () => {
  it.each(['Sell our services to mid-market firms', 'Vendre nos produits en ligne', 'selling the new product range abroad', "Vendre l'offre Premium en ligne"])('%s', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', direction: 'increase' });
  });

  it('keeps counted things sold as won deals, and selling an idea as no KPI', () => {
    expect(analyze('Sell 40 products a week')).toMatchObject({ kpi: 'deals_closed', target: 40 });
    expect(analyze('Sell the vision to the board').kpi).toBeNull();
  });
});

describe('requests for a demo, a quote or information are leads', () => {
  it.each([
    ['Receive 80 quote requests per month', 80],
    ['Get 25 demo requests from the webinar', 25],
    ['Recevoir 40 demandes de démonstration ce trimestre', 40],
    ["Générer 60 demandes d'information par mois", 60],
  ])('%s', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'leads', target, unit: 'count' });
  });

  it('keeps demos held as meetings', () => {
    expect(analyze('Run 30 demos a month').kpi).toBe('meetings');
  });
});

describe('bills and running costs are costs', () => {
  it.each([
    ['Cut energy bills by 20% this year', 'decrease'],
    ['Lower our running costs by 5%', 'decrease'],
    ['Réduire les frais de fonctionnement de 10 %', 'decrease'],
    ["Diminuer les factures d'électricité de 15 %", 'decrease'],
  ])('%s', (text, direction) => {
    expect(analyze(text)).toMatchObject({ kpi: 'costs', direction, change: { kind: 'relative' } });
  });
});

describe('a spelled-out range "from one to three"', () => {
  it.each([
    ['Grow the inside sales team from one to four reps', 1, 4],
    ['Passer de deux à six partenaires actifs', 2, 6],
    ['Increase weekly webinars from one to two', 1, 2],
  ])('%s', (text, baseline, target) => {
    expect(analyze(text)).toMatchObject({ direction: 'increase', baseline, target, unit: 'count' });
  });

  it('keeps "one" an article elsewhere', () => {
    expect(analyze('Close one more deal than last month').baseline).toBeNull();
  });
});

describe('a range of months is due at the end of its later month', () => {
  it.each([
    ['Close 15 deals from March to May', '2025-05-31'],
    ['Sign 8 partners between June and August 2025', '2025-08-31'],
    ['Signer 10 contrats de mars à juin', '2025-06-30'],
    ['Ouvrir 4 magasins entre octobre et janvier', '2026-01-31'],
    ['Book 60 demos between April to June', '2025-06-30'],
  ])('%s', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });

  it('reads a day range as a start and a deadline', () => {
    expect(analyze('Run the promotion from 1 March to 30 June 2025 to add 200 subscribers')).toMatchObject({ deadline: '2025-06-30' });
  });
});

/**
 * KPI wordings probed for this round (written here, not copied from any set): the classes that named the wrong KPI or
 * none, each fixed by a rule or catalog data and checked on other sentences.
 */
describe('orders are counted transactions (won deals); repeat orders are not', () => {
  it.each([
    ['Process 300 online orders a week', 300],
    ['Recevoir 120 commandes par mois', 120],
    ['Grow the number of orders to 2,000 this year', 2000],
  ])('%s', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', target, unit: 'count' });
  });

  it('keeps "in order to", the average order value and repeat orders apart', () => {
    expect(analyze('In order to grow, book 30 demos a month').kpi).toBe('meetings');
    expect(analyze('Raise average order value to €60').kpi).toBe('average_deal_size');
    expect(analyze('Grow repeat orders by 15%').kpi).toBeNull();
    expect(analyze('Augmenter les commandes répétées de 5 %').kpi).toBeNull();
  });
});

describe('the rate of an untracked measure of a KPI noun is not that KPI', () => {
  it.each([
    ["Porter le taux d'ouverture des emails à 35 %", 'increase'],
    ['Réduire le taux de rebond des visiteurs à 40 %', 'decrease'],
    ['Improve the response rate of cold emails to 12%', 'increase'],
    ['Reduce days sales outstanding below 40 days', 'decrease'],
  ])('%s', (text, direction) => {
    expect(analyze(text)).toMatchObject({ kpi: null, direction });
  });

  it('keeps the KPI when the rate is its own', () => {
    expect(analyze('Augmenter le taux de conversion des visiteurs à 3 %').kpi).toBe('conversion_rate');
    expect(analyze('Grow website visitors by 20%').kpi).toBe('website_traffic');
  });
});

describe('"clients" after a French noun complements it', () => {
  it.each(['Recueillir 200 avis clients', 'Réduire de 30 % les réclamations clients', 'Traiter 50 demandes clients par jour'])('%s', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it('keeps counted clients as won deals and meetings with clients as meetings', () => {
    expect(analyze('Signer 15 nouveaux clients au T2').kpi).toBe('deals_closed');
    expect(analyze('Planifier 20 rendez-vous clients par semaine').kpi).toBe('meetings');
  });
});

describe('a stage-to-stage rate is a conversion rate', () => {
  it.each(['Lift visitor-to-lead rate to 4%', 'Improve the demo to close ratio to 30%', 'Raise SQL-to-opportunity rate by 5 points'])('%s', (text) => {
    expect(analyze(text).kpi).toBe(text.includes('close ratio') ? 'close_rate' : 'conversion_rate');
  });
});

describe('a percentage of a quota or a sales objective is quota attainment', () => {
  it.each([
    ['Reach 120% of quota in Q3', 1.2],
    ['Atteindre 105 % de son objectif commercial', 1.05],
    ['Hit 100% of target every month', 1],
  ])('%s', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'quota_attainment', target, unit: 'percent' });
  });
});

describe('the active customer base and members are customers; "commerciaux" after a noun is an adjective', () => {
  it.each(['Reach 5,000 active accounts by December', "Augmenter le nombre d'adhérents à 1 500", 'Passer à 900 comptes actifs'])('%s', (text) => {
    expect(analyze(text).kpi).toBe('customers');
  });

  it.each([
    ['Doubler les rendez-vous commerciaux au T3', 'meetings'],
    ['Augmenter les appels commerciaux de 20 %', 'prospecting'],
    ['Recruter trois commerciaux avant juin', 'sales_reps'],
  ])('%s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('keeps foot traffic apart from website traffic', () => {
    expect(analyze('Increase store traffic by 10%').kpi).toBeNull();
    expect(analyze('Increase site traffic by 10%').kpi).toBe('website_traffic');
  });
});

/** Classes missed on the sixth real set (real6-heldout.jsonl), checked on other sentences. */
describe('closed sales written as a label are won deals', () => {
  it.each([
    ['Closed sales: 45 this quarter', 45],
    ['Sales closed = 120', 120],
    ['Ventes conclues : 30 par mois', 30],
  ])('%s', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', target, unit: 'count' });
  });
});

describe('a decimal count after a contact verb still makes leads prospecting', () => {
  it.each(['Call 12.5 inbound leads a day on average', 'Contacter 7,5 prospects par jour'])('%s', (text) => {
    expect(analyze(text).kpi).toBe('prospecting');
  });
});

describe('the share of satisfied customers is CSAT', () => {
  it.each([
    ['Raise the share of clients who say they are satisfied to 90%', 0.9],
    ['Porter la part de clients qui se disent satisfaits à 92 %', 0.92],
    ['Increase the % of users who rate us 5 stars to 70%', 0.7],
    ['Atteindre 95 % de clients satisfaits', 0.95],
  ])('%s', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'csat', direction: 'increase', target, unit: 'percent' });
  });
});

describe('a percentage of the goal is quota attainment', () => {
  it('reads "% of goal"', () => {
    expect(analyze('Reach 110% of sales goal in March')).toMatchObject({ kpi: 'quota_attainment', target: 1.1 });
  });
});

describe('the customers sold to are a segment', () => {
  it.each(['Sell more to existing clients', 'Vendre davantage à nos clients actuels', 'Upsell to the current customer base'])('%s', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', direction: 'increase' });
  });

  it('keeps counted customers won as deals', () => {
    expect(analyze('Sell to 10 new customers this month').kpi).toBe('deals_closed');
  });
});

describe('the average sale is the average deal size', () => {
  it.each(['Raise the average sale to $65', 'Augmenter la vente moyenne de 5 €', 'Lift average transaction value by 8%'])('%s', (text) => {
    expect(analyze(text).kpi).toBe('average_deal_size');
  });
});

describe('a leading purpose clause before a need keeps its numbers', () => {
  it.each([
    ['To reach $50,000, we need 25 new accounts.', 25],
    ['Pour atteindre 80 000 €, il nous faut 16 nouveaux clients.', 16],
  ])('%s', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', target, unit: 'count' });
  });
});

describe('"N-1" is the previous period, never a number of the goal', () => {
  it.each([
    ['Augmenter le CA de 8 % par rapport à N-1', 'revenue', 0.08],
    ['Grow leads 20% vs Y-1', 'leads', 0.2],
  ])('%s', (text, kpi, value) => {
    expect(analyze(text)).toMatchObject({ kpi, target: null, change: { value, kind: 'relative' }, unit: 'percent' });
  });
});

describe('in a list of quantified items the first item names the KPI', () => {
  it.each([
    ['Aim for 10% more sales, 3% higher close rate and 5 more demos a week', 'revenue'],
    ['Viser +8 % de ventes, +2 points de marge brute et 40 nouveaux comptes', 'revenue'],
  ])('%s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('still lets a specific KPI of the same item win over a generic word', () => {
    expect(analyze('Grow sales of the CRM by 20 new accounts').kpi).toBe('deals_closed');
  });
});

describe('an ASCII arrow between two levels is a range', () => {
  it.each([
    ['Conversion rate: 1.5% -> 2.5%', 'conversion_rate', 0.015, 0.025],
    ['Taux de churn 6 % -> 4 % au T3', 'churn', 0.06, 0.04],
  ])('%s', (text, kpi, baseline, target) => {
    expect(analyze(text)).toMatchObject({ kpi, baseline, target, unit: 'percent' });
  });

  it('keeps ">" before a single level a bound', () => {
    expect(analyze('Keep NPS > 40 all year')).toMatchObject({ kpi: 'nps', direction: 'maintain', baseline: null, target: 40 });
  });
});

/** A second probe of KPI wordings written for this round (not from any set). */
describe('second probe: catalog data and verbs', () => {
  it.each([
    ['Augmenter les devis signés de 15 % au T2', 'deals_closed'],
    ['Win 25 signed proposals this quarter', 'deals_closed'],
    ['Lift GMV to €4M this year', 'revenue'],
    ["Augmenter le volume d'affaires de 12 %", 'revenue'],
    ['Cut cost of revenue by 6%', 'costs'],
    ['Réduire le coût des ventes de 4 %', 'costs'],
    ['Raise operating margin to 14%', 'net_margin'],
    ['Améliorer la marge opérationnelle de 2 points', 'net_margin'],
    ['Grow paying clients to 2,500 by December', 'customers'],
    ['Atteindre 800 clients payants', 'customers'],
  ])('%s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('keeps new paying customers as won deals', () => {
    expect(analyze('Sign 12 new paying customers in May').kpi).toBe('deals_closed');
  });

  it('reads "multiplier" alone, "faire venir" and "faire revenir" as increases', () => {
    expect(analyze('Multiplier les démos en visio')).toMatchObject({ kpi: 'meetings', direction: 'increase' });
    expect(analyze('Faire venir plus de clients au salon')).toMatchObject({ kpi: 'deals_closed', direction: 'increase' });
    expect(analyze('Faire revenir les anciens clients').direction).toBe('increase');
  });

  it('keeps the rate of an untracked measure of meetings apart', () => {
    expect(analyze('Lower the no-show rate of booked meetings to 8%')).toMatchObject({ kpi: null, direction: 'decrease', target: 0.08 });
  });
});

/** Classes missed on the seventh real set (real7-heldout.jsonl), checked on other sentences. */
describe('money made or earned, and income, are revenue', () => {
  it.each([
    ['Make twice as much money as last year', 'revenue'],
    ["Gagner plus d'argent avec la boutique en ligne", 'revenue'],
    ['Grow my income by $1,000 a month', 'revenue'],
    ['Increase net income by 4%', 'profit'],
  ])('%s', (text, kpi) => {
    expect(analyze(text)).toMatchObject({ kpi, direction: 'increase' });
  });

  it('leaves money saved alone', () => {
    expect(analyze('Save money on shipping').kpi).toBeNull();
  });
});

describe('"chiffre d\'affaire" without its s', () => {
  it.each(["Augmenter le chiffre d'affaire de 12 % cette année", 'Doubler mon chiffre d’affaire annuel'])('%s', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', direction: 'increase', recurrence: null });
  });
});

describe('a goal that "was" or "is" a level states the target', () => {
  it.each([
    ['Our sales target for Q2 is $750k', 750000],
    ["Notre objectif de CA était de 300 000 €", 300000],
  ])('%s', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', baseline: null, target });
  });

  it('keeps an observed level before "was" a baseline', () => {
    expect(analyze('Revenue was $1M last year; reach $1.5M')).toMatchObject({ baseline: 1000000, target: 1500000 });
  });
});

describe('"for the year" is the current year', () => {
  it.each(['Close 40 deals for the year', "Viser 2 M€ de CA pour l'année"])('%s', (text) => {
    expect(analyze(text).deadline).toBe('2025-12-31');
  });

  it('keeps a named year', () => {
    expect(analyze('Close 40 deals for the year 2026').deadline).toBe('2026-12-31');
  });
});
