/**
 * mend60f, item 1: ruling W1's "shorter than one period" is calendar arithmetic (docs/ARCHITECTURE.md, "A goal's window"):
 * a Start–Deadline window is partial only when its deadline falls before one calendar period from its Start ends (the
 * day before the Start stepped one period, month ends to month ends: 15 February → 14 March, 31 January → 28 February).
 * surf60 counted PERIOD_DAYS (30.4375 days a month, 91.3125 a quarter), so 15 February – 14 March, a calendar month,
 * read "insufficient data", and "by 29 December" from 30 November did while "by 30 December" did not. Through the BUILT
 * bundle: GOALVERDICT and ACHIEVABILITY, and Check goals on a written row, today 2026-11-26.
 */
import { addSheet, harness } from './harness';

const TODAY = new Date(Date.UTC(2026, 10, 26));
const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const MONTHS = [['Month', 'Deals'], ...Array.from({ length: 24 }, (_, i) => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, 95 + ((i * 5) % 11)])];
const QUARTERS = [['Quarter', 'Deals'], ...Array.from({ length: 16 }, (_, i) => [`${2023 + Math.floor(i / 4)}-${String((i % 4) * 3 + 1).padStart(2, '0')}-01`, 280 + ((i * 7) % 23)])];
const TABS = { Months: MONTHS, Quarters: QUARTERS } as const;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Every 15th–14th month of 2027 (28-, 29-, 30- and 31-day months among them), one calendar month each. */
const FIFTEENTHS = Array.from({ length: 12 }, (_, m) => [`2027-${pad(m + 1)}-15`, m === 11 ? '2028-01-14' : `2027-${pad(m + 2)}-14`] as const);
/** [tab, start, deadline]: one calendar period or more from the Start, so judged from it. */
const WHOLE: ReadonlyArray<readonly [keyof typeof TABS, string, string]> = [
  ...FIFTEENTHS.map(([start, deadline]) => ['Months', start, deadline] as const),
  ['Months', '2028-02-15', '2028-03-14'], // a 29-day month across two
  ['Months', '2027-02-01', '2027-03-02'], // all of February and two days
  ['Months', '2027-01-31', '2027-02-28'], // month-end clamping: 31 January + 1 month − 1 day is 28 February
  ['Months', '2026-11-30', '2026-12-29'], // the cliff: "by 29 December" from 30 November …
  ['Months', '2026-11-30', '2026-12-30'], // … reads as "by 30 December"
  ['Quarters', '2027-01-15', '2027-04-14'],
  ['Quarters', '2027-01-01', '2027-04-01'], // Q1 2027, 90 days, and a day
];
/** One day short of a calendar period, across two: still W1's. */
const SHORT: ReadonlyArray<readonly [keyof typeof TABS, string, string]> = [
  ['Months', '2027-02-15', '2027-03-13'],
  ['Months', '2027-01-31', '2027-02-27'],
  ['Months', '2026-11-30', '2026-12-28'],
  ['Quarters', '2027-01-15', '2027-04-13'],
];

describe('mend60f: W1 counts calendar periods from the Start', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const formula = (name: string, tab: keyof typeof TABS, start: string, deadline: string): unknown => h.run(name, TABS[tab], 60, utc(deadline), TODAY, 'increase', 'total', utc(start));

  it.each(WHOLE)('%s %s – %s: one calendar period or more, judged (a chance, a verdict)', (tab, start, deadline) => {
    expect(formula('GOALVERDICT', tab, start, deadline)).not.toBe('insufficient data');
    expect(typeof formula('ACHIEVABILITY', tab, start, deadline)).toBe('number');
  });

  it.each(SHORT)('%s %s – %s: a day short across two periods, insufficient data', (tab, start, deadline) => {
    expect(formula('GOALVERDICT', tab, start, deadline)).toBe('insufficient data');
  });

  it('Check goals judges 15 February – 14 March on a written row as ACHIEVABILITY does', () => {
    const us = (iso: string): string => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8))}/${iso.slice(0, 4)}`;
    addSheet(h.emulator, 'Months', MONTHS);
    const goals = addSheet(h.emulator, 'Goals', [['ID', 'Goal', 'KPI', 'Target', 'Start', 'Deadline'], ['Feb', 'Win 60 new deals', 'Months', 60, us('2027-02-15'), us('2027-03-14')]]);
    h.run('checkGoals');
    const shown = goals.getDataRange().getDisplayValues();
    const chance = goals.getDataRange().getValues()[1][shown[0].findIndex((cell) => /^Probabilit/.test(cell))];
    expect(typeof chance).toBe('number');
    expect(formula('ACHIEVABILITY', 'Months', '2027-02-15', '2027-03-14')).toBeCloseTo(chance as number, 3);
  });
});
