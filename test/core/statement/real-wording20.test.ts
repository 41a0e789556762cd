/**
 * Classes of misses found on the twentieth and twenty-first real statement sets (test/fixtures/statements/
 * real20-heldout.jsonl: sales teams outside software — real estate, car dealers, insurance and mortgage brokers,
 * staffing, distributors, franchises, shops; real21-heldout.jsonl: French OKR and SMART guides, owners' blogs, union
 * newsletters). Each class is fixed by a general rule and checked here on sentences written for the class, FR and EN,
 * none of them in a fixture set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('things sold, closed, written or placed, counted, are won deals (brokers, recruiters, dealers, shops)', () => {
  it.each([
    ['I will have 40 closings by the end of June.', 40],
    ['Write 10 new policies a month.', 10],
    ['Each agent needs to write 3 applications per week.', 3],
    ['Our recruiters should make 6 placements per month.', 6],
    ['Get 12 units closed before March.', 12],
    ['Vendre 200 exemplaires du livre d’ici Noël.', 200],
    ['Placer 40 contrats d’assurance vie d’ici juin.', 40],
    ['Notre objectif : 30 nouveaux dossiers par mois.', 30],
    ['Au moins 50 paniers par semaine.', 50],
    ['I need to sell eleven total this month.', 11],
  ])('%s → deals_closed, %d', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('deals_closed');
    expect(a.target).toBe(target);
    expect(a.unit).toBe('count');
  });

  it.each(['Double the number of accounts opened this year.', 'Doubler le nombre de contrats signés en 2025.'])('%s → deals_closed, ×2', (text) => {
    const a = analyze(text);
    expect(a.kpi).toBe('deals_closed');
    expect(a.change).toEqual({ value: 1, kind: 'relative' });
  });

  it.each([
    ['Each broker should write $2M in new business this year.', 2_000_000],
    ['Ils ont dix jours pour placer 650 000 euros de produits d’épargne.', 650_000],
  ])('%s → an amount written or placed is sales', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('revenue');
    expect(a.target).toBe(target);
    expect(a.unit).toBe('currency');
  });

  it('keeps the near-misses: a basket size, an average basket, a blog post written, an objective placed', () => {
    expect(analyze('Increase basket size by 5%.').kpi).toBe('average_deal_size');
    expect(analyze('Augmenter le panier moyen de 10 %.').kpi).toBe('average_deal_size');
    expect(analyze('Write a blog post every week.').kpi).toBeNull();
    expect(analyze('Nous avons décidé de placer notre objectif sur cet étalon.').kpi).toBeNull();
    expect(analyze('Make $40,000 of prints sold this year.').kpi).toBe('revenue');
  });
});

describe('sales or profit per agency, store, vehicle or unit are a ratio the catalog does not track', () => {
  it.each([
    'Increase gross profit per vehicle to $2,500.',
    'Reach 4 sales per agency per month.',
    'Atteindre 2 M€ de chiffre d’affaires par magasin.',
    'Nous voulons multiplier par trois la rentabilité brute unitaire.',
    'Soit trois ventes par agence et par mois et 300 000 euros de chiffre d’affaires moyen.',
  ])('%s → no KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it('keeps the near-misses: a cadence, counted things sold per period, the average sale, a profitability change', () => {
    expect(analyze('Augmenter le chiffre d’affaires de 10 % par an.').kpi).toBe('revenue');
    expect(analyze('Sell 40 cars per month.').kpi).toBe('deals_closed');
    expect(analyze('Vendre 3 voitures par jour.').kpi).toBe('deals_closed');
    expect(analyze('Augmenter les ventes moyennes de 10 %.').kpi).toBe('average_deal_size');
    expect(analyze('Augmenter la rentabilité de 5 %.').kpi).toBe('profit');
  });
});
