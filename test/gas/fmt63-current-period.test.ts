/**
 * fmt63 (audit63's left (d)), through the BUILT bundle: a total of the CURRENT period named ("this FY", "this year",
 * "this quarter", « cette année », « ce trimestre ») is the goal's window, whose end is the deadline — not a cadence.
 * SMARTCHECK restated "Reach ₹2 crore in revenue this FY" as "… ₹20,000,000 per year by 31 March 2027" (and « … par
 * année d’ici le 31 décembre 2026 »): now "… by 31 March 2027" / « … d’ici le 31 décembre 2026 ». A cadence ("every
 * year", « chaque année », "per year") keeps its words; an amount a named adjective makes a period's total ("annual
 * revenue") keeps "per year"; the goal's reading (SMARTPARSE, Check goals' period total) is unchanged.
 */
import { harness } from './workbook/harness';

const TODAY = '2026-12-07';

function smartCheck(locale: string, sentence: string, fiscalYearStartMonth?: number): string {
  const h = harness({ spreadsheetLocale: locale }, { __SMART_GOALS_TODAY__: TODAY });
  if (fiscalYearStartMonth) h.run('sidebarSaveSettings', { fiscalYearStartMonth });
  return String(h.addon.call('SMARTCHECK', sentence, TODAY));
}

describe('a named current period is the goal’s window, not a cadence', () => {
  it.each([
    ['en_IN', 'Reach ₹2 crore in revenue this FY', 4, 'SMART: Increase revenue to ₹2,00,00,000 by 31 March 2027'],
    ['en_IN', 'Reach ₹2 crore in revenue this financial year', 4, 'SMART: Increase revenue to ₹2,00,00,000 by 31 March 2027'],
    ['en_US', 'Reach $20 million in revenue this year', undefined, 'SMART: Increase revenue to $20,000,000 by December 31, 2026'],
    ['en_US', 'Reach $5 million in revenue this quarter', undefined, 'SMART: Increase revenue to $5,000,000 by December 31, 2026'],
    ['fr_FR', 'Atteindre 2 M€ de chiffre d’affaires cette année', undefined, 'SMART\u202f: Augmenter le chiffre d’affaires à 2\u202f000\u202f000\u00a0€ d’ici le 31 décembre 2026'],
    ['fr_FR', 'Atteindre 500 000 € de chiffre d’affaires ce trimestre', undefined, 'SMART\u202f: Augmenter le chiffre d’affaires à 500\u202f000\u00a0€ d’ici le 31 décembre 2026'],
  ])('%s: %s', (locale, sentence, fiscal, expected) => {
    expect(smartCheck(locale, sentence, fiscal)).toBe(expected);
  });

  it.each([
    // A cadence keeps its words.
    ['en_US', 'Reach $20 million in revenue every year', /\$20,000,000 every year$/],
    ['en_US', 'Reach $20 million in revenue per year', /\$20,000,000 every year$/],
    ['fr_FR', 'Atteindre 2 M€ de chiffre d’affaires chaque année', /2\u202f000\u202f000\u00a0€ chaque année$/],
    ['en_US', 'Grow revenue 5% per month through June 30, 2027', /5% per month through June 30, 2027/],
    // An adjective naming the period a total is of keeps "per year" (review 21): the rewrite would read as the window's total.
    ['en_US', 'Reach $550,000 annual revenue by December 31, 2027', /\$550,000 per year by December 31, 2027/],
    ['fr_FR', 'Atteindre 120 000 € de chiffre d’affaires mensuel d’ici le 31 décembre 2027', /120\u202f000\u00a0€ par mois d’ici le 31 décembre 2027/],
  ])('near miss, %s: %s', (locale, sentence, expected) => {
    expect(smartCheck(locale, sentence)).toMatch(expected);
  });

  it('SMARTPARSE still reads the named year as the total’s period (the rewrite only changes)', () => {
    const h = harness({ spreadsheetLocale: 'en_US' }, { __SMART_GOALS_TODAY__: TODAY });
    const [row] = h.addon.call<unknown[][]>('SMARTPARSE', 'Reach $20 million in revenue this year', TODAY);
    expect(row[3]).toBe(20_000_000);
    expect(row[5]).toBe('year');
  });
});
