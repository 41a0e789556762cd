/**
 * review12 M4: a quarter inside a fiscal-year phrase ("Q1 FY2027", "Q1 of fiscal year 2027", « T1 de l'exercice 2027 »)
 * is that fiscal year's quarter, not the fiscal year's end; and a bare "Q1" follows the fiscal year saved in Settings,
 * as the README promises ("Quarters and “end of year” follow the fiscal year saved in the add-on’s Settings").
 */
import { analyzeStatement } from '../../../src/core/statement';

const deadline = (text: string, fiscalYearStartMonth: number): string | null => analyzeStatement(text, { asOf: '2026-11-26', lang: 'en', fiscalYearStartMonth }).deadline;

describe('fiscal quarters', () => {
  it.each([
    ['Close 30 new accounts in Q1 FY2027', 1, '2027-03-31'],
    ['Close 30 new accounts in Q1 of fiscal year 2027', 1, '2027-03-31'],
    ['Conclure 30 nouveaux comptes au T1 de l’exercice 2027', 1, '2027-03-31'],
    ['Close 30 new accounts in Q1 FY2027', 4, '2026-06-30'],
    ['Close 30 new accounts in Q3 of fiscal year 2027', 4, '2026-12-31'],
    ['Conclure 30 nouveaux comptes au T4 de l’exercice 2027', 4, '2027-03-31'],
    ['Close 30 new accounts in fiscal Q3', 4, '2026-12-31'],
    ['Close 30 new accounts in Q1', 1, '2027-03-31'],
    ['Close 30 new accounts in Q1', 4, '2027-06-30'],
    ['Close 30 new accounts in Q2 2027', 1, '2027-06-30'],
    ['Close 100 new accounts in FY2027', 4, '2027-03-31'],
  ])('%s (fiscal year from month %d) → %s', (text, start, expected) => {
    expect(deadline(text, start)).toBe(expected);
  });
});
