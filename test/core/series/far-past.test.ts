/** review9 W2: rows far before the rest of a history (Sheets' day zero, 2015 typed for 2025) are left out and named. */
import { assess } from '../../../src/core/achievability';
import { farPastCount } from '../../../src/core/series/clean';
import type { KpiPoint } from '../../../src/core/types';

const monthly = (n: number, value: (i: number) => number): KpiPoint[] =>
  Array.from({ length: n }, (_, i) => ({ date: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, value: value(i) }));
const churn = monthly(20, (i) => 0.05 - i * 0.001);

describe('farPastCount', () => {
  it('leaves out day zero and anything before 1900-03-01, whatever the spacing', () => {
    expect(farPastCount([{ date: '1899-12-30', value: 0.2 }, ...churn])).toBe(1);
    expect(farPastCount([{ date: '1899-12-30', value: 0 }, { date: '1900-01-15', value: 0 }, ...churn])).toBe(2);
  });

  it('leaves out a leading point separated by a gap far beyond the usual spacing', () => {
    expect(farPastCount([{ date: '2015-01-01', value: 0.2 }, ...churn])).toBe(1);
    // Weekly rows: a year and a half before is far too.
    const weekly = Array.from({ length: 30 }, (_, i) => ({ date: new Date(Date.UTC(2025, 0, 6 + 7 * i)).toISOString().slice(0, 10), value: 10 + i }));
    expect(farPastCount([{ date: '2023-06-05', value: 3 }, ...weekly])).toBe(1);
  });

  it('keeps real histories: a missing year in monthly data, yearly data, a short history, a long early stretch', () => {
    expect(farPastCount(churn)).toBe(0);
    expect(farPastCount([...monthly(12, () => 1), ...monthly(36, () => 2).slice(24)])).toBe(0);
    const yearly = Array.from({ length: 10 }, (_, i) => ({ date: `${2010 + 2 * i}-01-01`, value: i }));
    expect(farPastCount(yearly)).toBe(0);
    expect(farPastCount([{ date: '2015-01-01', value: 1 }, ...churn.slice(0, 2)])).toBe(0);
    // Five early rows of 25 are more than a tenth: a stretch of history, not a typo.
    const early = Array.from({ length: 5 }, (_, i) => ({ date: `2015-0${i + 1}-01`, value: 0.04 }));
    expect(farPastCount([...early, ...churn])).toBe(0);
    expect(farPastCount([])).toBe(0);
  });
});

describe('assess leaves them out and says so', () => {
  const input = { target: 0.02, deadline: '2027-12-31', today: '2026-11-26', direction: 'decrease' as const };
  it.each([['1899-12-30'], ['2015-01-01']])('a row dated %s does not change the verdict', (date) => {
    const clean = assess({ ...input, history: churn }, 'en');
    const withRow = assess({ ...input, history: [{ date, value: 0.2 }, ...churn] }, 'en');
    expect(withRow.verdict).toBe(clean.verdict);
    expect(withRow.probability).toBe(clean.probability);
    expect(withRow.reasons.join(' ')).toContain('1 row dated');
    expect(withRow.reasons.join(' ')).toContain('left out: far before the rest of the history (blank date or wrong year?).');
    expect(assess({ ...input, history: [{ date, value: 0.2 }, ...churn] }, 'fr').reasons.join(' ')).toContain('1 ligne du');
  });
});
