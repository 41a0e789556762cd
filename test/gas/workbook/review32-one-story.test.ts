/**
 * Review 32's fresh pass, through the BUILT bundle on the example workbooks (EN and FR, today 26 November 2026): twelve
 * goals of the shapes real34/real35 hold — a count by a date, a year's amount, an annual change, "double", a change over
 * three quarters, a change by a date, a rate to reach, a rate to cut, an amount per week, a stock, a change in points, a
 * year's count — each on the example's KPI tab its words name. Check goals (verdict, chance, score), SMARTSCORE,
 * GOALVERDICT and ACHIEVABILITY given the sentence as their direction (review 32: it was refused), and the wizard's live
 * check for a stated target (`sidebarAssess`) tell one story. The wizard is not asked about a change: it states a change
 * from the baseline its user confirms, a sentence Check goals then reads with that baseline.
 */
import type { AssessResponse, SeriesSummary } from '../../../src/core/api';
import { verdictWord } from '../../../src/core/achievability';
import type { Verdict } from '../../../src/core/types';
import { loadXlsx } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { addSheet, harness, TODAY } from './harness';

const SCORES: Record<string, number> = { 'on-track': 100, realistic: 100, stretch: 93, unrealistic: 85 };
const VERDICTS: Verdict[] = ['on-track', 'realistic', 'stretch', 'unrealistic'];
/** Tab, goal, and for the wizard the target level, deadline and period it is typed with (null: a change, not asked). */
type Goal = [string, string, [number, string, 'week' | null] | null];
const EN: Goal[] = [
  ['New accounts', 'Sign 40 new accounts by December 31, 2027.', [40, '2027-12-31', null]],
  ['Sales', '2027 sales goal = $1.8M', [1800000, '2027-12-31', null]],
  ['Sales', 'Increase annual revenue by $50,000 by the end of 2027', null],
  ['Sales', 'Double revenue by June 2027', null],
  ['Sales', 'Increase sales over the next three quarters by 30%', null],
  ['Leads', 'Increase leads by 30% by June 30, 2027', null],
  ['Close rate', 'Raise close rate to 30% by end of Q1 2027', [0.3, '2027-03-31', null]],
  ['Churn', 'Reduce churn to 40% by June 2027', [0.4, '2027-06-30', null]],
  ['Meetings', 'Book 40 meetings per week by March 2027', [40, '2027-03-31', 'week']],
  ['Pipeline', 'Grow pipeline value to $600,000 by March 31, 2027', [600000, '2027-03-31', null]],
  ['Conversion', 'Increase conversion rate by 0.5 points by June 2027', null],
  ['Leads', 'Generate 1,200 leads in 2027', [1200, '2027-12-31', null]],
];
const FR: Goal[] = [
  ['Nouveaux comptes', 'Signer 40 nouveaux comptes d’ici le 31 décembre 2027.', [40, '2027-12-31', null]],
  ['Ventes', 'Objectif de ventes 2027 : 1,8 M€', [1800000, '2027-12-31', null]],
  ['Ventes', 'Augmenter le CA annuel de 50 000 € d’ici fin 2027', null],
  ['Ventes', 'Doubler le chiffre d’affaires d’ici juin 2027', null],
  ['Ventes', 'Augmenter les ventes de 30 % sur les trois prochains trimestres', null],
  ['Prospects', 'Augmenter les prospects de 30 % d’ici le 30 juin 2027', null],
  ['Taux de conclusion', 'Porter le taux de conclusion à 30 % d’ici fin T1 2027', [0.3, '2027-03-31', null]],
  ['Attrition', 'Réduire l’attrition à 40 % d’ici juin 2027', [0.4, '2027-06-30', null]],
  ['Rendez-vous', 'Obtenir 40 rendez-vous par semaine d’ici mars 2027', [40, '2027-03-31', 'week']],
  ['Pipeline', 'Porter le pipeline à 600 000 € d’ici le 31 mars 2027', [600000, '2027-03-31', null]],
  ['Conversion', 'Augmenter le taux de conversion de 0,5 point d’ici juin 2027', null],
  ['Prospects', 'Générer 1 200 prospects en 2027', [1200, '2027-12-31', null]],
];

describe.each([
  ['en', 'examples/sales-goals.xlsx', EN],
  ['fr', 'examples/objectifs-commerciaux.xlsx', FR],
] as const)('one story on the example workbook (%s)', (lang, file, list) => {
  const ready = (async () => {
    const emulator = await loadXlsx(file);
    const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
    const run = <T,>(name: string, ...args: unknown[]): T => emulator.runExecution(() => addon.call<T>(name, ...args));
    const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const goals = book.getSheets()[0];
    goals.getRange(2, 1, goals.getMaxRows() - 1, goals.getMaxColumns()).clearContent();
    goals.getRange(2, 1, list.length, 3).setValues(list.map(([tab, goal], i) => [`X${i + 1}`, goal, tab]));
    run('checkGoals');
    const table = goals.getDataRange().getValues();
    const header = table[0] as string[];
    const column = (pattern: RegExp): number => header.findIndex((h) => pattern.test(h));
    const series = run<{ series: SeriesSummary[] }>('sidebarGetContext').series;
    return { run, book, table, series, verdict: column(/^Verdict$/), chance: column(/^Probabilit/), score: column(/^(SMART score|Score SMART)$/) };
  })();

  it.each(list.map((goal, i) => [i + 1, ...goal] as const))('X%i %s: %s', async (row, tab, goal, wizard) => {
    const { run, book, table, series, verdict, chance, score } = await ready;
    const cells = table[row];
    const word = String(cells[verdict]);
    const id = VERDICTS.find((v) => verdictWord(v, lang) === word)!;
    expect(id).toBeDefined();
    const history = book.getSheetByName(tab)!.getDataRange().getValues().map((r) => [r[0], r[1]]);
    expect(cells[score]).toBe(SCORES[id]);
    expect(run('SMARTSCORE', goal, history, TODAY)).toBe(SCORES[id]);
    expect(run('GOALVERDICT', history, '', '', TODAY, goal)).toBe(word);
    expect(Math.abs((run<number>('ACHIEVABILITY', history, '', '', TODAY, goal)) - (cells[chance] as number))).toBeLessThanOrEqual(0.001);
    if (!wizard) return;
    const [target, deadline, period] = wizard;
    const kpi = series.find((s) => s.sheetName === tab)!;
    const live = run<AssessResponse>('sidebarAssess', { seriesId: kpi.id, sheetName: kpi.sheetName, catalogId: kpi.kpiId, baseline: null, direction: /churn|attrition/i.test(tab) ? 'decrease' : 'increase', target, deadline, aggregation: null, period });
    expect(live.verdict).toBe(id);
    expect(Math.abs(Math.min(live.probability!, 0.999) - (cells[chance] as number))).toBeLessThanOrEqual(0.001);
  });
});

/**
 * Window 33's leftover: "+10 % in Q1 FY2028" over a history with too few whole quarters falls back to the same length of
 * time just before. Check goals and SMARTSCORE take that reference from one core function (`previousWindowTotal`, called
 * by `mergeGoal` and `statementQuestion` with the same start, deadline and rows); measured on monthly rows and on a deals
 * log, the chance Check goals writes is the one the formulas give for the same sentence (ACHIEVABILITY given it as its
 * direction), and the score follows the same verdict.
 */
describe('a named quarter over too few whole quarters: one reference', () => {
  const monthly = [['Month', 'Leads'], ['2026-07-01', 400], ['2026-08-01', 437], ['2026-09-01', 430], ['2026-10-01', 425], ['2026-11-01', 441]];
  const sentences = ['Increase leads by 10% in Q1 FY2028', 'Increase leads by 50 in Q1 FY2028', 'Increase leads by 30% in Q1 FY2028'];
  it.each(['en_US', 'fr_FR'])('%s', (locale) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
    h.run('sidebarSaveSettings', { fiscalYearStartMonth: 2 });
    const goals = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
    goals.setName('Goals');
    goals.getRange(1, 1, sentences.length + 1, 3).setValues([['ID', 'Goal', 'KPI'], ...sentences.map((s, i) => [`L${i}`, s, 'Leads'])]);
    addSheet(h.emulator, 'Leads', monthly);
    h.run('checkGoals');
    const table = goals.getDataRange().getValues();
    const col = (pattern: RegExp): number => (table[0] as string[]).findIndex((x) => pattern.test(x));
    sentences.forEach((sentence, i) => {
      const row = table[i + 1];
      expect(String(row[col(/^(SMART notes|Remarques SMART)$/)])).toMatch(/the same length of time just before|la même durée juste avant/);
      const id = VERDICTS.find((v) => verdictWord(v, locale === 'en_US' ? 'en' : 'fr') === row[col(/^Verdict$/)])!;
      expect(h.run('SMARTSCORE', sentence, monthly, TODAY)).toBe(SCORES[id]);
      expect(h.run('GOALVERDICT', monthly, '', '', TODAY, sentence)).toBe(row[col(/^Verdict$/)]);
      expect(Math.abs(h.run<number>('ACHIEVABILITY', monthly, '', '', TODAY, sentence) - (row[col(/^Probabilit/)] as number))).toBeLessThanOrEqual(0.001);
    });
  });
});
