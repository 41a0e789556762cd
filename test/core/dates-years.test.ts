/**
 * Years 0000–0099 written with four digits are those years: `Date.UTC` and `new Date(y, m, d)` read a year 0–99 as
 * 1900–1999 (ECMA-262 MakeFullYear), which made "0050-03-01" day 1950-03-01. Core's calendar arithmetic (`utcTime`,
 * day numbers), the series and cell text parsers and the zone offsets read them as written; a two-digit year typed in
 * a cell follows the 1930–2029 window (twoDigitYear).
 */
import { addDays, addMonths, dateToIso, dayNumberToIso, endOfMonth, isoFromParts, isoToDayNumber, isoWeekday, isValidIsoDate, serialToIso, startOfPeriod, twoDigitYear, utcTime, UTC_ZONE, zonedMidnight } from '../../src/core/dates';
import { formatDate } from '../../src/core/format';
import { parseDateCell } from '../../src/core/series/clean';
import { analyzeStatement } from '../../src/core/statement';
import { cellDate } from '../../src/core/workbook/cells';
import { zoneNamed } from '../../src/gas/functions/zone';
import { instantToWall, zoneOffsetMinutes } from '../../src/local/emulator/format-date';

/** The UTC instant of a calendar date built the safe way (setUTCFullYear takes the year as written). */
function reference(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

describe('years 0001–0099 written with four digits', () => {
  it('utcTime is Date.UTC without the 1900 mapping, overflow included', () => {
    expect(utcTime(50, 2, 1)).toBe(reference(50, 3, 1));
    expect(utcTime(99, 11, 31)).toBe(reference(99, 12, 31));
    expect(new Date(utcTime(99, 11, 32)).toISOString().slice(0, 10)).toBe('0100-01-01');
    expect(new Date(utcTime(50, 0, 1, 25, 30)).toISOString()).toBe('0050-01-02T01:30:00.000Z');
    expect(utcTime(2026, 5, 30, 12)).toBe(Date.UTC(2026, 5, 30, 12));
    expect(utcTime(1950, 2, 1)).toBe(Date.UTC(1950, 2, 1));
    expect(Number.isNaN(utcTime(Number.NaN, 0, 1))).toBe(true);
  });

  it.each(['0050-03-01', '0099-12-31', '0001-01-01', '0004-02-29', '0050-01-31', '0000-02-29'])('%s keeps its year through day numbers', (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    expect(isoToDayNumber(iso) * 86_400_000).toBe(reference(y, m, d));
    expect(dayNumberToIso(isoToDayNumber(iso))).toBe(iso);
    expect(isValidIsoDate(iso)).toBe(true);
    expect(isoWeekday(iso)).toBe(new Date(reference(y, m, d)).getUTCDay() || 7);
  });

  it('day numbers agree with Date.UTC from 1000 to 9999', () => {
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    for (let i = 0; i < 5000; i++) {
      const y = 1000 + next(9000);
      const m = 1 + next(12);
      const d = 1 + next(28);
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(isoToDayNumber(iso)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
    }
    expect(Number.isNaN(isoToDayNumber('2026-02-29'))).toBe(true);
    expect(Number.isNaN(isoToDayNumber('0099-02-29'))).toBe(true);
  });

  it('calendar arithmetic stays in the first century', () => {
    expect(isoFromParts(50, 3, 1)).toBe('0050-03-01');
    expect(isoFromParts(99, 12, 32)).toBe('0100-01-01');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(addMonths('0050-01-31', 1)).toBe('0050-02-28');
    expect(addMonths('0099-11-30', 3)).toBe('0100-02-28');
    expect(endOfMonth('0004-02-10')).toBe('0004-02-29');
    expect(startOfPeriod('0050-03-04', 'week')).toBe(dayNumberToIso(isoToDayNumber('0050-03-04') - ((isoWeekday('0050-03-04') + 6) % 7)));
  });

  it('a Date in year 50 or 99 reads as that day, and back, in UTC and in a zone', () => {
    expect(dateToIso(new Date(utcTime(50, 2, 1)), UTC_ZONE)).toBe('0050-03-01');
    expect(zonedMidnight('0099-12-31', UTC_ZONE)).toBe(reference(99, 12, 31));
    for (const zone of ['Europe/Paris', 'America/Los_Angeles', 'Asia/Tokyo']) {
      const offset = zoneNamed(zone);
      for (const iso of ['0050-03-01', '0099-12-31']) {
        const midnight = zonedMidnight(iso, offset);
        expect([zone, iso, dateToIso(new Date(midnight), offset)]).toEqual([zone, iso, iso]);
        // The offset is the zone's (local mean time then), minutes, not 1,900 years.
        expect(Math.abs(offset(midnight))).toBeLessThan(16 * 60);
        expect(offset(midnight)).toBe(zoneOffsetMinutes(new Date(midnight), zone));
      }
    }
  });

  it('the emulator’s wall clocks keep the year too', () => {
    const instant = new Date(utcTime(50, 2, 1, 12));
    expect(instantToWall(instant, 'UTC').toISOString()).toBe('0050-03-01T12:00:00.000Z');
    expect(zoneOffsetMinutes(instant, 'UTC')).toBe(0);
  });

  it('text dates with a four-digit year before 100 are read as written', () => {
    expect(parseDateCell('0050-03-01', 'en', UTC_ZONE)).toBe('0050-03-01');
    expect(parseDateCell('01/03/0050', 'fr', UTC_ZONE)).toBe('0050-03-01');
    expect(parseDateCell('0099-W01', 'en', UTC_ZONE)).toBe(dayNumberToIso(isoToDayNumber('0099-01-04') - ((isoWeekday('0099-01-04') + 6) % 7)));
    expect(parseDateCell(new Date(utcTime(99, 11, 31)), 'en', UTC_ZONE)).toBe('0099-12-31');
    expect(cellDate('0050-03-01', 'en')).toBe('0050-03-01');
    expect(cellDate('03/01/0099', 'en')).toBe('0099-03-01');
  });

  it('a two-digit year typed in a cell follows the 1930–2029 window, as Sheets reads a typed date', () => {
    expect(twoDigitYear(29)).toBe(2029);
    expect(twoDigitYear(30)).toBe(1930);
    expect(twoDigitYear(50)).toBe(1950);
    expect(twoDigitYear(99)).toBe(1999);
    expect(twoDigitYear(0)).toBe(2000);
    expect(cellDate('30/06/27', 'fr')).toBe('2027-06-30');
    expect(cellDate('30/06/50', 'fr')).toBe('1950-06-30');
    expect(cellDate('6/30/99', 'en')).toBe('1999-06-30');
    expect(parseDateCell('30/06/50', 'fr', UTC_ZONE)).toBe('1950-06-30');
    expect(parseDateCell('30/06/27', 'fr', UTC_ZONE)).toBe('2027-06-30');
  });

  it('serial numbers keep Sheets’ epoch (serial 0 is 1899-12-30)', () => {
    expect(serialToIso(0)).toBe('1899-12-30');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(-657434)).toBe('0100-01-01');
  });
});

describe('years in sentences and in what we write', () => {
  it('formatDate writes a year with four digits (0099 is not 99, nor 1999)', () => {
    expect(formatDate('0099-12-31', 'en')).toBe('31 December 0099');
    expect(formatDate('0099-12-31', 'fr')).toBe('31 décembre 0099');
    expect(formatDate('0005-03-01', 'fr')).toBe('1er mars 0005');
    expect(formatDate('2027-06-30', 'en')).toBe('30 June 2027');
  });

  it('a numeric date in a sentence reads a two-digit year forward (20xx), a cell keeps the cell reader’s window', () => {
    const deadline = (text: string, lang: 'en' | 'fr') => analyzeStatement(text, { asOf: '2026-11-26', lang }).deadline;
    // "Get 30 leads by 12/31/30" was read 1930-12-31 ("deadline passed"): a goal names a date to come.
    expect(deadline('Reach 100 deals by 12/31/30', 'en')).toBe('2030-12-31');
    expect(deadline('Reach 100 deals by 12/31/29', 'en')).toBe('2029-12-31');
    expect(deadline('Atteindre 100 ventes d’ici le 31/12/30', 'fr')).toBe('2030-12-31');
    expect(deadline('Atteindre 100 ventes d’ici le 31.12.29', 'fr')).toBe('2029-12-31');
    expect(deadline('Atteindre 100 ventes d’ici le 31.12.75', 'fr')).toBe('2075-12-31');
    expect(analyzeStatement('Reach 100 deals by 12/31/30', { asOf: '2126-01-10', lang: 'en' }).deadline).toBe('2130-12-31');
    // The same text in a cell is what Sheets stored: the cell reader's window.
    expect(cellDate('12/31/30', 'en')).toBe(`${twoDigitYear(30)}-12-31`);
    expect(parseDateCell('31.12.75', 'fr')).toBe('1975-12-31');
    // A fiscal or quarter label is no typed date: FY30 is 2030.
    expect(deadline('Reach 100 deals by FY30', 'en')).toBe('2030-12-31');
  });
});
