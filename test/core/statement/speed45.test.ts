/**
 * speed45: the statement analyzer made faster with no reading change. findDates now scans for a fiscal start the sentence
 * states ("our fiscal year starts in July") only when dateFacts found a fiscal word (FISCAL_WORDS: "fiscal", "fy",
 * « exercice », "financial year"). The forms that guard must still let through — "financial year" as well as "fiscal",
 * capitals, a no-break space (U+00A0) or a hyphen inside the words, a U+2019 apostrophe before them — each read the start
 * below on the code before the guard, and would lose it with a guard that asked "fiscal" alone or the raw text.
 * The French « exercice … commence » was never that rule's, and keeps its reading.
 */
import { readsAs as readsAsOf } from './wording-table';
import { synonymMatches } from '../../../src/core/statement/kpi';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';

describe('a fiscal start stated in the sentence is still read behind the fiscal-word guard', () => {
  readsAsOf('2026-12-05', [
    ['Reach $5M in sales in our next financial year, which begins April 1.', { target: 5_000_000, deadline: '2028-03-31', start: '2027-04-01' }],
    ['Reach $5M in our next FISCAL YEAR; our FISCAL YEAR starts in July', { target: 5_000_000, deadline: '2028-06-30', start: '2027-07-01' }],
    ['Reach $5M in our next fiscal\u00a0year, which begins July 1.', { target: 5_000_000, deadline: '2028-06-30', start: '2027-07-01' }],
    ['Reach $5M in our company\u2019s next financial-year, which starts in October', { target: 5_000_000, deadline: '2028-09-30', start: '2027-10-01' }],
    // French around an English fiscal start: the start is read, the deadline is the next fiscal year's end.
    // (left45's French fiscal reading, merged after speed45, starts that year on 2027-07-01, as the English rows do.)
    ['Atteindre 5 M€ de CA sur notre prochain exercice ; notre fiscal year starts in July', { target: 5_000_000, deadline: '2028-06-30', start: '2027-07-01' }],
  ]);
});

describe('near misses: no stated start keeps the January fiscal year; « exercice, qui commence en juillet » reads as left45 made it', () => {
  readsAsOf('2026-12-05', [
    ['Reach $5M in our next fiscal year', { target: 5_000_000, deadline: '2027-12-31', start: '2027-01-01' }],
    // left45 reads the French start as the English (the next fiscal year from July: 2027-07-01 – 2028-06-30).
    ['Atteindre 5 M€ de CA sur notre prochain exercice, qui commence en juillet', { target: 5_000_000, deadline: '2028-06-30', start: '2027-07-01' }],
  ]);
});

describe('catalog synonyms keyed by their first two character codes: a word at the text’s very end, a one-letter word', () => {
  it('finds a synonym ending the text and one right after a one-letter word, as before', () => {
    const ids = (text: string): string[] => synonymMatches(text, KPI_CATALOG).map((m) => m.id);
    expect(ids('reduce churn')).toEqual(['churn']);
    expect(ids('grow mrr')).toEqual(['revenue']);
    expect(ids('grow ca')).toEqual(['revenue']);
    expect(ids('nps')).toEqual(['nps']);
    expect(ids('a churn of 2 %')).toEqual(['churn']);
    // A one-letter last word: no pair after it, no synonym read.
    expect(ids('plan b')).toEqual([]);
  });
});
