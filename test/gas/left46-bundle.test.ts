/**
 * left46 through the BUILT bundle (dist/Code.js) on the emulator, FR and EN: SMARTPARSE reads a measure that is its own
 * clause's subject after places listed ("…, and revenue should reach $3M", « … où le CA devra atteindre 3 M€ ») as the
 * goal's KPI (it read none), « Les ventes étaient de 40 en mars et nous voulons 60 » as 40 → 60 (40 was the target), and
 * "We have 25 stores and plan to open 10 stores" as 10 stores to open, up (25 → 10, a decrease).
 */
import { smartParser } from './smartparse';

// « CA » is the user's own word for the KPI, kept on either locale; the others take the locale's label.
describe.each([
  ['en_US', 'increase', 'Revenue'],
  ['fr_FR', 'augmenter', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, increase, revenue) => {
  const parse = smartParser(locale);

  it('a measure that is its own clause’s subject after the places listed is the goal’s KPI', () => {
    expect(parse('We want to open stores in Lyon, Paris and Nice, and revenue should reach $3M').slice(0, 4)).toEqual([revenue, increase, '', 3000000]);
    expect(parse('Nous voulons ouvrir des magasins à Lyon, Paris et Nice où le CA devra atteindre 3 M€').slice(0, 4)).toEqual(['CA', increase, '', 3000000]);
  });

  it('« étaient de 40 … nous voulons 60 »: the past level is the baseline', () => {
    const row = parse("Les ventes étaient de 40 en mars et nous voulons 60 d'ici juin");
    expect(row.slice(0, 4)).toEqual([revenue, increase, 40, 60]);
    expect(row[4]).toEqual(new Date('2027-06-30T00:00:00.000Z'));
  });

  it('stores held, then stores to open: the count opened, up', () => {
    expect(parse('We have 25 stores and plan to open 10 stores in 2026').slice(0, 4)).toEqual(['', increase, '', 10]);
  });
});
