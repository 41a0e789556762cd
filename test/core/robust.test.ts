/** Engine edges behind "bad input everywhere": finite numbers only, readable huge numbers, a bounded horizon. */
import { assess, forecastPath, horizonLimit, MAX_HORIZON_YEARS, NO_END_DATE } from '../../src/core/achievability';
import { paceOver } from '../../src/core/achievability/pace';
import { addDays } from '../../src/core/dates';
import { formatNumber, formatPercent } from '../../src/core/format';
import { negBinomialCdf } from '../../src/core/forecast/stats';

const weeklyCounts = Array.from({ length: 30 }, (_, i) => ({ date: addDays('2026-01-05', 7 * i), value: 3 + (i % 4) }));
const LAST = weeklyCounts[weeklyCounts.length - 1].date;

describe('finite numbers only', () => {
  it('a count distribution gives 1, not NaN, far beyond any count', () => {
    expect(negBinomialCdf(1e300, 4, 0.5)).toBe(1);
    expect(negBinomialCdf(2 ** 53, 4, 0.5)).toBe(1);
  });

  it('a target of 1e300 on a count KPI has a probability and finite paces', () => {
    const a = assess({ history: weeklyCounts, target: 1e300, deadline: addDays(LAST, 60), today: LAST }, 'en');
    expect(Number.isFinite(a.probability)).toBe(true);
    expect(a.verdict).toBe('unrealistic');
    for (const v of [a.required.perPeriod, a.required.perPeriodRelative]) expect(v === null || Number.isFinite(v)).toBe(true);
    expect(a.reasons.join(' ')).not.toMatch(/NaN|Infinity/);
  });

  it('an overflowing relative pace is no pace, not Infinity', () => {
    expect(paceOver(0.25, Number.MAX_VALUE, 1).relative).toBeNull();
    expect(paceOver(0.25, 0.3, 1).relative).toBeCloseTo(0.2, 10);
  });

  it('a history beyond ±1e150 gets a reason instead of NaN forecasts', () => {
    const huge = weeklyCounts.map((p, i) => ({ ...p, value: i % 2 ? 1e308 : -1e308 }));
    const input = { history: huge, target: 1, deadline: addDays(LAST, 60), today: LAST };
    const a = assess(input, 'fr');
    expect(a.verdict).toBe('insufficient-data');
    expect(a.reasons[0]).toMatch(/^Aucune prévision possible à partir de cet historique\u202f: /);
    expect(forecastPath(input)).toEqual([]);
  });

  it('formatNumber writes huge numbers in powers of ten and never "Infinity" or "NaN"', () => {
    expect(formatNumber(1e300, 'en')).toBe('1 × 10³⁰⁰');
    expect(formatNumber(-1.5e20, 'fr')).toBe('-1,5\u202f×\u202f10²⁰');
    expect(formatNumber(123456789012345, 'en')).toBe('123,456,789,012,345');
    expect(formatNumber(Infinity, 'en')).toBe('∞');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
    expect(formatPercent(Number.MAX_VALUE, 'en')).not.toMatch(/Infinity|NaN/);
  });
});

describe('the forecast horizon', () => {
  it(`ends ${MAX_HORIZON_YEARS} years after the latest data point; 31/12/9999 means no end date`, () => {
    expect(horizonLimit('2026-11-23')).toBe('2036-11-23');
    expect(horizonLimit('9995-01-01')).toBeNull();
    expect(NO_END_DATE).toBe('9999-12-31');
    const beyond = assess({ history: weeklyCounts, target: 5, deadline: addDays('2036-11-23', 30), today: LAST, aggregation: 'total' }, 'en');
    expect(beyond.verdict).toBe('insufficient-data');
    expect(beyond.reasons[0]).toMatch(/beyond the forecast horizon/);
    const open = assess({ history: weeklyCounts, target: 5, deadline: NO_END_DATE, today: LAST, aggregation: 'total' }, 'fr');
    expect(open.reasons[0]).toBe('L’échéance 31 décembre 9999 signifie «\u202fsans date de fin\u202f»\u202f: il faut une vraie échéance pour juger une cible.');
  });

  it('the last day of the horizon is still judged', () => {
    const limit = horizonLimit(LAST) as string;
    const a = assess({ history: weeklyCounts, target: 5000, deadline: limit, today: LAST, aggregation: 'total' }, 'en');
    expect(a.verdict).not.toBe('insufficient-data');
    expect(a.horizon).toBeGreaterThan(500);
  });
});
