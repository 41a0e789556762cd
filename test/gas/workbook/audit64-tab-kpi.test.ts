/**
 * audit64, through the BUILT bundle: a Dakar sales manager (fr_SN, Africa/Dakar) tracks her unpaid-invoice rate on a
 * tab of her own (« Impayés », header « Taux d'impayés »: no catalog KPI), and a Sydney revenue-ops lead (en_AU,
 * Australia/Sydney) his bad-debt rate (« Bad debt », header "Bad-debt rate"). Check goals judged « Réduire le taux
 * d'impayés à 5 % d'ici fin juin » on that tab (a probability, a suggested target) while its Specific line said « dit
 * quoi faire mais ne nomme aucun KPI suivi » and suggested, as the fix, the very sentence typed; Relevant said the goal
 * « ne nomme aucun KPI suivi ». The wizard's review said the same after she picked the « Taux d'impayés » card. A KPI
 * the user chose — the wizard's card, the row's linked tab (its KPI column, tab name or header) — that the sentence
 * names in its own words is now the KPI named and tracked (core `judge`).
 */
import type { EvaluateResponse } from '../../../src/core/api';
import { emptyDraft } from '../../../src/sidebar/steps';
import { addSheet, harness, type Harness } from './harness';

const CASES = {
  fr_SN: {
    timeZone: 'Africa/Dakar',
    tab: 'Impayés',
    header: "Taux d'impayés",
    goals: [
      ['ID', 'Objectif', 'KPI'],
      ['G1', "Réduire le taux d'impayés à 5 % d'ici fin juin", 'Impayés'],
      ['G2', "Réduire le taux d'impayés à 5 % d'ici fin juin", ''],
      ['G3', "Réduire les retards à 5 % d'ici fin juin", 'Impayés'],
    ],
    notes: 'Remarques SMART',
    specificOk: /^Nomme le KPI \(taux d'impayés\) et le sens \(réduire\)\.$/,
    relevantOk: /^Le taux d'impayés est un KPI suivi par l’entreprise\.$/,
    noKpi: /ne nomme aucun KPI suivi/,
  },
  en_AU: {
    timeZone: 'Australia/Sydney',
    tab: 'Bad debt',
    header: 'Bad-debt rate',
    goals: [
      ['ID', 'Goal', 'KPI'],
      ['G1', 'Cut the bad debt rate to 5% by 30/6/2027', 'Bad debt'],
      ['G2', 'Cut the bad-debt rate to 5% by 30/6/2027', ''],
      ['G3', 'Cut late payments to 5% by 30/6/2027', 'Bad debt'],
    ],
    notes: 'SMART notes',
    specificOk: /^Names the KPI \((?:Bad debt|Bad-debt rate)\) and the direction \(decrease\)\.$/,
    relevantOk: /^Bad-debt rate is a KPI the business tracks\.$/,
    noKpi: /names no tracked KPI/,
  },
} as const;

type Locale = keyof typeof CASES;

/** A monthly rate falling from 9 % to about 6.5 % over two years, on the case's own tab. */
function workbook(locale: Locale): Harness {
  const c = CASES[locale];
  const h = harness({ spreadsheetLocale: locale, timeZone: c.timeZone, userLocale: locale.slice(0, 2) }, { __SMART_GOALS_TODAY__: '2026-12-07' });
  const months = Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 11 + i, 1)), 0.09 - 0.001 * i + 0.005 * Math.sin(i)]);
  const tab = addSheet(h.emulator, c.tab, [[locale === 'fr_SN' ? 'Mois' : 'Month', c.header], ...months]);
  tab.getRange(2, 2, months.length, 1).setNumberFormat('0.0%');
  return h;
}

function checked(locale: Locale): { row(id: string): Record<string, string> } {
  const c = CASES[locale];
  const h = workbook(locale);
  const goals = addSheet(h.emulator, locale === 'fr_SN' ? 'Objectifs' : 'Goals', c.goals.map((r) => [...r]));
  h.run('checkGoals');
  const [header, ...rows] = goals.getDataRange().getDisplayValues();
  return { row: (id) => Object.fromEntries(header.map((name, i) => [name, rows.find((r) => r[0] === id)![i]])) };
}

describe.each(['fr_SN', 'en_AU'] as const)('%s: a goal on a KPI tab of the user’s own is Specific and Relevant', (locale) => {
  const c = CASES[locale];
  const specific = locale === 'fr_SN' ? 'S – Spécifique' : 'S – Specific';
  const relevant = locale === 'fr_SN' ? 'R – Pertinent' : 'R – Relevant';
  const sheet = checked(locale);

  it.each(['G1', 'G2'])('Check goals, %s (the KPI column or the tab named in the sentence): S and R are OK, judged on the tab', (id) => {
    const row = sheet.row(id);
    expect(row[specific]).toBe('OK');
    expect(row[relevant]).toBe('OK');
    expect(row[c.notes]).not.toMatch(c.noKpi);
    // Judged on the tab's history all along: a probability beside the criteria.
    expect(row[locale === 'fr_SN' ? 'Probabilité' : 'Probability']).toMatch(/%$/);
  });

  it('near miss: a sentence that does not name the tab’s KPI still names no tracked KPI, even with the KPI column filled', () => {
    const row = sheet.row('G3');
    expect(row[specific]).not.toBe('OK');
    expect(row[c.notes]).toMatch(c.noKpi);
  });

  it('the wizard’s review after picking the tab’s KPI card says the KPI is named and tracked', () => {
    const h = workbook(locale);
    const context = h.run<{ series: Array<{ name: string; sheetName: string; kpiId: string | null; grammar?: string }> }>('sidebarGetContext');
    const card = context.series.find((s) => s.sheetName === c.tab)!;
    const text = c.goals[1][1];
    const draft = { ...emptyDraft(), statement: text, kpi: { name: card.name, catalogId: card.kpiId, unit: 'percent' as const, lowerIsBetter: false }, target: 0.05, deadline: '2027-06-30' };
    const review = h.run<EvaluateResponse>('sidebarEvaluate', { text, draft, targetLevel: 0.05 });
    const criterion = (id: string) => review.criteria.find((x) => x.id === id)!;
    expect(criterion('specific')).toMatchObject({ status: 'pass', suggestion: null });
    expect(criterion('specific').message).toMatch(c.specificOk);
    expect(criterion('relevant')).toMatchObject({ status: 'pass' });
    expect(criterion('relevant').message).toMatch(c.relevantOk);
    // Near miss: the same card under a sentence that names something else is still not named.
    const other = c.goals[3][1];
    const missed = h.run<EvaluateResponse>('sidebarEvaluate', { text: other, draft: { ...draft, statement: other }, targetLevel: 0.05 });
    expect(missed.criteria.find((x) => x.id === 'specific')!.message).toMatch(c.noKpi);
  });
});
