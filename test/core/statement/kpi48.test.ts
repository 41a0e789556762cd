/**
 * kpi48: three classes of KPI misses left on the opened sets, read as general rules (kpi.ts, object.ts), FR and EN.
 * (1) A channel's sales given their amount — « 60 milliards de dirhams de chiffre d'affaires à l'export », « porter le CA
 * à l'export à 60 M€ » — are revenue: « à l'export » / « à l'international » made the noun a channel's share and dropped
 * it, which is right for a percentage (real34, real36, real37 label those none) but not for an amount (real44).
 * (2) An amount told by its count of digits — "hitting six-figures", "a seven-figure business" — was read as a sales
 * amount when no KPI noun is named (real39); mend48e reverted it (fines, losses, followers, donations read as revenue), so
 * its rows now pin no KPI.
 * (3) A count given as a range after a verb of sale — « vendre entre 500 et 800 baguettes », "sell between 500 and 800
 * loaves" — is the range's lower bound of things sold (won deals), as "sell 500 to 800 loaves" was: "and" / « et » ended the
 * object before its noun (object.ts); and an adverb between a modal and its verb (« doit généralement vendre », "should
 * typically sell") was taken for the verb (real41).
 * On main's kpi.ts and object.ts (copied in and back) 10 of these 31 cases fail: every class case but two of (1) ("Porter le
 * chiffre d'affaires à l'export à 60 M€", "Grow our export turnover to €5m", already read by kpi46's summed-sales rule,
 * which they pin); the near misses read the same on both.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2025-01-15', rows);

describe("a channel's sales given an amount of money are revenue (« à l'export », « à l'international »)", () => {
  readsAs([
    [
      "Atteindre 60 millions d'euros de chiffre d'affaires à l'export d'ici 2027.",
      { kpi: 'revenue', target: 60_000_000, unit: 'currency' },
    ],
    ["Porter le chiffre d'affaires à l'export à 60 M€ d'ici 2027.", { kpi: 'revenue', target: 60_000_000, unit: 'currency' }],
    [
      "Atteindre un chiffre d'affaires à l'international de 40 millions d'euros en 2027.",
      { kpi: 'revenue', target: 40_000_000, unit: 'currency' },
    ],
    [
      "Elle ambitionne d'atteindre 60 milliards de dirhams de chiffres d'affaires à l'export en 2027.",
      { kpi: 'revenue', target: 60_000_000_000 },
    ],
    ['Grow our export turnover to €5m by 2027.', { kpi: 'revenue', target: 5_000_000, unit: 'currency' }],
  ]);
});

describe("near misses: a channel's share in percent stays no KPI", () => {
  readsAs([
    ["Passer le chiffre d'affaires à l'export de 10 % à 30 % du total en 2027.", { kpi: null, baseline: 0.1, target: 0.3 }],
    ["Atteindre 50 % de chiffre d'affaires à l'export d'ici 2033.", { kpi: null, target: 0.5 }],
    ["Faire passer le chiffre d'affaires à l'international de 10 % à 30 % en 2026.", { kpi: null, target: 0.3 }],
    ["Réaliser 30 % de notre chiffre d'affaires à l'export en 2027.", { kpi: null, target: 0.3 }],
    ["Un CA de 45 M€ (dont 35 % à l'export) en 2027.", { kpi: 'revenue', target: 45_000_000 }],
  ]);
});

// The digit-count rule (2) was reverted by mend48e: "hitting six figures" also names fines, losses, followers and donations
// (test/core/statement/mend48e.test.ts); an amount told by its digits names no KPI unless a sales noun is beside it.
describe('an amount told by its count of digits names no KPI by itself (reverted, mend48e)', () => {
  readsAs([
    ["If your photography goal for 2026 is hitting six-figures, that's awesome.", { kpi: null, target: 100_000, unit: 'currency' }],
    ['My goal is to build a six-figure business by 2027.', { kpi: null, target: 100_000, unit: 'currency' }],
    ['Make seven figures this year.', { kpi: null, target: 1_000_000, unit: 'currency' }],
  ]);
});

describe('near misses: digits of something else, or money that is no sale', () => {
  readsAs([
    ['Earn a six-figure salary by 2028.', { kpi: null }],
    ['Raise a seven-figure seed round by June 2027.', { kpi: null }],
    ['Reduce our debt to six figures by 2027.', { kpi: null, target: null }],
    ['Hit six figures in sales by 2027.', { kpi: 'revenue', target: 100_000 }],
    ['Notre objectif : un code à six chiffres.', { kpi: null, target: null }],
    ["Atteindre les six chiffres de chiffre d'affaires en 2027.", { kpi: 'revenue', target: 100_000 }],
  ]);
});

describe('a range of things sold is their count, its lower bound; an adverb after a modal is not the verb', () => {
  readsAs([
    ['Vendre entre 500 et 800 baguettes par jour.', { kpi: 'deals_closed', target: 500, unit: 'count' }],
    ['Sell between 500 and 800 loaves a day.', { kpi: 'deals_closed', target: 500, unit: 'count' }],
    ['Une boulangerie doit généralement vendre entre 500 et 800 baguettes par jour.', { kpi: 'deals_closed', target: 500, unit: 'count' }],
    ['Perdre entre 2 et 3 clients par an au maximum.', { kpi: 'churn', target: 2 }],
  ]);
});

describe('near misses: ranges and adverbs the readers already read', () => {
  readsAs([
    ['Sell 500 to 800 loaves a day by 2027.', { kpi: 'deals_closed', target: 500 }],
    ["Augmenter les ventes entre 5 et 7 % par an jusqu'en 2027.", { kpi: 'revenue', change: { value: 0.05, kind: 'relative' } }],
    ['Generate between $2M and $3M in revenue in 2027.', { kpi: 'revenue', target: 2_000_000, unit: 'currency' }],
    ["Réaliser entre 2 et 3 M€ de chiffre d'affaires en 2027.", { kpi: 'revenue', target: 2_000_000 }],
    [
      "Nous devons absolument augmenter le chiffre d'affaires de 10 % en 2027.",
      { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } },
    ],
    ['We must apply 5 new discounts by June 2027.', { kpi: null }],
    ['A bakery should typically sell 500 loaves a day.', { kpi: 'deals_closed', target: 500, unit: 'count' }],
    ['Signer entre 3 et 5 nouveaux clients par mois.', { kpi: 'deals_closed', target: 3 }],
  ]);
});
