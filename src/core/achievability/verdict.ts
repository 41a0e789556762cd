/**
 * The verdict as every surface says it (issue 11, fixes50: "the words and the numbers agree, and show why"). The number
 * shown beside a verdict is always one figure — the chance that the KPI reaches the target at the current pace (the
 * status quo) — and the word is read from that same figure: at least the policy's on-track probability (50 %) is *on
 * track*, at least its realistic probability (10 %, the target inside the 80 % forecast range) *realistic*; below it
 * the figure alone makes no goal achievable, and the word comes from the evidence of extra effort: *stretch* when the
 * team did as much before over as long a span or the target is within the stretch allowance, else *unrealistic*. The
 * line beside the word names that chance and says why the word fits it, so "realistic" beside 15 % reads as one fact
 * ("inside the 80 % range of outcomes its history shows: a good run gets there"), not a contradiction.
 */
import { formatPercent, upperFirst } from '../format';
import { t, type MessageParams } from '../messages';
import type { Lang, Verdict } from '../types';
import { chanceForCell } from './cell-number';

/**
 * The chance as every surface writes it: "under 1%" and "over 99%" at the ends rather than 0 % or 100 %, from the tenth
 * of a percent its cell holds (`chanceForCell`: 0.4049 is 0.405, shown "41%" there; the note said "40%", review 29).
 */
export function chanceText(probability: number, lang: Lang): string {
  probability = chanceForCell(probability);
  if (probability < 0.005) return t(lang, 'probability.below', { percent: formatPercent(0.01, lang, 0) });
  if (probability >= 0.995) return t(lang, 'probability.above', { percent: formatPercent(0.99, lang, 0) });
  return formatPercent(probability, lang, 0);
}

/** The verdict's word: GOALVERDICT's answer, Check goals' Verdict column, the report's and the wizard's badge. */
export function verdictWord(verdict: Verdict, lang: Lang): string {
  return t(lang, `verdict.${verdict}`);
}

/** Why a stretch is within reach although the status quo does not get there: the team's best, or the allowance. */
export type StretchEvidence =
  | { kind: 'history'; best: string; count: number; periods: string }
  | { kind: 'allowance'; allowance: string; high: string }
  | { kind: 'ytd'; suggested: string }
  /** No amount to quote (a window shifted by what is already done: its amounts are not the goal's own). */
  | { kind: 'within' };

/**
 * The verdict's line: "{Word} — {chance} …, why". `probability` is the chance shown beside the word on every surface.
 * A stretch needs its evidence (`StretchEvidence`); the other verdicts are said from the chance alone.
 */
export function verdictLine(verdict: 'on-track' | 'realistic' | 'stretch' | 'unrealistic', probability: number, lang: Lang, evidence: StretchEvidence = { kind: 'within' }): string {
  const word = verdictWord(verdict, lang);
  const params: MessageParams = { word: upperFirst(word), probability: chanceText(probability, lang) };
  if (verdict === 'on-track') return t(lang, 'achievability.reason.onTrack', params);
  if (verdict === 'realistic') return t(lang, 'achievability.reason.realistic', params);
  if (verdict === 'unrealistic') return t(lang, 'achievability.reason.unrealistic', params);
  switch (evidence.kind) {
    case 'history':
      return t(lang, 'achievability.reason.stretchHistory', { ...params, best: evidence.best, count: evidence.count, periods: evidence.periods });
    case 'allowance':
      return t(lang, 'achievability.reason.stretch', { ...params, allowance: evidence.allowance, high: evidence.high });
    case 'ytd':
      return t(lang, 'achievability.reason.ytdStretch', { ...params, suggested: evidence.suggested });
    default:
      return t(lang, 'achievability.reason.stretchWithin', params);
  }
}
