/**
 * mend60f, item 3: the wizard's live check sends the draft's Start, null when none is typed, so the server judges from
 * its own today (`rowStart`, src/gas/sidebar/calls.ts) — the day Add goal writes on the row. It sent the context's
 * today, which for a sidebar left open overnight is yesterday. Unit level (no DOM): the DOM builder is stubbed, the
 * server call mocked, the typing pause run by Jest's fake timers.
 */
import type { GoalDraft, SeriesSummary, SidebarContext } from '../../src/core/api';
import { callServer } from '../../src/sidebar/rpc';
import { choiceFromSeries, emptyDraft, withKpi } from '../../src/sidebar/steps';
import { translator } from '../../src/sidebar/ui';
import { Wizard } from '../../src/sidebar/wizard';

/** An element that accepts whatever the wizard does to it; `then` stays undefined so that it is never awaited. */
function inertElement(): unknown {
  const assigned: Record<string | symbol, unknown> = {};
  return new Proxy(() => undefined, {
    get: (_target, key) => (key === 'then' ? undefined : key in assigned ? assigned[key] : inertElement()),
    set: (_target, key, value) => {
      assigned[key] = value;
      return true;
    },
  });
}

jest.mock('../../src/sidebar/dom', () => ({ ...jest.requireActual<object>('../../src/sidebar/dom'), h: () => inertElement(), replace: () => undefined, append: () => undefined }));
jest.mock('../../src/sidebar/rpc', () => ({ ...jest.requireActual<object>('../../src/sidebar/rpc'), callServer: jest.fn(() => new Promise(() => undefined)), hasServer: () => true }));

const deals: SeriesSummary = {
  id: 'Deals!Deals', name: 'Deals', sheetName: 'Deals', kpiId: null, grammar: 'm', unit: 'count', aggregation: 'total', lowerIsBetter: false, period: 'month',
  history: [{ date: '2026-09-01', value: 90 }, { date: '2026-10-01', value: 92 }, { date: '2026-11-01', value: 94 }],
  count: 3, latest: { date: '2026-11-01', value: 94 }, recentAverage: 92, defaultBaseline: 94, recentWindow: 3, trendPerPeriod: 2,
};
/** The sidebar opened yesterday: its context's today is 30 November. */
const context = { lang: 'en', dateOrder: 'mdy', today: '2026-11-30', settings: {}, series: [deals], catalog: [], goals: [], goalsSheetName: 'Goals', currency: 'USD', locale: 'en_US', warnings: [] } as unknown as SidebarContext;

type Internals = { draft: GoalDraft; scheduleAssess(panel: unknown, levelInput: unknown, mode: unknown): void };

function sentStart(start: string | null): unknown {
  jest.useFakeTimers();
  (callServer as jest.Mock).mockClear();
  const wizard = new Wizard({ lang: 'en', tr: translator('en'), context, showError: () => undefined, clearError: () => undefined }) as unknown as Internals;
  wizard.draft = { ...withKpi(emptyDraft(), choiceFromSeries(deals), deals), target: 95, deadline: '2026-12-31', start };
  wizard.scheduleAssess(Object.assign(inertElement() as object, { parentElement: null, hasChildNodes: () => false }), { value: '95' }, inertElement());
  jest.runOnlyPendingTimers();
  jest.useRealTimers();
  const calls = (callServer as jest.Mock).mock.calls.filter(([name]) => name === 'sidebarAssess');
  expect(calls).toHaveLength(1);
  return (calls[0][1] as { start: unknown }).start;
}

describe('the live check sends the draft’s Start, not the context’s today', () => {
  it('no Start typed: null (the server’s today, not the day the sidebar opened)', () => {
    expect(sentStart(null)).toBeNull();
  });

  it('a Start in the draft: that day', () => {
    expect(sentStart('2026-12-15')).toBe('2026-12-15');
  });
});
