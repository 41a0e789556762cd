/**
 * Issue 11, "Verdicts that tell one story" (surf48, f): revenue lost to churn ("churned_mrr", « MRR perdu ») is churn
 * counted in money — fewer is better, as "Churn MRR" and "Churned customers" are. The formulas' history header read it as
 * revenue (higher is better), so ACHIEVABILITY with a typed target and no direction judged $4,000 below a ~$4,700 month as
 * a floor already kept (0.999) where Check goals judged "Reduce churned MRR to $4,000" unrealistic (0.001) on the same
 * tab. Through the built bundle on the emulator, EN and FR; the near miss "MRR after churn" is a stock, higher is better.
 */
import { addSheet, harness, monthlyRows, TODAY } from './harness';

/** Monthly MRR lost to churn, about 4,500–5,600. */
const LOST = Array.from({ length: 24 }, (_, i) => 5_000 + ((i * 7) % 5) * 150 - i * 20);
const DEADLINE = new Date(Date.UTC(2027, 5, 30));

const CASES = [
  { locale: 'en_US', lang: 'en', goals: ['Goal ID', 'Goal', 'KPI'], headers: ['churned_mrr', 'Churned MRR', 'Revenue lost'], goal: 'Reduce churned MRR to $4,000 by June 30, 2027', probability: /^Probability$/, format: '"$"#,##0' },
  { locale: 'fr_FR', lang: 'fr', goals: ['ID', 'Objectif', 'Indicateur'], headers: ['MRR perdu', 'CA perdu'], goal: 'Réduire le MRR perdu à 4 000 € d’ici le 30 juin 2027', probability: /^Probabilit/, format: '#,##0" €"' },
] as const;

describe.each(CASES)('revenue lost is fewer-is-better on every surface ($locale)', (c) => {
  it.each(c.headers)('ACHIEVABILITY and REALISTICTARGET over “%s” with no direction agree with Check goals', (header) => {
    const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
    const tab = monthlyRows(header, LOST);
    addSheet(h.emulator, header, tab).getRange(2, 2, 24, 1).setNumberFormat(c.format);
    const sheet = addSheet(h.emulator, c.lang === 'fr' ? 'Objectifs' : 'Goals', [[...c.goals], ['G1', c.goal, header]]);
    h.run('checkGoals');
    const [head, row] = sheet.getDataRange().getValues() as unknown[][];
    const chance = row[(head as string[]).findIndex((name) => c.probability.test(name))] as number;
    expect(chance).toBeLessThan(0.5);
    expect(Math.abs(h.run<number>('ACHIEVABILITY', tab, 4000, DEADLINE, TODAY) - chance)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(h.run<number>('ACHIEVABILITY', tab, '', '', TODAY, c.goal) - chance)).toBeLessThanOrEqual(0.001);
    // The lowest level the policy still calls achievable: below the latest month, not above it.
    expect(h.run<number>('REALISTICTARGET', tab, DEADLINE, TODAY)).toBeLessThan(LOST[LOST.length - 1]);
  });

  it('near miss: MRR after churn is a stock, higher is better (a target below its level is a floor kept)', () => {
    const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
    const tab = monthlyRows(c.lang === 'fr' ? 'CA après churn' : 'MRR after churn', LOST);
    expect(h.run<number>('ACHIEVABILITY', tab, 4000, DEADLINE, TODAY)).toBeGreaterThan(0.9);
  });
});
