import { runInNewContext } from 'node:vm';
import { dateToIso, isDateObject, serialToIso } from '../../src/core/dates';

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
