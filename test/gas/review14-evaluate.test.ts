/**
 * Review 14, through the built bundle: the wizard's review step (`sidebarEvaluate`) names the KPI chosen on the KPI
 * step ("Nouveaux comptes", the example workbook's tab), not the catalog's label (« Comptes conclus »), and agrees the
 * French verb with a plural name — the Goals tab's KPI column and the plan report say "Nouveaux comptes" too.
 */
import type { EvaluateResponse, GoalDraft, SidebarContext } from '../../src/core/api';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

function evaluateOnAccounts(locale: string, text: string, tamper: (draft: GoalDraft) => GoalDraft = (d) => d): EvaluateResponse {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
  const addon = bridged(loadAddon(emulator.globals));
  addon.call('menuInsertExampleWorkbook');
  const context = addon.call<SidebarContext>('sidebarGetContext');
  const series = context.series.find((s) => s.kpiId === 'deals_closed');
  if (!series) throw new Error('no new-accounts series');
  const draft: GoalDraft = {
    kpi: { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, name: series.name, ...(series.grammar ? { grammar: series.grammar } : {}), unit: series.unit, aggregation: series.aggregation, lowerIsBetter: series.lowerIsBetter },
    baseline: null,
    direction: 'increase',
    targetMode: 'level',
    target: 60,
    change: null,
    start: null,
    deadline: '2027-03-31',
    owner: '',
    levers: '',
    notes: '',
    parentId: null,
    statement: text,
  };
  return addon.call<EvaluateResponse>('sidebarEvaluate', { text, draft: tamper(draft), targetLevel: 60 });
}

const message = (result: EvaluateResponse, id: string): string => result.criteria.find((c) => c.id === id)?.message ?? '';

describe('sidebarEvaluate names the KPI the user chose', () => {
  it('French: « Nouveaux comptes », plural verb', () => {
    const result = evaluateOnAccounts('fr_FR', 'Atteindre 60 nouveaux comptes d’ici le 31 mars 2027.');
    expect(message(result, 'specific')).toBe('Nomme le KPI (nouveaux comptes) et le sens (augmenter).');
    expect(message(result, 'relevant')).toBe('Les nouveaux comptes sont un KPI suivi par l’entreprise.');
  });

  it('English: "New accounts"', () => {
    const result = evaluateOnAccounts('en_US', 'Reach 60 new accounts by March 31, 2027.');
    expect(message(result, 'specific')).toBe('Names the KPI (New accounts) and the direction (increase).');
    expect(message(result, 'relevant')).toBe('New accounts is a KPI the business tracks.');
  });

  it('a grammar the page should not send is ignored, not trusted', () => {
    const result = evaluateOnAccounts('fr_FR', 'Atteindre 60 nouveaux comptes d’ici le 31 mars 2027.', (d) => ({ ...d, kpi: d.kpi && { ...d.kpi, grammar: 'xx' as never } }));
    expect(message(result, 'specific')).toBe('Nomme le KPI (nouveaux comptes) et le sens (augmenter).');
    expect(message(result, 'relevant')).toBe('Les nouveaux comptes sont un KPI suivi par l’entreprise.');
  });
});
