/**
 * Fixes 60, item 3: a fiscal year named as the goal's window — "in FY27", "in FY 2026-27", "in FY2026/27", "this
 * financial year" — was counted from today (no start) when written with two digits or over two years, or when it was
 * under way, while "in FY2028" started on its first day: as of 3 December 2026 under an April start, "Sign 160 new
 * customers in FY27" left out the eight months of FY27 already done. Every way of writing it now starts on the fiscal
 * year's first day (`fiscalBlock`, core/dates.ts: the rule of the wizard's deadlines and "this/next financial year"),
 * and ends on its last (`namedFiscalBlock`). "By FY27" is a deadline: it keeps counting from today.
 */
import { fiscalBlock, namedFiscalBlock } from '../../../src/core/dates';
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2026-12-03';
const april = (text: string) => analyzeStatement(text, { asOf: AS_OF, fiscalYearStartMonth: 4 });

describe('a fiscal year named as the window starts on its first day, however it is written', () => {
  it.each([
    'Sign 160 new customers in FY27',
    'Sign 160 new customers in FY2027',
    'Sign 160 new customers in FY 2026-27',
    'Sign 160 new customers in FY2026/27',
    'Sign 160 new customers this financial year',
    'Signer 160 nouveaux clients sur l’exercice 2027',
    'Signer 160 nouveaux clients sur l’exercice 2026-2027',
  ])('%s: 1 April 2026 – 31 March 2027 under an April start', (text) => {
    expect(april(text)).toMatchObject({ start: '2026-04-01', deadline: '2027-03-31' });
  });

  it.each(['Sign 160 new customers in FY28', 'Sign 160 new customers in FY 2027-28', 'Sign 160 new customers next financial year'])('%s: the next fiscal year, 1 April 2027 – 31 March 2028', (text) => {
    expect(april(text)).toMatchObject({ start: '2027-04-01', deadline: '2028-03-31' });
  });

  it('the Settings’ start month decides: July', () => {
    expect(analyzeStatement('Sign 160 new customers in FY27', { asOf: AS_OF, fiscalYearStartMonth: 7 })).toMatchObject({ start: '2026-07-01', deadline: '2027-06-30' });
  });

  it('an amount for a two-year-written fiscal year is that year’s total, as "in FY2027" is', () => {
    for (const text of ['Reach ₹2 crore in sales in FY 2026-27', 'Reach ₹2 crore in sales in FY2026/27', 'Reach ₹2 crore in sales in FY27']) {
      expect(april(text)).toMatchObject({ target: 20_000_000, totalOver: 'year', start: '2026-04-01', deadline: '2027-03-31' });
    }
  });

  it('near miss: "by FY27" is a deadline, counted from today', () => {
    expect(april('Sign 160 new customers by FY27')).toMatchObject({ start: null, deadline: '2027-03-31' });
  });

  it('a fiscal quarter named in a sentence is the same block as the core rule’s', () => {
    expect(april('Close 40 deals in Q4 2027')).toMatchObject({ start: '2027-01-01', deadline: '2027-03-31' });
    expect(namedFiscalBlock(2027, 4, 4)).toMatchObject({ start: '2027-01-01', end: '2027-03-31' });
    expect(namedFiscalBlock(2027, 4)).toMatchObject(fiscalBlock('2026-12-03', 12, 4));
    expect(namedFiscalBlock(2027, 1)).toMatchObject({ start: '2027-01-01', end: '2027-12-31' });
    expect(namedFiscalBlock(9999, 4, 4)).toMatchObject({ start: '9999-01-01', end: '9999-03-31' });
  });
});
