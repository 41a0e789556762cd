/**
 * isoFromParts writes a real day of a four-digit year without a Date, and isoParts / isoToDayNumber read `YYYY-MM-DD`
 * from character codes instead of a regex (statement speed): both must answer exactly as the Date round trip and the
 * regex they replace, on every shape of input — rollovers, years 0–99 and past 9999 (no date: `PastLastDay`), fractions, malformed text.
 */
import { isoFromParts, isoParts, isoToDayNumber, isValidIsoDate, PastLastDay, utcTime } from '../../src/core/dates';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function viaDate(year: number, month: number, day: number): string {
  return new Date(utcTime(year, month - 1, day)).toISOString().slice(0, 10);
}

describe('isoFromParts fast path', () => {
  it('writes the same date as the Date round trip for every year, month and day shape', () => {
    const years = [0, 1, 50, 99, 100, 999, 1000, 1582, 1900, 1999, 2000, 2024, 2026, 2100, 9999, 10000, -1, 2026.5];
    let compared = 0;
    for (const year of years) {
      for (let month = -13; month <= 26; month++) {
        for (let day = -40; day <= 70; day++) {
          const time = utcTime(year, month - 1, day);
          // Past 31 December 9999 (the last day Sheets holds) there is no date to write: PastLastDay (fixes44).
          if (time >= utcTime(10000, 0, 1)) expect(() => isoFromParts(year, month, day)).toThrow(PastLastDay);
          else expect(isoFromParts(year, month, day)).toBe(viaDate(year, month, day));
          compared++;
        }
      }
      if (year >= 10000) continue;
      expect(isoFromParts(year, 2.5, 3)).toBe(viaDate(year, 2.5, 3));
      expect(isoFromParts(year, 2, 3.25)).toBe(viaDate(year, 2, 3.25));
    }
    expect(compared).toBe(years.length * 40 * 111);
  });
});

describe('isoParts and isoToDayNumber read what the ISO regex reads', () => {
  const texts = ['2026-01-01', '2024-02-29', '2026-02-29', '0000-00-00', '9999-12-31', '2026-13-01', '2026-1-01', '2026-01-011', ' 2026-01-01', '2026-01-01\n', '2026/01/01', 'abcd-ef-gh', '２０２６-01-01', '2026-0a-01', ''];
  for (let year = 0; year <= 9999; year += 1237) for (let month = 0; month <= 13; month++) for (let day = 0; day <= 32; day += 4) texts.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

  it.each(texts)('%j', (text) => {
    const m = ISO_RE.exec(text);
    if (m) expect(isoParts(text)).toEqual({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    else expect(() => isoParts(text)).toThrow(`Invalid ISO date: ${text}`);
    const dayNumber = isoToDayNumber(text);
    const valid = m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && viaDate(Number(m[1]), Number(m[2]), Number(m[3])) === text;
    expect(Number.isNaN(dayNumber)).toBe(!valid);
    expect(isValidIsoDate(text)).toBe(valid);
    if (valid) expect(dayNumber).toBe(utcTime(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
  });
});
