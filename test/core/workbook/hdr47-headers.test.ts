/**
 * hdr47: KPI column headers of kpi-headers5.jsonl (hcollect46's held-out set, opened by hdr47) the tab reader misread, by
 * class, and the leftovers hdr46 wrote down (an "Orders" tab's bare Total, purchase orders to a supplier, "Churn MRR" in
 * whole money). Each class with a header copied from a real file of the fixture and variants written here in both
 * languages, and near misses that must read as before. Columns come from CSV exports: no number format, so the header's
 * words, the tab's name, the row's other headers and the values are all there is. The cases of the `changed` blocks fail
 * on main's code (7dbc862b); the near misses pass on both.
 */
import { headerReader } from '../../support/header-reading';
import { COSTS_BY_WHAT_THEY_PAY, EVENT_RATES_IN_POINTS, SALE_INVOICE_AND_BOOKING_AMOUNTS } from './hdr47-cases';

const { read } = headerReader(['kpi', 'aggregation', 'unit', 'currency']);
const { readLog } = headerReader(['kpi', 'aggregation', 'unit']);

const MONEY = [620, 540, 710, 660, 580, 690];

describe('changed: a rate of events in points is a percentage (it was a plain number)', () => {
  it.each([
    ...EVENT_RATES_IN_POINTS,
    ['taux_echec', 'fr', [4.2, 3.9, 5.1, 4.4, 6.0, 3.7]],
    ['Probabilité', 'fr', [10, 25, 50, 75, 90, 100]],
  ] as const)('%s (%s) → percent, a level', (header, lang, values) => {
    expect(read(header, values, lang)).toEqual(expect.objectContaining({ kpi: null, unit: 'percent', aggregation: 'level' }));
  });

  it.each([
    ['Hourly rate', 'en', [45, 50, 55, 50, 60, 65]],
    ['Daily rate', 'en', [400, 420, 450, 400, 480, 500]],
    ['Taux horaire', 'fr', [35, 38, 40, 42, 40, 45]],
    ['LTV ratio', 'en', [2.5, 3.1, 2.8, 3.4, 3.0, 2.9]],
    ['Nightly rate', 'en', [85, 90, 95, 80, 88, 92]],
    ['Rate', 'en', [45, 50, 55, 50, 60, 65]],
    ['Taux', 'fr', [35, 38, 40, 42, 40, 45]],
  ] as const)('near miss: %s (%s) is no percentage', (header, lang, values) => {
    expect(read(header, values, lang).unit).not.toBe('percent');
  });
});

describe('changed: a score is a level, in a log too (it was summed)', () => {
  it.each([
    ['quality_score', 'en'],
    ['risk_score', 'en'],
    ['score_qualite', 'fr'],
  ] as const)('%s (%s) in a log of three rows a date → level', (header, lang) => {
    expect(readLog(header, (m) => [71.5 + m, 83.7 - m, 67.1], lang, ['entity_id'])).toEqual(
      expect.objectContaining({ aggregation: 'level' }),
    );
  });

  it('near miss: points scored in a log are summed', () => {
    expect(readLog('Points scored', (m) => [2 + (m % 2), 1, 3], 'en', ['match_id']).aggregation).toBe('total');
  });
});

describe('changed: revenue per head is money (it was a plain number)', () => {
  it.each([
    ['avg_revenue_per_customer', 'en'],
    ['Revenue per user', 'en'],
    ['revenu_moyen_par_client', 'fr'],
  ] as const)('%s (%s) → no KPI, a level, money', (header, lang) => {
    expect(read(header, [1466.61, 878.65, 885.67, 831.2, 846.09, 850.9], lang)).toEqual(
      expect.objectContaining({ kpi: null, aggregation: 'level', unit: 'currency' }),
    );
  });

  it('near miss: orders per customer stay a plain number', () => {
    expect(read('avg_orders_per_customer', [1.2, 1.4, 1.3, 1.5, 1.2, 1.1], 'en').unit).not.toBe('currency');
  });
});

describe('changed: a cost named by what it is spent on is the costs, summed (it named no KPI)', () => {
  it.each(COSTS_BY_WHAT_THEY_PAY)('%s (%s) → costs, summed, money', (header, lang) => {
    expect(read(header, MONEY, lang)).toEqual(expect.objectContaining({ kpi: 'costs', aggregation: 'total', unit: 'currency' }));
  });

  it.each([
    ['Coût unitaire', 'fr'],
    ['cout_matiere_unitaire', 'fr'],
    ['Cost per lead', 'en'],
    ['Average cost', 'en'],
    ['Cost price', 'en'],
  ] as const)('near miss: %s (%s) is an amount per unit, no costs', (header, lang) => {
    expect(read(header, [2.8, 2.9, 3.1, 2.8, 3.0, 2.9], lang).kpi).not.toBe('costs');
  });

  it('near miss: a customer acquisition cost stays the CAC, fixed costs the costs', () => {
    expect(read('customer_acquisition_cost', [164.92, 189.21, 139.49, 259.09, 152.96, 248.89], 'en').kpi).toBe('cac');
    expect(read('Fixed costs', MONEY, 'en').kpi).toBe('costs');
  });
});

describe('changed: a sale’s amount or total, an invoice’s and a booking’s amount, are revenue summed (they named none)', () => {
  it.each([
    ['MontantVente', 'fr', ['Vendeur', 'Region', 'Produit', 'Quantite', 'PrixUnitaire']],
    ['Total_Vente', 'fr', ['Transaction_ID', 'Produit', 'Quantite', 'Prix_Unitaire', 'Client_ID']],
    ['montant', 'fr', ['facture_id', 'date_echeance']],
    ...SALE_INVOICE_AND_BOOKING_AMOUNTS,
  ] as const)('%s (%s) beside %j → revenue, summed', (header, lang, neighbours) => {
    expect(read(header, MONEY, lang, { neighbours })).toEqual(
      expect.objectContaining({ kpi: 'revenue', aggregation: 'total', unit: 'currency' }),
    );
  });

  it.each([
    ['Montant', 'fr', ['Fournisseur', 'Produit']],
    ['amount', 'en', ['invoice_id', 'supplier']],
    // hdr48 decided hdr47's leftover `montant_total_usd` beside « commande_id, produit, client_id, fournisseur_id »: an
    // order's record naming a client and a product is a sale (test/core/workbook/hdr48-headers.test.ts); beside a client
    // and a supplier alone a bare amount still names nothing.
    ['montant_total', 'fr', ['client_id', 'fournisseur_id']],
    ['montant', 'fr', ['paiement_id', 'contrat_id']],
    ['Amount', 'en', []],
  ] as const)('near miss: %s (%s) beside %j is no revenue', (header, lang, neighbours) => {
    expect(read(header, MONEY, lang, { neighbours }).kpi).not.toBe('revenue');
  });
});

describe('changed: quantities in a unit of measure, sessions a day, installs', () => {
  it.each([
    ['quantite_t', 'fr', 'deals_closed'],
    ['qty_kg', 'en', 'deals_closed'],
    ['daily_sessions', 'en', 'website_traffic'],
    ['installs', 'en', 'signups'],
  ] as const)('%s (%s) → %s, summed', (header, lang, kpi) => {
    expect(read(header, [1411, 1132, 2966, 4788, 2324, 394], lang, { neighbours: ['client_id'] })).toEqual(
      expect.objectContaining({ kpi, aggregation: 'total' }),
    );
  });

  it('near miss: a quantity in tonnes bought from a supplier is no sale', () => {
    expect(read('quantite_t', [14, 11, 29, 47, 23, 39], 'fr', { neighbours: ['fournisseur_id'] }).kpi).toBeNull();
  });

  it('near miss: a training’s sessions stay no traffic', () => {
    expect(read('daily_sessions', [4, 5, 3, 6, 4, 5], 'en', { neighbours: ['Trainer'] }).kpi).toBeNull();
  });
});

describe('changed (hdr46’s leftovers): an orders tab’s Total, purchase orders, money churned', () => {
  it.each([
    ['Orders', 'en', ['Item', 'Quantity', 'Unit price']],
    ['Commandes', 'fr', ['Article', 'Quantité', 'Prix unitaire']],
  ] as const)('a bare Total on tab %s (%s) beside %j → revenue, summed', (tab, lang, neighbours) => {
    expect(read('Total', [20, 36, 9, 44, 20, 60], lang, { tab, neighbours })).toEqual(
      expect.objectContaining({ kpi: 'revenue', aggregation: 'total', unit: 'currency' }),
    );
  });

  it('near miss: a shopping list on "Sheet1" names nothing', () => {
    expect(
      read('Total', [20, 36, 9, 44, 20, 60], 'en', { tab: 'Sheet1', neighbours: ['Category', 'Item', 'Quantity', 'Unit price'] }).kpi,
    ).toBeNull();
  });

  it.each([
    ['Bons de commande', 'fr', ['Fournisseur', 'Article']],
    ['Commandes', 'fr', ['Fournisseur', 'Article']],
    ['Orders', 'en', ['Supplier', 'Item']],
  ] as const)('"Montant HT" on tab %s (%s) beside a supplier and no client → the costs, summed', (tab, lang, neighbours) => {
    expect(read('Montant HT', MONEY, lang, { tab, neighbours })).toEqual(
      expect.objectContaining({ kpi: 'costs', aggregation: 'total', unit: 'currency' }),
    );
  });

  it.each([
    ['Ventes', 'fr', ['Fournisseur', 'Produit']],
    ['Sales', 'en', ['Supplier', 'Product']],
  ] as const)('near miss: a bare amount on a sales tab %s (%s) beside %j is no costs (the brand sold)', (tab, lang, neighbours) => {
    expect(read(lang === 'fr' ? 'Montant' : 'Amount', MONEY, lang, { tab, neighbours }).kpi).not.toBe('costs');
  });

  it('near miss: "Montant HT" on a purchase orders tab beside a supplier is still the costs', () => {
    expect(read('Montant HT', MONEY, 'en', { tab: 'Purchase orders', neighbours: ['Supplier', 'Item'] }).kpi).toBe('costs');
  });

  it('near miss: "Montant HT" on an orders tab beside a client and a supplier is revenue', () => {
    expect(read('Montant HT', MONEY, 'en', { tab: 'Orders', neighbours: ['Customer', 'Supplier'] }).kpi).toBe('revenue');
  });

  it.each([
    ['Churn MRR', 'en'],
    ['Churn ARR', 'en'],
    ['Revenue churn', 'en'],
    ['MRR churn', 'fr'],
  ] as const)('%s (%s) in whole money above 100 → no KPI, summed, money', (header, lang) => {
    expect(read(header, [1200, 1500, 900, 1300, 1100, 1400], lang)).toEqual(
      expect.objectContaining({ kpi: null, aggregation: 'total', unit: 'currency' }),
    );
  });

  it('near miss: "Churn" at 120 … 140 counts churned customers', () => {
    expect(read('Churn', [120, 135, 118, 140, 122, 131], 'en')).toEqual(expect.objectContaining({ kpi: null, unit: 'count' }));
  });

  it('near miss: "MRR churn" in fractions is the churn rate', () => {
    expect(read('MRR churn', [0.05, 0.04, 0.06, 0.05, 0.03, 0.04], 'en')).toEqual(
      expect.objectContaining({ kpi: 'churn', unit: 'percent' }),
    );
  });
});

describe('near miss: growth in points over ARR stays a percentage', () => {
  it('arr_yoy (en) at 12 … 18 points → percent', () => {
    expect(read('arr_yoy', [12, 14, 15, 13, 16, 18], 'en').unit).toBe('percent');
  });
});

describe('changed: a hotel’s average daily rate is a price', () => {
  it('ADR in a log of bookings → no KPI, a level, money', () => {
    expect(readLog('ADR', (m) => [75000 + m, 57142.86, 216600], 'en', ['code', 'amount', 'los'])).toEqual({
      kpi: null,
      aggregation: 'level',
      unit: 'currency',
    });
  });
});
