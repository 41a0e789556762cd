/**
 * fixes52, item 5 — REALISTICTARGET with no direction reads which way is better from the history's header: the catalog
 * KPI it names ("Churn", "CAC") or whose events it counts ("Churned customers", « Clients perdus »: fewer is better, as
 * for churn itself — it suggested MORE churned customers). A header that names no KPI ("Value", « Valeur », none) tells
 * nothing: "increase", the default of every surface for a KPI nobody said is lower-is-better; the help says to pass
 * "decrease" there.
 */
import { addPeriods } from '../../src/core/dates';
import { harness } from './workbook/harness';

/** Weekly churned customers falling from about 30 to about 20, with a header. */
function history(header: string | null): unknown[][] {
  const rows = Array.from({ length: 16 }, (_, i) => [addPeriods('2026-08-03', 'week', i), 30 - Math.round(i * 0.6) + (i % 3)]);
  return header === null ? rows : [['Date', header], ...rows];
}

describe.each([
  ['en_US', 'Churned customers', 'Lost customers', 'Value', 'decrease', 'increase'],
  ['fr_FR', 'Clients perdus', 'Comptes perdus', 'Valeur', 'baisse', 'hausse'],
] as const)('REALISTICTARGET’s direction from its header (%s)', (locale, churned, lost, generic, decrease, increase) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale });
  const deadline = '2026-12-31';
  const asOf = '2026-11-26';
  const suggested = (header: string | null, direction?: string): number => h.run<number>('REALISTICTARGET', history(header), deadline, asOf, direction ?? '');

  it.each([churned, lost])('a header counting a lower-is-better rate’s events (%s) suggests fewer, as "decrease"', (header) => {
    const lower = suggested(header, decrease);
    expect(suggested(header)).toBe(lower);
    expect(lower).toBeLessThan(suggested(header, increase));
  });

  it('the rate itself still reads lower-is-better (near miss)', () => {
    expect(suggested('Churn')).toBe(suggested('Churn', decrease));
  });

  it('a header that names no KPI, or none, reads "increase"', () => {
    expect(suggested(generic)).toBe(suggested(generic, increase));
    expect(suggested(null)).toBe(suggested(null, increase));
  });
});
