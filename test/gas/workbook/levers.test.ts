/**
 * The levers a goal names, through the BUILT add-on: Check goals writes them in the row's notes (information, the row is
 * not flagged for them) and the plan report shows them under the goal in its goals table, each with its KPI tab and the
 * level a quantified lever states there.
 */
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';

const GOALS = {
  // A deadline relative to the add-on's today: the example workbook's data is dated from today, and a fixed date passes.
  en_US: ['L1', 'Increase revenue by 10% within six months by adding 2 sales reps and 20 more meetings per week'],
  fr_FR: ['L1', 'Augmenter le chiffre d’affaires de 10 % d’ici six mois en recrutant 2 commerciaux et avec 20 rendez-vous de plus par semaine'],
} as const;

describe.each(Object.entries(GOALS))('levers in %s', (locale, goal) => {
  const emulator = createEmulator({ spreadsheetLocale: locale });
  const addon = bridged(loadAddon(emulator.globals));
  addon.call('menuInsertExampleWorkbook');
  const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Goals') ?? ss.getSheetByName('Objectifs');
  if (!sheet) throw new Error('no goals tab');
  const row = sheet.getLastRow() + 1;
  sheet.getRange(row, 1, 1, 2).setValues([[...goal]]);
  addon.call('menuCheckGoals');
  const fr = locale.startsWith('fr');
  // The meetings' latest week: the example's weekly figures are drawn for the weeks before today.
  const meetingsTab = ss.getSheetByName(fr ? 'Rendez-vous' : 'Meetings');
  if (!meetingsTab) throw new Error('no meetings tab');
  const meetings = meetingsTab.getRange(meetingsTab.getLastRow(), 2).getValue() as number;
  const expected = fr
    ? `Leviers cités dans l’objectif\u202f: recrutant 2 commerciaux (onglet «\u202fCommerciaux\u202f»\u202f: 6 aujourd’hui, 8 selon le levier)\u202f; 20 rendez-vous de plus par semaine (onglet «\u202fRendez-vous\u202f»\u202f: ${meetings} aujourd’hui, ${meetings + 20} selon le levier).`
    : `Levers the goal names: adding 2 sales reps (“Sales reps” tab: 6 now, 8 as the lever states it); 20 more meetings per week (“Meetings” tab: ${meetings} now, ${meetings + 20} as the lever states it).`;

  it('Check goals: in the row’s notes', () => {
    const values = sheet.getDataRange().getDisplayValues();
    const notes = values[0].indexOf(fr ? 'Remarques SMART' : 'SMART notes');
    expect(notes).toBeGreaterThan(0);
    expect(values[row - 1][notes].split('\n')).toContain(expected);
    // Near miss: a goal naming no lever gets no such line.
    expect(values[1][notes]).not.toMatch(fr ? /Leviers cités/ : /Levers the goal names/);
  });

  it('the plan report: under the goal’s statement in the goals table', () => {
    addon.call('menuGeneratePlanReport');
    const report = ss.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()));
    if (!report) throw new Error('no report');
    const cells = report.getDataRange().getDisplayValues().flat();
    expect(cells).toContain(`${goal[1]}\n${expected}`);
  });
});
