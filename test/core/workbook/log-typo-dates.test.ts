/**
 * A deals log with one date typed 1926 for 2026, or 9999: its weeks are no longer zero-filled across the calendar (a
 * century of empty weeks, or 416,000 of them up to 9999 — six seconds and a forecast on zeros). The gap is left as it is,
 * and the row is left out with its note like any far-past or future row (core `logPoints`, `farPastCount`).
 */
import { assess } from '../../../src/core/achievability';
import { addDays } from '../../../src/core/dates';
import { isTransactionLog, logPoints, type DayRows } from '../../../src/core/workbook/kpis';

/** About 200 working days of deals from 5 January 2026, one to three a day. */
function deals(): Map<string, DayRows> {
  const days = new Map<string, DayRows>();
  for (let i = 0; i < 300; i++) {
    const date = addDays('2026-01-05', i);
    if (i % 7 < 5 && i % 3 !== 0) days.set(date, { sum: 1000 + ((i * 37) % 900), count: 1 + (i % 3) });
  }
  return days;
}

const TODAY = '2026-11-26';
const input = { target: 150000, deadline: '2027-03-31', today: TODAY, aggregation: 'total' as const, direction: 'increase' as const };

describe('a deals log with a typo date', () => {
  const clean = logPoints(deals(), 'total');
  const plain = assess({ ...input, history: clean }, 'en');

  it.each([
    ['1926-03-04', 'far before the rest of the history'],
    ['9999-03-04', 'dated after today left out'],
  ])('%s: the weeks between are not filled, the answer is the clean log’s, with a note', (typo, note) => {
    const days = deals();
    days.set(typo, { sum: 500, count: 1 });
    expect(isTransactionLog(days)).toBe(true);
    const points = logPoints(days, 'total');
    // One point more than the clean log: the typo's week, not a century of zeros.
    expect(points).toHaveLength(clean.length + 1);
    const result = assess({ ...input, history: points }, 'en');
    expect(result.verdict).toBe(plain.verdict);
    expect(result.probability).toBeCloseTo(plain.probability ?? NaN, 9);
    expect(result.reasons.join(' ')).toContain(note);
    expect(assess({ ...input, history: points }, 'fr').reasons.join(' ')).toMatch(typo.startsWith('1926') ? /bien avant le reste/ : /après aujourd’hui/);
  });

  it('zeros still fill the weeks without a deal within the log, a year at most', () => {
    const days = new Map<string, DayRows>([
      ['2026-01-05', { sum: 10, count: 2 }],
      ['2026-02-02', { sum: 20, count: 2 }],
      ['2027-03-01', { sum: 30, count: 2 }],
    ]);
    const points = logPoints(days, 'total');
    expect(points.slice(0, 5).map((p) => p.value)).toEqual([10, 0, 0, 0, 20]);
    // Over a year between February 2026 and March 2027: not filled.
    expect(points).toHaveLength(6);
  });

  it('a daily series with one row typed 1926 stays a daily series, not a log of events', () => {
    const days = new Map<string, DayRows>();
    for (let i = 0; i < 120; i++) days.set(addDays('2026-06-01', i), { sum: 0.25, count: 1, last: 0.25 });
    expect(isTransactionLog(days)).toBe(false);
    days.set('1926-06-01', { sum: 0.2, count: 1, last: 0.2 });
    expect(isTransactionLog(days)).toBe(false);
  });
});
