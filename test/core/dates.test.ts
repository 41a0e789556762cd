import { runInNewContext } from 'node:vm';
import { dateToIso, dayNumberToIso, isDateObject, periodOrNull, periodOver, PERIODS, serialToIso, UTC_ZONE } from '../../src/core/dates';

describe('serialToIso', () => {
  it('reads Sheets serial day numbers', () => {
    expect(serialToIso(46203)).toBe('2026-06-30');
    expect(serialToIso(46203.75)).toBe('2026-06-30');
    expect(serialToIso(2958465)).toBe('9999-12-31');
  });

  it('gives no date for a number that is not one (e.g. 20260630 typed in a date cell), instead of throwing or a malformed string', () => {
    expect(serialToIso(20260630)).toBeNull();
    expect(serialToIso(1e308)).toBeNull();
    expect(serialToIso(-1e7)).toBeNull();
    expect(serialToIso(Number.NaN)).toBeNull();
  });
});

describe('dateToIso', () => {
  it('reads a Date made in another realm (the bundle runs in node:vm in tests)', () => {
    const foreign = runInNewContext('new Date(2026, 5, 30)') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(isDateObject(foreign)).toBe(true);
    expect(dateToIso(foreign)).toBe('2026-06-30');
    expect(dateToIso(new Date(Number.NaN))).toBeNull();
  });
});

describe('dayNumberToIso by arithmetic', () => {
  const viaDate = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
  it('gives the same day as Date for every day of 1900–2200 and every 97th day up to 9999-12-31', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 0, 1) / 86_400_000;
    for (let day = first; day <= last; day++) expect(dayNumberToIso(day)).toBe(viaDate(day));
    for (let day = 0; day <= 2_932_896; day += 97) expect(dayNumberToIso(day)).toBe(viaDate(day));
    expect(dayNumberToIso(2_932_896)).toBe('9999-12-31');
    expect(dayNumberToIso(0)).toBe('1970-01-01');
    expect(dayNumberToIso(-1)).toBe('1969-12-31');
  });

  it('leaves dates past 9999 to the validity check', () => {
    expect(dateToIso(new Date(Date.UTC(9999, 11, 31, 12)), UTC_ZONE)).toBe('9999-12-31');
    expect(dateToIso(new Date(Date.UTC(10000, 0, 1)), UTC_ZONE)).toBeNull();
    expect(dateToIso(new Date(Date.UTC(1969, 11, 31, 23)), UTC_ZONE)).toBe('1969-12-31');
  });
});

describe('periodOrNull (fixes52: one list of periods, core PERIODS, for the sidebar’s requests too)', () => {
  it('takes each period and nothing else, an object’s own keys included', () => {
    for (const period of PERIODS) expect(periodOrNull(period)).toBe(period);
    for (const other of ['Month', 'months', '', 'toString', 'constructor', '__proto__', 7, null, undefined, ['month']]) expect(periodOrNull(other)).toBeNull();
  });
});

describe('periodOver (fixes63)', () => {
  it('a period is over only once its last day is past: a week on its Sunday, a month on its last day still run', () => {
    expect(periodOver('2026-11-22', '2026-11-22')).toBe(false);
    expect(periodOver('2026-11-22', '2026-11-23')).toBe(true);
    expect(periodOver('2026-12-31', '2026-12-31')).toBe(false);
    expect(periodOver('2026-12-31', '2027-01-01')).toBe(true);
    expect(periodOver('2026-11-29', '2026-11-22')).toBe(false);
  });
});
