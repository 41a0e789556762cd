/**
 * fixes59: ONE fiscal-year rule. `fiscalBlock` (core/dates.ts) is the source; the alignment's quarter helpers
 * (core/alignment/quarters.ts) are read from it. Every start month, every day of 2023–2028 (two leap days, every
 * 28th–31st) against an independent month count, and the helpers against `fiscalBlock`.
 */
import { addDays, fiscalBlock } from '../../../src/core/dates';
import { fiscalQuarter, fiscalQuarters, fiscalYearEnd, fiscalYearStart, isFiscalQuarterEnd } from '../../../src/core/alignment/quarters';

/** The reference: months counted with Date, the last day as the next month's day 0. */
function reference(iso: string, months: number, startMonth: number): { start: string; end: string; n: number } {
  const [y, m] = iso.split('-').map(Number);
  const into = (m - startMonth + 12) % 12;
  const firstMonth = m - 1 - (into % months);
  const start = new Date(Date.UTC(y, firstMonth, 1));
  const end = new Date(Date.UTC(y, firstMonth + months, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10), n: Math.floor(into / months) + 1 };
}

describe('one fiscal-year rule (fixes59)', () => {
  it('fiscalBlock and the alignment quarter helpers agree on every day of 2023–2028 for every start month', () => {
    let mismatches = 0;
    let days = 0;
    for (let startMonth = 1; startMonth <= 12; startMonth++) {
      for (let day = '2023-01-01'; day <= '2028-12-31'; day = addDays(day, 1)) {
        days++;
        const quarter = fiscalBlock(day, 3, startMonth);
        const year = fiscalBlock(day, 12, startMonth);
        const expectedQuarter = reference(day, 3, startMonth);
        const expectedYear = reference(day, 12, startMonth);
        const all = fiscalQuarters(day, startMonth);
        const ok =
          quarter.start === expectedQuarter.start &&
          quarter.end === expectedQuarter.end &&
          quarter.n === expectedQuarter.n &&
          year.start === expectedYear.start &&
          year.end === expectedYear.end &&
          fiscalQuarter(day, startMonth) === quarter.n - 1 &&
          fiscalYearStart(day, startMonth) === year.start &&
          fiscalYearEnd(day, startMonth) === year.end &&
          isFiscalQuarterEnd(day, startMonth) === (day === quarter.end) &&
          all.length === 4 &&
          all[0].start === year.start &&
          all[3].end === year.end &&
          all[quarter.n - 1].start === quarter.start &&
          all[quarter.n - 1].end === quarter.end;
        if (!ok) mismatches++;
      }
    }
    expect(days).toBe(12 * 2192);
    expect(mismatches).toBe(0);
  });

  it('names the February-start quarters as the wizard and the report do: August–October 2026 is Q3 of the year ending January 2027', () => {
    expect(fiscalBlock('2026-08-15', 3, 2)).toEqual({ start: '2026-08-01', end: '2026-10-31', n: 3 });
    expect(fiscalQuarter('2026-08-15', 2)).toBe(2);
    expect(fiscalYearEnd('2026-08-15', 2)).toBe('2027-01-31');
    expect(isFiscalQuarterEnd('2027-04-30', 2)).toBe(true);
    expect(isFiscalQuarterEnd('2028-02-29', 3)).toBe(true);
    expect(isFiscalQuarterEnd('2027-02-28', 3)).toBe(true);
  });
});
