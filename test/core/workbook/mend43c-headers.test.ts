/**
 * mend43c: a reviewer's regressions in units43's and hdr43's workbook rules (issue 11), in core. Each case failed on the
 * code before this change (main at 926239e7); the near misses keep today's reading.
 * 1. A quota attainment typed in whole points past 100 (80 … 106) is not read /100 and is no fraction: not an open rate
 *    said ×100 ("11,500 %"), but the numbers as typed, as before units43, on every surface.
 * 2. Whole numbers under a plural are summed only when they fall more than once in date order and the header names no
 *    people, places or things held ("Employees", « Salariés », "Stores", « Lits »): stocks stay levels.
 * 3. « Montant HT » is revenue only on a tab naming nothing or sales and invoices to customers, never purchases.
 * 4. The formulas resolve a header's KPI as Check goals does (« Taux d'atteinte », « Atteinte des quotas »: open rates).
 * 5. An index never takes its tab's KPI ("Conversion index" on a tab "Conversion").
 * 6. Revenue lost is money with no KPI on any tab; « avoir » is money summed only beside invoice columns.
 */
import { assess } from '../../../src/core/achievability';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries, historyValueKind, valueKindOf } from '../../../src/core/workbook/kpis';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'];

/** Columns by month on a tab, read as the wizard and Check goals read them (no number format: a CSV export). */
function readAll(tab: string, columns: Record<string, readonly number[]>, dates: readonly string[] = MONTHS) {
  const headers = Object.keys(columns);
  const rows: CellValue[][] = [['Date', ...headers], ...dates.map((d, i) => [d, ...headers.map((h) => columns[h][i])])];
  const grid: SheetGrid = { name: tab, values: rows };
  const fr = /[éèàç«]|^(ca|montant|avoir|lits|magasins|salari)/i.test(headers.join(' ') + tab);
  return detectKpiSeries(grid, fr ? 'fr' : 'en', KPI_CATALOG, undefined, '2026-12-01').map((s) => ({ kpi: s.catalogId, aggregation: s.aggregation, unit: s.unit, name: s.name, values: s.points.map((p) => p.value) }));
}
const read = (header: string, values: readonly number[], tab = 'Data') => readAll(tab, { [header]: values })[0];

describe('1. a quota attainment typed in points past 100 is said as typed, not ×100', () => {
  const POINTS = [80, 85, 88, 84, 90, 92, 95, 91, 97, 99, 103, 106];
  const history = POINTS.map((value, i) => ({ date: `2025-${String(i + 1).padStart(2, '0')}-01`, value }));

  it('the formulas’ kind (historyValueKind) and Check goals’ (valueKindOf on the column) are no open rate', () => {
    expect(historyValueKind('Quota attainment', POINTS, KPI_CATALOG)).toBe('rate');
    expect(historyValueKind('Taux d’atteinte des objectifs', POINTS, KPI_CATALOG)).toBe('rate');
    expect(valueKindOf('percent', 'Quota attainment', POINTS, 'quota_attainment')).toBe('rate');
  });

  it.each(['en', 'fr'] as const)('a target of 115 reads 115, not 11,500 %% (%s)', (lang) => {
    const a = assess({ history, target: 115, deadline: '2027-06-30', today: '2026-01-15', direction: 'increase', valueKind: historyValueKind('Quota attainment', POINTS, KPI_CATALOG) }, lang);
    expect(a.reasons.join(' ')).not.toMatch(/11[,\s\u202f.]?500/);
    expect(a.reasons.join(' ')).toMatch(lang === 'en' ? /Chance of reaching 115 at/ : /Chance d’atteindre 115 au/);
  });

  it('near misses: fractions (0.80 … 1.06) and points read /100 (80 … 97) stay open rates', () => {
    expect(historyValueKind('Quota attainment', POINTS.map((v) => v / 100), KPI_CATALOG)).toBe('open-rate');
    expect(historyValueKind('Quota attainment', POINTS.slice(0, 9), KPI_CATALOG)).toBe('open-rate');
    expect(valueKindOf('percent', 'Quota attainment', [0.8, 0.95, 1.06], 'quota_attainment')).toBe('open-rate');
  });
});

describe('2. whole numbers under a plural naming people, places or things held are a stock, not summed', () => {
  const GROWING = [50, 52, 51, 54, 53, 60];
  it.each(['Employees', 'Stores', 'Salariés', 'Magasins', 'Lits', 'Users', 'Vehicles', 'Beds'])('%s, falling now and then, keeps no total', (header) => {
    expect(read(header, GROWING).aggregation).toBeNull();
  });

  // stmt41 (merged beside this mend) made "Members" the customers KPI: the member base, a level by the catalog's default.
  it('Members, falling now and then, is the member base: a level, never a total', () => {
    expect(read('Members', GROWING).aggregation).toBe('level');
  });

  it('a count read newest first that never falls in date order is not summed', () => {
    const newestFirst = [...MONTHS].reverse();
    expect(readAll('Data', { Shares: [60, 57, 55, 54, 52, 50] }, newestFirst)[0].aggregation).toBeNull();
    // Once is not several: a fall in six months may be a stock's.
    expect(read('Shares', [50, 52, 51, 54, 56, 60]).aggregation).toBeNull();
  });

  // Downloads are the sign-ups since hdr51 (the lead's ruling H1): « Partages » and "Shares" count what names nothing.
  it.each(['Impressions', 'Clicks', 'Clics', 'Partages'])('near miss: %s, falling several times, is still summed', (header) => {
    expect(read(header, [50000, 42000, 65000, 30000, 25000, 47000])).toEqual(expect.objectContaining({ kpi: null, aggregation: 'total' }));
    expect(readAll('Data', { [header]: [47000, 25000, 30000, 65000, 42000, 50000] }, [...MONTHS].reverse())[0].aggregation).toBe('total');
  });
});

describe('3. « Montant HT » is revenue only on a neutral or a sales tab', () => {
  const AMOUNTS = [3570, 5320, 9600, 8500, 1260, 1800];
  it.each(['Achats', 'Factures fournisseurs', 'Purchases', 'Fournisseurs', 'Trésorerie', 'Stock', 'Budget', 'Payroll'])('on « %s » it is no revenue', (tab) => {
    expect(read('Montant HT', AMOUNTS, tab).kpi).not.toBe('revenue');
    expect(read('montant_ttc', AMOUNTS, tab).kpi).not.toBe('revenue');
  });

  it.each(['Sheet1', 'Feuille 1', 'Data', 'Données', 'Export', '2026', '2026-11', 'Factures', 'Factures clients'])('near miss: on « %s » it is revenue, summed', (tab) => {
    expect(read('Montant HT', AMOUNTS, tab)).toEqual(expect.objectContaining({ kpi: 'revenue', aggregation: 'total', unit: 'currency' }));
  });

  it.each(['Ventes', 'Sales', 'Invoices', 'CA 2026'])('on a sales tab « %s » named revenue, it is summed too (it was revenue’s level)', (tab) => {
    expect(read('Montant HT', AMOUNTS, tab)).toEqual(expect.objectContaining({ kpi: 'revenue', aggregation: 'total', unit: 'currency' }));
  });
});

describe('4. the formulas resolve a French quota header as Check goals does', () => {
  const FRACTIONS = [0.85, 0.88, 0.91, 0.89, 0.94, 0.97];
  it.each(['Taux d’atteinte', "Taux d'atteinte", 'Atteinte des quotas', 'taux_atteinte'])('%s: an open rate on both surfaces', (header) => {
    const column = read(header, FRACTIONS);
    expect(column.kpi).toBe('quota_attainment');
    expect(historyValueKind(header, FRACTIONS, KPI_CATALOG)).toBe('open-rate');
    expect(valueKindOf(column.unit, column.name, column.values, column.kpi)).toBe('open-rate');
  });

  it.each(['Taux de conversion', 'Taux de churn', 'Gross retention'])('near miss: %s stays a bounded rate', (header) => {
    expect(historyValueKind(header, [0.05, 0.06, 0.07, 0.05, 0.06, 0.08], KPI_CATALOG)).toBe('rate');
  });
});

describe('5. an index header never takes its tab’s KPI', () => {
  it.each(['Conversion', 'Data', 'Taux de conversion'])('"Conversion index" on a tab « %s »: no KPI, plain numbers', (tab) => {
    expect(read('Conversion index', [0.92, 1.01, 1.08, 0.97, 1.12, 1.15], tab)).toEqual(expect.objectContaining({ kpi: null, unit: 'score' }));
  });

  it('near miss: another column on a tab "Conversion" still takes its KPI', () => {
    expect(read('North', [0.021, 0.025, 0.023, 0.027, 0.026, 0.029], 'Conversion').kpi).toBe('conversion_rate');
  });
});

describe('6. revenue lost is money with no KPI; a credit note summed only beside invoices', () => {
  const LOSSES = [2400, 2710.5, 3021, 2400, 2710.5, 3021];
  it.each([
    ['CA perdu', 'Data'],
    ['CA perdu', 'Ventes'],
    ['Lost revenue', 'Sales'],
    ['Revenue lost', 'Revenue'],
    ['Revenue lost', 'Data'],
  ])('%s on a tab « %s »: no KPI, money, summed', (header, tab) => {
    expect(read(header, LOSSES, tab)).toEqual(expect.objectContaining({ kpi: null, unit: 'currency', aggregation: 'total' }));
  });

  it.each(['revenue_wow_pct', 'sales_mom_pct'])('%s: the same kind in the formulas as in the wizard', (header) => {
    const values = [3.2, -1.5, 4.8, 2.1, -0.7, 5.3];
    const column = read(header, values);
    expect(historyValueKind(header, values, KPI_CATALOG)).toBe(valueKindOf(column.unit, column.name, column.values, column.kpi));
  });

  it('« avoir » beside invoice columns is money summed; alone, « Avoirs » (holdings) as before', () => {
    const credits = [26057.42, 44245.18, 61630.5, 74211.79, 86375.61, 82171.13];
    const tab = readAll('Données', { ca: [858363.26, 1357836.07, 2479345.62, 2975074.51, 3177932.48, 3300000], ca_brut: [889172.38, 1405334.92, 2558142.34, 3080452.59, 3305770.4, 3400000], avoir: credits });
    expect(tab[2]).toEqual(expect.objectContaining({ kpi: null, aggregation: 'total', unit: 'currency' }));
    expect(readAll('Factures', { 'Montant HT': [3570, 5320, 9600, 8500, 1260, 1800], Avoirs: [120, 0, 340.5, 80, 0, 95] })[1]).toEqual(expect.objectContaining({ aggregation: 'total', unit: 'currency' }));
    expect(read('Avoirs', credits)).toEqual(expect.objectContaining({ aggregation: null, unit: null }));
    expect(read('avoir', credits, 'Banque')).toEqual(expect.objectContaining({ aggregation: null, unit: null }));
  });

  it('near miss: MRR, the stock, on a tab "Ventes" stays revenue, a level', () => {
    expect(read('MRR', [58994.96, 64609.89, 71261.53, 78615.25, 86417.06, 90133.55], 'Ventes')).toEqual(expect.objectContaining({ kpi: 'revenue', aggregation: 'level' }));
  });
});
