/**
 * mend47d, item 7: the wizard's sentence states the amounts the user entered, so the goals tab reads them back. It wrote
 * "from $1,235 to $1,500" for 1,234.56 → 1,500.25 (the goals tab then said "Target stated: $1,500.25"… of another
 * sentence) and "from $999.50 to $1,001" for 999.5 → 1,000.5 (two precisions; a target that reads back as 1,001).
 */
import type { GoalDraft } from '../../src/core/api';
import { analyzeStatement } from '../../src/core/statement';
import { generateSentence } from '../../src/sidebar/sentence';
import { emptyDraft } from '../../src/sidebar/steps';
import { roundForEntry } from '../../src/sidebar/values';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const orderValue = (baseline: number, target: number, name: string): GoalDraft => ({
  ...emptyDraft(),
  kpi: { seriesId: `${name}!${name}`, catalogId: null, name, unit: 'currency', aggregation: 'level', lowerIsBetter: false, currency: 'USD' },
  baseline,
  target,
  deadline: '2027-03-31',
});

describe.each([
  { lang: 'en' as const, name: 'Average order value', first: 'from $1,234.56 to $1,500.25', second: 'from $999.50 to $1,000.50' },
  { lang: 'fr' as const, name: 'Panier moyen', first: `de 1${NNBSP}234,56${NBSP}$ à 1${NNBSP}500,25${NBSP}$`, second: `de 999,50${NBSP}$ à 1${NNBSP}000,50${NBSP}$` },
])('the wizard’s sentence states the amounts entered ($lang)', (c) => {
  it.each([
    [1234.56, 1500.25, 'first'],
    [999.5, 1000.5, 'second'],
  ] as const)('%d → %d: every digit typed, one precision, read back as entered', (baseline, target, which) => {
    const sentence = generateSentence(orderValue(baseline, target, c.name), c.lang);
    expect(sentence).toContain(c[which]);
    const read = analyzeStatement(sentence, { asOf: '2026-11-26', lang: c.lang });
    expect([read.baseline, read.target]).toEqual([baseline, target]);
  });

  it('near miss: whole amounts stay whole ("$1,500", never "$1,500.00")', () => {
    expect(generateSentence(orderValue(1200, 1500, c.name), c.lang)).not.toMatch(/\d[.,]00\b/);
  });
});

describe('roundForEntry keeps a price’s cents', () => {
  it('$123.45 stays 123.45 (it was 123), $123.456 is 123.46', () => {
    expect(roundForEntry(123.45, 'currency')).toBe(123.45);
    expect(roundForEntry(123.456, 'currency')).toBe(123.46);
  });

  it('near miss: a total of 131,333.33 is still typed in whole units', () => {
    expect(roundForEntry(131333.33, 'currency')).toBe(131333);
  });
});
