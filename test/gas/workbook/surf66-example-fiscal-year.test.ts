/**
 * surf66 (a): the example workbook inserted under a fiscal year from February, March, May, June, August, September,
 * November or December (Settings) wrote its annual goals as the calendar year ("Close 120 new accounts by the end of
 * 2027", 1 January – 31 December 2027) over mend64f's fiscal quarters, which four in a row never make a calendar year
 * there: Check goals flagged the annual goals and their first quarter Relevant ("N-Q1 starts on November 1, 2026, before
 * the annual goal") under a February start. The annual goals are now the fiscal year, named as the statement reader reads
 * "FY2028" and « l’exercice 2028 » (the calendar year it ends in), with its four quarters. Through the BUILT add-on on the
 * emulator, the 12 first months, EN and FR, on three todays: Check goals raises no criterion flag (S to T; R and T only
 * before mend66f) on a row that it does not raise under a January start; each annual sentence reads its row's Start and
 * Deadline.
 */
import { harness } from './harness';

type Locale = 'en_US' | 'fr_FR';
const iso = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The example checked under `fiscalStart`: each row's id, sentence, Start, Deadline and its R and T columns' text. */
function checked(locale: Locale, fiscalStart: number, today: string) {
  const lang = locale === 'fr_FR' ? 'fr' : 'en';
  const h = harness({ spreadsheetLocale: locale, userLocale: lang }, { __SMART_GOALS_TODAY__: today });
  if (fiscalStart !== 1) h.run('sidebarSaveSettings', { fiscalYearStartMonth: fiscalStart });
  const { sheets } = h.run<{ sheets: string[] }>('insertExampleWorkbook');
  h.run('checkGoals');
  const sheet = h.emulator.spreadsheet.getSheetByName(sheets[0])!;
  const values = sheet.getDataRange().getValues();
  const shown = sheet.getDataRange().getDisplayValues();
  // Every criterion column, S to T (mend66f, surf66's review (6): only R and T were compared, and A moved).
  const criteria = shown[0].flatMap((header, column) => (/^[SMART] – /.test(header) ? [{ letter: header[0], column }] : []));
  const rows = values.slice(1).map((row, i) => ({ id: String(row[0]), sentence: String(row[1]), start: iso(row[6]), deadline: iso(row[7]), criteria: criteria.map(({ letter, column }) => [letter, shown[i + 1][column]] as const) }));
  return { h, lang, rows };
}

/** Each row's criterion columns, by id and letter, for the rows not marked OK. */
function flags(rows: ReturnType<typeof checked>['rows'], ok: string): string[] {
  return rows.flatMap((row) => row.criteria.filter(([, text]) => text !== ok).map(([letter]) => `${row.id} ${letter}`));
}

describe.each([
  ['en_US', '2026-11-26'],
  ['fr_FR', '2026-11-26'],
  ['en_US', '2026-05-10'],
  ['fr_FR', '2026-05-10'],
  ['en_US', '2027-01-31'],
  ['fr_FR', '2027-01-31'],
] as const)('surf66 (a) %s, today %s: the example under every fiscal first month', (locale, today) => {
  const ok = 'OK';
  const january = flags(checked(locale, 1, today).rows, ok);

  it('the January start is checked on all five criterion columns', () => {
    expect(checked(locale, 1, today).rows[0].criteria.map(([letter]) => letter)).toEqual(['S', 'M', 'A', 'R', 'T']);
  });

  it.each([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('a fiscal year from month %s: no criterion flag a January start does not raise', (fiscalStart) => {
    const { rows } = checked(locale, fiscalStart, today);
    expect(flags(rows, ok).filter((flag) => !january.includes(flag))).toEqual([]);
  });
});

describe('surf66 (a): the annual sentences say the fiscal year their cells hold', () => {
  it.each([
    ['en_US', 2, 'Close 120 new accounts by the end of FY2028', 'Close 30 new enterprise accounts by the end of FY2028', '2027-02-01', '2028-01-31'],
    ['fr_FR', 2, 'Conclure 120 nouveaux comptes d’ici la fin de l’exercice 2028', 'Conclure 30 nouveaux comptes entreprise d’ici la fin de l’exercice 2028', '2027-02-01', '2028-01-31'],
    ['en_US', 12, 'Close 120 new accounts by the end of FY2027', 'Close 30 new enterprise accounts by the end of FY2027', '2026-12-01', '2027-11-30'],
    // mend66f: past its first month (26 November under a September start) the next fiscal year, as January's plan year from October.
    ['fr_FR', 9, 'Conclure 120 nouveaux comptes d’ici la fin de l’exercice 2028', 'Conclure 30 nouveaux comptes entreprise d’ici la fin de l’exercice 2028', '2027-09-01', '2028-08-31'],
  ] as const)('%s from month %s: “%s”, %s – %s, read so by the statement reader', (locale, fiscalStart, accounts, enterprise, start, deadline) => {
    const { h, lang, rows } = checked(locale, fiscalStart, '2026-11-26');
    const annual = rows.filter((row) => /^[NSE]$/.test(row.id));
    expect(annual.map((row) => [row.sentence, row.start, row.deadline])).toEqual([
      [accounts, start, deadline],
      [accounts, start, deadline],
      [enterprise, start, deadline],
    ]);
    expect(h.run<{ deadline: string | null }>('smartAnalyze', accounts, '2026-11-26', lang, fiscalStart).deadline).toBe(deadline);
    // Its four quarters are the fiscal year's, Q1 to Q4, from its first day to its last.
    const quarters = rows.filter((row) => /^N-Q\d$/.test(row.id));
    expect(quarters.map((row) => /[QT](\d) (\d{4})$/.exec(row.sentence)!.slice(1).join(' '))).toEqual(['1', '2', '3', '4'].map((q) => `${q} ${deadline.slice(0, 4)}`));
    expect([quarters[0].start, quarters[3].deadline]).toEqual([start, deadline]);
  });

  it.each([
    ['en_US', 1, 'Close 120 new accounts by the end of 2027'],
    ['fr_FR', 4, 'Conclure 120 nouveaux comptes d’ici la fin de l’année 2027'],
    ['en_US', 7, 'Close 120 new accounts by the end of 2027'],
    ['fr_FR', 10, 'Conclure 120 nouveaux comptes d’ici la fin de l’année 2027'],
  ] as const)('near miss %s from month %s: fiscal quarters that are calendar ones keep the calendar year 2027', (locale, fiscalStart, accounts) => {
    const { rows } = checked(locale, fiscalStart, '2026-11-26');
    expect(rows.filter((row) => row.id === 'N').map((row) => [row.sentence, row.start, row.deadline])).toEqual([[accounts, '2027-01-01', '2027-12-31']]);
  });
});
