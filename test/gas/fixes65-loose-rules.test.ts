/**
 * fixes65 (c), through the BUILT bundle (`smartAnalyze`, what the CLI and the statement eval run): three statement rules
 * wider than what they were written for.
 * - A plan's name (« le plan Target 21 », real25) took any capitalized word after "plan", so "Sales plan — Reach 40
 *   deals" and "Our plan to Reach 40 deals" lost their 40: not after a dash nor "to" (the goal's own verb).
 * - "adding 2,000 to 2,500 stalls" (real34: a range added is a rise) matched any word starting "add": "address 10 to 20
 *   tickets" was read as a rise of 10.
 * - "maintain our target of 500" (keeping an aim states no maintain, real27/real34) skipped any word before "target":
 *   "Maintain NPS target of 50" lost its maintain.
 * The sentences each rule was written for keep their reading.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';

const AS_OF = '2026-12-04';
const analyze = bundleAnalyze();
const read = (sentence: string) => analyze(sentence, AS_OF);

describe('a capitalized verb after "plan" is the goal, not a plan’s name', () => {
  it.each(['Sales plan — Reach 40 deals by June 30, 2027', 'Our sales plan - Reach 40 deals by June 30, 2027', 'Our plan to Reach 40 deals by June 30, 2027'])('%s: target 40', (sentence) => {
    expect(read(sentence).target).toBe(40);
  });

  it('« le plan Target 21 » is still a name', () => {
    expect(read('Le plan Target 21 vise 500 nouveaux clients d’ici 2027').target).toBe(500);
  });
});

describe('"address" is no "add"', () => {
  it('"address 10 to 20 tickets" is no rise of 10; "Add 10 to 20 new customers" and "adding 2,000 to 2,500 stalls" still are', () => {
    expect(read('Address 10 to 20 tickets a week by June 2027').change).toBeNull();
    expect(read('Add 10 to 20 new customers by June 2027').change).toEqual({ value: 10, kind: 'absolute' });
    expect(read('The company plans on adding 2,000 to 2,500 stalls a year by 2028').change).toEqual({ value: 2000, kind: 'absolute' });
  });
});

describe('"Maintain NPS target of 50" keeps the NPS at 50', () => {
  it('maintain, target 50; "Maintain our target of 500 deals" and « maintenir son objectif » still read the aim', () => {
    expect([read('Maintain NPS target of 50 through 2027').direction, read('Maintain NPS target of 50 through 2027').target]).toEqual(['maintain', 50]);
    expect(read('Maintain our target of 500 deals in 2027').direction).toBe('increase');
    expect(read('Air France maintient son objectif de 13 millions de passagers en 2027').direction).not.toBe('maintain');
  });
});
