/**
 * mend61f (review of surf61): with no aggregation argument, ACHIEVABILITY, GOALVERDICT and REALISTICTARGET run Check
 * goals' column reader (core `rangeAggregation`) and judge a total where it reads one. Kept a level, as before surf61,
 * where a total cannot be what the goal means: a target at or below about one period's value (a decrease to it, a level
 * kept, a per-period target: a running total reaches it at once or never falls to it), a stated "maintain", and
 * REALISTICTARGET with no stated rise (its target is a stand-in). Real Date cells (the emulator's getValues(), a host
 * realm's Date in node:vm) are read as dates by the reader. Through the BUILT bundle, EN and FR; today 2026-11-26,
 * deadline 2027-06-30, monthly tabs unless said.
 */
import { addDays } from '../../../src/core/dates';
import { addSheet, harness } from './harness';

const TODAY = new Date(Date.UTC(2026, 10, 26));
const DEADLINE = new Date(Date.UTC(2027, 5, 30));
const month = (i: number): string => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
/** January 2024 – October 2026, 34 months around `around` (±2). */
const monthly = (header: string, around: number): unknown[][] => [['Month', header], ...Array.from({ length: 34 }, (_, i) => [month(i), around - 2 + ((i * 7) % 5)])];
/** 52 weeks up to the week before today, around `around` (±4). */
const weekly = (header: string, around: number): unknown[][] => [['Week', header], ...Array.from({ length: 52 }, (_, i) => [addDays('2026-11-16', -7 * (51 - i)), around - 4 + ((i * 3) % 9)])];
/** surf61's monthly deals (95–107 a month): a total in Check goals, "Close 800 deals by June 30, 2027". */
const DEALS = [['Month', 'Deals'], ...Array.from({ length: 34 }, (_, i) => [month(i), 95 + ((i * 7) % 13)])];

const CASES = [
  { locale: 'en_US', lang: 'en', counts: ['Returns', 'Complaints', 'Incidents', 'Cancellations'], tickets: 'Support tickets', deals: 'Deals', customers: 'New customers', maintain: 'maintain' },
  { locale: 'fr_FR', lang: 'fr', counts: ['Retours', 'Réclamations', 'Incidents', 'Annulations'], tickets: 'Tickets de support', deals: 'Affaires', customers: 'Nouveaux clients', maintain: 'maintien' },
] as const;

describe.each(CASES)('mend61f: where the formulas’ default stays a level ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  const chance = (history: unknown[][], target: number, direction = '', aggregation = ''): unknown => h.run('ACHIEVABILITY', history, target, DEADLINE, TODAY, direction, aggregation);
  const verdict = (history: unknown[][], target: number, direction = '', aggregation = ''): unknown => h.run('GOALVERDICT', history, target, DEADLINE, TODAY, direction, aggregation);
  const suggested = (history: unknown[][], direction = '', aggregation = ''): unknown => h.run('REALISTICTARGET', history, DEADLINE, TODAY, direction, aggregation);

  it.each(c.counts)('a target below a count’s level with no direction is a decrease: a level (%s ~30 a month, target 20)', (header) => {
    const rows = monthly(header, 30);
    expect(chance(rows, 20)).toBe(chance(rows, 20, '', 'level'));
    expect(verdict(rows, 20)).toBe(verdict(rows, 20, '', 'level'));
    expect(suggested(rows)).toBe(suggested(rows, '', 'level'));
    expect(chance(rows, 20) as number).toBeLessThan(0.2);
  });

  it('weekly support tickets (~80 a week), target 60: a level, and REALISTICTARGET a week’s level', () => {
    const rows = weekly(c.tickets, 80);
    expect(chance(rows, 60)).toBe(chance(rows, 60, '', 'level'));
    expect(suggested(rows)).toBe(suggested(rows, '', 'level'));
    expect(suggested(rows) as number).toBeLessThan(200);
  });

  it('a stated "maintain" is a level (deals ~95 a month, target 95)', () => {
    const rows = monthly(c.deals, 95);
    expect(chance(rows, 95, c.maintain)).toBe(chance(rows, 95, c.maintain, 'level'));
    expect(verdict(rows, 95, c.maintain)).toBe(verdict(rows, 95, c.maintain, 'level'));
    expect(suggested(rows, c.maintain)).toBe(suggested(rows, c.maintain, 'level'));
  });

  it('a target at one period’s value with no direction is a level (new customers ~40 a month, target 40)', () => {
    const rows = monthly(c.customers, 40);
    expect(chance(rows, 40)).toBe(chance(rows, 40, '', 'level'));
    expect(chance(rows, 40) as number).toBeLessThan(0.95);
  });

  it('a per-period target a little above the level is no total met at once (new customers ~40 a month, target 55)', () => {
    const rows = monthly(c.customers, 40);
    expect(chance(rows, 55)).toBe(chance(rows, 55, '', 'level'));
    expect(chance(rows, 55) as number).toBeLessThan(0.2);
  });

  it('the default tells 30 from 0.3 on a weekly count (review13-bare-rate’s near miss, no argument)', () => {
    const rows = [['Week', c.deals], ...Array.from({ length: 13 }, (_, i) => [addDays('2026-11-23', -7 * (12 - i)), 20 + (i % 5) * 3])];
    expect(h.run('ACHIEVABILITY', rows, 30, '2027-03-31', TODAY)).not.toBe(h.run('ACHIEVABILITY', rows, 0.3, '2027-03-31', TODAY));
  });

  it('a total well beyond one period stays a total (surf61: 800 deals at about 100 a month)', () => {
    expect(chance(DEALS, 800)).toBe(chance(DEALS, 800, '', 'total'));
    expect(chance(DEALS, 800)).not.toBe(chance(DEALS, 800, '', 'level'));
    expect(suggested(DEALS, 'increase')).toBe(suggested(DEALS, 'increase', 'total'));
  });

  it('real Date cells (a host realm’s Date, as the emulator’s getValues() gives) are read as dates: still a total', () => {
    const dated = DEALS.map((row, i) => (i === 0 ? row : [new Date(`${row[0] as string}T00:00:00Z`), row[1]]));
    expect(chance(dated, 800)).toBe(chance(dated, 800, '', 'total'));
    const sheet = addSheet(h.emulator, `Deals ${c.lang}`, DEALS);
    const values = sheet.getDataRange().getValues();
    expect(values[1][0]).toBeInstanceOf(Date);
    expect(chance(values, 800)).toBe(chance(values, 800, '', 'total'));
    expect(chance(values, 800)).not.toBe(chance(values, 800, '', 'level'));
  });
});
