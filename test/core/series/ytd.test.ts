/**
 * Year-to-date series (YTD revenue, « CA cumulé depuis le début de l'année »): climbing all year, back near zero each
 * January. Read as a level, the climb was a steady trend and a forecast past the reset ran on from it; they are judged
 * through the flows they add up, with a note.
 */
import { assess, forecastPath, verdictStory } from '../../../src/core/achievability';
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
    expect(assess({ ...base, target: 330000, deadline: '2027-03-31' }, 'fr').reasons[0]).toBe('Cumul depuis le début de l’année, remis à zéro chaque janvier\u202f: jugé sur ce qu’ajoute chaque période du 1er janvier 2027 à l’échéance, non comme un niveau dont la tendance passerait la remise à zéro.');
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

describe('a named year-to-date column with no reset yet starts at the Settings’ fiscal year start', () => {
  // Fiscal year from April: April–October 2026, climbing.
  const fromApril = ytdSeries(4).ytd.filter((p) => p.date >= '2026-04-01');

  it('takes the fiscal start when the points fit in one year starting then, else January, else none', () => {
    expect(yearToDateStart(fromApril, true, 4)).toBe(4);
    // A July start cannot be: the column climbs on across 1 July. January fits.
    expect(yearToDateStart(fromApril, true, 7)).toBe(1);
    // January to October climbs across 1 April: with an April fiscal start, January.
    expect(yearToDateStart(ytdSeries().ytd.slice(12), true, 4)).toBe(1);
    // A climb across both the fiscal start and 1 January is no year-to-date column, whatever its header says.
    const acrossYears = ytdSeries(7).ytd.filter((p) => p.date >= '2025-07-01' && p.date < '2026-07-01').map((p, i) => ({ ...p, value: 1000 * (i + 1) }));
    expect(yearToDateStart(acrossYears, true, 7)).toBe(7);
    expect(yearToDateStart(acrossYears, true, 4)).toBeNull();
    // Near miss: a reset seen in the data wins over the Settings.
    expect(yearToDateStart(ytdSeries(7).ytd, true, 4)).toBe(7);
  });

  it('judges a later-year deadline from the fiscal year’s start, and says so', () => {
    const base = { history: fromApril, today: TODAY, direction: 'increase' as const, currency: 'EUR', name: 'YTD revenue', deadline: '2027-06-30', target: 320000 };
    const fiscal = assess({ ...base, fiscalYearStartMonth: 4 }, 'en');
    expect(fiscal.reasons[0]).toBe('Year-to-date figures, restarted each April: judged on what each period adds from 1 April 2027 to the deadline, not as a level trending on past the reset.');
    // April–June 2027: three months of about 110,000.
    expect(fiscal.forecast?.median).toBeGreaterThan(250000);
    expect(fiscal.forecast?.median).toBeLessThan(420000);
    // Without the Settings, January: April–June 2027 plus January–March.
    const january = assess(base, 'en');
    expect(january.reasons[0]).toContain('restarted each January');
    expect(january.forecast?.median).toBeGreaterThan(500000);
  });
});

describe('a year-to-date goal’s reasons quote the goal’s own amounts, not the shifted flows’', () => {
  const { ytd } = ytdSeries();
  const base = { history: ytd, today: TODAY, direction: 'increase' as const, currency: 'EUR' };
  const last = ytd[ytd.length - 1].value;

  it('a later year: the target, the deadline’s figure and the pace over that year’s months', () => {
    const result = assess({ ...base, target: 330000, deadline: '2027-03-31' }, 'en');
    expect(result.reasons).toContain('Chance of reaching €330,000 at the current pace: 66%.');
    expect(result.reasons.find((r) => r.startsWith('At the current pace:'))).toMatch(/^At the current pace: €3\d\d,\d{3}(?:\.\d\d)? by 31 March 2027 \(80% range €\d{3},\d{3}(?:\.\d\d)? to €\d{3},\d{3}(?:\.\d\d)?\)\.$/);
    expect(result.reasons).toContain('Needs €110,000/month on average over the 3 months the deadline’s figure adds up.');
    expect(result.required.perPeriod).toBeCloseTo(110000, 6);
    // No total over "the next 5 months" (November 2026 to March 2027), no best total of as many months.
    expect(result.reasons.join(' ')).not.toMatch(/next 5 months|best total/);
    const fr = assess({ ...base, target: 330000, deadline: '2027-03-31' }, 'fr');
    expect(fr.reasons).toContain('Il faut 110\u202f000\u00a0€/mois en moyenne sur les 3 mois que cumule le chiffre de l’échéance.');
  });

  it('the same year: the suggestion and the pace count the figure so far', () => {
    const result = assess({ ...base, target: 2400000, deadline: '2026-12-31' }, 'en');
    expect(result.verdict).toBe('unrealistic');
    expect(result.suggestedTarget).toBeGreaterThan(last);
    // The verdict's line, then its suggestion in the goal's own amounts, by the deadline (fixes50).
    expect(result.reasons[1]).toMatch(/^Unrealistic — under.1% chance at the current pace, beyond what the history and the stretch allowance support\.$/);
    expect(verdictStory(result, 'en').suggestion).toBe(`Aim for €${Math.round(result.suggestedTarget as number).toLocaleString('en-US')} by 31 December 2026 instead.`);
    expect(result.reasons[2]).toMatch(/^Chance of reaching €2,400,000 at the current pace: under.1%\.$/);
    expect(result.reasons).toContain(`Needs €${((2400000 - last) / 2).toLocaleString('en-US')}/month on average over the 2 months the deadline’s figure adds up.`);
  });
});

describe('a year-to-date growth is a ratio: judged as a level, said so, never de-cumulated', () => {
  // "YTD sales growth": this year's cumulated sales over last year's same months, 4 % to 11 %, restarting each January.
  const growth: KpiPoint[] = Array.from({ length: 22 }, (_, i) => ({ date: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, value: 0.04 + 0.006 * (i % 12) + 0.002 * Math.sin(i) }));
  const base = { history: growth, today: TODAY, direction: 'increase' as const, target: 0.1, deadline: '2027-03-31' };

  it.each(['YTD sales growth', 'Croissance des ventes depuis le début de l’année', 'CA cumulé vs N-1 (%)', 'YTD margin'])('%s', (name) => {
    const result = assess({ ...base, name }, 'en');
    expect(result.yearToDate).toBe(result.reasons[0]);
    expect(result.reasons[0]).toMatch(/^Year-to-date growth or share: a ratio of this year’s cumulated figure/);
    expect(result.reasons.join(' ')).not.toContain('restarted each');
    // The level's own reading, not the de-cumulated "flows" (whose forecast would sit near 0).
    const level = assess(base, 'en');
    expect(result.probability).toBe(level.probability);
    expect(result.forecast?.median).toBeCloseTo(level.forecast?.median as number, 9);
    expect(assess({ ...base, name }, 'fr').reasons[0]).toMatch(/^Croissance ou part depuis le début de l’année\u202f: le rapport du cumul/);
  });

  it('near misses: a YTD amount is still de-cumulated; a climbing, resetting series of fractions is not YTD by shape', () => {
    const { ytd } = ytdSeries();
    expect(assess({ history: ytd, today: TODAY, direction: 'increase', target: 330000, deadline: '2027-03-31', name: 'YTD revenue' }, 'en').reasons[0]).toContain('restarted each January');
    const fractions = ytd.map((p) => ({ ...p, value: p.value / 2e6 }));
    expect(yearToDateStart(fractions, false)).toBe(1);
    expect(assess({ history: fractions, today: TODAY, direction: 'increase', target: 0.2, deadline: '2027-03-31' }, 'en').yearToDate).toBeUndefined();
    expect(assess(base, 'en').yearToDate).toBeUndefined();
  });
});

describe('the wizard’s and the report’s chart draw a year-to-date KPI as the user reads it', () => {
  const { ytd } = ytdSeries();
  const last = ytd[ytd.length - 1];
  const input = { history: ytd, today: TODAY, direction: 'increase' as const, currency: 'EUR', target: 330000, deadline: '2027-03-31' };

  it('climbing from the figure so far to the year’s end, dropping back at the reset, ending at the assessment’s forecast', () => {
    const path = forecastPath(input);
    expect(path[0]).toEqual({ date: last.date, median: last.value, low: last.value, high: last.value });
    const thisYear = path.filter((p) => p.date < '2027-01-01');
    const nextYear = path.filter((p) => p.date >= '2027-01-01');
    expect(thisYear.length).toBeGreaterThan(1);
    expect(nextYear.length).toBeGreaterThan(1);
    for (let i = 1; i < thisYear.length; i++) expect(thisYear[i].median).toBeGreaterThan(thisYear[i - 1].median);
    for (let i = 1; i < nextYear.length; i++) expect(nextYear[i].median).toBeGreaterThan(nextYear[i - 1].median);
    // The reset: January's figure is about one month's flow, far below December's.
    expect(nextYear[0].median).toBeLessThan(0.2 * thisYear[thisYear.length - 1].median);
    expect(thisYear[thisYear.length - 1].median).toBeGreaterThan(1.2e6);
    const end = path[path.length - 1];
    const assessed = assess(input, 'en').forecast;
    expect(end.median).toBeCloseTo(assessed?.median as number, -2);
    for (const point of path) expect(point.low).toBeLessThanOrEqual(point.high);
  });

  it('a plain level keeps its level path (near miss)', () => {
    const level = ytd.map((p, i) => ({ ...p, value: 1000 + 10 * i }));
    const path = forecastPath({ ...input, history: level, target: 1300 });
    expect(path[0].median).toBe(level[level.length - 1].value);
    expect(Math.min(...path.map((p) => p.median))).toBeGreaterThan(1100);
  });
});
