/**
 * The wizard's "How will you get there?" step: a draft goal's bottom-up plan
 * (planGoal) as the sidebar shows it — the driver tree, each driver's
 * required value with its own chance, verdict and best past change, the two
 * readings with their 80 % ranges, the cheapest ways to close the gap,
 * capacity and coverage — and, when there is no plan, why, in plain words.
 * Every number is finite (it crosses google.script.run) and every text is
 * already localized.
 *
 * A driver's required value is what the plan asks of it: under the cheapest
 * way to close the gap, the drivers that way moves are at their required
 * values and the others hold their status-quo forecast; when the target is
 * already within the forecast, every driver is scaled by one common factor
 * so that the combination meets the target exactly (the least each must do).
 */
import type { DriverPlanView, DriverView, OddsView, RangeView } from '../api';
import { chanceText } from '../achievability';
import { defaultCurrency, formatNumber, formatPercent, formatPoints, formatValue } from '../format';
import { KPI_CATALOG, kpiById } from '../kpi/catalog';
import { labelPhrase, nameGrammar } from '../kpi/phrase';
import { t } from '../messages';
import type { Aggregation, Lang, Period, Unit, Verdict } from '../types';
import { driverChance, verdictFor, type PreparedBottomUp, type Range } from './bottomup';
import { combined, solve, withinBest } from './gap';
import { planGoal, treeForGoal, type GoalPlan, type GoalPlanInput, type PlanContext } from './goal';
import { isRecurringRevenue, type NamedSeries } from './resolve';

/** What the view needs to know of a driver's series beyond its name: the workbook reader's KpiSeries has it. */
export interface DescribedSeries extends NamedSeries {
  unit?: Unit | null;
  currency?: string | null;
  aggregation?: Aggregation | null;
}

export interface DriverRequirement {
  index: number;
  required: number;
  probability: number;
  verdict: Verdict;
  /** True when the chosen way moves this driver (the others hold their forecast). */
  moves: boolean;
}

/** Each driver's required value under the plan (see the module comment), its chance and verdict. */
export function driverRequirements(prepared: PreparedBottomUp, target: number, plan: Pick<GoalPlan, 'gap'>): DriverRequirement[] {
  const medians = prepared.drivers.map((d) => d.forecast.median);
  const values = [...medians];
  const moving = new Set<number>();
  const first = plan.gap[0];
  if (first) {
    for (const step of first.steps) {
      const i = prepared.drivers.findIndex((d) => d.key === step.key);
      if (i < 0) continue;
      values[i] = step.required;
      moving.add(i);
    }
  } else {
    const all = medians.map((_, i) => i);
    const logS = solve(
      prepared,
      medians,
      all,
      all.map(() => 1),
      target,
    );
    if (logS !== null && Number.isFinite(logS)) all.forEach((i) => (values[i] = medians[i] * Math.exp(logS)));
    // Still short of the target (a median of 0 cannot be scaled): the drivers hold their forecast.
    if (
      !(prepared.below ? combined(prepared.terms, values) <= target * (1 + 1e-9) : combined(prepared.terms, values) >= target * (1 - 1e-9))
    )
      values.splice(0, values.length, ...medians);
    all.forEach((i) => moving.add(i));
  }
  return prepared.drivers.map((driver, i) => {
    const required = values[i];
    const probability = driverChance(prepared, i, required, !prepared.below);
    const volume = prepared.outputAggregation === 'total' && driver.aggregation === 'total';
    return {
      index: i,
      required,
      probability,
      verdict: verdictFor(probability, withinBest(required, driver.latest, medians[i], driver.bestChange, volume), prepared.policy),
      moves: moving.has(i),
    };
  });
}

/** The unit a driver's values are in: its column's, its catalog KPI's, else a rate when every value is a fraction. */
export function seriesUnit(series: DescribedSeries | undefined): Unit {
  if (!series) return 'count';
  if (series.unit) return series.unit;
  const kpi = series.catalogId ? kpiById(series.catalogId) : undefined;
  if (kpi) return kpi.unit;
  const points = series.points;
  return points.length > 0 && points.every((p) => p.value >= 0 && p.value <= 1) && points.some((p) => !Number.isInteger(p.value))
    ? 'percent'
    : 'count';
}

function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback;
}

function amount(value: number, unit: Unit, lang: Lang, currency: string | null): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'percent') return formatPercent(value, lang);
  // An amount in its column's currency (or the locale's); none known: a plain number, never a made-up €.
  if (unit === 'currency' && (currency || defaultCurrency())) return formatValue(value, 'currency', lang, currency);
  const decimals = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 3;
  return formatNumber(value, lang, decimals);
}

function rangeView(range: Range, unit: Unit, lang: Lang, currency: string | null): RangeView {
  return {
    median: finite(range.median),
    low: finite(range.low),
    high: finite(range.high),
    text: t(lang, 'drivers.wizard.range', { low: amount(range.low, unit, lang, currency), high: amount(range.high, unit, lang, currency) }),
  };
}

function oddsView(
  odds: { probability: number; forecast: Range },
  verdict: Verdict,
  unit: Unit,
  lang: Lang,
  currency: string | null,
): OddsView {
  const probability = Math.min(1, Math.max(0, finite(odds.probability)));
  return { probability, probabilityText: chanceText(probability, lang), verdict, range: rangeView(odds.forecast, unit, lang, currency) };
}

/** Levers typed in the Specific step, one per comma, semicolon or "and"/"et". */
export function splitLevers(text: string): string[] {
  return text
    .split(/[,;\n]|\s+(?:and|et|&)\s+/i)
    .map((part) => part.trim().replace(/[.\s]+$/, ''))
    .filter((part) => part !== '');
}

function periodsText(n: number, period: Period, lang: Lang): string {
  if (n === 1) return `1 ${t(lang, `period.${period}`)}`;
  return t(lang, `drivers.wizard.periods.${period}`, { n: formatNumber(n, lang, 0) });
}

/** No plan, and why: the words the step shows instead of the tree. */
function unavailable(reason: string, problems: string[]): DriverPlanView {
  return {
    available: false,
    reason,
    tree: null,
    drivers: [],
    bottomUp: null,
    topDown: null,
    trust: null,
    trustText: null,
    summary: null,
    gap: [],
    capacityText: null,
    coverageText: null,
    problems,
  };
}

export interface DraftPlanInput extends GoalPlanInput {
  /** The goal's KPI as the user named it (for "no tree for Revenue"). */
  kpiName: string;
  /** The period of the goal's KPI series (a level goal's drivers are planned per period of it). */
  period?: Period | null;
}

/**
 * The step's view of a draft goal. `problems` are the workbook's unreadable Drivers lines (shown
 * with the plan or with the reason there is none).
 */
export function draftDriverPlan(
  goal: DraftPlanInput,
  context: PlanContext & { series: readonly DescribedSeries[] },
  problems: readonly string[] = [],
): DriverPlanView {
  const { lang } = context;
  const listed = [...problems];
  if (goal.target === null || !Number.isFinite(goal.target) || goal.deadline === null || goal.deadline <= context.today)
    return unavailable(t(lang, 'drivers.wizard.needTarget'), listed);
  const found = treeForGoal(goal, context);
  // The KPI with its article (« le taux de conclusion »), the example a tree of counts (none for a rate: review 10, F5).
  const kpi = goal.kpiId ? kpiById(goal.kpiId) : undefined;
  if (!found) return unavailable(t(lang, goal.unit === 'percent' ? 'drivers.wizard.noTreeRate' : 'drivers.wizard.noTree', { kpi: labelPhrase(goal.kpiName, lang, nameGrammar(goal.kpiName, kpi)) }), listed);
  if ('problem' in found) return unavailable(found.problem, listed);
  // planGoal keeps its joint forecast in the cache it is given: a fresh one holds this goal's alone.
  const cache: NonNullable<PlanContext['cache']> = new Map();
  const plan = planGoal(goal, { ...context, cache });
  const prepared = [...cache.values()][0];
  if (!plan || 'problem' in plan || !prepared || !prepared.ok) {
    if (plan && 'problem' in plan) return unavailable(plan.problem, listed);
    if (prepared && !prepared.ok && prepared.missing.length > 0) {
      const names = prepared.missing.map((key) => found.tree.drivers.find((d) => d.key === key)?.label ?? key);
      return unavailable(t(lang, 'drivers.wizard.noHistory', { drivers: names.join(', ') }), listed);
    }
    return unavailable(t(lang, 'drivers.wizard.notExplained', { kpi: goal.kpiName }), listed);
  }
  const target = goal.target;
  const catalog = context.catalog ?? KPI_CATALOG;
  const series: readonly DescribedSeries[] = context.series;
  const goalUnit: Unit = goal.unit ?? 'count';
  const requirements = driverRequirements(prepared, target, plan);
  const drivers: DriverView[] = prepared.drivers.map((outlook, i) => {
    const own = series.find((s) => s.key === outlook.key);
    const unit = seriesUnit(own);
    const currency = unit === 'currency' ? (own?.currency ?? goal.currency) : null;
    const requirement = requirements[i];
    const sq = prepared.statusQuos[i];
    const volume = prepared.outputAggregation === 'total' && outlook.aggregation === 'total';
    // As planGoal names drivers (its tree and levers): the catalog's label in the UI's language, else the workbook's name.
    const kpi = own?.catalogId && !isRecurringRevenue(own) ? catalog.find((k) => k.id === own.catalogId) : undefined;
    const name = kpi ? kpi.label[lang] : (own?.name ?? outlook.label);
    let bestChangeText: string | null = null;
    if (outlook.bestChange !== null && Number.isFinite(outlook.bestChange)) {
      const span = periodsText(sq.horizon, sq.period, lang);
      bestChangeText = volume
        ? t(lang, 'drivers.wizard.bestTotal', { value: amount(outlook.bestChange, unit, lang, currency), span })
        : t(lang, 'drivers.wizard.bestChange', {
            change:
              unit === 'percent'
                ? formatPoints(outlook.bestChange, lang)
                : `${outlook.bestChange >= 0 ? '+' : ''}${amount(outlook.bestChange, unit, lang, currency)}`,
            span,
          });
    }
    const latest = Number.isFinite(outlook.latest) ? outlook.latest : null;
    // A volume planned per period of a level goal (meetings per month) was rescaled from its own period: back to it.
    const rescaled = prepared.outputAggregation === 'level' && outlook.aggregation === 'total' && outlook.divisor !== 1;
    const inOwnUnits = (value: number) => (rescaled ? value * outlook.divisor : value);
    const required = finite(requirement.required, finite(outlook.forecast.median));
    return {
      key: outlook.key,
      name,
      grammar: nameGrammar(name, kpi),
      sheetName: own?.sheetName ?? '',
      catalogId: own?.catalogId ?? null,
      unit,
      currency,
      aggregation: volume ? 'total' : 'level',
      latest,
      latestText: latest === null ? null : amount(latest, unit, lang, currency),
      forecast: rangeView(outlook.forecast, unit, lang, currency),
      required,
      requiredText: amount(requirement.required, unit, lang, currency),
      window: volume
        ? t(lang, 'drivers.wizard.span.total', { span: periodsText(sq.horizon, sq.period, lang) })
        : prepared.outputAggregation === 'total'
          ? t(lang, 'drivers.wizard.span.average')
          : // A volume of a goal per month on weekly figures is planned per week: said, beside a target per month.
            (rescaled || (goal.perPeriod && outlook.aggregation === 'total')) && goal.period
            ? t(lang, 'drivers.wizard.span.per', { period: t(lang, `period.${goal.period}`) })
            : t(lang, 'drivers.wizard.span.level'),
      moves: requirement.moves,
      probability: Math.min(1, Math.max(0, finite(requirement.probability))),
      probabilityText: chanceText(Math.min(1, Math.max(0, finite(requirement.probability))), lang),
      verdict: requirement.verdict,
      bestChangeText,
      levers: plan.levers.filter((l) => l.driver === name).map((l) => l.lever),
      child: {
        baseline: volume || latest === null ? null : finite(inOwnUnits(latest)),
        target: finite(inOwnUnits(required)),
        aggregation: volume ? 'total' : 'level',
      },
    };
  });
  const bottomUpVerdict = verdictFor(plan.bottomUp.probability, false, prepared.policy);
  return {
    available: true,
    reason: null,
    tree: plan.tree,
    drivers,
    bottomUp: oddsView(plan.bottomUp, bottomUpVerdict, goalUnit, lang, goal.currency),
    topDown: plan.topDown
      ? oddsView(plan.topDown, verdictFor(plan.topDown.probability, false, prepared.policy), goalUnit, lang, goal.currency)
      : null,
    trust: plan.trust,
    trustText: plan.trustText,
    summary: plan.summary,
    gap: plan.gapTexts,
    capacityText: plan.capacityText,
    coverageText: plan.coverageText,
    problems: listed,
  };
}
