/**
 * Check goals' bottom-up step: for each checked goal whose KPI has a driver
 * tree with history (core/drivers), the bottom-up chance, the driver to move
 * first and the two readings in the notes. Goals that share a tree, a
 * deadline and a direction share one joint forecast (a quarter's sub-goals
 * of one KPI cost one simulation), and the step stops with the run budget.
 */
import type { prepareBottomUp } from '../drivers/bottomup';
import type { PlannedHire } from '../drivers/capacity';
import { planGoal, type GoalPlan, type GoalPlanInput, type PlanContext } from '../drivers/goal';
import type { KpiDefinition } from '../kpi/catalog';
import { withAmountDecimals } from '../format';
import { t } from '../messages';
import type { Settings } from '../settings';
import type { IsoDate, Lang } from '../types';
import type { JudgedGoal, MergedGoal } from './check';
import type { GoalCheck, WorkbookModel } from './types';

export interface PlanStepOptions {
  today: IsoDate;
  lang: Lang;
  settings: Settings;
  catalog?: readonly KpiDefinition[];
  goOn: () => boolean;
}

/**
 * The plan context of a workbook: its KPI series, its Drivers formulas, the plan settings (planned
 * hires, ramp, coverage threshold) and the policy. Check goals, the report and the wizard's
 * "How will you get there?" step all plan goals against this one context.
 */
export function planContext(model: Pick<WorkbookModel, 'series' | 'drivers'>, options: Omit<PlanStepOptions, 'goOn'>, cache?: PlanContext['cache']): PlanContext {
  return {
    series: model.series,
    formulas: model.drivers?.formulas ?? [],
    today: options.today,
    lang: options.lang,
    policy: options.settings.policy,
    hires: options.settings.plan.hires,
    ramp: options.settings.plan.ramp,
    coverageThreshold: options.settings.plan.coverageThreshold,
    capacityThreshold: options.settings.plan.capacityThreshold,
    salesCycleDays: options.settings.plan.salesCycleDays,
    catalog: options.catalog,
    cache,
  };
}

/**
 * The hires that count for one goal: the ones planned in Settings plus the
 * goal's own Planned hires column (a count without a date starts at the
 * goal's start, or today when the goal has already started).
 */
export function goalHires(m: Pick<MergedGoal, 'goal' | 'start'>, options: Pick<PlanStepOptions, 'today' | 'settings'>): PlannedHire[] {
  const own = m.goal.hires ?? [];
  if (own.length === 0) return options.settings.plan.hires;
  const from = m.start !== null && m.start > options.today ? m.start : options.today;
  return [...options.settings.plan.hires, ...own.map((h) => ({ date: h.date ?? from, count: h.count }))];
}

/**
 * What `planGoal` is asked about a goal Check goals judged (a merged row, or the wizard's draft read the same way,
 * `perPeriodDraft`): one function, so the drivers step and Check goals plan the same goal identically.
 */
export function goalPlanInput(m: JudgedGoal, levers: readonly string[]): GoalPlanInput {
  return {
    kpiId: m.kpi?.id ?? null,
    seriesKey: m.series?.key ?? null,
    target: m.target,
    start: m.start,
    deadline: m.deadline,
    direction: m.direction,
    aggregation: m.aggregation,
    unit: m.unit,
    currency: m.currency,
    levers,
    // "60,000 € of weekly order intake": one week's total, on both readings (drivers/goal.ts).
    perPeriod: m.periodWindow && m.deadline ? { period: m.periodWindow, totals: m.perPeriod?.totals ?? null, deadline: m.perPeriod?.deadline ?? m.deadline } : null,
  };
}

/** Adds the bottom-up reading to the checks (in place); returns the plans by row for the report. */
export function addBottomUpPlans(checks: GoalCheck[], merged: readonly MergedGoal[], model: WorkbookModel, options: PlanStepOptions): Map<number, GoalPlan> {
  const plans = new Map<number, GoalPlan>();
  if (model.series.length < 2) return plans;
  const byRow = new Map(merged.map((m) => [m.goal.row, m]));
  const context = planContext(model, options, new Map<string, ReturnType<typeof prepareBottomUp>>());
  for (const check of checks) {
    if (!options.goOn()) break;
    const m = byRow.get(check.row);
    // No reading either way for a goal Check goals does not judge: its KPI column's tab holds no series (it would be planned
    // on the sentence's KPI), or its Start is after its deadline (surf57).
    if (!m || check.deadlinePassed || m.target === null || m.deadline === null || m.namedTab || (m.start !== null && m.start > m.deadline)) continue;
    let plan: ReturnType<typeof planGoal>;
    try {
      // Its amounts at the precision the goal's KPI tab shows, as the goal's other notes (mend51a's ruling 7).
      plan = withAmountDecimals(check.amountDecimals, () => planGoal(goalPlanInput(m, m.analysis.levers), { ...context, hires: goalHires(m, options) }));
    } catch {
      // One goal's plan never stops the run: the goal keeps its top-down checks.
      continue;
    }
    if (!plan) continue;
    if ('problem' in plan) {
      check.notes.push(plan.problem);
      continue;
    }
    plans.set(check.row, plan);
    // The most likely way in drivers, and the capacity way (hires) when it is another one.
    const first = plan.gapTexts[0] ?? null;
    const gapLine = first !== null && plan.hireGapText !== null && plan.hireGapText !== first ? `${first}${t(options.lang, 'drivers.gap.or')}${plan.hireGapText}` : first;
    check.bottomUp = {
      tree: plan.tree,
      probability: plan.bottomUp.probability,
      low: plan.bottomUp.forecast.low,
      high: plan.bottomUp.forecast.high,
      topDown: plan.topDown?.probability ?? null,
      topDownLow: plan.topDown?.forecast.low ?? null,
      topDownHigh: plan.topDown?.forecast.high ?? null,
      topDownRangeText: plan.topDownRangeText,
      trust: plan.trust,
      trustText: plan.trustText,
      gap: gapLine,
      biggestGap: plan.biggestGap,
      capacityText: plan.capacityText,
      coverageText: plan.coverageText,
    };
    check.notes.push(plan.summary, plan.trustText);
    if (gapLine !== null) check.notes.push(t(options.lang, 'drivers.note.gap', { options: gapLine }));
    if (plan.capacityText) check.notes.push(plan.capacityText);
    if (plan.coverageText) check.notes.push(plan.coverageText);
  }
  return plans;
}
