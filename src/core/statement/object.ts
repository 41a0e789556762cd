/**
 * The goal's object: which noun phrase the goal moves, and what its HEAD noun measures.
 *
 * WHY: KPI words appear everywhere in a goal sentence — in the means ("by getting new clients"), in recipients ("to
 * qualified leads", "à 10 clients"), in a program's name ("programmes de fidélisation") — and many goals name their
 * measure with a head noun the catalog does not list ("average sales", "transaction size", "food cost", "100
 * presentations"). Phrase rules on the whole sentence fixed each held-out set afterwards but did not generalize. This
 * step reads the sentence's grammar instead: it locates the object of the goal verb (or the subject of "X needed to
 * be …", "my goal is …", or a verbless noun phrase), takes that phrase's head noun and its modifiers, and maps them to
 * a catalog KPI through a small table of HEADS (not of synonyms): rate/share, money, counted sales, size/value, cost,
 * margin, customers, leads, calls, presentations, ratings, plus what the verb does to them (acquire, lose, retain,
 * contact, sell). An object whose head is not a measure (a team, a dashboard, a product sold without a number) names
 * no KPI of its own.
 *
 * Pure and small: one pass of a few regexes over the folded text (text.ts).
 */
import type { KpiDefinition } from '../kpi/catalog';
import { LEVEL_ARRIVED_RE, SALES_GROW_RE } from './goal';
import { DONATED_AFTER_RE, PLATFORM_RE, POINTED_FIGURE_RE, synonymMatches, type KpiMention } from './kpi';
import { numberWord, type Span, textAfter, textBefore } from './text';

/** What a verb does to its object's head (it can decide which KPI a customer or lead noun is). */
/** "how many units do you plan to", « combien de contrats comptez-vous »: the counted noun a question asks about, before its verb. */
const HOW_MANY_BEFORE_RE = /(?:^|\s)(?:how many|combien d(?:e |'))\s*([a-z][^,;:.!?\d]{0,40}?)\s+(?:do|does|did|will|would|can|could|should|must|are|is|voul\w*|compt\w*|pens\w*|pouv\w*|all\w*|dev\w*|faut)\b[^,;:.!?]*$/;
type VerbClass = 'regain' | 'acquire' | 'lose' | 'retain' | 'hold' | 'contact' | 'sell' | 'earn' | 'meet' | 'open' | 'book' | 'level' | 'aim' | 'other';

const VERB_CLASSES: ReadonlyArray<readonly [VerbClass, RegExp]> = [
  // "Bring back 20 lost customers", « récupérer 20 clients perdus »: customers won back (counted: won deals; else retention).
  ['regain', /^(?:recuper|regagn|reconqu|regain|(?:bring|brought|win|won)\w*\s+back)/],
  ['acquire', /^(?:acqui|win|won|gain|get|sign|land|clinch|attract|add|capt|conqu|attir|decroch|recru|ajout|obt|trouv|find|reuni)/],
  ['lose', /^(?:los|perd)/],
  ['retain', /^(?:retain|(?:re)?fidelis|conserv|gard|keep)/],
  // "maintain our customers", « maintenir nos clients »: the base held, not customers retained (real24).
  ['hold', /^(?:maintain|mainten|stabilis)/],
  // "talking to 20 prospects each day", « parler à 10 personnes »: a seller's conversations are contacts made (real30).
  ['contact', /^(?:contact|call|appel|relanc|joindre|talk|speak|parl)/],
  ['sell', /^(?:sell|vend|writ|plac|commercialis)/],
  ['earn', /^(?:make|mak|earn|gross|generat|gener|encaiss|factur|bring|gagn|invoic|realis)/],
  ['meet', /^(?:meet|rencontr)/],
  // « ouvrir 110 comptes-dépôt », "open 50 new accounts": accounts opened are won (real6, real18, real24).
  ['open', /^(?:ouvr|open)/],
  ['book', /^book/],
  // "have 500 clients", "reach 500 customers", "atteindre 500 clients": a level, not customers won.
  // "topper les 2 millions", "dépasser les 100 000 €", "exceed $1M": passing a level is reaching it.
  // "our club needs about 400 members": what is needed, counted, is a level too (real31).
  ['level', /^(?:have|avoir|reach|atteind|compt|topp|depass|exceed|surpass|need)/],
  // "On vise 1000 unités", "aim for 500 units": the count aimed at is the goal's own.
  ['aim', /^(?:vis|aim|target|shoot)/],
];

/** Goal verbs (EN and FR, folded, main inflections): the object follows them. Two literals, to keep the bundle's lines short. */
const GOAL_VERBS_EN =
  /(?:target|vis(?:er|ons|ez))(?<=(?:^\W*|:\s*)(?:target|vis(?:er|ons|ez)))\b|\b(?:(?:increas|rais|improv|reduc|decreas|doubl|tripl|achiev|generat|clos|acquir|los|driv)(?:e|es|ing)|(?:grow|boost|lower|maintain|keep|reach|attain|exceed|earn|sell|sign|gain|add|book|contact|call|retain|expand|lift|push|meet|clinch|obtain|recruit)(?:s|es|ing)?|invoic(?:e|es|ing)|gross(?:es|ing)?(?=\s+(?:[$€\x80£]|\d|an?\s|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b|over\b|more\b|about\b|around\b|at least\b))|writ(?:e|es|ing)(?=\s+(?:\S+\s+){0,2}(?:sales?|applications?|polic|premium|business|loans?))|find(?:s|ing)?(?=\s+(?:[a-z]+\s+){0,3}(?:clients?|customers?|buyers?)\b)|return(?:s|ing)?\s+to(?=\s+(?:[a-z]+\s+)?growth\b)|open(?:s|ing)?(?:\s+up)?(?=\s+(?:\d|new\b|more\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b))|cut|cuts|cutting|hit|hits|hitting|(?:talk|speak)(?:s|ing)?\s+(?:to|with)|win(?:s|ning)?(?:\s+back)?|get|gets|getting|make|makes|making|multipl(?:y|ies|ying)|bring(?:s|ing)?\s+in|(?:bring|win)(?:s|ing)?\s+back|(?:brought|won)\s+back|regain(?:s|ing)?|sets?(?=\s+(?:an?|the|its|our|their)\s+(?:[a-z]+\s+){0,2}growth\b)|needs?(?!\s+to\b))\b/;
const GOAL_VERBS_FR =
  /\b(?:visions(?<=\bnous visions)|(?:augment|vis|developp|boost|amelior|diminu|baiss|doubl|tripl|multipli|conserv|gard|amen|depass|gener|realis|gagn|sign|capt|attir|decroch|ajout|contact|relanc|(?:re)?fidelis|ramen|encaiss|factur|port|pass|topp|etoff)(?:er|ons|ez|ant|e|ent|ait|aient)|(?:elarg|agrand|reun)(?:ir|issons|issez|issant|it|issent)|ouvr(?:ir|ira|iront|irons|ons|ez)|renou(?:er|ons|ez|ant|e|ent)(?:\s+[a-z]+ment)?\s+avec|retrouv(?:er|ons|ez)|accroi(?:tre|ssons|ssez|ssant)|redui(?:re|sons|sez|sant|t|sent)|mainten(?:ir|ons|ez)|atteindre|atteign(?:ons|ez)|vend(?:re|ons|ez|s|ent|e|ions|iez)|commercialis(?:er|ons|ez|e|ent)|plac(?:er|ons|ez)(?=\s+(?:\d|des\b))|conclu(?:re|ons|ez)|acquerir|conquerir|recuper(?:er|ons|ez|ant|e|ent)|regagn(?:er|ons|ez|ant|e|ent)|reconquer(?:ir|ons|ez)|obten(?:ir|ons|ez)|recrut(?:er|ons|ez)|appel(?:er|ons|ez)|parl(?:er|ons|ez)\s+a|perd(?:re|ons|ez|s|ent)|rencontr(?:er|ons|ez))\b/;
const GOAL_VERB_RE = new RegExp(`${GOAL_VERBS_EN.source}|${GOAL_VERBS_FR.source}`, 'g');
/** A modal or an aim after a verb: the goal's own verb is still to come. */
const MODAL_AFTER_RE = /^[^,;:.]*[,;:.]?[^;:.]*\b(?:pourra|devra|doit|peut|should|must|could|might|may|will|wants?|souhait\w*|vise|aims?)\b/;
/** A business named as the subject right before a participle describing it. */
const SUBJECT_NOUN_BEFORE_RE = /\b(?:an?|une?|the|la|le)\s+(?:[a-z]+\s+)?(?:company|business|firm|shop|store|brand|startup|entreprise|societe|boutique|marque)\s+$/;
/**
 * A modal or aim before any verb makes that verb the goal's: "doit envoyer", "must send", "strive to hit", "hopes to more than
 * double" (a bound before the verb, real33), "should plan to lose" (a plan is no verb of its own, real37); « compte » before
 * an infinitive is an intention (« Le groupe compte créer une quinzaine d'agences », real31), before a number a count.
 * An adverb of manner or frequency may stand between the modal and its verb (« doit généralement vendre », "should
 * typically sell", kpi48: real41); French ones end in -ment, English ones in -ally ("-ly" also ends "apply", "supply"; mend48e
 * folded kpi48's list of -ally adverbs into its ending), and so may "on average", « en moyenne » (mend48e).
 */
const MODAL_VERB_RE = /\b(?:doi(?:t|vent)|dev(?:ons|ez|ra|ront)|compt(?:e|ent|ons|ez)(?=\s+(?!(?:encore|entre|contre|notre|votre|autre)\b)[a-z]+(?:er|ir|re)\b)|must|should|needs? to|has to|have to|aim(?:s|ing)? to|strive to|want to|wants to|look(?:s|ing)? to|seek(?:s|ing)? to|hop(?:es?|ing) to|intends? to)\s+(?:(?:maintenant|desormais|aussi|encore|donc|now|also|still|really|more than|plan to|on average|en moyenne|[a-z]{3,}(?:ment|ally))\s+)?(?!(?:aim|strive|try|want|need|be|have(?!\s+\d)|continue|focus|etre|avoir)\b)([a-z]+)(?:\s+in\b)?/;
/** A verb after "by", "en", "through", "grâce à", "pour", "afin de" is a means or a purpose, not the goal (unless it is the only verb). */
const MEANS_BEFORE_VERB = /\b(?:by|through|via|en|(?<!\b(?:jours|semaines|mois|days|weeks|months)\s)pour|afin de|grace a|in order to|so as to|dans le but de|with the aim of|tout en|while|(?<!\b(?:days|weeks|months|strive|wants?|wanted|like|needs?|ha(?:ve|s)|aims?|is|are|was|plans?|going|how|able|tr(?:y|ies)|wish(?:es)?|hop(?:e|es|ing)|goals?|targets?|quotas?|objectives?|order|helps?|in|expected|supposed|ambition|required|asked|set|expect(?:s|ing)?|on track)\s)(?<!:\s)to)\s+$/;
const ASKED_TO_RE = /\b(?:ask|want|push|challeng|expect)\w* (?:them|you|us|(?:the|your|our) [a-z]+) to\s+$/;
/**
 * "Step 6:", "Goal #2:", "Specific:", "For example,": an item label or a lead-in before the goal. Each run of spaces has
 * one way to be matched (the former `(?:[a-z#]+\s*){1,2}#?\s*\d*\s*:` had three `\s*` in a row: a cell of "increase
 * revenue" + 1,950 spaces took 2.5 s to fail); same language.
 */
const LABEL_RE = /^\s*(?:[a-z#]+(?:\s+[a-z#]+)?\s*(?:#\s*)?(?:\d+\s*)?:|(?:for (?:example|instance)|par exemple)\s*,)\s+/;
/** "my goal is $20,000", "notre objectif : 50 000 €": the goal word's complement is the object. */
const GOAL_IS_RE = /\b(?:goal|target|objective|objectif|cible|quota)s?\s*(?:(?:set|given|assigned)\s+(?:by|for|to)\s+(?:[a-z]+\s+){1,3}(?=are|is))?(?:(?:,\s*)?(?:now|maintenant|desormais|today|aujourd'hui)?\s*,?\s*)(?:is|are|was|will be|would be|est|sera|c'est|ce sera|:|(?:as|at)(?=\s+[$€\x80£\d]))\s+(?:(?:donc|ainsi|so|thus|therefore)\s+)?(?!(?:[a-z]+\s+)?(?:to\b|de\b|d'|que\b|that\b))/;
/** "les objectifs du Groupe pour l'exercice 2018 : croissance …": a goal word's list after a colon, when no verb says more. */
const GOAL_COLON_RE = /\b(?:goal|target|objective|objectif|cible)s?(?:\s+[\w']+){1,6}\s*:\s+/;
/** "overall food cost needed to be 30% or less", "sales will grow …": the subject of a goal predicate is the object. */
// `(?<!\s)`: a match inside a run of spaces is one at its start too; trying each of its spaces was quadratic. That "not after
// a space" is tested after the first space or the "=" (`\s(?<!\s\s)`, `=(?<!\s=)`: the same character before it), so a scan
// fails on a letter before it runs a look-behind (perf57).
export const SUBJECT_PREDICATE_RE = /(?:\s(?<!\s\s)(?:\s*(?:needs? to|needed to|must|should|will|has to|doit|devra)\s+(?:be|grow|reach|rise|fall|drop|stay|remain|etre|rester)\b|\s*=)|=(?<!\s=))/;

/** Where the object phrase ends: punctuation, a preposition opening a means, purpose, time, recipient or change clause. */
// Punctuation inside a number ("18.5", "$50,000") is not a boundary; "to" inside "lead to customer conversion rate" is not either.
const BOUNDARY_RE =
  /(?<!\s)\s*(?:[,;:.!?](?!\d)|[()=])|\s(?:by|through|via|with|thanks to|to(?!\s+[a-z]+\s+(?:conversion|rates?|ratios?)\b)|from|for|within|before|until|in|on|at(?!\s+(?:least|most))|over|during|while|(?<!(?:more|less|fewer)\s)than|and|or|but|who|that|which|whose|where|when|as|using|across|among|every|each|next|this|compared|pour|afin|grace|avec|en|dans|sur|avant|jusqu\w*|d'ici|chaque|et|ou|mais|qui|que|dont|aupres|entre|soit|lors|au cours|d'(?=\d)|(?<!(?:moins|plus|moyenne)\s)de\s(?=[+\d])|de l'ordre de|d'environ|d'au moins|des\s(?=\d)|vers|contre|tout|ce(?:tte)?(?=\s+(?:annee|semaine|mois|trimestre|semestre|exercice)\b))\b|\s(?:per|par)\s(?!(?:day|week|month|quarter|year|rep|salesperson|jour|semaine|mois|trimestre|an|annee)\b)|(?<=(?:dollars?|euros?|million|billion))\s(?=an?\s(?:day|week|month|quarter|year)\b)/;
/** French "à" folds to "a", the English article: a boundary in French only. */
const BOUNDARY_A_FR = /\s(?:a|aux|au)\s/;
const DETERMINERS = /^(?:the|our|your|their|its|my|this|le|la|les|l|des|du|de|d|nos|vos|leurs?|notre|votre|mon|ma|mes|son|sa|ses|ce|cette|ces|aucune?|no|any|all|tous|toutes|total|overall|more|plus|davantage|additional|extra|new|nouve\w+|minimum|maximum|moyenne|least|at|of|over|about|around|nearly|almost|approximately|roughly|environ|upwards|excess|quarter|half)$/;
// French adjectives placed before their noun (« une seule grosse commande », « nos meilleurs clients ») are not heads; nor a
// cadence or a cap after the noun ("customers annually", "a year at most", mend49a).
const NOT_NOUN = /^(?:seule?s?|single|gros|grosses?|grande?s?|petite?s?|meilleure?s?|rapidement|durablement|fortement|nettement|largement|sensiblement|significativement|progressivement|considerablement|encore|back|again|per|par|day|week|month|year|jour|semaine|mois|annee|monthly|weekly|daily|yearly|annual|annually|most|maximum|mensuel\w*|hebdomadaire\w*|annuel\w*|needed|required|spent|depense|higher|lower|better|fewer|less|moins|supplementaires?|than|que|goals?|today|tonight|now|aujourd|hui)$/;
// "make x dollars", « x € »: a placeholder amount (real24); to/or/ou join a range's ends ("15% to 20% of …", real37).
const QUANTITY_WORD = /^(?:x|(?:diz|douz|quinz|vingt|trent|quarant|cinquant|cent)aines?|milliers?|millions?|billions?|milliards?|thousand|au|aux|to|ou|or|mille|[$€\x80£]?\d[\d.,']*(?:k|m|x|%)?|%|[$€\x80£]|k[€\x80]|m[€\x80]|euros?|dollars?|francs?|percent|pour|cents?|hundreds?)$/;
/**
 * What an amount aimed at may be instead of sales: "reach $2M in funding", « atteindre 1 M€ d'économies ». Not exports nor
 * many buyers' spending ("$55 billion in visitor expenditure"): sales summed over their sellers (kpi46, the ruling (b)).
 * Nor cash held ("reach $2M in cash", "… in cash reserves", « 1 M€ de trésorerie »: d57's no KPI; cash sales are sales, left58; « cash & carry » is
 * a wholesale channel's sales, mend58l).
 */
const NOT_SALES_AFTER = /^\s*(?:(?:in|of|de|d'|en|du|des)\s*)?(?:[a-z]+\s+){0,2}?(?<!(?:visitor|tourist|consumer|global) )(?:expenditures?|funding|financement|fonds|levee|capital|investment|investissements?|debt|dettes?|savings|economies|costs?|couts?|budget|spend\w*|depenses?|salaires?|salary|subsidies|subventions?|synerg\w*|cash(?! sales|\W+(?:and\W+)?carry)|tresorerie)\b/;
/**
 * "our fundraising goal is $1 million", « notre objectif de collecte de fonds : 50 000 € »: money a charity or a campaign raises
 * from donors is no sales amount (stmt51: real48's food banks; real37's "raise $200,000" names none).
 */
// (« amasser 350 millions $ », « recueillir 100 millions $ », « récolter 2 M$ »: the French verbs of a campaign's money, stmt52;
// the verbs only, not « la récolte 2027 », a harvest, mend52b.)
const FUNDS_RAISED_RE = /\b(?:fund ?rais\w*|donations?|dons|collecte de fonds|levee de fonds|(?:amass|recolt)(?:er|ons|ez)|recueill(?:ir|ons|ez))\b/;
/** Money raised toward a goal: "has raised $12,000 toward a target of $30,000", "towards its $20,000 goal" (mend51d). */
const RAISED_TOWARD_GOAL_RE = /\b(?:raised|collected)\s[^.;]{0,40}\btowards?\b|\b(?:collecte|recolte|leve)(?:e?s?|r)\s[^.;]{0,40}?\b(?:sur|pour) (?:un|une|l'|son|sa|leur|les|notre|ses)\b[^.;]{0,30}?\b(?:objectif|vise|cible)/;
/** A clause's end: ";", a sentence's ".", or a comma then "then" / "and" (« puis », « et »). */
const CLAUSE_END_RE = /[;!?]|\.(?:\s|$)|,\s*(?:then|and|puis|et)\b/;
/**
 * Fundraising words in the amount's own clause: "Reach $500,000 by June 2027, then open a fundraising round" is a sales
 * goal (mend51d: stmt51 looked 40 characters on, past the clause).
 */
function fundsRaisedInClause(folded: string, o: GoalObject): boolean {
  const before = textBefore(folded, o.start, 40).split(CLAUSE_END_RE).pop() ?? '';
  // (Money raised toward a goal, "has raised $12,000 toward a target of $30,000", is a campaign's too, as kpi.ts reads it.)
  return FUNDS_RAISED_RE.test(before + o.phrase + clauseAfter(o)) || RAISED_TOWARD_GOAL_RE.test(folded);
}
/** The 40 characters after an object, up to its clause's end. */
function clauseAfter(o: GoalObject): string {
  const stop = CLAUSE_END_RE.exec(o.after);
  return o.after.slice(0, Math.min(40, stop ? stop.index : 40));
}
/** Things said to be sold or distributed, and what they are worth. */
const SOLD_RE = /\b(?:sold|vendu(?:e|s|es)?|ecoule(?:e|s|es)?|(?:distribue(?:e|s|es)?|distributed)(?=\s+(?:dans|en|aux|through|to|in)\s+(?:les\s+|the\s+)?(?:reseaux|magasins|points de vente|enseignes|grandes surfaces|pharmacies|supermarch\w*|retailers|stores|shops|distributors)\b))/;
const WORTH_RE = /\b(?:d'une valeur|pour une valeur|worth|valued at|with a value)\b/;
// A scale word is money only without a counted noun after it: « un million de touristes », "a million tourists" are a count
// (left53's M4); « un million d'euros », "a million in revenue", and sales ("4 million annual sales", « 2 millions de
// ventes ») stay money, revenue's own words (mend53e).
const MONEY_RE = /[$€\x80£]\s?(?:\d|x\b)|\bx\s?(?:k[€\x80]|[€\x80]|(?:euros?|dollars?)\b)|\d\s?(?:k[€\x80]|m[€\x80]|[€\x80]|\$|£)|\d\s*(?:k|m)?\s*(?:euros?|dollars?|francs?)\b|\d\s?(?:[km]?(?:da|dzd|dhs?|dt|f?cfa|xof|xaf)|[km]e)\b|\b(?:dinars?|dirhams?|fcfa|baht|yuan)\b|\bmoney\b|\bargent\b|\b(?:million|billion|milliard)s?\b(?! (?:de |d'|of )?(?!(?:euros?|dollars?|francs?|dinars?|dirhams?|fcfa|pounds?|usd|per|par|for|pour|sur|the|this|next|(?:[a-z]+ )?(?:sales|ventes))\b)[a-z]{3,})/;
// (A year here is 1950–2049, but 1950–2000 before a plural is a count: "Sell 1950 subscriptions", « 2000 abonnements »; "the
// 2000 target" is none, left43, mend43d.)
const DIGIT_COUNT_RE = /(?:^|\s)(?!(?:19[5-9]\d|2000)\s(?![a-z]{2,}[sx]\b)|20(?:0[1-9]|[1-4]\d)\s)\d[\d.,']*\+?\s+(?!%|percent|pour|k\b|m\b|x\b|times|fois|euros?\b|dollars?\b|francs?\b|(?:[km]?(?:da|dzd|dhs?|dt|f?cfa|xof|xaf)|[km]e)\b|dinars?|dirhams?|(?:tonnes?|tons|kg|kilos|(?:hecto)?litres|liters|hl|gallons|barrels|barils)\b)[a-z]/;
/** A count in the phrase: digits before a noun (not a year, a percentage or money, nor a weight or a volume: « récolter 13.000
 * tonnes de denrées », « écouler 1000 hectolitres », stmt51), or a number word from two up (text.ts). */
/** "one big order", "au moins un nouveau client", "a single account": a count of one thing (real24, real23). */
const ONE_COUNT_RE = /(?:^|\s)(?:one(?!\s+(?:time|off|stop|way)\b)|a single|(?:at least|au moins) (?:one|une?)|une? seule?)\s+(?:[a-z]+\s+){0,2}?(?:orders?|deals?|contracts?|clients?|customers?|accounts?|commandes?|contrats?|affaires?|ventes?|sales?)\b/;
/**
 * « plusieurs milliers d'articles », "hundreds of cars", « tant de produits »: a count with no figure (real37, real23); not
 * "hundreds of thousands of dollars", « des milliers d'euros » (money).
 */
const VAGUE_COUNT_RE = /\b(?:(?:plusieurs|des|quelques) (?:dizaines|centaines|milliers)|(?:hundreds|thousands) of|tant d)(?![^,.]*\b(?:dollars|euros))/;
function counts(text: string): boolean {
  return DIGIT_COUNT_RE.test(` ${text}`) || ONE_COUNT_RE.test(text) || VAGUE_COUNT_RE.test(text) || text.split(/\s+/).some((w) => (numberWord(w) ?? 0) >= 2);
}

export interface GoalObject extends Span {
  /** The object phrase, folded, determiners and numbers kept. */
  phrase: string;
  /** Its head noun (EN: the last noun before "of"; FR: the first noun) and the other content words. */
  head: string;
  modifiers: string[];
  /** What follows the object's head in "the percentage of customers who …" or "X per customer": read by the share and ratio heads. */
  after: string;
  verb: VerbClass | null;
  /** "my goal is …": the object is the goal's own value. */
  goalIs: boolean;
}

function verbClass(verb: string): VerbClass {
  return VERB_CLASSES.find(([, re]) => re.test(verb))?.[0] ?? 'other';
}

/** The goal's object phrase, or null when the sentence has no recognisable goal structure. */
export function goalObject(folded: string, language: 'fr' | 'en', kpiNouns: readonly Span[] = []): GoalObject | null {
  const label = LABEL_RE.exec(folded);
  const from = label && !/\b(?:is|est)\b/.test(label[0]) ? label[0].length : 0;
  const text = folded.slice(from);
  let start: number;
  let goalIsAt = -2;
  let verb: VerbClass | null = null;
  let goalIs = GOAL_IS_RE.exec(text);
  const modal = MODAL_VERB_RE.exec(text);
  GOAL_VERB_RE.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  let main: RegExpExecArray | null = null;
  for (let m = GOAL_VERB_RE.exec(text); m && !main; m = GOAL_VERB_RE.exec(text)) {
    // "win rate", "close rate", "sales calls": a verb's word inside a KPI noun is that noun (unless a count follows it:
    // "meeting 30 clients").
    const at = from + m.index;
    if (kpiNouns.some((n) => n.start <= at && n.end > at) && !/^\s+\d/.test(text.slice(m.index + m[0].length))) continue;
    // "fast-growing", "best-selling": an adjective, not the goal's verb.
    if (/\b(?:fast|best|top|ever|high)\s$/.test(textBefore(text, m.index, 6))) continue;
    // "the average amount spent per call", « par appel »: a verb's word after "per" is the noun counted by (kpi37, real29).
    if (/\b(?:per|par)\s$/.test(textBefore(text, m.index, 5))) continue;
    // "Target laid out …", "Target plans to …": the subject of a finite verb (a name), not the imperative.
    if (m[0] === 'target' && /^\s+(?:[a-z]+ed|laid|said|says|is|was|has|had|plans|will|expects|wants|aims)\b/.test(text.slice(m.index + 6))) continue;
    // "during a two-hour long meeting with investors": the noun, not the verb.
    if (m[0] === 'meeting' && /\b(?:an?|the|our|its|long|weekly)\s+(?:[a-z]+\s+){0,3}$/.test(textBefore(text, m.index, 30))) continue;
    // "has never hit double figures …, declares 'I will sell 27 cars'", "n'a pas comme objectif d'augmenter …, mais de": a
    // negated aim is not the goal.
    if (/\b(?:never|jamais|pas (?:comme|pour) (?:objectif|but) d')\s*$/.test(textBefore(text, m.index, 24)) && !/^(?:los|perd|exceed|depass)/.test(m[0]) && /,|\b(?:mais|but)\b/.test(text.slice(m.index))) continue;
    // "is closing in on a target of adding …": nearing a goal, not the goal's verb.
    if (/^\s+in\s+on\b/.test(text.slice(m.index + m[0].length))) continue;
    // "des produits à vendre": things for sale, not the goal's verb.
    // (Not after an expectation: « s'attend à vendre 600 000 billets », as "expects to sell", real38.)
    if (m[0] === 'vendre' && /\sa\s$/.test(textBefore(text, m.index, 3)) && !/\battend\w* a\s$/.test(textBefore(text, m.index, 14))) continue;
    // "15-25 contacts qualifiés": counted contacts are the noun.
    // "70 calls to qualified leads", "a call average of 10 doctors": counted calls and a call compound are the noun (real23).
    if ((/^(?:contacts?|calls?)$/.test(m[0]) && /\d\s*$/.test(text.slice(0, m.index))) || (m[0] === 'call' && /^\s+(?:average|volume|count|rate|quota|target|goal|plan|list|log)s?\b/.test(text.slice(m.index + 4)))) continue;
    // "a company selling software might aim to …", « une entreprise vendant des logiciels doit … »: a participle on the subject
    // describes it, before a modal's verb (not even a fallback verb).
    if (/(?:ing|ant)$/.test(m[0]) && SUBJECT_NOUN_BEFORE_RE.test(textBefore(text, m.index, 36)) && MODAL_AFTER_RE.test(text.slice(m.index + m[0].length))) continue;
    first ??= m;
    // « Un site qui génère beaucoup de commandes, … pourra souhaiter augmenter son panier moyen », "a shop that sells many items
    // … should aim to increase …": a verb in a relative clause on the subject describes it; the goal's verb comes after (real24).
    if (/\b(?:qui|which|that|who)\s+(?:[a-z']+\s+)?$/.test(textBefore(text, m.index, 24)) && MODAL_AFTER_RE.test(text.slice(m.index + m[0].length))) continue;
    // "asking them to increase sales", "challenge your reps to book …": what someone is asked to do is the goal.
    if (ASKED_TO_RE.test(textBefore(text, m.index, 40))) main = m;
    else if (!MEANS_BEFORE_VERB.test(textBefore(text, m.index, 16))) main = m;
  }
  // Every goal verb is in a means or purpose clause: the goal's own verb is one this table does not know ("Renforcer la
  // notoriété de la marque pour augmenter les ventes"), unless the clause opens the sentence ("En réduisant le churn …").
  if (!main && first && first.index > 12 && !(modal && modal.index < first.index)) return null;
  const verbMatch = main ?? first;
  // "la course aux 100 millions d'utilisateurs que visent Revolut et N26", "les 500 magasins que le groupe veut ouvrir":
  // a goal verb in a relative clause follows its object, the counted phrase before "que".
  // "How many units do you plan to sell each month?", « Combien de contrats comptez-vous signer ? »: a question's object comes
  // before its verb too, after "how many" (real32; real12's questions state their goal).
  const beforeVerb = verbMatch ? textBefore(text, verbMatch.index, 90) : '';
  const relative = verbMatch ? ((language === 'fr' ? /(?:^|[\s(])(\d[^,;:.!?]{0,48}?)\s+(?:que|qu')\s*(?:[a-z']+\s+){0,3}$/.exec(beforeVerb) : null) ?? (beforeVerb.includes('how many') || beforeVerb.includes('combien') ? HOW_MANY_BEFORE_RE.exec(beforeVerb) : null)) : null;
  if (relative && verbMatch) {
    const phrase = relative[1];
    const at = from + Math.max(0, verbMatch.index - 90) + relative.index + relative[0].indexOf(phrase);
    const words = phrase.split(/[\s']+/).filter((w) => /^[a-z]/.test(w) && !DETERMINERS.test(w) && !QUANTITY_WORD.test(w) && numberWord(w) === undefined && !NOT_NOUN.test(w));
    return { start: at, end: at + phrase.length, phrase, head: words[0] ?? '', modifiers: words.slice(1), after: '', verb: verbClass(verbMatch[0]), goalIs: false };
  }
  const subject = SUBJECT_PREDICATE_RE.exec(text);
  // "to hit my goal ($5,000 MRR), I'll need to find 200 customers": a leading to-clause is the purpose of the need after it.
  const purposeFirst = modal && verbMatch && /(?<!\b(?:is|are|was|be)\s)\bto\s+$/.test(textBefore(text, verbMatch.index, 8)) && /,/.test(text.slice(verbMatch.index, modal.index));
  if (modal && (!verbMatch || modal.index < verbMatch.index || purposeFirst)) {
    start = modal.index + modal[0].length;
    verb = verbClass(modal[1]);
  } else if (verbMatch && !(goalIs && goalIs.index <= verbMatch.index)) {
    start = verbMatch.index + verbMatch[0].length;
    verb = verbClass(verbMatch[0]);
  } else if (goalIs ?? (goalIs = GOAL_COLON_RE.exec(text))) {
    start = goalIs.index + goalIs[0].length;
    goalIsAt = start;
  } else if (subject) {
    // The subject: the words before the predicate, back to a clause start ("The mandate … was that overall food cost").
    const before = text.slice(0, subject.index);
    start = /^.*(?:[,;:.]|\b(?:that|que|qu'|where|when|if|si)\b)\s*/.exec(before)?.[0].length ?? 0;
  } else {
    // With no verb, subject or goal word: the sentence from its start, after an English opening adverbial ("At the same
    // time, the company raised …", "In one larger store, dongle targets …": real34, real30).
    start = /^\s*(?:at|in|during|meanwhile)\b[^,;:]{0,24},\s*/.exec(text)?.[0].length ?? 0;
  }
  // "call on the selected doctors", « commercialiser sur une année 94 maisons »: a verb's particle or a period before the
  // object is no boundary (real23); nor is a cadence (« vendre chaque jour entre 500 et 800 baguettes », "sell each day …",
  // mend48e).
  // "have to talk to 10 people": the particle of a verb of contact after a modal (real30).
  if (verb === 'contact') start += /^\s+(?:to|with|a)(?=\s)/.exec(text.slice(start))?.[0].length ?? 0;
  // « vendre entre 500 et 800 baguettes », "sell (anywhere) between 500 and 800 loaves": a range's first end, as "500 to 800"
  // (kpi48: real41), is read past as the object's start (the second end counts the goods). Only bare counts before a noun:
  // never a percentage, a multiple, a duration, a clock time or places ("between 10 and 20 percent more", "between 2 and 3
  // times", "between 2 and 4 hours", « entre 9 et 17 h », "between 2 and 3 stores"; mend48e).
  start += /^(?:\s+(?:on|upon|(?:(?:sur|over|in)\s+(?:une?|a|one|the)|cette|ce|this|chaque|each|every)\s+(?:annee|an|year|mois|month|semaine|week|trimestre|quarter|jour|day))\b)?(?:\s+(?:(?:any|some)where\s+)?(?:between|entre)\s+\d[\d.,]*\s(?:and|et)(?=\s\d[\d.,]*\s+(?!(?:percent|pour|times|fois|hours?|heures?|h|stores|magasins)\b)[a-z]))?/.exec(text.slice(start))?.[0].length ?? 0;
  // "augmenter de 30 % le trafic", "augmenter de 25 à 35 % la part de marché": a French change may come before the object.
  if (language === 'fr') start += /^\s*d(?:e\s|')\s*\+?\d[\d\s.,%a]*?\s(?=(?:l[ae']|les|son|sa|ses|leurs?|notre|nos|votre|vos|mon|ma|mes)\b)/.exec(text.slice(start))?.[0].length ?? 0;
  const rest = text.slice(start);
  // "gross over $500,000", "reach about 2 M€": a bound before the amount is part of the object, not a boundary.
  // « signer au moins une commande »: the same bound in French, and before « un(e) » (real24).
  // "book as many weddings as I could", "add as many as 22 new stores": "as many" opens the object it counts (real31).
  // "lose 15 percent to 20 percent of their customers", « perdre 15 à 20 % de nos clients », « viser 7 ou 8 succès »: a range's
  // first end too (real37, real28), after a bound as well (« plus de 2 à 3 clients », "no more than 2 to 3 customers", left49).
  const bound = /^(?:\s*(?:(?:over|about|around|nearly|almost|approximately|roughly|environ|(?:no )?more than|at least|upwards of|in excess of|au (?:moins|plus|maximum)|plus de|as many as)\s+(?=[$€\x80£\d]|(?:one|une?)\s)|as many\s+(?!as\b)(?=[a-z])|\d[\d.,]*\s?(?:%\s?|percent\s)?(?:to|a|ou|or)\s(?=\d))){1,2}/.exec(rest)?.[0].length ?? 0;
  const boundary = BOUNDARY_RE.exec(rest.slice(bound));
  if (boundary) boundary.index += bound;
  const boundaryA = language === 'fr' ? BOUNDARY_A_FR.exec(rest.slice(bound)) : null;
  if (boundaryA) boundaryA.index += bound;
  // "increase average sales" ends at the sentence's end; an empty object ("Sell more to …") has no head.
  let end = Math.min(boundary ? boundary.index : rest.length, boundaryA ? boundaryA.index : rest.length);
  if (subject && start >= 0 && !verbMatch && !goalIs && !modal) end = Math.min(end, subject.index - start);
  const phrase = rest.slice(0, Math.min(end, 80));
  const after = textAfter(rest, phrase.length, 40);
  // Head and modifiers: determiners, quantities and cadence words are not nouns of the phrase.
  const nouns = (part: string) => part.split(/[\s']+/).filter((w) => /^[a-z]/.test(w) && !DETERMINERS.test(w) && !QUANTITY_WORD.test(w) && numberWord(w) === undefined && !NOT_NOUN.test(w));
  // "has a total of 450,000 online subscriptions": a total is the count of what follows it, not a head (real31).
  const ofAt = language === 'en' ? phrase.search(/(?<!\btotal)\s(?:of|per)\s/) : -1;
  let beforeOf = ofAt >= 0 ? phrase.slice(0, ofAt) : phrase;
  let words = nouns(beforeOf);
  // "105% of goal", "a minimum of 90% customers returning": nothing but a quantity before "of", the complement is the head.
  if (words.length === 0 && ofAt >= 0) {
    beforeOf = phrase;
    words = nouns(phrase.slice(ofAt + 4).split(/\s(?:of|per)\s/)[0]);
  }
  const goalHead = /\b(?:goal|target|objectif)s?\s*$/.test(beforeOf.trim()) ? (beforeOf.trim().split(/\s+/).pop() ?? '') : '';
  // English participles follow their noun ("Sales Closed", "Presentations Needed", "customers returning"): not heads.
  const heads = language === 'en' && words.length > 1 ? words.filter((w, i) => i === 0 || !/(?:ed|(?<!rat|pric|book|meet|spend|bill|train|rank|list)ing)$/.test(w)) : words;
  const head = goalHead || (language === 'en' ? (heads[heads.length - 1] ?? '') : (heads[0] ?? ''));
  const modifiers = words.filter((w) => w !== head);
  const offset = from + start;
  return { start: offset, end: offset + phrase.length, phrase, head, modifiers, after: (ofAt >= 0 && beforeOf !== phrase ? phrase.slice(ofAt) : '') + after, verb, goalIs: start === goalIsAt };
}

/** A head noun's measure, given its modifiers, the whole phrase, what follows it and the verb. undefined = not a head this table knows. */
type HeadReading = (o: GoalObject, mods: string) => string | null | undefined;

/** "105% of goal", "110 % de l'objectif": a share of one's goal or quota. */
// (fixes16: "de l'objectif de vente", "of plan", "du plan"; not "target accounts", nor "our goal of 100 deals", a count.)
const QUOTA_SHARE = /%\s*(?:of|de|du|d')\s*(?:[a-z]+'|[a-z']+\s+){0,2}(?:goals?|quotas?|objectifs?|targets?|plan)\b(?! (?:accounts?|markets?|lists?|customers?|audiences?|segments?|companies)\b)(?!\s*(?:of|de|d')\s*[$€\x80£]?\d)/;
const SALE_WORD = /\b(?:transactions?|deals?|orders?|sales?|baskets?|commandes?|ventes?|achats?|purchases?)\b/;
/** "deux millions de clients", "5 million users": millions that count the noun after them, not money. */
const COUNTED_MILLIONS = /\b(?:million|billion|milliard)s?\s+(?:(?:de|of)\s+|d')?(?=(?:[a-z]+\s+){0,2}(?:customers?|clients?|patients?|accounts?|comptes?|buyers?|acheteurs?|abonnes?|subscribers?|users?|utilisateurs?)\b)/g;
/**
 * Customers or subscribers counted in millions or in six digits, with no acquisition verb and no "new", are the base
 * (a bank's "un million de clients", a telco's "3 millions d'abonnés"): nobody wins that many without saying so.
 */
const ADDED_RE = /\b(?:fideles|loyaux|loyal|repeat|returning|new|nouve\w+|more(?! than)|plus(?! d)|additional|supplementaires?)\b/;
function baseCount(o: GoalObject): boolean {
  return o.verb !== 'acquire' && o.verb !== 'earn' && !/^\s*(?:fideles|loyaux)\b/.test(o.after) && !ADDED_RE.test(o.phrase) && /(?:\b(?:millions?|milliards?|billions?)|\d{3}[.,' ]\d{3})\s+(?:(?:de|of)\s+|d')?(?:[a-z]+\s+)?[a-z]+$/.test(o.phrase.slice(0, o.phrase.indexOf(o.head) + o.head.length));
}
/**
 * "a target of 2 million customers", "a goal of 1,000,000 customers", « un objectif de 3 millions de clients »: a goal given
 * customers counted in millions or six digits is the base, as the same count after a verb is (baseCount; kpi56, real42:53).
 */
function goalOfBase(o: GoalObject): boolean {
  const counted = /[a-z]+$/.exec(o.phrase)?.[0] ?? '';
  return CUSTOMER_HEAD.test(counted) && baseCount({ ...o, head: counted });
}
/** Things counted that no catalog KPI measures: places, firms selected, land, tonnage, staff ("20 établissements", "20 PME"). */
/** A verb of making right before a count: « produire 6 lanceurs », "build 6 rockets" count output, no deals won (stmt60, real57:29; kpi.ts's goal count alike). */
const MAKE_VERB_RE = /\b(?:produ|fabriqu|manufactur|build|construi)\w*\s+\d/;
/** A verb of making, then its count (two words between at most): "manufacture 1.6 million cars", « fabriquer 500 » (left62). */
const MADE_COUNT_RE = /\b(?:produc|produi|fabriqu|manufactur|build|built|construi|assembl|mak(?:e|es|ing)\b)\w*\s+(?:[a-z']+\s+){0,2}\d/;
/** Goods a verb of making can count (not bookings, memberships, policies or deals, which are made by selling). */
const MADE_GOODS_RE = /^(?:cars?|vehicules?|vehicles?|voitures?|units?|unites?|exemplaires?|copies|pieces?|articles?|produits?|products?|homes?|houses?|logements?|maisons?)$/;
/**
 * A word of selling anywhere in the sentence: things made are sold there too. Closing, placing and « écouler » sell as well
 * ("Make reps close 500 cars", "… and place 5,000 units with retailers", « Fabriquer et écouler 500 véhicules », mend62l) —
 * not "close to" (about) nor a place ranked or taken ("first place", "take place", "in place").
 */
const SELLING_WORD_RE = /\b(?:sell\w*|sold|sales?|vend\w*|ventes?|commercialis\w*|deliver\w*|livr\w*|orders?|commandes?|clos(?:e|es|ed|ing)\b(?! to\b)|(?<!\b(?:first|second|third|top|last|take|takes|took|taking|in|market|work|the|a|of) )plac(?:e|es|ed|ing|er|ons|ent)\b(?! (?:in|at)\b)|ecoul\w*)\b/;
const PLACE_COUNT = /\d[\d.,' ]*\s+(?:[a-z]+\s+)?(?:etablissements?|pme|hectares?|tonnes?|salaries?|emplois?)\b/;
/** What stands right before a measure that is its own clause's (or next sentence's) subject: a joint, at most a determiner. */
const OWN_SUBJECT_BEFORE_RE = /(?:[,;.]|\b(?:and|et|where|ou))\s+(?:(?:the|our|le|la|les|notre|nos)\s+|l')?$/;
/** A relative clause open before a mention: ", qui revendique …", ", which has …". */
const RELATIVE_BEFORE = /[,(]\s*(?:qui|which|who|dont)\s(?:[^,;:.]|[,.](?=\d))*$/;
/** "Get customers to come back", « amener les clients à revenir »: customers brought back, as "bring back" (real24). */
const COME_BACK_RE = /^\s*(?:to|a)\s+(?:come back|return|buy again|reorder|repurchase|revenir|racheter|repasser commande)\b/;
/** Places counted: "son nombre de points de vente", "the number of stores" (no KPI, as stores opened; real21). */
const PLACE_NOUN_RE = /\b(?:points? de vente|points? of sale|magasins|stores|boutiques|agences|succursales|shops|outlets|hotels|tourists|touristes)\b/;
/** « des clients plus fidèles », "customers who are more loyal": loyalty, not loyal customers counted (real24). */
const LOYALER_RE = /\b(?:clients?|customers?|clientele)\s+(?:(?:who are|qui sont)\s+)?(?:plus|more)\s+(?:fideles?|loyal)\b/;
/** Nouns that group the customers they are of: "segments de clientèles", "groups of customers". */
const GROUP_HEAD = /^(?:segments?|groupes?|groups?|categories?|types?|cohortes?|cohorts?|portefeuilles?)$/;
/**
 * Customers qualified as lost ("churned customers", « clients perdus », « clients partis »), none counted before them: kept or held under a figure
 * ("Keep churned customers under 60", « Garder les clients perdus sous 60 », « Maintenir les clients perdus sous 60 ») they
 * are churn, as the catalog's compound says — not customers retained or the base held (surf62: French read retention,
 * "increase", English churn). Won back ("bring back lost customers") stays the regain verb's.
 */
const LOST_MODIFIER = /^(?:lost|churned|departed|perdus?|partis?|resilies?|desabonnes?)$/;
/** A bound they are kept under and no count before it (mend62f: "Retain 20 lost customers", « Fidéliser les clients perdus » are not churn). */
function keptUnder(text: string): boolean {
  const at = text.search(/\b(?:under|below|sous|en dessous d|moins d)/);
  return at >= 0 && !counts(text.slice(0, at));
}
const CUSTOMER_HEAD = /^(?:customers?|clients?|clienteles?|patients?|accounts?|comptes?|buyers?|acheteurs?|contrats?|contracts?)$/;
const SHARE_PREDICATES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:rat(?:e|es|ed|ing)\b|satisf|happy|recommend)/, 'csat'],
  [/\b(?:return|come back|coming back|stay|renew|repurchas|buy again|revien|rest|renouvel|fidel)/, 'retention'],
  [/\b(?:leav|left|churn|cancel|stop|lost|part|resili|quitt|unsubscrib|desabonn)/, 'churn'],
];

/**
 * The table of heads. Each reads the head (and its modifiers) as a measure; a head not listed leaves the choice to the
 * catalog mentions inside the object.
 */
const HEADS: ReadonlyArray<readonly [RegExp, HeadReading]> = [
  // Shares and rates OF customers are named by what the customers do: "percentage of customers who rate …", "the rate to
  // which your customers stop subscribing", "90% customers returning".
  [/^(?:percentage|pourcentage|share|proportion|part|partie|rate|taux|ratio|customers?|clients?|users?|utilisateurs?)$/, (o) => {
    if (QUOTA_SHARE.test(o.phrase)) return 'quota_attainment';
    if (!/(?:%|percent|pourcentage|percentage|share|proportion|\bpart\b|partie|\brate\b|taux)/.test(o.phrase)) return undefined;
    if (!/\b(?:customers?|clients?|clientele|users?|subscribers?|abonnes?)\b|customer's/.test(o.phrase + o.after)) return undefined;
    // What the customers do follows them (the head itself, "rate", is not their predicate): "customers returning", "who stop".
    const predicate = `${o.phrase.replace(/^.*\b(?:customers?|clients?)\b/, '')} ${o.after.slice(0, 40)}`.replace(new RegExp(`\\b${o.head}\\b`), '');
    return SHARE_PREDICATES.find(([re]) => re.test(predicate))?.[1] ?? (o.verb === 'acquire' && !/\b(?:new|nouveaux|nouvelles)\b/.test(o.phrase) && !(/\b(?:more|additional|supplementaires?)\b/.test(o.phrase) && !/^\s*(?:than|que)\b/.test(o.after)) ? 'deals_closed' : undefined);
  }],
  // One deal given an amount ("close a $1M deal", "signer un contrat de 1 M€"): the size of a deal, not a count of them.
  [/^(?:deal|contract|contrat|affaire)$/, (o) => (/^\s*(?:an?|one|une?)\s/.test(o.phrase) && MONEY_RE.test(o.phrase + o.after.slice(0, 20)) ? 'average_deal_size' : undefined)],
  // Customers and contracts: what the verb does to them decides (won, lost, kept, contacted).
  // "10 % de clients supplémentaires", "10% more customers": a percentage more of the customers is the base growing.
  // "Keep 98% of all patients scheduled", « garder 90 % des clients actifs »: a share kept in a state names that state's rate,
  // which the catalog does not track, not customers retained (real30); "customers designated as …" names the segment kept.
  [CUSTOMER_HEAD, (o, mods) => (o.verb === 'retain' && /%/.test(o.phrase) && /^(?:(?!renewed)[a-z]{3,}ed|actifs?|active|engag\w+|planifi\w+|satisf\w+)$/.test(o.modifiers[o.modifiers.length - 1] ?? '') && !/^\W*(?:as|by|comme|par)\b/.test(o.after) ? null : /%/.test(o.phrase) && /\b(?:more|supplementaires?|en plus|new|nouveaux|nouvelles)\b/.test(o.phrase + o.after.slice(0, 12)) && /^(?:client|customer)s?$/.test(o.head) ? 'customers' : MONEY_RE.test((o.phrase.replace(/\b(?:paying|payant)\s+\S+/, '') + (/^\s(?:from|de)\s/.test(o.after) ? o.after.slice(0, 16) : '')).replace(COUNTED_MILLIONS, '')) ? 'revenue' : o.verb === 'meet' ? 'meetings' : o.verb === 'open' && /^(?:accounts?|comptes?)$/.test(o.head) ? 'deals_closed' : o.verb === 'contact' ? 'prospecting' : o.verb === 'regain' || COME_BACK_RE.test(o.after) ? (counts(o.phrase) ? 'deals_closed' : 'retention') : (o.verb === 'hold' || o.verb === 'retain') && keptUnder(o.phrase + o.after) && o.modifiers.some((w) => LOST_MODIFIER.test(w)) ? 'churn' : o.verb === 'hold' ? 'customers' : o.verb === 'lose' ? 'churn' : o.verb === 'retain' && !/\bcontra/.test(o.head) && !baseCount(o) ? 'retention' : baseCount(o) ? 'customers' : o.verb === 'acquire' || /\b(?:new|nouveaux?|nouvelles?)\b/.test(o.phrase) || (o.verb !== null && o.verb !== 'level' && counts(o.phrase) && /^(?:clients?|customers?|patients?)$/.test(o.head)) ? 'deals_closed' : /\bacquisition\b/.test(mods) ? 'deals_closed' : undefined)],
  // "Reach 10,000 subscribers", "atteindre 10 000 abonnés": a level reached is the base, whatever its size (not "new", not per
  // period; "atteindre les 1000 abonnés", a milestone, is an audience's: real9 labels it sign-ups).
  // "acquire 52 new members", "recruter 30 nouveaux adhérents": members won (a club's, a chamber's) are won deals; "double its
  // membership" is the base.
  [/^membership$/, (o) => (/^\s*(?:(?:its|our|their|your|my|his|her|total|overall)\s+)?membership\b/.test(o.phrase) ? 'customers' : undefined)],
  [/^(?:abonnes?|subscribers?|subs|subscriptions?|abonnements?|members?|membres?|adherents?|users?|utilisateurs?)$/, (o) => (o.verb === 'lose' ? 'churn' : /^(?:members?|membres?|adherents?)$/.test(o.head) && !/\b(?:team|staff|equipe)\b/.test(o.phrase) && (o.verb === 'acquire' || /\b(?:new|nouveaux)\b/.test(o.phrase)) ? 'deals_closed' : !/\be?mail/.test(o.phrase + o.after) && !PLATFORM_RE.test(o.phrase + o.after) && (baseCount(o) || (o.verb === 'level' && counts(o.phrase) && !/\b(?:les|the)\s+\d/.test(o.phrase) && !ADDED_RE.test(o.phrase) && !/^\s*(?:per|par|an?|each|every|chaque|\/)\s/.test(o.after))) ? 'customers' : undefined)],
  [/^(?:acquisition|acquisitions)$/, (o, mods) => (/\b(?:customers?|clients?|new)\b/.test(mods + o.after) ? 'deals_closed' : undefined)],
  [/^(?:leads?|prospects?)$/, (o) => (o.verb === 'contact' ? 'prospecting' : undefined)],
  // Money: an average sale is the deal size, closed or counted sales are won deals, the rest is revenue.
  [/^(?:sales?|ventes?|income|revenues?|revenus?|money|argent|turnover|volume|chiffres?)$/, (o) => {
    if (/^chiffres?$/.test(o.head) && !/^\s*(?:chiffres?\s+)?(?:d'?\s?affaires?|de ventes?)\b/.test(o.phrase.slice(o.phrase.indexOf(o.head) + o.head.length).replace(/^s?/, ''))) return undefined;
    if (/\b(?:average|avg)\s+(?:sales?|revenue)\b|\bventes?\s+moyennes?\b/.test(o.phrase)) return 'average_deal_size';
    if (/\b(?:closed|won|signed|conclues?|signees?|gagnees?)\b/.test(o.phrase)) return 'deals_closed';
    if (o.head === 'volume' && !MONEY_RE.test(o.phrase)) return undefined;
    // "Save money on shipping": money is sales only as what a goal verb makes or grows.
    if (/^(?:money|argent)$/.test(o.head) && (o.verb === null || o.verb === 'retain')) return undefined;
    // "2 millions d'euros de ventes": millions of money are no count of sales.
    if (/^(?:sales?|ventes?)$/.test(o.head) && ((counts(o.phrase) && !MONEY_RE.test(o.phrase.replace(COUNTED_MILLIONS, ''))) || /^\s*(?:of|de)\s+\d[\d\s.,]*(?:units?|unites?)\b/.test(o.after))) return 'deals_closed';
    return 'revenue';
  }],
  // "augmenter la LTV, …", "customer lifetime value": a value the catalog does not track (the glossary's null), first of a list.
  [/^(?:ltv|clv|cltv|value|valeur)$/, (o, mods) => (/^(?:ltv|clv|cltv)$/.test(o.head) || /\b(?:lifetime|vie)\b/.test(mods) ? null : undefined)],
  // "Objectifs : vendre, accroître sa rentabilité, …": a selling verb alone, first of a goal's list, is sales (uncounted selling).
  [/^(?:vendre|sell|selling)$/, (o) => (o.phrase.trim() === o.head ? 'revenue' : undefined)],
  [/^(?:size|value|amount|montant|valeur|taille|ticket|basket|panier|check|denominations?)$/, (o, mods) => (SALE_WORD.test(mods) || /\b(?:average|moyen)\b/.test(mods + o.after.slice(0, 7)) || /\b(?:of|de|des|du)\s+(?:[a-z]+\s+){1,3}(?:purchased|bought|sold|achete|vendu)/.test(o.phrase + o.after) || new RegExp(`^\\s*(?:spent\\s+|depense\\s+)?(?:per|par|of|de|du|des|d')\\s*(?:(?:each|chaque|the|a|an|la|le|les|une?|customer|client)\\s+)*${SALE_WORD.source}`).test(o.after) ? 'average_deal_size' : undefined)],
  // A professional firm's fees are its sales, but fees per partner an amount per head (the glossary's « CA par vendeur »).
  [/^(?:fees|honoraires)$/, (o) => (/^\s*(?:per|par|\/)\s/.test(o.after) ? null : 'revenue')],
  [/^(?:costs?|couts?|charges|expenses|depenses)$/, (o) => (/^\s*(?:per|par)\b/.test(o.after) ? null : 'costs')],
  [/^(?:margins?|marges?)$/, () => 'net_margin'],
  // "le nombre de polices vendues", "the number of units sold": things sold, counted, are won sales.
  // "the number of soft drink servings it sells", « le nombre de paires que nous vendons »: things a relative clause says the
  // subject sells, counted (real33).
  [/^(?:nombre|number)$/, (o) => (PLACE_NOUN_RE.test(o.phrase) ? null : /\b(?:sold|vendu|opened|closed|signed|written|won|ouverts|signes|conclus|places\b|(?:it|we|they|you|nous|ils|elles?|il|on) (?:sell|vend))/.test(o.phrase + o.after.slice(0, 44)) ? 'deals_closed' : undefined)],
  // "sa base de X contacts", "our contact database": a list of contacts is the sign-ups collected.
  [/^(?:bases?|lists?|listes?|fichiers?|database)$/, (o) => (/\b(?:contacts?|e?mails?|abonnes|subscribers|inscrits)\b/.test(o.phrase + o.after.slice(0, 20)) ? 'signups' : undefined)],
  [/^(?:calls?|appels?|dials?|e?mails?|emails|contacts?)$/, () => 'prospecting'],
  [/^(?:presentations?|demos?|demonstrations?|meetings?|rendez|rdv)$/, () => 'meetings'],
  [/^(?:ratings?|notes?)$/, (o) => (/\b(?:customers?|clients?|surveys?|enquetes?|reviews?|avis)\b/.test(o.phrase + o.after) ? 'csat' : undefined)],
  // A goal given only money or a count of things: "my goal is $20,000", "a 10 car per week goal", "$50,000 … goal".
  [/^(?:goals?|targets?|objectifs?|quotas?)$/, (o) => (QUOTA_SHARE.test(o.phrase) ? 'quota_attainment' : MONEY_RE.test(o.phrase) ? (spentAmount(o) || FUNDS_RAISED_RE.test(o.phrase) || DONATED_AFTER_RE.test(clauseAfter(o)) ? null : 'revenue') : PLACE_COUNT.test(o.phrase + o.after) || MAKE_VERB_RE.test(o.phrase + o.after) ? null : counts(o.phrase) ? (goalOfBase(o) ? 'customers' : 'deals_closed') : undefined)],
  // Places are not sales: "open 25 stores", "atteindre les 100 unités" (only when sold: "sell twelve franchises").
  [/^points?$/, (o) => (PLACE_NOUN_RE.test(o.phrase) ? null : undefined)],
  // Weights and volumes sold ("sell 5,000 tonnes", « vendre 7 millions hectolitres ») are production, not deals (kpi36, real38);
  // counted in digits ("tons of new deals" is an idiom, mend40a).
  [/^(?:tonnes?|tons|kilos|(?:hecto)?litres|liters|barrels|barils|gallons)$/, (o) => (/\d/.test(o.phrase) ? null : undefined)],
  // Studios, gyms and clubs opened are places (real38); signed or won, they are customers (mend40a).
  [/^(?:studios?|gyms?|clubs?)$/, (o) => (o.verb === 'open' ? null : undefined)],
  [/^(?:stores?|magasins?|restaurants?|hotels?|agences?|locations?|franchises?|boutiques?|shops?|outlets?|branches?|succursales?|ouvertures?|openings?|inaugurations?|etablissements?|pme|hectares?|salaries?|emplois?)$/, (o) => ((o.verb === 'sell' || /\b(?:sold|vendu)/.test(o.phrase + o.after)) ? 'deals_closed' : null)],
  // "a billion dollar company", "our own N10m business", « une entreprise de 10 millions d'euros »: a business sized by money
  // is its sales.
  [/^(?:business|company|firm|brand|entreprise|societe|boite|marque)$/, (o) => (MONEY_RE.test(o.phrase + o.after.slice(0, 30)) || /\bn\d[\d.,]*\s?(?:k|m|bn|b)\b/.test(o.phrase) ? 'revenue' : undefined)],
  // Units are things sold when sold or given as a goal ("set her target as 5 units"); opened, they are places.
  [/^(?:units?|unites?|exemplaires?|copies)$/, (o) => (o.verb === 'sell' || /\b(?:sold|closed|delivered|vendu\w*|livre\w*)\b/.test(o.phrase + o.after) || ((o.goalIs || o.verb === 'aim') && counts(o.phrase)) ? 'deals_closed' : null)],
  // « viser 7 ou 8 succès »: a tenderer's wins, counted (real28).
  [/^(?:orders?|commandes?|transactions?|deliveries|livraisons?|deals?|memberships?|adhesions?|cars?|vehicules?|paniers?|baskets?|dossiers?|closings?|placements?|applications?|apps|polic(?:y|ies)|polices?|loans?|loads|bookings|succes)$/, (o) => (/^\s*(?:per|par)\s+(?:customer|client|account)/.test(o.after) ? null : counts(o.phrase) ? 'deals_closed' : /\bla commande\b/.test(o.phrase) || o.verb === 'sell' ? 'revenue' : undefined)],
  // "Obtain 10 sponsors", "Recruit 100 … booths", « vendre 40 stands »: the sponsors, exhibitors and booths an event wins or
  // sells, counted, are its deals won (real36); named without a count or a verb of winning they name no KPI.
  // (Not booths or stands taken at shows, "Get 3 booths at trade shows", « 4 stands sur les salons »: rented, a cost, mend37s.)
  [/^(?:sponsors?|exhibitors?|booths?|exposants?|stands?)$/, (o) => ((o.verb === 'sell' || (o.verb === 'acquire' && (/^[se][px]/.test(o.head) || !/^\s*(?:at|on|in|sur|aux?|dans|lors)\b/.test(o.after)))) && counts(o.phrase) ? 'deals_closed' : undefined)],
  // Payment delays (DSO, « délais clients ») are a collections measure the catalog does not track (real5, real26).
  [/^(?:dso|delais?)$/, () => null],
  // Not measures: what a goal may act on without measuring it.
  [/^(?:sources?|channels?|canaux|canal|teams?|equipes?|dashboards?|tableau|reports?|rapports?|process|processus|tools?|outils?|skills?|competences?|trainings?|formations?|playbooks?|time|temps|capacit(?:y|ies|es?)|coverage|couverture)$/, () => null],
];

/**
 * The goal's KPI read from its object: a catalog id, null when the object is not a measure, or undefined when the
 * object says nothing (no object, or a head this table does not know and no KPI word inside it).
 *
 * `inside` are the catalog mentions within the object phrase, in order; the first non-weak one, else the first,
 * names the KPI when the head table is silent.
 */
/**
 * "$5 million in exports", "a target of $55 billion in overnight visitor expenditure", « 3 millions d'euros
 * d'investissements »: an amount whose complement is money spent, invested or exported is no sales amount (real26).
 */
function spentAmount(o: GoalObject): boolean {
  // (`after` follows the head, which may stand before the amount: "a target of $55 billion …".)
  const text = MONEY_RE.test(o.after) ? o.after : o.phrase + o.after;
  const m = MONEY_RE.exec(text);
  return m !== null && NOT_SALES_AFTER.test(text.slice(m.index + m[0].length).replace(/^[\d.,\s]*(?:(?:billions?|millions?|milliards?|bn|[kmb])\b)?\s*(?:(?:de |d')\s*)?(?:euros?|dollars?)?/, ''));
}

/** Channels sign-ups come through, in the singular of a noun used as a modifier ("email and website sign-ups"; "emails and sign-ups" are two objects). */
const SIGNUP_CHANNEL = /^(?:e?mail|web|website|site|online|app|mobile|sms|text|social|phone|newsletter|blog|in-store)$/;
/** What may stand between a channel and the sign-ups it qualifies: a conjunction, then other channels. */
const CHANNEL_LIST = /^\s*(?:,|and|et|or|ou|&|\/)\s*(?:[a-z-]+\s*(?:,|and|et|or|ou|&|\/)?\s*){0,3}$/;

/** What a business sells, uncounted: "sell my product", "vendre nos services" are sales. */
const GOODS = /^(?:products?|services?|offers?|offerings?|goods|items|solutions?|software|subscriptions?|range|collections?|produits?|offres?|articles?|marchandises?|prestations?|logiciels?|abonnements?|gamme)$/;

/** Readings a head gives by itself (no modifier, verb or share decided them): a catalog word already read there stands. */
const PLAIN_READINGS = new Set(['revenue', 'costs', 'net_margin', 'prospecting', 'meetings']);

export function objectKpi(folded: string, language: 'fr' | 'en', mentions: readonly KpiMention[], picked: KpiMention | null, catalog: readonly KpiDefinition[]): { id: string | null; object: GoalObject } | undefined {
  // "as measured by the number of units sold": the sentence names its measure itself.
  if ((folded.includes('measured by') || folded.includes('mesure')) && /\b(?:measured by|mesuree? (?:par|en))\b/.test(folded)) return undefined;
  const read = goalObject(folded, language, mentions.filter((m) => !m.verb));
  if (!read) return undefined;
  // « Fidéliser des segments de clientèles », "retain key groups of customers": a group of customers is those customers.
  const member = GROUP_HEAD.test(read.head) ? read.modifiers.find((w) => CUSTOMER_HEAD.test(w)) : undefined;
  const o = member ? { ...read, head: member, modifiers: read.modifiers.filter((w) => w !== member) } : read;
  const result = (id: string | null) => (id === null || catalog.some((k) => k.id === id) ? { id, object: o } : undefined);
  const headAt = o.head ? o.start + (language === 'en' ? o.phrase.lastIndexOf(o.head) : o.phrase.indexOf(o.head)) : -1;
  const covers = (m: KpiMention) => headAt >= 0 && m.start <= headAt && m.end >= headAt + o.head.length;
  // "Sales must top 1,000 units": units after sales counted (kpi.ts) are those sales, units sold (left50's R9).
  if (picked?.id === 'deals_closed' && picked.end <= o.start && /^unit|^unite/.test(o.head)) return undefined;
  // What the verb does to customers or leads (won, lost, kept, contacted, met) decides their KPI, compound or not.
  const verbDriven = o.verb !== null && o.verb !== 'other' && o.verb !== 'aim' && o.verb !== 'level' && o.verb !== 'sell' && o.verb !== 'earn' && (CUSTOMER_HEAD.test(o.head) || /^(?:leads?|prospects?)$/.test(o.head));
  // A compound the catalog knows around the head ("coûts d'acquisition", "cost per acquisition", "customer acquisition
  // cost", "amount spent per transaction") is more precise than the head alone: its reading stands.
  // "Account growth (upsells and cross-sells)", "satisfaction score (NPS)": a parenthesis right after the object says what it measures.
  if (picked && picked.start >= o.end && /^\s*\(\s*$/.test(folded.slice(o.end, picked.start))) return undefined;
  // "We want to open a store in Lyon, and it should lift revenue to $3M", « …, et cela devrait porter le CA à 3 M€ »: a clause
  // joined after the object, its subject pointing back to the first, names the measure the object did not (shape45); not one
  // the object names ("grow our margin to 30%, and this should lift revenue"), nor past the clause's end (mend45b).
  if (picked && picked.start >= o.end && !mentions.some(covers) && /\b(?:and|et) (?:it|this|that|cela|ceci|ca) (?:should|will|would|could|must|devr|doit|va|pourr|permettr)(?:[^;.]|\.\d)*$/.test(folded.slice(o.end, picked.start))) return undefined;
  // "it can grow at 15 per cent", "if your firm wants to grow 9 percent this year": growing at a rate or by a percentage,
  // with no object, is the growth rate; so is a bound written as a sign ("grow at >66%", real32).
  // (Not after "we've grown sales 20% …": the bare "grow 23% next year" keeps that clause's object, real36.)
  // (Nor when a level follows it, "grow 30%, reaching $5M": stmt44's ruling, a level stated names the measure grown; left49.)
  if (!o.head && /\bgrow\w*\s*$/.test(textBefore(folded, o.start, 10)) && !/\bgrown (?:sales|revenue)/.test(folded) && !LEVEL_ARRIVED_RE.test(folded.slice(o.end)) && !SALES_GROW_RE.test(textBefore(folded, o.start, 50)) && (/^\s*at\s+(?:a\s+(?:rate|pace)\s+of\s+)?(?:about\s+|around\s+|over\s+|above\s+|more than\s+|at least\s+|[>≥\x95]\s*)?\d/.test(o.after) || /^\s*(?:by\s+)?(?:about\s+|around\s+)?\d[\d.,]*\s*(?:%|percent|per cent)\s*$/.test(o.phrase))) return result('sales_growth');
  // "wants to grow by two million dollars", « croître de 2 millions d'euros »: a business growing by or to an amount of money,
  // with no object, grows its sales (real30; the unit tells the KPI).
  if (!o.head && /\b(?:grow\w*|croitre|progresser)\s*$/.test(textBefore(folded, o.start, 12)) && /^\s*(?:by|to|de|d'|a)\s/.test(o.after) && MONEY_RE.test(o.after.slice(0, 30))) return result('revenue');
  // "email and website sign-ups", "web, app or email registrations": channels coordinated before the sign-ups qualify them;
  // the sign-ups are the object, not emails (prospecting).
  if (picked?.id === 'signups' && picked.start >= o.end && SIGNUP_CHANNEL.test(o.head) && CHANNEL_LIST.test(folded.slice(o.end, picked.start))) return result('signups');
  // "5 % de nouveaux clients": a percentage of new customers is the base growing, not the compound "nouveaux clients".
  const compound = verbDriven || (/%/.test(o.phrase) && /\b(?:new|nouveaux|nouvelles)\s+(?:clients?|customers?)\b/.test(o.phrase)) ? undefined : mentions.find((m) => !m.verb && covers(m) && m.end - m.start > o.head.length + 1);
  if (compound) return result(picked && (picked === compound || (picked.start >= o.start && picked.end <= o.end)) ? picked.id : compound.id);
  // An amount of things sold ("100 000 € de formations vendues", "$40,000 of prints sold"), a multiple of what one makes
  // ("make 4x what I'm making now"), or a level of money passed ("topper les 2 millions") is sales.
  if (!mentions.some((m) => !m.fallback && !m.verb && m.start < o.end) && ((MONEY_RE.test(o.phrase) && /\b(?:sold|vendu\w*)\b/.test(o.phrase + o.after.slice(0, 12))) || (o.verb === 'earn' && /^\s*[\d.,]+\s*(?:x|times|fois) (?:what|as much|ce que)\b/.test(o.phrase + o.after)) || (o.verb === 'level' && /^\s*(?:les |the )?[\d.,]+ (?:million|milliard|billion)s?\W*$/.test(o.phrase)))) return result('revenue');
  // "Atteindre 110 % de l'objectif de vente", "hit 120% of target": a share of one's goal is quota attainment, whatever the head.
  if (QUOTA_SHARE.test(o.phrase)) return result('quota_attainment');
  if (LOYALER_RE.test(o.phrase + o.after.slice(0, 24)) && !counts(o.phrase)) return result('retention');
  let fromHead: string | null | undefined;
  for (const [re, read] of HEADS) {
    if (re.test(o.head)) fromHead = read(o, o.modifiers.join(' '));
    if (fromHead !== undefined) break;
  }
  // "has raised $12,000 toward a target of $30,000": the goal named is a campaign's, no sales (mend51d; kpi.ts reads so).
  if (fromHead === 'revenue' && RAISED_TOWARD_GOAL_RE.test(folded)) fromHead = null;
  // "manufacture 1.6 million cars", "build 5,000 cars a year", « fabriquer 500 véhicules »: goods made, counted, are output,
  // no deals won, unless the sentence sells them ("produce and sell", "sales of", « vendre »): produced is not sold (left62,
  // as MAKE_VERB_RE's goal count and kpi.ts's). Only goods: "Produce 40 policies", "Make 20 bookings" are won by selling.
  if (fromHead === 'deals_closed' && MADE_GOODS_RE.test(o.head) && o.verb !== 'sell' && MADE_COUNT_RE.test(`${textBefore(folded, o.start, 30)} ${o.phrase}`) && !SELLING_WORD_RE.test(folded)) fromHead = null;
  // "the number of transactions per customer", "appels par client": a count per head is a ratio the catalog does not
  // track ("the amount spent per customer transaction" is the deal size, and so is an average sale per call or visit, "the
  // average amount spent per call", the ticket of a service call, kpi37, real29; "average revenue per customer" stays a ratio).
  if (/^\s*(?:of\s+[a-z ]+?\s+)?(?:per|par)\s+(?:each\s+|chaque\s+)?(?:[a-z]+\s+)?(?:customers?|clients?|accounts?|comptes?|employees?|employes?|users?|members?|visits?|visites?|calls?|appels?|stores?|magasins?|agenc\w*|branches?|vehicul\w*|vehicles?|cars?|unit\w*)\b(?!\s+(?:transactions?|orders?|purchases?|baskets?|commandes?|achats?))/.test(o.after) && !(fromHead === 'average_deal_size' && /^\s*(?:per|par)\s+(?:calls?|appels?|visits?|visites?)\b/.test(o.after))) return result(null);
  const inside = mentions.filter((m) => m.start >= o.start && m.end <= o.end && !m.fallback);
  // The catalog words of the object already read ("demo bookings" are meetings, "daily sales by 50" counted sales): that
  // reading stands over a head's plain one.
  const keep = picked && inside.includes(picked) ? picked : null;
  // "Ramener le churn à 2 % puis augmenter le NPS": a KPI named before a second goal's verb is the first goal's.
  // (Not one inside a relative clause on the subject: "L'enseigne, qui revendique 1,3 million de clients, vise …".)
  if (picked && picked.end <= o.start && /(?:[,;]|\b(?:puis|then|and|et|also|aussi))\s+(?:[a-z]+\s+){0,2}$/.test(textBefore(folded, o.start, 40).replace(/\s*[a-z]+$/, ' ')) && !RELATIVE_BEFORE.test(textBefore(folded, picked.start, 60))) return undefined;
  // "Grow sales of the CRM by 20 new accounts": the goal's change counted in another KPI's unit names the KPI.
  if (picked && !inside.includes(picked) && /\b(?:by|de|of)\s+\+?\d[\d.,]*\s+(?:(?:new|more|nouveaux|nouvelles)\s+)?$/.test(textBefore(folded, picked.start, 30))) return undefined;
  // A head the catalog matcher set aside ("sales per square metre", "inventory turnover", "charges financières", "chiffre
  // d'affaires par vendeur") is another measure: a plain reading of that word does not bring it back.
  if (fromHead && !verbDriven && PLAIN_READINGS.has(fromHead) && !mentions.some(covers) && synonymMatches(textAfter(folded, headAt, 40), catalog)[0]?.start === 0) return undefined;
  if (fromHead !== undefined) {
    // A head that is not a measure still lets a verb name its KPI ("Sell our team's product" is not a team goal).
    // "We want to open stores in Lyon, Paris and Nice, and revenue should reach $3M", « … où le CA devra atteindre 3 M€ »: a
    // measure that is its own clause's subject before a modal, or the next sentence's ("We want to open a store in Lyon.
    // Revenue should reach $3M", as mend44c's list), names the measure the object did not (left46; shape45 read only a
    // pronoun pointing back, "and it should …"). Only for an object with no count of its own and a measure with its own
    // figure: "Open 5 stores, and revenue should reach $3M" took the 5 stores as $5, "in towns where revenue will be highest"
    // sets no goal (mend46b).
    if (fromHead === null && (o.verb === 'sell' || o.verb === 'earn' || (picked && picked.start >= o.end && !/\d\s+(?:[a-z]+\s+)?$/.test(textBefore(folded, headAt, 24)) && OWN_SUBJECT_BEFORE_RE.test(folded.slice(o.end, picked.start)) && /^\s+(?:should|will|must|doit|devr)(?:[^.;!?]|[.,]\d)*\d/.test(textAfter(folded, picked.end, 60))))) return undefined;
    return keep && !verbDriven && fromHead !== null && PLAIN_READINGS.has(fromHead) ? result(keep.id) : result(fromHead);
  }
  // A rate of something the catalog does not rate ("repeat customer rate", "taux d'utilisation des battlecards", "NPS
  // detractor follow-up rate") is another measure; a rate the catalog knows was read as a compound above.
  if (/^(?:rates?|taux|ratios?)$/.test(o.head)) {
    const rate = inside.find((m) => catalog.find((k) => k.id === m.id)?.unit === 'percent');
    // "taux de rentabilité", "profitability ratio": the rate of profit is the margin.
    return result(rate ? rate.id : inside.some((m) => m.id === 'profit') ? 'net_margin' : null);
  }
  // "the sales goals … are four new machines per month": a goal given a count of things no catalog word names is won deals.
  // (Not money a campaign raises, « L'objectif : amasser 350 millions $ »: no count, no sales, stmt52.)
  if (o.goalIs && o.head && inside.length === 0 && counts(o.phrase)) return result(fundsRaisedInClause(folded, o) ? null : 'deals_closed');
  if (keep) return result(keep.id);
  // The catalog word that is the object's head ("réduire le churn", "5% more sales"), not one that only qualifies an
  // unknown head ("call waiting times").
  const head = inside.filter(covers);
  if (head.length > 0) return result((head.find((m) => !m.weak) ?? head[0]).id);
  // Goods sold with no count, or money earned, with no measure noun, are sales: "Vendre 15 % de jeans supplémentaires",
  // "Sell more to your current customer base", "Make $20,000 more", "my goal is $20,000" — unless a KPI noun comes before
  // the verb ("prendre le max de RDV et de vendre le plus possible" is a meetings goal).
  const earlier = mentions.some((m) => m.end <= o.start && !m.fallback && !m.verb);
  // A share sold ("Sell 80% of the stock") or things sold to counted customers ("Sell to 10 new customers") are not sales
  // amounts: only an object with no head, or a percentage more, is.
  const sold = o.verb === 'sell' && !counts(`${o.phrase} ${o.after.slice(0, 20)}`) && (o.head ? [o.head, ...o.modifiers].some((w) => GOODS.test(w)) || /^(?:amount|volume|quantit\w*)$/.test(o.head) || (/%/.test(o.phrase) && /\b(?:more|additional|extra|supplementaires?|en plus|de plus)\b/.test(o.phrase + o.after)) : true);
  // Things sold, counted, are won sales ("vendre 100 équipements", "sell 40 cars a month"), and so are things counted that
  // the sentence says are sold or distributed to the trade (« trois millions de paquets … distribués dans les réseaux », "10,000 copies
  // sold"; not brochures handed out).
  if (!earlier && ((o.verb === 'sell' && (o.head || !MONEY_RE.test(o.phrase))) || (o.head && inside.length === 0 && SOLD_RE.test(`${o.phrase} ${o.after.slice(0, 30)}`))) && counts(o.phrase)) return result('deals_closed');
  // « vendre des médicaments d'une valeur de 2 millions de dollars », "sell goods worth $3M": the worth of what is sold is sales.
  if (!earlier && o.verb === 'sell' && WORTH_RE.test(o.phrase + o.after.slice(0, 12)) && MONEY_RE.test(o.phrase + o.after.slice(0, 40))) return result('revenue');
  // Things closed or signed, counted ("Close 5 Roadmapping Sessions", "conclure 12 missions", "sign 160 franchise agreements",
  // real30): won deals, when no catalog word names them.
  if (!earlier && o.head && inside.length === 0 && counts(o.phrase) && /\b(?:clos\w*|conclu\w*|sign(?:s|ing|er|ons|ez)?)\s*$/.test(folded.slice(0, o.start))) return result('deals_closed');
  // Jobs booked, counted, "more" or "as many" ("book 5 weddings", "book more events"): won deals, when no catalog word names them.
  if (!earlier && o.verb === 'book' && o.head && inside.length === 0 && (counts(o.phrase) || /\b(?:more|as many)\b/.test(o.phrase))) return result('deals_closed');
  if (!earlier && (sold || (!o.head && MONEY_RE.test(o.phrase)))) {
    // "$40,000 per month in gross profit", "reach $10 billion in sales": an amount takes the measure its complement names.
    const named = mentions.find((m) => m.start >= o.end && /^\s*(?:in|of|de|d'|en|du)\s+(?:[a-z]+\s+)?$/.test(folded.slice(o.end, m.start)));
    // "this figure could reach $55 billion": the subject points to a measure named in another sentence (kpi.ts).
    if (!named && POINTED_FIGURE_RE.test(textBefore(folded, o.start, 60))) return result(null);
    // "Norbert : 300K€ par an (ou 10 démos …)": a verbless goal that opens on an amount is sales.
    // « viser le milliard d'euros », "reach $2M", « atteindre 2 millions d'euros »: an amount of money aimed at or reached, with
    // no measure noun, is sales too (real11's money goal), unless what follows says it is raised, spent or saved.
    // (Not in a purpose clause: « Pour atteindre 80 000 €, il nous faut 16 nouveaux clients ».)
    const verbAt = folded.slice(0, o.start).search(/\S+\s*$/);
    const aimed = (o.verb === 'aim' || o.verb === 'level') && !NOT_SALES_AFTER.test(o.after) && !MEANS_BEFORE_VERB.test(textBefore(folded, verbAt, 16));
    if (named || ((sold || aimed || o.verb === 'earn' || o.goalIs || (o.verb === null && /^\s*[$€\x80£]?\s?\d/.test(o.phrase))) && !spentAmount(o) && !fundsRaisedInClause(folded, o))) return result(named ? named.id : 'revenue');
  }
  // "call on the selected doctors", « appeler 30 pharmacies »: whoever is called, calls are prospecting (real23).
  return o.verb === 'contact' && inside.length === 0 && /^\s*(?:the|your|our|their|les|des|vos|nos|ses|leurs|\d)\s?\S/.test(o.phrase) && !/\b(?:en|by)\s+\S+\s*$/.test(folded.slice(0, o.start)) ? result('prospecting') : undefined;
}
