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
import { type Span, textAfter, textBefore } from './text';
import { coordinatedMultiple, readRange, type RangeReading } from './number-structure';

export interface GoalNumbers {
  baseline: Quantity | null;
  target: Quantity | null;
  change: { quantity: Quantity | null; value: number; kind: GoalChange['kind'] } | null;
  /** Direction implied by the wording of the numbers ("below", "more", "+"), if any. */
  impliedDirection: 'increase' | 'decrease' | null;
  /** The change is an amount saved ("des économies d'un milliard d'euros", "$2M in cost savings"): costs go down. */
  savings?: boolean;
  /** Where the metric of an aim's stated level is named, beside another metric's level ("Churn is 8% and NPS is 40; we want 50": " and nps is "). */
  metricAt?: [number, number];
}

/**
 * "de 5 % à moins de 3 %", "from 40% to under 30%": the target end of a range may be a bound; « de 33 % à seulement 15 % »,
 * "from 8% to just 5%", "to only", "to a mere": an adverb of degree before it stresses the end, the move stays (stmt56).
 */
const RANGE_END_BOUND = "(?:(?:seulement|only|just|a mere|tout juste|pres de|environ|quelque|presque|autour de)\\s+)?(?:(?:moins de|plus de|au moins|au plus|sous|under|below|less than|more than|at least|at most|above|over)\\s*)?";
// "2% -> 3%": folding turns the hyphen of an ASCII arrow into a space, leaving "  >".
// "from making $3,000 a month to making $5,000 a month": the same gerund may open each end; "from $180 million in assets to
// what we hope will be $500 million", « de 5 % à ce que nous espérons être 10 % » (mend52b): a hope or an expectation may
// stand before the far end (stmt52, real49).
const RANGE_BETWEEN_RE = new RegExp(`^\\s*(?:[a-z'\\s]{0,40}?\\s)?(?:to|a|jusqu'a|vers|->|[→\x93]|=>|(?<=\\s)>)\\s*(?:[a-z]{3,}ing\\s+|what (?:we|i|they|management) (?:hope|expect|believe|project)s? (?:will|would) be\\s+|ce que (?:nous|je|on|ils|elles) (?:esper|prevo|pens|croy|estim)\\w* (?:etre|sera)\\s+)?${RANGE_END_BOUND}$`);
const RANGE_BARE_BETWEEN_RE = new RegExp(`^\\s*(?:to|a|jusqu'a|->|[→\x93]|=>|(?<=\\s\\s)>)\\s*${RANGE_END_BOUND}$`);
// (A short aside may follow the growth noun: « une croissance (en ML) de 4 à 7 % », in local currencies; stmt46, real45.)
const LEVEL_RANGE_BEFORE_RE = /\b(?:chiffre d'affaires|ca|croissance(?: organique)?(?: \([^()]{1,30}\)|,[^,]{1,30},| a taux de change constants?)?|objectif(?: \d{4})?(?: confirme)?|en (?:croissance|hausse|progression))(?: (?:annuelle )?moyenne)? de\s*\+?\s*$/;
/** « un chiffre d'affaires brut de », « un taux de churn de »: a level named with the indefinite article, not a change noun (real29). */
const A_LEVEL_OF_RE = /\b(?:un|une)\s+(?!(?:hausse|baisse|augmentation|progression|diminution|recul|bond|gain)\b)(?:[a-z']+\s+){0,4}?de\s*$/;
// « plus de 2 à 3 clients »: the « de » of a bound opens no move (left49), unless a « de » opens it (« de plus de 100 à 150 », mend49a).
// « passer de maximum 5000 à 16000 hectolitres »: a bound word after the « de » still opens the move (real47).
// « de l'ordre de 20 à 30 % »: the approximator's « de » opens none either, one approximate level (stmt53, real50).
const RANGE_BEFORE_RE = /(?:\bfrom|(?<!(?<!\bde )\b(?:plus|moins) |\bl'ordre )\bde|\bd'|\bdepuis|\bpasser de|\bpassing from)\s*(?:[a-z]{3,}ing\s+)?(?:the |le |la |l'|maximum |minimum )?$/;
const CHANGE_BEFORE_RE = /(?:\bby|\bof|\bde|\bd'|\bpar|\bof about|\bd'environ|\bby about|\bby around)\s*(?:an? |un |une |about |around |environ |approximately |approx\.? |only |just |seulement |juste |a peine |barely |almost |nearly |presque |pres de )?$/;
/** "sous la barre des 2 %", "au-dessus du seuil de 90 %", "below the threshold of 3%": the bound names a mark. */
const THRESHOLD_SOURCE = String.raw`(?:(?:la barre|le seuil|le cap|le niveau|la limite|the threshold|the mark|the level)\s+(?:des?|du|d'|of)\s*)?`;
/** A verb of gaining, then a bound: "capture less than", « conquérir moins de ». */
const GAIN_BOUND_BEFORE_RE = /\b(?:captur|conqu|grab|gagn|win|gain)\w*\s+(?:(?:less|fewer) than|moins de|under)\s*$/;
// « pas moins de », "no less than" are tested after the words (`\bmoins de(?<!\bpas moins de)`: the same characters before
// them), so a scan fails on their first letter before it runs the look-behind (perf57).
export const BELOW_RE = new RegExp(String.raw`(?:<=?|[≤\x94]|\bbelow|\bunder|\bless than(?<!\b(?:no|not) less than)|\bfewer than|\bno more than|\bat most|\bmax(?:imum)?|\bsous|\ben dessous de|\bau dessous de|\ben deca de|\binferieure? a|\bmoins de(?<!\bpas moins de)|\bau plus|\bau maximum|\bpas plus de|\bne pas depasser|\bne (?:\S+ ){1,3}plus de|\bne (?:[a-z]+ ){0,2}(?:pas|jamais) depasser|\b(?:not|never) exceed|\bnot to exceed|\bcap(?:ped)? at|\bplafonner a)\s*${THRESHOLD_SOURCE}(?:the |le |la |l')?$`);
const ABOVE_RE = new RegExp(String.raw`(?:>=?|[≥\x95]|\babove|\bover|\bmore than|\bgreater than|\bat least|\b(?:no|not|pas) (?:less than|moins de)|\bminimum(?: of)?|\bau dessus de|\bsuperieure? a|\bplus de|\bplus d'|\bau moins|\bau minimum|\bd'au moins|\bd'au minimum|\bexceed|\bdepasser|\bbeyond|\bau dela de)\s*${THRESHOLD_SOURCE}(?:the |le |la |l')?$`);
/** A bound written after the number: "60 % or more", "2 % ou moins", "à 2 % maximum". */
const OR_MORE_AFTER_RE = /^(?:\+(?!\s*\d)|\s*(?:or (?:more|higher|better|above|greater|over)|ou (?:plus|mieux|davantage)|et plus|at (?:the )?(?:least|minimum)|au (?:moins|minimum)|minimum|min)\b)/;
// (« au plus vite », « au plus tôt », « au plus tard »: as soon or as late as possible, no bound.)
const OR_LESS_AFTER_RE = /^\s*(?:or (?:less|lower|fewer|below|under)|ou moins|at (?:the )?(?:most|maximum)|au (?:plus(?! (?:vite|tot|tard|pres)\b)|maximum)|maximum|max)\b/;
/**
 * A bound that qualifies the counted object, not the goal: "Win 20 deals over $25k",
 * "Signer 5 affaires de plus de 50 k€", "Close 10 deals ($10k+)" (checked between a count and the bound's number).
 */
const OBJECT_BOUND_BETWEEN_RE = /^\s+(?:[a-z']+\s+){1,4}(?:(?:of |d'|de )?(?:over|above|under|below|more than|less than|at least|plus de|moins de|au moins|au dessus de|en dessous de|superieure? a|inferieure? a|worth|valued at|\()\s*)$/;
/** An indefinite article (optionally with an adjective) before a KPI name. */
const INDEFINITE_BEFORE_RE = /(?:^|\s)(?:un|une|a|an)\s+(?!(?:additional|extra|incremental)\s)(?:[a-z]+\s+)?$/;
/** "to +35", "à +10": a signed level (a colon before a signed number still reads as a change: "CA : +12 %"). */
const CHANGE_BOUND_BEFORE_RE = /(?:\bby|\bde|\bd')\s*(?:at least|an? (?:minimum|maximum) of|at most|up to|no less than|no more than|more than|over|greater than|less than|au moins|au plus|au minimum|jusqu'a|plus de|moins de)\s*$/;
/**
 * A growth OF a measure after a bounded percentage, "over 21% growth in revenue" (left52's L6), not a growth over a period:
 * "at least 10 percent growth in five years", "… growth in 2027" is the growth rate's level (mend52b, real49).
 */
const GROWTH_OF_MEASURE_AFTER_RE = /^\s*(?:growth|increase|rise) (?:in|of)\b(?!\s+(?:the\s+)?(?:(?:next|coming|first|last)\s+)?(?:[\w-]+\s+)?(?:years?|months?|quarters?|weeks?|days?|decades?)\b|\s+(?:fy\s?)?\d{4}\b)/;
/** A bound on what is added, "add more than 12,000 students", "add up to $10M", « ajouter plus de 500 clients »: the change (stmt52). */
const ADD_BOUND_BEFORE_RE = /\b(?:add|adds|adding|ajout\w*)\s+(?:at least|au moins|more than|over|in excess of|upwards of|a minimum of|up to|plus de|plus d'|jusqu'a)\s*$/;
/**
 * A gap from today's level after a figure: "17 million more than now" (group 1: fewer; « 50 de plus qu'aujourd'hui » reads
 * already). "now" / "currently" ends its clause or is followed by a verb of having or doing ("more than we currently
 * have", "… currently sell"): "50 more than currently budgeted" is a gap from a plan, not from today (mend52b).
 */
const NOW_GAP_AFTER_RE = /^\s*(?:[a-z]+\s+)?(?:more|(fewer|less))\s+than\s+(?:(?:we have|there are|we|there)\s+)?(?:now|today|currently|at present)(?=\s*(?:$|[,;.!?)—–-]|(?:we\s+|there\s+)?(?:ha(?:ve|s|d)|is|are|was|were|sell|sells|sold|serve|serves|served|employ|employs|count|counts|hold|holds|make|makes|do|does|get|gets|see|sees)\b))/;
const TO_WORD_RE = /(?:\bto|\bup to|\ba|\bjusqu'a|\bvers|\bat)\s*$/;
/** "sell a total of 1,000 units", "un total de 300 rendez-vous": the level the period must add up to, not a change. */
const TOTAL_OF_RE = /\b(?:an? total of|total of|un total de|au total)\s*$/;
/**
 * "grow to a base of 1,900 customers", « augmenter le nombre d'abonnés jusqu'à une base de 2 500 »: the base reached (left44),
 * only after a verb of growth with no count between ("Sell 200 licences to a base of 1,000 prospects", "Pitch to a base of
 * 400 leads": whom the goal is pitched to, mend44b).
 */
const BASE_OF_RE = /\b(?:grow|expand|increas|build|croitre|grandir|augment|develop)\w*(?: [^\d\s]+){0,4} (?:to|jusqu'a) (?:an?|une) (?:\w+ )?base(?: \w+)? (?:of|de)\s*$/;
// "to an ambitious 20 per cent", "to a record 20%", « à un ambitieux 20 % »: an adjective of ambition or record between the
// article and the figure still names the level reached, no change by it (stmt62, real59). Only after "to" / « à » a verb
// moves to, never "is at a record 20%", « est à un historique 20 % » (the level the KPI is at; mend62s).
const TO_RE = /(?:(?:\bto|\bup to|\bdown to|\ba|\bjusqu'a|\bvers|\bat|:)\s*(?:an? |un |une |the |le |la |l')?|(?<!\b(?:is|are|was|were|stands?|remains?|est|sont|etait|reste|restent) )(?:\bto|\bup to|\bdown to|\ba|\bjusqu'a) (?:an? |un |une |the |le |la |l')(?:ambitious|record|historic|ambitieux|ambitieuse|historique) )$/;
// "to about 5%", "to c.15%", « à environ 5 % »: an approximated level is still the target, not a change (mend36); not
// "at approximately 18%" (a pace, real30) nor « attendue à environ 8 % », "expected to about $2M" (a forecast, real28, mend37s).
// A bound likewise: "boost market share to as much as 18% from about 2%" aims at 18 %, no +18 % (stmt64, real61).
const TO_ABOUT_RE = /(?<!(?:(?:attendu|prevu|estime|evalue)e?s?|expected|forecast|projected|estimated|s'eleve|s'etablir|, [a-z]+ed) )\b(?:to|a) (?:(?:about|around|approx\w*\.?|ca\.?|circa|roughly|nearly|environ|pres de|quelque|as much as) |c\.)$/;
const GOAL_WORD_RE = /\b(?:objectif|target|goal|cible|quota)\s*(?:de|d'|of|:)?\s*(?:an? |un |une |the |le |la |l')?$/;
const GOAL_OF_RE = /\b(?:objectif|target|goal|cible|niveau|level|rate|taux|score|quota)\s*(?:de|d'|of|:)?\s*(?:an? |un |une |the |le |la |l')?$/;
// ("1,000 stores or more" is a bound on the level, not 1,000 more: real39.) « N autres » adds before « nouveaux » or its own
// date: « en créera 50 autres en 2020 », « 10 autres d'ici 2028 » (stmt64, real61), as "another 50 in 2020"; not a later
// item's « d'en rénover 10 autres. », « actionnaire de 5 autres, » (a holding).
const MORE_AFTER_RE = /^\s*(?:(?:(?:de |d'|of )?(?:[a-z']+\s+){0,3}?)?(?:(?<!\bor )more(?!\s+than)|higher(?!\s+than)|greater(?!\s+than)|bigger(?!\s+than)|additional|further|extra|supplementaires?|additionnel(?:le)?s?|de plus(?! d(?:e|'(?!ici)))|en plus)\b|plus d(?:e\s|')(?=[a-z])|autres(?= nouv| (?:en|d'ici) \d))/;
/**
 * "a 10% increase", "une hausse de": a change, unless an attainment verb governs it ("Hit 8% sales growth" is a level). Not
 * across a purpose or a second clause: "must stay near 90% to fund growth" keeps its level (real32).
 */
const INCREASE_NOUN_AFTER_RE = /^\s*(?:(?:de |d'|of )?(?:year (?:over|on) year |yoy )?(?:(?!(?:to|pour|and|et)\s)[a-z']+\s+){0,2}?)?(?:increases?|(?<=\b(?:year (?:over|on) year|yoy) )rises?|augmentations?|hausses?|growth|croissance|uplift|lift|gains?|improvements?|ameliorations?|boost)\b/;
/**
 * "Achieve a 10% rise in bookings": a rise IN a measure that the goal achieves is its change (left50's R10), not a rise
 * expected ("We expect a 3% rise in costs, but …": mend50a) nor one in a period ("a five per cent rise in the year to …", real40).
 */
/**
 * "We expect a 3% rise in costs this year": a forecast stated alone reads as guidance, its rise a change (left51's S1), as
 * « Nous anticipons une hausse de 3 % des coûts » does; before "but" / « mais » or ";" it stays context (mend50a).
 */
const EXPECT_BEFORE_RE = /\b(?:expect|anticipat|forecast|predict|project|foresee)\w*\s+(?:an?\s+)?$/;
const RISE_IN_AFTER_RE = /^\s*rises? in (?!the (?:year|quarter|month|first|second|last|past)\b)[a-z]/;
const PLACES = String.raw`(?:(?:new|nouve(?:aux|lles?))\s+)?(?:[a-z]+\s+)?(?:beds|lits|rooms|chambres|cars|voitures|vehicles|vehicules|departments|screens|ecrans|bornes|charging points)\b`;
const ADDED_PLACES_AFTER_RE = new RegExp(`^\\s+${PLACES}`);
/** Places already counted before the ones added ("We have 250 beds", « Avec 80 véhicules »): a base, the added ones a change (mend51b). */
const PLACES_HELD_RE = new RegExp(`\\d\\s+${PLACES}`);
/** Places added at a pace or per unit ("10 beds per ward", "10 rooms a year"): a change each time, never a level (mend51b). */
const ADDED_PER_AFTER_RE = /^\s+(?:[a-z]+\s+){1,3}?(?:per|each|every|par|chaque|a (?:year|month|week|quarter|day)|an? an\b)/;
/** The level the added places lead to, stated after them ("to reach 300", « pour atteindre 300 », "for a total of 100"): the target (mend51b). */
const ADDED_LEVEL_AFTER_RE = /\b(?:to reach|reaching|to bring|bringing|(?:for )?a total of|pour (?:atteindre|arriver a|porter)|soit (?:un total de )?|au total)\b/;
/** A number that is no count held: a rank ("No. 8", « n° 8 ») or a span ("the next 2 years"). */
const NOT_HELD_COUNT_RE = /\b(?:no\.?|n°|#)\s*$/;
const SPAN_AFTER_RE = /^\s*(?:years?|months?|weeks?|days?|quarters?|ans?|annees?|mois|semaines?|jours?|trimestres?)\b/;
/** A growth noun right before its figure: "growth of", « croissance de » (an increase's figure is a change already). */
const GROWTH_NOUN_OF_BEFORE_RE = /\b(?:growth|croissance) (?:of|de|d') ?$/;
/**
 * What a growth's figure may be the change of: things counted or sold ("in passengers", "in parcel deliveries", « des
 * abonnés », « du chiffre d'affaires »), not a period, a region or a market ("in Q3", "in fiscal 2027", "in each region", «
 * de l'exercice 2027 », « du premier semestre », « de la région Ouest »): growth there is the rate to reach (mend44d). In
 * English only a plural (a capital is folded away: "in Europe"), and not the plural places "the Americas", "the United
 * States", "the Nordics", "the Emirates" (left45). "the number / value of" and a word before the plural too: "in the number of
 * tourists" (stmt64, real61), "of new customers"; not any three words, "in our two flagship stores' sales" (mend64s). Shared with kpi.ts's growth of another thing.
 */
export const GROWN_THING = `(?!\\S+ (?:l'|[a-z]+ ){0,3}(?:day|week|month|quarter|year|region|(?:america|state|nordic|emirate)s\\b(?! (?!this)[a-z]{2,}s\\b)|mar(?:ket|che)|jour|semaine|[a-z]*mestre|annee|an|exercice|mois|pays|[tsqh]\\d)s?\\b)(?:in (?:the (?:number|value) of (?:[a-z]+ )?|(?:[a-z]+ ){0,2})[a-z]{3,}[sx]\\b|d(?:es|u|e la|e l') ?[a-z]|en (?:nombre|volume) d(?:e |')(?!ici\\b))`;
const GROWN_THING_RE = new RegExp(`^ ${GROWN_THING}`);
/** After an English range: "5 to 10% growth" (of a thing named, its change), "five to 10 more" (a change). */
const AFTER_RANGE_RE = new RegExp(`^\\s*%?\\s*(?:(growth|increase|rise)\\b( ${GROWN_THING})?|(?:more|additional|extra)\\b)`);
/** "an increase in parcel delivery volumes of up to": the growth (or its bound) of a thing named in between. */
const GROWTH_BOUND_BEFORE_RE = /\b(?:increase|growth|rise)s? in (?!excess)(?:[a-z]+ ){1,4}of (?:up to )?$/;
/** "Achieve a 10% increase in revenue": an increase OF something is a change even after an attainment verb ("Hit 8% sales growth" stays a level). */
const CHANGE_NOUN_OF_AFTER_RE = /^\s*(?:(?:de |d')\s*)?(?:increase|rise|uplift|boost|improvement|augmentation|hausse|amelioration|progression)\s+(?:in|of|on|de|du|des|d')(?![a-z])/;
/** Between a KPI and its number: "up"/"down" (maybe "by"), after a closing parenthesis ("NPS (Net Promoter Score) up 50"). */
// `\s*(?:\)\s*)?`, not `\s*\)?\s*`: two runs of spaces in a row split a long one in quadratically many ways.
const KPI_UP_DOWN_BETWEEN_RE = /^\s*(?:\)\s*)?(?:up|down)\s+(?:by\s+)?$/;
// Not "$2M in less than two years", « 2 M€ en moins de trois ans »: a bound on the time taken, not on the figure (stmt56);
// only after "in" / « en » and for months, quarters or years ("40% less than ten years ago" is a fall; "in less than 10 days"
// is the duration to bring down: mend56s, the lead's ruling).
const LESS_AFTER_RE = /^\s*(?:(?:de |d'|of )?(?:[a-z']+\s+){0,3}?)?(?:fewer|less|lower(?!\s+than)|smaller(?!\s+than)|de moins|en moins|reductions?|decreases?|drops?|declines?|baisses?|diminutions?|cuts?|reculs?)\b(?!(?<=\b(?:in less|en moins)) (?:than|de) \S+ (?:years?|months?|quarters?|ans|annees|mois|trimestres)\b(?! ago))/;
/**
 * A level observed before the goal: "has averaged about 25%", "ont été d'environ 25 %", "currently at 3%", "from last year's
 * record high of 7 billion" (a past period's level named by a noun, real33), a relative clause's past level (« qui a réalisé
 * 6,2 milliards », « qui s'élevaient dernièrement à 9,7 milliards ») and "its current fleet of 1.8m" (real35); "from its
 * starting point of $45", « au lieu, actuellement, de 8,5% » (real39); the imperfect « nous étions à » (shape44: a past
 * level, as "we were at"; not « était à », which follows a goal word as often as a level: « Notre objectif était à 5 M€ », mend44c);
 * a level named the baseline after a word of comparison ("from the 2023 enrollment baseline of 6,061", real47; "against a
 * baseline of", "compared to a baseline of"), not "Hit a new baseline of $50,000": a level aimed at, a target (mend50c).
 */
/** Money raised (Ruling D2): right after "raise" / « lever », or after a word of funding and "of" / « de » ("close a round of"). */
export const RAISED_MONEY_BEFORE_RE = /\b(?:(?:rais|lev)\w* |(?:rais|lev|clos|obten)\w* (?:\w+ ){0,3}(?:funding|funds|capital|financ\w*|fonds|round) (?:of|de) (?:about |environ )?)$/;
/** A perfect of raising money, a bound at most between: "has raised (just over)" (mend51d). */
const RAISED_SO_FAR_BEFORE_RE = /\b(?:ha(?:s|ve) (?:already )?(?:raised|collected))\s+(?:(?:just|nearly|almost|over|more than|about)\s+)*$/;
/** …toward a goal: "toward a target of", "towards its $20,000 goal". */
const RAISED_TOWARD_AFTER_RE = /^[^.;]{0,20}?\btowards?\b/;
/** French alike (left52's L2): « a collecté 9 200 $ sur un objectif de », « 45 000 € récoltés sur les 100 000 € visés », « a levé 1,2 M€ pour un objectif ». */
// (Also « a collecté à ce jour 9 200 $ », « a permis de collecter 9 200 € », « 45 000 € ont été récoltés sur les … visés »: mend52c;
// « Nous avons aujourd'hui levé 7 millions d'euros sur un objectif de 20 millions », any person: stmt55.)
const FR_RAISED_BEFORE_RE = /\b(?:(?:a|avons|ont) (?:deja |aujourd'hui )?(?:collecte|recolte|leve|recueilli)|(?:permis|pu) de (?:collecter|recolter|lever))\s+(?:(?:a ce jour|jusqu'ici|deja|pres de|plus de|environ)\s+)*$/;
const FR_RAISED_AFTER_RE = /^\s*(?:(?:(?:ont|a) ete\s+)?(?:collecte|recolte|leve)e?s?\s+)?(?:sur|pour)\s+(?:un |une |l'|son |sa |leur |les |notre |ses )[^.;]{0,30}?\b(?:objectif|vise|cible)/;
/** A share's verb of the surveyed right after it: "40% plan to …", « 28 % prévoient de … » (the group named: `GROUP_SHARE_AFTER_RE`). */
const SURVEY_VERBS = '(?:plan|intend|say|expect|anticipate|are (?:planning|focused|targeting|aiming|looking|considering|expecting)|prevoient|envisagent|comptent|souhaitent|declarent|veulent|visent|ciblent|tablent|misent|anticipent|s\'attendent)\\b';
const SURVEY_SHARE_AFTER_RE = new RegExp(`^\\s*\\)?(?:\\s+(?:au|aux|en|in|dans) [a-z]+)?\\s+${SURVEY_VERBS}`);
/** The same with the group between: « 58 % des entreprises tablent sur », "40% of firms expect" (stmt51). */
const GROUP_SHARE_AFTER_RE = new RegExp(`^\\s*\\)?\\s+(?:des|of(?: the)?) [a-z]+(?:\\s+(?:au|aux|en|in|dans) [a-z]+)?\\s+${SURVEY_VERBS}`);
/** A sentence reporting a survey: its word, or its source (mend51d). */
const SURVEY_REPORT_RE = /\b(?:survey\w*|polls?|polled|study|studies|etudes?|sondages?|barometres?|enquetes?|selon|according to)\b/;
/** A goal word or verb before the share governs it: "Our goal: 85% of customers say …", "Ensure 90% of …" (mend51d). */
const SHARE_GOVERNED_RE = /\b(?:goals?|targets?|objecti\w*|aim\w*|ensure|make sure|want|vis\w*|veu\w*|voul\w*|faire en sorte|reach|atteindre|achieve)\b/;
// ("Reduce churn to 3%, previously 5%": a level written after "previously" is the measure's past one, mend50a; "up from a
// total of 42 firms", stmt51; "…, from the projected $1.3 billion", "a decrease from the 275 units": "from the" after a comma
// or a change noun, a participle between, stmt60 — not "$5M in revenue from the 10 new stores", a source.)
/** A verb paying for the goal right before its money, not in the past: invest, spend, borrow, « investir », « dépenser », « emprunter » ("invested 2 M€ last year" stays a level). */
const INVESTED_BEFORE_RE = /\b(?:(?:invest|spend|borrow)(?:s|ing)?|investi(?:[rt]|ss)\w*|(?:depens|emprunt)(?:e[nr]|ons|ant)\w*)\s+(?:(?:about|around|some|nearly|up to|over|more than|environ|pres de|plus de)\s+)?$/;
/**
 * « doubler ses revenus actuels de 14 milliards $ », « tripler notre part de marché actuelle de 4 % »: the level now that a
 * multiplying verb starts from, the baseline (stmt65); after any other verb (« Augmenter nos ventes actuelles de 10 % ») the
 * figure is the change (mend65s). Read over 70 characters: the verb may stand five words before.
 */
const MULTIPLIED_NOW_RE = /\b(?:doubl|tripl|quadrupl|multipli)\w* (?:\S+ ){1,4}actuel(?:le)?s? (?:de |d')$/;
const BASELINE_BEFORE_RE = /(?:\bfrom|(?:,|\b(?:increase|decrease|rise|drop|decline|fall|jump|gain)) from the(?: [a-z]+ed)?|\bfrom (?:last|the previous|the prior) (?:year|quarter|month)'s(?: [a-z-]+){0,3} of|\b(?:up|down) from (?:last|the previous|the prior) (?:year|quarter|month)'s|\bup from(?: the| a total of)?|\bfrom today's|\bdown from(?: the)?|\bcontre|\bvs\.?|\bversus|\bcompared (?:to|with)|\bpar rapport a(?:ux?)?|\ba comparer (?:a|aux?|avec(?: les?| la)?)|\bcomparativement a|\baveraged|\bbeen|\bwas|\bwere|\bcurrently(?: at)?|\bcurrent|\bstands? at|\btoday(?: at)?|\bete|\beti?ons a|\bactuellement(?: a)?|\baujourd'hui(?: a)?|\best de|\bsont de|(?<!\b(?:croissance|progression) (?:annuelle )?)\bmoyenne de|\baverage of|\bau lieu(?:, actuellement,)? de|\binstead of|\bfrom (?:its|their|our|the) starting point of|\b(?:from|against|versus|vs\.?|(?:compared|relative) (?:to|with)) (?:(?:the|a|an|our|its|their) )?(?:[a-z\d-]+ ){0,2}baseline of|\baffich(?:e|ent|ait)(?: plus de| pres de)?|\bboasts?(?: over| more than)?|\bqui (?:a|avait) realise|\bs'elevai(?:t|ent)(?: [a-z]+)? a|\bcurrent [a-z]+ of|\bpreviously(?: at)?|\bformerly(?: at)?)\s*(?:de |d')?(?:about |around |roughly |approximately |environ |en moyenne |on average |plus de |pres de |more than |over |nearly )?$/;
/**
 * "…, from the 10 new stores we open", "…, from the planned 12 new stores": "from the N" counting another thing than the
 * goal's measure (a plural the text has not named before) is the goal's source, no baseline; "Sell 400 units, from the 275
 * units of 2027", money, a percentage, and a change noun before "from" ("a decrease from the 275 units") compare (mend60s).
 */
const sourceFromThe = (q: Quantity, folded: string): boolean => q.kind === 'number' && /,\s*from the(?: \w+ed)? ?#\s+(?:[^\s#]+\s+){0,2}?([a-z]{3,}s)\b(?!.*#.*\b\1\b)/.test(`${textBefore(folded, q.start, 30)}#${textAfter(folded, q.end, 30)}#${folded.slice(0, q.start)}`);
/**
 * « une croissance annuelle moyenne de 6 % » qualifies a growth (left51's S4), but one observed in the past is the level the
 * goal starts from: « Notre CA a progressé à une croissance annuelle moyenne de 6 % ces cinq dernières années » (mend51b).
 */
const GROWTH_AVERAGE_BEFORE_RE = /\b(?:croissance|progression) (?:annuelle )?moyenne de\s*(?:environ |pres de )?$/;
const PAST_AVERAGE_BEFORE_RE = /\b(?:a|avons|ont|avait|avions) (?:progresse|connu|enregistre|affiche|realise)\b[^,;.:]*$/;
const PAST_AVERAGE_AFTER_RE = /^[^,;.:]*\b(?:ces [a-z]+ dernieres|les [a-z]+ dernieres|depuis|l'an dernier|l'annee derniere)\b/;
/** "contre moins de 800 aujourd'hui", "up from over 40", "au lieu de près de 1,5 million": a compared level may carry a bound. */
/**
 * The level a change arrives at, the same measure: a figure with no other noun after it (", reaching $5M", « pour atteindre
 * près de 22 milliards d'euros »), or the sales' own units (", reaching 4,000 units": sales counted, left50's R1); not ",
 * reaching 200 new customers", "a 15% net margin", "40 deals a month" (mend49a).
 */
export const ARRIVED_LEVEL = String.raw`\s+(?:[a-z]+ (?:than |de )?)?[$€\x80£]?\d[\d.,]*\s?(?:%|percent|[kmb]n?\b|[mb]illi\w+)?\s?(?:(?:d')?(?:euro|dollar)s?|[€\x80]|units?|unites?)?(?=\s*(?:$|[,.;!?]|(?:by|in|en|d'ici|this|next|per|par|an?)\b))`;
/**
 * "Our sales will grow 3%", "Revenue should grow 3%": a verb of growth applied to sales is their change, as « Nos ventes
 * devraient progresser de 3 % » (left50's R5); the growth KPI only for the noun ("sales growth of 3%").
 */
export const SALES_GROW_RE = /\b(?:sales|revenues?|turnover)\s+(?:(?:will|should|could|would|must|may|might|can|is|are|be|expected|set|going|to)\s+)*grow\w*(?:\s+by)?(?:\s+about|\s+around|\s+approximately)?\s*$/;
/** A level a change arrives at: ", reaching $5M", "to reach $5M" — the growth is then that level's change (left49). */
export const LEVEL_ARRIVED_RE = new RegExp(String.raw`^[^.;!?]*?\b(?:reaching|hitting|to (?:reach|hit))${ARRIVED_LEVEL}`);
/** A former target named before a range: « l'objectif précédent était de », "the prior guidance of" (see the range loop). */
const FORMER_TARGET_RE = /\b(?:(?:objectif|prevision|fourchette|target|guidance|forecast|outlook)s?\s+(?:precedente?|anterieure?|initiale?|previous|prior)|(?:previous|prior|initial|precedente?)\s+(?:objectif|prevision|fourchette|target|guidance|forecast|outlook|range)s?)\b[^.;\d]{0,16}$/;
/**
 * A former target's figure told by words after it, set against the goal's by a contrast before it: « vs. un objectif … 'de
 * l'ordre de 6%' communiqué auparavant », « et non plus aux alentours de 14 millions comme précédemment » (tgt45). Not « comme
 * précédemment annoncé » nor a target confirmed (« l'objectif de 6 % communiqué auparavant est confirmé »: no contrast).
 */
/**
 * A target, a guidance or a forecast revised "from" a figure, before or after its new one (see the former-target loop): only
 * as the object of a verb of revising ("raised its outlook for revenue from"), never a noun inside the measure ("the accuracy
 * of our sales forecast from 70%", "reps hitting their target from 40%", "the gap to target from 15%": mend48b). A goal or an
 * objective only after a determiner, no participle between ("raises its goal from"; not "Cut missed goals from 10 to 5", mend49a).
 */
const REVISED_FROM_RE = /\b(?:rais|lift|lower|cut|revis|updat|increas|reduc|trim|boost|hik)\w* (?:(?!(?:of|to|on|in|at|meeting|hitting)\b)[a-z0-9'-]+ ){0,6}?(?:guidance|targets?|(?<=\b(?:its|our|their|the) (?:(?!\w+(?:ed|ing)\b|unmet)[\w'-]+ ){0,3})(?:goal|objective)s?|forecasts?|outlook|projections?)(?: for(?: [a-z0-9'-]+){1,3})?,?\s+(?:from|to\s+(?:between\s+)?(?:(?:about|around|approximately)\s+)?[$€\x80£¥]?\s?\d[^.;:]{0,25}?\sfrom(?: (?:its|the|their|our))?)\s*$/;
/**
 * The French twin, « relever / rehausser / abaisser / réviser / ramener son objectif (de chiffre d'affaires) de X à Y »: X is the
 * target revised from, no baseline, and Y the new target — one rule for every verb of revising, as REVISED_FROM_RE (left49).
 * Only before « à » and a second figure: « relever son objectif de 10 % » alone keeps its reading. The target noun must be the
 * verb's object, right after its determiner: « réduire l'erreur de prévision de 15 % à 5 % » keeps its baseline (mend49a).
 */
const REVISED_DE_RE = /\b(?:relev|rehauss|abaiss|revis|ramen|redui|baiss|remont|actualis)\w* (?:[a-z'-]+ ){0,3}?(?:s(?:on|a|es)|notre|nos|leurs?|l'|les?|la) ?(?:[a-z]+ )?(?:objectif|prevision|perspective|cible)s?(?: (?:annuel\w*|(?:de|d')\s?[a-z'-]+(?: [a-z'-]+){0,2}))? de $/;
const FORMER_AFTER_RE = /^[^.;,()\d]{0,30}?\b(?:communique\w*|comme) (?:auparavant|precedemment)\b(?!\s+(?:annonc|prevu|indiqu|fix))/;
// The figure (a few words after the contrast: « contre 6 % », « et non plus aux alentours de 14 ») or a target's noun must follow
// the contrast word: « Lutter contre le turnover : revenir à 10 % », « Contre vents et marées, … 12 % » and « et non plus seuls,
// viser 40 » set nothing against the goal (mend45e). "up from" sets a former target against the goal's figure.
const CONTRAST_BEFORE_RE = /\b(?:vs\.?|versus|(?<!lutt\w* )contre|non plus|au lieu d|compared (?:to|with)|instead of|(?:up|down) from)(?![a-z])\s*(?:(?:[a-z']+ ){0,3}|[^.;!?,:]{0,30}\b(?:objectif|target|guidance|prevision|fourchette|range)s?\b[^.;!?,:]{0,40})$/;
/**
 * After a restated percentage, more or fewer than another level: "more than", « de plus que » (group 1: the fewer, stmt63);
 * only than a past period's or today's level ("than last year", « que l'an dernier », « qu'aujourd'hui »): "6% more than our
 * competitors", "than planned", « que le marché », « que prévu » compare with another level, no change of the goal's (mend63s).
 */
const RESTATED_GAP_AFTER_RE = /^\s*(?:(?:more|higher|greater) than|de plus qu|(less|fewer|lower) than|(de moins) qu)(?:e |'|\s)?\s*(?:last year|the (?:previous|prior|last) year|a year (?:ago|earlier)|(?:in )?(?:19|20)\d\d|today|now|l'an (?:dernier|passe)|l'annee (?:derniere|passee|precedente)|(?:en )?(?:19|20)\d\d|aujourd'hui|actuellement)(?![a-z\d])/;
/** The words before a figure that restates another: "or", « soit », "i.e.", "or at about", « soit un peu plus de », « soit une croissance de ». */
// (No « à » after « soit »: « que le panier moyen soit à 45 € » is the level itself, mend45e; a change noun is captured: «
// soit une hausse de 20 % » after a count is the change of that level, see the loop.)
// Every noun of change, both languages and both ways (left48: « soit une baisse / une croissance de 20 à 30 % », ", i.e. an
// increase of 20 to 30%", "representing growth of 20-30%"); "representing" / « représentant » only before such a noun (alone
// it restates a share, "representing 20% of sales"). « une croissance attendue » stays a forecast restated (real37).
const RESTATED_BEFORE_RE = /(?:(?:\bor|\bou|\bsoit|\bi\.e\.)\s*(?:at )?(?:about |roughly |environ |un peu plus de |pres de |une croissance attendue de )?|(?:\bor|\bou|\bsoit|\bi\.e\.|\brepresent(?:ing|ant))\s*(?:une? |an? )?(hausse|progression|augmentation|croissance|baisse|diminution|reduction|recul|(?:in|de)crease|rise|growth|decline|drop|fall) (?:de |d'|of ))(?:[$€\x80£]\s?)?$/;
/** A counted thing right after a range ("10 to 12 stores", "4 to 5 new reps"), not a period nor a deadline ("by June", "this year"). */
const NOUN_AFTER_RANGE_RE = /^\s*(?!(?:by|to|for|per|this|next|each|within|and|or|in(?! [a-z])|in (?:the|a|q\d|[a-z]+ (?=\d)))\b)[a-z]{2}/;
/** A verb of producing or expecting before a range, or "another", "become a": the range is an estimate (see the range loop). */
// A ceiling over a range ("lose no more than 2 to 3 customers", left49) bounds an estimate too, its lower bound read; not after
// "from" ("from more than 100 to 150" moves, mend49a).
const ESTIMATE_RANGE_BEFORE_RE = /\b(?:produc|generat|expect|project)\w* (?:[a-z]+ ){0,2}$|\b(?:another|become an?|(?<!\bfrom )(?:more|fewer) than) $/;
/**
 * An approximator with no "from" before a range: with no verb of change over it, one approximate level ("earn around $150k to
 * $185,000"; "from about $40,000 to $60,000" moves; tgt46, the written lower bound); under one, a percentage's is the change
 * ("grow about 5% to 7%", as "to increase 1% to 2%" reads) and an amount's a move ("Increase revenue approximately $40,000
 * to $60,000", mend46a); after "by", change then target ("by approximately 150 basis points to 10.5%", real30).
 */
const APPROX_RANGE_BEFORE_RE = /(?<!\b(?:from|by) )\b(?:around|about|approximately|roughly|l'ordre de|on the order of|in the order of) $/;
/**
 * « Faire passer la marge de l'ordre de 20 % à 30 % », « Passer d'un taux de l'ordre de 20 % à 30 % »: inside a move (after
 * passer, porter, amener) the approximator approximates the start, and its « de » opens the move (mend53b; stmt53 read one
 * level of 20 %).
 */
const ORDER_IN_MOVE_BEFORE_RE = /\b(?:pass|port|amen)(?:er|e|ant|ons|ez|era)\b[^,;.:]*\bl'ordre de\s*$/;
/**
 * A rate's, a margin's or a share's "of" with no "from" before a range: its level, the lower bound ("gross margins of 30% to
 * 35%", tgt46), where no verb of change governs it. (Any noun's "of" cost a held-out set a change line: "double its 2021
 * revenue of $6.25B to $12.5B" moves, and other nouns' ranges too.) Not after a verb of bringing: "Bring our gross margin of
 * 30% to 35%", "Take our close rate of 20% to 25%" move it (mend46a).
 */
/**
 * "guidance for revenue of $5.43 billion to $5.54 billion", "forecast at $30.8 billion to $31.1 billion", "Shooting for $6.05
 * to $6.15 billion": an amount's range after "of", "at" or "for", with no "from" and no verb of change over it, is one
 * estimated level, its lower bound (stmt46, real45: a bare "X to Y" moves only under a verb of change, tgt46's written rule).
 * "double its 2021 revenue of $6.25B to $12.5B" (a verb of change) still moves.
 */
// After a verb of bringing the range moves, for amounts as for rates: "Move our average deal size of $8,000 to $10,000",
// "Bring monthly recurring revenue of $30k to $45k", "Scale ARR of $1M to $3M" (mend48b).
const NOT_BROUGHT = '(?<!\\b(?:from|bring\\w*|tak(?:e|es|ing)|get(?:s|ting)?|mov(?:e|es|ing)|driv\\w*|scal(?:e|es|ing))\\b[^,;]*)';
const MONEY_RANGE_BEFORE_RE = new RegExp(`${NOT_BROUGHT}\\b(?:of|at|for)\\s*$`);
const LEVEL_OF_RANGE_RE = new RegExp(`${NOT_BROUGHT}\\b(?:margin|rate|level|share|yield)s? of $`);
/** The object of a French verb of change after its range, maybe past an aside: « de 3 à 4 %, en rythme annuel, le montant » (« l'an prochain », « la fin de 2027 » are when, no object); or what a share is of: « de 20 à 30 % du chiffre d'affaires » (mend48b). */
const OBJECT_AFTER_RANGE_RE = /^\s*%?\s*(?:,[^,.;]{0,40},\s*)?(?:du|des|de la|de l'|le|la|les|l'|leurs?|son|sa|ses|notre|nos|votre|vos)\s?(?!(?:an|annee|exercice|mois|trimestre|semestre|semaine|periode|fin|debut|moyen|long|court)\b)[a-z]/;
/**
 * A change noun, the measure it moves, then the range: "a rise in 2025 net sales of 1% to 3%", "an increase in revenue of 4%
 * to 6%", « une hausse de son chiffre d'affaires de 5 % à 7 % » — the change's range, its lower bound, as "a rise of 1% to 3%"
 * (stmt46, real45). Not a growth noun ("revenue growth of 13% to 15%" is a level, real38) nor a rate's or a share's range.
 */
// "of between 2% and 4%", « comprise entre 2 % et 4 % »: the same range, opened by "between" (left49).
const CHANGE_OF_MEASURE_RE = /\b(?:(?:increase|rise|decline|decrease|drop) (?:in|of) (?:[a-z0-9'-]+ ){1,4}of(?: between)?|(?:hausse|augmentation|progression|baisse|diminution|recul) (?:du|des|de la|de l'|de son|de sa|de ses|de leurs?) ?(?:[a-z0-9'-]+ ){1,4}?(?:d(?:e |')(?:environ )?|(?:comprise? )?entre ))\s*\+?$/;
/**
 * "Raise the $80 repair service price by 10%", "Grow our $2M pipeline by 20%": an amount named with its thing after "the", "our",
 * "its" or "their", under a verb of change whose "by" then gives a percentage, is the level the change starts from — the baseline,
 * not a target (stmt46, real45). English only: « Augmenter notre CA de 2 M€ de 10 % » is rare and « de » doubles as "by".
 * Only the verb's own object, the measure itself ("Raise the repair service price of $80 by 10%" too), never a product's price
 * inside another measure ("Increase sales of our $30 subscription box by 25%", "the conversion of the $500 bundle": mend48b).
 */
const OWN_AMOUNT_BEFORE_RE = /^ (?:the|our|its|their|this|that) (?:(?:[a-z-]+ ){1,3}of )?$/;
const PERCENT_CHANGE_AFTER_RE = /^(?: [a-z-]+){0,4} by (?:about |around |approximately )?\+?\d[\d.,]*\s?(?:%|percent|per cent)/;
/** A range's negative lower bound keeps its sign: "growth between -1% to 2%", « entre −1 % et 2 % » aim at -1 %, an amount's too ("-$1M to $2M"; the written range rule; stmt46, mend48b, mend49a). */
const signedLower = (q: Quantity): Quantity => (q.negative ? { ...q, value: -q.value } : q);
const RATE_NEAR_RE = /\b(?:part|taux|marge|share|rate|margin)\b/;
const CHANGE_WORD_RE = /\b(?:doubl|tripl|quadrupl|multipli|de plus\b|more\b|en plus\b|additional\b|supplementaire)/;
/**
 * "$2M in 2024, a figure we want to double", « 2 M€, un chiffre qui devrait doubler »: a level pointed back to by a noun
 * that a multiplying verb then moves is where the goal starts (shape44's pointers back).
 */
// A relative pronoun (not « quasiment »), and a verb with no object of its own: « qui doublerait celui de 2024 », "doubles
// last year's" compare the target with a past level (mend44c).
const POINTED_BACK_AFTER_RE = /^[^,;.(]{0,30}(?:\([^()]*\))?, (?:une?|ce|a|this) (?:chiffre|montant|niveau|figure|number|amount|level) (?:qu[ie']|that|which|we)\b[^,;.]{0,30}(?:doubl|tripl)[a-z]*(?![a-z]| (?:celui|celle|our|last|its|their|nos|notre|son|ses)\b)/;
/**
 * "… generate revenues of EUR 1.4 billion per year and their goal is to double that amount", « … réalisent 2 millions d'euros
 * et veulent doubler ce montant »: a multiplying verb whose object is a demonstrative naming a level ("that amount / figure
 * / number", « ce montant / chiffre / nombre / niveau ») points back to the level stated before it, where the goal starts
 * (stmt63, real60). Only a level stated in the present or the past (`STATED_NOW_BEFORE_RE`): "Reach $2M in 2027 and double
 * that amount by 2030" keeps its milestone's reading.
 */
const DEMONSTRATIVE_MULTIPLIED_AFTER_RE = /^[^.;!?]{0,80}?\b(?:(?:doubl|tripl|quadrupl)[a-z]* (?:(?:that|this|ce|cette) (?:amount|figure|number|level|sum|total|montant|chiffre|nombre|niveau|somme)\b|(?:it|that|this)(?=\s*(?:[,.;!?]|$|(?:by|before|within|over|in|again|next|and|then|to reach)\b)))|(?:le|l') ?(?:doubl|tripl|quadrupl)(?:er|erons|eront|era|erait)\b)/;
// (First-person and pronoun forms too: « Nous réalisons / générons 2 M€ … doubler ce montant », "We generate $2M … double it",
// « … veut le doubler »: mend63s.)
const STATED_NOW_BEFORE_RE = /\b(?:generates?|has|have|is|are|earns?|makes?|records?|posts?|generent|generons|genere|realisent|realisons|realise|compte|comptent|comptons|affiche|affichent|affichons|est de|sont de)\b[^.;!?]{0,50}$/;
/**
 * …but not a level an aim governs, a milestone (mend63s): an aim noun before it ("The goal is to generate $2M …", "Our target
 * is $2M …", « L'objectif est de 2 M€ … »), "to" / « de » and an infinitive ("We aim to make $2M …"), a verb opening the
 * sentence, an imperative ("Generate $2M …", "Hit $2M …"); a future year after the level is told by `aimedFor`.
 */
const AIM_GOVERNS_BEFORE_RE = /\b(?:goals?|targets?|objectifs?|cibles?|aims?|ambition)\b[^.;!?]{0,80}$|\bto (?:generate|make|earn|record|post|have|hit|reach|achieve|bring in)\b[^.;!?]{0,50}$|\b(?:de|d') ?(?:realiser|generer|atteindre|faire|depasser|enregistrer|afficher|degager)\b[^.;!?]{0,50}$/;
const IMPERATIVE_OPENING_RE = /(?:^|[.;!?:]\s+)[\s"“«]*(?:generate|make|earn|record|post|have|hit|reach|achieve)\b[^.;!?]*$/;
/** The level pointed back to is observed: a past verb or "now" before it ("We aim for $2M …, a figure that …" is the target). */
const OBSERVED_BEFORE_RE = /\b(?:atteint|realise|genere|reached|hit|made|generated|had|was|were|etai\w+|aujourd'hui|now|today|currently|actuellement)\b[^.;!?]*$/;
/**
 * A level followed by its own movement to another one: "Annual churn rate: 12% (improving to 8% by Year 3)", "churn at 12%,
 * falling to 8%", « 12 % (en baisse à 8 %) »: the first is where the goal starts (real32; the shape, not the words, tells it).
 */
const MOVED_ON_AFTER_RE = /^\s*[(,]\s*(?:(?:improv|increas|decreas|declin|grow|ris|fall|dropp|reduc|climb|shrink|go)\w*|(?:en (?:hausse|baisse) |passant |ramene\w* |porte\w* ))\s*(?:to|a)\s+(?:about |around |environ )?[$€\x80£]?\d/;
/**
 * A level in a parenthesis dated now or in the past, « (1.200 l'année dernière) », « (570 millions d'euros fin 2007) », «
 * (423 unités dont 94 franchises actuellement) », or opened right after a compared year (« qu'en 2010 (3,09 milliards) »):
 * where the goal starts (real24's current levels in parentheses, real33). The parenthesis's shape, not its words, tells it.
 */
const PAST_IN_PAREN_AFTER_RE = /^[^()]{0,50}?\b(?:l'annee (?:derniere|precedente|passee)|l'an (?:dernier|passe)|last year|fin (?:19|20)\d\d|(?:the )?end of (?:19|20)\d\d|actuellement|aujourd'hui|today|currently|now)\b[^()]*\)/;
const PAREN_BASELINE_BEFORE_RE = /(\b(?:qu'en|than in|que en) (?:19|20)\d\d\s*)?\(\s*(?:about |environ |pres de )?$/;
/** An apposition after the level: ", a 6.7% increase from 2024", « , en progression de 5% par rapport à 2021 » (both halves). */
const APPOSED_CHANGE_BEFORE_RE = /,\s*(?:(?:an?|une?)\s+|(?:en|soit une?)\s+(?:progression|hausse|croissance|augmentation|baisse|recul)\s+de\s+)?$/;
/**
 * After a change restated as a range, « soit une hausse de 20 à 30 % »: a past period it is measured against (« depuis 2024 »,
 * « sur 2024 », « vs 2024 », « par rapport à 2024 », "since", "over") or another measure it changes (« du chiffre d'affaires »,
 * "of revenue"; not « d'ici 2028 »). Either way it is no change of the level before it (mend47b, narrowing left47).
 */
const RESTATED_ELSEWHERE_AFTER_RE = /^\s*%?\s*(?:depuis|since|sur|over|on|vs|versus|contre|compar\w*|par rapport|from|du|des|de(?! \d)|d'(?!ici)|of|in (?!the |[a-z]*\d|[a-z]+ \d))\b/;
const APPOSED_CHANGE_AFTER_RE = /^\s*(?:(?:increase|rise|growth|gain|jump|decline|drop|decrease)\s+)?(?:from|over|on|compared|vs|versus|par rapport|sur|contre|compare)\b/;
const NOW_AFTER_RE = /^\s*(?:[a-z]+\s+){0,4}?(?<!\b(?:des|from|starting|d'ici|by|until|jusqu'a)\s)(?:actuellement|aujourd'hui|a ce jour|now|currently|actuel(?:le)?s?(?= a\b)|(today))\b/;
/**
 * « Aujourd'hui, nous en sommes à 39 magasins », "Today we have 40 clients": "now" opening the level's clause (real29, real31).
 * ("today" after a level no verb governs, "With 40 clients today, …"; "Sign 20 new customers today" is the goal.) Only a
 * verb of having or being states it: "Today, with 3 reps, …" and "Today, 3 reps close 40 deals" name no current level of
 * the goal (mend38a).
 */
const NOW_BEFORE_RE = /\b(?:aujourd'hui|today),?(?: [a-z']+){0,3}? (?:is|are|ha(?:ve|s)|est|sont|sommes|avons)(?: [a-z]+){0,2} $/;
const BASELINE_BOUND_BEFORE_RE = /\b(?:from|contre|vs\.?|versus|compared (?:to|with)|au lieu de|instead of)\s+(?:(?:moins|plus|pres) d(?:e|')|(?:less|more|fewer) than|nearly|almost|over|under)\s*$/;
/** "des économies d'un milliard d'euros", "cost savings of $2M": an amount saved (a decrease of costs). */
// "ce plan d'économies qui doit atteindre 500 M€", "savings that should reach $2M": the amount the savings come to.
const SAVINGS_BEFORE_RE = /\b(?:economies|savings)\s+(?:(?:de|d'|of)|(?:qui|that|which)\s+(?:[a-z']+\s+){0,2}?(?:atteindre|atteindront|atteindra|reach|total|s'elever a|s'eleveront a))\s*(?:about |around |environ |de l'ordre de |plus de |more than )?$/;
/** An added amount as the subject of a modal verb of reaching: « supplémentaire pourrait atteindre », "additions … would amount to". */
// The added word qualifies the measure itself ("incremental revenue", « chiffre d'affaires supplémentaire / additionnel »,
// "additions"): not "With additional marketing spend we will reach $5M", "In addition revenue should reach" (mend45e).
const ADDED_REACH_BEFORE_RE = /(?:\b(?:additional|incremental) (?:revenue|sales|customers)|(?:affaires|ca|ventes|revenus?|clients) (?:supplementaire|additionnel)\w*|\badditions)\b[^.;!?,\d]{0,40}\b(?:pourr|devr|doi[tv]|should|could|would|will|may|might)\w* (?:atteindre|reach|amount to|total|s'elever a) (?:[a-z]+ ){0,2}?[$€\x80£]?\s?$/;
/**
 * An outlook or guidance named: an outlook's with-clause (analyze.ts) and its expected level (below) read only after it
 * (mend49c): "Open our Lyon office by June 2027, with 3 new sales reps expected to join", «
 * Ouvrir l'agence de Lyon …, avec 3 nouveaux commerciaux attendus » are a goal with an aside, no outlook.
 */
export const OUTLOOK_BEFORE_RE = /\b(?:outlook|guidance|forecasts?|perspectives?|previsions?|objectifs? (?:annuels? )?(?:abaiss|relev|rehauss|revu|revis)\w*|(?:abaiss|relev|rehauss|revis)\w* (?:ses|son|leurs?|nos|notre|l'|les?) ?objectifs?)\b/;
/** "$2M in savings", "1 M€ d'économies": the amount saved, before the word. */
// (One word may qualify the savings when it says they are a cost's: "$650 million in cumulative savings", "in productivity
// savings" (stmt47); not any word: "client savings", "retail savings", "savings accounts" are a bank's deposits, "price cuts"
// a customer's gain (mend49c); nor "in-year", a date the savings reader of analyze.ts weighs.)
const SAVINGS_AFTER_RE = /^\s*(?:in|of|d'|de)\s*(?:(?:(?:cost|cumulative|annual(?:ized)?|productivity|efficiency|operating|operational|procurement|synergy|structural|gross|total|additional|incremental|expense)\s+)?(?:savings|cuts|reductions)(?!\s+(?:accounts?|deposits?|balances?|plans?|products?)\b)|economies?)\b/;
/**
 * "trim $20 million to $30 million in operating expenses", "cut $2M from our costs", « supprimer 2 M€ de charges »: an
 * amount, or a range of amounts, a verb of cutting takes out of costs is the cut, its lower bound, not a level (stmt47).
 */
const CUT_VERB_BEFORE_RE = /\b(?:cut|trim|slash|supprim|retranch|couper)\w*\s+(?:(?:about|over|more than|up to|environ|plus de)\s+)?(?:[$€\x80£]?\d\S*(?: [a-z€\x80$]+)? (?:to|a) )?$/;
const FROM_COSTS_AFTER_RE = /^\s*(?:(?:to|a) [$€\x80£]?\d\S*(?: [a-z€\x80$]+)?\s+)?(?:in|from|of|de|d'|des|aux?|dans)\s*(?:(?:the|our|its|les|ses|nos)\s+)?(?:[a-z]+\s+)?(?:costs?|expenses|spend(?:ing)?|budgets?|couts|depenses|charges|frais)\b/;
/** "économiser cinq milliards d'euros", "save $2M": a verb of saving over an amount. */
const SAVE_VERB_BEFORE_RE = /\b(?:econom(?:iser|isons|isez|isent|ise)|save|saves|saving)\s+(?:(?:about|around|environ|over|more than|plus de|up to|jusqu'a|an extra|an additional)\s+)?$/;
/**
 * "5% de croissance", "8% organic growth": a growth rate named by its level when no change verb governs it ("Hit 8% sales
 * growth" is a level too); "a 10% increase", "5 % de hausse du CA" and a growth OF something stay changes.
 */
// A compound annual rate is a level even OF something ("a 12% compound annual growth rate in revenue": left51's S4).
// « 10 % de croissance du CA » is sales growth's level as "10% revenue growth" is (left52's L1), when sales growth is the KPI read.
// (English too, left53's M1: "5% growth in revenue", "12% growth in sales" as "5% revenue growth".)
const SALES_GROWTH_OF_AFTER_RE = /^\s*(?:(?:de |d')?croissance (?:du|des|de) (?:ca|chiffre d'affaires|ventes)|growth in (?:our |its )?(?:revenues?|sales|turnover))\b/;
// "10 percent annual sales growth": the period's adjective before the measure's word keeps the level (stmt59, real56:23).
const GROWTH_LEVEL_AFTER_RE = /^\s*(?:(?:de |d'|of )?(?:(?:annual|yearly)\s+)?(?:[a-z']+\s+)?(?:growth|croissance)(?!\s+(?:[a-z']+\s+)?(?:in|of|on|de|du|des|d')(?![a-z]))|compound annual growth rate\b)/;

/**
 * "Get an average of 9%", "atteindre une moyenne de 4,5", "achieve a minimum call average of 10", « réaliser une moyenne de
 * 9,8 ventes » (real23), "should aim for an average of $61,186" (real30): an average to reach is the goal's level, not an
 * observed one.
 */
const ATTAIN_AVERAGE_BEFORE_RE = /\b(?:(?:aim|shoot)\w* for|generat\w*|gener(?:er|ez|ons|e)|deliver\w*|produc\w*|produi\w*|rapport(?:er|ez|ons|e)|bring\w* in|get|gets|getting|reach\w*|achiev\w*|hit|hitting|attain\w*|obten\w*|obtien\w*|atteind\w*|maint\w*|keep\w*|target\w*|vis(?:er|ons|ez)|realis\w*|fair(?:e|ons|ez)|mak\w*|effectu\w*)\s+(?:[a-z]+\s+){0,3}?(?:average|moyenne)\s+(?:of|de)\s*(?:about |around |environ )?$/;
/**
 * A count in a past side clause: "I sold 500 cars last year, so I want …", "nous avons signé 40 contrats l'an dernier":
 * the level the goal starts from.
 * So are inaugurations told in the past before an aim (« a inauguré 7 affiliations l'an passé et envisage 12 nouvelles
 * adresses », stmt57, real54); a past verb's year is a past period as "last year" is. Not "opened" / « ouvert »: a count
 * opened is one held, whose "55 new stores" after it stay the target (mend45e's own path).
 */
const PAST_VERB_BEFORE_RE = /\b(?:sold|made|did|closed|had|generated|won|signed|booked|earned|brought in|vendu|fait|realise|signe|conclu|gagne|genere|eu|inaugure)\s+(?:(?:about|around|roughly|over|some|environ|pres de|plus de)\s+)?(?:[$€\x80£]\s?)?$/;
/** "last year the team achieved $10 million", "l'an dernier nous avons réalisé 2 M€": a past period before a past verb. */
/**
 * "we have 300 customers … and want 500", "nous avons 8 agences et visons 12", « nous en avons 4 … et souhaiterions en ouvrir
 * 4 de plus » (real37): a level the subject has, before its aim; so does one it runs (« Exploitant à ce jour 179 salles …, il
 * entend en ouvrir 121 de plus », real27's written baseline and change, left47).
 */
export const HAVE_BEFORE_RE = /(?:\bexploit(?:ant|ons)(?: a ce jour| actuellement)?|(?:\b(?:we|i|he|she|nous|je|on|il|elle)\s+(?:en )?|\bj')(?:ha(?:ve|s|d)|av(?:ons|ions)|ai|a|compt(?:ons|e)|opened|closed|sold|signed|made|won)(?: \w+)?(?: (?:pas moins|plus|more than|at least|over))?(?: de| d')?|\b(?:is|are|est|sont)(?: at| a| de)?)\s+(?:[$€\x80£]\s?)?$/;
/** A count the subject holds or runs, not one closed, sold or opened: "We have 25 stores", « Nous exploitons 15 restaurants ». */
const HELD_BEFORE_RE = /\b(?:ha(?:ve|s)|av(?:ons|ions)|ai|a|compt\w*|exploit\w*)(?: a ce jour| actuellement)?\s+$/;
/** The held noun, then a later figure of it or of no noun, or « en » before the figure: « 179 salles, il vise 300 salles ». */
const SAME_COUNT_LATER_RE = /^ ([a-z]+)\b[^.;!?\d]*\d[\d.,]*(?: \d{3})*\b(?! \d)(?: \1\b|(?! ?[a-z]{3}))|^[^.;!?\d]*?\ben \w+ \d/;
/**
 * A held count's noun, then a count acquired of another noun: "We have 25 stores and want to hire 10 sales reps", « Nous
 * avons 25 magasins et voulons recruter 10 commerciaux » (left48). The held stores are no level of the reps (it read a
 * decrease 25 → 10). The count right after a verb of hiring, signing, selling or winning; whole words, a plural's "s"
 * aside, either of the held count's first two words ("sales reps", "paying customers": mend48a, the first was compared
 * alone) against the later count's first three ("10 additional reps", "200 new ones" are the held noun's; clients and
 * customers one noun, the catalog's `customers`); "new" ones of another noun too ("hire 10 new sales reps"), not more of
 * the held ones nor a cadence ("10 more", « 10 de plus », "10 per month").
 */
const OTHER_COUNT_LATER_RE = /^ ([a-z]+?)s?\b(?=(?: (?!and\b|et\b)([a-z]+?)s?\b)?)[^.;!?\d]*?\b(?:hir|recrui|recrut|embauch|sign|sell|vend|win|gagn)\w* \d[\d.,]* (?!(?:[a-z']+ ){0,2}(?:\1|\2(?<=[a-z])|one)s?\b|more|plus|supp|autre|other|per|par|each|chaque)[a-z]{3}/;
/** A person holding the count: "we have", « nous avons », « j'ai » (not a bare « a », which is also « à », real39). */
const WE_HAVE_BEFORE_RE = /\b(?:(?:we|i|nous|on) (?:ha(?:ve|d)|av(?:ons|ions)|a|comptons)|j'ai) $/;
/** « Exploitant à ce jour 179 salles », « Nous exploitons 4 usines »: a count the subject runs (left47, real27). */
const RUNS_BEFORE_RE = /\bexploit(?:ant|ons)(?: a ce jour| actuellement)?\s+$/;
/**
 * "We have 25 stores and plan to open 10 stores", « … d'en ouvrir 10 »: the places opened are the goal's own count
 * (the written "open N stores" target), not a level the held ones grow to; "10 more stores" stays a change of them (left46),
 * and so do "10 additional/extra stores"; an aim figure first is the aim ("plan to reach 35 stores by opening 10", mend46b).
 * « 10 magasins supplémentaires » are opened on top of the held ones too, and so are new ones of the held noun ("10 new
 * stores", « en ouvrir 10 nouveaux »): a change of them (left47; a demanding manager counts 25 + 10, not 10 stores). "We
 * have 3 reps and plan to open 10 new stores" keeps its target.
 */
// (Group 1, the held noun: "new" / « nouveaux » before it, before "ones" or before no noun, « en ouvrir 10 nouveaux », left47;
// whole words, « 10 nouveaux magasins » after « 25 commerciaux » is no « nouveau » of them, and « 10 autres » are more, mend47b.)
const OPENED_LATER_RE = /^(?: ([a-z]+)\b)?[^.;!?\d]*?\b(?:open|ouvr)\w* (?:en )?\d(?:[\d.,]*\d)?(?!\d|[.,]\d| (?:[a-z]+ )?(?:more|additional|extra|de plus|supp|autres)| (?:new|nouv\w*)\b(?: \1\b| ones\b|(?! [a-z]{3})))/;
/**
 * « Les ventes étaient de 40 en mars et nous voulons 60 » (left46), « … et sont de 50 aujourd'hui »: « étai(en)t de » is a
 * past level only before another figure of its kind, the aim or the level now; alone it states a goal as often (« Nos
 * objectifs étaient de 60 ventes », « Le challenge était de 60 ventes », mend46b).
 */
const WAS_OF_BEFORE_RE = /\betai(?:en)?t d(?:e |')(?:[$€\x80£]\s?)?$/;
/**
 * An aim after a held level: "… and want 500", « … et visons 12 ». « prévoyons » and « entend » (left47, real27) only before a
 * level (« prévoyons d'atteindre 500 », « entend en avoir 500 ») or an addition (« d'en ouvrir 121 de plus », « d'en signer 30
 * nouveaux »): before a count acquired (« prévoyons de recruter 10 commerciaux », « d'en recruter 10 ») they plan the goal's
 * own count, and the held one made it a decrease (mend47b).
 */
const AIM_LATER_VERBS = String.raw`(?:aim|want|plan|target|hope|intend|like|must|need|vis|voul|veu|souhait|compt|esper|ambition|doi[tv]|devons|cibl|fix|(?:prevo|entend)(?=[^.;!?\d]*(?:\b(?:atteindre|avoir|passer|porter|arriver)\b[^.;!?\d]*\d|\d[\d.,]* (?:[a-z]+ )?(?:de plus|nouv|supp|autres))))`;
const AIM_LATER_RE = new RegExp(`^[^.;!?]*?(?:\\band|\\bet|\\bbut|\\bmais|\\bso|\\bdonc|,)\\s+(?:(?:we|i|nous|je|on|il|elle|now|maintenant|would|s'est|se)\\s+)*${AIM_LATER_VERBS}`);
/**
 * A count already done, then an aim at more (stmt62, real59): "We have already opened 8 stores and plan to open 10 more",
 * « Huit magasins ont déjà été ouverts et le groupe prévoit d'en inaugurer 10 de plus ». The done count is the level the
 * goal starts from, as a held one is (HAVE_BEFORE_RE), its aim's subject a noun too ("and the group plans to"). Only "already"
 * / « déjà » with a verb of having or being before the participle: "We already aim for 500 clients" is an aim.
 * left63: a count done with no other figure in the sentence ("We have already opened 8 stores.", « Nous avons déjà ouvert 8
 * magasins ») is that level too, never a target the verb ("open") claims.
 */
/**
 * The subject's workforce before jobs added to it (stmt62, real59): « l'entreprise de 740 employés … prévoit la création de 150
 * autres nouveaux emplois », "The company, with 740 employees, plans to create 150 more jobs": the size the subject has is
 * the level the addition starts from (fixes16's level the subject has), not the target. Only a company noun before, a workforce noun after, and a later count of jobs or staff "more" / « autres nouveaux » / « de plus » ("The
 * 740-employee company …" is not read so: left). « N autres nouveaux » is an addition as « N de plus » is; « deux autres
 * magasins », « 200 autres produits » keep their reading.
 */
// The company named with a definite or possessive determiner ("the company", « l'entreprise », « notre groupe »): "Become a
// company of 1,000 employees" is the size aimed at (mend62s).
const WORKFORCE_OF_BEFORE_RE = /(?:\b(?:the|our|its|their|this|notre|son|sa|leur|cette|ce|la|le) |\bl')(?:company|firm|group|business|entreprise|societe|groupe|firme|pme|usine|plant|factory),?\s+(?:of|with|de|d'|avec|employing|employant|comptant)\s*$/;
/** A verb of creating or hiring right before the jobs added: "plans to create", « la création de », « de recruter » (mend62s). */
const JOBS_CREATED_BEFORE_RE = /\b(?:creat(?:e|es|ing|ion)|hir(?:e|es|ing)|recruit(?:s|ing)?|add(?:s|ing)?|cut(?:s|ting)?|eliminat(?:e|es|ing|ion)|shed(?:s|ding)?|lay(?:s|ing)? off|supprim(?:er|ons|ez|era|eront)|suppression|cre(?:er|ons|ez|era|eront)|creation|recrut(?:er|ons|ez|era|eront|ement)|embauch(?:er|ons|ez|era|eront))(?: (?:de|d'|of))?\s*$/;
/**
 * left63: the size written as a compound before the company noun, "the 740-employee company", is its workforce too (stmt62 left
 * it); and jobs cut (« supprimer 150 emplois supplémentaires », "cut 150 more jobs", JOBS_CREATED_BEFORE_RE) start from it as
 * jobs created do: the workforce is the baseline, never the target. Only "the" or a possessive before ("Grow a 740-employee
 * company to …" keeps its reading).
 */
const WORKFORCE_THE_BEFORE_RE = /\b(?:the|our|its|their|this)\s+$/;
const WORKFORCE_COMPOUND_AFTER_RE = /^-?\s?(?:employee|person|staff|worker|people)s?\s+(?:company|firm|group|business|plant|factory)\b/;
const WORKFORCE_AFTER_RE = /^\s*(?:employees|employes|salaries|collaborateurs|staff|workers|people|personnes)\b/;
const JOBS_ADDED_AFTER_RE = /^\s*(?:more|additional|extra|autres|supplementaires?|de plus)\s+(?:(?:new|nouv\w*|full-time)\s+)?(?:jobs?|emplois?|employees|employes|salaries|collaborateurs|staff|workers|hires|recrues|postes?|positions?)\b|^\s*(?:new\s+|nouv\w+\s+)?(?:jobs?|emplois?|employees|employes|salaries|postes?|positions?)\s+(?:de plus|supplementaires?|more|additional)\b/;
/** A work named by its noun before its length: "the reopening of", « la construction de » (stmt62). */
/** A verb of outcome governing the later figure after a work's length: "should carry", « permettre de transporter » (mend62s). */
const WORKS_OUTCOME_BETWEEN_RE = /\b(?:carry|carries|serve|serves|transport|connect|link|handle|accommodate|permett\w*|transporter|desservir|relier|accueillir)\b/;
const WORKS_LENGTH_BEFORE_RE = /\b(?:reopening|construction|building|extension|renovation|electrification|upgrad(?:e|ing)|reouverture|prolongement|amenagement|modernisation|doublement) (?:of|de|d') ?$/;
// "We've already opened 8 stores", "We’ve …": the contraction as "have" (mend63l). mend64s: the perfect with "we" / « nous »
// without "already" too, « Nous avons ouvert 8 magasins et en ouvrirons 10 autres » (stmt64's « autres » made 8 the target);
// not a determiner or a bound for the participle ("We have the two million mark in front of us", real44).
const ALREADY_DONE_BEFORE_RE = /(?:\b(?:ha(?:ve|s|d)|(?<=\w)'ve) already|already ha(?:ve|s|d)|(?:ont|a|avons|avez|avait|avaient) deja|\b(?:we have|we've|nous avons)(?= (?!(?:the|an?|our|over|about|more|le|la|les|une?|des|nos?|notre|plus|pres|environ)\b))) (?:been )?[a-z]+\s+$/;
const ALREADY_DONE_AFTER_RE = /^\s*(?:[a-z'-]+\s+){0,2}?(?:ha(?:ve|s|d) already(?: been)?|(?:ont|a|avons|sont|est) deja(?: ete)?) [a-z]+\b/;
const ALREADY_AIM_LATER_RE = new RegExp(`^[^.;!?]*?(?:\\band|\\bet|,)\\s+(?:(?:we|nous|on|il|elle|ils|elles|it|they|(?:the|le|la|les|l')\\s*[a-z]+)\\s+)?(?:${AIM_LATER_VERBS}|will\\b|en [a-z]+(?:ra|rons|ront)\\b)`);
/**
 * The later figure aims at more of the count done (mend62s): "10 more", « 10 de plus », « d'en ouvrir 10 », or the same noun
 * after both ("opened 8 stores … open 12 stores"); "hired 8 reps and plan to sign 200 clients" counts another noun.
 */
function aimsAtMoreOf(folded: string, done: Quantity, aim: Quantity): boolean {
  if (MORE_AFTER_RE.test(textAfter(folded, aim.end, 40)) || /\b(?:en [a-z]+(?:er|re|ir)|another)\s+$/.test(textBefore(folded, aim.start, 24))) return true;
  const noun = (q: Quantity): string | undefined => /^\s*([a-z]+?)s?\b/.exec(textAfter(folded, q.end, 30))?.[1];
  const doneNoun = noun(done);
  return doneNoun !== undefined && doneNoun === noun(aim);
}
/**
 * "Le groupe a réalisé en 2015 un chiffre d'affaires de 30 M€, et vise les 32 M€", "the chain posted sales of $2 billion in
 * 2024 and targets $2.5 billion": a level a past verb of outcome reports, then an aim in the same unit, is the baseline (real30).
 */
export const PAST_OUTCOME_BEFORE_RE = /\b(?:realise|enregistre|affiche|posted|recorded|reported|achieved|generated)\b[^,.;!?]{0,50}$/;
const LAST_PERIOD_VERB_BEFORE_RE = /\b(?:(?:last|previous|past)\s+(?:year|month|quarter|week)|l'(?:an|annee)\s+(?:derniere?|passee?)|le\s+(?:mois|trimestre)\s+(?:dernier|passe))\b[^,.;!?]{0,30}\b(?:achieved|did|made|sold|closed|had|generated|reached|hit|earned|realise|fait|vendu|atteint|genere)\s+(?:(?:about|around|roughly|over|environ|pres de|plus de)\s+)?(?:[$€\x80£]\s?)?$/;
const LAST_PERIOD_AFTER_RE = /^\s+(?:[a-z'-]+\s+){0,3}?(?:(?:last|previous|past)\s+(?:year|month|quarter|week)|l'(?:an|annee)\s+(?:derniere?|passee?|precedente?)|(?:le|au)\s+(?:mois|trimestre)\s+(?:dernier|passe|precedent)|(?:la|en)\s+(?:semaine|annee)\s+(?:derniere|passee|precedente))\b/;

/**
 * A milestone already passed, in the perfect: "Free annonçait avoir dépassé le cap des 2 millions d'abonnés", "we have
 * crossed the $1M mark", "nous avons franchi la barre des 500 clients", "since we ended 2017 at $5 million": the level
 * the goal starts from.
 */
const PAST_MILESTONE_BEFORE_RE = /(?:\b(?:avoir|a|avons|ont|avait|avaient|have|has|had|we|they|it|i)\s+(?:deja\s+|already\s+|just\s+|recemment\s+)?(?:depasse|franchi|passed|crossed|surpassed|exceeded|topped)\s+(?:le cap (?:des?|du)\s+|la barre (?:des?|du)\s+|les?\s+|the\s+)?|\b(?:ended|finished|closed)\s+(?:(?:19|20)\d\d|the year|last year)\s+(?:at|with)\s+|\b(?:termine|cloture|boucle)\s+(?:(?:19|20)\d\d|l'annee|l'exercice)\s+(?:a|avec)\s+)(?:about |around |roughly |environ |plus de |more than |over )?(?:[$€\x80£]\s?)?$/;

/**
 * A level stated before the goal's own, which a goal noun or an aim verb introduces: « Le Monde comptait 220 000 abonnés …
 * vise le million », "generated $709 million …, another goal — $800 million", "its goal of 900,000", "you're at 10 and you
 * want to get to 20" (real19–real31). AIM_AT_RE: the cue right before the later level (words between, no sentence end).
 */
const AIM_CUE = String.raw`\b(?:objectifs?|goals?|targets?|cibles?|ambitions?|visee|vis(?:er|ez|e|ent|ons)|cibl(?:e|ent)|aim\w*|esper\w*|want\w* to (?:get|reach|hit|be))\b`;
const AIM_AT_RE = new RegExp(`${AIM_CUE}[^.;!?,]{0,45}$`);
const AIM_ANY_RE = new RegExp(AIM_CUE);
/** A goal, an aim or a forecast stated before a figure: the figure is a level the sentence sets, not its context (tgt53). */
// The cue governs the figure's own phrase: in its clause, a few words before it (mend53c: not a noun anywhere earlier,
// "Project Alpha: spend $100k …", "Using the sales playbook guide, spend 10 hours …"); a note's mark may sit between,
// « prévoyait un Ebitda (*) de 160 millions ».
const GOVERNED_LEVEL_RE = new RegExp(`(?:${AIM_CUE}|\\b(?:objectives?|guidance|outlook|expect\\w*|anticipat\\w*|forecast\\w*|projected|prevo\\w*|prevision\\w*|tabl\\w*|will|aura|sera|devr\\w*)\\b)(?:[^.;!?,:()\\d]|(?:19|20)\\d\\d|\\([^()\\d]*\\)){0,60}$`);
/**
 * What is spent, invested, budgeted or allocated, money or time, is a means of the goal, not its level (class C; mend53c):
 * "We will spend $100,000 on marketing and reach $1 million", « un budget de 100 k€, et de porter le CA à 1 M€ ».
 */
const MEANS_BEFORE_RE = /\b(?:spen[dt]\w*|invest\w*|budget\w*|allo[cu]\w*|devot\w*|depens\w*|consacr\w*)\b[^.;!?,:\d]{0,30}$/;
const MEANS_AFTER_RE = /^\s*(?:[a-z€\x80$£%]+\s+){0,3}(?:spent|invested|budgeted|allocated|devoted|depenses?|investis?|consacrees?|allouee?s?)\b/;
/** A baseline right after the first figure is the first goal's own: "1,000 customers (from 800 today)", « 1 000 clients, contre 800 ». */
const OWN_BASELINE_JOINT_RE = /^[^.;!?\d]*?(?:\(\s*|,\s*)(?:up\s+)?(?:from|contre|vs\.?|versus|compared (?:with|to)|par rapport a)\s*(?:[$€\x80£]\s?)?$/;
/**
 * "We close 40 deals a month; the goal is 60 by June", « Nos 3 commerciaux signent 40 contrats par mois aujourd'hui ; nous en
 * voulons 60 d'ici juin » (aim41), "Close rate is 25%; we want 30% next week", "We sell 200 units a week — we want 300"
 * (aim42): a clause someone states (a subject, "today" or "is"/« est » before its last figure: not an order, "Hire 3 reps",
 * nor a change, "by $1M", "up 10%", nor a quarter's digit), then a later one after ";", ". " or a spaced dash (folded to
 * three spaces) naming an aim and a figure in the earlier one's unit or bare, then a date or nothing: no KPI of its own
 * ("30% conversion", "$500,000 in new business"). analyze.ts tests it on the whole text: such a dash opens no aside.
 */
/** The words naming an aim right before its figure: "we want", « nous visons », « on vise » (left43), "the goal is", « l'objectif est de ». */
const AIM_WORDS = "(?:want|(?:voul|vis|souhait)ons|on vise|(?:goal|target|aim|objecti(?:f|ve)) (?:is|est)(?: de)?)";
/**
 * An aim of its own right before the later figure: "…, and we plan to reach $5M", "…, and the objective is $5M" (mend53c).
 * Not an aim at another measure named between (« prévoyait un Ebitda de 160 M€ …, et visait un volume d'affaires et un
 * chiffre d'affaires respectivement de 4,5 milliards », real28), nor after a first figure with its own year (below).
 */
const OWN_AIM_BETWEEN_RE = new RegExp(`(?:${AIM_CUE}|\\b${AIM_LATER_VERBS}|${AIM_WORDS})[^.;!?,\\d]{0,25}$`);
export const AIM_CLAUSE_RE = new RegExp(`\\b(?:we|our|today|no[ust]|on|aujourd|(?:is|are|est|sont)\\b)(?:[^.;!?:]|\\.(?=\\d))*(?<![a-z\\d]|(?:by|up|down) [$€\x80£]?)\\d+ ?(%|[a-z]*)[^.;!?\\d]*(?:[;.]\\s|\\s{3})(?:[^.;!?\\d]|20\\d\\d){0,25}${AIM_WORDS} [$€\x80£]?\\d[\\d.,]*(?: ?\\1[$€\x80£]?)?(?: (?:by|d'ici|next|this|within|en|la|ce|cette)\\b| in (?:\\d|q\\d|\\w+ (?:week|month|year))|\\.|$)`);
// A "but" sets the later level aside unless the speaker aims at it: "…, but we target 30% by 2027" (mend36); not another
// party's aim ("but they aim for 35%", mend37s).
// The aim word right before the aim's own figure, not negated ("we don't want 20%"), and an aim word in the stated clause,
// which makes it a first aim, not a level (mend42a).
const AIM_RIGHT_BEFORE_RE = new RegExp(`(?<!n't |not )${AIM_WORDS} \\W?$`);
const AIM_IN_CLAUSE_RE = /(?:want|voul|visons|souhait|goal|target|\baim|objecti)[^.;!?]*$/;
/**
 * A metric's level stated (a copula or « de » right before it), and after another's: " and our LTV is", « et notre panier
 * moyen de » (left43); a noun names it — a pronoun, "now" or a time word is the same metric's later level ("Revenue was $2M
 * last year and is $2.5M this year", « et il est de 2,5 M€ », "and now it is 6%": a trend, mend43d).
 */
const SECOND_LEVEL_RE = /(?:\band|\bet|[,;])\s(?!(?:(?:and|et|it|they|ils?|elles?|now|this|last|year|l'an|cette|annee|is|are|est|sont|de)\b\W*)*$)[^.;!?\d]*\b(?:is|are|est|sont|de|d')\s*$/;
// A verb of gaining things counted, right before them (num34's rule (2), narrowed by mend42a to the verb itself: "Grow 40 to
// 60 stores", "Increase 40 to 60 deals" are moves).
const GAIN_VERB_BEFORE_RE = /\b(?:hir|recru|sign|win|onboard|add|embauch|gagn)\w* $/;
const AIM_AFTER_LEVEL_RE = new RegExp(`^(?!.*\\b(?:but|mais)\\b(?!,?\\s+(?:(?:we|nous|on|our team|notre equipe)\\s+(?:[a-z]+\\s+)?)?(?:target|aim|vis|cibl|want|esper))).*(?:${AIM_CUE}|\\b(?:projet|atteindre|reach|hit|prevo[iy])\\w*|\\b(?:plan|project)(?:s|ning|ing)? to\\b)[^.;!?,]{0,50}$`);
const INTENT_BEFORE_RE = /\b(?:va|vont|will|veu|want|plan)/;
// What may follow a level compared bare, with no noun of its own (mend40a).
const BARE_LEVEL_AFTER_RE = /^\s*(?:[^\w\s]|$|(?:en|in|by|d'ici) \d|actu|aujourd|today|currently|now|last|l'an)/;
const COMPARED_BETWEEN_RE = /\b(?:vs|versus|contre|compared|than|que|from|previous|prior|precedente?)\b/;

/**
 * A goal word earlier in the clause before "was"/"is"/"était": "the goal for the year was", "notre objectif était de", « Le nouvel
 * objectif demandé à notre région sur la base de ce nouveau périmètre … est de 66,6 % » (a long subject, real35), « Les
 * objectifs sont de 200 millions » (plural, stmt54).
 * A comma may set the subject off from its copula: « L'objectif à atteindre pour la fin de la campagne 2017-2018, est de
 * 80.000 tonnes » (stmt64, real61); before a present or future copula only: « L'objectif pour 2025, était de 400 clients ; nous
 * visons 500 » states a past goal (mend64s).
 */
export const GOAL_WAS_BEFORE_RE = /\b(?:(?:goals?|targets?|objectifs?|cibles?|quotas?|aim|ambition)\b[^,.;!?]{0,120}(?:, (?=(?:est|sont|sera|seront|is|are|will be)\b))?|(?:prevue?s?|attendue?s?|esperee?s?|projected|expected|forecast|planned)\b[^,.;!?]{0,50})\b(?:was|were|is|are|will be|etai(?:en)?t|est|sont|sera|seront|serait)\s*(?:de |d'|to |of )?(?:about |around |environ )?$/;

/**
 * A past period or a baseline a percentage is OF: "to 120% of last year", "120 % du CA de l'an dernier", "80 % des coûts
 * de N-1", "130% of the previous quarter". Such a percentage is a factor of that level, a relative change (120 % → +20 %),
 * not a level of its own; a quota, goal or target of that period stays a share of it ("120% of last year's quota"). A
 * bare year is past or not: only a percentage above 100 % of it is a factor ("120% of 2026 revenue"; "30 % du CA de
 * 2027" stays a share).
 */
const PAST_FACTOR_AFTER_RE = new RegExp(
  String.raw`^\s*(?:of|d[eu]s?|d')\s*(?:(?!vs|versus|contre|over|sur|by|in|en|for|pour|ici|quota|goal|target|objectif)[a-z]+\s+|[ld]'){0,4}?(?<![a-z0-9])(?:((?:last|previous|prior|past)\s+(?:year|quarter|month|week)|(?:an|annee|mois|trimestre|exercice|semaine)\s+(?:derni|pass|preced)|[na]\s?1|baseline)|(?:[qt][1-4]\s+)?20\d\d)(?!\s*(?:'s\s+)?(?:quota|goal|target|objectif))`,
);
/** Whether a percentage `value`, followed by `after`, is a factor of a past level (a bare year only above 100 %). */
export function pastFactor(after: string, value: number): boolean {
  const m = PAST_FACTOR_AFTER_RE.exec(after);
  return !!m && (!!m[1] || value > 1);
}

function changeOf(q: Quantity): { quantity: Quantity; value: number; kind: GoalChange['kind'] } {
  if (q.kind === 'multiplier') return { quantity: q, value: Math.max(0, q.value - 1), kind: 'relative' };
  return { quantity: q, value: Math.abs(q.value), kind: q.kind === 'percent' ? 'relative' : 'absolute' };
}

/**
 * Classifies the goal's quantities. `directionBefore(index)` tells which direction word
 * (if any) governs a quantity: "augmenter … de 10 %" is a change, "atteindre un taux de 30 %" a target.
 */
/**
 * The bare first number of a range takes the unit written only after the second one:
 * "de 45 à 20 %" (45 → 0.45), "de 180 à 250 k€" (180 → 180,000 €), "from 1.2M to 1.5M euros".
 */
function shareRangeUnit(a: Quantity, b: Quantity): Quantity {
  // "$7 to $8 million", "between $8.7 and $9 billion": the currency on both ends, the scale written once (num30).
  const money = a.kind === 'money' && b.kind === 'money' && a.currency === b.currency;
  if (!money && (a.kind !== 'number' || a.currency)) return a;
  // "400 to 500 basis points": the lower end in hundredths of a point too (a point's end is never a hundred times its
  // other end; read as a percentage, 400 became 4 and the range a fall, real38).
  if (b.kind === 'percent' || b.kind === 'points') return { ...a, kind: b.kind, value: a.value / (b.kind === 'points' && a.value > b.value * 1e3 ? 1e4 : 100) };
  if (b.kind === 'days') return { ...a, kind: 'days' };
  if (b.kind !== 'money' && b.kind !== 'number') return a;
  // "1.2M" is already scaled. An unscaled "180" (or "2.5 m") before "250 k€" shares the scale when it is
  // of the same order as the other end; so does a count's (« entre 1,2 et 1,4 milliards de tonnes », real32).
  const scale = a.scale > 1 ? 1 : b.scale > 1 && a.value * b.scale <= b.value * 100 && a.value * b.scale * 100 >= b.value ? b.scale : 1;
  if (b.kind === 'number') return scale > 1 ? { ...a, value: a.value * scale, scale } : a;
  return { ...a, kind: 'money', currency: b.currency, value: a.value * scale };
}

/** Sets the goal's numbers from two consecutive quantities read by `readRange`. */
function applyRangeReading(result: GoalNumbers, reading: RangeReading, a: Quantity, b: Quantity): void {
  const lower = shareRangeUnit(a, b);
  // "in the range of -1% to 2%", « dans une fourchette de -1 % à 2 % »: a negative lower bound keeps its sign here too (left49).
  if (reading === 'estimate') result.target = signedLower(lower);
  else if (reading === 'current') result.baseline = lower;
  else if (reading === 'rise' || reading === 'fall') {
    result.change = changeOf(lower);
    result.impliedDirection ??= reading === 'rise' ? 'increase' : 'decrease';
  } else {
    result.baseline = lower;
    // "de 50.000 euros à 1 million": the target end takes the currency written only after the first one.
    result.target = moneyLike(b, a);
  }
}

/** "de 50.000 euros à 1 million": a bare figure beside an amount, as its other end, is an amount in its currency. */
function moneyLike(b: Quantity, a: Quantity): Quantity {
  return b.kind === 'number' && !b.currency && a.kind === 'money' ? { ...b, kind: 'money', currency: a.currency } : b;
}

/**
 * A count added after the held one: "open 10 new stores" / « en signer 30 nouveaux » after "We have 25 stores" (left47,
 * mend47b). Only after a count held (not closed or sold), by a verb of acquiring, and new ones of the held noun, "ones", or of
 * no noun (the word after "new" is no plural: « nouveaux en 2027 »): « 10 nouveaux magasins » after « 25 commerciaux » is
 * another count.
 */
function newOfHeld(folded: string, held: Quantity | null | undefined, before: string, after: string): boolean {
  const added = /^ (?:new|nouv\w*|autres)\b(?: ([a-z]{3,}))?/.exec(after);
  const heldNoun = held && HELD_BEFORE_RE.test(textBefore(folded, held.start, 30)) ? /^ ([a-z]+)/.exec(textAfter(folded, held.end, 30))?.[1] : undefined;
  return !!added && !!heldNoun && /\b(?:open|ouvr|sign|hire|recrut|embauch|gagn|win)\w* $/.test(before) && (!added[1] || added[1] === heldNoun || added[1] === 'ones' || !/[sx]$/.test(added[1]));
}

export function extractGoalNumbers(
  folded: string,
  quantities: readonly Quantity[],
  directionBefore: (index: number) => DirectionMention | null,
  objects: readonly Span[] = [],
  countsSomethingElse: (q: Quantity) => boolean = () => false,
  observedInPast: (q: Quantity) => boolean = () => false,
  lowerIsBetter?: boolean,
  growthKpi = false,
  amountKpi = false,
  rateKpi = false,
  aimedFor: (q: Quantity) => boolean = () => false,
): GoalNumbers {
  const result: GoalNumbers = { baseline: null, target: null, change: null, impliedDirection: null };
  const used = new Set<Quantity>();
  let fallbackTarget: Quantity | null = null;
  // The first figure the goal governs with no other role (tgt53's first-goal rule, below).
  let firstLevel: Quantity | null = null;
  const keepLevel = (q: Quantity): void => {
    firstLevel ??= q;
    result.target ??= q;
  };
  // "alors que l'objectif précédent était de 5 % à 9 %", "above the prior guidance of 3% to 5%": a former target's range is
  // no number of the goal (real26, real25's previous target).
  // A single figure too ("up from its previous target of 20 million", real27), and one a former target's words follow (tgt45).
  for (let i = 0; i < quantities.length; i++) {
    const [a, b] = [quantities[i], quantities[i + 1]];
    // (A counted noun may stand after the first end: "the previous range of 83,000 homes to 84,500 homes", real35.)
    const range = !!b && /^\s*(?:[a-z]+\s+(?=a\b|to\b))?(?:a|to|et|and|-|–)\s*\+?$/.test(folded.slice(a.end, b.start));
    // (A single one after an "initial" target is the target still aimed at: « prévoit d'avoir atteint son objectif initial de
    // 8000 », real34.)
    const former = FORMER_TARGET_RE.exec(textBefore(folded, a.start, 30));
    const end = range ? b : a;
    // Set aside only against the goal's own figure: a contrast before it ("up from our previous target of 400"), or another
    // figure of its kind in the sentence. Alone, the former target is what the goal beats, keeps or returns to: "Exceed the
    // previous target of 400 customers", « Revenir dans la fourchette précédente de 5 % à 7 % » (mend45e).
    // (The contrast is read only for a former target: most figures have none, and its look-back runs at every position.)
    const formerBefore = !!former && (range || !/initial/.test(former[0]));
    const formerAfter = FORMER_AFTER_RE.test(textAfter(folded, end.end, 40));
    if (!formerBefore && !formerAfter) continue;
    const contrast = CONTRAST_BEFORE_RE.test(textBefore(folded, a.start, 60));
    if ((formerBefore && (contrast || quantities.some((o) => o !== a && o !== end && o.kind === end.kind))) || (formerAfter && contrast)) used.add(a).add(end);
  }
  // "raised its 2024 net sales guidance from $965 million to $975 million", "increased its 2025 cost-savings target to $80
  // million from $60 million": what a target, a guidance or a forecast is revised from is a former target, no baseline (the
  // written rule, "a previous target is no baseline", real25; stmt46, real45). Not a level "up from" (no target noun before it), nor
  // "targets range from 25% to 30%" (a verb of extent, real32).
  for (const [i, q] of quantities.entries()) {
    if (REVISED_FROM_RE.test(textBefore(folded, q.start, 90)) || (quantities[i + 1] && /^\s*%?\s*a\s*$/.test(folded.slice(q.end, quantities[i + 1].start)) && REVISED_DE_RE.test(textBefore(folded, q.start, 90)))) used.add(q);
  }
  // "by US$1.30 per 100 pounds", « 2 défauts par 1 000 pièces »: what a per-unit rate is counted on is no figure of the goal (left45).
  // "Raise $5M from 20 investors", « lever 2 M€ auprès de 15 investisseurs »: nor is a count of those money is raised from
  // (no baseline, and it leaves D2's raise its target; left60).
  for (let i = 0; i + 1 < quantities.length; i++) if (/^ (?:[a-z]+ )?(?:per|par) $/.test(folded.slice(quantities[i].end, quantities[i + 1].start)) || (quantities[i].kind === 'money' && RAISED_MONEY_BEFORE_RE.test(textBefore(folded, quantities[i].start, 60)) && /^[a-z -]*\b(?:from|aupres d[e'])[a-z ]*$/.test(folded.slice(quantities[i].end, quantities[i + 1].start)))) used.add(quantities[i + 1]);
  // Ranges: "de 45 % à 20 %", "from $80,000 to $100,000", "45% → 20%".
  const byThenTo = new Set<Quantity>();
  for (let i = 0; i + 1 < quantities.length && !result.target; i++) {
    const a = quantities[i];
    const b = quantities[i + 1];
    if (a.kind === 'multiplier' || b.kind === 'multiplier') continue;
    const between = folded.slice(a.end, b.start);
    const before = textBefore(folded, a.start, 30);
    if (used.has(a)) continue;
    // Only a rising range ("cut $20 to $30 million"): its scale, written once after the upper bound, is the lower's too;
    // a falling one ("trim $30 million to $20 million") is a move from a level to another (mend49c).
    const cutLower = (a.kind === 'money' || b.kind === 'money') && /^\s*(?:to|a)\s*$/.test(folded.slice(a.end, b.start)) ? moneyLike(shareRangeUnit(a, b), b) : null;
    if (cutLower && cutLower.value < b.value && CUT_VERB_BEFORE_RE.test(before) && FROM_COSTS_AFTER_RE.test(textAfter(folded, a.end, 60))) {
      result.change = changeOf(cutLower);
      result.savings = true;
      result.impliedDirection = 'decrease';
      used.add(a).add(b);
      break;
    }
    // A range of basis points after a word of change, "(to be) down 50 to 100 basis points", « une amélioration de la marge
    // de 20 à 40 points de base », is the change's, its lower bound (real25's, real63's basis points); not after "from" nor
    // a French verb's « de » (« améliorer la marge de 400 à 500 points de base » moves, mend40a) (stmt66b).
    if (a.kind === 'number' && b.kind === 'points' && /bas|bps/.test(folded.slice(b.start, b.end)) && /^\s*(?:to|a)\s*$/.test(between) && !/\bfrom\s*$/.test(before)) {
      const g = directionBefore(a.start);
      if (g && /^(?:in|de|im)/.test(g.cue) && (!/\bde\s*$/.test(before) || /(?:ion|hausse|baisse)s?$/.test(folded.slice(g.start, g.end)))) {
        result.change = changeOf(shareRangeUnit(a, b));
        used.add(a).add(b);
        continue;
      }
    }
    // Movements across words, goal nouns' and copulas' estimates, current and change ranges (number-structure.ts).
    const reading = readRange(folded, a, b);
    if (reading) {
      applyRangeReading(result, reading, a, b);
      used.add(a).add(b);
      continue;
    }
    // "un chiffre d'affaires de 6 à 6,5 M€", "objectif 2024 confirmé de 480 à 530 M€", "compris entre 480 et 530 M€", "en
    // croissance de 12 à 14 %": a level's range with no change verb over it is an estimate, its lower bound.
    const governing = directionBefore(a.start);
    const changeVerb = !!governing && governing.cue !== 'toward' && governing.cue !== 'maintain';
    // (A rate, a margin or a share near the range: its ends are levels, never a change's.)
    const rateNear = (): boolean => RATE_NEAR_RE.test(textBefore(folded, a.start, 60) + textAfter(folded, b.end, 40));
    const bareTo = /^\s*(?:to|a)\s*$/.test(between);
    if ((((LEVEL_RANGE_BEFORE_RE.test(textBefore(folded, a.start, 60)) || A_LEVEL_OF_RE.test(textBefore(folded, a.start, 50))) && /^\s*a\s*\+?\s*$/.test(between)) || (/\bentre\s*$/.test(before) && /^\s*et\s*$/.test(between))) && (!governing || governing.cue === 'toward' || /\ben (?:croissance|hausse|progression)/.test(before)) && !/\b(?:pass|port|amen)(?:er|e|ant|ons|ez|era)\s/.test(textBefore(folded, a.start, 50))) {
      const lower = shareRangeUnit(a, b);
      if (/\ben\s+(?:croissance|hausse|progression)\b/.test(before) && lower.kind === 'percent') result.change = changeOf(lower);
      else result.target = signedLower(lower);
      used.add(a).add(b);
      break;
    }
    // "une hausse de 10 à 15 % du CA", "a rise of 5% to 8%": a change noun's range is the change, its lower bound; so is a
    // range right after a change verb ("expects sales to grow 1% to 2%", « devrait croître entre 10 % et 20 % ») or signed
    // ("EBITDA: +7% to +10%"; real26).
    // A falling verb's rising range is how much it falls ("revenue falling 13% to 15%"; "fall 8% to 5%" stays a move, tgt46);
    // a bare "fall" or "drop" after a determiner, maybe with a word between, is a season or a noun: "Grow conversion this fall
    // 2% to 3%", "Reduce the cart drop 20% to 30%" move (mend46a).
    const falling = /\b(?:(?:fall|dropp?)(?:s|ing)|declin(?:e|es|ing)|(?<!\b(?:this|the|next|last|in|for|a) (?:[a-z]+ )?)(?:fall|drop)) $/.test(before) && a.value < b.value;
    // An approximator under a verb of change: the range is the change ("grow about 5% to 7%", APPROX_RANGE_BEFORE_RE).
    // (A verb's "between" range, "Retention should rise between 85% and 90%", is a rate's level, as below: mend49c.)
    const rateLevelBetween = !amountKpi && /\b(?:increase|rise|decline) between $/.test(before);
    if (b.kind === 'percent' && ((/\b(?:hausse|augmentation|progression|baisse|diminution|recul|increase|rise|decline) (?:de |of |d')?(?:about |around |approx\w* |environ |between )?\+?$|\b(?:grow|increase|rise)s? $/.test(before) && !rateLevelBetween) || (amountKpi && shareRangeUnit(a, b).value < b.value && !rateNear() && CHANGE_OF_MEASURE_RE.test(textBefore(folded, a.start, 60))) || (changeVerb && APPROX_RANGE_BEFORE_RE.test(before)) || falling || (a.signed && b.signed && a.value > 0)) && (/^\s*%?\s*(?:a|to)\s*\+?\s*$/.test(between) || (/\b(?:between|entre)\s*$/.test(before) && /^\s*%?\s*(?:and|et)\s*$/.test(between)))) {
      result.change = changeOf(shareRangeUnit(a, b));
      // ("+7% to +10%" is a rise.)
      if (falling || (a.signed && a.value > 0)) result.impliedDirection ??= falling ? 'decrease' : 'increase';
      used.add(a).add(b);
      break;
    }
    // "between 8% and 12%", "growth of 13% to 15%": an estimate, its lower bound.
    // A negative lower bound keeps its sign: "growth between -1% to 2%" aims at -1 % (the written range rule; stmt46, real45).
    if (/\b(?:between\s+|growth of\s*)$/.test(before) && /^\s*(?:and|to)\s*$/.test(between)) {
      // Right after a verb of change, a percentage's range is the change's ("earnings will increase between 50 to 85 percent",
      // as « devrait croître entre 10 % et 20 % »; stmt47) only for an amount or a count (`amountKpi`); a rate's, a score's
      // or an unnamed measure's stays its level ("Retention should rise between 85% and 90%", "Churn should fall between 3%
      // and 4%": the written range rule; mend49c), and so does a growth noun's.
      const lower = signedLower(shareRangeUnit(a, b));
      if (lower.kind === 'percent' && amountKpi && /\b(?!growth)(?:increas|ris|grow|climb|declin|decreas|fall|drop)\w* (?:by )?between\s*$/.test(before) && !rateNear()) {
        result.change = changeOf(lower);
        // ("Costs should fall between 3% and 4%": the verb's fall is the change's sign.)
        if (/\b(?:declin|decreas|fall|drop)\w* (?:by )?between\s*$/.test(before)) result.impliedDirection ??= 'decrease';
      } else result.target = lower;
      used.add(a).add(b);
      continue;
    }
    // « vendre entre 500 et 800 baguettes », « vise … une fourchette entre 456 et 465 millions »: "between"/« entre » never
    // opens a move, whatever verb governs it; its lower bound is the level, or the change when a verb of change governs a
    // percentage with no "to"/« à » before it (tgt46; « se situer entre » and the goal nouns' ranges are read above). A rate's,
    // a margin's or a share's range is its level, as under "by"/« de » below: « Augmenter le taux de satisfaction entre 80 et
    // 90 % » aims at 80 %, no +80 % (mend46a).
    if (/\bentre\s*$/.test(before) && /^\s*et\s*$/.test(between)) {
      const lower = shareRangeUnit(a, b);
      if (lower.kind === 'percent' && changeVerb && !/\ba\s+entre\s*$/.test(before) && !rateNear()) result.change = changeOf(lower);
      else result.target = signedLower(lower);
      used.add(a).add(b);
      break;
    }
    // "boost their services revenue by 30 to 60 percent", « augmenter leur chiffre d'affaires de 10 à 20% »: the percent
    // written once after a change verb's "by"/« de » is the change's range, its lower bound; a rate or a share moved keeps
    // its ends (« augmenter de 25 à 35 % la part de marché »), and so does a range right after the verb (« augmenter de 3 à
    // 4 % … le montant », read as before). An approximator may stand between: « d'environ 5 à 8 % », "by about" (mend46a).
    if (governing && changeVerb && a.kind === 'number' && b.kind === 'percent' && /[a-z]{3}\s+(?:by(?: about)?|de|d'environ)\s*$/.test(folded.slice(governing.end, a.start)) && bareTo && a.value < b.value * 100 && !rateNear()) {
      result.change = changeOf(shareRangeUnit(a, b));
      used.add(a).add(b);
      break;
    }
    // left63: "by 2 to 3 points", "by two to three percentage points": points are a move already, so a range of them after
    // a change verb's "by" is the change's range, its lower bound, on a rate too (as « de deux ou trois points » and "by 2
    // or 3 points" read; the fixtures README's ranges). « de 2 à 3 points » (from … to) is left as it read.
    if (governing && changeVerb && a.kind === 'number' && b.kind === 'points' && bareTo && a.value < b.value * 100 && /[a-z]{3}\s+by(?: about)?\s*$/.test(folded.slice(governing.end, a.start))) {
      result.change = changeOf(shareRangeUnit(a, b));
      used.add(a).add(b);
      break;
    }
    // « les recettes doivent progresser de 4 à 6 % », « les ventes devraient reculer d'environ 2 à 3 % »: a percent written once
    // after « de » right after the verb of change (an adverb between) is the change's range, its lower bound, as under "by"
    // above (stmt46: real35, real44, real45); « passer de 4 à 6 % » moves (readRange), and a range the verb's object follows
    // (« augmenter de 3 à 4 %, en rythme annuel, le montant », « de 25 à 35 % la part de marché ») is left as it read.
    if (amountKpi && governing && changeVerb && a.kind === 'number' && b.kind === 'percent' && bareTo && a.value < b.value * 100 && !rateNear() && /^\s*(?:(?:ainsi|encore|donc|aussi|alors)\s+)?(?:de|d'environ)\s*$/.test(folded.slice(governing.end, a.start)) && !/(?:pass|port|amen)\w*\s*$/.test(folded.slice(governing.start, governing.end)) && !OBJECT_AFTER_RANGE_RE.test(textAfter(folded, b.end, 60))) {
      result.change = changeOf(shareRangeUnit(a, b));
      used.add(a).add(b);
      break;
    }
    if (!RANGE_BETWEEN_RE.test(between)) continue;
    const hasFrom = RANGE_BEFORE_RE.test(before) || ORDER_IN_MOVE_BEFORE_RE.test(textBefore(folded, a.start, 60));
    const betweenIsBare = RANGE_BARE_BETWEEN_RE.test(between);
    if (!hasFrom && !betweenIsBare) continue;
    // "by 10% to $1.1M", "by approximately 150 basis points to 10.5%": change then target. The loop below leaves the far ends
    // of one kind alone ("by 1,000 to 10,000", mend46a); close ones are a change's range ("by 5% to 8%", tgt46).
    // « Augmenter les ventes de 10 % à 4 000 vélos »: a percentage then a level of another kind after a change verb's « de »
    // is no move (a share never becomes a count) but the same change then target (left47). Points are a percentage's: « de 10 %
    // à 12 points » stays a move (mend47b).
    if ((!hasFrom && /\bby\s*(?:about |around |approx\w* )?$/.test(before)) || (changeVerb && a.kind === 'percent' && b.kind !== 'percent' && b.kind !== 'points' && /\bde $/.test(before))) {
      if (a.value * 2 <= b.value) byThenTo.add(a);
      continue;
    }
    // "going for 5 to 10 % growth", "add five to 10 more accounts": an English range with no "from" before a growth noun is
    // an estimate of the growth, before "more" one of the change (real33; the lower bound, as real24's ranges).
    // ("a 35 to 50 per cent growth in deliveries": the growth of a thing named is its change, real41.)
    const afterRange = /^\s*to\s*$/.test(between) && !hasFrom ? AFTER_RANGE_RE.exec(textAfter(folded, b.end, 60)) : null;
    if (afterRange) {
      if (afterRange[1] && !afterRange[2]) result.target = shareRangeUnit(a, b);
      else result.change = changeOf(shareRangeUnit(a, b));
      if (afterRange[2]) result.impliedDirection ??= 'increase';
      used.add(a).add(b);
      continue;
    }
    // "10 à 15 nouvelles franchises", "15 à 20 % de croissance": a French range with no "de" is an estimate, its lower bound;
    // not a fall (« baisser le churn 8 % à 5 % » is a move, as "Push churn 8% to 5%", mend38a). Points are a move, but not
    // after « à » (« porter notre NPS à 40 à 50 points ») nor of a score (« viser 40 à 50 points de NPS », mend40a).
    const lower = shareRangeUnit(a, b);
    if (!hasFrom && /^\s*a\s*$/.test(between) && lower.value < b.value) {
      if (lower.kind === 'points' && !/\ba \||nps|satisf/.test(`${before}|${textAfter(folded, b.end, 20)}`)) result.change = changeOf(lower);
      else result.target = lower;
      used.add(a).add(b);
      continue;
    }
    const after = textAfter(folded, b.end, 20);
    // A bare rising range "X to Y" with no "from" is an estimate, its lower bound the target, only when something says so
    // (stmt38's and num32's rules, merged and narrowed by mend38a): "of" or "bp" after it ("$400,000 to $600,000 of sales",
    // "lose 15 percent to 20 percent of their customers", "300 to 350 bp"); a verb of producing or expecting before it
    // ("produce that", "projecting … another", "become a"); "range" after it ("its 6% to 9% range", stmt47); with no verb of change over it, close ends and a counted thing
    // after them ("have $500,000 to $700,000 in commissions", "open 10 to 12 stores"); or a level kept (« conserver un rythme
    // de 4 à 5 créations »). Otherwise it is a move, and so is any fall: "Push churn 8% to 5%", "Sales must climb 10% to
    // 15%", "Conversion rate 1.5% to 2.5% by June" (a deadline or a period after it is no counted thing). Not after a colon
    // nor a past verb ("closed 30 to 40 deals", a level observed). A verb of gaining right before a count's range ("Hire 3 to 4
    // new reps", "Sign 10 to 12 customers") governs the things counted after it, not a measure moved: no verb of change over
    // the range (num34; "Grow headcount 3 to 4 reps", an object between, stays a move).
    const counted = governing?.cue === 'increase' && b.kind === 'number' && GAIN_VERB_BEFORE_RE.test(before);
    // "net sales to rise 18% to $1.55 billion", "Operating costs are expected to decline 8% to $2.3 million": a percentage
    // then an amount (or a count of things, "grow 12% to 4,000 units") are no two levels of one measure nor one estimate's
    // bounds, even after a verb of expecting; the percentage is the change, the amount the level it brings (real44, left48).
    if (lower.kind === 'percent' && (b.kind === 'money' || (changeVerb && b.kind === 'number' && b.value >= 100 && NOUN_AFTER_RANGE_RE.test(after)))) {
      result.change = changeOf(lower);
      result.target = b;
      used.add(a).add(b);
      continue;
    }
    if ((governing?.cue === 'maintain' || (!hasFrom && (/^\s*(?:bps?\b|of [a-z$]|range\b)/.test(after) || ESTIMATE_RANGE_BEFORE_RE.test(before) || (!changeVerb && APPROX_RANGE_BEFORE_RE.test(before)) || ((!governing || governing.cue === 'toward') && (LEVEL_OF_RANGE_RE.test(before) || (b.kind === 'money' && MONEY_RANGE_BEFORE_RE.test(textBefore(folded, a.start, 50))))) || ((!governing || governing.cue === 'toward' || counted) && lower.value > b.value / 2 && NOUN_AFTER_RANGE_RE.test(after))))) && bareTo && !/:\s*$/.test(before) && !PAST_VERB_BEFORE_RE.test(before) && lower.value < b.value) {
      // Points are a move, never a level ("5 points" is a change): "400 to 500 basis points of … expansion" (real38), as
      // « 400 à 500 points de base » above.
      if (lower.kind === 'points') result.change = changeOf(lower);
      else result.target = lower;
      used.add(a).add(b);
      continue;
    }
    result.baseline = shareRangeUnit(a, b);
    // "de 50.000 euros à 1 million": the target end takes the currency written only after the first one.
    result.target = moneyLike(b, a);
    used.add(a).add(b);
  }
  // A range the loop left unread is one quantity too (the written lower bound): its upper end is no figure of the goal, and
  // the whole range is another measure's when a range of its kind was read ("sales to increase 2 to 4 percent, with earnings
  // … increasing 6 to 9 percent", "EBITDA: +7% to +10%; EPS: +10% to +16%"; tgt46).
  const rangeEnd = new Map<Quantity, Quantity>();
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [a, b] = [quantities[i], quantities[i + 1]];
    const lower = shareRangeUnit(a, b);
    if (used.has(a) || used.has(b) || byThenTo.has(a) || lower.kind !== b.kind || lower.value >= b.value || !/^\s*%?\s*(?:to|a|-|–)\s*\+?$/.test(folded.slice(a.end, b.start))) continue;
    // "Sign 10 to 12 customers by 2027, up from 6 to 8 last year", « contre 6 à 8 en 2026 »: a range set against the goal's
    // is where it starts, its lower bound left to the baseline readers below (mend46a).
    const past = lower === a && BASELINE_BEFORE_RE.test(textBefore(folded, a.start, 40));
    if (!past && quantities.some((o, j) => j > 0 && o.kind === b.kind && used.has(o) && used.has(quantities[j - 1]) && o.end < a.start && RANGE_BETWEEN_RE.test(folded.slice(quantities[j - 1].end, o.start)))) used.add(a).add(b);
    // (A bare first end, "6 to 9 percent", is no figure alone either way.)
    // « Atteindre 10 à 12 magasins, soit une hausse de 20 à 30 % »: a change restated by its noun after a level of another
    // kind is that level's change, a range's lower bound as a single figure's (left47; mend45e's « soit une hausse de 20 % »);
    // one compared with a past period restates the level (« … par rapport à 2020 », « depuis 2024 », « sur 2024 », « vs 2024 »),
    // and one of another measure is that measure's (« … du chiffre d'affaires »; RESTATED_ELSEWHERE_AFTER_RE, mend47b).
    else if (lower.kind === 'percent' && RESTATED_BEFORE_RE.exec(textBefore(folded, a.start, 40))?.[1] && result.target && result.target.kind !== 'percent' && !RESTATED_ELSEWHERE_AFTER_RE.test(textAfter(folded, b.end, 60))) {
      result.change ??= changeOf(lower);
      used.add(a).add(b);
    } else if (lower === a) {
      used.add(b);
      // "Reach 10 to 12 stores by 2027, a 20% to 30% increase": the change noun after the range is its lower bound's (mend46a).
      const after = textAfter(folded, b.end, 40);
      if (a.kind === 'percent' && (INCREASE_NOUN_AFTER_RE.test(after) || LESS_AFTER_RE.test(after))) rangeEnd.set(a, b);
    }
  }
  // "Win 30% of the 100 deals in pipeline", "signer 40 % des 50 devis": the number after "of the" is the base of the share,
  // the goal is that share of it, in its unit (30 deals).
  for (let i = 0; i + 1 < quantities.length && !result.target; i++) {
    const [a, b] = [quantities[i], quantities[i + 1]];
    if (a.kind === 'percent' && (b.kind === 'number' || b.kind === 'money') && /^\s*(?:of|d[e']s?) ?(?:the|our|th[eo]se|[lnvc][oe]s)? ?$/.test(folded.slice(a.end, b.start))) {
      result.target = { ...b, value: +(a.value * b.value).toFixed(6) };
      used.add(a).add(b);
    }
  }
  // That later figure is the target when bare ("60 by June": no KPI of its own) or in the same unit ("60 deals"); the
  // earlier clause's last figure is where the goal starts, its other figures ("3 reps") are neither (they are read after
  // the target, which holds). Same kind: percent with percent, money with money or a bare figure of its scale ("$2M; we
  // want 3M"), an NPS's points with a bare score (as aim41 read it); a percentage a verb of direction governs is a change,
  // not a level ("We increased revenue 10%; we want 15%" keeps its +10 %).
  // The aim word stands right before the target (a figure just before the aim clause is none: "We have 3 stores; we have 40
  // reps; we want 60" is 40 → 60) and the stated clause names no aim ("We want 25% by March; we want 30% by June" is two
  // aims); a figure spelled out stands for digits ("thirteen million …; we want fifteen million", mend42a).
  // A figure grouped by spaces ("1 200 €", folding made U+00A0/U+202F spaces) is one figure to the aim clause (left44).
  const fig = (x: Quantity): string => folded.slice(x.start, x.end).replace(/^\D*$/, '1').replace(/(?<=\d) (?=\d{3})/g, '');
  // After two metrics' levels the aim's kind picks the earlier one when the later is of another kind, whose clause the aim
  // clause's test then skips: "Margin is 20% and revenue is $2M; we want 25%" starts at 20 % (left43).
  const from = (i: number): Quantity => {
    const [e, last, q] = [quantities[i - 2], quantities[i - 1], quantities[i]];
    return e && last.kind !== q.kind && e.kind === q.kind && SECOND_LEVEL_RE.test(folded.slice(e.end, last.start)) ? e : last;
  };
  const aimAt = quantities.findIndex((q, i) => {
    const p = from(i);
    return p && AIM_RIGHT_BEFORE_RE.test(textBefore(folded, q.start, 30)) && !AIM_IN_CLAUSE_RE.test(textBefore(folded, p.start, 60)) && AIM_CLAUSE_RE.test(textBefore(folded, p.start, 90) + fig(p) + folded.slice(quantities[i - 1].end, q.start) + fig(q) + textAfter(folded, q.end, 20)) && (q.kind === p.kind || (q.kind === 'number' && (p.kind === 'points' || (p.kind === 'money' && p.scale === q.scale)))) && (p.kind !== 'percent' || !directionBefore(p.start));
  });
  // A bare figure after an amount is an amount ("Our average deal is $20K — we want 30K", mend42a).
  if (aimAt > 0) {
    const p = from(aimAt);
    const before = quantities[quantities.indexOf(p) - 1];
    used.add((result.baseline = p)).add((result.target = moneyLike(quantities[aimAt], p)));
    // Where the level's metric is named when another metric's level stands beside it: up to the other's joint, or after the
    // other's level (analyze.ts reads the goal's KPI there, left43).
    const passedOver = p !== quantities[aimAt - 1];
    if (passedOver || (before && SECOND_LEVEL_RE.test(folded.slice(before.end, p.start)))) result.metricAt = [before?.end ?? 0, passedOver ? p.end + folded.slice(p.end).search(/\b(?:and|et)\b|[,;]/) : p.start];
  }
  for (const q of quantities) {
    if (used.has(q)) continue;
    const before = textBefore(folded, q.start, 40);
    // "an additional $6,250 a month or $1,442 a week": a restatement after "or"/"soit" is not another number of the goal.
    // So is one after "or at about", « soit un peu plus de », « soit une croissance attendue de » (the same level or change in
    // other words, the shapes of real27's, real29's and real37's lines), and an amount in another currency in parentheses
    // right after an amount ("A$4bn (US$3.3bn)", real28); a fallback target held is enough, since a restatement comes after
    // the figure it restates whatever that figure's role (tgt45).
    const restatement = RESTATED_BEFORE_RE.exec(before);
    // A figure told as a change of a level of another kind is that level's change: « Atteindre 1 500 clients, soit une hausse
    // de 20 % » (mend45e; a growth, « soit une croissance attendue de 5 % » after an amount, restates the forecast, real37).
    const restated = (!!restatement && (restatement[1] === undefined || !!result.change || (result.target ?? fallbackTarget)?.kind === q.kind)) || (q.kind === 'money' && /\(\s*$/.test(before) && quantities.some((o) => o.kind === 'money' && o.currency !== q.currency && /^\s*\(\s*$/.test(folded.slice(o.end, q.start))));
    // « attirer 50 millions de visiteurs, soit 6 % de plus que l'an dernier », "…, i.e. 6% more than last year": a percentage
    // restating a level of another kind as more (or fewer) than another level is that level's change, as « 6 % de plus que »
    // with no « soit » is (stmt63, real60); « soit 6 % du marché » stays a restatement.
    const restatedGap = restatement && restatement[1] === undefined && q.kind === 'percent' ? RESTATED_GAP_AFTER_RE.exec(textAfter(folded, q.end, 30)) : null;
    const gapOf = result.target ?? fallbackTarget;
    if (restatedGap && gapOf && gapOf.kind !== 'percent' && !result.change) {
      result.change = changeOf(q);
      result.impliedDirection ??= restatedGap[1] || restatedGap[2] ? 'decrease' : 'increase';
      continue;
    }
    if ((result.change || result.target || fallbackTarget) && restated) continue;
    // The same with a noun no verb list holds (« soit une croissance de 20 % », "representing growth of 20%"): the level's
    // change, falling or rising as its noun says (left48); not against a past period nor of another measure (mend47b). Either
    // way it never takes the level's place (mend48a: « Atteindre 2 M€ …, soit une croissance de 20 % de nos ventes » read a
    // target of 20 %; « 1 500 clients, soit une croissance de 20 % du chiffre d'affaires » a change of the customers).
    const level = result.target ?? fallbackTarget;
    if (restatement?.[1] && q.kind === 'percent' && level && level.kind !== 'percent') {
      if (!RESTATED_ELSEWHERE_AFTER_RE.test(textAfter(folded, q.end, 60))) {
        result.change ??= changeOf(q);
        // (The nouns of a fall: baisse, diminution, decrease, decline, drop, fall, réduction, recul.)
        result.impliedDirection ??= /^(?:[bdf]|re[cd])/.test(restatement[1]) ? 'decrease' : 'increase';
      }
      continue;
    }
    // (A range's lower bound is read with what follows the range, rangeEnd.)
    const after = textAfter(folded, (rangeEnd.get(q) ?? q).end, 60);
    // "to have 30 million customers by 2020, 17 million more than now": the gap from today's level is the goal's change,
    // beside its level (stmt52, real49), as MORE_AFTER_RE reads « 50 de plus qu'aujourd'hui ».
    const nowGap = NOW_GAP_AFTER_RE.exec(after);
    if (nowGap) {
      result.change ??= changeOf(q);
      result.impliedDirection ??= nowGap[1] ? 'decrease' : 'increase';
      continue;
    }
    // "… hit 5.2 billion in 2025, a 6.7% increase from 2024", « … de 420 millions d'euros, en progression de 5% par rapport à
    // 2021 »: a percentage set beside the level, compared with a past period, restates it (real16/real28's restatement
    // after the level, in the shape of an apposition, real33).
    if (quantities.some((o) => o.end <= q.start && !used.has(o)) && q.kind === 'percent' && APPOSED_CHANGE_BEFORE_RE.test(before) && APPOSED_CHANGE_AFTER_RE.test(after)) continue;
    // "18 % des entrepreneurs visent …", "(46 %) d'entre eux", "40% plan to …", "28 % prévoient de …": the share of
    // respondents, not a number of the goal.
    // (« 58 % des entreprises tablent sur … », "40% of firms expect …": the group may be named before the verb, stmt51; only
    // when the sentence reports others' expectations — a survey's word, « selon », "according to", or the verb « tablent »,
    // "expect" — and no goal word or verb governs the share: « Notre objectif : 80 % des clients déclarent être satisfaits »,
    // "Ensure 90% of customers say they are satisfied" aim at it, mend51d.)
    // "un tiers des entreprises interrogées", "40% of the firms surveyed", "quatre sur dix tablent sur …", "(71 %) veulent", and a
    // figure in parentheses after a quoted answer ("'building customer loyalty,' (37%)") are survey shares too.
    if (q.kind === 'percent' && (/^\s*\)?\s*(?:d'entre (?:eux|elles)|des (?:sondes|repondants|entrepreneurs|dirigeants|patrons)|of (?:the )?(?:respondents|entrepreneurs|owners|executives|ceos)|(?:des|of(?: the)?) (?:entreprises|societes|pme|personnes|patrons|dirigeants|companies|firms|businesses|people|owners|smes|leaders|managers) (?:interroge|sonde|surveyed|polled|questioned)\w*|of those (?:surveyed|polled))\b/.test(after) || (/['"],?\s*\(\s*$/.test(before) && /^\s*\)/.test(after))) || (SURVEY_SHARE_AFTER_RE.test(after) && !/\b(?:de|by|of|to|a)\s+$/.test(before)) || (GROUP_SHARE_AFTER_RE.test(after) && (SURVEY_REPORT_RE.test(folded) || /^\s*\)?\s+(?:des|of(?: the)?) [a-z]+\s+(?:tablent|expect)\b/.test(after)) && !SHARE_GOVERNED_RE.test(folded.slice(0, q.start)))) continue;
    // "$2 million in revenue from 5 new products", « 2 M€ … issus de 5 nouveaux produits »: new things counted after "from"/«
    // de », in a goal of an amount or a rate, are what it comes from, neither where it starts nor its change (num34).
    // Not after a bare « de » (mend42a: « Notre objectif est de 10 nouveaux clients par mois, soit 50 000 € » keeps its 10). A
    // growth of new things counted ("growth of 3 new markets", « croissance de 3 nouveaux marchés ») is set aside as well beside
    // an amount or a rate ("… and 10% revenue growth" keeps its 10 %), and is otherwise the level to reach in both languages,
    // no change (num34's "names no sales growth", mend42a).
    const from = /\b(?:from|(?:issue?s?|provenant) de|(growth of|croissance de))\s*$/.exec(before);
    if (q.kind === 'number' && from && /^\s+(?:new|nouv)/.test(after)) {
      // (A growth's count with no amount nor rate becomes the target, if none yet, and is read no further.)
      if (quantities.some((o) => o.kind === 'money' || o.kind === 'percent') || (from[1] && (result.target ??= q))) continue;
    }
    // "growth of 10% in passengers", « une croissance de 10 % des passagers », "an increase in volumes of up to 30%": a growth
    // noun's figure before what grows, or a bound on the growth of a thing, is that thing's change, no rate to reach (real41).
    // A sales growth's figure stays its level ("Achieve sales growth of 10% in new accounts", mend44d).
    // So is a growth OF a measure before an amount it grows to, whatever verb governs it ("We target 21% growth in revenue to
    // $5M", "… to reach $5M", ", reaching $5M": left53's M1, L6(c) without the bound; an amount of what grows, "10% growth
    // in $2M revenue", is its base).
    if (q.kind === 'percent' && !growthKpi && ((GROWTH_NOUN_OF_BEFORE_RE.test(before) && GROWN_THING_RE.test(after)) || GROWTH_BOUND_BEFORE_RE.test(textBefore(folded, q.start, 70)) || (GROWTH_OF_MEASURE_AFTER_RE.test(after) && quantities.some((o) => o.kind === 'money' && o.start > q.end && /\b(?:to|reach(?:ing)?)\s*$/.test(textBefore(folded, o.start, 9)))))) {
      result.change ??= changeOf(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    const governing = directionBefore(q.start);
    if (q.kind === 'multiplier') {
      if (!result.change) result.change = changeOf(q);
      result.impliedDirection ??= q.value >= 1 ? 'increase' : 'decrease';
      continue;
    }
    // "his revenue goal for the year was $2M", "l'objectif était de 50 k€": the goal's level, not an observed one.
    // "Après une quinzaine d'ouvertures en 2015, …": a level observed in a past period is the baseline.
    // "33 000 t actuellement … à 150 000 t", "one new client per week now, your goal might be 1.5": a level said to be the
    // current one, before the goal's own number, is the baseline (real24, real15, real20).
    // Not when the current level is compared ("… aujourd'hui, contre 4,8 %") or the goal is a change of it ("doubler …, qui
    // atteint 3 % aujourd'hui", "il en faudrait trois cents de plus"): those keep their own readings.
    // ("today" after the level: not under a verb of direction, "Sign 20 new customers today".)
    const now = NOW_AFTER_RE.exec(after);
    const nowAfter = ((now && (!now[1] || !governing)) || (!governing && NOW_BEFORE_RE.test(textBefore(folded, q.start, 60)) && quantities.some((o) => o.start > q.end && o.kind === q.kind))) && !/^.{0,50}?\b(?:contre|vs|versus|compared)\b/.test(after) && !CHANGE_WORD_RE.test(folded) && quantities.some((o) => o.start > q.end && !used.has(o));
    const parenBaseline = PAREN_BASELINE_BEFORE_RE.exec(before);
    // The level closest before an aimed-at level of the same kind, with no verb of direction nor aim before it, is where
    // the goal starts (AIM_AT_RE); the aimed-at level may already be read (a range).
    // Not a year, a hypothesis (if/si), a level compared (than, vs, from, previous) or one of another order of magnitude.
    const aimed = !directionBefore(q.start) && !/\b(?:if|si)\b/.test(folded.slice(0, q.start)) && !AIM_ANY_RE.test(folded.slice(0, q.start)) && !/^(?:19|20)\d\d$/.test(folded.slice(q.start, q.end)) && quantities.find((o, i) => o.start > q.end && o.kind === q.kind && AIM_AT_RE.test(folded.slice(q.end, o.start)) && shareRangeUnit(o, quantities[i + 1] ?? o).kind === o.kind);
    const observedBeforeAim = !!aimed && aimed.value < q.value * 10 && aimed.value * 10 > q.value && !COMPARED_BETWEEN_RE.test(folded.slice(q.end, aimed.start)) && !quantities.some((o) => o.end <= aimed.start && o !== q && o.kind === q.kind && (o.start > q.end || o.end <= q.start));
    // (A count the subject runs, « Nous exploitons 4 usines », is a level only for a figure of the same noun or of none, « en
    // ouvrir 121 de plus », « il vise 300 salles »: « … et voulons vendre 10 000 vélos » aims at another count, mend47b.)
    const later = textAfter(folded, q.end, 120);
    const runsOther = RUNS_BEFORE_RE.test(before) && !SAME_COUNT_LATER_RE.test(later);
    // A held count of another noun is set aside, neither the baseline nor the target (mend48a: left48 let "We have 10 reps
    // and want to sell 500 units per month" read a target of 10).
    // "The reopening of 27 km of railway should carry 6,000 passengers a day", « La réouverture de 27 km de voie ferrée devrait
    // permettre de transporter 6 000 voyageurs »: the length of a work named by its noun is the means' size, no goal's figure,
    // when a later figure follows (stmt62, real59). "Reopen 27 km of railway by 2028" (the verb) keeps it.
    // « 740 employés répartis dans cinq sites », "staff spread across five sites": where a level the subject has is spread is no
    // figure of the goal (stmt62, real59).
    if (q.kind === 'number' && /\b(?:repartie?s? (?:dans|sur|entre)|spread (?:across|over|between))(?: (?:les?|the))? $/.test(before)) continue;
    // Only before a figure a verb of outcome governs: "… by 2028 with 3 crews", « … et de 5 gares » keep the length (mend62s).
    if (q.kind === 'number' && WORKS_LENGTH_BEFORE_RE.test(before) && /^\s*(?:km|kilomet\w+|miles?)\b/.test(after) && quantities.some((o) => o.start > q.end && o.kind === q.kind && !used.has(o) && WORKS_OUTCOME_BETWEEN_RE.test(folded.slice(q.end, o.start)))) continue;
    if (q.kind === 'number' && WE_HAVE_BEFORE_RE.test(before) && !SAME_COUNT_LATER_RE.test(later) && OTHER_COUNT_LATER_RE.test(later.replace(/customer/g, 'client'))) continue;
    // "The shelter has raised $12,000 toward a target of $30,000", money
    // raised so far toward a goal is where the campaign stands, its baseline (mend51d: stmt51 read so only "just over $12,000").
    // « La filière a recueilli, lors de la dernière récolte, 230.000 tonnes …, alors qu'elle a besoin de 300.000 tonnes »: what was
    // gathered before a need is where it stands; the need is the goal (the README's need rule, left52's L6).
    if (!result.baseline && /\b(?:a|ont|avons|has|have) (?:deja |already )?(?:recueilli|collecte|recolte|gathered|collected)(?:,[^,]{0,40},)?\s*$/.test(textBefore(folded, q.start, 80)) && /\b(?:besoin de|needs?)\b/.test(after)) {
      result.baseline = q;
      continue;
    }
    if (!result.baseline && q.kind === 'money' && ((RAISED_SO_FAR_BEFORE_RE.test(before) && RAISED_TOWARD_AFTER_RE.test(after)) || ((FR_RAISED_BEFORE_RE.test(before) || /^\s*(?:(?:ont|a) ete\s+)?(?:collecte|recolte|leve)e?s?\s/.test(after)) && FR_RAISED_AFTER_RE.test(after)))) {
      result.baseline = q;
      continue;
    }
    // "Revenue will grow 10% in 2027, up from last year's 8% growth": beside a relative change, a percentage up or down from
    // the last period's is the change compared, no baseline (mend61s; "– up from 5% in 2026" stays the baseline, real-wording38).
    if (q.kind === 'percent' && result.change?.kind === 'relative' && /(?:up|down) from \w+ \w+'s $/.test(before)) continue;
    // ("10% growth in $2M revenue", "… on $2M revenue": an amount of what grows is its base, left53's M1, mend53e.)
    if (!result.baseline && !runsOther && (nowAfter || observedBeforeAim || (q.kind === 'money' && /\bgrowth (?:in|on) $/.test(before)) || (q.kind === 'money' && !!governing && governing.cue !== 'toward' && OWN_AMOUNT_BEFORE_RE.test(folded.slice(governing.end, q.start)) && PERCENT_CHANGE_AFTER_RE.test(after)) || MOVED_ON_AFTER_RE.test(after) || (POINTED_BACK_AFTER_RE.test(textAfter(folded, q.end, 160)) && OBSERVED_BEFORE_RE.test(textBefore(folded, q.start, 80))) || (/\b(?:doubl|tripl|quadrupl)/.test(later) && DEMONSTRATIVE_MULTIPLIED_AFTER_RE.test(textAfter(folded, q.end, 160)) && (OBSERVED_BEFORE_RE.test(textBefore(folded, q.start, 80)) || STATED_NOW_BEFORE_RE.test(textBefore(folded, q.start, 60))) && !AIM_GOVERNS_BEFORE_RE.test(textBefore(folded, q.start, 120)) && !IMPERATIVE_OPENING_RE.test(folded.slice(0, q.start)) && !aimedFor(q)) || (parenBaseline !== null && (parenBaseline[1] !== undefined || PAST_IN_PAREN_AFTER_RE.test(after))) || (GROWTH_AVERAGE_BEFORE_RE.test(before) && (PAST_AVERAGE_BEFORE_RE.test(textBefore(folded, q.start, 80)) || PAST_AVERAGE_AFTER_RE.test(after))) || ((BASELINE_BEFORE_RE.test(before) || MULTIPLIED_NOW_RE.test(textBefore(folded, q.start, 70))) && !sourceFromThe(q, folded) && !GOAL_WAS_BEFORE_RE.test(textBefore(folded, q.start, 160)) && !ATTAIN_AVERAGE_BEFORE_RE.test(before)) || (WAS_OF_BEFORE_RE.test(before) && !GOAL_WAS_BEFORE_RE.test(textBefore(folded, q.start, 160)) && quantities.some((o) => o.start > q.end && o.kind === q.kind)) || BASELINE_BOUND_BEFORE_RE.test(before) || (PAST_VERB_BEFORE_RE.test(before) && LAST_PERIOD_AFTER_RE.test(after)) || LAST_PERIOD_VERB_BEFORE_RE.test(before) || PAST_MILESTONE_BEFORE_RE.test(before) || observedInPast(q) || (q.kind === 'number' && ((WORKFORCE_OF_BEFORE_RE.test(before) && WORKFORCE_AFTER_RE.test(after)) || (WORKFORCE_THE_BEFORE_RE.test(before) && WORKFORCE_COMPOUND_AFTER_RE.test(after))) && quantities.some((o) => o.start > q.end && o.kind === q.kind && JOBS_ADDED_AFTER_RE.test(textAfter(folded, o.end, 40)) && JOBS_CREATED_BEFORE_RE.test(textBefore(folded, o.start, 40)))) || ((ALREADY_DONE_BEFORE_RE.test(before) || ALREADY_DONE_AFTER_RE.test(after)) && ((ALREADY_AIM_LATER_RE.test(later) && quantities.some((o) => o.start > q.end && o.kind === q.kind && aimsAtMoreOf(folded, q, o))) || !quantities.some((o) => o !== q))) || ((HAVE_BEFORE_RE.test(before) || PAST_OUTCOME_BEFORE_RE.test(textBefore(folded, q.start, 60))) && !GOAL_WAS_BEFORE_RE.test(textBefore(folded, q.start, 80)) && AIM_LATER_RE.test(later) && !OPENED_LATER_RE.test(later) && quantities.some((o) => o.start > q.end && o.kind === q.kind)))) {
      result.baseline = q;
      continue;
    }
    // "should generate an average of $150,000 per year", "hit an average of 12 demos": an average asked of a verb is a level
    // to reach, not a change by that amount (real32).
    // "the goal in our department is 10% more than the previous day", "a goal ten percent higher than the amount", « 15 % de
    // plus que l'an dernier »: a percentage more than another level is a change of it, whatever names it (real24, real28).
    if (q.kind === 'percent' && /^\s*(?:(?:more|higher|greater) than|(?:de plus|plus eleve\w*) qu)/.test(after)) {
      result.change ??= changeOf(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    if (ATTAIN_AVERAGE_BEFORE_RE.test(before)) {
      keepLevel(q);
      continue;
    }
    // "Grow revenue to 120% of last year", "80 % des coûts de 2026": a factor of a past level, a relative change.
    if (q.kind === 'percent' && !q.signed && !result.change && pastFactor(after, q.value)) {
      result.change = { quantity: q, value: +Math.abs(q.value - 1).toFixed(10), kind: 'relative' };
      result.impliedDirection ??= q.value >= 1 ? 'increase' : 'decrease';
      continue;
    }
    // "convert one out of five trials": a ratio is the level to reach.
    if (q.ratio || TOTAL_OF_RE.test(before) || BASE_OF_RE.test(textBefore(folded, q.start, 90))) {
      keepLevel(q);
      continue;
    }
    const changeVerb = governing !== null && governing.cue !== 'toward' && governing.cue !== 'maintain' && governing.relativeChange === null;
    // "sur les comptes de plus de 1 000 salariés", "from top 20 accounts": a count of something else.
    if (countsSomethingElse(q)) continue;
    const previous = quantities[quantities.indexOf(q) - 1];
    if (
      previous &&
      previous.kind === 'number' &&
      (q.kind !== 'number' || q.scale > 1) &&
      OBJECT_BOUND_BETWEEN_RE.test(folded.slice(previous.end, q.start)) &&
      objects.some((o) => o.start >= previous.end && o.end <= q.start)
    ) {
      continue; // "20 deals over $25k": the bound describes the deals.
    }
    // "by at least 10 %", "d'au moins 10 %", "by up to 10 %" after a change verb: a bound on the change.
    if (changeVerb && CHANGE_BOUND_BEFORE_RE.test(before)) {
      if (!result.change) result.change = changeOf(q);
      continue;
    }
    // "I'm asking you to capture less than 2% of that industry": a bound after a verb of gaining is a modest ask, nothing
    // to keep below (real32).
    if (GAIN_BOUND_BEFORE_RE.test(before)) {
      keepLevel(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    // « un objectif de l'ordre de 250 millions d'euros …, ainsi qu'un niveau de marge d'au moins 15% », "8 percent Group
    // operating margin …, and a net debt to EBITDA ratio below 3.0x": a bound on a later item of another kind is that
    // item's, not the goal's level stated first (real28, real30, real34).
    if (fallbackTarget && fallbackTarget.kind !== q.kind && /\b(?:et|and|ainsi)\b/.test(folded.slice(fallbackTarget.end, q.start)) && (BELOW_RE.test(before) || ABOVE_RE.test(before))) continue;
    if (BELOW_RE.test(before)) {
      keepLevel(q);
      result.impliedDirection ??= 'decrease';
      continue;
    }
    if (ABOVE_RE.test(before)) {
      // "add at least 5 more full timers", "at least 100 additional stores", « ajouter au moins 10 noms »: a bound on what is
      // added, the change (real26, real28, real33).
      // So is one on a growth OF a measure: "over 21% growth in revenue … to ₹8,200 crore" (left52's L6: R1's change and level).
      // (Also "add more than 12,000 students", « ajouter plus de 500 clients »: stmt52, real49.)
      if (MORE_AFTER_RE.test(after) || ADD_BOUND_BEFORE_RE.test(before) || (q.kind === 'percent' && !growthKpi && GROWTH_OF_MEASURE_AFTER_RE.test(after))) result.change ??= changeOf(q);
      else keepLevel(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    // "augmenter le CA de 10 % au minimum" bounds the change, "at 60% or more" the level.
    if ((OR_MORE_AFTER_RE.test(after) || OR_LESS_AFTER_RE.test(after)) && !(changeVerb && CHANGE_BEFORE_RE.test(before))) {
      keepLevel(q);
      result.impliedDirection ??= OR_MORE_AFTER_RE.test(after) ? 'increase' : 'decrease';
      continue;
    }
    // "un taux de conversion de 12,5 %", "a close rate of 30%": the level of a named KPI, whatever the verb.
    if (objects.some((o) => INDEFINITE_BEFORE_RE.test(textBefore(folded, o.start, 16)) && /^\s*(?:de|d'|of)\s*$/.test(folded.slice(o.end, q.start)))) {
      keepLevel(q);
      continue;
    }
    if (q.negative) {
      if (!result.change) result.change = changeOf(q);
      result.impliedDirection ??= 'decrease';
      continue;
    }
    // "NPS up 50 over the previous quarter", "churn down 2 points": a KPI, then up/down and the number, is a change.
    const upDown = objects.find((o) => o.end <= q.start && KPI_UP_DOWN_BETWEEN_RE.test(folded.slice(o.end, q.start)));
    if (upDown && !result.change) {
      result.change = changeOf(q);
      result.impliedDirection ??= /down\s*(?:by\s*)?$/.test(before) ? 'decrease' : 'increase';
      continue;
    }
    // « le chiffre d'affaires supplémentaire pourrait atteindre 35,7 millions », "new customer additions … would amount to 1
    // million": what an added amount comes to is the change, not a level (tgt45: real39, real25).
    // (A percentage reached is a share, "Incremental revenue should reach 15% of total sales", mend45e.)
    if (!result.change && q.kind !== 'percent' && ADDED_REACH_BEFORE_RE.test(textBefore(folded, q.start, 80))) {
      result.change = changeOf(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    if (SAVINGS_BEFORE_RE.test(before) || (q.kind === 'money' && (SAVINGS_AFTER_RE.test(after) || SAVE_VERB_BEFORE_RE.test(before) || (CUT_VERB_BEFORE_RE.test(before) && FROM_COSTS_AFTER_RE.test(after))))) {
      if (!result.change) {
        result.change = changeOf(q);
        result.savings = true;
      }
      result.impliedDirection ??= 'decrease';
      continue;
    }
    // "un chiffre d'affaires en croissance de 12 %": the amount's relative change; so is "3 % de nouveaux clients" (the base growing).
    if (q.kind === 'percent' && (/\ben (?:croissance|hausse|progression) de\s*\+?\s*$/.test(before) || /^\s*(?:de |of )?(?:new|nouveaux|nouvelles) (?:clients?|customers?)\b/.test(after))) {
      result.change ??= changeOf(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    // (« Obtenir 15 % de croissance des ventes »: a verb of obtaining gets the growth's level, as "Get 15% revenue growth", mend52c.)
    if ((q.kind === 'percent' || q.kind === 'points') && (GROWTH_LEVEL_AFTER_RE.test(after) || (growthKpi && SALES_GROWTH_OF_AFTER_RE.test(after))) && (governing === null || governing.cue === 'toward' || (growthKpi && SALES_GROWTH_OF_AFTER_RE.test(after) && /^(?:obten|obtien|decroch)/.test(folded.slice(governing.start, governing.end))))) {
      keepLevel(q);
      continue;
    }
    // "core deposit growth will be between 8% and 12%", "loan growth of 13% to 15%": the growth noun's own level.
    // "The agency wants to grow at a rate of 20% a year": growing at a rate states that rate; so does growing a percentage
    // with no object ("if your firm wants to grow 9 percent this year", real27; not "grow 10% more leads"), nor a KPI for its
    // subject: "Our subscriber base will grow approximately 10%" is that KPI's change, as "Sales … grow" (mend58s).
    if (q.kind === 'percent' && governing && /^grow/.test(folded.slice(governing.start, governing.end)) && !LEVEL_ARRIVED_RE.test(folded.slice(q.end)) && (/\b(?:growth\s+(?:\w+ be|is|of|at)\s+(?:between\s+|about\s+|around\s+)?|grow\w*\s+at\s+(?:an?\s+(?:[a-z]+\s+)?(?:rate|pace)\s+of\s+)?(?:about\s+|around\s+)?)$/.test(before) || (/\bgrow(?:s|ing)?\s+(?:about\s+|around\s+|approximately\s+)?$/.test(before) && !SALES_GROW_RE.test(before) && !objects.some((o) => o.end <= governing.start && !/[.;,]/.test(folded.slice(o.end, governing.start))) && /^\s*(?:$|[,.;:!?]|(?:this|next|in|per|a|an|each|every|over|within|by the|year|annually)\b)/.test(after)))) {
      keepLevel(q);
      continue;
    }
    // (New places opened after the held ones, "have 25 stores and plan to open 10 new stores", add to them: left47. Only after
    // a count held, not closed or sold ("We closed 5 stores … and plan to open 10 new stores"), and only new ones of the held
    // noun or of none (« en signer 30 nouveaux », "10 new ones"): a held count then more of it is never a decrease, mend47b.)
    // An expected rise before a later clause with a figure of its own is that clause's context, no number of the goal:
    // "We expect a 3% rise in costs this year. We want to grow sales 10%.", ", so reduce operating costs to $1M" (mend51b).
    if (RISE_IN_AFTER_RE.test(after) && EXPECT_BEFORE_RE.test(before) && quantities.some((o) => o.start > q.end && !used.has(o))) continue;
    // (A signed score after a goal word is its level, "our NPS target of +40"; a signed percentage there is a change, «
    // Objectif : +7 % », « Objectif: plus 5% » — « plus » with no « de » is the sign, stmt58: real31:9, real55:64; a rate's,
    // "Target gross margin: +35%", stays its level, mend58s.)
    const signedPercent = q.kind === 'percent' && !rateKpi && /\bplus\s+$/.test(before);
    if (((q.signed || signedPercent) && !TO_WORD_RE.test(before) && ((q.kind === 'percent' && !rateKpi) || !/\b(?:target|goal|objectif)s?\b[^.;]{0,16}(?:of|de|:)\s*$/.test(before))) || MORE_AFTER_RE.test(after) || newOfHeld(folded, result.baseline, before, after) || (RISE_IN_AFTER_RE.test(after) && (/\b(?:achiev|deliver|target|post|generat|aim|seek)\w*\s+(?:an?\s+)?$/.test(before) || (EXPECT_BEFORE_RE.test(before) && !/\b(?:but|mais)\b|;/.test(folded.slice(q.end))))) || (INCREASE_NOUN_AFTER_RE.test(after) && (governing?.cue !== 'toward' || CHANGE_NOUN_OF_AFTER_RE.test(after) || !/^\s*(?:de |d'|of )?(?:[a-z']+\s+){0,2}?(?:growth|croissance)/.test(after)))) {
      if (!result.change) result.change = changeOf(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    if (LESS_AFTER_RE.test(after)) {
      if (!result.change) result.change = changeOf(q);
      result.impliedDirection ??= 'decrease';
      continue;
    }
    // "grow revenue at a 12% CAGR through 2030": the pace an object grows at is its change, as « faire croître le chiffre
    // d'affaires à un rythme annuel moyen de 12 % » (left51's S6; "grow at a rate of 20%" with no object stays a firm's level).
    // (Before a level it leads to, "grow revenue at a 12% CAGR to reach $20M" aims at $20M, in dollars: the pace is its means,
    // no number of the goal, mend51b.)
    if (/\bgrow\w*\s+(?:[a-z']+\s+){1,3}at\s+an?\s+$/.test(before) && /^\s*(?:(?:compound|annual|average|yearly)\s+)*(?:cagr|rate|pace|growth rate)\b/.test(after)) {
      if (!quantities.some((o) => o.start > q.end && !used.has(o))) result.change ??= changeOf(q);
      continue;
    }
    const namedGoal = GOAL_WORD_RE.test(before) || (GOAL_OF_RE.test(before) && (governing === null || governing.cue === 'toward'));
    // ("add up to $10 million in revenue" bounds what is added: the add reader below, stmt52.)
    if ((TO_RE.test(before) && !ADD_BOUND_BEFORE_RE.test(before)) || TO_ABOUT_RE.test(before) || namedGoal) {
      keepLevel(q);
      continue;
    }
    // "generate an additional $1 million", "un CA supplémentaire de 50 k€": an amount on top of the current level; so are
    // "groom another 50 companies", "a further 10 reps" (stmt51), not a listed part ("110,000 members and another 500,000"),
    // and only with the number right after, an adjective at most between: "another record of 500 deals", "a further
    // milestone of $2M" name a level to reach, a target (mend51d).
    if (/\b(?:additional|extra|incremental)(?:\s+[a-z]+\s+of)?\s*$/.test(before) || /(?<!\b(?:and|with|et|avec) )\b(?:another|a further)(?:\s+[a-z]+)?\s*$/.test(before) || /\bsupplementaires? de\s*$/.test(before)) {
      if (!result.change) result.change = changeOf(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    // "Add $12k of new MRR", "ajouter 200 inscrits": an amount on top of the current level.
    if (/\b(?:add|adds|adding|ajout\w*)\s+(?:an? |un |une |another |encore |as many as |up to |about |around |some |jusqu'a |environ )?$/.test(before)) {
      // Capacity or a fleet added with no base counted ("add 48,000 beds", « ajouter 700 nouvelles voitures », "adding as many
      // as 400 rental departments") is the level the goal reaches (the thirty-ninth to forty-first sets' written rule);
      // stores added stay changes as real13's and real14's labels read them, and so do "add 60 hostels to its line-up of 28"
      // and "five more …" (left51).
      // Only with no base counted anywhere before ("We have 250 beds and want to add 50 beds", "From 250 beds today, add 50
      // beds"), no level stated after ("Adding 50 beds to reach 300": 300 the target, +50 its change) and no pace ("10 beds per
      // ward", "10 rooms a year"): mend51b.
      const baseCounted = PLACES_HELD_RE.test(folded.slice(0, q.start)) || quantities.some((o) => o.start < q.start && o.kind === 'number' && !used.has(o) && !NOT_HELD_COUNT_RE.test(textBefore(folded, o.start, 6)) && !SPAN_AFTER_RE.test(textAfter(folded, o.end, 12)));
      const capacity = ADDED_PLACES_AFTER_RE.test(after) && !ADDED_PER_AFTER_RE.test(after) && !ADDED_LEVEL_AFTER_RE.test(textAfter(folded, q.end, 60)) && !baseCounted;
      if (capacity && !/\b(?:to (?:its|our|their)|a (?:son|sa|ses|notre|nos|leurs?))\b/.test(after)) keepLevel(q);
      else if (!result.change) result.change = changeOf(q);
      result.impliedDirection ??= 'increase';
      continue;
    }
    // (A level an outlook expects, "lowers its outlook, with sales expected at about $2M", « abaisse ses perspectives, avec un
    // EBITDA attendu autour de 700 M€ », is no change by it: stmt47.)
    // (Nor is an amount generated, "generate adjusted EBITDA of about $150 million", « générer … un EBITDA d'environ 150 M€ »:
    // the level produced, left50's R6; "more" or "additional" said so above.)
    const explicitVerb = governing !== null && governing.cue !== 'toward' && !(/\b(?:expected|attendue?s?)\b/.test(folded.slice(governing.end, q.start)) && OUTLOOK_BEFORE_RE.test(folded.slice(0, q.start))) && !(q.kind === 'money' && /^gener/.test(folded.slice(governing.start, governing.end)));
    // "raise funding of $20M", « lever un financement de 8 M€ »: money raised is a sum reached, no change ("raise" is no verb
    // of rise there; Ruling D2); so is money closed or obtained ("close a funding round of", « obtenir un financement de »).
    // "raise revenue by $2M" keeps its change. A raise that is the means of another goal with a figure of its own ("… to
    // reach $20M in revenue by 2029") keeps that goal: the sum raised is then no number of it (mend59l). A compared baseline
    // ("up from $2M in 2026", « contre 2 M€ ») is no other goal's figure, nor a count with no KPI named: stores opened or
    // people hired are the raise's use (Ruling D3; mend60l, the lead's (3) and (8)).
    if (q.kind === 'money' && RAISED_MONEY_BEFORE_RE.test(before)) {
      if (!quantities.some((o) => o !== q && !used.has(o) && (o.kind !== 'number' || amountKpi || rateKpi) && !BASELINE_BEFORE_RE.test(textBefore(folded, o.start, 40)))) keepLevel(q);
      continue;
    }
    // "augmenter … de 10 %", "by 10%", and a bare percentage after a change verb ("Grow MRR 5% month over month").
    if (explicitVerb && governing.relativeChange === null && governing.cue !== 'maintain' && (CHANGE_BEFORE_RE.test(before) || q.kind === 'percent' || q.kind === 'points')) {
      if (!result.change) result.change = changeOf(q);
      continue;
    }
    // A bare number is the target only when no explicit one ("to 30 %", "below 2 %") is stated; one a goal verb governs
    // wins over one stated before any verb ("A chamber with 520 members must acquire 52 new members").
    if (!fallbackTarget || (governing && governing.start > fallbackTarget.end && !directionBefore(fallbackTarget.start) && q.kind === fallbackTarget.kind)) fallbackTarget = q;
    firstLevel ??= q;
  }
  if (!result.target && fallbackTarget) {
    // "qui écoule 15pc de son volume …, prévoit de doubler ce chiffre": a bare level stated before the multiplying verb of the
    // goal, governed by no verb, is the level multiplied (the baseline).
    const last = directionBefore(folded.length);
    const multiplied = last && last.relativeChange !== null && last.start >= fallbackTarget.end && directionBefore(fallbackTarget.start) === null && !coordinatedMultiple(folded, last.start);
    // …but money invested, spent or borrowed before it ("will invest £2.75 billion to double its product range", « investir 2 M€
    // pour doubler ») pays for the goal: no level of it, neither baseline nor target (stmt61: real58:29, as mend59l's (c)).
    // Only when the multiplier has another object: "invest $3M … and want to double it / that", « doubler ce montant » double
    // the money itself, its baseline (mend61s); so does a spend named by what it buys ("double our ad spend", "our marketing
    // budget", « notre budget publicitaire », « nos dépenses publicitaires »: left62). Only advertising, marketing, media or
    // a campaign (mend62l): "double our pipeline amount", "the deal amount", "our sales team budget", « notre enveloppe
    // commerciale » name another amount, whose level the money invested is not.
    const paying = multiplied && fallbackTarget.kind === 'money' && INVESTED_BEFORE_RE.test(textBefore(folded, fallbackTarget.start, 40)) && !/^\W*(?:it|that|this|(?:the|our) (?:(?:ad|ads|advertising|marketing|media|paid|campaign) )?(?:amount|budget|spend(?:ing)?)|ce(?:tte)? (?:montant|budget|somme|enveloppe)|notre (?:budget|enveloppe) (?:publicitaire|marketing|media)|nos depenses (?:publicitaires|marketing|media))\b/.test(folded.slice(last.end));
    // left63: money spent or invested before a later change of the goal ("Spend $40k a month on ads and grow revenue 5% a
    // month", « Dépenser 40 k€ par mois en publicité et augmenter le CA de 5 % par mois ») pays for it: the change is the
    // goal's figure, the money no target (a spending goal alone, "Spend $40k a month on ads", keeps it).
    const spentForChange = !multiplied && fallbackTarget.kind === 'money' && (result.change?.quantity?.start ?? -1) > fallbackTarget.end && INVESTED_BEFORE_RE.test(textBefore(folded, fallbackTarget.start, 40));
    if (!result.baseline && multiplied && !paying) result.baseline = fallbackTarget;
    else if (!paying && !spentForChange) result.target = fallbackTarget;
  }
  // The two-goal rule by structure (tgt53): a figure the goal already governs as a plain level ("employ 25 guards, supply
  // security to 15 buildings", « 20 000 tonnes de fèves … et devrait également produire 6 000 tonnes », "sales of A$3.25
  // billion and profit between A$108 million and …") is the first goal's; a later item joined to it is the second goal's,
  // whichever reader took it. Recurred at first run in nine of real36–real49.
  // Only a figure in the goal's unit or dressed in its own (a bare count before a percentage is a name, a year or a
  // subject's: « les deux dirigeants »), outside a hypothesis and a parenthesis, and not before what the goal needs ("to
  // get 5%, you will need 25%"), an aim of its own ("…; we want 60", "but we want") or the arrival of a move after an
  // aside ("Increase revenue, expected to about $2M this year, to $2.5M").
  const one = firstLevel as Quantity | null;
  const two = result.target;
  const joint = one && two ? folded.slice(one.end, two.start) : '';
  // (A move of another measure after a percentage, "growing 10 percent a year, from $180 million … to … $500 million", is
  // the same goal's: the percentage its pace.)
  const moveOfOther = !!one && !!result.baseline && result.baseline.start > one.end && result.baseline.kind !== one.kind;
  if (one && two && one.start < two.start && one !== result.baseline && !moveOfOther && (one.kind === two.kind || one.kind !== 'number') && !/^(?:19|20)\d\d$/.test(folded.slice(one.start, one.end)) && (directionBefore(one.start) !== null || GOVERNED_LEVEL_RE.test(textBefore(folded, one.start, 80))) && !MEANS_BEFORE_RE.test(textBefore(folded, one.start, 50)) && !MEANS_AFTER_RE.test(textAfter(folded, one.end, 40)) && !/\b(?:if|si|assuming|given)\b/.test(folded.slice(0, one.start)) && !/["“«]\s*$/.test(textBefore(folded, one.start, 3)) && /[,;(]|\b(?:and|et|ainsi que)\b/.test(joint) && !/^[^(]*\)|\b(?:need|must|doi[tv]|faut|besoin|but|mais|unless)|;|,\s*(?:to|a)\s*$/.test(joint) && !(OWN_AIM_BETWEEN_RE.test(joint) && !/\b(?:19|20)\d\d\b/.test(joint))) {
    result.target = one;
    // (What the second goal moves from is its own: "… 4 % of sales and from 7% to 9% of EBITDA".)
    // (The first goal's own, right after its figure, stays: "Reach 1,000 customers (from 800 today), and …", mend53c.)
    if (result.baseline && result.baseline.start > one.end && !OWN_BASELINE_JOINT_RE.test(folded.slice(one.end, result.baseline.start))) result.baseline = null;
  }
  // « progresser de 6,3 % en 2024 à 3,88 milliards …, et cible 5,5 milliards », « 100K à 200K … contre un objectif individuel
  // de 300K », « "De 88 à 89 millions de touristes" … peut atteindre les 100 millions »: a level read before any aim or
  // intent, then a later one of its kind that an aim cue introduces (no other of its kind between, no "but" before the cue)
  // — the later is the goal, the first where it starts (num31: real21, real30, real32).
  const first = result.target;
  // (Not a level the opening verb aims at: "Reach a margin of 8% by 2027, with a long-term ambition of 10%", real30; nor a
  // ceiling, "but we target no more than 10%", or a level on the KPI's worse side of the first, mend37s.)
  // (Not a figure added to the first: "120 staff and a plan to hire 30 more people" keeps its change, mend45e.)
  const later = first && (directionBefore(first.start)?.start ?? 9) > 8 && !AIM_ANY_RE.test(folded.slice(0, first.start)) && !INTENT_BEFORE_RE.test(folded.slice(0, first.start)) && quantities.find((o) => o.start > first.end && !used.has(o) && o.kind === first.kind && o.value < first.value * 10 && !MORE_AFTER_RE.test(textAfter(folded, o.end, 40)) && AIM_AFTER_LEVEL_RE.test(folded.slice(first.end, o.start)) && !BELOW_RE.test(folded.slice(first.end, o.start)) && (lowerIsBetter === undefined || lowerIsBetter !== o.value > first.value));
  if (later && !quantities.some((p) => p.start > first.end && p.end <= later.start && p.kind === first.kind)) {
    // Where it starts is the latest level read, not the first: "from 20% to 25% in 2026, but we target 30%" starts at 25% (mend36).
    // (A range of levels, "30 to 40 deals", « autour de 100K à 200K », keeps its lower bound: only a move's start gives way.)
    // (The later level read as the baseline gives way too: it is now the target, real39's "projects to hire more than 9,000".)
    if (result.baseline === later || result.baseline?.kind !== first.kind || /(?:\bfrom|(?<!autour )\bde|\bd')\s*$/.test(folded.slice(0, result.baseline.start))) result.baseline = first;
    result.target = later;
    result.change = null;
  }
  // « 7 millions hectolitres par an contre 6 actuellement », « 12 millions d'euros … contre 9,5 »: a level compared after the
  // goal's scaled one, of its order unscaled, shares its scale and its unit, as a range's ends do (real19, real38). Only a
  // bare level, with a date, "today" or punctuation after it: "$2 million … from 5 new products", « contre 4 commerciaux »
  // count other things (mend40a).
  const goal = result.target;
  const held = result.baseline;
  const unscaled = goal ? goal.value / goal.scale : 0;
  if (goal && held && goal.scale > 1 && held.scale === 1 && (held.kind === goal.kind || (held.kind === 'number' && !held.currency)) && held.start > goal.end && held.value * 10 > unscaled && held.value < unscaled * 10 && BARE_LEVEL_AFTER_RE.test(textAfter(folded, held.end, 12)) && COMPARED_BETWEEN_RE.test(folded.slice(goal.end, held.start))) result.baseline = { ...held, kind: goal.kind, currency: goal.currency, value: held.value * goal.scale, scale: goal.scale };
  return result;
}
