/**
 * hdr49: the classes of kpi-headers7.jsonl's misses (hcollect48's set, opened by hdr49) and the sixth session's header
 * leftovers, read by `detectKpiSeries` with the tab's column roles classified once (`readTabRoles`). Each `changed` case
 * fails on main before hdr49 (56667102: 32 of 45) but "Subscribers gained", a near miss beside follower_growth; the near
 * misses pass on both. Columns come from CSV exports (no number format),
 * their neighbours' cells blank or filled as the files give them. Headers and values are made up in the shape of the set's
 * classes, not copied from its lines.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue } from '../../../src/core/workbook/types';

const DATES = ['2026-01-05', '2026-01-05', '2026-01-19', '2026-02-02', '2026-02-20', '2026-03-03', '2026-03-28', '2026-04-09'];
const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01'];

/** The series of `asked` on a tab whose header row is `Date` then `headers` (every other column blank). */
function read(tab: string, lang: 'en' | 'fr', headers: readonly string[], asked: string, values: readonly number[], dates = DATES) {
  const rows: CellValue[][] = [['Date', ...headers], ...dates.map((d, i) => [d, ...headers.map((h) => (h === asked ? values[i % values.length] : ''))])];
  const series = detectKpiSeries({ name: tab, values: rows }, lang, KPI_CATALOG, undefined, '2026-12-01').find((s) => s.name === asked);
  expect(series).toBeDefined();
  return { kpi: series?.catalogId ?? null, aggregation: series?.aggregation ?? null, unit: series?.unit ?? null, currency: series?.currency ?? null };
}

const SMALL = [6.5, 0.8, 7.25, 3, 5.5, 8, 2.75, 4];
const MONEY = [570.5, 665, 380.25, 1210, 95, 440.8, 720, 515.6];

describe('changed: a table of records sums its counts, not only its amounts (shipments, timesheets, payouts)', () => {
  it.each([
    ['en', ['shipment_id', 'carrier', 'distance_km', 'cost_usd'], 'distance_km'],
    ['en', ['TimesheetID', 'ClientName', 'HoursWorked', 'WorkType'], 'HoursWorked'],
    ['fr', ['id_livraison', 'chauffeur', 'km_parcourus'], 'km_parcourus'],
  ] as const)('%s %j → %s summed', (lang, headers, asked) => {
    expect(read('Data', lang, headers, asked, SMALL).aggregation).toBe('total');
  });

  it.each([
    ['en', ['payout_id', 'seller_id', 'payout_amount'], 'payout_amount'],
    ['en', ['rental_id', 'renter_id', 'total_price', 'status'], 'total_price'],
  ] as const)('%s %j → %s summed', (lang, headers, asked) => {
    expect(read('Data', lang, headers, asked, MONEY).aggregation).toBe('total');
  });
});

describe('changed: ratings, delays, durations, deferred amounts and amounts per m² or per head stay levels in a log', () => {
  it.each([
    ['en', ['order_id', 'Rating', 'Quantity'], 'Rating', [4, 5, 3, 5, 4, 2, 5, 4], null],
    ['en', ['delivery_id', 'driver', 'delay_minutes'], 'delay_minutes', [0, 8, 15, 3, 0, 22, 5, 9], null],
    ['en', ['booking_id', 'customer_id', 'duration_months'], 'duration_months', [9, 6, 12, 3, 6, 9, 12, 1], null],
    ['fr', ['commande_id', 'note_livraison'], 'note_livraison', [4, 5, 3, 5, 4, 2, 5, 4], null],
    ['fr', ['departement', 'ville', 'loyer_m2'], 'loyer_m2', [9.37, 8.64, 12.1, 10.5, 11.2, 9.9, 8.7, 13.4], 'currency'],
  ] as const)('%s %j → %s a level (unit %s)', (lang, headers, asked, values, unit) => {
    expect(read('Data', lang, headers, asked, values)).toEqual(expect.objectContaining({ aggregation: 'level', unit }));
  });

  it('en deferred revenue beside recognised revenue, by contract and month, is a balance: a level', () => {
    expect(read('Data', 'en', ['contract_id', 'recognized_revenue', 'deferred_revenue'], 'deferred_revenue', [1100, 1000, 900, 800, 700, 600, 500, 400]).aggregation).toBe('level');
  });
});

describe('changed: money and rates by their words', () => {
  it.each([
    ['en', ['booking_id', 'room', 'rate_eur'], 'rate_eur', [128.47, 123.64, 140, 99.5, 110, 128.47, 150, 135], 'currency', 'EUR'],
    ['en', ['project', 'hours', 'billable_rate', 'billable_amount'], 'billable_rate', [95, 95, 120, 120, 95, 150, 95, 120], 'currency', null],
    ['fr', ['taux_endettement'], 'taux_endettement', [84.43, 85.37, 86.1, 87.2, 88, 89.5, 90.1, 91], 'percent', null],
    ['fr', ['prix_annonce', 'profit_ratio'], 'profit_ratio', [20, 25, 30, 20, 45, 50, 20, 35], 'percent', null],
    // Its code too since hdr50 (« euros » names the euro as « eur » does; hdr49 left it the sign's, null).
    ['fr', ['euros_par_habitant'], 'euros_par_habitant', [39040, 44320, 45100, 46000, 47200, 48100, 49000, 50500], 'currency', 'EUR'],
    ['fr', ['id', 'montant_converti_gnf', 'type_mouvement'], 'montant_converti_gnf', [10500000, 10500000, 5250000, 2100000, 800000, 950000, 1200000, 640000], 'currency', 'GNF'],
    ['en', ['Cart abandonment'], 'Cart abandonment', [68.2, 70.1, 65.3, 69.9, 71.4, 66.8, 67.5, 68], 'percent', null],
  ] as const)('%s %j → %s in %s', (lang, headers, asked, values, unit, currency) => {
    expect(read('Data', lang, headers, asked, values, MONTHS)).toEqual(expect.objectContaining({ unit, currency }));
  });
});

describe('changed: what a record’s customer pays is a sale; costs by what they are spent on', () => {
  it.each([
    ['en', ['bill_id', 'customer_id', 'base_fee', 'total_amount'], 'base_fee', 'revenue'],
    ['en', ['contract_id', 'customer_id', 'contract_value', 'term_months'], 'contract_value', 'revenue'],
    ['en', ['contract_id', 'customer_id', 'install_fee'], 'install_fee', 'revenue'],
    ['en', ['rental_id', 'item_id', 'renter_id', 'total_price'], 'total_price', 'revenue'],
    ['en', ['date', 'client', 'project', 'hours', 'billable_amount'], 'billable_amount', 'revenue'],
    ['en', ['Claim ID', 'Patient ID', 'Billed Amount', 'Paid Amount'], 'Billed Amount', 'revenue'],
    ['en', ['donation_id', 'Donor_Name', 'Amount', 'Category'], 'Amount', 'revenue'],
    ['en', ['OrderID', 'CustomerID', 'ItemName', 'Quantity', 'Price', 'Total'], 'Total', 'revenue'],
    ['en', ['shipment_id', 'carrier', 'cost_usd'], 'cost_usd', 'costs'],
    ['en', ['delivery_id', 'vehicle', 'fuel_cost'], 'fuel_cost', 'costs'],
  ] as const)('%s %j → %s is %s, summed, money', (lang, headers, asked, kpi) => {
    expect(read('Data', lang, headers, asked, MONEY)).toEqual(expect.objectContaining({ kpi, aggregation: 'total', unit: 'currency' }));
  });

  it('en an order line’s quantity ordered is sales counted', () => {
    expect(read('Data', 'en', ['order_id', 'customer_id', 'sku', 'qty_ordered'], 'qty_ordered', [25, 1, 3, 2, 6, 1, 4, 2]).kpi).toBe('deals_closed');
  });
});

describe('changed: the sixth session’s leftovers, decided by the fixtures README', () => {
  it('a weighted amount beside a deal’s id is a pipeline’s expected value, read at a date: no sale, not summed', () => {
    expect(read('Data', 'en', ['Deal ID', 'Customer', 'Weighted amount'], 'Weighted amount', MONEY)).toEqual(expect.objectContaining({ kpi: null, aggregation: 'level', unit: 'currency' }));
  });

  it('"Premium" beside plan tiers names no revenue', () => {
    expect(read('Users', 'en', ['Free', 'Basic', 'Premium'], 'Premium', [120, 130, 150, 160, 170, 175, 180, 190], MONTHS).kpi).toBeNull();
  });

  it.each(['follower_growth', 'Subscribers gained'])('%s is new followers: signups, summed, a count (near miss: "Subscribers gained" was already)', (asked) => {
    expect(read('Social', 'en', [asked, 'impressions'], asked, [120, 80, 95, 140, 60, 110, 90, 130], MONTHS)).toEqual(
      expect.objectContaining({ kpi: 'signups', aggregation: 'total', unit: 'count' }),
    );
  });
});

describe('near misses: read as before hdr49', () => {
  it('a payout beside a seller (no customer) names no sale', () => {
    expect(read('Data', 'en', ['payout_id', 'seller_id', 'payout_amount'], 'payout_amount', MONEY).kpi).toBeNull();
  });

  it.each([
    ['Allowed Amount', ['Claim ID', 'Patient ID', 'Billed Amount', 'Allowed Amount', 'Paid Amount']],
    ['Paid Amount', ['Claim ID', 'Patient ID', 'Billed Amount', 'Allowed Amount', 'Paid Amount']],
    ['tax_amount', ['invoice_id', 'customer_id', 'net_amount', 'tax_amount']],
    ['montant_encaisse', ['facture_id', 'client_id', 'montant_encaisse']],
  ])('%s in a table of records beside a customer is no sale', (asked, headers) => {
    expect(read('Data', 'en', headers, asked, MONEY).kpi).not.toBe('revenue');
  });

  it('an insurer’s premium beside a policy is still revenue', () => {
    expect(read('Data', 'en', ['policy_id', 'Premium'], 'Premium', MONEY).kpi).toBe('revenue');
  });

  it.each([
    ['en', 'Room rate', [128, 123, 140, 99, 110, 128, 150, 135], null],
    ['en', 'Heart rate', [62, 70, 58, 66, 75, 64, 69, 71], null],
    ['fr', 'Taux/nuitée', [128, 123, 140, 99, 110, 128, 150, 135], null],
    ['fr', 'Taux', [3.87, 3.73, 3.6, 3.5, 3.41, 3.3, 3.25, 3.2], null],
    ['en', 'Conversion rate', [0.031, 0.028, 0.035, 0.04, 0.033, 0.029, 0.03, 0.036], 'percent'],
  ] as const)('%s "%s" keeps its unit', (lang, asked, values, unit) => {
    expect(read('Data', lang, [asked], asked, values, MONTHS).unit).toBe(unit);
  });

  it('sales growth in points stays sales growth', () => {
    expect(read('Data', 'en', ['revenue_yoy'], 'revenue_yoy', [4.5, 6, -2, 8, 3, 5, 7, 2], MONTHS).kpi).toBe('sales_growth');
  });
});
