/**
 * Review 21, finding 6: « 1 valeur en erreur ou en texte (ligne 17), laissée de côté » was repeated on every goal that
 * uses that tab. A tab's rows left out are said once per tab, in Check goals' notes of the first goal (by row) that uses
 * it; the other goals on that tab are judged the same way without it.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Lang } from '../../../src/core/types';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';

const TODAY = '2026-12-03';

/** Twenty weeks of leads, one value typed as text on sheet row 17. */
function leadRows(): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [['Week', 'Leads']];
  for (let i = 0; i < 20; i++) rows.push([`2026-${String(7 + Math.floor(i / 4)).padStart(2, '0')}-${String(1 + 7 * (i % 4)).padStart(2, '0')}`, 100 + i]);
  rows[16][1] = 'n/a';
  return rows;
}

const CASES = {
  fr: { goals: [['ID', 'Objectif'], ['G1', 'Atteindre 150 leads par semaine d’ici fin mars 2027'], ['G2', 'Atteindre 140 leads par semaine d’ici fin juin 2027'], ['G3', 'Atteindre 160 leads par semaine d’ici fin septembre 2027']], note: /^Onglet «\u202fLeads\u202f»\u202f: 1 valeur en erreur ou en texte \(ligne 17\), laissée de côté/ },
  en: { goals: [['ID', 'Goal'], ['G1', 'Reach 150 leads per week by end of March 2027'], ['G2', 'Reach 140 leads per week by end of June 2027'], ['G3', 'Reach 160 leads per week by end of September 2027']], note: /^Tab “Leads”: 1 value in error or text \(row 17\), left out/ },
} as const;

describe.each(['fr', 'en'] as const)('rows left out of a tab, said once (%s)', (lang: Lang) => {
  const { goals, note } = CASES[lang];
  const sheets = [
    { name: lang === 'fr' ? 'Objectifs' : 'Goals', values: goals.map((r) => [...r]) },
    { name: 'Leads', values: leadRows() },
  ];
  const model = buildWorkbookModel(sheets, { lang, catalog: KPI_CATALOG });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });

  it('on the first goal using the tab only', () => {
    const said = check.checks.map((c) => c.notes.filter((n) => note.test(n)).length);
    expect(said).toEqual([1, 0, 0]);
    // Every goal is still judged on that tab.
    expect(check.checks.every((c) => c.probability !== null)).toBe(true);
  });

  it('on the first goal by row whichever goal is checked first (priority rows)', () => {
    const again = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS, priorityRows: new Set([model.goals[2].row]) });
    expect(again.checks.map((c) => c.notes.filter((n) => note.test(n)).length)).toEqual([1, 0, 0]);
  });
});
