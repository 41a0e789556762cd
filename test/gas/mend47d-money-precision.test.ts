/**
 * mend47d: story47's money rule, narrowed (docs/ARCHITECTURE.md, Formats), through the built bundle on the emulator, EN and FR.
 * 1. A currency with no minor unit (¥, ₩…) never gains decimals in a COMPUTED figure, and the report keeps the user's whole-yen
 *    column format; a STATED ¥43.80 keeps the digits written (surf50, the lead's ruling: this test asserted "¥44" before).
 * 2. Computed figures (a current level, milestones) show their currency's minor unit, one precision per line, the same
 *    digits in the notes and the report (surf51, the lead's ruling; this test asserted whole units from 10 before).
 * 3. A stated amount is never rounded into another value: "$0.005", not "$0.01" (twice the goal).
 * 6. A suggested amount with cents in a whole-dollar column's format shows what its note says.
 */
import { addSheet, harness, monthlyRows } from './workbook/harness';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** Monthly cost per lead from about 46 down to 44, with cents. */
const COST_PER_LEAD = Array.from({ length: 24 }, (_, i) => Math.round((46 - i * 0.1 + (i % 3) * 0.3) * 100) / 100);
/** Monthly average order value from about 900 up to 945, with cents. */
const ORDER_VALUE = Array.from({ length: 24 }, (_, i) => Math.round((900 + i * 1.7 + (i % 3) * 3.1) * 100) / 100);

interface Planned {
  notes: string[];
  /** The report's rows whose first cell is the goal's ID, as shown. */
  rows: (id: string) => string[][];
  /** The number formats of the same rows. */
  formats: (id: string) => string[][];
}

function planned(locale: string, lang: 'en' | 'fr', format: string, goals: readonly string[]): Planned {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  const [cpl, aov] = lang === 'fr' ? ['Coût par lead', 'Panier moyen'] : ['Cost per lead', 'Average order value'];
  addSheet(h.emulator, cpl, monthlyRows(cpl, COST_PER_LEAD)).getRange(2, 2, 24, 1).setNumberFormat(format);
  addSheet(h.emulator, aov, monthlyRows(aov, ORDER_VALUE)).getRange(2, 2, 24, 1).setNumberFormat(format);
  const sheet = addSheet(h.emulator, lang === 'fr' ? 'Objectifs' : 'Goals', [lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', goals[0], cpl], ['G2', goals[1], aov]]);
  h.run('checkGoals');
  const [head, ...rows] = sheet.getDataRange().getDisplayValues();
  const notesColumn = head.findIndex((c) => /^(SMART notes|Remarques SMART)$/.test(c));
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()))!;
  const range = report.getDataRange();
  const shown = range.getDisplayValues();
  const formats = range.getNumberFormats();
  const ids = (id: string): number[] => shown.flatMap((row, i) => (row[0] === id ? [i] : []));
  return { notes: rows.map((row) => row[notesColumn]), rows: (id) => ids(id).map((i) => shown[i]), formats: (id) => ids(id).map((i) => formats[i]) };
}

describe.each([
  { locale: 'ja_JP', lang: 'en' as const, format: '"¥"#,##0', goals: ['Reduce cost per lead from ¥43.80 to ¥38 by December 31, 2027', 'Increase average order value to ¥997 by December 31, 2027'], path: /milestones from the current level \((¥\d+)\) to the target: (.*)\./, stated: '¥43.8', statedFormat: '"¥"#,##0.0' },
  { locale: 'fr_FR', lang: 'fr' as const, format: '#,##0" ¥"', goals: ['Réduire le coût par lead de 43,80 ¥ à 38 ¥ d’ici le 31 décembre 2027', 'Augmenter le panier moyen à 997 ¥ d’ici le 31 décembre 2027'], path: /Jalons trimestriels proposés du niveau actuel \(([^)]+)\) à la cible\u202f: (.*)\./, stated: '43,8 ¥', statedFormat: '#,##0.0" ¥"' },
])('1. yen never gains decimals ($locale)', (c) => {
  const plan = planned(c.locale, c.lang, c.format, c.goals);

  it('the notes’ milestones and current level are whole yen (they said "¥44.67 · ¥42.40")', () => {
    // « Coût par lead » is read as a month's total in French (no path from a level): the order value's path is in both.
    const paths = plan.notes.map((note) => c.path.exec(note)).filter((path) => path !== null);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(`${path[1]} ${path[2]}`).not.toMatch(/\d[.,]\d/);
  });

  it('the report’s suggested target and path cells show no decimals (they said "¥939.10"); the stated baseline keeps its digits (surf50: it showed ¥44)', () => {
    const cells = [...plan.rows('G1'), ...plan.rows('G2')].flat().filter((cell) => /¥/.test(cell) && !/\n/.test(cell) && cell.length < 16);
    expect(cells.length).toBeGreaterThan(8);
    expect(cells.filter((cell) => cell === c.stated)).toHaveLength(1);
    for (const cell of cells.filter((cell) => cell !== c.stated)) expect(cell).not.toMatch(/\d[.,]\d/);
  });

  it('the report keeps the user’s whole-yen column format for every computed value, and shows the stated ¥43.80 as that column would with its decimal', () => {
    const used = [...plan.formats('G1'), ...plan.formats('G2')].flat().filter((f) => f.includes('¥'));
    expect(used.length).toBeGreaterThan(8);
    expect(used.filter((format) => format === c.statedFormat)).toHaveLength(1);
    for (const format of used.filter((format) => format !== c.statedFormat)) expect(format).toBe(c.format);
  });
});

describe.each([
  { locale: 'en_US', lang: 'en' as const, format: '"$"#,##0.00', goals: ['Reduce cost per lead from $43.80 to $38 by December 31, 2027', 'Increase average order value to $997 by December 31, 2027'], path: /milestones from the current level \(([^)]+)\) to the target: (.*)\./, stated: '$43.80' },
  { locale: 'fr_FR', lang: 'fr' as const, format: '#,##0.00 €', goals: ['Réduire le coût par lead de 43,80 € à 38 € d’ici le 31 décembre 2027', 'Augmenter le panier moyen à 997 € d’ici le 31 décembre 2027'], path: /Jalons trimestriels proposés du niveau actuel \(([^)]+)\) à la cible\u202f: (.*)\./, stated: '43,80 €' },
])('2. computed amounts at the currency’s minor unit, one precision a line ($locale)', (c) => {
  const plan = planned(c.locale, c.lang, c.format, c.goals);
  const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
  // « Coût par lead » is read as a month's total in French (no path from a level): the order value's path is in both.
  const paths = plan.notes.map((note) => c.path.exec(note)).filter((path) => path !== null);
  /** The line's amounts: the current level, then each quarter's ("Q1 $920.94 · Q2 …"). */
  const lineAmounts = (path: RegExpExecArray): string[] => [path[1], ...path[2].split(' · ').map((q) => q.replace(/^\S+ /, ''))].map(spaced);

  it('the milestones line has one precision, the cent (surf51: it said "$946" where the report said "$945.59")', () => {
    expect(paths.length).toBeGreaterThan(0);
    // The last quarter's figure is the goal's own target, written as the goal states it ("$38", "997 €").
    for (const path of paths) for (const amount of lineAmounts(path).slice(0, -1)) expect(amount).toMatch(/\d[.,]\d\d(?!\d)/);
  });

  it('the report’s path cells show the notes’ milestones digit for digit', () => {
    const path = plan.rows('G2').find((row) => row.some((cell) => /^(path from the current level|trajectoire)/i.test(cell)));
    expect(path).toBeDefined();
    const amounts = path!.filter((cell) => /\d/.test(cell) && cell !== 'G2' && !cell.includes(' 2027')).map(spaced);
    expect(amounts.length).toBe(4);
    const line = lineAmounts(c.path.exec(plan.notes[1])!);
    for (const amount of amounts) expect(line).toContain(amount);
  });

  it('the baseline read from the KPI (G2 states none) is the notes’ current level, whole (surf50: it showed "$945.59")', () => {
    const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
    const level = c.path.exec(plan.notes[1])?.[1];
    expect(level).toBeDefined();
    const achievability = plan.rows('G2').find((row) => /^(realistic|stretch|unrealistic|on track|réaliste|ambitieux|irréaliste|en bonne voie)$/i.test(row[5]));
    expect(spaced(achievability![2])).toBe(spaced(level!));
  });

  // In the column's own format (surf50: "#,##0.00 €" writes a plain space; the report's own format wrote a no-break one).
  it('near miss: the baseline the sentence states keeps its cents in the report', () => {
    expect(plan.rows('G1').flat()).toContain(c.stated);
  });
});

describe('3. a stated amount is never rounded into another value', () => {
  const analyze = (locale: string, text: string): { criteria: Record<string, { message: string }> } =>
    harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).run('smartAnalyze', text, '2026-11-26');

  it.each([
    ['en_US', 'Reach an average deal size of $0.005 by June 30, 2027', 'Target stated: $0.005.'],
    ['en_US', 'Reduce cost per lead by $0.005 by June 30, 2027', 'Change stated: $0.005.'],
    ['fr_FR', 'Atteindre un panier moyen de 0,005 € d’ici le 30 juin 2027', `Cible indiquée${NNBSP}: 0,005${NBSP}€.`],
  ])('%s: %s → %s (it said $0.01)', (locale, text, said) => {
    expect(analyze(locale, text).criteria.measurable.message).toBe(said);
  });

  it.each([
    ['en_US', 'Reach an average deal size of $0.005 by June 30, 2027', '$0.005', '$0.01'],
    ['fr_FR', 'Atteindre un panier moyen de 0,005 € d’ici le 30 juin 2027', `0,005${NBSP}€`, `0,01${NBSP}€`],
  ])('SMARTCHECK’s rewrite keeps the goal’s amount (%s)', (locale, text, kept, doubled) => {
    const said = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).run<string>('SMARTCHECK', text);
    expect(said).toContain(kept);
    expect(said).not.toContain(doubled);
  });

  it('near miss: an amount typed with two decimals shows two ("$6.25", never "$6.250")', () => {
    expect(analyze('en_US', 'Reach an average deal size of $6.25 by June 30, 2027').criteria.measurable.message).toBe('Target stated: $6.25.');
  });
});

describe.each([
  { locale: 'en_US', lang: 'en', tab: 'Average order value', format: '"$"#,##0', goal: 'Reach an average order value of $6.25 by June 30, 2027', suggested: 'Suggested target', notes: 'SMART notes', aim: /Aim for (\$\d+(?:\.\d+)?)/ },
  { locale: 'fr_FR', lang: 'fr', tab: 'Panier moyen', format: '#,##0 €', goal: 'Atteindre un panier moyen de 6,25 € d’ici le 30 juin 2027', suggested: 'Cible suggérée', notes: 'Remarques SMART', aim: /Visez plutôt (\d+(?:,\d+)?[\s\u00a0]€)|(\d+(?:,\d+)?[\s\u00a0]€) d’ici/ },
])('6. a suggested amount in a whole-unit column shows what its note says ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  const values = Array.from({ length: 24 }, (_, i) => Math.round((5.4 + i * 0.02 + (i % 3) * 0.07) * 100) / 100);
  const kpi = addSheet(h.emulator, c.tab, monthlyRows(c.tab, values));
  kpi.getRange(2, 2, 24, 1).setNumberFormat(c.format);
  const goals = addSheet(h.emulator, 'Goals', [['Goal ID', 'Goal', 'KPI'], ['G1', c.goal, c.tab]]);
  h.run('checkGoals');
  const [head, row] = goals.getDataRange().getDisplayValues();
  const spaced = (text: string): string => text.replace(/[\s\u00a0\u202f]/g, ' ');
  const cell = spaced(row[head.indexOf(c.suggested)]);

  it('the cell shows the cents its note writes (it showed "$6" beside "Aim for $6.21")', () => {
    expect(cell).toMatch(/6[.,]\d\d/);
    expect(spaced(row[head.indexOf(c.notes)])).toContain(cell);
  });

  it('the user’s KPI column keeps its own whole-unit format', () => {
    expect(kpi.getRange(2, 2, 24, 1).getNumberFormats().flat().every((f) => f === c.format)).toBe(true);
  });
});
