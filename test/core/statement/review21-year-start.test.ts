/**
 * Review 21, finding 3: « Signer 160 nouveaux clients en 2027 » had no start while « au T1 2027 » started on 1 January:
 * as of 3 December 2026 the annual goal was counted from today (56 weeks, December's customers counted toward 2027). A
 * future year named as the goal's period starts on its first day (a fiscal year's, by the Settings' fiscal-year start);
 * "by 2027", « d'ici fin 2027 » still count from today.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2026-12-03';

describe('a year named as the goal’s period starts on its first day', () => {
  it.each([
    ['Signer 160 nouveaux clients en 2027', '2027-01-01', '2027-12-31'],
    ['Sign 160 new customers in 2027', '2027-01-01', '2027-12-31'],
    ['Sign 160 new customers in FY2027', '2027-01-01', '2027-12-31'],
    ['Sign 160 new customers in FY 2027', '2027-01-01', '2027-12-31'],
    ['Signer 160 nouveaux clients pour 2027', '2027-01-01', '2027-12-31'],
    ['Signer 160 nouveaux clients sur l’exercice 2027', '2027-01-01', '2027-12-31'],
    ['Signer 160 nouveaux clients sur l’année 2027', '2027-01-01', '2027-12-31'],
    ['Sign 160 new customers during 2027', '2027-01-01', '2027-12-31'],
  ])('%s', (text, start, deadline) => {
    expect(analyzeStatement(text, { asOf: AS_OF })).toMatchObject({ start, deadline });
  });

  it('a fiscal year starts on the fiscal year’s first day (April start)', () => {
    expect(analyzeStatement('Sign 160 new customers in FY2028', { asOf: AS_OF, fiscalYearStartMonth: 4 })).toMatchObject({ start: '2027-04-01', deadline: '2028-03-31' });
    // FY2027 (April 2026 – March 2027) is under way: its window still starts on its first day (fixes60; it was counted
    // from today, leaving out the months already done).
    expect(analyzeStatement('Sign 160 new customers in FY2027', { asOf: AS_OF, fiscalYearStartMonth: 4 })).toMatchObject({ start: '2026-04-01', deadline: '2027-03-31' });
  });

  it('a year under way is the window too, from its first day, as a quarter under way is (fixes60)', () => {
    expect(analyzeStatement('Signer 160 nouveaux clients en 2026', { asOf: AS_OF })).toMatchObject({ start: '2026-01-01', deadline: '2026-12-31' });
  });

  it.each([
    // A deadline, not a period: from today.
    ['Signer 160 nouveaux clients d’ici fin 2027', '2027-12-31'],
    ['Sign 160 new customers by the end of 2027', '2027-12-31'],
    ['Sign 160 new customers by 2027', '2027-12-31'],
    // A span of two years is no one year's.
    ['Sign 160 new customers in 2027-2028', '2028-12-31'],
  ])('near miss: %s keeps no start', (text, deadline) => {
    expect(analyzeStatement(text, { asOf: AS_OF })).toMatchObject({ start: null, deadline });
  });

  it('a quarter keeps its own start', () => {
    expect(analyzeStatement('Signer 160 nouveaux clients au T1 2027', { asOf: AS_OF })).toMatchObject({ start: '2027-01-01', deadline: '2027-03-31' });
    expect(analyzeStatement('Sign 160 new customers in December 2027', { asOf: AS_OF })).toMatchObject({ start: '2027-12-01' });
  });
});
