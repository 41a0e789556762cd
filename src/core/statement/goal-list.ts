/**
 * A list of goals whose first item names no catalog measure (shape44): « Son ambition : devenir le leader du marché et
 * atteindre un CA de 4,5 Md€ », « La coopérative veut contractualiser deux tiers de ses productions, doubler son CA bio et
 * … », "they plan to hire four to five more people and have a revenue goal of $2 million", « Nous visons les 10 millions de
 * visites par an, un CA de 150 M€ et … ». The fixtures' list rule (real6) and two-goal rule say the goal is the first item:
 * it names none, so the measure a later item names is not the goal's, nor are its figures. Until now the KPI scan took the
 * first catalog word of the whole sentence, wherever it stood in the list.
 */
import type { KpiMention } from './kpi';
import { insideAny, textAfter, textBefore, type Span } from './text';

/**
 * Where the goals start: after an aim word and its "to" / « de » / colon (« ambition : », « l'ambition de », « veut »,
 * « visons », "plan to", "is expected to"). Only there is a list a list of goals; elsewhere a coordination is one goal's
 * words ("Grow revenue and margin").
 */
export const AIM_RE =
  /\b(?:(?:ambition|objectif|goal|aim)s? ?(?::|(?:est|sont|is|are) (?:de|d'|to)|de|d'|to)|(?:vis[eo]|veu|voul|souhait|entend)\w*(?: de\b| d')?|(?:plan|intend|expect|want)\w* to)\s*/g;

/**
 * A joint of the list: a comma or "and" / « et », not inside a number ("4,5"); not one before a capitalised lone word that
 * another joint or the clause's end follows ("in Lyon, Paris and Nice", « à Lyon, Paris et Nice »): that word is a name the
 * first item's object lists, no item of its own (shape45); a lone verb is one ("expand, hire and grow revenue", mend45b).
 * The lone word is captured (group 1) for the original's capital to decide. Global, searched from where the last search left off.
 */
const JOINT_RE = /(?:, (?:and |et )?| and | et )(?=([a-z'-]+(?:[,.;!?]|$| (?:and|et|or|ou) ))|)/g;
const STOP_RE = /[.;!?]\s/g;

/**
 * No goal list (mend44a): an aim denied or in the past ("don't want to", "planned to", "was expected to", « voulait »), not
 * one held now, or in a relative clause ("The group, which plans to …, expects …", « Le groupe, qui veut …, vise … »): it
 * describes the subject, the main clause after it states the goal. A first item that is the means (« investir », « miser
 * sur », « s'appuyer sur », "invest", "use", "leverage"), not a goal. A second "item" that is a clause of contrast,
 * accompaniment or consequence ("but to …", "with revenue reaching …", "as …", "bringing / taking revenue to …").
 */
const PAST_AIM_RE = /(?:\b(?:not|never|was|were|which|who|qui)|n't)(?: \S+)? #|n[ndt]ed |[^h]ai(?:en)?t\b/;
const MEANS_ITEM_RE = /^(?:de |d')?(?:invest|use|leverag|miser|s'appuy)/;
const CLAUSE_ITEM_RE = /^(?:with|while|as|but|so|(?:bring|tak)ing)\b/;

/**
 * G2 (the lead's ruling of 2026-12-06): a first item that is a figure-less action of its own — open, launch, enter, sign,
 * build, acquire (« ouvrir », « lancer », « entrer », « signer », « construire », « acquérir », « racheter », « s'implanter »)
 * — before a later item stating a figure is the means of that item, not a goal: "plans to open a factory in Morocco and
 * double its turnover to €20 million" is revenue, 20 M€, lever "open a factory in Morocco". Two items with figures, or a first
 * item naming a measure (returned earlier), keep the list rule.
 */
// (mend57l: not the verbs' other senses — a particle after them, "build on", "sign off on", "open up to"; a period as their
// object, "launch Q1 strong"; "open our books to investors", an idiom for showing one's accounts.)
const ACTION_ITEM_RE = /^(?:nous |s')?(?:open|launch|enter|sign|build|acquire|ouvrir|lancer|entrer|signer|construire|acquerir|racheter|implanter)\b(?! (?:on|off|up|out|to|[qh][1-4]|the year|\S+ books)\b)/;

/** A deadline's digits, no figure of the item's ("cut churn in 2027", "grow leads in Q3", mend57l). */
const DATE_DIGITS_RE = /\b(?:(?:19|20)\d\d|[qh][1-4])\b/g;

/** An item that opens on a noun phrase: a determiner or a figure. */
const NOUN_ITEM_RE = /^(?:(?:the|an?|our|its|their|l[ae]s?|une?|d(?:es|u)|s[ao]n|ses|leurs?|notre|nos)\b|l'|\d)/;

/**
 * A French item opening on an infinitive before its object (« de doubler son CA », « atteindre un CA », « d'ouvrir 20
 * magasins », « s'implanter en Espagne », « devenir leader »): where a verb can stand. Not the number « quatre », nor a noun
 * in -re / -er / -ir before its adjective or complement (« loyer maîtrisé », « premier acteur », « chiffre d'affaires », shape45).
 */
const FR_VERB_ITEM_RE = /^(?:de |d')?(?:(?:nous|se) |s')?(?!quatre\b)[a-z]+(?:er|ir|re) (?:(?<=(?:deven|rest|demeur|etr)\S+ )|(?:l[ae]s?|une?|d(?:es?|u)|[mts](?:[ao]n|a|es)|leurs?|[nv]otre|[nv]os|ce[st]?|cette|a|aux?|en|sur|dans|par|plus|davantage|plusieurs|quelques|tou[st]e?s?|chaque|[a-z]+ment|vite|partout|deux|trois|cinq|six|dix|cent)\b|l'|d'|\d)/;
/**
 * An English item opening on its verb before an object ("hire six engineers", "grow revenue"): not on a subject before its
 * modal or auxiliary ("this should lift …", "sales will …") nor on a pronoun ("it", "we"), nor a name a relative follows
 * ("Nice where …", shape45).
 */
const EN_VERB_ITEM_RE = /^(?!(?:that|which|it|we|i|you|they)\b)[a-z'-]+ (?!(?:should|will|would|could|must|can|may|might|is|are|was|were|has|have|had|where|which|who|when)\b)\S/;

/**
 * The list's later items, from the first joint to the sentence's end, when `folded` sets out goals after an aim word, the
 * first item names an object, no catalog measure is named before the joint (no mention of `mentions`, those outside
 * `setAside`) and a later item names one in the sentence. Both items must open alike — two verbs, or two noun phrases — so an
 * object's own coordination ("devenir le leader du marché et de l'export") is no list. `null` when there is no such list;
 * with `lever` when the first item opens on G2's action verb and a later one states a figure (analyze.ts then makes it the
 * later goal's means when it holds no figure of its own).
 * Linear in the sentence's length (shape45; it was quadratic, each aim word searching the rest of the sentence again): each
 * stop and joint is searched once from where the last search left off, the mentions' bounds are read once.
 */
export function firstItemNamesNone(
  folded: string,
  mentions: readonly KpiMention[],
  language: 'fr' | 'en',
  setAside: readonly Span[],
  original: string = folded,
): (Span & { lever?: Span }) | null {
  const next = (re: RegExp, from: number, last: RegExpExecArray | null | undefined): RegExpExecArray | null => {
    // A match found from an earlier point at or after `from` is the first from `from` too (no look-behind in these).
    if (last !== undefined && (!last || last.index >= from)) return last;
    re.lastIndex = from;
    return re.exec(folded);
  };
  let stop: RegExpExecArray | null | undefined;
  let joint: RegExpExecArray | null | undefined;
  let firstStart = Infinity;
  let firstEnd = Infinity;
  for (const m of mentions) {
    firstStart = Math.min(firstStart, m.start);
    firstEnd = Math.min(firstEnd, m.end);
  }
  // An exec loop, not `folded.matchAll(AIM_RE)`, which copies the regex at each call (perf66; AIM_RE matches no empty string).
  AIM_RE.lastIndex = 0;
  for (let aim = AIM_RE.exec(folded); aim; aim = AIM_RE.exec(folded)) {
    const start = aim.index + aim[0].length;
    // "For instance, if you want to grow new business in 2023, try, …": an aim inside a condition or a purpose is not the goal's.
    if (insideAny({ start: aim.index, end: start }, setAside) || PAST_AIM_RE.test(`${textBefore(folded, aim.index, 20)}#${aim[0]}`)) continue;
    // The list ends with its sentence: "… into Spain and Italy. Revenue should reach $3M" starts another goal (mend44c).
    stop = next(STOP_RE, start, stop);
    const clauseEnd = stop ? stop.index : folded.length;
    if (joint === undefined || (joint && joint.index < start)) {
      JOINT_RE.lastIndex = start;
      do joint = JOINT_RE.exec(folded);
      // (The lookahead is empty: `lastIndex` is where the lone word starts.)
      while (joint?.[1] && original[JOINT_RE.lastIndex] !== original[JOINT_RE.lastIndex].toLowerCase());
    }
    if (!joint || joint.index >= clauseEnd) continue;
    const end = joint.index;
    // (Read from `folded` and stopped at the joint, not on a slice of each item: the same test, in time bounded by the nearest word.)
    const firstWords = /\S+\s.*?[a-z]{3}/y;
    firstWords.lastIndex = start;
    const first = textAfter(folded, start, 40);
    const second = folded.slice(end + joint[0].length, clauseEnd);
    // A verb and its object, or a noun phrase of two words at least: "grow and increase revenue" is one goal.
    if (!(firstWords.exec(folded) && firstWords.lastIndex <= end) || MEANS_ITEM_RE.test(first) || CLAUSE_ITEM_RE.test(second)) continue;
    // An exported regex is left at 0 on each return from inside its loop, as matchAll left it (mend66p: perf66's review).
    if (firstStart < end) {
      AIM_RE.lastIndex = 0;
      return null;
    }
    if (firstEnd > clauseEnd) continue;
    // (Two noun phrases with a bare comma between them are one goal and its apposition, « la première place du marché, un CA de
    // 50 M€ », unless an "and" / « et » makes them a list (mend44a). A later item opening on a pronoun or a subject and its modal
    // is a clause of its own: "…, and it should lift revenue to $3M", "…, and this should …" (mend44c, shape45).)
    const noun = NOUN_ITEM_RE.test(first);
    const verb = language === 'en' ? EN_VERB_ITEM_RE : FR_VERB_ITEM_RE;
    const alike = noun === NOUN_ITEM_RE.test(second) && (noun ? joint[0] !== ', ' || / (?:and|et) /.test(second) : (language === 'en' || verb.test(first)) && verb.test(second));
    if (alike) {
      AIM_RE.lastIndex = 0;
      return { start: end, end: clauseEnd, lever: !noun && ACTION_ITEM_RE.test(folded.slice(start, end)) && /\d|\b(?:doubl|tripl)/.test(second.replace(DATE_DIGITS_RE, '')) && !/\bdozens?\b|douzaines?/.test(folded.slice(start, end)) ? { start, end } : undefined };
    }
  }
  return null;
}
