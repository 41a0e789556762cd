/**
 * mend56h through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: hdr56's header rules narrowed after review —
 * sales counted only by their magnitude beside the revenue (at most a tenth of the largest number beside) and never beside a
 * count of deals, orders or quantities, purchases at most the traffic beside, a count's scale dropped after a count's word only, « entrées »/« sorties » summed as goods
 * or people only, a stock's threshold by its words (or a bare « Seuil » beside a storage place), no bare "share_pct" (a cap table's) nor a
 * portfolio's value share, a value summed beside a volume sold only, a bare "ctr" in points beside clicks or impressions only.
 * `changed` cases fail on main's bundle at cddd0e5c (hdr56's rules); near misses pass on both.
 * CSV-like columns: no number format.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, MONEY, SMALL, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const names = DATES.map((_, i) => `Rep ${i + 1}`);
/** Revenue twenty times a row's sales: a department's line beside it, or sales counted well below it. */
const LARGE = WHOLE.map((v) => v * 20);
/** Sales in thousands of money, as "Sales_k" writes them. */
const THOUSANDS = [412, 455, 398, 470, 431, 402, 489, 444, 420, 466];
const POINTS = [6.5, 6.3, 6, 5.8, 6.6, 6.5, 6.1, 5.9, 6.2, 6.4];
/** A plant's counter reading, 18–30. */
const COUNTER = [18, 22, 25, 30, 19, 27, 21, 24, 26, 20];
/** Readings at an inlet or an outlet. */
const VOLTS = [230, 229, 231, 228, 232, 230, 229, 231, 230, 228];
const PRICES = [101.2, 102.5, 100.8, 103.1, 104, 102.2, 101.7, 103.5, 104.2, 102.9];

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // Sales or bookings in whole money beside revenue of the same scale are money, not deals counted.
      ['Finance 1', tab(DATES, [['Bookings', WHOLE], ['Billings', WHOLE], ['Revenue', WHOLE]]), 'Bookings', { kpiId: 'revenue' }],
      ['Shop 2', tab(DATES, [['Sales', WHOLE], ['Revenue', WHOLE]]), 'Sales', { kpiId: 'revenue' }],
      ['Shop 3', tab(DATES, [['Total sales', WHOLE], ['Total revenue', WHOLE], ['Orders', COUNTS]]), 'Total sales', { kpiId: 'revenue' }],
      ['Shop 4', tab(DATES, [['Sales', WHOLE], ['Turnover', WHOLE]]), 'Sales', { kpiId: 'revenue' }],
      ['Shop 5', tab(DATES, [['Monthly sales', WHOLE], ['Monthly revenue', WHOLE]]), 'Monthly sales', { kpiId: 'revenue' }],
      // A tab counting its deals already: its sales are money, however far below the revenue.
      ['Pipeline 6', tab(DATES, [['Deals', COUNTS], ['Sales', WHOLE], ['Revenue', LARGE]]), 'Sales', { kpiId: 'revenue' }],
      // Money in thousands: the scale after a money word stays.
      ['Shop 7', tab(DATES, [['Sales_k', THOUSANDS], ['Revenue_k', THOUSANDS]]), 'Sales_k', { kpiId: 'revenue' }],
      ['Shop 8', tab(DATES, [['Sales k', THOUSANDS], ['Revenue', WHOLE]]), 'Sales k', { kpiId: 'revenue' }],
      // Purchases above the row's visits are no customers' orders.
      ['Site 9', tab(DATES, [['Visits', COUNTS], ['Purchases', WHOLE]]), 'Purchases', { kpiId: null }],
      // A cap table's share, a portfolio's value share: no market share.
      ['Cap 10', tab(DATES, [['Shareholder', names], ['Shares', WHOLE], ['share_pct', POINTS]]), 'share_pct', { kpiId: null }],
      ['Portfolio 11', tab(DATES, [['Portfolio value share', POINTS]]), 'Portfolio value share', { kpiId: null }],
      // A value beside a volume in litres is a stock's, held.
      ['Tank 12', tab(DATES, [['Volume (L)', WHOLE], ['Value (EUR)', WHOLE]]), 'Value (EUR)', { aggregation: 'level' }],
      // A department budget's sales line beside the total revenue it shares.
      ['Budget 14', tab(DATES, [['Sales', WHOLE], ['Marketing', WHOLE], ['R&D', WHOLE], ['Total revenue', WHOLE.map((v) => v * 3)]]), 'Sales', { kpiId: 'revenue' }],
      // A plant's counter is no click-through rate.
      ['Plant 13', tab(DATES, [['Ctr', COUNTER], ['Output', WHOLE]]), 'Ctr', { unit: 'count' }],
    ],
    near: [
      // Sales counted well below the row's revenue, or beside a unit price, stay won deals.
      ['Shop 20', tab(DATES, [['Sales', COUNTS], ['Revenue', MONEY]]), 'Sales', { kpiId: 'deals_closed', unit: 'count' }],
      ['Shop 21', tab(DATES, [['Sales', COUNTS], ['Unit price', MONEY], ['Revenue', WHOLE]]), 'Sales', { kpiId: 'deals_closed' }],
      // Purchases below the row's clicks; units in thousands; a brand's value share; a value beside units sold; a ctr beside
      // impressions.
      ['Ads 22', tab(DATES, [['clicks', WHOLE], ['purchases', COUNTS]]), 'purchases', { kpiId: 'deals_closed', aggregation: 'total' }],
      ['Sales 23', tab(DATES, [['brand', names], ['revenue', MONEY], ['units_k', COUNTS]]), 'units_k', { kpiId: 'deals_closed' }],
      ['Panel 25', tab(DATES, [['Acme_Value_Share', POINTS.map((v) => v / 100)]]), 'Acme_Value_Share', { kpiId: 'market_share' }],
      ['Panel 26', tab(DATES, [['Value_USD_MM', POINTS], ['Volume_Units_K', COUNTS]]), 'Value_USD_MM', { aggregation: 'total' }],
      ['Ads 27', tab(DATES, [['impressions', WHOLE], ['ctr', POINTS]]), 'ctr', { unit: 'percent' }],
    ],
  },
  fr_FR: {
    changed: [
      // « Ventes » in whole money beside the revenue of the same scale are the revenue.
      ['Ventes 1', tab(DATES, [['Ventes', WHOLE], ["Chiffre d'affaires", WHOLE]]), 'Ventes', { kpiId: 'revenue' }],
      ['Ventes 2', tab(DATES, [['Ventes', WHOLE], ['CA', WHOLE]]), 'Ventes', { kpiId: 'revenue' }],
      ['Ventes 3', tab(DATES, [['Ventes k', COUNTS], ['CA', WHOLE]]), 'Ventes k', { kpiId: 'revenue' }],
      // A measure at an inlet or an outlet is a reading, held.
      ['Poste 4', tab(DATES, [['Tension sortie (V)', VOLTS]]), 'Tension sortie (V)', { aggregation: 'level' }],
      ['Réseau 5', tab(DATES, [['Débit entrée (m3/h)', COUNTS]]), 'Débit entrée (m3/h)', { aggregation: 'level' }],
      ['Réseau 6', tab(DATES, [['Pression entrée (bar)', SMALL.map((v) => v + 2.5)]]), 'Pression entrée (bar)', { aggregation: 'level' }],
      ['Bourse 7', tab(DATES, [["Cours d'entrée", PRICES], ['Cours de sortie', PRICES.map((v) => v + 3)]]), 'Cours de sortie', { aggregation: 'level' }],
      // A seller's bonus threshold: the units sold stay won deals, summed.
      // « Seuil de réappro » (hdr56's rule read « seuil d' » only): a stock's threshold by its words.
      ['Stock 9', tab(DATES, [['Nom', names], ['Qté', COUNTS], ['Seuil de réappro', COUNTS.map(() => 30)]]), 'Qté', { kpiId: null, aggregation: 'level' }],
      ['Primes 8', tab(DATES, [['Vendeur', names], ['Quantité', COUNTS], ['Seuil', COUNTS.map(() => 50)], ['Prime', MONEY]]), 'Quantité', { kpiId: 'deals_closed', aggregation: 'total' }],
    ],
    near: [
      // Goods and people in or out, summed; a stock's quantity beside its threshold and its place, held.
      ['Magasin 20', tab(DATES, [['Nom', names], ['Qté Sortie', SMALL]]), 'Qté Sortie', { aggregation: 'total' }],
      ['Cinéma 21', tab(DATES, [['Entrées', WHOLE]]), 'Entrées', { aggregation: 'total' }],
      ['Magasin 22', tab(DATES, [['Nom', names], ['Qté', COUNTS], ['Seuil', COUNTS.map(() => 30)], ['Emplacement', names]]), 'Qté', { kpiId: null, aggregation: 'level' }],
      // « Ventes » counted beside their unit price.
      ['Données 24', tab(DATES, [['Produit', names], ['Ventes', COUNTS], ['Prix_Unitaire', MONEY], ['Chiffre_d_affaire', MONEY]]), 'Ventes', { kpiId: 'deals_closed', unit: 'count' }],
    ],
  },
};

describeHeaderCases('mend56h', CASES);
