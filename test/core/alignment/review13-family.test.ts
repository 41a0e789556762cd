/**
 * Review 13 (the seed article's five steps), findings 11, 12 and 18, on core `checkAlignment`:
 * 11 — quarterly goals written only as sentences (no Parent) are checked against the annual goal they sit in, and the
 *      notes say the link was inferred; nothing is inferred across KPIs, groups or periods that overlap without nesting;
 * 12 — a sum that misses says by how much, in the KPI's unit; a rate is never summed (its gap is in points);
 * 18 — the sub-goals' IDs are listed in the order of their periods, paired with the quarters.
 */
import { checkAlignment, type AlignmentGoal } from '../../../src/core/alignment';

function goal(partial: Partial<AlignmentGoal> & { row: number; id: string }): AlignmentGoal {
  return {
    hasId: true, parent: null, statement: '', kpiId: 'new_accounts', seriesKey: 'New accounts!New accounts', kpiName: 'New accounts',
    unit: 'count', currency: null, aggregation: 'total', direction: 'increase', baseline: null, target: null, start: null, deadline: null, group: 'emma\u0000',
    ...partial,
  };
}

const QUARTER = [['2027-01-01', '2027-03-31'], ['2027-04-01', '2027-06-30'], ['2027-07-01', '2027-09-30'], ['2027-10-01', '2027-12-31']] as const;
const annual = goal({ row: 2, id: 'G1', statement: 'Reach 400 new accounts in 2027', target: 400, start: '2027-01-01', deadline: '2027-12-31' });
const quarterGoals = (targets: readonly number[], extra: Partial<AlignmentGoal> = {}): AlignmentGoal[] =>
  targets.map((target, q) => goal({ row: 3 + q, id: `G1.${q + 1}`, statement: `Close ${target} new accounts in Q${q + 1} 2027`, target, start: QUARTER[q][0], deadline: QUARTER[q][1], ...extra }));

describe('finding 11: a parent inferred from the KPI and the periods', () => {
  it('four quarters without a Parent column are checked against the annual goal, the gap said in accounts (EN)', () => {
    const result = checkAlignment([annual, ...quarterGoals([100, 96, 90, 98])], { lang: 'en', fiscalYearStartMonth: 1 });
    expect(result.parentOf.get(3)).toBe(2);
    expect(result.issues.map((i) => i.message)).toEqual(['G1.1, G1.2, G1.3, G1.4 (Q1–Q4) add up to 384 of the 400 new accounts of the annual goal: 16 missing.']);
    expect(result.inferredByRow.get(4)).toBe('Counted as a sub-goal of G1: same KPI, its period inside G1’s (no Parent given; fill the Parent column to say otherwise).');
    expect(result.inferredByRow.get(2)).toBe('Sub-goals found by their KPI and period (no Parent given): G1.1, G1.2, G1.3, G1.4.');
    // An annual goal with its quarters gets no proposed split.
    expect(result.splitByRow.has(2)).toBe(false);
  });

  it('speaks French', () => {
    const parent = { ...annual, statement: 'Atteindre 400 nouveaux comptes en 2027' };
    const result = checkAlignment([parent, ...quarterGoals([100, 96, 90, 98])], { lang: 'fr', fiscalYearStartMonth: 1 });
    expect(result.issues[0].message).toBe('G1.1, G1.2, G1.3, G1.4 (T1–T4) totalisent 384 des 400 nouveaux comptes de l’objectif annuel\u202f: il en manque 16.');
    expect(result.inferredByRow.get(3)).toBe('Compté comme sous-objectif de G1\u202f: même indicateur, période comprise dans celle de G1 (pas de Parent indiqué\u202f; remplissez la colonne Parent pour en décider autrement).');
  });

  it('an annual goal with no Start column ("in 2027") holds its quarters; months nest in the tightest period (a quarter)', () => {
    const year = { ...annual, start: null };
    const q1 = goal({ row: 3, id: 'Q1', target: 100, start: '2027-01-01', deadline: '2027-03-31' });
    const jan = goal({ row: 4, id: 'JAN', target: 30, start: '2027-01-01', deadline: '2027-01-31' });
    const result = checkAlignment([year, q1, jan], { lang: 'en', fiscalYearStartMonth: 1 });
    expect(result.parentOf.get(3)).toBe(2);
    expect(result.parentOf.get(4)).toBe(3);
  });

  it('near misses: another KPI, another owner or region, a period that overlaps without nesting, a Parent given, two annual goals → nothing inferred', () => {
    const cases: Array<[string, AlignmentGoal[]]> = [
      ['other KPI', quarterGoals([100, 96, 90, 98], { seriesKey: 'Revenue!Revenue', kpiId: 'revenue' })],
      ['other owner', quarterGoals([100, 96, 90, 98], { group: 'leo\u0000' })],
      ['other region', quarterGoals([100, 96, 90, 98], { group: 'emma\u00003=north' })],
      ['overlapping', [goal({ row: 3, id: 'X', target: 100, start: '2026-12-01', deadline: '2027-02-28' })]],
      ['a Parent elsewhere', quarterGoals([100, 96, 90, 98], { parent: 'OTHER' })],
    ];
    for (const [name, children] of cases) {
      const result = checkAlignment([annual, ...children], { lang: 'en', fiscalYearStartMonth: 1 });
      expect([name, result.parentOf.get(3) ?? null]).toEqual([name, null]);
      expect([name, result.inferredByRow.size]).toEqual([name, 0]);
      expect([name, result.issues.filter((i) => i.kind === 'sum')]).toEqual([name, []]);
    }
    const twin = { ...annual, row: 9, id: 'G9' };
    const tied = checkAlignment([annual, twin, ...quarterGoals([100, 96, 90, 98])], { lang: 'en', fiscalYearStartMonth: 1 });
    expect(tied.parentOf.size).toBe(0);
  });

  it('a fiscal year from April: Q1 FY2027 (April–June 2026) sits in the fiscal year, not in calendar 2027', () => {
    const fiscal = goal({ row: 2, id: 'FY', target: 400, start: null, deadline: '2027-03-31' });
    const aprJun = goal({ row: 3, id: 'Q1', target: 90, start: '2026-04-01', deadline: '2026-06-30' });
    expect(checkAlignment([fiscal, aprJun], { lang: 'en', fiscalYearStartMonth: 4 }).parentOf.get(3)).toBe(2);
    expect(checkAlignment([fiscal, aprJun], { lang: 'en', fiscalYearStartMonth: 1 }).parentOf.get(3)).toBeUndefined();
  });
});

describe('finding 12: the gap in the KPI’s unit; rates are not summed', () => {
  it('currency: the gap in money', () => {
    const money = { unit: 'currency' as const, currency: 'EUR', seriesKey: 'Revenue!Revenue', kpiId: 'revenue' };
    const parent = goal({ ...annual, ...money, target: 400_000 });
    const result = checkAlignment([parent, ...quarterGoals([100_000, 96_000, 90_000, 98_000], money)], { lang: 'fr', fiscalYearStartMonth: 1 });
    expect(result.issues[0].message).toBe('G1.1, G1.2, G1.3, G1.4 (T1–T4) totalisent 384\u202f000\u00a0€ des 400\u202f000\u00a0€ de l’objectif annuel\u202f: il en manque 16\u202f000\u00a0€.');
  });

  it('over the annual goal: by how much', () => {
    const result = checkAlignment([annual, ...quarterGoals([110, 100, 100, 100])], { lang: 'en', fiscalYearStartMonth: 1 });
    expect(result.issues[0].message).toBe('G1.1, G1.2, G1.3, G1.4 (Q1–Q4) add up to 410, 10 more than the 400 new accounts of the annual goal.');
  });

  it('a rate is a level: quarters at 30 % are never added up to 120 %; the last one short is said in points', () => {
    const rate = { unit: 'percent' as const, aggregation: 'level' as const, seriesKey: 'Close rate!Close rate', kpiId: 'close_rate' };
    const parent = goal({ ...annual, ...rate, target: 0.3, statement: 'Reach a 30% close rate by the end of 2027' });
    const ok = checkAlignment([parent, ...quarterGoals([0.26, 0.27, 0.28, 0.3], rate)], { lang: 'en', fiscalYearStartMonth: 1 });
    expect(ok.issues).toEqual([]);
    const short = checkAlignment([parent, ...quarterGoals([0.26, 0.27, 0.28, 0.28], rate)], { lang: 'en', fiscalYearStartMonth: 1 });
    expect(short.issues[0].message).toBe('The last sub-goal (G1.4: 28%) does not reach the annual goal (30%): 2\u00a0pts short.');
    // Even when a column says "total", a percentage is not summed.
    const typedTotal = checkAlignment([{ ...parent, aggregation: 'total' }, ...quarterGoals([0.3, 0.3, 0.3, 0.3], { ...rate, aggregation: 'total' })], { lang: 'fr', fiscalYearStartMonth: 1 });
    expect(typedTotal.issues).toEqual([]);
  });
});

describe('finding 18: IDs listed in the order of their periods', () => {
  it('rows typed Q4, Q1, Q2, Q3 are named Q1 to Q4, each ID beside its quarter', () => {
    const [q1, q2, q3, q4] = quarterGoals([100, 96, 90, 98], { parent: 'G1' });
    const shuffled = [q4, q1, q2, q3].map((g, i) => ({ ...g, row: 3 + i }));
    const result = checkAlignment([annual, ...shuffled], { lang: 'en', fiscalYearStartMonth: 1 });
    expect(result.issues[0].message.startsWith('G1.1, G1.2, G1.3, G1.4 (Q1–Q4) add up to 384')).toBe(true);
    // The tree keeps the user's rows.
    expect(result.roots[0].children.map((c) => c.id)).toEqual(['G1.4', 'G1.1', 'G1.2', 'G1.3']);
  });
});
