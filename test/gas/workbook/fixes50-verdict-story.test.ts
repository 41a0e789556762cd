/**
 * fixes50 (issue 11, "Define the verdicts so the words and the numbers agree, and show why"), through the BUILT bundle on
 * the example workbook, in French and English. For the same goal, every surface says the same word, the same chance and
 * the same line saying why that word fits that chance (core `verdictStory`): Check goals (Verdict and Probability
 * columns, notes — a realistic goal too, where « réaliste, ✓ OK » sat beside 15 % with no word of why), the plan report
 * (its achievability table and recommendations), the wizard (badge, "Chance at the current pace", first reason) and the
 * formulas (GOALVERDICT's word, ACHIEVABILITY's number). An unrealistic goal's suggestion says by when on every surface
 * that shows it (« Visez plutôt 3,4 % » beside a 3,56 % target by 31/12/2026).
 */
import type { AssessResponse, SeriesSummary } from '../../../src/core/api';
import { chanceForCell, verdictWord } from '../../../src/core/achievability';
import { t } from '../../../src/core/messages';
import { en as sidebarEn, fr as sidebarFr } from '../../../src/core/messages/sidebar';
import { translator } from '../../../src/core/messages/translate';
import { WHY_LINE_CHARS } from '../../../src/core/plan';
import { harness, TODAY } from './harness';

const CASES = [
  {
    locale: 'en_US', lang: 'en', goals: 'Goals', verdict: 'Verdict', probability: 'Probability', notes: 'SMART notes', flag: 'Check',
    // A close rate 24.4 % today, 27 % by the end of January: realistic at about one chance in ten.
    realistic: ['R1', 'Raise our weekly close rate to 27% by January 31, 2027', 'Close rate', 'Alice', '', '27%', '', '1/31/2027'],
    chanceLabel: 'Chance at the current pace: ', g4Aim: 'Aim for 3.4% by December 31, 2026 instead.', g4Fix: 'Lower the target to 3.4% by December 31, 2026:', g2By: 'by Dec 6',
  },
  {
    locale: 'fr_FR', lang: 'fr', goals: 'Objectifs', verdict: 'Verdict', probability: 'Probabilité', notes: 'Remarques SMART', flag: 'Contrôle',
    realistic: ['R1', 'Porter notre taux de conclusion hebdomadaire à 27 % d’ici le 31 janvier 2027', 'Taux de conclusion', 'Alice', '', '27 %', '', '31/01/2027'],
    chanceLabel: 'Chance au rythme actuel\u202f: ', g4Aim: 'Visez plutôt 3,4\u202f% d’ici le 31 décembre 2026.', g4Fix: 'Abaissez la cible à 3,4\u202f% d’ici le 31 décembre 2026\u202f:', g2By: 'd’ici le 6 déc.',
  },
] as const;

/** The wizard's own catalog (the sidebar page's), as `src/sidebar/ui.ts` translates it. */
const tr = translator({ en: sidebarEn, fr: sidebarFr });

/** The line as a note says it after "Achievable: " (French lower-cases its first letter there). */
const inNote = (line: string, lang: 'en' | 'fr'): string => (lang === 'fr' ? line.charAt(0).toLowerCase() + line.slice(1) : line);

describe.each(CASES)('one verdict story on every surface ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  h.run('insertExampleWorkbook');
  const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const sheet = book.getSheetByName(c.goals)!;
  sheet.getRange(sheet.getLastRow() + 1, 1, 1, c.realistic.length).setValues([[...c.realistic]]);
  h.run('checkGoals');
  h.run('generatePlanReport');
  const goals = sheet.getDataRange().getValues();
  const cell = (id: string, header: string): unknown => goals.find((r) => r[0] === id)?.[(goals[0] as string[]).indexOf(header)];
  const report = book.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()))!.getDataRange().getValues();
  const reportCells = report.flat().map(String);
  /** The achievability table's row of a goal: the one whose probability cell is a number. */
  const achievabilityRow = (id: string): unknown[] => report.find((r) => r[0] === id && typeof r[4] === 'number')!;
  /**
   * The rows under a goal's achievability row: text in B alone (A and C–G empty), each at most WHY_LINE_CHARS, run over
   * C–G unwrapped (fixes55: under the statement, wrapped in B, the line made the rows 3–6 times taller).
   */
  const whyRows = (id: string): string[] => {
    const at = report.findIndex((r) => r[0] === id && typeof r[4] === 'number');
    const out: string[] = [];
    for (let r = at + 1; r < report.length && report[r][0] === '' && typeof report[r][1] === 'string' && report[r][1] !== '' && report[r].slice(2, 7).every((v) => v === ''); r++) out.push(String(report[r][1]));
    return out;
  };
  const reportSheet = book.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()))!;
  const wrapsOf = (id: string): boolean[] => {
    const at = report.findIndex((r) => r[0] === id && typeof r[4] === 'number');
    return reportSheet.getRange(at + 2, 2, whyRows(id).length, 1).getWraps().map((r) => r[0]);
  };
  const context = h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
  const close = context.series.find((s) => s.kpiId === 'close_rate')!;
  const closeColumn = book.getSheetByName(close.sheetName)!.getDataRange().getValues().map((r) => [r[0], r[1]]);
  const wizard = (target: number, deadline: string): AssessResponse =>
    h.run<AssessResponse>('sidebarAssess', { seriesId: close.id, sheetName: close.sheetName, catalogId: close.kpiId, baseline: close.defaultBaseline, direction: 'increase', target, deadline, aggregation: null });

  it.each([
    ['R1', 0.27, '2027-01-31', 'realistic'],
    ['G1', 0.3, '2026-12-06', 'stretch'],
    ['G2', 0.5, '2026-12-06', 'unrealistic'],
  ] as const)('%s: the same word, chance and why in Check goals, the report, the wizard and the formulas', (id, target, deadline, expected) => {
    const answer = wizard(target, deadline);
    expect(answer.verdict).toBe(expected);
    const word = verdictWord(expected, c.lang);
    // The word: Check goals' column, the report's table, the wizard's badge (the same catalog key), GOALVERDICT.
    expect(cell(id, c.verdict)).toBe(word);
    expect(achievabilityRow(id)[5]).toBe(word);
    expect(t(c.lang, `verdict.${answer.verdict}`)).toBe(word);
    // Header-less and no direction: an unrealistic rise the levels read is said after the word (review 31).
    expect(String(h.run('GOALVERDICT', closeColumn, target, deadline, TODAY)).split(' — ')[0]).toBe(word);
    // The chance: one probability on every surface, in a cell to a tenth of a percent (fixes59: Check goals' column and
    // the report's table, as the formulas write it).
    expect(cell(id, c.probability)).toBe(chanceForCell(answer.probability as number));
    expect(achievabilityRow(id)[4]).toBe(chanceForCell(answer.probability as number));
    // In a cell to a tenth of a percent (fixes56, core `chanceForCell`).
    expect(h.run('ACHIEVABILITY', closeColumn, target, deadline, TODAY)).toBe(chanceForCell(answer.probability as number));
    // The line: the wizard's first reason, with the chance it shows; Check goals' notes; the report under the goal.
    const line = answer.reasons[0];
    expect(line.startsWith(word.charAt(0).toUpperCase() + word.slice(1))).toBe(true);
    expect(line).toContain(answer.probabilityText);
    expect(String(cell(id, c.notes))).toContain(inNote(line, c.lang));
    // The report's table gives the word and the chance; its statement cell stays the statement (the rows stay short), and
    // the line follows on rows of its own, unwrapped over B–G (fixes55: it was left out of the report).
    expect(String(achievabilityRow(id)[1])).not.toContain('\n');
    const rows = whyRows(id);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.join(' ')).toBe(line);
    for (const text of rows) expect(text.length).toBeLessThanOrEqual(WHY_LINE_CHARS);
    expect(wrapsOf(id).every((wrap) => !wrap)).toBe(true);
  });

  it('a realistic goal is ✓ OK and says why beside its chance; the wizard names the chance for what it is', () => {
    expect(cell('R1', c.flag)).toBe(t(c.lang, 'check.flag.ok'));
    const answer = wizard(0.27, '2027-01-31');
    expect(answer.probability!).toBeLessThan(0.5);
    expect(answer.reasons[0]).toContain(c.lang === 'en' ? 'at the current pace: inside the 80% range' : 'au rythme actuel\u202f: dans la fourchette à 80\u202f%');
    expect(tr(c.lang, 'sidebar.assess.probability', { probability: answer.probabilityText! })).toBe(`${c.chanceLabel}${answer.probabilityText}`);
  });

  it('the example’s windowed total N (realistic, 15 %) says the same line in Check goals and under it in the report', () => {
    expect(cell('N', c.verdict)).toBe(verdictWord('realistic', c.lang));
    const line = whyRows('N').join(' ');
    expect(line).toContain(c.lang === 'en' ? '15% chance at the current pace' : '15\u202f% de chances au rythme actuel');
    expect(String(cell('N', c.notes))).toContain(inNote(line, c.lang));
    expect(Math.round(Number(achievabilityRow('N')[4]) * 100)).toBe(15);
    // An on-track goal has no line under it (its chance says enough): S-Q1's row is followed by the next goal (N-Q1, on
    // track when its quarter was judged as the total from today less the weeks before it, is realistic as the quarter's
    // own total since review 30).
    expect(cell('S-Q1', c.verdict)).toBe(verdictWord('on-track', c.lang));
    expect(whyRows('S-Q1')).toEqual([]);
  });

  it('a suggestion says by when: Check goals’ note, the report’s fix and the wizard', () => {
    expect(String(cell('G4', c.notes))).toContain(c.g4Aim);
    expect(reportCells.some((text) => text.startsWith(c.g4Fix))).toBe(true);
    const answer = wizard(0.5, '2026-12-06');
    expect(answer.suggestedBy).toBe('2026-12-06');
    expect(tr(c.lang, 'sidebar.assess.suggestedBy', { value: answer.suggestedTargetText!, date: c.lang === 'en' ? 'Dec 6' : '6 déc.' })).toContain(c.g2By);
  });

  it('the seed example holds: ~25 % close rate, 30 % next week sensible, 50 % over-ambitious', () => {
    expect([verdictWord('realistic', c.lang), verdictWord('stretch', c.lang)]).toContain(cell('G1', c.verdict));
    expect(cell('G2', c.verdict)).toBe(verdictWord('unrealistic', c.lang));
  });
});
