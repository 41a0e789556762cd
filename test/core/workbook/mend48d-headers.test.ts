/**
 * mend48d: hdr48's header rules narrowed to what they were meant for. A read-only review of hdr48 (merged at 7b4a3bcf)
 * found columns its rules reached that they were not written for: a « prime » paid to staff read as an insurer's premium, an
 * expense log's GST amounts and a utility bill as sales, a net margin in points, a margin per unit or in basis points as the
 * profit summed, a subscription's monthly amount and a running total summed in a table of records, a weekly count of orders
 * taken for an order's id, a buyer's seller read as a sale, "Stock balance" and "Premium users" read as money. The `changed`
 * cases fail on main before mend48d (c30aea99, hdr48's code); the near misses pass on both, and hdr48's own cases stay in
 * hdr48-headers.test.ts. Columns come from CSV exports (no number format) with their neighbours' cells filled as the files
 * give them, since an id column's cells say whether it holds ids.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries, historyUnit } from '../../../src/core/workbook/kpis';
import type { CellValue } from '../../../src/core/workbook/types';

const DATES = ['2026-01-05', '2026-01-19', '2026-02-02', '2026-02-20', '2026-03-03', '2026-03-28'];
const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'];
const WEEKS = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09'];
const MONEY = [6904.22, 9049.17, 6441.48, 4065.05, 13556.53, 7120.4];

/** Every series a tab gives, by header: its KPI, level or total, unit. `columns` are the headers after the date's, each with its cells. */
function readTab(
  tab: string,
  lang: 'en' | 'fr',
  dateHeader: string,
  dates: readonly string[],
  columns: ReadonlyArray<readonly [string, readonly CellValue[]]>,
) {
  const rows: CellValue[][] = [
    [dateHeader, ...columns.map(([h]) => h)],
    ...dates.map((d, i) => [d, ...columns.map(([, cells]) => cells[i] ?? '')]),
  ];
  const read = new Map<string, { kpi: string | null; aggregation: string | null; unit: string | null }>();
  for (const s of detectKpiSeries({ name: tab, values: rows }, lang, KPI_CATALOG, undefined, '2026-12-01'))
    read.set(s.name, { kpi: s.catalogId, aggregation: s.aggregation ?? null, unit: s.unit });
  return read;
}

describe('changed: a « prime » beside payroll or staff words is a bonus, no revenue; an insurer’s stays revenue', () => {
  it.each([
    ['Paie', ['Salaires bruts', 'Primes'], 'Primes'],
    ['Commerciaux', ['CA', 'Prime'], 'Prime'],
    ['RH', ['Prime annuelle', 'Effectif'], 'Prime annuelle'],
  ] as const)('« %s »: %j → %s names no revenue', (tab, headers, asked) => {
    const cells = headers.map(
      (h, i) => [h, i === headers.length - 1 && h !== asked ? [12, 13, 14, 15, 16, 17] : [3000, 2500, 2700, 2900, 6000, 1200]] as const,
    );
    const read = readTab(tab, 'fr', 'Mois', MONTHS, cells).get(asked);
    expect(read?.kpi).not.toBe('revenue');
    expect(read?.unit).not.toBe('currency');
  });

  it.each([
    ['Contrats', 'fr', ['Prime annuelle', 'Montant indemnisé'], 'Prime annuelle'],
    ['Data', 'fr', ['prime_annuelle', 'numero_contrat'], 'prime_annuelle'],
  ] as const)('near miss: « %s » %j → %s is revenue, money', (tab, lang, headers, asked) => {
    const read = readTab(tab, lang, 'Mois', MONTHS, [
      [headers[0], MONEY],
      [headers[1], ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']],
    ]).get(asked);
    expect(read).toEqual(expect.objectContaining({ kpi: 'revenue', unit: 'currency' }));
  });
});

describe('changed: an amount before or after GST/VAT or billed is a sale only where the row says one', () => {
  const tax = (amounts: readonly number[], rate: number) => amounts.map((v) => Math.round(v * rate * 100) / 100);
  const EX = [90.91, 454.55, 2000, 136.36, 72.73, 45.45];

  it('an expense log’s amounts ex and incl GST on a neutral tab name no revenue', () => {
    const read = readTab('Sheet1', 'en', 'Date', DATES, [
      ['Description', ['Printer ink', 'Flights', 'Rent', 'Software', 'Fuel', 'Lunch']],
      ['Category', ['Office', 'Travel', 'Rent', 'IT', 'Vehicle', 'Meals']],
      ['Amount ex GST', EX],
      ['GST', tax(EX, 0.1)],
      ['Amount incl GST', tax(EX, 1.1)],
    ]);
    expect(read.get('Amount ex GST')?.kpi).toBeNull();
    expect(read.get('Amount incl GST')?.kpi).toBeNull();
  });

  it('a payee’s amount excl VAT names no revenue (a payee is paid)', () => {
    const read = readTab('Data', 'en', 'Date', DATES, [
      ['Payee', ['BT', 'EDF', 'Office Depot', 'BT', 'EDF', 'Amazon']],
      ['Amount excl VAT', EX],
    ]);
    expect(read.get('Amount excl VAT')?.kpi).toBeNull();
  });

  it('a utility bill’s billed amount beside its provider names no revenue', () => {
    const read = readTab('Sheet1', 'en', 'Month', MONTHS, [
      ['Provider', ['EDF', 'EDF', 'EDF', 'EDF', 'EDF', 'EDF']],
      ['kWh', [320, 300, 280, 250, 220, 200]],
      ['Billed amount', [80, 75, 70, 62, 55, 50]],
    ]);
    expect(read.get('Billed amount')?.kpi).toBeNull();
  });

  it.each([
    ['Billed amount', ['Client', 'Hours']],
    ['amount_excl_gst', ['invoice_number', 'customer_id']],
    ['billed_amount', ['record_id', 'contract_id', 'recognized_revenue']],
  ] as const)('near miss: %s beside %j stays revenue, a total', (header, neighbours) => {
    const read = readTab('Data', 'en', 'Month', MONTHS, [
      ...neighbours.map((n) => [n, ['A', 'B', 'C', 'D', 'E', 'F']] as const),
      [header, MONEY],
    ]);
    expect(read.get(header)).toEqual(expect.objectContaining({ kpi: 'revenue', aggregation: 'total', unit: 'currency' }));
  });
});

describe('changed: only a total margin in money is the profit summed', () => {
  it.each([
    ['Net margin', 'en', [-250, -180, -120, -60, -20, 5], 'net_margin'],
    ['Marge nette', 'fr', [-250, -180, -120, -60, -20, 5], 'net_margin'],
    ['Marge unitaire', 'fr', [120, 125, 130, 135, 140, 145], null],
    ['Margin per unit', 'en', [120, 125, 130, 135, 140, 145], null],
    ['Marge moyenne', 'fr', [120, 125, 130, 135, 140, 145], null],
    ['Average margin', 'en', [120, 125, 130, 135, 140, 145], null],
    ['Margin (bps)', 'en', [3520, 3610, 3480, 3700, 3550, 3640], null],
  ] as const)('%s (%s) at %j is no profit summed', (header, lang, values, kpi) => {
    const read = readTab('Data', lang, 'Month', MONTHS, [[header, values]]).get(header);
    expect(read?.kpi).not.toBe('profit');
    expect(read?.unit).not.toBe('currency');
    if (kpi) expect(read).toEqual(expect.objectContaining({ kpi, aggregation: 'level', unit: 'percent' }));
  });

  it.each([
    ['Net margin', [-250, -180, -120, -60, -20, 5]],
    ['Marge unitaire', [120, 125, 130]],
    ['Average margin', [120, 125, 130]],
    ['Margin (bps)', [3520, 3610, 3480]],
  ] as const)('the formulas’ history of %s at %j is no money', (header, values) => {
    expect(historyUnit(undefined, header, values, KPI_CATALOG)).not.toBe('currency');
  });

  it('a small shop’s « Marge brute (€) » at 56–70 is the profit in money: the header’s € says money', () => {
    expect(readTab('Boutique', 'fr', 'Mois', MONTHS, [['Marge brute (€)', [62, 58, 70, 56, 66, 60]]]).get('Marge brute (€)')).toEqual(
      expect.objectContaining({ kpi: 'profit', aggregation: 'total', unit: 'currency' }),
    );
  });

  it.each([
    ['Total margin', 'en', [12500, 13400, 11900, 14100, 15200, 14800], 'profit'],
    ['Gross margin', 'en', [35, 36, 34, 37, 38, 36], 'gross_margin'],
    ['Net margin', 'en', [-12, -8, -3, 1, 4, 6], 'net_margin'],
  ] as const)('near miss: %s (%s) at %j → %s as before', (header, lang, values, kpi) => {
    expect(readTab('Data', lang, 'Month', MONTHS, [[header, values]]).get(header)?.kpi).toBe(kpi);
  });
});

describe('changed: a stock, a price or a running total in a table of records stays a level', () => {
  const SUBS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
  const PLAN = [49, 99, 49, 199, 99, 49];
  it.each(['Monthly recurring revenue', 'Monthly revenue', 'Monthly amount'])('%s beside subscription_id is a level', (header) => {
    const read = readTab('Subscriptions', 'en', 'Start date', DATES, [
      ['subscription_id', SUBS],
      [header, PLAN],
    ]);
    expect(read.get(header)?.aggregation).toBe('level');
  });

  const INVOICES = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6'];
  const AMOUNTS = [500, 800, 650, 900, 300, 420];
  const RUNNING = [500, 1300, 1950, 2850, 3150, 3570];
  it.each([
    ['Invoices', 'en', 'Invoice number', 'Cumulative amount'],
    ['Factures', 'fr', 'Numéro facture', 'Cumul CA'],
    ['Invoices', 'en', 'Invoice ID', 'YTD revenue'],
    ['Invoices', 'en', 'Invoice ID', 'Running total'],
  ] as const)('%s: %s beside %s is a level, never summed again', (tab, lang, id, header) => {
    const read = readTab(tab, lang, 'Date', DATES, [
      [id, INVOICES],
      ['Amount', AMOUNTS],
      [header, RUNNING],
    ]);
    expect(read.get(header)?.aggregation).toBe('level');
    // Near miss: each invoice's own amount is still summed.
    expect(read.get('Amount')?.aggregation).toBe('total');
  });

  it('a booking’s nightly amount is a price, a level; its total amount is summed', () => {
    const read = readTab('Bookings', 'en', 'Check-in', DATES, [
      ['Booking ref', ['B1', 'B2', 'B3', 'B4', 'B5', 'B6']],
      ['Nightly amount', [120, 110, 130, 100, 120, 115]],
      ['Total amount', [240, 330, 130, 400, 240, 575]],
    ]);
    expect(read.get('Nightly amount')?.aggregation).toBe('level');
    expect(read.get('Total amount')?.aggregation).toBe('total');
  });

  it('near miss: an annual premium beside a contract’s number is each contract’s, summed', () => {
    const read = readTab('Contrats', 'fr', 'Date', DATES, [
      ['numero_contrat', ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']],
      ['prime_annuelle', AMOUNTS],
    ]);
    expect(read.get('prime_annuelle')).toEqual(expect.objectContaining({ kpi: 'revenue', aggregation: 'total' }));
  });
});

describe('changed: a count a week is no record’s id; revenue one row a period stays a level', () => {
  const COUNTS = [131, 135, 127, 140, 138, 129];
  it.each([
    ['Weekly', 'en', 'Week', 'Revenue', 'Orders number'],
    ['Weekly sales', 'en', 'Week', 'Revenue', 'Sales number'],
    ['Hebdo', 'fr', 'Semaine', 'CA', 'No ventes'],
  ] as const)('%s: %s beside %s stays a level', (tab, lang, dateHeader, revenue, count) => {
    const read = readTab(tab, lang, dateHeader, WEEKS, [
      [revenue, [5200, 5350, 4980, 5500, 5420, 5100]],
      [count, COUNTS],
    ]);
    expect(read.get(revenue)).toEqual(expect.objectContaining({ kpi: 'revenue', aggregation: 'level' }));
  });

  it.each([
    ['Numéro de devis', ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']],
    ['N° devis', ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']],
    ['Réf devis', ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']],
    ['Devis n°', ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']],
    ['Numéro de commande', [1001, 1002, 1003, 1004, 1005, 1006]],
    ['N° de commande', [1001, 1002, 1003, 1004, 1005, 1006]],
    ['N° commande', ['C1', 'C2', 'C3', 'C4', 'C5', 'C6']],
  ] as const)('an id in ordinary French, « %s », makes a table of records: its money is summed', (id, cells) => {
    const read = readTab('Données', 'fr', 'Date', DATES, [
      [id, cells],
      ['montant_devis', [500, 800, 650, 900, 300, 420]],
    ]);
    expect(read.get('montant_devis')?.aggregation).toBe('total');
  });

  it.each(['Nb de ventes', 'Nbre de ventes'])('« %s » is sales counted, no revenue', (header) => {
    expect(readTab('Suivi', 'fr', 'Mois', MONTHS, [[header, [755, 1258, 1364, 1836, 2198, 1940]]]).get(header)).toEqual(
      expect.objectContaining({ kpi: 'deals_closed', unit: 'count' }),
    );
  });
});

describe('changed: a seller alone is the other party of a purchase', () => {
  it.each([
    [
      'en',
      'Sheet1',
      ['Date', 'Seller', 'Item', 'Amount'],
      ['eBay', 'Etsy', 'Amazon', 'eBay', 'Etsy', 'Vinted'],
      ['Lamp', 'Mug', 'Book', 'Jacket', 'Ring', 'Shoes'],
    ],
    [
      'fr',
      'Feuille 1',
      ['Date', 'Vendeur', 'Article', 'Montant'],
      ['Leboncoin', 'Vinted', 'Amazon', 'Leboncoin', 'Vinted', 'Amazon'],
      ['Lampe', 'Tasse', 'Livre', 'Veste', 'Bague', 'Chaussures'],
    ],
  ] as const)('a buyer’s log (%s, %s) names no revenue', (lang, tab, headers, sellers, items) => {
    const read = readTab(tab, lang, headers[0], DATES, [
      [headers[1], sellers],
      [headers[2], items],
      [headers[3], [35, 12, 18, 60, 45, 22]],
    ]);
    expect(read.get(headers[3])?.kpi).toBeNull();
  });

  const SELLER = ['Vendeur', ['Paul', 'Marie', 'Paul', 'Léa', 'Marie', 'Paul']] as const;
  const REGION = ['Région', ['Nord', 'Sud', 'Nord', 'Est', 'Sud', 'Nord']] as const;
  it.each([
    ['seller, region', [SELLER, REGION]],
    ['region, seller', [REGION, SELLER]],
  ] as const)('near miss: a seller beside a region (%s) is a sales rep: the amount is a sale, summed', (_, columns) => {
    const read = readTab('Feuille 1', 'fr', 'Date', DATES, [['Montant', [350, 120, 180, 600, 450, 220]], ...columns]);
    expect(read.get('Montant')).toEqual(expect.objectContaining({ kpi: 'revenue', aggregation: 'total' }));
  });
});

describe('changed: "balance" and "premium" alone say no money', () => {
  it.each([
    ['Inventory', 'Stock balance', [340, 320, 300, 410, 380, 350]],
    ['Wellbeing', 'Work-life balance', [7.1, 7.3, 6.9, 7.5, 7.2, 7.0]],
    ['Data', 'Premium users', [120, 130, 140, 150, 160, 170]],
  ] as const)('%s: %s is no money', (tab, header, values) => {
    expect(readTab(tab, 'en', 'Month', MONTHS, [[header, values]]).get(header)?.unit).not.toBe('currency');
  });

  it('near miss: a balance beside debits and credits is money', () => {
    const read = readTab('Bank', 'en', 'Date', DATES, [
      ['transaction_id', ['T1', 'T2', 'T3', 'T4', 'T5', 'T6']],
      ['debit', [100, 0, 250, 0, 80, 0]],
      ['credit', [0, 500, 0, 300, 0, 90]],
      ['balance', [2400, 2900, 2650, 2950, 2870, 2960]],
    ]);
    expect(read.get('balance')).toEqual(expect.objectContaining({ aggregation: 'level', unit: 'currency' }));
  });

  it('money moved by operation type beside a client is no sale (« type_operation »)', () => {
    const read = readTab('Données', 'fr', 'Date', DATES, [
      ['client_id', ['C1', 'C2', 'C3', 'C1', 'C2', 'C3']],
      ['type_operation', ['dépôt', 'retrait', 'transfert', 'dépôt', 'paiement', 'retrait']],
      ['montant', [5000, 2000, 1500, 3000, 800, 1200]],
    ]);
    expect(read.get('montant')?.kpi).toBeNull();
  });
});
