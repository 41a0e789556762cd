/**
 * Check goals, the pure part: every goal row is analyzed from its sentence,
 * its structured columns (which win over the sentence), its KPI history and
 * its family (parent/children). Three passes: merge each row (statement
 * analysis + columns + linked series), check alignment across rows, then
 * assess and score each row. A `shouldContinue` callback lets the caller stop
 * cleanly before Apps Script's time limit; unchecked rows are reported.
 */
import { onScaleOf, scaleTop } from '../achievability/scale';
import { aboutFigure, readableSuggestion, countChangeTarget, countTarget, achievableCriterion, countSuggestion, verdictStory, verdictWord, assess, defaultBaseline, pointsUpTo, lessAmbitious, farPastReason, assessShifted, coarserScale, levelChangeTarget, periodEndingAt, ratePoints, NO_END_DATE, passedLevel, unstatedDirection, windowTotalShift, wrongSide, perPeriodReading, onePeriodWindow, totalWindow, partialWindowAssessment, previousWindowTotal, recurringDeadline, requiredPace, paceStart, withTotalPeriod, type Assessment, type PerPeriodReading, type PeriodChangeTarget } from '../achievability';
import { farPastCount } from '../series/clean';
import { alignmentFix, checkAlignment, unitNoun, type AlignmentGoal, type AlignmentOptions, type AlignmentResult } from '../alignment';
import { addDays, addPeriods, endOfPeriod, isPastLastDay, startsAfterDeadline, type DateOrder, type WeekStart } from '../dates';
import { currencySymbol, defaultCurrency, formatDate, formatNumber, formatPercent, formatPoints, superscript, withAmountDecimals } from '../format';
import { currencyCode, differentCurrencies, markScale, sentenceCurrency, writtenMark } from '../currency-marks';
import { amountsShownIn } from './scale';
import { KPI_CATALOG, kpiBounded, kpiById, type KpiDefinition } from '../kpi/catalog';
import { bareRate, rateHistoryScale } from '../kpi/bare-rate';
import { t, type MessageKey } from '../messages';
import type { Settings } from '../settings';
import { analyzeStatement, exampleRewrite, impliedTarget, judge, namesKpi, ownWordsKpi, scoreOf, type CriterionResult, type StatementAnalysis } from '../statement';
import { CRITERIA, type Aggregation, type CriterionStatus, type CriterionId, type Direction, type IsoDate, type KpiPoint, type Lang, type Period, type Unit, type Verdict } from '../types';
import { detectPeriod, shortWindow } from '../series/period';
import { countedRateKpi, kpiTab, tabNamed, type LinkChoice, linkSeries, matchCatalog } from './link';
import { countsThings, historyUnit, unitClash, unitClashNote, unreadNote, valueKindOf } from './kpis';
import { addBottomUpPlans } from './plans';
import { fold } from './text';
import { findDirections } from '../statement/direction';
import { prepare } from '../statement/text';
import { keptUnderReading, reversedWindow, sameGoalKey } from './goals';
import type { NumberLang } from '../numbers';
import type { CheckSummary, FlagCause, GoalCheck, GoalField, GoalFigures, GoalRow, KpiSeries, WorkbookModel } from './types';
import { formatGoalValue, targetFormulaNote } from './values';
import { leversNote, readLevers } from './levers';

export interface CheckOptions {
  today: IsoDate;
  lang: Lang;
  settings: Settings;
  /** The spreadsheet locale's order of numeric dates, for deadlines typed in goal sentences ("by 12/03/2027"). */
  dateOrder?: DateOrder;
  /** The locale's first day of the week (`localeWeekStart`), for "this week" / « la semaine prochaine » in goal sentences. */
  weekStart?: WeekStart;
  /** How the locale reads numbers (`numberLang`): an Indian one reads a sentence's "45 L" as lakhs. */
  numberLang?: NumberLang;
  catalog?: readonly KpiDefinition[];
  /**
   * Asked before each row of each pass ('merge': reading the row, 'align': each proposed
   * split, 'assess': forecasting and scoring); false stops that phase cleanly (time budget).
   * A caller may stop 'merge' earlier to leave the assessing pass its share of the time.
   */
  shouldContinue?: (phase: CheckPhase) => boolean;
  /** Progress callback: rows done out of total, per pass. */
  onProgress?: (done: number, total: number) => void;
  /** Rows to analyze first (those a previous run stopped before): a re-run finishes what is left. */
  priorityRows?: ReadonlySet<number>;
}

/**
 * Why a goal is not judged on a series its words point to — one reason, one note:
 * - `counts`: a rate goal ("Reduce churn to 5%") with no series of that rate, beside a column counting the rate's events
 *   ("Churned customers" on a tab "Churn"): not judged against counts, and the note says what to add;
 * - `farStart`: the linked tab's latest value is far from the goal's stated start (`FAR_START_RATIO`);
 * - `otherCurrency`: the linked tab's amounts are in another currency than the goal's (`differentCurrencies`);
 * - `countOnMoney`: the linked tab holds money while the sentence counts things (`countsThings`, fixes61).
 */
export type SetAside = { reason: 'counts' | 'otherCurrency' | 'countOnMoney'; series: KpiSeries } | { reason: 'farStart'; series: KpiSeries; latest: KpiPoint };

/** A goal row after merging its columns with its sentence and its KPI series. */
export interface MergedGoal extends GoalFigures {
  goal: GoalRow;
  analysis: StatementAnalysis;
  series: KpiSeries | null;
  kpi: KpiDefinition | null;
  /** Which fields came from the structured columns (they override the sentence). */
  fromColumns: Set<GoalField>;
  /** The value as typed when the reader rescaled it ("30" in a percent column read as 30 %), else null. */
  rescaled: number | null;
  /** For "20 % more" on a total KPI without a baseline: the total of the previous window it is compared with. */
  totalReference: { value: number; from: IsoDate; to: IsoDate } | null;
  /** Where the series stands today when no baseline is stated (`defaultBaseline` as of the run's today): rows dated after today left out. */
  startLevel: number | null;
  /** The deadline said 31/12/9999 ("no end date"): dropped, the goal is judged as having none. */
  openEnded?: boolean;
  /** The linked column’s scaled mark ("k€") when its values are whole amounts, as the sentence's are: compared as written. */
  scaleDisagrees?: string;
  /** An amount per period on a summed KPI ("30 per month"): `start` is that period's window before the deadline. */
  periodWindow?: Period;
  /** What went wrong while checking this row (localized), when something did: the row is reported, the run goes on. */
  failure?: string;
  /** The tab the goal's words linked (or the counts of its rate's events), left aside and why: the note that says so. */
  setAside?: SetAside;
  /** The KPI is on several tabs: the one used, or those the goal's words could not choose between (nothing judged). */
  choice?: LinkChoice;
  /** The KPI column names no tab holding a series (`namedTabNote`): the note saying which case; nothing is judged, bottom-up neither. */
  namedTab?: string;
  /** A change per period on a summed KPI ("+5 leads per month"): the base period and the level the target is. */
  periodChange?: PeriodChangeTarget;
  /** The per-period reading the goal is judged on (with `periodWindow`): its totals, window and date, as SMARTSCORE's. */
  perPeriod?: PerPeriodReading;
}

export interface CheckResult {
  merged: MergedGoal[];
  checks: GoalCheck[];
  alignment: AlignmentResult;
  assessments: Map<number, Assessment>;
  /** Rows not checked because the run stopped early. */
  remainingRows: number[];
  complete: boolean;
}

/**
 * Percent KPIs are stored as fractions (25 % → 0.25), but people type "30"
 * in a plain number cell. A structured value above 1.5 on a percent KPI
 * whose history is all fractions is read as a percentage.
 */
function percentFix(value: number | null, unit: Unit | null, series: KpiSeries | null, typedPercent = false): { value: number | null; rescaled: boolean } {
  // "3000 %" typed as text says what it means: never rescaled.
  if (value === null || unit !== 'percent' || typedPercent) return { value, rescaled: false };
  // The rule every surface follows (core/kpi/bare-rate.ts): the column is already read as rates when in points.
  const read = bareRate(value, rateHistoryScale(series ? series.points.map((p) => p.value) : [], false));
  return { value: read, rescaled: read !== value };
}

function statementUnit(unit: StatementAnalysis['unit']): Unit | null {
  return unit === null ? null : unit;
}

/**
 * A Goals tab repeats its sentences (one template per team, copied rows): within one run (one options object) each
 * distinct sentence is analysed once. The analysis depends only on the text and the run's today, language, catalog and
 * fiscal year, and is never mutated afterwards; bounded like the custom functions' StatementMemo.
 */
const analyses = new WeakMap<CheckOptions, Map<string, StatementAnalysis>>();
const ANALYSES_LIMIT = 50_000;

function analyzedStatement(text: string, options: CheckOptions, catalog: readonly KpiDefinition[]): StatementAnalysis {
  let byText = analyses.get(options);
  const known = byText?.get(text);
  if (known) return known;
  const analysis = analyzeStatement(text, { asOf: options.today, lang: options.lang, catalog, fiscalYearStartMonth: options.settings.fiscalYearStartMonth, dateOrder: options.dateOrder, weekStart: options.weekStart, numberLang: options.numberLang });
  if (!byText) {
    byText = new Map();
    analyses.set(options, byText);
  }
  if (byText.size < ANALYSES_LIMIT) byText.set(text, analysis);
  return analysis;
}

/**
 * `historyUnit` of a linked tab's series for a KPI, once per run (one options object) for each series and KPI: thousands
 * of rows link a few dozen series (chk58). Its answer depends only on them and the run's catalog.
 */
const historyUnits = new WeakMap<CheckOptions, Map<KpiSeries, Map<string | undefined, Unit | null>>>();

function linkedHistoryUnit(kpi: KpiDefinition | undefined, linked: KpiSeries, options: CheckOptions, catalog: readonly KpiDefinition[]): Unit | null {
  let bySeries = historyUnits.get(options);
  if (!bySeries) historyUnits.set(options, (bySeries = new Map()));
  let byKpi = bySeries.get(linked);
  if (!byKpi) bySeries.set(linked, (byKpi = new Map()));
  if (!byKpi.has(kpi?.id)) byKpi.set(kpi?.id, historyUnit(kpi, linked.name, linked.points.map((p) => p.value), catalog));
  return byKpi.get(kpi?.id) ?? null;
}

/** How far apart a stated start and the linked tab's latest value may be (either way) and still measure one thing: a level ten times its start is no goal's move. */
const FAR_START_RATIO = 10;


/** Merges one row: structured columns first, then the sentence, then the KPI's own defaults. */
export function mergeGoal(goal: GoalRow, series: readonly KpiSeries[], options: CheckOptions, unreadTabs?: ReadonlyMap<string, boolean>): MergedGoal {
  const catalog = options.catalog ?? KPI_CATALOG;
  // "$550,000 annual revenue" (a summed KPI's amount over a named period): judged as that period's total, as SMARTSCORE.
  const read = analyzedStatement(goal.statement, options, catalog);
  const fromWords = withTotalPeriod(read);
  const percentTarget = fromWords.unit === 'percent' && fromWords.change?.kind !== 'relative';
  const choice: LinkChoice = {};
  let linked = linkSeries(goal, fromWords.kpi, series, catalog, percentTarget, choice, unreadTabs);
  // A sentence naming no currency takes the one a Target or Baseline cell writes when it is not the tab's ("$500k" beside
  // « CA (k€) »): set aside as the sentence's would be, its mark named (mend55f: the cell's was judged in euros).
  const cellCurrency = goal.typedMark ? (sentenceCurrency(goal.typedMark) ?? null) : null;
  const stated = !fromWords.currency && differentCurrencies(cellCurrency, linked?.currency) ? { ...fromWords, currency: cellCurrency } : fromWords;
  // Amounts of money against a column shown in thousands or millions of that currency ("CA (k€)": surf54, ./scale.ts) are
  // compared in the column's unit, the number a user reads there: "500 000 €" or "500 k€" in the sentence is 500; a Target
  // or Baseline cell's number (500) is already the column's.
  const shownScale = linked?.currency ? markScale(linked.currency) : null;
  const converted = shownScale && !differentCurrencies(stated.currency, linked?.currency) ? amountsShownIn(stated, shownScale.factor) : stated;
  // A "(k€)" column holding whole amounts (1,315,000 under "Revenue (k€)", mend54f): the sentence's €1,500,000 is near the
  // column's latest value as written and a thousandth of it once divided — the header's scale and the values disagree.
  // Compared as written, with the plain mark, and said (`scaleDisagrees`): never a silent "on track" on 1,500 k€.
  const latestValue = linked?.points[linked.points.length - 1]?.value ?? 0;
  const stands = (amount: number | null | undefined): boolean => !!amount && latestValue > 0 && Math.max(amount / latestValue, latestValue / amount) < FAR_START_RATIO;
  // The column's values decide its scale (mend55f, the lead's ruling): a column shown in thousands keeps its numbers under a
  // thousand (else it would show millions), so values of its scale's factor and more are whole amounts under that header;
  // values at 380–450 under « CA (k€) » ARE k€, and "470 €" typed there is 0.47 k€ (it was read as written, 1000× too small).
  // A Target or Baseline cell showing an amount with its mark or multiplier ("470 k€" typed as text or a formula's, "500 000 €")
  // is an amount in the currency, converted as a sentence's: 470 and 500 beside "CA (k€)" (surf55: 470 k€ was 470,000 k€).
  // A bare number is the column's already. Likewise said and read as written when it stands where the column's values do.
  const typedAmount = (field: 'target' | 'baseline'): number | null => (shownScale && stated === fromWords && goal.typedAmount?.includes(field) ? goal[field] : null);
  const cellAmount = typedAmount('target') ?? typedAmount('baseline');
  const scaleDisagrees = shownScale !== null && latestValue >= shownScale.factor && ((converted !== stated && stands(stated.target ?? stated.baseline) && !stands(converted.target ?? converted.baseline)) || (cellAmount !== null && stands(cellAmount) && !stands(cellAmount / shownScale.factor)));
  if (shownScale && cellAmount !== null && !scaleDisagrees) {
    const shown = (field: 'target' | 'baseline'): number | null => (typedAmount(field) === null ? goal[field] : goal[field]! / shownScale.factor);
    goal = { ...goal, target: shown('target'), baseline: shown('baseline') };
  }
  const analysis = scaleDisagrees ? stated : converted;
  const columnKpi = goal.kpi ? matchCatalog(goal.kpi, catalog) : null;
  const sentenceKpi = analysis.kpi ? (catalog.find((k) => k.id === analysis.kpi) ?? null) : null;
  let kpi = (linked?.catalogId ? kpiById(linked.catalogId) : undefined) ?? columnKpi ?? sentenceKpi;
  // "Reduce churn to 5%" with the KPI column "Churn" naming a tab that only counts churned customers ("Customers lost",
  // "Deals won" for a win rate, "Signups" for a conversion rate): a percentage is never judged against a series that is
  // no percentage, whatever catalog KPI its header names (it was: KPI customers, probability 0.00006); the goal keeps
  // its rate KPI (the KPI column's, else the sentence's) and gets the count-not-rate note instead.
  // Likewise any percentage (not a relative change) over money or counts ("45 % of revenue" on Revenue: judged as revenue,
  // it was "on track"), and a count over a percentage ("fewer than 10 customers a month" on a churn rate: 10 read as
  // 1,000 %): `unitClash`, the rule SMARTSCORE follows too.
  const rateKpi = percentTarget ? ([columnKpi, sentenceKpi].find((k) => k?.unit === 'percent') ?? null) : null;
  // The column's unit as SMARTSCORE decides its history's (`historyUnit`: a "Margin" tab of 38,000s holds money, not the
  // margin rate), so both ask `unitClash` the same question.
  const clash = linked ? unitClash(analysis, linkedHistoryUnit(sentenceKpi ?? columnKpi ?? undefined, linked, options, catalog), { names: [linked.name, linked.sheetName], values: linked.points.map((p) => (linked?.typedInPoints ? p.value * 100 : p.value)) }) : null;
  let setAside: SetAside | undefined;
  if (linked && clash) {
    setAside = { reason: 'counts', series: linked };
    linked = null;
    kpi = rateKpi ?? kpi;
  }
  // Things counted by the sentence ("Add 40 opportunities to the pipeline") linked by its words to a tab of money (a
  // "Pipeline" of €, the pipeline's value): the tab does not hold them (fixes61: judged as $4,920,040, "on track"). Not
  // judged on it unless the KPI column names it; the goal keeps its own KPI.
  if (linked && goal.kpi === null && analysis.unit === 'count' && linked.unit === 'currency' && countsThings(goal.statement)) {
    setAside = { reason: 'countOnMoney', series: linked };
    linked = null;
    kpi = sentenceKpi ?? kpi;
  }
  // The linked column's own unit when it measures this KPI (its number format may say € where the catalog says count),
  // or when it counts what the sentence's rate KPI is the rate of ("Reduce cancellations…" on a "Cancellations" column
  // of counts: no catalog KPI, unit count — docs/WORKBOOK.md, "Counts of a rate's events"), or holds money the sentence
  // does not count (a deals log's $ Amount named "Deals", the catalog's count: notes said "Aim for 1,462,769", review 29).
  const unit = onScaleOf(linked) ?? (clash === 'rate' ? 'percent' : clash) ?? (linked?.catalogId && kpi?.id === linked.catalogId ? linked.unit : null) ?? (linked && linked.catalogId === null && (linked.unit === 'count' || (linked.unit === 'currency' && analysis.unit !== 'count')) ? linked.unit : null) ?? kpi?.unit ?? linked?.unit ?? statementUnit(analysis.levelUnit ?? analysis.unit);
  const fromColumns = new Set<GoalField>();
  const pick = <T>(field: GoalField, column: T | null, sentence: T | null): T | null => {
    if (column !== null) {
      fromColumns.add(field);
      return column;
    }
    return sentence;
  };
  const baselineFix = percentFix(goal.baseline, unit, linked, goal.typedPercent?.includes('baseline'));
  const targetFix = percentFix(goal.target, unit, linked, goal.typedPercent?.includes('target'));
  const baseline = pick('baseline', baselineFix.value, analysis.baseline);
  // The goal's Aggregation column, else what the KPI column is (level or total, from its catalog KPI, header and format).
  // A count fewer is better kept under a figure ("Keep churned customers under 60", « Garder les clients perdus sous 60 »)
  // is a level each period must stay under, unless the sentence asks for a total ("60 in total"): summed to the deadline
  // it read "unrealistic, aim for 266" in English where French, reading no churn, said "on track" (surf62). The formulas'
  // default keeps such a goal a level too (a stated "maintain", a fewer-is-better header: surf61, mend61f).
  // A cadence stated ("under 30 per month" on a weekly tab) keeps the tab's total: the month's is judged (`perPeriodReading`).
  // One calendar period named ("this year", "in Q1 2027", « cette année », a Start–Deadline that is one quarter) is that
  // period's total, as before surf62 (mend62f: "under 400 this year" said on track at about 41 a month): `keptUnderReading` (goals.ts: one
  // function with the formulas, mend63f).
  const span = [goal.start ?? analysis.start, goal.deadline ?? analysis.deadline];
  const keptUnder =
    keptUnderReading(
      { statement: goal.statement, direction: goal.direction ?? analysis.direction, unit, recurring: analysis.recurrence !== null, lowerIsBetter: [kpi, columnKpi, sentenceKpi].some((k) => k?.lowerIsBetter === true), start: span[0], deadline: span[1] },
      options.settings.fiscalYearStartMonth,
    ) === 'level';
  const aggregation: Aggregation = pick('aggregation', goal.aggregation, null) ?? (clash === 'rate' ? 'level' : null) ?? (analysis.totalOver ? 'total' : null) ?? (keptUnder ? 'level' : null) ?? linked?.aggregation ?? kpi?.aggregation ?? 'level';
  // A start stated far from where the linked tab stands — "from $4000 a month to $6000 a month" for one product's sales,
  // linked by its words to a monthly Revenue tab at $516,000 (review 23: judged "on track, >99 %") — measures something
  // the tab does not hold (a product, a team, a region of it): the goal is not judged on that tab unless the KPI column
  // names it. Compared only where the tab's latest value is on the start's scale: a level, or an amount per period the
  // tab records ("a month" on monthly rows; "20 a day" on a monthly tab is not compared).
  const cadence = analysis.totalOver ?? analysis.recurrence;
  const sameScale = linked !== null && (aggregation === 'level' || (cadence !== null && cadence === detectPeriod(linked.points)));
  const current = linked && sameScale && goal.kpi === null && baseline !== null && baseline > 0 && unit !== 'percent' ? pointsUpTo(linked.points, options.today) : [];
  const latestPoint = current.length > 0 ? current[current.length - 1] : null;
  if (linked && latestPoint && baseline !== null && latestPoint.value > 0 && Math.max(baseline / latestPoint.value, latestPoint.value / baseline) >= FAR_START_RATIO) {
    setAside = { reason: 'farStart', series: linked, latest: latestPoint };
    linked = null;
  }
  // An amount stated in another currency than the linked tab's ("$20,000 in revenue" beside a Revenue tab in ₹, « 45 000 € »
  // beside one in CHF; review 24: both "on track, >99 %") cannot be compared without an exchange rate the workbook does not
  // give: never judged on that tab, even one the KPI column names (surf51, the lead's ruling: a € goal on a $ tab showed its
  // $ baseline in €): no chance, no verdict, one reason (`sidebar.currency.notConverted`), on every surface.
  if (linked && unit === 'currency' && differentCurrencies(analysis.currency, linked.currency)) {
    setAside = { reason: 'otherCurrency', series: linked };
    linked = null;
  }
  // No baseline stated: a level starts at its latest value, a total has none (achievability/baseline.ts: the wizard's pre-fill too).
  const startLevel = linked ? defaultBaseline(linked.points, aggregation, null, options.today) : null;
  let deadline = pick('deadline', goal.deadline, analysis.deadline);
  // 31/12/9999 is how spreadsheets say "no end date": no deadline, not one eight thousand years away.
  const openEnded = deadline !== null && deadline >= NO_END_DATE;
  if (openEnded) deadline = null;
  const ownStart = pick('start', goal.start, analysis.start);
  // "+10 % each month": a recurring goal without a date is judged on its next calendar period (as SMARTSCORE), counted
  // from its Start when that is later than today — a default deadline before the user's Start refused the goal with a
  // date the user never gave (mend57f).
  if (deadline === null && analysis.recurrence) deadline = recurringDeadline(ownStart && ownStart > options.today ? ownStart : options.today, analysis.recurrence);
  // "A win rate of 30" (no % sign) over a rate column: 30 %, as SMARTSCORE reads it (`ratePoints`).
  const bare = ratePoints(analysis, unit, linked ? linked.points.map((p) => p.value) : []).target;
  const sentence = bare === analysis.target ? analysis : { ...analysis, target: bare };
  const statedTarget = targetFix.value ?? bare;
  // A goal stated per period on a summed KPI ("30 leads per month by June 2027", "+5 leads per month by June 2027") is
  // read by the rule SMARTSCORE follows (core/achievability/per-period.ts `perPeriodReading`), the columns passed in as
  // data: one window, one baseline period and one date for both, and the window judged is the Start recorded.
  const readingFor = (period: Period): PerPeriodReading | null =>
    linked && deadline ? perPeriodReading(linked.points, period, deadline, { change: analysis.change, target: statedTarget, baseline, direction: pick('direction', goal.direction, analysis.direction), once: read.recurrence === null }, options.today, options.settings.fiscalYearStartMonth) : null;
  // "+10 % in Q1 FY2028" (a change stated for one period wholly ahead): read as "per quarter", the change once from the
  // last full quarter, as SMARTSCORE (per-period.ts `onePeriodWindow`; a target keeps `judgeGoal`'s reading of it).
  const one = aggregation === 'total' && !analysis.recurrence && analysis.change && linked && deadline ? onePeriodWindow(linked.points, ownStart, deadline, options.today, options.settings.fiscalYearStartMonth) : null;
  // A per-period goal ("each week", not "in Q1 2027", a named period's total) is judged on the period holding the deadline
  // whatever its Start, which only says when the periods begin — as the formulas (`statementQuestion`); a typed Start
  // made it a total from that day (mend58f).
  const periodsOnly = ownStart === null || read.recurrence !== null;
  const recurring = (periodsOnly && aggregation === 'total' && analysis.recurrence && deadline ? analysis.recurrence : null) ?? one;
  let reading = recurring ? readingFor(recurring) : null;
  const windowStart = periodsOnly ? periodWindowStart(analysis, goal, aggregation, deadline, reading, options.settings.fiscalYearStartMonth) : null;
  // (A Start after the deadline stays: the row is refused, `problemNotes`.)
  const reversed = startsAfterDeadline({ start: ownStart, deadline });
  let start = (reversed ? null : windowStart) ?? ownStart;
  let periodWindow: Period | null = windowStart !== null ? analysis.recurrence : null;
  let totalReference: { value: number; from: IsoDate; to: IsoDate } | null = null;
  // "Increase leads by 5 per month by June 2027": the deadline's month against the last full month + 5 × the months
  // between (the reading's change), not seven months' total + 5.
  // "+10 % per month" on a rate: the level compounded each month from its latest point (SMARTSCORE's rule too).
  const changePerPeriod = reading?.change ?? (aggregation === 'level' && analysis.recurrence && analysis.change && statedTarget === null && baseline === null && linked && deadline ? levelChangeTarget(pointsUpTo(linked.points, options.today), analysis.recurrence, deadline, analysis.change, pick('direction', goal.direction, analysis.direction)) : null);
  if (changePerPeriod && reading && recurring) {
    periodWindow = reading.own ?? recurring;
    start = reversed ? ownStart : reading.from;
  } else if (aggregation === 'total' && baseline === null && statedTarget === null && analysis.change && linked && deadline) {
    // "20 % more leads this quarter": compared with the same length of time just before, from the history.
    totalReference = previousWindowTotal(linked.points, start ?? options.today, deadline, start !== null);
  }
  if (periodWindow === null) reading = null;
  const statedDirection = pick('direction', goal.direction, analysis.direction);
  const derived = changePerPeriod ? countChangeTarget(changePerPeriod, unit) : impliedTarget(sentence, baseline ?? (aggregation === 'level' ? startLevel : (totalReference?.value ?? null)));
  // A count's target a change gives is whole as the goal needs it (4,061.2 leads → 4,062), as SMARTSCORE's (`countTarget`).
  const target = pick('target', targetFix.value, null) ?? (statedTarget === null && derived !== null ? countTarget(derived, unit, statedDirection === 'decrease') : derived);
  // With no direction stated, one rule for every surface (achievability `unstatedDirection`, GOALVERDICT's too): a target
  // equal to today's level keeps it; a KPI whose better side is known goes that way — a target on the worse side of
  // today's level is a bound already kept (churn at 4.2 % with a 5 % target is "keep it under 5 %"); else the levels.
  const direction = statedDirection ?? unstatedDirection(target, baseline ?? startLevel, kpi ? kpi.lowerIsBetter : null);
  // "Reduce costs to $4,000 by June 2027" on monthly costs: a running total only grows, so a decrease to an amount is
  // what one period of the series must come to by the deadline (it was judged as seven months' total: "aim for $35,500").
  if (start === null && periodWindow === null && aggregation === 'total' && direction === 'decrease' && deadline && linked && linked.points.length > 1 && (goal.target !== null || analysis.target !== null) && analysis.change?.kind !== 'relative') {
    const own = detectPeriod(linked.points);
    if (own) {
      periodWindow = own;
      reading = readingFor(own);
      start = reading?.from ?? periodEndingAt(deadline, own, options.settings.fiscalYearStartMonth);
    }
  }
  if (goal.kpi) fromColumns.add('kpi');
  // The counts of a rate's events say more than a far start or another currency (the note said is the counts').
  const counted = setAside?.reason !== 'counts' && linked === null && kpi?.unit === 'percent' ? countedEventsOf(kpi, series, catalog) : null;
  if (counted) setAside = { reason: 'counts', series: counted };
  return {
    goal,
    analysis,
    series: linked,
    kpi: kpi ?? null,
    unit,
    // The sign the tab shows when it is the goal's currency ("7,5 FCFA" beside cells in FCFA, "500 DH" beside DH; surf50:
    // the notes wrote « F CFA », « MAD »), as the report copies the tab's format: one currency, written one way.
    currency: scaleDisagrees && shownScale ? shownScale.base : linked?.currency && (analysis.currency ?? currencyCode(linked.currency)) === currencyCode(linked.currency) ? linked.currency : (analysis.currency ?? linked?.currency ?? null),
    ...(scaleDisagrees && linked ? { scaleDisagrees: linked.currency ?? '' } : {}),
    direction,
    aggregation,
    baseline,
    target,
    start,
    deadline,
    fromColumns,
    rescaled: targetFix.rescaled ? goal.target : baselineFix.rescaled ? goal.baseline : sentence !== analysis ? analysis.target : null,
    totalReference,
    startLevel,
    openEnded,
    ...(periodWindow !== null ? { periodWindow } : {}),
    ...(setAside ? { setAside } : {}),
    ...(choice.tied || choice.tab || choice.label ? { choice } : {}),
    ...(changePerPeriod ? { periodChange: changePerPeriod } : {}),
    ...(reading ? { perPeriod: reading } : {}),
  };
}

/**
 * A column counting the events or people of the rate `kpi` ("Churned customers", "Clients perdus" for churn): named
 * as such (countedRateKpi), or a count column of no catalog KPI on a tab named after the rate ("Churn"). Null when none.
 */
function countedEventsOf(kpi: KpiDefinition, series: readonly KpiSeries[], catalog: readonly KpiDefinition[]): KpiSeries | null {
  const counts = series.filter((s) => s.catalogId === null && s.unit === 'count');
  return counts.find((s) => countedRateKpi(s.name, catalog)?.id === kpi.id) ?? counts.find((s) => matchCatalog(s.sheetName, catalog)?.id === kpi.id) ?? null;
}

/**
 * "30 cancellations per month by June 2027", "40 leads a week": an amount per period on a summed KPI is what the
 * last period before the deadline must add up to, not the sum of every period until then (that read the goal as
 * "30 in seven months"). The window is the deadline's own period when the deadline closes it, else the period's
 * length ending at the deadline. A relative change per period ("+10 % each month") keeps its reading.
 */
function periodWindowStart(analysis: StatementAnalysis, goal: GoalRow, aggregation: Aggregation, deadline: IsoDate | null, reading: PerPeriodReading | null, fiscalStartMonth: number): IsoDate | null {
  const period = analysis.recurrence;
  if (!period || deadline === null || aggregation !== 'total') return null;
  // "+10 % per month" (a relative change and no level) has no window of its own; "Double monthly revenue to $300,000" has
  // its level's, as "Increase monthly revenue to $300,000" (a relative change once skipped it: judged as the window's total).
  if (goal.target === null && analysis.target === null) return null;
  // The window the goal is judged on ("by 1 June" on monthly figures: 1–31 May), else one period's length to the deadline.
  return reading?.from ?? periodEndingAt(deadline, period, fiscalStartMonth);
}

/** The error kind only (RangeError, TypeError…), never its internal English message or a stack. */
function errorKind(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : 'Error';
}

function rowFailure(error: unknown, lang: Lang): string {
  // A date computed past 31 December 9999 (core/dates.ts `PastLastDay`, known by its class): said as such.
  if (isPastLastDay(error)) return t(lang, 'statement.error.pastLastDate');
  return t(lang, 'check.note.rowFailed', { detail: errorKind(error) });
}

/**
 * `mergeGoal` that never throws: when a row's sentence or cells break the analysis, it is merged again
 * from its structured columns only, then from nothing at all, and carries the failure as its note.
 */
export function mergeGoalSafely(goal: GoalRow, series: readonly KpiSeries[], options: CheckOptions, unreadTabs?: ReadonlyMap<string, boolean>): MergedGoal {
  try {
    return mergeGoal(goal, series, options, unreadTabs);
  } catch (error) {
    const failure = rowFailure(error, options.lang);
    const bare: GoalRow = { ...goal, statement: '' };
    const attempts: GoalRow[] = [
      bare,
      { ...bare, kpi: null, baseline: null, target: null, start: null, deadline: null, parent: null, direction: null, aggregation: null },
    ];
    for (const attempt of attempts) {
      try {
        // The tabs Check goals could not read, as the first pass: a KPI column naming one links to no other tab here either.
        return { ...mergeGoal(attempt, series, options, unreadTabs), goal, failure };
      } catch {
        // next, plainer attempt
      }
    }
    const analysis: StatementAnalysis = {
      text: '', language: options.lang, kpi: null, direction: null, baseline: null, target: null, change: null, unit: null,
      currency: null, deadline: null, start: null, recurrence: null, levers: [],
    };
    return {
      goal, analysis, series: null, kpi: null, unit: null, currency: null, direction: null, aggregation: 'level', baseline: null,
      target: null, start: null, deadline: null, fromColumns: new Set(), rescaled: null, totalReference: null, startLevel: null, failure,
    };
  }
}

const NO_ALIGNMENT: AlignmentResult = { issues: [], notesByRow: new Map(), relevantByRow: new Map(), roots: [], parentOf: new Map(), splits: [], issuesByRow: new Map(), notedByRow: new Map(), splitByRow: new Map(), inferredByRow: new Map() };

/**
 * Alignment looks across rows, so one row's failure would take every family down with it. When the
 * whole pass throws, each row is tried alone; the rows that fail alone are left out (and told), and
 * the pass runs again on the others.
 */
function checkAlignmentSafely(merged: MergedGoal[], options: CheckOptions, alignmentOptions: AlignmentOptions): AlignmentResult {
  const goals = merged.map((m) => alignmentGoal(m, options.lang));
  try {
    return checkAlignment(goals, alignmentOptions);
  } catch {
    const bad = new Set<number>();
    merged.forEach((m, i) => {
      try {
        checkAlignment([goals[i]], alignmentOptions);
      } catch (error) {
        bad.add(i);
        m.failure ??= rowFailure(error, options.lang);
      }
    });
    try {
      return checkAlignment(goals.filter((_, i) => !bad.has(i)), alignmentOptions);
    } catch (error) {
      // Rows that only fail together: alignment is skipped, and every row says so.
      for (const m of merged) m.failure ??= rowFailure(error, options.lang);
      return NO_ALIGNMENT;
    }
  }
}

/** What a row that could not be checked shows: its cells as read, every criterion unknown, the failure as its note. */
function failedCheck(m: MergedGoal, failure: string, lang: Lang): GoalCheck {
  const unknown = { status: 'unknown' as CriterionStatus, message: failure, suggestion: null };
  const criteria = Object.fromEntries(CRITERIA.map((id) => [id, unknown])) as GoalCheck['criteria'];
  let facts: ReturnType<typeof goalFacts>;
  try {
    facts = goalFacts(m, lang);
  } catch {
    facts = {
      row: m.goal.row, id: m.goal.id, statement: m.goal.statement, parent: m.goal.parent, seriesKey: null, kpiId: null, kpiName: m.goal.kpi,
      unit: null, currency: null, direction: null, aggregation: 'level', baseline: null, target: null, start: null, deadline: null,
    };
  }
  return {
    ...facts,
    owner: m.goal.owner,
    score: 0,
    criteria,
    verdict: null,
    probability: null,
    suggestedTarget: null,
    requiredPace: null,
    alignment: [],
    notes: [failure],
    reasons: [failure],
    dataNotes: [failure],
    deadlinePassed: false,
    flagged: true,
  };
}

/** What every view of a goal (alignment input, check result) repeats from the merged columns and sentence. */
function goalFacts(m: MergedGoal, lang: Lang) {
  return {
    row: m.goal.row,
    id: m.goal.id,
    statement: m.goal.statement,
    parent: m.goal.parent,
    ...(m.goal.dependsOn ? { dependsOn: m.goal.dependsOn } : {}),
    ...(m.periodWindow ? { periodWindow: m.periodWindow } : {}),
    seriesKey: m.series?.key ?? null,
    kpiId: m.kpi?.id ?? null,
    kpiName: kpiDisplayName(m, lang),
    unit: m.unit,
    currency: m.currency,
    direction: m.direction,
    aggregation: m.aggregation,
    baseline: startingLevel(m),
    ...(m.baseline !== null ? { baselineStated: true as const } : {}),
    target: m.target,
    // A Target cell's formula is the sheet's computation, not a target the user typed (surf54): shown as computed.
    ...(m.target !== null && ((m.target === m.goal.target && !m.goal.targetFormula) || m.target === m.analysis.target) ? { targetStated: true as const } : {}),
    ...(m.goal.targetFormula && m.target !== null && m.target === m.goal.target ? { targetFormula: m.goal.targetFormula } : {}),
    start: m.start,
    deadline: m.deadline,
  };
}

/**
 * Where the goal starts, as its verdict does: the Baseline stated, else the one rule's (achievability/baseline.ts
 * `defaultBaseline`): a level's latest value; a total read per period — an amount or a change per period —, its latest
 * full period's total (the base of its change per period). The report's Baseline column shows it and the milestone path starts there (fixes44), so the row,
 * the path and the verdict tell one story; blank for a total with none.
 */
function startingLevel(m: MergedGoal): number | null {
  if (m.baseline !== null) return m.baseline;
  if (m.periodChange) return m.periodChange.base.value;
  // An amount per period ("120 000 € de CA mensuel d'ici fin mars"): its latest full period's total, as for a change.
  if (m.perPeriod && m.periodWindow) return defaultBaseline(m.perPeriod.totals, 'total', m.periodWindow);
  return m.startLevel;
}

export function alignmentGoal(m: MergedGoal, lang: Lang): AlignmentGoal {
  // Its roll-up and its quarterly path go the merged direction (`goalFacts`): stated, else the one rule for a goal with
  // none (achievability `unstatedDirection`) — for a KPI where less is better a level is a ceiling: 5 % churn while churn
  // runs at 4 % is met at or below 5 %, not a rise to make (the Q4 at 4.5 % was "0.5 pts short").
  // Owner and the user's other columns (Region, Team…): a parent is inferred only within one group.
  return { ...goalFacts(m, lang), ...(m.series?.amountDecimals !== undefined ? { amountDecimals: m.series.amountDecimals } : {}), hasId: m.goal.hasId, group: [m.goal.owner ?? '', m.goal.others ?? ''].map(fold).join('\u0000') };
}

/**
 * Whether a row dated `date` stands for a period meeting [from, to]: `paceStart`'s reading — a month's or a quarter's row
 * runs from its date, or ends on it when dated on a month's last day; a day's or a week's row is its date.
 */
function rowMeets(date: IsoDate, period: Period, from: IsoDate, to: IsoDate): boolean {
  const last = paceStart(date, period);
  const first = last !== date || period === 'day' || period === 'week' ? date : addDays(endOfPeriod(addPeriods(date, period, -1), 'month'), 1);
  return last >= from && first <= to;
}

/**
 * The pace a goal asks for. An amount per period on a summed KPI ("800 appels par mois", "40 leads a week") is its own
 * pace: 800 a month, whatever the history's period — its assessment judges the window's total as a level, whose change
 * per period read as an amount ("27 par mois": 800 spread over a month's days, review 13 finding 22). A change per period
 * ("+5 leads per month") and every other goal keep the assessment's pace.
 */
export function requiredPaceOf(m: JudgedGoal & Pick<MergedGoal, 'periodChange'>, assessment: Assessment | null, period: Period | null, today: IsoDate): GoalCheck['requiredPace'] {
  if (!assessment) return null;
  // A total judged as one window's total ("Reach 95 deals by Dec 31" from December 1, « 1,2 M€ de CA au T2 2027 ») is
  // assessed as the level of the history's period totals, whose change is no effort a total asks (pace61: "-5 (-5%) per
  // month" for December's 95 deals, « +290 k€ (+53,9 %) par trimestre » for Q2's 1 200 k€). Its pace is a total's quota:
  // what is left of the target over the tab's periods left in the window, REQUIREDPACE(done, target, from, deadline).
  // A goal read per period (`periodWindow`: "95 per month", « CA mensuel ») keeps its own rule below. A total whose
  // window lies ahead, longer than one period ("Close 300 deals between March 1 and June 30, 2027" on 15 January), is
  // judged by the engine as a total from today plus what the months before its Start will bring: its pace was that
  // engine's quota over January – June ("83 per month"); it is the window's own, 300 over March – June, 75 (surf62).
  const own = m.series?.period ?? assessment.period;
  // (Not a window within one period, "between March 5 and March 20" on monthly rows: not judged, no pace — mend62f.)
  const ahead = m.start !== null && m.start > today && !assessment.partialWindow;
  if ((assessment.periodTotals || ahead) && !m.periodWindow && m.aggregation === 'total' && !m.periodChange && m.target !== null && m.start && m.deadline && own) {
    // A passed goal has no pace, as before pace61 (mend61p: November's goal read "-6 per month" on 7 December).
    if (assessment.passed || today > m.deadline) return null;
    const from = m.start > today ? m.start : today;
    const start = m.start;
    // A row stands for its whole period (`paceStart`: December's row dated the 1st or the 31st): counted when its period
    // meets [Start, today] — `p.date <= today` dropped a month-end row, 95 a month asked instead of 35 (mend61p).
    // A Start still ahead counts the rows dated from it, as the assessment's note does, not its period's rows before it
    // (mend62f: January's 50 dated the 1st counted for a 20 January Start, "46.58 per month" for 55.9).
    const done = m.series ? m.series.points.reduce((sum, p) => ((start > today ? p.date >= start : rowMeets(p.date, own, start, today)) ? sum + p.value : sum), 0) : 0;
    const decrease = m.direction === 'decrease';
    // Already reached: met, a blank pace as a level already met (the assessment's `met`), never a negative quota ("-25
    // per month"). A decrease's quota is a ceiling ("at most 6.67 per month"); one already spent leaves 0.
    if (!decrease && done >= m.target) return null;
    return { perPeriod: Math.max(0, requiredPace(done, m.target, from, m.deadline, own).absolute), perPeriodRelative: null, period: own, ...(decrease ? { ceiling: true as const } : {}) };
  }
  if (m.periodWindow && period && m.aggregation === 'total' && !m.periodChange && m.target !== null) {
    // « 120 000 € de CA mensuel d'ici fin mars »: an amount of money per period is a level the business runs at; the pace
    // a manager acts on is how much the period's figure must rise per period from its latest full period — what
    // REQUIREDPACE(baseline, target, TODAY(), deadline, period) gives —, not the target again (review 21). A count per
    // period ("800 calls per month") is a quota: its own amount per period (review 13, finding 22), as is an amount
    // already reached.
    const deadline = m.unit === 'currency' && m.deadline !== null && m.deadline > today ? m.deadline : null;
    const base = deadline === null ? null : (m.baseline ?? (m.perPeriod ? defaultBaseline(m.perPeriod.totals, 'total', m.periodWindow) : null));
    if (deadline === null || base === null || (m.direction === 'decrease' ? m.target >= base : m.target <= base)) return { perPeriod: m.target, perPeriodRelative: null, period, ...(m.direction === 'decrease' ? { ceiling: true as const } : {}) };
    const rise = requiredPace(base, m.target, today, deadline, period);
    return { perPeriod: rise.absolute, perPeriodRelative: rise.relative, period, ofLevel: true };
  }
  // A change per period on a total ("monthly revenue +10 %", "+5 leads per month") moves the period's figure: a signed
  // rise as the wizard says it (the report wrote "2 329 € par mois", a month's revenue, beside « +2 332 € (+1,2 %) »).
  // So does a named window judged on the history's quarters ("$800,000 in Q1 FY2028" on a weekly log, review 30).
  return { perPeriod: assessment.required.perPeriod, perPeriodRelative: assessment.required.perPeriodRelative, period: assessment.period, ...(m.aggregation === 'total' && (m.periodChange || assessment.period !== m.series?.period) ? { ofLevel: true as const } : {}) };
}

/** The KPI's display name in the user's language. */
/**
 * The KPI as the user knows it: the linked series' name, else what the KPI
 * column says ("MRR" stays "MRR" even though the catalog files it under
 * revenue), else the catalog label of the KPI the sentence names.
 */
export function kpiDisplayName(m: MergedGoal, lang: Lang): string | null {
  if (m.series) return m.series.name;
  const typed = m.goal.kpi;
  if (typed && !(m.kpi && fold(typed) === fold(m.kpi.id))) return typed;
  // The sentence's own words for the KPI ("churn", "win rate"), as SMARTCHECK names it (review 21: « Aucun onglet
  // d'indicateur trouvé pour « Attrition » » where the user wrote « churn »); the catalog's label otherwise.
  return m.kpi ? ownKpiWords(m, m.kpi, lang) : typed;
}

/** The user's words for the goal's catalog KPI (`ownWordsKpi`), read once per goal. */
const ownWords = new WeakMap<MergedGoal, KpiDefinition>();
function ownKpiWords(m: MergedGoal, kpi: KpiDefinition, lang: Lang): string {
  let named = ownWords.get(m);
  if (!named) {
    named = (m.analysis.kpi === kpi.id ? ownWordsKpi(m.analysis, kpi) : null) ?? kpi;
    ownWords.set(m, named);
  }
  return named.label[lang];
}

/**
 * The status-quo assessment counts a `total` from the last observation to
 * the deadline. A goal with its own start counts only its window: what was
 * already done since the start is subtracted from the target, and what the
 * periods before a future start will bring is added to it; the suggested
 * target is mapped back to the goal's own terms.
 */
export interface WindowAdjustment {
  /** Amount added to the assessed target: −done since the start, or +expected before a future start. */
  shift: number;
  note: string;
}

/** What Check goals judges a goal's realism on: a merged row, or a wizard draft read the same way (`perPeriodDraft`). */
/** A goal judged on a tab: a row's (`goal`, `analysis`: where its target came from) or the wizard's draft. */
export type JudgedGoal = Pick<MergedGoal, 'series' | 'kpi' | 'unit' | 'currency' | 'direction' | 'aggregation' | 'baseline' | 'target' | 'start' | 'deadline' | 'periodWindow' | 'perPeriod'> & Partial<Pick<MergedGoal, 'goal' | 'analysis'>>;

/**
 * The wizard's draft "Reach 250,000 € of revenue per month by 30 June 2027" on a summed KPI, as `mergeGoal` reads the row
 * the wizard writes for it (the sentence's recurrence, a Target, no Start): one period's total, the deadline's window
 * (`perPeriodReading`, else the period ending at the deadline). The wizard's live check and its drivers step judge this,
 * so they tell the story Check goals and the report will tell.
 */
export function perPeriodDraft(series: KpiSeries, goal: { period: Period; target: number; deadline: IsoDate; direction: Direction; unit: Unit | null; currency: string | null; kpi: KpiDefinition | null }, today: IsoDate, fiscalStartMonth: number): JudgedGoal {
  const reading = perPeriodReading(series.points, goal.period, goal.deadline, { change: null, target: goal.target, baseline: null, direction: goal.direction }, today, fiscalStartMonth);
  return {
    series,
    kpi: goal.kpi,
    unit: goal.unit,
    currency: goal.currency,
    direction: goal.direction,
    aggregation: 'total',
    baseline: null,
    target: goal.target,
    start: reading?.from ?? periodEndingAt(goal.deadline, goal.period, fiscalStartMonth),
    deadline: goal.deadline,
    periodWindow: goal.period,
    ...(reading ? { perPeriod: reading } : {}),
  };
}

/**
 * A goal's realism as Check goals judges it (its assessment, and the window note of a goal with a window of its own),
 * a count's suggestion a whole number (`countSuggestion`) for every surface that asks: Check goals, the report, the wizard.
 */
export function assessGoal(m: JudgedGoal, options: CheckOptions): { assessment: Assessment; window: WindowAdjustment | null } | null {
  const judged = judgeGoal(m, options);
  return judged && { ...judged, assessment: countSuggestion(judged.assessment, m.unit) };
}

function judgeGoal(m: JudgedGoal, options: CheckOptions): { assessment: Assessment; window: WindowAdjustment | null } | null {
  // A Start after the deadline frames no goal: no chance, as the wizard refuses the row and the formulas the arguments
  // (`problemNotes` says why; audit57: the Start was dropped and the total judged from today, "on track").
  if (!m.series || m.target === null || m.deadline === null || startsAfterDeadline(m)) return null;
  const input = {
    history: m.series.points,
    target: m.target,
    deadline: m.deadline,
    today: options.today,
    direction: m.direction,
    aggregation: m.aggregation,
    baseline: m.baseline,
    policy: options.settings.policy,
    lowerIsBetter: m.kpi?.lowerIsBetter ?? null,
    bounded: kpiBounded(m.kpi),
    currency: m.unit === 'currency' ? (m.currency ?? defaultCurrency()) : null,
    name: m.series.name,
    fiscalYearStartMonth: options.settings.fiscalYearStartMonth,
    // The tab's own unit (its format, header, catalog KPI), not the goal's: what the forecaster models is the column.
    valueKind: valueKindOf(m.series.unit, m.series.name, m.series.points.map((p) => p.value), m.series.catalogId),
    scaleTop: scaleTop(m.series.catalogId, m.series.unit, m.series.points.map((p) => p.value)),
    targetStated: !m.goal || (m.target === m.goal.target && !m.goal.targetFormula) || m.target === m.analysis?.target,
  };
  const points = m.series.points;
  // "$800,000 in Q1 FY2028": a window that is one calendar period, wholly ahead of the history, is that period's total,
  // judged on the history's whole periods as "$800,000 per quarter" is (the wizard's reading, SMARTSCORE's), not the
  // total from today less what comes before it, whose uncertainty that kept (review 30).
  // A window no longer than one of the tab's periods: that period holding the deadline (`totalWindow`).
  const onePeriod = !m.periodWindow && m.aggregation === 'total' ? totalWindow(points, m.start, m.deadline, options.today, input.fiscalYearStartMonth) : null;
  // Part of one of them: not judged (ruling W1, `partialWindowAssessment`); a passed one's note says why, as a passed goal
  // has no Achievable line.
  if (onePeriod?.partial && m.start) {
    const assessment = partialWindowAssessment(input, onePeriod, m.start, options.lang);
    return { assessment, window: assessment.passed ? { shift: 0, note: assessment.reasons[1] } : null };
  }
  const reading = onePeriod && perPeriodReading(points, onePeriod.period, onePeriod.end, { ...m, change: null }, options.today, input.fiscalYearStartMonth);
  const judged = m.periodWindow ? m : onePeriod && reading ? { ...m, periodWindow: onePeriod.period, perPeriod: reading } : null;
  const future = judged && periodWindowAssessment(judged, input, options);
  if (future) return future;
  let adjustment: WindowAdjustment | null = null;
  if (m.aggregation === 'total' && m.start && points.length > 0) {
    const format = (value: number): string => formatGoalValue(value, m.unit, m.currency, options.lang);
    const periodNote = m.periodWindow
      ? t(options.lang, 'check.note.periodWindow', { period: t(options.lang, `period.${m.periodWindow}`), start: formatDate(m.start, options.lang), deadline: formatDate(m.perPeriod?.to ?? m.deadline, options.lang) })
      : null;
    // A per-period goal's window may end before its deadline ("by 1 June" on monthly figures: 1–31 May).
    const shift = windowTotalShift(input, m.start, m.perPeriod?.to ?? (m.deadline as IsoDate));
    if (shift && 'done' in shift) {
      adjustment = { shift: -shift.done, note: periodNote ?? t(options.lang, 'check.note.windowDone', { done: format(shift.done), start: formatDate(m.start, options.lang) }) };
    } else if (shift) {
      // A forecast is "about" a number: no spurious decimals on it (76, not 76.14; a count whole, core `aboutFigure`).
      const about = aboutFigure(shift.before, m.unit);
      // Named in the goal's own words where it has them ("about 12 new accounts", review19: "the 12 expected" said not what).
      // (A Goals row's; the wizard's draft has no sentence yet.)
      const statement = (m as Partial<Pick<MergedGoal, 'goal'>>).goal?.statement ?? '';
      const noun = m.unit === 'currency' || !statement ? null : unitNoun(statement, m.target as number, options.lang);
      const before = noun ? `${format(about)} ${noun}` : format(about);
      adjustment = { shift: shift.before, note: periodNote ?? t(options.lang, 'check.note.windowBefore', { before, start: formatDate(m.start, options.lang) }) };
    }
  }
  if (!adjustment) return { assessment: assess(input, options.lang), window: null };
  // The rule SMARTSCORE follows too (achievability `windowTotalShift`, `assessShifted`).
  return { assessment: assessShifted(input, adjustment.shift, options.lang), window: adjustment };
}

/**
 * An amount per period on a summed KPI whose period lies after the history ("45 leads per month by June 2027",
 * "3 leads a day by June 2027"): the level of that period's total, forecast from the history's own whole-period
 * totals — exactly the question (a one-period total and its level get the same probability), where shifting the
 * target by the periods before it would count their uncertainty too. A history coarser than the goal's period
 * (monthly meetings, "40 meetings a week") is judged in its own period, the target scaled by the periods' lengths
 * (40 a week ≈ 174 a month), and mapped back. Null when the period is not after the history: the window reading.
 */
function periodWindowAssessment(
  m: JudgedGoal,
  input: Parameters<typeof assess>[0],
  options: CheckOptions,
): { assessment: Assessment; window: WindowAdjustment } | null {
  const period = m.periodWindow;
  const points = input.history;
  if (!period || m.target === null || m.deadline === null || points.length === 0) return null;
  const { lang } = options;
  // The deadline's window (core/series/period.ts `deadlineWindows`): its calendar period, or the period ending on a
  // mid-period deadline when the history is finer, else the calendar period holding it — said in the note.
  const windows = m.perPeriod;
  // Judged like SMARTSCORE whether the window is ahead or already under way: the reading's whole periods, at its date.
  if (windows) {
    const periodName = t(lang, `period.${period}`);
    const own = detectPeriod(points);
    const calendar = { period: periodName, start: formatDate(windows.from, lang), end: formatDate(windows.to, lang), deadline: formatDate(m.deadline, lang), own: t(lang, `period.${own ?? period}`) };
    const note =
      windows.to > m.deadline && own
        ? t(lang, 'check.note.periodCalendar', calendar)
        : windows.to < m.deadline
          ? t(lang, 'check.note.periodBefore', calendar)
          : t(lang, 'check.note.periodWindow', { period: periodName, start: formatDate(windows.from, lang), deadline: formatDate(windows.to, lang) });
    // A window completed before the deadline ("by 1 June" on monthly figures: May) is forecast at its own end, not June's.
    // Its suggestion is dated at that end too, one date for one figure (mend59f: surf59 dated it at the goal's deadline,
    // "114 by June 1" beside the wizard's "100 by May 31, 2027" for "150 deals per month by 1 June").
    return { assessment: assess({ ...input, deadline: windows.deadline, history: windows.totals, aggregation: 'level', periodTotals: true }, lang), window: { shift: 0, note } };
  }
  // The rule SMARTSCORE follows too (per-period.ts `coarserScale`).
  const coarse = coarserScale(points, period, m.deadline);
  if (!coarse) return null;
  const { own, scale } = coarse;
  const scaled = m.target * scale;
  const assessment = assess({ ...input, target: scaled, aggregation: 'level', periodTotals: true }, lang);
  const note = t(lang, 'check.note.periodScaled', {
    period: t(lang, `period.${period}`),
    own: t(lang, `period.${own}`),
    scaled: formatGoalValue(aboutFigure(scaled, m.unit), m.unit, m.currency, lang),
  });
  return {
    assessment: {
      ...assessment,
      target: m.target,
      // Scaled back to the goal's period, then made readable again as every suggestion is (surf51: "$26,447.64").
      suggestedTarget: assessment.suggestedTarget === null ? null : readableSuggestion(assessment.suggestedTarget / scale, m.direction === 'decrease', m.unit === 'count' ? 'count' : null),
      // The engine's reasons quote the scaled amounts: the note explains instead.
      reasons: [],
    },
    window: { shift: 0, note },
  };
}

const FIELD_LABEL: Readonly<Record<GoalField, MessageKey>> = {
  id: 'field.id',
  statement: 'field.statement',
  kpi: 'field.kpi',
  owner: 'field.owner',
  baseline: 'field.baseline',
  target: 'field.target',
  start: 'field.start',
  deadline: 'field.deadline',
  parent: 'field.parent',
  direction: 'field.direction',
  aggregation: 'field.aggregation',
  hires: 'field.hires',
  dependsOn: 'field.dependsOn',
};

/**
 * The structured columns complete what the sentence leaves out: a goal whose
 * sentence has no date but whose Deadline column has one is time-bound.
 * Only criteria the sentence did not pass are upgraded; the score is then
 * recomputed with the statement engine's own weights.
 */
function completeFromColumns(criteria: Record<CriterionId, CriterionResult>, m: MergedGoal, lang: Lang, today: IsoDate): Record<CriterionId, CriterionResult> {
  const next = { ...criteria };
  const upgrade = (id: CriterionId, key: MessageKey, params: Record<string, string>): void => {
    if (next[id].status === 'pass') return;
    next[id] = { status: 'pass', message: t(lang, key, params), suggestion: null };
  };
  const kpiName = kpiDisplayName(m, lang);
  if (m.fromColumns.has('kpi') && m.fromColumns.has('target') && kpiName && m.target !== null) {
    upgrade('specific', 'check.fromColumns.specific', { kpi: kpiName, target: formatGoalValue(m.target, m.unit, m.currency, lang) });
  }
  if (m.fromColumns.has('target') && m.target !== null && (m.series !== null || m.fromColumns.has('kpi'))) {
    upgrade('measurable', 'check.fromColumns.measurable', { target: formatGoalValue(m.target, m.unit, m.currency, lang) });
  }
  // A passed deadline is judged by `judge`'s one rule (already past: to improve), as SMARTSCORE judges it.
  // A typed Deadline of today: due today, said of the column, not as "the period named ends today" (mend58f: "OK").
  if (m.fromColumns.has('deadline') && m.deadline === today) next.timeBound = { status: 'warn', message: dueTodayNote(m, lang), suggestion: t(lang, 'statement.timeBound.pastFix') };
  else if (m.fromColumns.has('deadline') && m.deadline !== null && m.deadline > today) upgrade('timeBound', 'check.fromColumns.timeBound', { deadline: formatDate(m.deadline, lang) });
  return next;
}

/** Due today: worded for the Deadline column when it gave the date, else for the period the sentence names. */
function dueTodayNote(m: MergedGoal, lang: Lang): string {
  const date = formatDate(m.deadline as IsoDate, lang);
  return m.fromColumns.has('deadline') ? t(lang, 'check.fromColumns.dueToday', { deadline: date }) : t(lang, 'statement.timeBound.today', { date });
}

/**
 * The KPI the example rewrite names: the one the row links (its KPI column, in the user's words when they are not the
 * catalog's label: « Doubler le pipeline » on a `Pipeline` column is « le pipeline », not « le débit de l’entonnoir »),
 * else the sentence's.
 */
function rowKpi(m: MergedGoal, catalog: readonly KpiDefinition[], lang: Lang): KpiDefinition | undefined {
  const base = m.kpi ?? (m.analysis.kpi ? (catalog.find((k) => k.id === m.analysis.kpi) ?? kpiById(m.analysis.kpi)) : undefined);
  // The sentence's own words for the row's KPI first, as SMARTCHECK (statement `ownWordsKpi`), then the KPI column's.
  const own = base ? ownWordsKpi(m.analysis, base, catalog, lang) : null;
  if (own && own !== base) return own;
  const typed = m.goal.kpi?.trim();
  if (!typed || (base && [base.id, base.label.en, base.label.fr].some((name) => fold(name) === fold(typed)))) return base;
  return { synonyms: { en: [], fr: [] }, unit: m.unit ?? 'count', lowerIsBetter: false, aggregation: m.aggregation, ...base, id: typed, label: { en: typed, fr: typed } };
}

/** Criteria fixed by rewriting the sentence: when several need it, one example for all (it was repeated under each). */
const REWRITE_FIXED: readonly CriterionId[] = ['specific', 'measurable', 'timeBound'];

function oneRewrite(criteria: Record<CriterionId, CriterionResult>, example: () => string, lang: Lang): Record<CriterionId, CriterionResult> {
  const fixed = REWRITE_FIXED.filter((id) => criteria[id].suggestion && criteria[id].status !== 'pass');
  if (fixed.length < 2) return criteria;
  const next = { ...criteria };
  for (const id of fixed) next[id] = { ...next[id], suggestion: null };
  // On the first (the sidebar's "Fix:" line shows the first fix, as before).
  next[fixed[0]] = { ...next[fixed[0]], suggestion: t(lang, 'check.fix.rewrite', { example: example() }) };
  return next;
}

function problemNotes(m: MergedGoal, lang: Lang): string[] {
  const notes = m.goal.problems.map((p) =>
    t(lang, `check.problem.${p.expected}`, { field: t(lang, FIELD_LABEL[p.field]), value: p.value.length > 40 ? `${p.value.slice(0, 37)}…` : p.value }),
  );
  if (m.goal.statement === '') notes.push(t(lang, 'check.note.noStatement'));
  if (m.failure) notes.push(m.failure);
  const reversed = reversedWindow(m.start, m.deadline, lang);
  if (reversed) notes.push(reversed);
  const tied = m.choice?.tied;
  if (tied) {
    const kpi = kpiDisplayName(m, lang) ?? '?';
    notes.push(t(lang, 'check.note.kpiOnTabs', { kpi, count: tied.length, tabs: tied.slice(0, 4).join(', '), example: `${tied[0]}!${m.choice?.name ?? kpi}` }));
  }
  return notes;
}

/** How a cell was read: said in the notes, never a reason to flag the row nor a problem in the report. */
function infoNotes(m: MergedGoal, lang: Lang, tellTab = true): string[] {
  const notes: string[] = [];
  // The value as typed (27), and as read (27 %).
  if (m.rescaled !== null) notes.push(t(lang, 'check.note.rescaled', { value: formatNumber(m.rescaled, lang), percent: formatPercent(m.rescaled / 100, lang) }));
  if (m.totalReference) {
    notes.push(t(lang, 'check.note.totalReference', { value: formatGoalValue(m.totalReference.value, m.unit, m.currency, lang), from: formatDate(m.totalReference.from, lang), to: formatDate(m.totalReference.to, lang) }));
  }
  if (m.goal.targetFormula && m.target !== null && m.target === m.goal.target) notes.push(targetFormulaNote(m.goal.targetFormula, lang));
  if (m.series && m.choice?.tab) notes.push(t(lang, 'check.note.kpiTab', { kpi: m.series.name, tab: m.choice.tab }));
  if (m.series && m.choice?.label) notes.push(t(lang, 'check.note.kpiLabel', { kpi: String(m.goal.kpi).trim(), tab: m.series.sheetName }));
  if (m.openEnded) notes.push(t(lang, 'check.note.noEndDate', { date: formatDate(NO_END_DATE, lang) }));
  if (m.series?.repeated && tellTab) notes.push(t(lang, 'check.note.repeatedDate', { sheet: m.series.sheetName, date: formatDate(m.series.repeated, lang) }));
  if (m.series?.unread && tellTab) notes.push(unreadNote(m.series.sheetName, m.series.unread, lang));
  return notes;
}

/**
 * A goal whose deadline has passed is over: say so, with its outcome when
 * the KPI history covers the deadline (a level read at the deadline, a
 * total counted over the goal's own window).
 */
function deadlinePassedNote(m: MergedGoal, lang: Lang, fiscalStartMonth: number): { note: string; outcome: GoalCheck['passed'] } {
  const deadline = m.deadline as IsoDate;
  // `fix`: inside Check goals the way to get a total counted is to fill in the Start column (review 8, E4).
  const params = { deadline: formatDate(deadline, lang), fix: t(lang, 'check.fillStart') };
  const points = m.series?.points ?? [];
  let actual: number | null = null;
  if (m.target !== null && points.length > 0 && points[points.length - 1].date >= deadline) {
    if (m.aggregation === 'level') {
      // The one rule GOALVERDICT and ACHIEVABILITY follow too (achievability `passedLevel`).
      actual = passedLevel(points, m.target, deadline, false)?.actual ?? null;
    } else if (m.start && !shortWindow(points, m.start, deadline, fiscalStartMonth)?.partial) {
      // (A window shorter than the tab's period has no outcome there: its row is the period's, surf59 — `ShortWindow`.)
      const start = m.start;
      const reading = m.perPeriod;
      const end = reading && reading.to < deadline ? reading.to : deadline;
      // A per-period goal's window as its reading summed it (weekly rows pro rata of their days in it), else the rows in it.
      actual = reading?.totals.find((p) => p.date === reading.from || p.date === reading.to)?.value ?? points.filter((p) => p.date >= start && p.date <= end).reduce((sum, p) => sum + p.value, 0);
    }
  }
  // A total without a start: the sentence ACHIEVABILITY gives (achievability `assess`), one story on both surfaces, but
  // inside Check goals itself the way to get it counted is to fill in the Start column (review 8, E4).
  if (actual === null && m.aggregation === 'total' && !m.start && !m.perPeriod) return { note: t(lang, 'achievability.reason.passedTotal', params), outcome: 'unknown' };
  if (actual === null || m.target === null) return { note: t(lang, 'check.note.deadlinePassed', params), outcome: 'unknown' };
  const decreasing = m.direction === 'decrease' || (m.direction === null && m.baseline !== null && m.target < m.baseline);
  const outcome = (decreasing ? actual <= m.target : actual >= m.target) ? 'met' : 'missed';
  const note = t(lang, 'check.note.deadlineResult', {
    ...params,
    actual: formatGoalValue(actual, m.unit, m.currency, lang),
    target: formatGoalValue(m.target, m.unit, m.currency, lang),
    outcome: t(lang, `check.outcome.${outcome}`),
  });
  return { note, outcome };
}

/**
 * A stated increase whose target is not above where the goal starts (its Baseline, else the tab's latest value: the
 * wizard's pre-fill), or a stated decrease whose target is not below it: the wizard refuses such a target (review 24),
 * but Check goals judged it silently — "increase" to 20 % with the close rate at 26 % read "on track, 97 %". Said once, as
 * a problem (the row is flagged), so the verdict never stands without why. A level only, as the wizard's rule: a total or
 * an amount per period has no starting level to compare with, nor has a year-to-date column its January reset. Stated
 * only: the Direction column, or a verb that moves the KPI ("increase", « réduire », "improve"); a level to reach
 * ("reach 20 %", « atteindre », no verb) is read by its levels or the KPI's better side, and is no move the wrong way.
 */
function wrongSideNote(m: MergedGoal, options: CheckOptions, assessment: Assessment | null): string | null {
  const { lang } = options;
  const start = startingLevel(m);
  if (m.aggregation !== 'level' || m.perPeriod || m.periodChange || assessment?.yearToDate || start === null || m.target === null || !wrongSide(m.direction, start, m.target)) return null;
  // The sentence's first direction word is its verb ("Reach a close rate…": "close" later is no verb of its own).
  const verb = findDirections(prepare(m.goal.statement).folded).sort((a, b) => a.start - b.start)[0]?.cue;
  if (!m.fromColumns.has('direction') && verb !== 'increase' && verb !== 'decrease' && verb !== 'improve') return null;
  const value = (v: number): string => formatGoalValue(v, m.unit, m.currency, lang);
  const current = m.baseline === null && m.series ? pointsUpTo(m.series.points, options.today) : [];
  const latest = current[current.length - 1];
  const from = latest ? t(lang, 'check.note.fromLatest', { tab: m.series?.sheetName ?? '', value: value(start), date: formatDate(latest.date, lang) }) : t(lang, 'check.note.fromBaseline', { value: value(start) });
  return t(lang, m.direction === 'increase' ? 'check.note.notAbove' : 'check.note.notBelow', { target: value(m.target), from, maintain: t(lang, 'direction.maintain') });
}

/**
 * The KPI column names an existing tab holding no KPI series (`WorkbookModel.unreadTabs`): which case (empty, too few
 * dated rows, no dated numbers), said and flagged — the goal is not judged on another tab (`linkSeries`). Null for a
 * value naming no tab: a label (`check.note.kpiLabel`, or `check.note.noHistory` when nothing measures it).
 */
function namedTabNote(typed: string, model: WorkbookModel, lang: Lang): string | null {
  const tab = kpiTab(typed);
  const empty = model.unreadTabs?.get(tab);
  if (empty === undefined) return null;
  const short = model.shortTabs?.find((s) => fold(s.sheetName) === tab);
  return t(lang, 'check.note.namedTab', { state: t(lang, short ? 'check.tab.short' : empty ? 'check.tab.empty' : 'check.tab.undated', { tab: tabNamed(typed), ...short }) });
}

/** `tellTab`: this goal says what is true of its tab (the first goal on that tab: said once per tab, `infoNotes`). */
function checkOne(m: MergedGoal, alignment: AlignmentResult, assessed: ReturnType<typeof assessGoal>, options: CheckOptions, twin?: number, tellTab = true): GoalCheck {
  const assessment = assessed?.assessment ?? null;
  const { lang } = options;
  const relevant = alignment.relevantByRow.get(m.goal.row);
  // The sentence was analysed by mergeGoal with the same options (today, language, catalog,
  // fiscal year): judged here without a second analysis (it was half of Check goals' time).
  const catalog = options.catalog ?? KPI_CATALOG;
  const exampleKpi = rowKpi(m, catalog, lang);
  const passed = m.deadline !== null && m.deadline < options.today ? deadlinePassedNote(m, lang, options.settings.fiscalYearStartMonth) : null;
  // Due today ("this week" said on the week's last day, a Deadline of today): no time is left to act, so no forecast
  // verdict — a chance of 1 % to reach the target by today read as "Unrealistic" (audit57, finding 3); the row is flagged
  // and the Time-bound and Achievable criteria say the deadline is today (`statement.timeBound.today`), as the wizard does (`sidebar.assess.deadlineToday`).
  const dueToday = m.deadline === options.today;
  // The row's deadline (column or sentence) is the one judged: a passed one is "already past" on both surfaces.
  const judged = judge(passed || dueToday ? { ...m.analysis, deadline: m.deadline } : m.analysis, {
    asOf: options.today,
    lang,
    catalog,
    context: {
      achievable: dueToday ? { status: 'unknown', message: dueTodayNote(m, lang), suggestion: null } : assessment ? achievableCriterion(assessment, lang) : undefined,
      relevant,
      // The linked tab's KPI in the user's words (KPI column, tab, header), named when the sentence says it (audit64).
      chosenKpi: m.series ? { catalogId: null, name: [m.goal.kpi ?? '', m.series.sheetName, m.series.name].find((n) => namesKpi(m.goal.statement, n)) ?? '' } : undefined,
    },
    exampleKpi,
  });
  const criteria = oneRewrite(completeFromColumns(judged, m, lang, options.today), () => exampleRewrite(m.analysis, exampleKpi, lang, options.today), lang);
  const score = scoreOf(criteria);
  // A goal that is over has no forecast verdict: its outcome (met, missed) is its verdict (`passed`).
  const verdict: Verdict | null = passed || dueToday ? null : (assessment?.verdict ?? null);
  const alignmentNotes = alignment.notesByRow.get(m.goal.row) ?? [];
  const problems = problemNotes(m, lang);
  // The KPI column's tab holds no series, or there is no such tab: which case, a problem of the data as a cell's is.
  const named = m.namedTab ?? null;
  if (named) problems.push(named);
  const wrongWay = wrongSideNote(m, options, assessment);
  if (wrongWay) problems.push(wrongWay);
  if (twin) problems.push(t(lang, 'check.note.sameGoal', { row: twin }));
  const notes = [...problems, ...infoNotes(m, lang, tellTab), ...alignmentNotes];
  // Why the row is flagged (the notes also carry information that flags nothing).
  const reasons = [...problems, ...alignmentNotes];
  // Due today: the Time-bound line says it in the notes; it is also why the row is flagged.
  if (dueToday) reasons.push(criteria.timeBound.message);
  const aside = m.series ? undefined : m.setAside;
  // A goal in another currency than its tab's: the reason flags the row and stands in the report for a verdict's line.
  let notConverted: string | undefined;
  if (aside?.reason === 'counts') {
    // The rate as the KPI column names it when that is a rate other than the counts ("Win rate" over "Deals won"), else
    // as SMARTSCORE names it: the sentence's rate KPI ("Gross margin" over a "Margin" tab of money), never the counts' name.
    const typed = m.goal.kpi;
    const rate = m.analysis.kpi ? kpiById(m.analysis.kpi) : undefined;
    const own = typed && fold(typed) !== fold(aside.series.name) && matchCatalog(typed, options.catalog ?? KPI_CATALOG)?.unit === 'percent' ? kpiDisplayName(m, lang) : null;
    const note = unitClashNote(lang, m.analysis, m.kpi ?? undefined, m.target, aside.series.name, aside.series.sheetName, own ?? (rate?.unit === 'percent' ? (ownWordsKpi(m.analysis, rate) ?? rate).label[lang] : null) ?? kpiDisplayName(m, lang) ?? '?', scaleTop(aside.series.catalogId, aside.series.unit, aside.series.points.map((p) => p.value)));
    // Not judged, as a goal in another currency (surf52, ruling c): the row flagged, its reason standing for the verdict's line.
    notConverted = note;
    notes.push(note);
    reasons.push(note);
  } else if (aside?.reason === 'farStart') {
    const { series: far, latest } = aside;
    notes.push(t(lang, 'check.note.farStart', { baseline: formatGoalValue(m.baseline ?? 0, m.unit, m.currency, lang), tab: far.sheetName, latest: formatGoalValue(latest.value, m.unit, m.currency, lang), date: formatDate(latest.date, lang) }));
  } else if (aside?.reason === 'otherCurrency') {
    notConverted = t(lang, 'sidebar.currency.notConverted', { goal: writtenMark(m.currency ?? '', `${m.goal.statement} ${m.goal.typedMark ?? ''}`, lang), tab: currencySymbol(aside.series.currency ?? '', lang) });
    notes.push(notConverted);
    reasons.push(notConverted);
  } else if (aside?.reason === 'countOnMoney') {
    // A tab whose amounts name no currency (no sign in its format or its name) is said to hold amounts, with no empty "in ".
    const tabCurrency = aside.series.currency ? currencySymbol(aside.series.currency, lang) : null;
    const note = tabCurrency ? t(lang, 'check.note.countOnMoney', { tab: aside.series.sheetName, tabCurrency }) : t(lang, 'check.note.countOnMoneyNoSign', { tab: aside.series.sheetName });
    notes.push(note);
    reasons.push(note);
  } else if (!named && !m.series && !m.choice?.tied && (m.goal.kpi || m.kpi)) notes.push(t(lang, 'check.note.noHistory', { kpi: kpiDisplayName(m, lang) ?? '?' }));
  if (m.series && m.scaleDisagrees) {
    const note = t(lang, 'check.note.scaleDisagrees', { tab: m.series.sheetName, mark: m.scaleDisagrees });
    notes.push(note);
    reasons.push(note);
  }
  // A history dated after today is most often day and month read the other way round ("04/05/2026" typed day first
  // in a month-first locale): say so rather than judge on it silently.
  const lastDate = m.series?.points[m.series.points.length - 1]?.date;
  if (m.series && lastDate && lastDate > options.today && tellTab) notes.push(t(lang, 'check.note.futureHistory', { tab: m.series.sheetName, date: formatDate(lastDate, lang) }));
  // Rows far before the rest (Sheets' day zero, a wrong year) are left out of the assessment (core/series farPastCount):
  // said once per tab, on its first goal, as the tab's other rows left out are.
  const far = m.series && tellTab ? farPastCount(m.series.points) : 0;
  if (far > 0) notes.push(farPastReason((m.series as KpiSeries).points.slice(0, far).map((p) => p.date), lang));
  // A year-to-date column is judged through the flows it adds up (core `yearToDateStart`): said here, flagged or not.
  if (assessment?.yearToDate) notes.push(assessment.yearToDate);
  for (const id of CRITERIA) {
    const c = criteria[id];
    if (id === 'relevant' && alignmentNotes.length > 0) continue;
    // A history too large for the models is no want of data: its reason ("check the history's units") is said and flagged.
    const huge = id === 'achievable' && assessment?.huge;
    // "insufficient data" says why (a deadline beyond the forecast horizon, too short a history) — as ACHIEVABILITY and
    // GOALVERDICT's explanations do — in the notes only: information, not a flag (it showed "✓ OK" and nothing else).
    const unjudged = id === 'achievable' && assessment !== null && c.status === 'unknown' && verdict === 'insufficient-data';
    // A realistic goal says why beside its chance ("realistic — 15 % chance at the current pace: inside the 80 % range…"):
    // information, not a flag (fixes50: "réaliste, ✓ OK" beside 15 % read as a contradiction).
    const realistic = id === 'achievable' && verdict === 'realistic';
    if (c.status !== 'fail' && c.status !== 'warn' && !huge && !unjudged && !realistic) continue;
    // A passed deadline is said once (polish61, audit61): the status line leading the note (`deadlinePassedNote`) says it,
    // with the outcome when the tab has one and the fix, and is the report's data note — the Time-bound line would repeat it.
    if (id === 'timeBound' && passed && c.status === 'warn') continue;
    // The reason says what is wrong; the fix (firstFix, the sidebar's "Fix:" line) says what to do, so
    // the two never repeat each other. The notes column has no fix line: it carries both.
    // The plan's own Relevant messages start with goal IDs (« S-Q1, S-Q2… totalisent »): never lower-cased.
    const reason = t(lang, 'check.note.criterion', { criterion: t(lang, `criterion.${id}`), text: c.message }, id === 'relevant' && relevant?.message === c.message ? ['text'] : undefined);
    notes.push(c.suggestion ? `${reason} ${c.suggestion}` : reason);
    if (c.status === 'fail' || huge) reasons.push(reason);
  }
  const windowNote = assessed?.window?.note;
  if (windowNote) notes.push(windowNote);
  // A target compounded past any number ("+5 % per month" to year 9999) has no arithmetic to show: the Achievable note says it is no number.
  const changePeriod = m.perPeriod?.own ?? m.analysis.recurrence ?? m.periodWindow;
  if (m.periodChange && m.target !== null && Number.isFinite(m.target) && changePeriod) {
    const period = t(lang, `period.${changePeriod}`);
    const value = (v: number): string => formatGoalValue(v, m.unit, m.currency, lang);
    const about = (v: number): number => aboutFigure(v, m.unit);
    const signed = (v: number): string => (m.unit === 'percent' ? formatPoints(v, lang) : `${v >= 0 ? '+' : '-'}${value(Math.abs(v))}`);
    const stated = m.periodChange.stated;
    // "+10 weekly leads" on a monthly tab: the change converted to the tab's period, said (fixes65).
    if (stated) notes.push(t(lang, 'check.note.periodConverted', { stated: signed(Math.sign(m.periodChange.step) * stated.change), period: t(lang, `period.${stated.period}`), step: signed(m.periodChange.step), own: period }));
    notes.push(
      t(lang, m.periodChange.kind === 'relative' ? 'check.note.periodGrowth' : m.periodChange.floored ? 'check.note.periodChangeFloored' : 'check.note.periodChange', {
        // A forecast-like level, a weekly history's month pro rata: no spurious decimals (51, not 51.24).
        target: value(about(m.target)),
        base: value(about(m.periodChange.base.value)),
        baseFrom: formatDate(m.periodChange.baseFrom, lang),
        baseTo: formatDate(m.periodChange.baseTo, lang),
        // The sign by the one rule of signed numbers in text (core/format.ts `formatNumber`): "+" or the hyphen-minus.
        step: signed(m.periodChange.step),
        periods: m.periodChange.periods,
        factor: formatNumber(1 + m.periodChange.step, lang),
        power: m.periodChange.periods > 1 ? superscript(m.periodChange.periods) : '',
        period,
      }),
    );
  }
  // The verdict's line is the Achievable criterion's note above (fixes50: the words and the numbers agree, and say why);
  // an unrealistic goal's engine reason is added only when it is another fact (the deadline's period already in the
  // history: the outcome is known), never the line nor the year-to-date note (said above) twice.
  const story = assessment ? verdictStory(assessment, lang) : null;
  if (assessment && story && verdict === 'unrealistic' && assessment.reasons.length > 0 && assessment.reasons[0] !== story.line && assessment.reasons[0] !== assessment.yearToDate) {
    notes.push(assessment.reasons[0]);
    reasons.push(assessment.reasons[0]);
  }
  const split = alignment.splitByRow.get(m.goal.row);
  if (split) notes.push(split.message);
  // A Parent found by KPI and period, not given: said on the child and on the parent, as information.
  const inferred = alignment.inferredByRow.get(m.goal.row);
  if (inferred) notes.push(inferred);
  const expired = passed?.note ?? null;
  if (expired) {
    notes.unshift(expired);
    reasons.unshift(expired);
  }
  const failing = CRITERIA.some((id) => criteria[id].status === 'fail');
  const flagged = failing || verdict === 'unrealistic' || assessment?.huge || alignmentNotes.length > 0 || m.goal.problems.length > 0 || expired !== null || m.failure !== undefined || m.choice?.tied !== undefined || twin !== undefined || wrongWay !== null || notConverted !== undefined || named !== null || startsAfterDeadline(m) || dueToday;
  if (flagged && reasons.length === 0 && verdict) reasons.push(t(lang, 'plan.rec.verdict', { verdict: verdictWord(verdict, lang) }));
  return {
    ...goalFacts(m, lang),
    owner: m.goal.owner,
    score,
    criteria,
    verdict,
    probability: verdict ? (assessment?.probability ?? null) : null,
    // Only a level asking less than the goal's target: a stretch goal's reachable best may lie beyond it (shown blank).
    suggestedTarget:
      assessment && verdict && verdict !== 'on-track' && verdict !== 'realistic' && assessment.suggestedTarget !== null && lessAmbitious(assessment.suggestedTarget, m.target, m.direction, m.baseline) ? assessment.suggestedTarget : null,
    suggestedBy: story?.suggestedBy ?? undefined,
    verdictLine: verdict === 'realistic' || verdict === 'stretch' || verdict === 'unrealistic' ? (story?.line ?? undefined) : notConverted,
    requiredPace: requiredPaceOf(m, assessment, m.analysis.recurrence, options.today),
    // A sum that misses is the parent's problem, told once on its row (its sub-goals point to it).
    alignment: (alignment.notedByRow.get(m.goal.row) ?? []).map((i) => ({ kind: i.kind, message: i.message })),
    notes,
    reasons,
    dataNotes: expired ? [expired, ...problems] : problems,
    deadlinePassed: expired !== null,
    passed: passed?.outcome,
    twin,
    flagged,
  };
}

export type CheckPhase = 'merge' | 'align' | 'assess';

/** Runs Check goals on the model. Never throws on user data; stops early only when `shouldContinue` says so. */
export function checkWorkbook(model: WorkbookModel, options: CheckOptions): CheckResult {
  const goOn = options.shouldContinue ?? (() => true);
  const total = model.goals.length;
  const priority = options.priorityRows;
  const ordered = priority && priority.size > 0 ? [...model.goals.filter((g) => priority.has(g.row)), ...model.goals.filter((g) => !priority.has(g.row))] : model.goals;
  const merged: MergedGoal[] = [];
  for (const goal of ordered) {
    if (!goOn('merge')) break;
    const m = mergeGoalSafely(goal, model.series, options, model.unreadTabs);
    const named = !m.series && !m.setAside && !m.choice?.tied && goal.kpi ? namedTabNote(goal.kpi, model, options.lang) : null;
    merged.push(named ? { ...m, namedTab: named } : m);
    options.onProgress?.(merged.length, total * 2);
  }
  const alignment = checkAlignmentSafely(merged, options, {
    lang: options.lang,
    fiscalYearStartMonth: options.settings.fiscalYearStartMonth,
    history: new Map(model.series.map((s) => [s.key, s.points])),
    shouldContinue: () => goOn('align'),
    today: options.today,
  });
  // A row equal to an earlier one on every goal field and on the user's own columns (`sameGoalKey`) is that goal again: said on the later row.
  const firstRow = new Map<string, number>();
  const twins = new Map<number, number>();
  for (const g of model.goals) {
    const key = sameGoalKey(g);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, g.row);
    else if (g.statement) twins.set(g.row, first);
  }
  // What is true of a tab — its rows left out, a date on several rows, dates after today — is said once, on the first
  // goal (by row) judged on that tab (review 21 for the rows left out; review 23 for the other two, which still came on
  // every goal using it), whichever order the goals are checked in.
  const tabTeller = new Map<string, number>();
  for (const m of merged) {
    if (!m.series) continue;
    const teller = tabTeller.get(m.series.sheetName);
    if (teller === undefined || m.goal.row < teller) tabTeller.set(m.series.sheetName, m.goal.row);
  }
  const checks: GoalCheck[] = [];
  const assessments = new Map<number, Assessment>();
  for (const m of merged) {
    if (!goOn('assess')) break;
    // One row's failure is that row's note: every other row is still checked.
    try {
      // Every amount computed for this goal at the precision its KPI tab shows (mend51a, ruling 7).
      const check = withAmountDecimals(m.series?.amountDecimals, () => {
        let judged: ReturnType<typeof assessGoal> = null;
        try {
          judged = assessGoal(m, options);
        } catch (error) {
          m.failure ??= rowFailure(error, options.lang);
        }
        return { judged, check: checkOne(m, alignment, judged, options, twins.get(m.goal.row), !m.series || tabTeller.get(m.series.sheetName) === m.goal.row) };
      });
      const assessed = check.judged;
      if (assessed) assessments.set(m.goal.row, assessed.assessment);
      checks.push({ ...check.check, ...(m.series?.amountDecimals !== undefined ? { amountDecimals: m.series.amountDecimals } : {}) });
    } catch (error) {
      checks.push(failedCheck(m, m.failure ?? rowFailure(error, options.lang), options.lang));
    }
    options.onProgress?.(total + checks.length, total * 2);
  }
  checks.sort((a, b) => a.row - b.row);
  addLevers(checks, merged, model.series, options);
  addBottomUpPlans(checks, merged, model, { today: options.today, lang: options.lang, settings: options.settings, catalog: options.catalog, goOn: () => goOn('assess') });
  const done = new Set(checks.map((c) => c.row));
  const remainingRows = model.goals.filter((g) => !done.has(g.row)).map((g) => g.row);
  return { merged, checks, alignment, assessments, remainingRows, complete: remainingRows.length === 0 };
}

/**
 * The levers each goal names, for the strategic plan (the seed article's step 4): in the row's notes (information, never a
 * flag) and on the check for the plan report's goals table, each with its KPI tab and the level a quantified one states.
 */
function addLevers(checks: GoalCheck[], merged: readonly MergedGoal[], series: readonly KpiSeries[], options: CheckOptions): void {
  const byRow = new Map(merged.map((m) => [m.goal.row, m]));
  for (const check of checks) {
    const levers = byRow.get(check.row)?.analysis.levers ?? [];
    if (levers.length === 0) continue;
    const readings = readLevers(levers, series, options.catalog ?? KPI_CATALOG);
    const note = leversNote(readings, series, options.lang);
    if (!note) continue;
    check.levers = note;
    check.notes.push(note);
  }
}

function firstFix(check: GoalCheck, lang: Lang): string | null {
  for (const id of CRITERIA) {
    const c = check.criteria[id];
    if ((c.status === 'fail' || c.status === 'warn') && c.suggestion) return c.suggestion;
  }
  if (check.alignment.length > 0) return alignmentFix(check.alignment.map((a) => a.kind), lang);
  return null;
}

/** The kind of the first reason a goal is flagged for (same order as `checkOne` lists them). */
export function flagCause(check: GoalCheck): FlagCause {
  if (check.deadlinePassed) return 'deadline';
  if (check.dataNotes.length > 0) return 'data';
  if (check.alignment.length > 0) return 'alignment';
  if (CRITERIA.some((id) => id !== 'achievable' && check.criteria[id].status === 'fail')) return 'smart';
  return check.verdict === 'unrealistic' ? 'target' : 'smart';
}

/** "2–5, 9" from [2, 3, 4, 5, 9]. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export function summarizeCheck(result: CheckResult, model: WorkbookModel, options: Pick<CheckOptions, 'lang' | 'today'>): CheckSummary {
  const { lang } = options;
  const byVerdict: Partial<Record<Verdict, number>> = {};
  for (const c of result.checks) if (c.verdict) byVerdict[c.verdict] = (byVerdict[c.verdict] ?? 0) + 1;
  const flagged = result.checks
    .filter((c) => c.flagged)
    .map((c) => ({ row: c.row, id: c.id, reasons: c.reasons, statement: c.statement, verdict: c.verdict, score: c.score, fix: firstFix(c, lang), cause: flagCause(c) }));
  const idByRow = new Map(result.checks.map((c) => [c.row, c.id]));
  const alignmentProblems = result.alignment.issues.flatMap((issue) =>
    issue.rows.slice(0, 1).map((row) => ({ row, id: idByRow.get(row) ?? `#${row}`, message: issue.message })),
  );
  const averageScore = result.checks.length > 0 ? Math.round(result.checks.reduce((s, c) => s + c.score, 0) / result.checks.length) : null;
  const parts = [
    model.goals.length === 0
      ? t(lang, 'check.summary.empty', { sheet: model.goalsSheet?.name ?? '' })
      : t(lang, 'check.summary.done', { checked: formatNumber(result.checks.length, lang), flagged: formatNumber(flagged.length, lang) }),
    t(lang, 'check.summary.alignment', { count: formatNumber(result.alignment.issues.length, lang) }),
  ];
  if (averageScore !== null) parts.push(t(lang, 'check.summary.score', { score: averageScore }));
  if (model.noteRows?.length) parts.push(t(lang, 'check.summary.remarks', { count: model.noteRows.length, rows: rowRanges(model.noteRows) }));
  if (!result.complete) parts.push(t(lang, 'check.summary.stopped', { left: formatNumber(result.remainingRows.length, lang), rows: rowRanges(result.remainingRows) }));
  return {
    sheetName: model.goalsSheet?.name ?? '',
    lang,
    today: options.today,
    checked: result.checks.length,
    total: model.goals.length,
    flagged,
    alignmentProblems,
    byVerdict,
    averageScore,
    complete: result.complete,
    remainingRows: result.remainingRows,
    message: parts.join(' '),
  };
}

