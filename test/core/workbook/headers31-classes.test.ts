/**
 * headers31: KPI column headers as real sales spreadsheets write them (test/fixtures/statements/kpi-headers.jsonl,
 * measured with `npm run eval -- headers`). Each class of misses the tab reader now reads, with a header copied from a
 * real file of the fixture and a variant written here in the other language; every case failed before the change.
 * Columns come from CSV exports: no number format, so the header's words and the values are all there is.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries, headerWords } from '../../../src/core/workbook/kpis';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'];

/** A tab named neutrally ("Data"), the header over values by month, or by the given dates (a log repeats them). */
function read(header: string, values: readonly number[], dates: readonly string[] = MONTHS) {
  const rows: CellValue[][] = [['Date', header], ...values.map((v, i) => [dates[i], v])];
  const grid: SheetGrid = { name: 'Data', values: rows };
  const [series] = detectKpiSeries(grid, header.match(/[éèàç«]/) ? 'fr' : 'en', KPI_CATALOG, undefined, '2026-12-01');
  return {
    kpi: series.catalogId,
    aggregation: series.aggregation,
    unit: series.unit,
    currency: series.currency,
    last: series.points[series.points.length - 1].value,
  };
}

describe('header words as exports write them', () => {
  it('snake_case and camelCase split, acronyms kept', () => {
    expect(headerWords('montant_ht_eur')).toBe('montant ht eur');
    expect(headerWords('CoutMatiereLigne')).toBe('Cout Matiere Ligne');
    expect(headerWords('CA_Brut')).toBe('CA Brut');
    expect(headerWords('ARR')).toBe('ARR');
  });
  it('a ratio of two KPIs written in snake_case names neither (real "ltv_cac_ratio" was CAC; "LtvCacRatio")', () => {
    expect(read('ltv_cac_ratio', [11.04, 16.1, 25.64, 25.27, 17.49, 12.42]).kpi).toBeNull();
    expect(read('LtvCacRatio', [11.04, 16.1, 25.64, 25.27, 17.49, 12.42]).kpi).toBeNull();
  });
});

describe('a header saying percent is a percentage, whatever its values’ scale', () => {
  it('real « Remise (%) » and « remise_pct », written "Discount %": 10 is 10 %', () => {
    for (const header of ['Remise (%)', 'remise_pct', 'Discount %']) {
      const r = read(header, [10, 5, 15, 0, 20, 10]);
      expect([header, r.unit, r.last]).toEqual([header, 'percent', 0.1]);
    }
  });
  it('over an amount or a count, its growth or share, not it: real "revenue_wow_pct" (was revenue) and "orders_wow_pct" (was won deals), written « CA évolution (%) »: no KPI, a percentage', () => {
    // Revenue's growth over a named period ("revenue_wow_pct") is sales growth since hdr43, as the fixture labels it.
    for (const header of ['orders_wow_pct', 'CA évolution (%)'])
      expect([header, read(header, [-13.6, 11.1, -19.8, 14.8, -3.0, 2.2])]).toEqual([
        header,
        expect.objectContaining({ kpi: null, unit: 'percent', aggregation: 'level' }),
      ]);
    expect(read('revenue_wow_pct', [-13.6, 11.1, -19.8, 14.8, -3.0, 2.2])).toEqual(expect.objectContaining({ kpi: 'sales_growth', unit: 'percent', aggregation: 'level' }));
  });
});

describe('money words: an amount with no currency format is still money', () => {
  it('real « Prix_unitaire », « tva_montant », "Price per Unit"; written « Coût unitaire », "Tax"', () => {
    for (const header of ['Prix_unitaire', 'tva_montant', 'Price per Unit', 'Coût unitaire', 'Tax'])
      expect([header, read(header, [12, 14, 11, 13, 12, 15]).unit]).toEqual([header, 'currency']);
  });
  it('a currency code among the words is the currency: real « montant_ht_eur », written "amount_usd"', () => {
    expect(read('montant_ht_eur', [253, 91.87, 230.98, 416.02, 252.15, 1371.54])).toMatchObject({ unit: 'currency', currency: 'EUR' });
    expect(read('amount_usd', [253, 91.87, 230.98, 416.02, 252.15, 1371.54])).toMatchObject({ unit: 'currency', currency: 'USD' });
  });
  it('a rate over money words stays no amount (real « tva_taux » is no currency)', () => {
    expect(read('tva_taux', [20, 5.5, 5.5, 20, 10, 5.5]).unit).not.toBe('currency');
  });
});

describe('durations in days', () => {
  it('real « delai_paiement_jours », "days_in_stage"; written « Délai de closing (jours) »: days, a level', () => {
    for (const header of ['delai_paiement_jours', 'days_in_stage', 'Délai de closing (jours)'])
      expect([header, read(header, [79, 14, 17, 9, 32, 29])]).toEqual([
        header,
        expect.objectContaining({ unit: 'days', aggregation: 'level' }),
      ]);
  });
  it('a rate per day is no duration ("Calls per day")', () => {
    expect(read('Calls per day', [40, 42, 38, 45, 41, 39]).unit).not.toBe('days');
  });
});

describe('quantities counted are units sold', () => {
  it('real « Qté », « Quantite », "Quantity"; written "Qty sold", « Quantités vendues »: won deals, a total', () => {
    for (const header of ['Qté', 'Quantite', 'Quantity', 'Qty sold', 'Quantités vendues'])
      expect([header, read(header, [5, 3, 2, 4, 7, 3])]).toEqual([
        header,
        expect.objectContaining({ kpi: 'deals_closed', aggregation: 'total', unit: 'count' }),
      ]);
  });
  it('a quantity in stock is no sale', () => {
    expect(read('Quantité en stock', [50, 48, 45, 60, 58, 52]).kpi).toBeNull();
  });
});

describe('export abbreviations', () => {
  it('real "mau", "tel_cv_rate", "new_users", « taux_atteinte_pct »; written "DAU", "CVR", « Taux d’atteinte »', () => {
    const cases: Array<[string, string, number[]]> = [
      ['mau', 'customers', [950000, 965000, 980000, 995000, 1010000, 1025000]],
      ['DAU', 'customers', [95000, 96500, 98000, 99500, 101000, 102500]],
      ['tel_cv_rate', 'conversion_rate', [0.169, 0.104, 0.088, 0.162, 0.143, 0.092]],
      ['CVR', 'conversion_rate', [0.169, 0.104, 0.088, 0.162, 0.143, 0.092]],
      ['new_users', 'signups', [95000, 97000, 99000, 101000, 103000, 105000]],
      ['taux_atteinte_pct', 'quota_attainment', [104.4, 92.4, 87.8, 98.9, 89.1, 102.9]],
      ['Taux d’atteinte', 'quota_attainment', [1.044, 0.924, 0.878, 0.989, 0.891, 1.029]],
    ];
    for (const [header, kpi, values] of cases) expect([header, read(header, values).kpi]).toEqual([header, kpi]);
  });
});

describe('flows', () => {
  it('a flow word over a level KPI’s amount: real "new_mrr", written « Nouveau MRR »: a total', () => {
    for (const header of ['new_mrr', 'Nouveau MRR'])
      expect([header, read(header, [6697.66, 4822.73, 5322.04, 5134.67, 3056.94, 2408.96])]).toEqual([
        header,
        expect.objectContaining({ kpi: 'revenue', aggregation: 'total' }),
      ]);
    expect(read('mrr', [58994.96, 64609.89, 71261.53, 78615.25, 86417.06, 90133.55]).aggregation).toBe('level');
  });
  it('an amount before or after tax, a tax, a cost: real « montant_ttc », "TVA", "Cost"; written "Amount incl. tax", « Coût »: totals', () => {
    for (const header of ['montant_ttc', 'TVA', 'Cost', 'Amount incl. tax', 'Coût'])
      expect([header, read(header, [4284, 6384, 11520, 10200, 1512, 2160]).aggregation]).toEqual([header, 'total']);
  });
  it('prices stay levels in a log of order lines: real « PrixUnitaire », written "Unit price" (was summed)', () => {
    const days = ['2025-07-01', '2025-07-01', '2025-07-01', '2025-07-02', '2025-07-02', '2025-07-02'];
    for (const header of ['PrixUnitaire', 'Unit price'])
      expect([header, read(header, [9.5, 4, 15, 4, 6, 5.5], days)]).toEqual([
        header,
        expect.objectContaining({ aggregation: 'level', unit: 'currency' }),
      ]);
    expect(read('MontantLigne', [9.5, 4, 15, 4, 12, 11], days).aggregation).toBe('total');
  });
});
