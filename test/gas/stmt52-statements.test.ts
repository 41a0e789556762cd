/**
 * stmt52 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real49's classes (test/core/statement/stmt52.test.ts). "add more than 500 new
 * customers" and « ajouter plus de 300 clients » state no level (they read the bound as the target); "profit growth of at
 * least 15%" is profit's change (it read a 15 % net margin); an overnight visitor spend of £2bn is sales (it read no KPI);
 * emergency department visits are no web traffic; "the app launched in October" has no deadline (it read October's end);
 * "X, chairman of Y, said he expects a 10 percent increase in 2027" is due at 2027's end (it read nothing at all); "from
 * $180 million … to what we hope will be $500 million" aims at $500 million (it read 10 %); « amasser 2 millions $ » names
 * no KPI (it read revenue). Near misses keep their rows.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Profit', 'Website traffic', 'Net margin'],
  ['fr_FR', 'Chiffre d’affaires', 'Bénéfice', 'Trafic du site', 'Marge nette'],
])('SMARTPARSE (%s)', (locale, revenue, profit, traffic, margin) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('a bound right after "add" states no level; a bound on a level does', () => {
    expect(parse('We aim to add more than 500 new customers by 2027.')[3]).toBe('');
    expect(parse("Nous voulons ajouter plus de 300 clients d'ici 2027.")[3]).toBe('');
    expect(parse('Reach more than 500 customers by 2027.')[3]).toBe(500);
  });

  it("a profit's growth is profit's change, a margin stays a margin", () => {
    expect(cells('Profit growth must amount to at least 15 percent annually.')).toEqual([profit, '', '', '']);
    expect(cells('Achieve a net margin of 10% in 2027.')).toEqual([margin, '', 0.1, '2027-12-31']);
  });

  it("visitors' spend in money is sales; emergency visits are no web traffic, a website's are", () => {
    expect(cells('The region aims to achieve an overnight visitor spend of £2bn by 2030.')).toEqual([revenue, '', 2_000_000_000, '2030-12-31']);
    expect(parse('Reduce emergency department visits by 10% by 2027.')[0]).toBe('');
    expect(parse('Increase website traffic by 20% by 2027.')[0]).toBe(traffic);
  });

  it('a past launch dates nothing; a launch still to come does', () => {
    expect(cells('We are targeting 8,000 users for the app launched in October.')[3]).toBe('');
    expect(cells('The app will be launched in March 2027 and should reach 10,000 users.')[3]).toBe('2027-03-31');
  });

  it("a speaker's own expectation is the goal; a closing attribution is not", () => {
    expect(cells('John Smith, chairman of Acme Air, said he expects a 10 percent passenger increase in 2027.')[3]).toBe('2027-12-31');
    expect(cells('Revenue should grow 10% in 2027, said the CEO, who expects a rebound in 2028.')).toEqual([revenue, '', '', '2027-12-31']);
  });

  it('a hoped-for far end after a yearly pace is the target', () => {
    expect(cells('Our plan has us growing 10 percent a year, from $180 million in assets to what we hope will be $500 million in assets by 2030.')).toEqual(['', 180_000_000, 500_000_000, '2030-12-31']);
  });

  it("a campaign's money in French is no sales; a sales goal's is", () => {
    expect(cells("L'objectif : amasser 2 millions $ d'ici 2028.")).toEqual(['', '', 2_000_000, '2028-12-31']);
    expect(parse("Notre objectif : 350 000 € de chiffre d'affaires en 2027.")[0]).toBe(revenue);
  });
});

/*
 * mend52b: stmt52's rules narrowed, through the built bundle (each test failed on main after stmt52): a future launch the goal
 * waits for keeps its deadline; a profit growth says "increase" (SMARTPARSE's direction cell) and yields to a named margin;
 * a webshop's visits stay web traffic; a harvest named after a goal leaves
 * it sales; « à ce que nous espérons être 10 % » is the far end. ("50 more than currently budgeted" read a change SMARTPARSE
 * has no cell for, and the same score and messages: its test is the analyzer's, stmt52.test.ts.)
 */
describe.each([
  ['en_US', 'Revenue', 'Profit', 'Website traffic', 'Net margin', 'increase'],
  ['fr_FR', 'Chiffre d’affaires', 'Bénéfice', 'Trafic du site', 'Marge nette', 'augmenter'],
])('SMARTPARSE after mend52b (%s)', (locale, revenue, profit, traffic, margin, increase) => {
  const parse = smartParser(locale);
  const cells = smartCells(parse);

  it('a future launch the goal waits for keeps its deadline, in English and French', () => {
    expect(cells('Sign 200 customers once the product is launched in Q2 2027.')[3]).toBe('2027-06-30');
    expect(cells('Atteindre 500 clients dès la mise en service en mars 2027.')[3]).toBe('2027-03-31');
    expect(cells("Atteindre 500 clients d'ici la mise en service en juin 2027.")[3]).toBe('2027-06-30');
  });

  it("a profit growth says which way; stated as a margin it stays the margin's level", () => {
    const row = parse('Profit growth of 12% in 2027.');
    expect([row[0], row[1]]).toEqual([profit, increase]);
    expect(parse('La croissance du bénéfice doit atteindre 12 % en 2027.')[1]).toBe(increase);
    expect(cells('Drive profit growth to a 20% net margin by 2027.')).toEqual([margin, '', 0.2, '2027-12-31']);
    expect(cells("Porter la croissance du bénéfice à 15 % du CA d'ici 2027.")).toEqual([margin, '', 0.15, '2027-12-31']);
  });

  it("a webshop's visits stay web traffic; patients' visits do not", () => {
    expect(parse('Increase visits to our webshop from clinic buyers by 20% in 2027.')[0]).toBe(traffic);
    expect(parse('Increase visits by 30% in 2027 for our emergency plumbing service.')[0]).toBe(traffic);
    expect(parse('Réduire de 10 % les passages aux urgences en 2027.')[0]).toBe('');
  });

  it("a harvest or goods given away after a goal's amount leave it sales; money given in donations does not", () => {
    expect(cells('Objectif de la coopérative : 3 M€, récolte 2027 comprise.')[0]).toBe(revenue);
    expect(cells("L'objectif : 500 000 € en 2027, grâce à nos dons de produits invendus aux banques alimentaires.")[0]).toBe(revenue);
    expect(cells("L'objectif : récolter 2 millions $ d'ici 2028.")[0]).toBe('');
  });

  it('« de 5 % à ce que nous espérons être 10 % » aims at 10 % from 5 %', () => {
    expect(cells("Passer de 5 % à ce que nous espérons être 10 % d'ici 2027.")).toEqual(['', 0.05, 0.1, '2027-12-31']);
  });
});
