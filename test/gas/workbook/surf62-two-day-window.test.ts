/**
 * surf62 (c) (surf61's item 3, never checked): a goal whose window is two days on a daily KPI tab, across the surfaces —
 * Check goals (verdict, chance, notes), the wizard's live check, the plan report's *Required pace*, and the formulas
 * ACHIEVABILITY / GOALVERDICT given the same Start and "total", REQUIREDPACE over the window. Today 26 November 2026, a
 * daily Deals tab of 8 to 12 deals a day (about 10) through 25 November. The figures agree on every surface and are sane:
 * 25 deals over 27–28 November is a stretch (7 %), 18 over 26–27 on track (87 %), 40 over 30 November – 1 December
 * unrealistic (aim for 30), each day's quota half the target.
 * One defect found and fixed: the note on what is expected before the Start named the goal's noun with the window's
 * first words — "about 10 deals between November does not count", « environ 10 affaires entre ne compte pas » (core
 * `unitNoun` read up to three words after the target; "between" / « entre » now end the noun as "by" / « d'ici » do).
 * Through the BUILT add-on and google.script.run's rules, EN and FR.
 */
import type { AssessResponse, SidebarContext } from '../../../src/core/api';
import { addDays } from '../../../src/core/dates';
import { t } from '../../../src/core/messages';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { addSheet, GOALS_TAB } from './harness';

type Locale = 'en_US' | 'fr_FR';
const spaced = (text: unknown): string => String(text ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** 120 days to 25 November 2026, 8 to 12 deals a day. */
const DAYS = Array.from({ length: 120 }, (_, i) => [addDays('2026-07-29', i), 8 + ((i * 7) % 5)]);

interface Surfaces { check: { verdict: string; chance: string; notes: string }; wizard: { verdict: string; chance: string; pace: string }; report: string; formulas: { chance: unknown; verdict: unknown; pace: unknown } }

function surfaces(locale: Locale, kpi: string, statement: string, target: number, start: string, deadline: string): Surfaces {
  const lang = locale === 'fr_FR' ? 'fr' : 'en';
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-11-26' }));
  addSheet(emulator, kpi, [['Date', kpi], ...DAYS]);
  const tab = GOALS_TAB[locale];
  const goals = addSheet(emulator, tab.goals, [tab.cols, ['G1', statement, kpi, '', '', target, start, deadline]]);
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  call('checkGoals');
  call('generatePlanReport');
  const [head, row] = goals.getDataRange().getDisplayValues();
  const cell = (key: Parameters<typeof t>[1]): string => spaced(row[head.indexOf(t(lang, key))]);
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const shown = book.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()))!.getDataRange().getDisplayValues();
  const reported = shown.find((r) => r[0] === 'G1' && r[1].startsWith(statement));
  expect(reported).toBeDefined();
  const series = call<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === kpi)!;
  const live = call<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction: 'increase', target, deadline, aggregation: 'total', period: null, start });
  const history = [['Date', kpi], ...DAYS];
  const direction = lang === 'fr' ? 'hausse' : 'increase';
  return {
    check: { verdict: cell('col.verdict'), chance: cell('col.probability'), notes: cell('col.notes') },
    wizard: { verdict: live.verdict, chance: spaced(live.probabilityText), pace: spaced(live.paceText) },
    report: spaced(reported![4]),
    formulas: {
      chance: call('ACHIEVABILITY', history, target, deadline, '2026-11-26', direction, 'total', start),
      verdict: call('GOALVERDICT', history, target, deadline, '2026-11-26', direction, 'total', start),
      pace: call('REQUIREDPACE', 0, target, start, deadline, lang === 'fr' ? 'jour' : 'day', 'points'),
    },
  };
}

describe('surf62 (c): a two-day window on a daily tab tells one story on every surface (today 26 November 2026)', () => {
  it.each([
    ['en_US', 'Deals', 'Close 25 deals between November 27 and November 28, 2026', ['stretch', 'stretch', '7%', 0.066], '12.5 per day', 'about 10 deals) does not count'],
    ['fr_FR', 'Affaires', 'Signer 25 affaires entre le 27 et le 28 novembre 2026', ['ambitieux', 'stretch', '7 %', 0.066], '12,5 par jour', 'environ 10 affaires) ne compte pas'],
  ] as const)('%s: %s — a window ahead: one verdict, one chance, one pace; the note names the noun alone', (locale, kpi, statement, [word, verdict, chance, p], pace, note) => {
    const s = surfaces(locale, kpi, statement, 25, '2026-11-27', '2026-11-28');
    expect(s.check.verdict).toBe(word);
    expect(s.check.chance).toBe(chance);
    expect(s.wizard).toEqual({ verdict, chance, pace });
    expect(s.report).toBe(pace);
    expect(s.formulas).toEqual({ chance: p, verdict: word, pace: 12.5 });
    expect(s.check.notes).toContain(note);
  });

  it.each([
    ['en_US', 'Deals', 'Close 18 deals between November 26 and November 27, 2026', ['on track', 'on-track', '87%', 0.874], '9 per day'],
    ['fr_FR', 'Affaires', 'Signer 18 affaires entre le 26 et le 27 novembre 2026', ['en bonne voie', 'on-track', '87 %', 0.874], '9 par jour'],
  ] as const)('%s: %s — a window begun today', (locale, kpi, statement, [word, verdict, chance, p], pace) => {
    const s = surfaces(locale, kpi, statement, 18, '2026-11-26', '2026-11-27');
    expect([s.check.verdict, s.check.chance]).toEqual([word, chance]);
    expect(s.wizard).toEqual({ verdict, chance, pace });
    expect(s.report).toBe(pace);
    expect(s.formulas).toEqual({ chance: p, verdict: word, pace: 9 });
  });

  it.each([
    ['en_US', 'Deals', 'Close 40 deals between November 30 and December 1, 2026', 'Aim for 30 by December 1, 2026', 'about 40 deals) does not count'],
    ['fr_FR', 'Affaires', 'Signer 40 affaires entre le 30 novembre et le 1er décembre 2026', 'Visez plutôt 30 d’ici le 1er décembre 2026', 'environ 40 affaires) ne compte pas'],
  ] as const)('%s: %s — twice a day’s pace in two days is unrealistic; its suggestion is two days’ worth', (locale, kpi, statement, aim, note) => {
    const s = surfaces(locale, kpi, statement, 40, '2026-11-30', '2026-12-01');
    expect(s.formulas.chance).toBe(0.001);
    expect(s.check.notes).toContain(aim);
    expect(s.check.notes).toContain(note);
    expect(s.report).toBe(locale === 'fr_FR' ? '20 par jour' : '20 per day');
  });
});
