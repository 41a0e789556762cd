/**
 * mend62a (review of audit62), through the BUILT bundle. The example workbook, checked and reported with a fiscal year
 * from April or July (today 8 December 2026).
 * - Finding 1: the report's split table puts each quarter under its fiscal quarter's column (Q1 … Q4), so goal E's
 *   January–March 2027 ("Q4 2027" in its note) sat right-most, after "Q3 2028", and under a July start G5's Q2 (October
 *   2026) shared a column with E's Q2 (October 2027). When a row's quarters carry their fiscal year, its Basis cell ends
 *   with their span, first – last, as the note names them: "…, Q4 2027 – Q3 2028" / « …, T4 2027 – T3 2028 ».
 * - Finding 2: goal E over 15 months (1 January 2027 – 31 March 2028, a total) got "Q2 2027 … Q1 2028", January–March
 *   2027 left out of its own goal; it now gets no split, in the note or the report.
 */
import { harness } from './harness';

type Locale = 'en_NZ' | 'fr_CA' | 'en_US';

/** The example workbook in `locale`, goal E's Start/Deadline optionally replaced: E's note and the split table's rows by ID. */
function example(locale: Locale, timeZone: string, fiscalStart: number, window?: [string, string]): { note: string; rows: Map<string, string[]> } {
  const h = harness({ spreadsheetLocale: locale, timeZone }, { __SMART_GOALS_TODAY__: '2026-12-08' });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth: fiscalStart });
  h.run('insertExampleWorkbook');
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const fr = locale === 'fr_CA';
  const goals = ss.getSheetByName(fr ? 'Objectifs' : 'Goals')!;
  const header = goals.getDataRange().getDisplayValues()[0];
  const rowE = goals.getDataRange().getDisplayValues().findIndex((r) => r[0] === 'E') + 1;
  if (window) {
    goals.getRange(rowE, header.indexOf(fr ? 'Début' : 'Start') + 1).setValue(window[0]);
    goals.getRange(rowE, header.indexOf(fr ? 'Échéance' : 'Deadline') + 1).setValue(window[1]);
  }
  h.run('checkGoals');
  const values = goals.getDataRange().getDisplayValues();
  const note = values[rowE - 1][values[0].indexOf(fr ? 'Remarques SMART' : 'SMART notes')];
  h.run('generatePlanReport');
  const report = ss.getSheets().find((s) => /^(SMART plan|Plan SMART) /.test(s.getName()))!;
  const shown = report.getDataRange().getDisplayValues();
  const at = shown.findIndex((r) => /^(Proposed quarterly splits|Répartitions trimestrielles proposées)/.test(r[0]));
  const rows = new Map<string, string[]>();
  if (at >= 0) {
    const headerAt = shown.findIndex((r, i) => i > at && r[0] === 'ID');
    for (const r of shown.slice(headerAt + 1)) {
      if (r[0] === '') break;
      rows.set(r[0], r);
    }
  }
  return { note, rows };
}

/** The note's split: its quarters' labels, in order. */
function noteLabels(note: string): string[] {
  return [...note.replace(/\u202f/g, ' ').matchAll(/(?:^|· |: )([QT]\d(?: \d{4})?) \d/g)].map((m) => m[1]);
}

describe('finding 1: the split table names the quarters the note names', () => {
  it.each([
    ['en_NZ', 'Pacific/Auckland', ', Q4 2027 – Q3 2028'],
    ['fr_CA', 'America/Toronto', ', T4 2027 – T3 2028'],
  ] as const)('%s, fiscal year from April: E’s Basis ends with its quarters’ span, its note’s first and last', (locale, zone, span) => {
    const { note, rows } = example(locale, zone, 4);
    const labels = noteLabels(note);
    expect(labels).toHaveLength(4);
    const basis = rows.get('E')![6];
    expect(basis.endsWith(span)).toBe(true);
    expect(span).toBe(`, ${labels[0]} – ${labels[3]}`);
  });

  it('en_NZ, fiscal year from July: E (January – December 2027) says its own years; G5 is one fiscal quarter (surf64)', () => {
    const { rows } = example('en_NZ', 'Pacific/Auckland', 7);
    // surf64: G5's "by the end of Q2 2027" is the fiscal Q2, October – December 2026, in its Deadline cell too (the example
    // wrote 30 June 2027, the calendar Q2's end): one quarter, no split row (was ", Q2 2027 – Q4 2027").
    expect(rows.get('G5')).toBeUndefined();
    expect(rows.get('E')![6]).toMatch(/, Q3 2027 – Q2 2028$/);
  });

  it('near miss: a calendar fiscal year’s quarters carry no year, and its Basis no span (EN and FR)', () => {
    for (const [locale, zone] of [['en_NZ', 'Pacific/Auckland'], ['fr_CA', 'America/Toronto']] as const) {
      const { note, rows } = example(locale, zone, 1);
      expect(noteLabels(note)).toEqual(locale === 'fr_CA' ? ['T1', 'T2', 'T3', 'T4'] : ['Q1', 'Q2', 'Q3', 'Q4']);
      expect(rows.get('E')![6]).not.toMatch(/[QT]\d/);
    }
  });
});

describe('finding 2: a total over 15 months gets no split', () => {
  it.each([
    ['en_US', 'America/New_York', 1],
    ['en_US', 'America/New_York', 4],
    ['fr_CA', 'America/Toronto', 4],
  ] as const)('%s, %s, fiscal start %d: E from 1 January 2027 to 31 March 2028 has no split line and no row', (locale, zone, fiscal) => {
    const { note, rows } = example(locale, zone, fiscal, ['2027-01-01', '2028-03-31']);
    expect(note).not.toMatch(/split|répartition/i);
    expect(rows.has('E')).toBe(false);
  });

  it('near miss: July 2027 – June 2028 under a calendar year keeps four quarters, named by year, holding all 30', () => {
    const { note, rows } = example('en_US', 'America/New_York', 1, ['2027-07-01', '2028-06-30']);
    expect(noteLabels(note)).toEqual(['Q3 2027', 'Q4 2027', 'Q1 2028', 'Q2 2028']);
    expect(rows.get('E')!.slice(2, 6).map(Number).reduce((a, b) => a + b, 0)).toBe(30);
    expect(rows.get('E')![6]).toMatch(/, Q3 2027 – Q2 2028$/);
  });
});
