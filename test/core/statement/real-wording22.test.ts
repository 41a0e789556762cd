/**
 * Classes of misses found on the twenty-second real statement set (test/fixtures/statements/real22-heldout.jsonl: SME
 * and startup targets from Québec to Kenya, mostly local business press) and the earlier misreadings listed with it.
 * Each class is fixed by a general rule and checked here on sentences written for the class, FR and EN, none of them
 * in a fixture set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';
import { findQuantities } from '../../../src/core/statement/quantities';
import { fold } from '../../../src/core/statement/text';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('money of India, Kenya, Nigeria and billions written "B": crore, lakh, ₹ / Rs, Sh, N10m, $30B', () => {
  it.each([
    ['Grow revenue to ₹40 crore this fiscal year.', 400_000_000],
    ['Reach Rs 600 crore in sales by FY26.', 6_000_000_000],
    ['Hit Rs. 50 lakh in monthly sales.', 5_000_000],
    ['Reach $30B in ARR by 2026.', 30_000_000_000],
    ['Grow turnover to $2.5b by 2030.', 2_500_000_000],
    ['Atteindre un chiffre d’affaires de 3 crores de roupies.', 30_000_000],
  ])('%s → currency target %d', (text, target) => {
    const a = analyze(text);
    expect(a.target).toBe(target);
    expect(a.unit).toBe('currency');
  });

  it('a range shares its scale: "up from ₹26–27 crore" is the baseline 260,000,000', () => {
    const a = analyze('Scale revenues to ₹40 crore this year, up from ₹26–27 crore last year.');
    expect([a.baseline, a.target]).toEqual([260_000_000, 400_000_000]);
  });

  it.each([
    ['KSh 5M', 5_000_000, 'KES'],
    ['Sh103 billion', 103_000_000_000, 'KES'],
    ['N10m', 10_000_000, 'NGN'],
    ['₦2bn', 2_000_000_000, 'NGN'],
  ])('%s is money (%d %s)', (text, value, currency) => {
    const q = findQuantities(fold(text), 'en', text);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ value, kind: 'money', currency });
  });

  it.each([
    ['Sell 20 B2B licences this quarter.', 20],
    ['Close 12 deals in Q1 with plan B as a fallback.', 12],
    ['Sign 15 new customers by June.', 15],
  ])('near-miss: %s keeps %d', (text, target) => {
    expect(analyze(text).target).toBe(target);
  });
});

describe('a relative change before the level it leads to keeps the unit a fraction (percent)', () => {
  it.each([
    ['Double its portfolio in India to 12,000 units by 2028.', 12_000],
    ['Double our store count to 40 by 2027.', 40],
    ['Tripler nos ventes pour les porter à 3 M€ d’ici 2027.', null],
    ['Doubler le nombre de points de vente, à 120 d’ici 2028.', 120],
    ['Increase average ticket by 5% to $6.25.', 6.25],
  ])('%s → percent', (text, target) => {
    const a = analyze(text);
    expect(a.change?.kind).toBe('relative');
    if (target !== null) expect(a.target).toBe(target);
    expect(a.unit).toBe('percent');
  });

  it.each([
    ['Grow revenue from $1M to $2M, doubling it by 2027.', 'currency'],
    ['Passer de 200 à 400 clients actifs, soit doubler la base.', 'count'],
    ['Reach $2M in revenue by 2027.', 'currency'],
  ])('near-miss: %s stays %s', (text, unit) => {
    expect(analyze(text).unit).toBe(unit);
  });
});

describe('multiplying verbs beyond ×4: quintupler / quintuple (×5), sextupler (×6), décupler (×10)', () => {
  it.each([
    ['Quintupler nos exportations d’ici 2030.', 4],
    ['Quintuple our exports by 2030.', 4],
    ['Les PME peuvent quintupler la valeur de leurs ventes.', 4],
    ['Sextupler le chiffre d’affaires en cinq ans.', 5],
    ['Décupler nos ventes en ligne.', 9],
    ['Quadrupler le CA d’ici 2028.', 3],
  ])('%s → relative change %d', (text, value) => {
    const a = analyze(text);
    expect(a.direction).toBe('increase');
    expect(a.change).toEqual({ value, kind: 'relative' });
    expect(a.unit).toBe('percent');
  });
});

describe('customers won back: counted → won deals (deals_closed), uncounted → retention; lost customers kept low stay churn', () => {
  it.each([
    ['Bring back 20 lost customers by June.', 20],
    ['Récupérer 20 clients perdus d’ici juin.', 20],
    ['Win back 15 former customers this quarter.', 15],
    ['Reconquérir 30 anciens clients en 2025.', 30],
    ['Regagner 12 comptes perdus avant l’été.', 12],
  ])('%s → deals_closed, increase, %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', direction: 'increase', target, unit: 'count' });
  });

  it.each(['Reconquérir les clients perdus.', 'Bring back lapsed customers.', 'Win back our lost customers this year.'])('%s → retention, increase', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: 'retention', direction: 'increase' });
  });

  it.each([
    ['Ne pas perdre plus de 20 clients cette année.', 'churn', 'decrease'],
    ['Lose no more than 3 accounts this quarter.', 'churn', 'decrease'],
    ['Récupérer nos parts de marché en Europe.', 'market_share', 'increase'],
  ])('near-miss: %s → %s, %s', (text, kpi, direction) => {
    expect(analyze(text)).toMatchObject({ kpi, direction });
  });
});

describe('a cadence word inside a proper name is no cadence ("Le Pain Quotidien", "The Daily Telegraph")', () => {
  it.each([
    ['Ouvrir 3 restaurants Le Pain Quotidien d’ici 2027.'],
    ['Le Pain Quotidien vise 50 boutiques d’ici 2027.'],
    ['Sell 500 subscriptions of The Daily Telegraph by June.'],
    ['Placer nos produits chez Le Quotidien Mensuel avant juin.'],
  ])('%s → no recurrence', (text) => {
    expect(analyze(text).recurrence).toBeNull();
  });

  it.each([
    ['Commander au Pain Quotidien 20 baguettes chaque semaine.', 'week'],
    ['That $50,000 Monthly Volume Goal is within reach.', 'month'],
    ['Annual Income Goal for a Closer: $160,000', 'year'],
    ['Hit 40 demos Monthly.', 'month'],
    ['Augmenter les ventes quotidiennement de 5 %.', 'day'],
  ])('near-miss: %s keeps %s', (text, period) => {
    expect(analyze(text).recurrence).toBe(period);
  });
});

describe('costs as a share of sales are a cost-to-sales ratio (no catalog KPI); an amount or a change of costs stays costs', () => {
  it.each([
    ['Keep COGS under 33% of sales.', 0.33],
    ['Réduire les coûts à 20 % du chiffre d’affaires.', 0.2],
    ['Ramener nos charges à 45 % du CA d’ici 2026.', 0.45],
    ['Bring operating costs down to 60% of revenue by 2026.', 0.6],
  ])('%s → no KPI, percent %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: null, target, unit: 'percent' });
  });

  it.each([
    ['Réduire les coûts à 200 000 € cette année.', 'costs'],
    ['Reduce costs by 20% this year.', 'costs'],
    ['Cut operating expenses to $1.2M by Q4.', 'costs'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('one named customer won ("Sign 3M as a customer") is one won deal: no number is read from the name', () => {
  it.each([
    ['Sign 3M as a customer.'],
    ['Sign Acme as a customer by June.'],
    ['Signer Danone comme client d’ici juin.'],
    ['Land Shopify as our first enterprise customer.'],
    ['Décrocher Airbus comme nouveau client en 2025.'],
  ])('%s → deals_closed, increase, target 1', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', direction: 'increase', target: 1, unit: 'count' });
  });

  it.each([
    ['Sign 3 new customers this quarter.', 3],
    ['Signer 12 nouveaux clients comme Danone d’ici juin.', 12],
  ])('near-miss: %s keeps %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', target });
  });
});

describe('survey shares are not numbers of the goal: "un tiers des entreprises interrogées", "(37%)" after a quoted answer, "(71 %) veulent"', () => {
  it.each([
    ['Grow revenue by 20% next year, as 40% of the firms surveyed expect to.', { value: 0.2, kind: 'relative' }],
    ['Les deux tiers d’entre eux (65 %) veulent augmenter leur chiffre d’affaires de 10 %.', { value: 0.1, kind: 'relative' }],
  ])('%s → the goal keeps its own change', (text, change) => {
    const a = analyze(text);
    expect(a.target).toBeNull();
    expect(a.change).toEqual(change);
  });

  // (The startup's « croître de 100 % » is its growth level since the ruling of 2026-12-05 (stmt44): a firm growing by a
  // percentage with no measure noun grows its sales; the survey's third is still no number of the goal.)
  it('Une startup devrait croître de 100 % ou plus, ce que parvient à faire un tiers des entreprises interrogées. → the growth level 1, no change', () => {
    expect(analyze('Une startup devrait croître de 100 % ou plus, ce que parvient à faire un tiers des entreprises interrogées.')).toMatchObject({ kpi: 'sales_growth', target: 1, change: null });
  });

  it.each([
    ['The top priority for owners this year is ‘building customer loyalty,’ (37%), followed by ‘hiring,’ (21%).'],
    ['La priorité des dirigeants est « fidéliser la clientèle » (42 %), devant « recruter » (30 %).'],
  ])('%s → no number', (text) => {
    const a = analyze(text);
    expect([a.target, a.change, a.unit]).toEqual([null, null, null]);
  });

  it.each([
    ['Increase close rate to 30% of the deals surveyed.', 0.3],
    ['Raise to 90% the share of customers surveyed who are satisfied.', 0.9],
    ['Reach a 25% close rate (from 20%).', 0.25],
  ])('near-miss: %s keeps %d', (text, target) => {
    expect(analyze(text).target).toBe(target);
  });
});

describe('a business sized by money is its sales; "tracking toward", "on track to" state the level aimed at', () => {
  it.each([
    ['Bidco wants to transform into a billion dollar company in the next one year.', 1_000_000_000],
    ['Build a $5M company by 2030.', 5_000_000],
    ['We want to become a £10 million business within five years.', 10_000_000],
  ])('%s → revenue %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', direction: 'increase', target, unit: 'currency' });
  });

  it.each([
    ['ARR is tracking toward $50M by 2030.', 50_000_000],
    ['Revenue is on track to hit $2M by June.', 2_000_000],
  ])('%s → increase to %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', direction: 'increase', target });
  });

  it.each([
    ['Build a great company.', null],
    // (Sized by a percentage, not by money: the business's growth level since the ruling of 2026-12-05, stmt44.)
    ['Grow the business by 20%.', 'sales_growth'],
  ])('near-miss: %s → kpi %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('a means named only by a demonstrative ("avec ce programme", "with this plan") points back to another sentence: no lever', () => {
  it.each([
    ['Avec ce programme, on espère doubler les ventes des entreprises.'],
    ['With this plan, we hope to double sales by 2027.'],
    ['Grâce à cette stratégie, augmenter le CA de 10 %.'],
  ])('%s → no lever', (text) => {
    expect(analyze(text).levers).toEqual([]);
  });

  it.each([
    ['Avec son programme Stage V, doubler les ventes d’ici 2027.', ['son programme Stage V']],
    ['Double sales by 2027 with this new referral program.', ['this new referral program']],
    ['Augmenter le CA de 10 % grâce à ce nouveau programme de parrainage.', ['ce nouveau programme de parrainage']],
  ])('near-miss: %s keeps %j', (text, levers) => {
    expect(analyze(text).levers).toEqual(levers);
  });
});
