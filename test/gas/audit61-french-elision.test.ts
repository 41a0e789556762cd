/**
 * audit61, through the BUILT bundle: a French sentence joined after a colon starts lower-case (`{text!}`,
 * core/messages/translate.ts), and that includes one opening on an elided article. Check goals' note on a passed
 * deadline read « Temporel : L’échéance (…) est déjà passée. » beside « Mesurable : ni niveau cible… » and
 * « Atteignable : irréaliste… »: the capital L survived because the rule lower-cased a capital only before a lower-case
 * letter, and « L’ », « D’ », « S’ » are followed by an apostrophe. Identifiers (« G1 », « KPI ») are still kept.
 */
import { addSheet, harness } from './workbook/harness';

describe('a French clause after a colon starts lower-case, elided article included', () => {
  // polish61 (item b): the note says a passed deadline once, by its status line; the Time-bound line is SMARTCHECK's below.
  it('Check goals’ note on a passed deadline has no capital elision after a colon', () => {
    const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
    const sheet = addSheet(h.emulator, 'Objectifs', [
      ['ID', 'Objectif', 'Responsable'],
      ['O1', 'Atteindre 40 rendez-vous par semaine d’ici le 30 septembre 2026', 'Alice'],
    ]);
    h.run('checkGoals');
    const values = sheet.getDataRange().getValues();
    const notes = String(values[1][values[0].indexOf('Remarques SMART')]);
    expect(notes).toContain('Échéance dépassée (30 septembre 2026)\u202f: mettez l’objectif à jour ou archivez-le.');
    expect(notes).not.toMatch(/\u202f: L’/);
  });

  it('SMARTCHECK says the same line', () => {
    const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
    const line = h.addon.call<string>('SMARTCHECK', 'Atteindre 40 rendez-vous par semaine d’ici le 30 septembre 2026', '2026-11-26');
    expect(line).toContain('Temporel\u202f: l’échéance (30 septembre 2026) est déjà passée.');
  });
});
