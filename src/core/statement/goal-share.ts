/**
 * A period's, a team's or a region's share of a larger goal (rel40, the article's "Relevant": quarterly goals add up to the
 * annual goal): "Reach $1.2M in Q1 2027, a quarter of our annual goal of $4.8M", « 1,2 M€ au T1, soit 25 % de l'objectif
 * annuel », "contributing $1.2M to the $4.8M annual target", « sur un objectif annuel de 4,8 M€ », "out of a $4.8M target".
 * The reference phrase names what the goal is a part of: its amount is not the target, its "annual" no cadence, its
 * fraction no change. Set aside only when the goal has a figure of its own outside it ("Hit 120% of target" stays the goal).
 */
import type { Quantity } from './quantities';
import { overlapsAny, type Span, textBefore } from './text';

/**
 * The phrase opens with one of (1) a fraction or a share "of" — "a quarter of", "one third of", "half of", "25% of", « un
 * quart de », « la moitié de », « 30 % de », "our share of" — at the start of the sentence or of a clause (", …", "(…",
 * « soit … », « représentant … »; not "Tier 3: 80–99% of quota", a range of attainment); (2) "to" / « à » after a verb of
 * contributing (looked back for only once "to" / « à » matched: at every position, the look-back took half the scan); (3)
 * "out of" / « sur » before an amount. Then the larger goal, up to four words before its noun ("our
 * $4.8M annual goal", "the company's annual target", « les 4,8 M€ de l'objectif ») and its year or French adjectives after
 * it (« l'objectif commercial annuel », « l'objectif 2027 de 1 200 abonnements », mend40a), then its amount ("of $4.8M",
 * « de 4,8 M€ », "of 1,200 leads").
 */
export const SHARE_RE =
  /(?:(?<=(?:^|[,(]|soit|represent\w*)\s*)(?:(?:a|one|un|le)\s)?(?:quarter|third|quart|tiers|half|la moitie|\d\S*\s?(?:%|percent)|(?:our|notre) (?:share|part))\s(?:of|de|du|d')\s*|(?:to|a)\s(?<=contribu[^;!?]*\s\w+\s)|\b(?:out of|sur)\s(?=[^,;:()]*\d))(?:[^\s;:()]*[^\s,;:()]\s+){0,4}?(?:l')?(?:goal|target|quota|objecti\w+|budget|plan)s?\b(?: 20\d\d\b)?(?:\s[a-z]+[ae]le?s?\b){0,2}(?:\s(?:of|de)\s\S?\d[\d.,\s]*[a-z€\x80$']*)?/g;

// (A decimal comma is no clause's, « a levé 1,2 M€ sur un objectif de 3 M€ », and « recueilli » raises too: mend55s.)
const RAISED_BEFORE_RE = /\b(?:raised|collected|collecte|recolte|leve|recueilli)(?:e?s?|r)\s(?:[^,;:()]|,\d){0,30}$/;

/** The goal noun every SHARE_RE match names: a statement without one is not scanned (SHARE_RE tries each position, perf42). */
export const SHARE_GATE = /goal|target|quota|objecti|budget|plan/;

/**
 * The reference phrases of `folded`, when a figure outside them (not a date's) can be the goal's own: money or a count, not
 * a year, a level compared ("up from 95%", « contre 95 % », vs) nor a means ("with 12 reps", « avec 5 commerciaux »), else the
 * share is an attainment goal ("110% of our annual quota, up from 95%", mend40a).
 */
export function findGoalShares(folded: string, quantities: readonly Quantity[], dates: readonly Span[]): Span[] {
  // Money raised "out of" / « sur » a goal is no share of it: the goal is the campaign's target (left52's L2).
  const spans = SHARE_GATE.test(folded) ? [...folded.matchAll(SHARE_RE)].filter((m) => !RAISED_BEFORE_RE.test(textBefore(folded, m.index, 50))).map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  // Most sentences name no larger goal: nothing to check then.
  return spans.length > 0 && quantities.some((q) => (q.kind === 'money' || (q.kind === 'number' && !/^(?:19|20)\d\d$/.test(folded.slice(q.start, q.end)))) && !overlapsAny(q, [...spans, ...dates]) && !/\b(?:from|contre|vs|versus|compared to|than|with|avec) $/.test(textBefore(folded, q.start, 12))) ? spans : [];
}
