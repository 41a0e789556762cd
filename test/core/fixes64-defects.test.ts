/**
 * fixes64, in core: four defects earlier sessions noticed and left (issue 11: one story, never a silent wrong answer).
 * (b) halves follow the Settings' fiscal year as quarters do; (c) a verb the numbers contradict is said, with the
 * direction read; (d) an amount is written with the mark of core's one table of marks, the sheet's own when it is the
 * sheet's currency; (e) a bare "$" in a goal sentence is the sheet's dollar (CAD in a Canadian sheet), else the US one.
 * The section rows (a) are read through the built bundle: test/gas/fixes64-defects.test.ts.
 */
import { currencySymbol } from '../../src/core/currency-marks';
import { formatCurrency, useCurrency } from '../../src/core/format';
import { analyzeStatement } from '../../src/core/statement/analyze';
import { evaluateStatement } from '../../src/core/statement/evaluate';
import { cellDate } from '../../src/core/workbook/cells';
import { numberFormatFor } from '../../src/core/workbook/values';
import { currencyFormat } from '../../src/core/plan/layout';

const AS_OF = '2026-12-03';
const readDeadlineCell = (text: string, fiscalStartMonth: number, periodEnd: boolean): string | null => cellDate(text, 'en', { periodEnd, fiscalStartMonth });
const deadline = (text: string, fiscalYearStartMonth: number): string | null => analyzeStatement(text, { asOf: AS_OF, fiscalYearStartMonth }).deadline;

describe('(b) halves are the fiscal year’s, as quarters are', () => {
  it.each([
    // An April start (India's, the UK's): FY2027 is April 2026 – March 2027, its Q2 ends in September 2026, so does its H1.
    ['Reach $1M in revenue by end of H1 2027', 4, '2026-09-30'],
    ['Reach $1M in revenue by end of Q2 2027', 4, '2026-09-30'],
    ['Reach $1M in revenue by H2 2027', 4, '2027-03-31'],
    ['Reach $1M in revenue in the second half of 2027', 4, '2027-03-31'],
    ['Atteindre 1 M€ de CA d’ici fin S1 2027', 4, '2026-09-30'],
    ['Atteindre 1 M€ de CA au deuxième semestre 2027', 4, '2027-03-31'],
    // Named relative to today (3 December 2026): the fiscal half or quarter under way, or the next one.
    ['Reach $1M in revenue by the end of this half', 4, '2027-03-31'],
    ['Reach $1M in revenue by the end of next half', 4, '2027-09-30'],
    ['Atteindre 1 M€ de CA d’ici la fin du semestre', 4, '2027-03-31'],
    ['Reach $1M in revenue by the end of the quarter', 2, '2027-01-31'],
    ['Atteindre 1 M€ de CA d’ici la fin du trimestre prochain', 2, '2027-04-30'],
    // Near misses: with a January start, the calendar's halves and quarters, as before.
    ['Reach $1M in revenue by end of H1 2027', 1, '2027-06-30'],
    ['Atteindre 1 M€ de CA d’ici fin S2 2027', 1, '2027-12-31'],
    ['Reach $1M in revenue by the end of this half', 1, '2026-12-31'],
    ['Reach $1M in revenue by the end of next half', 1, '2027-06-30'],
    ['Reach $1M in revenue by the end of the quarter', 1, '2026-12-31'],
  ] as const)('%s (fiscal year from month %d) → %s', (text, start, date) => {
    expect(deadline(text, start)).toBe(date);
  });

  it('a Deadline cell reads "H1 2027" and "2027-S2" as a sentence does, its Start the half’s first day', () => {
    expect(readDeadlineCell('H1 2027', 4, true)).toBe('2026-09-30');
    expect(readDeadlineCell('H1 2027', 4, false)).toBe('2026-04-01');
    expect(readDeadlineCell('2027-S2', 4, true)).toBe('2027-03-31');
    expect(readDeadlineCell('S2 2027', 1, true)).toBe('2027-12-31');
    expect(readDeadlineCell('H2 2027', 1, false)).toBe('2027-07-01');
  });
});

describe('(c) a verb the numbers contradict is said, with the direction read', () => {
  it.each([
    ['Increase close rate from 30% to 28% by June 30, 2027', 'increase', 'decrease', 'Says “increase” but goes from 30% to 28%: read as “decrease”.', 'Reduce the close rate from 30% to 28% by 30 June 2027'],
    ['Reduce churn from 5% to 7% by June 30, 2027', 'decrease', 'increase', 'Says “decrease” but goes from 5% to 7%: read as “increase”.', 'Increase churn from 5% to 7% by 30 June 2027'],
    ['Augmenter le taux de conclusion de 30 % à 28 % d’ici le 30 juin 2027', 'increase', 'decrease', 'Dit «\u202faugmenter\u202f» mais va de 30\u202f% à 28\u202f%\u202f: lu comme «\u202fréduire\u202f».', 'Réduire le taux de conclusion de 30\u202f% à 28\u202f% d’ici le 30 juin 2027'],
  ] as const)('%s', (text, stated, read, message, example) => {
    const result = evaluateStatement(text, { asOf: AS_OF });
    expect([result.statedDirection, result.direction]).toEqual([stated, read]);
    expect(result.criteria.specific.status).toBe('warn');
    expect(result.criteria.specific.message).toBe(message);
    expect(result.criteria.specific.suggestion).toContain(example);
  });

  it.each([
    'Increase close rate from 28% to 30% by June 30, 2027',
    'Réduire le churn de 45 % à 20 % d’ici le 31 mars 2027',
    // A comparative is no verb: « moins de 800 » today is where the 1,000 stores start (real12).
    'un objectif de 1000 magasins d’ici 2022, contre moins de 800 aujourd’hui.',
    'Reach a 28% close rate by June 30, 2027',
  ])('near miss, nothing to say: %s', (text) => {
    const result = evaluateStatement(text, { asOf: '2021-06-01' });
    expect(result.statedDirection).toBeUndefined();
    expect(result.criteria.specific.message).not.toMatch(/Says|Dit «/);
  });
});

describe('(d) the mark of core’s one table, the sheet’s own first', () => {
  afterEach(() => useCurrency(null));

  it.each([
    // The sheet's own currency: its first sign (CLDR's local one).
    ['BRL', 'BRL', 'en', 'R$60,000'],
    ['BRL', 'BRL', 'fr', '60\u202f000\u00a0R$'],
    ['CAD', 'CAD', 'en', '$60,000'],
    ['SEK', 'SEK', 'en', 'kr\u00a060,000'],
    ['MXN', 'MXN', 'en', '$60,000'],
    // Another currency: its own sign with a symbol in it, else its code.
    ['BRL', 'USD', 'en', 'R$60,000'],
    ['USD', 'EUR', 'fr', '60\u202f000\u00a0$'],
    ['USD', 'CAD', 'en', 'US$60,000'],
    ['USD', 'CAD', 'fr', '60\u202f000\u00a0$US'],
    ['CAD', 'USD', 'en', 'CA$60,000'],
    ['CAD', 'EUR', 'fr', '60\u202f000\u00a0$CA'],
    ['EUR', 'USD', 'en', '€60,000'],
    ['INR', 'USD', 'en', '₹60,000'],
    ['JPY', 'USD', 'en', '¥60,000'],
    ['PLN', 'USD', 'en', 'PLN\u00a060,000'],
    ['CHF', 'EUR', 'fr', '60\u202f000\u00a0CHF'],
    ['XOF', 'EUR', 'fr', '60\u202f000\u00a0XOF'],
  ] as const)('%s in a sheet of %s (%s): %s', (code, sheet, lang, shown) => {
    useCurrency(sheet);
    expect(formatCurrency(60_000, lang, code)).toBe(shown);
  });

  it('a mark (a tab’s format shows one) is written as it is', () => {
    useCurrency('USD');
    expect(['R$', '$', 'CA$', 'kr'].map((mark) => currencySymbol(mark))).toEqual(['R$', '$', 'CA$', 'kr']);
  });
});

describe('(e) a bare "$" in a goal sentence is the sheet’s dollar', () => {
  afterEach(() => useCurrency(null));

  it.each([
    ['CAD', 'Reach $70,000 in monthly revenue by June 30, 2027', 'CAD'],
    ['CAD', 'Atteindre 70 000 $ de CA mensuel d’ici le 30 juin 2027', 'CAD'],
    ['CAD', 'Reach 70,000 dollars in monthly revenue by June 30, 2027', 'CAD'],
    ['AUD', 'Reach $70,000 in monthly revenue by June 30, 2027', 'AUD'],
    ['MXN', 'Reach $70,000 in monthly revenue by June 30, 2027', 'MXN'],
    // Near misses: a US or euro sheet, or none known, reads the US dollar; a dollar named by its country stays it.
    ['USD', 'Reach $70,000 in monthly revenue by June 30, 2027', 'USD'],
    ['EUR', 'Reach $70,000 in monthly revenue by June 30, 2027', 'USD'],
    [null, 'Reach $70,000 in monthly revenue by June 30, 2027', 'USD'],
    ['CAD', 'Reach US$70,000 in monthly revenue by June 30, 2027', 'USD'],
    ['CAD', 'Reach USD 70,000 in monthly revenue by June 30, 2027', 'USD'],
    ['USD', 'Reach CA$70,000 in monthly revenue by June 30, 2027', 'CAD'],
    ['CAD', 'Reach 70,000 US dollars in monthly revenue by June 30, 2027', 'USD'],
    ['CAD', 'Atteindre 70 000 dollars américains de CA mensuel d’ici le 30 juin 2027', 'USD'],
    ['CAD', 'Reach 70,000 U.S. dollars in monthly revenue by June 30, 2027', 'USD'],
  ] as const)('a sheet of %p: %s → %s', (sheet, text, code) => {
    useCurrency(sheet);
    expect(analyzeStatement(text, { asOf: AS_OF }).currency).toBe(code);
  });
});

describe('final read: one English sign for another dollar on every surface of a Canadian sheet', () => {
  afterEach(() => useCurrency(null));

  it('cell formats, the report’s formats and Check goals’ notes write "US$" in English, « $US » in French', () => {
    useCurrency('CAD');
    expect(numberFormatFor(12_000, 'currency', 'USD', 'en')).toContain('US$');
    expect(currencyFormat('USD', 'en')).toContain('US$');
    expect(formatCurrency(12_000, 'en', 'USD')).toBe('US$12,000');
    expect(numberFormatFor(12_000, 'currency', 'USD', 'fr')).toContain('$US');
  });
});
