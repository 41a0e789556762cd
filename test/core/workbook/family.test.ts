/**
 * Review 13, finding 10, in core: `checkDraftFamily` puts the wizard's draft among the goals that may share its parent
 * and asks `checkAlignment` — Check goals' rule — how the family adds up.
 */
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkDraftFamily, type FamilyDraft } from '../../../src/core/workbook/family';
import type { GoalRow } from '../../../src/core/workbook/types';

const options = { today: '2026-11-26', lang: 'en' as const, settings: DEFAULT_SETTINGS };
const row = (r: number, id: string, statement: string, extra: Partial<GoalRow> = {}): GoalRow => ({
  row: r, id, hasId: true, statement, kpi: 'New accounts', owner: 'Emma', baseline: null, target: null, start: null, deadline: null, parent: null, direction: null, aggregation: null, problems: [], ...extra,
});
const draft = (parentId: string, target: number, extra: Partial<FamilyDraft> = {}): FamilyDraft => ({
  parentId, statement: '', kpiName: 'New accounts', catalogId: 'deals_closed', unit: 'count', aggregation: 'total', currency: null, target,
  start: '2027-01-01', deadline: '2027-03-31', label: 'this goal', ...extra,
});

describe('checkDraftFamily', () => {
  const year = row(2, 'Y', 'Reach 400 new accounts in 2027');
  const quarters = [100, 100, 100, 100].map((t, q) => row(3 + q, `Q${q + 1}`, `Close ${t} new accounts in Q${q + 1} 2027`, { parent: 'Y' }));

  it('a fifth Q1 under a year whose quarters add up overshoots it: fail, with Check goals’ words and the gap', () => {
    const result = checkDraftFamily([year, ...quarters], draft('Y', 100), options);
    expect(result?.status).toBe('fail');
    expect(result?.issue).toBe('Q1, this goal, Q2, Q3, Q4 (Q1, Q1, Q2, Q3, Q4) add up to 500, 100 more than the 400 new accounts of the annual goal.');
  });

  it('siblings found without a Parent column count as Check goals would infer them; another owner’s do not', () => {
    const loose = quarters.slice(0, 3).map((q) => ({ ...q, parent: null }));
    const short = checkDraftFamily([year, ...loose], draft('Y', 84, { start: '2027-10-01', deadline: '2027-12-31' }), options);
    expect(short?.status).toBe('warn');
    expect(short?.issue).toBe('Q1, Q2, Q3, this goal (Q1–Q4) add up to 384 of the 400 new accounts of the annual goal: 16 missing.');
    const others = loose.map((q) => ({ ...q, owner: 'Leo' }));
    // Another owner's quarters are not the year's: the draft is its only sub-goal so far.
    expect(checkDraftFamily([year, ...others], draft('Y', 84, { start: '2027-10-01', deadline: '2027-12-31' }), options)?.issue).toBe('This goal (Q4) adds up to 84 of the 400 new accounts of the annual goal: 316 missing.');
    // French: the verb agrees with the one sub-goal too (« totalise », not « totalisent »).
    const alone = checkDraftFamily([year, ...others], draft('Y', 84, { start: '2027-10-01', deadline: '2027-12-31' }), { ...options, lang: 'fr' })?.issue;
    expect(alone).toMatch(/ totalise 84 /);
    expect(alone).not.toMatch(/totalisent/);
  });

  // Past the 60 nearest rows (the bound until 2026-12-02, any KPI of the group): quarters typed at the bottom of a long
  // tab were missed, and a second annual goal of the same KPI further away — which stops Check goals from inferring
  // any quarter under either — was not seen. Rows naming another KPI are left out before any analysis.
  it('finds loose quarters far below their year, and sees a far tie as Check goals does', () => {
    const loose = quarters.slice(0, 3).map((q, i) => ({ ...q, parent: null, row: 500 + i }));
    const filler = Array.from({ length: 300 }, (_, i) => row(10 + i, `X${i}`, `Reach ${50 + i} demos in 2027`, { kpi: `Demos ${i % 7}` }));
    const q4 = draft('Y', 100, { start: '2027-10-01', deadline: '2027-12-31' });
    const far = checkDraftFamily([year, ...filler, ...loose], q4, options);
    expect(far?.siblings).toBe(4);
    expect(far?.status).toBe('pass');
    const rival = row(400, 'Y2', 'Reach 400 new accounts in 2027');
    expect(checkDraftFamily([year, ...filler, rival, ...loose], q4, options)?.siblings).toBe(1);
  });

  it('a quarter parent sitting under its year still gets its months checked', () => {
    const q1 = row(3, 'Q1', 'Close 100 new accounts in Q1 2027');
    const jan = row(4, 'JAN', 'Close 40 new accounts in January 2027', { parent: 'Q1' });
    const feb = row(5, 'FEB', 'Close 40 new accounts in February 2027', { parent: 'Q1' });
    const result = checkDraftFamily([year, q1, jan, feb], draft('Q1', 40, { start: '2027-03-01', deadline: '2027-03-31' }), options);
    expect(result?.status).toBe('fail');
    expect(result?.issue).toContain('add up to 120, 20 more than the 100');
  });

  it('near misses: a rate is never summed (three quarters at 30 % under a 30 % year pass); an unknown parent gives null', () => {
    const rate = { kpi: 'Close rate' };
    const rateYear = row(2, 'R', 'Reach a 30% close rate by the end of 2027', rate);
    const rateQuarters = [1, 2, 3].map((q) => row(2 + q, `R${q}`, `Reach a 30% close rate in Q${q} 2027`, { ...rate, parent: 'R' }));
    const result = checkDraftFamily([rateYear, ...rateQuarters], draft('R', 0.3, { kpiName: 'Close rate', catalogId: 'close_rate', unit: 'percent', aggregation: 'level', start: '2027-10-01', deadline: '2027-12-31' }), options);
    expect(result?.status).toBe('pass');
    expect(result?.rollup?.kind).toBe('last');
    expect(checkDraftFamily([year], draft('NOPE', 10), options)).toBeNull();
  });
});
