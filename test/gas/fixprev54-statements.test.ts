/**
 * fixprev54 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the review of the previous session's statement rules (prev53's S1–S6, as of
 * 2026-12-05). Each `changed` sentence read otherwise on main's bundle (de8d4395); the near misses keep their rows.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Deals closed', 'Conversion rate', 'Market share', 'Churn'],
  ['fr_FR', 'Chiffre d’affaires', 'Comptes conclus', 'Taux de conversion', 'Part de marché', 'Attrition'],
])('SMARTPARSE (%s)', (locale, revenue, deals, conversion, marketShare, churn) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline. */
  const cells = smartCells(parse);

  it('S1: an imperative or modal "hit" is the goal, not a level reached; "we hit" still is one', () => {
    // "Hit" with no subject states no level reached, so no baseline (prev53's S1); two disjoint quarters of one count are two
    // goals, the first one's (ruling N1 as narrowed by mend54c).
    expect(cells('Hit 40 deals in Q1 2027 and 60 in Q2 2027.')).toEqual([deals, '', 40, '2027-03-31']);
    expect(cells('We must hit 500 users in 2026 and 2,000 by the end of 2027.').slice(1)).toEqual(['', 2_000, '2027-12-31']);
    expect(cells("Let's hit $2M in revenue by June 2027.")).toEqual([revenue, '', 2_000_000, '2027-06-30']);
    // Near miss: a subject before "hit" states the level reached, the aim's start.
    expect(cells('We hit 40 deals in 2026 and aim for 60 in 2027.')).toEqual([deals, 40, 60, '2027-12-31']);
  });

  it('S2: a goal word as the appositive’s subject keeps the appositive’s figure as the target', () => {
    expect(cells('Our target, a total of 500 new stores, is due by June 2027.').slice(1)).toEqual(['', 500, '2027-06-30']);
    expect(cells('Our ambition, a network of 50 franchises, should be reached by 2028.').slice(1)).toEqual(['', 50, '2028-12-31']);
    expect(cells("Notre objectif, un réseau de 80 agences, doit être atteint d'ici 2028.").slice(1)).toEqual(['', 80, '2028-12-31']);
    // Near miss: any other subject's appositive is still no part of the goal.
    expect(cells('Acme, a company with 200 employees, wants to reach 500 customers by 2027.').slice(1)).toEqual(['', 500, '2027-12-31']);
  });

  it('S3: a level reached, then "and aim for / target Y": Y is the target, the level its start', () => {
    expect(cells('We reached $1M in revenue in 2026 and aim for $1.5M in 2027')).toEqual([revenue, 1_000_000, 1_500_000, '2027-12-31']);
    expect(cells('We reached $1M in revenue in 2026 and target $1.5M in 2027')).toEqual([revenue, 1_000_000, 1_500_000, '2027-12-31']);
    expect(cells('We reached 40 deals in 2025 and aim for 60 in 2027')).toEqual([deals, 40, 60, '2027-12-31']);
    // (The KPI cell names revenue in the sentence's own words.)
    expect(cells("Le chiffre d'affaires a atteint 2 M€ en 2026 ; objectif : 3 M€ en 2027").slice(1)).toEqual([2_000_000, 3_000_000, '2027-12-31']);
    // Near miss: "exceed" is no past, so 100 is no baseline; one measure's levels at two years, the last is the goal (N1).
    expect(cells('Exceed 100 deals in 2026 and reach 150 in 2027.')).toEqual([deals, '', 150, '2027-12-31']);
  });

  it('S4: "convert N% of them" after a forecast is a conversion rate, no growth', () => {
    expect(cells('We forecast 300 sign-ups in 2027, hence we need to convert 30% of them.')).toEqual([conversion, '', 0.3, '']);
  });

  it('S5: a mode’s share of a budget is no modal share; « trajets » are trips', () => {
    expect(cells('Porter la part du bus dans le budget transport à 40 % en 2028')[0]).toBe('');
    expect(cells('Augmenter la part des trajets en train à 30 %')[0]).toBe(marketShare);
    // Near miss: « déplacements » were read so already.
    expect(cells('Porter la part des déplacements en train à 30 % en 2028')[0]).toBe(marketShare);
  });

  it('S6: « on s’attend », « je m’attends », « il s’attend » set the forecast aside, as « nous nous attendons »', () => {
    for (const subject of ["On s'attend", "Je m'attends", "Il s'attend", 'Nous nous attendons']) {
      const row = cells(`${subject} à une hausse du churn à 6 % en 2027, donc il faut le ramener à 4 % d'ici 2028`);
      // The KPI cell names churn in the sentence's own word.
      expect([row[0] === '' ? '' : churn, ...row.slice(1)]).toEqual([churn, '', 0.04, '2028-12-31']);
    }
  });
});
