/**
 * review9 W1, through the BUILT bundle: a KPI on several regional tabs. A goal owned by "US" (or "NA team") is judged on
 * that tab, its note names the tab; a goal whose words name no tab ("EMEA" with tabs UK/US/North America, a KPI cell
 * "APAC Revenue" with no APAC tab) is flagged with a note listing the tabs, never judged on the first tab's data.
 */
import { addSheet, harness } from './harness';

const monthly = (base: number): unknown[][] => {
  const rows: unknown[][] = [['Month', 'Revenue']];
  for (let i = 0; i < 22; i++) rows.push([new Date(2025, i, 1), base + (i * base) / 50 + ((i % 3) * base) / 20]);
  return rows;
};

function check(locale: string, tabs: ReadonlyArray<readonly [string, number]>, goalRows: string[][], headers: string[]) {
  const h = harness({ spreadsheetLocale: locale, timeZone: 'America/New_York' });
  const goals = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
  goals.setName(locale.startsWith('fr') ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, goalRows.length + 1, 4).setValues([headers, ...goalRows]);
  for (const [name, base] of tabs) addSheet(h.emulator, name, monthly(base));
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const col = (header: string) => (values[0] as string[]).indexOf(header);
  return (row: number, header: string): unknown => values[row][col(header)];
}

describe('a KPI on several regional tabs (EN)', () => {
  const cell = check(
    'en_US',
    [['UK', 10_000], ['US', 100_000], ['North America', 100_000]],
    [
      ['G1', 'Grow monthly revenue to $160,000 by June 30, 2027', 'Revenue', 'US'],
      ['G2', 'Grow EMEA revenue to $16,000 by June 30, 2027', 'Revenue', 'EMEA'],
      ['G3', 'Grow APAC revenue to $80,000 by June 30, 2027', 'APAC Revenue', ''],
    ],
    ['ID', 'Goal', 'KPI', 'Owner'],
  );

  it('owner "US" is judged on the US tab (it was UK: unrealistic, aim for $18,500), and the note names the tab', () => {
    expect(cell(1, 'Verdict')).toBe('on track');
    expect(String(cell(1, 'SMART notes'))).toContain('“Revenue” read from the “US” tab.');
  });

  it('no tab named: flagged, the tabs listed, no verdict', () => {
    for (const row of [2, 3]) {
      expect(cell(row, 'Verdict')).toBe('');
      expect(cell(row, 'Probability')).toBe('');
      expect(String(cell(row, 'SMART notes'))).toContain('is on 3 tabs (UK, US, North America): name the tab in the KPI column (e.g. “UK!Revenue”).');
      expect(String(cell(row, 'SMART notes'))).not.toContain('No KPI tab found');
    }
  });
});

describe('a KPI on several regional tabs (FR)', () => {
  const cell = check(
    'fr_FR',
    [['EMEA', 10_000], ['NA', 100_000], ['APAC', 50_000]],
    [
      ['O1', 'Atteindre 160 000 € de chiffre d’affaires mensuel d’ici le 30/06/2027', 'Revenue', 'équipe NA'],
      ['O2', 'Atteindre 160 000 € de chiffre d’affaires mensuel d’ici le 30/06/2027', 'Revenue', 'LATAM'],
    ],
    ['ID', 'Objectif', 'Indicateur', 'Responsable'],
  );

  it('owner "équipe NA" is judged on the NA tab', () => {
    expect(String(cell(1, 'Remarques SMART'))).toContain('«\u202fRevenue\u202f» lu dans l’onglet «\u202fNA\u202f».');
    expect(cell(1, 'Verdict')).not.toBe('');
  });

  it('no tab named: the French note, French typography', () => {
    expect(String(cell(2, 'Remarques SMART'))).toContain('«\u202fChiffre d’affaires\u202f» est sur 3\u00a0onglets (EMEA, NA, APAC)\u202f: indiquez l’onglet dans la colonne KPI (par ex. «\u202fEMEA!Revenue\u202f»).');
    expect(cell(2, 'Verdict')).toBe('');
  });
});
