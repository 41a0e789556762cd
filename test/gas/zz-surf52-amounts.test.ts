import type { AssessResponse, SidebarContext, EvaluateResponse } from '../../src/core/api';
import { addSheet, harness, monthlyRows } from './workbook/harness';
const AOV = Array.from({ length: 24 }, (_, i) => Math.round((1400 + i * 2.5 + (i % 3) * 4.13) * 100) / 100);
it.each([['en_US','en','"$"#,##0','Increase average order value to $1,600.50 by June 30, 2027', 1600.5],['en_US','en','"$"#,##0.00','Increase average order value to $1,600 by June 30, 2027', 1600], ['fr_FR','fr','#,##0 "€"','Porter le panier moyen à 1 600,50 € d’ici le 30 juin 2027', 1600.5]] as const)('probe %s %s', (locale, lang, format, goal, tgt) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  const tab = lang === 'fr' ? 'Panier moyen' : 'Average order value';
  addSheet(h.emulator, tab, monthlyRows(tab, AOV)).getRange(2, 2, 24, 1).setNumberFormat(format);
  const goals = addSheet(h.emulator, lang === 'fr' ? 'Objectifs' : 'Goals', [lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', goal, tab]]);
  h.run('checkGoals');
  console.log(JSON.stringify(goals.getDataRange().getDisplayValues()[1]));
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!;
  console.log(report.getDataRange().getDisplayValues().filter(r=>r[0]==='G1' || r[0]===''&&/G1/.test(r.join())).map(r=>r.join(' | ').replace(/( \| )+$/,'')).join('\n'));
  const context = h.run<SidebarContext>('sidebarGetContext');
  const series = context.series.find((s) => s.sheetName === tab)!;
  console.log(JSON.stringify({...series, history: undefined}));
  const w = h.run<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: tab, catalogId: series.kpiId, baseline: series.defaultBaseline, direction: 'increase', target: tgt, deadline: '2027-06-30', aggregation: null }); console.log(JSON.stringify({...w, history: undefined, forecast: undefined}));
  const e = h.run<EvaluateResponse>('sidebarEvaluate', { text: goal, targetLevel: tgt, draft: { kpi: { seriesId: series.id, sheetName: tab, catalogId: series.kpiId, name: series.name, unit: 'currency', aggregation: 'level', lowerIsBetter: false, currency: series.currency }, baseline: series.defaultBaseline, direction: 'increase', target: tgt, deadline: '2027-06-30' } });
  console.log(JSON.stringify(e.criteria.map(c => c.message)));
  for (const f of ['GOALVERDICT','ACHIEVABILITY']) { try { console.log(f, h.run(f, monthlyRows(tab, AOV), '', '', '2026-11-26', goal)); } catch (e) { console.log(f, 'threw', (e as Error).message); } }
});
