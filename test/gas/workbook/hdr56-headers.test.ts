/**
 * hdr56 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the fourteenth header set's classes — a count's
 * scale after its words ("units_k", "Volume_Units_K"), a panel's value or volume share, a click-through rate in points, an ad
 * platform's conversion value, purchases beside a site's or an ad's traffic, sales or bookings counted beside the row's own
 * revenue, a value beside a volume summed, stock movements (« Sorties ») summed, a quantity beside its reorder threshold held.
 * `changed` cases fail on the session start's bundle (4e1e5b75); near misses pass on both.
 * CSV-like columns: no number format.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, MONEY, SMALL, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const brands = DATES.map(() => 'Acme');
/** Units in thousands, with decimals as a panel writes them. */
const THOUSANDS = [98.5, 368.6, 1179, 535.1, 640, 1076.3, 812.4, 455, 390.2, 701.9];
/** A share in points, and as a fraction. */
const POINTS = [6.5, 6.3, 6, 5.8, 6.6, 6.5, 6.1, 5.9, 6.2, 6.4];
const FRACTIONS = POINTS.map((v) => v / 100);
/** A click-through rate in points, past 1.5 on most rows. */
const CTR = [11.18, 5.27, 7.04, 4.69, 4.65, 7.02, 6.3, 5.9, 8.1, 6.6];
/** Conversions' value: no sale on most days. */
const CONV_VALUE = [0, 0, 0, 0, 1247, 0, 980, 0, 0, 1520];

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // A count's scale after its words: units sold in thousands.
      ['Sales 1', tab(DATES, [['brand', brands], ['gross_revenue_kusd', MONEY], ['units_k', COUNTS]]), 'units_k', { kpiId: 'deals_closed', aggregation: 'total', unit: 'count' }],
      ['Sales 2', tab(DATES, [['Volume_Units_K', THOUSANDS], ['Avg_Price_USD', MONEY]]), 'Volume_Units_K', { kpiId: 'deals_closed', aggregation: 'total' }],
      // A panel's value share, a brand's share in points.
      ['Panel 3', tab(DATES, [['Acme_Value_Share', FRACTIONS]]), 'Acme_Value_Share', { kpiId: 'market_share', unit: 'percent' }],
      // mend56h: a bare "share_pct" names no KPI (a cap table's share too); the panel's line is lost, its unit kept.
      ['Panel 4', tab(DATES, [['brand', brands], ['share_pct', POINTS]]), 'share_pct', { kpiId: null, unit: 'percent' }],
      // A click-through rate in points; the conversions' value in money.
      ['Ads 5', tab(DATES, [['clicks', WHOLE], ['ctr', CTR]]), 'ctr', { unit: 'percent' }],
      ['Ads 6', tab(DATES, [['spend', MONEY], ['conv_value', CONV_VALUE]]), 'conv_value', { kpiId: 'revenue', unit: 'currency' }],
      // Purchases beside an ad's clicks or a site's sessions are the customers' orders.
      ['Ads 7', tab(DATES, [['clicks', WHOLE], ['purchases', COUNTS]]), 'purchases', { kpiId: 'deals_closed', aggregation: 'total' }],
      ['Funnel 8', tab(DATES, [['sessions', WHOLE], ['add_to_cart', COUNTS], ['purchased', SMALL]]), 'purchased', { kpiId: 'deals_closed', aggregation: 'total' }],
      // Bookings counted beside the hotel's own revenue.
      ['Hotel 9', tab(DATES, [['total_bookings', COUNTS], ['revenue', MONEY]]), 'total_bookings', { kpiId: 'deals_closed', aggregation: 'total', unit: 'count' }],
      // A value beside a volume: the sales in money, summed.
      ['Panel 10', tab(DATES, [['Value_USD_MM', POINTS], ['Volume_Units_K', THOUSANDS]]), 'Value_USD_MM', { aggregation: 'total', unit: 'currency' }],
      // A quantity beside its reorder point is a stock held.
      ['Stock 11', tab(DATES, [['Item', brands], ['Qty', COUNTS], ['Reorder point', COUNTS.map(() => 30)]]), 'Qty', { kpiId: null, aggregation: 'level' }],
    ],
    near: [
      // Sales in whole numbers beside no revenue column stay the revenue; with cents beside one too.
      ['Shop 16', tab(DATES, [['Product', brands], ['Sales', WHOLE]]), 'Sales', { kpiId: 'revenue' }],
      ['Shop 17', tab(DATES, [['Sales', MONEY], ['Revenue', MONEY]]), 'Sales', { kpiId: 'revenue' }],
      // Purchases beside revenue alone may be the company's buying; a social post's share is no market share.
      ['Buying 18', tab(DATES, [['Revenue', MONEY], ['Purchases', COUNTS]]), 'Purchases', { kpiId: null }],
      ['Social 19', tab(DATES, [['Likes', WHOLE], ['Comments', COUNTS], ['Share', SMALL]]), 'Share', { kpiId: null }],
      ['Panel 20', tab(DATES, [['Promo_Share', FRACTIONS]]), 'Promo_Share', { kpiId: null }],
      // A value held beside a volume, a quantity beside a product.
      ['Portfolio 21', tab(DATES, [['Portfolio value', WHOLE], ['Volume', COUNTS]]), 'Portfolio value', { aggregation: 'level' }],
      ['Orders 22', tab(DATES, [['Product', brands], ['Qty', COUNTS]]), 'Qty', { kpiId: 'deals_closed', aggregation: 'total' }],
      // A click-through rate in fractions, impressions in millions, purchases with cents beside sessions.
      ['Ads 26', tab(DATES, [['ctr', FRACTIONS], ['ecpm', MONEY]]), 'ctr', { unit: 'percent' }],
      ['Media 27', tab(DATES, [['spend_kusd', MONEY], ['impressions_mln', POINTS]]), 'impressions_mln', { kpiId: null, aggregation: 'total' }],
      ['Buying 28', tab(DATES, [['sessions', WHOLE], ['purchases', MONEY]]), 'purchases', { kpiId: null }],
    ],
  },
  fr_FR: {
    changed: [
      // « Ventes » counted beside the row's own revenue.
      ['Données 13', tab(DATES, [['Produit', brands], ['Ventes', COUNTS], ['Prix_Unitaire', MONEY], ["Chiffre_d_affaire", MONEY]]), 'Ventes', { kpiId: 'deals_closed', unit: 'count', aggregation: 'total' }],
      // Goods issued are summed; a quantity beside its threshold is held.
      ['Magasin 14', tab(DATES, [['Nom', brands], ['Qté Sortie', SMALL]]), 'Qté Sortie', { aggregation: 'total' }],
      // mend56h: a bare « Seuil » beside a storage place only, as the fourteenth set's stock tab (« Emplacement »).
      ['Magasin 15', tab(DATES, [['Nom', brands], ['Qté', COUNTS], ['Seuil', COUNTS.map(() => 30)], ['Emplacement', brands]]), 'Qté', { kpiId: null, aggregation: 'level' }],
    ],
    near: [
      // A price or a temperature at the door stays a level; « Ventes » with cents beside « CA » the revenue.
      ['Tarifs 23', tab(DATES, [["Prix d'entrée", MONEY]]), "Prix d'entrée", { aggregation: 'level' }],
      ['Chaudière 24', tab(DATES, [['Température sortie', COUNTS.map((v) => v / 2)]]), 'Température sortie', { aggregation: 'level' }],
      ['Boutique 25', tab(DATES, [['Ventes', MONEY], ['CA', MONEY]]), 'Ventes', { kpiId: 'revenue' }],
      // The stock beside its goods in and out stays held.
      ['Magasin 30', tab(DATES, [['Entrées', SMALL], ['Sorties', SMALL], ['Stock', WHOLE]]), 'Stock', { aggregation: 'level' }],
    ],
  },
};

describeHeaderCases('hdr56', CASES);
