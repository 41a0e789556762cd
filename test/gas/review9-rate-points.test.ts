/**
 * review9 W3/W4, through the BUILT bundle: a rate history typed in points (24–27 under "Close rate (%)") is read as the
 * rate by the formulas as Check goals reads the tab (core `rateInPoints`): GOALVERDICT(h, "26%") was "unrealistic"
 * (p ≈ 1e-6: a decrease from 26 to 0.26 inferred); BOTTOMUP multiplied a close rate of 24 and answered 1; a notes column
 * in the drivers stopped BOTTOMUP.
 */
import { harness, TODAY } from './workbook/harness';

const weeks = (header: string, value: (i: number) => number): unknown[][] => {
  const rows: unknown[][] = [['Week', header]];
  for (let i = 0; i < 40; i++) rows.push([new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10), value(i)]);
  return rows;
};

describe('formulas over a rate history typed in points', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  const points = weeks('Close rate (%)', (i) => 24 + (i % 4));
  const rates = weeks('Close rate (%)', (i) => (24 + (i % 4)) / 100);

  it.each([['26%'], [0.26], ['30%']])('target %s: the same answers as on the history typed as rates', (target) => {
    for (const f of ['GOALVERDICT', 'ACHIEVABILITY']) expect(h.run(f, points, target, '2027-03-31', TODAY)).toEqual(h.run(f, rates, target, '2027-03-31', TODAY));
    expect(h.run('GOALVERDICT', points, '26%', '2027-03-31', TODAY)).not.toBe('unrealistic');
  });

  it('a target in points over points is still read in points (about the same chance as 30 % over rates)', () => {
    expect(h.run<number>('ACHIEVABILITY', points, 30, '2027-03-31', TODAY)).toBeCloseTo(h.run<number>('ACHIEVABILITY', rates, 0.3, '2027-03-31', TODAY), 1);
  });
});

describe('BOTTOMUP drivers', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  const F: unknown[][] = [['Week', 'Meetings', 'Close rate', 'Average deal size'], ['2026-09-07', 20, 0.24, 4800], ['2026-09-14', 22, 0.26, 5100], ['2026-09-21', 19, 0.25, 4900], ['2026-09-28', 24, 0.23, 5200], ['2026-10-05', 21, 0.27, 5000], ['2026-10-12', 23, 0.25, 4700], ['2026-10-19', 20, 0.24, 5300], ['2026-10-26', 25, 0.26, 5000], ['2026-11-02', 22, 0.24, 4900], ['2026-11-09', 21, 0.26, 5100], ['2026-11-16', 24, 0.25, 5000], ['2026-11-23', 23, 0.25, 5200]];
  const base = () => h.run<number>('BOTTOMUP', 120000, '2026-12-31', F, '2026-11-27');

  it('a close rate typed in points gives the same chance as typed as a rate', () => {
    expect(base()).toBeGreaterThan(0.5);
    expect(base()).toBeLessThan(1);
    const inPoints = F.map((r, i) => (i ? [r[0], r[1], Math.round((r[2] as number) * 100), r[3]] : r));
    expect(h.run('BOTTOMUP', 120000, '2026-12-31', inPoints, '2026-11-27')).toBeCloseTo(base(), 6);
  });

  it('a column of notes is skipped, not a driver that cannot be forecast', () => {
    const notes = F.map((r, i) => [r[0], i ? 'ok' : 'Reviews (notes)', r[1], r[2], r[3]]);
    expect(h.run('BOTTOMUP', 120000, '2026-12-31', notes, '2026-11-27')).toBeCloseTo(base(), 6);
  });

  it('a notes column whose only text is in its first rows is skipped too (the data start under the header row)', () => {
    const early = F.map((r, i) => [r[0], i === 0 ? 'Reviews (notes)' : i <= 3 ? 'late' : '', r[1], r[2], r[3]]);
    expect(h.run('BOTTOMUP', 120000, '2026-12-31', early, '2026-11-27')).toBeCloseTo(base(), 6);
  });
});
