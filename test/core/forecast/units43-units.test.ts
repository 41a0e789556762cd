/**
 * units43: the unit a KPI is shown, forecast and judged in (issue 11; fc25's and mend42c's leftovers), in core.
 * 1. A percentage that may pass 100 % — quota attainment (« taux d'atteinte des objectifs »), net revenue retention
 *    (« rétention nette », NRR), sales growth — is an open rate: forecast as an amount (level and log spaces: no ceiling
 *    at 100 %), said in % and points. The rate hint put a quota attainment of 82 … 97 % in logit space: a chance of 0 for
 *    105 %, a suggestion of 100 %. Near misses: gross or customer retention and reps reaching their quota stay rates.
 * 2. An index header names no catalog KPI and no money ("Conversion index" was the conversion rate in English and no KPI
 *    in French; "Price index" was dollars by its "price"); it is an amount once it has reached 1, mend42c's rule.
 */
import { assess } from '../../../src/core/achievability';
import { classifySeries } from '../../../src/core/forecast';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries, historyValueKind, valueKindOf } from '../../../src/core/workbook/kpis';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';

/** Monthly quota attainment from December 2024 to November 2026, never at 100 %: 82 … 97 %. */
const UNDER = [0.82, 0.93, 0.97, 0.97, 0.96, 0.89, 0.97, 0.97, 0.91, 0.94, 0.97, 0.97, 0.85, 0.92, 0.97, 0.97, 0.95, 0.97, 0.9, 0.97, 0.97, 0.94, 0.97, 0.97];
const months = (values: readonly number[]) =>
  values.map((value, i) => ({ date: `${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, value }));
const INPUT = { history: months(UNDER), target: 1.05, deadline: '2027-03-31', today: '2026-11-26', direction: 'increase' as const };

describe('an open rate: forecast as an amount, said in %', () => {
  it('classifySeries: fractions told "open-rate" are no rate (the same space as an amount); told nothing or "rate", a rate', () => {
    expect(classifySeries(UNDER, 'open-rate')).toBe('positive');
    expect(classifySeries(UNDER, 'amount')).toBe('positive');
    expect(classifySeries(UNDER, 'rate')).toBe('rate');
    expect(classifySeries(UNDER)).toBe('rate');
  });

  it('a quota attainment of 82 … 97 % has a chance of 105 % (the rate gave none) and a suggestion past 100 %, EN and FR', () => {
    const asRate = assess({ ...INPUT, valueKind: 'rate' }, 'en');
    expect(asRate.probability ?? 0).toBeLessThan(0.005);
    expect(asRate.suggestedTarget!).toBeLessThanOrEqual(1);
    for (const lang of ['en', 'fr'] as const) {
      const open = assess({ ...INPUT, valueKind: 'open-rate' }, lang);
      expect(open.probability!).toBeGreaterThan(0.01);
      expect(open.suggestedTarget!).toBeGreaterThan(1);
      // Said as the percentage it is: the assessment's kind is the one its figures are written in.
      expect(open.kind).toBe('rate');
      expect(open.probability).toBe(assess({ ...INPUT, valueKind: 'amount' }, lang).probability);
    }
  });

  it('its reasons are in % and points, as the sheet shows it (an amount’s would read 1.05 and +0.02)', () => {
    const en = assess({ ...INPUT, valueKind: 'open-rate' }, 'en').reasons;
    expect(en).toContainEqual(expect.stringMatching(/^Chance of reaching 105% at the current pace: \d+%\.$/));
    expect(en).toContainEqual(expect.stringMatching(/^At the current pace: \d+(\.\d)?% by 31 March 2027 \(80% range \d+(\.\d)?% to \d+(\.\d)?%\)\.$/));
    expect(en).toContainEqual(expect.stringMatching(/^Needs \+\d+(\.\d)?\u00a0pts\/month for 4 months\.$/));
    const fr = assess({ ...INPUT, valueKind: 'open-rate' }, 'fr').reasons;
    expect(fr).toContainEqual(expect.stringMatching(/^Chance d’atteindre 105\u202f% au rythme actuel\u202f: \d+\u202f%\.$/));
    expect(fr).toContainEqual(expect.stringMatching(/^Il faut \+\d+(,\d)?\s?points?\/mois pendant 4 mois\.$/));
    expect(assess({ ...INPUT, valueKind: 'amount' }, 'en').reasons).toContainEqual(expect.stringMatching(/^Chance of reaching 1\.05 at/));
  });
});

describe('which percentages may pass 100 %: the KPI and its header’s words', () => {
  it.each([
    ['Quota attainment', 'quota_attainment', 'open-rate'],
    ['Taux d’atteinte des objectifs', 'quota_attainment', 'open-rate'],
    ['Net revenue retention', 'retention', 'open-rate'],
    ['NRR', 'retention', 'open-rate'],
    ['Rétention nette', 'retention', 'open-rate'],
    ['Sales growth', 'sales_growth', 'open-rate'],
    // Near misses: a share of people reaching their quota, gross or customer retention, a bounded rate.
    ['Reps at quota', 'quota_attainment', 'rate'],
    ['Commerciaux atteignant leur quota', 'quota_attainment', 'rate'],
    ['Gross revenue retention', 'retention', 'rate'],
    ['Rétention brute', 'retention', 'rate'],
    ['Retention', 'retention', 'rate'],
    ['Close rate', 'close_rate', 'rate'],
  ] as const)('a tab’s column %p in %% (KPI %p): %p', (header, kpi, kind) => {
    expect(valueKindOf('percent', header, UNDER, kpi)).toBe(kind);
  });

  it.each([
    ['Quota attainment', 'open-rate'],
    ["Taux d'atteinte des objectifs", 'open-rate'],
    ['Net revenue retention', 'open-rate'],
    ['Rétention nette', 'open-rate'],
    ['Reps at quota', 'rate'],
    ['Gross revenue retention', 'rate'],
    ['Rétention brute', 'rate'],
    ['Taux de conversion', 'rate'],
  ] as const)('a formula history headed %p: %p', (header, kind) => {
    expect(historyValueKind(header, UNDER, KPI_CATALOG)).toBe(kind);
  });

  it('near misses: a count and money keep their kind; no unit still leaves it to the values', () => {
    expect(valueKindOf('count', 'Quota attainment', [40, 52], 'quota_attainment')).toBe('amount');
    expect(valueKindOf('currency', 'Net revenue retention', [0.9, 0.95], 'retention')).toBe('amount');
    expect(valueKindOf(null, 'Quota attainment', UNDER, 'quota_attainment')).toBeNull();
  });
});

/** A tab named `tab`, the header over monthly values (no number format unless given). */
function column(tab: string, header: string, values: readonly number[], format: string | null = null) {
  const rows: CellValue[][] = [['Month', header], ...months(values).map((p) => [p.date, p.value])];
  const grid: SheetGrid = { name: tab, values: rows, ...(format ? { formats: rows.map((_, r) => ['', r === 0 ? '' : format]) } : {}) };
  const [series] = detectKpiSeries(grid, /[éèàç«]|indice/i.test(header) ? 'fr' : 'en', KPI_CATALOG, undefined, '2026-12-01');
  return { kpi: series.catalogId, unit: series.unit };
}

const PAST_1 = [0.9, 0.92, 0.95, 0.97, 0.99, 1.01, 1.02, 1.0, 1.03, 1.05, 1.04, 1.06];
const BELOW_1 = [0.62, 0.66, 0.7, 0.73, 0.77, 0.8, 0.84, 0.87, 0.9, 0.93, 0.95, 0.98];

describe('an index header: one rule in both languages', () => {
  it.each([['Conversion index'], ['Indice de conversion'], ['Price index'], ['Indice des prix'], ['Churn index']])(
    '%p names no catalog KPI and no money: plain numbers (a score)',
    (header) => {
      expect(column('Data', header, PAST_1)).toEqual({ kpi: null, unit: 'score' });
    },
  );

  it('a tab named "Conversion index" over a "Value" column is no conversion rate either', () => {
    expect(column('Conversion index', 'Value', PAST_1)).toEqual({ kpi: null, unit: 'score' });
  });

  it('near misses: the column’s format says currency or percent, and the header names no index', () => {
    expect(column('Data', 'Price index', PAST_1, '$#,##0.00').unit).toBe('currency');
    expect(column('Data', 'Indice des prix', PAST_1, '#,##0.00 [$€-fr-FR]').unit).toBe('currency');
    expect(column('Data', 'Conversion index', BELOW_1, '0%')).toEqual({ kpi: null, unit: 'percent' });
    expect(column('Data', 'Conversion rate', BELOW_1)).toEqual({ kpi: 'conversion_rate', unit: 'percent' });
    expect(column('Data', 'Price', PAST_1).unit).toBe('currency');
  });

  it.each([
    ['Conversion index', PAST_1, 'amount'],
    ['Indice de conversion', PAST_1, 'amount'],
    ['Price index', PAST_1, 'amount'],
    ['Indice des prix', PAST_1, 'amount'],
    // Never at its base: a bounded index as far as anyone can tell (mend42c), the values decide — not money, not a rate.
    ['Conversion index', BELOW_1, null],
    ['Indice de conversion', BELOW_1, null],
    ['Price index', BELOW_1, null],
    ['Indice des prix', BELOW_1, null],
  ] as const)('a formula history headed %p over %p: %p', (header, values, kind) => {
    expect(historyValueKind(header, values, KPI_CATALOG)).toBe(kind);
  });
});
