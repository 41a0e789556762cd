/**
 * mend63f: the review of surf63 (docs/MEASUREMENTS.md 'mend63f'). Through the BUILT add-on on 15 January 2027, EN and FR.
 * (4) Without a Start, a passed Deadline is refused naming today, as before surf63 — not "before the start (today)": the
 * wizard never sends a Start, the server fills in today (mend60f's stale-today case: the sidebar open overnight).
 * (1) A fewer-is-better amount kept under a bare figure ("under 40000 this year" on a "Churned MRR" tab) stays a level in
 * the formulas, as Check goals reads it: the kept-under total is a count's, the unit the header's when the sentence has none.
 * (2) A window of one calendar period ("in 2027", « en 2027 », "in Q1 2027", "this fiscal year") is that period's total in
 * the formulas as in Check goals: one core predicate (`keptUnderAsksTotal`) with the sentence's start and deadline.
 * (3) Typing "total" beside a count sentence is not refused as a rate's; "total" asks a sum only beside the figure
 * ("in total", « au total », "a total of 400"), not "total revenue"; « comme ce trimestre » names no window.
 */
import type { SidebarContext } from '../../../src/core/api';
import { t, type MessageKey } from '../../../src/core/messages';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { addSheet, GOALS_TAB, meetingDraft } from './harness';

type Locale = 'en_US' | 'fr_FR';
const spaced = (text: unknown): string => String(text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const month = (i: number): string => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const CHURN = Array.from({ length: 24 }, (_, i) => [month(i), 52 - Math.floor(i / 2)]);
const MRR = Array.from({ length: 24 }, (_, i) => [month(i), 5200 - 45 * i]);
const DEALS = Array.from({ length: 24 }, (_, i) => [month(i), 97 + ((i * 3) % 5)]);

function refusal(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return spaced((error as Error).message);
  }
  return 'not refused';
}

function book(locale: Locale, kpi: string, rows: unknown[][], goal: unknown[]) {
  const lang = locale === 'fr_FR' ? 'fr' : 'en';
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2027-01-15' }));
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  addSheet(emulator, kpi, [['Date', kpi], ...rows]);
  const tab = GOALS_TAB[locale];
  const goals = addSheet(emulator, tab.goals, [tab.cols, goal]);
  return { lang, call, goals } as const;
}

/** Check goals' verdict and the formulas' (GOALVERDICT, ACHIEVABILITY) given the sentence, `aggregation` if any. */
function readings(locale: Locale, kpi: string, rows: unknown[][], statement: string, target: number, deadline: string, aggregation = ''): { check: string; formulas: unknown[] } {
  const w = book(locale, kpi, rows, ['G1', statement, kpi, '', '', target, '', '']);
  w.call('checkGoals');
  const [head, row] = w.goals.getDataRange().getDisplayValues();
  const col = (key: MessageKey): string => spaced(row[head.indexOf(t(w.lang, key))]);
  const history = [['Date', kpi], ...rows];
  const safe = (name: string): unknown => {
    try {
      const value = w.call<unknown>(name, history, target, deadline, '2027-01-15', statement, aggregation);
      return typeof value === 'string' ? spaced(value) : value;
    } catch (error) {
      return `refused: ${spaced((error as Error).message)}`;
    }
  };
  return { check: col('col.verdict'), formulas: [safe('GOALVERDICT'), safe('ACHIEVABILITY')] };
}

describe('mend63f (4): a passed Deadline without a Start names today, not "the start"', () => {
  it.each([
    ['en_US', 'The deadline (January 10, 2027) is before January 15, 2027.', 'The deadline (June 30, 2027) is before the start (September 1, 2027).'],
    ['fr_FR', 'L’échéance (10 janvier 2027) précède le 15 janvier 2027.', 'L’échéance (30 juin 2027) précède le début (1er septembre 2027).'],
  ] as const)('%s: Add goal, the live check and the drivers step', (locale, passed, reversed) => {
    const kpi = locale === 'fr_FR' ? 'Affaires' : 'Deals';
    const statement = locale === 'fr_FR' ? 'Signer 300 affaires' : 'Close 300 deals';
    const w = book(locale, kpi, DEALS, ['G1', statement, kpi, '', '', 300, '', '2027-06-30']);
    const before = w.goals.getDataRange().getValues();
    // The wizard's draft: no Start (draft.start null), a Deadline already passed.
    const draft = { ...meetingDraft(statement), start: null, deadline: '2027-01-10', target: 300 };
    expect(refusal(() => w.call('sidebarAddGoal', { draft, targetLevel: 300 }))).toBe(passed);
    // Near miss: a Start sent after the Deadline keeps REQUIREDPACE's sentence.
    expect(refusal(() => w.call('sidebarAddGoal', { draft: { ...draft, start: '2027-09-01', deadline: '2027-06-30' }, targetLevel: 300 }))).toBe(reversed);
    // Driver goals under an existing parent (review finding 5's gap: `appendGoals` skips `addGoalProblem` there): a Start
    // sent after the Deadline is refused before anything is written.
    const drivers = { parent: null, parentId: 'G1', goals: [{ statement: 'Book 40 meetings', target: 40, kpi: 'Meetings' }], owner: 'A', start: '2027-09-01', deadline: '2027-06-30' };
    expect(refusal(() => w.call('sidebarAddDriverGoals', drivers))).toBe(reversed);
    expect(w.goals.getDataRange().getValues()).toEqual(before);
    // The live check and the plan-drivers step: no Start sent, so nothing is "before the start".
    const series = w.call<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === kpi)!;
    const request = { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, kpiName: kpi, baseline: null, direction: 'increase', target: 300, deadline: '2027-01-10', aggregation: 'total', period: null };
    expect(refusal(() => w.call('sidebarAssess', request))).toBe('not refused');
    expect(refusal(() => w.call('sidebarPlanDrivers', request))).toBe('not refused');
  });
});

describe('mend63f (1): an amount kept under a bare figure stays a level in the formulas, as in Check goals', () => {
  it.each([
    ['en_US', 'Churned MRR', 'Keep churned MRR under 40000 this year', 'on track'],
    ['fr_FR', 'CA perdu', 'Garder le CA perdu sous 40 000 cette année', 'en bonne voie'],
  ] as const)('%s: %s', (locale, kpi, statement, verdict) => {
    const r = readings(locale, kpi, MRR, statement, 40000, '2027-12-31');
    expect(r.check).toBe(verdict);
    expect(r.formulas).toEqual([verdict, 0.999]);
  });
});

describe('mend63f (2): one calendar period as the window is its total in the formulas, as in Check goals', () => {
  it.each([
    ['en_US', 'Churned customers', 'Keep churned customers under 400 in 2027', 400, '2027-12-31', 'unrealistic'],
    ['fr_FR', 'Clients perdus', 'Garder les clients perdus sous 400 en 2027', 400, '2027-12-31', 'irréaliste'],
    ['en_US', 'Churned customers', 'Keep churned customers under 100 in Q1 2027', 100, '2027-03-31', 'unrealistic'],
    ['fr_FR', 'Clients perdus', 'Garder les clients perdus sous 100 au T1 2027', 100, '2027-03-31', 'irréaliste'],
  ] as const)('%s: %s', (locale, kpi, statement, target, deadline, verdict) => {
    const r = readings(locale, kpi, CHURN, statement, target, deadline);
    expect(r.check).toBe(verdict);
    expect(r.formulas).toEqual([verdict, 0.001]);
  });

  it.each([
    ['en_US', 'Churned customers', 'Keep churned customers under 60 through June 30, 2027', 'on track'],
    ['fr_FR', 'Clients perdus', 'Garder les clients perdus sous 60 jusqu’au 30 juin 2027', 'en bonne voie'],
  ] as const)('near miss %s: %s — no one period: a level', (locale, kpi, statement, verdict) => {
    const r = readings(locale, kpi, CHURN, statement, 60, '2027-06-30');
    expect(r.check).toBe(verdict);
    expect(r.formulas).toEqual([verdict, 0.999]);
  });
});

describe('mend63f (3): "total" typed beside a count sentence; "total" beside the figure only', () => {
  it.each([
    ['en_US', 'Churned customers', 'Keep churned customers under 400 this year', 'unrealistic'],
    ['fr_FR', 'Clients perdus', 'Garder les clients perdus sous 400 cette année', 'irréaliste'],
  ] as const)('%s: %s with aggregation "total" — the year’s total, as without it', (locale, kpi, statement, verdict) => {
    const typed = readings(locale, kpi, CHURN, statement, 400, '2027-12-31', 'total');
    const blank = readings(locale, kpi, CHURN, statement, 400, '2027-12-31');
    expect(typed.formulas).toEqual([verdict, 0.001]);
    expect(blank.formulas).toEqual(typed.formulas);
  });

  it.each([
    ['en_US', 'Churned customers', 'Keep churned customers under 60 through June 30, 2027 to protect total revenue', 'on track'],
    ['fr_FR', 'Clients perdus', 'Garder les clients perdus sous 60 jusqu’au 30 juin 2027, comme ce trimestre', 'en bonne voie'],
  ] as const)('%s: %s — a level each month on every surface', (locale, kpi, statement, verdict) => {
    const r = readings(locale, kpi, CHURN, statement, 60, '2027-06-30');
    expect(r.check).toBe(verdict);
    expect(r.formulas).toEqual([verdict, 0.999]);
  });

  it.each([
    ['en_US', 'Churned customers', 'Keep churned customers under 400 in total through December 31, 2027', 'unrealistic'],
    ['fr_FR', 'Clients perdus', 'Garder les clients perdus sous 400 au total jusqu’au 31 décembre 2027', 'irréaliste'],
  ] as const)('near miss %s: %s — "total" beside the figure still asks the sum', (locale, kpi, statement, verdict) => {
    const r = readings(locale, kpi, CHURN, statement, 400, '2027-12-31');
    expect(r.check).toBe(verdict);
    expect(r.formulas).toEqual([verdict, 0.001]);
  });
});
