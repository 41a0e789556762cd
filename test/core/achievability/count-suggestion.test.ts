/**
 * fixes48: a count's suggested target is one whole number (`roundCount`, `countSuggestion`), rounded toward the status
 * quo so it stays within what the forecast calls achievable — in `assess`'s own paths that map a suggestion back (a
 * year-to-date column judged through its monthly flows, a window's shift) as well as for callers that scale it.
 */
import { assess, assessShifted, countSuggestion, roundCount, verdictStory, type Assessment } from '../../../src/core/achievability';
import { addPeriods } from '../../../src/core/dates';
import type { KpiPoint } from '../../../src/core/types';

describe('roundCount: suggestion', () => {
  it('rounds down when more is better, up when less is, and reads float noise as the whole number it means', () => {
    expect(roundCount(19.7, 'suggestion', false)).toBe(19);
    expect(roundCount(19.2, 'suggestion', true)).toBe(20);
    expect(roundCount(19.999999999999996, 'suggestion', false)).toBe(20);
    expect(roundCount(20.000000000000004, 'suggestion', true)).toBe(20);
    expect(roundCount(0.4, 'suggestion', false)).toBe(0);
  });
});

describe('countSuggestion', () => {
  const base = { suggestedTarget: 35.42, kind: 'positive', direction: 'increase' } as unknown as Assessment;
  it('applies to a count by its history’s kind or by the unit the caller knows, and leaves amounts alone', () => {
    expect(countSuggestion({ ...base, kind: 'count' }).suggestedTarget).toBe(35);
    expect(countSuggestion(base, 'count').suggestedTarget).toBe(35);
    expect(countSuggestion({ ...base, direction: 'decrease' }, 'count').suggestedTarget).toBe(36);
    expect(countSuggestion(base, 'currency').suggestedTarget).toBe(35.42);
    expect(countSuggestion(base).suggestedTarget).toBe(35.42);
  });
});

describe('assess maps a count’s suggestion back as a whole number', () => {
  // Year-to-date new accounts, monthly, two years: flows of 8–12 a month, cumulated within each year.
  const flows = [9, 11, 8, 12, 10, 9, 11, 10, 8, 12, 9, 10, 10, 12, 9, 11, 10, 11, 12, 9, 10, 11];
  const ytd: KpiPoint[] = [];
  let total = 0;
  flows.forEach((value, i) => {
    const date = addPeriods('2025-01-01', 'month', i);
    total = date.endsWith('-01-01') ? value : total + value;
    ytd.push({ date, value: total });
  });

  it('a year-to-date count judged in a later year: the forecast of the months before its start is no whole number, the suggestion is', () => {
    const a = assess({ history: ytd, target: 300, deadline: '2027-12-31', today: '2026-11-26', name: 'New accounts YTD' }, 'en');
    expect(a.yearToDate).toBeDefined();
    expect(a.verdict).toBe('unrealistic');
    expect(Number.isInteger(a.suggestedTarget)).toBe(true);
    expect(verdictStory(a, 'en').suggestion).toBe(`Aim for ${a.suggestedTarget} by 31 December 2027 instead.`);
  });

  it('a window shifted by a forecast: a whole number, below the unrounded one', () => {
    const monthly = flows.map((value, i) => ({ date: addPeriods('2025-01-01', 'month', i), value }));
    const input = { history: monthly, target: 100, deadline: '2027-06-30', today: '2026-11-26', aggregation: 'total' as const };
    const shifted = assessShifted(input, 37.3, 'en');
    expect(shifted.verdict).toBe('unrealistic');
    expect(Number.isInteger(shifted.suggestedTarget)).toBe(true);
  });
});
