/**
 * mend66p (perf66's review, finding 4), through the BUILT bundle on the emulator: SMARTSCORE with a KPI history takes its
 * Achievable status from `achievableStatus` (perf66), Check goals from `achievableCriterion` beside its message. Core's
 * perf66-achievable-status compares the two functions, one of which calls the other; this runs both surfaces on the same
 * tab, FR and EN, over goals reaching each verdict, a rate out of range and a goal with no target: SMARTSCORE with the
 * tab's history is the row's SMART score in every row (review31's (2) holds it for a deals log, in English only).
 */
import { addSheet, harness, TODAY } from './workbook/harness';

const month = (i: number) => new Date(Date.UTC(2024, 10 + i, 1)).toISOString().slice(0, 10);
const leads = Array.from({ length: 24 }, (_, i) => [month(i), 180 + 2 * i + (i % 3) * 5]);
const rates = Array.from({ length: 24 }, (_, i) => [month(i), Number((0.25 + 0.01 * Math.sin(i)).toFixed(3))]);

describe.each([
  ['en_US', 'Leads', 'Conversion rate', ['ID', 'Goal'], 'SMART score', [
    'Get 210 leads in June 2027', 'Get 250 leads a month by June 30, 2027', 'Get 240 leads in December 2026', 'Get 300 leads in June 2027',
    'Lift conversion rate to 26% by June 2027', 'Lift conversion rate to 140% by June 2027', 'Grow leads by June 2027',
  ]],
  ['fr_FR', 'Prospects', 'Taux de conversion', ['Réf', 'Objectif'], 'Score SMART', [
    'Obtenir 210 prospects en juin 2027', 'Obtenir 250\u00a0prospects par mois d’ici le 30 juin 2027', 'Obtenir 240 prospects en décembre 2026', 'Obtenir 300 prospects en juin 2027',
    'Porter le taux de conversion à 26\u00a0% d’ici juin 2027', 'Porter le taux de conversion à 140\u00a0% d’ici juin 2027', 'Développer les prospects d’ici juin 2027',
  ]],
] as const)('%s: SMARTSCORE with the tab’s history scores as Check goals', (locale, tab, rateTab, head, scoreHeader, goals) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  addSheet(h.emulator, tab, [[locale === 'fr_FR' ? 'Mois' : 'Month', tab], ...leads]);
  addSheet(h.emulator, rateTab, [[locale === 'fr_FR' ? 'Mois' : 'Month', rateTab], ...rates]).getRange(2, 2, rates.length, 1).setNumberFormat('0.0%');
  const sheet = addSheet(h.emulator, locale === 'fr_FR' ? 'Objectifs' : 'Goals', [[...head], ...goals.map((g, i) => [`G${i + 1}`, g])]);
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();
  const column = (name: string) => (values[0] as string[]).indexOf(name);

  it.each(goals.map((g, i) => [g, i + 1] as const))('« %s »', (goal, row) => {
    const checked = values[row][column(scoreHeader)];
    expect(typeof checked).toBe('number');
    expect(h.run('SMARTSCORE', goal, /conversion/.test(goal) ? rates : leads, TODAY)).toBe(checked);
  });

  it('the rows reach each Achievable status: pass, warn (stretch), fail (unrealistic, out of range), unknown (no target)', () => {
    const scores = values.slice(1).map((row) => row[column(scoreHeader)]);
    expect(new Set(scores)).toEqual(new Set([100, 93, 85, 68]));
  });
});
