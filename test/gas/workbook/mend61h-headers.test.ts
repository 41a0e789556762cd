/**
 * mend61h through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the review of hdr61's header rules. Each
 * `changed` case is a header the review found misread on hdr61's bundle (19a1fa94) — an invoice of rent read as a sale, a
 * provider's or an expense's « Total HT » as revenue, a customer's purchase as costs, an average purchase summed, a pre-tax
 * fee beside a customer no sale, a tax's number or count as money, a tax's balance summed —; near misses keep hdr61's
 * readings. Whole workbooks through Check goals for findings 1–3. CSV-like columns: no number format.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, DATES, datedTab, describeHeaderCases, GOALS_TAB, harness, ids, MONEY, MONTHS, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const names = DATES.map((_, i) => `Client ${i + 1}`);
const text = (word: string): string[] => DATES.map(() => word);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // 5. An amount before a tax beside a customer is what the customer pays: a sale, as before hdr61.
      ['Data 1', tab(DATES, [['Contract ID', ids('K')], ['Customer', names], ['Contract value before HST', MONEY]]), 'Contract value before HST', { kpiId: 'revenue', unit: 'currency' }],
      ['Data 2', tab(DATES, [['Invoice ID', ids('I')], ['Customer', names], ['Fee before GST', MONEY]]), 'Fee before GST', { kpiId: 'revenue', unit: 'currency' }],
      // 6. A tax's registration number or a count of filings: no money.
      ['Data 3', tab(DATES, [['Customer', names], ['GST Number', WHOLE], ['HST Registration', WHOLE]]), 'GST Number', { unit: 'count' }],
      ['Data 3', tab(DATES, [['Customer', names], ['GST Number', WHOLE], ['HST Registration', WHOLE]]), 'HST Registration', { unit: 'count' }],
      ['Data 4', tab(DATES, [['Gst Count', [3, 4, 2, 5, 3, 4, 6, 2, 3, 4]]]), 'Gst Count', { unit: 'count' }],
      // 7. A tax's balance is held at a date (a level); a tax's rate beside a catalogue's price keeps base's reading.
      ['Data 5', tab(DATES, [['GST Balance', MONEY]]), 'GST Balance', { unit: 'currency', aggregation: 'level' }],
      ['Data 6', tab(DATES, [['HST Payable', MONEY]]), 'HST Payable', { unit: 'currency', aggregation: 'level' }],
    ],
    near: [
      // Taxes collected and an invoice's tax beside its customer stay money summed, no sale (hdr61).
      ['Data 7', tab(DATES, [['GST', MONEY], ['HST', MONEY]]), 'GST', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      ['Data 8', tab(DATES, [['Invoice ID', ids('I')], ['Customer', names], ['Amount', MONEY], ['GST', MONEY]]), 'GST', { kpiId: null, unit: 'currency' }],
    ],
  },
  fr_FR: {
    changed: [
      // 1. An invoice of rent, of a phone line, a credit note, unpaid invoices: no sale.
      ['Données 1', tab(DATES, [['Facture loyer HT', MONEY]]), 'Facture loyer HT', { kpiId: null, unit: 'currency' }],
      ['Données 2', tab(DATES, [['Facture téléphone HT', MONEY]]), 'Facture téléphone HT', { kpiId: null, unit: 'currency' }],
      ['Données 3', tab(DATES, [['Facture avoir HT', MONEY]]), 'Facture avoir HT', { kpiId: null, unit: 'currency' }],
      ['Données 4', tab(DATES, [['Factures impayées TTC', MONEY]]), 'Factures impayées TTC', { kpiId: null, unit: 'currency' }],
      // 2. « Total HT » beside a provider, an expense or an employee's claim: no revenue.
      ['Données 5', tab(DATES, [['Prestataire', names], ['Objet', text('Maintenance')], ['Total HT', MONEY]]), 'Total HT', { kpiId: null, unit: 'currency' }],
      ['Données 6', tab(DATES, [['Frais', text('Repas')], ['Total HT', MONEY]]), 'Total HT', { kpiId: null, unit: 'currency' }],
      ['Données 7', tab(DATES, [['Salarié', names], ['Motif', text('Déplacement')], ['Total HT', MONEY]]), 'Total HT', { kpiId: null, unit: 'currency' }],
      // 3. A customer's purchase is a sale.
      ['Données 8', tab(DATES, [['N° commande', ids('C')], ['Client', names], ['Achat TTC', MONEY]]), 'Achat TTC', { kpiId: 'revenue', unit: 'currency' }],
      // 4. An average or a unit purchase is a level, never summed costs.
      ['Données 9', tab(DATES, [['Achat moyen TTC', MONEY]]), 'Achat moyen TTC', { kpiId: null, aggregation: 'level' }],
      ['Données 10', tab(DATES, [['Achat unitaire HT', MONEY]]), 'Achat unitaire HT', { kpiId: null, aggregation: 'level' }],
      // 5. Fees before Canada's taxes beside a client: a sale.
      ['Données 11', tab(DATES, [['N° facture', ids('F')], ['Client', names], ['Honoraires avant TPS et TVQ', MONEY]]), 'Honoraires avant TPS et TVQ', { kpiId: 'revenue', unit: 'currency' }],
      // 6. A tax's registration number: no money.
      ['Données 12', tab(DATES, [['Client', names], ['N° TVQ', WHOLE]]), 'N° TVQ', { unit: 'count' }],
    ],
    near: [
      // An invoice with nothing between it and the tax, or a word of selling, stays a sale; a supplier's total stays the costs.
      ['Données 13', tab(DATES, [['Facture HT', MONEY]]), 'Facture HT', { kpiId: 'revenue', unit: 'currency' }],
      ['Données 15', tab(DATES, [['Factures émises HT', MONEY]]), 'Factures émises HT', { kpiId: 'revenue', unit: 'currency' }],
      ['Données 16', tab(DATES, [['Numéro de commande', ids('C')], ['Livraison à', names], ['Total TTC', MONEY]]), 'Total TTC', { kpiId: 'revenue', unit: 'currency' }],
      ['Données 17', tab(DATES, [['Client', names], ['Total HT', MONEY]]), 'Total HT', { kpiId: 'revenue', unit: 'currency' }],
      ['Données 18', tab(DATES, [['Numéro de commande', ids('C')], ['Fournisseur', names], ['Total TTC', MONEY]]), 'Total TTC', { kpiId: 'costs' }],
      // A purchase of goods before tax with no customer stays the costs (hdr61).
      ['Données 19', tab(DATES, [['Achat de matériel HTVA', WHOLE]]), 'Achat de matériel HTVA', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      ['Données 20', tab(DATES, [['Achats HT', MONEY]]), 'Achats HT', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
    ],
  },
};

describeHeaderCases('mend61h', CASES);

/** A month's amounts, about 50,000 € and rising. */
const SALES = [48200, 48900, 49300, 49800, 50400, 50900, 51300, 51800, 52400, 52900];
const COSTS = [30100, 29800, 30400, 30200, 30900, 31100, 30700, 31300, 31000, 31500];
const monthly = (prefix: string): string[] => MONTHS.map((_, i) => `${prefix} ${i + 1}`);
const GOAL = 'Atteindre 55 000 € de CA mensuel d’ici juin 2027.';

/** Check goals on a French workbook holding `tabs`, and the wizard's reading of its columns. */
function checkGoals(tabs: ReadonlyArray<readonly [string, unknown[][]]>): { context: SidebarContext; note: string } {
  const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
  for (const [name, rows] of tabs) addSheet(h.emulator, name, rows);
  const goals = addSheet(h.emulator, GOALS_TAB.fr_FR.goals, [GOALS_TAB.fr_FR.cols, ['G1', GOAL, '', 'Emma', '', '', '', '']]);
  const context = h.run<SidebarContext>('sidebarGetContext');
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const notes = (values[0] as string[]).indexOf('Remarques SMART');
  expect(notes).toBeGreaterThanOrEqual(0);
  return { context, note: String(values[1][notes]) };
}
const revenueTabs = (context: SidebarContext): string[] => context.series.filter((s) => s.kpiId === 'revenue').map((s) => s.sheetName);

describe('mend61h: Check goals judges a revenue goal on sales, never on rent bills, a provider\'s totals or lost orders', () => {
  it('1. a tab « Feuil2 » of rent invoices alone is no revenue tab', () => {
    const { context, note } = checkGoals([['Feuil2', tab(MONTHS, [['Facture loyer HT', COSTS]])]]);
    expect(revenueTabs(context)).toEqual([]);
    expect(note).toMatch(/Aucun onglet/);
  });
  it('2. a provider\'s « Total HT » beside the sales tab leaves the goal on « Ventes »', () => {
    const { context, note } = checkGoals([
      ['Ventes', tab(MONTHS, [['CA', SALES]])],
      ['Prestations', tab(MONTHS, [['Prestataire', monthly('Prestataire')], ['Objet', monthly('Objet')], ['Total HT', COSTS]])],
    ]);
    expect(revenueTabs(context)).toEqual(['Ventes']);
    expect(note).not.toMatch(/Aucun onglet|2 onglets/);
  });
  it('3. a customer\'s « Achat TTC » on « Commandes » is the revenue tab', () => {
    const { context, note } = checkGoals([['Commandes', tab(MONTHS, [['N° commande', monthly('C')], ['Client', monthly('Client')], ['Achat TTC', SALES]])]]);
    expect(revenueTabs(context)).toEqual(['Commandes']);
    expect(note).not.toMatch(/Aucun onglet/);
  });
});
