/**
 * Direction words: which way the KPI must move. Some verbs say it outright
 * (augmenter, réduire, keep…); others only say "better" (improve, améliorer:
 * resolved with the KPI's lowerIsBetter) or "to this level" (reach, porter à,
 * faire passer: resolved by comparing baseline and target). Multiplicative
 * verbs (double, halve, diviser par deux) also state a relative change.
 */
import { escapeRegExp } from '../regexp';
import type { Direction } from '../types';
import { countValue, NUMBER_RUN, overlapsAny, type Span, textAfter } from './text';

export type DirectionCue = Direction | 'improve' | 'toward';

export interface DirectionMention extends Span {
  cue: DirectionCue;
  /** "more"/"plus de": a direction only when a KPI or a number follows ("Get more leads", not "Be more customer-centric"). */
  needsObject: boolean;
  /** For double/halve/triple/"diviser par trois": the relative change they state. */
  relativeChange: number | null;
}

/**
 * A factor after "multiplier par" / "diviser par" / "multiply by": digits or a number in words (the one table, words43); a
 * decimal factor whole (« multiplier par 2,5 » is +150 %, not the 2 before its comma, real41).
 */
const FACTOR_SOURCE = `\\d+(?:[.,]\\d+)?|${NUMBER_RUN}`;
/** A factor's value: digits with a decimal comma or point, else the word's. */
const factorValue = (word: string): number => +word.replace(',', '.') || (countValue(word) ?? 0);
/** Verbs that halve when followed by "in half" / "by half" / "de moitié". */
const HALVING_VERBS = "cut|cuts|cutting|slash\\w*|reduc\\w*|redui\\w*|lower\\w*|decreas\\w*|trim\\w*|drop\\w*|bring\\w*|diminu\\w*|baiss\\w*|abaiss\\w*|ramen\\w*|couper";

const MULTIPLY_RE = new RegExp(
  `\\b(?:(doubl\\w*(?! digit))|(tripl\\w*)|((?:quadr|quint|sext|dec)upl\\w*)|(halv\\w*|(?:${HALVING_VERBS})(?: [\\w']+){0,5}? (?:(?:in|by) half|de moitie))|(?:multipl\\w*(?: [\\w']+){0,6}? (?:par|by) (${FACTOR_SOURCE}))|(?:divis\\w*(?: [\\w']+){0,6}? (?:par|by) (${FACTOR_SOURCE})))\\b`,
  'g',
);

/** One of these is in every MULTIPLY_RE match (a halving verb only counts before "half" or « moitié »). */
export const MULTIPLY_WORDS = ['doubl', 'tripl', 'upl', 'halv', 'half', 'moitie', 'multipl', 'divis'];

// French participles after a noun ("démos réalisées", "appels effectués") qualify it: they are not the goal's verb.
// `gate`: words every match contains (one of them), so a statement without any is not scanned (most statements have few
// of these cues; the big verb lists have no gate).
/**
 * "to top 1 million subscribers", "will top $5M", "Sales must top 1,000 units", "topping $5M": the verb of passing a mark, as
 * "exceed" (stmt47). Only over a quantity, a figure with a scale or a noun; "top 10 in app store rankings", "top 3 in our
 * market" and "get / move / climb to top 5" are a rank (mend49c). Shared with analyze.ts's item labels.
 */
const TOP_OBJECT_AFTER = String.raw`(?= [$€\x80£]?\d[\d.,]*(?:\s?(?:k|m|bn|b|million|billion|thousand)(?![a-z])|\s(?!(?:in|among|on|of|for|by|and|or|to|at|with|within|across)\b)[a-z]{3,}))`;
// The word first, its look-behinds after it (the same test of the words before "top"): V8 tries a regex's alternatives at every
// word start, and one opening on a look-behind ran it at each, where "top" first rejects on the first letter (perf54).
export const TOP_VERB_SOURCE = String.raw`(?:top(?<=\b(?:to|will|must|should|could|would|may|might|can) top)(?<!\b(?:get|gets|getting|got|move[sd]?|moving|climb\w*|rise|rising|jump\w*|be|go|goes|going|come|back|up|way|into) to top)|topping)` + TOP_OBJECT_AFTER;

/** « On vise plus haut », "we aim higher" at its clause's end (stmt62; narrowed by mend62s: not before "than" / « que »). */
const AIM_HIGHER_RE = /(?<=\b(?:vis(?:e|es|ons|ez|ent|er|ait|ions)|aim(?:s|ed|ing)?)\s+(?:(?:beaucoup|bien|encore|toujours|much|even|still|far)\s+)?)(?:plus haut|higher)(?=\s*(?:[^\w\s']|$)|\s+(?:en|in|this|next|cette|cet|ce|for|pour|d'ici|by|avec|with)\b)/g;

export const LEXICON: ReadonlyArray<{ re: RegExp; cue: DirectionCue; needsObject?: boolean; gate?: readonly string[] }> = [
  // "stay focused on the prize – their win rate": attention kept on a KPI holds no level of it (real32).
  // « il reste optimiste », "remains confident": a mood the speaker keeps, no level held (real39).
  // "Sun Holdings" (a company's name) holds nothing; "holding prices" still does (real41); nor do "hold" and "keep" after « de
  // / la / une / du » (and a word): a French sentence's « holding » or brand (« directeur général de DG holding, … de
  // l'enseigne … Keep Cool », real42).
  // « un chiffre d'affaires consolidé », "consolidated revenue": the participle after a noun is an accounting scope, no verb (real33).
  // « Il (ne) reste (que) 9 mois … pour atteindre … »: the impersonal « il reste » says what is left, no level held (real42);
  // only « reste » after « il » and a pronoun at most: « Il faut / faudra / doit rester sous 3 % » still holds one (mend45c).
  // The look-behinds of "keep" and "hold" are tested after the word, over the same characters before it (`keep(?<!… keep)`),
  // so a scan fails on the first letter before it runs them (perf57).
  {
    re: /\b(?:maint(?!enances?\b|enant\b)\w*|maintenant(?<=\ben maintenant)|keep(?<!\b(?:de|la|une|du) (?:[a-z]+ )?keep)(?!\w* track)\w*|kept|sustain(?!ab)\w*|hold(?<!\b(?:de|la|une|du) (?:[a-z]+ )?hold)(?!ings\b)\w*|stay(?!\w*\s+(?:on\s+(?:track|course|target)|focus))\w*|remain(?!\w*\s+(?:on\s+(?:track|course|target)|focus|(?:very\s+)?(?:optimistic|confident|upbeat|bullish)\b|to [a-z]))\w*|preserv\w*|stabili(?:[sz]\w*|te)|protect\w*|gard\w*|conserv\w*|(?:(?<!\bil (?:ne )?(?:(?:[mt]e|[nv]ous|lui|leur) )?)reste|rest(?:er|ee|ent|ons|ez))(?!\s+(?:tres\s+)?(?:optimistes?|confiante?s?|sereine?s?)\b|\s+d(?:e |')[a-z]+(?:er|ir|re)\b)|demeur\w*|ten(?:ir|ons|ez)|tient|tiennent|consolid(?!(?:e|ee|es|ees|ated)\b)\w*|install\w* durablement|preserv\w*|stabilis\w*)\b/g,
    cue: 'maintain',
  },
  // « Soutenir notre croissance (en 2027) » opening the text keeps the growth going, as "Sustain our growth" (the verb
  // above) and « Maintenir notre croissance » do (mend63l; left63 named the KPI and no direction).
  { gate: ['soutenir'], re: /^\W*soutenir(?=\s+(?:notre|nos)\s+croissance\b)/g, cue: 'maintain' },
  // "continue its strong growth", « poursuivre sa croissance »: growth carried on is an increase (real27, real38, real39).
  { gate: ['growth', 'croissance'], re: /\b(?:continu|poursui)\w*\s+(?:[a-z]+\s+){0,2}(?:growth|croissance)\b/g, cue: 'increase' },
  // "comparable store sales to be relatively flat" (real26).
  // "to come out flat", « finir … au même niveau de chiffre d'affaires qu'en 2023 », "at the same level as last year": a level
  // matched to a past one is held (real32).
  // « le chiffre d'affaires devrait être similaire à celui de 2022 », "to be similar to last year's" (real36), "would be
  // \"comparable\" to last year's figures" (real42).
  { gate: ['flat', 'meme niveau', 'same level', 'simila', 'comparable'], re: /\b(?:be|come out|end|finish|remain) (?:relatively |roughly |broadly )?flat\b|\bau meme niveau\b|\bat the same level\b|\b(?:etre|be) (?:simila(?:ire|r)|"?comparables?"?) (?:a|to)\b/g, cue: 'maintain' },
  // « il s'agira de voler davantage », « prospecter davantage »: an infinitive done more is that activity raised (real36).
  { gate: ['davantage'], re: /\b[a-z]+er davantage\b/g, cue: 'increase' },
  // « On vise beaucoup plus haut », "we aim higher", "aiming even higher": an aim raised with no figure is an increase (stmt62,
  // real59). Only after a verb of aiming and at its clause's end: "prices higher than …", « plus haut que prévu » alone set no
  // aim, and "aim higher churn reduction" aims at the noun after it.
  // Not before "than" / « que » ("We aim higher than last year's 20%": the figure is the level to beat, no change by it), and
  // only when the sentence has no other direction word (findDirections: "We aim higher: cut churn to 3%" is a cut; mend62s).
  { gate: ['plus haut', 'higher'], re: AIM_HIGHER_RE, cue: 'increase' },
  // A floor not to fall below ("ne pas descendre sous 20 %", "never fall below 30 %", "don't let X drop below"): a level to
  // hold, its bound the target (fixes16; a ceiling not to exceed stays the written "must not exceed" decrease).
  {
    gate: ['sous', 'below', 'under'],
    re: /(?:\bn(?:e|')(?: [\w']+){0,5}? (?:pas|jamais|plus)(?: [\w']+){0,6}? (?:descend|tomb|pass|chut|baiss)\w*|(?:\bnever|\bnot|n't)(?: [\w']+){0,5}? (?:fall|drop|dip|go|be|get)\w*)(?= (?:sous|en dessous|below|under)\b)/g,
    cue: 'maintain',
  },
  // A ceiling not to exceed, the level the subject of "let" included ("Do not let churn exceed 5 %", "Never let CAC go above
  // 100 €", « Ne pas laisser le churn dépasser 5 % »): the written "must not exceed" decrease, its bound the target (fixes21).
  {
    gate: ['depass', 'exceed', 'surpass', 'dessus', 'above', 'over', 'beyond'],
    re: /(?:\bn(?:e|')(?: [\w']+){0,5}? (?:pas|jamais|plus)|(?:\bnever|\bnot|n't))(?: (?!only\b|just\b|seulement\b|juste\b|simplement\b|hesit)[\w']+){0,4}? (?:depass\w*|exceed\w*|surpass\w*|(?:pass|mont)\w* au dessus|(?:go|rise|climb|get)\w* (?:above|over|beyond))\b/g,
    cue: 'decrease',
  },
  { gate: ['plus d'], re: /\bne (?:(?!seulement|juste)\S+ ){1,3}(?=plus d)/g, cue: 'decrease' },
  // The English ceiling: "No single customer should account for more than 20 %", "must not make up more than", "can't be more than".
  { gate: ['more than'], re: /(?:\b(?:no|not|cannot|never)\b|n't)(?: (?!only\b|just\b)[a-z']+){0,5}? (?=more than\b)/g, cue: 'decrease' },
  // « une contraction de ses revenus »: a shrinking, like « une baisse » (real39). "At the lower end of its range" places a
  // level in a range, no fall (stmt47); only that noun phrase: "Lower end-to-end delivery time" is the verb (mend49c).
  // "Costs are expected to decline (by) 8% to $2.3 million", "Revenue will fall 5%": an intransitive fall right before its
  // figure is a decrease by it, as "drop" is (left48); "declined" / "fell" report the past and stay unread. (So are "climb",
  // "jump", « bondir » right before theirs an increase, below; « a bondi » is the past.)
  // « supprimer 150 emplois », "eliminate 200 positions", "shed 300 jobs": what is removed falls (left63); « éliminer » as
  // "eliminate" (mend63l). Only when what is removed names a KPI or a figure (analyze.ts: a means otherwise, mend63l).
  // « se limiter » is tested after « limit » (`limit(?<!\bse limit|\bs'limit)`: the same characters before it) (perf57).
  {
    re: /\b(?:reduc\w*|redui\w*|diminu\w*|baiss\w*|abaiss\w*|limit(?<!\bse limit|\bs'limit)\w*|ramen\w*|minimi[sz]\w*|decreas\w*|cut|cuts|cutting|lower\w*(?!(?<=\bthe lower) end\b)|lessen\w*|shrink\w*|slash\w*|trim|trimming|curb\w*|drop|dropping|bring down|drive down|brought down|bring\w*(?: [\w']+){1,4}? down|driv\w*(?: [\w']+){1,4}? down|resorb\w*|fai\w* baisser|endigu\w*|jugul\w*|frein\w*|contenir|recul\w*|shorten\w*|raccourc\w*|go(?:es)? down|going down|down(?<=\bbe down)(?= (?:by )?\d)|fall(?:s|ing)? (?:to|below|under)|(?:declin(?:e|es|ing)|fall(?:s|ing)?) (?=(?:by )?\d)|ecourt\w*|compress\w*|contractions?|supprim\w*|elimin(?:at\w*|er|ons|ez)|shed(?:s|ding)?(?! light)|lay(?:s|ing)? off)\b/g,
    cue: 'decrease',
  },
  // « la nouvelle génération », "lead generation": the noun names no act of generating (real41). "concluded in 2025", « conclu
  // en 2025 »: a closing verb before "in / en" and a year is a plan's ending participle, no direction (mend60l, the lead's (9)).
  {
    re: /\b(?:augment\w*|s'appreci\w*|fill(?:s|ing)?(?!\s+(?:out|in|up)\b)(?=\s+(?:its|their|our|the|your|every|all|\d(?![\d.,]*\s*%\s+of\b)))|accroi\w*|accroit\w*|hauss\w*|rehauss\w*|relev\w*|boost\w*|developp\w*|croitre|fai\w* croitre|fai\w* progresser|stimul\w*|dynamis\w*|maximis\w*|intensifi\w*|accel\w*|renforc\w*|elarg\w*|etend(?:re|ons|ez)|grimp\w*|leap\w*|soar\w*|grossi\w*|grandi\w*|etoff\w*|progress\w*|go(?:es)? up|going up|up(?<=\bbe up)(?= (?:by )?\d)|ris(?:e|es|ing)|(?:climb(?:s|ing)?|jump(?:s|ing)?|bondi(?:r|ra|rait|ront|raient))(?= (?:by |de )?\d)|monter|monte|redress\w*|relanc\w*|increas\w*|rais(?:e|es|ed|ing)|bump\w*|push\w*|grow\w*|lift\w*|expand\w*|accelerat\w*|maximi[zs]\w*|ramp\w* up|step\w* up|scal\w* up|driv\w* up|(?:driv|push|bump|pump|ramp)\w*(?: [\w']+){1,3}? up(?! to\b)|gain\w*|gagn\w*|ouvertures|(?:ouvr|open)\w*(?= (?:des|de (?:[a-z\d]+ )?nouve\w+|d'une? (?:autre |nouve\w+ )?|une? (?:autre |nouve\w+ )?|an?(?:other)?|more|new) (?:[a-z]+ )?(?:magasins?|stores?|boutiques?|agences?|restaurants?|hotels?|shops?|succursales?|branches?|points? de vente)\b)|renou(?:er|ons|ez|ant|e|ent|erons|erez|era|eront)(?:\s+[a-z]+ment)?\s+avec|retrouv(?:er|ons|ez)|return(?:s|ing)?\s+to(?=\s+(?:[a-z]+\s+)?growth\b)|(?:find|finding|finds|trouv(?:er|ons|ez))(?=\s+(?:[a-z']+\s+){0,3}(?:clients?|customers?|buyers?|acheteurs?)\b)|generat(?!ions?\b)\w*|gener(?:er|ez|ons|e)|add|adding|added|ajout\w*|acqui\w*|acquer\w*|recrut\w*|recruit\w*|hire|hiring|embauch\w*|win|winning|sign|signing|sign\w* up|sign(?:er|ez|ons)|conclu\w*(?! [ie]n \d)|close|closing|clos(?:er|ez|ons)|book|booking|land|landing|decroch\w*|obten\w*|obtien\w*|attir(?:er|ez|ons|e|ent)|attract\w*|capt(?:er|ez|ons|e|ent)|conqu(?:erir|erons|erez|iert|ierent|is)|sell|selling|upsell\w*|cross sell\w*|multipli\w*|fai\w* revenir|fai\w* venir|recuper\w*|regagn\w*|reconqu\w*|regain\w*|(?:bring|brought|win|won)\w* back|(?:bring|brought|tak|took)\w* on(?= (?:new|more|additional|\d)\b)|vend(?:re|ons|ez)|convert\w*|convertir)\b/g,
    cue: 'increase',
  },
  // Not negated: "aucun client ne doit générer plus de 50 %" is a ceiling (below, the written "must not exceed" decrease).
  { gate: ['more', 'plus d'], re: /(?<!\bno |\bne (?:\S+ ){1,3})\b(?:more|plus d(?:e|'))(?=\s|\w)/g, cue: 'increase', needsObject: true },
  // A bare plus sign before a KPI ("+ part de marché", "+CA"): an increase, like "more" (a number after it is read by quantities).
  { gate: ['+'], re: /(?<![\w+])\+(?=\s?[a-z])/g, cue: 'increase', needsObject: true },
  // "pas moins de 93 %", "no less than": a bound, not a decrease; nor after a verb of gaining ("capture less than 2% of that
  // industry", real32: a modest ask); nor a bound on the time taken, "in less than five years", « en moins de trois ans » (stmt56;
  // months, quarters or years only: "in less than 10 days" is a duration to bring down, mend56s).
  { gate: ['fewer', 'less', 'moins d'], re: /(?<!\b(?:pas|no|not|captur\w*|gain\w*|win|gagn\w*|conqu\w*)\s)\b(?!(?<=\b(?:in|en) )(?:less than|moins de) \S+ (?:years?|months?|quarters?|ans|annees|mois|trimestres)\b(?! ago))(?:fewer|less|moins d(?:e|'))(?=\s|\w)/g, cue: 'decrease', needsObject: true },
  { gate: ['improv', 'amelior', 'optimi', 'enhanc'], re: /\b(?:improv\w*|amelior\w*|optimi[sz]\w*|enhanc\w*)\b/g, cue: 'improve' },
  // "Better conversion rates", "de meilleurs taux de conversion": only before a KPI or a number ("Être meilleur" states nothing).
  { gate: ['better', 'higher', 'meilleur'], re: /\b(?:better|higher|meilleur(?:e|s|es)?)(?=\s)/g, cue: 'improve', needsObject: true },
  { gate: ['lower', 'reduced', 'moindre'], re: /\b(?:lower|reduced|moindres?)(?=\s)/g, cue: 'decrease', needsObject: true },
  {
    // One pattern written in two halves: each source literal stays short, so the minified bundle's lines stay under the
    // length a stack trace in the execution log can show (size.test.ts).
    re: new RegExp(
      [
        String.raw`\b(?:(?:be at|compter) (?=\d)|track\w* toward\w*|on track (?:to|for)|en passe d'atteindre|en route vers|tend(?:re|ons|ez|ent|r\w+) vers(?= (?:les? |la |l'|des |un |une |plus de )?\d)|(?:(?:re)?deven\w*|etre|est|sont|ser(?:a|ai|ait|aient|ons|ont)|soit|soient|become|be) (?:plus |more )?(?:rentables?|profitable)|reach\w*|clinch\w*|hit|hitting|${TOP_VERB_SOURCE}|achiev\w*|attain\w*|get to|bring\w* to|atteind\w*|atteint\w*|port(?:er|ons|ez)|fai\w* passer|pass(?:er|ons|ez) de|pass(?:e|era|ent|eront) (?:de|a) (?=\d)|amen\w*|target\w*|goals?|vis(?:er|ons|ez|ee?s?|ent|ait|aient)|objecti\w*|deliver(?:s|ed|ing)?|realis(?!ees?\b|es\b|ations?\b)\w*|realiz\w*`,
        String.raw`|get|gets|getting|make|makes|making|earn|earns|earning|gross(?:es|ing)?(?=\s+(?:[$€\x80£]|\d|an?\s|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b|over\b|more\b|about\b|around\b|at least\b))|build|builds|building|(?:re)?fidelis(?:er|ons|ez|e|ent)|retain|retains|retaining|prospect(?:er|ons|ez|e|ent)|constru(?:ire|isons|isez|ction)|bat(?:ir|issons|issez)|constitu(?:er|ons|ez)|develop|develops|developing|have(?<=\b(?:aims?|aiming|wants?|plans?|intends?|hopes?|seeks?) to have)(?=\s+(?:\d|more than|at least|over|about|around))|send|sends|sending|publish|publishes|publishing|publi(?:er|ons|ez)|schedul\w*|open|opens|opening|ouvr(?:ir|ira|iront|irons|ons|ez)|ouverture(?= d'une?\b| de (?:\d|\S+ nouve))|aim(?:s|ed|ing)? (?:for|at)|shoot(?:s|ing)? for|striv(?:e|es|ing) for|meet|meets|driv(?:e|es|ing)|run|runs|envoy(?!ees?\b|es\b)\w*|envoi\w*|fermer|fermez|fermons|pass(?:er|ons|ez)|planifi(?!ees?\b|es\b|ations?\b)\w*|organis(?!ees?\b|es\b|ations?\b)\w*|effectu(?!ees?\b|es\b)\w*|fai(?:re|tes|sons)|produi(?:re|sons|sez)|produce|put(?:s|ting)? out(?= \d)|cre(?:er|ez|ons)|creat(?:e|es|ing)|books|secure|secur(?:e|es|ing)|contact(?:er|ez|ons|e|s|ing)?|appel(?:er|ez|ons)|call|calling|rencontr(?:er|ez|ons)|suscit(?:er|ez|ons))\b`,
      ].join(''),
      'g',
    ),
    // ("to top 1 million subscribers": TOP_VERB_SOURCE; "our top 10 customers" is a rank, stmt47.)
    // (« nous allons tendre vers les 900 000 L », as « en route vers »: a level headed for, stmt59, real56:70.
    // Only before a figure: « tendre vers le zéro papier en 2027 et réaliser 2 M€ » leaves the goal to its second clause (mend59s).
    cue: 'toward',
  },
];

/**
 * Any gate word above (MULTIPLY_WORDS' and every LEXICON gate's), built from those lists so it can miss none: about three
 * statements in four hold none, and this one scan then stands for some forty `includes` (perf40: they cost as much as the
 * four ungated verb lists' scans). Those four stay ungated: a list of their first words would cost more than they do.
 */
export const ANY_GATE_RE = new RegExp(
  [...MULTIPLY_WORDS, ...LEXICON.flatMap((e) => e.gate ?? [])].map((w) => escapeRegExp(w)).join('|'),
);

// A cost word before the target noun or as its complement ("our spending target", « prévisions de dépenses ») leaves the
// verb's direction, as "raised our cost target" (mend50a).
const REVISED_TARGET_AFTER_RE = /^\w*\s+(?:(?:de|of|par rapport a)\s+)?(?:our|its|their|his|her|my|your|son|sa|ses|notre|nos|leurs?|vos|votre)\s+(?:(?!de\b|of\b|cost|cout|charge|expens|depens|spend|capex|invest)[a-z]+\s+){0,2}?(?:objecti|target|goal|guidance|prevision|forecast|outlook|perspective)\w*\b(?!\s+(?:error|accuracy|bias|(?:de|d'|of) ?(?:cost|cout|charge|expens|depens|spend|capex|invest)))/;

/**
 * A later clause opening on an aim of its own after a rise or fall (mend48a). left49's French verbs and its "but" / « mais »
 * joint only after a market's, a sector's, an industry's or the economy's move, as analyze.ts's context (mend49a): "Revenue
 * should climb 10% next year, but we want to keep costs flat", « Le chiffre d'affaires doit progresser de 10 %, mais nous
 * voulons garder les coûts stables » keep the firm's own rise (left50's R11).
 */
function laterAim(verb: string, folded: string, span: Span): boolean {
  const aim = /^(?:[^.!?]|\.\d)*[;,] (and |et |but |mais )?(?:we |nous |on )?((?:want|aim|plan|grow|reach|keep|hit|voulons|visons|atteindre)\b.{0,12})/.exec(folded.slice(span.end));
  // After "but" / « mais », an aim that changes something of its own sets the goal, the move before it context ("Demand will
  // decline 3% next year, but we want to grow sales 10%"); only an aim that keeps ("but we want to keep costs flat") leaves
  // the firm's own move its goal (mend50a).
  const but = /^(?:but|mais)/.test(aim?.[1] ?? '');
  return !!aim && ((!but && !/^(?:recul|chut|grimp|progress|croi)/.test(verb)) || (but && !/\b(?:keep|garder|maintenir)/.test(aim[2])) || /\b(?:market|sector|industry|economy|demand|prices|competitors?|marche|secteur|industrie|economie|demande|prix|concurren\w*)s?\b/.test(folded.slice(0, span.start)));
}

/** A level kept in the same clause, then the pronoun of it raised: " … and increase it", « … et les augmenter » (stmt62). */
// "this" / "that" only with no noun after ("increase this year's revenue", "grow that segment" raise another measure), and
// French only a verb's form after « l' » / « les » (« les hausses de prix », « l'accroissement du CA » are nouns; mend62s).
const KEPT_THEN_RAISED_AFTER_RE = /^[^.;!?]*? (?:and|et)(?: (?:then|even|to|de|meme|ensuite))? (?:(?:increase|grow|raise|boost|expand|improve)\w* (?:it|them|(?:that|this)(?! (?!(?:by|to|at|in|from|over|further|again|and|even|more|still)\b)[a-z]))\b|(?:l'|les )(?:(?:augment|developp|amelior|hauss)(?:er|ons|ez)|accroi(?:tre|ssons|ssez))\b)/;

/** Every direction word of the folded text, in order. */
export function findDirections(folded: string): DirectionMention[] {
  const out: DirectionMention[] = [];
  MULTIPLY_RE.lastIndex = 0;
  const gated = ANY_GATE_RE.test(folded);
  const multiplies = gated && MULTIPLY_WORDS.some((w) => folded.includes(w));
  for (let m = multiplies ? MULTIPLY_RE.exec(folded) : null; m; m = MULTIPLY_RE.exec(folded)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[1]) out.push({ ...span, cue: 'increase', relativeChange: 1, needsObject: false });
    else if (m[2]) out.push({ ...span, cue: 'increase', relativeChange: 2, needsObject: false });
    // ×4, ×5, ×6, ×10: quadrupler, quintupler, sextupler, décupler.
    else if (m[3]) out.push({ ...span, cue: 'increase', relativeChange: ({ a: 3, i: 4, x: 5 } as Record<string, number>)[m[3][2]] ?? 9, needsObject: false });
    else if (m[4]) out.push({ ...span, cue: 'decrease', relativeChange: 0.5, needsObject: false });
    else if (m[5]) {
      const factor = factorValue(m[5]);
      if (factor > 1) out.push({ ...span, cue: 'increase', relativeChange: factor - 1, needsObject: false });
    } else if (m[6]) {
      const divisor = factorValue(m[6]);
      if (divisor > 1) out.push({ ...span, cue: 'decrease', relativeChange: 1 - 1 / divisor, needsObject: false });
    }
  }
  for (const { re, cue, needsObject, gate } of LEXICON) {
    if (gate && !(gated && gate.some((w) => folded.includes(w)))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (overlapsAny(span, out)) continue;
      // left48's intransitive fall or rise ("fall 5%", "jump 30%") is the goal's change only before the goal's own figure: not
      // before a year or a date ("by fall 2027", "jump 1 April"), not after "if", "unless", « même si » ("Even if the market
      // declines 3%, …"), nor with a later clause opening on an aim of its own ("Industry sales are expected to fall 5%; we aim to grow our
      // revenue to $5M", "Our prices will jump 5% in January; we want to keep churn below 3%"; not ", reaching $5M"): a
      // forecast (mend48a).
      // French verbs of a market's rise or fall too (« Même si le marché recule de 3 % », « devraient reculer de 5 % ; nous
      // visons … »), and a later aim after "but" / « mais » (left49).
      if (/^(?:declin|fall(?!\w* (?:to|be|un))|climb|jump|bondi|recul|chut|grimp|progress|croi)/.test(m[0]) && (/^ ?(?:by |de )?(?:(?:19|20)\d\d\b|\d\d? (?:jan|fe|ma[iry]|a[pvu]|ju|sep|oc|nov|dec))/.test(folded.slice(span.end)) || /\b(?:if|unless|meme si)\b[^.;]*$/.test(folded.slice(0, span.start)) || laterAim(m[0], folded, span))) continue;
      // « maintenir son objectif de 13 millions de passagers », "maintain our target of 500": keeping an aim states no
      // maintain; the level aimed at gives the direction (real27's forecast kept, real34).
      // Only an aim of its own ("our", « son »): "Maintain NPS target of 50" keeps the NPS at 50 (fixes65).
      if (cue === 'maintain' && /^\s+(?:our|its|their|the|his|her|my|your|son|sa|ses|notre|nos|leurs?|vos|votre|l')\s*(?:objectif|target|goal|guidance|prevision|forecast)/.test(textAfter(folded, span.end, 24))) continue;
      // "keep last year's sales and increase it by 5%", « maintenir nos ventes et les augmenter de 5 % »: a level kept, then
      // raised itself (the pronoun), is a rise; the kept level its floor (stmt62). "Keep churn under 5% and increase revenue"
      // (another noun) keeps both aims.
      if (cue === 'maintain' && KEPT_THEN_RAISED_AFTER_RE.test(textAfter(folded, span.end, 80))) continue;
      // "trims its sales objective to $X", « abaisse son objectif de CA à X », "an abaissement de ses perspectives": a target
      // revised up or down still aims the KPI its better way (left50's R3): the KPI's, as "improve" says it. Not "our forecast
      // error", « l'erreur de prévision » (a measure of its own).
      const revised = (cue === 'increase' || cue === 'decrease') && REVISED_TARGET_AFTER_RE.test(textAfter(folded, span.end, 50));
      // Written out rather than `...span`: the same keys in the same order, without an object spread on the hottest push of
      // the lexicon's loop (perf50).
      out.push({ start: span.start, end: span.end, cue: revised ? 'improve' : cue, relativeChange: null, needsObject: needsObject === true });
    }
  }
  // "We aim higher: cut churn to 3%", « On vise plus haut : réduire le churn à 3 % »: an aim raised counts only when the
  // sentence has no other direction word (the verb of aiming before it aside); the goal's own verb gives its direction
  // (mend62s).
  if (out.length > 1 && out.some((d) => d.cue !== 'toward' && !isAimHigher(folded, d)) && out.some((d) => isAimHigher(folded, d))) return out.filter((d) => !isAimHigher(folded, d)).sort((a, b) => a.start - b.start);
  return out.sort((a, b) => a.start - b.start);
}

/** The mention AIM_HIGHER_RE found: "higher" / « plus haut » right after a verb of aiming (mend62s). */
function isAimHigher(folded: string, d: DirectionMention): boolean {
  if (d.cue !== 'increase' || d.needsObject || d.relativeChange !== null || !/^(?:plus haut|higher)$/.test(folded.slice(d.start, d.end))) return false;
  AIM_HIGHER_RE.lastIndex = d.start;
  const m = AIM_HIGHER_RE.exec(folded);
  return m !== null && m.index === d.start;
}
