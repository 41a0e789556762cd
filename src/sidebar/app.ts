/**
 * The sidebar shell: the pane navigation, the error banner and the four
 * panes (wizard, check, settings, help). The menu handler chose the first
 * pane and the language in the served HTML (see SIDEBAR_BOOT_MARKER).
 */
import { SIDEBAR_PANES, type CheckResponse, type FlaggedGoalView, type FunctionHelp, type SettingsView, type SidebarContext, type SidebarPane } from '../core/api';
import type { MessageKey } from '../core/messages/ui';
import { useCurrency, useDateOrder, useNumberLocale } from '../core/format';
import type { Lang } from '../core/types';
import { h, replace, uid } from './dom';
import { callServer, hasServer, LatestCall } from './rpc';
import { planFields } from './plan-fields';
import { readPlanForm } from './plan-settings';
import { Announcer, busy, describeError, button, field, select, textInput, translator, verdictBadge, type Translate } from './ui';
import { Wizard, type WizardHost } from './wizard';

/** Set by the build (src/local/build/function-help.ts); absent when the sidebar is bundled without it. */
declare const __SMART_GOALS_FUNCTIONS__: readonly FunctionHelp[] | undefined;

export function isPane(value: string | undefined): value is SidebarPane {
  return SIDEBAR_PANES.includes(value as SidebarPane);
}

export class App implements WizardHost {
  lang: Lang;
  tr: Translate;
  private pane: SidebarPane;
  private contextValue: SidebarContext | null = null;
  private readonly nav = h('nav', { className: 'panes' });
  private readonly banner = h('div', { className: 'banner', attrs: { role: 'alert' } });
  private readonly content = h('div', { className: 'content' });
  private readonly announcer = new Announcer();
  private wizard: Wizard | null = null;
  /** The Check pane keeps its last result while the user moves between panes. */
  private lastCheck: CheckResponse | null = null;
  /** Opened on the Check pane (from a menu): run the check at once instead of waiting for a click. */
  private checkOnOpen: boolean;
  /** The banner shows a failed context refresh (`onGoalAdded`): a later successful one clears it. */
  private refreshFailed = false;
  /**
   * Which context request is the latest: google.script.run calls "may not execute in the order you expect" (HTML
   * Service: Communicate with Server Functions, developers.google.com/apps-script/guides/html/communication), so a
   * refresh sent before a later one (a goal added, then its driver goals) may answer last and must not win.
   */
  private contextRequest = 0;
  /** The Check pane's row selections, one at a time, the latest click winning (`LatestCall`). */
  private readonly rowSelection = new LatestCall((target: { sheetName: string; row: number }) => callServer('sidebarSelectRow', target));

  constructor(
    private readonly root: HTMLElement,
    pane: SidebarPane,
    lang: Lang,
    /** A check the menu handler already ran: shown as is, not run again. */
    preloadedCheck: CheckResponse | null = null,
  ) {
    this.pane = pane;
    this.lang = lang;
    this.tr = translator(lang);
    this.lastCheck = preloadedCheck;
    this.checkOnOpen = pane === 'check' && !preloadedCheck;
  }

  get context(): SidebarContext {
    if (!this.contextValue) throw new Error('context not loaded');
    return this.contextValue;
  }

  start(): void {
    replace(this.root, this.nav, this.banner, this.content, this.announcer.element);
    this.renderNav();
    if (!hasServer()) {
      this.showError(this.tr('sidebar.error.offline'));
      return;
    }
    this.loadContext();
  }

  private loadContext(): void {
    replace(this.content, busy(this.tr('sidebar.loading')));
    this.root.setAttribute('aria-busy', 'true');
    const request = ++this.contextRequest;
    callServer('sidebarGetContext').then(
      (context) => {
        if (request !== this.contextRequest) return;
        this.root.removeAttribute('aria-busy');
        this.applyContext(context);
        this.clearError();
        this.renderPane(false);
      },
      (error: unknown) => {
        if (request !== this.contextRequest) return;
        this.root.removeAttribute('aria-busy');
        replace(this.content);
        this.showError(describeError(error, this.tr), () => this.loadContext());
      },
    );
  }

  private applyContext(context: SidebarContext): void {
    this.contextValue = context;
    // Dates written in the wizard follow the spreadsheet's locale, as the server's messages do.
    useDateOrder(context.dateOrder ?? 'dmy');
    // Amounts whose KPI column shows no currency take the locale's, as on the server (core/format `useCurrency`).
    useCurrency(context.currency ?? null);
    // …and French amounts the locale's own conventions when it is French-speaking (fr_CH "1 234.50 CHF").
    useNumberLocale(context.locale ?? null);
    if (context.lang !== this.lang) {
      this.lang = context.lang;
      this.tr = translator(context.lang);
      document.documentElement.lang = context.lang;
      this.wizard = null;
      this.renderNav();
    }
  }

  /**
   * Refreshes the goals and series after a change in the sheet, without disturbing the current pane. A failed refresh
   * is said, with a retry (review 26): silent, the next goal's parent list and KPI cards missed the one just added. The
   * change itself is already in the sheet: the banner says so, and no other pane state is touched.
   */
  onGoalAdded(): void {
    const request = ++this.contextRequest;
    callServer('sidebarGetContext').then(
      (context) => {
        if (request !== this.contextRequest) return;
        const langChanged = context.lang !== this.lang;
        this.applyContext(context);
        if (this.refreshFailed) this.clearError();
        if (langChanged) this.renderPane(false);
      },
      (error: unknown) => {
        if (request !== this.contextRequest) return;
        this.showError(`${this.tr('sidebar.error.refresh')} ${describeError(error, this.tr)}`, () => this.onGoalAdded());
        this.refreshFailed = true;
      },
    );
  }

  announce(text: string): void {
    this.announcer.say(text);
  }

  showError(message: string, retry?: () => void): void {
    this.refreshFailed = false;
    replace(this.banner, h('p', {}, message), retry ? button(this.tr('sidebar.retry'), () => retry(), 'secondary') : null);
    this.banner.classList.add('visible');
    // The banner sits above the pane: after a failed "Add" at the bottom of a long step it would be out of sight.
    this.banner.scrollIntoView?.({ block: 'nearest' });
  }

  clearError(): void {
    this.refreshFailed = false;
    replace(this.banner);
    this.banner.classList.remove('visible');
  }

  private renderNav(): void {
    replace(
      this.nav,
      ...SIDEBAR_PANES.map((pane) =>
        h(
          'button',
          {
            className: 'pane-tab',
            attrs: { type: 'button', 'data-pane': pane, 'aria-current': pane === this.pane ? 'page' : null, title: this.tr(`sidebar.title.${pane}`) },
            on: { click: () => this.switchPane(pane) },
          },
          this.tr(`sidebar.tab.${pane}`),
        ),
      ),
    );
    this.nav.setAttribute('aria-label', this.tr('sidebar.nav.label'));
  }

  private switchPane(pane: SidebarPane): void {
    this.pane = pane;
    this.clearError();
    this.renderNav();
    if (this.contextValue) this.renderPane(true);
  }

  private renderPane(focus: boolean): void {
    this.root.setAttribute('data-active-pane', this.pane);
    replace(this.content);
    switch (this.pane) {
      case 'wizard':
        if (!this.wizard) this.wizard = new Wizard(this);
        this.wizard.mount(this.content);
        break;
      case 'check':
        this.renderCheck();
        break;
      case 'settings':
        this.renderSettings();
        break;
      case 'help':
        this.renderHelp();
        break;
    }
    if (focus) this.content.querySelector<HTMLElement>('h2')?.focus();
  }

  // ---------------------------------------------------------------- Check pane

  private renderCheck(): void {
    const list = h('div', { className: 'check-results' });
    const run = button(this.tr('sidebar.check.run'), () => this.runCheck(run, list), 'primary');
    run.classList.add('run-check');
    this.content.append(h('h2', { attrs: { tabindex: '-1' } }, this.tr('sidebar.title.check')), h('p', { className: 'intro' }, this.tr('sidebar.check.intro')), run, list);
    if (this.checkOnOpen) {
      this.checkOnOpen = false;
      this.runCheck(run, list);
    } else if (this.lastCheck) this.renderCheckResult(list, this.lastCheck);
  }

  private runCheck(run: HTMLButtonElement, list: HTMLElement): void {
    run.disabled = true;
    this.clearError();
    replace(list, busy(this.tr('sidebar.check.running')));
    callServer('sidebarCheckGoals').then(
      (result) => {
        run.disabled = false;
        this.lastCheck = result;
        this.renderCheckResult(list, result);
        // The list can be long: only the summary is announced.
        this.announce(result.summary);
      },
      (error: unknown) => {
        run.disabled = false;
        replace(list);
        this.showError(describeError(error, this.tr), () => this.runCheck(run, list));
      },
    );
  }

  private flaggedItem(list: HTMLElement, goal: FlaggedGoalView): HTMLElement {
    const select = h(
      'button',
      {
        className: 'flagged-goal',
        // The visible text is the accessible name (WCAG 2.5.3); what a click does is the description.
        attrs: { type: 'button', 'data-row': goal.row, 'data-sheet': goal.sheetName, title: this.tr('sidebar.check.select', { row: goal.row }) },
        on: {
          click: (event) => {
            const clicked = event.currentTarget as HTMLElement;
            // The latest click wins (`LatestCall`): a click while a selection runs waits, and only the last one is sent.
            this.rowSelection.request(
              { sheetName: goal.sheetName, row: goal.row },
              {
                onResult: () => {
                  // Show which goal the sheet now has selected.
                  list.querySelectorAll('.flagged-goal[aria-current]').forEach((other) => other.removeAttribute('aria-current'));
                  clicked.setAttribute('aria-current', 'true');
                },
                onError: (error: unknown) => this.showError(describeError(error, this.tr)),
              },
            );
          },
        },
      },
      h('span', { className: 'flagged-row' }, goal.id ? `${goal.id} · ${this.tr('sidebar.check.row', { row: goal.row })}` : this.tr('sidebar.check.row', { row: goal.row })),
      // The badge says why the goal is flagged: a green "realistic" verdict alone would contradict the flag.
      goal.cause !== 'target' ? h('span', { className: 'badge status-warn flag-cause' }, this.tr(`sidebar.check.cause.${goal.cause}`)) : null,
      goal.verdict === 'unrealistic' || goal.verdict === 'stretch' ? verdictBadge(goal.verdict, this.tr) : null,
      h('span', { className: 'flagged-statement' }, goal.statement),
    );
    return h(
      'li',
      {},
      select,
      goal.reasons.length ? h('ul', { className: 'reasons' }, ...goal.reasons.map((reason) => h('li', {}, reason))) : null,
      goal.fix ? h('p', { className: 'fix' }, this.tr('sidebar.check.fix', { fix: goal.fix })) : null,
    );
  }

  /**
   * The flagged goals, one page at a time: the check's first page arrives with it (small
   * sidebar HTML even with 2,000 flagged goals); "Show more" asks the server for the next
   * page and moves the focus to its first goal, so keyboard users continue where they were.
   */
  private renderCheckResult(list: HTMLElement, result: CheckResponse): void {
    const items = result.flagged.map((goal) => this.flaggedItem(list, goal));
    const ul = items.length ? h('ul', { className: 'flagged-list' }, ...items) : null;
    const total = Math.max(result.flaggedTotal ?? result.flagged.length, result.flagged.length);
    let more: HTMLButtonElement | null = null;
    if (ul && result.flagged.length < total) {
      more = button(this.tr('sidebar.check.more', { shown: result.flagged.length, total }), () => this.loadMore(list, ul, more as HTMLButtonElement, result), 'secondary');
      more.classList.add('check-more');
    }
    replace(
      list,
      h('p', { className: 'summary' }, result.summary),
      items.length ? h('p', { className: 'hint' }, this.tr('sidebar.check.clickHint')) : null,
      ul ?? h('p', { className: 'success' }, this.tr('sidebar.check.none')),
      more,
    );
  }

  private loadMore(list: HTMLElement, ul: HTMLElement, more: HTMLButtonElement, result: CheckResponse): void {
    const last = result.flagged[result.flagged.length - 1];
    if (!last) return;
    more.disabled = true;
    more.textContent = this.tr('sidebar.check.loadingMore');
    this.clearError();
    callServer('sidebarCheckPage', { sheetName: last.sheetName, afterRow: last.row }).then(
      (page) => {
        // The pane keeps everything shown so far (lastCheck is the same object).
        result.flagged.push(...page.flagged);
        const total = Math.max(result.flaggedTotal ?? 0, result.flagged.length);
        if (!page.more) result.flaggedTotal = result.flagged.length;
        const added = page.flagged.map((goal) => this.flaggedItem(list, goal));
        ul.append(...added);
        if (page.more && page.flagged.length > 0) {
          more.disabled = false;
          more.textContent = this.tr('sidebar.check.more', { shown: result.flagged.length, total });
        } else more.remove();
        this.announce(this.tr('sidebar.check.more', { shown: result.flagged.length, total: result.flaggedTotal ?? total }));
        added[0]?.querySelector<HTMLElement>('.flagged-goal')?.focus();
      },
      (error: unknown) => {
        more.disabled = false;
        more.textContent = this.tr('sidebar.check.more', { shown: result.flagged.length, total: result.flaggedTotal ?? result.flagged.length });
        this.showError(describeError(error, this.tr), () => this.loadMore(list, ul, more, result));
      },
    );
  }

  // ---------------------------------------------------------------- Settings pane

  private renderSettings(): void {
    const settings = this.context.settings;
    const language = select(
      [
        { value: 'auto', label: this.tr('sidebar.settings.languageAuto') },
        { value: 'en', label: this.tr('sidebar.settings.languageEn') },
        { value: 'fr', label: this.tr('sidebar.settings.languageFr') },
      ],
      settings.language,
    );
    language.name = 'language';
    // The policy's realistic / on-track thresholds are left out on purpose: the "80 %" band and the median line every
    // surface draws do not follow them (core/achievability/policy.ts, docs/WORKBOOK.md, Settings).
    const stretch = textInput(String(Math.round(settings.policy.stretchAllowance * 1000) / 10).replace('.', this.lang === 'fr' ? ',' : '.'), { inputmode: 'decimal', name: 'stretchAllowance' });
    const bestId = uid('best');
    const best = h('input', { id: bestId, attrs: { type: 'checkbox', name: 'useHistoricalBest' } });
    best.checked = settings.policy.useHistoricalBest;
    const bestHint = h('p', { className: 'hint', id: uid('hint') }, this.tr('sidebar.settings.bestHelp'));
    best.setAttribute('aria-describedby', bestHint.id);
    const fiscal = select(
      Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: this.tr(`sidebar.month.${i + 1}` as MessageKey) })),
      String(settings.fiscalYearStartMonth),
    );
    fiscal.name = 'fiscalYearStartMonth';
    const goalsSheet = textInput(settings.goalsSheetName ?? '', { name: 'goalsSheetName' });
    const status = h('div', { className: 'form-status', attrs: { role: 'status' } });
    const plan = planFields(settings.plan, this.lang, this.tr, () => replace(status));
    const save = button(this.tr('sidebar.settings.save'), () => undefined, 'primary', 'submit');
    const form = h(
      'form',
      { className: 'settings', attrs: { novalidate: true } },
      // The saved Settings could not be used as saved: the fields show defaults, and saving replaces the stored value.
      ...(settings.notice ? [h('p', { className: 'notice settings-notice', attrs: { role: 'status' } }, settings.notice)] : []),
      field(this.tr('sidebar.settings.language'), language),
      h('h3', {}, this.tr('sidebar.settings.policyTitle')),
      h('p', { className: 'hint' }, this.tr('sidebar.settings.policyIntro')),
      field(this.tr('sidebar.settings.stretch'), stretch, this.tr('sidebar.settings.stretchHelp')),
      h('div', { className: 'field checkbox' }, best, h('label', { attrs: { for: bestId } }, this.tr('sidebar.settings.best')), bestHint),
      field(this.tr('sidebar.settings.fiscal'), fiscal, this.tr('sidebar.settings.fiscalHelp')),
      field(this.tr('sidebar.settings.goalsSheet'), goalsSheet, this.tr('sidebar.settings.goalsSheetHelp')),
      plan.element,
      status,
      h('div', { className: 'footer' }, save),
    );
    // A fixed value clears the complaint about the previous one.
    stretch.addEventListener('input', () => {
      stretch.removeAttribute('aria-invalid');
      replace(status);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const percent = Number(stretch.value.trim().replace(',', '.').replace(/\s*%$/, ''));
      if (!Number.isFinite(percent) || percent < 0 || percent > 100 || stretch.value.trim() === '') {
        stretch.setAttribute('aria-invalid', 'true');
        replace(status, h('p', { className: 'error-text' }, this.tr('sidebar.settings.invalid')));
        stretch.focus();
        return;
      }
      stretch.setAttribute('aria-invalid', 'false');
      // The team plan: every problem listed, each input marked, the focus on the first one.
      const read = readPlanForm(plan.read(), this.lang);
      const first = plan.mark(read.problems);
      if (read.plan === null) {
        replace(
          status,
          h('p', { className: 'error-text' }, this.tr('sidebar.settings.problems', { count: read.problems.length })),
          h('ul', { className: 'error-text' }, ...read.problems.map((p) => h('li', {}, this.tr(p.key, p.params)))),
        );
        first?.focus();
        return;
      }
      const next: SettingsView = {
        language: language.value === 'fr' || language.value === 'en' ? language.value : 'auto',
        policy: { ...settings.policy, stretchAllowance: percent / 100, useHistoricalBest: best.checked },
        fiscalYearStartMonth: Number(fiscal.value),
        goalsSheetName: goalsSheet.value.trim() || null,
        plan: read.plan,
      };
      save.disabled = true;
      replace(status, busy(this.tr('sidebar.working')));
      callServer('sidebarSaveSettings', next).then(
        (saved) => {
          save.disabled = false;
          this.context.settings = saved;
          replace(status, h('p', { className: 'success' }, this.tr('sidebar.settings.saved')));
          // A language change re-labels the whole sidebar; the context says which language applies now.
          this.onGoalAdded();
        },
        (error: unknown) => {
          save.disabled = false;
          replace(status);
          this.showError(describeError(error, this.tr));
        },
      );
    });
    this.content.append(h('h2', { attrs: { tabindex: '-1' } }, this.tr('sidebar.title.settings')), form);
  }

  // ---------------------------------------------------------------- Help pane

  private renderHelp(): void {
    this.content.append(
      h('h2', { attrs: { tabindex: '-1' } }, this.tr('sidebar.title.help')),
      h('p', {}, this.tr('sidebar.help.intro')),
      h('p', {}, this.tr('sidebar.help.wizard')),
      button(this.tr('sidebar.title.wizard'), () => this.switchPane('wizard'), 'link'),
      h('p', {}, this.tr('sidebar.help.check')),
      button(this.tr('sidebar.title.check'), () => this.switchPane('check'), 'link'),
      h('p', {}, this.tr('sidebar.help.report')),
      ...this.functionList(),
      h('p', { className: 'muted' }, this.tr('sidebar.help.privacy')),
    );
  }

  /** The custom functions, one example each (the list is written into sidebar.html by the build, from the registry). */
  private functionList(): HTMLElement[] {
    const functions = typeof __SMART_GOALS_FUNCTIONS__ === 'undefined' ? [] : __SMART_GOALS_FUNCTIONS__;
    if (functions.length === 0) return [];
    return [
      h('h3', {}, this.tr('sidebar.help.functions')),
      h('p', {}, this.tr('sidebar.help.functionsIntro')),
      h(
        'dl',
        { className: 'functions' },
        ...functions.flatMap((f) => [h('dt', {}, h('code', {}, f.name)), h('dd', {}, f.summary[this.lang], h('code', { className: 'example' }, f.example[this.lang]))]),
      ),
    ];
  }
}
