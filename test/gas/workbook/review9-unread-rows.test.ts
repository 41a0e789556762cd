/**
 * review9 F2, through the BUILT bundle: a KPI tab whose rows cannot all be read — dates "32/13/2026", "Q5", "soon", a value
 * that is a Sheets error (a formula's =1/0, a typed #N/A: `Range.getValues` returns an error cell as its code text, the
 * ValueType reference allowing only Number, Boolean, Date or String), or text that is no number ("n/a", "—") — dropped
 * those rows silently. Check goals and the wizard now say so, once per tab, localized.
 */
import { addSheet, harness } from './harness';

const weeks = (): unknown[][] => {
  const rows: unknown[][] = [['Week', 'Revenue']];
  for (let i = 0; i < 40; i++) rows.push([new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10), 10000 + 100 * (i % 7)]);
  return rows;
};

function setUp(locale: string, goal: string) {
  const h = harness({ spreadsheetLocale: locale, evaluateFormulas: true });
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = ss.getActiveSheet();
  goals.setName('Goals');
  goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', goal, 'Revenue']]);
  const rows = weeks();
  // Sheet rows 14, 22 and 40: dates that cannot be read, beside a value.
  rows[13][0] = '32/13/2026';
  rows[21][0] = 'Q5';
  rows[39][0] = 'soon';
  // Rows 5 and 9: Sheets errors; rows 30 and 31: text.
  rows[4][1] = '#N/A';
  rows[8][1] = '=1/0';
  rows[29][1] = 'n/a';
  rows[30][1] = '—';
  rows.push(['Total', 123456]);
  addSheet(h.emulator, 'Revenue', rows);
  h.emulator.recalculate();
  return { h, goals };
}

const notes = (goals: GoogleAppsScript.Spreadsheet.Sheet): string => {
  const v = goals.getDataRange().getValues();
  return String(v[1][(v[0] as string[]).findIndex((x) => /SMART notes|Remarques SMART|Notes SMART/.test(String(x)))]);
};

describe('a KPI tab with rows that cannot be read', () => {
  it('the emulator hands the error cells over as Sheets does: their code text', () => {
    const { h } = setUp('en_US', 'Reach $12,000 weekly revenue by June 30, 2027');
    const values = h.emulator.spreadsheet.getSheetByName('Revenue')!.getRange('B5:B9').getValues();
    expect(values[0][0]).toBe('#N/A');
    expect(values[4][0]).toBe('#DIV/0!');
  });

  it('Check goals says so once, in English', () => {
    const { h, goals } = setUp('en_US', 'Reach $12,000 weekly revenue by June 30, 2027');
    h.run('checkGoals');
    const text = notes(goals);
    expect(text).toContain('Tab “Revenue”: 3 dates could not be read (rows 14, 22 and 40) and were left out; 4 values in error or text (rows 5, 9, 30 and 31), left out.');
    expect(text.split('Tab “Revenue”').length).toBe(2);
  });

  it('Check goals says so in French, with French typography', () => {
    const { h, goals } = setUp('fr_FR', 'Atteindre 12 000 € de chiffre d’affaires hebdomadaire d’ici le 30 juin 2027');
    h.run('checkGoals');
    expect(notes(goals)).toContain('Onglet «\u202fRevenue\u202f»\u202f: 3 dates illisibles (lignes 14, 22 et 40), laissées de côté\u202f; 4 valeurs en erreur ou en texte (lignes 5, 9, 30 et 31), laissées de côté.');
  });

  it('the wizard lists it once per tab with its KPIs', () => {
    const { h } = setUp('en_US', 'Reach $12,000 weekly revenue by June 30, 2027');
    const ctx = h.run<{ warnings: string[] }>('sidebarGetContext');
    expect(ctx.warnings.filter((w) => w.startsWith('Tab “Revenue”: 3 dates could not be read (rows 14, 22 and 40)'))).toHaveLength(1);
  });

  it('more than five rows: the first five, then "…"', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    const rows = weeks();
    for (const r of [3, 6, 9, 12, 15, 18, 21]) rows[r][0] = 'soon';
    addSheet(h.emulator, 'Revenue', rows);
    const ctx = h.run<{ warnings: string[] }>('sidebarGetContext');
    expect(ctx.warnings).toContain('Tab “Revenue”: 7 dates could not be read (rows 4, 7, 10, 13, 16…) and were left out.');
  });
});
