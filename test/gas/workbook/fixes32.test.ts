/**
 * Content findings of review 10 (fixes32), through the BUILT add-on (dist/Code.js) on the emulator where they are what
 * users read, and on core where the rule lives.
 */
import type { AssessResponse, SidebarContext } from '../../../src/core/api';
import { lessAmbitious } from '../../../src/core/achievability';
import { t } from '../../../src/core/messages';
import { translator } from '../../../src/core/messages/translate';
import { harness } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The example workbook's plan report, as displayed. */
const goalsTabs = new Map<string, Sheet>();
function exampleReport(locale: string, lang: string): string[][] {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  h.run('insertExampleWorkbook');
  h.run('checkGoals');
  const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
  // Check goals wrote the same check's columns on the Goals tab.
  goalsTabs.set(locale, h.emulator.spreadsheet.getSheetByName(lang === 'fr' ? 'Objectifs' : 'Goals') as Sheet);
  return (h.emulator.spreadsheet.getSheetByName(sheetName) as Sheet).getDataRange().getDisplayValues();
}

const reports = new Map<string, string[][]>();
function report(locale: 'fr_FR' | 'en_US'): string[][] {
  if (!reports.has(locale)) reports.set(locale, exampleReport(locale, locale.slice(0, 2)));
  return reports.get(locale) as string[][];
}

/** The rows of one goal's block in the Recommendations section. */
function recommendation(values: string[][], heading: string, id: string): string[][] {
  const start = values.findIndex((r) => r[0] === heading);
  const first = values.findIndex((r, i) => i > start && r[0] === id);
  // The goal's row, then its Problem and Fix rows.
  return values.slice(first + 1, first + 3);
}

describe('K1 (F1): a French clause after a colon keeps goal IDs and names as typed', () => {
  const tr = translator({ en: { m: '{c}: {x}' }, fr: { m: '{c}\u202f: {x!}' } });
  it.each([
    ['Seulement 2 points', 'seulement 2 points'],
    ['S-Q1, S-Q2 totalisent 104', 'S-Q1, S-Q2 totalisent 104'],
    ['G1 dépasse', 'G1 dépasse'],
    ['KPI inconnu', 'KPI inconnu'],
    ['Équipe Nord dépasse', 'équipe Nord dépasse'],
  ])('fr: « %s » → « %s »', (text, clause) => {
    expect(tr('fr', 'm', { c: 'Pertinent', x: text })).toBe(`Pertinent\u202f: ${clause}`);
  });
  it('the caller keeps a value that starts with a name (« Équipe Nord »); English is never changed', () => {
    expect(tr('fr', 'm', { c: 'Pertinent', x: 'Équipe Nord dépasse' }, ['x'])).toBe('Pertinent\u202f: Équipe Nord dépasse');
    expect(tr('en', 'm', { c: 'Relevant', x: 'Only 2 points' })).toBe('Relevant: Only 2 points');
    expect(t('fr', 'check.note.criterion', { criterion: 'Pertinent', text: 'Équipe Nord dépasse' }, ['text'])).toBe('Pertinent\u202f: Équipe Nord dépasse');
  });

  it.each([
    ['fr_FR', 'Recommandations', 'Pertinent\u202f: S-Q1, S-Q2, S-Q3, S-Q4 (T1–T4) totalisent'],
    ['en_US', 'Recommendations', 'Relevant: S-Q1, S-Q2, S-Q3, S-Q4 (Q1–Q4) add up to'],
  ] as const)('%s report: the sum mismatch of S is said once, its IDs upper-case', (locale, heading, start) => {
    const rows = recommendation(report(locale), heading, 'S');
    const problem = rows[0][1];
    expect(rows[1][0]).toMatch(/^(Correction|Fix)$/);
    expect(problem.startsWith(start)).toBe(true);
    // Was said twice: the lower-cased copy (« s-Q1 ») no longer matched the alignment issue.
    expect(problem.split('S-Q4').length - 1).toBe(1);
    expect(problem).not.toMatch(/s-Q1/);
  });
});

describe('K2 (F2): a suggested target only when it asks less than the goal’s own', () => {
  it.each([
    // Raising a KPI: a higher "suggestion" is no suggestion.
    [0.308, 0.3, 'increase', null, false],
    [0.29, 0.3, 'increase', null, true],
    // Cutting one (churn, CAC): a lower "suggestion" asks more.
    [0.19, 0.2, 'decrease', null, false],
    [0.404, 0.2, 'decrease', null, true],
    // No direction: the target below the baseline is a cut.
    [0.404, 0.2, null, 0.45, true],
    [0.15, 0.2, null, 0.45, false],
  ] as const)('suggested %p for target %p (%s, baseline %p) → shown %p', (value, target, direction, baseline, shown) => {
    expect(lessAmbitious(value, target, direction, baseline)).toBe(shown);
  });

  it.each([
    ['fr_FR', 'Atteignabilité', 'Cible suggérée', '30,8%'],
    ['en_US', 'Achievability', 'Suggested target', '30.8%'],
  ] as const)('%s: G1 (stretch, 30 %% asked, 30.8 %% reachable) blank in the report and the Goals tab; G2 (50 %%) keeps 30.8 %%', (locale, section, header, g2) => {
    const values = report(locale);
    const start = values.findIndex((r) => r[0] === section);
    const column = values[start + 1].indexOf(header);
    const row = (id: string): string[] => values.find((r, i) => i > start && r[0] === id) as string[];
    expect(row('G1')[column]).toBe('');
    expect(row('G2')[column].replace(/\s/g, '')).toBe(g2.replace(/\s/g, ''));
    const goals = (goalsTabs.get(locale) as Sheet).getDataRange().getDisplayValues();
    const suggested = goals[0].indexOf(header);
    expect(suggested).toBeGreaterThan(0);
    expect(goals.find((r) => r[0] === 'G1')?.[suggested]).toBe('');
    expect(goals.find((r) => r[0] === 'G2')?.[suggested].replace(/\s/g, '')).toBe(g2);
  });

  it('an unrealistic money goal keeps its suggestion, in its KPI column’s money format (en_US)', () => {
    const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
    h.run('insertExampleWorkbook');
    const goals = h.emulator.spreadsheet.getSheetByName('Goals') as Sheet;
    const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] as string[];
    const row = (goals.getDataRange().getValues() as unknown[][]).findIndex((r) => r[0] === 'G5') + 1;
    goals.getRange(row, header.indexOf('Target') + 1).setValue(900000);
    h.run('checkGoals');
    const after = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] as string[];
    const cell = goals.getRange(row, after.indexOf('Suggested target') + 1);
    expect(goals.getRange(row, after.indexOf('Verdict') + 1).getDisplayValue()).toBe('unrealistic');
    expect(cell.getNumberFormat()).toBe('"$"#,##0');
    expect(cell.getDisplayValue()).toMatch(/^\$\d{1,3}(,\d{3})+$/);
    expect(cell.getValue()).toBeLessThan(900000);
  });
});

describe('K4 (F4): a duplicate goal’s fix', () => {
  it.each([
    ['fr_FR', 'Objectifs', 'Recommandations', 'Supprimez ou fusionnez cette copie de la ligne 4.', 'Corrigez les cellules'],
    ['en_US', 'Goals', 'Recommendations', 'Delete or merge this copy of row 4.', 'Correct the cells'],
  ] as const)('%s: delete or merge the duplicate, not “correct the cells”', (locale, tab, heading, fix, cells) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale });
    h.run('insertExampleWorkbook');
    const goals = h.emulator.spreadsheet.getSheetByName(tab) as Sheet;
    const values = goals.getDataRange().getValues() as unknown[][];
    const g3 = values.findIndex((r) => r[0] === 'G3');
    expect(g3 + 1).toBe(4);
    const last = goals.getLastRow();
    goals.getRange(last + 1, 1, 1, 11).setValues([values[g3].slice(0, 11)]);
    const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
    const report = (h.emulator.spreadsheet.getSheetByName(sheetName) as Sheet).getDataRange().getDisplayValues();
    const start = report.findIndex((r) => r[0] === heading);
    // The second G3 block of the recommendations is the duplicate's.
    const blocks = report.map((r, i) => (i > start && r[0] === 'G3' ? i : -1)).filter((i) => i >= 0);
    expect(blocks).toHaveLength(2);
    const rows = report.slice(blocks[1] + 1, blocks[1] + 3);
    expect(rows[0][1]).toContain(locale === 'fr_FR' ? 'Même objectif que la ligne 4.' : 'Same goal as row 4.');
    expect(rows[1][1]).toContain(fix);
    expect(rows[1][1]).not.toContain(cells);
  });
});

describe('K5 (F13): agreeing readings say what they agree on', () => {
  it.each([
    // On the verdicts' scale, at the current pace (fixes50: "unlikely" beside a realistic 15 % read as a contradiction).
    ['fr_FR', 'Les deux lectures\u202f: moins d’une chance sur deux au rythme actuel (5\u202f% et 6\u202f%).'],
    ['en_US', 'Both readings: less than even odds at the current pace (5% and 6%).'],
  ] as const)('%s: G5’s bottom-up check', (locale, text) => {
    // The bottom-up check's cell (the achievability table's G5 cell also holds two lines since fixes50: the verdict's line).
    const cell = report(locale).find((r) => r[0] === 'G5' && r[1].includes(' = '))?.[1] ?? '';
    expect(cell.split('\n')).toContain(text);
  });
});

describe('K6 (F16): a rate target of 300 % is a field error, not a verdict', () => {
  it('sidebarAssess marks it out of range, with its one reason', () => {
    const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
    h.run('insertExampleWorkbook');
    const context = h.run<SidebarContext>('sidebarGetContext');
    const rate = context.series.find((s) => s.kpiId === 'close_rate');
    if (!rate?.latest) throw new Error('no close rate series');
    const assessed = h.run<AssessResponse>('sidebarAssess', { seriesId: rate.id, sheetName: rate.sheetName, catalogId: rate.kpiId, baseline: rate.latest.value, direction: 'increase', target: 3, deadline: '2027-03-31' });
    expect(assessed.outOfRange).toBe(true);
    expect(assessed.reasons[0]).toMatch(/taux/i);
    const fine = h.run<AssessResponse>('sidebarAssess', { seriesId: rate.id, sheetName: rate.sheetName, catalogId: rate.kpiId, baseline: rate.latest.value, direction: 'increase', target: 0.3, deadline: '2027-03-31' });
    expect(fine.outOfRange).toBeFalsy();
  });
});

describe('K7 (F19): rates in a French workbook carry the French space in their format', () => {
  it.each([
    ['fr_FR', 'Cible suggérée', 'Taux de conclusion', '0.0"\u202f"%', '30,8\u202f%'],
    ['en_US', 'Suggested target', 'Close rate', '0.0%', '30.8%'],
  ] as const)('%s: the Goals tab’s suggested rate and the example’s KPI tab', (locale, header, tab, format, shown) => {
    report(locale);
    const goals = goalsTabs.get(locale) as Sheet;
    const column = (goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] as string[]).indexOf(header) + 1;
    const row = (goals.getDataRange().getValues() as unknown[][]).findIndex((r) => r[0] === 'G2') + 1;
    expect(goals.getRange(row, column).getNumberFormat()).toBe(format);
    expect(goals.getRange(row, column).getDisplayValue()).toBe(shown);
    const kpi = goals.getParent().getSheetByName(tab) as Sheet;
    expect(kpi.getRange(2, 2).getNumberFormat()).toBe(format);
  });
});
