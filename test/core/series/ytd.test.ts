/**
 * Year-to-date series (YTD revenue, « CA cumulé depuis le début de l'année »): climbing all year, back near zero each
 * January. Read as a level, the climb was a steady trend and a forecast past the reset ran on from it; they are judged
 * through the flows they add up, with a note.
 */
import { assess } from '../../../src/core/achievability';
import { decumulate, namesYearToDate, yearToDateStart } from '../../../src/core/series/ytd';
import type { KpiPoint } from '../../../src/core/types';

/** Monthly flows of about 100,000 from January 2025 to October 2026, cumulated within each year (stamped at month start). */
function ytdSeries(startMonth = 1): { ytd: KpiPoint[]; flows: number[] } {
  const ytd: KpiPoint[] = [];
  const flows: number[] = [];
  let total = 0;
  for (let i = 0; i < 22; i++) {
    const year = 2025 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    if (month === startMonth) total = 0;
    const flow = 100000 + 800 * i + ((i * 7919) % 13) * 1500 - 9000;
    flows.push(flow);
    total += flow;
    ytd.push({ date: `${year}-${String(month).padStart(2, '0')}-01`, value: total });
  }
  return { ytd, flows };
}

const TODAY = '2026-11-05';

describe('recognising a year-to-date series', () => {
  it('by its shape: climbing within each year, a large drop at the same month each year', () => {
    expect(yearToDateStart(ytdSeries().ytd, false)).toBe(1);
    expect(yearToDateStart(ytdSeries(7).ytd, false)).toBe(7);
  });

  it('by its header, even before its first reset', () => {
    const thisYear = ytdSeries().ytd.slice(12);
    expect(yearToDateStart(thisYear, false)).toBeNull();
    for (const header of ['YTD revenue', 'Revenue (year to date)', 'CA cumulé depuis le début de l’année', 'Ventes cumulées', 'FYTD bookings']) expect(namesYearToDate(header)).toBe(true);
    expect(yearToDateStart(thisYear, true)).toBe(1);
    for (const header of ['Revenue', 'Chiffre d’affaires', 'Monthly sales', null]) expect(namesYearToDate(header)).toBe(false);
  });

  it('not a level that merely dips: a small drop, drops at different months, two drops in a year, a short climb, negatives', () => {
    const level = Array.from({ length: 24 }, (_, i) => ({ date: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, value: 1000 + 10 * i }));
    expect(yearToDateStart(level, false)).toBeNull();
    const dip = level.map((p, i) => (i === 12 ? { ...p, value: p.value * 0.8 } : p));
    expect(yearToDateStart(dip, false)).toBeNull();
    const { ytd } = ytdSeries();
    const twoDrops = ytd.map((p, i) => (i === 17 ? { ...p, value: 10 } : p));
    expect(yearToDateStart(twoDrops, false)).toBeNull();
    const shifted = ytd.map((p, i) => (i === 12 ? { ...p, date: '2025-12-15' } : p)).sort((a, b) => (a.date < b.date ? -1 : 1));
    expect(yearToDateStart([...shifted, { date: '2026-11-01', value: 5 }], false)).toBeNull();
    expect(yearToDateStart(ytd.map((p, i) => (i === 3 ? { ...p, value: -1 } : p)), true)).toBeNull();
  });

  it('decumulates into the flows, leaving out a first point that starts mid-year', () => {
    const { ytd, flows } = ytdSeries();
    expect(decumulate(ytd, 1).map((p) => p.value)).toEqual(flows.map((f) => expect.closeTo(f, 6)));
    expect(decumulate(ytd.slice(2), 1).map((p) => p.value)).toEqual(flows.slice(3).map((f) => expect.closeTo(f, 6)));
  });
});

describe('assessing a goal on a year-to-date series', () => {
  const { ytd } = ytdSeries();
  const base = { history: ytd, today: TODAY, direction: 'increase' as const, currency: 'EUR' };

  it('a deadline past the January reset: the new year’s figure, not the old year’s climb carried on', () => {
    // January–March 2027 add about 3 × 110,000: the level reading put the figure near 2.5 million.
    const result = assess({ ...base, target: 330000, deadline: '2027-03-31' }, 'en');
    expect(result.forecast?.median).toBeGreaterThan(250000);
    expect(result.forecast?.median).toBeLessThan(420000);
    expect(result.probability).toBeGreaterThan(0.2);
    expect(result.probability).toBeLessThan(0.8);
    expect(assess({ ...base, target: 1200000, deadline: '2027-03-31' }, 'en').verdict).toBe('unrealistic');
    expect(result.reasons[0]).toBe('Year-to-date figures, restarted each January: judged on what each period adds from 1 January 2027 to the deadline, not as a level trending on past the reset.');
    expect(assess({ ...base, target: 330000, deadline: '2027-03-31' }, 'fr').reasons[0]).toBe('Cumul depuis le début de l’année, remis à zéro chaque janvier\u00a0: jugé sur ce qu’ajoute chaque période du 1er janvier 2027 à l’échéance, non comme un niveau dont la tendance passerait la remise à zéro.');
  });

  it('a deadline in the same year: the figure so far plus the coming months', () => {
    const last = ytd[ytd.length - 1].value;
    const result = assess({ ...base, target: last + 230000, deadline: '2026-12-31' }, 'en');
    expect(result.forecast?.median).toBeGreaterThan(last + 150000);
    expect(result.forecast?.median).toBeLessThan(last + 300000);
    expect(result.latest).toBe(last);
    expect(result.target).toBe(last + 230000);
    expect(result.reasons[0]).toMatch(/^Year-to-date figures, restarted each January: judged as the €[\d,]+ so far this year plus what each coming period adds/);
    expect(result.suggestedTarget).toBeGreaterThan(last);
  });

  it('named by its header before any reset: read the same way', () => {
    const thisYear = ytd.slice(12);
    const named = assess({ ...base, history: thisYear, name: 'CA cumulé depuis le début de l’année', target: 330000, deadline: '2027-03-31' }, 'fr');
    expect(named.reasons[0]).toContain('remis à zéro chaque janvier');
    expect(named.forecast?.median).toBeLessThan(500000);
    // Without the header, ten months of a climb are a level.
    expect(assess({ ...base, history: thisYear, target: 330000, deadline: '2027-03-31' }, 'fr').reasons[0]).not.toContain('Cumul');
  });

  it('a passed deadline or a total is read as before', () => {
    expect(assess({ ...base, target: 500000, deadline: '2026-05-31' }, 'en').reasons.join(' ')).not.toContain('Year-to-date');
    expect(assess({ ...base, aggregation: 'total', target: 500000, deadline: '2027-03-31' }, 'en').reasons.join(' ')).not.toContain('Year-to-date');
  });
});
