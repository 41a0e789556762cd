/**
 * hdr51 through the BUILT bundle, EN and FR: Check goals on a monthly revenue tab after the lead's ruling H4 (revenue one row a
 * period is the period's total). A growth goal is judged against the revenue summed over the same length of time just before
 * (it was the latest month's level, with no note); a monthly goal ("monthly revenue", a month's figure) is still judged month
 * by month, and a running total stays a level (near misses). The `changed` cases fail on main's bundle before hdr51
 * (7b03cb88); the near misses pass on both.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, harness } from './harness';

/** Monthly revenue, January 2025 – October 2026, about 50,000 to 68,000. */
const REVENUE = Array.from({ length: 22 }, (_, i) => 50_000 + i * 800 + (i % 3) * 300);
const months = (header: string, values: readonly number[]): unknown[][] => [
  ['Date', header],
  ...values.map((v, i) => [`${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, v]),
];
/** The same months cumulated since January: a running total. */
const RUNNING = REVENUE.map((_, i) => REVENUE.slice(i - (i % 12), i + 1).reduce((a, b) => a + b, 0));

const LOCALES = {
  en_US: {
    lang: 'en',
    goals: 'Goals',
    head: ['Goal ID', 'Goal', 'KPI'],
    probability: 'Probability',
    notes: 'SMART notes',
    tab: 'Revenue',
    ytd: 'Revenue YTD',
    growth: 'Grow revenue by 10% by June 30, 2027',
    summed: /Compared with \$514,400 from March 1, 2026 to October 31, 2026/,
    monthly: 'Increase monthly revenue from $67,000 to $75,000 by June 30, 2027',
  },
  fr_FR: {
    lang: 'fr',
    goals: 'Objectifs',
    head: ['ID', 'Objectif', 'Indicateur'],
    probability: 'Probabilité',
    notes: 'Remarques SMART',
    tab: 'CA',
    ytd: 'CA cumulé',
    growth: 'Augmenter le chiffre d’affaires de 10 % d’ici le 30 juin 2027',
    summed: /Comparé à 514\s400\s€ du 1er mars 2026 au 31 octobre 2026/,
    monthly: 'Augmenter le chiffre d’affaires mensuel de 67 000 € à 75 000 € d’ici le 30 juin 2027',
  },
} as const;

describe.each(['en_US', 'fr_FR'] as const)('Check goals on monthly revenue (%s, hdr51)', (locale) => {
  const c = LOCALES[locale];
  function checked(header: string, values: readonly number[], sentence: string): { probability: number; notes: string } {
    const h = harness({ spreadsheetLocale: locale, userLocale: c.lang });
    addSheet(h.emulator, c.tab, months(header, values));
    const sheet = addSheet(h.emulator, c.goals, [[...c.head], ['G1', sentence, '']]);
    h.run('checkGoals');
    const [head, row] = sheet.getDataRange().getValues() as unknown[][];
    const at = (name: string): unknown => row[(head as string[]).indexOf(name)];
    return { probability: at(c.probability) as number, notes: String(at(c.notes)) };
  }
  function read(header: string, values: readonly number[]) {
    const h = harness({ spreadsheetLocale: locale });
    addSheet(h.emulator, c.tab, months(header, values));
    return h.run<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === c.tab);
  }

  it('changed: the wizard reads the column as each month’s total', () => {
    expect(read(c.tab, REVENUE)).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'total' }));
  });

  it('changed: a growth goal is judged against the revenue summed over the months just before', () => {
    expect(checked(c.tab, REVENUE, c.growth).notes).toMatch(c.summed);
  });

  it('near miss: a monthly goal is still judged on each month (realistic, about 35 %)', () => {
    const row = checked(c.tab, REVENUE, c.monthly);
    expect(row.probability).toBeGreaterThan(0.2);
    expect(row.probability).toBeLessThan(0.5);
  });

  it('near miss: a running total stays a level', () => {
    expect(read(c.ytd, RUNNING)).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'level' }));
  });
});
