/**
 * Ruling W1 (mend59f): `shortWindow`'s `partial` — a Start–Deadline window inside one of the tab's periods and shorter
 * than it — depends only on the window and the tab's period: not on whether the period's row is typed (surf59's
 * `recorded`), nor on the weekday the rows are dated on. A whole period is not partial; a window straddling two
 * periods is partial too (surf60); a daily tab and a goal with no Start are not this rule's (null).
 */
import { shortWindow } from '../../../src/core/series/period';
import { partialWindowAssessment } from '../../../src/core/achievability';
import type { KpiPoint } from '../../../src/core/types';

const day = (iso: string, shift: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
const every = (last: string, step: number, count: number): KpiPoint[] => Array.from({ length: count }, (_, i) => ({ date: day(last, -step * (count - 1 - i)), value: 90 + (i % 7) }));
const monthly = (count: number): KpiPoint[] => Array.from({ length: count }, (_, i) => ({ date: `${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, value: 100 + (i % 5) }));
const MONDAYS = every('2026-11-16', 7, 40);
const SUNDAYS = every('2026-11-22', 7, 40);
const DAILY = every('2026-11-25', 1, 120);

describe('shortWindow: partial (ruling W1)', () => {
  it.each([
    ['one day, Monday rows', MONDAYS, '2027-01-13', '2027-01-13'],
    ['one day, Sunday rows', SUNDAYS, '2027-01-13', '2027-01-13'],
    ['three days, Sunday rows', SUNDAYS, '2027-01-13', '2027-01-15'],
    ['the period’s last day', MONDAYS, '2027-01-17', '2027-01-17'],
    ['the period’s row typed (this week on Sunday rows)', SUNDAYS, '2026-11-27', '2026-11-27'],
    ['the period’s row not typed (this week on Monday rows)', MONDAYS, '2026-11-27', '2026-11-29'],
    ['a day of a typed month', monthly(24), '2026-11-27', '2026-11-27'],
    ['a day of a month not typed', monthly(23), '2026-11-27', '2026-11-27'],
  ] as const)('%s: partial', (_, points, start, deadline) => {
    expect(shortWindow(points, start, deadline, 1)).toMatchObject({ partial: true });
  });

  it('a whole period is not partial (11–17 January on weekly rows, January on monthly ones)', () => {
    expect(shortWindow(MONDAYS, '2027-01-11', '2027-01-17', 1)).toEqual({ period: 'week', start: '2027-01-11', end: '2027-01-17', partial: false });
    expect(shortWindow(SUNDAYS, '2027-01-11', '2027-01-17', 1)).toMatchObject({ partial: false });
    expect(shortWindow(monthly(24), '2027-01-01', '2027-01-31', 1)).toMatchObject({ period: 'month', partial: false });
  });

  it('a window shorter than a period straddling two is partial too (W1 amended by surf60: it was counted from its Start)', () => {
    expect(shortWindow(MONDAYS, '2027-01-15', '2027-01-19', 1)).toMatchObject({ period: 'week', partial: true });
    // A week long across two weeks (Wed 13 – Tue 19) is a period's length: counted from its Start, as before.
    expect(shortWindow(MONDAYS, '2027-01-13', '2027-01-19', 1)).toBeNull();
  });

  it('not this rule’s: several periods, a daily tab, no Start', () => {
    expect(shortWindow(MONDAYS, '2027-01-04', '2027-01-17', 1)).toBeNull();
    expect(shortWindow(DAILY, '2027-01-13', '2027-01-13', 1)).toMatchObject({ period: 'day', partial: false });
    expect(shortWindow(DAILY, '2027-01-13', '2027-01-14', 1)).toBeNull();
    expect(shortWindow(MONDAYS, null, '2027-01-13', 1)).toBeNull();
  });
});

describe('partialWindowAssessment', () => {
  const input = { history: MONDAYS, target: 150, deadline: '2027-01-15', today: '2026-11-26', direction: 'increase' as const, aggregation: 'total' as const };
  const short = { period: 'week' as const, start: '2027-01-11', end: '2027-01-17', partial: true };

  it('no chance, no suggestion, the granularity and the window said (French writes the range once)', () => {
    const en = partialWindowAssessment(input, short, '2027-01-13', 'en');
    expect(en).toMatchObject({ verdict: 'insufficient-data', probability: null, suggestedTarget: null, partialWindow: true });
    expect(en.reasons[0]).toMatch(/^The tab records the KPI by week, so a goal over part of a week \((January 13, 2027 – January 15, 2027|13 January 2027 – 15 January 2027)\) cannot be judged from it\.$/);
    expect(partialWindowAssessment(input, short, '2027-01-13', 'fr').reasons[0]).toBe('L’onglet relève le KPI par semaine\u202f: un objectif qui n’en couvre qu’une partie (du 13 au 15 janvier 2027) ne peut pas y être jugé.');
    expect(partialWindowAssessment({ ...input, deadline: '2027-01-13' }, short, '2027-01-13', 'fr').reasons[0]).toContain('(le 13 janvier 2027)');
    expect(partialWindowAssessment({ ...input, deadline: '2027-03-02' }, { ...short, period: 'quarter' }, '2027-02-27', 'fr').reasons[0]).toContain('(du 27 février au 2 mars 2027)');
    expect(partialWindowAssessment({ ...input, deadline: '2027-01-02' }, { ...short, period: 'month' }, '2026-12-31', 'fr').reasons[0]).toContain('(du 31 décembre 2026 au 2 janvier 2027)');
  });

  it('a passed deadline first: its own date, no outcome', () => {
    const passed = partialWindowAssessment({ ...input, deadline: '2026-11-17' }, { ...short, start: '2026-11-16', end: '2026-11-22' }, '2026-11-17', 'en');
    expect(passed).toMatchObject({ verdict: 'insufficient-data', probability: null, suggestedTarget: null, passed: 'unknown' });
    expect(passed.reasons[0]).toMatch(/^The deadline \((November 17, 2026|17 November 2026)\) is already past/);
  });
});
