/**
 * The analysis pipeline: each step is a small extractor over the folded
 * text (see text.ts); later steps ignore what earlier ones claimed (dates,
 * cadences, levers), so "30 leads" is never a date and the "10 %" of a lever
 * is never the goal's target.
 */
import { sentenceCurrency } from '../currency-marks';
import { isValidIsoDate } from '../dates';
import { KPI_CATALOG, type KpiDefinition } from '../kpi/catalog';
import type { Direction, Period } from '../types';
import { ambiguousFiscalYear, findDates, impossibleDate, isDaysLevel, isLaunchYear, LAUNCH_DATED_BEFORE_RE, MONTH_SOURCE, namedPeriodStart, namedWindow, namedYearStart, pickDeadline, pickStart, type DateMention } from './dates';
import { findDirections, TOP_VERB_SOURCE, type DirectionMention } from './direction';
import { AIM_CLAUSE_RE, ARRIVED_LEVEL, extractGoalNumbers, GOAL_WAS_BEFORE_RE, HAVE_BEFORE_RE, OUTLOOK_BEFORE_RE, PAST_OUTCOME_BEFORE_RE, RAISED_MONEY_BEFORE_RE } from './goal';
import { economyGrowth, findKpis, FIRM_GROWTH_RE, GROWTH_OF_BEFORE_RE, pickKpi, withSalesForce, type KpiMention } from './kpi';
import { goalObject, objectKpi } from './object';
import { detectLanguage } from './language';
import { refineLevelChange } from './level-change';
import { findLevers } from './levers';
import { coordinatedMultiple, countedAfter, factConditionEnd, findAttribution, openingConditionEnd, isBareYear, isPlanName, isYearBesideDate, isQuotedName, isUnionName } from './number-structure';
import { findQuantities, type Quantity } from './quantities';
import { findRecurrences, type RecurrenceMention } from './recurrence';
import { findGoalShares } from './goal-share';
import { firstItemNamesNone } from './goal-list';
import { overlaps, prepare, type Span, textAfter, textBefore } from './text';
import type { AnalyzeOptions, GoalChange, StatementAnalysis, StatementUnit } from './types';

/** Statements longer than this are analysed on their first part only: goals are one or two sentences. */
export const MAX_ANALYZED_LENGTH = 2000;

/** An offer a price describes: "plan", "membership", "abonnement", "forfait". */
const OFFER = '(?:plan|membership|subscription|package|tier|offer|bundle|product|offre|abonnement|forfait|formule|pack)s?';
/** After a price: "/month plan", "/mois (abonnement)", "/user/month tier". */
const PRICE_AFTER_RE = new RegExp(`^\\s*\\/\\s*(?:month|mo|year|yr|week|user|seat|mois|an|annee|semaine|utilisateur)\\b(?:\\s*\\/\\s*[a-z]+)?[\\s(]+(?:[a-z]+\\s+)?${OFFER}\\b`);
/** Before a price: "at $49/month", "au prix de 19 €/mois", "l'abonnement à 19 €/mois". */
const PRICE_BEFORE_RE = new RegExp(`\\b(?:at|priced at|au prix de|a partir de|starting at|${OFFER} a)\\s*$`);

/** Someone else saves: "help customers (to) save", "let users save", "aider nos clients à économiser", "faire économiser", "save our clients". */
/** A percentage given as a share of sales: "15% of revenue", « 15 % du CA » (a margin's level, mend52b). */
const SHARE_OF_SALES_AFTER_RE = /^\s*(?:of|du|de|des|d')\s*(?:(?:net|total|our|its|the|notre|son|leur)\s+)?(?:revenues?|sales|turnover|ca|chiffre d'affaires|ventes)\b/;
const GOAL_WORD_RE = /\b(?:goals?|targets?|objectifs?|objectives?|quotas?)\b/;
/** Nothing counted after an amount: the sentence's end, a period or cadence word, a preposition. */
const UNCOUNTED_AFTER_RE = /^\s*(?:$|[,.;:!?)]|(?:every|each|per|par|a|an|this|next|by|in|en|d'ici|cette|ce|chaque|sur|pour|annuel\w*|mensuel\w*|monthly|yearly)\b)/;
/** A goal word said to be met: "the new target would be achieved", « l'objectif sera atteint ». */
const GOAL_MET_RE = /\b(?:goals?|targets?|objectifs?|objectives?)\s+(?:(?:would|will|should|could|can|must|is to|are to)\s+be|(?:ser(?:a|ait|ont)|devr(?:ait|a)|doit|pourr(?:ait|a))(?:\s+etre)?)\s+(?:achieved|reached|met|hit|atteints?)\b/;
/** A goal word right before its amount: "goal is", « objectif individuel de », "target:". */
const GOAL_AMOUNT_BEFORE_RE = /\b(?:goals?|targets?|objectifs?|objectives?|quotas?)(?:\s+[a-z]+)?\s*(?:is|was|of|de|d'|:)\s*$/;
/**
 * A goal word denied before its verb: « mon objectif n'est pas de », "the goal is not to", "our aim isn't to", and the goal
 * word taken up by « ce » (« Le vrai objectif, ce n'est pas de …, mais de … », real33).
 */
const NEGATED_AIM_RE = /\b(?:goals?|aims?|objectives?|objectifs?|but|ambition)(?:,?\s+ce)?\s+(?:(?:is|was)\s+not|isn't|wasn't|n'est pas|n'etait pas)\s+(?:to|de|d')\b/;
/**
 * The parts an amount is broken into: « … 8 Mds€ en 2030 dont au moins 3 Mds€ … », "… $10M, of which $4M …", to the clause's
 * end, or to its parenthesis's (« (423 unités dont 94 franchises actuellement) devrait se doter de … », real33) or dash's
 * (« 128 M$ – dont 33 M$ de financement – qui lui permettrait », stmt58, real39:57: read on the original, folding blanks
 * dashes); a round count
 * in words is an amount too (« une centaine d'unités supplémentaires dont une trentaine de franchises »); so are the parts
 * of an opening subject (« Majoritairement suisses, dont 15 vaudoises, … ») and ", including two in the UK" (real34); and a
 * part opening a parenthesis, « 105 Md€ (dont 33 Md€ pour …) », "$2M (including $500,000 online)" (shape44).
 * What comes before « dont » is tested after it, over the same characters (one branch with the comma, one without, so the
 * look-behind cannot take a comma the match left out): a scan no longer runs that 30-character look-behind at every
 * position (perf57: 25 times faster alone).
 */
export const BREAKDOWN_RE = /(?:,[\s(](?:dont|of which)(?<=(?:\d|aine|^[a-z]+)[^,;.!?]{0,30},[\s(](?:dont|of which))|[\s(](?:dont|of which)(?<=(?:\d|aine|^[a-z]+)[^,;.!?]{0,30}[\s(](?:dont|of which))|[,(]\s?including)\s(?=(?:\S+\s){0,3}?(?:[$€\x80£]?\d|[a-z]+aines?\b|(?:two|three|four|five)\b))[^;.!?)]*/g;
/**
 * A parenthesis after a capitalized name holding a figure and a year: « Ipsen (3,4 milliards d'euros de ventes en 2024) »;
 * or a count of things the sentence does not count again, « O'Sushi (25 boutiques, dont 19 en franchise), prévoit 5
 * ouvertures », "Colas (32 000 collaborateurs)": what the subject has, not the goal (shape45: real40, real41). Not an amount
 * (« objectif de CA (3 700 €) »), nor the level of what the goal counts (« Biocoop (750 magasins) vise 900 magasins »).
 */
const NAME_FIGURE_PAREN_RE = /\b[A-Z][\w-]*\s?\((?:[^()]*\d[^()]*\b(?:19|20)\d\d\b[^()]*|\d[\d\s.,]*\s(?!(?:millions?|milliards?|billions?|euros?|dollars?)\b)([a-z]{3,})[^()]*)\)/g;
/** Openings counted right after a number: « 15 ouvertures », "20 new openings". */
const OPENINGS_AFTER_RE = /^\s+(?:(?:new|nouvelles)\s+)?(?:ouvertures?|openings?|inaugurations?)\b/;
/**
 * A parenthesis right after an amount holding only amounts in currencies: "£34 million ($44.4 million – €37.6 million)"; the
 * amount's currency may be a word ("500 million Swiss francs ($544.8 million)", « 500 millions de francs suisses (465 M€) »,
 * stmt65; "Swiss Francs", "(US$365 million)", "(about $545 m)", « (soit 465 M€) », mend65s). The look-behind is tested at the parenthesis, not at every character (perf54's order). Each space
 * has one place to go — the unit's own `\s?` only with its unit, the separator's `\s*` only after a separator — or a parenthesis
 * of amounts not closed (« (10 € 15 € 20 € … selon les gammes) ») backtracks exponentially (lastread65: 14 amounts 10–15 s);
 * a figure's digits are never split between two amounts (`(?![\d.,])`) for the same reason.
 */
export const CURRENCY_RESTATED_PAREN_RE = /\s?\((?<=\d(?:\s?(?:million|billion|bn|m|k|milliards?|millions?))?(?:\s(?:de )?(?:[A-Z]\w* )?(?:[Ff]rancs?|[Dd]ollars?|euros?|pounds?)(?: [a-z]+)?)?\s?\()(?:\s*(?:(?:[-–,/]|and|et)\s*)?(?:(?:about|soit|environ) )?(?:(?:US)?[$€\x80£]\s?\d[\d.,]*(?![\d.,])(?:\s?(?:million|billion|bn|m|k|milliards?|millions?))?|\d[\d.,]*(?![\d.,])(?:\s?(?:M|k|Md|millions?|milliards?))?\s?[$€\x80£]))+\s*\)/g;

/** Shops by any of their names: « Biocoop (750 boutiques) vise 900 magasins » counts the same thing twice (mend45b). */
const SHOP_RE = /\b(?:points? de vente|magasin|boutique|shop)/g;
/**
 * Whether the goal after a parenthesis's count (`noun`, « magasins ») counts the same thing, in other words too (« sa
 * clientèle » after « 2 000 clients », "its store network" after "40 stores": the stem, singular, of five letters at most), or
 * names no noun of its own after its figures ("(15 employees) wants to reach 25 by 2027"): then the count is its baseline (mend45b).
 */
function countedAgain(noun: string, rest: string): boolean {
  const shop = (t: string) => t.replace(SHOP_RE, 'store');
  return new RegExp(`\\b${shop(noun).slice(0, 5)}`).test(shop(rest)) || !/\d\s?(?!mil|bil)[a-z]{3}/.test(rest);
}

/** The spans of parentheses that describe a name or restate an amount, never the goal (real32). */
function describingParentheses(original: string): Span[] {
  const spans: Span[] = [];
  for (const re of [NAME_FIGURE_PAREN_RE, CURRENCY_RESTATED_PAREN_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(original); m; m = re.exec(original)) {
      const open = m.index + m[0].indexOf('(');
      if (!m[1] || !(countedAgain(m[1], original.slice(re.lastIndex).toLowerCase()))) spans.push({ start: open, end: m.index + m[0].length });
    }
  }
  return spans;
}

/** A spend named by what it buys, right after a multiplier: "our ad spend", "the marketing budget", « notre budget publicitaire ». */
const SPEND_MEANS_RE = /^\s*(?:our|the|its|notre|nos|le|son|ses)\s+(?:(?:ad|ads|advertising|marketing|media|paid|campaign)\s+(?:spend(?:ing)?|budgets?)|budgets? (?:publicitaires?|marketing|media)|depenses (?:publicitaires|marketing|media))\s*$/;
/**
 * Funding after an amount: "$10M fundraising round", "$2M grant", "$5M in funding", « 2 M€ de financement » (left62). Only
 * the funding words themselves, and not when sales follow in the same phrase (mend62l): "$10M in fundraising software
 * sales", "$500k in first-round deals", "$2M of funded projects" are sold, revenue.
 */
const FUNDING_AFTER_RE = /^\s*(?:(?:in|of|de|d'|en)\s*)?(?:(?:new|seed|series [a-d]|first|nouvelle?|premiere?)\s+)?(?:fund(?:s|ing|raising)|(?:investment |funding )?rounds?|grants?|subventions?|financements?|levee de fonds|tour de table|donations?|dons)\b(?!(?:\s+[a-z'-]+){0,3}?\s+(?:sales|revenues?|deals|contracts|orders|ventes|affaires|commandes|contrats)\b)/;
/** Funding before an amount: "a funding round of", "a grant of", « une levée de fonds de », « une subvention de » (left62). */
const FUNDING_BEFORE_RE = /\b(?:fund(?:s|ing|raising)|round|grant|subvention|financement|levee de fonds|tour de table)s? (?:of|de|d') ?(?:about |environ )?$/;
/** A pipeline's value or amount named around it, a determiner between (left63): « la valeur de notre », "the value of our". */
const PIPELINE_VALUE_BEFORE_RE = /\b(?:valeur|montant|value|amount|worth)\s+(?:de\s+|d'|du\s+|of\s+)(?:(?:notre|nos|son|sa|ses|leur|leurs|votre|vos|ce|cette|la|le|l'|our|its|their|your|the|this)\s*)?(?:[a-z]+\s+)?$/;
const PIPELINE_VALUE_AFTER_RE = /^(?:'s\s+(?:value|worth|amount)|\s+en\s+valeur)\b/;
/** A profit or a margin named gross: "gross profit", "GP margin", « bénéfice brut ». */
const GROSS_PROFIT_RE = /\b(?:gross profit|gp\s+margins?|benefices? brut)/;
/** A percentage right after a measure's name: "of X percent", « de 20 % ». */
const PERCENT_AFTER_RE = /^\s+(?:of|de|d')\s*(?:\S+\s*)?(?:%|percent\b|pour\s?cent\b)/;
const COST_SHARE_AFTER_RE = /^\s*(?:of|du|de|des|d')\s*(?:[a-z]+\s+|l')?(?:sales|revenues?|turnover|ca|chiffre d'affaires|ventes)\b/;
/** "Sign 3M as a customer", « signer Danone comme client »: one named customer won is one won deal. */
const NAMED_WIN_RE = /\b(?:sign\w*|land|win|close|onboard|decroch\w*|gagn\w*|rempor\w*)\s+(?:[a-z0-9&'.]+\s+){1,3}(?:as|comme)\s+(?:[a-z]+\s+){0,3}?(?:customer|client|account|compte)e?\b/;
const OTHERS_SAVE_RE = /\b(?:(?:help|enabl|allow|let)\w*\s+(?:[a-z]+ ){0,3}?(?:customer|client|user|member|buyer|household|business)(?:s|es)?\s+(?:to\s+)?save|(?:aid|permet)\w*\s+(?:[a-z]+ ){0,2}?(?:client|utilisateur|menage|famille|entreprise)s?\s+(?:a |d')econom|faire econom|save (?:our |your )?(?:customers?|clients?))/;

/** Before an amount KPI: "5% growth in", "5 % de croissance du", "croissance de 5 % du". */
// The amount (or year) may be given first: "10% growth in $2M revenue", "5 % de croissance sur 2 M€ de CA".
/**
 * "Exceeds quota by 20%", « dépasser de 15 % l'objectif de vente », "beat your target by 10%": a goal passed by N % is an
 * attainment of 1 + N; a share of the way to one's goal, of « mon chiffre » (a rep's figure to make), or work beyond bare
 * goals (« au-delà des objectifs », "exceed your quota") is attainment too when nothing else names the KPI (real23).
 */
const EXCEED_GOAL_RE = /\b(?:exceed|surpass|beat|overachiev|depass)\w*\s+(?:de\s+)?(?:\d[\d.,]*\s?%\s+)?(?:[a-z]+(?:'s)?\s+|[a-z]+'){0,3}?(?:quota|goal|target|objecti(?:f|ve)|plan)s?\b(?:\s+(?:[a-z]+\s+){0,3}?(?:by|de)\s+\d[\d.,]*\s?%(?!\s*(?:de|d'|du|des)\b))?/;
const ATTAINED_RE = /%\s*(?:of the way to\b(?:\s+[a-z']+){0,4}?\s+(?:goal|quota|target)|d[eu]\s+(?:mon|son|ton|leur|votre|notre)\s+chiffre\b(?!\s*(?:d'|de\s|des\s)))|\b(?:au dela|beyond)\s+(?:de |des |du |d')?(?:[a-z]+\s+)?(?:objecti|goal|quota|target)/;
/**
 * A rep's field visits: "visit 15 clients a week", « visiter 1000 marchés », « rendre visite à 20 pharmacies », « effectuer 4
 * visites », "make 20 stops each day" are meetings held, unless the sentence is about a website; « atteindre 500 000 visites »
 * (a level reached, no visiting) is an audience's (real23).
 */
const VISITS_RE = /\b(?:visit(?:s|ing)?|visiter|rend\w* visite a)\s+(?:(?:au moins|at least|a minimum of|un minimum de)\s+)?\d|\b(?:mak|do|conduct|pay|fai|effectu|realis)\w*\s+(?:[a-z]+\s+){0,3}?\d[\d.,]*\s+(?:[a-z]+\s+)?(?:visites?|visits|stops)\b/;
const WEB_RE = /\b(?:web|site|online|en ligne|page|blog|landing|seo|traffic|trafic)/;
/**
 * A score on a rating scale — "a customer rating of 4.5/5", "4 out of 5-point rating", « passer de 3 à 5 étoiles Google »,
 * « une note de 4,5 sur 5 » — is customer satisfaction when no KPI is named (real24, real19): a rating word and a scale.
 */
const KEEP_CUSTOMERS_RE = /^(?:keep|kept|conserv|gard|retain)\w*\s+(?:[a-z']+\s+){0,2}?(?:customers?|clients?|clienteles?)\b/;
const RATING_AFTER_RE = /^\s*(?:\/\s*(?:5|10)\b|(?:out of|sur)\s+(?:5|10|five|ten|cinq|dix)\b|-?\s*(?:etoiles?|stars?)\b)/;
const RATING_RE = new RegExp(`\\d${RATING_AFTER_RE.source.slice(1)}`);
const RATING_WORD_RE = /\b(?:ratings?|rated|notes?|reviews?|avis|etoiles?|stars?)\b/;
/** "a 20% commission", "= $250 bonus", "a $25 gift card", « une prime palière de 1'000 euros »: a reward is no goal number (real23). */
const REWARD_AFTER_RE = /^\s*(?!in )(?:[a-z]+\s+)?(?:commissions?|bonus|primes?|gift cards?|vouchers?|spiff?s?)\b/;
// "one of the three biggest insurers", "one of the top 25", « l'un des 10 plus importants acteurs »: the count of a ranked
// group the goal is to join, no level of it (stmt55: real46, real51, real52).
// « lors de la présentation des résultats 2012 », « du plan stratégique 2015, qui … »: a past year closing a noun phrase names
// what the noun is (a report, a plan), no goal's number (stmt55, real52).
// Not the goal's figure: one led to ("to the magic 2000", « à la barre des ») or named a mark (« la barre symbolique 2000 », mend55s).
const NAMED_YEAR_BEFORE_RE = /(?<!\b(?:to|a) )\b(?:the|its|our|their|des|du|le|la|les|son|sa|ses|leurs?) (?![a-z ]*\b(?:barre|cap|seuil|mark|milestone|magic|symboli))(?:[a-z]+ )?[a-z]{4,} $/;
// And a count before a group's ordinal or superlative after « un des », « parmi les », "one of", "among": « un des 3 premiers
// assureurs », "one of Kenya's three largest lenders"; the sentence's other figure is the target (mend55s). (`#` stands for the count.)
const RANKED_GROUP_RE = /\b(?:one of the(?: top)?|l'une? des)\s*#|\b(?:une? des|parmi les|one of|among)(?: the| [a-z]+'s)? # (?:premi|plus (?:gr|imp)|(?:lar|big)gest|top|leading)/;
const REWARD_BEFORE_RE = /\b(?:commissions?|bonus|primes?|rewards?)\s+(?:[a-z]+\s+)?(?:of|de|d')\s*$/;
/**
 * A change noun, what it changes (a few words), then a floor: "increase in company revenues of at least", « progression du
 * chiffre d'affaires supérieure ou égale à » (num33: the percentage after it is the change, not a level). No "to"/« à » in
 * the gap: "an increase in revenue to at least 12% market share" moves to a level (mend40b).
 */
const BOUNDED_CHANGE_NOUN_RE = /\b(?:increase|growth|progression|croissance|hausse|augmentation)\s+(?:in|of|du|des|de la|de l')\s?(?:(?!\b(?:to|a) )[a-z' ]){2,40}?\s(?:(?:of|de|d')\s*)?(?:at least|a minimum of|no less than|d'au moins|au moins|superieure? (?:ou egale )?a)\s*$/;
/**
 * "Our revenue growth target is to double by 2026", « l'objectif de croissance du chiffre d'affaires est de doubler »: a growth
 * target that doubles or triples is the measure grown doubling, not a growth rate (kpi37, real22).
 */
/** A verb of adding before its count, a bound at most between (left53's M2). */
const ADDED_EACH_BEFORE_RE = /\b(?:add\w*|ajout\w*) (?:at least |au moins |environ )?$/;
/**
 * More of them, or a base, a rate or a level held now they are added to ("to our current 2,000", "from 2,000 today", « en
 * plus de nos 2 000 »): a change, not a per-period target (left53's M2, mend53e).
 */
const ADDED_TO_BASE_AFTER_RE = /^ (?:more|additional|extra|de plus|supplementaire)|^[^,;.!?]*\b(?:base|rate|taux)\b|\b(?:current|today|actuel)/;
/**
 * A subject, then an appositive describing it between commas, then the subject's verb: "Nigeria, the first African nation to
 * launch a digital currency, is targeting", « La société, fondée en 1990 à Lyon, vise », "Acme, which sells to 40
 * countries, aims" (left53's M3). Group 1 the subject (no figure: "In 2025, …" is no subject), group 2 the
 * appositive; the subject's verb (an aim, a modal, an auxiliary) follows it.
 */
const APPOSITIVE_RE = /^([^,;:.!?\d]{2,40}?), ((?:the|a|an|which|who|founded|le|la|les|l'|un|une|qui|dont|fonde\w*|cree\w*)\b[^,;:!?%$€\x80£]*?), (?=(?:(?:vis|veu|souhait|prevoi|ambitionn|doi|devr|se fix|plan|aim|want|target|expect|hope)\w*|is|are|was|has|will|should|must|a|ont|est|s'est)\b)/;
/**
 * kpi63: the goal's own growth after a figure reported in the past ("The firm posted $40 million in revenue in 2025 and
 * targets 12% growth in 2026", « Le cabinet a réalisé 12 M€ de chiffre d'affaires en 2025 et vise 10 % de croissance »): a
 * verb of aiming takes a percentage of growth, the earlier KPI is the report's (`REPORTED_BEFORE_RE` between them). The
 * goal's growth is its measure, as kind C of kpi61's blind misses asks (real52, real55).
 */
const AIMED_GROWTH_BEFORE_RE = /\b(?:targets?|targeting|aims? (?:for|at)|aiming (?:for|at)|wants?|expects?|plans? for|vise|visons|veut|voulons|veulent|table sur|prevoit|espere)\s+(?:(?:a|an|une?)\s+)?(?:(?:further|another|annual|yearly|organic|nouvelle)\s+)?(\d[\d.,]*\s?(?:%|percent|per cent|pour ?cent)\s+(?:(?:de|d')\s*)?)?(?:(?:annual|yearly|organic)\s+)?$/;
/** kpi64: or its percentage after it, "targets growth of 12%", « vise une croissance de 10 % » (the same goal as "targets 12% growth"). */
const GROWTH_OF_PERCENT_AFTER_RE = /^\s*(?:of|de)\s+\d[\d.,]*(?:\s?(?:to|-)\s?\d[\d.,]*)?\s?(?:%|percent|per cent|pour ?cent)/;
/**
 * mend63k: the aimed growth is another measure's when a measure follows it ("12% growth in customers", « 10 % de croissance
 * de sa marge »): a preposition then a word that is no year nor a time word.
 */
const GROWTH_OF_ANOTHER_AFTER_RE = /^\s*(?:in|of|de|du|des|d')\s*(?!\d|(?:the\s+|l'|la\s+|cette\s+)?(?:next|coming|current|this|fiscal|fy\d*|years?|q[1-4]|h[12]|annee|exercice|prochaine?|ici)\b)[a-z]/;
const REPORTED_BEFORE_RE = /\b(?:posted|hit|reached|achieved|recorded|reported|generated|rose|grew|increased|climbed|realise|atteint|affiche|enregistre|progresse|augmente|genere)\b/;
const GROWTH_TARGET_MULTIPLE_RE = /\b(?:growth|croissance)\s+(?:[a-z']+\s+){0,4}?(?:is|est)\s+(?:to|de)\s+(?:doubl|tripl)/;
const GROWTH_PERCENT_OF_RE = /(?:\d\s*%\s*(?:de |d'|of )?(?:growth|croissance)|\b(?:growth|croissance)\s+(?:de|d'|of)\s*\d[\d.,]*\s*%)\s*(?:in|of|on|du|de|des|d'|sur)\s*(?:l'|[a-z]+ ){0,2}(?:[$€\x80£]?\d\S*\s+(?:\S+\s+){0,2})?$/;

function inside(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}

function unitOfQuantity(q: Quantity, kpi: KpiDefinition | undefined): StatementUnit | null {
  switch (q.kind) {
    case 'percent':
    case 'points':
      return 'percent';
    case 'money':
      return 'currency';
    case 'days':
      return 'days';
    case 'number':
      return kpi?.unit === 'currency' ? 'currency' : kpi?.unit === 'days' ? 'days' : 'count';
    case 'multiplier':
      return 'percent';
  }
}

/** A money's currency named in words; Swiss francs before a dollar restating them ("500 million Swiss francs ($544.8 million)", mend65s). */
const CURRENCY_HINTS: ReadonlyArray<[RegExp, string]> = [
  [/[€\x80]|\beur(?:os?)?\b/, 'EUR'],
  [/£|\bgbp\b/, 'GBP'],
  [/\bchf\b|swiss franc/, 'CHF'],
  [/\busd\b|us\$/, 'USD'],
  [/\$|\bdollars?\b/, '$'],
];

/** A year the date parsers did not claim ("l'exercice fiscal 2027", "June of 2027"): never a goal number. */
function isYear(q: Quantity, folded: string): boolean {
  if (q.kind !== 'number' || !/^(?:19|20)\d\d$/.test(folded.slice(q.start, q.end))) return false;
  // "2026 sera une année de transition", "2027 will be the year we …": a year as the sentence's subject.
  if (/^\W*$/.test(folded.slice(0, q.start)) && /^\s+(?:sera|will be|is going to be|should be|doit etre|devra etre|est)\b/.test(textAfter(folded, q.end, 24))) return true;
  // (« dès 2022 » is a start, real36.) "a total of 1900 customers by 2027": "of" before a count is no year's (left43), after a
  // total or a base only ("Retain 85% of 2026 subscribers", "the number of 2026 signups" are years, mend43d); a base named by
  // what it counts needs no noun after ("a customer base of 1900 by 2027", left45), with "a" only: "the/our customer base of
  // 2026" is that year's base (mend45a).
  // « Augmenter la base clients de 2026 de 10 % »: a year after « de » with the change's « de N » right after it dates the
  // noun (left46; « passer de 2000 à 3000 clients » stays a count).
  if (/\bde $/.test(textBefore(folded, q.start, 4)) && /^ d(?:e |')\+?\d/.test(textAfter(folded, q.end, 6))) return true;
  // "was launched in 2019", « mise en service en 2019 »: a launch's year, no count (left53's M6).
  if (LAUNCH_DATED_BEFORE_RE.test(textBefore(folded, q.start, 40))) return true;
  // "to make 2027 a great year", « faire de 2027 une année record »: the year a goal is for, an adjective at least between
  // ("sell 2000 a year" is a rate); « à compter de 2012 », "starting (in) 2012": a start, as « dès » (stmt66b).
  // A kind of year right after the article is a rate's period, no adjective ("sell 2000 a fiscal year", lastread66).
  if (/^\s+(?:an?|une) (?!(?:fiscal|calendar|financial|full|whole|civile|fiscale|complete|pleine|entiere)\b)(?:[a-z]+ ){1,2}(?:year|annee)\b/.test(textAfter(folded, q.end, 40))) return true;
  const before = textBefore(folded, q.start, 26);
  // "after 2015", « après 2015 »: a preposition of time; « dépasser 2019. », "beat 2019.": a year surpassed, ending its clause,
  // stands for that year's figures (stmt58: real55:71, real55:64).
  // (Only a verb with no subject of its own, after a hope or a goal word or opening its clause: "Daily active users should
  // exceed 2000." is a count, mend58s.)
  if (/\b(?:apres|after)\s+$/.test(before) || (/(?:^|[.:;]\s*|\b(?:esper|hop|aim|want|veu|voul|vis|souhait|compt|entend|intend|seek)\w*\s+(?:to\s+)?)(?:depass|surpass|batt|beat|exceed)\w*\s+$/.test(before) && /^\s*(?:[,.;:!?]|$)/.test(textAfter(folded, q.end, 3)))) return true;
  return !(/\b(?:total|base) of\s+$/.test(before) && (countedAfter(q, folded) || /\ba (?:customer|client|subscriber|user|member)s? base of\s+$/.test(before))) && /\b(?:annee|year|exercice|fiscal|fiscale|fy|of|objectifs?|targets?|goals?|budget|plan|q[1-4]|t[1-4]|h[12]|s[12]|january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|des|compter de|starting(?: in)?)\s+$/.test(
    textBefore(folded, q.start, 15),
  );
}

/** "par rapport à 2019", "over the 2015 numbers", "vs 2024": a year compared with, never a goal number. */
function isComparedYear(q: Quantity, folded: string): boolean {
  if (q.kind !== 'number' || !/^(?:19|20)\d\d$/.test(folded.slice(q.start, q.end))) return false;
  return (
    /\b(?:par rapport (?:a|au|aux)|compared (?:to|with)|versus|vs\.?|than|over|since|depuis|contre|over the|than in|qu'en)\s+(?:the |l'annee |l'exercice |in |en )?$/.test(textBefore(folded, q.start, 25)) ||
    // "the 2023 enrollment baseline": one noun may stand between (real47).
    /^\s+(?:[a-z]+\s+)?(?:numbers|figures|levels|results|chiffres|niveaux?|resultats|baseline)\b/.test(textAfter(folded, q.end, 30))
  );
}

/** "par rapport à N-1", "vs Y-1", "A-1": the previous period in accountants' notation, never a goal number. */
function isPreviousPeriodNotation(q: Quantity, original: string): boolean {
  return q.kind === 'number' && q.value <= 3 && /(?:^|[^a-z0-9])[nay]\s?[-−–]\s?$/i.test(textBefore(original, q.start, 4));
}

/**
 * "90-day churn", "a 12-month contract": a number bound to a period by a hyphen qualifies a noun, never a goal number; but
 * "a 45-day target" (for DSO) names the target in days (num30). Hours too: "a 24-hour shift", "48-hour delivery" (stmt64, real61).
 */
function isPeriodAdjective(q: Quantity, original: string): boolean {
  // Folding turns the hyphen into a space, so the original text is read.
  const m = /^\d+\s*[-‐‑]\s*(?:days?(\s+(?:goal|target))?|weeks?|months?|quarters?|years?|(h(?:ours?|eures?))|jours?|semaines?|mois|ans?)(?![a-z])/i.exec(original.slice(q.start, q.end + 20));
  // mend64s: hours the goal names stay a level: before a time, an SLA or a target ("a 2-hour first response time", "a 24-hour
  // SLA"), or an end of a move ("from 48-hour to 24-hour delivery", « de 48-heures à 24-heures »).
  const hours = (): boolean => /^\s*(?:first )?(?:(?:response|resolution|handling) )?(?:time|sla|target)\b/i.test(original.slice(q.start + m![0].length, q.end + 40)) || (/\b(?:from|de)\s+$/i.test(textBefore(original, q.start, 6)) && /^[-‐‑ ]*\S+\s+(?:to|à)\s+\d/i.test(original.slice(q.end, q.end + 20))) || /\d\s*[-‐‑ ]\s*h(?:ours?|eures?)\s+(?:to|à)\s+$/i.test(textBefore(original, q.start, 20));
  return !!m && !(m[1] && isDaysLevel(original.toLowerCase(), q.start)) && !(m[2] && hours());
}

/** "(vs. 2026)" in a money or rate goal: a bare 2020–2039 is a year, never an amount of euros or a rate. */
function isYearForLevelKpi(q: Quantity, kpi: KpiDefinition | undefined, folded: string): boolean {
  return q.kind === 'number' && kpi !== undefined && (kpi.unit === 'currency' || kpi.unit === 'percent') && /^20[23]\d$/.test(folded.slice(q.start, q.end));
}

/** "10x 2018 Revenues", "2019 sales": a year right before a money or rate KPI names that year's figure, never a goal number. */
function isYearOfKpi(q: Quantity, mentions: readonly KpiMention[], catalog: readonly KpiDefinition[], folded: string): boolean {
  if (q.kind !== 'number' || !/^(?:19[89]\d|20[0-3]\d)$/.test(folded.slice(q.start, q.end))) return false;
  return mentions.some((m) => m.start > q.end && /^\s+$/.test(folded.slice(q.end, m.start)) && ['currency', 'percent'].includes(catalog.find((k) => k.id === m.id)?.unit ?? ''));
}

/** "the last 3 weeks", "les 30 derniers jours", "3 months ago": an observation window, never a goal number. */
function isElapsedPeriod(q: Quantity, folded: string): boolean {
  if (q.kind !== 'number' && q.kind !== 'days') return false;
  const before = textBefore(folded, q.start, 12);
  const after = textAfter(folded, q.end, 30);
  if (/\b(?:last|past|previous|derniers?|dernieres?)\s+$/.test(before)) return true;
  const past = /^\s+(?:ago|derniers?|dernieres?|passes?|precedents?|ecoulee?s?)\b/;
  // "30 days" may be a level (a sales cycle) unless it lies in the past ("30 days ago").
  if (q.kind === 'days') return past.test(after);
  const unit = /^\s+(?:(?:derniers?|dernieres?|passes?|precedents?|ecoulee?s?)\s+)?(?:days?|weeks?|months?|quarters?|years?|jours?|semaines?|mois|trimestres?|ans|annees?)\b/.exec(after);
  // "3 weeks" is a duration, not a level.
  return unit !== null;
}

/** Whether a cadence word only qualifies a KPI's name: "monthly churn", "taux de désabonnement mensuel", "monthly recurring revenue". */
const COUNTED_CADENCE = /\d\s+(?:daily|weekly|monthly|quarterly|yearly)\s+(?:sales|deals|orders|transactions|leads|meetings|demos|calls|signups|bookings|appointments|contracts)\b/;
const UNITS_SOLD_AFTER = /^\s+(?:sales\s+)?(?:of|de)\s+\d[\d\s.,]*(?:units?|unites?)\b/;
const GOAL_WORD_NEXT = /^\s+(?:[a-z]+\s+)?(?:goal|target|quota)s?\b/;

function namesMetric(r: RecurrenceMention, kpis: readonly Span[], folded: string): boolean {
  const adjacent = (a: number, b: number): boolean => a <= b && /^\s*$/.test(folded.slice(a, b));
  // "200 customers paying $25 each month": the cadence of a price paid, not of the goal.
  if (/\b(?:paying|payant)\s+\S+\s*$/.test(textBefore(folded, r.start, 24))) return true;
  // English adjectives precede their noun ("monthly churn"); after it, "daily"/"weekly" are adverbs
  // of the goal ("make 80 cold calls daily"). French adjectives follow it ("churn mensuel").
  const english = /^(?:daily|weekly|monthly|quarterly|yearly|annual|annually)$/.test(folded.slice(r.start, r.end));
  // "100 monthly sales", "20 weekly demos": a count of things won or done in each period is a cadenced goal.
  if (english && COUNTED_CADENCE.test(folded.slice(Math.max(0, r.start - 4), r.end + 16))) return false;
  // "a big annual goal to …", "that $50,000 monthly revenue goal": the cadence of a goal word, its measure between them.
  if (english && GOAL_WORD_NEXT.test(textAfter(folded, r.end, 30))) return false;
  // "ventes annuelles de 100 unités", "annual sales of 500 units": units sold in each period are a cadenced goal.
  if (UNITS_SOLD_AFTER.test(textAfter(folded, r.end, 30))) return false;
  // "annual growth in the value of exports", « une croissance annuelle »: a growth's cadence names the rate, also when the
  // growth is of something the catalog does not track (no KPI mention left on it).
  if (r.adjective && (english ? /^\s+growth\b/.test(textAfter(folded, r.end, 8)) : /\bcroissance\s+$/.test(textBefore(folded, r.start, 12)))) return true;
  // « un taux de rotation mensuel »: a French cadence adjective after a rate's noun names the rate, as « churn mensuel » (real36).
  if (r.adjective && /\btaux de [a-z]+\s+$/.test(textBefore(folded, r.start, 30))) return true;
  // ("annually export chili worth $100M": the adverb qualifies the verb, no adjective of the measure; stmt60, real57.)
  // ("annually recurring revenue" is ARR's name: the adverb of its adjective names the measure, C2; mend60s.)
  return kpis.some((k) => overlaps(k, r) || (r.adjective && (!/ally$|lement$/.test(folded.slice(r.start, r.end)) || /^\s+recurr/.test(folded.slice(r.end, r.end + 9))) && (adjacent(r.end, k.start) || (!english && adjacent(k.end, r.start)))));
}

/**
 * A past verb right before a level: "we reached", « le CA a atteint », "revenue was". "Hit" is past only after its subject or
 * an auxiliary ("we hit", "sales hit", "has hit"), never opening a clause or a quote, after "to", "let's" or a modal, an
 * adverb between them too: "Hit 40 deals", "We must hit 500 users", "Let's hit $2M", "need to definitely hit" are the goal
 * (fix-prev53's S1).
 */
const PAST_LEVEL_VERB_BEFORE_RE = /\b(?:reached|achieved|(?<!(?:^|[,;:"(]|\b(?:to|must|should|will|can|could|would|let'?s))\s*(?:[a-z]+ly\s+)?)hit|was|were|(?:a|avons|ont) atteint|etai(?:en)?t)\b[^.;!?,]{0,50}$/;
const GOAL_WORD_AFTER_RE = /^[^.;!?]*?\b(?:goals?|targets?|objectifs?|objectives?|aim\w*|vis(?:e|ons|ent|er)|cibl\w*)\b/;

/** A level dated in today's year that is already there: a past verb states it, or a goal word follows it, none before (mend53c). */
function currentYearLevel(folded: string, level: Quantity, first: DateMention, asOf: DateMention['date']): boolean {
  if (first.date.slice(0, 4) !== asOf.slice(0, 4)) return false;
  if (PAST_LEVEL_VERB_BEFORE_RE.test(textBefore(folded, level.start, 50))) return true;
  // "…, then aim for $3M in 2027", « …, puis viser 15 000 en 2028 »: a later step of the same course, the first a goal too (N1c).
  return GOAL_WORD_AFTER_RE.test(folded.slice(first.end)) && !GOAL_WORD_AFTER_RE.test(` ${folded.slice(0, level.start)}`) && !/^,? (?:and )?(?:then|puis|ensuite)\b/.test(folded.slice(first.end));
}

/**
 * A level at the end of a period already over, when a date ahead is named: « a progressé de 1,20 % fin 2003 à 1,35 % … avec un
 * objectif à 1,50 % dans trois ans », « À fin 2022, ce secteur a réalisé … » — an observation, as an uncued past year is.
 */
const PERIOD_END_LEVEL_RE = /\b(?:fin|end of) (?:19|20)\d\d$/;
/**
 * Goals listed each with its own deadline: "un objectif de 10 M€ en 2024 et de plus de 25 M€ à l'horizon 2026", "8 % en
 * première année et 22 % d'ici à cinq ans". Two goals on different measures ("£0.5m of new revenue by March 2023 and to
 * reduce costs by 5% by March 2024": another kind of figure, or another KPI named in the second item): from the joint after
 * the first deadline to the second deadline, the first goal keeps its own numbers and deadline (mend53c's F). Levels of ONE
 * measure, each with its own date ("$5M in 2026 and $8M by 2028", « 1 M€ en 2021, 17 millions en 2025 et 44 millions en
 * 2028 »): the list's LAST level is the goal, its date the deadline; an earlier level and its date are a milestone, set
 * aside (ruling N1, 2026-12-06). A deadline written once after both goals stays shared.
 */
/**
 * What sets one item of a list apart (mend54c, R3): a place ("in Paris", « à Lyon ») or a product ("of product A", « du
 * produit B »), after any place preposition ("across France", "throughout Europe", « dans le Sud », "in the North");
 * a capitalised word before a figure is a date's ("in Q1 2027", "in June 2027"), none; an acronym is a measure's ("$5M in
 * ARR", « 2 M€ en CA »: prev54's S4), so "in EMEA" is no place here. Only an item's OWN place sets it
 * apart: a later item with none keeps the first's ("…% of its toys sold in the U.S. by 2026, and less than 10% by 2027").
 */
const ITEM_QUALIFIER_RE = /\s(?:in|at|en|au|à|across|throughout|dans)(?: the| l[ae]s?)? \p{Lu}\p{Ll}*(?![\p{L}\d]| \d)|produ\w+ \S+/gu;

/**
 * The things a figure counts, a plural right after it ("30 deals", « 15 salariés », "60 podcasts"); '' for a bare figure
 * ("and 800 in 2028", "80 or more"): a plural names things counted, a singular after a figure is rarely one. (A plural
 * preposition, "20 across Germany", « 20 dans le Nord », « 30 de plus », sets the item apart as its place or addition does.)
 */
// A plural before another plural is its modifier ("60 sales managers", "80 sales reps" count managers and reps, not the
// sales "40 sales" counted; d57) — in English, and only before a noun of people or roles (mend57d: "60 cars overseas", "40
// customers thanks to …", « 60 ventes directes » count cars, customers and ventes; French modifiers follow their noun).
function countedNoun(folded: string, q: Quantity): string {
  return /^ (?:of |de |d')?((?:[a-z]+s (?=(?:manager|rep|agent|executive|associate|advis[eo]r|engineer|director|officer)s\b))?[a-z]+[sx])\b/.exec(folded.slice(q.end, q.end + 30))?.[1] ?? '';
}

/**
 * A measure that is a level held at a moment, not a flow over a period (ruling N1d): its levels by quarter are one course.
 * (Not cash FLOW, « flux de trésorerie », « en solde » (on sale), « carnet d'adresses »; "active" / « actifs » only of a
 * plural, "active customers", « clients actifs »: "the most active rep", "an active campaign" are busy, not held; mend56l.)
 */
const HELD_NOUN = String.raw`\b(?:cash(?! ?flow)|(?<!flux de )tresor\w*|(?<!en )solde|dep(?:osit|ot)s|encours|assets|inventor\w*|stocks?|backlog|order book|carnet de c|pipe\w*|active [a-z]+s|[a-z]+s actifs)\b`;
/**
 * Read on "<the sentence before the first figure>#<the words after it>": the held noun must be the list's own object, right
 * before the first figure (a short preposition between: « porter la trésorerie à », "inventory of") or right after it ("$2M
 * in cash", « 2 M€ de trésorerie »), in the same sentence, under no verb of flow (the lead's decision 5, mend56l): "sell …
 * from stock", "generate $2M of pipeline", "acquire 500 active customers", « Nos dépôts doivent livrer », a held noun in an
 * earlier sentence ("Our cash position is tight. Sign 20 deals …") count a flow, F.
 */
const HELD_LEVEL_RE = new RegExp(String.raw`^(?![^#]*\b(?:sell|gener|clos|acqui|collect|spen|post|rais|ecoul|vend|sign|leve))(?:[^#]*${HELD_NOUN}(?: [a-z]{1,2})? ?#|[^#]*# (?:(?:in|of|en|de) |d')?${HELD_NOUN})`);

function findOwnDeadlineGoals(folded: string, original: string, quantities: readonly Quantity[], dates: readonly DateMention[], asOf: DateMention['date'], kpis: readonly KpiMention[]): { goals: Span[]; milestones: Span[]; lists: Array<[Quantity, Quantity]> } {
  const out: Span[] = [];
  const milestones: Span[] = [];
  const lists: Array<[Quantity, Quantity]> = [];
  const deadlines = dates.filter((d) => d.role === 'deadline');
  if (deadlines.length < 2) return { goals: out, milestones, lists };
  const levels = quantities.filter((q) => !dates.some((d) => overlaps(d, q)));
  for (const first of deadlines) {
    const level = levels.filter((q) => q.end <= first.start).pop();
    // "We opened 12 stores in 2025 and aim for 20 in 2027": a level the subject has is no first goal.
    // (Nor one a past verb of outcome reports: "posted sales of $2 billion in 2015 and targets $2.5 billion in 2016".)
    // Nor one stated in the past right before its date: "Sales were 40 in March and we want 60 by June" (mend45a).
    // Nor one dated before today: "produced $155 billion in 2020 and is expected to generate $260 billion by 2025" (tgt53),
    // in the perfect too: « a pesé 80 milliards en 2024 et devrait atteindre 95 milliards » (mend53c; real33's « a inauguré
    // 21 points de vente en 2012 et projette 15 ouvertures cette année » is labelled baseline 21, target 15).
    // Nor one dated in today's year that a past verb states ("We reached $1M in 2026 and expect $1.5M in 2027") or that a
    // later goal word with its later deadline follows ("Revenue of $1M in 2026 and a goal of $2M by 2027"): the current level.
    if (!level || first.date < asOf || currentYearLevel(folded, level, first, asOf) || (HAVE_BEFORE_RE.test(textBefore(folded, level.start, 40)) && !GOAL_WAS_BEFORE_RE.test(textBefore(folded, level.start, 40))) || PAST_OUTCOME_BEFORE_RE.test(textBefore(folded, level.start, 60)) || PAST_MONTH_LEVEL_RE.test(textBefore(folded, first.start, 40))) continue;
    // A comma alone joins a list's items too (« 1 M€ en 2021, 17 millions en 2025 et 44 millions en 2028 »).
    const joint = /^\s*(?:,?\s*(?:and|et|puis|ensuite|then)|,)\s+(?:(?:de|a|to|of)\s+|d')?/.exec(folded.slice(first.end));
    if (!joint) continue;
    const from = first.end + joint[0].length;
    const second = levels.find((q) => q.start >= from && q.start - from <= 25);
    if (!second) continue;
    const own = deadlines.find((d) => d.start >= second.end && !/[.;!?]\s/.test(folded.slice(second.end, d.start)));
    if (!own) continue;
    const comma = !/\b(?:and|et|puis|ensuite|then)\b/.test(joint[0]);
    // One measure: a figure of the same kind (a bare one right before its own date takes the list's unit: « 1 M€ en 2021, 17
    // millions en 2025 »), a later date, no KPI the first item did not name, no gerund of its own ("…, improving ADR by 5% by
    // year-end"), no condition ("…, and if we can, reach 40 by March": a stretch) nor a restated change or a compared level ("an increase of £6 million", "up from 423 million in 2016").
    const gap = folded.slice(first.end, second.start);
    const ownWords = folded.slice(own.start - 8, own.end);
    const sameMeasure =
      // A bare figure joins the list only right after the joint (a bound at most), right before its date, and of the list's
      // size ("$2M in 2027 and 300 in 2028", « et un effectif de 40 en 2028 »: another measure; mend54c, R1).
      (second.kind === level.kind || (second.kind === 'number' && /^(?:[a-z]+ (?:de|than) )?$/.test(folded.slice(from, second.start)) && /^\s+\S+\s+(?:19|20)\d\d\b/.test(folded.slice(second.end, own.end + 1)) && (second.scale > 1 || second.value * level.scale < 20 * level.value))) &&
      // Two periods within one year, the first named without "by" (Q1 and Q2, H1 and H2, two months: disjoint, each its own count), an addition ("30 more",
      // « 30 autres », "another 15", "a further 15%") or a list of changes ("800 new customers") are two goals (R2, R6); so are
      // items each with its own place or product (R3).
      // Periods named relatively ("this year and 60 next year", « cette année, 3 M€ l'an prochain ») are successive levels,
      // one course (N1b) — for years, and for a rate's levels ("to 5% this quarter and to 4% next quarter"); relative months
      // and quarters are otherwise disjoint sub-year periods, each its own count (mend55a). Two quarters, halves or months
      // named without "by" are disjoint whatever their years: Q4 2027 and Q1 2028 (prevmend55).
      // An amount or a count HELD at a moment (cash, « trésorerie », deposits, inventory, a backlog, a pipeline, active
      // customers) keeps the last level at any periods, as a rate's (N1d); a flow (sales, deals, sign-ups) stays F.
      (HELD_LEVEL_RE.test(`${textBefore(folded, level.start, 60).split(/[.;!?:]\s/).pop()}#${folded.slice(level.end, level.end + 40)}`) || (/\b(?:next|prochaine?)\b/.test(ownWords) ? /\bnext year|\ban(?:nee)? prochaine?\b/.test(ownWords) || level.kind === 'percent' : (first.cued || first.date < own.date.slice(0, 4)) && !(namedPeriodStart(first, folded) && namedPeriodStart(own, folded)))) &&
      // A list of changes in periods named without "by" ("Add 500 customers in 2027 and 800 in 2028", "Grow revenue 10% in
      // 2027 and 15% in 2028", « augmenter le CA de 10 % en 2027 et de 15 % en 2028 », "by 10% this year and 15% next
      // year"): each period's own change (prevmend55).
      // (Not « de 10 % à horizon 2018 et de 25 % en 2021 »: « à horizon » is "by", one growth's course, real27:64.)
      (first.cued || /horizon/.test(folded.slice(first.start - 12, first.end)) || !/(?:\b(?:add|grow|increas|augment|hauss)\w*(?:(?!\b(?:to|a|at)\b)[^\d,;.])*|\+\s*)$/.test(textBefore(folded, level.start, 50))) &&
      // A later item that counts another noun is another measure ("30 deals … 5 reps", « 200 clients … 15 salariés »).
      ['', countedNoun(folded, level)].includes(countedNoun(folded, second)) &&
      // "…, then 80 in the next 12 months", « les 12 prochains mois », "in the next year" (within a year), "over the following
      // year", « au cours des douze mois suivants »: a count in a period after the level, a flow (R6); "next year" alone names
      // a period (N1b).
      !/\b(?:within|(?:in|over) the next|next (?:\d|\w+ \w+s\b)|prochaine?s)/.test(ownWords) &&
      !/\b(?:following|suivan|subsequent)/.test(folded.slice(own.start - 8, own.end + 10)) &&
      // "new" in either item, or a sum ("for 50 in total", « soit 5 000 au total »): additions (mend55a).
      !/\b(?:(?:an)?others?|further|additional|extra|encore|autres?|(?<!or )more(?! than)|suppl\w*|de plus(?! de)|new|nouv\w*)\b/.test(folded.slice(level.end, second.end + 16)) &&
      !/\b(?:in total|au total|combined|cumul)/.test(folded.slice(own.end, own.end + 40)) &&
      // A place anywhere in the later item, after its date too ("5 next year in Germany"; mend55a). (A later item with no
      // place of its own, '', keeps the first's; no 'null' string, which the bundle's null pool cannot take: size.test.ts.)
      ['', `${original.slice(level.end, first.start).match(ITEM_QUALIFIER_RE) ?? ''}`].includes(`${original.slice(second.end, own.end + 40).split(/[,.;!?]/)[0].match(ITEM_QUALIFIER_RE) ?? ''}`) &&
      own.date > first.date &&
      (level.kind === 'number' || !levels.some((q) => q.end <= level.start && q.kind !== level.kind && q.kind !== 'number')) &&
      !/\b(?:up|down|from|increase|rise|growth|contre|soit|hausse|baisse|vs|compar\w+|par rapport|\w+ing|if|si)\b/.test(gap) &&
      (!comma || /^, (?:(?:nearly|over|about|plus de|pres de|environ) )?$/.test(gap)) &&
      // (The first item's counted noun restated right after the later figure — the check above lets no other plural through —
      // is the same measure, whatever KPI its word reads alone: "200 customers by 2027 and 300 customers by 2028" — when the KPI
      // ENDS with that noun: "50 sales by 2027 and 80 sales reps by 2028" counts reps, another measure; mend56l.)
      !kpis.some((k) => k.start >= first.end && k.end <= own.end && !kpis.some((j) => j.end <= first.start && j.id === k.id) && !(k.start - second.end < 6 && k.end - k.start === countedNoun(folded, second).length));
    // The milestone's date is set aside, and the list's first slot is read with the last level's figure (`lists`): the words
    // before the first level tell whether it is a level reached or a change (« grimper à 50 % en 2016 et 70 % avant 2018 »),
    // and a KPI the first item names, or its money naming sales, still names the list's measure.
    if (sameMeasure) {
      milestones.push({ start: first.start, end: first.end });
      lists.push([level, second]);
    }
    else if (!comma) out.push({ start: first.end, end: own.end });
  }
  return { goals: out, milestones, lists };
}

/** A number followed, in the same clause, by a period already over ("une quinzaine d'ouvertures en 2015"): an observation, unless compared with. */
function observedInPast(q: Quantity, pastDates: readonly Span[], folded: string): boolean {
  // "by 15% over Q1 2026", "+8 % against 2025": the period compared with is the reference of a change, not an observation.
  return pastDates.some((d) => d.start >= q.end && d.start - q.end <= 40 && /^[^,.;:!?()\d]*$/.test(folded.slice(q.end, d.start)) && !/\b(?:over|against|versus|vs|compared|par rapport|contre|sur)\b/.test(folded.slice(q.end, d.end)));
}

/** "while keeping …", "tout en maintenant …", "sans dépasser …", "without increasing …": up to the clause's end. */
const CONSTRAINT_RE = /\b(?:while|whilst|tout en|sans|without)\s+(?=[a-z])/g;

function findConstraints(folded: string): Span[] {
  const out: Span[] = [];
  CONSTRAINT_RE.lastIndex = 0;
  // Every match holds one of these words: a statement without any is not scanned.
  const cued = ['while', 'tout en', 'sans', 'without'].some((w) => folded.includes(w));
  for (let m = cued ? CONSTRAINT_RE.exec(folded) : null; m; m = CONSTRAINT_RE.exec(folded)) {
    const rest = folded.slice(m.index);
    const stop = /[,;]|[.!?](?:\s|$)/.exec(rest.slice(m[0].length));
    out.push({ start: m.index, end: stop ? m.index + m[0].length + stop.index : folded.length });
  }
  return out;
}

/** "at < $150 CAC", "at a CAC under $150", "à un CAC inférieur à 150 €", « et une marge supérieure à 5 % »: a bound put on another KPI. */
const AT_BOUND_RE = /\b(?:at|a|avec|et)\s+(?:(?:a|an|un|une)\s+)?(?:[a-z']+\s+){0,2}?(?:<=?|>=?|[≤\x94]|[≥\x95]|under|below|above|over|less than|no more than|inferieure? a|superieure? a|sous|moins de)\s*[$€\x80£]?\d/g;

/** Such a clause is a side constraint when it names a KPI ("at under 2%" alone stays the goal's level). */
function findBoundClauses(folded: string, kpis: readonly KpiMention[]): Span[] {
  const out: Span[] = [];
  AT_BOUND_RE.lastIndex = 0;
  // Every match ends with a digit: a statement without one is not scanned.
  for (let m = /\d/.test(folded) ? AT_BOUND_RE.exec(folded) : null; m; m = AT_BOUND_RE.exec(folded)) {
    const start = m.index;
    const stop = /[,;]|[.!?](?:\s|$)|\s(?:by|before|within|d'ici|avant|dans|en)\s/.exec(folded.slice(m.index + m[0].length));
    const end = stop ? m.index + m[0].length + stop.index : folded.length;
    // « vise un chiffre d'affaires de 230 M€ et une marge d'Ebitda supérieure à 5 % »: after a first figure, a bound « et » joins
    // to another KPI is a second goal, the first one's level the goal's (stmt51; English "and … above 5%" read so already).
    // « Nous visons une année record avec un taux d'attrition inférieur à 5 % »: a bound « avec » puts on the only KPI named
    // bounds no other goal's; it is read as English "with churn below 5%" is (no bound cue there: stmt64's with-clause goal,
    // kpi65).
    if (kpis.some((k) => k.start >= start && k.end <= end) && (m[0][0] !== 'e' || /\d/.test(folded.slice(0, start))) && (m[0][1] !== 'v' || kpis.some((k) => k.end <= start || k.start >= end))) out.push({ start, end });
  }
  return out;
}

/** A means opened between a number and a cadence ("3 new companies through LinkedIn outreach per week"). */
// The French cues end as levers.ts's do: « grâce aux », « au moyen de/du/des/d' », « par le biais de » (a closing \b after a
// bare "d" or "a" never matched them).
const MEANS_BETWEEN_RE = /\b(?:through|via|with|using|thanks to|grace a(?:ux|u)?|avec|au moyen d(?:e|u|es)?|par le biais d(?:e|u|es)?)\b/;

/**
 * "Sign 3 new companies through LinkedIn outreach per week", « Signer 3 nouveaux clients grâce à la prospection LinkedIn
 * par semaine »: a rate ("per week") closing a means that counts nothing is the cadence of the number before the means
 * (within a short phrase), not the lever's; "by booking 2 demos per week" keeps its own.
 */
function cadenceOfNumberBefore(r: RecurrenceMention, quantities: readonly Quantity[], folded: string): boolean {
  let last: Quantity | undefined;
  for (const q of quantities) if (q.end <= r.start) last = q;
  const between = last ? folded.slice(last.end, r.start) : '';
  return last !== undefined && /^(?:per|par)\s|^\//.test(folded.slice(r.start, r.end)) && between.length <= 80 && MEANS_BETWEEN_RE.test(between) && !/[,;.:]/.test(between);
}

/**
 * A cadence adjective that qualifies a level rather than the goal: "en dessous de 2 % mensuel" (a
 * monthly rate), "a monthly run-rate of $500k" (an English adjective before a noun). Cadence nouns
 * ("monthly target", "weekly growth") and adverbs ("10% monthly", "monthly through upsells") keep it.
 */
function qualifiesLevel(r: RecurrenceMention, target: Quantity | null, folded: string): boolean {
  if (!r.adjective) return false;
  // "2 % mensuel" qualifies a rate; "$50,000 Monthly Volume Goal" is an amount per month (the cadence).
  // ("grow … 25 percent annually": after a growth verb the English adverb is the goal's cadence, as real43's "grow at 15
  // percent annually" is; "Reduce churn to 2% annually" keeps a yearly rate, mend46c.)
  const word = folded.slice(r.start, r.end);
  if (target && (target.kind === 'percent' || target.kind === 'points') && r.start >= target.end && /^\s*$/.test(folded.slice(target.end, r.start)) && !(word === 'annually' && /grow|increas/.test(textBefore(folded, target.start, 40)))) return true;
  if (!/^(?:daily|weekly|monthly|quarterly|yearly|annual)$/.test(word)) return false;
  const next = /^\s+([a-z']+)/.exec(folded.slice(r.end));
  if (COUNTED_CADENCE.test(folded.slice(Math.max(0, r.start - 4), r.end + 16)) || GOAL_WORD_NEXT.test(textAfter(folded, r.end, 30)) || UNITS_SOLD_AFTER.test(textAfter(folded, r.end, 30))) return false;
  return next !== null && !/^(?:target|targets|goal|goals|objective|quota|quotas|volume|volumes|increase|growth|gain|basis|through|by|with|using|via|and|or|until|from|in|for|to|starting|thanks|over|on|per|each|every|across|at|during|throughout|since|after|before)$/.test(next[1]);
}

/**
 * C2 (the lead's ruling of 2026-12-06): a yearly rate after the goal's own figure is its cadence ("ouvrir 100 magasins par
 * an"), but not a period written on a figure the goal starts from or is compared with — the baseline, a current or
 * compared level ("passant de 60 000 litres par an, à 120 000", "the present one million per year", "up from 60,000 litres
 * a year", « contre 1,5 % par an depuis une décennie »), a lever's own count (« … d'ici cinq ans avec l'ouverture de 12
 * magasins par an », "with the opening of 20 stores a year") — nor one inside a premise ("Assuming the firm serves 200
 * families per year", « Si une PME soumettait 20 offres par an »). A later period on the target still stands ("from 1,900
 * hours per year to 2,000 per year").
 */
// mend57l: "the current / present" figure only after a comparison cue ("four times the present one million per year"; "Grow
// current revenue 10% a year", "keep churn at the current 2% a month" are the goal's own); « contre » right before its figure
// (« les ventes contre devis de 20 % par an » is a kind of sale); a means noun after any article, in -ing or « -age » too (« avec
// l'embauche de 5 commerciaux par an », "with the hiring of"), never an aim noun ("with the ambition of 10,000 new customers a year").
const OTHER_FIGURE_BEFORE_RE = /(?:\b(?:(?:up|down) from|au lieu de)[^,.;:!?(]{0,12}|\bcontre (?:environ )?|\b(?:from|than|over|versus|vs|times|compared (?:with|to)|instead of) (?:the |our |its )?(?:current|present) (?:[a-z]+ )?|\b(?:with|avec) (?:the |an? |l'|la |le |les )?(?!(?:ambit|expectat|intent|aspirat)ion|objecti|volonte|engagement|commitment|aim|goal|target|cible|but\b)[a-z]+ (?:of|de|d') ?(?:plus de )?)$/;
// (A condition that states an aim is the goal's own: "if you wanted to sell 20 cars a month", « si vous voulez gagner 1500 euros
// par mois », "If the goal is 30 deals a month, …", "If possible reach …"; a premise ends at its comma, mend57l.)
const PREMISE_BEFORE_RE = /(?:\bassuming|(?:^|[.:] ?)(?:if|si))\b(?![^,]*\b(?:want|veu|voul|prevo|goal|target|objecti|aim|possible))[^.;:!?,]*$/;
function periodOfAnotherFigure(r: RecurrenceMention, recurrences: readonly RecurrenceMention[], quantities: readonly Quantity[], numbers: { baseline: Quantity | null; target: Quantity | null }, folded: string): boolean {
  let last: Quantity | undefined;
  for (const q of quantities) if (q.end <= r.start) last = q;
  const { baseline, target } = numbers;
  if (last && /^\s*(?:[a-z'-]+\s+){0,3}$/.test(folded.slice(last.end, r.start))) {
    // The baseline's period, the target after "to" / « à » (not « de deux … par an et de trois », one list) and no period
    // after it ("from 1,900 per year to 2,000 per year" reads the same either way; "from 10 per month … to a single placement
    // a year" is a range of two measures, its first period kept).
    const fromLevel = last.start === baseline?.start && target && /\b(?:to|a)\s/.test(folded.slice(r.end, target.start)) && !recurrences.some((o) => o.start > r.end);
    if (fromLevel || OTHER_FIGURE_BEFORE_RE.test(textBefore(folded, last.start, 50))) return true;
  }
  return PREMISE_BEFORE_RE.test(textBefore(folded, r.start, 120)) && /^[^.;:!?]*,/.test(folded.slice(r.end));
}

/** "… to reduce 90-day churn", "pour passer…", "afin de…": a purpose connector right before a direction verb. */
// (Not "the cost to acquire a customer", « le délai pour signer »: a noun's complement, no purpose; mend60l, the lead's (4).)
const PURPOSE_BEFORE_RE = /(?<!\b(the|our|le|du|notre) (cost|time|ability|cout|delai))(?:^|[\s,])(?:in order to|so as to|so that we|to|afin de|afin d'|pour|de facon a|de maniere a|dans le but de|dans l'objectif de|with the aim of)\s+$/;
/** Connectors that only ever open a purpose (not "to", "pour", which also open objects and levels). */
const STRONG_PURPOSE_RE = /(?:in order to|so as to|afin de|afin d'|de facon a|de maniere a|dans le but de|dans l'objectif de|with the aim of)\s+$/;

/**
 * Purpose clauses state why, not what: "Improve onboarding scores by 30% by Q4 to reduce 90-day churn"
 * (the goal is the scores), "Pour augmenter le CA de 15 %, signer 25 nouveaux clients" (the goal is the
 * signing). A trailing one runs to the end of the sentence once the goal has named something; a leading
 * one runs to its first comma. Side remarks after a spaced dash ("… by 25% — operational goal that …")
 * are set aside the same way.
 */
// "après avoir progressé de 20 % en 2026", "after having hired 5 reps", "after growing 20% in 2026" (a gerund over a
// number: "after onboarding to 80%" names a moment), "having grown 20%" (not "by having": a means);
// a leading one runs to its comma.
const COMPARED_CHANGE_RE = /\b(?:versus|vs\.?|contre)\s+(?:an?|une?)\s+[\d.,]+\s?%\s+(?:decline|drop|decrease|gain|increase|rise|growth|hausse|baisse|recul|progression|croissance)\b[^;]*/;
/**
 * A past verb of outcome (or « nous affichons », the results shown, « annonce un chiffre d'affaires … », the results
 * announced; not « annonce un objectif / une cible / des prévisions », an aim announced, mend38b) up to "and"/"et"/« mais »
 * and an aim verb (see its use); one of PAST_FACT_WORDS is in every match. Business won ("had won new business this week
 * and he expected …", « a remporté de nouveaux contrats et vise … », real40) is such an outcome; "won't" is no past, and
 * "won" after a noun ("deals won to 50 … and we expect $2M") is what the goal counts, not a past event (mend43a).
 */
const PAST_FACT_RE = /\b(?:experienced|posted|reported|saw|(?<=\b(?:we|he|she|they|it|had|have|has) )won(?!'|\s?t\b)|a (?:connu|enregistre|realise|affiche|vu|remporte|gagne)|affich(?:ons|ent)|annonce(?! \S* ?(?:objectif|cible|prevision)))\b(?:[^.;!?]|[.,]\d)*?(?=,?\s(?:and|et|mais)\s+(?:\S+\s+){0,2}?(?:plan|aim|want|expect|hope|intend|target|vis|veu|voul|prev|compt|cibl|ambition|souhait))/;
const PAST_FACT_WORDS = ['experienced', 'posted', 'reported', 'saw', 'won', 'remporte', 'gagne', 'connu', 'enregistre', 'realise', 'affich', 'vu', 'annonce'];
// (English also puts the figure before the noun: "cross the Rs 15,000 crore-mark", "pass the $1 billion mark", stmt51.)
const CROSSED_RE = /\b(?:passer|franchir|depasser|atteindre|pass|cross|break|reach|hit)\s+(?:(?:le cap|la barre|le seuil|the (?:milestone|threshold|mark|bar))\s+(?:des|de|du|d'|of)\s*|the\s+(?=[^\s,;.!?](?:[^,;!?]|,\d){0,30}?\s(?:mark|milestone|threshold)\b))/;
/**
 * What the goal is compared with, from its word to the clause's end (a relative clause on it included): « contre 5.000 … entre 2015 et 2024 », "versus its
 * prior projection … by fiscal 2024", "from 3.09 trillion this year", « malgré un … ralentissement en 2012 » (num30).
 */
const COMPARED_CLAUSE_RE = /(?:\bcontre|\bversus|\bvs\b|\bcompared (?:to|with)|\bcompare(?:e|s|es)? a(?:ux?)?\b|\bpar rapport (?:a|aux?)|\bmalgre|\bdespite|\bfrom (?=[$€\x80£]?\d)(?!(?:[^,;.!?]|[.,]\d)*\bto\b))(?:[^,;.!?]|[.,]\d|, (?=which|qui|que|dont))*/;
const PAST_DONE_RE = /(?:\b(?:apres avoir|after having)\s+[a-z]+|^\W*(?:apres|after)\s+(?:une?|an?|(?:plusieurs|several) (?:annees|years) (?:de|of))\s+(?:[\d.,]+\s*%\s+)?(?:croissance|hausse|progression|baisse|recul|growth|increase|rise|decline|drop)\b|\bafter\s+[a-z]+ing\s+(?=[$€\x80£\d])|(?<!\bby\s)\bhaving\s+[a-z]+(?:ed|en|wn|ne|t)\b)(?:[^,;.]|[.,]\d)*/;
/**
 * An opening if-clause before a main clause that says what is needed or due ("If your monthly target is £50,000 and your win
 * rate is 50%, you need £100,000 in active pipeline", « Si votre objectif est de 50 000 €, il vous faut … »): its numbers
 * and KPIs are the assumptions, like an absolute clause's (real27; gated by "if ", « si » or « s'il »). A main clause that asks how
 * ("…, where will it come from?") leaves the if-clause the goal.
 */
const IF_ASSUMED_RE = /^\s*(?:so,?\s+)?(?:if|si|s'il|s'ils)\s[^;.?]*?(?:[.,]\d[^,;.?]*)*,(?=\s+(?:you|we|they|your|our|the|vous|nous|il|ils|on|votre|notre|vos|nos|les?|la)\b[^?]*\b(?:need|needs|should|must|have to|has to|faut|devez|devons|doit|doivent|devrez|devrait|devraient|besoin)\b)/;
/** An opening absolute clause: a noun phrase, then « étant » / "being", up to its comma (one of the two words gates it). */
const ASSUMED_RE = /^\s*(?:[a-z']+\s+){1,6}(?:etant|being)\s[^,;.]*(?:[.,]\d[^,;.]*)*,(?=\s)/;
/**
 * « 70 000 leads à un CPA de 107 € », "500 leads at a cost of $40": a rate or price qualifying the counted goal before it;
 * "2 deals out of 5": the pool the count is taken from, no change (mend32).
 */
const QUALIFIED_COUNT_BEFORE_RE = /\d[\d\s.,]*\s+[a-z]+\s+(?:(?:a|at)\s+(?:un|une|an?)\s+(?:[a-z]+\s+){0,2}(?:de|of)|out of)\s*$/;
/**
 * An aim named in a "Given …," / « Compte tenu de …, » / "Insofar as …," / « Dans la mesure où …, » aside ("Given our target of
 * $2M", « Dans la mesure où nous voulons atteindre 2 M€ »): the clause states a goal, so it is not set aside (mend40b). Not
 * "visitors" / « visiteurs » (real37's expected visitors are what the goal rests on).
 */
const ASIDE_AIM_RE = /\b(?:goal|target|objecti|want|veu|voul|vis(?!it)|attei)/;
/**
 * Group 1: the openers naming what the goal rests on (kpi38), whose clause may state the goal itself. « Financé à hauteur de
 * 24 millions USD par la Banque mondiale, … », "Backed by $5M from …, …": the money a programme was given is no goal (stmt51).
 */
const LEADING_ASIDE_RE = /^[\s«"]*(?:in addition to|besides|apart from|beyond|on top of|(given\b|insofar as|dans la mesure ou|compte tenu d(?:e|u|es|'))|en plus d(?:e|u|es|')|outre|au dela d(?:e|u|es|')|(?:financ|fund|back|soutenu)\w* (?:a hauteur d|by|with|par)|(?:[-–—]\s*)?(?:apres (?:un|une|le|la) |after (?:a|an|the) )(?:repli|recul|baisse|hausse|chute|ralentissement|rebond|dip|drop|decline|rise|slowdown|rebound|launch)\b)\s*(?:[^,;.]|[.,]\d){2,100}?,(?=\s)/;
function findPurposeClauses(folded: string, original: string, directions: readonly DirectionMention[], objects: readonly Span[], numbers: readonly Span[], dates: readonly Span[]): Array<Span & { means?: true }> {
  const out: Array<Span & { means?: true }> = [];
  const verbs = directions.filter((d) => !d.needsObject);
  for (const d of verbs) {
    const before = textBefore(folded, d.start, 20);
    // "tripler sa production … pour la porter à 3 milliards": a pronoun restating the goal's
    // object after its change is the same goal's level restated, set aside like a purpose (the change defines the goal).
    const restated = RESTATE_BEFORE_RE.exec(before);
    if (restated && verbs[0] !== d && verbs[0].start < d.start && (verbs[0].relativeChange !== null || numbers.some((n) => n.start >= verbs[0].end && n.end <= d.start))) {
      const stop = /[.!?;](?:\s|$)/.exec(folded.slice(d.end));
      out.push({ start: d.start - restated[0].length + (/^[\s,]/.test(restated[0]) ? 1 : 0), end: stop ? d.end + stop.index : folded.length });
      continue;
    }
    const m = PURPOSE_BEFORE_RE.exec(before);
    if (!m) continue;
    // "aim to add 2,500 emails", "want to grow": "to" after a verb of intention opens its object, not a purpose.
    if (/\bto\s*$/.test(m[0]) && INTENT_BEFORE_TO_RE.test(textBefore(folded, d.start, 40))) continue;
    // "from selling 3 houses a month to selling 6": "to" before a gerund is a preposition, not a purpose.
    if (/\bto\s*$/.test(m[0]) && /ing$/.test(folded.slice(d.start, d.end))) continue;
    const start = d.start - m[0].length + (/^[\s,]/.test(m[0]) ? 1 : 0);
    const stop = /[.!?;](?:\s|$)/.exec(folded.slice(d.end));
    const sentenceEnd = stop ? d.end + stop.index : folded.length;
    // "pensait que pour augmenter son CA, il fallait …": a purpose opening a clause after "que" / "that" leads it too, and
    // so does one after "That means" ("That means to get to $3 million you need to sell 75 jobs", real40, shape45).
    if (/^\s*(?:(?:enfin|ainsi|ensuite|par ailleurs|de plus|finally|also|then|moreover|in addition),\s*)?$|[.!?]\s+$|\b(?:que|that)\s+$|^\W*(?:that|this) means $/.test(folded.slice(0, start))) {
      // Leading: "Pour augmenter le CA de 15 % en 2020, signer …" — up to the comma, when a goal follows it.
      // A clause comma, not the thousands separator of "$10,000"; or, with no comma, the need's subject ("To get to $3 million
      // you need …", « Pour atteindre 3 M€ nous devons … », shape45).
      let commaMatch = /,(?!\d)|\s(?=(?:(?:i|we|you|they)(?:'ll)? (?:need|must|ha(?:ve|s) to)|nous devons|je dois|on doit|il (?:nous |me )?faut)\b)/.exec(folded.slice(d.end));
      // Only a need stating its figure: "To double revenue by 2027 we need to invest in marketing" is one goal (mend45b). (Not
      // "we have to …": split there, "To reach $2M in revenue we have to sign 40 new clients" read revenue with the count, 40.)
      const need = commaMatch && commaMatch[0] !== ',' ? d.end + commaMatch.index : -1;
      // A counted goal of its own: a verb of change and a figure before what it counts, not a year ("we have to work harder in
      // 2027", "by 2027 we have to grow by 20%", "we have to have 40 clients" keep the purpose's $2M), nor staff hired, a lever
      // ("we have to hire 5 reps"; mend46b, for "need" too).
      const counted = (n: Span): boolean => n.start > need && n.start < sentenceEnd && !/^(?:19|20)\d\d$/.test(folded.slice(n.start, n.end)) && /^ [a-z]/.test(textAfter(folded, n.end, 2)) && directions.some((v) => v.start > need && v.end <= n.start) && !/\b(?:hir|recrui|recrut|embauch)\w*\s+$/.test(folded.slice(need, n.start));
      if (need > 0 && !numbers.some(counted)) commaMatch = /,(?!\d)/.exec(folded.slice(d.end));
      const comma = commaMatch ? d.end + commaMatch.index : -1;
      // "To get this $10,000, I need 10 new clients": a need or a want stating a KPI or a number is the goal too.
      const goalAfter = verbs.some((v) => v.start > comma && v.start < sentenceEnd) || (NEED_AFTER_RE.test(folded.slice(comma + 1, sentenceEnd)) && objects.some((o) => o.start > comma && o.start < sentenceEnd));
      if (comma > 0 && comma < sentenceEnd && goalAfter) out.push({ start, end: comma });
      continue;
    }
    // "Improve win rate to hit 30%", "Increase demo bookings to reach 40 per month": an attainment verb with a number right
    // after a KPI states the level to reach, not a purpose.
    if (d.cue === 'toward' && TARGET_AFTER_RE.test(textAfter(folded, d.end, 40))) continue;
    // Trailing: only once the goal itself has named a KPI or a number, so "Set a target to increase revenue" stays one goal.
    // Or once a verb that moves something has its own object ("Boost lead generation quality to drive more sales"):
    // the goal is that object, even one the catalog does not track, not the purpose's KPI. A purpose that states
    // numbers is the measurable goal itself ("améliorer le site pour passer de 3 % à 4 % de conversion").
    const ownObject = () => hasOwnObject(verbs[0], folded.slice(verbs[0].end, start)) && !numbers.some((n) => n.start >= start && n.end <= sentenceEnd);
    // "we need 357 new accounts to hit our target of $100,000": a need with its own object is the goal, the rest its purpose.
    const needGoal = () => NEED_BEFORE_RE.test(folded.slice(0, start)) && objects.some((o) => o.end <= start && o.start >= (NEED_BEFORE_RE.exec(folded.slice(0, start))?.index ?? start));
    // "nous nous efforcerons de simplifier l'organisation dans le but de générer une croissance durable": after a clause
    // of its own, a purpose-only connector states why, even when its verb is the only one this lexicon knows, unless the
    // purpose states the goal's numbers.
    const whyOnly = () => STRONG_PURPOSE_RE.test(m[0]) && /[a-z]{3,}\s+(?:[a-z']+\s+){2,}$/.test(textBefore(folded, start, 60)) && !numbers.some((n) => n.start >= start && n.end <= sentenceEnd);
    // "Launch a referral programme by June to reduce 90-day churn": a goal closed by its own deadline, with a verb this lexicon
    // does not know, is the goal; the purpose after the date states why (unless it states the goal's numbers; "90-day" is an
    // adjective).
    const dated = () => verbs[0] === d && /^\W*[a-z]{3,}\s+\S+\s/.test(folded) && dates.some((t) => t.end <= start && /^[\s,]*$/.test(folded.slice(t.end, start))) && !numbers.some((n) => n.start >= start && n.end <= sentenceEnd && !/^[\d.,]+-[a-z]/i.test(original.slice(n.start, n.end)));
    // "Cut churn to improve renewal rates to 92%", "Raise funding of $5M in 2027 to grow revenue by 30%": a verb of change
    // (increase, decrease, improve: "ea" or "pr" in its cue) on a KPI or on money raised (Ruling D2), in one clause with no
    // figure of its own (a date or the money raised is none; a multiplier, "double", is one), before a purpose stating a
    // figure: the purpose states the measurable goal, the means is set aside as its lever (left60). Not "time-to-close".
    // Only a purpose naming a KPI or money of its own: one restating the means ("to stay under $50,000", « pour passer sous
    // la barre des 3 % ») gives the means its target, and stores or hires a raise pays for are its use (Ruling D3). An aim
    // ("Our goal is to", « Notre objectif est de »: `toward`) leads the means: the first verb after it is read (mend60l, the lead's (1), (2), (8)).
    const figure = (n: Span, from: number, to: number): boolean => n.start >= from && n.end <= to && !dates.some((t) => overlaps(t, n)) && !RAISED_MONEY_BEFORE_RE.test(textBefore(folded, n.start, 60));
    const meansObject = objects.some((o) => o.start >= verbs[0].end && o.end <= start);
    const lead = (verbs[0].cue === 'toward' && verbs[1]) || verbs[0];
    // mend62l (P2 of left62's review): a spend multiplied ("Double our ad spend to grow revenue 30%", « Doubler notre budget
    // publicitaire pour augmenter le CA de 30 % ») is a means too: its multiplier is what it costs, the purpose the goal.
    if (meansObject && /ea|pr/.test(lead.cue) && (lead.relativeChange === null || SPEND_MEANS_RE.test(folded.slice(lead.end, start))) && original[start - 1] !== '-' && !/,(?!\d)/.test(folded.slice(lead.end, start)) && numbers.some((n) => figure(n, start, sentenceEnd)) && !numbers.some((n) => figure(n, lead.start, start))) {
      if (d.cue === 'maintain' || /^\S+ (\S+ )?(below|under|sous)/.test(folded.slice(d.start))) continue;
      if (objects.some((o) => o.start >= start && o.end <= sentenceEnd && ((o as Partial<Quantity>).kind ?? 'money') === 'money')) {
        out.push({ start: lead.start, end: start, means: true });
        continue;
      }
    }
    if ((verbs[0].start < start && (meansObject || ownObject())) || needGoal() || whyOnly() || dated()) out.push({ start, end: sentenceEnd });
  }
  // « Pour mieux gérer …, pour mieux acheter et donc faire de meilleures marges, il faut passer le cap du million d'euros »:
  // leading purposes chained by their commas, whatever their verbs, before a need stating the goal (real29), whoever needs
  // it (« Pour pouvoir maintenir sa croissance, l’ESN doit donc recruter … », real37).
  const chain = /^\W*(?:pour|to)\s/.test(folded) ? LEADING_PURPOSES_RE.exec(folded) : null;
  if (chain && NEED_AFTER_RE.test(folded.slice(chain[0].length))) out.push({ start: chain[0].length - chain[0].trimStart().length, end: chain[0].lastIndexOf(',') });
  // (Not a comparison the dash opens: "… next year – up from 12 % today" gives the baseline, real33.)
  const dash = /\s[—–]\s(?!\s*(?:up from|down from|from|contre|vs|versus|compared)\b)/i.exec(original);
  // (Nor after an item label: "Goal 2 – Book 40 meetings", num31; nor before the aim of a stated level, "We sell 200 units a
  // week — we want 300 by June": the dash joins two clauses, as ";" does, aim42.)
  if (dash && verbs.length > 0 && verbs[0].start < dash.index && objects.some((o) => o.end <= dash.index) && !/^\W*[a-z]+ \d+\s*$/.test(folded.slice(0, dash.index)) && !AIM_CLAUSE_RE.test(folded)) {
    // « à porter – d'ici cinq ans au maximum – leur chiffre d'affaires à 10 millions »: a second dash closes the aside, and
    // the goal goes on after it (real22; "by 2020 – a 100 basis-point increase … – driven by …", real38).
    const stop = /\s[—–]\s|[.!?](?:\s|$)/.exec(original.slice(dash.index + 2));
    out.push({ start: dash.index, end: stop ? dash.index + 2 + stop.index : folded.length });
  }
  // "… la règle LTV/CAC > 3 afin de prétendre à une rentabilité": after a number of the goal, a strong purpose connector sets
  // aside what follows it, whatever its verb.
  const strong = ['afin d', 'in order to', 'so as to'].some((w) => folded.includes(w));
  for (const m of strong ? folded.matchAll(/\b(?:afin d(?:e\s|')|in order to\s|so as to\s)/g) : []) {
    const stop = /[.!?;](?:\s|$)/.exec(folded.slice(m.index));
    if (numbers.some((n) => n.end <= m.index) && !out.some((s) => s.start <= m.index && s.end > m.index)) out.push({ start: m.index, end: stop ? m.index + stop.index : folded.length });
  }
  return out;
}

/** Leading purposes, one or more, each up to its comma: « Pour mieux gérer …, pour mieux acheter …, ». */
const LEADING_PURPOSES_RE = /^\W*(?:(?:pour|to)\s(?:[^,;.!?]|[.,]\d)*,\s*)+/;

/** "pour la porter à", "afin de le faire passer": a pronoun (the goal's object) before the verb of a purpose. */
const RESTATE_BEFORE_RE = /(?:^|[\s,])(?:pour|afin de|afin d')\s+(?:la|le|les|l')\s*$/;

/** A verb of intention before "to": "aim to", "want to", "plan to", "going to", "need to", "hope to". */
const INTENT_BEFORE_TO_RE = /\b(?:(?:aim|want|plan|need|hope|tr[iy]|striv|intend|expect|wish|commit|decid|seek)\w*|going|like|ha(?:ve|s))\s+to\s*$/;

/** A number (maybe "a level of", "an average of", « une base de », left45) right after an attainment verb: the level the goal reaches. */
// An approximation before the level too (« pour atteindre près de 22 milliards », "to reach about $5M"; left49), and
// "US $ 29 billion" (real37: left50's R1).
const TARGET_AFTER_RE = /^\s+(?:(?:an?|the|un|une|le|la|at least|au moins|pres de|environ|about|around|nearly)\s+)?(?:(?:level|rate|total|average|base|niveau|taux|moyenne)\s+(?:of|de|d')\s*)?(?:(?:us ?)?[$€\x80£]\s?)?\d/;

/** A need stating the goal before a purpose: "we need …", "il nous faut …", « ça prend … » (real19, shape45), not its time (mend45b). */
const NEED_BEFORE_RE = /\b(?:need|needs|ca prend(?! (?:du temps|\S+ (?:(?:an|annee|semaine|jour)s?|mois)\b))|il (?:nous |me |vous )?faut|(?:avons|ai|avez) besoin d(?:e|'))\s/;

/** After a leading purpose clause: "I need …", "I'll need …", "we must have …", "il nous faut …", "je dois …". */
const NEED_AFTER_RE = /^\s*(?:i|we|you|they|the team|je|nous|on|il|il nous|il me|vous|(?:l'|la |le |the |our |notre )[a-z]+)(?:'ll)?\s+(?:donc\s+|therefore\s+)?(?:need|needs|must|have to|has to|will need|should|want|faut|dois|devons|devez|doit|aurai besoin de|aurons besoin de|avons besoin de|ai besoin de|veux|voulons)\b/;

/** A direction verb that moves something (not "set a target", "aim") followed by a noun of its own before the purpose. */
function hasOwnObject(verb: DirectionMention, between: string): boolean {
  if (verb.cue !== 'increase' && verb.cue !== 'decrease' && verb.cue !== 'improve' && verb.cue !== 'maintain') return false;
  const m = OBJECT_AFTER_RE.exec(between);
  // "Increase our efforts to grow revenue": efforts serve the purpose, whose KPI stays the goal's.
  return m !== null && !NOT_AN_OBJECT.test(m[1]) && !/^(?:efforts?|actions?|initiatives?|mesures?|work|travail|focus)$/.test(m[1]);
}

// Only a market's, a sector's, an industry's or the economy's movement, forecast ("will", "should", "is expected to", « devrait »)
// or conceded (« même si », "even if"): a firm's own goal clause or a past move of its KPI ("Churn climbed 2%") is no context (mend49a).
const FORECAST_CONTEXT_RE = /^\W*(?:(?:even if|meme si) |(?=[^.;!?,]*\b(?:will|should|expected to|devr\w*|va|vont) ))(?:[a-z'-]+ |l'){0,3}?(?:market|sector|industr|econom|marche|secteur)\w*(?:[^.;!?,]|[.,]\d)*?\b(?:declin|fall|climb|jump|bondi|recul|chut|grimp|progress|croi)(?:[^.;!?,]|[.,]\d)*(?=(?:[;,] (?:and |et )?|,? (?:but|mais) )(?:we |nous |on )?(?:want|aim|plan|voulons|visons)\b)/;
/** An opening "After / Following …," / « Après / Suite à …, » holding a figure of change (a past move, not "After 6 months"), to its comma (left52's L3). */
const CONTEXT_OPENING_RE = /^\W*(?:after|following|apres|suite a)\s(?=(?:[^,;.]|[.,]\d)*?\d(?:[^,;.]|[.,]\d)*?(?:%|\b(?:growth|croissance|cagr|tcam|rise|increase|decline|drop|hausse|baisse|progression|recul)\b))(?:[^,;.]|[.,]\d)*,(?=\s)/;
/** A budget's or a cost's amount (« avec un budget marketing de 50 000 € »): a means, neither the goal's level nor its base (mend52c). */
const MEANS_AMOUNT_BEFORE_RE = /\b(?:budgets?|enveloppes?|investissements?|depenses?|couts?|frais)\b(?:\s+[a-z']+){0,2}\s+(?:de|d')\s*$/;
/** An expectation, then "so / therefore / hence" or « donc » in the next clause (left52's L4): up to that clause. */
// Only an outside forecast: a subject that expects a measure to move or a move ("We expect costs to rise", « Nous anticipons
// une hausse »), or a measure "expected to rise". "We expect to grow revenue 20%", « nous prévoyons de croître », is the firm's
// own goal, and "Our CRM project should lift sales" names no expectation (mend52c narrowed left52's reading). « On s'attend »,
// « je m'attends », « il s'attend » as « nous nous attendons » (fix-prev53's S6).
const EXPECTED_THEN_RE = /^[^.;!?]*?(?:\b(?:we|i|they|analysts?|economists?|nous|on|je|ils?|elles?)\s+(?:[a-z]+\s+|[sm]')?(?:expect|anticip|forecast|predict|project|foresee|prevoy|prevo|attend)[a-z]*(?![a-z])(?!\s+(?:(?:to|de|d')(?![a-z])|a (?:attei|reali|depas)))|\b(?:is|are)\s+(?:expected|forecast|projected|predicted)\s+to\s+(?:rise|fall|grow|increase|decline|drop|climb|jump|shrink))(?:[^.;!?,]|[.,]\d)*(?=(?:[,;]\s*|\s)(?:so|therefore|hence|thus)\s|\s*[,;.]\s*(?:[a-z']+\s+){0,3}donc\s)/;

const SECOND_GOAL_JOINT_RE = /(?:\band|\bet|\bthen|\bpuis|\bor|\bou|[,;])\s*(?:then\s+|puis\s+|also\s+|aussi\s+|to\s+|de\s+|d')?(?:at least\s+|au moins\s+)?$/;

// "Sales will rise 3%, and customer retention must reach 90%", « Les ventes augmenteront de 3 %, et la fidélisation des clients
// doit atteindre 90 % »: after "and" / « et », a second goal may name its own subject and modal before its verb (the two-goal
// rule: the first goal's fields; d57) — only once the first goal is a change still to come with its own figure (a modal, a
// future or an imperative before its verb of change: "Sales rose 8%, and …" is a level reached; "We want to open a store, and
// revenue should reach $3M" has no first figure, the later clause names the goal, shape44), and not after a pronoun ("… and we
// will reach $2M" may be the same measure's level).
// mend57d: never after a time or sequence word ("and next year we will reach $2M", "and then …", "and so revenue …"), and only
// when the subject names a measure the first goal lacks ("Grow revenue 15% and total revenue must reach $2M" is one goal's level).
const SUBJECT_GOAL_JOINT_RE = /\b(?:and|et)\s+((?:(?!(?:we|i|you|they|it|nous|on|ils?|elles?|then|after|next|so|puis|ensuite|donc|this|that)\b)[a-z']+\s+){1,4})(?:must|should|will|doit|devra)\s+$/;
/** A subject word of four letters or more (plural or not) that the first clause already names (as a word's start or whole). */
const namesSameMeasure = (subject: string, firstClause: string): boolean =>
  subject.split(/[^a-z]+/).some((word) => word.length > 3 && firstClause.includes(word.replace(/s$/, '')));
const REVISED_AIM_RE = /\b(?:rev(?:oi|is)|relev|rehauss|abaiss|rais|lift|lower|cut|trim|updat)\w* (?:[a-z']+ ){0,2}(?:objectif|prevision|perspective|guidance|target|goal|outlook|forecast)s?\b/;
const ARRIVAL_RE = new RegExp(`^(?:reach|hit|atteign|atteindr)\\w*${ARRIVED_LEVEL}`);

/**
 * "Increase revenue by 10% and reduce churn to 3% by year end": from the joint before the second
 * direction verb to the end of the sentence. Only once the first goal has named something (a KPI or a
 * number), so "Réduire et maintenir le churn sous 2 %" stays one goal.
 */
function findSecondGoal(folded: string, directions: readonly DirectionMention[], objects: readonly Span[]): Span | null {
  const verbs = directions.filter((d) => !d.needsObject);
  // "Nous avons réalisé 1,2 M€ … et visons 1,5 M€": a first verb in the perfect tense says what was done, no first goal; so
  // does « Le groupe a réalisé … » (« a » before a participle in -é, not the « à » of « à doubler », real30), « Le CA a atteint
  // … ; objectif : … », and an English first verb in the past, "We reached 40 deals in 2026 and aim for 60 in 2027" (as "… and
  // we aim for 60": the level reached is the aim's start, fix-prev53's S3; "exceed" is no past), in a past verb's place: after
  // its subject, as `PAST_LEVEL_VERB_BEFORE_RE` places "hit" (the verb read as "hit" there), never after "to" or a modal.
  if (verbs.length < 2 || /\b(?:avons|ai|avions|have|has|had)\s+$/.test(textBefore(folded, verbs[0].start, 7)) || (/\b(?:a|ont)\s+$/.test(textBefore(folded, verbs[0].start, 4)) && /^[a-z]+(?:e|int)\b/.test(textAfter(folded, verbs[0].start, 16))) || (/^(?:[a-z]+(?<!e)ed|hit)\b/.test(textAfter(folded, verbs[0].start, 16)) && PAST_LEVEL_VERB_BEFORE_RE.test(`${folded.slice(0, verbs[0].start)}hit`))) return null;
  for (const d of verbs.slice(1)) {
    // "Retain top clients, expand wallet share, and …": a first verb that names its KPI is the first goal's object.
    if (!objects.some((o) => (o.start >= verbs[0].end && o.end <= d.start) || (o.start <= verbs[0].start && o.end >= verbs[0].end && o.end <= d.start))) continue;
    const subjectJoint = SUBJECT_GOAL_JOINT_RE.exec(textBefore(folded, d.start, 48));
    const joint =
      SECOND_GOAL_JOINT_RE.exec(textBefore(folded, d.start, 24)) ??
      (subjectJoint && !namesSameMeasure(subjectJoint[1], folded.slice(0, d.start - subjectJoint[0].length)) && /^(?:in|de)crease$/.test(verbs[0].cue ?? '') && /\d/.test(folded.slice(verbs[0].end, d.start - subjectJoint[0].length)) && (verbs[0].start < 2 || /\b(?:will|must|should|to|doi\w*|dev\w*|va|vont)\s+$/.test(textBefore(folded, verbs[0].start, 12)) || /^\w+r(?:a|ont)\b/.test(folded.slice(verbs[0].start))) ? subjectJoint : null);
    if (!joint) continue;
    // "Book meetings, goal 40.", « Signer des contrats, objectif : 40 »: a goal word and its number after a first goal that
    // has none states that goal's level, no second goal (num31).
    if (/^(?:goal|target|objecti)\w*\W*(?:of |de )?\W?\d/.test(folded.slice(d.start, d.end + 8)) && !/\d/.test(folded.slice(verbs[0].end, d.start))) continue;
    // "Revenue should jump 30% in 2027, reaching $5M", "…, to reach $5M", « …, pour atteindre 5 M€ »: a participle or an
    // infinitive of arrival after a percentage change gives the level that change brings — the same goal's target, as left48's
    // "grow 12% to $5M", no second goal (left49). A multiple restated stays real29's ("double …, exceeding $100M").
    // « Aubay revoit son objectif de chiffre d'affaires à la hausse, et vise désormais … 456 à 465 millions », "raised its
    // revenue target and now aims for $960M": the aim after a target revised is that target's new level, no second goal (left49);
    // not once the revision has its own figure (« Relever notre objectif de NPS à 50 et viser 20 recommandations par mois », mend49a).
    if (/^(?:vis|aim|target|expect|prevoi|table)/.test(folded.slice(d.start, d.end)) && REVISED_AIM_RE.test(textBefore(folded, d.start, 90)) && !/\d/.test(folded.slice(verbs[0].end, d.start))) continue;
    if (ARRIVAL_RE.test(folded.slice(d.start)) && /,\s*(?:to\s+|pour\s+)?$/.test(joint[0]) && /\d\s?(?:%|percent|pour ?cent)/.test(folded.slice(verbs[0].end, d.start))) continue;
    // left63: money raised first ("Raise $5M and reach $1M ARR", "Raise funding of $5M, then …") is no first goal's figure
    // when a later clause states one (Ruling D2 as mend59l narrowed it): the later clause is the goal, as "Reach $1M ARR and
    // raise $5M" and « Lever 5 M€ et atteindre 1 M€ d'ARR » read it.
    const first = folded.slice(verbs[0].start, d.start - joint[0].length);
    const raised = /^(?:rais|lev)/.test(first) ? /[$€\x80£]?\d/.exec(first) : null;
    if (raised && !/\d[^\d]+\d/.test(first.slice(raised.index)) && RAISED_MONEY_BEFORE_RE.test(folded.slice(0, verbs[0].start + raised.index)) && /\d/.test(folded.slice(d.end))) return null;
    const start = d.start - joint[0].length;
    const stop = /[.!?](?:\s|$)/.exec(folded.slice(d.end));
    return { start, end: stop ? d.end + stop.index : folded.length };
  }
  return null;
}

/** A verb of saying, then at most two words (an addressee), before a date: when it was said (num31). */
const SAID_BEFORE_RE = /\b(?:announced|said|told|declared?|annoncee?s?|assure|according to an?)\s+(?:aux? \S+ )?(?:(?:on|in|en) )?$/;
// "Costs were $2M in 2025 and they are $1.5M now", « étaient de 2 M€ en 2025 »: a past year right after a level stated in the
// past dates that level, never the goal (left44); not a goal's own past ("the goal was $3M in 2025").
// So is a past year after a level achieved or a level that was (« le double du chiffre réalisé en 2020 », « une part de 4 %,
// qui était celle de la Tunisie en 2008 », "the record posted in 2019", "the share our rival had in 2019", real44): a level
// that was is a relative clause's ("qui était", "which was"); "The plan was to double revenue in 2025", « L'objectif de
// l'équipe était de doubler les ventes en 2025 » keep their own past year (mend47a).
const PAST_LEVEL_BEFORE_RE = /(?<!(?:goal|target|objecti\w+|quota)s? )\b(?:was|were|etai(?:en)?t)\b(?:[^,;!?]|,(?=\d)){0,40}\d[^,;!?\d]{0,15}$|\b(?:qui|which|that) (?:was|were|etai(?:en)?t)\b[^,;!?\d]{0,30}$|\b(?:(?:realise|posted|recorded)e?s?|had)(?: en| in)? ?$/;
// "Sales were 40 in March and are 50 now": a month with no year right after such a level is the past month, no deadline
// (left45); only with the figure straight after the verb ("were 40 and we want 50 in March" keeps its March).
const PAST_MONTH_LEVEL_RE = /(?<!(?:goal|target|objecti\w+|quota)s? )\b(?:was|were|etai(?:en)?t) (?:(?:de|d'|at|about|around|environ) ?)?[$€\x80£]?\d[\d.,]*(?: ?[a-z€\x80$£%]+)? $/;
/**
 * ", rachetée par le groupe allemand Bavaria en septembre 2014, va doubler …", ", founded in 2010, plans …": a past participle's
 * aside dates the subject's history, never the goal (real40); but a date it gives with a deadline cue and still ahead
 * (« acquis d'ici juin 2027, », ", acquired … by June 2027,") is the goal's own (mend43a): only bare or past ones are set aside.
 */
const PAST_ASIDE_RE = /,\s*(?:rachetee?s?|acquise?s?|creee?s?|fondee?s?|founded|acquired|bought|created|established)\b[^,;]*,/;

/** Words after a bare number that still make it the goal's amount or a duration. */
// A deadline right after the number ("to 160,000 by June 30, 2027", « à 160 000 d'ici juin ») leaves it the goal's amount (review9).
const AMOUNT_OR_PERIOD_AFTER_RE = /^\s+(?:k|m|mn|mio|md|bn|thousand|mille|millions?|milliards?|billions?|euros?|dollars?|livres|pounds|jours?|days?|semaines?|weeks?|mois|months?|trimestres?|quarters?|ans|annees?|years?|heures?|hours?|par|per|a|an|each|chaque|de plus|more|new|nouveaux|nouvelles|by|before|until|till|through|within|in|d'ici|avant|jusqu|au|en|dans|fin)\b/;

/**
 * A bare count followed by a noun that is not the goal's KPI, in a money or rate goal, counts something
 * else ("sur les comptes de plus de 1 000 salariés", "revenue from top 20 accounts"): never the goal's number.
 */
/** "top" at `index` is the verb of passing a mark, not a rank (direction.ts' TOP_VERB_SOURCE). */
function topVerbAt(folded: string, index: number): boolean {
  const re = new RegExp(TOP_VERB_SOURCE, 'y');
  re.lastIndex = index;
  return re.test(folded);
}

/** "Goal 1: Book $2.75 million …", "KR2 : …", "Objectif n° 3 :": the number of an item label, not of the goal. */
function isItemLabel(q: Quantity, folded: string, original: string): boolean {
  if (q.kind !== 'number') return false;
  // "1. Increase revenue every year", "3) Grow patients": a list's number opening the line (real29); after a parenthesis the
  // word may be glued ("3)At least double my clientele", real33).
  if (/^\W*$/.test(folded.slice(0, q.start)) && /^(?:[.)]\s+|\)\s*)[a-z]/.test(textAfter(folded, q.end, 4))) return true;
  // "(classé dans notre Top 100)": a ranking; "goals 1 and 2": items' numbers. ("hopes to top 1 million subscribers": the verb, stmt47.)
  // "Target 1: …" only opening the cell: "…: target 40." ends on the goal's own number (mend32).
  if (/^\W*targets?\s*$/.test(folded.slice(0, q.start)) && /^\s*[:)]/.test(textAfter(folded, q.end, 3))) return true;
  const m = /\b(?:top|(?:goals?|objectives?|kr|key results?|steps?|examples?|options?|objectifs?|etapes?|exemples?|resultats? cles?)\s*(?:#|n°|no\.?|number)?\s*(\d+ (?:and|et) )?)\s*$/.exec(textBefore(folded, q.start, 20));
  // "Goal 1: …", "KR 2 – …" open the cell; "…: objectif 40." / "… goal 40, by June" end on the goal's own number (tidy34);
  // "… 40 deals by June 2027 - goal 2." / "(goal 3)" tag a goal whose number came first (final read). A dash is read on the
  // original text (folding makes it a space): "Goal 2 – Book 40 meetings" (num31).
  const before = m ? folded.slice(0, q.start - m[0].length) : '';
  // "top" before the figure is a rank unless it is the verb over a quantity (TOP_VERB_SOURCE: "hopes to top 1 million").
  if (m && /^top/.test(m[0])) return !topVerbAt(folded, q.start - m[0].length);
  // "We have already signed 40 clients this year; goal 100.", « Nous avons déjà signé 40 clients ; objectif 100. »: after a
  // count already done and a semicolon, "goal N" is the goal's figure, not a tag of the done count's (mend63l).
  if (m && !m[1] && /\b(?:already|deja)\b[^;]*;\s*$/.test(before)) return false;
  return !!m && ( !!m[1] || /^\s*(?:and|et) \d/.test(textAfter(folded, q.end, 6)) || ((/^\W*$|\(\s*$|(?<![a-z\d])\d/.test(before)) && /^\s*[:.),–—-](?!\d)/.test(textAfter(original, q.end, 6))));
}

/** A loss verb with no lost item: "ne perdre aucun client", "lose no customers", "lose zero accounts". */
const ZERO_LOSS_RE = /\b(?:(?:ne\s+)?perd(?:re|ons|ez|ent)|lose|losing)\s+(?:aucun|aucune|pas un seul|pas une seule|no|zero|not a single|not one)\s/;

/** Between a KPI and its level: "of (at least)", "de (au moins)". */
const LEVEL_OF_KPI_BETWEEN_RE = /^\s+(?:of|de|d')\s+(?:(?:at least|no less than|au moins|minimum|au minimum)\s+)?$/;

function countsSomethingElse(q: Quantity, kpi: KpiDefinition | undefined, mentions: readonly KpiMention[], folded: string): boolean {
  if (q.kind !== 'number' || !kpi || (kpi.unit !== 'currency' && kpi.unit !== 'percent')) return false;
  const after = textAfter(folded, q.end, 30);
  // "to 1.2M by Q4", "to 500k by June": a scaled number is the goal's amount, unless a noun complements it ("15 millions de francs") (fixes21).
  if (q.scale > 1 && !/^\s+(?:de |d'(?!ici)|of )/.test(after)) return false;
  // "4.5/5", « 4,5 sur 5 », "a 5-star rating": a score on its scale is the level itself.
  if (RATING_AFTER_RE.test(after)) return false;
  if (!/^\s*\+?\s+[a-z]/.test(after) || AMOUNT_OR_PERIOD_AFTER_RE.test(after)) return false;
  // "under 200 overall", « sous 200 cumulés », "200 altogether": a word of total after the figure counts nothing else (left63).
  if (/^\s+(?:overall|altogether|combined|in all|in total|cumul\w*|au total|en tout|en cumul\w*)\b/.test(after)) return false;
  // "rating of at least 3 in customer surveys", "une note de satisfaction de 8": the level given to the KPI just named.
  if (mentions.some((m) => m.id === kpi.id && m.end <= q.start && LEVEL_OF_KPI_BETWEEN_RE.test(folded.slice(m.end, q.start)))) return false;
  return !mentions.some((m) => m.id === kpi.id && m.start >= q.end && m.start - q.end <= 25);
}


/**
 * "lowered its 2025 outlook, with revenue now expected at around $700 million", « abaisse ses perspectives, avec un EBITDA
 * attendu autour de 700 M€ »: a with-clause stating what an outlook expects is the goal itself when nothing outside it
 * names a KPI (stmt47): no means, no qualifier.
 */
const EXPECTED_WITH_RE = /^(?:with|avec)\s[^,;.!?]*\b(?:expected|attendue?s?)\b/;
/** A possibility opening a with-phrase ("with the potential for", "with the possibility of", « avec la possibilité de »). */
const POSSIBILITY_WITH_RE = /\b(?:with|avec) (?:the|a|la|une) (?:potential (?:for|of|to)|possibility (?:of|to)|prospect of|possibilite\b|perspective d)/;

function isOutlookWith(clause: Span, folded: string, kpis: readonly KpiMention[]): boolean {
  // "…, with the company on track to more than double global sales to $4.5 billion": a firm on track states its goal (left52's L6).
  // (A measure named before it too, "Sales rose 8% last year, with the company on track to more than double sales", is the
  // same goal's past when the clause names it again: mend52c.)
  const body = folded.slice(clause.start, clause.end);
  const within = kpis.filter((k) => inside(k, [clause]));
  if (/^(?:with|avec)\s[^,;.!?]*\bon track to\b/.test(body)) return within.length > 0 && kpis.every((k) => within.some((w) => w.id === k.id));
  return EXPECTED_WITH_RE.test(body) && OUTLOOK_BEFORE_RE.test(folded.slice(0, clause.start)) && kpis.length > 0 && within.length === kpis.length;
}

/** A with/avec clause that gives a KPI a value ("avec un panier moyen de 7 500 €", "with an average deal size above $5k"). */
function isQualifyingWith(clause: Span, folded: string, kpis: readonly KpiMention[], quantities: readonly Quantity[]): boolean {
  const cue = /^(?:with|avec)\s+(?:(?:an?|the|un|une|le|la|des|our|nos)\s+)?/.exec(folded.slice(clause.start, clause.end));
  if (!cue) return false;
  const bodyStart = clause.start + cue[0].length;
  // « avec un taux de churn inférieur à 4 % » as « avec un churn … » (mend65k).
  return kpis.some((k) => (k.start === bodyStart || folded.slice(bodyStart, k.start) === 'taux de ') && !k.verb) && quantities.some((q) => q.start >= bodyStart && q.end <= clause.end);
}

/**
 * A direction verb on something the catalog does not track still states a direction: "Grow our business",
 * "Improve my e-shop" (folded "e shop": an e- compound is one object),
 * "Increase brand awareness", "Améliorer la notoriété de la marque". Not without an object ("Grow.", "Progresser.").
 */
const OBJECT_AFTER_RE =
  /^\s+(?:on\s+)?(?:(?:the|our|my|your|their|its|his|her|this|that|a|an|le|la|les|notre|nos|mon|ma|mes|son|sa|ses|leur|leurs|votre|vos|du|de la|des|de|cette|cet|ce|ces|the company's|company's)\s+|l'|d')*((?:e\s(?=[a-z]{3}))?[a-z][a-z'-]{2,})/;
const NOT_AN_OBJECT = /^(?:and|et|ou|or|but|mais|now|now|all|tous|tout|annee|annees|year|years|mois|month|months|semaine|semaines|week|weeks|trimestre|quarter|jour|jours|day|days|it|them|this|that|things|everything|something|ourselves|yourself|myself|more|plus|davantage|mieux|better|dans|avec|with|into|from|over|toujours|encore|ensemble|together|quickly|rapidement|fast|soon|bientot|done)$/;

/** "Everyone wants more visibility", "souhaite plus de notoriété": "more" after a verb of wanting, before a noun. */
/** "ouvrir beaucoup plus de magasins", "open more stores": places after "more" are what the goal counts up. */
const MORE_PLACES_AFTER_RE = /^\s+(?:[a-z]+\s+)?(?:magasins|boutiques|stores|restaurants|agences|points de vente|shops|locations|franchises|ouvertures|openings|outlets|succursales)\b/;
const WANT_MORE_RE = /\b(?:want|wants|wanted|need|needs|would like|veu[xt]|voulons|voulez|veulent|souhait\w*|aimerai\w*|besoin d')\s+(?:to (?:get|have|see)\s+|avoir\s+|obtenir\s+)?$|\b(?:get|gets|getting|gain|gains|win|attract|obtenir|obtenez|obtenons|gagner|attirer|buy|purchase|order|acheter|achetent|commander)\s+$/;

/**
 * "ma PME doit grandir", "our business must grow": a subject, then a modal, then an intransitive direction verb.
 * The subject is the object moved; a pronoun is not ("Nous devons progresser" states no measure).
 */
const SUBJECT_MODAL_BEFORE_RE = /\b(?!(?:nous|we|je|i|il|elle|on|vous|you|they|ils|elles|it)\b)[a-z][a-z'-]{1,}\s+(?:doit|doivent|must|should|needs to|has to|will)\s+$/;

/** "in"/« en » before the object moved; not a month or a season ("Plan an increase in December", mend45a). Built once. */
const IN_OBJECT_RE = new RegExp(`^\\s+(?:en|in)\\s+(?=[a-z]{3})(?!(?:the|this|each|every|next|coming|spring|summer|autumn|fall|winter|${MONTH_SOURCE})\\b)`);

function movesAnObject(mention: DirectionMention | null, folded: string): boolean {
  if (mention?.needsObject && mention.cue === 'increase' && MORE_PLACES_AFTER_RE.test(textAfter(folded, mention.end, 40))) return true;
  if (mention?.needsObject && mention.cue === 'increase' && WANT_MORE_RE.test(textBefore(folded, mention.start, 30))) {
    // "plus d'unités": the elided article leaves no space before the object.
    const m = OBJECT_AFTER_RE.exec(` ${textAfter(folded, mention.end, 60)}`);
    return m !== null && !NOT_AN_OBJECT.test(m[1]);
  }
  // « On vise beaucoup plus haut », "We aim higher": the aim raised is its own object (stmt62; direction.ts reads it only after
  // a verb of aiming, at its clause's end).
  if (mention && !mention.needsObject && mention.cue === 'increase' && /^(?:plus haut|higher)$/.test(folded.slice(mention.start, mention.end))) return true;
  if (!mention || mention.needsObject || (mention.cue !== 'increase' && mention.cue !== 'decrease' && mention.cue !== 'maintain' && mention.cue !== 'improve')) return false;
  // "Avoid a rise in complaints", « Éviter une hausse des plaintes »: a change to prevent moves no object (mend45a, left46).
  if (/\b(?:prevent|avoid|stop|limit|halt|curb|evit|empech|frein|enray)\w* (?:an?|une?) $/.test(textBefore(folded, mention.start, 24))) return false;
  // "Attract more partners", "Obtenir plus de recommandations": the object follows "more".
  // "Gagner en notoriété", "gain in visibility": the object follows "en"/"in"; so it does after a change noun, "an increase in
  // production", as after « une hausse de la » (left45).
  const after = folded
    .slice(mention.end, mention.end + 60)
    .replace(/^\s+(?:more\s+|plus d(?:e\s+|')|davantage d(?:e\s+|'))(?=[a-z])/, ' ')
    // Not a month or a season ("Plan an increase in December").
    .replace(
      IN_OBJECT_RE,
      /^ga[gi]n/.test(folded.slice(mention.start, mention.end)) || /(?<=\ban? )(?:increase|rise|decrease|decline|reduction)$/.test(textBefore(folded, mention.end, 30)) ? ' ' : '$&',
    );
  const m = OBJECT_AFTER_RE.exec(after);
  if (m !== null && !NOT_AN_OBJECT.test(m[1])) return true;
  return mention.cue === 'increase' && (m === null || NOT_AN_OBJECT.test(m[1])) && SUBJECT_MODAL_BEFORE_RE.test(textBefore(folded, mention.start, 40));
}

/**
 * Attainment words inside the object of a change verb are nouns or adjectives, not a second verb: "decreasing call
 * waiting times by 50%", "Increase organic traffic from CFO-targeted content by 40%". Only plain words (no connector,
 * no number, no punctuation) lie between the change verb and such a word.
 */
/** A verb of winning a share right before its percentage: "gagner 10 % de parts de marché", "capture 5% market share". */
const GAIN_SHARE_BEFORE_RE = /\b(?:gain|gains|gaining|gagn(?:er|ons|ez|e|ent)|win|wins|winning|captur(?:e|es|ing|er|ons|ez)|conquer|conquerir|conquerons|grab|grabbing|take|takes|taking|prendre|prenons|prenez)\s+(?:(?:an?|un|une|another|encore|additional|an additional|extra)\s+)?$/;

const OBJECT_WORDS_RE = /^\s+(?:(?!(?:and|et|then|puis|or|ou|to|pour|afin|by|par|while|with|avec|through|via|using|so|que|qui|which|that|en)\s)[a-z'][a-z'-]*\s+){0,5}$/;

function insideChangeObject(d: DirectionMention, all: readonly DirectionMention[], folded: string): boolean {
  if (d.cue !== 'toward' || d.needsObject) return false;
  const verb = [...all].reverse().find((v) => v.end <= d.start && !v.needsObject && v.cue !== 'toward');
  const between = folded.slice(verb?.end, d.start);
  // "Grow meeting or call bookings by 30%", "Increase inbound and outbound call bookings by 20%": one word, "or"/"and", a
  // modifier word before the attainment word, or one that is a noun as often ("call", "contact"), then a plural and "by N":
  // a coordinated noun phrase ("X or Y bookings"), the change verb's object. Not a verb with its own object ("Grow revenue
  // and hit targets by 10%": the percentage is the targets'; mend55a).
  return verb !== undefined && (verb.cue === 'increase' || verb.cue === 'decrease' || verb.cue === 'improve') && (OBJECT_WORDS_RE.test(between) || (/^ [a-z]+ (?:or|and) (?:[a-z]+ [a-z]+|call|contact)$/.test(folded.slice(verb.end, d.end)) && /^ [a-z]+s by \d/.test(folded.slice(d.end, d.end + 20))));
}

/**
 * mend63l: left63's removal verbs (« supprimer », « éliminer », "eliminate", "shed", "lay off") are as often a means as the
 * goal: "Eliminate manual data entry and grow revenue 10%", « Supprimer les remises et porter le panier moyen à 50 k€ », "We
 * will not lay off anyone and will grow revenue 10%". One is a decrease only when what it removes, up to its clause's end or
 * the next direction word, names a KPI or holds a figure ("Eliminate churn", « supprimer 150 emplois »); otherwise, before
 * a later direction word, it is no direction word (as before left63) and the later one governs the goal.
 */
function removesNoMeasure(d: DirectionMention, all: readonly DirectionMention[], kpis: readonly KpiMention[], quantities: readonly Quantity[], folded: string): boolean {
  if (d.cue !== 'decrease' || !/^(?:supprim|elimin|shed|lay)/.test(folded.slice(d.start, d.end))) return false;
  const next = all.find((o) => o.start >= d.end);
  if (!next) return false;
  const stop = /[,;:!?]|\.(?!\d)/.exec(folded.slice(d.end, next.start));
  const end = stop ? d.end + stop.index : next.start;
  return ![...kpis, ...quantities].some((o) => o.start >= d.end && o.start < end);
}

function chooseDirection(mentions: readonly DirectionMention[]): DirectionMention | null {
  return (
    mentions.find((m) => m.cue === 'increase' || m.cue === 'decrease' || m.cue === 'maintain') ??
    mentions.find((m) => m.cue === 'improve') ??
    mentions.find((m) => m.cue === 'toward') ??
    null
  );
}

/**
 * The goal's object has the last word on the KPI (object.ts): its head noun's measure, or none when the object is not a
 * measure; the mention picked from the whole sentence stands when the object says nothing.
 */
function readObject(picked: KpiMention | null, folded: string, language: 'fr' | 'en', mentions: readonly KpiMention[], catalog: readonly KpiDefinition[], assumed: Span | null, consequence?: Span): KpiMention | null {
  const reading = objectKpi(folded, language, mentions, picked, catalog);
  // An object read inside the opening assumptions ("If your monthly target is £50,000 …, you need …") is not the goal's;
  // nor one inside a consequence set aside (« lever 8 M€, qui permettra de doubler nos ventes »: Ruling D2).
  // Ruling K1 (kpi66): "our growth in customers" names its measure after the growth the object ends on.
  if (!reading || reading.id === picked?.id || (assumed && reading.object.start < assumed.end) || (consequence && reading.object.start >= consequence.start) || (picked?.id === 'customers' && reading.id === 'sales_growth' && GROWTH_OF_BEFORE_RE.test(folded.slice(reading.object.start, picked.start)))) return picked;
  if (reading.id === null) return null;
  const { start, end, head } = reading.object;
  // A mention of that KPI in the object, else the head word itself (never the object's numbers: "rating of at least 3").
  const at = head ? folded.indexOf(head, start) : -1;
  return mentions.find((m) => m.id === reading.id && m.start >= start && m.end <= end) ?? (at >= 0 && at < end ? { start: at, end: at + head.length, id: reading.id, weak: false } : { start, end, id: reading.id, weak: false });
}

export function analyzeStatement(text: string, options: AnalyzeOptions): StatementAnalysis {
  return analyzeText(text, options, true);
}

/**
 * `aimGrowth`: kpi63's growth aimed at after a reported figure may name the KPI. mend63k: when that reading takes an amount of
 * money for the growth's baseline or target ("recorded $40 million in revenue … expects 12% growth": 40M), the growth is that
 * amount's change and the sentence is read again without it (Revenue, $40M → $44.8M).
 */
function analyzeText(text: string, options: AnalyzeOptions, aimGrowth: boolean): StatementAnalysis {
  if (!isValidIsoDate(options.asOf)) throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD), got ${String(options.asOf)}`);
  const catalog = options.catalog ?? KPI_CATALOG;
  const prepared = prepare(text.length > MAX_ANALYZED_LENGTH ? text.slice(0, MAX_ANALYZED_LENGTH) : text);
  const { folded, original } = prepared;
  // An appositive between the subject and its verb is read as if it were absent (left53's M3): its figures and dates are
  // none of the goal's. Not when the subject or the appositive names a measure ("Sales, which were $2M last year, must reach
  // $3M", « Le groupe, qui a réalisé 80 M€ de chiffre d'affaires en 2025, vise 100 millions »: its level, the baseline), nor one
  // stating where the goal starts: a level held now ("which currently operates 29 stores, … to double its network", real45;
  // "which operates 12 clinics, has set a goal of 30 sites", kpi37)
  // or one the goal points back to (« qui écoule 15 % …, prévoit de doubler ce chiffre », real12). (One holding an amount or a
  // percentage, "Acme, a $5M business, …", "the leader with a 30% share", is a level held: APPOSITIVE_RE stops at it, mend53e.)
  const appositive = APPOSITIVE_RE.exec(folded);
  // Nor when the subject is the goal itself ("Our target, a total of 500 new stores, is due by June 2027", « Notre objectif,
  // un réseau de 80 agences, … »: the appositive is the goal's figure, fix-prev53's S2).
  if (appositive && !/\b(?:target|goal|aim|ambition|objecti|cible|but\b)/.test(appositive[1]) && !/\b(?:currently|now|today|already|actuel|aujourd|deja|operat|exploit|compt|runs)|\b(?:ce|that|this) (?:chiffre|nombre|figure|number)\b/.test(folded.slice(appositive[1].length)) && !findKpis(folded, original, catalog).some((m) => m.start < appositive[0].length)) {
    return { ...analyzeText(`${original.slice(0, appositive[1].length)} ${original.slice(appositive[0].length)}`, options, aimGrowth), text };
  }
  const language = detectLanguage(folded, original);
  const dayFirst = language === 'fr' || (options.dateOrder ?? 'mdy') === 'dmy';
  const dateContext = { asOf: options.asOf, fiscalYearStartMonth: options.fiscalYearStartMonth ?? 1, lang: language, dayFirst, weekStart: options.weekStart };
  const impossible = impossibleDate(prepared, dateContext);
  // A date the calendar does not have is no deadline, even clamped by chrono ("32 May 2027" → 31 May).
  const dates = findDates(prepared, dateContext).filter((d) => !impossible || !overlaps(d, impossible));
  // A sales force is named in sentences only (not in headers, which findKpis also reads: mend53b).
  const kpiMentions = withSalesForce(findKpis(folded, original, catalog), folded, catalog);
  const cadences = findRecurrences(folded, dates, original);
  const recurrences = cadences.filter((r) => !namesMetric(r, kpiMentions, folded));
  const quantitiesAll = findQuantities(folded, language, original, options.numberLang === 'in');
  const directionsAll = findDirections(folded);
  const directions = directionsAll.filter((d) => !insideChangeObject(d, directionsAll, folded) && !removesNoMeasure(d, directionsAll, kpiMentions, quantitiesAll, folded)).filter(
    // "close" in "close rate" is not a verb; "more" needs an object ("more leads", not "more customer-centric").
    // "more website visitors": one qualifying word may stand between "more" and the KPI.
    // "Our growth agenda: 10% revenue growth": the growth word naming the agenda (no KPI since stmt50) governs no figure (mend50c).
    // So does a plan's, a strategy's or a roadmap's name ("Our growth plan: 10% revenue growth" reads as its text after the colon, left51's S5).
    (d) => !inside(d, kpiMentions.filter((k) => k.verb !== true)) && !/^growth (?:agenda|plan|strateg|roadmap|program)/.test(folded.slice(d.start, d.end + 8)) && (!d.needsObject || [...kpiMentions, ...quantitiesAll].some((o) => o.start >= d.end && (o.start - d.end <= 3 || /^\s+[a-z'-]+\s+$/.test(folded.slice(d.end, o.start)))) || WANT_MORE_RE.test(textBefore(folded, d.start, 30)) || MORE_PLACES_AFTER_RE.test(textAfter(folded, d.end, 40))),
  );
  const constraints = [...findConstraints(folded), ...findBoundClauses(folded, kpiMentions)];
  // « … », constate X, l'un des deux salariés; "…," said the minister … Monday: who spoke and when is not the goal, nor a means.
  const attribution = findAttribution(folded);
  const leverClausesAll = findLevers(
    folded,
    original,
    // "by having at least one lunch each month", "by achieving 5000 software subscriptions every month": the cadence of a count
    // inside a gerund means is the means' own (it ends no lever and is no cadence of the goal, real36); not of a percentage
    // ("by adding 10% or more … year-over-year" is the goal's change, real29).
    [...dates, ...recurrences.filter((r) => !r.adjective && (!r.rate || cadenceOfNumberBefore(r, quantitiesAll, folded)) && !/\b(?:by|en) [a-z]+(?:ing|ant) [^,;.!?\d]*?(?:\d+|one|une?)\b[^,;.!?%]*$/.test(folded.slice(0, r.start))), ...constraints, ...(attribution ? [attribution] : [])],
    directions.map((d) => d.start),
    (index) => dates.some((d) => (d.start < index && d.end > index) || (d.start >= index && /^\s*(?:the\s+|la\s+|le\s+|l')?$/.test(folded.slice(index, d.start)))),
  );
  // "…, with the potential for thousands more", "with the potential for additional growth through acquisitions", « avec la
  // possibilité de … »: a possibility beyond the goal, no means, nor the means it names before the next comma (stmt61:
  // real52:28, real58:23). Its clause stays set aside (its figures are no goal's: "with the potential for 200 more in 2028",
  // mend61s), and a means before it in the same clause ("by signing 20 clients with the potential for upsell") is kept, cut there.
  const possibility = (c: Span): boolean => POSSIBILITY_WITH_RE.test(/[^,;.!?]*$/.exec(folded.slice(0, c.start))![0] + folded.slice(c.start, c.start + 30));
  // stmt64 (real61): "aiming for a new harvest with earnings of $1 billion", « nous visons une récolte record avec des recettes
  // de 1 milliard »: a with-clause giving a KPI the sentence's one figure (a date aside; the clause may run to the sentence's
  // end, so a second figure anywhere keeps the reading as it was), after an aim verb ("aiming for", « visons »: a `toward`
  // cue before it) with no KPI named and no verb of change outside it, is the goal itself, as an outlook's above, not a
  // qualifier of another goal: its KPI and figure are read. ("Grow revenue with an average deal size of $5k", "Sign 10
  // clients with a basket above €1,000", "Grow our business with a close rate of 30%" keep their qualifier, and "Finish the
  // migration by March 2027 with costs expected at $200K" stays no goal, mend49c: no aim, an expected figure.)
  const figures = quantitiesAll.filter((q) => !inside(q, dates));
  // (The clause to its end: « avec un churn de moins de 4 % », whose lever clause stops at « de moins », mend65k.)
  const goalWith = (l: Span, c = { start: l.start, end: l.start + (/[,;]|[.!?](?:\s|$)|$/.exec(folded.slice(l.start))?.index ?? 0) }): boolean => figures.length === 1 && directions.some((d) => d.cue === 'toward' && d.end <= c.start) && isQualifyingWith(c, folded, kpiMentions, quantitiesAll) && !EXPECTED_WITH_RE.test(folded.slice(c.start, c.end)) && [...kpiMentions, ...figures, ...directions.filter((d) => d.cue !== 'toward')].every((o) => inside(o, [c]));
  const leverClauses = leverClausesAll.filter((c) => !isOutlookWith(c, folded, kpiMentions) && !goalWith(c));
  // A side constraint ("while keeping CAC under $500", "tout en maintenant la marge au-dessus de 40 %")
  // is neither the goal nor a lever: its KPI, verb and numbers are set aside with the levers'.
  // "Signer 10 clients par trimestre avec un panier moyen supérieur à 1 000 €": a with-clause giving another KPI a value
  // qualifies the goal (like a constraint); it is not a means.
  const qualifiers = leverClauses.filter((c) => isQualifyingWith(c, folded, kpiMentions, quantitiesAll));
  const purposes = findPurposeClauses(
    folded,
    original,
    directions,
    [...kpiMentions, ...quantitiesAll].filter((o) => !inside(o, [...leverClauses, ...constraints])),
    quantitiesAll,
    dates,
  );
  // "In addition to online sales growth, …", "Au-delà du cap des 3 millions d'abonnés en 2021, …": an opening aside
  // names what the goal comes on top of, not the goal; "Given the growth we've seen, …", « Compte tenu de la croissance, … »,
  // « Dans la mesure où 100 millions de personnes sont attendues, … » name what it rests on (kpi38: real37); a figure's
  // separator is no comma ending it ("Insofar as 2,000 visitors are expected, …").
  // « Notre taux de transformation étant de 1,29 % et notre panier moyen de 16 700 €, nous avons besoin de … », "Our close
  // rate being 25%, we need …": an opening absolute clause states the assumptions the goal is computed from (real16's rule).
  const aside = LEADING_ASIDE_RE.exec(folded) ?? (folded.includes('etant') || folded.includes('being') ? ASSUMED_RE.exec(folded) : null);
  if (aside && !(aside[1] && ASIDE_AIM_RE.test(aside[0]))) purposes.push({ start: aside[0].length - aside[0].trimStart().length, end: aside[0].length - 1 });
  const assumedMatch = ['if ', 'si ', "s'il"].some((w) => folded.includes(w)) ? IF_ASSUMED_RE.exec(folded) : null;
  const assumed = assumedMatch ? { start: assumedMatch[0].length - assumedMatch[0].trimStart().length, end: assumedMatch[0].length - 1 } : null;
  if (assumed) purposes.push(assumed);
  // "…, après avoir doublé le recrutement au premier trimestre, …", "after having doubled sales": what was done already.
  const done = ['apres', 'after', 'having'].some((w) => folded.includes(w)) ? PAST_DONE_RE.exec(folded) : null;
  const past: Span[] = done ? [{ start: done.index, end: done.index + done[0].length }] : [];
  // "Greggs experienced a 7.4% increase in total sales in 2017 and plans to open 110 new stores": an outcome reported in
  // the past before an aim in another unit is what happened, not the goal (in the same unit it is the baseline, goal.ts).
  const fact = PAST_FACT_WORDS.some((w) => folded.includes(w)) ? PAST_FACT_RE.exec(folded) : null;
  if (fact) {
    const end = fact.index + fact[0].length;
    const numbers = quantitiesAll.filter((q) => !dates.some((d) => overlaps(d, q)));
    const kinds = new Set(numbers.filter((q) => q.start >= end).map((q) => q.kind));
    if (!numbers.some((q) => q.start >= fact.index && q.end <= end && kinds.has(q.kind))) past.push({ start: fact.index, end });
  }
  // "… to be relatively flat versus a 4% decline and a 13% gain in fiscal 2022 and 2021": past changes the goal is compared
  // with are set aside (a change is not the goal's level, real26).
  const compared = ['vs', 'versus', 'contre'].some((w) => folded.includes(w)) ? COMPARED_CHANGE_RE.exec(folded) : null;
  if (compared) past.push({ start: compared.index, end: compared.index + compared[0].length });
  if (attribution) past.push(attribution);
  // "…, selon le baromètre EY de la croissance 2018", "…, according to a 2019 survey": the closing source of the figures is no
  // goal; its year or its count is none of the goal's numbers (stmt51). Only a last clause: ", selon Statista, le nombre …"
  // and "Procore, according to The Journal, expects …" go on with the goal. Nor one naming the goal's own plan: "…, according
  // to our target of $5M", « …, selon notre plan » state it (mend51d).
  const source = folded.includes('selon') || folded.includes('according') ? /,\s*(?:selon|according to)\s(?![^,;!?]*\b(?:targets?|goals?|objecti\w*|plans?|budgets?|our|notre|nos)\b)[^,;!?]*$/.exec(folded) : null;
  if (source) past.push({ start: source.index, end: folded.length });
  // « passer le cap des 8 Mds€ en 2030 dont au moins 3 Mds€ en oncologie, … », "$10M, of which $4M from services": the parts
  // an amount is broken into, after « dont » or "of which", are no other goal (real32).
  // "Five further new sites …, including two in the UK" likewise (real34).
  if (folded.includes('dont') || folded.includes('of which') || folded.includes('including')) for (const part of folded.matchAll(BREAKDOWN_RE)) {
    const dash = original.slice(part.index, part.index + part[0].length).search(/\s[–—]\s/);
    past.push({ start: part.index + part[0].search(/\S/), end: part.index + (dash > 0 ? dash : part[0].length) });
  }
  // "Ipsen (3,4 milliards d'euros de ventes en 2024), qui …": a dated figure in a parenthesis right after a name describes who
  // speaks, not the goal; "to about £34 million ($44.4 million – €37.6 million)": an amount restated in other currencies is
  // the same amount (real32). Both are set aside (`original` keeps the capital that tells a name).
  if (original.includes('(')) past.push(...describingParentheses(original));
  // « (et non plus supérieur à 200 MEUR) », "(previously above $200M)": the former figure in parentheses is neither target
  // nor baseline; the new figure outside is (left50's R7). "previously" only before a bound or an aim ("previously above",
  // "previously targeted"): "(previously 50 in 2025)" is the measure's past level, its baseline (mend50a).
  // stmt65: « doubler ses revenus de 14 milliards $ (et ses profits de 3 milliards $) », "(and its profits of $3 billion)": a
  // second measure added in parentheses is no figure of the first (its 3 billion had been the target, a fall from 14).
  if (folded.includes('(')) for (const p of folded.matchAll(/\((?:et non plus|(?:and|et) (?:its|their|our|ses|son|sa|leurs?|nos|notre) |(?:previously|formerly|auparavant) (?:above|below|over|under|at least|more than|less than|target|guid|expect|superieur|inferieur|plus de|moins de|vis|prevu))[^()]*\)/g)) past.push({ start: p.index, end: p.index + p[0].length });
  // "(Though I have in the past been forced to go lower …)": a concession in parentheses gives no direction (real34); nor
  // does an editor's note, « (le tennis … comptait 1,05 million de licenciés en 2015, NDLR) » (real39).
  const conceded = folded.includes('(') ? /\((?:(?:though|although|even if|meme si|bien que)\b[^()]*|[^()]*\bndlr)\)/.exec(folded) : null;
  // A note that compares with a level ("(contre 300 aujourd'hui, NDLR)") gives the baseline, and stays read (mend42b).
  if (conceded && !/(?:contre|vs|compar)\D*\d|\d\D*(?:today|aujourd)/.test(conceded[0])) past.push({ start: conceded.index, end: conceded.index + conceded[0].length });
  // "amongst the 20 -40 year olds", "18-year-olds": an age tells whom the goal is about, not its figure (real39).
  // "…, and it will cost $2M", « et ça va coûter 2 M€ »: what the means will cost is no figure of the goal (left46).
  // Up to the goal it pays for ("will cost $5k to reach 200 leads", « pour atteindre »); a cap is the goal ("will cost less
  // than 10% of revenue"), and so is what "to cost" wants ("each lead to cost less than $40"; mend46b).
  const cost = folded.includes('cost') || folded.includes('cout') ? /\b(?:(?:will|would) cost|(?:va|vont) couter|couter(?:a|ont|ait))\s(?!(?:us |nous )?(?:less|no more|under|below|moins|pas plus)\b)(?:(?!\s(?:and|et|to|pour|afin)\s)[^,;.!?]|[.,]\d)*/.exec(folded) : null;
  if (cost) past.push({ start: cost.index, end: cost.index + cost[0].length });
  // "spending $55 million to expand its fleet by 30,000 units", « investir 20 M€ pour augmenter la capacité de 15 % »: the
  // amount spent for a purpose is a means, the goal the purpose's (left50's R2; real46's fleet, as "will cost … to reach").
  // Only an amount of money: "Cut spending 10% to fund new hires", "Spend 20 hours a week to prospect" keep their figures.
  // Only when the purpose states a figure of the goal's own (not a year, not "Q2"; « complètement », "fully": all of it, real36),
  // and no verb of change acts on the spend:
  // "Cut spending $500K to fund new hires", "Invest $2M in R&D to stay competitive" keep their amount (mend50a).
  // (The look-ahead first: the look-behind then runs only before a spending word, not at every position, perf54.)
  const spent = /(?=\b(?:spend|invest|depens|consacr))(?<!\b(?:cut|reduc|increas|boost|rais|lower|trim|slash|grow|doubl|reduire|augmenter|baisser|diminuer)\w*\s+(?:\w+\s+)?)\b(?:spend|invest|depens|consacr)\w*\s+(?:(?:about|around|nearly|over|more than|environ|pres de|plus de)\s+)?(?:rs ?\d|(?:us ?)?[$€\x80£]\s?\d|\d[\d.,\s]*(?:[kmb]n?\b|millions?|milliards?|billions?)?\s?(?:[$€\x80£]|(?:d'|de )?(?:euro|dollar)s?\b))(?:[^,;.!?]|[.,]\d){0,60}?(?=\s(?:to|pour|afin d\S*|in order to)\s+[a-z][^,;.!?]*?(?:(?<![\w.,])(?!(?:19|20)\d\d\b)\d|\b(?:complete|entire|totale?)ment\b|\b(?:completely|entirely|fully)\b))/.exec(folded);
  if (spent) past.push({ start: spent.index, end: spent.index + spent[0].length });
  // "The market will decline 3% next year, but we want to grow our sales 10%", « Le marché devrait reculer de 3 % …, mais nous
  // voulons … »: a rise or fall opening the sentence before a later aim of its own is context, a forecast the goal is set
  // against (mend48a's rule for its direction), its figures none of the goal's (left49).
  const forecast = FORECAST_CONTEXT_RE.exec(folded);
  if (forecast) past.push({ start: 0, end: forecast[0].length });
  // "After a 6% CAGR in revenue since 2020, cut churn to 4%", « Après une croissance de 6 % du CA depuis 2020, … »: a past
  // context opening the sentence (left52's L3); "We expect costs to rise 5% next year, so reduce operating costs to $1M",
  // « … des coûts ; il faut donc ramener … »: an expectation before its consequence (L4). Set aside, dates too, only when the
  // goal clause names its own KPI and figure ("After 20% growth in sales last year, we aim to do it again" keeps it).
  // (The expectation's regex runs only on a sentence holding a consequence word.)
  const opening = CONTEXT_OPENING_RE.exec(folded);
  const context = opening ?? (/\b(?:so|therefore|hence|thus|donc)\b/.test(folded) ? EXPECTED_THEN_RE.exec(folded) : null);
  const contextEnd = context ? context[0].length : 0;
  // (A weak mention counts when its own figure stands right before it: "…, reach 1,000 customers by June 2027", mend52c.)
  const contextSpan = context && kpiMentions.some((k) => k.start > contextEnd && (!k.weak || quantitiesAll.some((q) => q.start > contextEnd && /^\s+(?:(?:new|nouv\w*) )?$/.test(folded.slice(q.end, k.start))))) && (quantitiesAll.some((q) => q.start > contextEnd && !dates.some((d) => overlaps(d, q))) || /\b(?:doubl|tripl)/.test(folded.slice(contextEnd))) ? { start: 0, end: contextEnd } : null;
  if (contextSpan) past.push(contextSpan);
  // "…, so we must cut them to $1M", « il faut donc les ramener à 1 M€ »: a pronoun for the expected measure keeps that
  // measure's name, the rest of the expectation set aside (left53's M7).
  // A pronoun, not an article: « la compenser », not « les leads »; and a figure of the consequence's own, no date ("so let's
  // keep it there through 2028" keeps the forecast's level, mend53e). (One naming its own measure, « la compenser par 200
  // nouveaux clients », is contextSpan's.)
  const antecedent = context && !opening && !contextSpan && quantitiesAll.some((q) => q.start > contextEnd && !dates.some((d) => overlaps(d, q))) && /\b(?:them|it|(?:les?|la|l') ?[a-z]+(?:er|ir|re))\b/.test(folded.slice(contextEnd)) ? kpiMentions.find((k) => k.end <= contextEnd) : undefined;
  if (antecedent) past.push({ start: 0, end: antecedent.start }, { start: antecedent.end, end: contextEnd });
  const expectation = contextSpan ?? (antecedent ? { start: 0, end: contextEnd } : null);
  const ages = folded.includes('year old') ? /\b\d{1,2}(?:\s+\d{1,2})?\s+years?\s+olds?\b/.exec(folded) : null;
  if (ages) past.push({ start: ages.index, end: ages.index + ages[0].length });
  // « Le renforcement … et le développement de nos activités … nous permettent désormais de … », "… allow us to …": the
  // subject is the means, its change nouns no direction of the goal (real34; real27's rule for its levers).
  const enabler = folded.includes('permet') || folded.includes('allow') ? /^\W*(?:(?:le|la|les|the|our|notre|nos)\s|l')[^;.!?]*?(?<!\bqui )(?=\b(?:nous|leur|lui|vous|me) permett?\w*\s|\ballows? (?:us|me|them|you) to\b)/.exec(folded) : null;
  if (enabler && enabler[0]) past.push({ start: 0, end: enabler[0].length });
  // ", alors qu'en Grande-Bretagne une majorité des nouveaux clients sont recrutés sur mobile", ", whereas …": a contrast
  // with somewhere or someone else, to the sentence's end, is no goal (real34); one with a number may give today's level
  // (« alors qu'elles sont actuellement à 47 % », real21).
  const contrast = folded.includes('alors qu') || folded.includes('whereas') ? /,\s*(?:alors qu|whereas\b)[^;.!?\d]*(?=[;.!?]|$)/.exec(folded) : null;
  // « Malgré un recul de la part des investisseurs …, le promoteur vise … », "Despite a drop in …, we aim …": an opening
  // concession states what goes against the goal, not the goal (real35).
  // (After an opening period, « Pour 2025, malgré 19 petites acquisitions réalisées …, », real36.)
  const despite = /^\W*(?:(?:pour|en|in|for) [^,;.!?]{1,20},\s*)?(?:malgre|despite|in spite of)\b[^,;.!?]*,/.exec(folded);
  if (despite) past.push({ start: 0, end: despite[0].length });
  // "For instance, if you want to grow new business in 2023, try, “… hit ratio to 90% …”", « Si le rythme se maintient,
  // l'objectif … » : an opening condition with no figure of its own, before a main clause that has one, is no goal (real36).
  // (The same reader as num32's condition stating a fact, below: one place finds where an opening condition ends.)
  const conditionEnd = openingConditionEnd(folded);
  // A measure named in the condition stays the goal's unless a specific one follows it (real12's "if your goal is to grow
  // your subscriber list, you might aim to add 2,500 new emails"); a count in words is a figure ("If you get one new client").
  const conditionSpan = conditionEnd && !quantitiesAll.some((q) => q.start < conditionEnd && !dates.some((d) => overlaps(d, q))) && (!kpiMentions.some((k) => k.start < conditionEnd) || kpiMentions.some((k) => k.start >= conditionEnd && !k.weak)) ? { start: 0, end: conditionEnd } : null;
  if (conditionSpan) past.push(conditionSpan);
  // « aux entreprises réalisant un chiffre d'affaires inférieur à 50 millions »: a participle clause qualifies whom the goal
  // serves; its measure, bound and numbers are not the goal's (real35).
  const qualified = /\b(?:realisant|generant|affichant)\s[^,;.!?]*/.exec(folded);
  if (qualified) past.push({ start: qualified.index, end: qualified.index + qualified[0].length });
  // « Pour ces avions de moins de 110 sièges », "for firms with fewer than 50 employees": a bound on a plural noun's count
  // says which ones are meant; its number and its « moins » are not the goal's (real36).
  // (Only a text holding « than », « moins de » or « plus de » can have one: the regex is not run on the others.)
  if (folded.includes('than') || folded.includes('oins de') || folded.includes('lus de')) for (const q of folded.matchAll(/\b(?:ces|les|des|the|these|those)\s+[a-z]+s\s+(?:de (?:moins|plus) de|(?:of|with) (?:less|more|fewer) than)\s+\d[\d\s.,]*\s+[a-z]+/g)) past.push({ start: q.index, end: q.index + q[0].length });
  if (contrast) past.push({ start: contrast.index, end: contrast.index + contrast[0].length });
  // « Mon objectif n'est pas de gagner de l'argent », "Our goal is not to be the biggest": an aim denied, with no other aim set
  // against it (« mais », "but", "rather"), states no goal — no KPI, no direction (real20's negated aim, real32); with one
  // ("… is not to cut prices but to grow revenue"), the denied aim is set aside and the other is the goal.
  const denied = folded.includes('not') || folded.includes("n't") || folded.includes('pas') ? NEGATED_AIM_RE.exec(folded) : null;
  const alternative = denied ? /\b(?:mais|but|rather|plutot|instead)\b/.exec(folded.slice(denied.index + denied[0].length)) : null;
  const negatedAim = denied !== null && alternative === null;
  if (denied && alternative) past.push({ start: denied.index, end: denied.index + denied[0].length + alternative.index });
  // "instead of setting a concrete goal of 50 customers …, you could say …", « au lieu de viser 50 clients, visez 80 »: the
  // aim set against the goal, to its clause's end, is no goal (real33; the denied aim's shape, turned round). So is one after
  // "rather than" / « plutôt que de » ("Rather than cutting costs by 15%, …", stmt65) or « plutôt qu'une » (« Plutôt qu'une baisse
  // de 15 %, … », mend65s), only opening the sentence or after , ; : ( — "Cut costs rather than prices by 5%" keeps its 5 %.
  const instead = folded.includes('instead of') || folded.includes('au lieu') || folded.includes('rather than') || folded.includes('plutot qu') ? /(?:\b(?:instead of|au lieu de?|au lieu d')\s|(?<=(?:^|[,;:(]) ?)(?:rather than\s|plutot qu(?:e d(?:e\s|')|'une?\s)))(?!(?:(?:about|around|nearly|roughly|approximately|over|under|environ|pres de|plus de|moins de|quelque)\s)?[\d$€\x80£])[^,;:.!?]*?(?=\s(?:and|et|but|mais)\s|[,;:.!?]|$)/.exec(folded) : null;
  if (instead) past.push({ start: instead.index, end: instead.index + instead[0].length });
  // "…, but if foreign exchange rates remain as miserable as they are now, it could happen later", « …, ce qui lui garantira
  // une stabilité … »: a condition or a consequence clause after the goal, to its comma or its "then", is no goal; its verbs
  // give no direction (real33). A consequence after a clause with no figure (a year counts as one) and no word of direction
  // is where the goal is stated: « s'engage à encourager l'installation …, ce qui devrait permettre la création de 700
  // emplois » (stmt58, real55:9); « notre rythme de croissance va se maintenir …, ce qui nous permettrait » keeps its first
  // clause's goal (real20:13), as "has opened its new facility, which will see staff rise from 75 to 150" (real53:14, read since mend59l).
  let consequence: Span | undefined;
  const after = folded.includes(', but if') || folded.includes(', mais si') || folded.includes(' qui ') || folded.includes(', which') ? /,\s(?:but if|mais si|ce qui|qui (?:\w+ )?permet\w*|which (?:will|would))\s[^;.!?]*?(?=,|\s(?:then|alors)\s|[;.!?]|$)/.exec(folded) : null;
  // (A consequence that costs, « ce qui représentera un investissement de 15 M€ », states no goal: mend58s.) « , qui
  // (nous) permettra de … » is the same consequence (Ruling D2: « lever 8 M€, qui permettra d'accélérer la croissance »),
  // but only after a figure of the goal's own (no date), as money raised: after a date or a bare verb (« Développer notre
  // réseau, qui permettra d'atteindre 3 M€ ») it states the goal, and so does its object there (mend59l, the lead's (1)).
  const ownFigure = after && quantitiesAll.some((q) => q.end <= after.index && !dates.some((d) => overlaps(d, q)));
  const costs = after && /\b(?:investis|investment|cost|cout|depens|spend)/.test(after[0]);
  if (after && (/^,\s(?:but|mais)/.test(after[0]) || costs || ownFigure || (!/^,\s(?:qui|which)/.test(after[0]) && (quantitiesAll.some((q) => q.end <= after.index) || directions.some((d) => d.end <= after.index))))) {
    const span = { start: after.index, end: after.index + after[0].length };
    past.push(span);
    if (ownFigure || costs) consequence = span;
  }
  // « L'investissement de plus de 10 millions d'euros permettra l'embauche de 30 collaborateurs », « Un investissement de
  // 120 000 à 300 000 euros permet d'atteindre … », "The $10M investment will allow us to hire 30": the money an investment
  // costs, in the clause that enables the goal, is the means' amount, no figure of the goal (stmt58: real55:56, real39:8, :57).
  // Only the investment's own money, after its word or right before it ("the $10M investment", « 10 M€ d'investissement »),
  // with no comma before the verb and a figure after it, the goal's: "Grow revenue to $12M … with funding that will allow",
  // « porter notre budget à 2 M€ en 2027, ce qui permettra », « lever un financement de 8 M€ qui permettra d'accélérer la
  // croissance » keep the goal's amount (mend58s).
  const enabling = folded.includes('permet') || folded.includes(' allow') || folded.includes(' enable') ? /\b(?:investis\w*|investments?|financements?|funding|enveloppe|budget)\b[^,.;!?]*?\b(?:permet\w*|(?:will|would|should|could) (?:allow|enable))\b/.exec(folded) : null;
  const outlay = enabling && quantitiesAll.find((q) => q.kind === 'money' && (q.start > enabling.index ? q.end < enabling.index + enabling[0].length : /^\s*(?:[a-z]+\s+|d')?$/.test(folded.slice(q.end, enabling.index))));
  if (enabling && outlay && quantitiesAll.some((q) => q.start > enabling.index + enabling[0].length)) past.push({ start: Math.min(outlay.start, enabling.index), end: enabling.index + enabling[0].length });
  // The same money before a purpose (« un plan d'investissement de 32 M€ sur 5 ans, …, afin d'atteindre un CA de 200 M€ », «
  // a investi 5 M€ … de manière à doubler », "invested $5 million … in order to double"): the amount right after the
  // investment word ("of", « de » and two words at most between) is the means', to the purpose, when the goal after it has
  // its own figure or multiplier (stmt59: real56:47, :49). A budget raised to a level (« porter le budget à 2 M€ afin de »)
  // and money before the word stay the goal's. The written R2 rule's two guards, as `spent`'s (mend59s): no verb of change
  // on the investment ("increase our investment to $5 million in order to …", « augmenter l'investissement de 2 M€ afin
  // d'… » state the goal), and a figure of the goal's own, not a year, "Q2" or "mid-2027" ("invest $2M in order to
  // modernise the plant by 2028" keeps its amount).
  const purpose = /\b(?:afin d|de (?:maniere|facon) a|in order to|so as to)\b/.exec(folded);
  const invested = purpose && /(?<![\w.,])(?!(?:19|20)\d\d\b)\d|\b(?:doubl|tripl)/.test(folded.slice(purpose.index)) && quantitiesAll.find((q) => q.kind === 'money' && q.end < purpose.index && /(?<!\b(?:cut|reduc|increas|boost|rais|lower|trim|slash|grow|doubl|reduire|augmenter|baisser|diminuer)\w*\s+(?:\w+\s+|l')?)\binvest\w*\s(?:(?:de|of)\s|d')?(?:[a-z]+\s){0,2}$/.test(textBefore(folded, q.start, 60)) && !/[;!?]|\.\s/.test(folded.slice(q.end, purpose.index)));
  // The purpose then holds the goal: no longer set aside.
  if (purpose && invested) {
    past.push({ start: invested.start, end: purpose.index });
    for (let i = purposes.length - 1; i >= 0; i--) if (purposes[i].start > invested.start && purposes[i].start <= purpose.index + 1) purposes.splice(i, 1);
  }
  // "…, a quarter of our annual goal of $4.8M", « soit 25 % de l'objectif annuel »: the larger goal this one is a share of
  // (rel40, goal-share.ts).
  past.push(...findGoalShares(folded, quantitiesAll, dates));
  purposes.push(...past);
  const setAside: Span[] = [...leverClauses.filter((c) => !constraints.some((k) => c.start >= k.start && c.start < k.end) && !qualifiers.includes(c)), ...constraints, ...qualifiers, ...purposes];
  // An opening condition stating a fact with a figure (num32): its figures are what the goal is computed from.
  const factEnd = factConditionEnd(folded, conditionEnd, directions);
  const afterCondition = quantitiesAll.filter((q) => q.start >= factEnd);
  // A second goal joined by "and"/"et" ("… by 10% and reduce churn to 3%") keeps its own numbers and KPI.
  const secondGoal = findSecondGoal(
    folded,
    directions.filter((d) => !inside(d, setAside) && d.start >= factEnd),
    [...kpiMentions, ...afterCondition].filter((o) => !inside(o, setAside)),
  );
  // "10 M€ en 2024 et plus de 25 M€ à l'horizon 2026": a second level with its own deadline is another goal.
  // (A period inside what was done already dates no first goal: "… sales in 2017 and plans to open 110 stores this year".)
  const { goals: ownDeadlineGoals, milestones, lists } = findOwnDeadlineGoals(folded, original, afterCondition, dates.filter((d) => !inside(d, past)), options.asOf, kpiMentions);
  // « Son ambition : devenir le leader … et atteindre un CA de 4,5 Md€ »: a goal list's first item names no catalog measure,
  // so a later item's measure and figures are not the goal's (shape44, goal-list.ts).
  const listed = firstItemNamesNone(folded, kpiMentions.filter((k) => !inside(k, setAside)), language, setAside, original);
  // G2: "plans to open a factory in Morocco and double its turnover to €20 million": the figure-less action is the later goal's lever
  // (its object, « ouvrir tous nos magasins », and its cadence, « ouvrir chaque mois un magasin », are not the goal's).
  // (A first item with a figure of its own, « ouvrir trois magasins », keeps the list rule: two items with figures.)
  const actionItem = listed?.lever;
  const actionLever = actionItem && !quantitiesAll.some((q) => inside(q, [actionItem])) ? actionItem : undefined;
  const laterItems = actionLever ? null : listed;
  const leverSpans: Span[] = [...setAside, ...ownDeadlineGoals, ...(secondGoal ? [secondGoal] : []), ...(actionLever ? [actionLever] : [])];
  // Its verbs still give the direction (« contractualiser deux tiers …, doubler son CA … » moves things up); not its measure.
  const kpiSpans = laterItems ? [...leverSpans, laterItems] : leverSpans;

  const pickedKpi = pickKpi(kpiMentions, kpiSpans, folded, (id) => catalog.find((k) => k.id === id)?.unit === 'percent');
  // (An object read in the condition gives way to a KPI named after it, not to none: "If you're selling …, it may be selling 20 percent more".)
  // (Nor an object inside an expectation set aside: « une baisse du trafic, il faut donc doubler les leads », mend53e.)
  const objectRead = readObject(pickedKpi, folded, language, kpiMentions, catalog, actionLever ?? assumed ?? purposes.find((p) => p.means) ?? (pickedKpi ? (conditionSpan ?? expectation) : null), consequence);
  // (Nor is the object a later item's verb moves: « doubler son chiffre d'affaires bio ».)
  const read = laterItems && objectRead && objectRead.start >= laterItems.start ? null : objectRead;
  // "5% growth in revenue", « 10 % de croissance du CA »: the growth noun keeps its own measure, as "10% revenue growth"
  // (left52's L1, left53's M1 for English revenue's own words only: "10% growth in profit", "in MRR" stay that measure's
  // change, mend53e), unless the sentence states an amount: then the percentage is that amount's change ("… growth in
  // revenue to $5M", « … du CA pour atteindre 5 M€ »: R1's change and level; « sur 2 M€ de CA », its base).
  const grown = read?.id === 'sales_growth' ? kpiMentions.find((m) => m.start > read.start && catalog.find((k) => k.id === m.id)?.unit === 'currency' && GROWTH_PERCENT_OF_RE.test(textBefore(folded, m.start, 60)) && (!/croissance|(?:revenues?|sales|turnover|top line)$/.test(textBefore(folded, m.end, 70)) || quantitiesAll.some((q) => q.kind === 'money' && !MEANS_AMOUNT_BEFORE_RE.test(textBefore(folded, q.start, 50))))) : undefined;
  const aimedGrowth = aimGrowth && read && catalog.find((k) => k.id === read.id)?.unit === 'currency' && /growth|croissance/.test(folded) ? kpiMentions.find((m) => {
    const before = textBefore(folded, m.start, 60);
    const aim = m.id === 'sales_growth' && m.start > read.end ? AIMED_GROWTH_BEFORE_RE.exec(before) : null;
    const after = !aim ? undefined : aim[1] ? '' : GROWTH_OF_PERCENT_AFTER_RE.exec(textAfter(folded, m.end, 30))?.[0];
    return aim !== null && after !== undefined && !GROWTH_OF_ANOTHER_AFTER_RE.test(textAfter(folded, m.end + after.length, 30)) && !quantitiesAll.some((q) => q.kind === 'money' && q.start > m.end) && REPORTED_BEFORE_RE.test(folded.slice(0, m.start - before.length + aim.index));
  }) : undefined;
  const kpiMention = grown ?? aimedGrowth ?? (read?.id === 'sales_growth' && GROWTH_TARGET_MULTIPLE_RE.test(folded) ? { ...read, id: 'revenue' } : undefined) ?? read;
  // A KPI read from the object's head joins the mentions the numbers are read against ("rating of at least 3").
  if (kpiMention && !kpiMentions.includes(kpiMention)) kpiMentions.splice(kpiMentions.filter((m) => m.start < kpiMention.start).length, 0, kpiMention);
  const namedWin = (!kpiMention || kpiMention.id === 'deals_closed' || kpiMention.id === 'customers') && NAMED_WIN_RE.test(folded);
  // An economy's growth (kpi.ts's economyGrowth) is no firm's measure: no KPI, its verb still moving the direction (kpi56).
  const economy = kpiMention?.id === 'sales_growth' && kpiMention.weak && economyGrowth(folded, original, kpiMention.start, kpiMention.end);
  const named = economy ? undefined : kpiMention || namedWin ? catalog.find((k) => k.id === (namedWin ? 'deals_closed' : kpiMention?.id)) : undefined;
  const exceeded = ['exceed', 'surpass', 'beat', 'overachiev', 'depass'].some((w) => folded.includes(w)) ? EXCEED_GOAL_RE.exec(folded) : null;
  const passedBy = exceeded && quantitiesAll.find((q) => q.kind === 'percent' && q.start >= exceeded.index && q.end <= exceeded.index + exceeded[0].length);
  const attainment = catalog.find((k) => k.id === 'quota_attainment');
  const visits = (!named || /^(?:website_traffic|deals_closed|customers)$/.test(named.id)) && VISITS_RE.test(folded) && !WEB_RE.test(folded) ? catalog.find((k) => k.id === 'meetings') : undefined;
  const rated = !named && RATING_RE.test(folded) && RATING_WORD_RE.test(folded) ? catalog.find((k) => k.id === 'csat') : undefined;
  let kpi = attainment && (passedBy || (!named && (exceeded || ATTAINED_RE.test(folded)))) ? attainment : (visits ?? rated ?? named);
  const goalDirections = directions.filter((d) => !inside(d, leverSpans));
  // "Keep churn at 4% in 2026, then aim to reduce it to 3% by 2027": the list's later item's own verb moves its last level (mend55a).
  // (Read among all the verbs: « puis viser à le réduire » is otherwise set aside as a means.)
  const directionMention = chooseDirection(directions.filter((d) => lists.some(([, later]) => d.end <= later.start && d.start > later.start - 40 && d.cue !== 'toward'))) ?? chooseDirection(goalDirections);

  // "Après une quinzaine d'ouvertures en 2015": a period already over dates an observation, never the deadline.
  // Only uncued ("en 2015", not "by June 2026"), and only next to a period still ahead.
  // (A level a past verb states in today's year, before a later deadline, is observed too: "We reached $1M in revenue in 2026
  // and expect $1.5M in 2027", today 2026-12-06; mend53c.)
  const thisYear = options.asOf.slice(0, 4);
  const laterYear = dates.some((d) => d.role === 'deadline' && d.date.slice(0, 4) > thisYear);
  const reachedThisYear = (d: DateMention): boolean => laterYear && d.date.slice(0, 4) === thisYear && PAST_LEVEL_VERB_BEFORE_RE.test(textBefore(folded, d.start, 70));
  const pastDates = dates.some((d) => d.role === 'deadline' && d.date >= options.asOf) ? dates.filter((d) => d.role === 'deadline' && (d.date < options.asOf || reachedThisYear(d)) && (!d.cued || PERIOD_END_LEVEL_RE.test(textBefore(folded, d.end, 30)))) : [];
  const claimed: Span[] = [...dates, ...(impossible ? [impossible] : []), ...recurrences, ...kpiSpans, ...milestones, ...goalDirections.filter((d) => d.relativeChange !== null)];
  // A year set aside beside a date still stands for what is aimed at ("hit or exceed the 2015 number in 2018"): the direction
  // is read as it was with the year in (a level, with no value and no start to compare it with — a baseline stated beside
  // it, "Sales were 1200 last year; beat the 2019 record by 2027", is not compared with the stand-in).
  // Three passes: the numbers no earlier year rule claims, the years among them set aside beside a date (`yearAside` tells
  // the direction's reading below), then the goal's quantities (left43: was a side effect inside one filter).
  const unclaimed = afterCondition.filter(
    (q) => !claimed.some((s) => overlaps(s, q)) && !QUALIFIED_COUNT_BEFORE_RE.test(textBefore(folded, q.start, 60)) && !isYearOfKpi(q, kpiMentions, catalog, folded) && !isElapsedPeriod(q, folded) && !isYear(q, folded) && !isYearForLevelKpi(q, kpi, folded) && !isComparedYear(q, folded) && !isBareYear(q, folded),
  );
  const besideDate = unclaimed.filter((q) => isYearBesideDate(q, folded, original, dates.length > 0));
  const yearAside = besideDate.length > 0;
  const quantities = unclaimed.filter(
    (q) => !besideDate.includes(q) && !isPlanName(q, original) && !isQuotedName(q, original) && !isUnionName(q, original) && !isPeriodAdjective(q, original) && !isLaunchYear(folded, q.start, q.end) && !isPreviousPeriodNotation(q, original) && !isItemLabel(q, folded, original) && !REWARD_AFTER_RE.test(textAfter(folded, q.end, 20)) && !REWARD_BEFORE_RE.test(textBefore(folded, q.start, 30)) && !RANKED_GROUP_RE.test(`${textBefore(folded, q.start, 24)}#${textAfter(folded, q.end, 16)}`) && !(q.kind === 'number' && /^(?:19|20)\d\d$/.test(folded.slice(q.start, q.end)) && folded.slice(q.start, q.end) < options.asOf.slice(0, 4) && NAMED_YEAR_BEFORE_RE.test(textBefore(folded, q.start, 40)) && /^\s*(?:[,.;:)»]|$)/.test(textAfter(folded, q.end, 3))),
  );
  // "We sell the $19.99/month plan: get 500 subscribers", "Sell 500 seats at $49/month": a price (an amount per period
  // describing an offer) is never the goal's number when the goal has a number of its own.
  const isPrice = (q: Quantity): boolean => q.kind === 'money' && (PRICE_AFTER_RE.test(textAfter(folded, q.end, 50)) || (/^\s*\//.test(folded.slice(q.end)) && PRICE_BEFORE_RE.test(textBefore(folded, q.start, 20))));
  const priced = quantities.some((q) => !isPrice(q)) ? quantities.filter((q) => !isPrice(q)) : quantities;
  // Ruling N1: a list's first level is read with its last level's figure; the later levels are not read again.
  // (A map, so that a list of n items is read in n steps, not n² scans.)
  const nextLevel = new Map(lists);
  const lastLevel = (q: Quantity): Quantity => nextLevel.get(q) ?? q;
  const goalQuantityCandidates = lists.length === 0 ? priced : priced.filter((q) => !lists.some(([, later]) => later === q)).map((q) => {
    let last = q;
    while (lastLevel(last) !== last) last = lastLevel(last);
    if (last === q) return q;
    // A bare figure takes the list's scale word, as a range's first end does (« 50 millions en 2008 et 190 en 2009 »).
    const bare = last.kind === 'number' && last.scale === 1 && q.scale > 1;
    return { ...q, value: bare ? last.value * q.scale : last.value, scale: bare ? q.scale : last.scale, kind: last.kind === 'number' ? q.kind : last.kind, currency: last.currency ?? q.currency };
  });
  const numbers = extractGoalNumbers(
    folded,
    goalQuantityCandidates,
    (index) => {
      let last: DirectionMention | null = null;
      // "une marge de plus de 10 %": "plus de"/"more" right before the number is its bound, not the verb governing it.
      for (const d of goalDirections) if (d.end <= index && !(d.needsObject && /^\s*$/.test(folded.slice(d.end, index)))) last = d;
      return last;
    },
    kpiMentions.filter((k) => !inside(k, kpiSpans)),
    (q) => countsSomethingElse(q, kpi, kpiMentions, folded),
    (q) => observedInPast(q, pastDates, folded),
    kpi?.lowerIsBetter,
    kpi?.id === 'sales_growth',
    // An amount or a count (not a rate, a share, a score, nor a profitability: a ratio of profit) moves in % growth (mend48b).
    !!kpi && !/percent|score/.test(kpi.unit) && !/rentabilit|profitabilit/.test(folded),
    kpi?.unit === 'percent',
    // A level with a future day right after it is aimed for, a milestone ("$2M in revenue in 2027 and double that amount by
    // 2030", mend63s).
    // (In the level's own clause: "… and want to double it by 2030" dates the doubling.)
    (q) => dates.some((d) => d.start >= q.end && d.start - q.end <= 40 && d.date > options.asOf && /^[^,.;:!?()\d]*$/.test(folded.slice(q.end, d.start)) && !/\b(?:and|et|then|puis|but|mais)\b/.test(folded.slice(q.end, d.start))),
  );

  // "Our CAC is $400 and our LTV is $1,200; we want $1,500", « Notre CAC est de 400 € et notre panier moyen de 60 € ; on vise
  // 70 € »: two metrics' levels stated one after the other, then an aim: the level the aim starts from (goal.ts) is the last-named
  // metric's, so the goal is that metric's — the catalog's one named between the two levels, or none (LTV is not tracked),
  // never the first metric's (left43; as mend42a's « Nos coûts sont de 2 M€ et notre CA est de 5 M€ ; nous voulons 6 M€ »).
  // So is a level the aim's kind picked before another metric's, named before the other's joint ("Margin is 20% and revenue
  // is $2M; we want 25%": margin; "We have 40 reps and revenue is $2M; we want 60": none, never revenue).
  const metricAt = numbers.metricAt;
  // A metric before "and" is a noun phrase's word, not its head ("our sales and marketing spend is": spend, mend43d).
  if (metricAt) kpi = catalog.find((k) => k.id === kpiMentions.find((m) => m.start >= metricAt[0] && m.end <= metricAt[1] && !/^ (?:and|et) /.test(textAfter(folded, m.end, 5)))?.id);
  // "My goal is reaching 2B every month", « un objectif individuel de 300K »: a goal given only an amount scaled by a glued
  // k, M or B, with no unit and nothing counted after it, is a sales amount without its currency sign (real15's turnover
  // context, real11's money goal).
  const scaledAmount = (q: Quantity | null | undefined): boolean => q?.kind === 'number' && q.scale > 1 && /^\d[\d.,]*[kmb]/.test(folded.slice(q.start, q.end)) && UNCOUNTED_AFTER_RE.test(textAfter(folded, q.end, 16));
  if (!kpi && GOAL_WORD_RE.test(folded) && (scaledAmount(numbers.target) || quantitiesAll.some((q) => scaledAmount(q) && GOAL_AMOUNT_BEFORE_RE.test(textBefore(folded, q.start, 40))))) kpi = catalog.find((k) => k.id === 'revenue');
  // « franchir le cap des 2 milliards d'euros et détenir une part de marché de 20 % », « passer la barre des 500 M€ … pour un
  // résultat … à 10 % »: the threshold a crossing verb names is the goal's level over a later number of another kind (num30:
  // real27, real30; « dépasser les 17 % et … passer la barre des 130 millions » keeps its first goal, real16).
  const crossed = CROSSED_RE.exec(folded);
  const threshold = crossed && quantities.find((q) => q.start === crossed.index + crossed[0].length);
  if (threshold && numbers.target && numbers.target.start > threshold.end && numbers.target.kind !== threshold.kind) numbers.target = threshold;
  if (passedBy) Object.assign(numbers, { baseline: null, change: null, target: { ...passedBy, value: Math.round((1 + passedBy.value) * 1e6) / 1e6 } });
  // "Achieve 5% growth in revenue": the growth's percentage, read as a level, is the amount's relative change. So is a floor
  // on a change noun's percentage with the amount or count named between ("an increase in company revenues of at least 10%",
  // « une progression du chiffre d'affaires supérieure ou égale à 7 % »: num33, real19, real28) — not a bare « croissance de
  // plus de 10 % » (the growth rate's own level), nor a margin's or a share's (their KPI is a percentage).
  const level = numbers.target;
  if (level?.kind === 'percent' && !numbers.change && (grown ? level.end <= grown.start : !numbers.baseline && /^(?:currency|count)$/.test(kpi?.unit ?? '') && BOUNDED_CHANGE_NOUN_RE.test(textBefore(folded, level.start, 80)))) {
    numbers.change = { quantity: level, value: level.value, kind: 'relative' };
    numbers.target = null;
  }
  // "profit growth … must amount to at least 15 percent annually", « porter la croissance du bénéfice à 10 % »: a profit's growth
  // given a percentage is the profit's relative change, no margin (the catalog has no profit-growth rate; stmt52, real49).
  // A growth says which way (mend52b: "Profit growth of 12% in 2027" named no direction). A margin named, or the percentage
  // given as a share of sales ("profit growth to a 20% net margin", "… to reach 15% of revenue", « 15 % du CA »), keeps the
  // margin's level (mend52b).
  if (kpi?.id === 'profit' && level?.kind === 'percent' && numbers.target === level && !numbers.change && kpiMention && kpiMention.end <= level.start && (/^\s+growth\b/.test(textAfter(folded, kpiMention.end, 10)) || /\bcroissance (?:du|de son|de leur|de notre|des) $/.test(textBefore(folded, kpiMention.start, 30))) && !/\bmarg(?:in|e)s?\b/.test(folded) && !SHARE_OF_SALES_AFTER_RE.test(textAfter(folded, level.end, 40))) {
    numbers.change = { quantity: level, value: level.value, kind: 'relative' };
    numbers.target = null;
    numbers.impliedDirection ??= 'increase';
  }
  // "Close 40% of opportunities", "Win 30% of deals": a share of the deals closed, with no count, is the close rate's level.
  const shareQ = numbers.change?.quantity;
  if (kpi?.id === 'close_rate' && !numbers.target && shareQ?.kind === 'percent' && kpiMention && /^\s*(?:of|des|de|d')\s/.test(folded.slice(shareQ.end, kpiMention.start))) {
    numbers.target = shareQ;
    numbers.change = null;
  }
  // "grow your business by 20%", « une progression de 3 % »: a firm's growth by a percentage is that growth's level (stmt44's
  // ruling), as a market's is: the percentage read as a change is the sales growth to reach, when no level was read, and a
  // range's lower bound (« une progression de l'ordre de 10 à 15 % », both ends in the span) is that level, not a baseline.
  // A baseline alone in the span stays one: "we are growing at 5% now, and want 8%" grows from 5 % to 8 % (mend46c).
  const firm = kpi?.id === 'sales_growth' ? FIRM_GROWTH_RE.exec(folded) : null;
  const inFirm = (q: Quantity | null | undefined): q is Quantity => !!firm && !!q && q.start >= firm.index && q.end <= firm.index + firm[0].length;
  const firmChange = numbers.change?.quantity;
  if (!numbers.target && firmChange?.kind === 'percent' && (inFirm(firmChange) || inFirm(numbers.baseline))) {
    numbers.target = firmChange;
    numbers.change = null;
  } else if (inFirm(numbers.baseline) && inFirm(numbers.target)) {
    numbers.target = numbers.baseline;
    numbers.baseline = null;
  }
  // "add 750 members a month", "Add at least 10 new names to my mailing list each week": things added each period to a summed
  // KPI (won deals, sign-ups, leads) are the per-period target, as "Win 20 new customers per month" (left53's M2); added to a
  // base or a rate ("add 100 customers to our base every month", "add 2 points to the close rate"), "more" of them, or with
  // no cadence ("add 750 members by 2027"), they stay the change.
  const added = numbers.change?.quantity;
  if (added?.kind === 'number' && !numbers.target && kpi?.aggregation === 'total' && ADDED_EACH_BEFORE_RE.test(textBefore(folded, added.start, 40)) && !ADDED_TO_BASE_AFTER_RE.test(textAfter(folded, added.end, 50)) && recurrences.some((r) => r.start > added.end)) {
    numbers.target = added;
    numbers.change = null;
  }
  // A change noun's percentage read as the level, a mark read as the change (lvl54); a growth of a measure named after it (G1).
  refineLevelChange(folded, numbers, kpi?.unit, kpi?.id);
  let change = numbers.change ? { value: numbers.change.value, kind: numbers.change.kind } : null;
  // "16–20 openings …, and double that number in 2023": a multiple coordinated after the goal's level is a later goal; so is a
  // later list item's (« devenir le leader … et doubler son CA »: no measure, so no change of it either, mend44c).
  const laterMultiple = directionMention && numbers.target && numbers.target.end <= directionMention.start && coordinatedMultiple(folded, directionMention.start);
  if (!change && directionMention?.relativeChange != null && !laterMultiple && !(laterItems && inside(directionMention, [laterItems]))) change = { value: directionMention.relativeChange, kind: 'relative' };
  // "… generate revenues of EUR 1.4 billion per year and their goal is to double that amount": the multiplying verb whose
  // object points back to the level read as the baseline gives the change, whichever verb came first ("generate", stmt63).
  const pointedBase = numbers.baseline;
  if (!change && pointedBase && !numbers.target) {
    // (Or a pronoun: "double it", "double that", « le doubler », mend63s.)
    const multiplied = directions.find((d) => d.relativeChange != null && d.start > pointedBase.end && (/^\s*(?:(?:that|this|ce|cette) (?:amount|figure|number|level|sum|total|montant|chiffre|nombre|niveau|somme)\b|(?:it|that|this)(?=\s*(?:[,.;!?]|$|(?:by|before|within|over|in|again|next|and|then|to reach)\b)))/.test(textAfter(folded, d.end, 30)) || /\b(?:le|l') ?$/.test(textBefore(folded, d.start, 4))));
    if (multiplied?.relativeChange != null) change = { value: multiplied.relativeChange, kind: 'relative' };
  }

  // "gagner 10 % de parts de marché", "gain 5% market share": a percentage OF a rate, named before it, is points of
  // that rate (an absolute change), whereas "augmenter la part de marché de 10 %" stays relative.
  const changeQ = numbers.change?.quantity;
  if (change?.kind === 'relative' && changeQ?.kind === 'percent' && kpi?.unit === 'percent' && kpiMention && kpiMention.start >= changeQ.end) {
    const between = folded.slice(changeQ.end, kpiMention.start);
    const before = textBefore(folded, changeQ.start, 30);
    if (/^\s*(?:(?:de|d'|of|in)\s*)?(?:(?:la|les|the|l'|our|nos|notre|votre|your)\s*)?$/.test(between) && GAIN_SHARE_BEFORE_RE.test(before)) change = { value: change.value, kind: 'absolute' };
  }

  // "forte de 63 points de vente, … 15 ouvertures": places counted are not the level a count of openings starts from.
  const countsOpenings = (number: { end: number }): boolean => OPENINGS_AFTER_RE.test(textAfter(folded, number.end, 30));
  const openings = numbers.baseline && numbers.target?.kind === 'number' && countsOpenings(numbers.target) && !countsOpenings(numbers.baseline);
  // NPS-like scores: "10 points" are points of score, not percentage points, and so are a level's ("NPS de 40 à 50 points",
  // "NPS at 45 points": 40 → 50 and 45, the fixtures README's "NPS is a score"; num34).
  const scoreKpi = kpi?.unit === 'score';
  // Not when an end is a percent ("Raise NPS from 40% to 50 points": 0.4 → 0.5, mend42a).
  const scorePoints = scoreKpi && ![numbers.baseline?.kind, numbers.target?.kind].includes('percent');
  const valueOf = (q: Quantity | null): number | null => (q && scorePoints && q.kind === 'points' ? +(q.value * 100).toPrecision(12) : (q?.value ?? null));
  // « Le churn est tombé à 3 % au dernier trimestre de 2025 ; le maintenir », "Churn fell to 3% in the last quarter of 2025;
  // keep it there": a past level dated before the verb of keeping, nothing else read, is the level to keep (mend65s).
  const was = numbers.baseline;
  const kept = directionMention?.cue === 'maintain' && was && !numbers.target && !change && dates.some((d) => d.date < options.asOf && d.start >= was.end && d.end <= directionMention.start) ? was : null;
  const baseline = openings || kept ? null : valueOf(numbers.baseline);
  // "ne perdre aucun client", "lose no customers": a loss verb with no lost item states churn at zero, to bring down to.
  // "Aim for zero accidents", « Viser zéro défaut », "Target zero customer complaints": "zero" before a measure named for what
  // a business wants less of (D1) brings it down to 0, outside the catalog, whatever the object reader took for the object (d57).
  // (The noun phrase runs up to a short word or a preposition: "zero defect deliveries" is headed by deliveries.)
  // mend57d: only as the goal's own object (the sentence's start) or after an aim, a target, « objectif », a verb of reaching or
  // keeping, "to" / « à » — never "with zero downtime" (a manner) nor "We had zero complaints" (a past report); its figure is
  // the goal's, not a later number (« Objectif zéro défaut sur la ligne 3 »); "zero churn" / "churn to zero" too.
  const zeroed = /(?:^|\b(?:aim\w* (?:for|at)|target\w*|objectif|vis\w*|achiev\w*|reach\w*|atteindre|maint\w*|keep\w*|to|a))\W*zero((?: (?!(?:[a-z]{1,2}|for|pour|p[ae]r|this|next|dans|sur|from)\b)[a-z]+){0,3})/.exec(folded);
  const zeroLoss = !numbers.baseline && !change && (kpi?.id === 'churn' ? !numbers.target && (ZERO_LOSS_RE.test(folded) || zeroed !== null) : !kpi && LOSS_MEASURE_RE.test(zeroed?.[1] || '-') && (!numbers.target || numbers.target.start > (zeroed?.index ?? 0)));
  const oneWin = namedWin && !numbers.target && !numbers.baseline && !change;
  const target = zeroLoss ? 0 : oneWin ? 1 : valueOf(numbers.target ?? kept);
  // A stated baseline and target make a delta redundant: "Réduire le CPL de 25 % (de 50 € à 37,50 €)" is the range.
  if (baseline !== null && target !== null) change = null;
  // A direction needs something to move: a KPI or a number ("Grow.", "Sell more." state none).
  // "the new target would be achieved by the 2015-16 financial year": a goal met is a level reached, the better way (stmt51:
  // real38 kept its direction only while the split year read as a figure).
  const goalMet = GOAL_MET_RE.test(folded);
  const held = zeroLoss && directionMention?.cue === 'maintain' ? 'maintain' : zeroLoss || numbers.savings ? 'decrease' : kpi || economy || yearAside || baseline !== null || target !== null || change || goalMet || movesAnObject(directionMention, folded) ? resolveDirection(directionMention, numbers.impliedDirection, yearAside && target === null ? null : baseline, target ?? (yearAside ? 0 : null), kpi, change !== null || target !== null || yearAside || goalMet, numbers.target?.kind === 'money' && spendsTarget(folded, numbers.target.start), () => !RECOVERY_RE.test(folded) && LOSS_MEASURE_RE.test(AIMED_AT_RE.exec(folded)?.[1] ?? goalObject(folded, language)?.phrase ?? '')) : null;
  // « conserver un client fidèle », "keep the customers we've got": keeping customers is retaining them, retention's better
  // direction ("Retain 95% of our customers"), not a level held (real24, real20).
  const direction = held === 'maintain' && kpi?.id === 'retention' && directionMention && KEEP_CUSTOMERS_RE.test(folded.slice(directionMention.start, directionMention.end + 40)) ? 'increase' : held;
  // "Increase close rate from 30 % to 28 %": the numbers won over the verb (`resolveDirection`; not over a comparative,
  // « contre moins de 800 »); said, never silently (fixes64).
  const cue = directionMention?.needsObject ? null : directionMention?.cue;
  const stated = (cue === 'increase' || cue === 'decrease') && baseline !== null && target !== null && held !== cue && !zeroLoss && !numbers.savings ? cue : null;

  if (scoreKpi && change && numbers.change?.quantity?.kind === 'points') change = { value: numbers.change.quantity.value * 100, kind: 'absolute' };

  // The unit of the numbers that define the goal: a relative change is a fraction (percent).
  const levelSource = numbers.target ?? numbers.baseline;
  let unit: StatementUnit | null = null;
  // Any relative change makes it a fraction, even before the level it leads to ("Double its portfolio to 12,000 units",
  // "by 5% to $6.25"); not when another number stands before that level (a baseline the reader missed).
  const relStart = numbers.change?.quantity?.start ?? directionMention?.start ?? Infinity;
  // A baseline with no target ("if you have 10 monthly donors, … double them") is no level the change leads to.
  const ledTo = numbers.target;
  if (change?.kind === 'relative' && (!ledTo || (relStart < ledTo.start && !quantities.some((q) => q.start < ledTo.start && q !== numbers.change?.quantity)))) unit = 'percent';
  // « levé 7 millions d'euros sur un objectif de 20 millions »: a bare figure on the money baseline's scale, nothing counted
  // after it, is in that money (stmt55, real52), whatever the baseline's scale (« 300 000 € sur un objectif de 1 million », mend55s).
  else if (levelSource) unit = scoreKpi && (levelSource.kind === 'number' || (levelSource.kind === 'points' && scorePoints)) ? 'count' : unitOfQuantity(levelSource.kind === 'number' && levelSource.scale > 1 && numbers.baseline?.kind === 'money' && !countedAfter(levelSource, folded) ? numbers.baseline : levelSource, kpi);
  else if (zeroLoss || oneWin) unit = 'count';
  else if (numbers.change?.quantity) unit = scoreKpi && numbers.change.quantity.kind !== 'percent' ? 'count' : unitOfQuantity(numbers.change.quantity, kpi);
  // « recueillir 40 millions », « une levée de fonds de 50 millions », "raise 40 million": a bare scaled figure raised, nothing
  // counted after it, is the money raised (Ruling D2: the amount raised in the money's unit; stmt60, real57:23, :65). Only
  // with no noun but the funds between (not "Raise subscribers to 2 million", « Porter la collecte à 2 millions »: mend60s).
  if (unit === 'count' && levelSource?.kind === 'number' && levelSource.scale > 1 && !countedAfter(levelSource, folded) && /\b(?:rais|lev(?:er|ee|ons)\b|recueill|collect|recolt)\S*(?: (?:de|d'\S+|of|fonds|funds|about|around|over)){0,3} $/.test(textBefore(folded, levelSource.start, 40))) unit = 'currency';
  // "Double revenue to $2M", "Double our stores to 40": the fraction is the change's; the level keeps its own unit.
  const levelOwnUnit = unit === 'percent' && levelSource ? (unitOfQuantity(levelSource, kpi) ?? 'count') : null;
  const levelUnit = levelOwnUnit === 'percent' ? null : levelOwnUnit;

  let currency = [numbers.target, numbers.baseline, numbers.change?.quantity].find((q) => q?.currency)?.currency ?? null;
  if (!currency && (unit === 'currency' || levelUnit === 'currency')) currency = CURRENCY_HINTS.find(([re]) => re.test(folded))?.[1] ?? null;
  // A bare "$" or "dollars": the sheet's dollar (en_CA, fr_CA: CAD; es_MX: MXN — Apps Script gives the sheet's locale,
  // `getSpreadsheetLocale`, and no currency: format.ts `currencyOfLocale`), else the US dollar, as before (fixes64).
  if (currency === '$') currency = sentenceCurrency('$') ?? 'USD';
  // …but a dollar the sentence names as the US one stays it ("5 million US dollars", « 5 millions de dollars américains »).
  if (currency && currency === sentenceCurrency('$') && /\bu\.?s\.? dollars?\b|\bdollars? (?:us|americains?)\b|\bamerican dollars?\b/.test(folded)) currency = 'USD';

  // A period already over is the deadline only when no other is named (then the check warns that it is past).
  // A period right after the baseline, before the target, dates the baseline ("80 deals in 2026 and target 100 in 2027").
  // "as announced in March", « l'ambition annoncée mardi », « déclare aux Echos mardi »,
  // "according to a Dec. 19, 2006, letter": the day something was said or written, not the goal's deadline (num31).
  const said = (d: DateMention): boolean => !d.cued && SAID_BEFORE_RE.test(textBefore(folded, d.start, 40));
  const history = PAST_ASIDE_RE.exec(folded);
  let candidates = dates.filter((d) => !(expectation && inside(d, [expectation])) && !(history && d.start > history.index && d.end < history.index + history[0].length && !(d.cued && d.date >= options.asOf)) && !inside(d, [...ownDeadlineGoals, ...milestones]) && !(attribution && inside(d, [attribution])) && !pastDates.includes(d) && !said(d) && !(!d.cued && (d.date < options.asOf ? PAST_LEVEL_BEFORE_RE.test(textBefore(folded, d.start, 60)) : !/\d/.test(folded.slice(d.start, d.end)) && PAST_MONTH_LEVEL_RE.test(textBefore(folded, d.start, 40)))) && !(numbers.baseline && numbers.target && d.start > numbers.baseline.end && d.end <= numbers.target.start && !/[,;]|\b(?:and|et|but|mais)\b/.test(folded.slice(numbers.baseline.end, d.start))));
  // "… by 2030 while reducing emissions … by 2050": a side constraint's own date is not the goal's.
  // A date of what the goal is compared with is not its deadline when one is named before that (real29…real32).
  const versus = COMPARED_CLAUSE_RE.exec(folded);
  // "close to 20% net, up from 9% net in 2022": the date of a level the goal rose or fell from is never its deadline (real39).
  const pastLevel = versus !== null && /\b(?:up|down) $/.test(textBefore(folded, versus.index, 5));
  const comparedTo: Span[] = versus && (pastLevel || candidates.some((d) => d.role === 'deadline' && d.end <= versus.index)) ? [{ start: versus.index, end: versus.index + versus[0].length }] : [];
  // Only a date right after the compared figure ("up from 9% net in 2022"); "down from 5% by June 2027" and "up from 2025 by
  // 20% in 2027" keep the goal's deadline (mend42b).
  if (pastLevel) candidates = candidates.filter((d) => !(inside(d, comparedTo) && !d.cued && !/\d[^\d.,]+\d/.test(folded.slice(versus.index, d.start))));
  // « … de 50 % en 2025, voire de les doubler d'ici 2030 », "… by 20% in 2027, or even double it by 2030": a stronger target
  // offered after « voire » / "or even", to its clause's end, is an alternative, not the goal; its date is not the goal's when
  // one is named before it (left62; real58:49, whose « voire » the fixtures README reads as a stretch).
  // (« voir le doubler », « voir de les doubler »: « voire » misspelt before a pronoun and an infinitive, mend62l.)
  const even = folded.includes('voir') || folded.includes('or even') ? /\b(?:voire|voir(?= (?:de |d')?(?:l'|les? |la )[a-z]+er\b)|or even)\s[^;.!?]*/.exec(folded) : null;
  // A date that opens the goal's span ("Starting in Q1 2027, …", « À partir de janvier 2027, … », « Dès le T1 2027 ») is its
  // start, not a date of its own: the alternative's date stays the deadline then (mend62l).
  const stronger: Span[] = even && candidates.some((d) => d.role === 'deadline' && d.end <= even.index && !/\b(?:starting|start|from|beginning|as of|a partir d[eu']|des|depuis)\s+(?:(?:in|on|le|la|l'|du|de)\s*)?$/.test(textBefore(folded, d.start, 24))) ? [{ start: even.index, end: even.index + even[0].length }] : [];
  const mainDates = candidates.filter((d) => d.role === 'deadline' && !inside(d, constraints) && !inside(d, past) && !inside(d, comparedTo) && !inside(d, stronger));
  // "opening up 20 stores this year as part of … $15 billion … by 2030", "by 20% in Q1, improving ADR by 5% by year-end": a
  // period right after the goal's number (three words at most between) is its own deadline, not the one a later number's
  // clause of the same sentence closes with (real14, real17, real20, real30, real32).
  const goalQ = numbers.target ?? numbers.change?.quantity;
  const usual = pickDeadline(mainDates.length > 0 ? mainDates : candidates);
  const own = goalQ && usual && mainDates.find((d) => d.role === 'deadline' && d.start >= goalQ.end && d.end <= usual.start && /^\s*(?:[a-z'-]+\s+){0,3}$/.test(folded.slice(goalQ.end, d.start)) && !/[.!?]\s/.test(folded.slice(d.end, usual.start)) && quantitiesAll.some((q) => q.start >= d.end && q.end <= usual.start));
  const picked = own || usual;
  // A deadline past 31 December 9999 is none: said by the time-bound check (`pastLastDate`), never a date no cell holds.
  const beyond = picked?.pastLastDay ? picked : null;
  const deadline = beyond ? null : picked;
  // No start named: a goal for a quarter, half or month it names starts on its first day ("in Q2 2027").
  const ownStart = pickStart(dates);
  // A start on or after the deadline is none (mend44b).
  const start = (ownStart?.pastLastDay || (deadline && ownStart && ownStart.date >= deadline.date) ? null : ownStart?.date) ?? namedPeriodStart(deadline, folded) ?? namedYearStart(deadline, folded, dateContext.fiscalYearStartMonth);
  const fiscal = ambiguousFiscalYear(prepared, dateContext);
  // "purchase the $19.99/month Platinum Membership": "/month" right after an amount the goal does not use is a price's cadence.
  const goalQuantities = [numbers.target, numbers.baseline, numbers.change?.quantity];
  // "We invest $40k a month in marketing and want to double our pipeline", « nous dépensons 40 k€ par mois … »: the cadence
  // of an amount spent is the means' (fix62: it compounded the doubling every month); "Spend $40k a month on ads", "Cut spending by $5k a month", the goal's own figure, keep it (its index among goalQuantities is odd: the baseline, or −1 for none).
  const pricedAt = (r: RecurrenceMention): boolean => quantitiesAll.some((q) => q.kind === 'money' && (/^\s*\/$/.test(folded.slice(q.end, r.start + 1)) ? !goalQuantities.includes(q) : goalQuantities.indexOf(q) % 2 && /^\s*$/.test(folded.slice(q.end, r.start)) && /\b(?:spend|invest|depens|consacr)\w*\s(?:\w+\s)?$/.test(textBefore(folded, q.start, 30))));
  const found = recurrences.find((r) => !inside(r, leverSpans) && !qualifiesLevel(r, numbers.target, folded) && !pricedAt(r) && !periodOfAnotherFigure(r, recurrences, quantitiesAll, numbers, folded));
  // "Sell 500 licences in 2027, 125 per quarter": an amount per period after the total is its split; the goal recurs with
  // the total's own period ("in 2027": a year; "au T1 2027": a quarter), none when the deadline names neither.
  const split = found && numbers.target && quantitiesAll.some((q) => q.start > numbers.target!.end && !goalQuantities.includes(q) && /^\s+(?:[a-z]+\s+){0,2}$/.test(folded.slice(q.end, found.start)) && /[,;(]|\b(?:soit|i\.e|or|ou)\b/.test(folded.slice(numbers.target!.end, q.start)));
  // …but one a verb of its own aims at, after the total, is another goal's (« 8.000 missions …, alors que l'ambition … est
  // d'atteindre les 10.000 missions par an »: num31, real32): no cadence of this one.
  const otherAim = split && !found.adjective && directions.some((d) => d.start > numbers.target!.end && d.end <= found.start);
  // "in 2027" → a year, "au T1 2027" → a quarter (a month or a day named closes no total's period here: none).
  const totalPeriod = split && deadline ? /^(?:\D+ )?([qt][1-4] )?20\d\d$/.exec(folded.slice(deadline.start, deadline.end)) : null;
  const recurrence: Period | null = otherAim ? null : split ? (totalPeriod?.[1] ? 'quarter' : totalPeriod && deadline!.date.endsWith('12-31') ? 'year' : null) : (found?.period ?? null);
  // "$550,000 annual revenue", "chiffre d'affaires annuel", "annual sales of $2M": the adjective names the metric (no
  // cadence, as "monthly churn"), but on a flow (a summed KPI, or revenue: the catalog's one flow read as a level by
  // default) it says what period the amount is the total of; so does revenue's own cadence ("$550,000 revenue per year").
  // Recurring revenue (MRR, ARR) and a run-rate are levels.
  const revenue = kpi?.id === 'revenue';
  const flow = (kpi?.aggregation === 'total' || revenue) && kpiMention && !/recur|run.?rate|\b[ma]rr\b/.test(folded.slice(kpiMention.start, kpiMention.end + 20));
  const adjectiveTotal = !flow ? null : recurrence === null ? cadences.find((r) => r.adjective && /^\s+$/.test(r.end <= kpiMention.start ? folded.slice(r.end, kpiMention.start) : folded.slice(kpiMention.end, r.start)))?.period ?? (/^\s+annuel/.test(folded.slice(kpiMention.end)) ? 'year' : null) : revenue ? recurrence : null;
  // "$1.5M in Q3", « 450 000 € de CA au T2 », "$6M in sales over the fiscal year", « 6,2 M$ sur l'exercice »: an amount of
  // sales (or an amount with no KPI named) for a named quarter or year is that window's total, not a level each month.
  const totalOver = adjectiveTotal ?? (recurrence === null && numbers.target && unit === 'currency' && (revenue ? flow : !kpi) ? namedWindow(deadline, folded) : null);
  // "Avec ce programme", "With this program": a means named only by a demonstrative points back to another sentence (no lever).
  // "Hire five reps with at least five years of experience", "with at least 100 additional stores", « avec 30 € de ticket
  // moyen », « commencé avec 4 avions-cargos », « avec 50 ouvertures prévues »: a with-phrase giving a floor, an amount, a
  // start or a planned count qualifies what is counted or tells a level, no means (real35); resources counted ("with 3
  // reps", « avec 2 salons ») stay a means (mend32).
  // Time left, an aim or (one item) the subject's state after "with"/« avec » is listed as no lever; its figures stay set aside
  // (real41, mend44d).
  const levers = leverClauses.filter((c) => !possibility(c) && !constraints.some((k) => c.start >= k.start && c.start < k.end) && !qualifiers.includes(c) && !inside(c, purposes) && !/^(?:with|avec) (?:at least |au moins |(?:\d+|two|three|four|five|six|ten) (?:(?:[€\x80]|\$|%|years?|ans)(?![a-z])|\S+ (?:vise|prevu|a la cle|planned|expected|targeted)))/.test(folded.slice(c.start, c.end)) && !/(?:commence|started|began) $/.test(folded.slice(0, c.start))).flatMap((c) => c.items.map((i) => original.slice(i.start, i.end).slice(0, POSSIBILITY_WITH_RE.exec(folded.slice(i.start, i.end))?.index).trim())).filter((l) => l.length > 0 && !/^(?:ce|cet|cette|ces|this|these|that) \S+$/i.test(l));
  if (actionLever) levers.unshift(original.slice(actionLever.start, actionLever.end));

  const saved = numbers.savings ? null : savingsOfCosts(kpi, kpiMention, numbers.change?.quantity, change, target, unit, folded);
  // "Save customers 20% on their bills": the customers' costs, in the same clause as their saving, are no KPI of ours.
  const othersSave = kpi?.id === 'costs' && kpiMention ? OTHERS_SAVE_RE.exec(folded.slice(0, kpiMention.start)) : null;
  const othersCosts = othersSave !== null && !/[,;.]|\b(?:while|and|et)\b/.test(othersSave.input.slice(othersSave.index));
  // "Keep COGS under 33 % of sales", « Réduire les coûts à 20 % du CA »: costs as a share of sales are a cost-to-sales ratio
  // (no catalog KPI, as real12's cost-to-income ratio); an amount of costs stays costs.
  // "Your cost of sales should be … around 23 percent or less", « un coût des ventes sous 25 % »: a cost named as a share of sales
  // and given a percentage, with no change, is that ratio too (real29); "food cost … 30% or less" keeps costs (real8).
  const salesShareName = !change && kpiMention !== null && COST_SHARE_AFTER_RE.test(folded.slice(kpiMention.start, kpiMention.end).replace(/^\S+/, ''));
  const costRatio = kpi?.id === 'costs' && numbers.target?.kind === 'percent' && (salesShareName || COST_SHARE_AFTER_RE.test(textAfter(folded, numbers.target.end, 40)));
  // « porter son résultat opérationnel à 20 % du CA », "operating profit at 15% of sales": a profit given as a share of sales
  // is a margin (real12's operating margin), as costs given so are a cost ratio.
  const profitShare = kpi?.id === 'profit' && numbers.target?.kind === 'percent' && (!change || COST_SHARE_AFTER_RE.test(textAfter(folded, numbers.target.end, 40))) && catalog.some((k) => k.id === 'net_margin');
  // "Achieve gross profit of X percent", "a GP margin target of 20-25%": a GROSS profit given as a percentage is the gross
  // margin, the catalog's "gross profit margin" (real32), as any profit so given is a margin; the unit tells it, even a
  // placeholder's ("X percent").
  const grossRate = (kpi?.id === 'profit' || kpi?.id === 'net_margin') && kpiMention !== null && GROSS_PROFIT_RE.test(folded.slice(Math.max(0, kpiMention.start - 12), kpiMention.end)) && (numbers.target?.kind === 'percent' || PERCENT_AFTER_RE.test(textAfter(folded, kpiMention.end, 24))) && catalog.some((k) => k.id === 'gross_margin');
  // « C'est une vraie satisfaction puisque nous visions 50 millions d'euros », "our NPS goal is $2M": a rate or a score given
  // only an amount of money is no rate; the amount names the measure, sales (real28; real25's amount aimed at). Not an
  // amount OF the KPI named right after it (« 2 millions d'euros de marge brute »: a margin is an amount too).
  const moneyTarget = numbers.target?.kind === 'money' ? numbers.target : null;
  const amountOfKpi = moneyTarget !== null && kpiMention !== null && kpiMention.start >= moneyTarget.end && /^\s*(?:of|in|de|d'|en)\s*(?:[a-z']+\s+)?$/.test(folded.slice(moneyTarget.end, kpiMention.start));
  const rateInMoney = (kpi?.unit === 'percent' || kpi?.unit === 'score') && kpi.id !== 'quota_attainment' && !change && moneyTarget !== null && !amountOfKpi && (!numbers.baseline || numbers.baseline.kind === 'money') && catalog.some((k) => k.id === 'revenue');
  // left62: unless that money is funding ("to bring in a $10M fundraising round", "to win a $2M grant", "to secure $5M in
  // funding", « une subvention de 2 M€ »): money raised is no sales (Ruling D2: no KPI, the amount its target), whatever
  // rate the means moves.
  const fundingMoney = rateInMoney && (FUNDING_AFTER_RE.test(textAfter(folded, moneyTarget.end, 40)) || FUNDING_BEFORE_RE.test(textBefore(folded, moneyTarget.start, 40)));
  // "Increase conversion to generate an extra $500k", « Améliorer la fidélisation afin d'apporter 1 M€ de plus »: money a
  // means brings in, added on top (an absolute change in money) with no measure noun, is sales, whatever rate the means
  // moves (left61; a noun still names it: "… an extra $500k in profit").
  // Only when the means named a rate or score (or conversion) and the amount is followed by nothing, a time word or date, or
  // a sales noun with one adjective maybe ("of recurring revenue", « de CA »): "$1M in gross margin" names its KPI; funding,
  // grants, savings or a warehouse sold are no sales (mend61l).
  const earnedExtra = (kpi?.unit === 'percent' || kpi?.unit === 'score' || folded.includes('conversion')) && /^\s*(?:(?:extra|more|supplementaires?)\b\s*)?(?:[^\w\s]|$|(?:by|d'ici|per|par|an?|this|next|each)\b|(?:in|of|de|d'|en) ?(?:\d|fy|[qh]\d|(?:[a-z]+ )?(?:revenues?|sales|bookings|arr|mrr|ca|chiffre|ventes|plus)\b))/.test(textAfter(folded, numbers.change?.quantity?.end ?? 0, 40)) && change?.kind === 'absolute' && unit === 'currency' && /\b(?:to|pour|afin d\W?e?) ?(?:generat|bring|deliver|gener|degag|apport|rapport)/.test(folded);
  // "Increase our pipeline to €2M by Q3", « porter le pipeline à 2 M€ »: a pipeline given an amount of money is its value, a
  // level (catalog pipeline_value, what Check goals judges a money Pipeline tab as), while a count of opportunities stays
  // the funnel's throughput ("the target would be 20 opps", even after an if-clause's "$40k"); the unit tells which.
  // left63: so is a pipeline whose value or amount the sentence names, a determiner between (« la valeur de notre
  // pipeline », "the value of our pipeline", "our pipeline's value", « notre pipeline en valeur »): the catalog's pipeline
  // value whatever the figure; a bare pipeline with a percentage stays the funnel (the fixtures README's KPI convention).
  const pipelineInMoney = kpi?.id === 'funnel_throughput' && kpiMention !== null && folded.slice(kpiMention.start, kpiMention.end).includes('pipe') && (unit === 'currency' || numbers.baseline?.kind === 'money' || PIPELINE_VALUE_BEFORE_RE.test(textBefore(folded, kpiMention.start, 40)) || PIPELINE_VALUE_AFTER_RE.test(textAfter(folded, kpiMention.end, 16))) && catalog.some((k) => k.id === 'pipeline_value');
  if (aimedGrowth && kpiMention === aimedGrowth && (numbers.baseline?.kind === 'money' || numbers.target?.kind === 'money' || unit === 'currency')) return analyzeText(text, options, false);
  return {
    text,
    language,
    // An amount saved is a decrease of costs, whatever word names it ("économiser 2 M€", "target €20M in cost reductions").
    // Savings the customers make ("Help customers save $500 a year", "aider nos clients à économiser 500 €") are no KPI of ours.
    // Won deals given only an amount of money ("close deals worth $3M") are that revenue, as "$3M in deals"; so are reps given
    // an amount to reach (« mes agents commerciaux arrivent à un palier de 30'000 € »: people are not counted in money).
    kpi: negatedAim || (numbers.savings && OTHERS_SAVE_RE.test(folded)) || othersCosts || costRatio || saved?.kpi === null ? null : numbers.savings && catalog.some((k) => k.id === 'costs') ? 'costs' : grossRate ? 'gross_margin' : profitShare ? 'net_margin' : fundingMoney ? null : rateInMoney || earnedExtra ? 'revenue' : /^(?:deals_closed|sales_reps)$/.test(kpi?.id ?? '') && unit === 'currency' && catalog.some((k) => k.id === 'revenue') ? 'revenue' : pipelineInMoney ? 'pipeline_value' : (kpi?.id ?? null),
    // Money brought in on top is an increase, whatever the means does (« Réduire l'attrition pour dégager 200 000 € »).
    direction: negatedAim ? null : saved && !saved.kpi ? 'decrease' : earnedExtra ? 'increase' : direction,
    baseline,
    target: saved ? saved.target : target,
    change: saved ? saved.change : change,
    unit,
    ...(levelUnit ? { levelUnit } : {}),
    currency,
    deadline: deadline?.date ?? null,
    start,
    recurrence,
    levers,
    ...(totalOver ? { totalOver } : {}),
    ...(impossible ? { impossibleDate: impossible.text } : {}),
    ...(beyond ? { pastLastDate: original.slice(beyond.start, beyond.end).trim() } : {}),
    ...(fiscal && deadline && overlaps(deadline, fiscal) ? { ambiguousFiscalYear: fiscal.text } : {}),
    ...(stated && !negatedAim && !saved ? { statedDirection: stated } : {}),
  };
}

/**
 * Costs named by what is saved ("increase savings by 10%", "augmenter les économies d'énergie de 10 %"): "10 % d'économies"
 * (a share of costs saved) and an amount ("savings to $2M", "by $500k") are a decrease of costs by it; a percentage of the
 * savings themselves ("increase savings by 10%", "double our savings") is no percentage of costs: no KPI. Null: not savings.
 */
const SAVINGS_WORD_RE = /^(?:\w+ )?savings|^economies/;
function savingsOfCosts(kpi: KpiDefinition | undefined, mention: KpiMention | null, changeQ: Quantity | null | undefined, change: GoalChange | null, target: number | null, unit: StatementUnit | null, folded: string): { kpi?: null; target: number | null; change: GoalChange | null } | null {
  if (kpi?.id !== 'costs' || !mention || !SAVINGS_WORD_RE.test(folded.slice(mention.start, mention.end))) return null;
  const share = changeQ?.kind === 'percent' && /^\s*(?:d'|de|of|in)\s*$/.test(folded.slice(changeQ.end, mention.start));
  if (change?.kind === 'relative' && !share) return { kpi: null, target, change };
  return share || unit === 'currency' ? { target: change ? target : null, change: change ?? (target === null ? null : { value: target, kind: 'absolute' }) } : null;
}

/**
 * The verb of spending a budget right before the amount it spends (money only: "Spend 20 hours a week to prospect" keeps its
 * aim), not the noun ("marketing spend of $2M"), nor « consacré » (a participle). Its object only: a spend in another clause
 * ("Revenue of $2M by 2027, and we will spend $200K on marketing") leaves the target's direction (mend51b).
 */
// (Its object may follow a time or a sum's name: « consacrer en 2010 une enveloppe de 96 milliards », « y consacrer cette
// année 38 milliards », real35's relabelled lines; no other figure, no clause's end between.)
const SPEND_VERB_RE = /(?:(?:^|\b(?:to|will|we|i|you|they|must|should|shall|can|could|would)\s+)spend|\b(?:consacr|depens)(?:er|ons|ez|era|erons|eront))\b[^;.!?\d]{0,60}$/;
/** Customers spending ("customers should spend $80 per order", « les clients doivent consacrer 45 € »): their basket, no budget of ours (mend51b). */
const CUSTOMERS_SPEND_RE = /\b(?:customers?|clients?|shoppers?|buyers?|guests?|visitors?|users?|consommateurs?|acheteurs?|visiteurs?)\s+(?:[a-z']+\s+){0,2}$/;

/** Whether the target at `start` is the object of our verb of spending (left51's S2, narrowed by mend51b). */
function spendsTarget(folded: string, start: number): boolean {
  const verb = SPEND_VERB_RE.exec(folded.slice(0, start).replace(/\b(?:19|20)\d\d\b/g, 'year'));
  return !!verb && !CUSTOMERS_SPEND_RE.test(folded.slice(Math.max(0, verb.index - 40), verb.index));
}

/**
 * Ruling D1 (2026-12-06): a measure outside the catalog whose head noun names what a business wants less of — a loss, an error,
 * a defect, waste, returns, a complaint, an incident, a delay, downtime, absenteeism, shrinkage, fraud, a dispute, a
 * cancellation — or the noun a rate, ratio, level or number counts ("a defect rate", « un taux de perte », « nombre de
 * litiges ») is lower-is-better, as churn is. Read on the goal's object phrase (object.ts): only the measure's last words may
 * follow the noun (a rate's noun, "per month", « de livraison », its figure, a bound), so "loss prevention", "error-free
 * deliveries", "complaints resolved" and « taux de résolution des réclamations » (another noun before « des ») have another head;
 * a noun after "despite" / "without" / « malgré » / « sans » is a condition the object reader ran on into ("50 stores despite delays").
 * d57: an average or a time unit counts the noun as a rate does (« nombre moyen de retards », "hours of downtime", « jours
 * d'absentéisme »); "lost" / « perdus » is a loss ("days lost"); « défaut » folds to "defaut"; « clients » may follow the
 * noun as a French complement (« réclamations clients »).
 */
const LOSS_MEASURE_RE = /(?<!\b(?!(?:taux|nombre|niveau|rat\w+|level|number|moyen|average|hours|days|heures|jours)\b)[a-z]+ (?:(?:of|d[eu]s?) |d')|\b(?:despite|without|malgre|sans) (?:[a-z-]+ ){0,3}(?:l')?)\b(?:los(?:se?|t)|perte|perdue?|err(?:eu|o)r|def(?:ect(?:ive)?|aut)|breakage|casse|waste|gaspillage|(?:product|merchandise|order|customer|item)s? returns|returns? rate|(?<=taux de )retour|retours (?:produit|client|marchandise)|(?:com)?plainte?|reclamation|(?:in|ac)cident|dela[iy]|retard|lateness|downtime|indispo\w*|arret|absentee?isme?|shrinkage|demarque|fraude?|dispute|litige|(?:cancel+|annul)ation)s?(?: (?:rat\w+|clients?|(?:(?:p[ae]r|of|d[eu]) |d')\S+|inf\w+|moyens?))*$/;

/**
 * "Aim for a defect rate of 1%": what an aim names, for D1 only (d57). Not a goal verb of the object reader (mend57d): its
 * object fed the rewrite ("Aim for fewer complaints" → "Increase fewer complaints by 10%").
 */
const AIMED_AT_RE = /\baim\w* (?:for|at) ([^.,;]*?)(?= (?:by|in|before)\b|[.,;]|$)/;
/** "Recover 80% of the revenue lost", « récupérer les heures perdues »: a verb of change that states increase, whatever its noun (D1; mend57d). */
const RECOVERY_RE = /\b(?:recover|(?:get|win)\w* back|regain|recuper|reconquer|regagn)/;

function resolveDirection(
  mention: DirectionMention | null,
  implied: 'increase' | 'decrease' | null,
  baseline: number | null,
  target: number | null,
  kpi: KpiDefinition | undefined,
  quantified: boolean,
  spends: boolean,
  lowerNamed: () => boolean,
): Direction | null {
  const fromNumbers: Direction | null = baseline !== null && target !== null ? (target > baseline ? 'increase' : target < baseline ? 'decrease' : 'maintain') : null;
  const cue = mention?.cue ?? null;
  if (cue === 'increase' || cue === 'decrease' || cue === 'maintain') {
    // The numbers win over a contradicting verb ("augmenter … de 45 % à 20 %" is a typo for réduire).
    return fromNumbers && cue !== 'maintain' ? fromNumbers : cue;
  }
  if (fromNumbers) return fromNumbers;
  if (implied) return implied;
  // Outside the catalog, a measure named for what a business wants less of has lower-is-better's better direction (D1).
  const better: Direction = (kpi ? kpi.lowerIsBetter : lowerNamed()) ? 'decrease' : 'increase';
  // A KPI given a level and no verb at all ("100% close rate on all opportunities") is a level to reach; so is a level with
  // no catalog KPI (« la livraison pourrait peser près de 20% des ventes », « 35 à 37% de remplissage espérés », "2 600
  // magasins d'ici à trois ans": real23's norms and expectations, real20's rule that such a sentence keeps its direction
  // and number; real28) — a planned figure too (« le taux d'occupation prévue … est de 90 % », real19, whose label was
  // corrected to real23's rule).
  // "Spend $500K on marketing", « Consacrer 200 000 € au marketing »: a budget spent is neither a cut nor a rise (left51's S2).
  if (!mention && target !== null) return spends ? null : better;
  if (cue === 'improve') return better;
  if (cue === 'toward' && (quantified || kpi)) return better;
  return null;
}
