import { harness, addSheet } from './harness';
/** Weekly leads, Mondays 2 March – 16 November 2026: 98 and 102 in turn (any 10 weeks in a row: 1,000). */
const rows = [['Week', 'Leads'], ...Array.from({ length: 38 }, (_, i) => [new Date(Date.UTC(2026, 2, 2) + i * 7 * 86_400_000).toISOString().slice(0, 10), i % 2 === 0 ? 98 : 102])];
it.each([
  ['en_US', 'Increase leads by 20% by January 31, 2027'],
  ['fr_FR', 'Augmenter les leads de 20 % d’ici le 31 janvier 2027'],
])('%s', (locale, s) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  addSheet(h.emulator, 'Leads', rows);
  const sheet = addSheet(h.emulator, 'Goals', [['Goal ID', 'Goal', 'KPI'], ['G1', s, 'Leads']]);
  h.run('checkGoals');
  const v = sheet.getDataRange().getValues();
  console.log(JSON.stringify(v), h.addon.call('SMARTSCORE', s, rows.slice(1), '2026-11-26'));
  h.run('generatePlanReport');
  const rep = h.emulator.spreadsheet.getSheets().find((x) => /plan/i.test(x.getName()));
  console.log(rep?.getDataRange().getValues().flat().filter((c) => /120|108|week|semaine/.test(String(c))).join(' | '));
});
