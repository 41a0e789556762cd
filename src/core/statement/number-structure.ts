/**
 * Structural readings of a goal's numbers that recur across the real sets (real3–real24's remaining misses, see
 * test/fixtures/statements/README.md "Number-field misses across sets"): which of two numbers is the level moved FROM,
 * which end of a range counts, which "number" is a year, and which clause only says who spoke. Each rule reads the
 * sentence's structure (a movement verb, a goal noun, a copula, "now"), never a KPI name. Works on the folded text.
 * The regexes are kept short: the bundle's size budget (test/local/build/size.test.ts) has little room left.
 */
import type { DirectionMention } from './direction';
import type { Quantity } from './quantities';
import { textAfter, textBefore } from './text';

/**
 * How the goal reads two consecutive numbers `a` … `b`: "movement" — the level moved from, then to ("passer de 15
 * personnes … à 20", "passant de 60 000 litres par an, à 120 000"); "estimate" — a range, its lower bound the target
 * ("les objectifs de 20 à 30 signatures", "their potential is 90 to 100"); "current" — a current level's range, its lower
 * bound the baseline ("actuellement estimé entre 6.000 et 7.000"); "rise"/"fall" — a change noun's range, its lower bound
 * the change ("une baisse … comprise entre 5 et 10 %", "entre 3% et 7% de nouveaux clients").
 */
export type RangeReading = 'movement' | 'estimate' | 'current' | 'rise' | 'fall';

/** A verb of movement right before "de"/"from" ("passer de", "passant des", "going from", "grow from"). */
const MOVE_FROM_RE = /\b(?:pass\w*|go\w*|went|grow\w*)\s+(?:des?|du|d'|from)\s*(?:the |l[ea] |l')?$/;
/** Words (and a comma) up to "à"/"to", maybe "une communauté de", "au moins" or "environ" ("à au moins 30 %"). */
const MOVE_TO_RE = /^[^.;!?\d]{0,80}?\s(?:a|to)\s+(?:une? [a-z]+ de\s*)?(?:(?:au moins|environ) )?$/;
/** A verb of extent before "from"/« de »: "targets range from 70% to 90%", « des objectifs allant de 20 à 30 » span values, no movement (real32). */
const RANGE_FROM_RE = /\b(?:range[sd]?|ranging|var(?:y|ies|ied|ie|ient|iant)|allant|vont|spanning|anywhere)\s+(?:from|de|d')\s*$/;
/** A goal noun before the range's "de"/"of", or an English copula or "reach" before a bare "to". */
const GOAL_OF_RE = /\b(?:objectifs?|targets?|goals?|cibles?|range|fourchette)\s+(?:de|d'|of)\s*$/;
const COPULA_RE = /\b(?:is|are|be|reach)\s*$/;
/** "actuellement estimé entre", "currently between". */
const NOW_ENTRE_RE = /\b(?:actuellement|currently)\s+(?:\w+ ){0,2}(?:entre|between)\s*$/;
/** A change noun (or « croître », "grow") governing "entre … et" in its clause; group 1: a decrease. */
// ("Increase our share to between 30% and 40%": "to" before it names the level reached, no change: stmt60, real57:59.)
const CHANGE_ENTRE_RE = /\b(?:(baisse|decrease|decline)|hausse|increase|croitre|grow)\b[^,.;]{0,50}\b(?<!\bto )(?:entre|between)\s*$/;
/**
 * A rate, a margin or a share standing right before "between": "Increase the satisfaction rate between 80% and 90%" aims at
 * that range, its lower bound a level, as « Augmenter le taux … entre 80 et 90 % » reads in goal.ts (mend46a; left47). Only
 * the noun itself, singular, right before "between" (mend47b): "by an amount between", "of between" name a change; "our
 * rates", "the hourly rate" (a price) and "the rate card" are no rate a goal moves to.
 */
const RATE_ENTRE_RE = /\b(?<!\b(?:hourly|daily|day|nightly) )(?:rate|margin|share)\s+between\s*$/;
/**
 * A comparison or a cadence after the range makes it a change even over a rate: "… between 2% and 3% compared to 2026", "year
 * over year", "per quarter", "over last season", "from current levels" (the README: "by 15% over / versus / compared with
 * PERIOD is a relative change against that period"; mend47b).
 */
const COMPARED_AFTER_RE = /^\s*(?:compared|versus|vs\b|against|than|from|over|on (?:last|the|a|an)\b|year[- ](?:over|on)|y-?o-?y|per|a (?:year|month|quarter|week)|each|every|annual|yearly|monthly|quarterly|weekly)/;

/** How the two consecutive numbers `a` and `b` of the goal read, from the words around them, or null. */
export function readRange(folded: string, a: Quantity, b: Quantity): RangeReading | null {
  const between = folded.slice(a.end, b.start);
  const before = textBefore(folded, a.start, 40);
  // "… to 32 to 37%": a range right after "to" is the level aimed at, its lower bound the target (real34).
  // "Revenue is expected to change by -1% to 2%": a change range straddling zero reads as "in the range of -1% to 2%" (left50's
  // R4), for revenue or profit only: churn or costs "-2% to 1%" would aim at a negative rate or the wrong way (mend50a).
  if ((RANGE_FROM_RE.test(before) || /\bto\s+(?:approximately\s+)?$/.test(before) || (a.negative && !b.negative && /\b(?:revenue|sales|turnover|profit|ebitda|income)\b[^.;]*\bchang\w* by\s*$/.test(folded.slice(0, a.start)))) && /^\s*(?:to|a)\s*$/.test(between)) return 'estimate';
  // "adding 2,000 to 2,500 stalls a year", « ajouter 10 à 15 magasins »: a range added is a rise, its lower bound the change (real34).
  // « la création de 700 à 800 emplois supplémentaires », "2,000 to 2,500 additional stalls": so is a range of more (stmt58).
  // (Not "from $10M to $12M in additional markets": "additional" right after the range and before its noun, not "$150 to
  // $200 additional per night"; « supplémentaires » after its noun, mend58s; a long noun too, « 25 à 30 collaborateurs
  // supplémentaires », stmt64.)
  if ((/\b(?:add(?:s|ed|ing)?|ajout\w*)\s+$/.test(before) || (/^\s+(?:additional (?!(?:per|a|an|each|every|for|on|in|to)\b)[a-z]|[a-z]+\s+supplementaires\b)/.test(textAfter(folded, b.end, 40)) && !/\bfrom\s+$/.test(before))) && /^\s*(?:to|a)\s*$/.test(between)) return 'rise';
  // stmt64: « la création de 30 à 40 nouveaux emplois », « l'ouverture de 5 à 8 magasins »: the « de » is the action noun's, not a
  // move's "from"; the range's lower bound is the count to produce, a target (as « Créer 30 à 40 emplois »; the README's
  // "create N" counts; « supplémentaires » after it is a rise, above). mend64s: the noun with its article, a count (« le taux
  // d'ouverture de 20 à 25 % », « le délai d'embauche de 45 à 30 jours », « le coût de recrutement de 5 000 à 4 000 € » move);
  // "the hiring of 5 to 6 reps" as « l'embauche de 5 à 6 commerciaux » and "Hire 5 to 6 reps" (a count to produce, 5).
  if (a.kind === 'number' && /(?:\b(?:la|le) |\bl')(?:creation|embauche|recrutement|ouverture) d[e']\s*$|\bthe hiring of\s*$/.test(before) && /^\s*(?:a|to)\s*$/.test(between)) return 'estimate';
  if (MOVE_FROM_RE.test(before) && MOVE_TO_RE.test(between)) return 'movement';
  // ("a range of 81,300 homes to 81,700 homes": the counted noun may be written on both ends, real35.)
  if (/^\s*a\s*$/.test(between) ? GOAL_OF_RE.test(before) : /^\s*(?:[a-z]+\s+)?to\s*$/.test(between) && (GOAL_OF_RE.test(before) || COPULA_RE.test(before))) return 'estimate';
  if (!/^\s*(?:et|and)\s*$/.test(between)) return null;
  if (NOW_ENTRE_RE.test(before)) return 'current';
  // « entre 10 et 15 millions d'euros de moins », "between 10 and 15 fewer": a range of less is a fall (real34).
  if (/^\s*(?:de moins|en moins|less|fewer)\b/.test(textAfter(folded, b.end, 10))) return 'fall';
  const noun = b.kind === 'percent' && !(RATE_ENTRE_RE.test(textBefore(folded, a.start, 40)) && !COMPARED_AFTER_RE.test(textAfter(folded, b.end, 30))) ? CHANGE_ENTRE_RE.exec(textBefore(folded, a.start, 80)) : null;
  // "entre 3 % et 7 % de nouveaux clients": the customer base's growth (as "3 % de nouveaux clients").
  return noun ? (noun[1] ? 'fall' : 'rise') : b.kind === 'percent' && /^\s*(?:de )?(?:new|nouveaux) (?:clients|customers)/.test(textAfter(folded, b.end, 30)) ? 'rise' : null;
}

/**
 * A year read as a bare number: "un retour à son niveau d'activité de 2007, …", "à partir de 2020,", "a 2008/09 target".
 * A four-digit year (1990–2039, no separator) after a preposition with no noun after it (punctuation or the end), or
 * before a slash year, names a period, never the goal's number ("un objectif de 2000 ventes", "passer de 2000 à 3000" keep theirs);
 * so does one compared (« supérieure à 2010. »), one before « avec » / "with" (« ses 199 ouvertures de 2015 avec … », real26)
 * and one after a preposition and "the" ("Sell 40 booths at the 2027 trade show"; "Hit the 2000 mark" keeps its number).
 * Not "celle de 2013" ("par rapport à celle de 2013": left as it was read — real16's only such sentence keeps its
 * direction through that number; see the fixtures README).
 */
export function isBareYear(q: Quantity, folded: string): boolean {
  if (q.kind !== 'number' || !/^(?:199\d|20[0-3]\d)$/.test(folded.slice(q.start, q.end))) return false;
  const after = textAfter(folded, q.end, 6);
  const before = textBefore(folded, q.start, 16);
  const ends = /^\s*(?:[,.;:!?)]|$)/.test(after);
  const of = /\b(?:(?<!celle )de|d'|of|from)\s*$/.test(before);
  // 2000 is a round count as often as a year: compared (« un nombre d'abonnés supérieur à 2000. ») or after "in the" ("in the
  // 2000 biggest accounts") it stays the goal's number; « avec » / "with" needs its preposition (« Notre objectif : 2030 avec
  // nos partenaires. » keeps 2030, mend38b).
  return /^\/\d\d(?!\d)/.test(after) || (ends ? of || /(?:^|[:;(])\s*$/.test(before) : of && /^\s*(?:avec|with)\b/.test(after)) || (q.value !== 2000 && ((ends && /\b(?:superieure? a|than)\s*$/.test(before)) || /\b(?:at|in|for|during) the\s+$/.test(before)));
}

/**
 * A year beside a date (tgt35, narrowed by mend42d): « contre 260 millions en 2013, … à l'horizon 2020 », "exceed the 2015
 * number in 2018", « d'ici à fin 2015, début 2016 », "by the 2015-16 financial year" (real29, real37, real38). Where a date
 * is read, a four-digit number 1801–2099 is set aside only on positive evidence that it names a year: a year cue right
 * before it ("the", "in", "since", "end of", "better than", "vs", « en », « depuis », « fin », « début », « saison »,
 * « exercice », « le chiffre/niveau/record de », « celle de ») or a "YYYY-YY" / "YYYY/YY" span it opens. Any other number
 * of that size stays a level: "Grow revenue to 1850 by June 2027", « Porter le CA à 1850 d'ici juin 2027 », "from 1850 to
 * 2050 by 2027", "Objectif 2027 : 1850" (a rule that read every such number as a year unless a few shapes protected it
 * lost those targets). Bare "of", "over", "more than" and « un niveau de » name a level as often ("a target of 1850",
 * "more than 1850", « un niveau de 1850 »), so they are no cue. Still a level after a cue when a plural follows within two
 * words ("the 1850 new members"; an article or "dans"/"plus"/"this" is not that plural) or a threshold ("the 1850 mark").
 */
export function isYearBesideDate(q: Quantity, folded: string, original: string, dated: boolean): boolean {
  if (!dated || q.kind !== 'number') return false;
  const digits = folded.slice(q.start, q.end);
  // The second year of a span ("the 2015-16 financial year") goes with its first (the fold reads its hyphen as a space).
  if (/^\d\d$/.test(digits) && /\b(?:18|19|20)\d\d[-–/]$/.test(textBefore(original, q.start, 5))) return true;
  if (!/^(?:18|19|20)\d\d$/.test(digits) || countedAfter(q, folded)) return false;
  return /^[-–/]\d\d(?!\d)/.test(textAfter(original, q.end, 4)) || YEAR_CUE_RE.test(textBefore(folded, q.start, 24)) || /^\s+(?:and beyond|onwards?|et au dela)\b/.test(textAfter(folded, q.end, 16));
}

/** A plural within two words after a number, or a threshold: "the 1850 new members", "of 1900 customers", "the 1850 mark" (a level, no year). */
export const countedAfter = (q: Quantity, folded: string): boolean => /^\s+(?:(?!les|des|nos|the|our)[a-z0-9-]+\s+)?(?:(?!dans|plus|this)[a-z']{3,}[sx]|mark|milestone|threshold|people)\b/.test(textAfter(folded, q.end, 30));

/** The words that name a year right before a number ("the 2015 number", "Founded in 1987", « le chiffre de 2019 »). */
// A year's alternative is a year too when the first reads as one (« En 2005 ou 2006 », "in 2027 or 2028", real44; not « à
// 1950 ou 2000 », "Sell 1950 or 2000", two levels, mend47a); "2025 and beyond" is one (real44).
const YEAR_CUE_RE = /\b(?:(?:in|en) (?:19|20)\d\d,? (?:or|ou)|the|(?<!\b(?:bring|take)\w* )in|since|(?:end|start) of|(?!more|less|fewer)[a-z]+ than|vs|en|depuis|fin|debut|saison|exercice|(?:le|du) (?:chiffre|niveau|record) de|celle de)\s+$/;

/**
 * A reported-speech attribution closing the sentence: « … », constate Matthieu Duchesne, l'un des deux salariés; "…," said
 * the minister at a news briefing Monday; …, a dit Lucie Lecours, en point de presse lundi. Who spoke, and when, is not
 * the goal: its numbers and dates are set aside. Only after a closing quote or a comma, to the end of the text; not when
 * the speech carries the goal ("…, said the company planned to double turnover", « a indiqué que … voulait »), or names a
 * goal or target straight after its verb ("…, said the pre-event goal for new memberships was 202", kpi38), or the
 * speaker's own aim right after it ("X, chairman of Emirates, said he expects a 10 percent passenger increase", stmt52,
 * real49: the whole goal read as who spoke), its progressive too ("The giant, May & Baker Plc, says it is targeting …",
 * stmt59, real56); not a target
 * named further on, in a clause about the speaker ("…, said Jane Doe, who missed her target of 30", mend40b).
 * « …, acquis en 2015 par un consortium, a annoncé … avec pour objectif une capacité de 12 millions … » announces the goal
 * itself (stmt57, real54): « annonce » and a goal noun within eight words after it is no attribution.
 */
const SPEECH = 'dit indique explique ajoute confie constate rapporte declare affirmait said says added told'.split(' ');
// The speaker may be named between commas before the verb: "…, CEO Fabian Garcia, told employees in a video memo." (real29),
// or as its plain subject after a determiner: "…, its chief executive told Reuters on Thursday.", "…, a senior company
// executive said at an industry conference on Tuesday." (real33); or a plural subject with no determiner: "…, top company
// officials said on Friday." (stmt60, real57:40) — to the end, no lever after it ("…, executives said, driven by new
// stores"), and "has" no plural subject but an auxiliary ("…, he has said"; mend60s).
const ATTRIBUTION_RE = new RegExp(`(?:["»”]\\s*,?|,)\\s*(?:(?:[a-z'-]+\\s+){0,3}[a-z'-]+,\\s*|(?:its|his|her|their|the|a)\\s+(?:[a-z'-]+\\s+){0,3}?|(?:[a-z'-]+\\s+){0,2}(?:s?he has|(?!(?:ha|wa)s )[a-z-]+s)\\s+(?=(?:said|told)[^,.;!?]*.?$))?(?:(?:a|ont)\\s+)?(?:${SPEECH.join('|')}|(?:a|a-t-(?:il|elle)) annonce)\\b[^.;!?"«»“”]*[.!?]?\\s*$`);

/** The span of a closing attribution, or null. The speech verbs are the scan's gate (it runs only on a text holding one). */
export function findAttribution(folded: string): { start: number; end: number } | null {
  const m = SPEECH.some((w) => folded.includes(w)) || folded.includes('annonce') ? ATTRIBUTION_RE.exec(folded) : null;
  return m && !/\b(?:que|qu'|that|to|w(?:ill|ould)|plan\w*|want\w*|veu\w*|voul\w*|vis\w*)\b|\b(?:said|says|added|told) (?:[a-z'-]+ ){0,3}(?:goal|target)s?\b|\bannonce (?:(?!en [a-z]+ant )[a-z'-]+ ){0,8}objectifs?\b|\b(?:said|says|added) (?:he|she|it|they|we) (?:(?:is|are|was|were) )?(?:expect|aim|hope?|intend|anticipate?|forecast|target|seek)(?:s|ing)?\b/.test(m[0]) ? { start: m.index, end: folded.length } : null;
}

/**
 * A multiplying verb coordinated after a first goal ("anticipates 16–20 openings …, and double that number in 2023", « 16
 * ouvertures en 2022, et le double en 2023 ») states a later goal: the level stated first is the goal's target, neither the
 * level multiplied nor a change of it (real26). `start`: where the multiplying verb begins.
 */
export function coordinatedMultiple(folded: string, start: number): boolean {
  return /(?:,|\b(?:and|et|then|puis))\s*(?:to\s+|le\s+)?$/.test(textBefore(folded, start, 12));
}

/**
 * A number in a plan's name: « le plan Target 21 », « plan stratégique … 'GO•28' »
 * (real25, real27): a capitalized word after "plan"/"programme", then a number under 1,000, names the plan, not a goal's number
 * (a year there is left to the year rules: real28's « Challenge 2008 », whose amount « 2 MdEurossur » is not read, keeps its
 * reading). Read on the original text (the capital tells a name); not after a dash ("Plan — Reach 40 deals") nor "to"
 * ("a plan to Reach 40 deals"): the goal's own verb (fixes65).
 */
export const isPlanName = (q: Quantity, original: string): boolean => q.kind === 'number' && q.value < 1000 && /\b(?:plan|programme?|program)\b[^,.;:\d—–]{0,30}(?<!\sto\s|\s-\s)\b[A-Z][A-Za-z]*[\s•-]?$/.test(textBefore(original, q.start, 50));

/**
 * « l’instauration du « 100 % santé » »: a number opening a quote closed one word later is a name (a reform, a label), not
 * the goal's figure (real37); a quote holding a goal has more words (« une progression de 20 % pour le prochain exercice »).
 * Only a percentage so named: a count quoted with its noun (« Atteindre « 500 clients » », `Reach "500 customers"`) is the goal's (mend38b).
 */
export const isQuotedName = (q: Quantity, original: string): boolean =>
  q.kind === 'percent' && /[«“"]\s?$/.test(textBefore(original, q.start, 2)) && /^\s?(?!(?:min|max)imum\b)[a-zà-ÿ]+\s?[»”"]/i.test(textAfter(original, q.end, 24));

/**
 * Where an opening if/« si » condition ends (0: none), the one reader of it (num33): up to two words before it ("For instance,",
 * "So", « Mais »), then to the first comma of a clause (not a thousands separator: "$75,000", « 1,7 % ») or its "then"/« alors »,
 * before a main clause with a figure ("try, …" included). A clause opening on "and"/« et »/"or" still belongs to the condition
 * ("If your target is £50,000 and your win rate is 50%, you need …", real27) unless it says what we or you want: that one is
 * the goal ("If you have 20 major product groups …, and you want each salesperson to have five new customers", real20).
 * Such a clause continues the condition only when a later comma can close it ("…, on average from 60% to 80% of …, you can",
 * real26; not "If sales keep rising, on average 40 deals per month"). A comma-ended lead-in may come first ("In the current
 * market, if …"), the main clause may open on its figure ("If the pace holds, 500 new customers"), and the condition never
 * runs past a full stop ("If it goes well. Grow revenue, …"; a decimal point is no stop): stmt35's readings (mend40b).
 */
const OPENING_CONDITION_RE = /^\W*(?:[a-z' ]+,\s*)?(?:[a-z]+,?\s+){0,2}(?:if|si)\s(?:[^.;!?]|\.\d)*?(?:,(?=\s)|\s(?:then|alors))(?=\s+(?!(?:and|or|et|ou|on)\s(?=[^.;!?]*,\s)(?!(?:you|we|vous|nous) (?:want|veu|voul)))[^;!?]*\d)/;
export const openingConditionEnd = (folded: string): number => OPENING_CONDITION_RE.exec(folded)?.[0].length ?? 0;

/**
 * « l’UE à 27 », « l’Europe des 28 »: the Union named by its member count, not a goal's number (real38); not a count moved
 * to « à 27 » in Europe (« le nombre de magasins en Europe à 27 »). (English's "the EU-27" folds to "eu 27", never read.)
 * Only a count the Union had (6 to 28), with no noun of its own after it: « dans l'UE à 500 d'ici 2027 », « l'Europe à 40
 * distributeurs » are goals (mend40a). 13 characters before the number: « l'Europe des » is 13 with its space.
 */
export const isUnionName = (q: Quantity, original: string): boolean =>
  /^(?:[69]|1[025]|2[578])\b(?! (?!pays|qui)[a-z]{3})/.test(textAfter(original, q.start, 12)) &&
  q.kind === 'number' && /\bl['’](?:(?:UE|Europe)\sà|Europe\sdes)\s$/.test(textBefore(original, q.start, 13));

/**
 * An opening condition stating a fact with a figure, before a main clause with its own: "If the average commission is 14%,
 * then your sales goal needs to be $669,642", "If you have 100 clients … then taking on another two to three", « Si une PME
 * soumettait 20 offres …, elle peut viser 7 » (real23, real26, real28). The condition's figures are what the goal is computed
 * from, not its numbers: given where the condition ends (`openingConditionEnd`), returns it when it states such a fact (0: not).
 * Not a condition naming an aim ("if your goal is $2M, …", « si vous visez … ») unless the main clause names one too ("…, the
 * target would be 20"), nor one saying "now" (a current level: "If you get one new client per week now, your goal might be
 * 1.5"), nor one moving a measure (« si vous avez en tête d'attirer 40 clients supplémentaires, alors vous devez multiplier … »)
 * unless the main clause aims at a level ("If we close 10 deals in January, reach 40 by March"). "If we reach $2M in 2027, we
 * will hire 3 reps", « Si nous atteignons 2 M€ … »: a level the speaker reaches names an aim too (not "you reach", nor "reach
 * out": advice computed from a fact, mend38b).
 */
const AIM_WORD_RE = /\b(?:goals?|targets?|objectifs?|quotas?|cibl|vis|aim|want|veu|voul|souhait|plan|hop|we reach(?! out)|attei)/;
export function factConditionEnd(folded: string, end: number, directions: readonly DirectionMention[]): number {
  const condition = folded.slice(0, end);
  const aims = (d: DirectionMention): boolean => d.cue === 'toward';
  return end && !/\b(?:now|currently|today|actuel|aujourd)/.test(condition) && (!AIM_WORD_RE.test(condition) || AIM_WORD_RE.test(folded.slice(end))) && (!directions.some((d) => d.start < end && !aims(d)) || directions.some((d) => d.start >= end && aims(d))) ? end : 0;
}
