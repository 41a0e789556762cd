/**
 * fixes50: the verdicts' lines replaced older Achievable and bottom-up lines. A Goals tab checked by an earlier version
 * still holds them, and Check goals keeps a notes cell it does not recognise as its own (a user's text typed over it):
 * the older lines stay recognised, so the next run updates them; a user's line beside them still is not ours.
 */
import { isOwnOutput } from '../../../src/core/workbook/output';

describe('notes written before fixes50 are still Check goals’ own', () => {
  it.each([
    'Achievable: Over-ambitious given the KPI history (1% chance at the current pace). Aim for 3.4% instead.',
    'Atteignable\u202f: trop ambitieux au vu de l’historique du KPI (moins de 1\u202f% de chances au rythme actuel). Visez plutôt 30,8\u202f%.',
    'Beyond what the history and the stretch allowance support; the most ambitious achievable target is 30.8%.',
    'Au-delà de ce que permettent l’historique et la marge d’ambition\u202f; la cible la plus ambitieuse encore atteignable est 30,8\u202f%.',
    'Both readings: unlikely (5% and 6%).',
    'Les deux lectures\u202f: probable (55\u202f% et 61\u202f%).',
  ])('%s', (line) => {
    expect(isOwnOutput('notes', line, '')).toBe(true);
    expect(isOwnOutput('notes', `${line}\nAgreed with Bob`, '')).toBe(false);
  });

  it('and the new lines are ours too', () => {
    expect(isOwnOutput('notes', 'Achievable: Realistic — 15% chance at the current pace: inside the 80% range of outcomes its history shows, so a good run is enough, no record needed.', '')).toBe(true);
    expect(isOwnOutput('notes', 'Atteignable\u202f: irréaliste\u00a0— 1\u202f% de chances au rythme actuel, au-delà de ce que permettent l’historique et la marge d’ambition. Visez plutôt 3,4\u202f% d’ici le 31 décembre 2026.', '')).toBe(true);
    expect(isOwnOutput('notes', 'Both readings: less than even odds at the current pace (5% and 6%).', '')).toBe(true);
  });
});
