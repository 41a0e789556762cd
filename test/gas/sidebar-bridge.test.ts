/**
 * google.script.run's rules (src/local/script-run.ts) and the sidebar's
 * server calls under them: absurd targets and far deadlines on every KPI of
 * the example workbook still return plain data with finite numbers only.
 */
import type { AddGoalResponse, AssessResponse, GoalDraft, SidebarContext } from '../../src/core/api';
import { addDays } from '../../src/core/dates';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { bridged, callThroughBridge, scriptRunTransfer, ScriptRunViolation, transferParameters } from '../../src/local/script-run';

describe('google.script.run transfer rules (as Google documents them)', () => {
  it('passes primitives, null, plain objects and arrays, as a copy', () => {
    const value = { a: 1, b: 'x', c: [true, null, { d: -0.5 }] };
    const sent = transferParameters('f', [value]);
    expect(sent).toEqual([value]);
    expect(sent[0]).not.toBe(value);
  });

  it('fails a request carrying a Date, a function, a non-finite number, a non-plain object or a circular reference, at any depth', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    class Draft {
      x = 1;
    }
    for (const bad of [new Date(), () => 1, Number.NaN, Infinity, -Infinity, new Map(), new Draft(), /x/, circular, Symbol('s'), BigInt(1)]) {
      expect(() => transferParameters('f', [{ deep: [bad] }])).toThrow(ScriptRunViolation);
    }
  });

  it('turns undefined in an array into null and leaves an undefined property out', () => {
    expect(transferParameters('f', [[undefined, 1], { a: undefined, b: 2 }])).toEqual([[null, 1], { b: 2 }]);
  });

  it('delivers a return value holding a Date as null, and reports it', () => {
    const result = scriptRunTransfer({ when: new Date(), n: 1 }, 'return');
    expect(result.value).toBeNull();
    expect(result.violations).toHaveLength(1);
    expect(scriptRunTransfer(undefined, 'return').value).toBeNull();
  });

  it('a strict call fails on a return value google.script.run would mangle; a lenient one delivers what Google would', () => {
    const server = { call: <T>(name: string): T => (name === 'nan' ? { p: Number.NaN } : { when: new Date() }) as T };
    expect(() => callThroughBridge(server, 'nan', [])).toThrow(/NaN is not a finite number/);
    expect(() => callThroughBridge(server, 'date', [])).toThrow(/Date/);
    const seen: string[] = [];
    expect(callThroughBridge(server, 'date', [], { strict: false, onViolation: (e) => seen.push(e.message) })).toBeNull();
    expect(seen).toHaveLength(1);
  });
});

describe('sidebarAssess with absurd targets and far deadlines returns finite numbers only', () => {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US' });
  const addon = bridged(loadAddon(emulator.globals));
  addon.call('menuInsertExampleWorkbook');
  const context = addon.call<SidebarContext>('sidebarGetContext');

  it('a target of 1e300 on a count KPI: a probability, not NaN', () => {
    const accounts = context.series.find((s) => s.unit === 'count' || /accounts/i.test(s.name));
    expect(accounts).toBeDefined();
    const result = addon.call<AssessResponse>('sidebarAssess', { seriesId: accounts?.id ?? null, sheetName: accounts?.sheetName ?? null, catalogId: accounts?.kpiId ?? null, baseline: null, direction: 'increase', target: 1e300, deadline: addDays(context.today, 90) });
    expect(Number.isFinite(result.probability)).toBe(true);
    expect(result.probabilityText).not.toMatch(/NaN/);
    expect(result.verdict).toBe('unrealistic');
  });

  const targets = [1e300, -1e300, 1e-300, 0, Number.MAX_VALUE];
  const deadlines = (today: string) => [addDays(today, 1), addDays(today, 3650), addDays(today, 3700), '9999-12-30', '9999-12-31'];

  // Called while the suite is collected (no per-test timeout on a busy machine); a bridge violation is recorded as the answer.
  const answers = context.series.map((series) => {
    const found: string[] = [];
    for (const target of targets) {
      for (const deadline of deadlines(context.today)) {
        for (const direction of ['increase', 'decrease'] as const) {
          try {
            const result = addon.call<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction, target, deadline });
            if (result.reasons.length === 0) found.push(`${target} ${deadline} ${direction}: no reason`);
            if (/NaN|Infinity|undefined/.test(JSON.stringify(result))) found.push(`${target} ${deadline} ${direction}: ${JSON.stringify(result).slice(0, 300)}`);
          } catch (error) {
            found.push(`${target} ${deadline} ${direction}: ${String(error)}`);
          }
        }
      }
    }
    return [series.name, found] as const;
  });

  it.each(answers)('%s: every target and deadline answers through the bridge', (_name, found) => {
    expect(found).toEqual([]);
  });

  it('a deadline past the forecast horizon or on 31/12/9999 gets its own message', () => {
    const series = context.series[0];
    const far = addon.call<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction: 'increase', target: 1, deadline: '3000-01-01' });
    expect(far.verdict).toBe('insufficient-data');
    expect(far.reasons[0]).toMatch(/beyond the forecast horizon: at most 10 years after the latest data point/);
    const open = addon.call<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction: 'increase', target: 1, deadline: '9999-12-31' });
    expect(open.reasons[0]).toMatch(/no end date/);
  });
});

describe('a KPI tab of absurd values still reaches the sidebar as plain, finite data', () => {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US' });
  const addon = bridged(loadAddon(emulator.globals));
  const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const tab = ss.insertSheet('Huge');
  const rows: Array<[Date, number]> = Array.from({ length: 30 }, (_, i) => [new Date(Date.UTC(2026, 0, 5 + 7 * i)), i % 3 === 0 ? 1e308 : i % 3 === 1 ? -1e308 : 1e-300]);
  tab.getRange(1, 1, 1, 2).setValues([['Week', 'Value']]);
  tab.getRange(2, 1, rows.length, 2).setValues(rows);
  let context: SidebarContext | null = null;
  let answers: Array<AssessResponse | string> = [];
  try {
    context = addon.call<SidebarContext>('sidebarGetContext');
    const series = context.series.find((s) => s.sheetName === 'Huge');
    answers = [1e308, 0, -1e308].map((target) => {
      try {
        return addon.call<AssessResponse>('sidebarAssess', { seriesId: series?.id ?? null, sheetName: 'Huge', catalogId: null, baseline: null, direction: 'increase', target, deadline: addDays(context?.today ?? '2026-11-26', 90) });
      } catch (error) {
        return String(error);
      }
    });
  } catch (error) {
    answers = [String(error)];
  }

  it('the context lists the series with finite summaries', () => {
    expect(context?.series.map((s) => s.sheetName)).toContain('Huge');
  });

  it('assessing it answers (a verdict or a readable refusal), never a bridge violation', () => {
    for (const answer of answers) {
      if (typeof answer === 'string') expect(answer).not.toMatch(/ScriptRunViolation|google\.script\.run/);
      else expect(answer.reasons.length).toBeGreaterThan(0);
    }
  });
});

/**
 * Review 5, F6: sidebarAddGoal validates on the server, whatever the page sent, and refuses with a localized
 * sentence (the wizard shows a failed call's message: src/sidebar/ui.ts describeError) before writing anything.
 */
describe.each([
  ['en_US', 'Goals', /^Parent goal "ZZ9" is not in the ID column\.$/, /^The deadline \(January 1, 2026\) is before \w+ \d+, \d{4}\.$/, /^This KPI series no longer exists in the spreadsheet\.$/, /^Already in the goals table, row (\d+): nothing added\.$/],
  ['fr_FR', 'Objectifs', /^L’objectif parent «\u202fZZ9\u202f» n’est pas dans la colonne ID\.$/, /^L’échéance \(1er janvier 2026\) précède le \d+ \p{L}+ \d{4}\.$/u, /^Cette série d’indicateur n’existe plus dans le classeur\.$/, /^Déjà dans le tableau des objectifs, ligne (\d+)\u202f: rien n’a été ajouté\.$/],
] as const)('sidebarAddGoal refuses rows that do not hold together (%s)', (locale, goalsTab, noParent, early, noTab, twice) => {
  const setup = () => {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
    const addon = bridged(loadAddon(emulator.globals));
    addon.call('menuInsertExampleWorkbook');
    const context = addon.call<SidebarContext>('sidebarGetContext');
    const series = context.series.find((s) => s.kpiId === 'close_rate')!;
    const draft: GoalDraft = {
      kpi: { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, name: series.name, unit: series.unit, aggregation: series.aggregation, lowerIsBetter: series.lowerIsBetter },
      baseline: series.recentAverage,
      direction: 'increase',
      targetMode: 'level',
      target: 0.3,
      change: null,
      start: null,
      deadline: addDays(context.today, 60),
      owner: 'Alice',
      levers: '',
      notes: '',
      parentId: null,
      statement: locale === 'fr_FR' ? 'Porter le taux de conclusion à 30 % dans deux mois' : 'Raise the close rate to 30% in two months',
    };
    const rows = () => emulator.spreadsheet.getSheetByName(goalsTab)!.getLastRow();
    const add = (d: GoalDraft) => addon.call<AddGoalResponse>('sidebarAddGoal', { draft: d, targetLevel: 0.3 });
    return { emulator, draft, rows, add, sheetName: series.sheetName };
  };

  it('a parent that is not in the table, a deadline already past, a deleted KPI tab: refused, nothing written', () => {
    const { emulator, draft, rows, add, sheetName } = setup();
    const before = rows();
    expect(() => add({ ...draft, parentId: 'ZZ9' })).toThrow(noParent);
    expect(() => add({ ...draft, deadline: '2026-01-01' })).toThrow(early);
    const sheet = emulator.spreadsheet.getSheetByName(sheetName)!;
    (emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).deleteSheet(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet);
    expect(() => add(draft)).toThrow(noTab);
    expect(rows()).toBe(before);
  });

  it('the same draft twice: the second is refused, naming the row of the first', () => {
    const { draft, rows, add } = setup();
    const first = add(draft);
    const after = rows();
    let message = '';
    try {
      add(draft);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(twice);
    expect(Number(twice.exec(message)![1])).toBe(first.row);
    expect(rows()).toBe(after);
  });

  it('review 6, M1: the same draft beside a row of a Region column the user filled is another goal (North, then the rest)', () => {
    const { emulator, draft, rows, add } = setup();
    const sheet = emulator.spreadsheet.getSheetByName(goalsTab)!;
    const first = add(draft);
    const region = sheet.getLastColumn() + 1;
    sheet.getRange(1, region).setValue(locale === 'fr_FR' ? 'Région' : 'Region');
    sheet.getRange(first.row, region).setValue(locale === 'fr_FR' ? 'Nord' : 'North');
    const second = add(draft);
    expect(second.row).toBe(first.row + 1);
    expect(rows()).toBe(first.row + 1);
    expect(() => add(draft)).toThrow(twice);
  });
});

/**
 * Review 6, L4: Add goal's duplicate check reads the table's dates in the spreadsheet locale's order: a deadline
 * retyped as text "04/03/2027" is 4 March in en_GB (and 3 April in en_US), so the same draft is refused.
 */
describe.each([
  ['en_GB', (iso: string) => `'${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, /^Already in the goals table, row (\d+): nothing added\.$/],
  ['en_US', (iso: string) => `'${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`, /^Already in the goals table, row (\d+): nothing added\.$/],
] as const)('sidebarAddGoal: a deadline retyped as text is still the same goal (%s)', (locale, typed, twice) => {
  it('the second draft is refused, nothing written', () => {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
    const addon = bridged(loadAddon(emulator.globals));
    addon.call('menuInsertExampleWorkbook');
    const context = addon.call<SidebarContext>('sidebarGetContext');
    const series = context.series.find((s) => s.kpiId === 'close_rate')!;
    // The 4th of a month two months or so after the add-on's today (a fixed date would pass into the past): a day of 12
    // or less that is not the month's number, so the en_US and en_GB readings of the retyped text differ.
    const ahead = addDays(context.today, 60);
    const deadline = `${ahead.slice(0, 8)}${ahead.slice(5, 7) === '04' ? '03' : '04'}`;
    const draft: GoalDraft = {
      kpi: { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, name: series.name, unit: series.unit, aggregation: series.aggregation, lowerIsBetter: series.lowerIsBetter },
      baseline: series.recentAverage,
      direction: 'increase',
      targetMode: 'level',
      target: 0.3,
      change: null,
      start: null,
      deadline,
      owner: 'Alice',
      levers: '',
      notes: '',
      parentId: null,
      statement: `Raise the close rate to 30% by ${deadline}`,
    };
    const add = () => addon.call<AddGoalResponse>('sidebarAddGoal', { draft, targetLevel: 0.3 });
    const first = add();
    const goals = emulator.spreadsheet.getSheetByName('Goals')!;
    const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] as unknown[];
    const column = header.indexOf('Deadline') + 1;
    expect(column).toBeGreaterThan(0);
    goals.getRange(first.row, column).setValue(typed(deadline));
    expect(typeof goals.getRange(first.row, column).getValue()).toBe('string');
    const after = goals.getLastRow();
    expect(add).toThrow(twice);
    expect(goals.getLastRow()).toBe(after);
  });
});

/** Review 5, F8.7: an increase goal whose target is below the current level is met: said so, no negative pace. */
describe.each([
  ['en_US', /^Already met — the KPI is at .+, the target .+\.$/],
  ['fr_FR', /^Déjà atteint\u00a0— l’indicateur est à .+, la cible à .+\.$/],
] as const)('sidebarAssess on a target already met (%s)', (locale, met) => {
  it('says met, with no pace', () => {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
    const addon = bridged(loadAddon(emulator.globals));
    addon.call('menuInsertExampleWorkbook');
    const context = addon.call<SidebarContext>('sidebarGetContext');
    const pipeline = context.series.find((s) => s.unit === 'currency' && s.aggregation === 'level')!;
    expect(pipeline).toBeDefined();
    const request = { seriesId: pipeline.id, sheetName: pipeline.sheetName, catalogId: pipeline.kpiId, baseline: null, direction: 'increase', target: 10, deadline: addDays(context.today, 90) };
    const response = addon.call<AssessResponse>('sidebarAssess', request);
    expect(response.paceText).toBeNull();
    expect(response.reasons[0]).toMatch(met);
  });
});
