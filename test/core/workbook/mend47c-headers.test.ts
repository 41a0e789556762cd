/**
 * mend47c: hdr47's KPI-tab header rules narrowed to what they were meant for, after a reviewer's regressions (the "before"
 * is 7dbc862b's code): a rate of EVENTS in points is a percentage, not a price's or a body's rate; "churn" is a flow word,
 * but not in a stock named after churn ("MRR after churn"); "Churn MRR" in money reads alike on the tab reader and the
 * formulas' history readers; a cost named by what it is spent on is the costs, not a cost per unit, hour or piece; a bare
 * amount beside an invoice's or a booking's columns is no revenue beside a vendor, a payee, a provider, a bill or an
 * employee; an orders tab naming a supplier and a buyer is a reseller's sales, not purchases; a count of revenue streams is
 * a count. Columns as CSV exports give them (no number format). The `changed` cases fail on main's code (3d34afc7, hdr47
 * merged); the near misses (hdr47's gains and the classes' neighbours) pass on both.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { historyCountsRateEvents, historyUnit, historyValueKind, rateInPoints } from '../../../src/core/workbook/kpis';
import { headerReader } from '../../support/header-reading';
import { COSTS_BY_WHAT_THEY_PAY, EVENT_RATES_IN_POINTS, SALE_INVOICE_AND_BOOKING_AMOUNTS } from './hdr47-cases';

const { read } = headerReader(['kpi', 'aggregation', 'unit']);

const HOURLY = [45, 50, 55, 50, 60, 65];
const NIGHTLY = [85, 90, 95, 88, 92, 86];
const MONEY = [620, 540, 710, 660, 580, 690];
const CHURNED = [1040, 1200, 1350, 1180, 1540, 1300];
const STOCK = [10000, 11200, 12300, 13400, 14500, 15500];
const churn = KPI_CATALOG.find((k) => k.id === 'churn')!;

describe('changed: a price’s or a body’s rate in whole numbers is no percentage (hdr47 read every rate but a few)', () => {
  it.each([
    ['Rate per hour', 'en', HOURLY],
    ['Rate/hr', 'en', HOURLY],
    ['Rate per night', 'en', NIGHTLY],
    ['Room rate', 'en', NIGHTLY],
    ['Avg room rate', 'en', NIGHTLY],
    ['Billing rate', 'en', HOURLY],
    ['Freelance rate', 'en', HOURLY],
    ['Blended rate', 'en', HOURLY],
    ['Per diem rate', 'en', NIGHTLY],
    ['Shipping rate', 'en', [8, 9, 12, 10, 11, 9]],
    ['Rate per km', 'en', [1, 2, 2, 1, 2, 1]],
    ['Weekly rate', 'en', NIGHTLY],
    ['Monthly rate', 'en', NIGHTLY],
    ['Rate (EUR)', 'en', HOURLY],
    ['Rate (USD/h)', 'en', HOURLY],
    ['Run rate', 'en', NIGHTLY],
    ['Taux/heure', 'fr', HOURLY],
    ['Taux par heure', 'fr', HOURLY],
    ['Taux jour', 'fr', [60, 65, 70, 62, 68, 75]],
    ['Taux/nuitée', 'fr', NIGHTLY],
    ['Taux TJM', 'fr', [60, 65, 70, 62, 68, 75]],
    ['Heart rate', 'en', [62, 70, 68, 75, 66, 71]],
    ['Pulse rate', 'en', [62, 70, 68, 75, 66, 71]],
    ['Respiratory rate', 'en', [14, 16, 15, 18, 17, 16]],
    ['Flow rate', 'en', [40, 42, 38, 45, 41, 44]],
  ] as const)('%s (%s): no percentage on the tab nor in the formulas’ history', (header, lang, values) => {
    expect(read(header, values, lang).unit).not.toBe('percent');
    expect(historyUnit(undefined, header, values, KPI_CATALOG)).not.toBe('percent');
    expect(rateInPoints(header, values, KPI_CATALOG)).toBe(false);
  });

  it.each([
    ...EVENT_RATES_IN_POINTS,
    ['Error rate', 'en', [1.2, 2.4, 3.4, 2.2, 1.9, 2.8]],
    ['Bounce rate', 'en', [41, 45, 52, 48, 55, 47]],
    ['Open rate', 'en', [21, 24, 28, 25, 22, 30]],
    ['Return rate', 'en', [5, 6, 8, 7, 6, 5]],
    ['Defect rate', 'en', [1.5, 2, 2.5, 1.8, 2.2, 1.6]],
    ['Response rate', 'en', [31, 35, 38, 33, 36, 40]],
    ['Attrition rate', 'en', [8, 9, 7, 10, 11, 9]],
    ['Taux d’erreur', 'fr', [1.2, 2.4, 3.4, 2.2, 1.9, 2.8]],
    ['Taux de réussite', 'fr', [91, 93, 95, 92, 94, 97]],
    ['Taux d’absentéisme', 'fr', [3, 4, 6, 5, 4, 3]],
    ['Taux de retour', 'fr', [5, 6, 8, 7, 6, 5]],
    ['Taux de rebond', 'fr', [41, 45, 52, 48, 55, 47]],
  ] as const)('near miss: a rate of events in points, %s (%s), is a percentage, a level', (header, lang, values) => {
    expect(read(header, values, lang)).toEqual(expect.objectContaining({ unit: 'percent', aggregation: 'level' }));
  });

  it('near miss: a price’s rate stored as fractions of one is still read as before (0.45 … 0.65: a percentage by its values)', () => {
    expect(read('Rate', [0.45, 0.5, 0.55, 0.5, 0.6, 0.65], 'en').unit).toBe('percent');
  });
});

describe('changed: a stock named after churn is a stock, a level (hdr47 summed it)', () => {
  it.each([
    ['MRR after churn', 'en'],
    ['ARR net of churn', 'en'],
    ['Net MRR (after churn)', 'en'],
    ['CA après churn', 'fr'],
    ['Post-churn ARR', 'en'],
  ] as const)('%s (%s) → a level', (header, lang) => {
    expect(read(header, STOCK, lang).aggregation).toBe('level');
  });

  it.each([
    ['Churn MRR', 'en'],
    ['MRR churn', 'fr'],
    ['churned_mrr', 'en'],
    ['Revenue churn', 'en'],
  ] as const)('near miss: money churned, %s (%s), is money lost, summed', (header, lang) => {
    expect(read(header, CHURNED, lang)).toEqual(expect.objectContaining({ kpi: null, unit: 'currency', aggregation: 'total' }));
  });
});

describe('changed: "Churn MRR" in money is money on the formulas’ history readers too (they read the churn rate)', () => {
  it.each(['Churn MRR', 'MRR churn', 'Revenue churn'])(
    '%s at 1,040 … 1,540: currency, an amount, no churned customers counted',
    (header) => {
      expect(historyUnit(undefined, header, CHURNED, KPI_CATALOG)).toBe('currency');
      expect(historyValueKind(header, CHURNED, KPI_CATALOG)).toBe('amount');
      expect(historyCountsRateEvents(churn, header, CHURNED, KPI_CATALOG)).toBe(false);
      expect(historyUnit(churn, header, CHURNED, KPI_CATALOG)).toBe('currency');
    },
  );

  it('near miss: "Churn" at 120 … 140 still counts churned customers, and "Churn MRR" in fractions is the churn rate', () => {
    expect(historyUnit(churn, 'Churn', [120, 135, 118, 140, 122, 131], KPI_CATALOG)).toBe('count');
    expect(historyUnit(undefined, 'MRR churn', [0.05, 0.04, 0.06, 0.05, 0.03, 0.04], KPI_CATALOG)).toBe('percent');
  });
});

describe('changed: a cost per unit, per hour or per piece is no costs KPI (hdr47 read any cost but a few)', () => {
  it.each([
    ['Coût de revient', 'fr'],
    ['Coût horaire', 'fr'],
    ['Hourly cost', 'en'],
    ['Coût à l’unité', 'fr'],
    ['Coût a l unite', 'fr'],
    ['Coût pièce', 'fr'],
    ['Coût kilométrique', 'fr'],
    ['Coût standard', 'fr'],
    ['Coût marginal', 'fr'],
    ['Item cost', 'en'],
    ['Product cost', 'en'],
    ['Cost of a hire', 'en'],
    ['Coût d’un recrutement', 'fr'],
    ['Opportunity cost', 'en'],
    ['Coût de la vie', 'fr'],
  ] as const)('%s (%s) names no KPI', (header, lang) => {
    expect(read(header, MONEY, lang).kpi).toBeNull();
  });

  it.each([
    ...COSTS_BY_WHAT_THEY_PAY,
    ['Marketing costs', 'en'],
    ['Coût', 'fr'],
    ['Cost', 'en'],
    ['Coût matière', 'fr'],
    ['Coûts fixes', 'fr'],
    ['Coût de livraison', 'fr'],
  ] as const)('near miss: a cost named by what it is spent on, %s (%s), is the costs, summed', (header, lang) => {
    expect(read(header, MONEY, lang)).toEqual(expect.objectContaining({ kpi: 'costs', aggregation: 'total', unit: 'currency' }));
  });
});

describe('changed: a bare amount beside a vendor’s bill or an employee’s booking is no revenue (hdr47 read invoices and bookings as sales)', () => {
  it.each([
    ['Amount', 'en', ['Invoice #', 'Vendor']],
    ['Amount', 'en', ['Invoice', 'Vendor', 'Category']],
    ['Amount', 'en', ['Bill #', 'Payee', 'Invoice date']],
    ['Montant', 'fr', ['N° facture', 'Prestataire']],
  ] as const)('%s (%s) beside %j is money paid out, the costs', (header, lang, neighbours) => {
    expect(read(header, MONEY, lang, { neighbours })).toEqual(
      expect.objectContaining({ kpi: 'costs', aggregation: 'total', unit: 'currency' }),
    );
  });

  it.each([
    ['Amount', 'en', ['Booking ref', 'Employee', 'Destination']],
    ['Montant', 'fr', ['Réservation', 'Salarié']],
  ] as const)('%s (%s) beside %j, an expense claim, is no revenue', (header, lang, neighbours) => {
    expect(read(header, MONEY, lang, { neighbours }).kpi).not.toBe('revenue');
  });

  it.each([...SALE_INVOICE_AND_BOOKING_AMOUNTS, ['Amount', 'en', ['Invoice ID', 'Client Name', 'Due Date']]] as const)(
    'near miss: %s (%s) beside %j, a sale’s invoice or booking, is revenue',
    (header, lang, neighbours) => {
      expect(read(header, MONEY, lang, { neighbours }).kpi).toBe('revenue');
    },
  );
});

describe('changed: an orders tab naming a supplier and a buyer is a reseller’s sales, no costs (hdr47 read purchases)', () => {
  it.each([
    ['Dropship orders', 'Amount', 'en', ['Order ID', 'Supplier', 'Buyer']],
    ['Orders', 'Amount', 'en', ['Order ID', 'Supplier', 'Ship to']],
    ['Commandes', 'Montant TTC', 'fr', ['N° commande', 'Fournisseur', 'Acheteur']],
    ['Commandes', 'Montant', 'fr', ['N° commande', 'Fournisseur', 'Destinataire']],
  ] as const)('%s: %s (%s) beside %j is no costs', (tab, header, lang, neighbours) => {
    expect(read(header, MONEY, lang, { tab, neighbours }).kpi).not.toBe('costs');
  });

  it('changed: « Montant TTC » of a reseller’s orders is revenue', () => {
    expect(read('Montant TTC', MONEY, 'fr', { tab: 'Commandes', neighbours: ['N° commande', 'Fournisseur', 'Acheteur'] }).kpi).toBe(
      'revenue',
    );
  });

  it.each([
    ['Bons de commande', 'Montant HT', 'fr', ['Fournisseur', 'Article']],
    ['Orders', 'Montant HT', 'en', ['Supplier', 'Item']],
  ] as const)('near miss: purchase orders to a supplier with no buyer, %s, are the costs', (tab, header, lang, neighbours) => {
    expect(read(header, MONEY, lang, { tab, neighbours }).kpi).toBe('costs');
  });
});

describe('changed: a count of revenue streams is a count (hdr47 read money)', () => {
  it('« Nombre de sources de revenus » at 3 … 5 is no money', () => {
    expect(read('Nombre de sources de revenus', [3, 4, 4, 5, 5, 5], 'fr').unit).not.toBe('currency');
  });

  it.each([
    ['avg_revenue_per_customer', 'en'],
    ['revenu_moyen_par_client', 'fr'],
    ['Churn ARR', 'en'],
  ] as const)('near miss: revenue a KPI rule set aside, %s (%s), is still money', (header, lang) => {
    expect(read(header, CHURNED, lang).unit).toBe('currency');
  });
});
