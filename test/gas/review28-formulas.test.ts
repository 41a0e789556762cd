/**
 * Review 28, the formulas as a Montréal revenue-ops manager (fr_CA, America/Toronto) and a Sydney sales manager (en_AU,
 * Australia/Sydney, fiscal year from July) use them, through the BUILT bundle on the emulator.
 *
 * 1. `direction` "maintain" is met on the KPI's good side of the target: at or below for a lower-is-better KPI (churn,
 *    CAC), at or above for a higher-is-better one (close rate); for a history whose header names no catalog KPI (a range
 *    started below its header, "Cost per lead", « Délai de réponse ») the side the latest level is on — it answered as
 *    "increase" there, so "keep the cost per lead under 5" read "rise to 5 or more": 0.1 % where the level was kept.
 * 2. A direction the formulas do not know is refused with every direction they take, maintain included.
 */
import { addPeriods } from '../../src/core/dates';
import { addSheet, harness } from './workbook/harness';

const AS_OF = '2026-11-26';
const DEADLINE = '2027-06-30';

/** Three years of weekly values around `level` (±1 %), with the header when one is given. */
function weekly(header: string | null, level: number): unknown[][] {
  const rows = Array.from({ length: 156 }, (_, i) => [addPeriods('2023-11-27', 'week', i), level * (1 + ((i % 3) - 1) * 0.01)]);
  return header === null ? rows : [['Week', header], ...rows];
}

describe.each([
  { locale: 'fr_CA', timeZone: 'America/Toronto', churn: 'Taux d’attrition', closeRate: 'Taux de conclusion', noKpi: 'Délai de réponse', words: ['maintenir', 'Maintien', 'garder'], onTrack: 'en bonne voie' },
  { locale: 'en_AU', timeZone: 'Australia/Sydney', churn: 'Churn', closeRate: 'Close rate', noKpi: 'Cost per lead', words: ['maintain', 'Keep', 'hold'], onTrack: 'on track' },
])('"maintain" is met on the KPI’s good side of the target ($locale)', ({ locale, timeZone, churn, closeRate, noKpi, words, onTrack }) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale, timeZone });
  const chance = (history: unknown[][], target: number, direction: string, deadline = DEADLINE): number => h.run<number>('ACHIEVABILITY', history, target, deadline, AS_OF, direction);

  it('a lower-is-better KPI (churn, CAC) is kept at or below the target, a higher-is-better one at or above', () => {
    for (const word of words) {
      expect(chance(weekly(churn, 0.042), 0.05, word)).toBe(chance(weekly(churn, 0.042), 0.05, 'decrease'));
      expect(chance(weekly('CAC', 410), 450, word)).toBe(chance(weekly('CAC', 410), 450, 'decrease'));
      expect(chance(weekly(closeRate, 0.25), 0.2, word)).toBe(chance(weekly(closeRate, 0.25), 0.2, 'increase'));
    }
    expect(chance(weekly(churn, 0.042), 0.05, words[0])).toBeGreaterThan(0.9);
  });

  it('a history naming no catalog KPI keeps the side its latest level is on (it answered as "increase")', () => {
    for (const history of [weekly(noKpi, 4.2), weekly(null, 4.2)]) {
      const kept = chance(history, 5, words[0]);
      expect(kept).toBe(chance(history, 5, 'decrease'));
      expect(kept).toBeGreaterThan(0.9);
      expect(chance(history, 5, 'increase')).toBeLessThan(0.1);
      expect(h.run('GOALVERDICT', history, 5, DEADLINE, AS_OF, words[1])).toBe(onTrack);
    }
    // A level above the target keeps it above: a floor.
    expect(chance(weekly(null, 6), 5, words[2])).toBe(chance(weekly(null, 6), 5, 'increase'));
  });

  it('a passed deadline is judged on the same side: 1 when the level stayed under the target', () => {
    expect(chance(weekly(null, 4.2), 5, words[0], '2026-06-30')).toBe(1);
    expect(chance(weekly(null, 4.2), 5, 'increase', '2026-06-30')).toBe(0);
  });
});

describe('an unknown direction is refused with every direction the formulas take', () => {
  it.each([
    ['en_AU', 'Unknown direction: sideways (use increase, decrease or maintain).'],
    ['fr_CA', 'Sens inconnu\u202f: sideways (utilisez hausse, baisse ou maintien).'],
  ])('%s', (locale, message) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale });
    expect(() => h.run('ACHIEVABILITY', weekly('Churn', 0.042), 0.05, DEADLINE, AS_OF, 'sideways')).toThrow(message);
    // In a column, the bad row says it and the others answer.
    const column = h.run<unknown[][]>('GOALVERDICT', weekly('Churn', 0.042), [[0.05], [0.05]], DEADLINE, AS_OF, [['sideways'], ['maintain']]);
    expect(column[0][0]).toBe(message);
    expect(typeof column[1][0]).toBe('string');
    expect(column[1][0]).not.toBe(message);
  });

  it('the words listed are read back', () => {
    const h = harness({ spreadsheetLocale: 'fr_CA', userLocale: 'fr_CA' });
    const sheet = addSheet(h.emulator, 'Attrition', weekly('Taux d’attrition', 0.042));
    const history = sheet.getDataRange().getValues();
    for (const word of ['increase', 'decrease', 'maintain', 'hausse', 'baisse', 'maintien'])
      expect(typeof h.run('ACHIEVABILITY', history, 0.05, DEADLINE, AS_OF, word)).toBe('number');
  });
});

/**
 * Google's guide gives a Date cell to a custom function as a JavaScript Date ("Data types",
 * developers.google.com/apps-script/guides/sheets/functions) and names no zone; the add-on reads its day in the
 * SPREADSHEET's zone (src/gas/functions/zone.ts), the zone Sheets shows the cell in. Midnight in Toronto is 04:00 or
 * 05:00 UTC, in Sydney 13:00 or 14:00 UTC the day before: read in UTC or in the script's zone, the Sydney cell would
 * be the previous day. Checked on the days the clocks change, where an offset taken from another day is an hour off.
 */
describe.each([
  { locale: 'fr_CA', timeZone: 'America/Toronto', days: ['2026-11-01', '2027-03-14'], period: 'jour', nextMonthEnd: '2026-12-31' },
  { locale: 'en_AU', timeZone: 'Australia/Sydney', days: ['2026-10-04', '2027-04-04'], period: 'day', nextMonthEnd: '2026-11-30' },
])('a Date cell is the day the sheet shows ($timeZone)', ({ locale, timeZone, days, period, nextMonthEnd }) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale, timeZone });
  const sheet = addSheet(h.emulator, 'Dates', days.map((day) => [day]));
  const [start, deadline] = sheet.getRange(1, 1, 2, 1).getValues().map((row) => row[0]);

  it('REQUIREDPACE counts the same days from the cells as from their text', () => {
    expect(start).toBeInstanceOf(Object);
    // One end a cell, the other its text: a cell read a day early would count one day more or less.
    const fromText = h.run('REQUIREDPACE', 100, 120, days[0], days[1], period);
    expect(h.run('REQUIREDPACE', 100, 120, start, days[1], period)).toBe(fromText);
    expect(h.run('REQUIREDPACE', 100, 120, days[0], deadline, period)).toBe(fromText);
    expect(h.run('REQUIREDPACE', 100, 120, start, deadline, period)).toBe(fromText);
  });

  it('SMARTPARSE resolves "next month" from the as_of cell’s own day and writes its deadline as a midnight of the sheet', () => {
    const statement = locale === 'fr_CA' ? 'Augmenter le CA de 10 % d’ici la fin du mois prochain' : 'Increase revenue by 10% by the end of next month';
    const [row] = h.run<unknown[][]>('SMARTPARSE', statement, start);
    expect(row[4]).toEqual(h.run<unknown[][]>('SMARTPARSE', statement, days[0])[0][4]);
    const written = (h.emulator.globals.Utilities as GoogleAppsScript.Utilities.Utilities).formatDate(row[4] as GoogleAppsScript.Base.Date, timeZone, 'yyyy-MM-dd HH:mm');
    expect(written).toBe(`${nextMonthEnd} 00:00`);
  });
});

describe('numbers inside the formulas’ messages are grouped as the language writes them', () => {
  // A whole column of a Goals tab grown past 1,000 rows against a shorter column of deadlines.
  const targets = Array.from({ length: 1200 }, () => [0.05]);
  const deadlines = Array.from({ length: 999 }, () => [DEADLINE]);
  it.each([
    ['en_AU', 'Ranges of different sizes (rows × columns: 1,200 × 1, 999 × 1): use one size, or one row, column or cell.', 'Text too long (2,400 characters, maximum 2,000)'],
    // fr_CA groups thousands with a no-break space (CLDR fr_CA `group` U+00A0), France with a narrow one.
    ['fr_CA', 'Plages de tailles différentes (lignes × colonnes\u202f: 1\u00a0200 × 1, 999 × 1)\u202f: utilisez une même taille, ou une ligne, une colonne ou une cellule.', 'Texte trop long (2\u00a0400 caractères, maximum 2\u00a0000)'],
    ['fr_FR', 'Plages de tailles différentes (lignes × colonnes\u202f: 1\u202f200 × 1, 999 × 1)\u202f: utilisez une même taille, ou une ligne, une colonne ou une cellule.', 'Texte trop long (2\u202f400 caractères, maximum 2\u202f000)'],
  ])('%s', (locale, shapes, tooLong) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale });
    expect(() => h.run('GOALVERDICT', weekly('Churn', 0.042), targets, deadlines, AS_OF)).toThrow(shapes);
    expect(h.run<unknown[][]>('SMARTSCORE', [['x'.repeat(2400)], ['']], '', AS_OF)[0][0]).toBe(tooLong);
  });

  it('the count of history rows holding a Sheets error (EN, fr_CA)', () => {
    const history = [...weekly('Churn', 0.042).slice(0, 3), ...Array.from({ length: 1200 }, (_, i) => [addPeriods('2026-01-05', 'day', i), '#N/A'])];
    const failure = (locale: string): string => {
      try {
        harness({ spreadsheetLocale: locale, userLocale: locale }).run('ACHIEVABILITY', history, 0.05, DEADLINE, AS_OF);
      } catch (error) {
        return String(error);
      }
      return 'no error';
    };
    expect(failure('en_AU')).toContain('1,200 rows of the history hold a Sheets error (#N/A) and were left out: rows 4, 5, 6, 7, 8, … of the range.');
    expect(failure('fr_CA')).toContain('1\u00a0200 lignes de l’historique contiennent une erreur Sheets (#N/A) et ont été écartées\u202f: lignes 4, 5, 6, 7, 8, … de la plage.');
  });
});

describe('a deadline typed "end of …" is that period’s last day, as "by end of …" is in a goal sentence', () => {
  it('en_AU, fiscal year from July: "end of June 2027", "end of Q2 2027" (fiscal: December 2026), "end of FY27"', () => {
    const h = harness({ spreadsheetLocale: 'en_AU', userLocale: 'en_AU', timeZone: 'Australia/Sydney' });
    h.run('sidebarSaveSettings', { fiscalYearStartMonth: 7 });
    const pace = (deadline: string): unknown => h.run('REQUIREDPACE', 100, 120, '2026-07-01', deadline, 'day');
    expect(pace('end of June 2027')).toBe(pace('30/06/2027'));
    expect(pace('End of the Q2 2027')).toBe(pace('31/12/2026'));
    expect(pace('end of FY27')).toBe(pace('30/06/2027'));
    expect(h.run('GOALVERDICT', weekly('Churn', 0.042), 0.05, 'end of June 2027', AS_OF)).toBe(h.run('GOALVERDICT', weekly('Churn', 0.042), 0.05, '30/06/2027', AS_OF));
    // Near miss: no period after "end of" is still no date, said in the sheet's language.
    expect(() => pace('end of soon')).toThrow('Not a date: end of soon');
  });

  it('fr_CA: « fin juin 2027 », « fin du T4 2027 », « fin d’année 2027 »', () => {
    const h = harness({ spreadsheetLocale: 'fr_CA', userLocale: 'fr_CA', timeZone: 'America/Toronto' });
    const pace = (deadline: string): unknown => h.run('REQUIREDPACE', 100, 120, '2026-07-01', deadline, 'jour');
    expect(pace('fin juin 2027')).toBe(pace('2027-06-30'));
    expect(pace('Fin du T4 2027')).toBe(pace('2027-12-31'));
    expect(pace('fin d’année 2027')).toBe(pace('2027-12-31'));
    expect(() => pace('fin bientôt')).toThrow('Date invalide\u202f: fin bientôt');
  });
});

describe('an Australian amount typed as text is a number (en_AU)', () => {
  const h = harness({ spreadsheetLocale: 'en_AU', userLocale: 'en_AU', timeZone: 'Australia/Sydney' });
  it.each(['A$120,000', 'AU$120,000', 'AUD 120,000', '120,000 AUD', 'A$120k', 'NZ$120,000', 'C$ 120,000'])('%s', (typed) => {
    expect(h.run('GOALPROGRESS', 0, 1_000_000, typed)).toBe(0.12);
  });

  it('near misses stay refused with the message: a word that starts like a code, a mark with no number', () => {
    expect(() => h.run('GOALPROGRESS', 0, 1_000_000, 'AUDIT 120')).toThrow('Not a number: AUDIT 120');
    expect(() => h.run('GOALPROGRESS', 0, 1_000_000, 'A$')).toThrow('Not a number: A$');
  });
});
