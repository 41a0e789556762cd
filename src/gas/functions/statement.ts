/**
 * Custom functions of goal-statement analysis — SMARTSCORE, SMARTCHECK,
 * SMARTPARSE — and the `smartAnalyze` server function the CLI calls.
 * Thin adapters: read cells, call core, localize.
 *
 * Without `as_of` the current date is used: relative deadlines ("next
 * quarter", "within 90 days") are then resolved when the sheet recalculates,
 * and Sheets only recalculates a custom function when its arguments change —
 * so such results stay frozen at the last calculation. Pass `as_of` (e.g. a
 * cell holding the plan's date) for stable results.
 */
import { upperFirst, useDateOrder } from '../../core/format';
import { achievableStatus, assessQuestion, statementQuestion } from '../../core/achievability';
import { isValidIsoDate } from '../../core/dates';
import { KPI_CATALOG, kpiBounded, kpiById } from '../../core/kpi/catalog';
import { scaleTop } from '../../core/achievability/scale';
import { historyRange, historyUnit, historyValueKind, logAggregation, logPoints, segmentedStock, unitClash, unitClashNote } from '../../core/workbook/kpis';
import { t } from '../../core/messages';
import { analyzeStatement, checkLine, evaluateStatement, impliedTarget, ownWordsKpi, scoreAlone } from '../../core/statement';
import type { CriterionResult, SmartEvaluation, StatementAnalysis } from '../../core/statement';
import type { Aggregation, CriterionId, CriterionStatus, IsoDate, KpiPoint, Lang } from '../../core/types';
import type { Settings } from '../../core/settings';
import type { ValueKind } from '../../core/forecast';
import { analyzeOptions, CellError, dateArg, describe, is2D, isBlank, mapCells, mapRows, sheetNumberLang, sheetDateOrder, sheetSettings, sheetToday, textArg, type CellOutput } from './cells';
import { isoToSheetDate, sheetZone } from './zone';

/** Longest goal accepted in a cell: goals are one or two sentences. */
const MAX_GOAL_LENGTH = 2000;

function asOfArg(value: unknown, lang: Lang): IsoDate {
  if (isBlank(value) || (Array.isArray(value) && value.every((row) => (Array.isArray(row) ? row.every(isBlank) : isBlank(row))))) return sheetToday();
  try {
    return dateArg(value, lang) ?? sheetToday();
  } catch {
    throw CellError.of(lang, 'statement.error.asOf', { value: describe(value, lang) });
  }
}

/**
 * A goal whose deadline falls after 31 December 9999 ("within 20 years" from an as_of in 9990, "next quarter" from
 * 31 December 9999): core's analysis says so (`pastLastDate`, core/dates.ts `LAST_DAY`). SMARTPARSE, whose deadline
 * cell could hold no such date, answers with the localized reason; SMARTCHECK's line carries it in its Time-bound
 * criterion, and SMARTSCORE scores the goal as SMARTCHECK and Check goals judge it: Time-bound failed, the rest scored
 * (fixes52: it threw, so a column of scores had a message where Check goals wrote a score).
 */
function checkedDeadline<T extends StatementAnalysis>(analysis: T, lang: Lang): T {
  if (analysis.pastLastDate !== undefined) throw CellError.of(lang, 'statement.error.pastLastDate');
  return analysis;
}

/** Reads one goal cell: text only; blank or whitespace → null (blank result). */
function goalArg(value: unknown, lang: Lang): string | null {
  const text = textArg(value, lang, MAX_GOAL_LENGTH).trim();
  if (text === '') return null;
  if (!/\p{L}/u.test(text)) throw CellError.of(lang, 'statement.error.noLetters', { value: describe(text) });
  return text;
}

/** SMARTSCORE's history: its points, header, and a log's aggregation, which Check goals judges the tab's goals in. */
interface History {
  points: KpiPoint[];
  header: string | null;
  /** What the header says the values are (core `historyValueKind`), read once per call: the same for every goal on it. */
  valueKind: ValueKind | null;
  aggregation?: Aggregation;
}

/**
 * The KPI history of SMARTSCORE, read as GOALVERDICT reads it (core `historyRange`: a deals log's three columns by its one
 * column of numbers; a log's rows per week, totalled or averaged as Check goals reads the tab: `logPoints`), or nothing;
 * its values' header when the range has one.
 */
function historyArg(value: unknown, lang: Lang, asOf: IsoDate): History | null {
  if (isBlank(value)) return null;
  const read = is2D(value) && value.length > 0 && !value.some((row) => row.length < 2) ? historyRange(value, sheetNumberLang(), sheetZone(), sheetDateOrder(), sheetSettings().fiscalYearStartMonth) : null;
  // Rows but not one dated value ([[1, 2, 3]]): a wrong range, said rather than ignored (review9).
  if (!read || (read.cleaned.points.length === 0 && read.cleaned.dropped.some((d) => d.reason !== 'blank' && d.reason !== 'header'))) throw CellError.of(lang, 'statement.error.history');
  const { cleaned, header } = read;
  // Once here, not on each goal the memo has not met (a header match per distinct question: units43).
  const kind = (points: KpiPoint[]): ValueKind | null => historyValueKind(header, points.map((p) => p.value), KPI_CATALOG);
  if (!read.log) return { points: cleaned.points, header, valueKind: kind(cleaned.points) };
  const aggregation = logAggregation(header, read.values, KPI_CATALOG, read.snapshots);
  const points = logPoints(cleaned.days, aggregation, asOf, segmentedStock(header, KPI_CATALOG, read.snapshots));
  return { points, header, aggregation, valueKind: kind(points) };
}

/**
 * "Reduce churn to 5%" over churned customers, "45 % of revenue" over revenue, "fewer than 10 customers a month" over a
 * churn rate: the note Check goals gives such a goal (core/workbook/kpis.ts `unitClash`, one rule for both) instead of a
 * score judged on a history in another unit. Null when the units compare.
 */
export function unitNote(analysis: StatementAnalysis, history: Pick<History, 'points' | 'header'> & { raw?: readonly number[] }, lang: Lang): string | null {
  const kpi = analysis.kpi ? kpiById(analysis.kpi) : undefined;
  if (!unitClash(analysis, historyUnit(kpi, history.header, history.points.map((p) => p.value), KPI_CATALOG), { names: [history.header], values: history.raw ?? history.points.map((p) => p.value) })) return null;
  // The rate in the user's words (« churn »), as Check goals names it (review 21).
  return unitClashNote(lang, analysis, kpi, analysis.target, history.header, undefined, kpi && (ownWordsKpi(analysis, kpi) ?? kpi).label[lang], scaleTop(kpi?.id, null, history.points.map((p) => p.value)));
}

/**
 * The Achievable criterion's status from a KPI history (SMARTSCORE reads no more of it: no message is written — perf66,
 * core `achievableStatus`, the mapping `achievableCriterion` reads too): the goal's target level is
 * the stated target or, for a stated change, the latest observed value ± the
 * change (impliedTarget). A cadenced goal without a deadline ("+10 % each
 * month") is checked over its next period.
 */
function achievableFromHistory(
  analysis: StatementAnalysis,
  { points: history, aggregation: own, header, valueKind }: History,
  asOf: IsoDate,
  lang: Lang,
  memo: Map<string, CriterionStatus>,
  policy: Settings['policy'] | undefined,
  fiscalStartMonth: number,
): CriterionStatus {
  const kpi = analysis.kpi ? kpiById(analysis.kpi) : undefined;
  // "40 leads a month", "+5 leads per month by June" over a summed KPI: judged on whole periods' totals, by the rule
  // Check goals follows (core/achievability/statement-question.ts, per-period.ts `perPeriodReading`).
  // A log's own aggregation before the KPI's, as Check goals reads the tab (a deals log of revenue: its totals).
  const question = statementQuestion(analysis, history, asOf, own ? { unit: kpi?.unit ?? historyUnit(kpi, header, history.map((p) => p.value), KPI_CATALOG), aggregation: own } : kpi, fiscalStartMonth);
  // No target to judge (judge's message would say so and suggest a rewrite).
  if (question === null) return 'unknown';
  const { target, deadline, aggregation } = question;
  // Assessing is the costly step (forecast models over the history): goals of a column that ask the same question share it.
  const key = `${target}|${deadline}|${analysis.direction}|${aggregation}|${kpi?.lowerIsBetter ?? ''}|${kpiBounded(kpi)}|${question.perPeriod ? (analysis.recurrence ?? analysis.totalOver) : ''}|${question.windowStart ?? ''}`;
  const known = memo.get(key);
  if (known) return known;
  // A per-period total over its own window: shifted by what comes before it, as Check goals (core `assessQuestion`).
  // What the history's header says its values are (`historyArg`, the same for every goal of the memo's column: no part of its key).
  const assessment = assessQuestion(question, analysis.direction, { lowerIsBetter: kpi?.lowerIsBetter ?? null, bounded: kpiBounded(kpi), policy, valueKind }, asOf, lang);
  const status = achievableStatus(assessment);
  memo.set(key, status);
  return status;
}

function score(text: string, asOf: IsoDate, lang: Lang, history: History | null, memo: Map<string, CriterionStatus>, settings: Settings): number | string {
  const fiscalYearStartMonth = settings.fiscalYearStartMonth;
  const analysis = analyzeStatement(text, analyzeOptions(asOf, lang, fiscalYearStartMonth));
  if (!history) return scoreAlone(analysis, asOf);
  const counts = unitNote(analysis, history, lang);
  if (counts !== null) return counts;
  const achievable = achievableFromHistory(analysis, history, asOf, lang, memo, settings.policy, fiscalYearStartMonth);
  return scoreAlone(analysis, asOf, achievable);
}

/**
 * Results of one custom-function call by statement: a 50,000-row column repeats its goals
 * (copied rows, one template per team), and each distinct text is analysed once. Lives for one
 * call only (the other arguments are fixed within it), bounded so a column of distinct texts
 * costs no more memory than its own results.
 */
class StatementMemo<T> {
  private static readonly LIMIT = 50_000;
  private readonly results = new Map<string, T>();

  get(lang: Lang, text: string, compute: () => T): T {
    const key = `${lang}\u0000${text}`;
    const known = this.results.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (this.results.size < StatementMemo.LIMIT) this.results.set(key, value);
    return value;
  }
}

/** SMARTSCORE(goal, [kpi_history], [as_of]) → 0–100 per goal. */
export function SMARTSCORE(goal: unknown, kpi_history?: unknown, as_of?: unknown): CellOutput | CellOutput[][] {
  // Shared arguments are read once per call, not once per row of a 10,000-row column.
  let shared: { asOf: IsoDate; history: History | null; settings: Settings } | null = null;
  const memo = new Map<string, CriterionStatus>();
  const seen = new StatementMemo<number | string>();
  return mapCells(goal, (value, lang) => {
    const text = goalArg(value, lang);
    if (text === null) return '';
    if (!shared) {
      const asOf = asOfArg(as_of, lang);
      // A log's week still running on as_of is left out of its totals (core `logPoints`).
      shared = { asOf, history: historyArg(kpi_history, lang, asOf), settings: sheetSettings() };
    }
    const { asOf, history, settings } = shared;
    return seen.get(lang, text, () => score(text, asOf, lang, history, memo, settings));
  });
}

/** SMARTCHECK(goal, [as_of]) → one localized line: what is missing and how to fix it. */
export function SMARTCHECK(goal: unknown, as_of?: unknown): CellOutput | CellOutput[][] {
  // The as-of date is read once per call, as SMARTSCORE does.
  let asOf: IsoDate | null = null;
  let fiscalYearStartMonth: number | null = null;
  const seen = new StatementMemo<string>();
  return mapCells(goal, (value, lang) => {
    const text = goalArg(value, lang);
    if (text === null) return '';
    const day = (asOf ??= asOfArg(as_of, lang));
    const fiscal = (fiscalYearStartMonth ??= sheetSettings().fiscalYearStartMonth);
    return seen.get(lang, text, () => checkLine(evaluateStatement(text, analyzeOptions(day, lang, fiscal)), { asOf: day, lang }));
  });
}

/** SMARTPARSE(goal, [as_of]) → [kpi, direction, baseline, target, deadline, recurrence] per goal. */
export function SMARTPARSE(goal: unknown, as_of?: unknown): CellOutput[][] {
  let asOf: IsoDate | null = null;
  let fiscalYearStartMonth: number | null = null;
  return mapRows(goal, 6, (value, lang) => {
    const text = goalArg(value, lang);
    if (text === null) return ['', '', '', '', '', ''];
    const fiscal = (fiscalYearStartMonth ??= sheetSettings().fiscalYearStartMonth);
    const day = (asOf ??= asOfArg(as_of, lang));
    // "Within 20 years" from 9990: a deadline no cell can hold is said, not left blank.
    const analysis = checkedDeadline(analyzeStatement(text, analyzeOptions(day, lang, fiscal)), lang);
    const kpi = analysis.kpi ? kpiById(analysis.kpi) : undefined;
    const target = impliedTarget(analysis, analysis.baseline);
    const cadence = analysis.recurrence ?? analysis.totalOver ?? null;
    return [
      // The user's own name for the KPI when the sentence says one of its names ("our win rate" → "Win rate", where the
      // catalog's label is "Close rate"), as SMARTCHECK and Check goals name it (`ownWordsKpi`); else the catalog's label.
      kpi ? upperFirst((ownWordsKpi(analysis, kpi) ?? kpi).label[lang]) : '',
      analysis.direction ? t(lang, `direction.${analysis.direction}`) : '',
      analysis.baseline ?? '',
      target ?? '',
      analysis.deadline ? isoToSheetDate(analysis.deadline) : '',
      // « 120 000 € de CA mensuel » is an amount per month as « 12 nouveaux clients par mois » is: Check goals and
      // SMARTSCORE read both so (`withTotalPeriod`), and the cadence said it only for the second.
      cadence ? t(lang, `period.${cadence}`) : '',
    ];
  });
}

/** What `smart-goals analyze --json` prints for one statement (key order is part of the format). */
export interface SmartAnalyzeResult {
  text: string;
  language: Lang;
  score: number;
  criteria: Record<CriterionId, CriterionResult>;
  kpi: string | null;
  direction: SmartEvaluation['direction'];
  baseline: number | null;
  target: number | null;
  change: SmartEvaluation['change'];
  unit: SmartEvaluation['unit'];
  /**
   * The baseline's and the target's unit when `unit` is the relative change's percentage (the fixtures' unit rule, which
   * the statements eval measures): "Double revenue to $2M" is `unit` percent, `levelUnit` currency — the CLI said
   * "percent" beside a target of 2,000,000 (story47). Null when the level is in `unit`.
   */
  levelUnit: SmartEvaluation['unit'];
  /** The stated amounts' currency, an ISO code ("EUR", "XOF"; null: none stated): the CLI's table writes them with it (surf65). */
  currency: string | null;
  deadline: IsoDate | null;
  recurrence: SmartEvaluation['recurrence'];
  levers: string[];
}

/**
 * Server function for the CLI (and the sidebar): the full evaluation of one
 * statement as a plain JSON object. `asOf` defaults to today; `lang` is the
 * language of messages (default: the statement's own language); `fiscalStartMonth` (1–12, the CLI's --fiscal-start)
 * the first month of the fiscal year "FY27", "Q4 2027" and "this financial year" are read in, default the Settings'
 * (the preview's workbook; January where there are none), as SMARTPARSE reads them.
 */
export function smartAnalyze(text: unknown, asOf?: unknown, lang?: unknown, fiscalStartMonth?: unknown): SmartAnalyzeResult {
  const messageLang: Lang | undefined = lang === 'fr' || lang === 'en' ? lang : undefined;
  const statement = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  const date = typeof asOf === 'string' && isValidIsoDate(asOf) ? asOf : sheetToday();
  // Dates in its messages follow the locale, as SMARTCHECK's do: "June 1, 2027" in en_US, "1 June 2027" in en_GB.
  useDateOrder(sheetDateOrder());
  const fiscal = typeof fiscalStartMonth === 'number' && Number.isInteger(fiscalStartMonth) && fiscalStartMonth >= 1 && fiscalStartMonth <= 12 ? fiscalStartMonth : sheetSettings().fiscalYearStartMonth;
  // The CLI's and the evals' call: a sentence with no spreadsheet (their stand-in locale only picks the language's date
  // order), so ISO weeks, as every labelled fixture reads "this week" (docs/ARCHITECTURE.md, *Weeks*).
  const e = evaluateStatement(statement, analyzeOptions(date, messageLang, fiscal, 1));
  const c = e.criteria;
  return {
    text: statement,
    language: e.language,
    score: e.score,
    criteria: { specific: c.specific, measurable: c.measurable, achievable: c.achievable, relevant: c.relevant, timeBound: c.timeBound },
    kpi: e.kpi,
    direction: e.direction,
    baseline: e.baseline,
    target: e.target,
    change: e.change ? { value: e.change.value, kind: e.change.kind } : null,
    unit: e.unit,
    levelUnit: e.levelUnit ?? null,
    currency: e.currency,
    deadline: e.deadline,
    recurrence: e.recurrence,
    levers: [...e.levers],
  };
}
