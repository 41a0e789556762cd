/**
 * Level or change (lvl54): the last word on whether a figure the goal reader took is a level to reach (the target) or a
 * move from today's level (the change), decided by the figure's structure in the sentence — the class "L" that recurred at
 * every first run (tgt53). Kept apart from goal.ts, which reads each figure's role one by one, because these rules need the
 * role already read to correct it. The written conventions (fixtures README, "baseline / target / change") decide each
 * rule; the section "Level vs change (lvl54)" lists the lines that support it.
 */
import type { GoalNumbers } from './goal';
import type { Quantity } from './quantities';
import { textAfter, textBefore } from './text';

/**
 * A change noun governing the percentage right after it, through its complement (« de », « entre », « évaluée à », "of"),
 * with no « à » / « vers » / "to" nor a new noun phrase (an article) between: « une régression des volumes de 5 % », « un bond
 * d'au moins 11 % », « une perte d'au moins 20 % de leur chiffre d'affaires », « une décrue qu'elle évalue entre 13 et 18 % »,
 * "a decline of 5%". The README: "an increase noun is a change whatever the verb". An English noun is also a verb ("rise
 * between 85% and 90%": a rate's range, its level, left47), so only its "of" opens the figure. Groups 1 and 2 are nouns of decrease.
 * Not the complement of a level noun (« un taux de perte de 2 % », « le seuil de perte de 3 % »: the rate's level), and the
 * span stops at a coordination, a goal verb or a bound (« une hausse des ventes et plus de 40 % de clients », « nous visons
 * plus de 30 % », « la baisse des ventes en dessous de 5 % », « une perte de moins de 3 % »: a level, as « à moins de 5 % »;
 * mend54b).
 */
const CHANGE_NOUN_BEFORE_RE = /(?<!\b(?:taux|niveau|ratio|seuil|marge|rate|level|threshold)\b[^\d,;.]{0,20})(?:\b(?:hausse|bond|augmentation|(baisse|chute|recul|repli|regression|decrue|perte|diminution))\b(?:(?! (?:une?|a|vers|jusqu'a|et|nous|vis(?:e|ons|ent)|plus de|moins de|(?:en |au-?)?dessous|sous)\b)[^\d,;.:()%]){0,60}?(?:\b(?:de|entre|(?:evaluee?s?|estimee?s?) a)\s+|\bd')|\b(?:increase|rise|jump|(decline|drop|fall|loss)) of )(?:au moins |at least |environ |about |around |nearly |pres de |plus de |more than )?[+-]?$/;

/**
 * Ruling G1: a growth with its measure named AFTER the noun — "20% growth in deliveries", "a 20% compound annual growth rate
 * in adjusted earnings per share", « une croissance en volume de +75 % » — or a verb of growing ("grow 20-25 percent", «
 * croître de 8 % ») moves that measure: the percentage is its relative change. Named BEFORE ("EPS growth of 10%", « la
 * croissance économique de 7 % ») it names a growth measure, whose level the goal reader keeps. A period after "in" ("10
 * percent growth in five years") is no measure; revenue's growth is sales growth's level (M1): revenue and the percentage
 * KPIs are kept out ("a 12% compound annual growth rate in revenue" may read `revenue`, still S4's level).
 */
// Nor a quarter, a half or a fiscal year ("in Q3 2027", "in H2", "in FY27", "in the second half"), "each of the next three
// years", "real terms", nor a month's year ("in March 2027"): prevmend55. (A place, "in Europe", is still read as a measure:
// the folded text shows no capital, and the check in the sentence as written did not fit the bundle's budget.)
const GROWTH_IN_AFTER_RE = /^\s*(?:[a-z]+\s+){0,3}?growth(?: rate)? in (?!\d|[qh][1-4]\b|fy|each\b|real terms|[a-z]+ (?:19|20)\d\d\b|(?:the |this |our |its )?(?:[a-z]+ )?(?:years?|months?|quarters?|halfs?|fy|fiscal)\b|(?:the )?(?:next|coming)\b)/;
const GROWTH_BEFORE_RE = /(?:\bcroissance (?:en|des?|du) [^\d,;.]{1,30}? de|\bgrow(?:s|ing)?(?: by)?|\bcroitre de)\s*(?:minimum |au moins |about |around |environ )?\+?\s*$/;

/**
 * A mark the figure names — « la barre des 2 000 tonnes », « en dessous du seuil des 3 % », "the $1M mark": a level, never a
 * move (the README's threshold phrases); English "cap of" is a limit ("the discount cap of 10%"), not a mark (mend54b).
 * Neither this nor the action noun below counts things added: « la barre des 500 abonnements supplémentaires » (real19), «
 * l'ouverture de 6 places supplémentaires » (real35), « 30 personnes en plus / en sus / en renfort » count the additions.
 */
const MARK_BEFORE_RE = /\b(?:barre|seuil|cap(?! of)|mark|milestone|threshold)\s+(?:des?|du|d'|of)\s*(?:the\s+)?$/;
const MARK_AFTER_RE = /^\s*(?:mark|milestone|threshold)\b/;
// (Not goal.ts's MORE_AFTER_RE: its "higher" would read "the 1,000 mark or higher" as things added.)
const ADDED_AFTER_RE = /^\s*(?:[a-z']+\s+){0,3}?(?:supplementaires?|additionnel\w*|de plus|en (?:plus|sus|renfort)|more|additional|extra|on top of)\b/;

/**
 * The noun of an action that produces things counted, then their count — « l'embauche d'une trentaine de personnes », «
 * l'acquisition de 100 000 nouveaux clients par an », "the hiring of 30 reps": the count to produce, a target, as its verb's
 * ("Recruit 25 advisers", « Embaucher 30 personnes »; the README's counts to produce in a period), never a change.
 */
const ACTION_NOUN_BEFORE_RE = /\b(?:embauche|recrutement|acquisition|ouverture|hiring|recruitment|opening)\s+(?:de|d'|of)\s*(?:une?\s+)?$/;
/**
 * A purpose or outcome after the count, then a figure that is no year — "the hiring of 30 reps to reach $5M", « le
 * recrutement de 15 vendeurs doit permettre d'atteindre 2 000 clients »: the count is a means, the goal is the later figure.
 * (mend54b; « L'embauche d'une trentaine de personnes est prévue … pour accompagner ce développement » names no figure.)
 */
const PURPOSE_FIGURE_AFTER_RE = /^[^.;,]*?\b(?:to|should|will|would|must|pour|afin|doi[tv]\w*|devr\w*|permet\w*)\b[^.;,]*?(?<!\d)\d(?!\d{3}\b)/;

/**
 * Whether `q`, read as a change, is a level: a mark, or the count an action noun produces — unless things added are counted.
 * Only a mark overrides a target read elsewhere; an action's count is the level only when no purpose with its own figure
 * follows and the target read, if any, is another action's count (« l'embauche de 12 000 enseignants … et l'ouverture de 15
 * agences », real41: the first action's count is the goal's) — mend54b, L1: the README allows the override for marks only.
 */
function isLevel(folded: string, q: Quantity, target: Quantity | null): boolean {
  const before = textBefore(folded, q.start, 30);
  const after = textAfter(folded, q.end, 40);
  const produced = q.kind === 'number' && ACTION_NOUN_BEFORE_RE.test(before) && (!target || ACTION_NOUN_BEFORE_RE.test(textBefore(folded, target.start, 30))) && !PURPOSE_FIGURE_AFTER_RE.test(textAfter(folded, q.end, 80));
  return (MARK_BEFORE_RE.test(before) || MARK_AFTER_RE.test(after) || produced) && !ADDED_AFTER_RE.test(after);
}

/**
 * Corrects `numbers` in place: a percentage a change noun governs, read as the level, is the relative change — not on a KPI
 * that is itself a percentage, whose readers decide (sales growth's level is a growth rate, stmt44's ruling; "a rise in our
 * close rate of between 20% and 25%" is the rate's level, left47); a mark, or the count an action noun produces, read as the
 * change is the level.
 */
export function refineLevelChange(folded: string, numbers: GoalNumbers, kpiUnit: string | undefined, kpiId?: string): void {
  const level = numbers.target;
  const percentLevel = level?.kind === 'percent' && !level.ratio && !numbers.change && kpiUnit !== 'percent';
  const noun = percentLevel ? CHANGE_NOUN_BEFORE_RE.exec(textBefore(folded, level.start, 90)) : null;
  if (level && (noun || (percentLevel && kpiId !== 'revenue' && (GROWTH_IN_AFTER_RE.test(textAfter(folded, level.end, 60)) || GROWTH_BEFORE_RE.test(textBefore(folded, level.start, 60)))))) {
    numbers.change = { quantity: level, value: level.value, kind: 'relative' };
    numbers.target = null;
    // (A floor on a loss is still a loss: « une perte d'au moins 20 % » goes down, whatever « au moins » implied.)
    numbers.impliedDirection = noun?.[1] || noun?.[2] ? 'decrease' : (numbers.impliedDirection ?? 'increase');
    return;
  }
  const moved = numbers.change?.quantity;
  if (moved && isLevel(folded, moved, numbers.target)) {
    numbers.target = moved;
    numbers.change = null;
  }
}
