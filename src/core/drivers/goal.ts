/**
 * A goal's bottom-up plan, as Check goals, the plan report and the wizard
 * show it: which tree (the workbook's own Drivers formulas first, else a
 * standard one), the bottom-up and top-down odds and which to trust, the
 * cheapest ways to close a gap, capacity (reps tab) and pipeline coverage
 * (pipeline tab), and the goal's levers attached to drivers. Null when the
 * goal's KPI has no tree whose drivers have history.
 */
import type { AchievabilityPolicy } from '../achievability';
import { chanceText } from '../achievability';
import { defaultCurrency, formatDate, formatNumber, formatPercent, formatValue } from '../format';
import { KPI_CATALOG, type KpiDefinition } from '../kpi/catalog';
import { t } from '../messages';
import { PERIOD_DAYS, daysBetween, startOfPeriod } from '../dates';
import type { Aggregation, Direction, IsoDate, KpiPoint, Lang, Period, Unit } from '../types';
import type { SheetGrid } from '../workbook/types';
import { cellText } from '../workbook/cells';
import { fold } from '../workbook/text';
import { bottomUpOdds, identityError, prepareBottomUp, topDownOdds, whichToTrust, type Range, type Trust } from './bottomup';
import { capacityBand, capacityPlan, DEFAULT_CAPACITY_THRESHOLD, HEADCOUNT_RE, hiresToClose, pipelineCoverage, type CapacityResult, type Coverage, type PlannedHire } from './capacity';
import { closingShare, findSalesCycle, findWinRate, type SalesCycle, type WinRate } from './winrate';
import { DriverFormulaError, parseDriverFormula, type DriverFormula } from './formula';
import { closeTheGap, type GapOption } from './gap';
import { attachLevers } from './levers';
import { matchCatalog } from '../workbook/link';
import { detectPeriod } from '../series/period';
import { isRecurringRevenue, resolveFormula, standardTree, type NamedSeries, type ResolvedTree } from './resolve';

export interface GoalPlanInput {
  kpiId: string | null;
  seriesKey: string | null;
  target: number | null;
  start: IsoDate | null;
  deadline: IsoDate | null;
  direction: Direction | null;
  aggregation: Aggregation;
  unit: Unit | null;
  currency: string | null;
  levers: readonly string[];
  /**
   * A target that is an amount per period on a summed KPI ("60,000 € of weekly order intake", "40 leads a month"):
   * the period, and — when Check goals has them (`PerPeriodReading`) — the KPI's totals per such period and the date
   * its window is judged at. Both readings then judge one period, not the sum of every period until the deadline.
   */
  perPeriod?: { period: Period; totals: readonly KpiPoint[] | null; deadline: IsoDate } | null;
}

export interface PlanContext {
  series: readonly NamedSeries[];
  formulas: readonly DriverFormula[];
  today: IsoDate;
  lang: Lang;
  policy?: Partial<AchievabilityPolicy>;
  hires?: readonly PlannedHire[];
  ramp?: readonly number[];
  coverageThreshold?: number;
  /** Healthy capacity ÷ target (Settings; default 1.2): below 1 short, from 1 to this tight. */
  capacityThreshold?: number;
  /** Sales cycle in days (Settings); null or absent: read from a series or estimated (./winrate.ts), else not modelled. */
  salesCycleDays?: number | null;
  catalog?: readonly KpiDefinition[];
  /** Joint forecasts already made in this run, by tree, deadline, direction and aggregation (goals that share them share one). */
  cache?: Map<string, ReturnType<typeof prepareBottomUp>>;
}

export interface GoalPlan {
  /** "Revenue = Leads × Close rate × Average deal size", with the workbook's names. */
  tree: string;
  drivers: string[];
  bottomUp: { probability: number; forecast: Range };
  topDown: { probability: number; forecast: Range } | null;
  trust: Trust;
  /** Localized lines: the two readings, which to trust and why. */
  summary: string;
  /** "Top-down 80% range: $X to $Y.", or null without a top-down reading (the report's table has no room for its columns). */
  topDownRangeText: string | null;
  trustText: string;
  gap: GapOption[];
  gapTexts: string[];
  /** The capacity way ("+2 reps starting by 1 March 2027, fully ramped at the deadline"), also the last of gapTexts; null when capacity is not short. */
  hireGapText: string | null;
  /** The driver of the most likely way to close the gap that has the furthest to go, or null. */
  biggestGap: string | null;
  capacity: CapacityResult | null;
  capacityText: string | null;
  coverage: Coverage | null;
  coverageText: string | null;
  levers: Array<{ lever: string; driver: string | null }>;
}

/** Median past error beyond which a standard tree is taken not to describe the workbook's KPI. */
const STANDARD_TREE_TOLERANCE = 0.5;

// « Inducteurs » is the French catalog's word for drivers (messages/drivers.ts); « Leviers », its word before, still reads.
const DRIVER_SHEET_NAMES = new Set(['drivers', 'inducteurs', 'leviers', 'driver tree', 'drivers tree', 'arbre des inducteurs', 'arbre d inducteurs', 'arbre des leviers', 'arbre de leviers']);

/** A tab of driver formulas (text only: its number formats say nothing, so they are not read). */
export function isDriverSheetName(name: string): boolean {
  return DRIVER_SHEET_NAMES.has(fold(name));
}

export interface DriverSheet {
  formulas: DriverFormula[];
  /** Lines that look like formulas but cannot be read, localized with their place. */
  problems: Array<{ sheet: string; row: number; message: string }>;
}

/**
 * The workbook's own driver formulas: every text cell with an "=" in a tab
 * named Drivers / Inducteurs (typed as text: a cell starting with "=" would be a
 * Sheets formula, so write "Revenue = …", not "= Revenue …").
 */
export function readDriverSheets(grids: readonly SheetGrid[], lang: Lang): DriverSheet {
  const out: DriverSheet = { formulas: [], problems: [] };
  for (const grid of grids) {
    if (!DRIVER_SHEET_NAMES.has(fold(grid.name))) continue;
    grid.values.forEach((row, r) => {
      for (const cell of row) {
        const text = typeof cell === 'string' ? cellText(cell) : '';
        if (!text.includes('=')) continue;
        try {
          out.formulas.push(parseDriverFormula(text));
        } catch (error) {
          if (!(error instanceof DriverFormulaError)) throw error;
          out.problems.push({ sheet: grid.name, row: r + 1, message: t(lang, error.key, error.params) });
        }
      }
    });
  }
  return out;
}

/** A driver's name in the UI's language when the catalog knows its KPI, else the workbook's own name. */
function labelOf(key: string, series: readonly NamedSeries[], lang: Lang, catalog: readonly KpiDefinition[]): string {
  const found = series.find((s) => s.key === key);
  // A recurring revenue base keeps its own name: the catalog would call it "Revenue", like the goal's KPI.
  const kpi = found?.catalogId && !isRecurringRevenue(found) ? catalog.find((k) => k.id === found.catalogId) : undefined;
  return kpi ? kpi.label[lang] : (found?.name ?? key);
}

/**
 * What a Drivers formula's left side names: one series (a series' name or "Tab!Header" key, a tab with one
 * series, or the one series of a tab that the name's catalog KPI picks: "Sales = …" on a tab Sales of
 * Revenue and Deal size), or a catalog KPI in general ("Revenue = …" where no series is called Revenue).
 */
export function formulaOutput(output: string, series: readonly NamedSeries[], catalog: readonly KpiDefinition[]): { series: NamedSeries } | { kpiId: string } | null {
  const folded = fold(output);
  const named = series.find((s) => fold(s.name) === folded || fold(s.key) === folded);
  if (named) return { series: named };
  const kpi = matchCatalog(output, catalog);
  const tab = series.filter((s) => fold(s.sheetName) === folded);
  if (tab.length === 1) return { series: tab[0] };
  if (tab.length > 1) {
    const measuring = tab.filter((s) => kpi !== null && s.catalogId === kpi.id);
    if (measuring.length === 1) return { series: measuring[0] };
    if (!kpi) return { series: tab[0] };
  }
  return kpi ? { kpiId: kpi.id } : null;
}

/**
 * The tree for a goal, most specific first (docs/WORKBOOK.md, "Drivers"): a workbook formula whose left
 * side names the goal's own series; else one whose left side names the goal's catalog KPI in general;
 * else the standard tree of that KPI. Within a kind, the first formula of the Drivers tab wins. A formula
 * on one series ("Bookings = …") never applies to another series of the same KPI.
 */
export function treeForGoal(goal: GoalPlanInput, context: PlanContext): { tree: ResolvedTree; output: string; standard: boolean } | { problem: string } | null {
  const catalog = context.catalog ?? KPI_CATALOG;
  const outputs = context.formulas.map((formula) => ({ formula, names: formulaOutput(formula.output, context.series, catalog) }));
  const chosen =
    outputs.find(({ names }) => names !== null && 'series' in names && goal.seriesKey !== null && names.series.key === goal.seriesKey) ??
    outputs.find(({ names }) => names !== null && 'kpiId' in names && goal.kpiId !== null && names.kpiId === goal.kpiId);
  if (chosen) {
    try {
      return { tree: resolveFormula(chosen.formula, context.series, catalog), output: chosen.formula.output, standard: false };
    } catch (error) {
      if (error instanceof DriverFormulaError) return { problem: t(context.lang, error.key, error.params) };
      throw error;
    }
  }
  if (!goal.kpiId) return null;
  const others = context.series.filter((s) => s.key !== goal.seriesKey);
  const tree = standardTree(goal.kpiId, others);
  const label = catalog.find((k) => k.id === goal.kpiId)?.label[context.lang] ?? goal.kpiId;
  return tree ? { tree, output: label, standard: true } : null;
}

function fmt(value: number, unit: Unit | null, lang: Lang, currency: string | null): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'percent') return formatPercent(value, lang);
  const decimals = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 3;
  // An amount in its currency, else the locale's; none known: a plain number, never a made-up €.
  return unit === 'currency' && (currency || defaultCurrency()) ? formatValue(value, 'currency', lang, currency) : formatNumber(value, lang, decimals);
}

function driverUnit(kind: string, aggregation: Aggregation): Unit | null {
  return kind === 'rate' && aggregation === 'level' ? 'percent' : null;
}

const PIPELINE_RE = /\bpipe(?:line)?\b/;

/** Stocks read at a date (a balance, a backlog, recurring revenue, a headcount) and rates or averages: not an output per period. */
const NOT_A_FLOW_RE =
  /\b(?:mrr|arr|recurring|recurrent|recurrents|recurrente|recurrentes|balance|backlog|stock|inventory|pipe|pipeline|solde|carnet|encours|headcount|effectifs?|cumul\w*|ytd|to date|run rate|rate|ratio|average|avg|mean|taux|moyenne?)\b/;
/** Catalog KPIs that, read as a level, are an output per period (monthly revenue, deals a week). */
const FLOW_KPIS = new Set(['revenue', 'profit', 'deals_closed', 'signups', 'leads', 'meetings', 'prospecting', 'funnel_throughput', 'website_traffic']);

/**
 * Whether capacity (reps × output per rep) and coverage can judge the goal: a total always; a level only
 * when it is a flow measured per period (monthly revenue, weekly deals), not a stock (pipeline value, MRR,
 * headcount), a rate, an average or a score. Without a catalog KPI, a series of non-negative amounts or
 * counts whose name says neither stock nor rate is taken as a flow.
 */
export function isFlowPerPeriod(goal: Pick<GoalPlanInput, 'aggregation' | 'unit' | 'kpiId'>, own: NamedSeries, catalog: readonly KpiDefinition[] = KPI_CATALOG): boolean {
  if (goal.aggregation === 'total') return true;
  if (goal.unit !== null && goal.unit !== 'currency' && goal.unit !== 'count') return false;
  if (NOT_A_FLOW_RE.test(fold(`${own.name} ${own.sheetName}`))) return false;
  const kpiId = own.catalogId ?? goal.kpiId;
  const kpi = kpiId ? catalog.find((k) => k.id === kpiId) : undefined;
  if (kpi) return FLOW_KPIS.has(kpi.id) || kpi.aggregation === 'total';
  return own.points.length > 0 && own.points.every((p) => p.value >= 0);
}

/** "from Close rate, last 3 weeks", "Deals won ÷ Opportunities, last 8 weeks": where the win rate came from. */
function winRateSourceText(winRate: WinRate, lang: Lang, label: (key: string) => string): string {
  const n = winRate.readings;
  const span = n === 1 ? t(lang, 'drivers.span.one') : winRate.period ? t(lang, `drivers.span.${winRate.period}`, { n }) : t(lang, 'drivers.span.readings', { n });
  // The close rate by its KPI's name in the user's language, as the drivers are; a win rate or won/lost/opportunities series by the workbook's own.
  const [first, second] = winRate.source === 'closeRate' ? winRate.keys.map(label) : winRate.names;
  if (winRate.source === 'wonLost') return t(lang, 'drivers.winRate.wonLost', { won: first, lost: second, window: span });
  if (winRate.source === 'wonOpportunities') return t(lang, winRate.lagged ? 'drivers.winRate.wonOpportunities.lagged' : 'drivers.winRate.wonOpportunities', { won: first, opportunities: second, window: span });
  return t(lang, 'drivers.winRate.from', { series: first, window: span });
}

/** "1 day", "45 days" / « 1 jour », « 45 jours ». */
export const daysText = (n: number, lang: Lang): string => (n === 1 ? t(lang, 'drivers.days.one') : t(lang, 'drivers.days.other', { n: formatNumber(n, lang, 0) }));

/** The sales cycle's sentence: not modelled; or its length, where it came from, and how much of today's pipeline can close by the deadline. */
function cycleText(cycle: SalesCycle | null, share: number, daysLeft: number, lang: Lang, label: (key: string) => string): string {
  if (!cycle) return t(lang, 'drivers.cycle.none');
  const source =
    cycle.source === 'settings' ? t(lang, 'drivers.cycle.settings') : t(lang, cycle.source === 'series' ? 'drivers.cycle.series' : 'drivers.cycle.estimate', { series: label(cycle.key ?? ''), pipeline: label(cycle.key ?? '') });
  const key = share >= 1 ? 'drivers.cycle.fits' : share < 0.5 ? 'drivers.cycle.most' : 'drivers.cycle.short';
  return t(lang, key, { cycle: daysText(cycle.days, lang), source, left: daysText(daysLeft, lang), share: formatPercent(share, lang, 0) });
}

/** The workbook's sales cycle and win rate depend on its series and the Settings only: found once per run, whatever the number of goals. */
const pipelineMemo = new WeakMap<readonly NamedSeries[], Map<string, { cycle: SalesCycle | null; winRate: WinRate | null }>>();

function pipelineInputs(context: PlanContext, pipeline: NamedSeries): { cycle: SalesCycle | null; winRate: WinRate | null } {
  const key = `${pipeline.key}|${context.salesCycleDays ?? ''}`;
  const memo = pipelineMemo.get(context.series) ?? new Map<string, { cycle: SalesCycle | null; winRate: WinRate | null }>();
  pipelineMemo.set(context.series, memo);
  const known = memo.get(key);
  if (known) return known;
  const cycle = findSalesCycle(context.series, context.salesCycleDays, pipeline);
  const found = { cycle, winRate: findWinRate(context.series, cycle?.days ?? null) };
  memo.set(key, found);
  return found;
}

function findByIdOrName(series: readonly NamedSeries[], id: string, re: RegExp): NamedSeries | null {
  return series.find((s) => s.catalogId === id) ?? series.find((s) => re.test(fold(`${s.name} ${s.sheetName}`))) ?? null;
}

/** The plan, or the localized reason the goal's own driver formula cannot be used, or null (no tree applies). */
export function planGoal(stated: GoalPlanInput, context: PlanContext): GoalPlan | { problem: string } | null {
  if (stated.target === null || !Number.isFinite(stated.target) || stated.deadline === null || stated.deadline <= context.today) return null;
  const own = context.series.find((s) => s.key === stated.seriesKey) ?? null;
  // An amount per period on a summed KPI ("weekly order intake") is one period's total: the goal on the KPI's level per
  // period, the drivers' forecast of the deadline's period — their sum over every period until then made a weekly target
  // look 25 times too easy. Its target is said in one of the KPI's own periods (× 7 / 30.4 for a monthly target on weekly
  // figures) and the readings' ranges are said back in the goal's.
  const onePeriod = stated.aggregation === 'total' && stated.perPeriod ? stated.perPeriod : null;
  const ownPeriod = own ? (own.period ?? detectPeriod(own.points)) : null;
  const scale = onePeriod && ownPeriod ? PERIOD_DAYS[ownPeriod] / PERIOD_DAYS[onePeriod.period] : 1;
  // The period the drivers' volumes are rescaled to: the KPI's own (the target is said in it), else the goal's.
  const outputPeriod = onePeriod ? (ownPeriod ?? onePeriod.period) : (own?.period ?? null);
  const goal = { ...stated, aggregation: onePeriod ? ('level' as Aggregation) : stated.aggregation, target: stated.target * scale, deadline: stated.deadline };
  const unscaled = (range: Range): Range => (scale === 1 ? range : { median: range.median / scale, low: range.low / scale, high: range.high / scale });
  const found = treeForGoal(goal, context);
  if (!found || 'problem' in found) return found;
  const { tree, output, standard } = found;
  const { lang } = context;
  const catalog = context.catalog ?? KPI_CATALOG;
  const label = (key: string) => labelOf(key, context.series, lang, catalog);
  const below = goal.direction === 'decrease';
  const identity = own ? identityError(own.points, tree.terms, tree.drivers) : null;
  // A standard tree is an assumption about the business: where the workbook's own numbers contradict it
  // (its "new accounts" are a fraction of all deals), it does not describe this KPI and is not used.
  if (standard && identity !== null && identity > STANDARD_TREE_TOLERANCE) return null;
  // The team plan moves headcount drivers only: goals on other trees share one forecast whatever their hires.
  const headcount = tree.drivers.some((d) => d.headcount);
  const hires = context.hires ?? [];
  const cacheKey = JSON.stringify([tree.terms, goal.deadline, below, goal.aggregation, outputPeriod, headcount ? [hires, context.ramp ?? null] : null]);
  const prepared =
    context.cache?.get(cacheKey) ??
    prepareBottomUp({
      terms: tree.terms,
      drivers: tree.drivers,
      deadline: goal.deadline,
      today: context.today,
      direction: below ? 'decrease' : 'increase',
      outputAggregation: goal.aggregation,
      outputPeriod,
      policy: context.policy,
      hires,
      ramp: context.ramp,
    });
  context.cache?.set(cacheKey, prepared);
  if (!prepared.ok) return null;
  const odds = bottomUpOdds(prepared, goal.target);
  const bottomUp = { probability: odds.probability, forecast: unscaled(odds.forecast) };
  // Top-down, a per-period goal is judged as Check goals' own assessment judges it: the KPI's totals per such period,
  // forecast at its window's date, against the stated amount.
  const topDownInput = { deadline: onePeriod?.totals ? onePeriod.deadline : goal.deadline, today: context.today, direction: goal.direction, policy: context.policy };
  const topDownOwn = onePeriod?.totals ? topDownOdds(onePeriod.totals, stated.target, topDownInput, 'level') : own ? topDownOdds(own.points, goal.target, topDownInput, goal.aggregation) : null;
  const topDown = topDownOwn && !onePeriod?.totals ? { ...topDownOwn, forecast: unscaled(topDownOwn.forecast) } : topDownOwn;
  // "It includes a planned change" holds only when the bottom-up reading does include it: a tree with a headcount driver.
  const planned = prepared.drivers.some((d) => d.shift !== 0);
  const likely = prepared.policy.onTrackProbability;
  const { trust, reason } = whichToTrust(bottomUp.probability, topDown?.probability ?? null, identity, planned, likely);
  const value = (v: number) => fmt(v, goal.unit, lang, goal.currency);
  const summary = topDown
    ? t(lang, 'drivers.summary', { chance: chanceText(bottomUp.probability, lang), low: value(bottomUp.forecast.low), high: value(bottomUp.forecast.high), topDown: chanceText(topDown.probability, lang), topDownLow: value(topDown.forecast.low), topDownHigh: value(topDown.forecast.high) })
    : t(lang, 'drivers.summary.noTopDown', { chance: chanceText(bottomUp.probability, lang), low: value(bottomUp.forecast.low), high: value(bottomUp.forecast.high) });
  const topDownRangeText = topDown ? t(lang, 'plan.bottomUp.topDownRange', { low: value(topDown.forecast.low), high: value(topDown.forecast.high) }) : null;
  // Agreeing readings say what they agree on, both odds given (« 1 % et 11 % »).
  const trustText = t(lang, reason === 'agree' && bottomUp.probability < likely ? 'drivers.trust.agreeUnlikely' : `drivers.trust.${reason}`, {
    error: identity === null ? '' : formatPercent(identity, lang, 0),
    low: chanceText(Math.min(bottomUp.probability, topDown?.probability ?? 1), lang),
    high: chanceText(Math.max(bottomUp.probability, topDown?.probability ?? 0), lang),
  });

  const gap = bottomUp.probability < prepared.policy.onTrackProbability ? closeTheGap(prepared, goal.target) : [];
  let gapTexts = gap.map((option) =>
    option.steps
      .map((step) => {
        const driver = prepared.drivers.find((d) => d.key === step.key);
        const unit = driverUnit(driver?.kind ?? '', driver?.aggregation ?? 'level');
        return t(lang, 'drivers.gap.step', { driver: label(step.key), from: fmt(step.from, unit, lang, null), to: fmt(step.required, unit, lang, null), verdict: t(lang, `verdict.${step.verdict}`) });
      })
      .join(t(lang, 'drivers.gap.and')),
  );
  const first = gap[0];
  const biggestGap = first ? label([...first.steps].sort((a, b) => b.required / b.from - a.required / a.from)[0].key) : null;

  // Capacity: a reps tab and the goal's KPI as a flow (a total, or a level measured per period).
  let capacity: CapacityResult | null = null;
  let capacityText: string | null = null;
  let hireGapText: string | null = null;
  // Totals read as before; a level only when it is a flow per period and not the headcount or pipeline itself.
  const total = goal.aggregation === 'total';
  const flow = total || (own !== null && isFlowPerPeriod(goal, own, catalog));
  const reps = findByIdOrName(context.series, 'sales_reps', HEADCOUNT_RE);
  if (reps && own && flow && (total || reps.key !== own.key)) {
    const capacityInput = { reps: reps.points, output: own.points, aggregation: goal.aggregation, target: goal.target, deadline: goal.deadline, today: context.today, hires, ramp: context.ramp };
    capacity = capacityPlan(capacityInput);
    // "+1 fully ramped rep by June": when the drivers fall short and so does capacity, the hires that close it, as a last way.
    const extra = capacity && !below && bottomUp.probability < prepared.policy.onTrackProbability ? hiresToClose(capacityInput, capacity) : null;
    if (extra) {
      const params = { count: extra.count, date: formatDate(extra.date, lang) };
      const text = extra.fullyRamped
        ? t(lang, extra.count === 1 ? 'drivers.gap.hire.ramped.one' : 'drivers.gap.hire.ramped.other', params)
        : t(lang, extra.count === 1 ? 'drivers.gap.hire.one' : 'drivers.gap.hire.other', params);
      gapTexts = [...gapTexts.slice(0, 2), text];
      hireGapText = text;
    }
    if (capacity) {
      // Said in the goal's own period ("€26,000 per rep and month" for a monthly target on weekly figures), as its target is.
      const perGoal = onePeriod && scale !== 1 ? 1 / scale : 1;
      const params = {
        reps: formatNumber(capacity.rampedReps, lang, 1),
        productivity: value(capacity.productivity.median * perGoal),
        period: t(lang, `period.${perGoal !== 1 && onePeriod ? onePeriod.period : capacity.period}`),
        capacity: value(capacity.capacity.median * perGoal),
        ratio: capacity.ratio === null ? '—' : formatPercent(capacity.ratio, lang, 0),
      };
      capacityText = t(lang, capacity.aggregation === 'level' ? 'drivers.capacity.level' : 'drivers.capacity', params);
      // Judged against the healthy band (RevOps' 1.2–1.35× quota coverage): short below 1×, tight up to the threshold.
      // A goal to bring a KPI down has no such band (capacity under its target is no shortfall).
      if (capacity.ratio !== null && !below) {
        const healthy = context.capacityThreshold ?? DEFAULT_CAPACITY_THRESHOLD;
        capacityText += ` ${t(lang, `drivers.capacity.${capacityBand(capacity.ratio, healthy)}`, { healthy: formatPercent(healthy, lang, 0) })}`;
      }
    }
  }

  // Coverage: the open pipeline that closes by the deadline × the win rate, against what is left of the target (for a
  // level per period: of the deadline's period, less what that period has booked when it is already under way). An amount
  // per period is covered in the goal's own period: a stock of pipeline against a month's 250,000 €, not against the
  // week it was scaled to (that read 170 % where the month needs 39 %).
  let coverage: Coverage | null = null;
  let coverageText: string | null = null;
  const pipeline = findByIdOrName(context.series, 'pipeline_value', PIPELINE_RE);
  const { cycle, winRate } = pipeline && pipeline.points.length > 0 && flow && (total || (own && pipeline.key !== own.key)) && !below ? pipelineInputs(context, pipeline) : { cycle: null, winRate: null };
  if (pipeline && winRate) {
    const rate = winRate.rate;
    const level = !total;
    const period = onePeriod ? onePeriod.period : (own?.period ?? null);
    const needed = onePeriod ? stated.target : goal.target;
    let done = 0;
    if (!level && own && goal.start) done = own.points.filter((p) => p.date >= goal.start! && p.date <= context.today).reduce((s, p) => s + p.value, 0);
    else if (level && own && period && startOfPeriod(goal.deadline, period) === startOfPeriod(context.today, period))
      done = own.points.filter((p) => startOfPeriod(p.date, period) === startOfPeriod(context.today, period) && p.date <= context.today).reduce((s, p) => s + p.value, 0);
    const remaining = needed - done;
    const threshold = context.coverageThreshold ?? 1.5;
    const share = closingShare(context.today, goal.deadline, cycle);
    const open = pipeline.points[pipeline.points.length - 1].value;
    coverage = level && !period ? null : pipelineCoverage(open, rate, remaining, threshold, share);
    if (coverage && coverage.ratio !== null) {
      const params = {
        pipeline: value(open),
        closing: share < 1 ? t(lang, 'drivers.coverage.closing', { share: formatPercent(share, lang, 0) }) : '',
        winRate: formatPercent(rate, lang, 0),
        source: winRateSourceText(winRate, lang, label),
        ratio: formatPercent(coverage.ratio, lang, 0),
        remaining: value(remaining),
        threshold: formatPercent(threshold, lang, 0),
        period: period ? t(lang, `period.${period}`) : '',
      };
      const key = level ? (coverage.healthy ? 'drivers.coverage.level' : 'drivers.coverage.level.low') : coverage.healthy ? 'drivers.coverage' : 'drivers.coverage.low';
      coverageText = `${t(lang, key, params)} ${cycleText(cycle, share, daysBetween(context.today, goal.deadline), lang, label)}`;
    }
  }

  const driverRefs = tree.drivers.map((d) => ({ key: d.key, catalogId: context.series.find((s) => s.key === d.key)?.catalogId ?? null }));
  return {
    tree: `${output} = ${tree.terms.map((term) => term.map(label).join(' × ')).join(' + ')}`,
    drivers: tree.drivers.map((d) => label(d.key)),
    bottomUp,
    topDown: topDown ? { probability: topDown.probability, forecast: topDown.forecast } : null,
    trust,
    summary,
    topDownRangeText,
    trustText,
    gap,
    gapTexts,
    hireGapText,
    biggestGap,
    capacity,
    capacityText,
    coverage,
    coverageText,
    levers: attachLevers(goal.levers, driverRefs).map(({ lever, driver }) => ({ lever, driver: driver === null ? null : label(driver) })),
  };
}
