/**
 * mend43c through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: a reviewer's regressions in units43's and
 * hdr43's rules, each checked on the wizard (`sidebarGetContext`, `sidebarAssess`), the formulas and Check goals, with near
 * misses that keep today's reading. Columns as CSV exports give them: no number format.
 */
import type { AssessResponse, SidebarContext } from '../../../src/core/api';
import { addSheet, harness, monthlyRows, TODAY } from './harness';

/** Monthly, December 2024 to November 2026. */
const POINTS = [80, 85, 88, 84, 90, 92, 95, 91, 97, 99, 103, 106, 82, 86, 89, 85, 91, 93, 96, 92, 98, 100, 104, 106];
/** A quota attainment at 82 … 97 % (units43's), stored as Sheets stores a percentage. */
const FRACTIONS = [0.82, 0.93, 0.97, 0.97, 0.96, 0.89, 0.97, 0.97, 0.91, 0.94, 0.97, 0.97, 0.85, 0.92, 0.97, 0.97, 0.95, 0.97, 0.9, 0.97, 0.97, 0.94, 0.97, 0.97];
/** A growing stock with a dip now and then, typed newest first (a growing stock "fell" row after row). */
const STAFF = [50, 52, 51, 53, 52, 54, 53, 55, 54, 56, 55, 57, 56, 57, 56, 58, 57, 58, 57, 59, 58, 59, 59, 60].reverse();
const AMOUNTS = Array.from({ length: 24 }, (_, i) => 3_000 + 250 * (i % 5));
const newestFirst = (header: string, values: readonly number[]): unknown[][] => {
  const [head, ...rows] = monthlyRows(header, [...values].reverse());
  return [head, ...rows.reverse()];
};
const DEADLINE = '2027-06-30';

describe.each([
  { locale: 'en_US', tab: 'Goals', quota: 'Quota attainment', frQuota: 'Quota attainment', staff: 'Employees', goal: 'Reach 62 employees by June 30, 2027', purchases: 'Purchases', sales: 'Sheet1', invoice: 'Amount', lost: 'Lost revenue', salesTab: 'Sales', chance: /^Chance of reaching 98 at /, probability: 'Probability' },
  { locale: 'fr_FR', tab: 'Objectifs', quota: 'Taux d’atteinte des objectifs', frQuota: 'Atteinte des quotas', staff: 'Salariés', goal: 'Atteindre 62 salariés d’ici le 30 juin 2027', purchases: 'Achats', sales: 'Feuille 1', invoice: 'Montant HT', lost: 'CA perdu', salesTab: 'Ventes', chance: /^Chance d’atteindre 98 au /, probability: 'Probabilité' },
])('mend43c ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName(c.tab);
  goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', c.goal, 'Staff']]);
  addSheet(h.emulator, 'Quota', monthlyRows(c.quota, POINTS));
  addSheet(h.emulator, 'QuotaFr', monthlyRows(c.frQuota, FRACTIONS));
  addSheet(h.emulator, 'Staff', newestFirst(c.staff, STAFF));
  addSheet(h.emulator, 'Impressions', monthlyRows('Impressions', AMOUNTS.map((v) => v * 10)));
  addSheet(h.emulator, c.purchases, monthlyRows('Montant HT', AMOUNTS));
  addSheet(h.emulator, 'Payroll', monthlyRows('montant_ttc', AMOUNTS));
  addSheet(h.emulator, c.sales, monthlyRows('Montant HT', AMOUNTS));
  addSheet(h.emulator, 'Conversion', monthlyRows('Conversion index', FRACTIONS.map((v) => v + 0.1)));
  addSheet(h.emulator, c.salesTab, monthlyRows(c.lost, AMOUNTS.map((v) => v / 10)));
  addSheet(h.emulator, 'Growth', monthlyRows('revenue_wow_pct', [3.2, -1.5, 4.8, 2.1, -0.7, 5.3, 1.1, 2.9, -0.4, 3.8, 0.6, 4.1, 2.4, -1.1, 3.5, 1.7, 0.2, 4.4, 2.8, -0.9, 3.1, 1.4, 0.9, 2.6]));
  addSheet(h.emulator, 'Invoices', [['Date', 'Montant HT', 'avoir'], ...monthlyRows('x', AMOUNTS).slice(1).map(([d], i) => [d, AMOUNTS[i], 120 + 15.5 * (i % 4)])]);
  addSheet(h.emulator, 'Bank', monthlyRows('Avoirs', AMOUNTS.map((v) => v * 7)));
  const tab = (name: string): unknown[][] => book.getSheetByName(name)!.getDataRange().getValues();
  const context = h.run<SidebarContext>('sidebarGetContext');
  const series = (sheetName: string) => context.series.filter((x) => x.sheetName === sheetName).pop()!;
  const wizard = (sheetName: string, target: number): AssessResponse => {
    const s = series(sheetName);
    return h.run<AssessResponse>('sidebarAssess', { seriesId: s.id, sheetName, catalogId: s.kpiId, baseline: s.defaultBaseline, direction: 'increase', target, deadline: DEADLINE, aggregation: null });
  };
  h.run('menuCheckGoals');
  const shown = goals.getDataRange().getDisplayValues();

  it('1. a quota attainment typed 80 … 106 is said as typed: 98, not 9,800 %, with the formulas’ chance', () => {
    const r = wizard('Quota', 98);
    expect(r.reasons.join(' ')).not.toMatch(/9[,.\s\u202f\u00a0]?800/);
    expect(r.reasons).toContainEqual(expect.stringMatching(c.chance));
    expect(h.run<number>('ACHIEVABILITY', tab('Quota'), 98, DEADLINE, TODAY)).toBeCloseTo(r.probability!, 3);
  });

  it('2. a stock that dips ("Employees", « Salariés ») typed newest first is a level: Check goals and the formulas agree', () => {
    expect(series('Staff').aggregation).not.toBe('total');
    const formula = h.run<number>('ACHIEVABILITY', tab('Staff'), 62, DEADLINE, TODAY);
    expect(formula).toBeGreaterThan(0.05);
    expect(formula).toBeLessThan(0.95);
    expect(parseInt(shown[1][shown[0].indexOf(c.probability)], 10)).toBe(Math.round(formula * 100));
    // Near miss: impressions, which fall several times, are still summed.
    expect(series('Impressions').aggregation).toBe('total');
  });

  it('3. « Montant HT » on a purchase or payroll tab is no revenue; near miss: on a tab naming nothing it is', () => {
    expect(series(c.purchases).kpiId).not.toBe('revenue');
    expect(series('Payroll').kpiId).not.toBe('revenue');
    expect(series(c.sales)).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'total' }));
  });

  it('4. a French quota header is one open rate on the wizard and in the formulas (near miss: the English one)', () => {
    const r = wizard('QuotaFr', 1.02);
    expect(series('QuotaFr').kpiId).toBe('quota_attainment');
    expect(h.run<number>('ACHIEVABILITY', tab('QuotaFr'), 1.02, DEADLINE, TODAY)).toBeCloseTo(r.probability!, 3);
  });

  it('5. "Conversion index" on a tab "Conversion" takes no KPI: plain numbers', () => {
    expect(series('Conversion')).toEqual(expect.objectContaining({ kpiId: null, unit: 'score' }));
  });

  it('6. revenue lost on a sales tab is money with no KPI; revenue_wow_pct one kind on both surfaces; « avoir » money only beside invoices', () => {
    expect(series(c.salesTab)).toEqual(expect.objectContaining({ kpiId: null, unit: 'currency', aggregation: 'total' }));
    expect(h.run<number>('ACHIEVABILITY', tab('Growth'), 0.025, DEADLINE, TODAY)).toBeCloseTo(wizard('Growth', 0.025).probability!, 3);
    expect(series('Invoices')).toEqual(expect.objectContaining({ unit: 'currency', aggregation: 'total' }));
    // Alone (bank holdings), as before hdr43: the wizard's plain numbers, a level.
    expect(series('Bank')).toEqual(expect.objectContaining({ kpiId: null, unit: 'count', aggregation: 'level' }));
  });
});
