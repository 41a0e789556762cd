/**
 * One goal, two surfaces: "Reach 250,000 of revenue per month by 30 June 2027" on a tab of WEEKLY figures, typed in the
 * wizard (a target per month) and written to the Goals tab, then checked. The wizard's live check (sidebarAssess), its
 * drivers step (sidebarPlanDrivers) and its Review step (sidebarEvaluate) must tell the story Check goals then writes
 * for the row the wizard added: the same chance, the same suggested target, the same bottom-up chance and range, and
 * capacity and coverage said per month — the wizard read the monthly target as one week's level (or the weeks' total),
 * and said capacity per week. Through the BUILT add-on and google.script.run's rules (src/local/script-run.ts), EN and FR.
 */
import type { AddGoalResponse, AssessResponse, DriverPlanRequest, DriverPlanView, EvaluateResponse, GoalDraft, SidebarContext } from '../../../src/core/api';
import { chanceForCell } from '../../../src/core/achievability';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { generateSentence } from '../../../src/sidebar/sentence';
import { driverPlanRequest, targetPeriods } from '../../../src/sidebar/steps';
import { addSheet, seeded, TODAY, weeklyDates } from '../workbook/harness';

/** 60 weeks to 16 Nov 2026: revenue ≈ 40 leads × 25 % × 5,000 ≈ 50,000 a week, 8 reps, 400,000 of open pipeline. */
function weeklyRows(lang: 'en' | 'fr'): unknown[][] {
  const random = seeded(17);
  const rows: unknown[][] = [lang === 'fr' ? ['Semaine', 'Chiffre d’affaires', 'Leads', 'Taux de conclusion', 'Panier moyen', 'Commerciaux', 'Pipeline'] : ['Week', 'Revenue', 'Leads', 'Close rate', 'Deal size', 'Sales reps', 'Pipeline']];
  for (const date of weeklyDates()) {
    const leads = Math.round(40 + (random() - 0.5) * 10);
    const rate = Math.round((0.25 + (random() - 0.5) * 0.04) * 1000) / 1000;
    const size = Math.round(5000 + (random() - 0.5) * 600);
    rows.push([date, Math.round(leads * rate * size), leads, rate, size, 8, 400_000]);
  }
  return rows;
}

function sheetTable(emulator: ReturnType<typeof createEmulator>, name: string): { cell: (row: number, ...headers: string[]) => unknown; rows: number } {
  const values = emulator.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
  const heads = values[0].map(String);
  return { rows: values.length, cell: (row, ...headers) => values[row - 1][heads.findIndex((h) => headers.includes(h))] };
}

describe.each(['en', 'fr'] as const)('a monthly revenue target on weekly figures, in the wizard and in Check goals (%s)', (lang) => {
  const locale = lang === 'fr' ? 'fr_FR' : 'en_US';
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  addSheet(emulator, 'Sales', weeklyRows(lang));
  addSheet(emulator, lang === 'fr' ? 'Inducteurs' : 'Drivers', [[lang === 'fr' ? 'Arbres' : 'Driver trees'], [lang === 'fr' ? 'Chiffre d’affaires = Leads × Taux de conclusion × Panier moyen' : 'Revenue = Leads × Close rate × Deal size']]);
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  const context = call<SidebarContext>('sidebarGetContext');
  const revenue = context.series.find((s) => s.kpiId === 'revenue')!;
  const draft: GoalDraft = {
    kpi: { seriesId: revenue.id, sheetName: revenue.sheetName, catalogId: revenue.kpiId, name: revenue.name, unit: revenue.unit, aggregation: revenue.aggregation, lowerIsBetter: false, currency: revenue.currency ?? null },
    baseline: revenue.defaultBaseline,
    direction: 'increase',
    targetMode: 'level',
    target: 300_000,
    targetPeriod: 'month',
    change: null,
    start: null,
    deadline: '2027-06-30',
    owner: '',
    levers: '',
    notes: '',
    parentId: null,
    statement: '',
  };
  draft.statement = generateSentence(draft, lang);
  const request = driverPlanRequest(draft)!;
  const assessed = call<AssessResponse>('sidebarAssess', { ...request, baseline: draft.baseline });
  const plan = call<DriverPlanView>('sidebarPlanDrivers', request satisfies DriverPlanRequest);
  const evaluated = call<EvaluateResponse>('sidebarEvaluate', { text: draft.statement, draft, targetLevel: 300_000 });
  const added = call<AddGoalResponse>('sidebarAddGoal', { draft, targetLevel: 300_000 });
  call('checkGoals');
  const goals = sheetTable(emulator, added.sheetName);
  call('menuGeneratePlanReport');
  const report = emulator.spreadsheet.getSheets().find((sheet) => /^(SMART plan|Plan SMART) /.test(sheet.getName()))!;
  // The goals table's Required pace column (E), on the goal's row there.
  const reportPace = report.getDataRange().getDisplayValues().find((r) => r[0] === added.id && r[4] !== '')?.[4];
  const notes = String(goals.cell(added.row, 'SMART notes', 'Remarques SMART'));

  it('offers the month on a weekly tab and writes a sentence the analyzer reads per month', () => {
    expect(revenue.period).toBe('week');
    expect(targetPeriods(draft.kpi, revenue.period)).toEqual(['month', 'quarter', 'year']);
    expect(draft.statement).toMatch(lang === 'fr' ? /^Atteindre 300\u202f000 chiffre d’affaires par mois d’ici le 30 juin 2027\.$/ : /^Reach 300,000 revenue per month by (June 30, 2027|30 June 2027)\.$/);
    expect(request.period).toBe('month');
    // No Start and no weekly starting level on the row: Check goals reads the month's window from the sentence.
    expect(goals.cell(added.row, 'Start', 'Début')).toBe('');
    expect(goals.cell(added.row, 'Baseline', 'Valeur de départ')).toBe('');
    expect(goals.cell(added.row, 'Aggregation', 'Agrégation')).toBe(lang === 'fr' ? 'cumul' : 'total');
    expect(notes).toMatch(lang === 'fr' ? /^Par mois\u202f: jugé sur /m : /^Per month: judged on /m);
  });

  it('gives the chance and the suggested target Check goals writes', () => {
    expect(assessed.period).toBe('month');
    expect(assessed.probability).not.toBeNull();
    // Written to a tenth of a percent (fixes59, core `chanceForCell`).
    expect(Number(goals.cell(added.row, 'Probability', 'Probabilité'))).toBe(chanceForCell(assessed.probability!));
    expect(assessed.verdict).toBe('unrealistic');
    expect(goals.cell(added.row, 'Verdict')).toBe(lang === 'fr' ? 'irréaliste' : 'unrealistic');
    expect(assessed.suggestedTarget).not.toBeNull();
    expect(Number(goals.cell(added.row, 'Suggested target', 'Cible suggérée'))).toBe(assessed.suggestedTarget);
    // The window's note first, as in Check goals' notes (the wizard's dates short); the chart is the months' totals.
    expect(assessed.reasons[0]).toMatch(lang === 'fr' ? /^Par mois\u202f: jugé sur la période du 1er juin 2027 au 30 juin 2027 seule/ : /^Per month: judged on Jun 1, 2027 – Jun 30, 2027 alone/);
    expect(assessed.history.length).toBeGreaterThan(10);
    expect(assessed.history.every((p) => p.value > 150_000)).toBe(true);
    // The Review step's Achievable criterion says what the A column says, with the same chance.
    const achievable = evaluated.criteria.find((c) => c.id === 'achievable')!;
    expect(achievable.statusLabel).toBe(goals.cell(added.row, 'A – Achievable', 'A – Atteignable'));
    expect(notes.toLowerCase()).toContain(achievable.message.toLowerCase().replace(/\.$/, ''));
  });

  // An amount of money per month to reach: the month's figure's rise per month, as REQUIREDPACE gives it (review 21).
  it('asks the pace the report’s Required pace column gives the row: the month’s rise, per month', () => {
    // Whole, as the weekly figures' tab shows its amounts (mend51a, ruling 7; surf51 showed cents).
    expect(reportPace).toBe(lang === 'fr' ? '+12\u202f749\u00a0€ (+5,2\u202f%) par mois' : '+$12,749 (+5.2%) per month');
    expect(assessed.paceText).toBe(reportPace);
  });

  it('plans the month bottom-up as Check goals does, capacity and coverage per month', () => {
    expect(plan.available).toBe(true);
    expect(Number(goals.cell(added.row, 'Bottom-up chance', 'Chance par les inducteurs'))).toBe(chanceForCell(plan.bottomUp!.probability));
    // A month's revenue, around 200,000, not a week's (≈ 50,000) nor 32 weeks' (≈ 1.5 million).
    expect(plan.bottomUp!.range.median).toBeGreaterThan(150_000);
    expect(plan.bottomUp!.range.median).toBeLessThan(260_000);
    expect(plan.capacityText).toMatch(lang === 'fr' ? / par commercial et par mois = .+ par mois \(/ : / per rep and month = .+ a month \(/);
    expect(plan.coverageText).toMatch(lang === 'fr' ? / des 300\u202f000\u00a0\S+ par mois attendus à l’échéance/ : / of the \S*300,000\S* a month needed at the deadline/);
    // The drivers are planned in the tab's weeks: a volume's target says so, beside the monthly target.
    const leads = plan.drivers.find((d) => d.unit === 'count')!;
    expect(leads.window).toBe(lang === 'fr' ? 'par semaine, à l’échéance' : 'per week, at the deadline');
    expect(notes).toContain(plan.capacityText!);
    expect(notes).toContain(plan.coverageText!);
    expect(notes).toContain(plan.summary!);
  });
});
