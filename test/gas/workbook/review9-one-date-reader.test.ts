/**
 * review9 F3, through the BUILT bundle: one reader of typed dates. The Goals tab's Deadline column accepted « 1er janvier
 * 2027 », "Jan 1st, 2027", "31 déc. 2027", but the formulas' date arguments refused them ("invalid date"). Both now read
 * text through core `cellDate` in the spreadsheet locale's order, a deadline's period ("Q2 2027") ending with it.
 */
import { addSheet, harness, TODAY } from './harness';

const history = (): unknown[][] => {
  const rows: unknown[][] = [];
  for (let i = 0; i < 40; i++) rows.push([new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10), 100 + (i % 5) + i]);
  return rows;
};

describe.each([
  ['fr_FR', '1er janvier 2027', '2027-01-01'],
  ['fr_FR', '31 déc. 2027', '2027-12-31'],
  ['fr_FR', '31/12/2027', '2027-12-31'],
  ['fr_FR', 'T2 2027', '2027-06-30'],
  ['en_US', 'Jan 1st, 2027', '2027-01-01'],
  ['en_US', 'December 31, 2027', '2027-12-31'],
  ['en_US', '12/31/2027', '2027-12-31'],
  ['en_GB', '31 Dec 2027', '2027-12-31'],
  ['en_US', 'Q2 2027', '2027-06-30'],
])('%s: a deadline typed "%s"', (locale, typed, iso) => {
  it('the formulas read it as the ISO date, as the Goals tab does', () => {
    const h = harness({ spreadsheetLocale: locale });
    for (const f of ['ACHIEVABILITY', 'GOALVERDICT']) expect(h.run(f, history(), 150, typed, TODAY)).toEqual(h.run(f, history(), 150, iso, TODAY));
    expect(h.run('REALISTICTARGET', history(), typed, TODAY)).toEqual(h.run('REALISTICTARGET', history(), iso, TODAY));
    expect(h.run('REQUIREDPACE', 100, 150, TODAY, typed)).toEqual(h.run('REQUIREDPACE', 100, 150, TODAY, iso));
  });

  it('Check goals reads the same text in the Deadline column as that date', () => {
    const runWith = (deadline: string): unknown => {
      const h = harness({ spreadsheetLocale: locale });
      const goals = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
      goals.setName('Goals');
      goals.getRange(1, 1, 2, 5).setValues([['ID', 'Goal', 'KPI', 'Target', 'Deadline'], ['G1', 'Leads', 'Leads', 150, deadline]]);
      addSheet(h.emulator, 'Leads', [['Week', 'Leads'], ...history()]);
      h.run('checkGoals');
      const v = goals.getDataRange().getValues();
      return v[1][(v[0] as string[]).findIndex((x) => /^(Probability|Probabilité)$/.test(String(x)))];
    };
    const typedAnswer = runWith(typed);
    expect(typeof typedAnswer).toBe('number');
    expect(typedAnswer).toEqual(runWith(iso));
  });
});

it('text that is no date is still refused by the formulas, with the localized message', () => {
  const h = harness({ spreadsheetLocale: 'fr_FR' });
  expect(() => h.run('ACHIEVABILITY', history(), 150, 'bientôt', TODAY)).toThrow(/bientôt/);
  expect(() => h.run('ACHIEVABILITY', history(), 150, '32/13/2027', TODAY)).toThrow(/32\/13\/2027/);
});
