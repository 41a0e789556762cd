/**
 * polish61, item c (audit61 e), through the BUILT bundle: French running text named a catalog KPI with its capital
 * mid-sentence — « Nomme le KPI (Chiffre d’affaires) » beside « Nomme le KPI (taux de transformation) » when the user's
 * own words were used. The lead's ruling: in French running text a label starts lower-case unless it starts with an
 * acronym or a proper noun (NPS, CAC, CSAT keep their capitals: `{kpi!}`, core/messages/translate.ts); English keeps
 * its label as it is; a label standing alone (a header, a chip, a chart title) keeps its capital in both languages.
 */
import type { EvaluateResponse, GoalDraft, SidebarContext } from '../../src/core/api';
import { evaluateStatement } from '../../src/core/statement';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

function specificLine(locale: string, kpiId: string, text: string): { line: string; name: string } {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
  const addon = bridged(loadAddon(emulator.globals));
  addon.call('menuInsertExampleWorkbook');
  const series = addon.call<SidebarContext>('sidebarGetContext').series.find((s) => s.kpiId === kpiId);
  if (!series) throw new Error(`no ${kpiId} series`);
  const draft: GoalDraft = {
    kpi: { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, name: series.name, ...(series.grammar ? { grammar: series.grammar } : {}), unit: series.unit, aggregation: series.aggregation, lowerIsBetter: series.lowerIsBetter },
    baseline: null,
    direction: 'increase',
    targetMode: 'level',
    target: 1_200_000,
    change: null,
    start: null,
    deadline: '2027-06-30',
    owner: '',
    levers: '',
    notes: '',
    parentId: null,
    statement: text,
  };
  const result = addon.call<EvaluateResponse>('sidebarEvaluate', { text, draft, targetLevel: 1_200_000 });
  return { line: result.criteria.find((c) => c.id === 'specific')?.message ?? '', name: series.name };
}

describe('a KPI label in running text', () => {
  it('French: lower-case mid-sentence (« Nomme le KPI (chiffre d’affaires) »), the chip keeps its capital', () => {
    const { line, name } = specificLine('fr_FR', 'revenue', 'Augmenter le chiffre d’affaires à 1,2 M€ d’ici le 30 juin 2027');
    expect(line).toBe('Nomme le KPI (chiffre d’affaires) et le sens (augmenter).');
    expect(name).toBe('Chiffre d’affaires');
  });

  it('English: the label as it is', () => {
    const { line } = specificLine('en_US', 'revenue', 'Increase revenue to $1.2M by June 30, 2027');
    expect(line).toBe('Names the KPI (Revenue) and the direction (increase).');
  });

  it('French: an acronym keeps its capitals (NPS)', () => {
    const { criteria } = evaluateStatement('Augmenter le NPS à 45 d’ici le 30 juin 2027', { asOf: '2026-11-26', lang: 'fr' });
    expect(criteria.specific.message).toBe('Nomme le KPI (NPS) et le sens (augmenter).');
  });
});
