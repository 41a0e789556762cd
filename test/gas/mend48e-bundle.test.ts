/**
 * mend48e through the BUILT bundle (dist/Code.js) on the emulator, FR and EN sheets: what SMARTPARSE names after kpi48's
 * rules were mended (test/core/statement/mend48e.test.ts). An amount told by its digits names no KPI (kpi48 read "Avoid a
 * six-figure fine" as revenue); a channel's amount with a percentage aimed at after it is the channel's share (no KPI); a
 * range of hours after "sell" is no count of goods; a range of goods after a cadence is won deals; a channel's amount after
 * a colon is revenue.
 */
import { smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Deals closed'],
  ['fr_FR', 'Chiffre d’affaires', 'Comptes conclus'],
])('SMARTPARSE (%s)', (locale, revenue, dealsClosed) => {
  const parse = smartParser(locale);

  it('"Avoid a six-figure fine": no KPI', () => {
    expect(parse('Avoid a six-figure fine by 2027.')[0]).toBe('');
  });

  it('"Avoid hitting $100,000 in overdraft fees": no KPI', () => {
    expect(parse('Avoid hitting $100,000 in overdraft fees.')[0]).toBe('');
  });

  it("« CA à l'international de 3 M€ en 2026 à 35 % du total en 2028 »: a share, no KPI", () => {
    expect(parse("Passer le CA à l'international de 3 M€ en 2026 à 35 % du total en 2028.")[0]).toBe('');
  });

  it('"Sell between 2 and 4 hours a day on the phone": no KPI', () => {
    expect(parse('Sell between 2 and 4 hours a day on the phone.')[0]).toBe('');
  });

  it('« Vendre entre 10 et 15 % de plus »: no KPI', () => {
    expect(parse('Vendre entre 10 et 15 % de plus en 2027.')[0]).toBe('');
  });

  it('« Vendre chaque jour entre 500 et 800 baguettes »: won deals, 500', () => {
    const row = parse('Vendre chaque jour entre 500 et 800 baguettes.');
    expect([row[0], row[3]]).toEqual([dealsClosed, 500]);
  });

  it("« Ventes à l'export : 2 M€ en 2027 »: revenue, 2,000,000", () => {
    const row = parse("Ventes à l'export : 2 M€ en 2027.");
    expect([row[0], row[3]]).toEqual([revenue, 2_000_000]);
  });
});
