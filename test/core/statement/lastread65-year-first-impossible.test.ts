/**
 * lastread65: mend65a read a year-first slash date with one-digit parts as a date ("by 2027/1/5" is 5 January 2027) while
 * IMPOSSIBLE_RE's year-first alternative still asked two digits each — so "by 2027/2/30" was dropped in silence ("No
 * deadline and no cadence") where "2027/02/30" is reported as no such date. A one-digit part is taken after a slash only
 * (a space-separated "2027 2 30" stays three numbers).
 */
import { analyzeStatement } from '../../../src/core/statement/analyze';

const read = (text: string) => analyzeStatement(text, { asOf: '2026-12-07' });

describe('lastread65: an impossible year-first date with one-digit parts is reported', () => {
  it.each([
    ['Grow revenue to $1,500,000 by 2027/2/30', '2027/2/30'],
    ["Atteindre 1 500 000 € d'ici le 2027/2/30", '2027/2/30'],
    ['Close 500 deals by 2028/2/31', '2028/2/31'],
    ['Grow revenue to $1,500,000 by 2027/02/30', '2027/02/30'],
  ])('%s → no such date (%s)', (text, written) => {
    const analysis = read(text);
    expect(analysis.deadline).toBeNull();
    expect(analysis.impossibleDate).toBe(written);
  });

  it.each([
    ['Grow revenue to $1,500,000 by 2027/2/28', '2027-02-28'],
    ['Grow sales 10% by 2027/1/5', '2027-01-05'],
    ["Clôturer 500 affaires d'ici le 2028/2/29", '2028-02-29'],
  ])('%s stays a date (%s)', (text, deadline) => {
    const analysis = read(text);
    expect(analysis.deadline).toBe(deadline);
    expect(analysis.impossibleDate).toBeUndefined();
  });

  it('a space-separated "2027 2 30" is no date', () => {
    expect(read('Sell 2027 2 30 units').impossibleDate).toBeUndefined();
  });
});
