/**
 * kpi48 through the BUILT bundle (dist/Code.js) on the emulator, FR and EN sheets: SMARTPARSE names the KPI of each class
 * (test/core/statement/kpi48.test.ts) — a channel's sales given an amount of money (revenue), an amount told by its count
 * of digits (revenue until mend48e reverted it: no KPI), a count given as a range after a verb of sale (won deals, the range's lower bound) — and keeps none
 * for a channel's share in percent. Every class row read no KPI (or a sales amount in money) on main's bundle.
 */
import { smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Deals closed'],
  ['fr_FR', 'Chiffre d’affaires', 'Comptes conclus'],
])('SMARTPARSE (%s)', (locale, revenue, dealsClosed) => {
  const parse = smartParser(locale);

  it("« 60 millions d'euros de chiffre d'affaires à l'export »: revenue, 60,000,000", () => {
    expect([
      parse("Atteindre 60 millions d'euros de chiffre d'affaires à l'export d'ici 2027.")[0],
      parse("Atteindre 60 millions d'euros de chiffre d'affaires à l'export d'ici 2027.")[3],
    ]).toEqual([revenue, 60_000_000]);
  });

  it("« chiffre d'affaires à l'export de 10 % à 30 % du total »: a share, no KPI", () => {
    expect(parse("Passer le chiffre d'affaires à l'export de 10 % à 30 % du total en 2027.")[0]).toBe('');
  });

  // The digit-count rule was reverted by mend48e (test/gas/mend48e-bundle.test.ts): the amount is read, no KPI named.
  it('"build a six-figure business": no KPI, 100,000', () => {
    const row = parse('My goal is to build a six-figure business by 2027.');
    expect([row[0], row[3]]).toEqual(['', 100_000]);
  });

  it('"a six-figure salary": no KPI', () => {
    expect(parse('Earn a six-figure salary by 2028.')[0]).toBe('');
  });

  it('« vendre entre 500 et 800 baguettes par jour »: won deals, 500', () => {
    const row = parse('Une boulangerie doit généralement vendre entre 500 et 800 baguettes par jour.');
    expect([row[0], row[3]]).toEqual([dealsClosed, 500]);
  });

  it('"sell between 500 and 800 loaves a day": won deals, 500', () => {
    const row = parse('Sell between 500 and 800 loaves a day.');
    expect([row[0], row[3]]).toEqual([dealsClosed, 500]);
  });
});
