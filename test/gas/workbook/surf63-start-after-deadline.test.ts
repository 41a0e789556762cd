/**
 * surf63 (c): a Start after the Deadline, in the wizard. Check goals refuses such a row with REQUIREDPACE's message and no
 * chance (surf57, surf58); the wizard's live check (`sidebarAssess`) judged it "on-track, 50 per month" and Add goal
 * refused it with another sentence ("The deadline (…) is before September 1, 2027", today's wording). Now both refuse it
 * with the one message every other surface gives, in the sheet's language, and nothing is written. Through the BUILT
 * add-on and google.script.run's rules, EN and FR, on 15 January 2027 over a monthly Deals tab.
 */
import type { SidebarContext } from '../../../src/core/api';
import { t } from '../../../src/core/messages';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { addSheet, GOALS_TAB, meetingDraft } from './harness';

type Locale = 'en_US' | 'fr_FR';
const month = (i: number): string => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const DEALS = Array.from({ length: 24 }, (_, i) => [month(i), 97 + ((i * 3) % 5)]);

/** The message a call is refused with, its no-break spaces as plain ones. */
function refusal(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message.replace(/[\u00a0\u202f]/g, ' ');
  }
  return 'not refused';
}

function workbook(locale: Locale) {
  const lang = locale === 'fr_FR' ? 'fr' : 'en';
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2027-01-15' }));
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  const kpi = lang === 'fr' ? 'Affaires' : 'Deals';
  addSheet(emulator, kpi, [['Date', kpi], ...DEALS]);
  const tab = GOALS_TAB[locale];
  const statement = lang === 'fr' ? 'Signer 300 affaires' : 'Close 300 deals';
  const goals = addSheet(emulator, tab.goals, [tab.cols, ['G1', statement, kpi, '', '', 300, '2027-09-01', '2027-06-30']]);
  return { lang, emulator, call, kpi, goals, statement } as const;
}

describe('surf63 (c): the wizard refuses a Start after the Deadline as Check goals and REQUIREDPACE do', () => {
  it.each([
    ['en_US', 'The deadline (June 30, 2027) is before the start (September 1, 2027).'],
    ['fr_FR', 'L’échéance (30 juin 2027) précède le début (1er septembre 2027).'],
  ] as const)('%s: the live check, Add goal, Check goals and REQUIREDPACE say one sentence', (locale, sentence) => {
    const w = workbook(locale);
    // Check goals: the row flagged, no chance (surf57).
    w.call('checkGoals');
    const [head, row] = w.goals.getDataRange().getDisplayValues();
    expect(row[head.indexOf(t(w.lang, 'col.notes'))]).toContain(sentence);
    expect(row[head.indexOf(t(w.lang, 'col.probability'))]).toBe('');
    expect(() => w.call('REQUIREDPACE', 0, 300, new Date(Date.UTC(2027, 8, 1)), new Date(Date.UTC(2027, 5, 30)))).toThrow(sentence);
    // The wizard's live check: refused, not "on-track, 50 per month"; its dates in full, as Add goal's (surf64: it wrote
    // the live panel's short style, "Jun 30, 2027", one refusal in two styles in one wizard).
    const series = w.call<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === w.kpi)!;
    const request = { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction: 'increase', target: 300, deadline: '2027-06-30', aggregation: 'total', period: null };
    expect(refusal(() => w.call('sidebarAssess', { ...request, start: '2027-09-01' }))).toBe(sentence);
    // The same request without the Start is judged (the refusal is the Start's, not the request's).
    expect(w.call<{ verdict: string }>('sidebarAssess', request).verdict).toBe('on-track');
    // Add goal: refused with that sentence, the Goals tab untouched.
    const before = w.goals.getDataRange().getValues();
    const draft = { ...meetingDraft(w.statement), start: '2027-09-01', deadline: '2027-06-30', target: 300 };
    expect(() => w.call('sidebarAddGoal', { draft, targetLevel: 300 })).toThrow(sentence);
    expect(w.goals.getDataRange().getValues()).toEqual(before);
  });

  it.each([
    ['en_US', 'The deadline (January 10, 2027) is before January 15, 2027.'],
    ['fr_FR', 'L’échéance (10 janvier 2027) précède le 15 janvier 2027.'],
  ] as const)('near miss %s: a Deadline already passed (Start before it) keeps its own sentence, today named', (locale, sentence) => {
    const w = workbook(locale);
    const draft = { ...meetingDraft(w.statement), start: '2027-01-01', deadline: '2027-01-10', target: 300 };
    expect(() => w.call('sidebarAddGoal', { draft, targetLevel: 300 })).toThrow(sentence);
  });
});
