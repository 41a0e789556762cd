/**
 * mend64f, surf64's review (finding 2): surf64 named the fiscal quarter holding each calendar quarter's first day, but its
 * cells stayed calendar quarters. Under a fiscal year from February, September or November (Settings) the names and the
 * cells parted: February "Close 24 new accounts in Q4 2027" over 1 January – 31 March 2027, which the statement reader
 * takes for 1 November 2026 – 31 January 2027; 8 quarter rows disagreed at each, and Check goals marked them OK. Each
 * quarter row's Start and Deadline are now the quarter its sentence names (`namedFiscalBlock`, the reader's own rule).
 * surf64 tested January, April, July and October only, where fiscal and calendar quarters coincide (the near misses:
 * unchanged). Through the BUILT add-on on the emulator, every first month, EN and FR.
 */
import { harness } from './harness';

type Analysis = { start: string | null; deadline: string | null };
const iso = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

function quarterRows(locale: 'en_US' | 'fr_FR', fiscalStart: number) {
  const lang = locale === 'fr_FR' ? 'fr' : 'en';
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  if (fiscalStart !== 1) h.run('sidebarSaveSettings', { fiscalYearStartMonth: fiscalStart });
  const { sheets } = h.run<{ sheets: string[] }>('insertExampleWorkbook');
  const rows = h.emulator.spreadsheet.getSheetByName(sheets[0])!.getDataRange().getValues().filter((row) => /^[NS]-Q\d$/.test(String(row[0])));
  return { h, lang, rows };
}

describe('mend64f (2): the example’s quarter rows hold the fiscal quarter their sentence names, whatever the first month', () => {
  it.each([
    ['en_US', 2], ['fr_FR', 2], ['en_US', 3], ['en_US', 5], ['en_US', 6], ['en_US', 8],
    ['en_US', 9], ['fr_FR', 9], ['en_US', 11], ['fr_FR', 11], ['en_US', 12],
  ] as const)('%s, fiscal year from month %s: each quarter sentence reads its row’s Deadline', (locale, fiscalStart) => {
    const { h, lang, rows } = quarterRows(locale, fiscalStart);
    expect(rows).toHaveLength(8);
    const disagree = rows
      .map((row) => [String(row[0]), h.run<Analysis>('smartAnalyze', row[1], '2026-11-26', lang, fiscalStart).deadline, iso(row[7])])
      .filter(([, read, cell]) => read !== cell);
    expect(disagree).toEqual([]);
  });

  // Re-pinned by surf66 (a): under a February start the annual goals are FY2028 (1 February 2027 – 31 January 2028) and
  // their quarters its Q1 … Q4 — the first quarter row was Q4 2027 (1 November 2026 – 31 January 2027), before the
  // calendar annual goal. Each sentence still names the quarter its cells hold.
  it.each([
    ['en_US', 'Close 24 new accounts in Q1 2028', 'Close 28 new accounts in Q2 2028'],
    ['fr_FR', 'Conclure 24 nouveaux comptes au T1 2028', 'Conclure 28 nouveaux comptes au T2 2028'],
  ] as const)('%s under February: Q1 2028 is 1 February – 30 April 2027, the next quarter follows it', (locale, q1, q2) => {
    const { rows } = quarterRows(locale, 2);
    expect(rows.filter((row) => /^N-Q[12]$/.test(String(row[0]))).map((row) => [row[1], iso(row[6]), iso(row[7])])).toEqual([
      [q1, '2027-02-01', '2027-04-30'],
      [q2, '2027-05-01', '2027-07-31'],
    ]);
  });

  it.each([1, 4, 7, 10])('near miss en_US, fiscal year from month %s: the calendar quarters of 2027, as before', (fiscalStart) => {
    const { rows } = quarterRows('en_US', fiscalStart);
    expect(rows.slice(0, 4).map((row) => `${iso(row[6])}–${iso(row[7])}`)).toEqual(['2027-01-01–2027-03-31', '2027-04-01–2027-06-30', '2027-07-01–2027-09-30', '2027-10-01–2027-12-31']);
  });
});
