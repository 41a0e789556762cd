/**
 * audit63, through the BUILT bundle: a Geneva sales manager (fr_CH, Europe/Zurich, calendar fiscal year) and a Bengaluru
 * revenue lead (en_IN, Asia/Kolkata, fiscal year from April) put two goals on one monthly revenue tab: first a period's
 * total (« … cette année », "Reach ₹60 lakh in revenue this quarter"), then a later level ("Grow revenue 20% by
 * 31/3/2027", « Augmenter le CA de 20 % d’ici le 31.03.2027 »). Check goals judges the later goal as a month's level,
 * a stretch just past the forecast's optimistic end; the plan report's chart drew that goal's target line against a
 * RUNNING TOTAL counted from 0 (its forecast passing the target by January, « 1 115 538,50 CHF » against « 306 220,80 CHF »
 * in March): the chart took the first goal's aggregation (a total) and the latest goal's target. The chart now reads
 * its aggregation from the goal it draws the forecast for (core/plan `buildChart`), so the chart and the note agree.
 */
import { addSheet, harness } from './harness';

interface Case {
  locale: 'fr_CH' | 'en_IN';
  timeZone: string;
  fiscalStart: number;
  goalsTab: string;
  kpiTab: string;
  goals: string[][];
  base: number;
  format: string;
}

const GENEVA: Case = {
  locale: 'fr_CH',
  timeZone: 'Europe/Zurich',
  fiscalStart: 1,
  goalsTab: 'Objectifs',
  kpiTab: 'CA',
  goals: [
    ['ID', 'Objectif', 'KPI'],
    ['G1', 'Atteindre CHF 2 M de chiffre d’affaires cette année', 'CA'],
    ['G2', 'Augmenter le CA de 20 % d’ici le 31.03.2027', 'CA'],
  ],
  base: 180_000,
  format: '#,##0.00 "CHF"',
};

const BENGALURU: Case = {
  locale: 'en_IN',
  timeZone: 'Asia/Kolkata',
  fiscalStart: 4,
  goalsTab: 'Goals',
  kpiTab: 'Revenue',
  goals: [
    ['ID', 'Goal', 'KPI'],
    ['G1', 'Reach ₹60 lakh in revenue this quarter', 'Revenue'],
    ['G2', 'Grow revenue 20% by 31/3/2027', 'Revenue'],
  ],
  base: 1_500_000,
  format: '[$₹-4009]#,##,##0',
};

interface Chart {
  header: string[];
  rows: unknown[][];
  lastMonth: number;
  note: string;
}

/** The workbook checked and reported: the KPI tab's chart data (header and rows) and G2's note. */
function chartOf(c: Case): Chart {
  const h = harness({ spreadsheetLocale: c.locale, timeZone: c.timeZone }, { __SMART_GOALS_TODAY__: '2026-12-07' });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth: c.fiscalStart });
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = ss.getActiveSheet();
  goals.setName(c.goalsTab);
  goals.getRange(1, 1, c.goals.length, 3).setValues(c.goals);
  const months = Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 11 + i, 1, 12)), Math.round(c.base * (1 + 0.02 * i + 0.05 * Math.sin(i)))]);
  const kpi = addSheet(h.emulator, c.kpiTab, [[c.locale === 'fr_CH' ? 'Mois' : 'Month', c.kpiTab], ...months]);
  kpi.getRange(2, 2, months.length, 1).setNumberFormat(c.format);
  h.run('checkGoals');
  const shown = goals.getDataRange().getDisplayValues();
  const noteColumn = shown[0].indexOf(c.locale === 'fr_CH' ? 'Remarques SMART' : 'SMART notes');
  const note = shown.find((r) => r[0] === 'G2')![noteColumn];
  h.run('generatePlanReport');
  const report = ss.getSheets().find((s) => /^(SMART plan|Plan SMART) /.test(s.getName()))!;
  const values = report.getDataRange().getValues();
  const dataAt = values.findIndex((r) => /^(Chart data|Données des graphiques)$/.test(String(r[0])));
  const titleAt = values.findIndex((r, i) => i > dataAt && r[0] === c.kpiTab);
  const header = values[titleAt + 1].map((v) => String(v).replace(/\u202f/g, ' ')).filter((v) => v !== '');
  const rows: unknown[][] = [];
  for (let i = titleAt + 2; i < values.length && values[i][0] !== ''; i++) rows.push(values[i].slice(0, header.length));
  return { header, rows, lastMonth: months[months.length - 1][1] as number, note };
}

/** The amount a note writes after `label` (« 301 186.75 CHF », "₹25,09,885": lakh groups since fmt63), as a number. */
function amountAfter(note: string, label: RegExp): number {
  const m = new RegExp(`${label.source}[^\\d]*([\\d\\s\\u202f,.]+\\d)`).exec(note);
  expect(m).not.toBeNull();
  // Both write a decimal point (fr_CH's amounts, CLDR's currency pattern; en_IN's): groups are spaces or commas.
  return Number(m![1].replace(/[\s\u202f,]/g, ''));
}

describe('a chart draws its goal’s target against the same reading Check goals judges it on', () => {
  it.each([
    ['Geneva (fr_CH)', GENEVA, /(?:extrémité optimiste de la prévision), /],
    ['Bengaluru (en_IN)', BENGALURU, /(?:forecast's optimistic end), /],
  ] as const)('%s: a later level goal after a total on one tab is drawn as monthly levels, its target just above the 80 %% range', (_name, c, optimistic) => {
    const { header, rows, lastMonth, note } = chartOf(c);
    // Check goals: a stretch, the target past the forecast's optimistic end at the deadline.
    expect(note).toMatch(/ambitieux|Stretch/);
    const optimisticEnd = amountAfter(note, optimistic);
    const fr = c.locale === 'fr_CH';
    // The chart: the history of monthly levels (no running total), then the forecast, and G2's target.
    expect(header).toEqual(fr ? ['Mois', 'Historique', 'Prévision', 'Bas (80 %)', 'Haut (80 %)', 'Cible G2'] : ['Month', 'History', 'Forecast', 'Low (80%)', 'High (80%)', 'Target G2']);
    const history = rows.filter((r) => typeof r[1] === 'number').map((r) => r[1] as number);
    expect(history[history.length - 1]).toBe(lastMonth);
    const target = rows.map((r) => r[5]).find((v) => typeof v === 'number') as number;
    const highs = rows.map((r) => r[4]).filter((v): v is number => typeof v === 'number');
    // The 80 % range's high end at the deadline is the note's optimistic end, below the target: the chart shows the stretch.
    expect(highs[highs.length - 1]).toBeCloseTo(optimisticEnd, 0);
    expect(highs[highs.length - 1]).toBeLessThan(target);
    expect(Math.max(...highs)).toBeLessThan(1.5 * lastMonth);
  });
});
