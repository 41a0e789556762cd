/**
 * A rate goal ("Reduce churn to 5%") whose KPI tab holds only a COUNT of the rate's events ("Churned customers" on a
 * tab "Churn"), through the BUILT bundle: Check goals must say the tab measures a count, not the rate, and what to
 * add — not "no KPI tab found", and never judge the 5 % against counts.
 */
import { harness, addSheet, monthlyRows } from './harness';

const COUNTS = [41, 38, 44, 40, 37, 42, 39, 43, 40, 38, 41, 36, 39, 42, 40, 37, 38, 41, 39, 36, 38, 40, 37, 35];

const monthly = (header: string): unknown[][] => monthlyRows(header, COUNTS);

describe.each([
  ['en_US', ['Goal ID', 'Goal'], 'Reduce churn to 5% by June 2027', 'Churn', 'Churned customers', 'Probability', 'SMART notes',
    'The “Churn” tab holds Churned customers, not the rate this goal is measured in (Churn): add a column with the rate itself (Churned customers ÷ the rate’s base, formatted as a percentage) to judge achievability.'],
  ['fr_FR', ['ID', 'Objectif'], 'Réduire le churn à 5 % d’ici juin 2027', 'Churn', 'Clients perdus', 'Probabilité', 'Remarques SMART',
    'L’onglet «\u202fChurn\u202f» contient Clients perdus, pas le taux dans lequel cet objectif est exprimé (churn)\u202f: ajoutez une colonne avec le taux lui-même (Clients perdus ÷ la base du taux, au format pourcentage) pour juger de l’atteignabilité.'],
])('a rate goal on a tab of counts (%s)', (locale, headers, statement, tab, header, probabilityHeader, notesHeader, note) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 2, 2).setValues([headers, ['G1', statement]]);
  addSheet(h.emulator, tab, monthly(header));
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (name: string): number => (values[0] as string[]).indexOf(name);

  it('says the tab holds the counts, not the rate, and what to add', () => {
    const notes = String(values[1][column(notesHeader)]);
    expect(notes).toContain(note);
    expect(notes).not.toMatch(/No KPI tab found|Aucun onglet d’indicateur trouvé/);
  });

  it('gives no probability: the 5 % is never judged against counts', () => {
    expect(values[1][column(probabilityHeader)]).toBe('');
  });
});

describe('the same tab with a KPI column, and a goal on the counts themselves', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName('Goals');
  goals.getRange(1, 1, 4, 3).setValues([
    ['Goal ID', 'Goal', 'KPI'],
    ['G1', 'Reduce churn to 5% by June 2027', 'Churn'],
    ['G2', 'Reduce churn rate to 5% by June 2027', ''],
    ['G3', 'Reduce churned customers to 30 per month by June 2027', ''],
  ]);
  addSheet(h.emulator, 'Churn', monthly('Churned customers'));
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (name: string): number => (values[0] as string[]).indexOf(name);

  it('a 5 % goal is never judged on the counts, whatever names the tab', () => {
    for (const row of [1, 2]) {
      expect(values[row][column('Probability')]).toBe('');
      expect(String(values[row][column('SMART notes')])).toContain('The “Churn” tab holds Churned customers, not the rate');
    }
  });

  it('a goal on the counted events is judged on them', () => {
    expect(typeof values[3][column('Probability')]).toBe('number');
    expect(String(values[3][column('SMART notes')])).not.toContain('not the rate this goal');
  });
});

/**
 * The same guard when the count column's header names a catalog KPI of its own ("Customers lost" → customers, "Deals
 * won", "Signups"): it was linked through the KPI column and its KPI replaced the goal's rate (churn 5 % judged as
 * "customers" with probability 0.00006, a 30 % win rate and a 10 % conversion rate as counts with 0.99999). The note
 * names no denominator it cannot know ("÷ customers" printed under a conversion rate).
 */
describe.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Probability', 'SMART notes', [
    ['Churn', 'Customers lost', 'Reduce churn to 5% by June 2027', 'Churn'],
    ['Win rate', 'Deals won', 'Raise win rate to 30% by June 2027', 'Win rate'],
    ['Conversion', 'Signups', 'Raise conversion rate to 10% by June 2027', 'Conversion'],
  ], (tab: string, name: string, kpi: string) => `The “${tab}” tab holds ${name}, not the rate this goal is measured in (${kpi}): add a column with the rate itself (${name} ÷ the rate’s base, formatted as a percentage)`],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Probabilité', 'Remarques SMART', [
    // The user's own word for the rate (review 21), as SMARTCHECK names it.
    ['Churn', 'Clients', 'Réduire le churn à 5 % d’ici juin 2027', 'churn'],
    // polish61 (the lead's ruling): a label in French running text starts lower-case (« exprimé (taux de transformation) »).
    ['Taux de transformation', 'Affaires gagnées', 'Porter le taux de transformation à 30 % d’ici juin 2027', 'taux de transformation'],
    ['Conversion', 'Inscriptions', 'Porter le taux de conversion à 10 % d’ici juin 2027', 'conversion'],
  ], (tab: string, name: string, kpi: string) => `L’onglet «\u202f${tab}\u202f» contient ${name}, pas le taux dans lequel cet objectif est exprimé (${kpi})\u202f: ajoutez une colonne avec le taux lui-même (${name} ÷ la base du taux, au format pourcentage)`],
] as const)('a rate goal whose KPI column names a tab of counts with a catalog KPI (%s)', (locale, headers, probabilityHeader, notesHeader, cases, note) => {
  it.each(cases.map((c) => [...c]))('%s / %s: "%s" is not judged on the counts', (tab, name, statement, kpi) => {
    const h = harness({ spreadsheetLocale: locale });
    const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const goals = spreadsheet.getActiveSheet();
    goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
    goals.getRange(1, 1, 2, 3).setValues([[...headers], ['G1', statement, tab]]);
    addSheet(h.emulator, tab, monthly(name));
    h.run('checkGoals');
    const values = goals.getDataRange().getValues();
    const column = (header: string): number => (values[0] as string[]).indexOf(header);
    expect(values[1][column(probabilityHeader)]).toBe('');
    expect(String(values[1][column(notesHeader)])).toContain(note(tab, name, kpi));
  });
});
