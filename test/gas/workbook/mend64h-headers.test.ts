/**
 * mend64h through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: hdr64's review (its findings 1–6). A quantity held
 * (« Quantité restante », « Quantité stockée », "Qty remaining", "Closing qty") stays a level, as before hdr64; a business failure's
 * risk or a pending one (« Risque de défaillance », "Bankruptcy risk", « Faillites en cours », "Pending bankruptcies") is no event
 * summed; revenue cumulated since January beside GA4's ordinal stays a level (ruling H4); a "Net growth" beside an audience held but
 * no TikTok columns stays no sign-ups; money naming no movement beside a debit and a credit (« Reste dû », "Cash position") stays a
 * level; a budget's situation or execution that another plan word names (« Situation du budget cible », "Budget execution plan")
 * stays a plan. `changed` cases fail on the branch's base (main after hdr64's merge, cfd9b0ed); near misses pass on both.
 * CSV-like columns: no number format, but where a describe sets one.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, COUNTS, DATES, datedTab, describeHeaderCases, GOALS_TAB, harness, HELD, MONEY, MONTHS, SMALL, type HeaderCase } from './harness';

const tab = datedTab;
/** One column alone on a monthly tab: what its header says decides. */
const alone = (sheet: string, header: string, values: readonly unknown[] = HELD): HeaderCase => [sheet, tab(MONTHS, [[header, values]]), header, { aggregation: 'level' }];
/** GA4's snapshot: its ordinal day beside the day's revenue. */
const GA4 = (ordinal: string, revenue: string): unknown[][] => tab(MONTHS, [[ordinal, MONTHS.map((_, i) => String(i + 1))], [revenue, HELD.map((v) => v * 10)]]);
/** A ledger: its debit and credit movements, and one more money column. */
const LEDGER = (debit: string, credit: string, other: string): unknown[][] => tab(MONTHS, [[debit, MONEY], [credit, MONEY], [other, HELD.map((v) => v * 10)]]);
const GROWTH = [2, 3, 1, 4, 2, 3, 5, 2, 1, 3];

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // Finding 1: a quantity held is no count of the period.
      alone('Data 1', 'Qty remaining'),
      alone('Data 2', 'Backorder qty'),
      alone('Data 3', 'Closing qty'),
      alone('Data 4', 'Quantity held'),
      // Finding 3: a failure's risk, a customer's failure and pending failures are no events summed.
      alone('Data 5', 'Bankruptcy risk'),
      alone('Data 6', 'Pending bankruptcies'),
      // Finding 2: revenue cumulated since January beside GA4's ordinal week stays a level (ruling H4).
      ['Data 7', GA4('Nth week', 'Revenue YTD'), 'Revenue YTD', { kpiId: 'revenue', aggregation: 'level' }],
      // Finding 4: a net growth beside a revenue and an audience held, no TikTok column, stays no sign-ups.
      ['Data 8', tab(MONTHS, [['Revenue', MONEY], ['Net growth', GROWTH], ['Followers', HELD]]), 'Net growth', { kpiId: 'sales_growth' }],
    ],
    near: [
      // Quantities moved stay summed.
      ['Data 11', tab(DATES, [['Order', DATES.map((_, i) => `SO${i + 1}`)], ['Qty allocated', SMALL]]), 'Qty allocated', { aggregation: 'total' }],
      alone('Data 12', 'Stock quantity'),
      // Failures counted stay summed; a failure rate stays a level.
      ['Data 13', tab(MONTHS, [['Bankruptcies', COUNTS]]), 'Bankruptcies', { aggregation: 'total' }],
      alone('Data 14', 'Bankruptcy rate', [0.012, 0.011, 0.013, 0.012, 0.014, 0.011, 0.012, 0.013, 0.012, 0.011]),
      // GA4's total revenue of the Nth day stays summed.
      ['Data 15', GA4('Nth day', 'Total revenue'), 'Total revenue', { kpiId: 'revenue', aggregation: 'total' }],
      // A ledger's net amount stays a movement, its balance a level.
      ['Data 16', LEDGER('Debit', 'Credit', 'Net amount'), 'Net amount', { aggregation: 'total' }],
      ['Data 17', LEDGER('Debit', 'Credit', 'Balance'), 'Balance', { aggregation: 'level' }],
    ],
  },
  fr_FR: {
    changed: [
      // Finding 1: a quantity held, in a stock, a warehouse or still to deliver, is no count of the period.
      alone('Données 1', 'Quantité restante'),
      alone('Données 2', 'Qté restante'),
      alone('Données 3', 'Quantité stockée'),
      alone('Données 4', 'Quantité en inventaire'),
      alone('Données 5', 'Quantité en entrepôt'),
      alone('Données 6', 'Quantité fin de mois'),
      alone('Données 7', 'Reste à livrer (qté)'),
      // Finding 3: a failure's risk and failures in progress are no events summed.
      alone('Données 8', 'Risque de défaillance'),
      alone('Données 9', 'Faillites en cours'),
      alone('Données 10', 'Défaillances fournisseurs en cours'),
      // Finding 2: revenue cumulated beside GA4's ordinal day stays a level (ruling H4).
      ['Données 11', GA4('Nième jour', 'Revenu cumulé'), 'Revenu cumulé', { kpiId: 'revenue', aggregation: 'level' }],
    ],
    near: [
      // Quantities asked or made stay summed.
      ['Données 14', tab(DATES, [['N° commande', DATES.map((_, i) => `C${i + 1}`)], ['Quantité demandée', SMALL]]), 'Quantité demandée', { aggregation: 'total' }],
      alone('Données 15', 'Quantité en stock'),
      // Failures counted stay summed; a failure rate stays a level.
      ['Données 16', tab(MONTHS, [['Défaillances', COUNTS]]), 'Défaillances', { aggregation: 'total' }],
      alone('Données 17', 'Taux de défaillance', [0.012, 0.011, 0.013, 0.012, 0.014, 0.011, 0.012, 0.013, 0.012, 0.011]),
      // A ledger's final amount stays a movement, its balance a level.
      ['Données 18', LEDGER('Debit', 'Credit', 'montant_final'), 'montant_final', { aggregation: 'total' }],
      ['Données 19', LEDGER('Débit', 'Crédit', 'Solde'), 'Solde', { aggregation: 'level' }],
    ],
  },
};

describeHeaderCases('mend64h', CASES);

describe.each([
  ['fr_FR', ["Situation mensuelle du budget de l'État - Dépenses"], ['Situation du budget cible', "Objectif d'exécution du budget", 'Situation prévisionnelle du budget']],
  ['en_US', ['Budget execution'], ['Budget execution plan', 'Budget outturn forecast']],
] as const)('mend64h: a budget\'s situation is its actuals unless another plan word names a plan (%s)', (locale, actuals, plans) => {
  const h = harness({ spreadsheetLocale: locale });
  addSheet(h.emulator, 'Budget', tab(MONTHS, [...actuals, ...plans].map((header) => [header, HELD] as const)));
  const context = h.run<SidebarContext>('sidebarGetContext');
  it('lists the actuals, none of the plans', () => {
    expect(context.series.filter((s) => s.sheetName === 'Budget').map((s) => s.name)).toEqual([...actuals]);
  });
});

describe.each([
  ['fr_FR', 'Défaillance client'],
  ['en_US', 'Bankruptcy probability'],
] as const)('mend64h: a failure shown in percent is a rate at a level (%s)', (locale, header) => {
  const h = harness({ spreadsheetLocale: locale });
  const sheet = addSheet(h.emulator, 'Risk', tab(MONTHS, [[header, [0.012, 0.011, 0.013, 0.012, 0.014, 0.011, 0.012, 0.013, 0.012, 0.011]]]));
  sheet.getRange(2, 2, MONTHS.length, 1).setNumberFormat('0.0%');
  const context = h.run<SidebarContext>('sidebarGetContext');
  it('reads a percent at a level', () => {
    expect(context.series.find((s) => s.sheetName === 'Risk' && s.name === header)).toEqual(expect.objectContaining({ unit: 'percent', aggregation: 'level' }));
  });
});

describe('mend64h: a net growth in percent beside followers and a TikTok-less tab stays no sign-ups (en_US)', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  const sheet = addSheet(h.emulator, 'Growth', tab(MONTHS, [['Revenue', MONEY], ['Net growth', GROWTH.map((v) => v / 100)], ['Followers gained', SMALL]]));
  sheet.getRange(2, 3, MONTHS.length, 1).setNumberFormat('0.0%');
  const context = h.run<SidebarContext>('sidebarGetContext');
  it('reads no sign-ups', () => {
    expect(context.series.find((s) => s.sheetName === 'Growth' && s.name === 'Net growth')?.kpiId).not.toBe('signups');
  });
});

describe.each([
  ['fr_FR', 'Débit', 'Crédit', '#,##0 €', ['Reste dû', 'Capital restant', 'Compte courant', 'Provision'], ['montant_final']],
  ['en_US', 'Debit', 'Credit', '$#,##0', ['Cash', 'Cash position', 'Net worth'], ['Net amount']],
] as const)('mend64h: money beside a debit and a credit in a currency format is summed only naming a movement (%s)', (locale, debit, credit, format, held, moved) => {
  const h = harness({ spreadsheetLocale: locale });
  const headers = [...held, ...moved];
  const sheet = addSheet(h.emulator, 'Ledger', tab(MONTHS, [[debit, MONEY], [credit, MONEY], ...headers.map((header) => [header, HELD.map((v) => v * 10)] as const)]));
  sheet.getRange(2, 2, MONTHS.length, headers.length + 2).setNumberFormat(format);
  const context = h.run<SidebarContext>('sidebarGetContext');
  const aggregation = (header: string): string | null | undefined => context.series.find((s) => s.sheetName === 'Ledger' && s.name === header)?.aggregation;
  it.each(held.map((header) => [header]))('holds %s at a level', (header) => {
    expect(aggregation(header)).toBe('level');
  });
  it.each(moved.map((header) => [header]))('sums %s, a movement', (header) => {
    expect(aggregation(header)).toBe('total');
  });
});

describe.each([
  ['fr_FR', 'fr', 'Entrepôt', 'Quantité stockée', 'Atteindre 2 000 unités en stock d’ici le 30 juin 2027.', 'Remarques SMART', /Par mois/, 'Probabilité'],
  ['en_US', 'en', 'Backorders', 'Qty outstanding', 'Bring backorders down to 800 units by June 30, 2027.', 'SMART notes', /Per month/, 'Probability'],
] as const)('mend64h: Check goals judges a quantity held at its level (%s)', (locale, userLocale, sheet, header, goal, notesHeader, perMonth, probability) => {
  const h = harness({ spreadsheetLocale: locale, userLocale });
  addSheet(h.emulator, sheet, tab(MONTHS, [[header, HELD]]));
  const goals = addSheet(h.emulator, GOALS_TAB[locale].goals, [GOALS_TAB[locale].cols, ['G1', goal, header, 'Emma', '', '', '', '']]);
  h.run('checkGoals');
  const values = goals.getDataRange().getDisplayValues();
  const column = (name: string): number => values[0].indexOf(name);
  it('judges the level, not a month summed to a near certainty', () => {
    expect(column(probability)).toBeGreaterThanOrEqual(0);
    expect(values[1][column(probability)]).toMatch(/^[<>]?\d+\s?%$/);
    expect(values[1][column(probability)]).not.toMatch(/^>/);
  });
  it('judges no month alone', () => {
    expect(column(notesHeader)).toBeGreaterThanOrEqual(0);
    expect(values[1][column(notesHeader)]).not.toMatch(perMonth);
  });
});
