/**
 * Text the add-on writes must stay text in Sheets, which parses written strings like typed input
 * (see test/local/emulator/typed-input.test.ts): goal IDs such as "1e5", "12:30", "1/2", "TRUE"
 * or "3-4" and labels such as "Nov 2026" must not come back as numbers, times, dates or booleans.
 */
import { addSheet, harness, TODAY } from './harness';

const IDS = ['1e5', '12:30', '1/2', 'TRUE', '3-4'];

function book(locale: string): ReturnType<typeof harness> {
  const h = harness({ spreadsheetLocale: locale, timeZone: 'Europe/London' });
  const fr = locale.startsWith('fr');
  addSheet(h.emulator, fr ? 'Objectifs' : 'Goals', [
    fr ? ['ID', 'Objectif', 'KPI', 'Cible', 'Échéance'] : ['ID', 'Goal', 'KPI', 'Target', 'Deadline'],
    // The user typed the IDs as text (a leading apostrophe, as in Sheets).
    [`'${IDS[0]}`, fr ? 'Porter le taux de conclusion à 30 % d’ici le 30 juin 2027' : 'Raise the close rate to 30 % by 30 June 2027', fr ? 'Taux de conclusion' : 'Close rate', '30 %', '2027-06-30'],
    [`'${IDS[1]}`, fr ? 'Signer 12 nouveaux comptes par mois' : 'Close 12 new accounts per month', fr ? 'Nouveaux comptes' : 'New accounts', '12', '2027-03-31'],
    [`'${IDS[2]}`, fr ? 'Signer 20 nouveaux comptes' : 'Close 20 new accounts', fr ? 'Nouveaux comptes' : 'New accounts', '20', '2027-06-30'],
    [`'${IDS[3]}`, fr ? 'Réduire le churn à 20 %' : 'Reduce churn to 20 %', 'Churn', '20 %', '2027-03-31'],
    [`'${IDS[4]}`, fr ? 'Augmenter le chiffre d’affaires' : 'Grow revenue', fr ? 'Chiffre d’affaires' : 'Revenue', '', ''],
  ]);
  const weeks = Array.from({ length: 8 }, (_, i) => [new Date(Date.UTC(2026, 9, 5 + 7 * i)).toISOString().slice(0, 10), `${22 + (i % 4)} %`]);
  addSheet(h.emulator, fr ? 'Taux de conclusion' : 'Close rate', [[fr ? 'Semaine' : 'Week', fr ? 'Taux de conclusion' : 'Close rate'], ...weeks]);
  h.run('checkGoals');
  h.run('generatePlanReport');
  return h;
}

function reportValues(h: ReturnType<typeof harness>): unknown[][] {
  const report = h.emulator.spreadsheet.getSheets().find((s) => s.getName().includes(TODAY));
  if (!report) throw new Error('no report sheet');
  return report.getDataRange().getValues();
}

describe.each(['en_US', 'fr_FR'])('text written by Check goals and the report stays text (%s)', (locale) => {
  const h = book(locale);

  it('goal IDs that look like numbers, times, dates or booleans', () => {
    const values = reportValues(h);
    const idCells = values.flat().filter((v) => IDS.includes(String(v)));
    // Each ID appears in the goals table and the timeline, as the text typed.
    for (const id of IDS) expect(idCells.filter((v) => v === id).length).toBeGreaterThanOrEqual(2);
    expect(idCells.every((v) => typeof v === 'string')).toBe(true);
    expect(values.flat().some((v) => v === 100000 || v === true)).toBe(false);
    const goals = h.emulator.spreadsheet.getSheets()[1].getDataRange().getValues();
    expect(goals.slice(1).map((row) => row[0])).toEqual(IDS);
  });

  it('month labels and the report date are text, not dates', () => {
    const values = reportValues(h);
    // The report's third row (under the title and the settings' heading): the report date in its settings line, written as
    // text ("Report date: 26 November 2026").
    expect(typeof values[2][0]).toBe('string');
    expect(String(values[2][0])).toMatch(/26/);
    // The timeline's headers (fixes42): the years over the period columns (from H), each period's own label under them
    // ("N", "30", "Q1"): text, never turned into a number or a date.
    const header = values.findIndex((row) => row[0] === 'ID' && row.some((v) => v === 'Depends on' || v === 'Dépend de'));
    expect(header).toBeGreaterThan(0);
    const years = values[header - 1].slice(7).filter((v) => v !== '');
    expect(years.length).toBeGreaterThanOrEqual(1);
    for (const label of years) {
      expect(typeof label).toBe('string');
      expect(String(label)).toMatch(/20\d\d/);
    }
    const ticks = values[header].slice(7).filter((v) => v !== '');
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of ticks) expect(typeof tick).toBe('string');
  });

  it('Check goals’ own columns hold text, numbers and nothing coerced', () => {
    const goals = h.emulator.spreadsheet.getSheets()[1];
    const values = goals.getDataRange().getValues();
    const header = values[0].map(String);
    const owned = header.map((_, c) => c).filter((c) => c >= 5);
    for (const row of values.slice(1)) for (const c of owned) expect(['string', 'number']).toContain(typeof row[c]);
  });
});
