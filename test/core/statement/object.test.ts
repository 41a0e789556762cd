/**
 * The goal's object (src/core/statement/object.ts): the KPI is what the goal verb acts on, read from that phrase's
 * head noun, its modifiers and the verb — not from any KPI word elsewhere in the sentence. Sentences written for this
 * test (none is a corpus line), FR and EN, with objects that are not measures.
 */
import { analyzeStatement } from '../../../src/core/statement';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { findKpis } from '../../../src/core/statement/kpi';
import { goalObject, objectKpi } from '../../../src/core/statement/object';
import { fold } from '../../../src/core/statement/text';

const analyze = (text: string) => analyzeStatement(text, { asOf: '2026-11-26' });

describe('the goal object phrase', () => {
  it('is what follows the goal verb, up to a means, purpose, time or change clause', () => {
    expect(goalObject(fold('Increase our average order value by 8% through bundles'), 'en')).toMatchObject({ head: 'value', modifiers: ['average', 'order'], verb: 'other' });
    expect(goalObject(fold('Réduire les frais de livraison de 12 % grâce à un nouveau transporteur'), 'fr')).toMatchObject({ head: 'frais', verb: 'other' });
    expect(goalObject(fold('Win 25 new logos before June'), 'en')).toMatchObject({ head: 'logos', verb: 'acquire' });
  });

  it('is the subject of "X needs to be …" and the value of "my goal is …"', () => {
    expect(goalObject(fold('Our packaging cost needs to be under 4% of sales'), 'en')).toMatchObject({ head: 'cost', verb: null });
    expect(goalObject(fold('This quarter my target is €45,000'), 'en')).toMatchObject({ head: '', goalIs: true });
  });

  it('follows a modal or an item label to the verb', () => {
    expect(goalObject(fold('Chaque commercial doit relancer 25 prospects par semaine'), 'fr')).toMatchObject({ head: 'prospects', verb: 'contact' });
    expect(goalObject(fold('Objective 3: 40 product demos booked per month'), 'en')).toMatchObject({ head: 'demos' });
  });
});

describe('the KPI read from the object', () => {
  it.each([
    // The head noun and its modifiers name a catalog KPI the sentence never spells out.
    ['Raise the average basket by €6 before Christmas', 'average_deal_size'],
    ['Grow our average ticket size to $85', 'average_deal_size'],
    ['Cut packaging costs by 10% next quarter', 'costs'],
    ['Bring our gross margin to 38 %', 'gross_margin'],
    ['Book 40 product presentations per month', 'meetings'],
    ['Augmenter le chiffre d’affaire trimestriel de 15 %', 'revenue'],
    ['Deals Won = 45 this quarter', 'deals_closed'],
    ['Keep the share of customers who renew above 80 %', 'retention'],
    ['Lower the percentage of subscribers who cancel in their first month to 5%', 'churn'],
    ['Faire passer la part de clients qui se déclarent satisfaits à 90 %', 'csat'],
    ['Hit 95% of quota every month', 'quota_attainment'],
    ['Gain 12 new patients a week', 'deals_closed'],
    ['Ne perdre aucun adhérent cette année', 'churn'],
    ['Appeler 30 prospects par jour', 'prospecting'],
    ['Earn $8,000 a month from consulting', 'revenue'],
    ['Sell 15% more bicycles this summer', 'revenue'],
    ['Vendre 60 cuisines équipées cette année', 'deals_closed'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    // The goal's object, not a KPI word in a means, recipient or second clause.
    ['Make 40 phone calls a day to inbound leads', 'prospecting'],
    ['Increase repeat purchases by offering loyalty points to customers', null],
    ['Réduire le churn à 3 % en améliorant l’onboarding des nouveaux clients', 'churn'],
    ['Grow revenue by 10% by winning 15 new accounts', 'revenue'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    // Objects that are not measures, or measures the catalog does not track.
    ['Chaque manager doit envoyer un rapport hebdomadaire à 12 clients', null],
    ['Reduce the number of support tickets per customer by 20%', null],
    ['Improve the response rate of our onboarding emails to 40%', null],
    ['Train the sales team on the new CRM by March', null],
    ['Save money on office supplies', null],
  ])('%s → no KPI', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('objectKpi over the sentence-wide pick', () => {
  const read = (text: string, pickedId: string | null) => {
    const folded = fold(text);
    const mentions = findKpis(folded, text);
    const picked = mentions.find((m) => m.id === pickedId) ?? null;
    return objectKpi(folded, /[àâçéèêîôû’]|\b(?:le|la|les|de|des)\b/i.test(text) ? 'fr' : 'en', mentions, picked, KPI_CATALOG)?.id;
  };

  it('overrides a KPI word outside the object with the object head’s KPI', () => {
    expect(read('Make 40 phone calls a day to inbound leads', 'leads')).toBe('prospecting');
    expect(read('Grow average sales by 5% with three new stores', 'revenue')).toBe('average_deal_size');
  });

  it('says nothing (undefined) when the object is not a phrase it can read', () => {
    expect(read('Deliver the quarterly business review to every key account', null)).toBeUndefined();
  });

  it('returns null for a head that is not a measure, and for a count per customer', () => {
    expect(read('Doubler l’équipe commerciale d’ici juin', null)).toBeNull();
    expect(read('Increase the number of orders per customer to 3', 'deals_closed')).toBeNull();
  });
});
