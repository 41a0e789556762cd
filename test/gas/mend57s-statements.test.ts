/**
 * mend57s through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: SMARTPARSE's baseline, target and
 * deadline for stmt57's review findings (test/core/statement/mend57s.test.ts), each read otherwise on main after stmt57.
 * A future "have done" goal "in 2027" is the target (it read a baseline); a goal's weekday before ", said …" after its figure
 * and a deadline word after a reporting verb are the deadline (both read none); a past year's target is no deadline (it read
 * that year). Near misses keep stmt57's rows.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('a future "have done" goal in a year is the target', () => {
    expect(cells('We aim to have signed 50 new contracts in 2027.').slice(1)).toEqual(['', 50, '2027-12-31']);
    expect(cells('Nous voulons avoir signé 40 contrats en 2027.').slice(1)).toEqual(['', 40, '2027-12-31']);
  });

  it("the goal's weekday before its reporter, or after a reporting verb, is its deadline", () => {
    expect(cells('Close 20 new deals by Friday, said the sales director.').slice(2)).toEqual([20, '2026-12-11']);
    expect(cells('The manager said by Friday we must close 20 deals.').slice(2)).toEqual([20, '2026-12-11']);
    expect(cells('Le directeur a fixé avant vendredi un objectif de 20 rendez-vous.').slice(2)).toEqual([20, '2026-12-11']);
    // Near miss: the weekday of the report, with no figure before it.
    expect(cells('The CEO on Thursday said the company aims to open 50 stores.').slice(2)).toEqual([50, '']);
  });

  it("a past year's target is no deadline; a later one is", () => {
    expect(cells('We beat our 2025 sales target; next we want 500 new customers.').slice(2)).toEqual([500, '']);
    expect(cells('We raised our 2027 sales target to $5M.')[3]).toBe('2027-12-31');
  });
});
