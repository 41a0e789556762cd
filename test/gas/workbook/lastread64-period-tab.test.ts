/**
 * lastread64, through the BUILT bundle: a tab named after a year (« 2027 », header « Valeur ») linked by the KPI column
 * is no KPI the sentence names. audit64 let Check goals take « Atteindre 140 en 2027 » on it for a goal naming its KPI
 * (score 100, S and R « OK », « Nomme le KPI (2027) »); the same sentence without the year scored 68. Now both name no
 * tracked KPI, while a tab of the user's own named in the sentence (audit64's case) still does.
 */
import { addSheet, harness } from './harness';

function checked(locale: 'fr_FR' | 'en_US', tab: string, header: string, goals: string[][]): (id: string) => Record<string, string> {
  const h = harness(
    { spreadsheetLocale: locale, timeZone: 'Europe/Paris', userLocale: locale.slice(0, 2) },
    { __SMART_GOALS_TODAY__: '2026-12-07' },
  );
  const months = Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 11 + i, 1)), 100 + i + 3 * Math.sin(i)]);
  addSheet(h.emulator, tab, [[locale === 'fr_FR' ? 'Mois' : 'Month', header], ...months]);
  const sheet = addSheet(h.emulator, locale === 'fr_FR' ? 'Objectifs' : 'Goals', goals);
  h.run('checkGoals');
  const [head, ...rows] = sheet.getDataRange().getDisplayValues();
  return (id) => Object.fromEntries(head.map((name, i) => [name, rows.find((r) => r[0] === id)![i]]));
}

describe('lastread64: a tab named after a period is no KPI the goal names', () => {
  it('fr_FR: « Atteindre 140 en 2027 » on a tab « 2027 » names no tracked KPI; a measure tab named in the sentence still does', () => {
    const row = checked('fr_FR', '2027', 'Valeur', [
      ['ID', 'Objectif', 'KPI'],
      ['G1', 'Atteindre 140 en 2027', '2027'],
    ]);
    expect(row('G1')['S – Spécifique']).not.toBe('OK');
    expect(row('G1')['Remarques SMART']).toMatch(/ne nomme aucun KPI suivi/);
    expect(row('G1')['Remarques SMART']).not.toMatch(/Nomme le KPI \(2027\)/);
    const near = checked('fr_FR', 'Rendez-vous', 'Rendez-vous clients', [
      ['ID', 'Objectif', 'KPI'],
      ['G1', 'Atteindre 140 rendez-vous clients en 2027', 'Rendez-vous'],
    ]);
    expect(near('G1')['Remarques SMART']).not.toMatch(/ne nomme aucun KPI suivi/);
  });

  it('en_US: "Reach 140 by the end of January" on a tab "January" names no tracked KPI', () => {
    const row = checked('en_US', 'January', 'Value', [
      ['ID', 'Goal', 'KPI'],
      ['G1', 'Reach 140 by the end of January 2027', 'January'],
    ]);
    expect(row('G1')['S – Specific']).not.toBe('OK');
    expect(row('G1')['SMART notes']).toMatch(/names no tracked KPI/);
  });
});
