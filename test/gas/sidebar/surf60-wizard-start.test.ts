/**
 * surf60, item 1: the wizard's live check judges the row it will write. Add goal writes Start = today (the draft's Start
 * when it has one), so a total whose window from today is part of one period of its KPI tab is ruling W1's (docs/
 * ARCHITECTURE.md, "A goal's window"): Check goals answers "insufficient data" with the sentence naming the window — and
 * the wizard must say the same, not "on track" from a request that carried no Start. Through the BUILT add-on and
 * google.script.run's rules (src/local/script-run.ts: the Start crosses as an ISO day string), EN and FR, today
 * 2026-11-26 (a Thursday).
 */
import type { AddGoalResponse, AssessResponse, EvaluateResponse, GoalDraft, SidebarContext } from '../../../src/core/api';
import { chanceForCell } from '../../../src/core/achievability';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { generateSentence } from '../../../src/sidebar/sentence';
import { emptyDraft } from '../../../src/sidebar/steps';
import { addSheet, TODAY } from '../workbook/harness';

const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
const day = (iso: string, shift: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
/** Weekly deals dated Mondays, the last Mon 16 November 2026; monthly deals December 2024 – October 2026. */
const WEEKLY = [['Week', 'New deals'], ...Array.from({ length: 60 }, (_, i) => [day('2026-11-16', -7 * (59 - i)), 90 + ((i * 7) % 19)])];
const MONTHLY = [['Month', 'Deals'], ...Array.from({ length: 23 }, (_, i) => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, 95 + ((i * 5) % 11)])];

/** [id, tab, target, deadline, the window as W1's sentence names it (EN, FR), and in the wizard's short dates (EN, FR)]. */
const PARTIAL: ReadonlyArray<[string, 'Weekly' | 'Monthly', number, string, string, string, string, string]> = [
  ['four days of a week', 'Weekly', 40, '2026-11-29', '(November 26, 2026 – November 29, 2026)', '(du 26 au 29 novembre 2026)', '(Nov 26, 2026 – Nov 29, 2026)', '(du 26 au 29 nov. 2026)'],
  ['two days of a month', 'Monthly', 30, '2026-11-27', '(November 26, 2026 – November 27, 2026)', '(du 26 au 27 novembre 2026)', '(Nov 26, 2026 – Nov 27, 2026)', '(du 26 au 27 nov. 2026)'],
];

describe.each(['en', 'fr'] as const)('surf60: the wizard judges the Start its row will get (%s)', (lang) => {
  const emulator = createEmulator({ spreadsheetLocale: lang === 'fr' ? 'fr_FR' : 'en_US', userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  addSheet(emulator, 'Weekly', WEEKLY);
  addSheet(emulator, 'Monthly', MONTHLY);
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  const context = call<SidebarContext>('sidebarGetContext');
  const draftOn = (tab: string, target: number, deadline: string): GoalDraft => {
    const series = context.series.find((s) => s.sheetName === tab)!;
    const draft: GoalDraft = {
      ...emptyDraft(),
      kpi: { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, name: series.name, unit: series.unit, aggregation: series.aggregation, lowerIsBetter: false, currency: series.currency ?? null },
      direction: 'increase',
      target,
      deadline,
    };
    return { ...draft, statement: generateSentence(draft, lang) };
  };
  /** What the wizard shows (its live check, as the page sends it: the Start the row will get), then what Check goals writes. */
  const both = (draft: GoalDraft) => {
    const kpi = draft.kpi!;
    const live = call<AssessResponse>('sidebarAssess', { seriesId: kpi.seriesId, sheetName: kpi.sheetName, catalogId: kpi.catalogId, baseline: null, direction: 'increase', target: draft.target, deadline: draft.deadline, aggregation: kpi.aggregation, start: context.today });
    const review = call<EvaluateResponse>('sidebarEvaluate', { text: draft.statement, draft, targetLevel: draft.target }).criteria.find((c) => c.id === 'achievable')!;
    const added = call<AddGoalResponse>('sidebarAddGoal', { draft, targetLevel: draft.target });
    call('checkGoals');
    const sheet = emulator.spreadsheet.getSheetByName(added.sheetName)!;
    const [head, ...rows] = sheet.getDataRange().getValues();
    const shown = sheet.getDataRange().getDisplayValues()[added.row - 1].map(spaced);
    const cell = (...names: string[]): unknown => rows[added.row - 2][head.findIndex((h) => names.includes(String(h)))];
    return { live, review, cell, line: shown.join(' | ') };
  };

  it('sends no Date across google.script.run: the context gives today as an ISO day, the Start the row gets', () => {
    expect(context.today).toBe(TODAY);
  });

  it.each(PARTIAL)('%s from today: W1 in the wizard as in Check goals — insufficient data, no chance, no suggestion, the sentence', (_id, tab, target, deadline, en, fr, shortEn, shortFr) => {
    const ownWord = { Weekly: { en: 'week', fr: 'semaine' }, Monthly: { en: 'month', fr: 'mois' } }[tab][lang];
    const because = (window: string): string => (lang === 'fr' ? `L’onglet relève le KPI par ${ownWord} : un objectif qui n’en couvre qu’une partie ${window} ne peut pas y être jugé.` : `The tab records the KPI by ${ownWord}, so a goal over part of a ${ownWord} ${window} cannot be judged from it.`);
    const sentence = because(lang === 'fr' ? fr : en);
    // The wizard writes its dates short, as its other notes (the per-period window's): the same sentence.
    const wizardSentence = because(lang === 'fr' ? shortFr : shortEn);
    const { live, review, cell, line } = both(draftOn(tab, target, deadline));
    // The row: Start = today, W1's answer.
    expect(cell('Start', 'Début')).toBeInstanceOf(Date);
    expect(cell('Verdict')).toBe(lang === 'fr' ? 'données insuffisantes' : 'insufficient data');
    // In the row's note the sentence follows « Atteignable : », lower-case in French (audit61: a clause after a colon).
    expect(line).toContain(lang === 'fr' ? `Atteignable : ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence);
    // The wizard: the same answer, the same sentence, nothing suggested.
    expect(live.verdict).toBe('insufficient-data');
    expect(live.probability).toBeNull();
    expect(live.probabilityText).toBeNull();
    expect(live.suggestedTarget).toBeNull();
    expect(live.reasons.map(spaced)).toEqual([wizardSentence]);
    // The Review step's Achievable line says what the A column says.
    expect(review.statusLabel).toBe(cell('A – Achievable', 'A – Atteignable'));
    expect(spaced(review.message)).toBe(sentence);
  });

  it('a longer total from today: the wizard’s chance, verdict and suggestion are the ones Check goals writes', () => {
    const { live, cell } = both(draftOn('Monthly', 600, '2027-03-31'));
    expect(live.probability).not.toBeNull();
    expect(cell('Probability', 'Probabilité')).toBe(chanceForCell(live.probability!));
    expect(live.suggestedTarget === null ? '' : live.suggestedTarget).toBe(cell('Suggested target', 'Cible suggérée'));
  });

  it('an older page that sends no Start is judged from today, the Start Add goal writes', () => {
    const draft = draftOn('Monthly', 30, '2026-11-27');
    const kpi = draft.kpi!;
    const live = call<AssessResponse>('sidebarAssess', { seriesId: kpi.seriesId, sheetName: kpi.sheetName, catalogId: kpi.catalogId, baseline: null, direction: 'increase', target: 30, deadline: '2026-11-27', aggregation: kpi.aggregation });
    expect(live.verdict).toBe('insufficient-data');
    expect(live.probability).toBeNull();
  });
});
