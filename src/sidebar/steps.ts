/**
 * The wizard's state machine: the ordered steps, what each needs before
 * "Next", and the initial draft. Pure, so it is unit-tested without a DOM.
 */
import { roundCount } from '../core/achievability/count-rounding';
import { wrongSide } from '../core/achievability/meets';
import { levelChangeTarget, type PeriodChangeTarget } from '../core/achievability/per-period';
import { draftPeriod, draftTargetLevel, isPeriodAmountKpi, TARGET_PERIODS, type CatalogKpiView, type DriverGoalDraft, type DriverPlanRequest, type DriverPlanView, type GoalDraft, type KpiChoice, type SeriesSummary } from '../core/api';
import { isValidIsoDate, PERIOD_DAYS } from '../core/dates';
import type { MessageKey } from '../core/messages/ui';
import type { Direction, IsoDate, KpiPoint, Lang, Period } from '../core/types';
import { generateSentence } from './sentence';
import { roundForEntry } from './values';

/**
 * "How will you get there?" (`drivers`) comes after Specific, where the owner and the levers are
 * typed: the plan attaches the levers to the drivers they move, and driver goals share the owner.
 */
export const STEPS = ['kpi', 'baseline', 'target', 'specific', 'drivers', 'relevant', 'review'] as const;
export type StepId = (typeof STEPS)[number];

export const STEP_TITLES: Readonly<Record<StepId, MessageKey>> = {
  kpi: 'sidebar.step.kpi',
  baseline: 'sidebar.step.baseline',
  target: 'sidebar.step.target',
  specific: 'sidebar.step.specific',
  drivers: 'sidebar.step.drivers',
  relevant: 'sidebar.step.relevant',
  review: 'sidebar.step.review',
};

export function emptyDraft(): GoalDraft {
  return {
    kpi: null,
    baseline: null,
    direction: 'increase',
    targetMode: 'level',
    target: null,
    change: null,
    start: null,
    deadline: null,
    owner: '',
    levers: '',
    notes: '',
    parentId: null,
    statement: '',
  };
}

/** The periods a change per period can be stated in ("+5 % per month"). */
export const CHANGE_PERIODS: readonly Period[] = ['week', 'month', 'quarter'];

/**
 * "+5 % per month" on a level KPI (a rate, an average, a pipeline): the level at the deadline, compounded from the
 * latest point — THE rule Check goals and SMARTSCORE read the sentence with (core/achievability/per-period.ts
 * `levelChangeTarget`), so the target the wizard shows is the one the goal is judged on. Null without a change, a
 * period, a deadline a whole period after the latest point, or a history.
 *
 * Rates are levels here: "+1 point per week" on a close rate adds a point each week, "+5 % per month" compounds
 * (25 % × 1.05⁴), both read back identically (test/sidebar/per-period.test.ts, FR and EN). A summed KPI (new accounts,
 * leads) is NOT offered it, although the analyzer reads "Increase new accounts by 5% per month by June 30, 2027" /
 * « … de 5 % par mois d’ici le 30 juin 2027 » (recurrence month, relative change): Check goals judges such a goal on ONE
 * window's total — the deadline's calendar or anchored period, against the last full period's total × 1.05ⁿ
 * (`perPeriodReading`, `periodChangeTarget`, with its mid-period and coarser-history rules) — while the wizard's live
 * check (`sidebarAssess`, whose Start is the row's, not the period's) forecasts the total from that Start. Offering
 * it would show a verdict on another question than the one the goal is judged on; it needs the window in the request
 * and the server's windows (the context's capped history cannot place them) first.
 */
export function perPeriodTarget(draft: Pick<GoalDraft, 'kpi' | 'change' | 'changePeriod' | 'deadline' | 'direction'>, history: readonly KpiPoint[]): PeriodChangeTarget | null {
  const { change, changePeriod, deadline } = draft;
  if (draft.kpi?.aggregation !== 'level' || !change || !changePeriod || !deadline || !isValidIsoDate(deadline) || history.length === 0) return null;
  return levelChangeTarget(history, changePeriod, deadline, change, draft.direction);
}

/**
 * The periods a target amount can be one period's total of ("250,000 € of revenue per month" on a tab of weekly figures):
 * an amount or a count with a period of its own, each longer period — and its own when it is added up over time (a level
 * of weekly revenue already is one week's). Empty for a rate or a KPI without a tab.
 */
export function targetPeriods(kpi: KpiChoice | null, tabPeriod: Period | null | undefined): Period[] {
  if (!kpi || !tabPeriod || !isPeriodAmountKpi(kpi)) return [];
  return TARGET_PERIODS.filter((p) => PERIOD_DAYS[p] > PERIOD_DAYS[tabPeriod] || (p === tabPeriod && kpi.aggregation === 'total'));
}

/** What blocks leaving `step` (an empty list means "Next" is allowed). */
export function stepProblems(step: StepId, draft: GoalDraft, today: IsoDate): MessageKey[] {
  switch (step) {
    case 'kpi':
      return draft.kpi ? [] : ['sidebar.kpi.required'];
    case 'baseline':
      // A total (deals closed by year end) is a sum over the window: a starting level is optional.
      if (draft.kpi?.aggregation === 'total') return [];
      return draft.baseline !== null && Number.isFinite(draft.baseline) ? [] : ['sidebar.baseline.required'];
    case 'target': {
      const problems: MessageKey[] = [];
      const level = draftTargetLevel(draft);
      if (level === null || !Number.isFinite(level)) problems.push('sidebar.target.required');
      // An increase to a target under the baseline (a decrease to one above it) is what the live panel already calls a
      // problem; Next went on and wrote « Augmenter le chiffre d'affaires de 542 697 CHF à 480 000 CHF … », which every
      // surface then read as a decrease "on track" (review 24). The same comparison as the panel's (`waitingReason`).
      else if (wrongSideOfBaseline(draft, level)) problems.push('sidebar.target.wrongSide');
      if (!draft.deadline || !isValidIsoDate(draft.deadline) || draft.deadline <= today) problems.push('sidebar.target.deadlineRequired');
      return problems;
    }
    case 'review':
      return draft.statement.trim() ? [] : ['sidebar.review.empty'];
    default:
      return [];
  }
}

/**
 * An increase whose level target is not above its baseline, or a decrease whose target is not below it (a level KPI, no
 * amount per period): the step's refusal and the live panel's reason (`Wizard.waitingReason`) use this one rule.
 */
export function wrongSideOfBaseline(draft: GoalDraft, level: number): boolean {
  const { baseline, direction } = draft;
  return baseline !== null && draft.kpi?.aggregation !== 'total' && !draftPeriod(draft) && wrongSide(direction, baseline, level);
}

export function nextStep(step: StepId): StepId {
  const index = STEPS.indexOf(step);
  return STEPS[Math.min(index + 1, STEPS.length - 1)];
}

export function previousStep(step: StepId): StepId {
  const index = STEPS.indexOf(step);
  return STEPS[Math.max(index - 1, 0)];
}

/** KPI choice for a workbook series: an amount carries the currency its column shows ("$" for a "$#,##0" column). */
export function choiceFromSeries(series: SeriesSummary): KpiChoice {
  return {
    seriesId: series.id,
    sheetName: series.sheetName,
    catalogId: series.kpiId,
    name: series.name,
    ...(series.grammar ? { grammar: series.grammar } : {}),
    unit: series.unit,
    aggregation: series.aggregation,
    lowerIsBetter: series.lowerIsBetter,
    currency: series.unit === 'currency' ? (series.currency ?? null) : null,
    ...(series.amountDecimals !== undefined ? { amountDecimals: series.amountDecimals } : {}),
  };
}

/**
 * KPI choice for a catalog KPI without a tab: an amount is written in the spreadsheet locale's
 * currency (`SidebarContext.currency`), or with no sign when the locale names none — never a made-up one.
 */
export function choiceFromCatalog(kpi: CatalogKpiView, localeCurrency: string | null): KpiChoice {
  return { seriesId: null, catalogId: kpi.id, name: kpi.label, ...(kpi.grammar ? { grammar: kpi.grammar } : {}), unit: kpi.unit, aggregation: kpi.aggregation, lowerIsBetter: kpi.lowerIsBetter, currency: kpi.unit === 'currency' ? localeCurrency : null };
}

/**
 * Applies a new KPI to the draft: the baseline and direction follow the KPI
 * (`SeriesSummary.defaultBaseline`; "decrease" for lower-is-better KPIs) unless the user already
 * chose this same KPI.
 */
export function withKpi(draft: GoalDraft, kpi: KpiChoice, series: SeriesSummary | null): GoalDraft {
  const same = draft.kpi && draft.kpi.seriesId === kpi.seriesId && draft.kpi.catalogId === kpi.catalogId && draft.kpi.name === kpi.name;
  if (same) return { ...draft, kpi };
  return {
    ...draft,
    kpi,
    // Where Check goals and the formulas start it, so the wizard's verdict and theirs tell one story (issue 11); rounded:
    // the input then shows what will be saved.
    baseline: defaultKpiBaseline(kpi, series),
    direction: kpi.lowerIsBetter ? 'decrease' : 'increase',
    target: null,
    change: null,
    targetPeriod: null,
  };
}

/**
 * The baseline a KPI starts with: where Check goals and the formulas start a goal that states no baseline
 * (core/achievability/baseline.ts: a level's latest value; a total has no starting level), rounded as a person would
 * type it (25.0333 % → 25 %).
 */
export function defaultKpiBaseline(kpi: KpiChoice, series: SeriesSummary | null): number | null {
  return series && kpi.aggregation === 'level' && series.defaultBaseline !== null ? roundForEntry(series.defaultBaseline, kpi.unit) : null;
}

/** The request for the draft's bottom-up plan; null until the draft has a KPI, a target and a deadline. */
export function driverPlanRequest(draft: GoalDraft): DriverPlanRequest | null {
  const target = draftTargetLevel(draft);
  if (!draft.kpi || target === null || !Number.isFinite(target) || !draft.deadline || !isValidIsoDate(draft.deadline)) return null;
  return {
    seriesId: draft.kpi.seriesId,
    sheetName: draft.kpi.sheetName ?? null,
    catalogId: draft.kpi.catalogId,
    kpiName: draft.kpi.name,
    direction: draft.direction,
    target,
    deadline: draft.deadline,
    start: draft.start,
    aggregation: draft.kpi.aggregation,
    period: draftPeriod(draft),
    levers: draft.levers,
  };
}

/** Same request, same plan: the step asks the server again only when one of these changed. */
export function driverPlanKey(request: DriverPlanRequest | null): string {
  return request ? JSON.stringify(request) : '';
}

/**
 * A driver goal's direction: the parent's, when the driver must move that way; else "maintain"
 * (the driver may slip to its required value and the goal is still met: hold it there or better).
 * A volume over the window is a total to reach.
 */
function childDirection(parent: Direction, baseline: number | null, target: number, total: boolean): Direction {
  if (total || baseline === null) return parent === 'decrease' ? 'decrease' : 'increase';
  if (parent === 'decrease') return target < baseline ? 'decrease' : 'maintain';
  return target > baseline ? 'increase' : 'maintain';
}

/**
 * The driver goals of a plan, one per driver: the driver's KPI, its required value as the
 * target (rounded as a person would type it), its latest value as the baseline, the parent's
 * deadline and owner, the levers that move it, and the sentence in the user's language.
 */
export function driverGoalDrafts(draft: GoalDraft, view: DriverPlanView, lang: Lang): DriverGoalDraft[] {
  if (!view.available || !draft.deadline) return [];
  return view.drivers.map((driver) => {
    const total = driver.child.aggregation === 'total';
    // Meetings and deals come whole: what the plan needs, rounded the way that still meets it (up for an increase, down
    // for a decrease, 19.999999999999996 read as 20) — core's one count rounding, its `requirement` (count-rounding.ts).
    const target = driver.unit === 'count' ? roundCount(driver.child.target, 'requirement', draft.direction === 'decrease') : roundForEntry(driver.child.target, driver.unit);
    const baseline = driver.child.baseline === null ? null : roundForEntry(driver.child.baseline, driver.unit);
    const direction = childDirection(draft.direction, baseline, target, total);
    const child: GoalDraft = {
      ...emptyDraft(),
      kpi: {
        seriesId: driver.key,
        sheetName: driver.sheetName,
        catalogId: driver.catalogId,
        name: driver.name,
        ...(driver.grammar ? { grammar: driver.grammar } : {}),
        unit: driver.unit,
        aggregation: driver.child.aggregation,
        lowerIsBetter: false,
        // The driver's own column's currency, else the parent's (the plan's amounts are in one currency).
        currency: driver.unit === 'currency' ? (driver.currency ?? draft.kpi?.currency ?? null) : null,
      },
      baseline: total ? null : baseline,
      direction,
      target,
      deadline: draft.deadline,
      owner: draft.owner,
      levers: driver.levers.join(', '),
    };
    return { statement: generateSentence(child, lang), kpi: driver.name, seriesId: driver.key, sheetName: driver.sheetName, baseline: child.baseline, target, direction, aggregation: driver.child.aggregation };
  });
}
