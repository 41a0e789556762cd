import { deadlineOptions, endOfFiscalBlock, endOfNextPeriod, fiscalYearStart } from '../../src/sidebar/deadlines';

describe('deadline presets', () => {
  it('ends calendar quarters, halves and years when the fiscal year starts in January', () => {
    expect(endOfFiscalBlock('2026-11-26', 1, 3)).toBe('2026-12-31');
    expect(endOfFiscalBlock('2026-02-10', 1, 3)).toBe('2026-03-31');
    expect(endOfFiscalBlock('2026-02-10', 1, 6)).toBe('2026-06-30');
    expect(endOfFiscalBlock('2026-02-10', 1, 12)).toBe('2026-12-31');
  });

  it('follows a fiscal year starting in April', () => {
    expect(fiscalYearStart('2026-02-10', 4)).toBe('2025-04-01');
    expect(endOfFiscalBlock('2026-02-10', 4, 3)).toBe('2026-03-31');
    expect(endOfFiscalBlock('2026-05-10', 4, 3)).toBe('2026-06-30');
    expect(endOfFiscalBlock('2026-05-10', 4, 6)).toBe('2026-09-30');
    expect(endOfFiscalBlock('2026-05-10', 4, 12)).toBe('2027-03-31');
  });

  it('gives the end of the next period of the KPI ("next week")', () => {
    expect(endOfNextPeriod('2026-11-26', 'week')).toBe('2026-12-06');
    expect(endOfNextPeriod('2026-11-26', 'month')).toBe('2026-12-31');
  });

  it('lists presets in order, one per date, keeping the broader label, never today', () => {
    const monthly = deadlineOptions('2026-11-26', 1, 'month');
    expect(monthly).toEqual([
      { preset: 'month', date: '2026-11-30' },
      { preset: 'year', date: '2026-12-31' },
    ]);
    const weekly = deadlineOptions('2026-05-13', 1, 'week');
    expect(weekly).toEqual([
      { preset: 'nextPeriod', date: '2026-05-24' },
      { preset: 'month', date: '2026-05-31' },
      { preset: 'half', date: '2026-06-30' },
      { preset: 'year', date: '2026-12-31' },
    ]);
    const onLastDay = deadlineOptions('2026-12-31', 1, null);
    expect(onLastDay.map((o) => o.preset)).toEqual(['month', 'quarter', 'half', 'year']);
    expect(onLastDay[0].date).toBe('2027-01-31');
    expect(onLastDay.every((o) => o.date > '2026-12-31')).toBe(true);
  });
});
