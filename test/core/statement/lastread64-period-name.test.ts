/**
 * lastread64: a KPI the user chose (a tab's name, a KPI column, a wizard card) is the KPI a sentence names only when the
 * name is more than a period. A tab named « 2027 », "Q1" or « Janvier » is where a KPI is kept, not which one: audit64's
 * `namesKpi` took « Atteindre 140 en 2027 » on a tab « 2027 » for a goal naming its KPI (Check goals: 100, S and R OK).
 */
import { namesKpi } from '../../../src/core/statement';

describe('lastread64: a period is no KPI name', () => {
  it.each([
    ['Atteindre 140 en 2027', '2027'],
    ['Reach 140 in Q1 2027', 'Q1 2027'],
    ['Reach 140 by the end of January', 'January'],
    ['Atteindre 140 en janvier', 'Janvier'],
    ['Atteindre 140 au T2', 'T2'],
    ['Hit 140 in FY27', 'FY27'],
    ['Reach 140 this year', 'Year'],
  ])('%s on a tab « %s » names no KPI', (text, name) => {
    expect(namesKpi(text, name)).toBe(false);
  });

  it.each([
    ["Réduire le taux d'impayés à 5 % d'ici fin juin", "Taux d'impayés"],
    ['Cut the bad debt rate to 5% by 30/6/2027', 'Bad debt'],
    ['Grow Sales 2027 by 10%', 'Sales 2027'],
    ['Réduire les impayés à 5 % en janvier', 'Impayés'],
  ])('near miss: %s names « %s » (a measure, with or without a period beside it)', (text, name) => {
    expect(namesKpi(text, name)).toBe(true);
  });
});
