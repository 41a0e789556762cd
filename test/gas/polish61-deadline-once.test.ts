/**
 * polish61, item b (audit61 c), through the BUILT bundle: Check goals' note on a passed deadline said it twice — its
 * status line « Échéance dépassée (…) : mettez l’objectif à jour ou archivez-le. » and then the Time-bound criterion's
 * « Temporel : l’échéance (…) est déjà passée. Fixez une nouvelle échéance ou archivez l’objectif. » (and the English
 * pair). The status line is kept (it leads the note, carries the outcome when the tab has one, and is the report's
 * data note); the criterion line is no longer repeated under it. The Time-bound criterion itself still warns.
 */
import { addSheet, harness } from './workbook/harness';

function notesOf(lang: 'fr' | 'en', goal: string): string {
  const h = harness(lang === 'fr' ? { spreadsheetLocale: 'fr_FR', userLocale: 'fr' } : { spreadsheetLocale: 'en_US', userLocale: 'en' });
  const sheet = addSheet(h.emulator, lang === 'fr' ? 'Objectifs' : 'Goals', [
    lang === 'fr' ? ['ID', 'Objectif', 'Responsable'] : ['ID', 'Goal', 'Owner'],
    ['G1', goal, 'Alice'],
  ]);
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();
  return String(values[1][values[0].indexOf(lang === 'fr' ? 'Remarques SMART' : 'SMART notes')]);
}

describe('a passed deadline is said once in Check goals’ note', () => {
  it('French: the status line, not the Time-bound line after it', () => {
    const notes = notesOf('fr', 'Atteindre 40 rendez-vous par semaine d’ici le 30 septembre 2026');
    expect(notes).toContain('Échéance dépassée (30 septembre 2026)\u202f: mettez l’objectif à jour ou archivez-le.');
    expect(notes).not.toContain('est déjà passée');
    expect(notes).not.toContain('Temporel\u202f:');
  });

  it('English: the status line, not the Time-bound line after it', () => {
    const notes = notesOf('en', 'Reach 40 meetings per week by 30 September 2026');
    expect(notes).toContain('Deadline passed (September 30, 2026): update the goal or archive it.');
    expect(notes).not.toContain('already past');
    expect(notes).not.toContain('Time-bound:');
  });
});
