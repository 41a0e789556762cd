/**
 * mend51c: hdr51's header rules narrowed, through the BUILT bundle (dist/Code.js) on the emulator, EN and FR — what the
 * wizard's KPI list (`sidebarGetContext`, the reader Check goals and the plan report use) shows, and what the formulas answer
 * over a satisfaction score. The `changed` cases fail on main's bundle after hdr51 (24ddbb10); the near misses pass on both.
 * 1. a rep's, region's or city's column on a tab named after a KPI is a segment of it, beside a column named by that KPI too;
 * 2. only a satisfaction score on a 1–5 or 0–10 scale is a plain number, not any rate averaged on it;
 * 3. "Subscriptions" in money is that money, no sign-up count; 4. a bare "Spent" is money only beside money;
 * 5–6. installations and downloads are an app's sign-ups only where the tab or a neighbour says app;
 * 7–8. subscribers are held (customers, a level) only when their values look like a stock, paying ones too;
 * 9. the formulas read a satisfaction score on a scale as a plain number, and never aim above the scale's top.
 */
import type { SeriesSummary, SidebarContext } from '../../../src/core/api';
import { addSheet, datedTab, harness } from './harness';

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];
const COUNTS = [120, 80, 90, 40, 70, 35, 64, 88, 51, 77];
const MONEY = [52000, 48000, 61000, 55000, 58000, 60000, 57000, 63000, 59000, 62000];
const HOURS = [5, 8, 12, 6, 14, 9, 7, 11, 10, 13];
const RATES = [2.1, 2.5, 3, 2.8, 2.2, 2.9, 3.1, 2.4, 2.6, 2.7];
/** Daily net gains of an audience: they fall and go negative, no stock. */
const GAINS = [12, 8, 15, -2, 6, 9, 4, 11, 7, 10];
const HELD = [1000, 1040, 1100, 1130, 1180, 1260, 1300, 1350, 1420, 1500];
const ON_FIVE = [4, 5, 3, 4, 5, 4, 2, 5, 4, 3];
const tab = datedTab;

/** A tab, its number formats by column letter, the header read and what the KPI list must show for it. */
type Case = readonly [sheet: string, rows: unknown[][], formats: Record<string, string>, header: string, expected: Partial<SeriesSummary>];
const DOLLARS = '"$"#,##0';

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly Case[]; near: readonly Case[] }> = {
  en_US: {
    changed: [
      ['Calls', tab(MONTHS, [['Calls', COUNTS], ['Alice', COUNTS], ['Bob', COUNTS]]), {}, 'Alice', { kpiId: 'prospecting', aggregation: 'total' }],
      ['Revenue', tab(MONTHS, [['Revenue', MONEY], ['North', MONEY], ['South', MONEY]]), {}, 'North', { kpiId: 'revenue' }],
      ['Site', tab(MONTHS, [['Average conversion', RATES]]), {}, 'Average conversion', { kpiId: 'conversion_rate', unit: 'percent' }],
      ['Billing', tab(MONTHS, [['Mean churn', RATES]]), {}, 'Mean churn', { unit: 'percent' }],
      ['MRR', tab(MONTHS, [['Subscriptions', MONEY]]), { B: DOLLARS }, 'Subscriptions', { kpiId: 'revenue', unit: 'currency' }],
      ['Tasks', tab(MONTHS, [['Estimate', HOURS], ['Spent', HOURS]]), {}, 'Spent', { kpiId: null, unit: 'count' }],
      ['Solar', tab(MONTHS, [['Installations', COUNTS], ['Revenue', MONEY]]), {}, 'Installations', { kpiId: null }],
      ['Marketing', tab(MONTHS, [['Leads', COUNTS], ['Downloads', COUNTS]]), {}, 'Downloads', { kpiId: null }],
      ['Channel', tab(MONTHS, [['Views', MONEY], ['Subscribers', GAINS]]), {}, 'Subscribers', { kpiId: 'signups', aggregation: 'total' }],
      ['Members', tab(MONTHS, [['Paying subscribers', HELD]]), {}, 'Paying subscribers', { kpiId: 'customers', aggregation: 'level' }],
    ],
    near: [
      ['Call log', tab(MONTHS, [['Calls', COUNTS], ['Connects', COUNTS], ['Meetings booked', COUNTS]]), {}, 'Connects', { kpiId: null }],
      ['Survey', tab(MONTHS, [['CSAT score', ON_FIVE]]), {}, 'CSAT score', { kpiId: 'csat', unit: 'count' }],
      ['Ads', tab(MONTHS, [['Impressions', COUNTS], ['Spent', MONEY]]), { C: DOLLARS }, 'Spent', { kpiId: 'costs', unit: 'currency' }],
      ['Plans', tab(MONTHS, [['Subscriptions', COUNTS]]), {}, 'Subscriptions', { kpiId: 'signups', aggregation: 'total' }],
      ['Mobile', tab(MONTHS, [['Downloads', COUNTS]]), {}, 'Downloads', { kpiId: 'signups', aggregation: 'total' }],
      ['Audience', tab(MONTHS, [['Subscribers', HELD]]), {}, 'Subscribers', { kpiId: 'customers', aggregation: 'level' }],
    ],
  },
  fr_FR: {
    changed: [
      ['Appels', tab(MONTHS, [['Appels', COUNTS], ['Julie', COUNTS], ['Marc', COUNTS]]), {}, 'Julie', { kpiId: 'prospecting', aggregation: 'total' }],
      ['Chiffre d’affaires', tab(MONTHS, [['Chiffre d’affaires', MONEY], ['Paris', MONEY], ['Lyon', MONEY]]), {}, 'Lyon', { kpiId: 'revenue' }],
      ['Site', tab(MONTHS, [['Conversion moyenne', RATES]]), {}, 'Conversion moyenne', { kpiId: 'conversion_rate', unit: 'percent' }],
      ['Résiliations', tab(MONTHS, [['Note attrition', RATES]]), {}, 'Note attrition', { unit: 'percent' }],
      ['MRR', tab(MONTHS, [['Subscriptions', MONEY]]), {}, 'Subscriptions', { kpiId: 'revenue' }],
      ['Projet', tab(MONTHS, [['Planned', HOURS], ['Spent', HOURS], ['Remaining', HOURS]]), {}, 'Spent', { kpiId: null, unit: 'count' }],
      ['Chantiers', tab(MONTHS, [['Installations', COUNTS], ['CA', MONEY]]), {}, 'Installations', { kpiId: null }],
      ['Rapports', tab(MONTHS, [['Pages vues', COUNTS], ['Téléchargements', COUNTS]]), {}, 'Téléchargements', { kpiId: null }],
      ['Chaîne', tab(MONTHS, [['Vues', MONEY], ['Abonnés', GAINS]]), {}, 'Abonnés', { kpiId: 'signups', aggregation: 'total' }],
      ['Membres', tab(MONTHS, [['Abonnés payants', HELD]]), {}, 'Abonnés payants', { kpiId: 'customers', aggregation: 'level' }],
    ],
    near: [
      ['Journal', tab(MONTHS, [['Appels', COUNTS], ['Décrochés', COUNTS]]), {}, 'Décrochés', { kpiId: null }],
      ['Enquête', tab(MONTHS, [['satisfaction_moy', ON_FIVE.map((v) => v * 2)]]), {}, 'satisfaction_moy', { kpiId: 'csat', unit: 'count' }],
      ['Appli', tab(MONTHS, [['Téléchargements', COUNTS]]), {}, 'Téléchargements', { kpiId: 'signups', aggregation: 'total' }],
      ['Lettre', tab(MONTHS, [['Abonnés', HELD]]), {}, 'Abonnés', { kpiId: 'customers', aggregation: 'level' }],
    ],
  },
};

describe.each(['en_US', 'fr_FR'] as const)('mend51c: hdr51 narrowed (%s)', (locale) => {
  const h = harness({ spreadsheetLocale: locale });
  const { changed, near } = CASES[locale];
  for (const [name, rows, formats] of [...changed, ...near]) {
    const sheet = addSheet(h.emulator, name, rows);
    for (const [letter, format] of Object.entries(formats)) sheet.getRange(`${letter}2:${letter}${rows.length}`).setNumberFormat(format);
  }
  const context = h.run<SidebarContext>('sidebarGetContext');
  /** The series must be read at all: a missing one would pass every "names no KPI" check. */
  const found = (sheetName: string, header: string): SeriesSummary => {
    const read = context.series.find((x) => x.sheetName === sheetName && x.name === header);
    expect(read).toBeDefined();
    return read!;
  };

  it.each(changed.map((c) => [`${c[0]} / ${c[3]}`, c] as const))('changed: %s', (_label, [sheet, , , header, expected]) => {
    expect(found(sheet, header)).toEqual(expect.objectContaining(expected));
  });

  it.each(near.map((c) => [`${c[0]} / ${c[3]}`, c] as const))('near miss: %s', (_label, [sheet, , , header, expected]) => {
    expect(found(sheet, header)).toEqual(expect.objectContaining(expected));
  });
});

describe.each([
  ['en_US', 'Satisfaction score'],
  ['fr_FR', 'Note de satisfaction'],
] as const)('mend51c: the formulas over a satisfaction score on a 1–5 scale (%s)', (locale, header) => {
  const h = harness({ spreadsheetLocale: locale });
  const SCORES = [3.8, 3.9, 4.0, 3.9, 4.1, 4.0, 4.2, 4.1, 4.2, 4.3, 4.2, 4.3];
  const history = [['Month', header], ...SCORES.map((v, i) => [`2025-${String(i + 1).padStart(2, '0')}-01`, v])];

  it('reads 4.5 as 4.5 points of the scale, not 4.5 %', () => {
    const asPoints = h.run<number>('ACHIEVABILITY', history, 4.5, '2026-06-30', '2025-12-15');
    const asFraction = h.run<number>('ACHIEVABILITY', history, 0.045, '2026-06-30', '2025-12-15');
    expect(asPoints).not.toBe(asFraction);
    expect(asPoints).toBeLessThan(asFraction);
  });

  it('never suggests a target above the scale’s top', () => {
    const target = h.run<number>('REALISTICTARGET', history, '2026-06-30', '2025-12-15');
    expect(target).toBeGreaterThan(4);
    expect(target).toBeLessThanOrEqual(5);
  });
});
