/**
 * surf64 (g), fixes-left of surf63 and audit63: "Insert example workbook" under a fiscal year from April (Settings) wrote
 * calendar sentences — "Close 24 new accounts in Q1 2027" over Start 1 January 2027 and Deadline 31 March 2027 — which the
 * statement reader takes for fiscal Q1 (1 April – 30 June 2026), and "… by the end of Q2 2027" over 30 June 2027 (read 30
 * September 2026, already past). The example now names the fiscal quarter its cells hold ("Q4 2027" for January – March
 * 2027 under an April start) and its Q2 goal's Deadline is the fiscal Q2's end, so every sentence and its row's cells agree.
 * Through the BUILT add-on on the emulator, EN and FR, fiscal years from January (near miss: unchanged), April, July, October.
 */
import { harness } from './harness';

type Analysis = { deadline: string | null };
const iso = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

describe('surf64 (g): the example workbook’s sentences and cells agree under the Settings’ fiscal year', () => {
  it.each([
    ['en_US', 1], ['fr_FR', 1], ['en_US', 4], ['fr_FR', 4], ['en_US', 7], ['fr_FR', 10],
  ] as const)('%s, fiscal year from month %s: each dated sentence reads its row’s Deadline', (locale, fiscalStart) => {
    const lang = locale === 'fr_FR' ? 'fr' : 'en';
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    if (fiscalStart !== 1) h.run('sidebarSaveSettings', { fiscalYearStartMonth: fiscalStart });
    const { sheets } = h.run<{ sheets: string[] }>('insertExampleWorkbook');
    const [, ...rows] = h.emulator.spreadsheet.getSheetByName(sheets[0])!.getDataRange().getValues();
    const read = rows
      // G1 and G2's "next week" ends on the locale's last weekday (wk57), which smartAnalyze, a locale-free call, does not know.
      .filter((row) => row[7] !== '' && row[1] !== '' && !/^G[12]$/.test(String(row[0])))
      .map((row) => {
        const analysis = h.run<Analysis>('smartAnalyze', row[1], '2026-11-26', lang, fiscalStart);
        return `${String(row[0])}: ${analysis.deadline ?? 'none'} / ${iso(row[7])}`;
      });
    // G3 and G5 (G4 has no Deadline), the three annual goals and their eight quarters.
    expect(read.length).toBe(13);
    expect(read.filter((line) => !/^(\S+): (\S+) \/ \2$/.test(line))).toEqual([]);
  });

  it('under an April start the quarters are named as fiscal ones (English and French), January – March 2027 "Q4 2027"', () => {
    for (const [locale, q4, q1] of [
      ['en_US', 'Close 24 new accounts in Q4 2027', 'Close 28 new accounts in Q1 2028'],
      ['fr_FR', 'Conclure 24 nouveaux comptes au T4 2027', 'Conclure 28 nouveaux comptes au T1 2028'],
    ] as const) {
      const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
      h.run('sidebarSaveSettings', { fiscalYearStartMonth: 4 });
      const { sheets } = h.run<{ sheets: string[] }>('insertExampleWorkbook');
      const rows = h.emulator.spreadsheet.getSheetByName(sheets[0])!.getDataRange().getValues();
      const nq = rows.filter((row) => /^N-Q[12]$/.test(String(row[0])));
      expect(nq.map((row) => [row[1], iso(row[6]), iso(row[7])])).toEqual([
        [q4, '2027-01-01', '2027-03-31'],
        [q1, '2027-04-01', '2027-06-30'],
      ]);
    }
  });
});
