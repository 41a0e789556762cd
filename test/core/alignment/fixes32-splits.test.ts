/**
 * Review 10 (fixes32, K3): quarterly splits only for goals of about one year, their quarters carrying the year when the
 * split crosses two calendar years (F3); a passed deadline's fix is a new deadline, not "add a deadline" (F12).
 */
import { checkAlignment, type AlignmentGoal } from '../../../src/core/alignment';
import { analyzeStatement } from '../../../src/core/statement/analyze';
import { evaluateStatement } from '../../../src/core/statement/evaluate';

function goal(partial: Partial<AlignmentGoal> & { row: number; id: string }): AlignmentGoal {
  return {
    hasId: true, parent: null, statement: 'Close 120 accounts', kpiId: 'deals_closed', seriesKey: null, kpiName: 'Accounts', unit: 'count', currency: null,
    aggregation: 'total', direction: 'increase', baseline: null, target: 120, start: null, deadline: null, ...partial,
  };
}
const TODAY = '2026-11-26';

describe('K3 (F3): which goals get a quarterly split', () => {
  it.each([
    ['2040-01-01', '2045-12-31'],
    [null, '2099-12-31'],
    [null, '2028-12-31'],
  ])('start %p, deadline %s: several years, no four quarters of the last one', (start, deadline) => {
    for (const lang of ['en', 'fr'] as const) expect(checkAlignment([goal({ row: 2, id: 'L', start, deadline })], { lang, fiscalYearStartMonth: 1, today: TODAY }).splits).toEqual([]);
  });

  it('a one-year goal keeps its split, quarters without a year inside one calendar year', () => {
    const [split] = checkAlignment([goal({ row: 2, id: 'Y', start: '2027-01-01', deadline: '2027-12-31' })], { lang: 'en', fiscalYearStartMonth: 1, today: TODAY }).splits;
    expect(split.quarters.map((q) => q.label)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    // Set in November for the next year's end, without a Start: still about a year.
    expect(checkAlignment([goal({ row: 2, id: 'N', deadline: '2027-12-31' })], { lang: 'en', fiscalYearStartMonth: 1, today: TODAY }).splits).toHaveLength(1);
  });

  // The year is the fiscal year's, named after the calendar year it ends in, as the statement analyser reads "Q1 2028"
  // (review 23: it was each quarter's calendar start year, "Q1 2027 … Q4 2028", and "Q1 2027" typed back is April 2026).
  it.each([
    ['en', ['Q1 2028', 'Q2 2028', 'Q3 2028', 'Q4 2028'], 'Q4 2028 30 accounts'],
    ['fr', ['T1 2028', 'T2 2028', 'T3 2028', 'T4 2028'], 'T4 2028 30'],
  ] as const)('%s: a fiscal year from April labels its quarters with their fiscal year', (lang, labels, text) => {
    const [split] = checkAlignment([goal({ row: 2, id: 'F', start: '2027-04-01', deadline: '2028-03-31' })], { lang, fiscalYearStartMonth: 4, today: TODAY }).splits;
    expect(split.quarters.map((q) => q.label)).toEqual(labels);
    expect(split.message).toContain(text);
  });
});

describe('review 23: a split’s quarter labels name the quarters the analyser reads back', () => {
  // A July fiscal year (Australia), checked on 3 December 2026: Q2–Q4 of the fiscal year ending June 2027 are left.
  const AS_OF = '2026-12-03';
  const churn = (lang: 'en' | 'fr') =>
    goal({ row: 2, id: 'CH', statement: lang === 'en' ? 'Reduce churn from 4.2% to 3.5% by the end of Q4' : 'Réduire l’attrition de 4,2 % à 3,5 % d’ici la fin du T4', kpiId: 'churn', kpiName: 'Churn', unit: 'percent', aggregation: 'level', direction: 'decrease', baseline: 0.042, target: 0.035, deadline: '2027-06-30' });
  it.each([
    ['en', 7, ['Q2 2027', 'Q3 2027', 'Q4 2027'], 'Reduce churn to 3% by the end of'],
    ['fr', 7, ['T2 2027', 'T3 2027', 'T4 2027'], 'Réduire l’attrition à 3 % d’ici la fin du'],
    ['en', 4, ['Q3 2027', 'Q4 2027'], 'Reduce churn to 3% by the end of'],
    ['fr', 4, ['T3 2027', 'T4 2027'], 'Réduire l’attrition à 3 % d’ici la fin du'],
  ] as const)('%s, fiscal year from month %d: %j, each read back as its own quarter', (lang, start, labels, sentence) => {
    const deadline = start === 7 ? '2027-06-30' : '2027-03-31';
    const [split] = checkAlignment([churn(lang)].map((g) => ({ ...g, deadline })), { lang, fiscalYearStartMonth: start, today: AS_OF }).splits;
    expect(split.quarters.map((q) => q.label)).toEqual(labels);
    // Not the calendar year of the quarter's start ("Q2 2026 · Q3 2027"): one fiscal year, one year in every label.
    expect(split.message).not.toMatch(/[QT]\d 2026/);
    for (const quarter of split.quarters) {
      const read = analyzeStatement(`${sentence} ${quarter.label}`, { asOf: AS_OF, lang, fiscalYearStartMonth: start });
      expect(read.deadline).toBe(quarter.end);
    }
  });
});

describe('K3 (F12): a passed deadline’s fix', () => {
  it.each([
    ['Increase revenue to $200,000 by March 2026', 'en', /^Set a new deadline or archive the goal\.$/],
    ['Augmenter le chiffre d’affaires à 200 000 € d’ici mars 2026', 'fr', /^Fixez une nouvelle échéance ou archivez l’objectif\.$/],
  ] as const)('%s → a new deadline or archive, not “add a deadline”', (text, lang, fix) => {
    const { criteria } = evaluateStatement(text, { asOf: TODAY, lang });
    expect(criteria.timeBound.status).toBe('warn');
    expect(criteria.timeBound.suggestion).toMatch(fix);
  });
});

describe('K5 (F5): the Relevant criterion names the KPI with its article', () => {
  it.each([
    ['Faire passer notre taux de conclusion de 25 % à 30 % d’ici le 31 mars 2027', 'fr', 'Le taux de conclusion est un KPI suivi par l’entreprise.'],
    ['Raise our close rate from 25% to 30% by March 31, 2027', 'en', 'The close rate is a KPI the business tracks.'],
    ['Increase revenue to $200,000 by March 31, 2027', 'en', 'Revenue is a KPI the business tracks.'],
  ] as const)('%s', (text, lang, message) => {
    expect(evaluateStatement(text, { asOf: TODAY, lang }).criteria.relevant.message).toBe(message);
  });
});
