/**
 * surf53 g (mend52d's trade-off), through Check goals on the built bundle, EN and FR: whether a churn column holds a rate
 * in points or counts is decided by its header and its values together (docs/ARCHITECTURE.md, *One story, one precision*):
 * a header naming a rate is always a rate; a bare "Churn" whose values lie in 0–100 with decimals on some rows is a rate
 * in points; whole numbers are counts. A count goal ("churned customers") is judged on counts, never on a rate.
 */
import { t } from '../../../src/core/messages';
import { addSheet, harness, monthlyRows } from './harness';

const POINTS = Array.from({ length: 24 }, (_, i) => [2, 3, 2.5, 3.5][i % 4]);
const COUNTS = Array.from({ length: 24 }, (_, i) => 52 - Math.floor(i / 2));
const WHOLE_POINTS = Array.from({ length: 24 }, (_, i) => [2, 3, 4][i % 3]);
/** mend53d: decimals above 100 (a churn in points never exceeds 100: counts), and decimals with negative rows (no rate in points). */
const LARGE_DECIMALS = Array.from({ length: 24 }, (_, i) => [130.5, 128.25, 126.75, 124.5][i % 4] - i * 0.5);
const SIGNED_DECIMALS = Array.from({ length: 24 }, (_, i) => [-1.5, 2.5, 3.5, -2.25][i % 4]);

const CASES = [
  { locale: 'en_US', lang: 'en' as const, goal: 'Reduce churned customers to 30 by June 30, 2027', goal100: 'Reduce churned customers to 100 by June 30, 2027', bare: 'Churn', rate: 'Churn rate', countsTab: 'Churned customers' },
  { locale: 'fr_FR', lang: 'fr' as const, goal: 'Réduire les clients perdus à 30 d’ici le 30 juin 2027', goal100: 'Réduire les clients perdus à 100 d’ici le 30 juin 2027', bare: 'Attrition', rate: 'Taux d’attrition', countsTab: 'Clients perdus' },
];

function checked(c: (typeof CASES)[number], tab: string, header: string, values: readonly number[], goal = c.goal): { verdict: string; notes: string } {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, tab, monthlyRows(header, values));
  const goals = addSheet(h.emulator, c.lang === 'fr' ? 'Objectifs' : 'Goals', [c.lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['ID', 'Goal', 'KPI'], ['G1', goal, tab]]);
  h.run('checkGoals');
  const [head, row] = goals.getDataRange().getDisplayValues();
  return { verdict: row[head.indexOf(t(c.lang, 'col.verdict'))], notes: row[head.indexOf(t(c.lang, 'col.notes'))] };
}

describe.each(CASES)('surf53 g: a churn column read by its header and values together ($locale)', (c) => {
  const notJudged = t(c.lang, 'check.note.rateNotCount', { target: '30' });

  it('unchanged reading, pinned: a bare header over decimals within 0–100 (2, 3, 2.5 …) is a rate in points: the count goal is not judged, with its reason', () => {
    const read = checked(c, c.bare, c.bare, POINTS);
    expect([read.verdict, read.notes]).toEqual(['', expect.stringContaining(notJudged)]);
  });

  it('unchanged reading, pinned: a bare header over whole numbers (52 … 41) holds counts: the count goal is judged', () => {
    const read = checked(c, c.bare, c.bare, COUNTS);
    expect(read.verdict).not.toBe('');
    expect(read.notes).not.toContain(notJudged);
  });

  it('a header naming a rate is a rate even over whole numbers in a tab named after the counts', () => {
    const read = checked(c, c.countsTab, c.rate, WHOLE_POINTS);
    expect([read.verdict, read.notes]).toEqual(['', expect.stringContaining(notJudged)]);
  });

  it('mend53d: a bare header over decimals above 100 (130.5, 128.25 …) holds counts: “to 100” is judged, not the rate/count reason', () => {
    const read = checked(c, c.bare, c.bare, LARGE_DECIMALS, c.goal100);
    expect(read.verdict).not.toBe('');
    expect(read.notes).not.toContain(t(c.lang, 'check.note.rateNotCount', { target: '100' }));
  });

  it('mend53d: a bare header over decimals with negative rows (-1.5, 2.5 …) holds counts, no rate in points being negative', () => {
    const read = checked(c, c.bare, c.bare, SIGNED_DECIMALS);
    expect(read.notes).not.toContain(notJudged);
    expect(read.verdict).not.toBe('');
  });

  it('mend53d: a header with “%” (“Churn %”) is a rate even over whole numbers: the count goal is not judged', () => {
    const read = checked(c, c.bare, `${c.bare} %`, WHOLE_POINTS);
    expect([read.verdict, read.notes]).toEqual(['', expect.stringContaining(notJudged)]);
  });
});
