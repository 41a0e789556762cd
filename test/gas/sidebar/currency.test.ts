/**
 * Amounts in the wizard are written in the currency the sheet shows (review defect: "Increase the
 * revenue from €158,500…" beside a cell showing $158,500). Through the BUILT add-on on the emulator:
 * a "$"-formatted Revenue tab in an English and in a French spreadsheet, and a catalog KPI without a
 * tab (the spreadsheet locale's currency, or none).
 */
import type { AddDriverGoalsResponse, AssessResponse, DriverPlanView, GoalDraft, SidebarContext } from '../../../src/core/api';
import { addDays } from '../../../src/core/dates';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { generateSentence } from '../../../src/sidebar/sentence';
import { choiceFromCatalog, choiceFromSeries, driverGoalDrafts, emptyDraft } from '../../../src/sidebar/steps';
import type { Lang } from '../../../src/core/types';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The example workbook; `dollars` reformats its Sales tab's amounts as "$#,##0" (a French sheet kept in dollars). */
function workbook(locale: string, dollars = false) {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
  const addon = bridged(loadAddon(emulator.globals));
  addon.call('menuInsertExampleWorkbook');
  if (dollars) {
    const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const sales = ss.getSheetByName('Sales') ?? ss.getSheetByName('Ventes');
    if (!sales) throw new Error('no sales tab');
    sales.getRange(2, 2, sales.getLastRow() - 1, sales.getLastColumn() - 1).setNumberFormat('$#,##0');
  }
  const context = addon.call<SidebarContext>('sidebarGetContext');
  const revenue = context.series.find((s) => s.kpiId === 'revenue');
  if (!revenue?.latest) throw new Error('no revenue series');
  return { addon, context, revenue };
}

function revenueDraft(context: SidebarContext, revenue: SidebarContext['series'][number], lang: Lang): GoalDraft {
  const draft: GoalDraft = { ...emptyDraft(), kpi: choiceFromSeries(revenue), baseline: 158500, target: 180000, deadline: addDays(context.today, 120), owner: 'Alice' };
  return { ...draft, statement: generateSentence(draft, lang) };
}

describe('a $-formatted Revenue tab in an English spreadsheet', () => {
  const { addon, context, revenue } = workbook('en_US');
  const draft = revenueDraft(context, revenue, 'en');

  it('reaches the wizard with its currency, and the sentence is written in dollars', () => {
    expect(revenue.currency).toBe('$');
    expect(context.currency).toBe('USD');
    expect(draft.kpi?.currency).toBe('$');
    expect(draft.statement).toMatch(/^Increase revenue from \$158,500 to \$180,000 by /);
  });

  it('writes the forecast readouts (suggested target, pace) in dollars', () => {
    const result = addon.call<AssessResponse>('sidebarAssess', { seriesId: revenue.id, sheetName: revenue.sheetName, catalogId: revenue.kpiId, baseline: 158500, direction: 'increase', target: 900000, deadline: draft.deadline });
    expect(result.suggestedTargetText).toMatch(/^\$[\d,]+$/);
    expect(`${result.paceText} ${result.reasons.join(' ')}`).not.toContain('€');
  });

  it('writes the plan and the driver goals in dollars, and Add driver goals lands them so', () => {
    const view = addon.call<DriverPlanView>('sidebarPlanDrivers', { seriesId: revenue.id, sheetName: revenue.sheetName, catalogId: revenue.kpiId, kpiName: revenue.name, direction: 'increase', target: 180000, deadline: draft.deadline, aggregation: revenue.aggregation });
    expect(view.available).toBe(true);
    expect(JSON.stringify(view)).not.toContain('€');
    const deal = view.drivers.find((d) => d.unit === 'currency');
    expect(deal?.currency).toBe('$');
    expect(deal?.requiredText).toMatch(/^\$/);
    const goals = driverGoalDrafts(draft, view, 'en');
    const dealGoal = goals.find((g) => g.kpi === deal?.name);
    expect(dealGoal?.statement).toMatch(/\$[\d,]+ (by|or better)/);
    const added = addon.call<AddDriverGoalsResponse>('sidebarAddDriverGoals', { parent: { draft, targetLevel: 180000 }, parentId: null, goals, owner: 'Alice', deadline: draft.deadline });
    expect(added.added.length).toBe(goals.length);
    const written = addon.call<SidebarContext>('sidebarGetContext');
    expect(JSON.stringify(written.goals.slice(-goals.length - 1))).not.toContain('€');
  });
});

describe('a $-formatted Revenue tab in a French spreadsheet', () => {
  const { addon, context, revenue } = workbook('fr_FR', true);

  it('writes dollars the French way: "158 500 $", though the locale’s currency is the euro', () => {
    expect(context.currency).toBe('EUR');
    expect(revenue.currency).toBe('$');
    const draft = revenueDraft(context, revenue, 'fr');
    expect(draft.statement).toContain(`de 158${NNBSP}500${NBSP}$ à 180${NNBSP}000${NBSP}$ d’ici`);
    const view = addon.call<DriverPlanView>('sidebarPlanDrivers', { seriesId: revenue.id, sheetName: revenue.sheetName, catalogId: revenue.kpiId, kpiName: revenue.name, direction: 'increase', target: 180000, deadline: draft.deadline, aggregation: revenue.aggregation });
    expect(JSON.stringify(view)).not.toContain('€');
  });
});

describe('a catalog KPI without a tab', () => {
  const catalogRevenue = { id: 'revenue', label: 'Revenue', unit: 'currency' as const, aggregation: 'level' as const, lowerIsBetter: false };
  const sentence = (currency: string | null, lang: Lang) =>
    generateSentence({ ...emptyDraft(), kpi: choiceFromCatalog(catalogRevenue, currency), baseline: 158500, target: 180000, deadline: '2027-03-31' }, lang);

  it('takes the spreadsheet locale’s currency', () => {
    expect(sentence(workbook('en_US').context.currency ?? null, 'en')).toBe('Increase revenue from $158,500 to $180,000 by 31 March 2027.');
    expect(sentence(workbook('fr_FR').context.currency ?? null, 'fr')).toContain(`de 158${NNBSP}500${NBSP}€ à`);
    expect(sentence(workbook('en_GB').context.currency ?? null, 'en')).toContain('from £158,500 to £180,000');
  });

  it('writes no sign when the locale names no currency', () => {
    const { context } = workbook('en');
    expect(context.currency).toBeNull();
    expect(sentence(context.currency ?? null, 'en')).toBe('Increase revenue from 158,500 to 180,000 by 31 March 2027.');
  });
});
