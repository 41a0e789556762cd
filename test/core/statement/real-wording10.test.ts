/**
 * Classes of misses found on the tenth real statement set (test/fixtures/statements/real10-heldout.jsonl, issue 11), each
 * fixed by a general rule on the goal's object (what is counted, shared, lost or scored) and checked here on sentences
 * written for the class, none of them in a fixture set.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('a share of the customers is a rate named by what they do, never customers won', () => {
  it.each([
    ['Keep 85% of customers coming back each year', 'retention'],
    ['Raise the percentage of customers who renew to 70%', 'retention'],
    ['Get 60 % des clients qui reviennent en boutique', 'retention'],
    ['Hold the share of customers who cancel under 4%', 'churn'],
    ['Réduire le pourcentage de clients qui partent à 5 %', 'churn'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('still counts customers won, and a percentage more of them', () => {
    expect(analyze('Sign 12 new customers this quarter')).toMatchObject({ kpi: 'deals_closed', target: 12 });
    expect(analyze('Win 15% more customers than last year').kpi).toBe('deals_closed');
  });

  it('reads a share of customers that names no rate as no KPI rather than customers won', () => {
    expect(analyze('Reach 40% of customers by e-mail').kpi).not.toBe('deals_closed');
  });
});

describe('a verb of loss over customers, contracts or accounts names churn', () => {
  it.each([
    ['Lose no more than 3 accounts per quarter'],
    ['Ne perdre aucun client cette année'],
    ['Perdre moins de 2 contrats par mois dans notre portefeuille clients'],
  ])('%s', (text) => {
    expect(analyze(text).kpi).toBe('churn');
  });

  it('leaves a loss of something else alone', () => {
    expect(analyze('Sign 20 new customers without losing focus').kpi).toBe('deals_closed');
  });
});

describe('a score given in customer surveys is customer satisfaction, and its level stays the goal’s number', () => {
  it('reads the score and its level', () => {
    expect(analyze('Keep an average rating of at least 4 in customer surveys')).toMatchObject({ kpi: 'csat', direction: 'maintain', target: 4, unit: 'count' });
    expect(analyze('Obtenir une note de 8 aux enquêtes de satisfaction')).toMatchObject({ kpi: 'csat', target: 8 });
  });

  it('keeps a score with no survey for what it names', () => {
    expect(analyze('Raise the NPS score to 45')).toMatchObject({ kpi: 'nps', target: 45 });
  });
});

describe('two objects of one verb: the first conjunct names the KPI, generic or not', () => {
  it.each([
    ['Grow sales and customer retention this year', 'revenue'],
    ['Augmenter les ventes et la fidélité des clients', 'revenue'],
    ['Boost revenue and market share', 'revenue'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('keeps a compound whose head comes after a generic word', () => {
    expect(analyze('Increase sales conversion rate to 20%').kpi).toBe('conversion_rate');
    expect(analyze('Double demo bookings').kpi).toBe('meetings');
  });
});

describe('customer acquisition is customers won', () => {
  it('reads it in both languages and leaves its cost to CAC', () => {
    expect(analyze('Speed up customer acquisition in the SMB segment').kpi).toBe('deals_closed');
    expect(analyze("Accélérer l'acquisition de nouveaux clients").kpi).toBe('deals_closed');
    expect(analyze('Cut customer acquisition cost by 10%').kpi).toBe('cac');
  });
});
