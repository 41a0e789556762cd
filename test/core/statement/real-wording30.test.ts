/**
 * Classes of misses found on the thirtieth real statement set (test/fixtures/statements/real30-heldout.jsonl: medtech,
 * dental and veterinary practices, bakeries and breweries, sporting goods, solar installers, cybersecurity, accounting and
 * law firms), chosen by what each rule moves on every set at once: the sentence's shape telling what a with-phrase is (the
 * subject's description or a circumstance, not a means) and who says so (an attribution ends a means), the goal verb telling
 * which end of an average or a range is the goal's. Each rule is checked on sentences written for the class, FR and EN,
 * none of them in a fixture set, with near-misses that must keep their reading.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-11-26';

describe("a with-phrase describing the subject before the goal verb, or a circumstance, is no means", () => {
  readsAs(AS_OF, [
    ['Clinics with two full-time dentists should aim for $80,000 in sales per month.', { kpi: 'revenue', target: 80000, recurrence: 'month', levers: [] }],
    ["Une agence avec trois commerciaux doit viser un chiffre d'affaires de 900 000 € en 2027.", { kpi: 'revenue', target: 900000, levers: [] }],
    ['We expect revenue to reach $40 million in 2027, with online sales rising about 12%.', { kpi: 'revenue', target: 40000000, levers: [] }],
    ["Nous visons 5 millions d'euros de chiffre d'affaires en 2027, avec des ventes en ligne en hausse de 10 %.", { kpi: 'revenue', target: 5000000, levers: [] }],
    ['Reach an operating margin of 8% by 2027, with a long-term ambition of 10%.', { kpi: 'net_margin', target: 0.08, levers: [] }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      // A with-phrase after the goal verb, or opening the sentence, still names a means.
      ['Increase revenue by 10% in 2027 with a new partner program.', { kpi: 'revenue', levers: ['a new partner program'] }],
      ["Avec une nouvelle équipe, augmenter le chiffre d'affaires de 10 % en 2027.", { kpi: 'revenue', levers: ['une nouvelle équipe'] }],
      // "with a view of …" is a purpose, left as it was read.
      ['Grow market share to 15% by 2027 with a new pricing model.', { kpi: 'market_share', target: 0.15, levers: ['a new pricing model'] }],
    ]);
  });
});

describe('who says so ends a means; an average after a goal verb is the level to reach', () => {
  readsAs(AS_OF, [
    ["L'objectif est d'atteindre 20 millions d'euros de chiffre d'affaires en 2027, en recrutant 30 personnes, selon son directeur.", { kpi: 'revenue', target: 20000000, levers: ['recrutant 30 personnes'] }],
    ['Grow revenue by 15% in 2027 by opening two new offices, according to the CEO.', { levers: ['opening two new offices'] }],
    ['Each rep should aim for an average of 12 meetings per week.', { kpi: 'meetings', target: 12, baseline: null }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      // An observed average stays the level the goal starts from.
      ['Our deals have averaged $12,000; raise the average deal size to $15,000 by 2027.', { kpi: 'average_deal_size', baseline: 12000, target: 15000 }],
    ]);
  });
});
