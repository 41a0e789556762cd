/**
 * fixes65 (a), through the BUILT bundle on the emulator: under a fiscal year set in Settings, "this year" beside a
 * quarter or a half named the calendar year, so "the fourth quarter of this year" on 10 May 2026 under an April start
 * was FY2026's Q4 (31 March 2026, already past), and "Q3 this year" / « S1 de cette année » took the year's end as the
 * deadline instead of the period's. "The end of the year" / « la fin de l'année » stayed 31 December while the help
 * (Settings: "end of quarter / half / year"; SMARTSCORE, SMARTCHECK, SMARTPARSE: "Quarters and “end of year” follow the
 * fiscal year") said the fiscal year's end. Now every period a sentence names relative to today — quarter, half, year —
 * is the fiscal one; a date, a month or a written year ("by December 31", "end of 2027") stays the calendar's.
 */
import { en, fr } from '../../src/core/messages/sidebar';
import { harness, type Harness } from './workbook/harness';

const deadline = (h: Harness, sentence: string, asOf: string): string => (h.addon.call<unknown[][]>('SMARTPARSE', sentence, asOf)[0][4] as Date).toISOString().slice(0, 10);

function sheet(locale: string, fiscalYearStartMonth: number): Harness {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth });
  return h;
}

/** Sentence, then its deadline on 10 May 2026 under an April start, then under the calendar year. */
const CASES: ReadonlyArray<[string, string, string, string]> = [
  ['en_IN', 'Close 40 deals in H1 this year', '2026-09-30', '2026-06-30'],
  ['en_IN', 'Close 40 deals in Q3 this year', '2026-12-31', '2026-09-30'],
  ['en_IN', 'Close 40 deals in Q4 this year', '2027-03-31', '2026-12-31'],
  ['en_IN', 'Close 40 deals in the first half of this year', '2026-09-30', '2026-06-30'],
  ['en_IN', 'Close 40 deals in the fourth quarter of this year', '2027-03-31', '2026-12-31'],
  ['en_IN', 'Close 40 deals in Q4 next year', '2028-03-31', '2027-12-31'],
  ['en_IN', 'Close 40 deals by the end of the year', '2027-03-31', '2026-12-31'],
  ['en_IN', 'Close 40 deals by year end', '2027-03-31', '2026-12-31'],
  ['en_IN', 'Close 40 deals this year', '2027-03-31', '2026-12-31'],
  ['en_IN', 'Close 40 deals by the end of next year', '2028-03-31', '2027-12-31'],
  ['en_IN', 'Close 40 deals by the end of the fiscal year', '2027-03-31', '2026-12-31'],
  ['fr_FR', 'Conclure 40 contrats au S1 de cette année', '2026-09-30', '2026-06-30'],
  ['fr_FR', 'Conclure 40 contrats au T4 de cette année', '2027-03-31', '2026-12-31'],
  ['fr_FR', 'Conclure 40 contrats au T4 de l’année prochaine', '2028-03-31', '2027-12-31'],
  ['fr_FR', 'Conclure 40 contrats au premier semestre de cette année', '2026-09-30', '2026-06-30'],
  ['fr_FR', 'Conclure 40 contrats d’ici la fin de l’année', '2027-03-31', '2026-12-31'],
  ['fr_FR', 'Conclure 40 contrats cette année', '2027-03-31', '2026-12-31'],
  ['fr_FR', 'Conclure 40 contrats d’ici la fin de l’exercice', '2027-03-31', '2026-12-31'],
];

describe('periods named from today follow the fiscal year (SMARTPARSE, 10 May 2026)', () => {
  it.each(CASES)('%s: %s → %s under an April start, %s under a January one', (locale, sentence, fiscal, calendar) => {
    expect(deadline(sheet(locale, 4), sentence, '2026-05-10')).toBe(fiscal);
    expect(deadline(sheet(locale, 1), sentence, '2026-05-10')).toBe(calendar);
  });

  it('a half or quarter of this fiscal year is never one already ended a year ago (February start, 3 December 2026)', () => {
    const h = sheet('en_US', 2);
    // FY2027 runs from 1 February 2026 to 31 January 2027: its Q4 is November 2026 – January 2027, its H2 August – January.
    expect(deadline(h, 'Close 40 deals in the fourth quarter of this year', '2026-12-03')).toBe('2027-01-31');
    expect(deadline(h, 'Close 40 deals in the second half of this year', '2026-12-03')).toBe('2027-01-31');
    expect(deadline(h, 'Close 40 deals by the end of the year', '2026-12-03')).toBe('2027-01-31');
  });

  it('a date, a month or a written year stays the calendar’s', () => {
    const h = sheet('en_IN', 4);
    expect(deadline(h, 'Close 40 deals by December 31', '2026-05-10')).toBe('2026-12-31');
    expect(deadline(h, 'Close 40 deals by the end of 2026', '2026-05-10')).toBe('2026-12-31');
    expect(deadline(h, 'Close 40 deals before the new year', '2026-05-10')).toBe('2026-12-31');
  });
});

describe('the help says what the code does, in both languages', () => {
  it('Settings: end of quarter, half and year', () => {
    expect(en['sidebar.settings.fiscalHelp']).toMatch(/quarter \/ half \/ year/);
    expect(fr['sidebar.settings.fiscalHelp']).toMatch(/trimestre \/ semestre \/ année/);
  });
});
