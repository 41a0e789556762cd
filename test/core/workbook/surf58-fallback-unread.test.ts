/**
 * surf58 (item 3): a row whose sentence breaks the analysis is merged again from its columns alone (`mergeGoalSafely`'s
 * fallback). That second pass now gets the tabs Check goals could not read (`WorkbookModel.unreadTabs`), as the first
 * does, so a KPI column naming an empty tab is said as such — not a label judged on nothing ("No KPI tab found"). No
 * input found makes the analysis throw through the bundle (a Start in December 9999, "in 9000 years", a Deadline of
 * 31 December 9999 all read cleanly), so the break is simulated here: the analyzer throws on sentences marked BREAK.
 * The wizard's family check (family.ts) reads no KPI tab at all (no series: nothing can link), so it has none to pass.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook, mergeGoalSafely } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { CellValue } from '../../../src/core/workbook/types';

jest.mock('../../../src/core/statement', () => {
  const actual = jest.requireActual<typeof import('../../../src/core/statement')>('../../../src/core/statement');
  return {
    ...actual,
    analyzeStatement: (...args: Parameters<typeof actual.analyzeStatement>) => {
      if (String(args[0]).includes('BREAK')) throw new TypeError('simulated');
      return actual.analyzeStatement(...args);
    },
  };
});

const TODAY = '2026-11-26';

describe.each([
  { lang: 'en' as const, goals: 'Goals', header: ['ID', 'Goal', 'KPI', 'Target', 'Deadline'], empty: 'The “Empty” tab is empty', failed: 'This row could not be fully checked', generic: /No KPI tab found|names no tab/ },
  { lang: 'fr' as const, goals: 'Objectifs', header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Échéance'], empty: 'L’onglet «\u202fEmpty\u202f» est vide', failed: 'Cette ligne n’a pas pu être entièrement vérifiée', generic: /Aucun onglet d’indicateur trouvé|ne nomme aucun onglet/ },
])('surf58: the fallback merge knows the unread tabs ($lang)', (c) => {
  const example = buildExampleWorkbook(c.lang, TODAY);
  const accounts = example.sheets.find((s) => /^(New accounts|Nouveaux comptes)$/.test(s.name))!;
  const rows: CellValue[][] = [c.header, ['B1', 'Win 30 new accounts BREAK', 'Empty', 30, '2027-03-31'], ['B2', 'Win 30 new accounts BREAK', accounts.name, 30, '2027-03-31']];
  const model = buildWorkbookModel(
    [
      { name: c.goals, values: rows },
      { name: accounts.name, values: accounts.rows },
      { name: 'Empty', values: [['Week', 'Deals'], [null, null]] },
    ],
    { lang: c.lang, catalog: KPI_CATALOG },
  );
  const options = { today: TODAY, lang: c.lang, settings: DEFAULT_SETTINGS };
  const checks = new Map(checkWorkbook(model, options).checks.map((check) => [check.id, check]));
  const notes = (id: string): string => checks.get(id)!.notes.join(' ');

  it('the fallback pass links the empty tab to nothing, not as a label of no tab', () => {
    const merged = mergeGoalSafely(model.goals[0], model.series, options, model.unreadTabs);
    expect(merged.failure).toContain(c.failed);
    expect(merged.series).toBeNull();
    expect(merged.choice?.label).toBeUndefined();
  });

  it('Check goals says the row failed and that its KPI column names an empty tab, never the generic note', () => {
    expect(notes('B1')).toContain(c.failed);
    expect(notes('B1').replace(/\u00a0/g, ' ')).toContain(c.empty.replace(/\u00a0/g, ' '));
    expect(notes('B1')).not.toMatch(c.generic);
    expect(checks.get('B1')!.probability).toBeNull();
  });

  it('a fallback row whose KPI column names a tab of data is still judged on it', () => {
    expect(notes('B2')).toContain(c.failed);
    expect(checks.get('B2')!.probability).not.toBeNull();
  });
});
