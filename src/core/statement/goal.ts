/**
 * Baseline, target and change from the quantities that belong to the goal
 * (quantities inside levers, dates and cadences were set aside before).
 * "de 45 % à 20 %" / "from $80,000 to $100,000" → baseline + target;
 * "to 30 %", "below 2 %", "reach 40 meetings" → target;
 * "by 10 %" / "augmenter … de 10 %" / "25 % de ventes supplémentaires" → relative change;
 * "by 500 sign-ups" / "5 points" → absolute change.
 */
import type { GoalChange } from './types';
import type { DirectionMention } from './direction';
import type { Quantity } from './quantities';

export interface GoalNumbers {
  baseline: Quantity | null;
  target: Quantity | null;
  change: { quantity: Quantity | null; value: number; kind: GoalChange['kind'] } | null;
  /** Direction implied by the wording of the numbers ("below", "more", "+"), if any. */
  impliedDirection: 'increase' | 'decrease' | null;
}

const RANGE_BETWEEN_RE = /^\s*(?:[a-z'\s]{0,40}?\s)?(?:to|a|jusqu'a|vers|->|→|=>)\s*$/;
const RANGE_BEFORE_RE = /(?:\bfrom|\bde|\bd'|\bdepuis|\bpasser de|\bpassing from)\s*(?:the |le |la |l')?$/;
const CHANGE_BEFORE_RE = /(?:\bby|\bof|\bde|\bd'|\bpar|\bof about|\bd'environ|\bby about|\bby around)\s*(?:an? |un |une |about |around |environ |approximately |approx\.? )?$/;
const BELOW_RE = /(?:\bbelow|\bunder|\bless than|\bfewer than|\bno more than|\bat most|\bmax(?:imum)?|\bsous|\ben dessous de|\bau dessous de|\ben deca de|\binferieure? a|\bmoins de|\bau plus|\bau maximum|\bpas plus de|\bne pas depasser|\bnot exceed|\bcap(?:ped)? at|\bplafonner a)\s*(?:the |le |la |l')?$/;
const ABOVE_RE = /(?:\babove|\bover|\bmore than|\bat least|\bminimum(?: of)?|\bau dessus de|\bsuperieure? a|\bplus de|\bau moins|\bau minimum|\bd'au moins|\bd'au minimum|\bexceed|\bdepasser|\bbeyond|\bau dela de)\s*(?:the |le |la |l')?$/;
const TO_RE = /(?:\bto|\bup to|\bdown to|\ba|\bjusqu'a|\bvers|\bat|:)\s*(?:an? |un |une |the |le |la |l')?$/;
const GOAL_WORD_RE = /\b(?:objectif|target|goal|cible|quota)\s*(?:de|d'|of|:)?\s*(?:an? |un |une |the |le |la |l')?$/;
const GOAL_OF_RE = /\b(?:objectif|target|goal|cible|niveau|level|rate|taux|score|quota)\s*(?:de|d'|of|:)?\s*(?:an? |un |une |the |le |la |l')?$/;
const MORE_AFTER_RE = /^\s*(?:(?:de |d'|of )?(?:[a-z']+\s+){0,3}?)?(?:more|additional|extra|supplementaires?|additionnel(?:le)?s?|de plus|en plus)\b/;
/** "a 10% increase", "une hausse de": a change, unless an attainment verb governs it ("Hit 8% sales growth" is a level). */
const INCREASE_NOUN_AFTER_RE = /^\s*(?:(?:de |d'|of )?(?:[a-z']+\s+){0,2}?)?(?:increase|augmentation|hausse|growth|croissance|uplift|lift|gain|improvement|amelioration|boost)\b/;
const LESS_AFTER_RE = /^\s*(?:(?:de |d'|of )?(?:[a-z']+\s+){0,3}?)?(?:fewer|less|de moins|en moins|reduction|decrease|drop|decline|baisse|diminution|cut)\b/;
/** A level observed before the goal: "has averaged about 25%", "ont été d'environ 25 %", "currently at 3%". */
const BASELINE_BEFORE_RE = /(?:\baveraged|\bbeen|\bwas|\bwere|\bcurrently(?: at)?|\bstands? at|\btoday(?: at)?|\bete|\bactuellement(?: a)?|\baujourd'hui(?: a)?|\best de|\bsont de|\bmoyenne de|\baverage of|\bau lieu de|\binstead of)\s*(?:de |d')?(?:about |around |roughly |approximately |environ |en moyenne |on average )?$/;

function changeOf(q: Quantity): { quantity: Quantity; value: number; kind: GoalChange['kind'] } {
  if (q.kind === 'multiplier') return { quantity: q, value: Math.max(0, q.value - 1), kind: 'relative' };
  return { quantity: q, value: Math.abs(q.value), kind: q.kind === 'percent' ? 'relative' : 'absolute' };
}

/**
 * Classifies the goal's quantities. `directionBefore(index)` tells which direction word
 * (if any) governs a quantity: "augmenter … de 10 %" is a change, "atteindre un taux de 30 %" a target.
 */
export function extractGoalNumbers(folded: string, quantities: readonly Quantity[], directionBefore: (index: number) => DirectionMention | null): GoalNumbers {
  const result: GoalNumbers = { baseline: null, target: null, change: null, impliedDirection: null };
  const used = new Set<Quantity>();
  let fallbackTarget: Quantity | null = null;
  // Ranges: "de 45 % à 20 %", "from $80,000 to $100,000", "45% → 20%".
  for (let i = 0; i + 1 < quantities.length && !result.target; i++) {
    const a = quantities[i];
    const b = quantities[i + 1];
    if (a.kind === 'multiplier' || b.kind === 'multiplier') continue;
    const between = folded.slice(a.end, b.start);
    if (!RANGE_BETWEEN_RE.test(between)) continue;
    const before = folded.slice(Math.max(0, a.start - 30), a.start);
    const hasFrom = RANGE_BEFORE_RE.test(before);
    const betweenIsBare = /^\s*(?:to|a|jusqu'a|->|→|=>)\s*$/.test(between);
    if (!hasFrom && !betweenIsBare) continue;
    if (!hasFrom && /\bby\s*$/.test(before)) continue; // "by 10% to $1.1M": change then target
    result.baseline = a;
    result.target = b;
    used.add(a).add(b);
  }
  for (const q of quantities) {
    if (used.has(q)) continue;
    const before = folded.slice(Math.max(0, q.start - 40), q.start);
    const after = folded.slice(q.end, q.end + 60);
    const governing = directionBefore(q.start);
    if (q.kind === 'multiplier') {
      if (!result.change) result.change = changeOf(q);
      result.impliedDirection ??= q.value >= 1 ? 'increase' : 'decrease';
      continue;
    }
    if (!result.baseline && BASELINE_BEFORE_RE.test(before)) {
      result.baseline = q;
      continue;
    }
    if (BELOW_RE.test(before)) {
      if (!result.target) result.target = q;
      result.impliedDirection ??= 'decrease';
      continue;
    }
    if (ABOVE_RE.test(before)) {
      if (!result.target) result.target = q;
      result.impliedDirection ??= 'increase';
      continue;
    }
    if (q.signed || MORE_AFTER_RE.test(after) || (INCREASE_NOUN_AFTER_RE.test(after) && governing?.cue !== 'toward')) {
      if (!result.change) result.change = changeOf(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    if (LESS_AFTER_RE.test(after)) {
      if (!result.change) result.change = changeOf(q);
      result.impliedDirection ??= 'decrease';
      continue;
    }
    const namedGoal = GOAL_WORD_RE.test(before) || (GOAL_OF_RE.test(before) && (governing === null || governing.cue === 'toward'));
    if (TO_RE.test(before) || namedGoal) {
      if (!result.target) result.target = q;
      continue;
    }
    // "Add $12k of new MRR", "ajouter 200 inscrits": an amount on top of the current level.
    if (/\b(?:add|adds|adding|ajout\w*)\s+(?:an? |un |une |another |encore )?$/.test(before)) {
      if (!result.change) result.change = changeOf(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    const explicitVerb = governing !== null && governing.cue !== 'toward';
    // "augmenter … de 10 %", "by 10%", and a bare percentage after a change verb ("Grow MRR 5% month over month").
    if (explicitVerb && governing.relativeChange === null && governing.cue !== 'maintain' && (CHANGE_BEFORE_RE.test(before) || q.kind === 'percent' || q.kind === 'points')) {
      if (!result.change) result.change = changeOf(q);
      continue;
    }
    // A bare number is the target only when no explicit one ("to 30 %", "below 2 %") is stated.
    fallbackTarget ??= q;
  }
  if (!result.target && fallbackTarget) result.target = fallbackTarget;
  return result;
}
