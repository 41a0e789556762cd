/**
 * surf51 (issue 11: the formulas, Check goals, the wizard and the plan report tell one story), through the built bundle on
 * the emulator, EN and FR. The lead's rulings of 2026-12-06:
 * a. A COMPUTED amount (a baseline read from the KPI, a pace, a milestone) shows its currency's minor unit on every surface
 *    (Check goals' notes wrote whole units from 10 where the report showed cents); a SUGGESTED target is rounded to a
 *    readable figure, the same digits on every surface (Check goals' cell showed "$148.00" beside its note's "$148").
 * b. A goal in another currency than its KPI tab's is never judged there, even when the KPI column names the tab (a € goal
 *    on a "$" tab was judged, its $ baseline shown in €): one reason, in the catalogs' words, on Check goals and the report.
 * c. "total" over a rate's history the formula can recognise without its header is refused as over a named rate.
 * d. "DH" counting people ("Hire 3 DH (department heads)") is not the Moroccan dirham; amounts in DH stay dirhams.
 */
import type { AssessResponse, SidebarContext } from '../../src/core/api';
import { addSheet, harness, monthlyRows } from './workbook/harness';

/** Monthly average order value with cents, about 1,400 to 1,470: its paces and levels are past 10, where cents were dropped. */
const ORDER_VALUE = Array.from({ length: 24 }, (_, i) => Math.round((1400 + i * 2.5 + (i % 3) * 4.13) * 100) / 100);
const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
/** Amounts as shown in a text ("$203.52", « 203,52 € »). */
const amounts = (text: string): string[] => spaced(text).match(/[+-]?\$[\d,.]+(?:\.\d+)?|[+-]?\d[\d ]*(?:,\d+)? €/g) ?? [];

const CASES = [
  { locale: 'en_US', lang: 'en' as const, tab: 'Average order value', format: '"$"#,##0.00', goal: 'Increase average order value by 40% by June 30, 2027' },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Panier moyen', format: '#,##0.00 "€"', goal: 'Augmenter le panier moyen de 40 % d’ici le 30 juin 2027' },
];

describe.each(CASES)('a. one goal, the same digits on every surface ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tab, monthlyRows(c.tab, ORDER_VALUE)).getRange(2, 2, 24, 1).setNumberFormat(c.format);
  const goals = addSheet(h.emulator, c.lang === 'fr' ? 'Objectifs' : 'Goals', [c.lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', c.goal, c.tab]]);
  h.run('checkGoals');
  const [head, row] = goals.getDataRange().getDisplayValues();
  const cell = (header: RegExp): string => spaced(row[head.findIndex((name) => header.test(name))]);
  const suggestedValue = goals.getDataRange().getValues()[1][head.findIndex((name) => /^(Suggested target|Cible suggérée)$/.test(name))] as number;
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!;
  const [goalRow, achievabilityRow] = report.getDataRange().getDisplayValues().filter((r) => r[0] === 'G1').map((r) => r.map(spaced));
  const context = h.run<SidebarContext>('sidebarGetContext');
  const series = context.series.find((s) => s.sheetName === c.tab)!;
  // The target level the report shows, as the wizard sends it (a level: the client resolves the "+40 %").
  const shown = spaced(goalRow[5]).replace(/[^\d,. ]/g, '').trim();
  const target = Number(c.lang === 'fr' ? shown.replace(/ /g, '').replace(',', '.') : shown.replace(/,/g, ''));
  const wizard = h.run<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: c.tab, catalogId: series.kpiId, baseline: series.defaultBaseline, direction: 'increase', target, deadline: '2027-06-30', aggregation: null });

  it('the report’s Baseline, read from the KPI, shows its cents, and so do its computed Target and pace', () => {
    expect(achievabilityRow[2]).toMatch(/\d[.,]\d\d(?!\d)/);
    expect(goalRow[5]).toMatch(/\d[.,]\d\d(?!\d)/);
    expect(amounts(goalRow[4])[0]).toMatch(/\d[.,]\d\d(?!\d)/);
  });

  it('the wizard’s required pace is the report’s, digit for digit (it said whole units from 10)', () => {
    expect(amounts(wizard.paceText ?? '')[0]).toMatch(/\d[.,]\d\d(?!\d)/);
    expect(amounts(wizard.paceText ?? '')[0]).toBe(amounts(goalRow[4])[0]);
  });

  it('the suggested target: Check goals’ cell, its note, the report, the wizard and REALISTICTARGET say one figure', () => {
    expect(wizard.verdict).toBe('unrealistic');
    const shown = cell(/^(Suggested target|Cible suggérée)$/);
    // Rounded to be read: no cents on a $/€ column with cents (the cell showed "$148.00" beside its note's "$148").
    expect(shown).not.toMatch(/[.,]\d\d(?!\d)/);
    expect(amounts(cell(/^(SMART notes|Remarques SMART)$/))).toContain(shown);
    expect(achievabilityRow[3]).toBe(shown);
    expect(spaced(wizard.suggestedTargetText ?? '')).toBe(shown);
    expect(h.run<number>('REALISTICTARGET', monthlyRows(c.tab, ORDER_VALUE), '2027-06-30', '2026-11-26', 'increase')).toBe(suggestedValue);
  });
});

describe.each([
  { locale: 'en_US', lang: 'en' as const, tab: 'Revenue', format: '"$"#,##0.00', goal: 'Increase monthly revenue to €20,000 by June 30, 2027', reason: 'The goal is in €, the KPI tab in $: nothing is converted. State the goal in the tab’s currency.' },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'CA', format: '"$"#,##0.00', goal: 'Porter le chiffre d’affaires mensuel à 20 000 € d’ici le 30 juin 2027', reason: 'L’objectif est en €, l’onglet KPI en $\u202f: rien n’est converti. Indiquez l’objectif dans la devise de l’onglet.' },
])('b. a € goal on a "$" tab its KPI column names ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tab, monthlyRows(c.tab, Array.from({ length: 24 }, (_, i) => 14000 + i * 17.37))).getRange(2, 2, 24, 1).setNumberFormat(c.format);
  const goals = addSheet(h.emulator, c.lang === 'fr' ? 'Objectifs' : 'Goals', [c.lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', c.goal, c.tab]]);
  h.run('checkGoals');
  const [head, row] = goals.getDataRange().getDisplayValues();
  const cell = (header: RegExp): string => row[head.findIndex((name) => header.test(name))];
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!;
  const shown = report.getDataRange().getDisplayValues().map((r) => r.join(' | ')).join('\n');

  it('Check goals gives no verdict, no chance, no suggestion, and flags the row with the one reason (it judged it)', () => {
    expect([cell(/^Verdict$/), cell(/^Probabilit/), cell(/^(Suggested target|Cible suggérée)$/)]).toEqual(['', '', '']);
    expect(cell(/^(SMART notes|Remarques SMART)$/)).toContain(c.reason);
    expect(cell(/^(Check|Contrôle)$/)).toMatch(/⚠/);
  });

  it('the report shows the same reason under the goal and in its recommendations, and no $ figure in € (it showed "€14,452")', () => {
    expect(shown.split(c.reason).length - 1).toBeGreaterThanOrEqual(1);
    expect(shown).not.toMatch(c.lang === 'fr' ? /1[34] \d{3}(,\d\d)? €/ : /€1[34],\d{3}/);
  });
});

describe('c. "total" over a rate the formula can see without its header', () => {
  /** Churn near 5 %, dates and values alone (no header): a formula cannot see the cells' % format. */
  const churn = monthlyRows('', Array.from({ length: 24 }, (_, i) => 0.05 - i * 0.0005)).slice(1);
  const said = (lang: 'en' | 'fr'): RegExp => (lang === 'fr' ? /^Un taux ne se cumule pas[\s\u202f]: / : /^A rate is not summed: /);

  it.each([
    ['en_US', 'en', 'total', 'Reduce churn to 3% by June 30, 2027'],
    ['fr_FR', 'fr', 'somme', 'Réduire l’attrition à 3 % d’ici le 30 juin 2027'],
  ] as const)('%s: a goal sentence naming a rate KPI as the direction: refused (it summed churn)', (locale, lang, word, sentence) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    for (const name of ['ACHIEVABILITY', 'GOALVERDICT']) expect(() => h.run(name, churn, 0.03, '2027-06-30', '2026-11-26', sentence, word)).toThrow(expect.objectContaining({ message: expect.stringMatching(said(lang)) }));
  });

  it.each([
    ['en_US', 'en', 'total', '3%'],
    ['fr_FR', 'fr', 'somme', '3 %'],
  ] as const)('%s: a target typed as text with "%%" over values all in [0, 1]: refused', (locale, lang, word, target) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    expect(() => h.run('ACHIEVABILITY', churn, target, '2027-06-30', '2026-11-26', 'decrease', word)).toThrow(expect.objectContaining({ message: expect.stringMatching(said(lang)) }));
  });

  it('near miss: a bare 0.3 over a headerless column of fractions is summed as asked (a 30% cell arrives as 0.3)', () => {
    const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
    expect(typeof h.run<number>('ACHIEVABILITY', churn, 0.3, '2027-06-30', '2026-11-26', 'increase', 'total')).toBe('number');
  });
});

describe('d. "DH" counting people is not the dirham', () => {
  const measured = (locale: string, text: string): string =>
    spaced(harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).run<{ criteria: Record<string, { message: string }> }>('smartAnalyze', text, '2026-11-26').criteria.measurable.message);

  it.each([
    ['en_US', 'Hire 3 DH (department heads) by June 30, 2027', 'Target stated: 3.'],
    ['en_US', 'Hire 3 DH managers by June 30, 2027', 'Target stated: 3.'],
    ['fr_FR', 'Recruter 2 DH (directeurs de département) d’ici le 30 juin 2027', 'Cible indiquée : 2.'],
    ['fr_FR', 'Embaucher 4 DH d’ici le 30 juin 2027', 'Cible indiquée : 4.'],
  ])('%s: %s (it read MAD)', (locale, text, said) => {
    expect(measured(locale, text)).toBe(said);
  });

  it.each([
    ['en_US', 'Reach 30 000 DH in sales by June 30, 2027', /MAD 30,000/],
    ['en_US', 'Reach MAD 3 million in revenue by June 30, 2027', /MAD 3,000,000/],
    ['fr_FR', 'Atteindre 3 000 DH de chiffre d’affaires d’ici le 30 juin 2027', /3 000 (MAD|DH)/],
    ['fr_FR', 'Atteindre 2,5 millions de DH de CA d’ici le 30 juin 2027', /2 500 000 (MAD|DH)/],
    ['fr_FR', 'Atteindre un panier moyen de 75 DH d’ici le 30 juin 2027', /75 (MAD|DH)/],
  ])('near miss, still dirhams: %s: %s', (locale, text, said) => {
    expect(measured(locale, text)).toMatch(said);
  });
});
