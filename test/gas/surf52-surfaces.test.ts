/**
 * surf52 (issue 11: the formulas, Check goals, the wizard and the plan report tell one story), through the built bundle on
 * the emulator and the wizard's own formatting (src/sidebar, fed what `sidebarGetContext` sends), EN and FR. The lead's
 * rulings of 2026-12-06:
 * a. Every amount the wizard computes or shows is at the precision its KPI tab shows (mend51a's ruling reaches the
 *    wizard's readouts: its KPI summary, chips, trend, Review step; it said "+$1.21" and "$1,465.76" on a whole-dollar tab).
 * b. A STATED amount shows at least the tab's precision: "$1,600.00" on a cents tab, "$1,600.50" kept on a whole one.
 * c. A count target on a rate tab is not judged: one reason on Check goals, the report and the formulas.
 * d. No suggestion above a satisfaction score's scale (1–5, 0–10), the same on the wizard, Check goals and REALISTICTARGET.
 */
import type { AssessResponse, EvaluateResponse, SeriesSummary, SidebarContext } from '../../src/core/api';
import { choiceFromSeries } from '../../src/sidebar/steps';
import { generateSentence } from '../../src/sidebar/sentence';
import { computedAtTabPrecision, displayDelta, displayValue } from '../../src/sidebar/values';
import { emptyDraft } from '../../src/sidebar/steps';
import { addSheet, harness, monthlyRows, type Harness } from './workbook/harness';

/** Monthly average order value with cents, about 1,400 to 1,470. */
const ORDER_VALUE = Array.from({ length: 24 }, (_, i) => Math.round((1400 + i * 2.5 + (i % 3) * 4.13) * 100) / 100);
const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

interface Book {
  h: Harness;
  series: SeriesSummary;
  goalRow: string[];
  reportRows: string[][];
  wizard: AssessResponse;
  review: EvaluateResponse;
}

function book(locale: string, lang: 'en' | 'fr', tab: string, format: string, goal: string, target: number): Book {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  addSheet(h.emulator, tab, monthlyRows(tab, ORDER_VALUE)).getRange(2, 2, 24, 1).setNumberFormat(format);
  const goals = addSheet(h.emulator, lang === 'fr' ? 'Objectifs' : 'Goals', [lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', goal, tab]]);
  h.run('checkGoals');
  const goalRow = goals.getDataRange().getDisplayValues()[1].map(spaced);
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!;
  const series = h.run<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === tab)!;
  const request = { seriesId: series.id, sheetName: tab, catalogId: series.kpiId, baseline: series.defaultBaseline, direction: 'increase', target, deadline: '2027-06-30', aggregation: null };
  const wizard = h.run<AssessResponse>('sidebarAssess', request);
  const draft = { ...emptyDraft(), kpi: choiceFromSeries(series), baseline: series.defaultBaseline, target, deadline: '2027-06-30' };
  const review = h.run<EvaluateResponse>('sidebarEvaluate', { text: goal, targetLevel: target, draft });
  return { h, series, goalRow, reportRows: report.getDataRange().getDisplayValues().filter((r) => r[0] === 'G1').map((r) => r.map(spaced)), wizard, review };
}

describe.each([
  { locale: 'en_US', lang: 'en' as const, tab: 'Average order value', format: '"$"#,##0', goal: 'Increase average order value to $1,600.50 by June 30, 2027', stated: '$1,600.50', latest: '$1,466', trend: /^\+\$\d+$/ },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Panier moyen', format: '#,##0 "€"', goal: 'Porter le panier moyen à 1 600,50 € d’ici le 30 juin 2027', stated: '1 600,50 €', latest: '1 466 €', trend: /^\+\d+ €$/ },
])('a–b. a whole-unit tab ($locale): computed amounts whole, a stated amount keeps its cents', (c) => {
  const b = book(c.locale, c.lang, c.tab, c.format, c.goal, 1600.5);
  const choice = choiceFromSeries(b.series);

  it('the wizard’s readouts of the tab (latest, average, a gap) are whole as its cells (they showed "$1,465.76", "+$134.74")', () => {
    expect(spaced(displayValue(b.series.latest!.value, b.series.unit, c.lang, b.series.currency, b.series.amountDecimals))).toBe(c.latest);
    expect(spaced(displayValue(b.series.recentAverage!, b.series.unit, c.lang, choice.currency, choice.amountDecimals))).not.toMatch(/[.,]\d\d(?!\d)/);
    // A gap from 10 up is whole ("+$135" from $1,465.76 to $1,600.50); under 10 it keeps its cents, as on every surface (mend47d).
    expect(spaced(displayDelta(1600.5 - b.series.latest!.value, b.series.unit, c.lang, choice.currency, choice.amountDecimals))).toMatch(c.trend);
  });

  it('the stated target keeps its cents on the wizard’s chance line, its Review step, its sentence and the report (the chance line said "$1,601")', () => {
    expect(spaced(b.wizard.reasons.join(' '))).toContain(c.stated);
    expect(spaced(b.review.criteria.map((x) => x.message).join(' '))).toContain(c.stated);
    expect(spaced(generateSentence({ ...emptyDraft(), kpi: choice, target: 1600.5, deadline: '2027-06-30' }, c.lang))).toContain(c.stated);
    expect(b.reportRows[0][5]).toBe(c.stated);
  });

  it('the pace and the suggestion: the wizard’s digits are the report’s and Check goals’', () => {
    expect(spaced(b.wizard.paceText ?? '')).toBe(b.reportRows[0][4]);
    expect(spaced(b.wizard.paceText ?? '')).not.toMatch(/\d[.,]\d\d(?!\d)/);
    expect(spaced(b.wizard.suggestedTargetText ?? '')).toBe(b.reportRows[1][3]);
    expect(b.goalRow.join(' ')).toContain(spaced(b.wizard.suggestedTargetText ?? '?'));
  });
});

describe.each([
  { locale: 'en_US', lang: 'en' as const, tab: 'Average order value', format: '"$"#,##0.00', goal: 'Increase average order value to $1,600 by June 30, 2027', stated: '$1,600.00' },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Panier moyen', format: '#,##0.00 "€"', goal: 'Porter le panier moyen à 1 600 € d’ici le 30 juin 2027', stated: '1 600,00 €' },
])('b. a cents tab ($locale): a stated whole amount shows the tab’s cents on every surface', (c) => {
  const b = book(c.locale, c.lang, c.tab, c.format, c.goal, 1600);

  it('the wizard’s chance line, its Review step, its sentence and the report say it with cents (they said "$1,600")', () => {
    expect(spaced(b.wizard.reasons.join(' '))).toContain(c.stated);
    expect(spaced(b.review.criteria.map((x) => x.message).join(' '))).toContain(c.stated);
    expect(spaced(generateSentence({ ...emptyDraft(), kpi: choiceFromSeries(b.series), target: 1600, deadline: '2027-06-30' }, c.lang))).toContain(c.stated);
    expect(b.reportRows[0][5]).toBe(c.stated);
  });

  it('near miss: a computed pace keeps the cents it has, the wizard’s as the report’s', () => {
    expect(spaced(b.wizard.paceText ?? '')).toMatch(/\d[.,]\d\d(?!\d)/);
    expect(spaced(b.wizard.paceText ?? '')).toBe(b.reportRows[0][4]);
  });
});

describe.each([
  { locale: 'en_US', lang: 'en' as const, tab: 'Churn', goal: 'Reduce churned customers to 200 by June 30, 2027', reason: 'The goal is a count (200), the KPI tab holds a rate (%): nothing is converted. State the goal in %, or link a tab of counts.', summary: 'a count against a rate, or a rate against counts' },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Attrition', goal: 'Réduire les clients perdus à 200 d’ici le 30 juin 2027', reason: 'L’objectif est un nombre (200), l’onglet KPI suit un taux (%)\u202f: rien n’est converti. Indiquez l’objectif en\u202f%, ou liez un onglet de nombres.', summary: 'un nombre face à un taux, ou un taux face à des nombres' },
])('c. a count target on a rate tab ($locale)', (c) => {
  const churn = Array.from({ length: 24 }, (_, i) => 0.05 - i * 0.0005);
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tab, monthlyRows(c.tab, churn)).getRange(2, 2, 24, 1).setNumberFormat('0.0%');
  const goals = addSheet(h.emulator, c.lang === 'fr' ? 'Objectifs' : 'Goals', [c.lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', c.goal, ''], ['G2', c.goal, c.tab]]);
  h.run('checkGoals');
  const [head, ...rows] = goals.getDataRange().getValues();
  const cell = (row: unknown[], header: RegExp): unknown => row[(head as string[]).findIndex((name) => header.test(name))];
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!;
  const shown = report.getDataRange().getDisplayValues().map((r) => r.join(' | ')).join('\n');

  it('Check goals: no verdict, no chance, the row flagged, the one reason (it read 200 % and said it was not below 3.85 %)', () => {
    for (const row of rows) {
      expect([cell(row, /^Verdict$/), cell(row, /^Probabilit/)]).toEqual(['', '']);
      expect(cell(row, /^(Check|Contrôle)$/)).toMatch(/⚠/);
      expect(cell(row, /^(SMART notes|Remarques SMART)$/)).toBe(c.reason);
    }
  });

  it('the report: the reason in its recommendations and the goals counted under their own line, not "no KPI history"', () => {
    expect(shown.split(c.reason).length - 1).toBeGreaterThanOrEqual(2);
    expect(shown).toContain(c.summary);
  });

  it('GOALVERDICT, ACHIEVABILITY and SMARTSCORE over the rate, with its header or fractions alone, give the reason', () => {
    for (const history of [monthlyRows(c.tab, churn), monthlyRows('', churn).slice(1)]) {
      for (const name of ['GOALVERDICT', 'ACHIEVABILITY']) expect(() => h.run(name, history, '', '', '2026-11-26', c.goal)).toThrow(c.reason);
      expect(h.run('SMARTSCORE', c.goal, history, '2026-11-26')).toBe(c.reason);
    }
  });

  it('near miss: the same goal on a tab of churned customers (counts) is judged', () => {
    const counts = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
    const lost = Array.from({ length: 24 }, (_, i) => 240 - (i % 5) * 3 - i);
    addSheet(counts.emulator, c.tab, monthlyRows(c.lang === 'fr' ? 'Clients perdus' : 'Churned customers', lost));
    const sheet = addSheet(counts.emulator, c.lang === 'fr' ? 'Objectifs' : 'Goals', [c.lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', c.goal, c.tab]]);
    counts.run('checkGoals');
    const [names, row] = sheet.getDataRange().getValues();
    expect(typeof row[(names as string[]).findIndex((name) => /^Probabilit/.test(name))]).toBe('number');
  });
});

describe.each([
  { locale: 'en_US', lang: 'en' as const, tab: 'CSAT score', top: 5, values: Array.from({ length: 24 }, (_, i) => Math.round((3.6 + i * 0.05) * 100) / 100) },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Score de satisfaction', top: 10, values: Array.from({ length: 24 }, (_, i) => Math.round((7.2 + i * 0.11) * 100) / 100) },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Score de satisfaction', top: 5, values: Array.from({ length: 24 }, (_, i) => Math.round((3.6 + i * 0.05) * 100) / 100) },
  { locale: 'en_US', lang: 'en' as const, tab: 'CSAT score', top: 10, values: Array.from({ length: 24 }, (_, i) => Math.round((7.2 + i * 0.11) * 100) / 100) },
])('d. a satisfaction score rising toward its scale’s top ($top, $locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tab, monthlyRows(c.tab, c.values));
  const series = h.run<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === c.tab)!;

  it('the wizard suggests no more than the top, as REALISTICTARGET (the wizard suggested 12 on a 0–10 scale)', () => {
    const wizard = h.run<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: c.tab, catalogId: series.kpiId, baseline: series.defaultBaseline, direction: 'increase', target: c.top, deadline: '2027-12-31', aggregation: null });
    const formula = h.run<number>('REALISTICTARGET', monthlyRows(c.tab, c.values), '2027-12-31', '2026-11-26', 'increase');
    expect(wizard.suggestedTarget).toBeLessThanOrEqual(c.top);
    expect(wizard.suggestedTarget).toBe(formula);
  });
});

/** The verdict and chance Check goals writes for each goal on one tab (mend52d). */
function judged(locale: string, lang: 'en' | 'fr', tab: string, header: string, values: readonly number[], format: string | null, goals: readonly string[]): { verdict: unknown; chance: unknown; notes: unknown }[] {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  const sheet = addSheet(h.emulator, tab, monthlyRows(header, [...values]));
  if (format) sheet.getRange(2, 2, values.length, 1).setNumberFormat(format);
  const rows = addSheet(h.emulator, lang === 'fr' ? 'Objectifs' : 'Goals', [lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ...goals.map((g, i) => [`G${i + 1}`, g, tab])]);
  h.run('checkGoals');
  const [head, ...cells] = rows.getDataRange().getValues();
  const at = (header: RegExp): number => (head as string[]).findIndex((name) => header.test(name));
  return cells.map((r) => ({ verdict: r[at(/^Verdict$/)], chance: r[at(/^Probabilit/)], notes: r[at(/^(SMART notes|Remarques SMART)$/)] }));
}

describe.each([
  {
    locale: 'en_US',
    lang: 'en' as const,
    goals: ['Reduce the rate of churned customers to 3 by June 30, 2027', 'Reduce the percentage of lost customers to 3 by June 30, 2027', 'Reduce the churned customers rate to 3.5 by June 30, 2027', 'Cut churned customers to 3.5 by June 30, 2027'],
    refusal: 'The goal is a count',
  },
  { locale: 'fr_FR', lang: 'fr' as const, goals: ['Ramener le taux de clients perdus à 3 d’ici le 30 juin 2027', 'Ramener la part de clients perdus à 3,5 d’ici le 30 juin 2027'], refusal: 'L’objectif est un nombre' },
])('mend52d 1. a goal naming a rate, or 3.5, on a % churn tab is the rate in points, not a count ($locale)', (c) => {
  const churn = [0.05, 0.049, 0.051, 0.048, 0.047, 0.049, 0.046, 0.045, 0.047, 0.044, 0.045, 0.043, 0.044, 0.042, 0.043, 0.041, 0.042, 0.04, 0.041, 0.039, 0.04, 0.038, 0.039, 0.038];
  const rows = judged(c.locale, c.lang, c.lang === 'fr' ? 'Attrition' : 'Churn', c.lang === 'fr' ? 'Attrition' : 'Churn', churn, '0.0%', c.goals);

  it('Check goals judges each (it said "The goal is a count (3)…")', () => {
    for (const row of rows) {
      expect(String(row.notes)).not.toContain(c.refusal);
      expect(typeof row.chance).toBe('number');
    }
  });

  it('GOALVERDICT and SMARTSCORE judge it too', () => {
    const history = monthlyRows('Churn', churn);
    expect(String(h0(c.locale, c.lang).run('GOALVERDICT', history, '', '', '2026-11-26', c.goals[0]))).not.toContain(c.refusal);
    expect(String(h0(c.locale, c.lang).run('SMARTSCORE', c.goals[0], history, '2026-11-26'))).not.toContain(c.refusal);
  });
});

function h0(locale: string, lang: 'en' | 'fr'): Harness {
  return harness({ spreadsheetLocale: locale, userLocale: lang });
}

describe.each([
  { locale: 'en_US', lang: 'en' as const, tab: 'Churn', header: 'Churned', goal: 'Reduce churned customers to 30 by June 30, 2027', refusal: 'the KPI tab holds a rate' },
  { locale: 'en_US', lang: 'en' as const, tab: 'Churned customers', header: 'Churn', goal: 'Reduce churned customers to 30 by June 30, 2027', refusal: 'the KPI tab holds a rate' },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Attrition', header: 'Clients perdus', goal: 'Réduire les clients perdus à 30 d’ici le 30 juin 2027', refusal: 'l’onglet KPI suit un taux' },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Clients perdus', header: 'Attrition', goal: 'Réduire les clients perdus à 30 d’ici le 30 juin 2027', refusal: 'l’onglet KPI suit un taux' },
])('mend52d 2. a tab of counts under 100 ("$header" on "$tab") is no rate ($locale)', (c) => {
  const counts = Array.from({ length: 24 }, (_, i) => 52 - Math.round(i * 0.55) - (i % 3));
  const [row] = judged(c.locale, c.lang, c.tab, c.header, counts, null, [c.goal]);

  it('Check goals judges the count (it said "…the KPI tab holds a rate (%)…")', () => {
    expect(String(row.notes)).not.toContain(c.refusal);
    expect(typeof row.chance).toBe('number');
  });

  it('GOALVERDICT agrees with Check goals', () => {
    const verdict = String(h0(c.locale, c.lang).run('GOALVERDICT', monthlyRows(c.header, counts), '', '', '2026-11-26', c.goal));
    expect(verdict).not.toContain(c.refusal);
  });
});

describe.each([
  { locale: 'en_US', lang: 'en' as const, tab: 'Average order value', format: '"$"#,##0', shown: '$1,612', cents: '$1,612.27' },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Panier moyen', format: '#,##0 "€"', shown: '1 612 €', cents: '1 612,27 €' },
])('mend52d 3. a target the wizard computed on a whole-unit tab ($locale) is named as its "Target level" shows it', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tab, monthlyRows(c.tab, ORDER_VALUE)).getRange(2, 2, 24, 1).setNumberFormat(c.format);
  const series = h.run<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === c.tab)!;
  const ask = (target: number): string =>
    spaced(h.run<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: c.tab, catalogId: series.kpiId, baseline: series.defaultBaseline, direction: 'increase', target, deadline: '2027-06-30', aggregation: null }).reasons.join(' '));

  it('the chance line says the whole amount of "Target level" (it said "Chance of reaching $1,612.27" beside "$1,612")', () => {
    const computed = computedAtTabPrecision(1612.27, false, series.unit, series.amountDecimals);
    expect(spaced(displayValue(1612.27, series.unit, c.lang, series.currency, series.amountDecimals))).toBe(c.shown);
    expect(ask(computed)).toContain(c.shown);
    expect(ask(computed)).not.toContain(c.cents);
  });

  it('near miss: a target the user typed keeps its cents', () => {
    expect(ask(computedAtTabPrecision(1612.27, true, series.unit, series.amountDecimals))).toContain(c.cents);
  });
});

describe.each([
  { locale: 'en_US', lang: 'en' as const, tab: 'Customer satisfaction' },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Satisfaction client' },
])('mend52d 5. a score’s forecast range stays on its 0–10 scale ($locale)', (c) => {
  const values = Array.from({ length: 24 }, (_, i) => Math.round((9.2 + i * 0.027) * 100) / 100);
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tab, monthlyRows(c.tab, values));
  const series = h.run<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === c.tab)!;

  it('the wizard’s range reads no score above 10 (it said "9.93 to 10.08")', () => {
    const wizard = h.run<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: c.tab, catalogId: series.kpiId, baseline: series.defaultBaseline, direction: 'increase', target: 9.95, deadline: '2027-12-31', aggregation: null });
    // Scores carry decimals here ("9.93"); the chance (">99%") and dates do not.
    const numbers = spaced(wizard.reasons.join(' ')).match(/\d+[.,]\d+/g) ?? [];
    const scores = numbers.map((n) => Number(n.replace(',', '.'))).filter((n) => n > 5 && n < 100);
    expect(scores.length).toBeGreaterThan(0);
    expect(Math.max(...scores)).toBeLessThanOrEqual(10);
  });
});
