/**
 * A goal sentence typed where a formula wants one word — GOALVERDICT's or ACHIEVABILITY's `direction` ("Increase close
 * rate to 30% by June", review 32: refused as an unknown direction): read by the one analyzer every surface uses. Null
 * for a single word (the word tables decide) or a sentence that states no direction (the caller's message lists the words).
 */
import { analyzeStatement } from './analyze';
import type { AnalyzeOptions, StatementAnalysis } from './types';

export function goalSentence(text: string, options: AnalyzeOptions): StatementAnalysis | null {
  if (!/\S\s+\S/.test(text)) return null;
  const analysis = analyzeStatement(text, options);
  return analysis.direction ? analysis : null;
}
