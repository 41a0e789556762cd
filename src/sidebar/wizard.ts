/**
 * The seven-step goal wizard. Each step is rendered once when entered; typing
 * only updates the draft and the live panels (achievability, alignment,
 * score), so focus and what the user typed are never lost, even when a
 * server call fails.
 */
import {
  draftPeriod,
  draftTargetLevel,
  periodTotalAllowed,
  GOAL_SEARCH_MAX,
  type AlignmentResponse,
  type AssessResponse,
  type DriverGoalDraft,
  type DriverPlanView,
  type EvaluateResponse,
  type GoalDraft,
  type GoalOption,
  type SeriesSummary,
  type SidebarContext,
} from '../core/api';
import { endOfPeriod, fiscalBlock, isValidIsoDate } from '../core/dates';
import { formatNumber, formatShortDate, monthName, upperFirst } from '../core/format';
import type { MessageKey } from '../core/messages/ui';
import type { Direction, KpiPoint, Lang, Period, Unit } from '../core/types';
import { forecastChart, sparkline } from './chart';
import { perPeriodView } from './chart-math';
import { deadlineOptions, type DeadlinePreset } from './deadlines';
import { describedBy, h, replace, setText, uid } from './dom';
import { callServer, LiveCall } from './rpc';
import { KPI_FILTER_FROM, matchesWords, searchWords, seriesSearchText } from './search';
import { generateSentence } from './sentence';
import { CHANGE_PERIODS, choiceFromCatalog, choiceFromSeries, defaultKpiBaseline, driverGoalDrafts, perPeriodTarget, driverPlanKey, driverPlanRequest, emptyDraft, nextStep, previousStep, STEPS, STEP_TITLES, stepProblems, targetPeriods, withKpi, wrongSideOfBaseline, type StepId } from './steps';
import { busy, button, describeError, field, fieldWithHint, select, STATUS_KEYS, statusBadge, statusLine, textInput, verdictBadge, type Translate } from './ui';
import { computedAtTabPrecision, displayDelta, displayStated, displayValue, isNegligibleDelta, otherCurrencyLine, parseUnitInput, roundForEntry, toInputText, unitLabel } from './values';

// Each server call is a fresh Apps Script execution: wait for a pause in typing rather than firing per keystroke.
const LIVE_DELAY_MS = 400;
/** The parent picker gets a search box past this many goals, and lists at most PARENT_OPTIONS_MAX of them. */
const PARENT_SEARCH_FROM = 25;
const PARENT_OPTIONS_MAX = 200;
/** The parent search waits for a shorter pause than the live checks: it only reads the Goals tab. */
const SEARCH_DELAY_MS = 250;

export interface WizardHost {
  lang: Lang;
  tr: Translate;
  context: SidebarContext;
  /** Shows a readable error above the pane; never clears the user's input. */
  showError(message: string, retry?: () => void): void;
  clearError(): void;
  /** Reads a one-line result to screen readers (the live panels themselves are not live regions). */
  announce?(text: string): void;
  /** Lets the host refresh what changed in the sheet (the new goal becomes a possible parent). */
  onGoalAdded?(): void;
}

export class Wizard {
  private draft: GoalDraft = emptyDraft();
  private step: StepId = 'kpi';
  private statementEdited = false;
  private added: { sheetName: string; row: number; id: string | null; driverMessage: string | null; note?: string | null } | null = null;
  /** The draft's bottom-up plan (the drivers step), the request it answers, and whether its driver goals go with the goal. */
  private driverView: DriverPlanView | null = null;
  private driverKey = '';
  private includeDriverGoals = false;
  private readonly element = h('section', { className: 'wizard' });
  /** The live panel's one-line reason ("not a number", "already past", a refused rate): one target step at a time. */
  private readonly reasonId = uid('reason');
  private readonly assessCall = new LiveCall((arg: Parameters<typeof callServer<'sidebarAssess'>>[1]) => callServer('sidebarAssess', arg), LIVE_DELAY_MS);
  private readonly alignCall = new LiveCall((arg: Parameters<typeof callServer<'sidebarCheckAlignment'>>[1]) => callServer('sidebarCheckAlignment', arg), LIVE_DELAY_MS);
  private readonly evaluateCall = new LiveCall((arg: Parameters<typeof callServer<'sidebarEvaluate'>>[1]) => callServer('sidebarEvaluate', arg), LIVE_DELAY_MS);
  // Asked once when the step opens (nothing is typed there): no typing pause to wait for.
  private readonly driversCall = new LiveCall((arg: Parameters<typeof callServer<'sidebarPlanDrivers'>>[1]) => callServer('sidebarPlanDrivers', arg), 0);
  // The parent picker's search among goals the context does not carry (a short pause after typing).
  private readonly searchCall = new LiveCall((arg: Parameters<typeof callServer<'sidebarFindGoals'>>[1]) => callServer('sidebarFindGoals', arg), SEARCH_DELAY_MS);
  /** The parent as the picker listed it (from the context or a search). */
  private chosenParent: GoalOption | null = null;
  private lastAssessment: AssessResponse | null = null;
  /** The deadline the target step proposed last (`defaultDeadline`): replaced, not kept, when the KPI changes. */
  private proposedDeadline: string | null = null;
  /** The period whose total the baseline was last pre-filled with (`prefilledBaseline`), null for the KPI's own. */
  private baselinePeriod: Period | null = null;

  constructor(private readonly host: WizardHost) {}

  mount(parent: HTMLElement): void {
    parent.appendChild(this.element);
    this.render(false);
  }

  private get lang(): Lang {
    return this.host.lang;
  }

  private get tr(): Translate {
    return this.host.tr;
  }

  private series(): SeriesSummary | null {
    const id = this.draft.kpi?.seriesId;
    return id ? (this.host.context.series.find((s) => s.id === id) ?? null) : null;
  }

  /** The chosen parent as the context listed it (sent along so live checks need no sheet read). */
  private parentOption(): GoalOption | null {
    const id = this.draft.parentId;
    if (!id) return null;
    return this.chosenParent?.id === id ? this.chosenParent : (this.host.context.goals.find((g) => g.id === id) ?? null);
  }

  private unit(): Unit {
    return this.draft.kpi?.unit ?? 'count';
  }

  /** A number field's text as the KPI's value: as the field shows numbers, else as the sheet's cells read them (`parseUnitInput`). */
  private readValue(text: string, unit: Unit): number | null {
    return parseUnitInput(text, unit, this.lang, this.currency(), this.host.context.numberLang);
  }

  /** A value of the chosen KPI as the wizard shows it: an amount at its tab's precision, as Check goals and the report (surf52). */
  private shown(value: number, unit: Unit): string {
    return displayValue(value, unit, this.lang, this.currency(), this.draft.kpi?.amountDecimals);
  }

  /**
   * The target the server judges and names: a level the wizard computed (+10 %, a change per period) at the tab's
   * precision, as "Target level $1,612" shows it — not "Chance of reaching $1,612.27" beside it (mend52d); a typed one as typed.
   */
  private judgedTarget(target: number): number {
    return computedAtTabPrecision(target, this.draft.targetMode === 'level', this.unit(), this.draft.kpi?.amountDecimals);
  }

  /** A value the user entered (a target, a baseline), as the goal states it: every digit typed, at least the tab's precision. */
  private stated(value: number, unit: Unit): string {
    return displayStated(value, unit, this.lang, this.currency(), this.draft.kpi?.amountDecimals);
  }

  /** The currency the chosen KPI's amounts are written in ("$" from its column, the locale's for a catalog KPI), or null. */
  private currency(): string | null {
    return this.draft.kpi?.currency ?? null;
  }

  /**
   * A line under an amount field that names another currency typed ("£150,000" in a euro sheet, "150,000 USD" in a
   * Canadian one): the field refuses it (`parseUnitInput`), and this says why.
   */
  private currencyWarning(input: HTMLInputElement, unit: Unit): HTMLElement {
    const line = h('p', { className: 'hint', attrs: { 'aria-live': 'polite' } });
    const update = () => {
      setText(line, otherCurrencyLine(input.value, unit, this.lang, this.currency(), Boolean(this.draft.kpi?.sheetName)));
    };
    input.addEventListener('input', update);
    update();
    return line;
  }

  /**
   * "Dec 6, 2026" (en_US), "6 Dec 2026" (en_GB), « 6 déc. 2026 » — the spreadsheet locale's order (`SidebarContext.dateOrder`,
   * set by app.ts), as the server's live texts write dates (gas/sidebar/calls.ts `liveAnswer`); without the year within the
   * current year when `dropCurrentYear`.
   */
  private shortDate(iso: string, dropCurrentYear = false): string {
    return formatShortDate(iso, this.lang, !(dropCurrentYear && iso.slice(0, 4) === this.host.context.today.slice(0, 4)));
  }

  private periodName(period: Period | null): string {
    return period ? this.tr(`period.${period}` as MessageKey) : '';
  }

  /**
   * The period holding `date` as a person names it: « novembre 2026 », "Nov 23 – Nov 29", a quarter as the report names it
   * (« T3 2026 », "Q3 2026": 'align.quarter', the fiscal quarter's number under Settings' fiscal year, core `fiscalBlock`,
   * with the year its fiscal year ends in: from February, August–October 2026 is "Q3 2027"), a year "2025" — a fiscal one by its months ("April 2025 – March 2026").
   */
  private periodLabel(date: string, period: Period): string {
    const fiscal = this.host.context.settings.fiscalYearStartMonth;
    const monthYear = (iso: string) => `${monthName(Number(iso.slice(5, 7)), this.lang)} ${iso.slice(0, 4)}`;
    if (period === 'month') return monthYear(date);
    if (period === 'quarter' || period === 'year') {
      const block = fiscalBlock(date, period === 'quarter' ? 3 : 12, fiscal);
      // The fiscal year's name is the calendar year it ends in, as the report's splits and the statement analyser read it.
      if (period === 'quarter') return `${this.tr('align.quarter', { n: block.n })} ${fiscalBlock(date, 12, fiscal).end.slice(0, 4)}`;
      return block.start.slice(5, 7) === '01' ? block.start.slice(0, 4) : `${monthYear(block.start)} – ${monthYear(block.end)}`;
    }
    return `${this.shortDate(date, true)} – ${this.shortDate(endOfPeriod(date, period), true)}`;
  }

  /**
   * The baseline pre-filled for a target that is one `period`'s total ("per month"): that period's latest whole total, as
   * the report starts such a goal (`SeriesSummary.latestTotals`); else, or without one, the KPI's own (`defaultKpiBaseline`, as `withKpi`).
   */
  private prefilledBaseline(period: Period | null): number | null {
    const series = this.series();
    const unit = this.unit();
    const total = period ? series?.latestTotals?.[period] : undefined;
    if (total) return roundForEntry(total.value, unit);
    return this.draft.kpi ? defaultKpiBaseline(this.draft.kpi, series) : null;
  }

  /** A pre-filled baseline follows the period the target step picks; one the user typed or chose is kept. */
  private followPeriodBaseline(): void {
    const period = draftPeriod(this.draft);
    if (period === this.baselinePeriod) return;
    if (this.draft.baseline === this.prefilledBaseline(this.baselinePeriod)) this.draft.baseline = this.prefilledBaseline(period);
    this.baselinePeriod = period;
  }

  // ---------------------------------------------------------------- shell

  private render(focusHeading: boolean): void {
    this.assessCall.cancel();
    this.alignCall.cancel();
    this.evaluateCall.cancel();
    this.driversCall.cancel();
    this.searchCall.cancel();
    const index = STEPS.indexOf(this.step);
    const headingId = uid('step-title');
    const heading = h('h2', { id: headingId, attrs: { tabindex: '-1' } }, this.tr(STEP_TITLES[this.step]));
    const progress = h(
      'ol',
      { className: 'steps', attrs: { 'aria-label': this.tr('sidebar.stepOf', { n: index + 1, total: STEPS.length }) } },
      ...STEPS.map((step, i) =>
        h('li', { className: i === index ? 'current' : i < index ? 'done' : '', attrs: { 'aria-current': i === index ? 'step' : null, title: this.tr(STEP_TITLES[step]) } }, String(i + 1)),
      ),
    );
    const problems = h('div', { className: 'problems', attrs: { role: 'alert' } });
    const form = h('form', { className: `step step-${this.step}`, attrs: { 'aria-labelledby': headingId, novalidate: true, 'data-step': this.step } });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.step === 'review') this.addGoal(problems);
      else this.goNext(problems);
    });
    const body = h('div', { className: 'step-body' });
    this.renderStep(body);
    const footer = h('div', { className: 'footer' });
    if (index > 0 && !this.added) footer.appendChild(button(this.tr('sidebar.back'), () => this.goBack(), 'secondary'));
    if (this.step !== 'review') footer.appendChild(button(this.tr('sidebar.next'), () => undefined, 'primary', 'submit'));
    else this.renderReviewActions(footer);
    // A problem shown after "Next" goes as soon as the field is fixed ("Enter a target as a number." no longer stays under a valid value).
    const refreshProblems = () => {
      if (!problems.hasChildNodes()) return;
      const left = stepProblems(this.step, this.draft, this.host.context.today);
      replace(problems, ...left.map((key) => h('p', {}, this.tr(key))));
    };
    form.addEventListener('input', refreshProblems);
    form.addEventListener('change', refreshProblems);
    form.append(body, problems, footer);
    replace(this.element, h('p', { className: 'step-count' }, this.tr('sidebar.stepOf', { n: index + 1, total: STEPS.length })), progress, heading, form);
    if (focusHeading) heading.focus();
  }

  private goNext(problemsBox: HTMLElement): void {
    const problems = stepProblems(this.step, this.draft, this.host.context.today);
    if (problems.length) {
      replace(problemsBox, ...problems.map((key) => h('p', {}, this.tr(key))));
      // The alert reads the refusal; the field the focus lands on reads why it is invalid (`linkReason`).
      this.problemField(problems[0])?.focus();
      return;
    }
    this.step = nextStep(this.step);
    if (this.step === 'review' && !this.statementEdited) this.draft.statement = generateSentence(this.draft, this.lang);
    this.render(true);
  }

  /**
   * Where the focus goes when "Next" is refused: the field the first problem is about (the deadline's date when it is
   * past, the target or the change being typed), else a field marked invalid, else the step's first field — not the
   * first control of the step (the direction menu for a past deadline, the KPI-kind menu for an unreadable baseline).
   */
  private problemField(problem: MessageKey | undefined): HTMLElement | null {
    const shown = (selector: string) => Array.from(this.element.querySelectorAll<HTMLElement>(selector)).find((element) => !element.closest('[hidden]')) ?? null;
    const selectors: Partial<Record<MessageKey, string>> = {
      'sidebar.kpi.required': 'button.series-card[tabindex="0"], select',
      'sidebar.baseline.required': 'input[name="baseline"]',
      'sidebar.target.required': 'input[name="target"], input[name="change"]',
      'sidebar.target.wrongSide': 'input[name="target"], input[name="change"]',
      'sidebar.target.deadlineRequired': 'input[name="deadline"]',
      'sidebar.review.empty': 'textarea[name="statement"]',
    };
    const about = problem ? selectors[problem] : undefined;
    return (about ? shown(about) : null) ?? shown('[aria-invalid="true"]') ?? shown('input, select, textarea, button.series-card');
  }

  private goBack(): void {
    this.step = previousStep(this.step);
    this.render(true);
  }

  private renderStep(body: HTMLElement): void {
    switch (this.step) {
      case 'kpi':
        return this.renderKpi(body);
      case 'baseline':
        return this.renderBaseline(body);
      case 'target':
        return this.renderTarget(body);
      case 'specific':
        return this.renderSpecific(body);
      case 'drivers':
        return this.renderDrivers(body);
      case 'relevant':
        return this.renderRelevant(body);
      case 'review':
        return this.renderReview(body);
    }
  }

  // ---------------------------------------------------------------- step 1: KPI

  private seriesSummaryText(series: SeriesSummary): string[] {
    const lines: string[] = [];
    const latest = series.latest ? displayValue(series.latest.value, series.unit, this.lang, series.currency, series.amountDecimals) : '—';
    if (series.recentAverage !== null) {
      const average = displayValue(series.recentAverage, series.unit, this.lang, series.currency, series.amountDecimals);
      lines.push(
        series.period
          ? this.tr('sidebar.kpi.summaryWindow', { window: this.tr(`sidebar.kpi.lastPeriods.${series.period}` as MessageKey, { n: series.recentWindow }), average, latest })
          : this.tr('sidebar.kpi.summaryNoPeriod', { n: series.recentWindow, average, latest }),
      );
    }
    if (series.trendPerPeriod !== null && series.period) {
      const flat = isNegligibleDelta(series.trendPerPeriod, series.unit, this.lang);
      lines.push(flat ? this.tr('sidebar.kpi.trendFlat') : this.tr('sidebar.kpi.trend', { trend: displayDelta(series.trendPerPeriod, series.unit, this.lang, series.currency, series.amountDecimals), period: this.periodName(series.period) }));
    }
    return lines;
  }

  private renderKpi(body: HTMLElement): void {
    const { series, catalog } = this.host.context;
    body.appendChild(h('p', { className: 'intro' }, this.tr('sidebar.kpi.intro')));
    const catalogSelect = select(
      [{ value: '', label: this.tr('sidebar.kpi.catalogNone') }, ...catalog.map((k) => ({ value: k.id, label: k.label }))],
      this.draft.kpi && !this.draft.kpi.seriesId ? (this.draft.kpi.catalogId ?? '') : '',
    );
    const cards: HTMLButtonElement[] = [];
    // Cards the search box leaves out are hidden, and out of the arrow keys' way.
    const visible = () => cards.filter((card) => !card.hidden);
    // Roving tabindex: the group is one Tab stop (the chosen card, else the first shown); arrows move between shown cards.
    const refreshPressed = () => {
      const shown = visible();
      const chosen = cards.find((card) => card.dataset.seriesId === this.draft.kpi?.seriesId) ?? null;
      const stop = chosen && !chosen.hidden ? chosen : (shown[0] ?? null);
      cards.forEach((card) => {
        card.setAttribute('aria-pressed', String(card === chosen));
        card.tabIndex = card === stop ? 0 : -1;
      });
    };
    const moveFocus = (event: KeyboardEvent) => {
      const shown = visible();
      const index = shown.indexOf(event.currentTarget as HTMLButtonElement);
      const next = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: shown.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const target = shown[Math.max(0, Math.min(shown.length - 1, next))];
      cards.forEach((card) => (card.tabIndex = card === target ? 0 : -1));
      target.focus();
    };
    if (series.length) {
      body.appendChild(h('h3', {}, this.tr('sidebar.kpi.workbook')));
      const list = h('div', { className: 'series-list', attrs: { role: 'group', 'aria-label': this.tr('sidebar.kpi.workbook') } });
      for (const s of series) {
        const card = h(
          'button',
          { className: 'series-card', attrs: { type: 'button', 'data-series-id': s.id, 'aria-pressed': 'false' } },
          h('span', { className: 'series-name' }, s.name),
          h('span', { className: 'series-meta' }, this.tr('sidebar.kpi.points', { count: s.count, sheet: s.sheetName })),
          sparkline(s.history, this.tr('sidebar.sparkline.label', { kpi: s.name })),
          ...this.seriesSummaryText(s).map((line) => h('span', { className: 'series-stat' }, line)),
        );
        card.addEventListener('keydown', moveFocus);
        card.addEventListener('click', () => {
          if (this.draft.kpi?.seriesId !== s.id) this.baselinePeriod = null;
          this.draft = withKpi(this.draft, choiceFromSeries(s), s);
          catalogSelect.value = '';
          refreshPressed();
        });
        cards.push(card);
        list.appendChild(card);
      }
      body.appendChild(list);
      // 40 KPI tabs are 40 cards: past a screenful, a search box (above them) narrows them.
      if (cards.length > KPI_FILTER_FROM) body.insertBefore(this.kpiFilter(series, cards, list, refreshPressed), list);
      refreshPressed();
    } else {
      body.appendChild(h('p', { className: 'notice' }, this.tr('sidebar.kpi.none')));
    }
    // Tabs left out (too few dated rows) are named with the reason, not dropped silently.
    if (this.host.context.warnings.length) body.appendChild(h('ul', { className: 'notice kpi-warnings' }, ...this.host.context.warnings.map((w) => h('li', {}, w))));
    catalogSelect.addEventListener('change', () => {
      const kpi = catalog.find((k) => k.id === catalogSelect.value);
      if (kpi) {
        this.baselinePeriod = null;
        this.draft = withKpi(this.draft, choiceFromCatalog(kpi, this.host.context.currency ?? null), null);
      } else if (this.draft.kpi && !this.draft.kpi.seriesId) {
        this.draft = { ...this.draft, kpi: null };
      }
      refreshPressed();
    });
    body.appendChild(field(this.tr('sidebar.kpi.catalog'), catalogSelect, this.tr('sidebar.kpi.noHistory')));
  }

  /**
   * The KPI cards' search box: matches names, tabs and the catalog's synonyms, accents and case aside; Enter or ↓ goes
   * to the first card shown, Escape clears. Its hint (a polite live region) says how many cards are shown.
   */
  private kpiFilter(series: readonly SeriesSummary[], cards: readonly HTMLButtonElement[], list: HTMLElement, refresh: () => void): HTMLElement {
    const { catalog } = this.host.context;
    const haystacks = new Map(series.map((s) => [s.id, seriesSearchText(s, catalog)]));
    const input = textInput('', { name: 'kpiFilter', type: 'search', autocomplete: 'off' });
    const hint = h('p', { className: 'hint', id: uid('hint'), attrs: { 'aria-live': 'polite' } });
    input.setAttribute('aria-describedby', hint.id);
    input.setAttribute('aria-controls', list.id || (list.id = uid('kpi-list')));
    const total = formatNumber(cards.length, this.lang, 0);
    const apply = () => {
      const typed = input.value.trim();
      const words = searchWords(typed);
      let shown = 0;
      for (const card of cards) {
        card.hidden = words.length > 0 && !matchesWords(haystacks.get(card.dataset.seriesId ?? '') ?? '', words);
        if (!card.hidden) shown++;
      }
      setText(hint, !words.length ? this.tr('sidebar.kpi.filterAll', { total }) : shown ? this.tr('sidebar.kpi.filterHint', { shown: formatNumber(shown, this.lang, 0), total }) : this.tr('sidebar.kpi.filterNone', { query: typed }));
      refresh();
    };
    input.addEventListener('input', apply);
    input.addEventListener('keydown', (event) => {
      // Enter must not submit the step (Next): it goes to the cards found, as ↓ does.
      if (event.key === 'Enter' || event.key === 'ArrowDown') {
        event.preventDefault();
        cards.find((card) => !card.hidden)?.focus();
      } else if (event.key === 'Escape' && input.value) {
        event.preventDefault();
        input.value = '';
        apply();
      }
    });
    apply();
    const box = field(this.tr('sidebar.kpi.filter'), input);
    box.classList.add('kpi-filter');
    box.appendChild(hint);
    return box;
  }

  // ---------------------------------------------------------------- step 2: baseline

  private renderBaseline(body: HTMLElement): void {
    const series = this.series();
    const unit = this.unit();
    body.appendChild(h('p', { className: 'intro' }, this.tr('sidebar.baseline.intro')));
    const input = textInput(toInputText(this.draft.baseline, unit, this.lang), { inputmode: 'decimal', name: 'baseline' });
    input.addEventListener('input', () => {
      this.draft.baseline = this.readValue(input.value, unit);
      input.setAttribute('aria-invalid', String(input.value.trim() !== '' && this.draft.baseline === null));
    });
    const total = this.draft.kpi?.aggregation === 'total';
    // Level (a value at a date: pipeline, rate) or total (added up over time: deals won): guessed from the
    // KPI, the column's header and number format; the user corrects it here (the Goals tab's Aggregation column after).
    const kpiChoice = this.draft.kpi;
    if (kpiChoice) {
      const kind = select(
        [
          { value: 'level', label: this.tr('sidebar.baseline.aggregationLevel') },
          { value: 'total', label: this.tr('sidebar.baseline.aggregationTotal') },
        ],
        kpiChoice.aggregation,
      );
      kind.name = 'aggregation';
      kind.addEventListener('change', () => {
        if (!this.draft.kpi || (kind.value !== 'level' && kind.value !== 'total')) return;
        this.draft = { ...this.draft, kpi: { ...this.draft.kpi, aggregation: kind.value } };
        this.render(false);
      });
      body.appendChild(field(this.tr('sidebar.baseline.aggregation'), kind, this.tr('sidebar.baseline.aggregationHint')));
    }
    body.appendChild(
      field(
        this.tr('sidebar.baseline.label', { unit: unitLabel(unit, this.lang, this.currency()) }),
        input,
        this.periodStartHint(series) ?? (total ? this.tr('sidebar.baseline.totalHint', { period: this.periodName(series?.period ?? null) || this.tr('period.week') }) : this.levelStartHint(series)),
      ),
    );
    body.appendChild(this.currencyWarning(input, unit));
    if (series) {
      const chips = h('div', { className: 'chips' });
      const use = (exact: number) => {
        const value = roundForEntry(exact, unit);
        this.draft.baseline = value;
        input.value = toInputText(value, unit, this.lang);
        input.setAttribute('aria-invalid', 'false');
        input.focus();
      };
      if (series.latest) {
        const latest = series.latest.value;
        chips.appendChild(button(this.tr('sidebar.baseline.useLatest', { value: this.shown(latest, unit) }), () => use(latest), 'link'));
      }
      if (series.recentAverage !== null) {
        const average = series.recentAverage;
        const shown = this.shown(average, unit);
        // Says which average ("Average of the last 3 months"), as the KPI step's summary does.
        const label = series.period
          ? this.tr('sidebar.baseline.useAverageWindow', { window: this.tr(`sidebar.kpi.lastPeriods.${series.period}` as MessageKey, { n: series.recentWindow }), value: shown })
          : this.tr('sidebar.baseline.useAverage', { value: shown });
        chips.appendChild(button(label, () => use(average), 'link'));
      }
      body.appendChild(chips);
      body.appendChild(sparkline(series.history, this.tr('sidebar.sparkline.label', { kpi: series.name })));
      body.appendChild(statusLine(series.period ? this.tr('sidebar.baseline.period', { period: this.periodName(series.period) }) : this.tr('sidebar.baseline.periodUnknown')));
    }
  }

  /**
   * Back on this step after the target step chose "per month": the baseline pre-filled is the latest whole month's total
   * (`followPeriodBaseline`), and the hint says so — not the tab's latest week. Undefined otherwise.
   */
  private periodStartHint(series: SeriesSummary | null): string | undefined {
    const period = draftPeriod(this.draft);
    const total = period ? series?.latestTotals?.[period] : undefined;
    if (!period || !total || this.draft.baseline !== this.prefilledBaseline(period)) return undefined;
    return this.tr(`sidebar.baseline.fromLatest.${period}` as MessageKey, { date: this.periodLabel(total.date, period) });
  }

  /** Which value the baseline was pre-filled with (core/achievability/baseline.ts): the latest, as Check goals starts. */
  private levelStartHint(series: SeriesSummary | null): string | undefined {
    if (!series?.latest || series.defaultBaseline === null) return undefined;
    // A month's figure is the month's («\u202fle dernier mois (octobre 2026)\u202f»), not a day's (« (1er oct. 2026) »).
    const latest = series.latest.date;
    const date = series.period === 'month' ? this.periodLabel(latest, 'month') : this.shortDate(latest);
    return this.tr(series.period ? (`sidebar.baseline.fromLatest.${series.period}` as MessageKey) : 'sidebar.baseline.fromLatestNoPeriod', { date });
  }

  // ---------------------------------------------------------------- step 3: target and deadline

  private renderTarget(body: HTMLElement): void {
    const unit = this.unit();
    const series = this.series();
    const { today, settings } = this.host.context;
    const directions: Direction[] = ['increase', 'decrease', 'maintain'];
    const direction = select(
      directions.map((d) => ({ value: d, label: this.tr(`direction.${d}` as MessageKey) })),
      this.draft.direction,
    );
    direction.name = 'direction';
    // "+5 % per month" needs the latest point it compounds from, and a level KPI — rates included; a summed one is judged
    // on one period's total, which the live check does not forecast (why: `perPeriodTarget`, ./steps.ts).
    const history = series?.history ?? [];
    const perPeriodOffered = history.length > 0 && this.draft.kpi?.aggregation === 'level';
    if (!perPeriodOffered && this.draft.targetMode === 'perPeriod') this.draft.targetMode = 'level';
    const mode = select(
      [
        { value: 'level', label: this.tr('sidebar.target.modeLevel') },
        { value: 'change', label: this.tr('sidebar.target.modeChange') },
        ...(perPeriodOffered ? [{ value: 'perPeriod', label: this.tr('sidebar.target.modePerPeriod') }] : []),
      ],
      this.draft.targetMode,
    );
    mode.name = 'mode';
    const levelInput = textInput(toInputText(this.draft.target, unit, this.lang), { inputmode: 'decimal', name: 'target' });
    const changeInput = textInput(this.draft.change ? (this.draft.change.kind === 'relative' ? toInputText(this.draft.change.value, 'percent', this.lang) : toInputText(this.draft.change.value, unit, this.lang)) : '', { inputmode: 'decimal', name: 'change' });
    const changeKind = select(
      [
        { value: 'absolute', label: unit === 'percent' ? this.tr('sidebar.target.changePoints') : this.tr('sidebar.target.changeAbsolute', { unit: unitLabel(unit, this.lang, this.currency()) }) },
        { value: 'relative', label: this.tr('sidebar.target.changeRelative') },
      ],
      this.draft.change?.kind ?? 'absolute',
    );
    changeKind.name = 'changeKind';
    const levelField = field(this.tr('sidebar.target.level', { unit: unitLabel(unit, this.lang, this.currency()) }), levelInput);
    levelField.appendChild(this.currencyWarning(levelInput, unit));
    // "250,000 € per month" on a tab of weekly revenue: one period's total, judged as Check goals judges its row (`draftPeriod`).
    const periods = targetPeriods(this.draft.kpi, series?.period);
    if (this.draft.targetPeriod && !periods.includes(this.draft.targetPeriod)) this.draft.targetPeriod = null;
    const perSelect = select(
      [
        { value: '', label: this.draft.kpi?.aggregation === 'total' ? this.tr('sidebar.target.perWhole') : this.tr('sidebar.target.perTab', { period: this.periodName(series?.period ?? null) }) },
        ...periods.map((p) => ({ value: p, label: this.periodName(p) })),
      ],
      this.draft.targetPeriod ?? '',
    );
    perSelect.name = 'targetPeriod';
    const { box: perField, hint: perHint } = fieldWithHint(this.tr('sidebar.target.per'), perSelect);
    if (!this.draft.changePeriod) this.draft.changePeriod = series?.period && CHANGE_PERIODS.includes(series.period) ? series.period : 'month';
    const changePeriod = select(
      CHANGE_PERIODS.map((p) => ({ value: p, label: this.periodName(p) })),
      this.draft.changePeriod,
    );
    changePeriod.name = 'changePeriod';
    const periodField = field(this.tr('sidebar.target.changePeriod'), changePeriod);
    // The unit's labels are long ("in % of the baseline", « en % de la valeur de départ »): it takes a row of its own, under
    // the value and its period, so a 300-px sidebar cuts no option; the focus follows the same order as the eye.
    const kindField = field(this.tr('sidebar.target.changeKind'), changeKind);
    kindField.classList.add('wide');
    const changeField = h('div', { className: 'field-group' }, field(this.tr('sidebar.target.change'), changeInput), periodField, kindField);
    const resolved = statusLine();
    // The deadline proposed is the end of the next whole period of the KPI after today and its latest data (why:
    // `defaultDeadline`), one of the presets; proposed again when another KPI is chosen, until the user picks a date of their own.
    const { options, proposal } = deadlineOptions(today, settings.fiscalYearStartMonth, series?.period ?? null, series?.latest?.date ?? null, this.host.context.weekStart);
    const nextPeriodKeys: Record<Exclude<Period, 'year'>, MessageKey> = {
      day: 'sidebar.target.preset.next.day',
      week: 'sidebar.target.preset.next.week',
      month: 'sidebar.target.preset.next.month',
      quarter: 'sidebar.target.preset.next.quarter',
    };
    const period = series?.period;
    const presetKeys: Record<DeadlinePreset, MessageKey> = {
      nextPeriod: period && period !== 'year' ? nextPeriodKeys[period] : 'sidebar.target.preset.month',
      month: 'sidebar.target.preset.month',
      quarter: 'sidebar.target.preset.quarter',
      nextQuarter: 'sidebar.target.preset.next.quarter',
      half: 'sidebar.target.preset.half',
      year: 'sidebar.target.preset.year',
      nextWeek: 'sidebar.target.preset.next.week',
      nextYear: 'sidebar.target.preset.next.year',
      proposed: 'sidebar.target.preset.proposed',
    };
    const preset = select(
      [
        // Short dates ("6 déc. 2026"): a 300-px select cuts long labels, and the date is what tells presets apart.
        ...options.map((o) => ({ value: o.date, label: this.tr(presetKeys[o.preset], { date: this.shortDate(o.date, true) }) })),
        { value: 'custom', label: this.tr('sidebar.target.preset.custom') },
      ],
      'custom',
    );
    preset.name = 'deadlinePreset';
    if (!this.draft.deadline || this.draft.deadline === this.proposedDeadline) this.draft.deadline = proposal;
    this.proposedDeadline = proposal;
    preset.value = options.some((o) => o.date === this.draft.deadline) ? (this.draft.deadline ?? 'custom') : 'custom';
    const dateInput = h('input', { attrs: { type: 'date', name: 'deadline', min: today } });
    dateInput.value = this.draft.deadline ?? '';
    // The browser shows a date field in ITS locale (12/06/2026 reads as 12 June to a French manager): spell the date out.
    const { box: dateField, hint: dateHint } = fieldWithHint(this.tr('sidebar.target.deadlineDate'), dateInput);
    const spellDeadline = () => {
      setText(dateHint, this.draft.deadline && isValidIsoDate(this.draft.deadline) ? this.tr('sidebar.target.deadlineReads', { date: this.shortDate(this.draft.deadline) }) : '');
      // A date on or before today is marked where it is typed, as "Next" refuses it ('sidebar.target.deadlineRequired').
      dateInput.setAttribute('aria-invalid', String(!!this.draft.deadline && isValidIsoDate(this.draft.deadline) && this.draft.deadline <= today));
    };
    const panel = h('section', { className: 'live-panel', attrs: { 'aria-label': this.tr('sidebar.assess.title') } });

    const syncVisibility = () => {
      const perPeriod = this.draft.targetMode === 'perPeriod';
      const isChange = this.draft.targetMode === 'change' || perPeriod;
      levelField.hidden = isChange;
      changeField.hidden = !isChange;
      periodField.hidden = !perPeriod;
      perField.hidden = periods.length === 0 || !periodTotalAllowed(this.draft);
      const onePeriod = draftPeriod(this.draft);
      setText(perHint, onePeriod ? [this.tr('sidebar.target.perHint', { period: this.periodName(onePeriod) }), this.periodLatestLine(onePeriod)].filter(Boolean).join(' ') : '');
      const level = draftTargetLevel(this.draft);
      setText(resolved, perPeriod ? this.perPeriodLine(history) : isChange && level !== null ? this.tr('sidebar.target.resolved', { value: this.shown(level, unit) }) : '');
    };
    // A change per period: the level it gives at the deadline, by the analyzer's rule (`perPeriodTarget`), is the target.
    const computePerPeriod = () => {
      if (this.draft.targetMode === 'perPeriod') this.draft.target = perPeriodTarget(this.draft, history)?.target ?? null;
    };
    const readChange = () => {
      const kind = changeKind.value === 'relative' ? 'relative' : 'absolute';
      const value = kind === 'relative' ? this.readValue(changeInput.value, 'percent') : this.readValue(changeInput.value, unit);
      this.draft.change = value === null ? null : { value: Math.abs(value), kind };
      changeInput.setAttribute('aria-invalid', String(changeInput.value.trim() !== '' && value === null));
    };
    const changed = () => {
      this.followPeriodBaseline();
      computePerPeriod();
      syncVisibility();
      spellDeadline();
      this.scheduleAssess(panel, levelInput, mode);
    };
    direction.addEventListener('change', () => {
      this.draft.direction = direction.value as Direction;
      changed();
    });
    mode.addEventListener('change', () => {
      this.draft.targetMode = mode.value === 'change' || mode.value === 'perPeriod' ? mode.value : 'level';
      // Back to a level: the level typed, not the one a change per period gave.
      if (this.draft.targetMode === 'level') this.draft.target = this.readValue(levelInput.value, unit);
      changed();
    });
    perSelect.addEventListener('change', () => {
      this.draft.targetPeriod = periods.find((p) => p === perSelect.value) ?? null;
      changed();
    });
    changePeriod.addEventListener('change', () => {
      this.draft.changePeriod = CHANGE_PERIODS.find((p) => p === changePeriod.value) ?? 'month';
      changed();
    });
    levelInput.addEventListener('input', () => {
      this.draft.target = this.readValue(levelInput.value, unit);
      levelInput.setAttribute('aria-invalid', String(levelInput.value.trim() !== '' && this.draft.target === null));
      changed();
    });
    changeInput.addEventListener('input', () => {
      readChange();
      changed();
    });
    changeKind.addEventListener('change', () => {
      readChange();
      changed();
    });
    preset.addEventListener('change', () => {
      if (preset.value !== 'custom') {
        this.draft.deadline = preset.value;
        dateInput.value = preset.value;
      } else {
        dateInput.focus();
      }
      changed();
    });
    dateInput.addEventListener('input', () => {
      this.draft.deadline = dateInput.value || null;
      preset.value = options.some((o) => o.date === dateInput.value) ? dateInput.value : 'custom';
      changed();
    });
    body.append(field(this.tr('sidebar.target.direction'), direction), field(this.tr('sidebar.target.mode'), mode), levelField, perField, changeField, resolved, field(this.tr('sidebar.target.deadlinePreset'), preset), dateField, panel);
    computePerPeriod();
    syncVisibility();
    spellDeadline();
    if (this.lastAssessment && this.draft.kpi?.seriesId) this.renderAssessment(panel, this.lastAssessment, levelInput, mode);
    this.scheduleAssess(panel, levelInput, mode);
  }

  /** "Latest month: November 2026 — $212,000.": what a "per month" target compares with, or '' without a whole month. */
  private periodLatestLine(period: Period): string {
    const total = this.series()?.latestTotals?.[period];
    if (!total || period === 'day') return '';
    return this.tr(`sidebar.target.perLatest.${period}`, { date: this.periodLabel(total.date, period), value: this.shown(total.value, this.unit()) });
  }

  /**
   * "Target level: 29.6 % (26.1 % on Nov 30, then +5 % per month × 4)": what a change per period gives at the
   * deadline and from which point, or why it gives nothing yet.
   */
  private perPeriodLine(history: readonly KpiPoint[]): string {
    const change = this.draft.change;
    const period = this.draft.changePeriod ?? 'month';
    const latest = history[history.length - 1];
    if (!change || !latest || !this.draft.deadline || !isValidIsoDate(this.draft.deadline)) return '';
    const computed = perPeriodTarget(this.draft, history);
    const value = (v: number) => this.shown(v, this.unit());
    if (!computed) return this.tr('sidebar.target.perPeriodNone', { period: this.periodName(period), date: this.shortDate(latest.date) });
    return this.tr('sidebar.target.perPeriodResolved', { value: value(computed.target), latest: value(computed.base.value), date: this.shortDate(computed.base.date), n: formatNumber(computed.periods, this.lang, 0) });
  }

  private scheduleAssess(panel: HTMLElement, levelInput: HTMLInputElement, mode: HTMLSelectElement): void {
    const kpi = this.draft.kpi;
    const target = draftTargetLevel(this.draft);
    const deadline = this.draft.deadline;
    if (!kpi?.seriesId) {
      this.assessCall.cancel();
      replace(panel, h('p', { className: 'notice' }, this.tr('sidebar.assess.noHistory')));
      return;
    }
    const waiting = this.waitingReason(target, deadline, levelInput);
    this.linkReason(panel, waiting?.problem ? (waiting.about ?? null) : null);
    if (waiting || target === null || !deadline) {
      this.assessCall.cancel();
      this.lastAssessment = null;
      replace(panel, h('p', { className: waiting?.problem ? 'notice' : 'muted', id: this.reasonId }, waiting?.text ?? this.tr('sidebar.assess.waiting')));
      return;
    }
    // No Start typed: null, the server's today (`rowStart`, the row Add goal writes) — the context's today is the day the
    // sidebar opened, yesterday for one left open overnight (mend60f).
    this.scheduleLive(
      this.assessCall,
      { seriesId: kpi.seriesId, sheetName: kpi.sheetName ?? null, catalogId: kpi.catalogId, baseline: this.draft.baseline, direction: this.draft.direction, target: this.judgedTarget(target), deadline, aggregation: kpi.aggregation, period: draftPeriod(this.draft), start: this.draft.start },
      panel,
      this.tr('sidebar.assess.checking'),
      (result) => {
        this.lastAssessment = result;
        this.renderAssessment(panel, result, levelInput, mode);
      },
    );
  }

  /**
   * One live call drawn in its panel (the verdict, the SMART check). A panel with nothing in it yet says it is working at
   * once rather than sitting empty through the typing pause; while the call runs the panel is busy and stale, the last
   * call's error not drawn over the new call's spinner; then the result is drawn, or the error in its place.
   */
  private scheduleLive<A, R>(call: LiveCall<A, R>, arg: A, panel: HTMLElement, working: string, render: (result: R) => void): void {
    if (!panel.hasChildNodes()) replace(panel, busy(working, false));
    const settle = (): void => {
      panel.removeAttribute('aria-busy');
      panel.classList.remove('stale');
    };
    call.schedule(arg, {
      onStart: () => {
        panel.setAttribute('aria-busy', 'true');
        panel.classList.add('stale');
        panel.querySelector('.error-text')?.remove();
        if (!panel.querySelector('.busy')) panel.prepend(busy(working, false));
      },
      onResult: (result) => {
        settle();
        render(result);
      },
      onError: (error) => {
        settle();
        replace(panel, h('p', { className: 'error-text', attrs: { role: 'alert' } }, describeError(error, this.tr)));
      },
    });
  }

  /**
   * Why there is no verdict yet, saying what is wrong: no target, a target that is not a number, no
   * deadline, a deadline already past, or an increase (decrease) whose target does not go beyond the
   * baseline — which the forecast would otherwise call "on track". Null when the target can be assessed.
   */
  private waitingReason(target: number | null, deadline: string | null, levelInput: HTMLInputElement): { text: string; problem: boolean; about?: 'target' | 'deadline' } | null {
    const unit = this.unit();
    const today = this.host.context.today;
    const typed = this.draft.targetMode === 'level' ? levelInput.value.trim() : '';
    const noTarget = target === null || !Number.isFinite(target);
    if (noTarget && typed !== '') return { text: this.tr('sidebar.assess.targetNotNumber', { value: typed, example: this.stated(this.draft.baseline ?? (unit === 'percent' ? 0.3 : 120), unit) }), problem: true, about: 'target' };
    if (deadline && isValidIsoDate(deadline) && deadline < today) return { text: this.tr('sidebar.assess.deadlinePast', { date: this.shortDate(deadline), today: this.shortDate(today) }), problem: true, about: 'deadline' };
    if (deadline === today) return { text: this.tr('sidebar.assess.deadlineToday'), problem: true, about: 'deadline' };
    if (noTarget && !deadline) return { text: this.tr('sidebar.assess.waiting'), problem: false };
    if (noTarget) return { text: this.tr('sidebar.assess.needTarget'), problem: false };
    if (!deadline || !isValidIsoDate(deadline)) return { text: this.tr('sidebar.assess.needDeadline'), problem: false };
    const baseline = this.draft.baseline;
    // A total per month is no level to compare with the tab's weekly starting level (the rule is `wrongSideOfBaseline`'s).
    if (baseline !== null && wrongSideOfBaseline(this.draft, target)) {
      return {
        text: this.tr(this.draft.direction === 'increase' ? 'sidebar.assess.notAbove' : 'sidebar.assess.notBelow', { target: this.draft.targetMode === 'level' ? this.stated(target, unit) : this.shown(target, unit), baseline: this.shown(baseline, unit), maintain: this.tr('direction.maintain') }),
        problem: true,
        about: 'target',
      };
    }
    return null;
  }

  /**
   * Ties the live panel's reason to the field it is about — the target (or the change) when it is not a number or does
   * not go beyond the baseline, the deadline's date when it is past — so a screen reader reads why the field is marked
   * invalid when the field has the focus; untied when the reason goes (WCAG 3.3.1).
   */
  private linkReason(panel: HTMLElement, about: 'target' | 'deadline' | null): void {
    panel.parentElement?.querySelectorAll('input[name]').forEach((input) => describedBy(input, this.reasonId, about === (input.getAttribute('name') === 'deadline' ? 'deadline' : 'target')));
  }

  /** "Suggested target: 30.8% by Dec 6": the suggestion says by when, as Check goals' notes and the report do (fixes50). */
  private suggestionText(result: AssessResponse, suggested: number, unit: Unit): string {
    const value = result.suggestedTargetText ?? this.shown(suggested, unit);
    return result.suggestedBy ? this.tr('sidebar.assess.suggestedBy', { value, date: this.shortDate(result.suggestedBy) }) : this.tr('sidebar.assess.suggested', { value });
  }

  private renderAssessment(panel: HTMLElement, result: AssessResponse, levelInput: HTMLInputElement, mode: HTMLSelectElement): void {
    // A refused rate target ("300" for a close rate) is a typing error: its message alone, no verdict badge (review 10, F16).
    if (result.outOfRange) {
      replace(panel, h('p', { className: 'notice', id: this.reasonId, attrs: { role: 'alert' } }, result.reasons[0] ?? ''));
      this.linkReason(panel, 'target');
      return;
    }
    const unit = this.unit();
    const kpiName = this.draft.kpi?.name ?? '';
    const children: Node[] = [h('h3', {}, this.tr('sidebar.assess.title'))];
    const head = h('p', { className: 'verdict-line', attrs: { 'data-verdict': result.verdict } }, verdictBadge(result.verdict, this.tr));
    if (result.probabilityText !== null) head.append(' ', h('span', { className: 'probability' }, this.tr('sidebar.assess.probability', { probability: result.probabilityText })));
    children.push(head);
    if (result.paceText) children.push(statusLine(this.tr('sidebar.assess.pace', { pace: result.paceText })));
    if (result.suggestedTarget !== null && result.verdict === 'unrealistic') {
      const suggested = result.suggestedTarget;
      const use = button(
        this.tr('sidebar.assess.useSuggested'),
        () => {
          this.draft.targetMode = 'level';
          this.draft.target = suggested;
          mode.value = 'level';
          levelInput.value = toInputText(suggested, unit, this.lang);
          levelInput.setAttribute('aria-invalid', 'false');
          mode.dispatchEvent(new Event('change'));
          levelInput.focus();
        },
        'primary',
      );
      use.classList.add('use-suggested');
      // "Use it" alone says nothing out of context: the button is described by the suggestion it applies.
      const suggestionText = h('span', { id: uid('suggested') }, this.suggestionText(result, suggested, unit));
      use.setAttribute('aria-describedby', suggestionText.id);
      children.push(h('p', { className: 'suggestion' }, suggestionText, ' ', use));
    }
    if (result.reasons.length) children.push(h('ul', { className: 'reasons' }, ...result.reasons.map((reason) => h('li', {}, reason))));
    // "Unrealistic. Chance at the current pace: under 1%. Suggested target: …": the verdict's word is a sentence of its own
    // (the badge and the chance are one line on screen, « irréaliste Chance au rythme… » read as one phrase).
    this.host.announce?.(
      [
        this.tr(`verdict.${result.verdict}` as MessageKey),
        result.probabilityText !== null ? this.tr('sidebar.assess.probability', { probability: result.probabilityText }) : '',
        result.verdict === 'unrealistic' && result.suggestedTarget !== null ? this.suggestionText(result, result.suggestedTarget, unit) : '',
      ]
        .filter(Boolean)
        .map(upperFirst)
        .join('. '),
    );
    const level = draftTargetLevel(this.draft);
    // A total (accounts closed by the deadline) is compared per period: weekly history against the weekly pace the total needs.
    // One period's total ("per month"): the server sent that period's totals and their forecast, drawn as they are.
    const onePeriod = draftPeriod(this.draft);
    const perPeriod = !onePeriod && this.draft.kpi?.aggregation === 'total' && result.period !== null && result.horizon > 0;
    const { forecast, target } = perPeriod ? perPeriodView(result.forecast, level, result.horizon) : { forecast: result.forecast, target: level };
    const periodName = this.periodName(result.period);
    // Show as much recent history as the forecast is long (×4), so a two-week goal is not a sliver beside two years.
    const shown = Math.min(result.history.length, Math.max(12, Math.min(52, (result.forecast.length || 3) * 4)));
    children.push(
      forecastChart(
        { history: result.history.slice(-shown), forecast, target, deadline: this.draft.deadline },
        onePeriod
          ? this.tr('sidebar.chart.labelTotals', { kpi: kpiName, period: this.periodName(onePeriod) })
          : perPeriod
            ? this.tr('sidebar.chart.labelPerPeriod', { kpi: kpiName, period: periodName })
            : this.tr('sidebar.chart.label', { kpi: kpiName }),
        (value) => this.shown(value, unit),
        (iso) => this.shortDate(iso),
      ),
      h(
        'p',
        { className: 'legend' },
        h('span', { className: 'key key-history' }, this.tr('sidebar.chart.legendHistory')),
        h('span', { className: 'key key-forecast' }, this.tr('sidebar.chart.legendForecast')),
        h('span', { className: 'key key-median' }, this.tr('sidebar.chart.legendMedian')),
        h('span', { className: 'key key-target' }, perPeriod ? this.tr('sidebar.chart.legendTargetPace', { period: periodName }) : this.tr('sidebar.chart.legendTarget')),
      ),
    );
    replace(panel, ...children);
  }

  // ---------------------------------------------------------------- step 4: specific

  private renderSpecific(body: HTMLElement): void {
    const owner = textInput(this.draft.owner, { name: 'owner', autocomplete: 'name' });
    owner.addEventListener('input', () => (this.draft.owner = owner.value));
    const levers = textInput(this.draft.levers, { name: 'levers' });
    levers.addEventListener('input', () => (this.draft.levers = levers.value));
    const notes = h('textarea', { attrs: { name: 'notes', rows: 3 } });
    notes.value = this.draft.notes;
    notes.addEventListener('input', () => (this.draft.notes = notes.value));
    body.append(field(this.tr('sidebar.specific.owner'), owner, this.tr('sidebar.specific.ownerHint')), field(this.tr('sidebar.specific.levers'), levers, this.tr('sidebar.specific.leversHint')), field(this.tr('sidebar.specific.notes'), notes));
  }

  // ---------------------------------------------------------------- step 5: how will you get there?

  /** The driver goals the plan gives for the current draft (none without a plan). */
  private driverGoals(): DriverGoalDraft[] {
    const view = this.driverView;
    if (!view || this.driverKey !== driverPlanKey(driverPlanRequest(this.draft))) return [];
    return driverGoalDrafts(this.draft, view, this.lang);
  }

  private renderDrivers(body: HTMLElement): void {
    const panel = h('section', { className: 'live-panel drivers-panel', attrs: { 'aria-label': this.tr('sidebar.step.drivers') } });
    body.append(h('p', { className: 'intro' }, this.tr('sidebar.drivers.intro')), panel);
    const request = driverPlanRequest(this.draft);
    if (!request) {
      this.driverView = null;
      this.includeDriverGoals = false;
      replace(panel, h('p', { className: 'notice' }, this.tr('sidebar.drivers.waiting')));
      return;
    }
    const key = driverPlanKey(request);
    if (this.driverView && this.driverKey === key) {
      this.renderDriverPlan(panel, this.driverView);
      return;
    }
    this.driverView = null;
    this.driverKey = key;
    replace(panel, busy(this.tr('sidebar.drivers.checking'), false));
    panel.setAttribute('aria-busy', 'true');
    this.driversCall.schedule(request, {
      onResult: (view) => {
        panel.removeAttribute('aria-busy');
        this.driverView = view;
        if (!view.available) this.includeDriverGoals = false;
        this.renderDriverPlan(panel, view);
      },
      onError: (error) => {
        panel.removeAttribute('aria-busy');
        this.includeDriverGoals = false;
        replace(panel, h('p', { className: 'error-text', attrs: { role: 'alert' } }, describeError(error, this.tr)));
      },
    });
  }

  private renderDriverPlan(panel: HTMLElement, view: DriverPlanView): void {
    const children: Node[] = [];
    if (!view.available) {
      // Said plainly, and never in the way: "Next" stays the next step.
      children.push(h('p', { className: 'notice drivers-none' }, view.reason ?? ''));
    } else {
      children.push(h('h3', {}, this.tr('sidebar.drivers.tree')), h('p', { className: 'driver-tree' }, view.tree ?? ''));
      const odds = h('ul', { className: 'odds' });
      if (view.bottomUp) odds.appendChild(h('li', { attrs: { 'data-reading': 'bottom-up' } }, this.tr('sidebar.drivers.bottomUp', { chance: view.bottomUp.probabilityText, range: view.bottomUp.range.text })));
      if (view.topDown) odds.appendChild(h('li', { attrs: { 'data-reading': 'top-down' } }, this.tr('sidebar.drivers.topDown', { kpi: this.draft.kpi?.name ?? '', chance: view.topDown.probabilityText, range: view.topDown.range.text })));
      children.push(odds);
      if (view.trustText) children.push(h('p', { className: 'trust', attrs: { 'data-trust': view.trust } }, view.trustText));
      children.push(h('h3', {}, this.tr('sidebar.drivers.drivers')));
      const closing = view.gap.length > 0;
      children.push(
        h(
          'ul',
          { className: 'driver-list' },
          ...view.drivers.map((driver) =>
            h(
              'li',
              { className: 'driver', attrs: { 'data-driver': driver.key, 'data-verdict': driver.verdict } },
              h('span', { className: 'driver-name' }, driver.name),
              h('span', { className: 'driver-required' }, this.tr(closing && !driver.moves ? 'sidebar.drivers.holds' : 'sidebar.drivers.required', { value: driver.requiredText, window: driver.window })),
              h('span', { className: 'driver-verdict' }, verdictBadge(driver.verdict, this.tr), ' ', this.tr('sidebar.drivers.chance', { chance: driver.probabilityText })),
              h('span', { className: 'driver-history muted' }, driver.latestText === null ? this.tr('sidebar.drivers.forecast', { range: driver.forecast.text }) : this.tr('sidebar.drivers.now', { latest: driver.latestText, range: driver.forecast.text })),
              driver.bestChangeText ? h('span', { className: 'driver-best muted' }, upperFirst(driver.bestChangeText)) : null,
              driver.levers.length ? h('span', { className: 'driver-levers' }, this.tr('sidebar.drivers.levers', { levers: driver.levers.join(', ') })) : null,
            ),
          ),
        ),
      );
      if (closing) children.push(h('h3', {}, this.tr('sidebar.drivers.gap')), h('ol', { className: 'gap-options' }, ...view.gap.map((text) => h('li', {}, text))));
      else children.push(h('p', { className: 'muted' }, this.tr('sidebar.drivers.noGap')));
      for (const line of [view.capacityText, view.coverageText]) if (line) children.push(statusLine(line));
      children.push(this.driverGoalsToggle());
    }
    if (view.problems.length) children.push(h('p', { className: 'notice' }, this.tr('sidebar.drivers.problems')), h('ul', { className: 'reasons' }, ...view.problems.map((line) => h('li', {}, line))));
    replace(panel, ...children);
    this.host.announce?.(view.available ? (view.summary ?? '') : (view.reason ?? ''));
  }

  /** "Add driver goals": a toggle (the goals are written with their parent, on the Review step), with the goals it adds listed. */
  private driverGoalsToggle(): HTMLElement {
    const hint = h('p', { className: 'hint', id: uid('hint') }, this.tr('sidebar.drivers.addHint'));
    const chosen = h('div', { className: 'driver-goals', attrs: { 'aria-live': 'polite' } });
    const toggle = button(this.tr('sidebar.drivers.add'), () => {
      this.includeDriverGoals = !this.includeDriverGoals;
      refresh();
    });
    toggle.classList.add('add-driver-goals');
    toggle.setAttribute('aria-describedby', hint.id);
    const refresh = () => {
      toggle.setAttribute('aria-pressed', String(this.includeDriverGoals));
      const goals = this.includeDriverGoals ? this.driverGoals() : [];
      replace(chosen, ...(goals.length ? [h('p', {}, this.tr('sidebar.drivers.willAdd', { count: goals.length })), h('ul', { className: 'driver-goal-list' }, ...goals.map((goal) => h('li', {}, goal.statement)))] : []));
    };
    refresh();
    return h('div', { className: 'driver-goals-choice' }, toggle, hint, chosen);
  }

  // ---------------------------------------------------------------- step 6: relevant

  private renderRelevant(body: HTMLElement): void {
    const { goals, goalsSheetName } = this.host.context;
    // The context carries the likeliest parents only (GOAL_OPTIONS_FIRST); the others are searched on the server.
    const total = Math.max(this.host.context.goalsTotal ?? goals.length, goals.length);
    const remote = total > goals.length;
    const parent = select([], '');
    parent.name = 'parent';
    const chosenLine = h('p', { className: 'chosen-parent' });
    // A Goals tab can hold thousands of rows: past a screenful, a search box narrows the list and the list is capped.
    const searchable = total > PARENT_SEARCH_FROM;
    const search = searchable ? textInput('', { name: 'parentFilter', type: 'search' }) : null;
    const searchHint = h('p', { className: 'hint', id: uid('hint'), attrs: { 'aria-live': 'polite' } });
    let shown: GoalOption[] = [];
    const list = (options: GoalOption[], hint: string) => {
      shown = options.slice(0, PARENT_OPTIONS_MAX);
      const chosen = this.parentOption();
      if (chosen && !shown.some((g) => g.id === chosen.id)) shown.unshift(chosen);
      replace(
        parent,
        h('option', { attrs: { value: '' } }, this.tr('sidebar.relevant.none')),
        ...shown.map((g) => h('option', { attrs: { value: g.id } }, `${g.id} — ${truncate(g.statement, 60)}`)),
      );
      parent.value = this.draft.parentId ?? '';
      setText(searchHint, hint);
    };
    const countHint = (count: number, matches: number, query: string) =>
      query && matches === 0
        ? this.tr('sidebar.relevant.filterNone', { query })
        : query && remote
          ? this.tr('sidebar.relevant.searchHint', { shown: formatNumber(Math.min(count, PARENT_OPTIONS_MAX), this.lang, 0), matches: formatNumber(matches, this.lang, 0) })
          : this.tr('sidebar.relevant.filterHint', { shown: formatNumber(Math.min(count, PARENT_OPTIONS_MAX), this.lang, 0), total: formatNumber(total, this.lang, 0) });
    const fill = () => {
      const typed = search ? search.value.trim() : '';
      const words = searchWords(typed);
      // At once from the goals at hand; with more goals on the server, its answer replaces them (stale answers are dropped).
      const matches = words.length ? goals.filter((g) => matchesWords(`${g.id} ${g.statement}`, words)) : goals;
      if (!remote || words.length === 0) {
        this.searchCall.cancel();
        parent.removeAttribute('aria-busy');
        list(matches, search ? countHint(matches.length, matches.length, typed) : '');
        return;
      }
      list(matches, this.tr('sidebar.relevant.searching', { total: formatNumber(total, this.lang, 0) }));
      parent.setAttribute('aria-busy', 'true');
      this.searchCall.schedule(
        { query: typed, sheetName: goalsSheetName, limit: GOAL_SEARCH_MAX },
        {
          onResult: (result) => {
            parent.removeAttribute('aria-busy');
            list(result.goals, countHint(result.goals.length, result.matches, typed));
          },
          onError: (error) => {
            parent.removeAttribute('aria-busy');
            setText(searchHint, describeError(error, this.tr));
          },
        },
      );
    };
    const panel = h('section', { className: 'live-panel', attrs: { 'aria-label': this.tr('sidebar.step.relevant') } });
    const check = () => {
      this.draft.parentId = parent.value || null;
      // Kept beside the draft: a parent found by a search is not in the context's first list.
      this.chosenParent = shown.find((g) => g.id === this.draft.parentId) ?? this.parentOption();
      const chosen = this.parentOption();
      // The select cuts a long sentence at 300 px: the chosen parent is spelled out in full below it.
      setText(chosenLine, chosen ? this.tr('sidebar.relevant.chosen', { statement: chosen.statement }) : '');
      if (!this.draft.parentId) {
        this.alignCall.cancel();
        replace(panel, h('p', { className: 'muted' }, this.tr('sidebar.relevant.noParent')));
        return;
      }
      this.alignCall.schedule(
        { draft: this.draft, targetLevel: draftTargetLevel(this.draft), parent: chosen, sheetName: this.host.context.goalsSheetName },
        {
          onStart: () => replace(panel, busy(this.tr('sidebar.relevant.checking'))),
          onResult: (result) => this.renderAlignment(panel, result),
          onError: (error) => replace(panel, h('p', { className: 'error-text', attrs: { role: 'alert' } }, describeError(error, this.tr))),
        },
      );
    };
    parent.addEventListener('change', check);
    if (search) {
      search.setAttribute('aria-describedby', searchHint.id);
      search.setAttribute('aria-controls', parent.id || (parent.id = uid('field')));
      search.addEventListener('input', fill);
      search.addEventListener('keydown', (event) => {
        // Enter in the search box picks from the list; it must not jump to the next step.
        if (event.key === 'Enter') {
          event.preventDefault();
          // A search waiting for the typing pause goes now: the list the user lands on is the answer to what was typed.
          this.searchCall.flush();
          parent.focus();
        } else if (event.key === 'Escape' && search.value) {
          event.preventDefault();
          search.value = '';
          fill();
        }
      });
      const searchField = field(this.tr('sidebar.relevant.filter'), search);
      searchField.appendChild(searchHint);
      body.appendChild(searchField);
    }
    fill();
    body.appendChild(field(this.tr('sidebar.relevant.parent'), parent, total ? undefined : this.tr('sidebar.relevant.noGoals')));
    body.append(chosenLine, panel);
    check();
  }

  private renderAlignment(panel: HTMLElement, result: AlignmentResponse): void {
    const lines = result.messages.length ? result.messages : [this.tr('sidebar.relevant.ok')];
    const badge = statusBadge(result.status, this.tr);
    replace(panel, h('p', { className: 'verdict-line' }, badge), h('ul', { className: 'reasons' }, ...lines.map((line) => h('li', {}, line))));
    this.host.announce?.(`${this.tr(STATUS_KEYS[result.status])}. ${lines[0]}`);
  }

  // ---------------------------------------------------------------- step 7: review

  private renderReview(body: HTMLElement): void {
    const sentence = h('textarea', { attrs: { name: 'statement', rows: 5 } });
    sentence.value = this.draft.statement;
    const panel = h('section', { className: 'live-panel', attrs: { 'aria-label': this.tr('sidebar.review.scoreTitle') } });
    sentence.addEventListener('input', () => {
      this.draft.statement = sentence.value;
      this.statementEdited = true;
      this.scheduleEvaluate(panel);
    });
    const regenerate = button(
      this.tr('sidebar.review.regenerate'),
      () => {
        this.statementEdited = false;
        this.draft.statement = generateSentence(this.draft, this.lang);
        sentence.value = this.draft.statement;
        this.scheduleEvaluate(panel);
      },
      'link',
    );
    // Enter in the sentence box is a new line for the user, not "submit".
    sentence.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        sentence.form?.requestSubmit();
      }
    });
    body.append(field(this.tr('sidebar.review.sentence'), sentence, this.tr('sidebar.review.sentenceHint')), regenerate, panel);
    const children = this.includeDriverGoals ? this.driverGoals() : [];
    if (children.length) body.appendChild(h('section', { className: 'driver-goals' }, h('p', {}, this.tr('sidebar.review.withDrivers', { count: children.length })), h('ul', { className: 'driver-goal-list' }, ...children.map((goal) => h('li', {}, goal.statement)))));
    this.scheduleEvaluate(panel);
  }

  private scheduleEvaluate(panel: HTMLElement): void {
    const text = this.draft.statement.trim();
    if (!text) {
      this.evaluateCall.cancel();
      replace(panel, h('p', { className: 'muted' }, this.tr('sidebar.review.empty')));
      return;
    }
    this.scheduleLive(this.evaluateCall, { text, draft: this.draft, targetLevel: draftTargetLevel(this.draft), parent: this.parentOption(), sheetName: this.host.context.goalsSheetName }, panel, this.tr('sidebar.review.evaluating'), (result) => this.renderScore(panel, result));
  }

  private renderScore(panel: HTMLElement, result: EvaluateResponse): void {
    const rows = result.criteria.map((criterion) =>
      h(
        'li',
        { className: `criterion criterion-${criterion.status}`, attrs: { 'data-criterion': criterion.id, 'data-status': criterion.status } },
        h('span', { className: 'criterion-name' }, criterion.label),
        ' ',
        statusBadge(criterion.status, this.tr),
        criterion.message ? h('span', { className: 'criterion-message' }, criterion.message) : null,
        criterion.suggestion ? h('span', { className: 'criterion-suggestion' }, criterion.suggestion) : null,
      ),
    );
    const score = this.tr('sidebar.review.score', { score: result.scoreText });
    replace(panel, h('h3', { className: 'score', attrs: { 'data-score': result.score } }, score), h('ul', { className: 'criteria' }, ...rows));
    this.host.announce?.(score);
  }

  private renderReviewActions(footer: HTMLElement): void {
    if (this.added) {
      const added = this.added;
      const success = h('p', { className: 'success', attrs: { role: 'status' } }, [this.tr('sidebar.review.added', { sheet: added.sheetName, row: added.row }), added.driverMessage, added.note].filter(Boolean).join(' '));
      // Driver goals not chosen before: the goal is in the sheet now, so they can go under it (a second press adds nothing twice).
      const goals = added.driverMessage === null && added.id ? this.driverGoals() : [];
      const later = goals.length ? button(this.tr('sidebar.drivers.add'), () => this.addDriverGoalsUnder(added.id as string, goals, success, later), 'secondary') : null;
      later?.classList.add('add-driver-goals');
      footer.append(success);
      if (later) footer.append(later);
      footer.append(
        button(this.tr('sidebar.review.showRow'), () => void callServer('sidebarSelectRow', { sheetName: added.sheetName, row: added.row }).catch((error: unknown) => this.host.showError(describeError(error, this.tr))), 'secondary'),
        button(this.tr('sidebar.review.another'), () => this.restart(), 'primary'),
      );
      return;
    }
    const children = this.includeDriverGoals ? this.driverGoals() : [];
    const add = button(children.length ? this.tr('sidebar.review.addWithDrivers', { count: children.length }) : this.tr('sidebar.review.add'), () => undefined, 'primary', 'submit');
    add.classList.add('add-goal');
    footer.appendChild(add);
  }

  private addGoal(problemsBox: HTMLElement): void {
    if (this.added) return;
    const problems = stepProblems('review', this.draft, this.host.context.today);
    if (problems.length) {
      replace(problemsBox, ...problems.map((key) => h('p', {}, this.tr(key))));
      return;
    }
    const add = this.element.querySelector<HTMLButtonElement>('button.add-goal');
    if (add) {
      add.disabled = true;
      setText(add, this.tr('sidebar.review.adding'));
    }
    this.host.clearError();
    const request = { draft: this.draft, targetLevel: draftTargetLevel(this.draft) };
    const children = this.includeDriverGoals ? this.driverGoals() : [];
    const done: Promise<NonNullable<Wizard['added']>> =
      children.length && this.draft.deadline
        ? callServer('sidebarAddDriverGoals', { parent: request, parentId: null, goals: children, owner: this.draft.owner, start: this.draft.start, deadline: this.draft.deadline }).then((result) => ({
            sheetName: result.sheetName,
            row: result.parent?.row ?? 0,
            id: result.parent?.id ?? null,
            driverMessage: result.message,
          }))
        : callServer('sidebarAddGoal', request).then((result) => ({ sheetName: result.sheetName, row: result.row, id: result.id, driverMessage: null, note: result.note }));
    done.then(
      (added) => {
        this.added = added;
        this.render(false);
        this.element.querySelector<HTMLButtonElement>('.footer .btn-primary')?.focus();
      },
      (error: unknown) => {
        if (add) {
          add.disabled = false;
          setText(add, this.tr('sidebar.review.add'));
        }
        this.host.showError(describeError(error, this.tr), () => this.addGoal(problemsBox));
      },
    );
  }

  /** "Add driver goals" once the goal is in the sheet: under its ID, in one call. */
  private addDriverGoalsUnder(parentId: string, goals: DriverGoalDraft[], status: HTMLElement, trigger: HTMLButtonElement | null): void {
    if (!this.draft.deadline) return;
    if (trigger) trigger.disabled = true;
    this.host.clearError();
    callServer('sidebarAddDriverGoals', { parent: null, parentId, goals, owner: this.draft.owner, start: this.draft.start, deadline: this.draft.deadline }).then(
      (result) => {
        if (trigger) trigger.disabled = false;
        setText(status, [this.tr('sidebar.review.added', { sheet: this.added?.sheetName ?? result.sheetName, row: this.added?.row ?? 0 }), result.message].join(' '));
        this.host.announce?.(result.message);
      },
      (error: unknown) => {
        if (trigger) trigger.disabled = false;
        this.host.showError(describeError(error, this.tr), () => this.addDriverGoalsUnder(parentId, goals, status, trigger));
      },
    );
  }

  private restart(): void {
    this.driverView = null;
    this.driverKey = '';
    this.includeDriverGoals = false;
    this.draft = emptyDraft();
    this.step = 'kpi';
    this.statementEdited = false;
    this.added = null;
    this.lastAssessment = null;
    this.host.onGoalAdded?.();
    this.render(true);
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
