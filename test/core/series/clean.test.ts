import vm from 'node:vm';
import { cleanSeries, normalizePoints, parseDateCell, parseValueCell } from '../../../src/core/series/clean';

describe('parseDateCell', () => {
  it('reads no month in a word every object inherits (cleanup61: "constructor 2026" was "2026-function Object() { [native code] }-01")', () => {
    for (const text of ['constructor 2026', '3 constructor 2026', 'Constructor 3, 2026', 'constructor-26', 'toString 2026', '__proto__ 2026', 'valueOf 2026']) {
      expect(parseDateCell(text, 'en')).toBeNull();
      expect(parseDateCell(text, 'fr')).toBeNull();
    }
    expect(cleanSeries([['constructor 2026', 5], ['Jan 2026', 6]], 'en').points).toEqual([{ date: '2026-01-01', value: 6 }]);
    // The months themselves still read.
    expect(parseDateCell('March 3, 2026', 'en')).toBe('2026-03-03');
    expect(parseDateCell('3 mars 2026', 'fr')).toBe('2026-03-03');
    expect(parseDateCell('Nov-26', 'en')).toBe('2026-11-01');
  });

  it('reads ISO dates, ISO date-times and year/month/day', () => {
    expect(parseDateCell('2026-03-31', 'en')).toBe('2026-03-31');
    expect(parseDateCell('2026-03-31T00:00:00.000Z', 'fr')).toBe('2026-03-31');
    expect(parseDateCell('2026/3/5', 'en')).toBe('2026-03-05');
    expect(parseDateCell('2026-03', 'en')).toBe('2026-03-01');
  });

  it('reads slash dates day-first in French and month-first in English', () => {
    expect(parseDateCell('04/03/2026', 'fr')).toBe('2026-03-04');
    expect(parseDateCell('04/03/2026', 'en')).toBe('2026-04-03');
    // An unambiguous day wins whatever the language.
    expect(parseDateCell('31/03/2026', 'en')).toBe('2026-03-31');
    expect(parseDateCell('03/31/2026', 'fr')).toBe('2026-03-31');
  });

  it('reads period labels typed in KPI tabs (FR/EN), stamped at the period start', () => {
    expect(parseDateCell('Jan 2026', 'en')).toBe('2026-01-01');
    expect(parseDateCell('janvier 2026', 'fr')).toBe('2026-01-01');
    expect(parseDateCell('Févr. 2026', 'fr')).toBe('2026-02-01');
    expect(parseDateCell('Nov-26', 'en')).toBe('2026-11-01');
    expect(parseDateCell('3 nov. 2026', 'fr')).toBe('2026-11-03');
    expect(parseDateCell('1er mars 2026', 'fr')).toBe('2026-03-01');
    expect(parseDateCell('November 3, 2026', 'en')).toBe('2026-11-03');
    expect(parseDateCell('Q1 2026', 'en')).toBe('2026-01-01');
    expect(parseDateCell('T4 2026', 'fr')).toBe('2026-10-01');
    expect(parseDateCell('2026-W01', 'en')).toBe('2025-12-29');
    expect(parseDateCell('S45 2026', 'fr')).toBe('2026-11-02');
    expect(parseDateCell('2026-W54', 'en')).toBeNull();
    expect(parseDateCell('Smarch 2026', 'en')).toBeNull();
  });

  it('reads serial numbers like Sheets', () => {
    expect(parseDateCell(46112, 'en')).toBe('2026-03-31');
  });

  it('reads Date objects made in another JS realm', () => {
    const ForeignDate = vm.runInNewContext('Date') as DateConstructor;
    const foreign = new ForeignDate(2026, 2, 31);
    expect(foreign instanceof Date).toBe(false);
    expect(parseDateCell(foreign, 'fr')).toBe('2026-03-31');
  });

  it('refuses impossible dates and non-dates', () => {
    expect(parseDateCell('2026-02-30', 'en')).toBeNull();
    expect(parseDateCell('31/02/2026', 'fr')).toBeNull();
    expect(parseDateCell('soon', 'en')).toBeNull();
    expect(parseDateCell(true, 'en')).toBeNull();
    expect(parseDateCell(new Date(NaN), 'en')).toBeNull();
  });
});

describe('parseValueCell', () => {
  it('reads numbers and locale text numbers, percentages as fractions', () => {
    expect(parseValueCell(0.25, 'en')).toBe(0.25);
    expect(parseValueCell('25 %', 'fr')).toBeCloseTo(0.25, 12);
    expect(parseValueCell('12,5 %', 'fr')).toBeCloseTo(0.125, 12);
    expect(parseValueCell('1 234,5', 'fr')).toBeCloseTo(1234.5, 9);
    expect(parseValueCell('1,234.5', 'en')).toBeCloseTo(1234.5, 9);
    expect(parseValueCell('n/a', 'en')).toBeNull();
    expect(parseValueCell(Infinity, 'en')).toBeNull();
  });
});

describe('cleanSeries', () => {
  it('sorts, drops blanks and unreadable rows, and says why', () => {
    const rows = [
      ['Date', 'Taux'],
      ['16/11/2026', '25 %'],
      ['', ''],
      ['02/11/2026', '24 %'],
      ['09/11/2026', 0.26],
      ['bientôt', 0.3],
      ['23/11/2026', 'beaucoup'],
      ['', 0.5],
      ['30/11/2026', ''],
    ];
    const { points, dropped } = cleanSeries(rows, 'fr');
    expect(points.map((p) => p.date)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(points.map((p) => p.value)).toEqual([0.24, 0.26, 0.25].map((v) => expect.closeTo(v, 12)));
    expect(dropped).toEqual([
      { index: 0, reason: 'header' },
      { index: 2, reason: 'blank' },
      { index: 5, reason: 'invalid-date' },
      { index: 6, reason: 'invalid-value' },
      { index: 7, reason: 'missing-date' },
      { index: 8, reason: 'missing-value' },
    ]);
  });

  it('averages rows on the same date, whatever their order', () => {
    const a = cleanSeries(
      [
        ['2026-01-05', 10],
        ['2026-01-12', 20],
        ['2026-01-05', 14],
      ],
      'en',
    );
    const b = cleanSeries(
      [
        ['2026-01-05', 14],
        ['2026-01-05', 10],
        ['2026-01-12', 20],
      ],
      'en',
    );
    expect(a.points).toEqual([
      { date: '2026-01-05', value: 12 },
      { date: '2026-01-12', value: 20 },
    ]);
    expect(b.points).toEqual(a.points);
    expect(a.dropped).toEqual([{ index: 2, reason: 'duplicate-date' }]);
  });

  it('adds rows on the same date for a total (one row per deal)', () => {
    const rows = [
      ['2026-01-05', 1],
      ['2026-01-12', 1],
      ['2026-01-05', 1],
    ];
    expect(cleanSeries(rows, 'en', 'sum').points).toEqual([
      { date: '2026-01-05', value: 2 },
      { date: '2026-01-12', value: 1 },
    ]);
    expect(
      normalizePoints(
        [
          { date: '2026-01-05', value: 1 },
          { date: '2026-01-05', value: 1 },
        ],
        'sum',
      ),
    ).toEqual([{ date: '2026-01-05', value: 2 }]);
  });

  it('accepts mixed date forms in one range (Date objects, serials, text)', () => {
    const ForeignDate = vm.runInNewContext('Date') as DateConstructor;
    const { points } = cleanSeries(
      [
        [new ForeignDate(2026, 0, 5), 1],
        [46034, 2],
        ['2026-01-19', '3'],
      ],
      'en',
    );
    expect(points).toEqual([
      { date: '2026-01-05', value: 1 },
      { date: '2026-01-12', value: 2 },
      { date: '2026-01-19', value: 3 },
    ]);
  });

  it('normalizePoints gives the same points whether the history comes sorted and clean (copied as is) or not', () => {
    const sorted = Array.from({ length: 40 }, (_, i) => ({ date: `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, value: i * 1.5 - 3 }));
    const shuffled = [...sorted].reverse();
    for (const rule of ['average', 'sum'] as const) {
      const fast = normalizePoints(sorted, rule);
      expect(fast).toEqual(normalizePoints(shuffled, rule));
      expect(fast).toEqual(sorted);
      expect(fast[0]).not.toBe(sorted[0]); // copies: the caller's points are never shared
    }
    // A repeated date, a bad cell or a date out of order anywhere: the general path (merge, drop, sort).
    expect(normalizePoints([...sorted, { date: sorted[39].date, value: 100 }], 'sum').at(-1)).toEqual({ date: sorted[39].date, value: sorted[39].value + 100 });
    expect(normalizePoints([...sorted, { date: '2026-02-30', value: 1 }])).toEqual(sorted);
    expect(normalizePoints([sorted[5], ...sorted.slice(0, 5)])).toEqual(sorted.slice(0, 6));
  });

  it('normalizePoints reads dates the same on the clean-history path as on the general one (leap days, bad digits, wrong lengths)', () => {
    const candidates = ['2024-02-29', '2023-02-29', '2100-02-29', '2000-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-04-30', '2026-4-30', '２０２６-01-01', '2026-01-01 ', '2026/01/01', '9999-12-31', '20260-01-01', '2026-01-1a', '2026-01-0:'];
    for (const date of candidates) {
      const sorted = [
        { date: '0001-01-01', value: 1 },
        { date, value: 2 },
      ];
      expect({ date, points: normalizePoints(sorted) }).toEqual({ date, points: normalizePoints([...sorted].reverse()) });
    }
  });

  it('normalizePoints drops invalid points from typed callers', () => {
    const points = normalizePoints([
      { date: '2026-01-12', value: 2 },
      { date: 'bad', value: 1 },
      { date: '2026-01-05', value: NaN },
      { date: '2026-01-05', value: 1 },
    ]);
    expect(points).toEqual([
      { date: '2026-01-05', value: 1 },
      { date: '2026-01-12', value: 2 },
    ]);
  });
});
