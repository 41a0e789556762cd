/**
 * fixes44, item 1: dates past 31 December 9999, the last day a Sheets cell holds (Google's DATE help: years 1900–9999;
 * core/dates.ts `LAST_DAY`). Core's date arithmetic wrote such a day with a six-digit year ("+010000-03-31") that the
 * next call refused with a bare RangeError, which the formulas recognised by its text; now the arithmetic says so by its
 * own class (`PastLastDay`, `withinCalendar` → null) and the statement analysis carries it (`pastLastDate`), so every
 * surface says it in the user's language without matching a message.
 */
import { addDays, addMonths, addPeriods, dateToIso, isoFromParts, isPastLastDay, LAST_DAY, PastLastDay, serialToIso, withinCalendar } from '../../src/core/dates';
import { recurringDeadline } from '../../src/core/achievability/per-period';
import { statementQuestion } from '../../src/core/achievability';
import { periodsUntil } from '../../src/core/series/period';
import { analyzeStatement, checkLine, evaluateStatement } from '../../src/core/statement';
import { cellDate } from '../../src/core/workbook/cells';
import { t } from '../../src/core/messages';

describe('date arithmetic stops at 31 December 9999', () => {
  it('a day past it is PastLastDay (a RangeError), or null through withinCalendar; the last day itself is a day', () => {
    expect(LAST_DAY).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(PastLastDay);
    expect(() => addMonths('9999-11-30', 2)).toThrow(RangeError);
    expect(() => isoFromParts(10000, 1, 1)).toThrow(PastLastDay);
    expect(() => isoFromParts(9999, 12, 32)).toThrow(PastLastDay);
    expect(withinCalendar(() => addPeriods('9999-10-01', 'quarter', 1))).toBeNull();
    expect(withinCalendar(() => addDays('9999-12-30', 10 ** 12))).toBeNull();
    expect(isPastLastDay(new PastLastDay())).toBe(true);
    expect(isPastLastDay(new RangeError('Invalid time value'))).toBe(false);
    // Near misses: the last day is reachable, and other failures are not swallowed.
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(isoFromParts(9999, 12, 31)).toBe('9999-12-31');
    expect(() => withinCalendar(() => addDays('not a date', 1))).toThrow(RangeError);
  });

  it('readers of cells answer null past it, never throw', () => {
    expect(serialToIso(2958466)).toBeNull();
    expect(serialToIso(2958465)).toBe('9999-12-31');
    expect(dateToIso(new Date(Date.UTC(10000, 0, 1)))).toBeNull();
    expect(cellDate('32/12/9999', 'fr')).toBeNull();
    expect(cellDate('December 32, 9999', 'en')).toBeNull();
    expect(cellDate('31/12/9999', 'fr')).toBe('9999-12-31');
  });

  it('loops by period stop at the calendar: periodsUntil an open end from 9990 counts its months', () => {
    expect(periodsUntil('9990-01-31', '9999-12-31', 'month')).toBe(119);
    expect(periodsUntil('2026-11-30', '9999-12-31', 'quarter')).toBe(31_892);
  });

  it('a recurring goal as of the last period of 9999 has no next period to be judged on', () => {
    expect(recurringDeadline('9999-12-15', 'month')).toBeNull();
    expect(recurringDeadline('9999-11-15', 'month')).toBe('9999-12-31');
    const analysis = analyzeStatement('Increase leads by 10% every month', { asOf: '9999-12-15', lang: 'en' });
    const history = [1, 2, 3, 4, 5, 6].map((i) => ({ date: `9999-0${i}-01`, value: 100 + i }));
    expect(statementQuestion(analysis, history, '9999-12-15', { aggregation: 'total', unit: 'count' }, 1)).toBeNull();
  });
});

describe.each(['en', 'fr'] as const)('a goal whose deadline falls after 31 December 9999 (%s messages)', (lang) => {
  const LAST = lang === 'fr' ? '31 décembre 9999' : '31 December 9999';
  const CASES: ReadonlyArray<[string, string, string]> = [
    ['Increase revenue by 10% within 20 years', '9990-01-01', 'within 20 years'],
    ['Increase revenue by 10% next quarter', '9999-12-31', 'next quarter'],
    ['Increase revenue by 10% by end of next month', '9999-12-15', 'end of next month'],
    ['Increase revenue by 10% within 10 business days', '9999-12-28', 'within 10 business days'],
    ['Increase revenue by 10% in 9000 years', '2026-11-26', 'in 9000 years'],
    ['Increase revenue by 10% within 100000000 weeks', '2026-11-26', 'within 100000000 weeks'],
    ['Increase revenue by 10% by 12/31/99999', '2026-11-26', '12/31/99999'],
    ['Augmenter le CA de 10 % d’ici 9 000 ans', '2026-11-26', 'd’ici 9 000 ans'],
    ['Augmenter le CA de 10 % le trimestre prochain', '9999-12-31', 'trimestre prochain'],
  ];

  it.each(CASES)('"%s" as of %s: no deadline, the words named by the time-bound check', (text, asOf, words) => {
    const analysis = analyzeStatement(text, { asOf, lang });
    expect(analysis.deadline).toBeNull();
    expect(analysis.pastLastDate).toContain(words);
    const evaluation = evaluateStatement(text, { asOf, lang });
    expect(evaluation.criteria.timeBound.status).toBe('fail');
    expect(evaluation.criteria.timeBound.message).toBe(t(lang, 'statement.timeBound.pastLastDate', { text: analysis.pastLastDate!, last: LAST }));
    expect(checkLine(evaluation, { asOf, lang })).toContain(lang === 'fr' ? 'tombe après le 31 décembre 9999' : 'falls after 31 December 9999');
  });

  it('an as-of date in the last quarter of 9999 and no deadline: the check says no quarter fits, and suggests no date', () => {
    const evaluation = evaluateStatement('Increase revenue by 10%', { asOf: '9999-12-31', lang });
    expect(evaluation.criteria.timeBound.message).toBe(t(lang, 'statement.timeBound.noRoom', { date: LAST, last: LAST }));
    expect(evaluation.criteria.timeBound.suggestion).toBeNull();
    // No "Try: …" without a date: the as-of date is what to fix.
    expect(checkLine(evaluation, { asOf: '9999-12-31', lang })).toBe(t(lang, 'statement.check.toFix', { items: t(lang, 'statement.check.item', { criterion: t(lang, 'criterion.timeBound'), message: evaluation.criteria.timeBound.message }) }));
  });

  it('near misses: a deadline up to 31 December 9999 is a deadline; so is a long duration inside the calendar (fixes48: it was unread)', () => {
    expect(analyzeStatement('Increase revenue by 10% within 20 years', { asOf: '9970-01-01', lang }).deadline).toBe('9990-01-01');
    expect(analyzeStatement('Increase revenue by 10% next quarter', { asOf: '9999-06-30', lang }).deadline).toBe('9999-09-30');
    const inside = analyzeStatement('Increase revenue by 10% in 5000 years', { asOf: '2026-11-26', lang });
    expect(inside.deadline).toBe('7026-11-26');
    expect(inside.pastLastDate).toBeUndefined();
    expect(analyzeStatement('Increase revenue by 10% by 12/31/2027', { asOf: '2026-11-26', lang: 'en' }).deadline).toBe('2027-12-31');
    expect(evaluateStatement('Increase revenue by 10%', { asOf: '9999-06-30', lang }).criteria.timeBound.message).toBe(t(lang, 'statement.timeBound.fail'));
  });
});
