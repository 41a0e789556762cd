/**
 * mend48a, through the BUILT bundle (dist/Code.js on the emulator): left48's rules narrowed, as a user sees them in
 * SMARTPARSE's row (direction, baseline, target, deadline) in en_US and fr_FR. "by fall 2027" is no fall (it showed a
 * decrease and no target), a forecast in another clause sets no direction ("Industry sales are expected to fall 5% in
 * 2027; we aim to grow our revenue to $5M" showed a decrease), a restated change never takes the level's place (« soit une
 * croissance de 20 % de nos ventes » showed a target of 20 %), a held count of the same head noun stays the baseline and one
 * of another noun is never the target, "each quarter of the fiscal year" is due at the year's end, a past fiscal start with
 * its year keeps that year's end, « sur une quinzaine de jours » is the fortnight. A change of another measure changes no
 * SMARTPARSE cell, so it is read through `smartAnalyze`.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { harness } from './workbook/harness';

const AS_OF = '2026-12-05';

describe.each([
  ['en_US', 'increase', 'decrease'],
  ['fr_FR', 'augmenter', 'réduire'],
])('SMARTPARSE (%s)', (locale, up, down) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  /** Direction, baseline and target cells ('' for a blank), then the deadline as an ISO date ('' for none). */
  const parse = (sentence: string): unknown[] => {
    const row = h.addon.call<unknown[][]>('SMARTPARSE', sentence, AS_OF)[0];
    // (The bundle's Date comes from another realm: no `instanceof` here.)
    const cell = row[4] as { toISOString?: () => string };
    return [row[1], row[2], row[3], typeof cell.toISOString === 'function' ? cell.toISOString().slice(0, 10) : String(row[4])];
  };

  it('"by fall 2027" and a forecast in another clause set no direction; the goal\'s own fall still does', () => {
    expect(parse('Launch the new product line by fall 2027 and reach $2M in sales').slice(0, 3)).toEqual([up, '', 2000000]);
    expect(parse('Industry sales are expected to fall 5% in 2027; we aim to grow our revenue to $5M').slice(0, 3)).toEqual([up, '', 5000000]);
    expect(parse('Revenue will fall 5% to $2 million by 2027').slice(0, 3)).toEqual([down, '', 2000000]);
  });

  it('a restated change keeps the level; held counts of the same noun are the baseline, of another never the target', () => {
    expect(parse("Atteindre 2 M€ de chiffre d'affaires en 2027, soit une croissance de 20 % de nos ventes")[2]).toBe(2000000);
    expect(parse('We have 25 sales reps and want to hire 35 reps by 2027').slice(1, 3)).toEqual([25, 35]);
    expect(parse('We have 10 reps and want to sell 500 units per month').slice(1, 3)).toEqual(['', 500]);
  });

  it('each quarter of the fiscal year, a past fiscal start with its year, « sur une quinzaine de jours »', () => {
    expect(parse('Hit $1M in each quarter of the fiscal year')[3]).toBe('2026-12-31');
    expect(parse('Reach $5M by the end of fiscal 2027, which began in October 2026')[3]).toBe('2027-09-30');
    expect(parse('Signer 20 clients sur une quinzaine de jours')[3]).toBe('2026-12-19');
    expect(parse('Signer 20 clients dans une quinzaine de jours')[3]).toBe('2026-12-19');
  });
});

describe('smartAnalyze: a restated change of another measure is no change of the goal', () => {
  const analyze = bundleAnalyze();
  it('« … soit une croissance de 20 % du chiffre d\'affaires » after 1 500 customers: no change; without it, +20 %', () => {
    expect(analyze("Atteindre 1 500 clients, soit une croissance de 20 % du chiffre d'affaires", AS_OF).change).toBeNull();
    expect(analyze('Reach 1,500 customers by 2027, i.e. a decline of 20% in acquisition cost', AS_OF).direction).toBe('increase');
    expect(analyze('Atteindre 1 500 clients, soit une croissance de 20 %', AS_OF).change).toEqual({ value: 0.2, kind: 'relative' });
  });
});
