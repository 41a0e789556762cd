/**
 * Fixes 58: the analyzer's reading of a goal's time and period on sentences reviews found misread.
 * 1. An amount of sales for a named quarter or (fiscal) year is that window's total (`totalOver`), not a monthly level.
 * 2. "this / next financial year", « cet exercice », « d'ici la fin de l'exercice »: the fiscal year's end under Settings'
 *    fiscal year start (the calendar year's with none), as "Q3" / « T3 » follow it.
 */
import { analyzeStatement, evaluateStatement } from '../../../src/core/statement';

const AS_OF = '2026-12-03';
const analyze = (text: string, fiscalYearStartMonth = 1) => analyzeStatement(text, { asOf: AS_OF, fiscalYearStartMonth });

describe('an amount for a named quarter or year is the window’s total', () => {
  it.each([
    ['Reach $1.5M in Q3', 'quarter', '2027-09-30'],
    ['Generate $1.5M in sales in Q3 2027', 'quarter', '2027-09-30'],
    ['Réaliser 450 000 € de CA au T2', 'quarter', '2027-06-30'],
    ['Reach $6M in sales over the fiscal year', 'year', '2026-12-31'],
    ['Atteindre 6,2 M$ sur l’exercice', 'year', '2026-12-31'],
    ['Reach 6M in sales this financial year', 'year', '2026-12-31'],
    ['Reach $6M in revenue in FY2027', 'year', '2027-12-31'],
    ['Réaliser 6 M€ de chiffre d’affaires en 2027', 'year', '2027-12-31'],
  ])('%s → the %s’s total, due %s', (text, period, deadline) => {
    expect(analyze(text)).toMatchObject({ totalOver: period, recurrence: null, deadline });
  });

  it.each([
    'Reach $1.5M in revenue by Q3',
    'Atteindre 1,5 M€ de CA d’ici le T3',
    'Reach $500k MRR in Q3',
    'Grow revenue to $2M in the next 3 quarters',
    'Sign 40 new accounts in Q3',
    'Raise the close rate to 30% in Q3',
  ])('near miss: %s keeps no window total', (text) => {
    expect(analyze(text).totalOver).toBeUndefined();
  });

  it('the fiscal quarter and year follow the fiscal year start', () => {
    expect(analyze('Reach $1.5M in Q3', 4)).toMatchObject({ totalOver: 'quarter', deadline: '2026-12-31', start: '2026-10-01' });
    expect(analyze('Reach $6M in sales over the fiscal year', 4)).toMatchObject({ totalOver: 'year', deadline: '2027-03-31' });
  });
});

describe('this / next financial year and « l’exercice » are the fiscal year’s end', () => {
  it.each([
    ['Reach $6M in sales this financial year', 1, '2026-12-31'],
    ['Reach $6M in sales this financial year', 4, '2027-03-31'],
    ['Reach $6M in revenue for the current financial year', 4, '2027-03-31'],
    ['Reach $6M in sales this fiscal year', 2, '2027-01-31'],
    ['Reach $6M in sales next financial year', 1, '2027-12-31'],
    ['Reach $6M in sales next financial year', 4, '2028-03-31'],
    ['Reach $6M in revenue in financial year 2027', 4, '2027-03-31'],
    ['Atteindre 6 M€ de CA sur cet exercice', 4, '2027-03-31'],
    ['Atteindre 6 M€ de CA sur l’exercice en cours', 4, '2027-03-31'],
    ['Atteindre 6 M€ de CA d’ici la fin de l’exercice', 4, '2027-03-31'],
    ['Atteindre 6 M€ de CA d’ici la fin de l’exercice', 1, '2026-12-31'],
  ])('%s (fiscal year from month %d) → %s', (text, start, deadline) => {
    expect(analyze(text, start).deadline).toBe(deadline);
  });

  it('Q3 and « T3 » name the same fiscal year’s quarter as "this financial year" ends (April start: Q3 is October–December)', () => {
    expect(analyze('Close 30 new accounts in Q3', 4).deadline).toBe('2026-12-31');
    expect(analyze('Conclure 30 nouveaux comptes au T3', 4).deadline).toBe('2026-12-31');
    expect(analyze('Close 30 new accounts in Q4', 4).deadline).toBe(analyze('Reach $6M in sales this financial year', 4).deadline);
  });
});

describe('before the new year is 31 December, Christmas in the sentence is context', () => {
  it.each([
    ['I want to increase my sales of Christmas decorations by 50% before the new year: from $4000 a month to $6000 a month.', '2026-12-31'],
    ['Sell 200 Christmas hampers before the new year', '2026-12-31'],
    ['Double Christmas sales before the New Year', '2026-12-31'],
    ['Sell 200 hampers by New Year’s Eve', '2026-12-31'],
    ['Vendre 200 coffrets de Noël avant la nouvelle année', '2026-12-31'],
    ['Vendre 200 coffrets de Noël d’ici le nouvel an', '2026-12-31'],
    ['Sell 200 hampers by Christmas', '2026-12-25'],
    ['Vendre 200 coffrets d’ici Noël', '2026-12-25'],
    ['Sell 200 hampers by Christmas, then 50 more in the new year', '2026-12-25'],
  ])('%s → %s', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });
});

describe('a cadence after a means that counts nothing is the goal number’s', () => {
  const read = (text: string) => {
    const a = analyze(text);
    return { recurrence: a.recurrence, target: a.target, levers: a.levers };
  };
  it.each([
    ['Sign 3 new companies through LinkedIn outreach per week', 'LinkedIn outreach'],
    ['Sign 3 new companies with our partner offer per week', 'our partner offer'],
    ['Signer 3 nouveaux clients grâce à la prospection LinkedIn par semaine', 'la prospection LinkedIn'],
    // Final read: the French cues that run on (« grâce aux », « au moyen de », « par le biais du ») were never matched.
    ['Signer 3 nouveaux clients grâce aux salons régionaux par semaine', 'salons régionaux'],
    ['Signer 3 nouveaux clients au moyen de la prospection LinkedIn par semaine', 'la prospection LinkedIn'],
    ['Signer 3 nouveaux clients par le biais du parrainage par semaine', 'parrainage'],
  ])('%s → 3 a week, lever “%s”', (text, lever) => {
    expect(read(text)).toEqual({ recurrence: 'week', target: 3, levers: [lever] });
  });

  it('a cadence of a number inside the means stays the lever’s', () => {
    expect(read('Sign 3 new clients by June by booking 2 demos per week')).toEqual({ recurrence: null, target: 3, levers: ['booking 2 demos per week'] });
    expect(read('Book 2 demos per week to sign 3 new clients by June')).toMatchObject({ recurrence: 'week', target: 2 });
    expect(read('Close 5 deals by March through webinars a month')).toMatchObject({ recurrence: null, levers: ['webinars a month'] });
  });
});

describe('the Specific line names the measure in the user’s words, as the restatement does', () => {
  const specific = (text: string) => evaluateStatement(text, { asOf: AS_OF }).criteria.specific.message;
  it.each([
    ['Augmenter le taux de renouvellement à 90 % d’ici juin 2027', 'Nomme le KPI (taux de renouvellement) et le sens (augmenter).'],
    ['Lift our win rate to 30% by June 2027', 'Names the KPI (win rate) and the direction (increase).'],
    ['Réduire le churn à 3 % d’ici juin 2027', 'Nomme le KPI (churn) et le sens (réduire).'],
  ])('%s → %s', (text, message) => {
    expect(specific(text)).toBe(message);
  });

  it('a generic word or an inferred KPI keeps the catalog label', () => {
    expect(specific('Increase sales by 10% by June 2027')).toBe('Names the KPI (Revenue) and the direction (increase).');
    expect(specific('Close 40% of the 50 open opportunities by Q2')).toBe('Names the KPI (Deals closed) and the direction (increase).');
  });
});
