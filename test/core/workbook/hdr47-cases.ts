/**
 * Header cases hdr47 decided and mend47c asserts again as near misses of its narrowed rules (shared, so both suites
 * read the same cases): rates of events written in points, costs named by what they are spent on, a sale's invoice or
 * booking amount beside its columns. Columns as CSV exports give them (no number format).
 */

/** A rate of events in points (values as the real files wrote them): a percentage, a level. */
export const EVENT_RATES_IN_POINTS = [
  ['failure_rate', 'en', [4.03, 4.5, 7.04, 9.06, 10.33, 4.81]],
  ['success_rate', 'en', [95.97, 95.5, 92.96, 90.94, 89.67, 95.19]],
  ['probability', 'en', [0, 100, 0, 0, 100, 40]],
  ['tva_taux', 'fr', [20, 20, 5.5, 5.5, 5.5, 20]],
] as const;

/** A cost named by what it is spent on (read on MONEY-like amounts): the costs, summed, money. */
export const COSTS_BY_WHAT_THEY_PAY = [
  ['Coût du produit', 'fr'],
  ['cout_marketing', 'fr'],
  ['cout_fixe_mensuel', 'fr'],
  ['Shipping cost', 'en'],
  ['Cost of goods', 'en'],
] as const;

/** A bare amount beside a sale's invoice or a booking's columns: revenue. */
export const SALE_INVOICE_AND_BOOKING_AMOUNTS = [
  ['amount', 'en', ['invoice_id', 'sub_id', 'invoice_date', 'due_date']],
  ['amount', 'en', ['code', 'channelCode', 'dfrom', 'dto', 'reservationStatus', 'adults']],
] as const;
