/**
 * fixes61: "pipeline" one answer on every surface. The catalog's: a bare "pipeline" is Funnel throughput (a count of
 * opportunities flowing), "pipeline value" / « valeur du pipeline » is Pipeline value (money, a level) — SMARTPARSE
 * says so, and since stmt27 a pipeline given an amount of money ("Grow the pipeline to $5,500,000") is Pipeline value too. A KPI tab named "Pipeline" whose amounts are money is the pipeline's value, a level, decided from the tab's
 * unit as the stock-vs-flow rule decides (core/workbook/kpis.ts): it was Funnel throughput in money, and Check goals
 * judged "Add 40 opportunities to the pipeline" on it as $4,920,040 ("on track, 99 %"). A count is not judged on a tab
 * of money (FR/EN, through the BUILT bundle).
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { addSheet, harness } from './harness';

const months = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2024, 11 + i, 1)).toISOString().slice(0, 10));
const pipelineTab = (header: string): Array<Array<string | number>> => [['Month', header], ...months.map((m, i) => [m, 4_000_000 + 40_000 * i])];

describe.each([
  { locale: 'en_US', goalsTab: 'Goals', headers: ['ID', 'Goal'], money: 'Grow the pipeline to $5,500,000 by March 31, 2027', count: 'Add 40 opportunities to the pipeline by March 31, 2027', format: '"$"#,##0', notes: 'SMART notes', told: 'holds amounts in $: not judged on it', funnel: 'Opportunities', value: ['Grow pipeline value to $5,500,000 by March 31, 2027', 'Pipeline value'] },
  { locale: 'fr_FR', goalsTab: 'Objectifs', headers: ['ID', 'Objectif'], money: 'Porter le pipeline à 5 500 000 € d’ici le 31 mars 2027', count: 'Ajouter 40 opportunités au pipeline d’ici le 31 mars 2027', format: '#,##0\\ "€"', notes: 'Remarques SMART', told: 'des montants en €\u202f: non jugé sur celui-ci', funnel: 'Opportunités', value: ['Porter la valeur du pipeline à 5 500 000 € d’ici le 31 mars 2027', 'Valeur du pipeline'] },
])('a "Pipeline" tab of money ($locale)', ({ locale, goalsTab, headers, money, count, format, notes, told, funnel, value }) => {
  const lang = locale.startsWith('fr') ? 'fr' : 'en';

  it('is the pipeline’s value, a level (the stock-vs-flow rule reads its unit)', () => {
    const model = buildWorkbookModel([{ name: 'Pipeline', values: pipelineTab('Pipeline'), formats: pipelineTab('Pipeline').map((row, r) => row.map((_, c) => (r > 0 && c === 1 ? format : ''))) }], { lang, catalog: KPI_CATALOG });
    const series = model.series.find((s) => s.sheetName === 'Pipeline')!;
    expect([series.catalogId, series.unit, series.aggregation]).toEqual(['pipeline_value', 'currency', 'level']);
  });

  it('Check goals judges an amount of pipeline on it and no count; SMARTPARSE names the catalog’s KPI', () => {
    const h = harness({ spreadsheetLocale: locale });
    const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const goals = spreadsheet.getActiveSheet();
    goals.setName(goalsTab);
    goals.getRange(1, 1, 3, 2).setValues([headers, ['P', money], ['O', count]]);
    addSheet(h.emulator, 'Pipeline', pipelineTab('Pipeline')).getRange(2, 2, months.length, 1).setNumberFormat(format);
    h.run('menuCheckGoals');
    const values = goals.getDataRange().getValues();
    const column = (name: string): number => values[0].indexOf(name);
    // The amount is judged on the tab; the 40 opportunities are not (they were "on track" as $4,920,040).
    expect(values[1][column('Verdict')]).not.toBe('');
    expect(values[2][column('Verdict')]).toBe('');
    expect(String(values[2][column(notes)])).toContain(told);
    // SMARTPARSE: a pipeline given an amount of money is Pipeline value, as Check goals judges it (stmt27: it said Funnel
    // throughput), the pipeline's value too; a count of opportunities stays the funnel's, named in the sentence's words.
    const kpiOf = (text: string): unknown => h.addon.call<unknown[][]>('SMARTPARSE', text, '2026-11-26')[0][0];
    expect(kpiOf(money)).toBe(value[1]);
    expect(kpiOf(value[0])).toBe(value[1]);
    expect(kpiOf(count)).toBe(funnel);
  });
});
