/**
 * Classes of misses found by the KPI glossary (test/fixtures/statements/kpi-glossary.jsonl, `npm run eval -- glossary`):
 * KPI names copied from public pages listing sales, marketing, customer-success and SaaS KPIs. Each class is fixed by a
 * general rule and checked here on phrasings written for it, none of them a glossary line.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2026-12-01';
const kpiOf = (text: string): string | null => analyzeStatement(text, { asOf: AS_OF }).kpi;

describe('an amount per head or per account is a ratio, not the amount', () => {
  it.each([
    'Raise revenue per sales rep by 15% next year',
    'Increase average revenue per customer to $120',
    'Grow MRR/user by 5% this quarter',
    'Augmenter le chiffre d’affaires par commercial de 8 %',
    'Faire progresser le CA moyen par client de 5 % cette année',
    'Lift gross profit per employee by 10%',
  ])('%s', (text) => {
    expect(kpiOf(text)).toBeNull();
  });

  it('keeps counts per rep and amounts with a per-client figure', () => {
    expect(kpiOf('Book 12 meetings per rep every week')).toBe('meetings');
    expect(kpiOf('Send 150 cold emails per rep each week')).toBe('prospecting');
    expect(kpiOf('Ramener le coût d’acquisition à 180 € par client d’ici juin')).toBe('cac');
    expect(kpiOf('Increase revenue by $40 per customer by Q3')).toBe('revenue');
    expect(kpiOf('Increase revenue per month to $90,000')).toBe('revenue');
  });
});

describe('a count per activity is a ratio', () => {
  it.each(['Increase demos booked per call to 0.2', 'Augmenter le nombre de rendez-vous décrochés par appel de 10 %', 'Improve leads per visit by 5%'])('%s', (text) => {
    expect(kpiOf(text)).toBeNull();
  });
  it('keeps counts per period', () => {
    expect(kpiOf('Book 20 demos per week')).toBe('meetings');
    expect(kpiOf('Générer 40 leads par mois')).toBe('leads');
  });
});

describe('two measures joined around a ratio word are a ratio', () => {
  it.each(['Keep the LTV/CAC ratio above 3', 'Porter le ratio CLV:CAC à 4 d’ici 2027', 'Improve our LTV:CAC ratio to 3.5'])('%s', (text) => {
    expect(kpiOf(text)).toBeNull();
  });
  it('keeps named rates and stage ratios', () => {
    expect(kpiOf('Raise the close ratio to 30%')).toBe('close_rate');
    expect(kpiOf('Improve the MQL/SQL conversion rate to 25%')).toBe('conversion_rate');
    expect(kpiOf('Lower CAC to $300 by Q2')).toBe('cac');
  });
});

describe('a KPI word the measure is taken of does not name the KPI', () => {
  it.each([
    'Reduce deferred revenue by 20%',
    'Increase return on ad spend to 4x',
    'Improve marketing contribution to pipeline by 10%',
    'Améliorer l’indice de ventes de 5 %',
    'Lower churn risk this quarter',
    'Improve the bookings linearity of the quarter',
    'Raise sales team utilization to 80%',
    'Increase sales pipeline velocity by 15%',
    'Reach 3x sales pipeline coverage by Q1',
    'Increase newsletter e-mails opened by 10%',
  ])('%s', (text) => {
    expect(kpiOf(text)).toBeNull();
  });
  it('keeps the KPI when the measure word is not one', () => {
    expect(kpiOf('Increase pipeline by 15% next quarter')).toBe('funnel_throughput');
    expect(kpiOf('Reduce churn by 2 points by June')).toBe('churn');
    expect(kpiOf('Increase the return rate of our campaigns')).toBeNull();
    expect(kpiOf('Increase revenue by 10% by Q2')).toBe('revenue');
  });
});

describe('wordings added to the catalog', () => {
  it.each([
    ['Augmenter la quantité vendue de 12 % cette année', 'deals_closed'],
    ['Grow the quantity sold by 5% in Q3', 'deals_closed'],
    ['Réduire le coût des marchandises vendues de 3 %', 'costs'],
    // A share of sales is a cost-to-sales ratio, no catalog KPI (decided with the twenty-second real set; was 'costs').
    ['Baisser le coût des produits vendus à 40 % du CA', null],
    ['Baisser le coût des produits vendus à 400 000 €', 'costs'],
    ['Reach 5,000 active subscribers by December', 'customers'],
    ['Atteindre 2 000 abonnés actifs d’ici fin 2027', 'customers'],
    ['Passer à 800 abonnements actifs en juin', 'customers'],
  ])('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
  it('keeps plain subscribers as sign-ups', () => {
    expect(kpiOf('Gain 500 new subscribers this month')).toBe('signups');
    expect(kpiOf('Atteindre 3 000 abonnés à la newsletter')).toBe('signups');
  });
});

describe('an elided article may lose its apostrophe', () => {
  it.each(['Augmenter le chiffre d affaires de 10 %', 'Augmenter notre chiffre daffaires de 15 % en 2027', 'Réduire le taux d attrition à 4 %'])('%s', (text) => {
    expect(kpiOf(text)).toBe(/attrition/.test(text) ? 'churn' : 'revenue');
  });
  it('keeps deals as deals', () => {
    expect(kpiOf('Conclure 20 affaires ce trimestre')).toBe('deals_closed');
  });
});

describe('customers acquired are won deals, even counted by "number of"', () => {
  it.each(['Doubler le nombre de clients gagnés d’ici juin', 'Increase the number of customers acquired by 20%', 'Augmenter le nombre de clients signés de 15 %'])('%s', (text) => {
    expect(kpiOf(text)).toBe('deals_closed');
  });
  it('keeps the number of customers as the customer base', () => {
    expect(kpiOf('Augmenter le nombre de clients actifs de 10 %')).toBe('customers');
    expect(kpiOf('Increase the number of customers by 12%')).toBe('customers');
  });
});

describe('growth of a KPI other than revenue is that KPI growing', () => {
  it('names the KPI, and revenue growth stays sales growth', () => {
    expect(kpiOf('Increase open pipeline growth to 20%')).toBe('pipeline_value');
    expect(kpiOf('Accélérer la croissance des leads qualifiés de 10 %')).toBe('leads');
    expect(kpiOf('Reach 30% MRR growth by Q4')).toBe('sales_growth');
    expect(kpiOf('Increase revenue growth to 25%')).toBe('sales_growth');
  });
});

// Classes found by the held-out glossary (kpi-glossary2-heldout.jsonl, first run recorded before these rules).
describe('an amount per unit of floor space is a ratio', () => {
  it.each(['Raise revenue per square foot to $450', 'Augmenter le chiffre d’affaires au m2 par magasin de 5 %', 'Grow sales per square meter by 8% this year', 'Augmenter le CA par mètre carré de 6 %'])('%s', (text) => {
    expect(kpiOf(text)).toBeNull();
  });
});

describe('stock turnover, an amount’s index and a return on a KPI word are other measures', () => {
  it.each(['Improve stock turnover to 8 turns a year', 'Speed up inventory turnover to 10 turns a year', 'Raise our profitability index by 5 points', 'Increase the margin return on inventory investment'])('%s', (text) => {
    expect(kpiOf(text)).toBeNull();
  });
  it('keeps satisfaction indices and plain turnover', () => {
    expect(kpiOf('Raise the customer satisfaction index to 85')).toBe('csat');
    expect(kpiOf('Increase turnover by 12% next year')).toBe('revenue');
  });
});

describe('a cost per lead or per meeting is not the CAC, nor its denominator the KPI', () => {
  it.each(['Cut the acquisition cost per meeting by 15%', 'Réduire le coût d’acquisition par prospect de 20 %', 'Lower cost per qualified lead to €40'])('%s', (text) => {
    expect(kpiOf(text)).toBeNull();
  });
  it('keeps the CAC per customer', () => {
    expect(kpiOf('Réduire le coût d’acquisition par client de 15 %')).toBe('cac');
    expect(kpiOf('Bring customer acquisition cost down to $250')).toBe('cac');
  });
});

describe('a rate or share of a counted thing is a ratio', () => {
  it.each(['Augmenter le taux de rendez-vous honorés à 90 %', 'Raise the share of deals with a champion to 60%', 'Increase the percentage of calls that reach a decision maker'])('%s', (text) => {
    expect(kpiOf(text)).toBeNull();
  });
  it('keeps counts, and rates that are KPIs', () => {
    expect(kpiOf('Book 40 meetings next month')).toBe('meetings');
    expect(kpiOf('Augmenter le taux de conversion des leads à 12 %')).toBe('conversion_rate');
  });
});

describe('won opportunities, renewed contracts and same-store sales', () => {
  it.each([
    ['Augmenter le nombre d’opportunités gagnées de 20 %', 'deals_closed'],
    ['Close 30 won opportunities this quarter', 'deals_closed'],
    ['Renouveler 90 % des contrats arrivant à échéance', 'retention'],
    ['Increase renewed contracts to 120 this year', 'retention'],
    ['Grow like-for-like sales by 4% in 2027', 'revenue'],
    ['Increase comparable sales by 3%', 'revenue'],
  ])('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});
