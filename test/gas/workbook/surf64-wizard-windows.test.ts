/**
 * surf64 (d) and (e), mend63f's leftovers, through the BUILT add-on on 15 January 2027, EN and FR, over a monthly Deals tab.
 * (d) One refusal in two date styles in one wizard: a Start after the Deadline was "The deadline (Jun 30, 2027) is before
 * the start (Sep 1, 2027)." in the live panel (its short style, for the chart's axis) and "… (June 30, 2027) … (September
 * 1, 2027)." on Add goal. The sentence is now written in full on every surface, as Check goals and REQUIREDPACE write it.
 * (e) Add driver goals under an existing parent wrote rows whose Deadline had passed (`appendGoals` does not run
 * `addGoalProblem` there): refused now with Add goal's sentence, naming today, before any row is written.
 */
import type { SidebarContext } from '../../../src/core/api';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { addSheet, GOALS_TAB, meetingDraft } from './harness';

type Locale = 'en_US' | 'fr_FR';
const spaced = (text: unknown): string => String(text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const month = (i: number): string => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const DEALS = Array.from({ length: 24 }, (_, i) => [month(i), 97 + ((i * 3) % 5)]);

function refusal(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return spaced((error as Error).message);
  }
  return 'not refused';
}

function book(locale: Locale) {
  const lang = locale === 'fr_FR' ? 'fr' : 'en';
  const kpi = lang === 'fr' ? 'Affaires' : 'Deals';
  const statement = lang === 'fr' ? 'Signer 300 affaires' : 'Close 300 deals';
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2027-01-15' }));
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  addSheet(emulator, kpi, [['Date', kpi], ...DEALS]);
  const tab = GOALS_TAB[locale];
  const goals = addSheet(emulator, tab.goals, [tab.cols, ['G1', statement, kpi, '', '', 300, '', '2027-06-30']]);
  return { call, goals, kpi, statement } as const;
}

describe('surf64 (d): the wizard writes a Start after the Deadline’s refusal in one date style', () => {
  it.each([
    ['en_US', 'The deadline (June 30, 2027) is before the start (September 1, 2027).'],
    ['fr_FR', 'L’échéance (30 juin 2027) précède le début (1er septembre 2027).'],
  ] as const)('%s: the live check, the plan-drivers step and Add goal say the same words', (locale, sentence) => {
    const w = book(locale);
    const series = w.call<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === w.kpi)!;
    const request = { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, kpiName: w.kpi, baseline: null, direction: 'increase', target: 300, deadline: '2027-06-30', aggregation: 'total', period: null, start: '2027-09-01' };
    expect(refusal(() => w.call('sidebarAssess', request))).toBe(sentence);
    expect(refusal(() => w.call('sidebarPlanDrivers', request))).toBe(sentence);
    const draft = { ...meetingDraft(w.statement), start: '2027-09-01', deadline: '2027-06-30', target: 300 };
    expect(refusal(() => w.call('sidebarAddGoal', { draft, targetLevel: 300 }))).toBe(sentence);
  });
});

describe('surf64 (e): Add driver goals under an existing parent refuses a Deadline already passed', () => {
  it.each([
    ['en_US', 'The deadline (January 10, 2027) is before January 15, 2027.'],
    ['fr_FR', 'L’échéance (10 janvier 2027) précède le 15 janvier 2027.'],
  ] as const)('%s: Add goal’s sentence, nothing written', (locale, sentence) => {
    const w = book(locale);
    const before = w.goals.getDataRange().getValues();
    const drivers = { parent: null, parentId: 'G1', goals: [{ statement: 'Book 40 meetings', target: 40, kpi: 'Meetings' }], owner: 'A', start: null, deadline: '2027-01-10' };
    expect(refusal(() => w.call('sidebarAddDriverGoals', drivers))).toBe(sentence);
    expect(refusal(() => w.call('sidebarAddGoal', { draft: { ...meetingDraft(w.statement), start: null, deadline: '2027-01-10', target: 300 }, targetLevel: 300 }))).toBe(sentence);
    expect(w.goals.getDataRange().getValues()).toEqual(before);
  });

  it.each(['en_US', 'fr_FR'] as const)('near miss %s: a Deadline still to come writes the driver goal under G1', (locale) => {
    const w = book(locale);
    const drivers = { parent: null, parentId: 'G1', goals: [{ statement: 'Book 40 meetings', target: 40, kpi: 'Meetings' }], owner: 'A', start: null, deadline: '2027-06-30' };
    const added = w.call<{ added: unknown[] }>('sidebarAddDriverGoals', drivers).added;
    expect(added).toHaveLength(1);
    expect(w.goals.getDataRange().getValues()).toHaveLength(3);
  });
});
