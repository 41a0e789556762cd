import type { GoalDraft } from '../../../src/core/api';
import type { GoalRow } from '../../../src/core/workbook/types';
import { checkDraftAlignment } from '../../../src/gas/sidebar/alignment';

const parent: GoalRow = {
  row: 8,
  id: 'N',
  hasId: true,
  statement: 'Close 120 new accounts by the end of 2027',
  kpi: 'New accounts',
  owner: 'North team',
  baseline: null,
  target: 120,
  start: '2027-01-01',
  deadline: '2027-12-31',
  parent: null,
  direction: 'increase',
  aggregation: 'total',
  problems: [],
};

function child(overrides: Partial<GoalDraft> = {}): GoalDraft {
  return {
    kpi: { seriesId: 'New accounts!Value', catalogId: 'deals_closed', name: 'New accounts', unit: 'count', aggregation: 'total', lowerIsBetter: false },
    baseline: null,
    direction: 'increase',
    targetMode: 'level',
    target: 30,
    change: null,
    start: '2027-01-01',
    deadline: '2027-03-31',
    owner: '',
    levers: '',
    notes: '',
    parentId: 'N',
    statement: '',
    ...overrides,
  };
}

describe('live alignment of a draft with its parent', () => {
  it('says nothing without a parent and fails on a parent that is gone', () => {
    expect(checkDraftAlignment(child({ parentId: null }), 30, parent, 'en')).toEqual({ status: 'unknown', messages: [] });
    expect(checkDraftAlignment(child(), 30, null, 'en')).toEqual({ status: 'fail', messages: ['The parent goal was not found.'] });
  });

  it('passes a quarterly share of the annual goal', () => {
    expect(checkDraftAlignment(child(), 30, parent, 'en')).toEqual({ status: 'pass', messages: [] });
  });

  it('accepts a KPI that feeds the parent’s and refuses one that does not', () => {
    const leads = child({ kpi: { seriesId: null, catalogId: 'leads', name: 'Qualified leads', unit: 'count', aggregation: 'total', lowerIsBetter: false }, target: 400 });
    expect(checkDraftAlignment(leads, 400, parent, 'en').status).toBe('pass');
    const nps = child({ kpi: { seriesId: null, catalogId: 'nps', name: 'NPS', unit: 'score', aggregation: 'level', lowerIsBetter: false }, target: 50 });
    const result = checkDraftAlignment(nps, 50, parent, 'en');
    expect(result.status).toBe('fail');
    expect(result.messages).toEqual(['The parent tracks New accounts, not NPS.']);
  });

  it('flags a window outside the parent’s', () => {
    const late = checkDraftAlignment(child({ deadline: '2028-01-31' }), 30, parent, 'en');
    expect(late.status).toBe('fail');
    expect(late.messages[0]).toBe('The deadline 31 January 2028 is after the parent’s (31 December 2027).');
    const early = checkDraftAlignment(child({ start: '2026-12-01' }), 30, parent, 'fr');
    expect(early).toEqual({ status: 'warn', messages: ['Cet objectif commence avant son parent (1er janvier 2027).'] });
  });

  it('checks the numbers: a total above the parent’s, a level beyond or away from it', () => {
    expect(checkDraftAlignment(child(), 150, parent, 'en')).toEqual({ status: 'warn', messages: ['The target 150 alone exceeds the parent’s target 120.'] });
    const rateParent: GoalRow = { ...parent, kpi: 'Close rate', statement: 'Raise the close rate to 30% by year end', target: 0.3, aggregation: null };
    const rate = (target: number, baseline: number | null = 0.25) =>
      checkDraftAlignment(
        child({ kpi: { seriesId: 'Close rate!Value', catalogId: 'close_rate', name: 'Close rate', unit: 'percent', aggregation: 'level', lowerIsBetter: false }, baseline, target }),
        target,
        rateParent,
        'en',
      );
    expect(rate(0.28).status).toBe('pass');
    expect(rate(0.35)).toEqual({ status: 'warn', messages: ['The target 35% goes beyond the parent’s target 30%.'] });
    expect(rate(0.2)).toEqual({ status: 'fail', messages: ['The target 20% moves away from the parent’s target 30%.'] });
  });
});
