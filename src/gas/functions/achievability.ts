/**
 * Custom functions of KPI-history achievability: ACHIEVABILITY, GOALVERDICT,
 * REALISTICTARGET, REQUIREDPACE, GOALPROGRESS, and the `smartAssess` server
 * function the CLI calls. Thin adapters: read cells, call core, localize.
 *
 * Every argument but the history may be a single cell or a column (targets
 * and deadlines of several goals against one shared history): the result has
 * the shape of the first range argument; other range arguments are read at
 * the same position, single cells are shared.
 */
import { foldForSearch, formatDate, formatNumber, formatValue, useDateOrder } from '../../core/format';
import {
  achievableCriterion,
  verdictWord,
  assess,
  assessQuestion,
  statementQuestion,
  saysTarget,
  levelsReading,
  chanceForCell,
  estimateForCell,
  exactForCell,
  goalProgress,
  requiredPace,
  totalWindow,
  partialWindowAssessment,
  perPeriodReading,
  windowTotalShift,
  assessShifted,
  type AchievabilityPolicy,
  type Assessment,
  type AssessInput,
} from '../../core/achievability';
import { isValidIsoDate, startsAfterDeadline } from '../../core/dates';
import { requestCurrency, sentenceCurrency } from '../../core/currency-marks';
import { writtenUnit } from '../../core/numbers';
import { paceKindOfValues, paceKindOfWord, type PaceKind } from '../../core/achievability/pace-text';
import { requestLang, t, type MessageKey } from '../../core/messages';
import { passedVerdict } from '../../core/workbook/output';
import { cellDate, directionOfWord, isErrorCell } from '../../core/workbook/cells';
import { historyRange, historyUnit, historyValueKind, logAggregation, logPoints, periodSizedTarget, rangeAggregation, rateInPoints, rateTarget, scoreScaleTop, segmentedStock } from '../../core/workbook/kpis';
import { headerLowerIsBetter } from '../../core/workbook/link';
import { keptUnderReading, reversedWindow } from '../../core/workbook/goals';
import { ownWord } from '../../core/workbook/text';
import { KPI_CATALOG, kpiBounded, kpiById } from '../../core/kpi/catalog';
import { goalSentence, type StatementAnalysis } from '../../core/statement';
import type { Aggregation, Direction, IsoDate, KpiPoint, Lang, Period } from '../../core/types';
import type { ValueKind } from '../../core/forecast';
import { analyzeOptions, CellError, dateArg, describe, is2D, isBlank, isRecord, messageOf, numberArg, rangeBudget, sheetSettings, sheetToday, sheetLang, sheetDateOrder, sheetNumberLang, type CellOutput } from './cells';
import { sheetZone } from './zone';
import { perCall } from '../scope';
import { unitNote } from './statement';

/** A word argument folded (core `foldForSearch`: case, accents and apostrophes aside) so "Hausse", "HAUSSE " and "hausse" read the same. */
function fold(text: string): string {
  return foldForSearch(text).trim();
}

const AGGREGATION_WORDS: Record<string, Aggregation> = {
  level: 'level',
  value: 'level',
  rate: 'level',
  niveau: 'level',
  valeur: 'level',
  taux: 'level',
  total: 'total',
  sum: 'total',
  cumulative: 'total',
  somme: 'total',
  cumul: 'total',
  cumule: 'total',
};

const PERIOD_WORDS: Record<string, Period> = {
  day: 'day',
  days: 'day',
  daily: 'day',
  jour: 'day',
  jours: 'day',
  quotidien: 'day',
  week: 'week',
  weeks: 'week',
  weekly: 'week',
  semaine: 'week',
  semaines: 'week',
  hebdomadaire: 'week',
  hebdo: 'week',
  month: 'month',
  months: 'month',
  monthly: 'month',
  mois: 'month',
  mensuel: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  quarterly: 'quarter',
  trimestre: 'quarter',
  trimestres: 'quarter',
  trimestriel: 'quarter',
  year: 'year',
  years: 'year',
  yearly: 'year',
  annual: 'year',
  annee: 'year',
  annees: 'year',
  an: 'year',
  ans: 'year',
  annuel: 'year',
};

/**
 * A word argument read from its table, case and accents aside; blank is null, any other word refused with `error`. Only
 * the table's own words: "constructor" or "__proto__" found on every object's prototype were read as a direction.
 */
function wordArg<T>(value: unknown, lang: Lang, words: Readonly<Record<string, T>>, error: MessageKey): T | null {
  if (isBlank(value)) return null;
  const word = ownWord(words, fold(String(value)));
  if (word === undefined) throw CellError.of(lang, error, { value: describe(value, lang) });
  return word;
}

/**
 * A goal sentence typed as the direction ("Increase close rate to 30% by June"), read as SMARTSCORE reads it (core
 * `goalSentence`): once per execution for each text, date and language, since a column's rows share their direction cell
 * and GOALVERDICT asks for it twice.
 */
function sentenceArg(value: unknown, lang: Lang, asOf: IsoDate): StatementAnalysis | null {
  if (typeof value !== 'string') return null;
  const read = perCall('goalSentences', () => new Map<string, StatementAnalysis | null>());
  const key = `${lang}|${asOf}|${value}`;
  if (!read.has(key)) read.set(key, goalSentence(value, analyzeOptions(asOf, lang)));
  return read.get(key) ?? null;
}

/**
 * Whether a goal sentence reads a rate, by its own unit (mend51a): a level in percent is one; an amount or a count is summed
 * whatever the catalog KPI's default ("Reach $2.6M in gross margin" is money; "Reduce churned customers to 200" a count:
 * surf51 refused both by their KPI's unit); a relative change ("by 10%") or no figure says nothing, so the KPI's unit does.
 */
function sentenceReadsRate(sentence: StatementAnalysis): boolean {
  const unit = sentence.levelUnit ?? sentence.unit;
  if (unit !== null && !(sentence.change?.kind === 'relative' && sentence.levelUnit === undefined)) return unit === 'percent';
  return sentence.kpi ? kpiById(sentence.kpi)?.unit === 'percent' : false;
}

/** The formulas' direction argument: core's words, the Goals tab's Direction column's (`directionOfWord`), or a goal sentence's. */
export function directionArg(value: unknown, lang: Lang): Direction | null {
  if (isBlank(value)) return null;
  const direction = directionOfWord(String(value)) ?? sentenceArg(value, lang, sheetToday())?.direction ?? null;
  if (direction === null) throw CellError.of(lang, 'achievability.error.direction', { value: describe(value, lang) });
  return direction;
}

export function aggregationArg(value: unknown, lang: Lang): Aggregation | null {
  return wordArg(value, lang, AGGREGATION_WORDS, 'achievability.error.aggregation');
}

/** REQUIREDPACE's kind of pace, by core's words (`paceKindOfWord`): "percent" and its kin are refused, never guessed. */
export function paceKindArg(value: unknown, lang: Lang): PaceKind | null {
  if (isBlank(value)) return null;
  const word = paceKindOfWord(fold(String(value)));
  if (word === 'ambiguous') throw CellError.of(lang, 'achievability.error.paceKindAmbiguous', { value: describe(value, lang).trim() });
  if (!word) throw CellError.of(lang, 'achievability.error.paceKind', { value: describe(value, lang) });
  return word;
}

export function periodArg(value: unknown, lang: Lang): Period | null {
  return wordArg(value, lang, PERIOD_WORDS, 'achievability.error.period');
}

/**
 * The history as each cell's aggregation needs it: read (and validated) once as a level, rows on one date averaged;
 * summed the first time a cell asks for a total. A log of transactions (a deals log: many
 * rows a day or week) is read per week as Check goals and the wizard read the same column (core `isTransactionLog`,
 * `logPoints`), and a cell with no aggregation argument reads a log's own (core `logAggregation`), else the column as
 * Check goals reads it (core `rangeAggregation`).
 */
interface HistoryReader {
  level: KpiPoint[];
  /** The history's header, when its first row has one ("YTD revenue": a year-to-date series, core `namesYearToDate`). */
  header: string | null;
  /** A rate typed in points (24, 26…) under a rate's header: read divided by 100, as Check goals reads it (core `rateInPoints`). */
  inPoints: boolean;
  /** The cleaned values as typed (before any /100): the scale a bare target is read in (core/kpi/bare-rate.ts). */
  values: readonly number[];
  /** Whether the header names a rate ("Close rate", "Churn"): asked only for a target above 1.5, then kept. */
  isRate(): boolean;
  /** What the header says the values are (core `historyValueKind`): a custom function gets no number format. */
  valueKind(): ValueKind | null;
  /**
   * Whether its header names a fewer-is-better KPI or counts its events ("Churn", "CAC", "Churned customers": true; "Close
   * rate": false), null when it names none ("Value"): core `headerLowerIsBetter`, for `unstatedDirection`.
   */
  lowerIsBetter(): boolean | null;
  /**
   * The history's rows holding a Sheets error (#N/A, #DIV/0!, #REF!…) in their date or value, left out of the
   * reading: said wherever the function answers with an explanation (`explained`), not beside a number or a verdict.
   */
  errorRows: { rows: number[]; codes: string[] };
  /**
   * The points a cell's aggregation needs (a deals log: weekly totals or averages, as Check goals infers them, a total
   * without the week still running on the cell's `today`), with that aggregation.
   */
  pointsFor(aggregation: Aggregation | null, today: IsoDate, byColumn?: boolean): { points: KpiPoint[]; aggregation: Aggregation | null };
}

/** 1-based rows of the range whose date or value is a Sheets error, and the distinct codes seen (isErrorCell, core). */
function sheetsErrorRows(range: readonly (readonly unknown[])[]): { rows: number[]; codes: string[] } {
  const rows: number[] = [];
  const codes = new Set<string>();
  range.forEach((row, index) => {
    const found = [row[0], row[1]].filter((cell): cell is string => typeof cell === 'string' && isErrorCell(cell));
    if (found.length === 0) return;
    rows.push(index + 1);
    for (const code of found) codes.add(code.trim());
  });
  return { rows, codes: [...codes] };
}

/** Rows listed in a message: the first five, then "…". */
const LISTED_ROWS = 5;

/**
 * An explanation the function answers with (its error text: too short a history, not enough data to judge), followed
 * by the history's rows left out as Sheets errors when there are any: those rows are often why there is no answer.
 */
function explained(message: string, reader: HistoryReader | null, lang: Lang): string {
  const { rows, codes } = reader?.errorRows ?? { rows: [], codes: [] };
  if (rows.length === 0) return message;
  const listed = rows.slice(0, LISTED_ROWS).join(', ') + (rows.length > LISTED_ROWS ? ', …' : '');
  // The count grouped ("1,200 rows"; its plural form reads the grouped text as a plural); row numbers as Sheets shows them.
  return `${message} ${t(lang, 'achievability.note.errorRows', { count: formatNumber(rows.length, lang), codes: codes.join(', '), rows: listed })}`;
}

function historyReader(range: unknown, lang: Lang): HistoryReader {
  // A deals log's date, customer, amount read by its one column of numbers, as Check goals reads the tab: core's one
  // reader of the formulas' history (`historyRange`), SMARTSCORE's too.
  const read = is2D(range) && !range.some((row) => row.length < 2) ? historyRange(range, sheetNumberLang(), sheetZone(), sheetDateOrder(), sheetSettings().fiscalYearStartMonth) : null;
  if (!read) throw CellError.of(lang, 'achievability.error.historyShape');
  const { rows: value, cleaned, header, values, log, snapshots } = read;
  const errorRows = sheetsErrorRows(value);
  const inPoints = rateInPoints(header, values, KPI_CATALOG);
  const scale = (points: KpiPoint[]): KpiPoint[] => (inPoints ? points.map((p) => ({ date: p.date, value: p.value / 100 })) : points);
  const level = scale(cleaned.points);
  // Asked once per call, and only when a cell needs it; the arrays are kept: assess caches its work by the array.
  let total: KpiPoint[] | null = null;
  let own: Aggregation | undefined;
  let column: Aggregation | null | undefined;
  // By aggregation and as-of day: a column of cells with one as_of reads the log once.
  const weekly = new Map<string, KpiPoint[]>();
  let rate: boolean | undefined;
  let kind: ValueKind | null | undefined;
  let better: boolean | null | undefined;
  return {
    level,
    header,
    inPoints,
    values,
    errorRows,
    isRate: () => (rate ??= header !== null && historyUnit(undefined, header, values, KPI_CATALOG) === 'percent'),
    valueKind: () => (kind !== undefined ? kind : (kind = historyValueKind(header, values, KPI_CATALOG))),
    // Asked by a cell with no direction: the header is read by the KPI matcher then, once per call.
    // `null` (a header that names no KPI) is an answer too: kept, not asked again for every cell of a broadcast range.
    lowerIsBetter: () => (better !== undefined ? better : (better = header === null ? null : headerLowerIsBetter(header, KPI_CATALOG))),
    pointsFor: (given, today, byColumn = false) => {
      // No argument: a log's own; else, when the cell asks, a total where Check goals reads the column as one (surf61), from
      // its header and values. Null otherwise, kept: the formulas' level, and a goal sentence judged on its own KPI as before.
      const aggregation = given ?? (log ? (own ??= logAggregation(header, values, KPI_CATALOG, snapshots)) : byColumn && header !== null ? (column !== undefined ? column : (column = rangeAggregation(range as unknown[][], sheetNumberLang(), sheetZone(), sheetDateOrder(), sheetSettings().fiscalYearStartMonth, KPI_CATALOG) === 'total' ? 'total' : null)) : null);
      const key = `${aggregation} ${today}`;
      const points =
        log && aggregation
          ? (weekly.get(key) ?? weekly.set(key, scale(logPoints(cleaned.days, aggregation, today, segmentedStock(header, KPI_CATALOG, snapshots)))).get(key)!)
          : aggregation === 'total'
            ? (total ??= scale(cleaned.points.map((p) => ({ date: p.date, value: cleaned.days.get(p.date)?.sum ?? p.value }))))
            : level;
      return { points, aggregation };
    },
  };
}

/** A range argument with more than one cell (a 1×1 range is read as a single value). */
function isMultiCell(value: unknown): value is unknown[][] {
  return is2D(value) && (value.length > 1 || (value[0]?.length ?? 0) > 1);
}

function single(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return is2D(value) ? value[0]?.[0] : value[0];
}

/**
 * One cell, or one result per cell of the ranges among `args`, broadcast as Sheets' array arithmetic does (ARRAYFORMULA:
 * docs/ARCHITECTURE.md, "Range arguments"): the result has the most rows and the most columns of the ranges; a range of
 * one row or one column is repeated along the other, a single cell is shared (targets down a column against deadlines
 * along a row give the grid of every pair). Ranges of other sizes fail the call with one localized message (never blank
 * cells). A blank cell of the first range, or of a range among the first `required` arguments, gives a blank result; one
 * bad cell shows its localized error in place.
 */
export function broadcast(args: readonly unknown[], fn: (values: unknown[], lang: Lang) => CellOutput, required = 0): CellOutput | CellOutput[][] {
  const lang = sheetLang();
  const run = (values: unknown[], inRange: boolean): CellOutput => {
    try {
      return fn(values, lang);
    } catch (error) {
      if (inRange) return messageOf(error, lang);
      throw new Error(messageOf(error, lang)); // eslint-disable-line preserve-caught-error
    }
  };
  // Each argument's shape is decided once: testing it per cell walked every row of every column argument for
  // every cell, so two 10,000-row columns took 17 s (review5) where one takes 0.3 s.
  const ranges = args.map((arg) => (isMultiCell(arg) ? arg : null));
  const primaryIndex = ranges.findIndex((range) => range !== null);
  if (primaryIndex < 0) return run(args.map(single), false);
  const singles = args.map((arg, i) => (ranges[i] ? null : single(arg)));
  const width = (range: unknown[][]): number => range[0]?.length ?? 0;
  let rows = 1;
  let columns = 1;
  for (const range of ranges) if (range) [rows, columns] = [Math.max(rows, range.length), Math.max(columns, width(range))];
  if (ranges.some((range) => range && ((range.length !== 1 && range.length !== rows) || (width(range) !== 1 && width(range) !== columns))))
    // Grouped as the language writes numbers: A2:A of a 5,000-row tab is "4,999 × 1", « 4 999 × 1 ».
    throw new Error(t(lang, 'error.rangeShapes', { shapes: ranges.flatMap((range) => (range ? [`${formatNumber(range.length, lang)} × ${formatNumber(width(range), lang)}`] : [])).join(', ') }));
  const overBudget = rangeBudget(lang);
  // Which ranges repeat along rows or columns, decided once (not per cell).
  const oneRow = ranges.map((range) => range?.length === 1);
  const oneColumn = ranges.map((range) => !!range && width(range) === 1);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const values = args.map((_, i) => {
        const range = ranges[i];
        return range ? range[oneRow[i] ? 0 : r]?.[oneColumn[i] ? 0 : c] : singles[i];
      });
      if (isBlank(values[primaryIndex]) || values.some((value, i) => i < required && ranges[i] !== null && isBlank(value))) return '';
      return overBudget() ?? run(values, true);
    }),
  );
}

/** The value of a required argument, or « Argument manquant : valeur de départ (baseline). » in the sheet's language. */
export function required<T>(value: T | null, lang: Lang, name: 'target' | 'deadline' | 'baseline' | 'start' | 'current'): T {
  if (value === null) throw CellError.of(lang, 'achievability.error.missing', { name: t(lang, `param.${name}`) });
  return value;
}

/** `suggesting`: REALISTICTARGET's call, with the direction its user stated (null: none) — the target is then the latest level. */
function assessCell(history: HistoryReader, values: unknown[], lang: Lang, policy: AchievabilityPolicy, fiscalYearStartMonth: number, suggesting?: Direction | null): Assessment {
  const [target, deadline, asOf, direction, aggregationCell, startCell] = values;
  const today = dateArg(asOf, lang) ?? sheetToday();
  // A Goals tab's Start ("Close 120 new accounts by the end of 2027" counted from 1 January 2027): a total counts only
  // its window, as Check goals counts it (core/workbook/check.ts `judgeGoal`); a level ignores it there and here.
  const start = startArg(startCell, lang);
  // A goal sentence as the direction (review 32): judged as SMARTSCORE judges it on this history — its unit checked as
  // SMARTSCORE's (`unitNote`), each blank argument filled from it, a typed target contradicting its own refused (mend36).
  const sentence = sentenceArg(direction, lang, today);
  // With no aggregation argument, a fewer-is-better count kept under a figure is read as Check goals reads it (one core
  // function, `keptUnderReading`; surf63, mend63f): its window's total when the sentence asks one ("Keep churned customers
  // under 400 this year", « … sous 400 en 2027 », "in Q1 2027", "in total") — the sentence's Start and Deadline, the typed
  // ones first —, else a level. A count: the sentence's unit, else its KPI's or the header's ("under 40000" on a "Churned
  // MRR" tab is money, a level: mend63f), as the question below reads it.
  const sentenceKpi = sentence?.kpi ? kpiById(sentence.kpi) : undefined;
  const readUnit = sentence ? (sentence.unit ?? ((sentenceKpi?.unit !== 'percent' && sentenceKpi?.unit) || historyUnit(sentenceKpi, history.header, history.values, KPI_CATALOG) || sentenceKpi?.unit || null)) : null;
  const due = dateArg(deadline, lang, true);
  const keptUnder =
    sentence && !history.isRate()
      ? keptUnderReading(
          { statement: String(direction), direction: sentence.direction, unit: readUnit, recurring: sentence.recurrence !== null, lowerIsBetter: history.lowerIsBetter() === true || sentenceKpi?.lowerIsBetter === true, start: start ?? sentence.start, deadline: due ?? sentence.deadline },
          fiscalYearStartMonth,
        )
      : null;
  const asked = aggregationArg(aggregationCell, lang);
  const given = asked ?? (keptUnder === 'total' ? 'total' : null);
  // "total" over a rate's history summed its percentages (mend50d: churn's 3.417, 341.7 %, as REALISTICTARGET's answer):
  // refused in all three formulas, since a cell cannot carry the note Check goals writes when it judges one period instead.
  // A function gets values, not formats ("a cell with a value of 10% becomes 0.1": docs/ARCHITECTURE.md, Range arguments),
  // so a rate is known by its header, by a goal sentence naming a rate KPI, or by a target typed as text with "%" over
  // values all in [0, 1] (surf51); a bare 0.3 over a headerless column of fractions is summed as asked (docs/FUNCTIONS.md).
  // A sentence giving no unit whose rate KPI is counted by the history ("Keep churned customers under 400" over counts of
  // churned customers) reads counts, not a rate: "total" typed there is summed, as the default sums it (mend63f).
  const rateKpi = sentence ? sentenceReadsRate(sentence) && !(sentence.unit === null && readUnit === 'count') : false;
  const typedPercent = typeof target === 'string' && target.includes('%') && history.values.every((v) => v >= 0 && v <= 1);
  if (asked === 'total' && (rateKpi || typedPercent || history.isRate())) throw CellError.of(lang, 'achievability.error.rateTotal');
  const typed = isBlank(target) ? null : rateTarget(required(numberArg(target, lang), lang, 'target'), history.inPoints, history.values, history.isRate);
  // With no aggregation argument, a column Check goals reads as a total is one here too ("Deals" one row a month: surf61),
  // but where a total cannot be the goal (mend61f), kept a level without running the reader: a fewer-is-better goal (Check
  // goals judges a decrease to an amount on one period's total, check.ts `mergeGoal`: on a tab of one row a period, the
  // level), a stated "maintain", a target of about one period's value (`periodSizedTarget`), a rate's header; for
  // REALISTICTARGET, whose target is a stand-in, unless "increase" is stated.
  const stated = sentence ? sentence.direction : directionArg(direction, lang);
  const aimed = typed ?? sentence?.target ?? null;
  const byColumn =
    given === null &&
    (suggesting !== undefined ? suggesting === 'increase' : stated !== 'decrease' && stated !== 'maintain' && !(aimed !== null && periodSizedTarget(history.level, aimed)) && !(stated !== 'increase' && history.lowerIsBetter())) &&
    !history.isRate();
  const { points, aggregation } = history.pointsFor(given, today, byColumn);
  if (sentence) {
    // The cells' own numbers tell counts (52 … 39) from a rate, not the points scaled to fractions (mend52d).
    const clash = unitNote(sentence, { points, header: history.header, raw: history.values }, lang);
    if (clash) throw new CellError(clash);
    const kpi = sentence.kpi ? kpiById(sentence.kpi) : undefined;
    // Only a count's target is made whole: the KPI's unit, but a rate KPI's over a history of counts (churned customers under
    // a churn sentence) the history's (mend37), else the history header's, never a default (mend36).
    const unit = (kpi?.unit !== 'percent' && kpi?.unit) || historyUnit(kpi, history.header, history.values, KPI_CATALOG) || kpi?.unit || null;
    // A typed deadline in another month than the sentence's ("by June 2027") is refused as a contradicting target is:
    // one goal, two dates, the formula cannot tell which is meant (mend37).
    const stated = sentence.deadline;
    if (due && stated && due.slice(0, 7) !== stated.slice(0, 7)) throw CellError.of(lang, 'achievability.error.twoDates', { typed: formatDate(due, lang), stated: formatDate(stated, lang) });
    const end = due ?? stated;
    startBeforeDeadline(start, end, lang);
    // The Start typed beside the sentence is the goal's start, as Check goals prefers its Start column to the sentence's.
    const question = statementQuestion({ ...sentence, ...(due ? { deadline: due } : {}), ...(start && end && !startsAfterDeadline({ start, deadline: end }) ? { start } : {}) }, points, today, aggregation ? { unit, aggregation } : kpi && { ...kpi, unit }, fiscalYearStartMonth);
    if (question) {
      if (typed !== null && !saysTarget(typed, question.target, unit)) throw CellError.of(lang, 'achievability.error.twoTargets', { typed: formatValue(typed, unit, lang), stated: formatValue(question.target, unit, lang) });
      return assessQuestion(question, sentence.direction, { lowerIsBetter: kpi?.lowerIsBetter ?? null, bounded: kpiBounded(kpi), policy, valueKind: history.valueKind() }, today, lang);
    }
    // No date anywhere: the deadline is what is missing, not the target the sentence gives ("to 30%", mend37).
    if ((sentence.target ?? sentence.change) !== null) required(due ?? stated, lang, 'deadline');
    if (typed === null && (due ?? stated)) throw CellError.of(lang, 'achievability.error.sentence');
  }
  const goal = required(typed, lang, 'target');
  const dir = sentence?.direction ?? directionArg(direction, lang);
  const end = required(due ?? sentence?.deadline ?? null, lang, 'deadline');
  startBeforeDeadline(start, end, lang);
  const input: AssessInput = {
    history: points,
    target: goal,
    deadline: end,
    today,
    direction: dir,
    // The KPI the header names, as Check goals passes its KPI's: with no direction it decides (`unstatedDirection`:
    // churn at 4.2 % with a 5 % target is a ceiling already kept, not a rise to 5 %, "unrealistic"), and "maintain"
    // keeps churn at or below its target.
    lowerIsBetter: history.lowerIsBetter(),
    aggregation,
    policy,
    name: history.header,
    // A year-to-date header with no reset seen yet restarts at the Settings' fiscal year start, as Check goals reads it.
    fiscalYearStartMonth,
    valueKind: history.valueKind(),
  };
  return start && aggregation === 'total' ? startedTotal(input, start, fiscalYearStartMonth, lang) : assess(input, lang);
}

/**
 * A Start after the deadline is refused, as REQUIREDPACE refuses it, the wizard refuses the row (`addGoalProblem`) and
 * Check goals flags it with this message and no chance (audit57: it was dropped, and the total judged from today).
 */
function startBeforeDeadline(start: IsoDate | null, end: IsoDate | null, lang: Lang): void {
  const reversed = reversedWindow(start, end, lang);
  if (reversed) throw new CellError(reversed);
}

/**
 * The goal's Start as Check goals reads a Goals row's (core `cellDate`, workbook/goals.ts): one it cannot read as a date —
 * spaces, 0 or a negative number (before Sheets' first date), text — leaves the row judged with no Start, and so the
 * formula (mend48c: surf48 read 0 as 30 December 1899 and refused " " as "Not a date"); a date cell is read by `dateArg`.
 * A Start on the deadline is a one-day window, that day's total (core `startsAfterDeadline`, surf58: it was dropped and
 * the total judged from today, while REQUIREDPACE refused it); one after it is refused (`startBeforeDeadline`).
 */
function startArg(cell: unknown, lang: Lang): IsoDate | null {
  return typeof cell === 'number' || typeof cell === 'string' ? cellDate(cell, sheetNumberLang(), { order: sheetDateOrder(), fiscalStartMonth: sheetSettings().fiscalYearStartMonth }) : dateArg(cell, lang);
}

/**
 * A total with a Start of its own, judged as Check goals judges a Goals row with that Start (core/workbook/check.ts
 * `judgeGoal`): a window that is one calendar period wholly ahead of the history is that period's total, read on the
 * history's whole periods (`totalWindow`, `perPeriodReading`); otherwise the target is shifted by what is done
 * since the start or expected before it (`windowTotalShift`, `assessShifted`).
 */
function startedTotal(input: AssessInput, start: IsoDate, fiscalYearStartMonth: number, lang: Lang): Assessment {
  const { history, deadline, today } = input;
  // A window no longer than one of the history's periods: that period holding the deadline, as Check goals (`totalWindow`).
  const onePeriod = totalWindow(history, start, deadline, today, fiscalYearStartMonth);
  // Part of that period: not judged, a passed deadline first, as Check goals (ruling W1, `partialWindowAssessment`).
  if (onePeriod?.partial) return partialWindowAssessment(input, onePeriod, start, lang);
  const reading = onePeriod && perPeriodReading(history, onePeriod.period, onePeriod.end, { change: null, target: input.target, baseline: null, direction: input.direction ?? null }, today, fiscalYearStartMonth);
  if (reading) return assess({ ...input, deadline: reading.deadline, history: reading.totals, aggregation: 'level', periodTotals: true }, lang);
  const shift = windowTotalShift(input, start, deadline);
  return shift ? assessShifted(input, 'done' in shift ? -shift.done : shift.before, lang) : assess(input, lang);
}

/**
 * The history argument, read once per call: a bad or (when `minPoints` is given) too short
 * history fails the whole call with one localized line, since no cell could be computed.
 */
function readHistory(history: unknown, minPoints: number | null): HistoryReader {
  const lang = sheetLang();
  try {
    const reader = historyReader(history, lang);
    if (minPoints !== null && reader.level.length < minPoints)
      throw new CellError(explained(t(lang, 'achievability.error.history', { min: minPoints, count: reader.level.length }), reader, lang));
    return reader;
  } catch (error) {
    throw new Error(messageOf(error, lang)); // eslint-disable-line preserve-caught-error
  }
}

/** A usable assessment, or the reason it could not be made as a cell error (with the history's error rows, if any). */
function usable(assessment: Assessment, reader: HistoryReader, lang: Lang): Assessment & { probability: number } {
  if (assessment.probability === null) throw new CellError(explained(assessment.reasons[0] ?? '', reader, lang));
  return assessment as Assessment & { probability: number };
}

export function ACHIEVABILITY(
  history: unknown,
  target: unknown,
  deadline: unknown,
  asOf?: unknown,
  direction?: unknown,
  aggregation?: unknown,
  start?: unknown,
): CellOutput | CellOutput[][] {
  const reader = readHistory(history, 3);
  const { policy, fiscalYearStartMonth } = sheetSettings();
  return broadcast([target, deadline, asOf, direction, aggregation, start], (values, l) => {
    const assessment = assessCell(reader, values, l, policy, fiscalYearStartMonth);
    // A passed deadline: 1 or 0 when the history tells the outcome (core `passedLevel`), else its localized reason.
    const passed = assessment.passed;
    if (passed && passed !== 'unknown') return passed === 'met' ? 1 : 0;
    return chanceForCell(usable(assessment, reader, l).probability);
  }, 2);
}

export function GOALVERDICT(
  history: unknown,
  target: unknown,
  deadline: unknown,
  asOf?: unknown,
  direction?: unknown,
  aggregation?: unknown,
  start?: unknown,
): CellOutput | CellOutput[][] {
  const reader = readHistory(history, null);
  const { policy, fiscalYearStartMonth } = sheetSettings();
  return broadcast([target, deadline, asOf, direction, aggregation, start], (values, l) => {
    const assessment = assessCell(reader, values, l, policy, fiscalYearStartMonth);
    if (assessment.outOfRange) throw new CellError(assessment.reasons[0]);
    // A passed deadline has Check goals' verdict: "deadline passed — met / missed", or "deadline passed".
    if (assessment.passed) return passedVerdict(assessment.passed, l);
    // A history too large for the models says so (check its units), as ACHIEVABILITY does, not "insufficient data".
    const verdict = (assessment.huge ? usable(assessment, reader, l) : assessment).verdict;
    // "insufficient data" when rows were left out as Sheets errors: the verdict, then why — the reason and those rows, as
    // ACHIEVABILITY's error text says them (`explained`) — since they are often why there is no verdict (fixes44).
    if (verdict === 'insufficient-data' && reader.errorRows.rows.length > 0)
      return t(l, 'achievability.verdict.insufficientWhy', { verdict: t(l, 'verdict.insufficient-data'), reason: explained(assessment.reasons[0] ?? '', reader, l) });
    // No direction and a header naming no KPI: the levels read a decrease or a rise, which the goal may not mean (a bound
    // already kept): said with the verdict (core `levelsReading`).
    const reading = levelsReading(assessment, directionArg(values[3], l) !== null || reader.lowerIsBetter() !== null);
    if (reading) return t(l, 'achievability.verdict.insufficientWhy', { verdict: verdictWord(verdict, l), reason: t(l, `achievability.note.${reading}`) });
    return verdictWord(verdict, l);
  }, 2);
}

export function REALISTICTARGET(history: unknown, deadline: unknown, asOf?: unknown, direction?: unknown, aggregation?: unknown): CellOutput | CellOutput[][] {
  const reader = readHistory(history, 3);
  const latest = reader.level[reader.level.length - 1].value;
  const { policy, fiscalYearStartMonth } = sheetSettings();
  const top = scoreScaleTop(reader.header, reader.values, KPI_CATALOG);
  return broadcast([deadline, asOf, direction, aggregation], (values, l) => {
    const [deadlineCell, asOfCell, directionCell, aggregationCell] = values;
    // The suggestion does not depend on the target, only on which way is better: the latest level stands in. A total (its
    // `aggregation` argument, as ACHIEVABILITY's: surf50 — it answered a week's level, 6, where the wizard suggested the
    // total, 141) is suggested as one, the sum up to the deadline.
    const stated = directionArg(directionCell, l);
    const dir = stated ?? (reader.lowerIsBetter() ? 'decrease' : 'increase');
    const assessment = usable(assessCell(reader, [latest, deadlineCell, asOfCell, dir, aggregationCell], l, policy, fiscalYearStartMonth, stated), reader, l);
    if (assessment.suggestedTarget === null) throw new CellError(explained(assessment.reasons[0] ?? '', reader, l));
    // In the history's unit: 39.7 over a rate typed in points; a satisfaction score no higher than its scale's top.
    if (reader.inPoints) return estimateForCell(assessment.suggestedTarget * 100);
    return Math.min(assessment.suggestedTarget, top ?? Infinity);
  }, 1);
}

export function REQUIREDPACE(
  baseline: unknown,
  target: unknown,
  start: unknown,
  deadline: unknown,
  period?: unknown,
  kind?: unknown,
): CellOutput | CellOutput[][] {
  return broadcast([baseline, target, start, deadline, period, kind], (values, lang) => {
    const from = required(numberArg(values[0], lang), lang, 'baseline');
    const to = required(numberArg(values[1], lang), lang, 'target');
    const startDate = required(dateArg(values[2], lang), lang, 'start');
    const deadlineDate = required(dateArg(values[3], lang, true), lang, 'deadline');
    const reversed = reversedWindow(startDate, deadlineDate, lang);
    if (reversed) throw new CellError(reversed);
    const pace = requiredPace(from, to, startDate, deadlineDate, periodArg(values[4], lang) ?? 'month');
    // A rate's pace in points per period, as the report, the wizard and Check goals write it; a value typed as text says
    // its unit ("110 %", "€0.9M") before the size of the numbers does (core `paceKindOfValues`).
    const written = [values[0], values[1]].map((cell) => (typeof cell === 'string' ? writtenUnit(cell) : null));
    // Three significant digits (core `estimateForCell`): a pace, not 2290.2374670.
    if ((paceKindArg(values[5], lang) ?? paceKindOfValues(from, to, written)) === 'change') return estimateForCell(pace.absolute);
    // Positive amounts whose ratio per period is beyond a double (5e-324 to 1e308 in a day) are no missing input.
    if (pace.relative === null) throw CellError.of(lang, from > 0 && to > 0 ? 'achievability.error.paceTooLarge' : 'achievability.error.notPositive');
    return estimateForCell(pace.relative);
  }, 4);
}

export function GOALPROGRESS(baseline: unknown, target: unknown, current: unknown): CellOutput | CellOutput[][] {
  return broadcast([current, baseline, target], (values, lang) => {
    const now = required(numberArg(values[0], lang), lang, 'current');
    const from = required(numberArg(values[1], lang), lang, 'baseline');
    const to = required(numberArg(values[2], lang), lang, 'target');
    const progress = goalProgress(from, to, now);
    if (progress === null) throw CellError.of(lang, 'achievability.error.sameBaseline');
    // 1e308 reached from 0.25 toward 0.3 is 2e309 times the way: no number a cell holds (it returned Infinity).
    if (!Number.isFinite(progress)) throw CellError.of(lang, 'achievability.error.progressTooLarge');
    return exactForCell(progress);
  }, 3);
}

/** The assessment's fields `smartAssess` answers with, in their order (the rest is internal: the target, the history's fit…). */
const SMART_ASSESS_FIELDS = ['verdict', 'probability', 'period', 'horizon', 'forecast', 'required', 'suggestedTarget', 'reasons', 'direction', 'aggregation', 'latest'] as const;
type SmartAssessField = (typeof SMART_ASSESS_FIELDS)[number];

/** Result of `smartAssess`: the assessment as plain JSON, or a localized error for that request alone. */
export type SmartAssessResult =
  | (Pick<Assessment, SmartAssessField> & { achievable: { status: string; message: string; suggestion: string | null } })
  | { error: string };

/**
 * Server entry point for the CLI (and any caller holding JSON): one request
 * {history: [[date, value], …], target, deadline, today?, direction?,
 * aggregation?, baseline?, lang?, policy?, header?} → plain assessment object. Never
 * throws: any problem is `{error}`.
 */
export function smartAssess(request: unknown): SmartAssessResult {
  let lang: Lang = 'en';
  // Dates in its reasons follow the locale (month first in en_US), as the formulas' do.
  useDateOrder(sheetDateOrder());
  try {
    const parsed: unknown = typeof request === 'string' ? JSON.parse(request) : request;
    // No "lang" read yet: the sheet's language (mend66f: English on a French sheet).
    if (!isRecord(parsed)) {
      const sheet = sheetLang();
      return { error: t(sheet, 'achievability.error.request', { detail: t(sheet, 'achievability.request.object') }) };
    }
    // "FR", "fr-CA", "fr_FR" name French, "" none (mend64f: refused since surf64); a language named and not spoken is
    // refused, in the sheet's language (surf64: "de" was answered in English, silently; the CLI writes it in its own).
    const named = requestLang(parsed.lang);
    if (named) lang = named;
    else if (named === undefined) return { error: t(sheetLang(), 'achievability.error.lang', { value: describe(parsed.lang) }) };
    // Each detail in the request's language (surf66: they stayed English after « Requête invalide : »).
    const fail = (key: Parameters<typeof t>[1], value?: unknown, name?: Parameters<typeof t>[1], code = ''): SmartAssessResult =>
      ({ error: t(lang, 'achievability.error.request', { detail: t(lang, key, { value: describe(value, lang), name: name ? t(lang, name) : '', code }) }) });
    const rows = parsed.history;
    if (!Array.isArray(rows) || rows.length === 0) return fail('achievability.request.empty');
    for (const row of rows) {
      if (!Array.isArray(row) || row.length < 2) return fail('achievability.request.row');
      if (typeof row[1] !== 'number' || !Number.isFinite(row[1])) return fail('achievability.request.nonNumeric', row[1], 'param.value');
      if (typeof row[0] !== 'string' || !isValidIsoDate(row[0])) return fail('achievability.request.unparseable', row[0], 'param.date');
    }
    if (typeof parsed.target !== 'number' || !Number.isFinite(parsed.target)) return fail('achievability.request.nonNumeric', parsed.target, 'param.target');
    if (typeof parsed.deadline !== 'string' || !isValidIsoDate(parsed.deadline))
      return fail('achievability.request.unparseable', parsed.deadline, 'param.deadline');
    const todayIso = parsed.today === undefined || parsed.today === null ? sheetToday() : parsed.today;
    if (typeof todayIso !== 'string' || !isValidIsoDate(todayIso)) return fail('achievability.request.unparseable', parsed.today, 'param.today');
    if (parsed.deadline < todayIso)
      return { error: t(lang, 'achievability.error.deadlinePassed', { deadline: formatDate(parsed.deadline, lang), today: formatDate(todayIso, lang) }) };
    const direction = parsed.direction === undefined || parsed.direction === null ? null : directionArg(parsed.direction, lang);
    const aggregation = parsed.aggregation === undefined || parsed.aggregation === null ? null : aggregationArg(parsed.aggregation, lang);
    const baseline = parsed.baseline;
    if (baseline !== undefined && baseline !== null && (typeof baseline !== 'number' || !Number.isFinite(baseline)))
      return fail('achievability.request.nonNumeric', baseline, 'param.baseline');
    if (parsed.header !== undefined && parsed.header !== null && typeof parsed.header !== 'string') return fail('achievability.request.header', parsed.header);
    // The values' currency ("XOF", "€": the CLI reads it from the cells' mark), shown as a tab's is (surf65); a code in
    // any case ("eur"), a mark of core's table, else refused (mend65f: "XYZ 60,000"); "" none, as "lang"'s.
    const asked = parsed.currency === '' ? null : (parsed.currency ?? null);
    const written = typeof asked === 'string' && /^[a-z]{3}$/i.test(asked) ? asked.toUpperCase() : asked;
    if (written !== null && (typeof written !== 'string' || sentenceCurrency(written) === undefined)) return fail('achievability.request.currency', asked);
    let currency = typeof written === 'string' ? written : null;
    // A sign, by the locale (surf66, mend66f: core requestCurrency): its own currency's is that currency ("A$" under en_AU:
    // "$60,000"), one naming a single currency keeps its sign ("A$60,000" under en_US, « 60 000 F CFA »), one naming
    // several the locale does not settle ("kr" under en_US, "$" under fr_FR) refused, its hint one of its own codes.
    if (currency !== null && !/^[A-Z]{3}$/.test(currency)) {
      const read = requestCurrency(currency);
      if (typeof read !== 'string') return fail('achievability.request.ambiguous', currency, undefined, read.hint);
      currency = read;
    }
    const points = (rows as Array<[string, number]>).map(([date, value]) => ({ date, value }));
    const input: AssessInput = {
      history: points,
      target: parsed.target,
      deadline: parsed.deadline,
      today: todayIso,
      direction,
      aggregation,
      baseline: typeof baseline === 'number' ? baseline : null,
      policy: isRecord(parsed.policy) ? (parsed.policy as Partial<AchievabilityPolicy>) : undefined,
      // The header the CLI read in the CSV, as ACHIEVABILITY reads its range's: the same space for the same column.
      valueKind: historyValueKind(parsed.header ?? null, points.map((p) => p.value), KPI_CATALOG),
      currency,
    };
    const a = assess(input, lang);
    const fields = Object.fromEntries(SMART_ASSESS_FIELDS.map((field) => [field, a[field]])) as Pick<Assessment, SmartAssessField>;
    return { ...fields, achievable: achievableCriterion(a, lang) };
  } catch (error) {
    if (error instanceof CellError) return { error: error.message };
    // A string that is no JSON: the catalog's words, not the engine's English (surf66), in the sheet's language (mend66f);
    // any other error is the add-on's own.
    if (error instanceof SyntaxError) lang = sheetLang();
    const detail = error instanceof SyntaxError ? t(lang, 'achievability.request.json') : error instanceof Error ? error.message.slice(0, 200) : 'unknown';
    return { error: t(lang, 'achievability.error.request', { detail }) };
  }
}
