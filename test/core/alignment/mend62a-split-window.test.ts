/**
 * mend62a (review of audit62): the quarters an annual goal is split into. `quartersEndingWith` against an independent
 * month count for every start month and every quarter end of 2024–2029 (the property fixes59 pins for the other helpers);
 * a total whose Start is more than a week before the first of those quarters (15 months: January 2027 – March 2028) gets
 * no split — its first quarter got nothing ("Q2 2027 12 · … · Q1 2028 6") — FR and EN, every fiscal start.
 */
import { checkAlignment, type AlignmentGoal } from '../../../src/core/alignment';
import { quartersEndingWith } from '../../../src/core/alignment/quarters';
import { addDays } from '../../../src/core/dates';

/** The reference: the quarter holding `iso` and the three before it, counted with Date; the fiscal year named by its end's year. */
function reference(iso: string, startMonth: number): Array<{ start: string; end: string; n: number; fiscalYear: string }> {
  const [y, m] = iso.split('-').map(Number);
  const into = (m - startMonth + 12) % 12;
  const firstMonth = m - 1 - (into % 3);
  return [3, 2, 1, 0].map((back) => {
    const first = firstMonth - 3 * back;
    const start = new Date(Date.UTC(y, first, 1));
    const end = new Date(Date.UTC(y, first + 3, 0));
    const q = (start.getUTCMonth() + 1 - startMonth + 12) % 12;
    // The fiscal year ends in the calendar year of its last month: the start's year, plus one unless the fiscal year is the calendar one or starts after the quarter's month.
    const fiscalYear = start.getUTCFullYear() + (startMonth === 1 || start.getUTCMonth() + 1 < startMonth ? 0 : 1);
    return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10), n: Math.floor(q / 3) + 1, fiscalYear: String(fiscalYear) };
  });
}

describe('quartersEndingWith (mend62a): four consecutive quarters, the last holding the deadline', () => {
  it('matches an independent month count on every day of 2024–2029 for every start month', () => {
    let mismatches = 0;
    let days = 0;
    for (let startMonth = 1; startMonth <= 12; startMonth++) {
      for (let day = '2024-01-01'; day <= '2029-12-31'; day = addDays(day, 1)) {
        days++;
        const got = quartersEndingWith(day, startMonth);
        const expected = reference(day, startMonth);
        const contiguous = got.every((q, i) => i === 0 || addDays(got[i - 1].end, 1) === q.start);
        const holds = got[3].start <= day && day <= got[3].end;
        if (JSON.stringify(got) !== JSON.stringify(expected) || !contiguous || !holds) mismatches++;
      }
    }
    expect(days).toBe(12 * 2192);
    expect(mismatches).toBe(0);
  });
});

function goal(partial: Partial<AlignmentGoal>): AlignmentGoal {
  return {
    row: 2, id: 'E', hasId: true, parent: null, statement: 'Close 30 new enterprise accounts', kpiId: 'deals_closed', seriesKey: null, kpiName: 'Accounts', unit: 'count', currency: null,
    aggregation: 'total', direction: 'increase', baseline: null, target: 30, start: null, deadline: null, ...partial,
  };
}
const TODAY = '2026-12-08';

describe('a total longer than its four quarters gets no split (mend62a, review finding 2)', () => {
  it.each([1, 4, 7, 10])('fiscal year from month %d: January 2027 – March 2028 (455 days) is no four quarters, FR and EN', (fiscal) => {
    for (const lang of ['en', 'fr'] as const) {
      expect(checkAlignment([goal({ start: '2027-01-01', deadline: '2028-03-31' })], { lang, fiscalYearStartMonth: fiscal, today: TODAY }).splits).toEqual([]);
    }
  });

  it.each([
    ['2027-01-01', '2027-12-31', 1],
    ['2026-12-27', '2027-12-31', 1],
    ['2027-04-01', '2028-03-31', 4],
    ['2027-01-01', '2027-12-31', 4],
  ] as const)('near miss: Start %s, Deadline %s (fiscal start %d) keeps four quarters holding all 30', (start, deadline, fiscal) => {
    for (const lang of ['en', 'fr'] as const) {
      const [split] = checkAlignment([goal({ start, deadline })], { lang, fiscalYearStartMonth: fiscal, today: TODAY }).splits;
      expect(split.quarters).toHaveLength(4);
      expect(split.quarters.reduce((sum, q) => sum + q.target, 0)).toBe(30);
      expect(split.quarters[3].end).toBe(deadline);
    }
  });

  it('near miss: a level over 15 months keeps its milestones (a level is where it stands at each quarter’s end)', () => {
    const level = goal({ statement: 'Raise the close rate to 30%', kpiId: 'close_rate', unit: 'percent', aggregation: 'level', baseline: 0.25, target: 0.3, start: '2027-01-01', deadline: '2028-03-31' });
    const [split] = checkAlignment([level], { lang: 'en', fiscalYearStartMonth: 1, today: TODAY }).splits;
    expect(split.quarters.map((q) => q.label)).toEqual(['Q2 2027', 'Q3 2027', 'Q4 2027', 'Q1 2028']);
    expect(split.quarters[3].target).toBe(0.3);
  });
});
