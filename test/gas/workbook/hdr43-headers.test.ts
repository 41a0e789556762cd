/**
 * hdr43 through the BUILT add-on (dist/Code.js): the wizard's KPI list (`sidebarGetContext`, from the reader Check goals
 * uses) reads an invoice's amount before tax as revenue, summed (« Montant HT »), MRR won in the period as a flow and MRR
 * lost as no KPI, a credit note (« avoir ») beside invoice amounts as money summed, revenue's week-on-week growth as sales growth, and whole
 * numbers under a plural naming nothing as things counted, in English and in French; MRR itself stays a level, a bare
 * "Amount" names no KPI and a cost of sales stays money summed. Columns as CSV exports give them: no number format.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, harness } from './harness';

const months = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2024, 11 + i, 1)).toISOString().slice(0, 10));
const column = (header: string, values: (i: number) => number): unknown[][] => [['Date', header], ...months.map((m, i) => [m, values(i)])];

describe.each([
  { locale: 'en_US', invoice: 'Amount', invoiceKpi: null, won: 'Expansion MRR', counted: 'Impressions', lost: 'churned_mrr', credit: 'Cost of sales' },
  // « Téléchargements » are the sign-ups since hdr51 (the lead's ruling H1): « Partages » count what names nothing.
  { locale: 'fr_FR', invoice: 'Montant HT', invoiceKpi: 'revenue', won: 'MRR d’expansion', counted: 'Partages', lost: 'MRR perdu', credit: 'avoir' },
])('KPI columns of an export ($locale)', ({ locale, invoice, invoiceKpi, won, counted, lost, credit }) => {
  const h = harness({ spreadsheetLocale: locale });
  addSheet(h.emulator, 'Export', column(invoice, (i) => 3_000 + 250 * (i % 5)));
  addSheet(h.emulator, 'Moves', column(won, (i) => 4_000 + 900 * (i % 4)));
  addSheet(h.emulator, 'Subscriptions', column('MRR', (i) => 50_000 + 1_200 * i));
  addSheet(h.emulator, 'Ads', column(counted, (i) => 40_000 + 1_500 * (i % 4)));
  addSheet(h.emulator, 'Churn', column(lost, (i) => 2_400 + 310.5 * (i % 3)));
  // The credit note beside the invoices' amounts (mend43c: « avoir » alone may be holdings, read as before hdr43); the tab's
  // last column, so the one `bySheet` keeps.
  addSheet(h.emulator, 'Credits', column(credit, (i) => 1_200 + 75.25 * (i % 6)).map((row, i) => [row[0], i === 0 ? invoice : 3_000 + 250 * (i % 5), row[1]]));
  addSheet(h.emulator, 'Growth', column('revenue_wow_pct', (i) => [3.2, -1.5, 4.8, 2.1][i % 4]));
  const context = h.run<SidebarContext>('sidebarGetContext');
  const bySheet = new Map(context.series.map((s) => [s.sheetName, s]));

  it('an invoice’s amount before tax is revenue, summed (« Montant HT »); a bare "Amount" names none', () => {
    expect(bySheet.get('Export')!.kpiId).toBe(invoiceKpi);
    if (invoiceKpi) expect(bySheet.get('Export')).toEqual(expect.objectContaining({ aggregation: 'total', unit: 'currency' }));
  });

  it('MRR won or lost in the period is a total; MRR itself a level', () => {
    expect(bySheet.get('Moves')).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'total' }));
    expect(bySheet.get('Subscriptions')).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'level' }));
  });

  it('MRR lost names no KPI but stays money; a credit note (« avoir ») or a cost of sales is money summed', () => {
    expect(bySheet.get('Churn')).toEqual(expect.objectContaining({ kpiId: null, aggregation: 'total', unit: 'currency' }));
    expect(bySheet.get('Credits')).toEqual(expect.objectContaining({ aggregation: 'total', unit: 'currency' }));
  });

  it('revenue’s week-on-week growth in percent is sales growth', () => {
    expect(bySheet.get('Growth')).toEqual(expect.objectContaining({ kpiId: 'sales_growth', unit: 'percent' }));
  });

  it('whole numbers under a plural naming nothing are summed', () => {
    expect(bySheet.get('Ads')).toEqual(expect.objectContaining({ kpiId: null, aggregation: 'total' }));
  });
});
