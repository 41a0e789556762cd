/**
 * fixprev54, through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the review of mend53a's header rules
 * (prev53's H1–H11, /tmp/rv53's workbooks, one tab a case): what the wizard's KPI list (`sidebarGetContext`) shows. The
 * `changed` cases fail on main's bundle (de8d4395) and pass after; the near misses pass on both.
 */
import { datedTab, describeHeaderCases, type HeaderCase } from './harness';

/** One row a month, six months: a series, no log (the reviewer's workbooks). */
const MONTHS = ['2025-07-01', '2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01'];
const tab = datedTab;

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // H1: a percentage of outreach is no outreach counted.
      ['SDR', tab(MONTHS, [['% of leads contacted', [45, 50, 52, 48, 55, 60]]]), '% of leads contacted', { kpiId: null, aggregation: 'level', unit: 'percent' }],
      ['SDR share', tab(MONTHS, [['Leads contacted %', [45, 50, 52, 48, 55, 60]]]), 'Leads contacted %', { kpiId: null, aggregation: 'level', unit: 'percent' }],
      // H2: a rate, a percentage or a count per thing of cancellations is a level.
      ['Bookings', tab(MONTHS, [['Cancellation rate', [3, 4, 5, 4, 3, 4]], ['Bookings', [300, 320, 310, 340, 350, 330]]]), 'Cancellation rate', { aggregation: 'level', unit: 'percent' }],
      ['Bookings share', tab(MONTHS, [['Cancellations (%)', [3, 4, 5, 4, 3, 4]]]), 'Cancellations (%)', { aggregation: 'level' }],
      ['Flights', tab(MONTHS, [['Cancellations per 1,000 flights', [3, 4, 5, 4, 3, 4]]]), 'Cancellations per 1,000 flights', { aggregation: 'level' }],
      // H3: a named tab's units beside a product, a price, a SKU or revenue are no sales.
      ['Scrap', tab(MONTHS, [['Units', [34, 28, 41, 22, 19, 25]], ['Product', ['', '', '', '', '', '']]]), 'Units', { kpiId: null }],
      ['Quotes', tab(MONTHS, [['Units', [120, 125, 131, 140, 146, 150]], ['Price', [10, 10, 10, 12, 12, 12]]]), 'Units', { kpiId: null }],
      ['Demand forecast', tab(MONTHS, [['Units', [120, 125, 131, 140, 146, 150]], ['SKU', ['', '', '', '', '', '']]]), 'Units', { kpiId: null }],
      ['Plant output', tab(MONTHS, [['Units', [120, 125, 131, 140, 146, 150]], ['Revenue', [42000, 45000, 43800, 47000, 49000, 51000]]]), 'Units', { kpiId: null }],
      ['Loans', tab(MONTHS, [['Items', [340, 280, 410, 220, 190, 250]], ['Title', ['', '', '', '', '', '']]]), 'Items', { kpiId: null }],
      // H4: staff an event befalls are counted over the period.
      ['HR', tab(MONTHS, [['Number of employees promoted', [3, 5, 2, 4, 6, 3]]]), 'Number of employees promoted', { aggregation: 'total' }],
      ['Leavers', tab(MONTHS, [['Number of employees who left', [3, 5, 2, 4, 6, 3]]]), 'Number of employees who left', { aggregation: 'total' }],
      // H5: a variance beside budgeted hours, credits and debits of usage: no money.
      ['Staffing', tab(MONTHS, [['Budgeted hours', [1600, 1600, 1600, 1600, 1600, 1600]], ['Actual hours', [1550, 1640, 1580, 1610, 1700, 1590]], ['Variance', [-50, 40, -20, 10, 100, -10]]]), 'Variance', { unit: 'count' }],
      ['API usage', tab(MONTHS, [['Credits', [1200, 1350, 1100, 1500, 1620, 1580]], ['Debits', [1100, 1300, 1000, 1450, 1600, 1500]]]), 'Credits', { unit: 'count' }],
      // H7: power newly installed, or installed within the period, is added.
      ['Solar', tab(MONTHS, [['Newly installed capacity (MW)', [12, 15, 11, 14, 16, 15]]]), 'Newly installed capacity (MW)', { aggregation: 'total' }],
      ['Solar month', tab(MONTHS, [['Capacity installed this month (MW)', [12, 15, 11, 14, 16, 15]]]), 'Capacity installed this month (MW)', { aggregation: 'total' }],
      // H8: a printer's installs say no app.
      ['Docs site', tab(MONTHS, [['Downloads', [1200, 1500, 1380, 1700, 1900, 2100]], ['Printer installs', [30, 42, 55, 61, 70, 84]]]), 'Downloads', { kpiId: null }],
      // H9: a webinar's invitations, outreach not done: no prospecting.
      ['Sales webinars', tab(MONTHS, [['Invitations sent', [500, 650, 700, 620, 800, 750]], ['Attendees', [80, 95, 110, 90, 130, 120]]]), 'Invitations sent', { kpiId: null }],
      ['Pipeline', tab(MONTHS, [['Leads not contacted', [34, 28, 41, 22, 19, 25]], ['Leads', [120, 130, 125, 140, 150, 155]]]), 'Leads not contacted', { kpiId: null }],
      // H10: money paid at a rate, beside the rate, is that money, summed.
      ['Reps', tab(MONTHS, [['Commission', [1200, 1350, 1100, 1500, 1620, 1580]], ['Commission rate', [5, 5, 5, 6, 6, 6]]]), 'Commission', { kpiId: null, unit: 'currency' }],
      ['Sales', tab(MONTHS, [['Discount', [450, 520, 480, 610, 590, 630]], ['Discount rate', [10, 10, 12, 12, 15, 15]]]), 'Discount', { kpiId: null, aggregation: 'total', unit: 'currency' }],
    ],
    near: [
      // A count beside its own rate stays counted; staff and power held stay held.
      ['Ads', tab(MONTHS, [['Conversion', [120, 135, 150, 160, 170, 180]], ['Conversion rate', [2, 2, 3, 3, 3, 3]]]), 'Conversion', { kpiId: null, aggregation: 'total', unit: 'count' }],
      ['Staff', tab(MONTHS, [['Number of employees', [120, 125, 131, 140, 146, 150]]]), 'Number of employees', { aggregation: 'level' }],
      ['Park', tab(MONTHS, [['Installed capacity (MW)', [120, 125, 131, 140, 146, 150]]]), 'Installed capacity (MW)', { aggregation: 'level' }],
    ],
  },
  fr_FR: {
    changed: [
      // H1
      ['Prospection', tab(MONTHS, [['Part des prospects contactés', [45, 50, 52, 48, 55, 60]]]), 'Part des prospects contactés', { kpiId: null, aggregation: 'level' }],
      // H2
      ['Réservations', tab(MONTHS, [["Taux d'annulation", [3, 4, 5, 4, 3, 4]], ['Réservations', [300, 320, 310, 340, 350, 330]]]), "Taux d'annulation", { aggregation: 'level' }],
      ['Annulations par jour', tab(MONTHS, [['Annulations moyennes par jour', [3, 4, 5, 4, 3, 4]]]), 'Annulations moyennes par jour', { aggregation: 'level' }],
      ['Abonnements', tab(MONTHS, [['Annulations cumulées', [30, 42, 55, 61, 70, 84]], ['Abonnés', [3000, 3050, 3100, 3120, 3180, 3200]]]), 'Annulations cumulées', { aggregation: 'level' }],
      // H3
      ['Paniers abandonnés', tab(MONTHS, [['Articles', [120, 125, 131, 140, 146, 150]], ['Prix', [10, 10, 10, 12, 12, 12]]]), 'Articles', { kpiId: null }],
      ['Blog', tab(MONTHS, [['Articles', [12, 9, 14, 11, 8, 10]], ['Pages vues', [42000, 45000, 43800, 47000, 49000, 51000]], ['CA', [1200, 1500, 1380, 1700, 1900, 2100]]]), 'Articles', { kpiId: null }],
      // H4
      ['RH', tab(MONTHS, [['Nombre de salariés partis', [3, 5, 2, 4, 6, 3]]]), 'Nombre de salariés partis', { aggregation: 'total' }],
      // H6: « Salaries » on a French sheet is staff, its accents dropped.
      ['Effectifs', tab(MONTHS, [['Salaries', [1210, 1225, 1240, 1238, 1260, 1275]], ['Agences', [12, 12, 13, 13, 13, 14]]]), 'Salaries', { unit: 'count' }],
      ['Entreprise', tab(MONTHS, [['Salaries', [2450, 2480, 2510, 2530, 2600, 2640]], ["Chiffre d'affaires", [420000, 450000, 438000, 470000, 490000, 510000]]]), 'Salaries', { unit: 'count' }],
      // H7
      ['Raccordements', tab(MONTHS, [['Puissance installée dans le mois (MW)', [12, 15, 11, 14, 16, 15]]]), 'Puissance installée dans le mois (MW)', { aggregation: 'total' }],
      // H9: payment reminders.
      ['Commercial', tab(MONTHS, [['Relances', [12, 9, 14, 11, 8, 10]], ['Factures en retard', [4, 3, 5, 4, 2, 3]]]), 'Relances', { kpiId: null }],
      ['Ventes', tab(MONTHS, [['Montant facturé', [42000, 45000, 43800, 47000, 49000, 51000]], ['Relances', [12, 9, 14, 11, 8, 10]]]), 'Relances', { kpiId: null }],
      // H11: an area held.
      ['Exploitation', tab(MONTHS, [['Surface mise en culture (ha)', [120, 120, 125, 125, 130, 130]]]), 'Surface mise en culture (ha)', { aggregation: 'level' }],
    ],
    near: [
      ['Annonces', tab(MONTHS, [['Mises en vente', [30, 42, 55, 61, 70, 84]]]), 'Mises en vente', { aggregation: 'total' }],
      ['Parc', tab(MONTHS, [['Puissance installée (MW)', [120, 125, 131, 140, 146, 150]]]), 'Puissance installée (MW)', { aggregation: 'level' }],
    ],
  },
};

describeHeaderCases('fixprev54', CASES);
