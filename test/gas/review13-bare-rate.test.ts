/**
 * Review 13, finding 23: a bare 30 typed for a close rate was read three ways — 30 % by Check goals (Target column) and
 * SMARTSCORE (sentence), an error ("a rate is between 0 and 100 %") by ACHIEVABILITY and GOALVERDICT over the same tab,
 * and the wizard's own field rule. One core rule (core/kpi/bare-rate.ts) now decides for every surface; through the
 * built bundle, FR and EN, with its near misses: counts are never rescaled, and a number at or below 1.5 is the rate.
 */
import { addDays } from '../../src/core/dates';
import { addSheet, harness, TODAY } from './workbook/harness';
import { chanceForCell } from '../../src/core/achievability';

const DEADLINE = '2027-03-31';
/** Thirteen weeks of a close rate around 25 %, stored as Sheets stores percentages. */
const RATES = Array.from({ length: 13 }, (_, i) => 0.24 + ((i * 3) % 4) / 100);

const CASES = [
  ['en_US', 'Close rate', 'Goals', ['ID', 'Goal', 'KPI', 'Owner', 'Target', 'Deadline'], 'Probability', 'Raise the close rate to {t} by 31 March 2027', 'Deals'],
  ['fr_FR', 'Taux de conclusion', 'Objectifs', ['ID', 'Objectif', 'Indicateur', 'Responsable', 'Cible', 'Échéance'], 'Probabilité', 'Porter le taux de conclusion à {t} d’ici le 31 mars 2027', 'Affaires'],
] as const;

describe.each(CASES)('30 on a close rate is 30 %% on every surface (%s)', (locale, kpi, goalsTab, header, probabilityHeader, sentence, countsHeader) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  const rows = [['Week', kpi], ...RATES.map((v, i) => [addDays('2026-11-23', -7 * (12 - i)), v])];
  addSheet(h.emulator, kpi, rows);
  const goals = addSheet(h.emulator, goalsTab, [[...header], ['A', sentence.replace(' to {t}', '').replace(' à {t}', ''), kpi, 'Al', 30, DEADLINE], ['B', sentence.replace(' to {t}', '').replace(' à {t}', ''), kpi, 'Al', 0.3, DEADLINE]]);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const checked = (id: string): unknown => values.find((r) => r[0] === id)?.[(values[0] as string[]).indexOf(probabilityHeader)];
  const formula = (f: string, target: unknown, history: unknown[][] = rows): unknown => h.run(f, history, target, DEADLINE, TODAY);
  const percent = locale === 'fr_FR' ? '30\u00a0%' : '30%';

  it('ACHIEVABILITY and GOALVERDICT: 30 is 0.3 (was an error over rates stored as Sheets stores them)', () => {
    expect(typeof formula('ACHIEVABILITY', 30)).toBe('number');
    expect(formula('ACHIEVABILITY', 30)).toBe(formula('ACHIEVABILITY', 0.3));
    expect(formula('GOALVERDICT', 30)).toBe(formula('GOALVERDICT', 0.3));
  });

  it('Check goals (Target column), SMARTSCORE (sentence), the formula and the wizard’s assessment agree', () => {
    const probability = formula('ACHIEVABILITY', 30);
    // The formula gives the chance to a tenth of a percent (fixes56, core `chanceForCell`); Check goals' cell keeps it whole under its format.
    expect(chanceForCell(checked('A') as number)).toBe(probability);
    expect(chanceForCell(checked('B') as number)).toBe(probability);
    expect(h.addon.call('SMARTSCORE', sentence.replace('{t}', '30'), rows.slice(1), TODAY)).toBe(h.addon.call('SMARTSCORE', sentence.replace('{t}', percent), rows.slice(1), TODAY));
    // The wizard's field writes "%" beside the number: "30" there is sent as 0.3 (test/sidebar/values.test.ts).
    const context = h.run<{ series: Array<{ id: string; sheetName: string; name: string }> }>('sidebarGetContext');
    const series = context.series.find((s) => s.name === kpi);
    const wizard = h.run<{ probability: number }>('sidebarAssess', { seriesId: series?.id, sheetName: series?.sheetName, baseline: null, direction: 'increase', target: 0.3, deadline: DEADLINE, aggregation: null });
    expect(chanceForCell(wizard.probability)).toBe(probability);
  });

  it('the same over a close rate typed in points (24, 26…): 30 is 30 % there too', () => {
    const points = rows.map((r, i) => (i === 0 ? r : [r[0], Math.round((r[1] as number) * 100)]));
    expect(formula('ACHIEVABILITY', 30, points)).toBe(formula('ACHIEVABILITY', 0.3));
  });

  it('near misses: counts are never rescaled; 0.3 and a number at or below 1.5 are already the rate', () => {
    const counts = [['Week', countsHeader], ...rows.slice(1).map((r, i) => [r[0], 20 + (i % 5) * 3])];
    // With no argument too (mend61f: surf61 read both targets as totals met; each is about one week's value or below, a level).
    expect(formula('ACHIEVABILITY', 30, counts)).not.toBe(formula('ACHIEVABILITY', 0.3, counts));
    const level = (target: number): unknown => h.run('ACHIEVABILITY', counts, target, DEADLINE, TODAY, '', 'level');
    expect(level(30)).not.toBe(level(0.3));
    expect(formula('ACHIEVABILITY', 0.3)).toBe(formula('ACHIEVABILITY', 0.3, rows));
    // 1.2 is 120 %, never 1.2 %: the rate's own bound says so, on the formula as in Check goals.
    expect(() => formula('ACHIEVABILITY', 1.2)).toThrow(/100\s?%/);
    expect(typeof formula('ACHIEVABILITY', 0.012)).toBe('number');
  });
});
