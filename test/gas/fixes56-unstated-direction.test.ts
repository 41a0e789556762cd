/**
 * fixes56, item 1 — one rule for a goal with no direction stated, on every surface. Check goals reads a target on the
 * worse side of today's level of a KNOWN KPI as a bound already kept (35ab45e: churn at 4.2 % with a 5 % target is
 * "keep it under 5 %", on track); GOALVERDICT and ACHIEVABILITY read the direction from the levels and judged a rise of
 * churn to 5 % ("unrealistic"). Now both ask core `unstatedDirection`: the KPI the history's header names decides its
 * better side; a Direction argument still decides; a header naming no KPI ("Value", « Valeur ») keeps the levels' reading.
 */
import { addPeriods } from '../../src/core/dates';
import { harness } from './workbook/harness';

/** Monthly values around `level` (4.2 % churn, 25 % close rate), with a header. */
function history(header: string, level: number): unknown[][] {
  return [['Month', header], ...Array.from({ length: 24 }, (_, i) => [addPeriods('2024-11-01', 'month', i), level + ((i % 3) - 1) * 0.002])];
}

const DEADLINE = '2027-06-30';
const AS_OF = '2026-11-26';

describe.each([
  ['en_US', 'Churn', 'Close rate', 'Value', 'on track', 'increase', 'decrease'],
  ['fr_FR', 'Churn', 'Taux de closing', 'Valeur', 'en bonne voie', 'hausse', 'baisse'],
] as const)('a target on the worse side of a known KPI’s level is a bound already kept (%s)', (locale, churn, closeRate, generic, onTrack, increase, decrease) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale });
  const verdict = (header: string, level: number, target: number, direction = ''): string => h.run<string>('GOALVERDICT', history(header, level), target, DEADLINE, AS_OF, direction);
  const chance = (header: string, level: number, target: number, direction = ''): number => h.run<number>('ACHIEVABILITY', history(header, level), target, DEADLINE, AS_OF, direction);

  it('churn at 4.2 % with a 5 % target is kept under 5 %: on track, as Check goals judges it', () => {
    expect(verdict(churn, 0.042, 0.05)).toBe(onTrack);
    expect(verdict(churn, 0.042, 0.05)).toBe(verdict(churn, 0.042, 0.05, decrease));
    expect(chance(churn, 0.042, 0.05)).toBe(chance(churn, 0.042, 0.05, decrease));
  });

  it('a close rate at 25 % with a 20 % target is a floor', () => {
    expect(verdict(closeRate, 0.25, 0.2)).toBe(onTrack);
    expect(chance(closeRate, 0.25, 0.2)).toBe(chance(closeRate, 0.25, 0.2, increase));
  });

  it('near misses: a Direction argument still decides, a target on the better side is still a move', () => {
    expect(verdict(churn, 0.042, 0.05, increase)).not.toBe(onTrack);
    expect(chance(churn, 0.042, 0.05, increase)).toBeLessThan(0.5);
    expect(chance(churn, 0.042, 0.03)).toBe(chance(churn, 0.042, 0.03, decrease));
    expect(chance(closeRate, 0.25, 0.3)).toBe(chance(closeRate, 0.25, 0.3, increase));
  });

  it('SMARTSCORE’s Achievable reads the same goal alike: a level of churn with no verb is a ceiling', () => {
    expect(h.run<number>('SMARTSCORE', locale === 'en_US' ? 'Churn at 5% by June 30, 2027' : 'Churn à 5 % d’ici le 30 juin 2027', history(churn, 0.042), AS_OF)).toBe(100);
  });

  it('a header naming no KPI keeps the levels’ reading (unchanged)', () => {
    expect(chance(generic, 0.042, 0.05)).toBe(chance(generic, 0.042, 0.05, increase));
    expect(chance(generic, 0.25, 0.2)).toBe(chance(generic, 0.25, 0.2, decrease));
  });
});
