/**
 * hdr61 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the nineteenth header set's classes — Belgium's
 * « HTVA » and Canada's sales taxes (« TPS Percue », « TVQ Nette », "GST", "HST") as money summed, as « HT » and « TVA » are;
 * an invoice before or with tax naming its payer (« Facture Leaser HTVA ») sold, a purchase before or with tax (« Achat de
 * matériel HTVA ») the costs; an order's « Total TTC » and « Montant HTVA » sold, as « Montant TTC » is; taxes beside a client no sale.
 * `changed` cases fail on the session start's bundle (411e6219: no money there); near misses pass on both.
 * CSV-like columns: no number format.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, DATES, datedTab, describeHeaderCases, GOALS_TAB, harness, ids, MONEY, MONTHS, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const names = DATES.map((_, i) => `Client ${i + 1}`);
const text = (word: string): string[] => DATES.map(() => word);
/** Transactions a second (a server's throughput), with decimals. */
const THROUGHPUT = [118.4, 121.9, 97.2, 133.5, 140.1, 126.8, 119.3, 131.7, 128, 135.6];
const LEASING = tab(DATES, [['Client', names], ['Leaser 1', text('Grenke')], ['Facture Leaser HTVA', MONEY], ['Achat de matériel HTVA', WHOLE], ['Mensualité client HTVA', MONEY]]);
const SALES_TAX = tab(DATES, [['TPS Percue', MONEY], ['TPS Nette', MONEY], ['TVQ Percue', MONEY], ['TVQ Nette', MONEY]]);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // Canada's sales taxes in English: money summed.
      ['Data 1', tab(DATES, [['GST', MONEY], ['HST', MONEY]]), 'GST', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      ['Data 1', tab(DATES, [['GST', MONEY], ['HST', MONEY]]), 'HST', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      // Taxes beside an invoice's customer: money, no sale (a client's row read them as sales until `sold` refused them).
      ['Data 21', tab(DATES, [['Invoice ID', ids('I')], ['Customer', names], ['Amount', MONEY], ['GST', MONEY]]), 'GST', { kpiId: null, unit: 'currency' }],
    ],
    near: [
      // "TPS" alone is a server's transactions a second: no money (as before).
      ['Data 20', tab(DATES, [['TPS', THROUGHPUT], ['Latency', WHOLE]]), 'TPS', { unit: 'count' }],
    ],
  },
  fr_FR: {
    changed: [
      // A leasing broker's contracts: money summed; the customer's monthly instalment money with no KPI. mend61h gave back the
      // leasing company's invoice as a sale (another noun between « facture » and the tax: « Facture loyer HT » is rent) and
      // the hardware bought as the costs (a purchase beside a client is the customer's): no KPI, as before hdr61.
      ['Données 3', LEASING, 'Facture Leaser HTVA', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      ['Données 3', LEASING, 'Achat de matériel HTVA', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      ['Données 3', LEASING, 'Mensualité client HTVA', { kpiId: null, unit: 'currency' }],
      // A Québec corporation's sales-tax summary: taxes collected and net, money summed, no KPI.
      ['Données 1', SALES_TAX, 'TPS Percue', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      ['Données 1', SALES_TAX, 'TVQ Nette', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      // An order history's total with tax, beside the order's number.
      ['Données 2', tab(DATES, [['Numéro de commande', ids('C')], ['Livraison à', names], ['Total TTC', MONEY], ['Statut', text('Livrée')]]), 'Total TTC', { kpiId: 'revenue', unit: 'currency' }],
      // A Belgian invoice's amount before VAT beside its client, as « Montant HT ».
      ['Données 4', tab(DATES, [['Client', names], ['Montant HTVA', MONEY], ['TVAC', MONEY]]), 'Montant HTVA', { kpiId: 'revenue', unit: 'currency' }],
      // Taxes beside an invoice's client: money, no sale.
      ['Données 25', tab(DATES, [['N° facture', ids('F')], ['Client', names], ['Montant HT', MONEY], ['TVQ', MONEY], ['TPS Percue', MONEY]]), 'TVQ', { kpiId: null, unit: 'currency' }],
      ['Données 25', tab(DATES, [['N° facture', ids('F')], ['Client', names], ['Montant HT', MONEY], ['TVQ', MONEY], ['TPS Percue', MONEY]]), 'TPS Percue', { kpiId: null, unit: 'currency' }],
      // …and beside a supplier, a purchase order's: the costs (no KPI before), as « Montant TTC » there.
      ['Données 21', tab(DATES, [['Numéro de commande', ids('C')], ['Fournisseur', names], ['Total TTC', MONEY]]), 'Total TTC', { kpiId: 'costs' }],
    ],
    near: [
      // A supplier's invoice or a purchase price names no sale; a quote's total names nothing; « Tps moyen » (a time) is no tax.
      ['Données 20', tab(DATES, [['Fournisseur', names], ['Facture fournisseur HT', MONEY]]), 'Facture fournisseur HT', { kpiId: null, unit: 'currency' }],
      ['Données 22', tab(DATES, [['numéro du devis', ids('D')], ['nom du client', names], ['Total TTC', MONEY]]), 'Total TTC', { kpiId: null }],
      ['Données 23', tab(DATES, [['Prix achat', MONEY], ['Quantite', WHOLE]]), 'Prix achat', { kpiId: null, aggregation: 'level' }],
      ['Données 24', tab(DATES, [['Tps moyen', THROUGHPUT]]), 'Tps moyen', { unit: 'count' }],
    ],
  },
};

describeHeaderCases('hdr61', CASES);

/** A month's sales, about 50,000 € and rising; a month's purchases from suppliers, about 30,000 €. */
const SALES = [48200, 48900, 49300, 49800, 50400, 50900, 51300, 51800, 52400, 52900];
const PURCHASES = [30100, 29800, 30400, 30200, 30900, 31100, 30700, 31300, 31000, 31500];

describe('hdr61: Check goals reads a revenue goal on the sales tab, a purchases tab with « Total TTC » beside a supplier aside', () => {
  const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
  addSheet(h.emulator, 'Ventes', tab(MONTHS, [['CA', SALES]]));
  addSheet(h.emulator, 'Achats', tab(MONTHS, [['Fournisseur', MONTHS.map((_, i) => `Fournisseur ${i + 1}`)], ['Total TTC', PURCHASES]]));
  const goals = addSheet(h.emulator, GOALS_TAB.fr_FR.goals, [GOALS_TAB.fr_FR.cols, ['G1', 'Atteindre 55 000 € de CA mensuel d’ici juin 2027.', '', 'Emma', '', '', '', '']]);
  const context = h.run<SidebarContext>('sidebarGetContext');
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const notes = (values[0] as string[]).indexOf('Remarques SMART');
  it('reads the purchases as no revenue', () => {
    expect(context.series.find((s) => s.sheetName === 'Achats' && s.name === 'Total TTC')).toEqual(expect.objectContaining({ unit: 'currency', kpiId: expect.not.stringMatching(/^revenue$/) }));
  });
  it('judges the goal on the sales tab alone', () => {
    expect(notes).toBeGreaterThanOrEqual(0);
    expect(String(values[1][notes])).not.toMatch(/Aucun onglet|2 onglets/);
    expect(context.series.filter((s) => s.kpiId === 'revenue').map((s) => s.sheetName)).toEqual(['Ventes']);
  });
});
