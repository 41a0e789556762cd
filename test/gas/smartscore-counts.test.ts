/**
 * SMARTSCORE through the BUILT bundle on a rate goal ("Reduce churn to 5%") over a history of the rate's events
 * (churned customers, counted): the note Check goals gives such a goal, in the sheet's language, instead of a score
 * judged against counts. When the history may be the rate (no header, values 0–100 or fractions), it is scored.
 */
import { loadAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

const AS_OF = '2026-11-26';
const MONTHS = ['2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01'];
const rows = (values: readonly number[]): unknown[][] => MONTHS.map((d, i) => [d, values[i]]);
const LOST = [120, 135, 118, 142, 128, 131, 125];

describe.each([
  ['en_US', 'Reduce churn to 5% by June 2027', 'Churned customers', 'The history holds Churned customers, not the rate of this goal (Churn): pass the rate itself (as a percentage).', 'The history holds whole numbers above 100, not the rate of this goal'],
  ['fr_FR', 'Réduire le churn à 5 % d’ici juin 2027', 'Clients perdus', 'L’historique contient Clients perdus, pas le taux de cet objectif (churn)\u202f: passez le taux lui-même (en pourcentage).', 'L’historique contient des entiers au-delà de 100, pas le taux de cet objectif'],
])('SMARTSCORE on a rate goal over counts of its events (%s)', (locale, goal, header, namedNote, valuesNote) => {
  const a = loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
  const score = (history: unknown[][]): unknown => a.call('SMARTSCORE', goal, history, AS_OF);

  it('a header counting the rate’s events: the note, not a number', () => {
    const result = score([['Month', header], ...rows([12, 15, 11, 14, 13, 12, 16])]);
    expect(typeof result).toBe('string');
    expect(String(result)).toContain(namedNote);
  });

  it('whole numbers far above 100 without a header: counts, the note too', () => {
    const result = score(rows(LOST));
    expect(typeof result).toBe('string');
    expect(String(result)).toContain(valuesNote);
    expect(typeof score([['Month', 'Churn'], ...rows(LOST)])).toBe('string');
  });

  it('a history that may be the rate is scored: fractions, or 0–100 with no header (read as points)', () => {
    expect(typeof score(rows([0.07, 0.068, 0.066, 0.065, 0.063, 0.062, 0.06]))).toBe('number');
    expect(typeof score(rows([12, 15, 11, 14, 13, 12, 16]))).toBe('number');
    expect(typeof score([['Month', 'Churn rate'], ...rows([0.07, 0.068, 0.066, 0.065, 0.063, 0.062, 0.06])])).toBe('number');
  });

  it('a rate typed in points (5.2 for 5.2 %) is read as the rate, as Check goals reads a rate column', () => {
    const fractions = score(rows([0.052, 0.051, 0.053, 0.05, 0.052, 0.051, 0.05]));
    expect(score(rows([5.2, 5.1, 5.3, 5.0, 5.2, 5.1, 5.0]))).toBe(fractions);
    // Held near 5 %, reducing it to 5 % is within reach: full marks, where 5.2 read as 520 % made it unrealistic.
    expect(fractions).toBe(100);
  });
});
