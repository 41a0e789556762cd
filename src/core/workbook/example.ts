/**
 * The example workbook, built from the article: a weekly close rate around
 * 25 % with goals at 30 % (sensible) and 50 % (not) for next week; churn
 * from 45 % to 20 % over the next quarter; conversion +10 % per month;
 * +25 % sales by the end of Q2; 120 new accounts by year end with quarterly
 * sub-goals — one set that adds up, one that does not — and two years of
 * weekly/monthly KPI history with seasonality. Deterministic: a seeded
 * generator, and dates relative to the `today` passed in.
 */
import { addDays, addMonths, endOfWeek, fiscalBlock, isoParts, isoFromParts, isoWeekday, localeWeekStart, namedFiscalBlock, startOfPeriod } from '../dates';
import { t } from '../messages';
import type { IsoDate, Lang } from '../types';
import type { CellValue } from './types';
import { dateFormatFor, numberFormatFor } from './values';

export interface ExampleSheet {
  /** Base name; the adapter picks a free name if a tab of that name exists. */
  name: string;
  kind: 'goals' | 'kpi' | 'drivers';
  rows: CellValue[][];
  /** Number format per cell, same shape as `rows` ('' = leave as is); cells formatted as dates hold ISO dates. */
  formats: string[][];
  /** Column widths in pixels (0 = default). */
  columnWidths: number[];
  /** Columns (1-based) whose cells below the header wrap: a long statement stays whole within its column. */
  wrapColumns?: number[];
}

export interface ExampleWorkbook {
  sheets: ExampleSheet[];
}

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same workbook everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Seasonal factor by calendar month (sales peak in Q4, dip in summer and January). */
const MONTH_SEASON = [0.88, 0.94, 1.02, 0.98, 1.0, 0.97, 0.86, 0.82, 1.03, 1.08, 1.14, 1.28];

function season(date: IsoDate): number {
  return MONTH_SEASON[isoParts(date).month - 1];
}

const HISTORY_WEEKS = 104;
const HISTORY_MONTHS = 24;

/** Monday of each of the last `count` complete weeks before `today`. */
function weeks(today: IsoDate, count: number): IsoDate[] {
  const thisMonday = addDays(today, 1 - isoWeekday(today));
  return Array.from({ length: count }, (_, i) => addDays(thisMonday, -7 * (count - i)));
}

/** First day of each of the last `count` complete months before `today`. */
function months(today: IsoDate, count: number): IsoDate[] {
  const thisMonth = startOfPeriod(today, 'month');
  return Array.from({ length: count }, (_, i) => addMonths(thisMonth, -(count - i)));
}

function formatGrid(rows: readonly CellValue[][], columnFormats: readonly string[]): string[][] {
  return rows.map((row, index) => row.map((_, column) => (index === 0 ? '' : (columnFormats[column] ?? ''))));
}

function kpiSheet(name: string, header: string[], data: CellValue[][], formats: string[], dateFormat: string): ExampleSheet {
  const rows = [header, ...data];
  return { name, kind: 'kpi', rows, formats: formatGrid(rows, [dateFormat, ...formats]), columnWidths: [110, ...formats.map(() => 130)] };
}

/** How the spreadsheet writes numbers: its locale's language (separators, where the currency symbol goes) and currency. */
export interface CellConventions {
  lang: Lang;
  currency: string | null;
  /** The spreadsheet locale, whose short date the date cells take (`cellDateFormat`: 2026-12-03 in fr_CA); null: the language's order. */
  locale?: string | null;
  /** The Settings' first month of the fiscal year (1: January), whose quarters the sentences name. */
  fiscalStartMonth?: number;
}

/** A tab of driver formulas: text only (a cell starting with "=" would be a Sheets formula). */
function driversSheet(name: string, rows: CellValue[][]): ExampleSheet {
  return { name, kind: 'drivers', rows, formats: rows.map((row) => row.map(() => '@')), columnWidths: [560] };
}

/** The plan year: this year until September, next year from October (Q4 is when next year's plan is set). */
export function planYear(today: IsoDate): number {
  const { year, month } = isoParts(today);
  return month >= 10 ? year + 1 : year;
}

/** Builds the example in the user's language, relative to `today`. */
export function buildExampleWorkbook(lang: Lang, today: IsoDate, seed = 20210908, cells: CellConventions = { lang, currency: lang === 'fr' ? 'EUR' : 'USD' }): ExampleWorkbook {
  // Every amount and date carries a format in the sheet's conventions: money in its currency, dates in its order.
  const DATE_FORMAT = dateFormatFor(cells.locale, cells.lang);
  const money = numberFormatFor(null, 'currency', cells.currency, cells.lang);
  const random = seededRandom(seed);
  const w = (key: Parameters<typeof t>[1], params?: Record<string, string | number>): string => t(lang, key, params);

  // Close rate: weekly, about 25 % over the last weeks, mild seasonality, and one past month-long
  // campaign that lifted it by about 5 pts in a week: what makes 30 % next week a stretch the team has
  // demonstrably done before rather than an impossibility (the article: 30 % is sensible, 50 % is not).
  const closeWeeks = weeks(today, HISTORY_WEEKS);
  const closeRows = closeWeeks.map((date, i) => {
    const recent = i >= HISTORY_WEEKS - 3;
    const campaign = i >= HISTORY_WEEKS - 16 && i < HISTORY_WEEKS - 12 ? 0.055 : 0;
    const level = 0.235 + 0.02 * (season(date) - 1) + 0.015 * (i / HISTORY_WEEKS) + campaign;
    return [date, round(recent ? 0.25 + 0.008 * gaussian(random) : level + 0.012 * gaussian(random), 3)];
  });

  // Churn: monthly 3-month churn rate, hovering around 45 %.
  const churnMonths = months(today, HISTORY_MONTHS);
  const churnRows = churnMonths.map((date, i) => [date, round(i === HISTORY_MONTHS - 1 ? 0.45 : 0.44 + 0.015 * (season(date) - 1) * -1 + 0.01 * gaussian(random), 3)]);

  // Conversion: monthly, ~3 % slowly improving, seasonal.
  const conversionRows = churnMonths.map((date, i) => [date, round((0.028 + 0.00012 * i) * (0.94 + 0.06 * season(date)) * (1 + 0.03 * gaussian(random)), 4)]);

  // Sales: monthly revenue (growth + Q4 peak) and average deal size.
  const salesRows = churnMonths.map((date, i) => {
    const revenue = 118000 * (1 + 0.007 * i) * season(date) * (1 + 0.035 * gaussian(random));
    const deal = 4200 * (1 + 0.002 * i) * (1 + 0.05 * gaussian(random));
    return [date, Math.round(revenue / 100) * 100, Math.round(deal)];
  });

  // New accounts: weekly counts, about 2 a week, Q4-heavy.
  const accountRows = closeWeeks.map((date) => {
    const mean = 2.05 * season(date);
    let count = 0;
    // Poisson by inversion: small means, a handful of draws.
    let p = Math.exp(-mean);
    let cumulative = p;
    const u = random();
    while (u > cumulative && count < 20) {
      count++;
      p *= mean / count;
      cumulative += p;
    }
    return [date, count];
  });

  // The funnel behind revenue (docs/WORKBOOK.md, "Drivers"): weekly meetings such that a month's
  // meetings × its close rate × its deal size is its revenue (± 6 %), a sales team that grew by one
  // rep half a year ago, and the open pipeline (about four months of revenue).
  const monthOf = (date: IsoDate) => salesRows.find((row) => String(row[0]) === startOfPeriod(date, 'month'));
  const meetingRows = closeWeeks.map((date, i) => {
    const month = monthOf(date) ?? salesRows[salesRows.length - 1];
    const weeklyRevenue = (Number(month[1]) * 7) / 30.44;
    const rate = Number(closeRows[i][1]);
    return [date, Math.max(1, Math.round((weeklyRevenue / (rate * Number(month[2]))) * (1 + 0.06 * gaussian(random))))];
  });
  const teamRows = churnMonths.map((date, i) => [date, i >= HISTORY_MONTHS - 6 ? 6 : 5]);
  const pipelineRows = closeWeeks.map((date) => {
    const month = monthOf(date) ?? salesRows[salesRows.length - 1];
    return [date, Math.round((Number(month[1]) * 3.6 * (1 + 0.05 * gaussian(random))) / 100) * 100];
  });
  // Leads: the top of the funnel, weekly, about three for each meeting booked (drawn last, so the
  // other tabs keep the values they had before this tab existed).
  const leadRows = meetingRows.map(([date, meetings]) => [date, Math.max(1, Math.round((Number(meetings) / 0.32) * (1 + 0.08 * gaussian(random))))]);

  const year = planYear(today);
  // "30 % next week": the end of next week as the sheet's locale counts weeks, as the sentence is read (`localeWeekStart`).
  const nextWeekEnd = endOfWeek(addDays(today, 7), localeWeekStart(cells.locale));
  // Quarters as the sentences name them: the Settings' fiscal ones (surf64: under an April start "Q1 2027" is April – June
  // 2026, the statement reader's and the Deadline cells' one rule, `namedFiscalBlock`; the cells said January – March 2027).
  const fiscal = cells.fiscalStartMonth ?? 1;
  const nextQuarterStart = addDays(fiscalBlock(today, 3, fiscal).end, 1);
  const nextQuarterEnd = fiscalBlock(nextQuarterStart, 3, fiscal).end;
  const thisMonthStart = startOfPeriod(today, 'month');
  let q2Year = isoParts(today).year;
  // A Q2 ending today is next year's (mend66f: "due today" under an August start on 31 January).
  while (namedFiscalBlock(q2Year, fiscal, 2).end <= today) q2Year++;
  const q2End = namedFiscalBlock(q2Year, fiscal, 2).end;
  // The annual goals' year (surf66): where the fiscal quarters are calendar ones (a year from January, April, July or
  // October) the plan year, its quarters named by their fiscal year. Under the eight other first months four consecutive
  // fiscal quarters never make a calendar year: the annual goals are a fiscal year, named as the reader reads "FY2028" and
  // « l’exercice 2028 » (the calendar year it ends in), with its four quarters — the one holding today while in its first
  // month, else the next (Check goals flagged the quarters crossing a calendar year's goal, mend64f's; mend66f: kept over
  // its first quarter, two months gone flagged the annual goals Achievable where January's plan year starts ahead).
  const aligned = (fiscal - 1) % 3 === 0;
  let fy = fiscalBlock(today, 12, fiscal);
  if (isoParts(today).month !== fiscal) fy = fiscalBlock(addDays(fy.end, 1), 12, fiscal);
  const fyName = +fy.end.slice(0, 4);
  const yearStart = aligned ? isoFromParts(year, 1, 1) : fy.start;
  const yearEnd = aligned ? isoFromParts(year, 12, 31) : fy.end;
  const annual = aligned ? { year } : { year: fyName };
  const fyKey = aligned ? '' : 'Fy';
  const quarterStart = (q: number): IsoDate => addMonths(yearStart, q * 3 - 3);
  const lastClose = closeRows[closeRows.length - 1];
  const closeStart = addDays(String(lastClose[0]), 7);

  const names = {
    goals: w('example.sheet.goals'),
    close: w('example.sheet.closeRate'),
    churn: w('example.sheet.churn'),
    conversion: w('example.sheet.conversion'),
    sales: w('example.sheet.sales'),
    accounts: w('example.sheet.accounts'),
    meetings: w('example.sheet.meetings'),
    leads: w('example.sheet.leads'),
    team: w('example.sheet.team'),
    pipeline: w('example.sheet.pipeline'),
    drivers: w('example.sheet.drivers'),
  };

  type GoalLine = [string, string, string, string, number | '', number | '', IsoDate | '', IsoDate | '', string, string, string];
  const goal = (id: string, key: Parameters<typeof t>[1], params: Record<string, string | number>, kpi: string, owner: string, baseline: number | '', target: number | '', start: IsoDate | '', deadline: IsoDate | '', parent = '', direction = '', aggregation = ''): GoalLine => [
    id,
    w(key, params),
    kpi,
    owner,
    baseline,
    target,
    start,
    deadline,
    parent,
    direction,
    aggregation,
  ];
  const increase = w('example.direction.increase');
  const decrease = w('example.direction.decrease');
  const total = w('example.aggregation.total');
  // The fiscal quarter holding each calendar quarter's first day, its cells the quarter the sentence names (`namedFiscalBlock`,
  // the reader's rule; mend64f: under a February, September or November start they stayed calendar quarters): the four
  // quarters of the annual goals' year.
  const quarterGoals = (prefix: string, parent: string, owner: string, targets: number[]): GoalLine[] =>
    targets.map((target, index) => {
      const quarter = fiscalBlock(quarterStart(index + 1), 3, fiscal).n;
      const named = +fiscalBlock(quarterStart(index + 1), 12, fiscal).end.slice(0, 4);
      const { start, end } = namedFiscalBlock(named, fiscal, quarter);
      return goal(`${prefix}${index + 1}`, 'example.goal.quarter', { count: target, quarter, year: named }, names.accounts, owner, '', target, start, end, parent, increase, total);
    });

  const goalRows: GoalLine[] = [
    goal('G1', 'example.goal.close30', {}, names.close, 'Alice', 0.25, 0.3, closeStart, nextWeekEnd, '', increase),
    goal('G2', 'example.goal.close50', {}, names.close, 'Bruno', 0.25, 0.5, closeStart, nextWeekEnd, '', increase),
    goal('G3', 'example.goal.churn', {}, names.churn, 'Chloé', 0.45, 0.2, nextQuarterStart, nextQuarterEnd, '', decrease),
    goal('G4', 'example.goal.conversion', {}, names.conversion, 'David', '', '', thisMonthStart, '', '', increase),
    goal('G5', 'example.goal.sales', { year: q2Year }, names.sales, 'Emma', '', '', '', q2End, '', increase),
    goal('G6', 'example.goal.vague', {}, '', 'Emma', '', '', '', '', '', ''),
    goal('N', `example.goal.accounts${fyKey}`, { count: 120, ...annual }, names.accounts, w('example.owner.north'), '', 120, yearStart, yearEnd, '', increase, total),
    ...quarterGoals('N-Q', 'N', w('example.owner.north'), [24, 28, 30, 38]),
    goal('S', `example.goal.accounts${fyKey}`, { count: 120, ...annual }, names.accounts, w('example.owner.south'), '', 120, yearStart, yearEnd, '', increase, total),
    ...quarterGoals('S-Q', 'S', w('example.owner.south'), [20, 26, 28, 30]),
    goal('E', `example.goal.enterprise${fyKey}`, { count: 30, ...annual }, names.accounts, 'Farid', '', 30, yearStart, yearEnd, '', increase, total),
  ];

  const goalsHeader = [
    w('example.header.id'),
    w('example.header.goal'),
    w('example.header.kpi'),
    w('example.header.owner'),
    w('example.header.baseline'),
    w('example.header.target'),
    w('example.header.start'),
    w('example.header.deadline'),
    w('example.header.parent'),
    w('example.header.direction'),
    w('example.header.aggregation'),
  ];
  const rows: CellValue[][] = [goalsHeader, ...goalRows];
  const formats = formatGrid(rows, ['', '', '', '', '', '', DATE_FORMAT, DATE_FORMAT, '', '', '']);
  // Rate goals show their baseline and target as percentages (stored as fractions, as Sheets does).
  const percentKpis = new Set([names.close, names.churn, names.conversion]);
  // A French locale's rates read « 24,3 % » (narrow no-break space, as the report's formats), not "24,3%" (review 10, F19).
  const pct = (digits: string): string => digits + (cells.lang === 'fr' ? '"\u202f"%' : '%');
  const moneyKpis = new Set([names.sales]);
  rows.forEach((row, index) => {
    if (index === 0) return;
    const unit = percentKpis.has(String(row[2])) ? 'percent' : moneyKpis.has(String(row[2])) ? 'currency' : null;
    for (const column of [4, 5]) {
      const value = row[column];
      // A blank cell (a goal that states no baseline) keeps no format: '' + '%' was the format "%", no digit at all.
      if (typeof value !== 'number') continue;
      const format = numberFormatFor(value, unit, cells.currency, cells.lang);
      formats[index][column] = unit === 'percent' ? pct(format.slice(0, -1)) : format;
    }
  });
  // The statements wrap: the churn goal (200 characters) and the French ones ran past the 460-px column, cut at the KPI
  // column in Sheets and in print (« … de 25 % à 30 % la semaine p »). Baseline and Parent are 120 and 110 px wide: their
  // French headers, « Valeur de départ » and « Objectif parent » (104 and 94 px in bold Arial 10, 3 px padding each side),
  // were cut at 110 and 80 px by the headers beside them (office30).
  const goalsSheet: ExampleSheet = { name: names.goals, kind: 'goals', rows, formats, columnWidths: [60, 460, 150, 110, 120, 90, 100, 100, 110, 90, 100], wrapColumns: [2] };

  return {
    sheets: [
      goalsSheet,
      kpiSheet(names.close, [w('example.header.week'), w('example.header.value')], closeRows, [pct('0.0')], DATE_FORMAT),
      // The value column names its KPI: a formula over this range (REALISTICTARGET without a direction) sees only the
      // header, never the tab's name, and takes "lower is better" from it, as Check goals does from the tab (issue 11).
      kpiSheet(names.churn, [w('example.header.month'), w('example.sheet.churn')], churnRows, [pct('0.0')], DATE_FORMAT),
      kpiSheet(names.conversion, [w('example.header.month'), w('example.header.value')], conversionRows, [pct('0.00')], DATE_FORMAT),
      kpiSheet(names.sales, [w('example.header.month'), w('example.header.revenue'), w('example.header.dealSize')], salesRows, [money, money], DATE_FORMAT),
      kpiSheet(names.accounts, [w('example.header.week'), w('example.header.value')], accountRows, ['0'], DATE_FORMAT),
      kpiSheet(names.leads, [w('example.header.week'), w('example.header.value')], leadRows, ['0'], DATE_FORMAT),
      kpiSheet(names.meetings, [w('example.header.week'), w('example.header.value')], meetingRows, ['0'], DATE_FORMAT),
      kpiSheet(names.team, [w('example.header.month'), w('example.header.reps')], teamRows, ['0'], DATE_FORMAT),
      kpiSheet(names.pipeline, [w('example.header.week'), w('example.header.pipeline')], pipelineRows, [money], DATE_FORMAT),
      driversSheet(names.drivers, [
        [w('example.drivers.title')],
        [w('example.drivers.help')],
        [`${w('example.header.revenue')} = ${names.meetings} × ${names.close} × ${w('example.header.dealSize')}`],
      ]),
    ],
  };
}

/** A tab name not used yet: "Goals", then "Goals (2)", "Goals (3)"… (compared case-insensitively, as Sheets does). */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
