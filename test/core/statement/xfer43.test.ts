/**
 * xfer43: the one class of first-run KPI misses on real30–real39 that recurred across sets in a form a single structural
 * rule reads (docs/MEASUREMENTS.md, "Why the statement rules do not transfer"): a percentage of a TOTAL as the goal's
 * figure names no catalog KPI — the sales are the whole (or a part) of a ratio the catalog does not track, a count named
 * before the share is its part, and a named share of spending is a cost ratio. real32, real37 and real38 each had one
 * such line; earlier rules had fixed it in one wording only. Sentences written for the class, none in a fixture set, FR
 * and EN, with near-misses that keep their reading (margins, market share, totals that are no share, a count or an
 * amount as the goal with a share beside it).
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('a percentage of a total as the goal names no catalog KPI', () => {
  it.each([
    ['Le rêve est de voir les exportations atteindre de « 60 % à 70 % » du total des ventes d’ici 2030.', 'increase', 0.6],
    ['Porter le chiffre d’affaires à l’export à 40 % du total des ventes d’ici 2027.', 'increase', 0.4],
    ['Les commandes en ligne devraient représenter 35 % du total des ventes en 2027.', 'increase', 0.35],
    ['Exports should reach 60% of total wine sales by 2030.', 'increase', 0.6],
    ['Online orders should reach 35% of our total store sales by 2027.', 'increase', 0.35],
  ])('%s → no KPI', (text, direction, target) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.unit]).toEqual([null, direction, target, 'percent']);
  });
});

describe('a named share of spending is a cost ratio, not the costs', () => {
  it.each([
    ['Le pourcentage de dépenses de sous-traitance par rapport au budget total devrait passer de 12 % à 18 % en 2027.', 'increase', 0.18],
    ['Ramener la part des dépenses de sous-traitance à 20 % d’ici 2027.', 'decrease', 0.2],
    ['Cut the share of costs spent on freight to 8% by 2027.', 'decrease', 0.08],
    ['Reduce the percentage of spending on travel from 12% to 8% of the total budget.', 'decrease', 0.08],
  ])('%s → no KPI', (text, direction, target) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.unit]).toEqual([null, direction, target, 'percent']);
  });
});

describe('near-misses keep their reading', () => {
  it.each([
    // A profit given as a share of sales is a margin (real25's rule), total or not.
    ['Achieve a net profit of 12% of total revenue by 2027.', 'net_margin'],
    ['Grow gross profit to 40% of total sales.', 'gross_margin'],
    ['Réaliser une marge nette de 10 % du chiffre d’affaires total en 2027.', 'net_margin'],
    // A share of the whole market is the market share.
    ['Capture 25% of the total market by 2028.', 'market_share'],
    // "total" with no share: the measure itself.
    ['Increase total revenue by 20% by 2027.', 'revenue'],
    ['Augmenter le chiffre d’affaires total de 15 % en 2027.', 'revenue'],
    ['Reduce total costs by 10% next year.', 'costs'],
    ['Réduire les dépenses totales de 5 % d’ici 2027.', 'costs'],
    // A count or an amount is the goal's figure; the share beside it is an aside.
    ['Vendre 200 abonnements en 2027, soit 10 % du total des ventes.', 'deals_closed'],
    ['Nos commandes en ligne doivent passer à 5 000 par mois, 30 % du total.', 'deals_closed'],
    ['Book 40 meetings a month, 30% of the total from referrals.', 'meetings'],
    ['Reach $2M in sales in 2027, 20% of the total company revenue.', 'revenue'],
    // Costs kept under a share of sales were already a cost-to-sales ratio (analyze.ts), and stay one.
    ['Keep marketing costs below 15% of total revenue.', null],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});
