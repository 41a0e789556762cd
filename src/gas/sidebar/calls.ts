/**
 * The sidebar's server calls (google.script.run targets). Each one is a
 * separate execution: it reads what it needs once (batched, cached for the
 * call) and returns plain JSON typed by `src/core/api.ts`. Errors are thrown
 * as localized one-line messages; the sidebar shows them without losing
 * what the user typed.
 */
import { onScaleOf, scaleTop } from '../../core/achievability/scale';
import type {
  AddDriverGoalsRequest,
  AddDriverGoalsResponse,
  AddGoalRequest,
  AddGoalResponse,
  DriverPlanRequest,
  DriverPlanView,
  AlignmentRequest,
  AlignmentResponse,
  AssessRequest,
  AssessResponse,
  CheckPageRequest,
  CheckPageResponse,
  CheckResponse,
  CriterionView,
  EvaluateRequest,
  EvaluateResponse,
  FlaggedGoalView,
  GoalDraft,
  GoalSearchRequest,
  GoalSearchResponse,
  SelectRowRequest,
  SettingsView,
  SidebarContext,
} from '../../core/api';
import { CHECK_PAGE_SIZE, draftPeriod, GOAL_SEARCH_MAX } from '../../core/api';
import { isSheetLimitFailure } from '../../core/limits';
import { firstGoalOptions, isParentCandidate, searchGoalOptions } from '../../core/workbook/goal-options';
import { findGoalColumns } from '../../core/workbook/headers';
import { fold } from '../../core/workbook/text';
import { reversedWindow, sentWindowProblem } from '../../core/workbook/goals';
import { unreadNote, valueKindOf } from '../../core/workbook/kpis';
import { ownedHeaderColumns } from '../../core/workbook/model';
import type { IsoDate, Verdict } from '../../core/types';
import { toCellValue } from '../workbook/read';
import { achievableCriterion, assess, countSuggestion, forecastPath, verdictStory, verdictWord, type Assessment, type AssessInput } from '../../core/achievability';
import { isValidIsoDate, periodOrNull } from '../../core/dates';
import { requiredPaceAmount } from '../../core/achievability/pace-text';
import { defaultCurrency, formatNumber, useDateStyle, withAmountDecimals } from '../../core/format';
import { formatGoalValue } from '../../core/workbook/values';
import { KPI_CATALOG, kpiById, type LabelGrammar } from '../../core/kpi/catalog';
import { isLockTimeout, isQuotaExceeded, isServiceUnavailable, SERVICE_UNAVAILABLE_TEXT } from '../../core/lock';
import { t, type MessageKey } from '../../core/messages';
import { normalizeSettings, type Settings } from '../../core/settings';
import { evaluateStatement, type EvaluationContext } from '../../core/statement';
import { CRITERIA, type Aggregation, type Lang, type Period, type Unit } from '../../core/types';
import type { CheckSummary, GoalRow, KpiSeries, NewGoal } from '../../core/workbook/types';
import { appendGoal, appendGoals, checkGoals, protectedFailure, UserError, writeSettings, type BatchGoal } from '../workbook';
import { draftDriverPlan, splitLevers } from '../../core/drivers/wizard';
import { goalPlanInput, planContext } from '../../core/workbook/plans';
import { assessGoal, perPeriodDraft, requiredPaceOf, type JudgedGoal } from '../../core/workbook/check';
import { errorField, finiteOrNull, isRecord, unexpectedFailure } from '../functions/cells';
import { checkDraftAlignment, withFamily } from './alignment';
import { checkDraftFamily } from '../../core/workbook/family';
import { gridColumnFormat, seriesColumnFormat } from '../workbook/formats';
import { beginCall, cellNumberLang, cellOrder, cellWeekStart, forgetWorkbook, goalRows, goalsIfRead, localeCurrency, seriesByKey, seriesTab, settings, today, userLang, workbook } from './execution';
import { catalogViews, HISTORY_CAP, summarize } from './series';
import { activeSpreadsheet, callLocale, callSettingsNote } from '../scope';

/**
 * Runs one sidebar call in a fresh per-call cache. Our own errors reach the
 * sidebar as they are (already localized); a lock timeout keeps its text (the
 * sidebar shows it as "busy"), and so does a transient service failure (shown as "try again"); anything else becomes one localized line naming
 * only the error kind, never an internal English message in a French sidebar.
 */
/** A request google.script.run could not have sent from our sidebar (an old or foreign page): no internal word in the message. */
function badRequest(lang: Lang): UserError {
  return new UserError(t(lang, 'sidebar.server.badRequest'));
}

/** The active spreadsheet's id, asked only when a call failed (null when that fails too: the service may be down). */
function spreadsheetId(): string | null {
  try {
    return activeSpreadsheet().getId();
  } catch {
    return null;
  }
}

function answer<R>(work: (lang: Lang) => R): R {
  beginCall();
  let lang: Lang = 'en';
  try {
    lang = userLang();
    return work(lang);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const message = errorField(error, 'message') ?? '';
    // Google's own words the sidebar recognises and says in its language ("busy", "Google's limit reached").
    if (isLockTimeout(message) || isQuotaExceeded(message)) throw error;
    if (isSheetLimitFailure(message)) throw UserError.of(lang, 'wb.error.sheetLimit');
    // Google's transient failure, in whatever language Apps Script worded it: passed on in its documented English
    // wording, which the sidebar turns into "try again" in its own language.
    if (isServiceUnavailable(message, spreadsheetId())) throw Object.assign(new Error(SERVICE_UNAVAILABLE_TEXT), { cause: error });
    throw new UserError(protectedFailure(lang) ?? unexpectedFailure(error, lang));
  }
}

/**
 * `answer` for the wizard's live panels (target, drivers, parent): their dates in the short style the sidebar's chart
 * axis and deadline menu use ("Sep 7, 2026", « 7 sept. 2026 »), so one panel never mixes "7 Sep" and "December 13";
 * goal sentences and the Review step's SMART check keep full month names (they are, or propose, the goal's own words).
 */
function liveAnswer<R>(work: (lang: Lang) => R): R {
  useDateStyle('short');
  return answer(work);
}


/**
 * The parent goal of a draft: the one the sidebar sent (from its context, no
 * sheet read), or else looked up in the workbook.
 */
function parentOf(draft: GoalDraft, sent: unknown): Pick<GoalRow, 'id' | 'statement' | 'kpi' | 'target' | 'deadline' | 'start'> | null {
  if (!draft.parentId) return null;
  if (isRecord(sent) && sent.id === draft.parentId && typeof sent.statement === 'string') {
    const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
    const date = (value: unknown) => (typeof value === 'string' && isValidIsoDate(value) ? value : null);
    return { id: draft.parentId, statement: sent.statement, kpi: text(sent.kpi), target: finiteOrNull(sent.target), deadline: date(sent.deadline), start: date(sent.start) };
  }
  return workbook().goals.find((g) => g.id === draft.parentId) ?? null;
}

function toSettingsView(s: Settings, notice: string | null = null): SettingsView {
  return {
    // Only when there is something to say: a view read as saved keeps its shape.
    ...(notice !== null && { notice }),
    language: s.language,
    policy: { stretchAllowance: s.policy.stretchAllowance, useHistoricalBest: s.policy.useHistoricalBest },
    fiscalYearStartMonth: s.fiscalYearStartMonth,
    goalsSheetName: s.goalsSheetName,
    plan: { ramp: [...s.plan.ramp], hires: s.plan.hires.map((h) => ({ date: h.date, count: h.count })), coverageThreshold: s.plan.coverageThreshold, capacityThreshold: s.plan.capacityThreshold, salesCycleDays: s.plan.salesCycleDays },
  };
}

// ---------------------------------------------------------------- context

export function sidebarGetContext(): SidebarContext {
  return answer((lang) => {
    const model = workbook();
    const now = today();
    const fiscal = settings().fiscalYearStartMonth;
    const series = model.series.filter((s) => s.points.length > 0).map((s) => summarize(s, lang, now, fiscal));
    return {
      lang,
      dateOrder: cellOrder(),
      weekStart: cellWeekStart(),
      today: now,
      settings: toSettingsView(settings(), callSettingsNote(lang)),
      series,
      // Synonyms only for the KPIs a card shows (the KPI search box matches them): 5 KB of JSON for the whole catalog.
      catalog: catalogViews(lang, new Set(series.map((s) => s.kpiId).filter((id): id is string => id !== null))),
      // A bounded first list for the parent picker (2,000 goals made the context 400 KB); the rest via sidebarFindGoals.
      goals: firstGoalOptions(model.goals),
      goalsTotal: model.goals.filter(isParentCandidate).length,
      goalsSheetName: model.goalsSheet?.name ?? null,
      currency: localeCurrency(),
      locale: callLocale(),
      numberLang: cellNumberLang(),
      // A tab with one or two dated rows is not a KPI yet: say so rather than leave it out silently.
      // …and rows of a KPI tab left out (unreadable dates, errors, text), once per tab.
      warnings: (model.shortTabs ?? [])
        .map((tab) => t(lang, 'sidebar.server.shortTab', { sheet: tab.sheetName, dated: tab.dated, needed: tab.needed }))
        .concat([...new Map(model.series.map((s) => [s.sheetName, s.unread])).entries()].flatMap(([sheet, unread]) => (unread ? [unreadNote(sheet, unread, lang)] : []))),
    };
  });
}

/**
 * The parent picker's search: goals whose ID or sentence holds every word typed, at most
 * GOAL_SEARCH_MAX, best first. Reads the Goals tab alone (the context named it).
 */
export function sidebarFindGoals(request: GoalSearchRequest): GoalSearchResponse {
  return answer(() => {
    const record: Record<string, unknown> = isRecord(request) ? request : {};
    const query = typeof record.query === 'string' ? record.query.trim().slice(0, 200) : '';
    const limit = finiteOrNull(record.limit) ?? GOAL_SEARCH_MAX;
    const sheetName = typeof record.sheetName === 'string' ? record.sheetName : null;
    const found = searchGoalOptions(goalRows(sheetName), query, limit);
    return { query, goals: found.goals, matches: found.matches, total: found.total };
  });
}

// ---------------------------------------------------------------- achievability

/** "+1.2 pts per week", "+$4,694 (+2.8%) per month", "6.67 per week": the report's rule (core `requiredPaceAmount`). */
function paceText(required: AssessResponse['required'] & { ceiling?: true }, unit: Unit, period: AssessResponse['period'], lang: Lang, aggregation: Aggregation, currency: string | null): string | null {
  if (required.perPeriod === null || !Number.isFinite(required.perPeriod) || !period) return null;
  // A decrease's quota is a ceiling, worded as the report's (`paceLabel`): "at most 6.67 per month".
  const delta = requiredPaceAmount({ perPeriod: required.perPeriod, perPeriodRelative: required.perPeriodRelative, ...(required.ceiling ? { ceiling: true as const } : {}) }, unit, aggregation, currency, lang);
  return t(lang, 'sidebar.assess.paceValue', { delta, period: t(lang, `period.${period}` as MessageKey) });
}

function assessInput(request: Pick<AssessRequest, 'baseline' | 'direction' | 'target' | 'deadline' | 'aggregation'>, series: KpiSeries, unit: Unit): AssessInput {
  const definition = series.catalogId ? KPI_CATALOG.find((k) => k.id === series.catalogId) : undefined;
  return {
    history: series.points,
    target: request.target,
    deadline: request.deadline,
    today: today(),
    direction: request.direction,
    // The user's choice, else what the column is (catalog default, header, number format): a € pipeline is a level, not a sum.
    aggregation: request.aggregation ?? series.aggregation ?? definition?.aggregation ?? null,
    baseline: request.baseline,
    policy: settings().policy,
    currency: series.unit === 'currency' ? (series.currency ?? defaultCurrency()) : null,
    name: series.name,
    fiscalYearStartMonth: settings().fiscalYearStartMonth,
    // The unit the wizard shows (`summarize`: fractions of an unknown KPI are percentages there), so its figures and its
    // forecast read the column alike.
    valueKind: valueKindOf(unit, series.name, series.points.map((p) => p.value), series.catalogId),
    // No suggestion past a score's scale, as Check goals and REALISTICTARGET (surf52: it suggested 12 on a 0–10 scale).
    scaleTop: scaleTop(series.catalogId, unit, series.points.map((p) => p.value)),
  };
}

/** "… per month" on a KPI's tab: the goal Check goals' `mergeGoal` makes of the row the wizard writes (core `perPeriodDraft`). */
function periodDraft(request: AssessRequest & { period: Period }, series: KpiSeries, unit: Unit): JudgedGoal {
  const catalogId = series.catalogId ?? request.catalogId;
  const kpi = (catalogId ? kpiById(catalogId) : undefined) ?? null;
  return perPeriodDraft(series, { period: request.period, target: request.target, deadline: request.deadline, direction: request.direction, unit, currency: unit === 'currency' ? (series.currency ?? null) : null, kpi }, today(), settings().fiscalYearStartMonth);
}

/**
 * The draft as Check goals will judge the row the wizard writes for it: an amount per period on a KPI's tab ("Reach
 * 250,000 € of revenue per month by June" on weekly figures) read by `perPeriodDraft` and judged by Check goals' own
 * `assessGoal` — one period's total, the deadline's window, its note; a total from its Start (the row's: `rowStart`) by
 * `assessGoal` too; else the wizard's level to the deadline.
 */
function draftAssessment(request: AssessRequest, series: KpiSeries, unit: Unit, lang: Lang): { assessment: Assessment; input: AssessInput; window: string | null; perPeriod: JudgedGoal | null; judged?: JudgedGoal } {
  const input = assessInput(request, series, unit);
  // A count's suggestion is the whole number Check goals and the report give (core `countSuggestion`).
  const plain = (): Assessment => countSuggestion(assess(input, lang), unit);
  if (!request.period) {
    const catalogId = series.catalogId ?? request.catalogId;
    const kpi = (catalogId ? kpiById(catalogId) : undefined) ?? null;
    // A total from the Start its row will get, judged by Check goals' own `assessGoal` (ruling W1's part of a period, a
    // window's shift): the wizard said "on track" for two days of a monthly tab that Check goals then called
    // "insufficient data" (surf60). A level's Start changes nothing there.
    const total: JudgedGoal | null = input.aggregation === 'total' && request.start ? { series, kpi, unit, currency: input.currency ?? null, direction: request.direction, aggregation: 'total', baseline: request.baseline, target: request.target, start: request.start, deadline: request.deadline } : null;
    const judged = total && assessGoal(total, { today: today(), lang, settings: settings(), catalog: KPI_CATALOG });
    // Its pace is the report's, by the same rule (`requiredPaceOf`): a window not begun asks its quota (pace61).
    return { assessment: judged?.assessment ?? plain(), input, window: judged?.window?.note ?? null, perPeriod: null, ...(judged && total ? { judged: total } : {}) };
  }
  const goal = periodDraft({ ...request, period: request.period }, series, unit);
  const judged = assessGoal(goal, { today: today(), lang, settings: settings(), catalog: KPI_CATALOG });
  if (!judged) return { assessment: plain(), input, window: null, perPeriod: null };
  // The chart shows what is judged: the period's totals, forecast at the window's date.
  const reading = goal.perPeriod;
  const judgedInput: AssessInput = reading ? { ...input, history: reading.totals, deadline: reading.deadline, aggregation: 'level', baseline: null } : input;
  return { assessment: judged.assessment, input: judgedInput, window: judged.window?.note ?? null, perPeriod: goal };
}

function validateAssessRequest(request: unknown, lang: Lang): AssessRequest {
  if (!isRecord(request)) throw badRequest(lang);
  const target = finiteOrNull(request.target);
  if (target === null) throw new UserError(t(lang, 'sidebar.target.required'));
  const deadline = typeof request.deadline === 'string' && isValidIsoDate(request.deadline) ? request.deadline : null;
  if (!deadline) throw new UserError(t(lang, 'sidebar.target.deadlineRequired'));
  const direction = request.direction === 'decrease' || request.direction === 'maintain' ? request.direction : 'increase';
  // A Start after the Deadline is refused with the sentence Check goals flags the row with (surf63: "on-track, 50 per month"):
  // the Start the request sent, before today fills it in (mend63f: with none, a passed Deadline is not "before the start").
  // In full, as Add goal, Check goals and REQUIREDPACE write it (surf64: the live panel's short style wrote one refusal
  // in two date styles in one wizard, "Jun 30, 2027" here and "June 30, 2027" on Add goal).
  const style = useDateStyle('long');
  const reversed = reversedWindow(sentStart(request.start), deadline, lang);
  useDateStyle(style);
  if (reversed) throw new UserError(reversed);
  const start = rowStart(request.start);
  return {
    seriesId: typeof request.seriesId === 'string' ? request.seriesId : null,
    sheetName: typeof request.sheetName === 'string' ? request.sheetName : null,
    catalogId: typeof request.catalogId === 'string' ? request.catalogId : null,
    baseline: finiteOrNull(request.baseline),
    direction,
    target,
    deadline,
    aggregation: request.aggregation === 'level' || request.aggregation === 'total' ? request.aggregation : null,
    period: periodOrNull(request.period),
    start,
  };
}

/** The Start a request sent: its ISO day, else null (the wizard sends none). */
function sentStart(start: unknown): IsoDate | null {
  return typeof start === 'string' && isValidIsoDate(start) ? start : null;
}

/** The Start Add goal writes (`newGoalOf`) and the live check judges: the request's ISO day, else the server's today (the wizard's always). */
function rowStart(start: unknown): IsoDate {
  return sentStart(start) ?? today();
}

export function sidebarAssess(raw: AssessRequest): AssessResponse {
  return liveAnswer((lang) => {
    const request = validateAssessRequest(raw, lang);
    // A passed Deadline has no chart: its reason in full, as Add goal then refuses it (mend64f: "Jan 10, 2027" beside "January 10, 2027").
    if (request.deadline < today()) useDateStyle('long');
    const series = seriesByKey(request.seriesId, request.sheetName);
    if (!series) throw new UserError(t(lang, 'sidebar.server.noSeries'));
    // Its amounts at the precision the KPI tab shows, as Check goals and the report write them (mend51a, ruling 7).
    return withAmountDecimals(series.amountDecimals, () => assessOnSeries(request, series, lang));
  });
}

function assessOnSeries(request: ReturnType<typeof validateAssessRequest>, series: KpiSeries, lang: Lang): AssessResponse {
  {
    // A score on a scale as Check goals judges it (`onScaleOf`): never made a whole count (surf52).
    const unit = onScaleOf(series) ?? summarize(series).unit;
    // Amounts in the currency the KPI column shows ("$" for a "$#,##0" column), none when it shows none.
    const currency = unit === 'currency' ? (series.currency ?? defaultCurrency()) : null;
    const { assessment, input, window, perPeriod, judged } = draftAssessment(request, series, unit, lang);
    // The pace the report's Required pace column gives the row (Check goals' `requiredPaceOf`): "$300,000 per month".
    const paced = perPeriod ?? judged;
    const pace = paced ? requiredPaceOf(paced, assessment, request.period ?? null, today()) : null;
    // A history coarser than the goal's period is judged scaled (Check goals' note says how): no path of its own to draw.
    const forecast = assessment.verdict === 'insufficient-data' || (perPeriod && !perPeriod.perPeriod) ? [] : forecastPath(input);
    // The badge's word, the chance beside it and the line under it, as Check goals and the report say them.
    const story = verdictStory(assessment, lang);
    return {
      verdict: assessment.verdict,
      probability: assessment.probability,
      probabilityText: story.chance,
      period: assessment.period,
      horizon: assessment.horizon,
      // A draft the report paces with none (a total met or passed, mend61p) shows none either, not the assessment's.
      required: pace ? { perPeriod: pace.perPeriod, perPeriodRelative: pace.perPeriodRelative } : paced ? { perPeriod: null, perPeriodRelative: null } : assessment.required,
      paceText: pace ? paceText(pace, unit, pace.period, lang, pace.ofLevel ? 'level' : (paced?.aggregation ?? 'total'), currency) : paced ? null : paceText(assessment.required, unit, assessment.period, lang, assessment.aggregation, currency),
      suggestedTarget: assessment.suggestedTarget,
      suggestedTargetText: assessment.suggestedTarget === null ? null : formatGoalValue(assessment.suggestedTarget, unit, currency, lang),
      suggestedBy: story.suggestedBy,
      reasons: window ? [window, ...assessment.reasons] : assessment.reasons,
      outOfRange: assessment.outOfRange,
      latest: assessment.latest,
      forecast,
      history: (perPeriod?.perPeriod?.totals ?? series.points).slice(-HISTORY_CAP),
    };
  }
}

// ---------------------------------------------------------------- alignment

/**
 * The Relevant step's check: the draft against its parent (`checkDraftAlignment`), then its family as Check goals
 * will judge it — the siblings' sum against the parent (`checkDraftFamily`, core), read from the Goals tab alone.
 */
function draftAlignment(draft: GoalDraft, targetLevel: number | null, sent: unknown, sheetName: unknown, lang: Lang): AlignmentResponse {
  const own = checkDraftAlignment(draft, targetLevel, parentOf(draft, sent), lang);
  if (!draft.parentId || own.messages.includes(t(lang, 'sidebar.align.parentMissing'))) return own;
  // The Goals tab the sidebar named, read alone; without its name (an older page), only a workbook this call already read.
  const goals = typeof sheetName === 'string' && sheetName !== '' ? goalRows(sheetName) : goalsIfRead();
  if (!goals) return own;
  const family = checkDraftFamily(
    goals,
    {
      parentId: draft.parentId,
      statement: typeof draft.statement === 'string' ? draft.statement.slice(0, 2000) : '',
      kpiName: draft.kpi?.name ?? null,
      catalogId: draft.kpi?.catalogId ?? null,
      unit: draft.kpi?.unit ?? null,
      aggregation: draft.kpi?.aggregation ?? null,
      currency: draft.kpi?.unit === 'currency' ? (draft.kpi.currency ?? localeCurrency()) : null,
      target: targetLevel,
      // The Start Add goal will write (`newGoalOf`: today when the draft has none), so the family is judged as Check goals
      // will judge it: with none, a Q4 draft ending with its year read as a second annual goal and hid the inferred quarters.
      start: typeof draft.start === 'string' && isValidIsoDate(draft.start) ? draft.start : today(),
      deadline: typeof draft.deadline === 'string' && isValidIsoDate(draft.deadline) ? draft.deadline : null,
      label: t(lang, 'sidebar.align.thisGoal'),
    },
    { today: today(), lang, settings: settings(), dateOrder: cellOrder(), weekStart: cellWeekStart(), numberLang: cellNumberLang(), catalog: KPI_CATALOG },
  );
  return family ? withFamily(own, family, lang) : own;
}

export function sidebarCheckAlignment(request: AlignmentRequest): AlignmentResponse {
  return liveAnswer((lang) => {
    if (!isRecord(request) || !isRecord(request.draft)) throw badRequest(lang);
    const draft = request.draft;
    return draftAlignment(draft, finiteOrNull(request.targetLevel), request.parent, request.sheetName, lang);
  });
}

// ---------------------------------------------------------------- SMART evaluation

/** A label grammar sent by the page (core/kpi/catalog.ts `LabelGrammar`), or nothing: the page is not trusted. */
function isLabelGrammar(value: unknown): value is LabelGrammar {
  return typeof value === 'string' && /^[mf](?:pl)?(?: elide)?(?: the)?$/.test(value);
}

export function sidebarEvaluate(request: EvaluateRequest): EvaluateResponse {
  return answer((lang) => {
    if (!isRecord(request) || typeof request.text !== 'string' || !isRecord(request.draft)) throw badRequest(lang);
    const draft = request.draft;
    const targetLevel = finiteOrNull(request.targetLevel);
    const context: EvaluationContext = {};
    if (draft.kpi && typeof draft.kpi.name === 'string') context.chosenKpi = { catalogId: typeof draft.kpi.catalogId === 'string' ? draft.kpi.catalogId : null, name: draft.kpi.name.slice(0, 200), grammar: isLabelGrammar(draft.kpi.grammar) ? draft.kpi.grammar : undefined };
    const series = seriesByKey(draft.kpi?.seriesId ?? null, draft.kpi?.sheetName);
    // The Review step's amounts at the tab's precision, as the target step's and Check goals' (surf52).
    return withAmountDecimals(series?.amountDecimals, () => evaluated(request, draft, targetLevel, context, series, lang));
  });
}

function evaluated(request: EvaluateRequest, draft: GoalDraft, targetLevel: number | null, context: EvaluationContext, series: KpiSeries | null, lang: Lang): EvaluateResponse {
  {
    if (series && targetLevel !== null && draft.deadline && isValidIsoDate(draft.deadline) && draft.deadline > today()) {
      const request = { seriesId: series.key, catalogId: draft.kpi?.catalogId ?? null, baseline: draft.baseline, direction: draft.direction, target: targetLevel, deadline: draft.deadline, aggregation: draft.kpi?.aggregation ?? null, period: periodOrNull(draftPeriod(draft)), start: rowStart(draft.start) };
      context.achievable = achievableCriterion(draftAssessment(request, series, onScaleOf(series) ?? summarize(series).unit, lang).assessment, lang);
    }
    if (draft.parentId) {
      const alignment = draftAlignment(draft, targetLevel, request.parent, request.sheetName, lang);
      context.relevant = { status: alignment.status, message: alignment.messages.join(' ') || t(lang, 'sidebar.relevant.ok'), suggestion: null };
    }
    const evaluation = evaluateStatement(request.text.slice(0, 2000), {
      asOf: today(),
      lang,
      catalog: KPI_CATALOG,
      fiscalYearStartMonth: settings().fiscalYearStartMonth,
      dateOrder: cellOrder(),
      weekStart: cellWeekStart(),
      numberLang: cellNumberLang(),
      context,
    });
    const criteria: CriterionView[] = CRITERIA.map((id) => {
      const result = evaluation.criteria[id];
      return {
        id,
        label: t(lang, `criterion.${id}` as MessageKey),
        status: result.status,
        statusLabel: t(lang, `status.${result.status}` as MessageKey),
        message: result.message,
        suggestion: result.suggestion,
      };
    });
    return {
      score: evaluation.score,
      scoreText: t(lang, 'sidebar.server.score', { score: formatNumber(evaluation.score, lang, 0) }),
      criteria,
      detected: { kpi: evaluation.kpi, target: evaluation.target, deadline: evaluation.deadline },
    };
  }
}

// ---------------------------------------------------------------- add, check, select

/** The number format of each series' column, reading each of their tabs once. */
function valueFormats(refs: ReadonlyArray<{ seriesId: string | null; sheetName: string | null }>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const bySheet = new Map<string, string[]>();
  for (const { seriesId, sheetName } of refs) if (seriesId && sheetName) bySheet.set(sheetName, [...(bySheet.get(sheetName) ?? []), seriesId]);
  for (const [sheetName, keys] of bySheet) {
    const tab = seriesTab(sheetName);
    for (const key of keys) {
      const series = tab?.series.find((s) => s.key === key);
      out.set(key, tab && series ? gridColumnFormat(tab.grid, series.column) : null);
    }
  }
  return out;
}

/** The goal row a wizard draft makes (sidebarAddGoal, and the parent of "Add driver goals", whose format is already known). */
function newGoalOf(request: AddGoalRequest, lang: Lang, valueFormat?: string | null): NewGoal {
  const draft = request.draft;
  const statement = typeof draft.statement === 'string' ? draft.statement.trim() : '';
  if (!statement) throw new UserError(t(lang, 'sidebar.review.empty'));
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  // "… per month": a total whose window Check goals reads from the sentence (no Start, no starting level), as the wizard judged it.
  const perPeriod = periodOrNull(draftPeriod(draft)) !== null;
  const deadline = typeof draft.deadline === 'string' && isValidIsoDate(draft.deadline) ? draft.deadline : null;
  // A Start sent after the Deadline: REQUIREDPACE's sentence, judged before today fills in a missing Start (mend63f: the
  // wizard sends none, so a passed Deadline said "before the start (today)"; `addGoalProblem` then names today).
  const reversed = reversedWindow(sentStart(draft.start), deadline, lang);
  if (reversed) throw new UserError(reversed);
  return {
    statement,
    kpi: text(draft.kpi?.name),
    owner: text(draft.owner),
    baseline: perPeriod ? null : finiteOrNull(draft.baseline),
    target: finiteOrNull(request.targetLevel),
    start: perPeriod ? null : rowStart(draft.start),
    deadline,
    parent: text(draft.parentId),
    direction: draft.direction === 'decrease' || draft.direction === 'maintain' || draft.direction === 'increase' ? draft.direction : null,
    aggregation: perPeriod ? 'total' : draft.kpi?.aggregation === 'total' || draft.kpi?.aggregation === 'level' ? draft.kpi.aggregation : null,
    valueFormat: valueFormat !== undefined ? valueFormat : kpiValueFormat(draft.kpi?.seriesId ?? null, draft.kpi?.sheetName),
    sheetName: text(draft.kpi?.sheetName),
  };
}

export function sidebarAddGoal(request: AddGoalRequest): AddGoalResponse {
  return answer((lang) => {
    if (!isRecord(request) || !isRecord(request.draft)) throw badRequest(lang);
    const result = appendGoal(newGoalOf(request, lang));
    forgetWorkbook();
    const note = result.leftToFormulas ? t(lang, 'wb.note.leftToFormulas', { fields: result.leftToFormulas.join(', ') }) : null;
    return { sheetName: result.sheetName, row: result.row, id: result.id, note };
  });
}

// ---------------------------------------------------------------- how will you get there?

/**
 * The wizard's "How will you get there?" step: the draft's bottom-up plan against the whole
 * workbook (its KPI tabs and Drivers formulas), through the same plan context as Check goals and
 * the report (core/workbook/plans.ts); the view itself is built in core (core/drivers/wizard.ts).
 */
export function sidebarPlanDrivers(raw: DriverPlanRequest): DriverPlanView {
  return liveAnswer((lang) => {
    const request = validateAssessRequest(raw, lang);
    const record: Record<string, unknown> = isRecord(raw) ? raw : {};
    const model = workbook();
    const own = request.seriesId ? (model.series.find((s) => s.key === request.seriesId) ?? null) : null;
    // Only the KPI's name, unit and aggregation are read here: no latest totals (they depend on today).
    const summary = own ? summarize(own, lang) : null;
    const definition = request.catalogId ? KPI_CATALOG.find((k) => k.id === request.catalogId) : undefined;
    const kpiName = typeof record.kpiName === 'string' && record.kpiName.trim() !== '' ? record.kpiName.trim().slice(0, 200) : (summary?.name ?? definition?.label[lang] ?? '');
    const start = typeof record.start === 'string' && isValidIsoDate(record.start) ? record.start : today();
    const context = planContext(model, { today: today(), lang, settings: settings(), catalog: KPI_CATALOG });
    const problems = (model.drivers?.problems ?? []).map((p) => t(lang, 'drivers.wizard.problem', { sheet: p.sheet, row: p.row, message: p.message }));
    const levers = typeof record.levers === 'string' ? splitLevers(record.levers.slice(0, 2000)) : [];
    // Its amounts at the precision the KPI tab shows, as Check goals' bottom-up lines (mend51a's ruling 7).
    return withAmountDecimals(own?.amountDecimals, () => {
      if (request.period && own && summary) {
        // "… per month" on a tab of weekly figures: the goal Check goals will plan (one month's total), by its own input.
        return draftDriverPlan({ ...goalPlanInput(periodDraft({ ...request, period: request.period }, own, summary.unit), levers), kpiName, period: own.period ?? null }, context, problems);
      }
      return draftDriverPlan(
        {
          kpiId: request.catalogId ?? own?.catalogId ?? null,
          seriesKey: own?.key ?? null,
          kpiName,
          target: request.target,
          start,
          deadline: request.deadline,
          direction: request.direction,
          aggregation: request.aggregation ?? summary?.aggregation ?? definition?.aggregation ?? 'level',
          unit: summary?.unit ?? definition?.unit ?? null,
          // The column's currency; a catalog KPI without a tab: the spreadsheet locale's (or none).
          currency: own ? (own.currency ?? null) : localeCurrency(),
          period: own?.period ?? null,
          levers,
        },
        context,
        problems,
      );
    });
  });
}

/**
 * "Add driver goals": one goal per driver under its parent, in one call under the document lock
 * (appendGoals). The parent is the draft itself, added first in the same batch, or a goal already
 * in the table; then a driver whose KPI already has a goal under that parent is not added again.
 */
/** At most this many driver goals per call (a tree has a handful of drivers; a forged request cannot ask for more). */
const MAX_DRIVER_GOALS = 20;

export function sidebarAddDriverGoals(request: AddDriverGoalsRequest): AddDriverGoalsResponse {
  return answer((lang) => {
    if (!isRecord(request) || !Array.isArray(request.goals)) throw badRequest(lang);
    const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
    const date = (value: unknown) => (typeof value === 'string' && isValidIsoDate(value) ? value : null);
    const deadline = date(request.deadline);
    if (!deadline) throw new UserError(t(lang, 'sidebar.target.deadlineRequired'));
    const owner = text(request.owner);
    // The Start as sent after the Deadline, else a passed Deadline, refused as Add goal refuses them (`newGoalOf`), before
    // any row is written (surf64: under an existing parent, `appendGoals` writes without `addGoalProblem`; mend64f: a Start
    // after a passed Deadline was "before January 15, 2027" here, "before the start (February 1, 2027)" on Add goal).
    const refused = sentWindowProblem(date(request.start), deadline, today(), lang);
    if (refused) throw new UserError(refused);
    const start = date(request.start) ?? today();
    const parentRequest = isRecord(request.parent) && isRecord(request.parent.draft) ? request.parent : null;
    const existingParent = parentRequest ? null : text(request.parentId);
    if (!parentRequest && !existingParent) throw new UserError(t(lang, 'error.generic', { detail: 'parent' }));
    // The number formats of the KPI columns (targets and baselines look like their history): each tab read once.
    const requested = request.goals.slice(0, MAX_DRIVER_GOALS);
    const refs = requested.filter(isRecord).map((raw) => ({ seriesId: typeof raw.seriesId === 'string' ? raw.seriesId : null, sheetName: typeof raw.sheetName === 'string' ? raw.sheetName : null }));
    if (parentRequest) refs.push({ seriesId: parentRequest.draft.kpi?.seriesId ?? null, sheetName: parentRequest.draft.kpi?.sheetName ?? null });
    const formats = valueFormats(refs);
    const goals: BatchGoal[] = [];
    if (parentRequest) goals.push(newGoalOf(parentRequest, lang, formats.get(parentRequest.draft.kpi?.seriesId ?? '') ?? null));
    for (const raw of requested) {
      if (!isRecord(raw)) continue;
      const statement = text(raw.statement);
      const target = finiteOrNull(raw.target);
      if (!statement || target === null) continue;
      goals.push({
        statement,
        kpi: text(raw.kpi),
        owner,
        baseline: finiteOrNull(raw.baseline),
        target,
        start,
        deadline,
        ...(parentRequest ? { parentFrom: 0 } : { parent: existingParent }),
        direction: raw.direction === 'decrease' || raw.direction === 'maintain' ? raw.direction : 'increase',
        aggregation: raw.aggregation === 'total' ? 'total' : 'level',
        valueFormat: typeof raw.seriesId === 'string' ? (formats.get(raw.seriesId) ?? null) : null,
      });
    }
    if (goals.length === (parentRequest ? 1 : 0)) throw new UserError(t(lang, 'drivers.wizard.noGoals'));
    const result = appendGoals({ goals, existingParent });
    forgetWorkbook();
    const parentRow = parentRequest ? result.rows.find((r) => r.index === 0) : undefined;
    const parentId = parentRow ? (parentRow.id ?? '') : (existingParent ?? '');
    const added = result.rows.filter((r) => !parentRequest || r.index !== 0).map((r) => ({ row: r.row, id: r.id, kpi: goals[r.index].kpi ?? '' }));
    const skipped = result.skipped.map((index) => goals[index].kpi ?? '');
    const parentName = parentId || t(lang, 'drivers.wizard.thisGoal');
    const lines = [
      added.length === 0 ? t(lang, 'drivers.wizard.noneAdded', { parent: parentName }) : added.length === 1 ? t(lang, 'drivers.wizard.addedOne', { parent: parentName }) : t(lang, 'drivers.wizard.added', { count: added.length, parent: parentName }),
    ];
    if (skipped.length > 0 && added.length > 0) lines.push(t(lang, 'drivers.wizard.skipped', { parent: parentName, kpis: skipped.join(', ') }));
    if (result.leftToFormulas) lines.push(t(lang, 'wb.note.leftToFormulas', { fields: result.leftToFormulas.join(', ') }));
    return {
      sheetName: result.sheetName,
      parent: parentRow ? { sheetName: result.sheetName, row: parentRow.row, id: parentRow.id } : null,
      parentId,
      added,
      skipped,
      message: lines.join(' '),
    };
  });
}

/**
 * The number format of the chosen KPI's column, so the new goal's baseline and target look like its history: from its tab's
 * one read (values and formats, `seriesTab`), not a second look-up of the tab by name; the whole workbook only when the tab moved.
 */
function kpiValueFormat(seriesId: string | null, sheetName: string | null | undefined): string | null {
  if (typeof seriesId !== 'string') return null;
  const tab = typeof sheetName === 'string' && sheetName ? seriesTab(sheetName) : null;
  const own = tab?.series.find((s) => s.key === seriesId);
  if (tab && own) return gridColumnFormat(tab.grid, own.column);
  const series = seriesByKey(seriesId, null);
  return series ? seriesColumnFormat(activeSpreadsheet().getSheetByName(series.sheetName), series) : null;
}

export function sidebarCheckGoals(): CheckResponse {
  return answer((lang) => checkResponse(checkGoals(), lang));
}

/** The sidebar's view of a Check goals run: the summary already carries each flagged goal's details, so no second read of the workbook. */
export function checkResponse(summary: CheckSummary, lang: Lang): CheckResponse {
  forgetWorkbook();
  const flagged: FlaggedGoalView[] = summary.flagged.slice(0, CHECK_PAGE_SIZE).map((goal) => ({
    sheetName: summary.sheetName,
    row: goal.row,
    id: goal.id || null,
    statement: goal.statement,
    verdict: goal.verdict,
    score: finiteOrNull(goal.score),
    reasons: goal.reasons,
    fix: goal.fix,
    cause: goal.cause,
  }));
  return {
    checked: summary.checked,
    flagged,
    summary: summary.message || t(lang, 'sidebar.server.checkSummary', { checked: summary.checked, flagged: summary.flagged.length }),
    flaggedTotal: summary.flagged.length,
  };
}

/**
 * The next page of the Check pane: the flagged goals below `afterRow`, read back from what
 * Check goals wrote in the goals tab (one read of that tab; nothing is analysed again). Their
 * reasons are the row's SMART notes, one per line (the notes hold the reasons and the fixes).
 */
export function sidebarCheckPage(request: CheckPageRequest): CheckPageResponse {
  return answer((lang) => {
    const sheetName = isRecord(request) && typeof request.sheetName === 'string' ? request.sheetName : '';
    const afterRow = isRecord(request) ? (finiteOrNull(request.afterRow) ?? 0) : 0;
    const sheet = sheetName ? activeSpreadsheet().getSheetByName(sheetName) : null;
    if (!sheet) throw new UserError(t(lang, 'sidebar.server.badRow', { row: afterRow + 1, sheet: sheetName }));
    const values = sheet.getDataRange().getValues().map((row) => row.map(toCellValue));
    const owned = ownedHeaderColumns(values);
    const flagColumn = owned.get('flag');
    const columns = findGoalColumns(values, { owned: [...owned.values()] });
    if (flagColumn === undefined || !columns) return { flagged: [], more: false };
    const flagTexts = new Set([t('en', 'check.flag.review'), t('fr', 'check.flag.review')]);
    const verdictOf = new Map<string, Verdict>();
    const verdicts: readonly Verdict[] = ['on-track', 'realistic', 'stretch', 'unrealistic', 'insufficient-data'];
    for (const verdict of verdicts) for (const l of ['en', 'fr'] as const) verdictOf.set(verdictWord(verdict, l), verdict);
    const cell = (row: readonly unknown[], column: number | undefined): unknown => (column === undefined ? '' : row[column]);
    const flagged: FlaggedGoalView[] = [];
    let more = false;
    for (let index = Math.max(columns.headerRow + 1, Math.floor(afterRow)); index < values.length; index++) {
      const row = values[index];
      if (!flagTexts.has(String(row[flagColumn]))) continue;
      if (flagged.length === CHECK_PAGE_SIZE) {
        more = true;
        break;
      }
      const notes = String(cell(row, owned.get('notes')) ?? '');
      const score = cell(row, owned.get('score'));
      const id = String(cell(row, columns.fields.id) ?? '');
      flagged.push({
        sheetName,
        row: index + 1,
        id: id || null,
        statement: String(cell(row, columns.fields.statement) ?? ''),
        verdict: verdictOf.get(String(cell(row, owned.get('verdict')))) ?? null,
        // Read back from the sheet, the cause is not stored: an unrealistic verdict says it, else "not SMART".
        cause: verdictOf.get(String(cell(row, owned.get('verdict')))) === 'unrealistic' ? 'target' : 'smart',
        score: typeof score === 'number' ? finiteOrNull(score) : null,
        reasons: notes.split('\n').filter((line) => line.trim() !== ''),
        fix: null,
      });
    }
    return { flagged, more };
  });
}

export function sidebarSelectRow(request: SelectRowRequest): boolean {
  return answer((lang) => {
    const spreadsheet = activeSpreadsheet();
    const sheetName = isRecord(request) && typeof request.sheetName === 'string' ? request.sheetName : '';
    const row = isRecord(request) ? finiteOrNull(request.row) : null;
    const sheet = sheetName ? spreadsheet.getSheetByName(sheetName) : null;
    if (!sheet || row === null || !Number.isInteger(row) || row < 1 || row > sheet.getMaxRows()) {
      throw new UserError(t(lang, 'sidebar.server.badRow', { row: row ?? '?', sheet: sheetName }));
    }
    spreadsheet.setActiveSheet(sheet);
    sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
    return true;
  });
}

// ---------------------------------------------------------------- settings

export function sidebarGetSettings(): SettingsView {
  return answer((lang) => toSettingsView(settings(), callSettingsNote(lang)));
}

export function sidebarSaveSettings(view: SettingsView): SettingsView {
  return answer((lang) => {
    const current = settings();
    const incoming: Record<string, unknown> = isRecord(view) ? view : {};
    const policy: Record<string, unknown> = isRecord(incoming.policy) ? incoming.policy : {};
    // An out-of-range number or a Goals tab that does not exist is refused, not clamped or kept (the pane shows why).
    const { stretchAllowance: stretch } = policy;
    const { fiscalYearStartMonth: month, goalsSheetName: tab } = incoming;
    if (typeof stretch === 'number' && !(stretch >= 0 && stretch <= 1)) throw new UserError(t(lang, 'sidebar.server.stretch'));
    if (typeof month === 'number' && !(Number.isInteger(month) && month >= 1 && month <= 12)) throw new UserError(t(lang, 'sidebar.server.fiscal'));
    if (typeof tab === 'string' && tab.trim() && !activeSpreadsheet().getSheets().some((sheet) => fold(sheet.getName()) === fold(tab.trim()))) {
      throw new UserError(t(lang, 'sidebar.server.noTab', { sheet: tab.trim() }));
    }
    // A partial plan (only the ramp, say) keeps the other plan settings as they were.
    const plan: Record<string, unknown> = isRecord(incoming.plan) ? incoming.plan : {};
    const next = normalizeSettings({ ...current, ...incoming, policy: { ...current.policy, ...policy }, plan: { ...current.plan, ...plan } });
    // A refused write (the 9-KB value or 500-KB store quota: a bound script's own keys share the document's store)
    // stores nothing: said in the user's language with Google's own words, never as an unexplained failure.
    let saved: boolean;
    try {
      saved = writeSettings(next);
    } catch (error) {
      const detail = errorField(error, 'message') ?? String(error);
      throw UserError.of(lang, 'error.settingsNotSaved', { detail });
    }
    if (!saved) throw UserError.of(lang, 'error.settingsNoDocument');
    return toSettingsView(next);
  });
}
