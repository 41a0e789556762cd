/**
 * perf64: SMARTSCORE's score without `judge`'s messages. Since mend64p both read `criterionStatuses` (one place decides a
 * status); this holds the two scores equal on one readable fixture text in sixteen (two as-of days, both message
 * languages) and on every combination of the fields the statuses read, each achievable status among them (the history
 * path of SMARTSCORE passes one), in English. Every text in both languages took 66–90 s under nice, too heavy for
 * `npm test`; the output digest (`src/local/bench/output-digest.ts`) reads them all through the bundle.
 */
import { analyzeStatement, evaluateStatement, judge, scoreAlone, scoreOf, type StatementAnalysis } from '../../../src/core/statement';
import type { CriterionResult } from '../../../src/core/statement';
import type { CriterionStatus, Direction } from '../../../src/core/types';
import { STILL_HELD_OUT } from '../../../src/local/bench/statement-texts';
import { COMPARISON_TODAYS } from '../../../src/local/bench/argv';
import { readableFixtureTexts } from './fixture-texts';

describe('perf64: scoreAlone gives judge’s score', () => {
  it('on one readable fixture text in sixteen, both as-of days, messages in English and in French', () => {
    const texts = readableFixtureTexts(STILL_HELD_OUT).filter((_, i) => i % 16 === 0);
    expect(texts.length).toBeGreaterThan(250);
    const differ: string[] = [];
    const scores = new Set<number>();
    for (const asOf of COMPARISON_TODAYS) {
      for (const text of texts) {
        const analysis = analyzeStatement(text, { asOf });
        const alone = scoreAlone(analysis, asOf);
        scores.add(alone);
        for (const lang of ['en', 'fr'] as const) if (scoreOf(judge(analysis, { asOf, lang })) !== alone) differ.push(`${asOf} ${lang} ${text.slice(0, 80)}`);
        if (evaluateStatement(text, { asOf }).score !== alone) differ.push(`${asOf} evaluate ${text.slice(0, 80)}`);
      }
    }
    expect(differ).toEqual([]);
    // The texts reach many scores, not one: the comparison reads every branch's weight.
    expect(scores.size).toBeGreaterThan(8);
  });

  it('on every combination of the fields judge’s statuses read, with each achievable status', () => {
    const asOf = '2026-11-26';
    const base = analyzeStatement('Increase revenue from $100,000 to $150,000 by June 30, 2027', { asOf });
    const options = <T,>(...values: T[]): T[] => values;
    const achievableOf = (status: CriterionStatus): CriterionResult => ({ status, message: status, suggestion: null });
    let compared = 0;
    const differ: string[] = [];
    for (const kpi of options<string | null>(null, 'revenue', 'churn'))
      for (const direction of options<Direction | null>(null, 'increase', 'decrease', 'maintain'))
        for (const statedDirection of options<Direction | undefined>(undefined, 'decrease'))
          for (const baseline of options<number | null>(null, 100000))
            for (const target of options<number | null>(null, 150000))
              for (const change of options<StatementAnalysis['change']>(null, { kind: 'relative', value: 0.1 }, { kind: 'absolute', value: 5 }))
                for (const deadline of options<string | null>(null, '2025-01-31', asOf, '2027-06-30'))
                  for (const recurrence of options<StatementAnalysis['recurrence']>(null, 'month'))
                    for (const dates of options<Partial<StatementAnalysis>>({}, { impossibleDate: 'June 31, 2027' }, { pastLastDate: 'within 20,000 years' }, { ambiguousFiscalYear: 'FY27' }))
                      for (const achievable of options<CriterionStatus>('pass', 'warn', 'fail', 'unknown')) {
                        const analysis: StatementAnalysis = { ...base, kpi, direction, statedDirection, baseline, target, change, deadline, recurrence, ...dates };
                        const judged = scoreOf(judge(analysis, { asOf, lang: 'en', context: { achievable: achievableOf(achievable) } }));
                        const alone = scoreAlone(analysis, asOf, achievable);
                        if (judged !== alone) differ.push(JSON.stringify({ kpi, direction, statedDirection, baseline, target, change, deadline, recurrence, dates, achievable, judged, alone }));
                        compared++;
                      }
    expect(compared).toBe(3 * 4 * 2 * 2 * 2 * 3 * 4 * 2 * 4 * 4);
    expect(differ).toEqual([]);
  });
});
