/**
 * fixes48: a duration of 1,000–9,999 periods that ends inside the calendar ("within 5000 days", « d'ici 2000 semaines »)
 * was read as no deadline; it is the deadline it names when that day is on or before 31 December 9999, computed by
 * arithmetic on day numbers and months (no loop over the calendar). Past 9999 the analysis keeps saying so
 * (`pastLastDate`, the PastLastDay path).
 */
import { analyzeStatement, evaluateStatement } from '../../../src/core/statement';
import { addDays, addMonths } from '../../../src/core/dates';

const AS_OF = '2026-11-26';

describe('thousands of periods inside the calendar are a deadline', () => {
  it.each([
    ['Increase revenue by 10% within 5000 days', 'en', addDays(AS_OF, 5000)],
    ['Increase revenue by 10% within 1000 days', 'en', addDays(AS_OF, 1000)],
    ['Increase revenue by 10% within 5,000 days', 'en', addDays(AS_OF, 5000)],
    ['Increase revenue by 10% in 1500 weeks', 'en', addDays(AS_OF, 10500)],
    ['Increase revenue by 10% within 1200 months', 'en', addMonths(AS_OF, 1200)],
    ['Increase revenue by 10% in 5000 years', 'en', '7026-11-26'],
    ['Augmenter le CA de 10 % d’ici 2000 semaines', 'fr', addDays(AS_OF, 14000)],
    ['Augmenter le CA de 10 % d’ici 2 000 semaines', 'fr', addDays(AS_OF, 14000)],
    ['Augmenter le CA de 10 % dans 3000 jours', 'fr', addDays(AS_OF, 3000)],
    ['Augmenter le CA de 10 % sous 1500 mois', 'fr', addMonths(AS_OF, 1500)],
  ] as const)('"%s"', (text, lang, deadline) => {
    const analysis = analyzeStatement(text, { asOf: AS_OF, lang });
    expect(analysis.deadline).toBe(deadline);
    expect(analysis.pastLastDate).toBeUndefined();
    expect(evaluateStatement(text, { asOf: AS_OF, lang }).criteria.timeBound.status).toBe('pass');
  });

  it('the last days of the calendar: on 30 December 9999 a deadline, one day later… still, and a day past it is no deadline', () => {
    const asOf = addDays('9999-12-30', -5000);
    expect(analyzeStatement('Increase revenue by 10% within 5000 days', { asOf, lang: 'en' }).deadline).toBe('9999-12-30');
    const past = analyzeStatement('Increase revenue by 10% within 5002 days', { asOf, lang: 'en' });
    expect(past.deadline).toBeNull();
    expect(past.pastLastDate).toContain('within 5002 days');
    const months = analyzeStatement('Augmenter le CA de 10 % d’ici 1200 mois', { asOf: '9900-01-31', lang: 'fr' });
    expect(months.pastLastDate).toContain('1200 mois');
    expect(analyzeStatement('Augmenter le CA de 10 % d’ici 1199 mois', { asOf: '9900-01-31', lang: 'fr' }).deadline).toBe('9999-12-31');
  });
});
