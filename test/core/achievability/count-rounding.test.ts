/**
 * fixes52, item 1: every count (deals, meetings, sign-ups, customers, reps) is made whole by one function, `roundCount`,
 * whose reason says which way it rounds: a suggestion toward the status quo, a requirement away from it, a forecast
 * quantile by ⌈x − ½⌉, an "about" figure to the nearest. The notes' "about" figures were whole only from 10 up, so a
 * count under 10 read "about 7.6 meetings" (`aboutFigure`).
 */
import { aboutFigure, assess, roundCount } from '../../../src/core/achievability';
import { addPeriods } from '../../../src/core/dates';
import type { KpiPoint } from '../../../src/core/types';

describe('roundCount', () => {
  it('a suggestion goes toward the status quo, a requirement away from it', () => {
    expect(roundCount(19.7, 'suggestion')).toBe(19);
    expect(roundCount(19.2, 'suggestion', true)).toBe(20);
    expect(roundCount(2.3, 'requirement')).toBe(3);
    expect(roundCount(2.7, 'requirement', true)).toBe(2);
  });

  it('a quantile is ⌈x − ½⌉ (12.5 is 12, 12.51 is 13), an about figure the nearest', () => {
    expect(roundCount(12.37, 'quantile')).toBe(12);
    expect(roundCount(12.5, 'quantile')).toBe(12);
    expect(roundCount(12.51, 'quantile')).toBe(13);
    expect(roundCount(7.6, 'about')).toBe(8);
    expect(roundCount(7.4, 'about')).toBe(7);
  });

  it('reads float noise as the whole number it means, whatever the reason', () => {
    for (const reason of ['suggestion', 'requirement', 'about'] as const) {
      expect(roundCount(19.999999999999996, reason)).toBe(20);
      expect(roundCount(20.000000000000004, reason, true)).toBe(20);
    }
    expect(roundCount(12.000000000312447, 'quantile')).toBe(12);
  });
});

describe('aboutFigure', () => {
  it('a count is whole at any size; money to the cent (surf51); other figures from 10 up', () => {
    expect(aboutFigure(7.6, 'count')).toBe(8);
    expect(aboutFigure(76.14, 'count')).toBe(76);
    expect(aboutFigure(76.14, 'currency')).toBe(76.14);
    expect(aboutFigure(76.1449, 'currency')).toBe(76.14);
    expect(aboutFigure(76.14, null)).toBe(76);
    expect(aboutFigure(7.6, 'currency')).toBe(7.6);
    expect(aboutFigure(0.256, 'percent')).toBe(0.256);
    expect(aboutFigure(7.6, null)).toBe(7.6);
  });
});

describe('one rounding for the suggestion of every kind', () => {
  const weekly = (values: number[]): KpiPoint[] => values.map((value, i) => ({ date: addPeriods('2026-01-05', 'week', i), value }));

  it("a count's suggestion from assess is whole, below the target out of reach (more is better)", () => {
    const history = weekly([12, 14, 13, 15, 14, 16, 15, 17, 16, 18, 17, 19]);
    const a = assess({ history, target: 40, deadline: '2026-04-30', today: '2026-03-29', direction: 'increase' }, 'en');
    expect(a.kind).toBe('count');
    expect(Number.isInteger(a.suggestedTarget)).toBe(true);
    expect(a.suggestedTarget).toBeLessThan(40);
  });
});

