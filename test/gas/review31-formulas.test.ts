/**
 * Review 31, through the BUILT bundle on the emulator: the formulas tell Check goals' story (issue 11).
 *
 * (1) "Keep CAC below $500" with CAC at ~$450, the history passed to GOALVERDICT without its header and without a
 *     direction: the levels read a rise to $500, "unrealistic", silently, where Check goals (and SMARTSCORE, which has
 *     the sentence) call the ceiling kept. With the header or "maintain" it agrees; with only levels, the verdict now
 *     says how it was read (core `levelsReading`), as review 30 said a decrease.
 * (2) SMARTSCORE over a deals log (several deals on one date): it averaged the rows of a date and judged a date-named
 *     window on revenue as a daily level (85, unrealistic, where Check goals said stretch: 93), and refused the log's
 *     three columns (date, customer, amount). It reads the history as GOALVERDICT does (core `historyRange`: the one
 *     column of numbers, the log per week in the aggregation Check goals reads the tab in).
 */
import { addSheet, harness, seeded } from './workbook/harness';

const AS_OF = '2026-11-26';

function cacRows(header: string): unknown[][] {
  const random = seeded(7);
  const rows: unknown[][] = [['Month', header]];
  for (let i = 0; i < 30; i++) rows.push([`${2024 + Math.floor((i + 5) / 12)}-${String(((i + 5) % 12) + 1).padStart(2, '0')}-01`, Math.round(450 + (random() - 0.5) * 30)]);
  return rows;
}

/** Two years of deals, none to three on each working day (so many dates hold several rows). */
function dealsLog(): unknown[][] {
  const random = seeded(11);
  const rows: unknown[][] = [['Close date', 'Customer', 'Amount']];
  for (let d = new Date(Date.UTC(2024, 10, 4)); d <= new Date(Date.UTC(2026, 10, 24)); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
    for (let k = Math.floor(random() * 3); k > 0; k--) rows.push([d.toISOString().slice(0, 10), `Customer ${rows.length}`, Math.round((6000 + random() * 14000) / 50) * 50]);
  }
  return rows;
}

describe.each([
  ['en_US', 'on track', 'unrealistic', 'maintain', /^unrealistic — read as a rise: pass "maintain" if the target is a ceiling already kept\.$/, 'Keep CAC below $500 through June 30, 2027'],
  ['fr_FR', 'en bonne voie', 'irréaliste', 'maintien', /^irréaliste — lu comme une hausse\u202f: passez «\u202fmaintien\u202f» si la cible est un plafond déjà tenu\.$/, 'Maintenir le CAC sous 500 € jusqu’au 30 juin 2027'],
] as const)('%s', (locale, onTrack, unrealistic, maintain, note, sentence) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  const verdict = (...args: unknown[]): string => h.run<string>('GOALVERDICT', ...args);

  it('(1) a ceiling already kept: on track with its header or "maintain"; from the levels alone, the rise said', () => {
    const rows = cacRows('CAC');
    const bare = rows.slice(1);
    expect(verdict(rows, 500, '2027-06-30', AS_OF)).toBe(onTrack);
    expect(verdict(bare, 500, '2027-06-30', AS_OF, maintain)).toBe(onTrack);
    expect(verdict(bare, 500, '2027-06-30', AS_OF)).toMatch(note);
    // A direction given is used as given: no note.
    expect(verdict(bare, 500, '2027-06-30', AS_OF, locale === 'en_US' ? 'increase' : 'hausse')).toBe(unrealistic);
    // The sentence gives SMARTSCORE its KPI and verb: the header changes nothing, the ceiling is kept.
    expect(h.run('SMARTSCORE', sentence, bare, AS_OF)).toBe(100);
    expect(h.run('SMARTSCORE', sentence, bare, AS_OF)).toBe(h.run('SMARTSCORE', sentence, rows, AS_OF));
    // A rise the levels read as realistic (the article's 25 % → 30 %) stays a plain word.
    expect(verdict(bare, 465, '2027-06-30', AS_OF)).toMatch(/^[a-zé ]+$/);
  });
});

describe('(2) SMARTSCORE over a deals log, as Check goals and GOALVERDICT read it', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const log = dealsLog();
  const two = log.map((row) => [row[0], row[2]]);
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName('Goals');
  const sentences = ['Reach $2,400,000 in revenue from January 1, 2027 to June 30, 2027', 'Close $900,000 in revenue in Q1 2027'];
  goals.getRange(1, 1, 3, 3).setValues([['ID', 'Goal', 'KPI'], ...sentences.map((g, i) => [`G${i + 1}`, g, 'Revenue'])]);
  addSheet(h.emulator, 'Revenue', log).getRange(2, 3, log.length - 1, 1).setNumberFormat('$#,##0');
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (name: string): number => (values[0] as string[]).indexOf(name);
  const scores: Record<string, number> = { 'on track': 100, realistic: 100, stretch: 93, unrealistic: 85 };

  it.each(sentences.map((s, i) => [s, i + 1] as const))('%s: the score of Check goals’ verdict, over two or three columns', (text, row) => {
    const checked = String(values[row][column('Verdict')]);
    expect(Object.keys(scores)).toContain(checked);
    expect(h.run('SMARTSCORE', text, two, AS_OF)).toBe(scores[checked]);
    expect(h.run('SMARTSCORE', text, log, AS_OF)).toBe(scores[checked]);
  });

  it('the date-named half-year is a stretch on the log, not a daily level', () => {
    expect(values[1][column('Verdict')]).toBe('stretch');
    expect(h.run('SMARTSCORE', sentences[0], log, AS_OF)).toBe(93);
  });

  it('a range with two columns of numbers after its dates is read by the first, as the formulas always read a wider range (final read)', () => {
    const both = log.map((row, i) => [row[0], row[2], i === 0 ? 'Discount' : 100]);
    const first = log.map((row) => [row[0], row[2]]);
    expect(h.run('SMARTSCORE', sentences[0], both, AS_OF)).toBe(h.run('SMARTSCORE', sentences[0], first, AS_OF));
    // No column of numbers at all: the range's shape is said.
    const none = log.map((row) => [row[0], row[1]]);
    expect(() => h.run('SMARTSCORE', sentences[0], none.map((row) => [...row, 'n/a']), AS_OF)).toThrow('kpi_history must be a range of dates and one column of values.');
  });
});
