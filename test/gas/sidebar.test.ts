/**
 * The sidebar's server calls, through the BUILT bundle (dist/Code.js) on the
 * emulator, with the add-on's example workbook: what the wizard, the Check
 * pane and the Settings pane receive, and what they change in the sheet.
 */
import type { AssessResponse, CheckResponse, EvaluateResponse, GoalDraft, SettingsView, SidebarContext } from '../../src/core/api';
import { addDays, dateToIso, endOfPeriod, serialToIso } from '../../src/core/dates';
import { KPI_CATALOG } from '../../src/core/kpi/catalog';
import { createEmulator, type Emulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

interface Workbook {
  emulator: Emulator;
  addon: LoadedAddon;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

function exampleWorkbook(locale = 'en_US'): Workbook {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
  // The sidebar's calls go through google.script.run's rules: a Date, NaN or class instance in a request or a response fails the test.
  const addon = bridged(loadAddon(emulator.globals));
  addon.call('menuInsertExampleWorkbook');
  const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  return { emulator, addon, ss };
}

function allValues(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const sheet of ss.getSheets()) out[sheet.getName()] = sheet.getDataRange().getValues();
  return out;
}

function closeRateDraft(context: SidebarContext, overrides: Partial<GoalDraft> = {}): GoalDraft {
  const series = context.series.find((s) => /close rate/i.test(s.name));
  if (!series) throw new Error('no close-rate series');
  return {
    kpi: { seriesId: series.id, catalogId: series.kpiId, name: series.name, unit: series.unit, aggregation: series.aggregation, lowerIsBetter: series.lowerIsBetter },
    baseline: series.recentAverage,
    direction: 'increase',
    targetMode: 'level',
    target: 0.5,
    change: null,
    start: null,
    deadline: endOfPeriod(addDays(endOfPeriod(context.today, 'week'), 1), 'week'),
    owner: 'Alice',
    levers: 'weekly deal reviews',
    notes: '',
    parentId: null,
    statement: '',
    ...overrides,
  };
}

describe('sidebar menu handlers', () => {
  it('open the sidebar on the requested pane, in the user’s language', () => {
    const { emulator, addon } = exampleWorkbook();
    addon.call('showGoalWizard');
    addon.call('showSettings');
    addon.call('showHelp');
    addon.call('showCheckPane');
    const [wizard, settings, help, check] = emulator.ui.sidebars;
    expect(check.html).toContain('data-pane="check" data-lang="en"');
    expect(check.title).toContain('Check goals');
    expect(wizard.html).toContain('data-pane="wizard" data-lang="en"');
    expect(wizard.title).toContain('Goal wizard');
    expect(settings.html).toContain('data-pane="settings" data-lang="en"');
    expect(help.html).toContain('data-pane="help"');
    const french = exampleWorkbook('fr_FR');
    french.addon.call('showGoalWizard');
    expect(french.emulator.ui.sidebars[0].html).toContain('data-pane="wizard" data-lang="fr"');
    expect(french.emulator.ui.sidebars[0].title).toContain("Assistant d’objectif");
  });
});

describe('sidebar server calls', () => {
  let book: Workbook;
  let context: SidebarContext;

  beforeAll(() => {
    book = exampleWorkbook();
    context = book.addon.call<SidebarContext>('sidebarGetContext');
  });

  it('sidebarGetContext lists the KPI series with their recent history, average, trend and period', () => {
    expect(context.lang).toBe('en');
    expect(context.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const close = context.series.find((s) => /close rate/i.test(s.name));
    expect(close).toBeDefined();
    expect(close).toMatchObject({ period: 'week', unit: 'percent', kpiId: 'close_rate', recentWindow: 3 });
    expect(close?.recentAverage).toBeCloseTo(0.25, 1);
    expect(close?.history.length).toBeLessThanOrEqual(52);
    expect(close?.history.length).toBeGreaterThan(10);
    expect(typeof close?.trendPerPeriod).toBe('number');
    expect(context.catalog).toHaveLength(KPI_CATALOG.length);
    expect(context.goals.map((g) => g.id)).toEqual(expect.arrayContaining(['G1', 'G2', 'N', 'S']));
    expect(context.goalsSheetName).toBe('Goals');
    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
  });

  it('sidebarAssess: 50 % next week is unrealistic, the suggested target is not', () => {
    const draft = closeRateDraft(context);
    const request = { seriesId: draft.kpi?.seriesId ?? null, catalogId: 'close_rate', baseline: draft.baseline, direction: draft.direction, target: 0.5, deadline: draft.deadline ?? '' };
    const fifty = book.addon.call<AssessResponse>('sidebarAssess', request);
    expect(fifty.verdict).toBe('unrealistic');
    expect(fifty.paceText).toMatch(/pts per week$/);
    expect(fifty.suggestedTarget).not.toBeNull();
    expect(fifty.suggestedTarget).toBeGreaterThan(0.25);
    expect(fifty.suggestedTarget).toBeLessThan(0.5);
    expect(fifty.suggestedTargetText).toMatch(/%$/);
    expect(fifty.probabilityText).toMatch(/%$/);
    expect(fifty.forecast.length).toBeGreaterThan(0);
    expect(fifty.history.length).toBeGreaterThan(0);
    const suggested = book.addon.call<AssessResponse>('sidebarAssess', { ...request, target: fifty.suggestedTarget });
    expect(['realistic', 'stretch']).toContain(suggested.verdict);
  });

  it('sidebarAssess: a total (new accounts) needs an amount per period, not a change', () => {
    const accounts = context.series.find((s) => /new accounts/i.test(s.name));
    expect(accounts).toBeDefined();
    const deadline = addDays(context.today, 42);
    const result = book.addon.call<AssessResponse>('sidebarAssess', { seriesId: accounts?.id ?? null, sheetName: accounts?.sheetName ?? null, catalogId: accounts?.kpiId ?? null, baseline: null, direction: 'increase', target: 40, deadline });
    expect(result.paceText).toMatch(/^\d+(\.\d+)? per week$/);
  });

  it('sidebarAssess refuses an unknown series or a bad deadline with a readable message', () => {
    expect(() => book.addon.call('sidebarAssess', { seriesId: 'Nope!Nope', catalogId: null, baseline: null, direction: 'increase', target: 1, deadline: '2099-01-01' })).toThrow(
      'This KPI series no longer exists in the spreadsheet.',
    );
    expect(() => book.addon.call('sidebarAssess', { seriesId: null, catalogId: null, baseline: null, direction: 'increase', target: 1, deadline: 'soon' })).toThrow('Choose a deadline after today.');
  });

  it('sidebarEvaluate scores the sentence and reports the five criteria', () => {
    const draft = closeRateDraft(context, { target: 0.3 });
    const result = book.addon.call<EvaluateResponse>('sidebarEvaluate', { text: 'Increase the close rate from 25% to 30% by the end of next week, through weekly deal reviews.', draft, targetLevel: 0.3 });
    expect(result.criteria.map((c) => c.id)).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
    expect(result.score).toBeGreaterThan(50);
    expect(result.scoreText).toMatch(/\/100$/);
    expect(result.criteria.find((c) => c.id === 'measurable')?.status).toBe('pass');
    const vague = book.addon.call<EvaluateResponse>('sidebarEvaluate', { text: 'Be better at sales', draft, targetLevel: 0.3 });
    expect(vague.score).toBeLessThan(result.score);
  });

  it('sidebarCheckAlignment flags a child that overshoots or outlives its parent', () => {
    const accounts = context.series.find((s) => s.kpiId === 'deals_closed' || /account/i.test(s.name));
    expect(accounts).toBeDefined();
    const parent = context.goals.find((g) => g.id === 'N');
    const draft: GoalDraft = {
      ...closeRateDraft(context),
      kpi: { seriesId: accounts?.id ?? null, catalogId: 'deals_closed', name: parent?.kpi ?? 'New accounts', unit: 'count', aggregation: 'total', lowerIsBetter: false },
      baseline: null,
      target: 150,
      deadline: addDays(parent?.deadline ?? '2030-12-31', 30),
      parentId: 'N',
    };
    const result = book.addon.call<{ status: string; messages: string[] }>('sidebarCheckAlignment', { draft, targetLevel: 150 });
    expect(result.status).toBe('fail');
    expect(result.messages.join(' ')).toMatch(/after the parent/);
    expect(result.messages.join(' ')).toMatch(/exceeds the parent’s target 120/);
    // Its siblings count too (review 13, finding 10): N's quarters already add up to 120.
    expect(result.messages).toContain('N-Q1, N-Q2, N-Q3, N-Q4, this goal add up to 270, 150 more than the 120 new accounts of the annual goal.');
    // With the parent the context listed and its Goals tab, the live check reads that tab alone and says the same.
    book.emulator.calls.reset();
    const fromContext = book.addon.call<{ status: string; messages: string[] }>('sidebarCheckAlignment', { draft, targetLevel: 150, parent, sheetName: context.goalsSheetName });
    expect(book.emulator.calls.byMethod()['Range.getValues']).toBe(1);
    expect(fromContext).toEqual(result);
    // An older page that names no Goals tab: nothing read for the siblings.
    book.emulator.calls.reset();
    book.addon.call('sidebarCheckAlignment', { draft, targetLevel: 150, parent });
    expect(book.emulator.calls.byMethod()['Range.getValues']).toBeUndefined();
    const none = book.addon.call<{ status: string; messages: string[] }>('sidebarCheckAlignment', { draft: { ...draft, parentId: null }, targetLevel: 150 });
    expect(none).toEqual({ status: 'unknown', messages: [] });
  });

  it('sidebarAddGoal appends exactly one row with the structured columns and changes nothing else', () => {
    const fresh = exampleWorkbook();
    const ctx = fresh.addon.call<SidebarContext>('sidebarGetContext');
    const before = allValues(fresh.ss);
    const draft = closeRateDraft(ctx, { target: 0.3, statement: 'Increase the close rate from 25% to 30% by next week.' });
    const result = fresh.addon.call<{ sheetName: string; row: number }>('sidebarAddGoal', { draft, targetLevel: 0.3 });
    const after = allValues(fresh.ss);
    expect(result.sheetName).toBe('Goals');
    expect(result.row).toBe(before.Goals.length + 1);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name !== 'Goals') expect(after[name]).toEqual(before[name]);
    }
    expect(after.Goals.slice(0, before.Goals.length).map((row) => row.slice(0, before.Goals[0].length))).toEqual(before.Goals);
    expect(after.Goals).toHaveLength(before.Goals.length + 1);
    const header = before.Goals[0].map(String);
    const row = after.Goals[after.Goals.length - 1];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Goal')).toBe(draft.statement);
    expect(cell('Owner')).toBe('Alice');
    expect(cell('Target')).toBeCloseTo(0.3, 9);
    expect(cell('KPI')).toMatch(/close rate/i);
    // A date cell (Date) or its serial number under a date format, depending on how the engine writes it.
    const deadline = cell('Deadline');
    const deadlineIso = typeof deadline === 'number' ? serialToIso(deadline) : Object.prototype.toString.call(deadline) === '[object Date]' ? dateToIso(deadline as Date) : null;
    expect(deadlineIso).toBe(draft.deadline);
  });

  it('sidebarAddGoal keeps a formula-looking sentence as text', () => {
    const fresh = exampleWorkbook();
    const ctx = fresh.addon.call<SidebarContext>('sidebarGetContext');
    const statement = '=IMPORTXML("http://example.com","//a")';
    const result = fresh.addon.call<{ sheetName: string; row: number }>('sidebarAddGoal', { draft: closeRateDraft(ctx, { statement }), targetLevel: 0.3 });
    const sheet = fresh.ss.getSheetByName(result.sheetName);
    const row = sheet?.getRange(result.row, 1, 1, sheet.getLastColumn());
    expect(row?.getFormulas()[0].every((f) => f === '')).toBe(true);
    expect(row?.getValues()[0]).toContain(statement);
  });

  it('sidebarCheckGoals returns the flagged goals with their statements, and sidebarSelectRow selects one', () => {
    const fresh = exampleWorkbook();
    const result = fresh.addon.call<CheckResponse>('sidebarCheckGoals');
    expect(result.checked).toBeGreaterThan(5);
    expect(result.summary).not.toBe('');
    const fifty = result.flagged.find((goal) => goal.id === 'G2');
    expect(fifty).toBeDefined();
    expect(fifty?.statement).toMatch(/50/);
    expect(fifty?.reasons.length).toBeGreaterThan(0);
    expect(fresh.addon.call('sidebarSelectRow', { sheetName: fifty?.sheetName, row: fifty?.row })).toBe(true);
    const active = fresh.ss.getActiveRange();
    expect(active?.getSheet().getName()).toBe(fifty?.sheetName);
    expect(active?.getRow()).toBe(fifty?.row);
    expect(() => fresh.addon.call('sidebarSelectRow', { sheetName: 'Goals', row: 100000 })).toThrow(/Row 100000 does not exist/);
  });

  it('an unexpected failure reaches the sidebar as one localized line, never an internal message', () => {
    const fresh = exampleWorkbook('fr_FR');
    const app = fresh.emulator.globals.SpreadsheetApp as { getActiveSpreadsheet(): unknown };
    const real = app.getActiveSpreadsheet.bind(app);
    app.getActiveSpreadsheet = () => {
      const ss = real() as Record<string, unknown>;
      return new Proxy(ss, {
        get: (target, key) =>
          key === 'getSheetByName'
            ? () => {
                throw new TypeError("Cannot read properties of null (reading 'getRange')");
              }
            : Reflect.get(target, key),
      });
    };
    let message = '';
    try {
      fresh.addon.call('sidebarSelectRow', { sheetName: 'Goals', row: 2 });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    // The runtime prefixes the error name, as Apps Script does; the sidebar strips it (see errorMessage).
    expect(message).toMatch(/^UserError: Une erreur est survenue\u202f: TypeError$/);
    // …while the maintainer gets the whole story, with the stack, in the execution log.
    const errors = fresh.emulator.consoleLog.filter((entry) => entry.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].text).toContain("TypeError: Cannot read properties of null (reading 'getRange')");
    expect(errors[0].text).toMatch(/\n\s+at /);
  });

  it('an internal error whose text merely contains "lock" (block, clock) does not leak to the sidebar', () => {
    for (const internal of ['Cannot read the block size', 'clock skew detected', 'Locked cell']) {
      const fresh = exampleWorkbook();
      const app = fresh.emulator.globals.SpreadsheetApp as { getActiveSpreadsheet(): unknown };
      app.getActiveSpreadsheet = () => {
        throw new Error(internal);
      };
      let message = '';
      try {
        fresh.addon.call('sidebarSelectRow', { sheetName: 'Goals', row: 2 });
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
      }
      expect(message).toBe('UserError: Something went wrong: Error');
    }
  });

  it('Apps Script’s lock timeout keeps its text, which the sidebar shows as "busy"', () => {
    const fresh = exampleWorkbook();
    const app = fresh.emulator.globals.SpreadsheetApp as { getActiveSpreadsheet(): unknown };
    app.getActiveSpreadsheet = () => {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    };
    expect(() => fresh.addon.call('sidebarSelectRow', { sheetName: 'Goals', row: 2 })).toThrow(/Lock timeout: another process was holding the lock for too long/);
    expect(fresh.emulator.consoleLog).toEqual([]);
  });

  it('settings round-trip through the sidebar, garbage is normalized, the language follows', () => {
    const fresh = exampleWorkbook();
    const saved = fresh.addon.call<SettingsView>('sidebarSaveSettings', { language: 'fr', policy: { stretchAllowance: 0.1, useHistoricalBest: false }, fiscalYearStartMonth: 4, goalsSheetName: '  ' });
    expect(saved).toEqual({ language: 'fr', policy: { stretchAllowance: 0.1, useHistoricalBest: false }, fiscalYearStartMonth: 4, goalsSheetName: null, plan: { ramp: [0.25, 0.5, 0.75, 1], hires: [], coverageThreshold: 1.5, capacityThreshold: 1.2, salesCycleDays: null } });
    expect(fresh.addon.call<SettingsView>('sidebarGetSettings')).toEqual(saved);
    expect(fresh.addon.call<SidebarContext>('sidebarGetContext').lang).toBe('fr');
    // Garbage of the wrong type is normalized; an out-of-range month is refused (below).
    const repaired = fresh.addon.call<SettingsView>('sidebarSaveSettings', { language: 'xx', policy: 'nope', fiscalYearStartMonth: 'x' } as unknown as SettingsView);
    expect(repaired.language).toBe('auto');
    expect(repaired.fiscalYearStartMonth).toBe(1);
    expect(repaired.policy.stretchAllowance).toBe(0.1);
  });

  it('a null or malformed request gets the localized "not understood" message, no internal word (review9)', () => {
    const fresh = exampleWorkbook();
    const calls = ['sidebarEvaluate', 'sidebarAddGoal', 'sidebarCheckAlignment', 'sidebarAssess', 'sidebarPlanDrivers', 'sidebarAddDriverGoals'];
    const bad: unknown[] = [null, 'x', { draft: 'x', text: 3, goals: 'x' }];
    for (const name of calls) {
      for (const request of bad) {
        if (request !== null && (name === 'sidebarAssess' || name === 'sidebarPlanDrivers')) continue; // a record: its fields have their own messages
        expect(() => fresh.addon.call(name, request)).toThrow(/^The request was not understood: reopen the sidebar\.$/);
      }
    }
    const before = fresh.addon.call<SettingsView>('sidebarGetSettings');
    fresh.addon.call('sidebarSaveSettings', { ...before, language: 'fr' });
    expect(() => fresh.addon.call('sidebarEvaluate', null)).toThrow('La demande n’a pas été comprise\u202f: rouvrez le panneau.');
    expect(fresh.emulator.consoleLog).toEqual([]);
  });

  it('settings out of range or naming a missing Goals tab are refused with a message, nothing saved (review9)', () => {
    const fresh = exampleWorkbook();
    const before = fresh.addon.call<SettingsView>('sidebarGetSettings');
    const save = (change: Record<string, unknown>) => () => fresh.addon.call('sidebarSaveSettings', { ...before, ...change });
    expect(save({ policy: { ...before.policy, stretchAllowance: 50 } })).toThrow('The stretch allowance must be between 0% and 100%.');
    expect(save({ policy: { ...before.policy, stretchAllowance: -1 } })).toThrow('between 0% and 100%');
    expect(save({ fiscalYearStartMonth: 0 })).toThrow('The fiscal year’s first month must be from 1 to 12.');
    expect(save({ fiscalYearStartMonth: 13 })).toThrow('from 1 to 12');
    expect(save({ fiscalYearStartMonth: 2.5 })).toThrow('from 1 to 12');
    expect(save({ goalsSheetName: 'Nope' })).toThrow('There is no tab named “Nope” in this spreadsheet.');
    expect(fresh.addon.call<SettingsView>('sidebarGetSettings')).toEqual(before);
    // Valid saves are unchanged: the bounds, and a tab named in another case.
    expect(save({ policy: { ...before.policy, stretchAllowance: 1 }, fiscalYearStartMonth: 12, goalsSheetName: ' goals ' })()).toMatchObject({ policy: { stretchAllowance: 1 }, fiscalYearStartMonth: 12, goalsSheetName: 'goals' });
    expect(save({ policy: { ...before.policy, stretchAllowance: 0 }, language: 'fr', goalsSheetName: null })()).toMatchObject({ policy: { stretchAllowance: 0 } });
    expect(save({ language: 'fr', fiscalYearStartMonth: 0 })).toThrow('Le premier mois de l’exercice doit être entre 1 et 12.');
    expect(save({ language: 'fr', goalsSheetName: 'Nope' })).toThrow('Aucun onglet ne s’appelle «\u202fNope\u202f» dans ce classeur.');
    expect(fresh.emulator.consoleLog).toEqual([]);
  });

  it('live calls read the series tab only, and their service calls do not grow with the goals', () => {
    const fresh = exampleWorkbook();
    const ctx = fresh.addon.call<SidebarContext>('sidebarGetContext');
    const draft = closeRateDraft(ctx);
    const series = ctx.series.find((s) => s.id === draft.kpi?.seriesId);
    const request = { seriesId: series?.id ?? null, sheetName: series?.sheetName ?? null, catalogId: 'close_rate', baseline: 0.25, direction: 'increase', target: 0.4, deadline: draft.deadline };
    const callsFor = (arg: unknown) => {
      fresh.emulator.calls.reset();
      fresh.addon.call('sidebarAssess', arg);
      return fresh.emulator.calls.byMethod();
    };
    const oneTab = callsFor(request);
    const everyTab = callsFor({ ...request, sheetName: null });
    expect(oneTab['Range.getValues']).toBe(1);
    expect(everyTab['Range.getValues']).toBe(fresh.ss.getSheets().length);
    const before = fresh.emulator.calls.total();
    expect(before).toBeGreaterThan(0);
    const goals = fresh.ss.getSheetByName('Goals');
    const extra = Array.from({ length: 300 }, (_, i) => [`X${i}`, `Increase the close rate to 30% by next week (${i})`]);
    goals?.getRange(goals.getLastRow() + 1, 1, extra.length, 2).setValues(extra);
    expect(callsFor(request)).toEqual(oneTab);
    expect(callsFor({ ...request, sheetName: null })).toEqual(everyTab);
  });

  it('a stale tab name falls back to reading the workbook', () => {
    const fresh = exampleWorkbook();
    const ctx = fresh.addon.call<SidebarContext>('sidebarGetContext');
    const draft = closeRateDraft(ctx);
    const result = fresh.addon.call<AssessResponse>('sidebarAssess', { seriesId: draft.kpi?.seriesId, sheetName: 'Renamed tab', catalogId: 'close_rate', baseline: 0.25, direction: 'increase', target: 0.3, deadline: draft.deadline });
    expect(result.verdict).not.toBe('insufficient-data');
  });
});
