/**
 * mend64f, surf64's review (findings 1 and 7), through the BUILT add-on on 15 January 2027, EN and FR, over a monthly Deals tab.
 * (1) A Start after a Deadline already passed (Start 1 February, Deadline 10 January 2027): Add goal, the live check and
 * the plan-drivers step said "… is before the start (February 1, 2027)." but Add driver goals "… is before January 15,
 * 2027." — one input, two sentences. The Start as sent is checked first there too, as Add goal's `newGoalOf` does; a
 * passed Deadline with no Start still names today.
 * (7) The live panel wrote a passed Deadline's reason in its short style ("Deadline passed (Jan 10, 2027)", « 10 janv.
 * 2027 ») where Add goal then writes "January 10, 2027": in full now, as every refusal of the wizard.
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
  const series = call<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === kpi)!;
  const assessRequest = (start: string | null, deadline: string) => ({ seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, kpiName: kpi, baseline: null, direction: 'increase', target: 300, deadline, aggregation: 'total', period: null, start });
  return { call, goals, statement, assessRequest, lang } as const;
}

const DRIVER = [{ statement: 'Book 40 meetings', target: 40, kpi: 'Meetings' }];

describe('mend64f (1): a Start after a passed Deadline, one sentence on every wizard surface', () => {
  it.each([
    ['en_US', 'The deadline (January 10, 2027) is before the start (February 1, 2027).'],
    ['fr_FR', 'L’échéance (10 janvier 2027) précède le début (1er février 2027).'],
  ] as const)('%s: Add goal, the live check, plan drivers and Add driver goals (existing or new parent)', (locale, sentence) => {
    const w = book(locale);
    const before = w.goals.getDataRange().getValues();
    const draft = (statement: string, target: number) => ({ draft: { ...meetingDraft(statement), start: '2027-02-01', deadline: '2027-01-10', target }, targetLevel: target });
    expect(refusal(() => w.call('sidebarAddGoal', draft(w.statement, 300)))).toBe(sentence);
    expect(refusal(() => w.call('sidebarAssess', w.assessRequest('2027-02-01', '2027-01-10')))).toBe(sentence);
    expect(refusal(() => w.call('sidebarPlanDrivers', w.assessRequest('2027-02-01', '2027-01-10')))).toBe(sentence);
    const window = { goals: DRIVER, owner: 'A', start: '2027-02-01', deadline: '2027-01-10' };
    expect(refusal(() => w.call('sidebarAddDriverGoals', { ...window, parent: null, parentId: 'G1' }))).toBe(sentence);
    const parent = draft(w.lang === 'fr' ? 'Signer 400 affaires' : 'Close 400 deals', 400);
    expect(refusal(() => w.call('sidebarAddDriverGoals', { ...window, parentId: null, parent }))).toBe(sentence);
    expect(w.goals.getDataRange().getValues()).toEqual(before);
  });

  it.each([
    ['en_US', 'The deadline (January 10, 2027) is before January 15, 2027.'],
    ['fr_FR', 'L’échéance (10 janvier 2027) précède le 15 janvier 2027.'],
  ] as const)('near miss %s: a passed Deadline with no Start (or a Start before it) still names today', (locale, sentence) => {
    const w = book(locale);
    for (const start of [null, '2027-01-02']) expect(refusal(() => w.call('sidebarAddDriverGoals', { goals: DRIVER, owner: 'A', start, deadline: '2027-01-10', parent: null, parentId: 'G1' }))).toBe(sentence);
  });
});

describe('mend64f (7): the live panel writes a passed Deadline in full, as Add goal then does', () => {
  it.each([
    ['en_US', 'Deadline passed (January 10, 2027)', /Jan 10/],
    ['fr_FR', 'Échéance dépassée (10 janvier 2027)', /janv\./],
  ] as const)('%s: the reason names the Deadline with its month in full', (locale, words, short) => {
    const w = book(locale);
    const reasons = spaced(w.call<{ reasons: string[] }>('sidebarAssess', w.assessRequest(null, '2027-01-10')).reasons.join(' '));
    expect(reasons).toContain(words);
    expect(reasons).not.toMatch(short);
  });

  it.each([
    ['en_US', 'by Jul 31, 2027 (80% range'],
    ['fr_FR', 'au 31 juil. 2027 (fourchette à 80 %'],
  ] as const)('near miss %s: a Deadline to come keeps the panel’s short style (the chart’s)', (locale, words) => {
    const w = book(locale);
    const request = { ...w.assessRequest(null, '2027-07-31'), aggregation: 'level' };
    expect(spaced(w.call<{ reasons: string[] }>('sidebarAssess', request).reasons.join(' '))).toContain(words);
  });
});
