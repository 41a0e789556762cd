/**
 * surf64, the last read's note (lastread63's class): a `Math.max(...)` over every row a user typed throws "Maximum call
 * stack size exceeded" past about 125,000 values. Two were left in core after lastread63: the wizard's family check
 * (`checkDraftFamily`, core/workbook/family.ts: the draft's row after every goal's) and the segment-label test of a KPI
 * tab's "Store" / « Magasin » column (`segmentLabel`, core/series/clean.ts: the most values one date holds, over every
 * date). Both now loop. A Goals tab or a KPI tab of 200,000 rows must answer as one of 1,000 does.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { segmentLabel } from '../../src/core/series/clean';
import { checkDraftFamily, type FamilyDraft } from '../../src/core/workbook/family';
import type { GoalRow } from '../../src/core/workbook/types';

const options = { today: '2026-11-26', lang: 'en' as const, settings: DEFAULT_SETTINGS };
const goal = (r: number, id: string, statement: string, extra: Partial<GoalRow> = {}): GoalRow => ({
  row: r, id, hasId: true, statement, kpi: 'New accounts', owner: 'Emma', baseline: null, target: null, start: null, deadline: null, parent: null, direction: null, aggregation: null, problems: [], ...extra,
});
const draft: FamilyDraft = {
  parentId: 'Y', statement: '', kpiName: 'New accounts', catalogId: 'deals_closed', unit: 'count', aggregation: 'total', currency: null, target: 100,
  start: '2027-10-01', deadline: '2027-12-31', label: 'this goal',
};

/** The year, its three quarters, then `filler` goals of other owners' KPIs (never analysed: another KPI column). */
function goals(filler: number): GoalRow[] {
  const year = goal(2, 'Y', 'Reach 400 new accounts in 2027');
  const quarters = [1, 2, 3].map((q) => goal(2 + q, `Q${q}`, `Close 100 new accounts in Q${q} 2027`, { parent: 'Y' }));
  const others = Array.from({ length: filler }, (_, i) => goal(6 + i, `X${i}`, `Reach ${i} demos in 2027`, { kpi: 'Demos', owner: 'Leo' }));
  return [year, ...quarters, ...others];
}

describe('surf64: no spread of a user’s rows into one Math.max call', () => {
  it('the wizard’s family check under a parent on a Goals tab of 200,000 goals answers as on one of 1,000', () => {
    const small = checkDraftFamily(goals(1_000), draft, options);
    expect(small?.status).toBe('pass');
    expect(small?.siblings).toBe(4);
    expect(checkDraftFamily(goals(200_000), draft, options)).toEqual(small);
  });

  /** Date | Store ID | Sales: `rows` days, one store a day (ids 101–104 in turn). */
  function storeRows(rows: number): unknown[][] {
    const start = Date.UTC(2000, 0, 1);
    return Array.from({ length: rows }, (_, i) => [new Date(start + i * 86_400_000), 101 + (i % 4), 1000 + (i % 37)]);
  }

  it.each([
    ['Store ID', true],
    ['Store', false],
  ])('a "%s" column over 200,000 dated rows reads as over 1,000 (label: %s)', (header, label) => {
    const headers = ['Date', header, 'Sales'];
    expect(segmentLabel(headers, storeRows(1_000), 1, 'en')).toBe(label);
    expect(segmentLabel(headers, storeRows(200_000), 1, 'en')).toBe(label);
  });
});
