import { deadlineOptions, defaultDeadline, endOfFiscalBlock, endOfNextPeriod } from '../../src/sidebar/deadlines';

describe('deadline presets', () => {
  it('ends calendar quarters, halves and years when the fiscal year starts in January', () => {
    expect(endOfFiscalBlock('2026-11-26', 1, 3)).toBe('2026-12-31');
    expect(endOfFiscalBlock('2026-02-10', 1, 3)).toBe('2026-03-31');
    expect(endOfFiscalBlock('2026-02-10', 1, 6)).toBe('2026-06-30');
    expect(endOfFiscalBlock('2026-02-10', 1, 12)).toBe('2026-12-31');
  });

  it('follows a fiscal year starting in April', () => {
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
    const monthly = deadlineOptions('2026-11-26', 1, 'month').options;
    expect(monthly).toEqual([
      { preset: 'month', date: '2026-11-30' },
      { preset: 'year', date: '2026-12-31' },
      { preset: 'nextQuarter', date: '2027-03-31' },
    ]);
    const weekly = deadlineOptions('2026-05-13', 1, 'week').options;
    expect(weekly).toEqual([
      { preset: 'nextPeriod', date: '2026-05-24' },
      { preset: 'month', date: '2026-05-31' },
      { preset: 'half', date: '2026-06-30' },
      { preset: 'nextQuarter', date: '2026-09-30' },
      { preset: 'year', date: '2026-12-31' },
    ]);
    const onLastDay = deadlineOptions('2026-12-31', 1, null).options;
    // On 31 December, the quarter that ends next is the next quarter, and says so.
    expect(onLastDay.map((o) => o.preset)).toEqual(['month', 'nextQuarter', 'half', 'year']);
    expect(onLastDay[0].date).toBe('2027-01-31');
    expect(onLastDay.every((o) => o.date > '2026-12-31')).toBe(true);
  });

  it('offers the next quarter: calendar, or fiscal when Settings set a fiscal year start', () => {
    const nextQuarter = (today: string, fiscalStart: number, period: 'month' | 'quarter' | null = null) => deadlineOptions(today, fiscalStart, period).options.find((o) => o.preset === 'nextQuarter')?.date;
    expect(nextQuarter('2026-12-02', 1)).toBe('2027-03-31');
    // In February the next quarter ends with the half-year: one preset for that date, the broader label.
    expect(nextQuarter('2026-02-10', 1)).toBeUndefined();
    expect(deadlineOptions('2026-02-10', 1, null).options.find((o) => o.date === '2026-06-30')?.preset).toBe('half');
    // On a quarter's last day the next quarter is the one that starts tomorrow (not "this quarter").
    expect(nextQuarter('2026-06-30', 1)).toBe('2026-09-30');
    expect(deadlineOptions('2026-06-30', 1, null).options.some((o) => o.preset === 'quarter')).toBe(false);
    // Fiscal year from April: quarters end in June, September, December, March.
    expect(nextQuarter('2026-08-10', 4)).toBe('2026-12-31');
    // From February: November–January, then February–April.
    expect(nextQuarter('2026-12-02', 2)).toBe('2027-04-30');
    // A quarterly KPI gets no calendar "next period" beside the fiscal next quarter.
    const quarterly = deadlineOptions('2026-05-10', 2, 'quarter').options;
    expect(quarterly).toEqual([
      { preset: 'month', date: '2026-05-31' },
      { preset: 'half', date: '2026-07-31' },
      { preset: 'nextQuarter', date: '2026-10-31' },
      { preset: 'year', date: '2027-01-31' },
    ]);
  });
});

describe('the deadline the target step proposes', () => {
  it('is the end of the next whole period of the KPI, not this month’s end 4 days away (3 December, monthly KPI)', () => {
    expect(defaultDeadline('2026-12-03', 1, 'month', '2026-11-01')).toBe('2027-01-31');
    // On a month's last day, the next whole month is the one starting tomorrow.
    expect(defaultDeadline('2026-12-31', 1, 'month', '2026-12-01')).toBe('2027-01-31');
    // The article's "30 % next week" on a weekly close rate (Thursday 3 December: next week ends Sunday 13th).
    expect(defaultDeadline('2026-12-03', 1, 'week', '2026-11-30')).toBe('2026-12-13');
    // A daily KPI counts in weeks: a goal due tomorrow is no plan.
    expect(defaultDeadline('2026-12-03', 1, 'day', '2026-12-02')).toBe('2026-12-13');
  });

  it('follows the fiscal year for a quarterly or yearly KPI ("churn 45 % → 20 % next quarter")', () => {
    expect(defaultDeadline('2026-12-03', 1, 'quarter', '2026-07-01')).toBe('2027-03-31');
    expect(defaultDeadline('2026-12-03', 4, 'quarter', '2026-07-01')).toBe('2027-03-31');
    expect(defaultDeadline('2026-12-03', 2, 'quarter', '2026-08-01')).toBe('2027-04-30');
    expect(defaultDeadline('2026-12-03', 1, 'year', '2025-12-31')).toBe('2027-12-31');
    expect(defaultDeadline('2026-12-03', 4, 'year', '2026-03-31')).toBe('2028-03-31');
  });

  it('is never before the latest data nor in the past, and reads a KPI without a period in months', () => {
    // Monthly rows stamped on the month's last day: December's row (31 Dec) already there on 3 December.
    expect(defaultDeadline('2026-12-03', 1, 'month', '2026-12-31')).toBe('2027-01-31');
    // A forecast row months ahead: the month after it.
    expect(defaultDeadline('2026-12-03', 1, 'month', '2027-05-15')).toBe('2027-06-30');
    expect(defaultDeadline('2026-12-03', 1, null, null)).toBe('2027-01-31');
    // Old data is no reason to propose a past date.
    expect(defaultDeadline('2026-12-03', 1, 'week', '2024-01-01')).toBe('2026-12-13');
    for (const today of ['2026-12-03', '2027-02-28', '2028-02-29', '2026-06-30']) {
      for (const period of ['day', 'week', 'month', 'quarter', 'year', null] as const) {
        const deadline = defaultDeadline(today, 1, period, '2026-11-01');
        expect(deadline > today && deadline > '2026-11-01').toBe(true);
      }
    }
  });
});

describe('the deadline proposed is one of the presets, named (fixes57: a yearly KPI read "Another date…")', () => {
  const proposedPreset = (today: string, fiscalStart: number, period: 'day' | 'week' | 'month' | 'quarter' | 'year' | null, latest: string | null) => {
    const { options, proposal } = deadlineOptions(today, fiscalStart, period, latest);
    return options.find((o) => o.date === proposal)?.preset;
  };

  it('names a yearly KPI’s proposal "end of next fiscal year", calendar or from April', () => {
    expect(proposedPreset('2026-12-03', 1, 'year', '2025-01-01')).toBe('nextYear');
    expect(deadlineOptions('2026-12-03', 1, 'year', '2025-01-01').options.map((o) => o.date)).toContain('2027-12-31');
    expect(proposedPreset('2026-12-03', 4, 'year', '2026-03-31')).toBe('nextYear');
    expect(deadlineOptions('2026-12-03', 4, 'year', '2026-03-31').options.find((o) => o.preset === 'nextYear')?.date).toBe('2028-03-31');
  });

  it('names a daily KPI’s proposal "end of next week" (it sat beside "tomorrow" with no preset of its own)', () => {
    expect(proposedPreset('2026-12-03', 1, 'day', '2026-12-02')).toBe('nextWeek');
    expect(deadlineOptions('2026-12-03', 1, 'day', '2026-12-02').options.find((o) => o.preset === 'nextWeek')?.date).toBe('2026-12-13');
  });

  it('keeps the presets that already hold it, and says "the period after the latest data" for a row dated ahead', () => {
    expect(proposedPreset('2026-12-03', 1, 'month', '2026-11-01')).toBe('nextPeriod');
    expect(proposedPreset('2026-12-03', 2, 'quarter', '2026-08-01')).toBe('nextQuarter');
    expect(proposedPreset('2026-12-03', 1, 'week', '2026-11-30')).toBe('nextPeriod');
    expect(proposedPreset('2026-12-03', 1, 'month', '2027-05-15')).toBe('proposed');
  });

  it('holds every proposal, whatever the KPI, the day and the fiscal year', () => {
    for (const today of ['2026-12-03', '2026-12-31', '2027-02-28', '2028-02-29', '2026-06-30', '2026-03-31']) {
      for (const fiscalStart of [1, 2, 4, 7, 10, 12]) {
        for (const period of ['day', 'week', 'month', 'quarter', 'year', null] as const) {
          for (const latest of [null, '2026-11-01', '2027-01-15']) {
            // One computation: the wizard proposes the date the presets are built around (`defaultDeadline`).
            const { options, proposal } = deadlineOptions(today, fiscalStart, period, latest);
            expect(proposal).toBe(defaultDeadline(today, fiscalStart, period, latest));
            expect(options.map((o) => o.date)).toContain(proposal);
            expect(new Set(options.map((o) => o.date)).size).toBe(options.length);
          }
        }
      }
    }
  });
});
