/**
 * Review 30, through the BUILT bundle on the emulator: the formulas tell Check goals' story when given the same
 * information, and say so when they cannot know.
 *
 * (4) GOALVERDICT over a deals log's three columns (date, customer, amount) answered "insufficient data" (it read the
 *     customer names as the values: found 0): it reads the log's one column of numbers, as Check goals reads the tab
 *     (core `valueColumn`), and a range with two columns of numbers after its dates is refused with the shape message.
 * (2) A win rate at ~27 % with a 24 % target, passed without its header row: Check goals ("Maintain a win rate of at
 *     least 24 %", "Reach a win rate of 24 %") says on track; GOALVERDICT read a decrease from the levels and said
 *     "stretch" silently. With the header ("Win rate") or a direction it agrees; without either it now says which
 *     reading it made (core `levelsReading`). SMARTSCORE has the sentence's verb and KPI: the same score with or
 *     without the header.
 */
import { harness, seeded } from './workbook/harness';

const AS_OF = '2026-11-26';

function dealsLog(): unknown[][] {
  const random = seeded(11);
  const rows: unknown[][] = [['Close date', 'Customer', 'Amount']];
  for (let d = new Date(Date.UTC(2024, 10, 4)); d <= new Date(Date.UTC(2026, 10, 24)); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6 || random() < 0.2) continue;
    rows.push([d.toISOString().slice(0, 10), `Customer ${rows.length}`, Math.round((6000 + random() * 14000) / 50) * 50]);
  }
  return rows;
}

function winRates(): unknown[][] {
  const random = seeded(5);
  const rows: unknown[][] = [['Month', 'Win rate']];
  for (let i = 0; i < 34; i++) rows.push([`${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, Math.round((0.255 + 0.0006 * i + (random() - 0.5) * 0.02) * 1000) / 1000]);
  return rows;
}

describe.each([
  ['en_US', 'on track', 'insufficient data', 'maintain', 'Maintain a win rate of at least 24% through January 31, 2028'],
  ['fr_FR', 'en bonne voie', 'données insuffisantes', 'maintien', 'Maintenir un taux de conversion d’au moins 24 % jusqu’au 31 janvier 2028'],
] as const)('%s', (locale, onTrack, insufficient, maintain, sentence) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  const verdict = (...args: unknown[]): string => h.run<string>('GOALVERDICT', ...args);

  it('(4) a deals log of three columns is read by its column of numbers, as its two columns are', () => {
    const log = dealsLog();
    const two = log.map((row) => [row[0], row[2]]);
    const three = verdict(log, 800000, '2027-04-30', AS_OF, '', 'total');
    expect(three).not.toContain(insufficient);
    expect(three).toBe(verdict(two, 800000, '2027-04-30', AS_OF, '', 'total'));
    expect(h.run('ACHIEVABILITY', log, 1500000, '2027-04-30', AS_OF)).toBe(h.run('ACHIEVABILITY', two, 1500000, '2027-04-30', AS_OF));
    // Two columns of numbers after the dates (date, actual, target): the first, as the formulas always read a wider
    // range (final read); a range with none says its shape.
    const both = log.map((row, i) => [row[0], row[2], i === 0 ? 'Discount' : 100]);
    expect(verdict(both, 800000, '2027-04-30', AS_OF, '', 'total')).toBe(verdict(two, 800000, '2027-04-30', AS_OF, '', 'total'));
    const none = log.map((row) => [row[0], row[1], 'n/a']);
    expect(() => verdict(none, 800000, '2027-04-30', AS_OF)).toThrow(locale === 'en_US' ? /two columns: dates, values/ : /deux colonnes\u202f: dates, valeurs/);
  });

  it('(2) a target the rate already beats: with its header on track, as Check goals; without it, the reading said', () => {
    const rates = winRates();
    expect(verdict(rates, 0.24, '2028-01-31', AS_OF)).toBe(onTrack);
    expect(verdict(rates.slice(1), 0.24, '2028-01-31', AS_OF, maintain)).toBe(onTrack);
    const bare = verdict(rates.slice(1), 0.24, '2028-01-31', AS_OF);
    expect(bare.startsWith(`${onTrack}`)).toBe(false);
    expect(bare).toMatch(locale === 'en_US' ? /^[a-z ]+ — read as a decrease: pass "maintain"/ : /^[a-zé ]+ — lu comme une baisse\u202f: passez «\u202fmaintien\u202f»/);
    // A target above the levels is a move toward it, silently as before (the article's 25 % → 30 %).
    expect(verdict(rates.slice(1), 0.3, '2028-01-31', AS_OF)).toMatch(/^[a-zé ]+$/);
    // SMARTSCORE reads the sentence's verb and KPI: the header changes nothing.
    expect(h.run('SMARTSCORE', sentence, rates.slice(1), AS_OF)).toBe(h.run('SMARTSCORE', sentence, rates, AS_OF));
    expect(h.run('SMARTSCORE', sentence, rates.slice(1), AS_OF)).toBe(100);
  });
});
