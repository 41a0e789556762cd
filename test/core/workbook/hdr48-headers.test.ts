/**
 * hdr48: KPI column headers of kpi-headers6.jsonl (hcollect47's held-out set, opened by hdr48) the tab reader misread, by
 * class. Each class with a header copied from a real file of the fixture and variants written here in both languages, and
 * near misses that must read as before. Columns come from CSV exports: no number format, so the header's words, the tab's
 * name, the row's other headers and the values are all there is. The cases of the `changed` blocks fail on main's code
 * (c750cd65); the near misses pass on both.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries, historyUnit } from '../../../src/core/workbook/kpis';
import type { CellValue } from '../../../src/core/workbook/types';

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'];

/** The header over values by month on a tab (named neutrally unless given), its file's other headers beside it over blank cells. */
function read(header: string, values: readonly number[], lang: 'en' | 'fr', neighbours: readonly string[] = [], tab?: string) {
  const rows: CellValue[][] = [['Date', header, ...neighbours], ...values.map((v, i) => [MONTHS[i], v, ...neighbours.map(() => '')])];
  const [series] = detectKpiSeries(
    { name: tab ?? (lang === 'fr' ? 'Données' : 'Data'), values: rows },
    lang,
    KPI_CATALOG,
    undefined,
    '2026-12-01',
  );
  return { kpi: series.catalogId, aggregation: series.aggregation, unit: series.unit, currency: series.currency };
}

const MONEY = [6904.22, 9049.17, 6441.48, 4065.05, 13556.53, 7120.4];

describe('changed: money in a table of records named by an event’s id is each record’s, summed (it was a level)', () => {
  it.each([
    ['claim_amount', 'en', ['claim_id', 'policy_id', 'claim_status'], 'costs'],
    ['montant_indemnise', 'fr', ['sinistre_id', 'contrat_id', 'client_id', 'type_sinistre'], 'costs'],
    ['payment_amount', 'en', ['payment_id', 'policy_id', 'payment_type'], null],
    ['paid_amount', 'en', ['invoice_id', 'contract_id', 'due_date', 'invoice_status'], null],
    ['montant_devis', 'fr', ['devis_numero', 'intervention_numero'], null],
    ['montant_paye', 'fr', ['inscription_id', 'apprenant_id', 'mode_paiement'], null],
    ['Fee amount', 'en', ['Booking ref', 'Guest'], null],
  ] as const)('%s (%s) beside %j → %s, a total, money', (header, lang, neighbours, kpi) => {
    expect(read(header, MONEY, lang, neighbours)).toEqual(expect.objectContaining({ kpi, aggregation: 'total', unit: 'currency' }));
  });

  it.each([
    ['balance', 'en', ['transaction_id', 'description', 'debit', 'credit'], 'level'],
    ['wip_amount', 'en', ['record_id', 'contract_id', 'billed_amount'], 'level'],
    ['mrr', 'en', ['customer_id', 'plan', 'signup_date'], 'level'],
    ['mrr_amount', 'en', ['sub_id', 'user_id', 'plan_type'], 'level'],
    ['acquisition_cost', 'en', ['acquisition_id', 'user_id', 'channel'], 'level'],
    ['prix_paye', 'fr', ['id_vente', 'id_client', 'quantite'], 'level'],
    // A thing's or a person's id is a panel's, one row a period each: revenue there stays the catalog's level (the ruling).
    ['revenue_inr_lakhs', 'en', ['startup_id', 'burn_inr_lakhs'], 'level'],
    ['chiffre_affaire', 'fr', ['id_magasin'], 'level'],
    ['Revenue', 'en', ['NumOrders', 'NumCustomers'], 'level'],
    ['Amount', 'en', ['Account number'], 'level'],
  ] as const)('near miss: %s (%s) beside %j stays a %s', (header, lang, neighbours, aggregation) => {
    expect(read(header, MONEY, lang, neighbours).aggregation).toBe(aggregation);
  });

  it('near miss: a rating beside an evaluation’s id is no money, never summed', () => {
    expect(read('note_globale', [5, 5, 4, 4, 5, 3], 'fr', ['evaluation_id', 'inscription_id']).aggregation).not.toBe('total');
  });
});

describe('changed: « nb » is « nombre de » (« nb_ventes » was revenue in money)', () => {
  it.each(['nb_ventes', 'Nb ventes', 'nbre_ventes'])('%s → sales counted, a total', (header) => {
    expect(read(header, [755, 1258, 1364, 1836, 2198, 1940], 'fr', ['annee_mois', 'chiffre_affaires'])).toEqual(
      expect.objectContaining({ kpi: 'deals_closed', aggregation: 'total', unit: 'count' }),
    );
  });

  it.each([
    ['ventes', 'revenue'],
    ['nb_clients_actifs', 'customers'],
    ['nb_commandes', 'deals_closed'],
  ])('near miss: %s → %s as before', (header, kpi) => {
    expect(read(header, [356, 424, 429, 449, 466, 470], 'fr').kpi).toBe(kpi);
  });
});

describe('changed: a margin in money is the profit, summed (it was a margin in %)', () => {
  it.each([
    ['marge_totale', 'fr', [126251.53, 201229.71, 209300.33, 281362.07, 365155.91, 301200.5]],
    ['CA_marge_calculee', 'fr', [2576.1, 11981.09, 13191.96, 9233.95, 1222.22, 5400.3]],
    ['Total margin', 'en', [12500, 13400, 11900, 14100, 15200, 14800]],
  ] as const)('%s (%s) → profit, a total, money', (header, lang, values) => {
    expect(read(header, values, lang)).toEqual(expect.objectContaining({ kpi: 'profit', aggregation: 'total', unit: 'currency' }));
  });

  it('the formulas’ history reads it as money too', () => {
    expect(historyUnit(undefined, 'marge_totale', [126251.53, 201229.71, 209300.33], KPI_CATALOG)).toBe('currency');
  });

  it.each([
    ['Gross margin', 'en', [35, 36, 34, 37, 38, 36], 'gross_margin'],
    ['Taux de marge', 'fr', [120, 130, 125, 140, 135, 128], 'net_margin'],
    ['Margin %', 'en', [105, 110, 98, 120, 115, 101], 'net_margin'],
    ['marge_nette', 'fr', [0.12, 0.14, 0.11, 0.13, 0.15, 0.12], 'net_margin'],
  ] as const)('near miss: %s (%s) stays the margin %s', (header, lang, values, kpi) => {
    expect(read(header, values, lang).kpi).toBe(kpi);
  });
});

describe('changed: payroll, claims paid and premiums name the costs or the revenue (they named none)', () => {
  it.each([
    ['gross_wages', 'en', 'costs'],
    ['Payroll', 'en', 'costs'],
    ['masse_salariale', 'fr', 'costs'],
    ['claims_paid', 'en', 'costs'],
    ['Premiums written', 'en', 'revenue'],
  ] as const)('%s (%s) → %s, money', (header, lang, kpi) => {
    expect(read(header, MONEY, lang, ['period'])).toEqual(expect.objectContaining({ kpi, unit: 'currency' }));
  });

  it('an annual premium beside a contract’s id is each contract’s, summed', () => {
    expect(read('prime_annuelle', [694.93, 1369.2, 2180.73, 415.28, 591.63, 880.1], 'fr', ['contrat_id', 'client_id', 'produit'])).toEqual(
      expect.objectContaining({ kpi: 'revenue', aggregation: 'total', unit: 'currency' }),
    );
  });

  it.each([
    ['Salaries', 'en'],
    ['Salariés', 'fr'],
    ['Premium users', 'en'],
    ['Claims', 'en'],
    // A « prime » with no policy's, contract's or claim's word beside it may be a staff bonus (mend48d).
    ['prime_annuelle', 'fr'],
  ] as const)('near miss: %s (%s) names neither, and no money', (header, lang) => {
    const read1 = read(header, [12, 14, 13, 15, 16, 15], lang);
    expect(['costs', 'revenue']).not.toContain(read1.kpi);
    expect(read1.unit).not.toBe('currency');
  });
});

describe('changed: amounts billed and before or after GST are revenue to a customer, the costs from a supplier', () => {
  it.each([
    ['billed_amount', ['record_id', 'contract_id', 'period'], 'revenue'],
    ['amount_excl_gst', ['invoice_number', 'customer_id', 'customer_name'], 'revenue'],
    ['amount_ex_gst', ['invoice_number', 'supplier_id', 'supplier_name', 'expense_account'], 'costs'],
    ['amount_inc_vat', ['invoice_number', 'customer_name'], 'revenue'],
  ] as const)('%s beside %j → %s, a total', (header, neighbours, kpi) => {
    expect(read(header, MONEY, 'en', neighbours)).toEqual(expect.objectContaining({ kpi, aggregation: 'total', unit: 'currency' }));
  });
});

describe('changed: whose amount the row says', () => {
  it('a bare amount beside a seller and a region is a sale', () => {
    expect(read('montant', [850, 1500, 1800, 650, 1650, 1200], 'fr', ['nom', 'categorie', 'mois', 'vendeur', 'region'])).toEqual(
      expect.objectContaining({ kpi: 'revenue', aggregation: 'total' }),
    );
  });

  it('an association’s membership fee is an adhesion sold', () => {
    expect(read('montant', [30, 30, 45, 30, 60, 30], 'fr', ['adhesion_id', 'adherent_id', 'date_adhesion']).kpi).toBe('revenue');
  });

  it('an order record’s bare Total beside its client and product is revenue, money', () => {
    expect(read('Total', [444, 885, 282, 330, 76, 512], 'fr', ['CommandeID', 'ClientID', 'ProduitID', 'Quantité'])).toEqual(
      expect.objectContaining({ kpi: 'revenue', aggregation: 'total', unit: 'currency' }),
    );
  });

  it('an order’s record naming a client and a product is a sale beside its supplier too (hdr47’s leftover, decided)', () => {
    expect(read('montant_total_usd', MONEY, 'fr', ['commande_id', 'produit', 'quantite_t', 'client_id', 'client_nom', 'fournisseur_id'])).toEqual(
      expect.objectContaining({ kpi: 'revenue', aggregation: 'total', unit: 'currency', currency: 'USD' }),
    );
  });

  it.each([
    ['montant_total', 'fr', ['client_id', 'fournisseur_id']],
    ['Amount', 'en', ['Customer', 'Supplier']],
    ['amount', 'en', ['order_id', 'supplier_id', 'item']],
  ] as const)('near miss: %s (%s) beside %j is no revenue', (header, lang, neighbours) => {
    expect(read(header, MONEY, lang, neighbours).kpi).not.toBe('revenue');
  });

  it('money moved by type beside a client (deposits, withdrawals) is no sale', () => {
    expect(
      read('montant', [155000, 154500, 199000, 8000, 12500, 40000], 'fr', ['client_id', 'type_transaction', 'heure_transaction']).kpi,
    ).toBeNull();
  });

  it.each([
    ['Amount', 'en', ['Invoice #', 'Vendor'], 'costs'],
    ['montant', 'fr', ['client_id', 'produit'], 'revenue'],
    ['Total', 'en', ['Category', 'Item', 'Quantity'], null],
  ] as const)('near miss: %s (%s) beside %j → %s as before', (header, lang, neighbours, kpi) => {
    expect(read(header, [444, 885, 282, 330, 76, 512], lang, neighbours, lang === 'en' && kpi === null ? 'Sheet1' : undefined).kpi).toBe(
      kpi,
    );
  });
});

describe('changed: words of units and names', () => {
  it('a CFA franc code says the currency', () => {
    expect(read('montant_paye_xaf', [150000, 120000, 80000, 100000, 90000, 95000], 'fr', ['inscription_id'])).toEqual(
      expect.objectContaining({ unit: 'currency', currency: 'XAF', aggregation: 'total' }),
    );
  });

  it('web sessions are the site’s traffic', () => {
    expect(read('web_sessions', [6617, 8121, 9372, 11851, 10334, 9892], 'en').kpi).toBe('website_traffic');
  });

  it('an abandonment rate in points is a percentage', () => {
    expect(read('taux_abandon', [20.73, 21.68, 19.24, 19.32, 19.82, 20.1], 'fr')).toEqual(
      expect.objectContaining({ unit: 'percent', aggregation: 'level' }),
    );
  });

  it('a balance is money', () => {
    expect(
      read('balance', [2358175.13, 2442683.33, 2517814.09, 2485671.65, 2429737.72, 2401000], 'en', ['transaction_id', 'debit', 'credit'])
        .unit,
    ).toBe('currency');
  });

  it.each([
    ['training_sessions', 'en'],
    ['Taux', 'fr'],
  ] as const)('near miss: %s (%s) reads as before', (header, lang) => {
    const read1 = read(header, [45, 50, 55, 50, 60, 65], lang);
    expect(read1.kpi).not.toBe('website_traffic');
    expect(read1.unit).not.toBe('percent');
  });
});
