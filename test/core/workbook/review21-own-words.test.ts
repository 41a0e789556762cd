/**
 * Review 21, finding 5: with no KPI tab for it, « Réduire le churn de 45 % à 20 % » got « Aucun onglet d’indicateur
 * trouvé pour « Attrition » », and the report's KPI column said « Attrition », where the user wrote « churn »: the KPI
 * is named in the user's own words, as SMARTCHECK names it (`ownWordsKpi`).
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { buildPlanReport } from '../../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Lang } from '../../../src/core/types';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';

const TODAY = '2026-12-03';

function run(lang: Lang, goals: string[][]) {
  const sheets = [{ name: lang === 'fr' ? 'Objectifs' : 'Goals', values: goals }];
  const model = buildWorkbookModel(sheets, { lang, catalog: KPI_CATALOG });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
  return { check, plan: buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang }) };
}

describe('a KPI without a tab is named in the user’s words', () => {
  it.each([
    ['fr', 'Réduire le churn de 45 % à 20 % d’ici fin mars 2027', 'Aucun onglet d’indicateur trouvé pour «\u202fchurn\u202f»', 'churn'],
    // The catalog's own word, capitalised as its label.
    ['en', 'Cut churn from 45% to 20% by end of March 2027', 'No KPI tab found for "Churn"', 'Churn'],
    ['en', 'Raise the win rate from 25% to 30% by end of March 2027', 'No KPI tab found for "win rate"', 'win rate'],
  ] as const)('%s: %s', (lang, statement, note, name) => {
    const { check, plan } = run(lang, [['ID', lang === 'fr' ? 'Objectif' : 'Goal'], ['G1', statement]]);
    expect(check.checks[0].notes.join(' ')).toContain(note);
    expect(check.checks[0].kpiName).toBe(name);
    expect(plan.goals[0].kpiName).toBe(name);
  });

  it('near misses: the KPI column the user typed wins; the catalog label when the sentence names the KPI only by inference', () => {
    const typed = run('fr', [['ID', 'Objectif', 'KPI'], ['G1', 'Réduire le churn de 45 % à 20 % d’ici fin mars 2027', 'Attrition clients']]);
    expect(typed.check.checks[0].notes.join(' ')).toContain('«\u202fAttrition clients\u202f»');
    // "20 deals": a bare head noun of a longer label names the KPI less well than its label.
    const inferred = run('en', [['ID', 'Goal'], ['G1', 'Close 20 deals by end of March 2027']]);
    expect(inferred.check.checks[0].kpiName).toBe('Deals closed');
  });
});
