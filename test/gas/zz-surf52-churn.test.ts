import type { AssessResponse, SidebarContext } from '../../src/core/api';
import { addSheet, harness, monthlyRows } from './workbook/harness';
const CHURN = Array.from({ length: 24 }, (_, i) => 0.05 - i * 0.0005);
it.each([['en_US','en','Churn','Reduce churned customers to 200 by June 30, 2027'],['fr_FR','fr','Attrition','Réduire les clients perdus à 200 d’ici le 30 juin 2027']] as const)('probe %s', (locale, lang, tab, goal) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  addSheet(h.emulator, tab, monthlyRows(tab, CHURN)).getRange(2, 2, 24, 1).setNumberFormat('0.0%');
  const goals = addSheet(h.emulator, lang === 'fr' ? 'Objectifs' : 'Goals', [lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', goal, ''], ['G2', goal, tab]]);
  h.run('checkGoals');
  console.log(JSON.stringify(goals.getDataRange().getDisplayValues().slice(1)));
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!;
  console.log(report.getDataRange().getDisplayValues().filter(r=>/^G\d|Problem|Problème|^(insufficient|no KPI|donn|aucun|in another|Goals|Objectifs)/i.test(r[0])).map(r=>r.join(' | ').replace(/( \| )+$/,'')).join('\n'));
  for (const f of ['GOALVERDICT','ACHIEVABILITY']) { try { console.log(f, h.run(f, monthlyRows(tab, CHURN), 200, '2027-06-30', '2026-11-26', goal)); } catch (e) { console.log(f, 'threw', (e as Error).message); } }
  for (const f of ['GOALVERDICT','ACHIEVABILITY']) { try { console.log(f, h.run(f, monthlyRows(tab, CHURN), '', '', '2026-11-26', goal)); } catch (e) { console.log(f, 'threw', (e as Error).message); } }
  try { console.log('SMARTSCORE', h.run('SMARTSCORE', goal, monthlyRows(tab, CHURN))); } catch (e) { console.log('SS threw', (e as Error).message); }
});
