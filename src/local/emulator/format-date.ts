/** Utilities.formatDate: Java SimpleDateFormat patterns in an IANA time zone. */
import { utcTime } from '../../core/dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Accepts IANA names and "GMT+2"/"UTC" forms, like Apps Script. */
function normalizeZone(timeZone: string): string {
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(timeZone.trim());
  if (m) {
    // Etc/GMT signs are inverted; minutes other than :00 are not representable there.
    return `Etc/GMT${m[1] === '+' ? '-' : '+'}${Number(m[2])}`;
  }
  return timeZone.trim() || 'UTC';
}

function partsIn(date: Date, timeZone: string): Parts {
  const zone = normalizeZone(timeZone);
  let formatted: Intl.DateTimeFormatPart[];
  try {
    formatted = formatterFor(zone).formatToParts(date);
  } catch {
    throw new Error(`Invalid argument: timeZone (${timeZone})`);
  }
  const get = (type: string): number => Number(formatted.find((p) => p.type === type)?.value ?? 0);
  const parts = { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
  // utcTime: Date.UTC would read a wall clock in years 0–99 as 1900–1999.
  const asUtc = utcTime(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offsetMinutes = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  return { ...parts, weekday: new Date(utcTime(parts.year, parts.month - 1, parts.day)).getUTCDay(), offsetMinutes };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/** Minutes east of UTC that `timeZone` is at `date`. */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  return partsIn(date, timeZone).offsetMinutes;
}

/**
 * The wall clock an instant shows in `timeZone`, as a Date whose UTC fields are that wall clock
 * (how the model stores date cells: Sheets keeps a date-time as a day count in the
 * spreadsheet's calendar).
 */
export function instantToWall(date: Date, timeZone: string): Date {
  const time = date.getTime();
  const p = partsIn(date, timeZone);
  const ms = ((time % 1000) + 1000) % 1000;
  return new Date(utcTime(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms));
}

/**
 * The instant a wall clock (UTC fields) stands for in `timeZone`: what Apps Script hands a script
 * for a date cell (midnight of the cell's day in the spreadsheet's zone for a date). A wall clock
 * skipped by a DST jump maps to the instant after the jump.
 */
export function wallToInstant(wall: Date, timeZone: string): Date {
  const w = wall.getTime();
  if (!Number.isFinite(w)) return new Date(NaN);
  const first = w - partsIn(new Date(w), timeZone).offsetMinutes * 60_000;
  const second = w - partsIn(new Date(first), timeZone).offsetMinutes * 60_000;
  const showsWall = (t: number): boolean => instantToWall(new Date(t), timeZone).getTime() === w;
  if (showsWall(second)) return new Date(second);
  if (showsWall(first)) return new Date(first);
  // A wall clock skipped by a DST jump (Asia/Beirut's 29 March 2026 00:00, Santiago's September midnights): neither
  // candidate shows it. Take the later one, the instant after the jump, whichever way the offsets were tried.
  return new Date(Math.max(first, second));
}

/** Formats `date` in `timeZone` with a Java SimpleDateFormat pattern, as Utilities.formatDate does. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
    throw new Error("The parameters don't match the method signature for Utilities.formatDate.");
  }
  const p = partsIn(date, timeZone);
  const ms = ((date.getTime() % 1000) + 1000) % 1000;
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? pattern.length : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let j = i;
    while (j < pattern.length && pattern[j] === ch) j++;
    const n = j - i;
    switch (ch) {
      case 'y':
      case 'Y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'h':
        out += pad(((p.hour + 11) % 12) + 1, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(ms, 3).slice(0, Math.max(n, 3));
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
        break;
      case 'u':
        out += String(p.weekday === 0 ? 7 : p.weekday);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += offsetText(p.offsetMinutes, false);
        break;
      case 'X':
        out += p.offsetMinutes === 0 ? 'Z' : offsetText(p.offsetMinutes, n >= 3);
        break;
      case 'z':
        out += p.offsetMinutes === 0 ? 'GMT' : `GMT${offsetText(p.offsetMinutes, true)}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
    i = j;
  }
  return out;
}
