/**
 * KPI matching against the catalog (or a workbook-provided one): accent
 * and case folding, plural inflections, hyphen/space variants and
 * abbreviations. Two-letter abbreviations ("CA") must be written in capitals
 * so that "ça" or "ca" in running text never names a KPI.
 */
import { KPI_CATALOG, type KpiDefinition } from '../kpi/catalog';
import { escapeRegExp } from '../regexp';
import { fold, numberWord, otherSpelling, type Span, textAfter, textBefore } from './text';
import { MONTH_SOURCE } from './dates';
import { GROWN_THING, pastFactor } from './goal';

export interface KpiMention extends Span {
  id: string;
  /** Generic words ("sales", "ventes", "growth") yield to a more specific KPI named elsewhere. */
  weak: boolean;
  /** A verb naming its KPI ("fidéliser", "retain"): it also states the direction. */
  verb?: boolean;
  /** A verb or amount naming the KPI before every KPI noun: it names the goal's KPI only when those nouns are set aside (levers). */
  fallback?: boolean;
}

/** One catalog synonym and its sticky regex (built on first use), tried at one position. */
interface SynonymEntry {
  id: string;
  synonym: string;
  /** Text every match starts with (the first word, or its stem when that word may lose a plural s). */
  prefix: string;
  re: RegExp | null;
  /** The phrase as matched, when the lexicon's is in its other spelling ("enrolment" for "enrollment", left53's M5). */
  spelled?: string;
}

interface CompiledCatalog {
  /** Longest first, by the synonym's first character ('' for synonyms starting with anything but a-z0-9). */
  byFirst: Map<string, SynonymEntry[]>;
  /**
   * The same lists narrowed by the text's first two characters at a position (filled when a pair is first seen): only
   * entries whose prefix has that second character, or is one character long, can start there. Same order as byFirst.
   * Keyed by the two character codes (`candidatesAt`), not a two-character string: no string sliced and hashed per word.
   */
  byPair: Map<number, readonly SynonymEntry[]>;
  /** The catalog's ids: scanKpis asks for some fifteen of them per statement (a `some` over the catalog each, perf42). */
  ids: ReadonlySet<string>;
}


/** Synonyms too generic to win over a specific KPI mentioned in the same sentence. */
const WEAK_SYNONYMS = new Set(['sales', 'ventes', 'growth', 'croissance', 'accounts', 'comptes', 'conversion', 'pipeline', 'revenu', 'revenus', 'clients', 'customers', 'satisfaction', 'bookings', 'calls', 'appels', 'emails', 'e mails', 'mails', 'traffic', 'trafic', 'visits', 'visites', 'spend', 'spending', 'expenses', 'bills', 'frais', 'charges', 'depenses', 'attainment', 'invoices', 'facturation', 'commerciaux', 'income', 'cost', 'cout', 'margin', 'margins', 'marge', 'marges', 'patients', 'premium', 'memberships']);

/** Nouns that make a singular KPI word a compound's modifier: "cold call volume", "subscriber count". */
/** Bare words that name a catalog KPI only when the text speaks in percent (see `PERCENT_EVIDENCE`). */
export const BARE_RATE_OR_LINE: ReadonlySet<string> = new Set(['margin', 'margins', 'marge', 'marges', 'cost', 'cout']);
const PERCENT_EVIDENCE = /%|\bpercent\b|\bper\s?cent\b|\bpour\s?cent\b|\bpoints?\b|\bpts?\b|\bpp\b/;
/** True when a text speaks in percent ("%", "percent", "points"): what a bare margin or cost needs to name a catalog KPI. */
export function speaksInPercent(text: string): boolean {
  return PERCENT_EVIDENCE.test(text.toLowerCase());
}
const MEASURE_NOUNS = 'count|volume|number|numbers|total|totals|base|list';

/**
 * A change verb right over the customers grows the base: "Increase patients every year", « doubler ses clients » (real29);
 * after a possessive, up to two words may qualify them ("Double my weekly mowing accounts", real33: the possessive says
 * it is one's own base).
 */
/** A growth noun before its object, the number counted or not ("growth in customers", « croissance du nombre de clients »,
 * « croissance de 20 % du nombre de clients » as "20% growth in the number of customers"); not a growth one supports
 * (« accompagner la croissance de nos clients », "support the growth of our customers": theirs, mend66s). */
export const GROWTH_OF_BEFORE_RE = /\b(?<!\b(?:support|accompagner)\s+(?:the|la|our|notre)\s+)(?:growth|croissance)\s+(?:de\s+[\d.,]+\s?%\s+)?(?:in|of|du|des|de)\s+(?:(?:the|our|its|their|nos|ses|leurs)\s+)?(?:(?:number|nombre)\s+(?:of|de|d')\s*)?$/;
const CHANGE_VERB_BEFORE = /\b(?:increas|grow|doubl|tripl|augment|accroi)\w*\s+(?:(?:our|your|their|its|my|nos|vos|leurs|ses|mes)\s+(?:(?!new\b|nouv)[a-z]+\s+){0,2}|(?:the|les|des)\s+)?$/;
/** Nouns that name a KPI only when counted, won or grown; "accounts" held as a base are the customers (real5's "active accounts", real33). */
const COUNTED_ONLY = new Set(['customers', 'clients', 'acheteurs', 'buyers', 'patients', 'accounts', 'members', 'membres']);
/** A French noun that "clients" complements ("avis clients", "réclamations clients", "rendez-vous clients"). */
const CLIENT_COMPLEMENT_BEFORE = /\b(?:avis|reclamations?|plaintes?|rendez vous|rdv|visites?|demandes?|retours?|temoignages?|appels?|dossiers?|commandes?|tickets?|enquetes?|questionnaires?|references?|entretiens?|interactions?|contacts?|experiences?|parcours|besoins?|attentes?|donnees|fichiers?|relations?|satisfaction|service|services|support)\s+$/;
/** Customers counted before the noun ("Sign 3 customers") or "more customers" after an acquisition verb are won deals. */
const ACQUISITION_VERB_BEFORE = /\b(?:fai\w* venir|capt\w*|get|gets|getting|gain\w*|win|winning|won|sign\w*|land\w*|acqui\w*|attract\w*|bring\w* in|find|add\w*|decroch\w*|conqu\w*|gagn\w*|attir\w*|trouv\w*|recrut\w*|ajout\w*|obten\w*|obtien\w*)\s+(?:[a-z']+\s+){0,3}$/;
/** A closing verb and what stands between it and the thing closed ("close 40% of the 50 open "). */
const CLOSING_BEFORE = /\b(?:clos(?:e|es|ing)|win\w*|won|sign\w*|conver(?:t|ts|tir)|conclu\w*|gagn\w*|rempor\w*|transform(?:er|ons|ez))\s+(?!rat)((?:[\w%.,']+\s+){0,6})$/;
const WON_AFTER = /^\s+(?:\w+ ){0,2}?(?:acceptees|gagnees|signees|conclues|won|closed|signed|accepted)\b/;
const ACQUIRED_AFTER = /^\s+(?:(?:nouvellement|newly)\s+)?(?:acquis|gagnes|signes|conquis|recrutes|won|acquired|signed|gained|landed)\b/;
/**
 * "veut 5 millions de clients", "5 millions de clients d'ici 2013", "have 500 customers", "reach a million retail customers",
 * « un million de clients », « loin des 10 000 clients nécessaires » (a count named with the definite article, a milestone): a
 * count with no acquisition verb is the base; so is one headed for (« tendre vers plus de 200 clients », "toward 200
 * customers": a level, left60); so is one held before the rise ("had only about 9000 members and wanted that to rise to
 * 13,000", « nous avions 9 000 membres », kpi66b).
 */
const LEVEL_COUNT_BEFORE = /(?:\b(?:veu\w*|want\w*|tend\w* vers|towards?|ha(?:ve|s|d)|av(?:oir|ions|ait)|compt\w*|atteindre|reach\w*|serv\w*|(?:get|gets|getting|grow|grows|growing|climb\w*|rise|rising) to|(?:arriv|pass|grimp|mont)\w* a|(?:from|de) \d[\d.,\s]*(?:to|a)|(?:cap|barre|seuil|palier)\s+(?:des?|du))\s+(?:(?:au moins|at least|plus de|more than|over|about|environ|only|seulement)\s+){0,2}(?:\d[\d.,\s]*\+?\s*|x\s+)|\d[\d.,\s]*(?:millions?|milliards?|billions?)\s+|\b\d{3}[.,\s]\d{3}\s+|\b(?:les|des|the)\s+\d[\d.,\s]*\+?\s*|\b(?:an?|one|un|le|the)\s+(?:million|milliard|billion)\s+(?:(?:de\s+|d'|of\s+)?(?!(?:new|nouveaux|more|additional|supplementaires)\b)[a-z]+\s+)?)(?:de\s+|d'|of\s+)?$/;
/** A count right before the subscribers it counts: « 1 500 », « +500 », « au moins 1.300 ». */
const ADDED_SUBSCRIBERS_BEFORE = /\d[\d\s.,]*\s+(?:nouveaux\s+)?$/;
/** An audience's channel after its subscribers: a newsletter's, a blog's, a social account's (sign-ups, real9/real15). */
const AUDIENCE_AFTER = /^[^,;.]*?\b(?:newsletter|lettre|e ?mails?|blog|chaine|youtube|instagram|tiktok|linkedin|facebook|twitter|podcast|page|compte)/;
/** What a spend is for: each new customer won ("to acquire each new subscriber", « par nouveau client »). */
const ACQUIRE_EACH_AFTER = /^[^.;]*?\b(?:to (?:acquire|win|sign)|pour (?:acquerir|conquerir|gagner|signer)|per|par|for each|pour chaque)\s+(?:(?:each|a|one|every|chaque|un|une)\s+)?(?:new|nouve\w+)\s+(?:customers?|clients?|subscribers?|abonnes?|users?|utilisateurs?|members?|buyers?|acheteurs?|donors?|donateurs?)\b/;
/** A spend, as a verb or a noun: one is in every match ("new" or « nouve » gates the scan). */
const SPEND_RE = /\b(?:spend(?:s|ing)?|spent|depens(?:er|ons|ez|e|es)|cout(?:s|er|e)?|costs?|costing)\b/;
/** A paid service's subscribers named by their segment or line: « abonnés particuliers », "broadband subscribers". */
const SERVICE_SUBSCRIBERS_RE = /\babonnes\s+(?:particuliers|professionnels|residentiels|entreprises|fixes?|mobiles?|fibre|box|haut debit|adsl|gaz|electricite|energie)\b|\b(?:residential|retail|business|consumer|broadband|mobile|fibre|fiber|postpaid|prepaid|pay tv|wireless|energy|electricity|gas)\s+subscribers\b/;
const MILLIONS_BEFORE = /(?:\b(?:millions?|milliards?|billions?)|\d{3}(?:[.,\s]\d{3}|\s?k)|\d\s?(?:m|mn|bn))\s+(?:de\s+|d'|of\s+)?$/;
/**
 * Tens of thousands of subscribers (kpi63): « plus de 60 000 abonnés », « la barre des 25 000 abonnés », "25,000
 * subscribers" are a paid service's base too, unless the text names an audience's channel (`AUDIENCE_RE`: a newsletter's
 * or a blog's). A blogger's « les 1000 abonnés », « les 5000 abonné·es » stay sign-ups, and « 160 000 nouveaux abonnés »
 * its reading (new ones are won, not a base).
 */
const TENS_OF_THOUSANDS_BEFORE = /(?<![\d.,])\d{2}(?:[.,\s]\d{3}|(?:[.,]\d)?\s?k)\s+(?:de\s+|d'|of\s+)?$/;
const PLATFORMS = "newsletters?|lettres? d'info\\w*|e ?mail list|mailing list|liste de diffusion|blog\\w*|substack|youtube|instagram|tiktok|linkedin|twitter|twitch|whatsapp|telegram|discord|spotify|podcasts?";
const AUDIENCE_RE = new RegExp(`\\b(?:${PLATFORMS}|facebook|chaines?|channels?)\\b`);
/**
 * An audience's platform named (mend64k): the newsletters, blogs and platforms of `AUDIENCE_RE` without its bare "channel",
 * « chaîne » or Facebook ("our channel partners", « notre chaîne de salles de sport », "our Facebook Workplace plan" are a
 * paid service's ways or products; "our YouTube channel", « chaîne YouTube » name their platform).
 */
export const PLATFORM_RE = new RegExp(`\\b(?:${PLATFORMS})\\b`);
/**
 * New ones counted (mend63k): "5,000 new subscribers", « 150 000 nouveaux abonnés » are won, sign-ups, whatever base was
 * named before (`NEW_BEFORE_RE`); and a text that counts new ones keeps its tens of thousands of subscribers sign-ups
 * (`NEW_SUBSCRIBERS_RE`: "We have 45,000 subscribers and want 5,000 new subscribers", as before kpi63).
 */
const NEW_BEFORE_RE = /\b(?:new|nouve(?:aux|lles?))\s+$/;
const NEW_SUBSCRIBERS_RE = /\b(?:new|nouve(?:aux|lles?))\s+(?:subscribers|abonne)/;
/**
 * The same subscribers named again after such a count (kpi63): "which reached one million subscribers in December, aims to
 * triple its subscribers" — the second "subscribers" is the same base, not a newsletter's sign-ups.
 */
const BASE_NAMED_BEFORE_RE = /(?:\b(?:millions?|milliards?|billions?)|\d{3}[.,\s]\d{3})\s+(?:de\s+|d'|of\s+)?(abonnees|abonnes|subscribers)\b/;
/** The subscribers' own count given after them, in millions: "subscribers hit between 93 million and 96 million" (real29). */
const MILLIONS_AFTER = /^[^.;,]{0,40}?\b\d[\d.,]*\s*(?:millions?|milliards?|billions?)\b/;
/**
 * "la moitié de son chiffre d'affaires", "30% of our sales", "a significant portion of total revenue", "our share of revenue
 * from partners", « la part du chiffre d'affaires réalisée à l'export »: a share of the revenue (by channel, region …) is not
 * revenue.
 */
const SHARE_OF_REVENUE_BEFORE = /\b(?:portion|proportion|share|part)\s+(?:of|de|du|d')\s*(?:(?:the|our|their|its|your|total|overall|son|sa|ses|leur|notre|votre|la|le|l')\s*)*(?:[a-z]+\s+)?$|(?<!\b(?:hausse|augmentation|progression|increase|growth|rise)\s+(?:de\s+|d'|of\s+)?(?:au moins\s+|at least\s+)?[\d.,]*)(?:\d\s*%|\b(?:percent|moitie|half|tiers|third|quart|quarter))\s+(?:de|d'|of|du)\s*(?:(?:son|sa|ses|leurs?|notre|nos|votre|vos|the|our|their|its|your|my|mon)\s+|(?=overall|total|group))(?:[a-z]+\s+)?$|(?<!\b(?:hausse|croissance|augmentation|progression|baisse|diminution|recul|increase|growth|rise|decline|drop)\s+(?:de|d'|of|by)\s*(?:(?:un|une|a|the|la|le|l')\s*)?)\b(?:moitie|tiers|quart)\s+(?:du|des)\s+(?:[a-z]+\s+)?$|(?<!\b(?:hausse|croissance|augmentation|progression|baisse|diminution|recul|amelioration|increase|growth|rise|decline)\s+(?:de\s+|of\s+|d')?(?:(?:at least|about|environ)\s+)?(?:\+?\s?[\d.,]+\s*%?\s*(?:a|to)\s+)?(?:\+\s?)?)(?<![\d.,])\d[\d.,]*\s*(?:%|percent|pour\s?cent)\+?\s+(?:du|des|of)\s+(?:[a-z]+\s+)?$/;
/** "online sales should go from 20% of revenue to 35%": a channel's sales measured as a share of the whole revenue. */
/** « qui devraient représenter 25% de ses «acquisitions» d'abonnés »: a share of what a KPI counts, after a verb of share. */
const SHARE_VERB_OF_BEFORE = /\b(?:represent\w*|account\w* for|make up|makes up|constitu\w*)\s+(?:[a-z]+\s+){0,2}?\d[\d.,]*\s?%\s+(?:of|de|du|des|d')[^.,;:%]{0,40}$/;
const SHARE_OF_REVENUE_AFTER = /^[^.;,]{0,30}?(?<![\d.,])\d[\d.,]*\s*(?:%|percent|pour\s?cent)\s+(?:of|du|de)\s+(?:(?:total|overall|the|our|its|your|their|my|notre|son|leur|votre)\s+){0,2}(?:revenues?|sales|turnover|income|chiffre d'affaires|ca|ventes)\b/;
/**
 * A percentage of a total as the goal's figure, « de 60 % à 70 % du total des ventes », "65% of your total income": the
 * sales named are the whole (or a part) of a ratio the catalog does not track, and a count named before the share is its
 * part ("Online orders should reach 35% of total store sales"). One general form for a class of first-run misses found
 * in real32, real37 and real38 (xfer43), which earlier rules had each fixed in one wording only.
 */
// The % stands right before "of the total" / « du total » (« 10 % par rapport au total 2026 » compares with a base, mend43d); a
// share's word may stand further off.
const SHARE_OF_TOTAL_RE = /(?:%|\bper ?cent|pour ?cent)[\s»"]*(?:du |of (?:the |our |its |your |their )?)total\b|\b(?:pourcentage|proportion|share|part)[^.;]{0,40}?\b(?:du |of (?:the |our |its |your |their )?|par rapport (?:au|a la|aux) (?:[a-z]+ ){0,2})total\b/;
/** A figure other than a percentage or a year: "Sell 200 subscriptions, 10% of total sales" keeps its count as the goal. */
// (A range's first bound is a percentage too: "between 30 and 40 per cent", kpi62.)
const NOT_PERCENT_RE = /(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*(?![\d.,])(?!\s*(?:»|")?\s*(?:%|per ?cent|pour ?cent)|\s(?:and|to|et|a)\s\d[\d.,]*\s?(?:%|per ?cent|pour ?cent))/;
const SHARE_VERB_AFTER = /^\s+(?:[a-z']+\s+){0,2}?(?:to\s+|will\s+|should\s+|doivent\s+|doit\s+)?(?:account(?:s|ing)? for|represent\w*|make(?:s)? up|pes(?:er|ent|e)|constitu\w*)\s+(?:[a-z]+\s+){0,2}?(?:\d[\d.,]*\s?%?\s(?:and|et|to|a)\s)?\d[\d.,]*\s?(?:%|percent|pour\s?cent)/;
/**
 * "retrouver ses niveaux de résultat", "doubler son résultat", "le résultat opérationnel": a company's "résultat" (singular)
 * is its profit; "les résultats de la campagne", "le résultat attendu" are outcomes.
 */
const RESULT_PROFIT_RE = /\b(?:niveaux? de|objectifs?(?: [a-z]+)? de|(?:le|son|notre|leur|du|au|un))\s+resultat(?:\s+(?:operationnel|courant|annuel|consolide|semestriel|trimestriel))?(?![a-z])(?!\s+(?:de la|des|du|de (?!l'exercice|\d|plus |moins )|d'une?|obtenu|attendu|escompte|final|positif|negatif|de cette|de ce|financiers?|exceptionnels?|fiscal|comptable|sportifs?|electoral|scolaires?)\b)/g;
/** Transport modes (the modal-share rule): their share of trips or freight is a market share (mend52c, left53's M8). */
const TRANSPORT_MODES = String.raw`ferroviaire|fluvial|routier|rail|train|velo|covoiturage|fret|maritime|aerien|cycling|bikes?|public transport|transports en commun|bus`;
/** "le quart du marché", "8 % du segment": a share of a market in words. */
// Not a market or segment naming what is counted in it ("5% of the enterprise segment trials"; in French the noun after
// "segment" names it: "segment famille").
// Up to four words may name the market ("15% of India's two-wheeler tyre market"), and a share of it is one ("a growing share
// of the biologics market") — but not a share OF sales FROM a market ("25% of sales from the US market", « 30 % du CA sur le
// marché allemand »: a segment's share of a firm's own sales names none, real12; mend52c). « La part … » given a rate or
// doubled is one only as a transport mode's share (« la part du ferroviaire », the README's modal-share rule, real25, real46)
// or a part of a market named after « dans » (« la part de logements modulaires dans le neuf », real43): « la part du
// numérique », « des services », « du télétravail » are parts of the firm's own things (mend52c narrowed left52's reading), as
// is a mode's share of a budget (« la part du bus dans le budget transport »: fix-prev53's S5); « trajets » are trips too.
const MARKET_SHARE_WORDS_RE = new RegExp(String.raw`(?:(?:\d\s*%|\b(?:percent|quart|tiers|moitie|half|third|quarter))\s+(?:du|de la|des|of the|of)|\bshare\s+of(?: the)?(?=\s+[a-z'-]+\s))\s+(?:(?!(?:sales|revenues?|turnover|income|ca|chiffre|ventes?|recettes)\b)[a-z'-]+\s+){0,4}?(?:marches?|markets?|segments?|industry|industrie)\b(?!\s+(?:trial|customer|client|account|lead|user|prospect|deal|compan))|\bla part (?:(?<=\bdoubl\w*\sla part )|(?=[^.;!?]*?\d\s*%))(?!(?:du|de la|des|de|d')\s?(?:chiffre|ca|ventes?|revenus?|recettes|benefices?|resultats?|marges?|capital|marche|budget|depenses|couts?|frais|charges|effectifs?|femmes|hommes|salaries|embauches|recrutements|collaborateurs|employes|personnel|nos|notre|ses|son|sa|leurs?)\b)(?:(?:du|de la|des|de)\s|d')(?:(?:mode\s)?(?:${TRANSPORT_MODES})\b(?! dans \S+ (?:budget|depense))|[a-z]+(?=(?:\s[a-z]+)?\sdans (?:le|la|les|l')\s?(?:neuf|marches?|secteur)\b))|\b(?:mod(?:e|al) share|part modale)\b|(?:\bla place d(?:u|e la|es)|(?:%|\bpercentage|\bla part|\bshare) (?:des|of(?: total)?) (?:deplacements|trajets|trips)(?: made)?(?: a| en| by)?) (?:${TRANSPORT_MODES})\b|\b(?:${TRANSPORT_MODES})(?:'s)? share of (?:trips|travel)\b`, 'g');
/** A share of a market contacted, converted or reached by a campaign is no share captured: "Contact 50% of the market". */
const NOT_CAPTURED_BEFORE = /\b(?:contact|convert|call|appel|e?mail|survey|visit|prospect)\w*\s+(?:[^\s,;.]+\s+){0,5}$/;
// (Nor a share among the firm's own staff: "trips made by bike by our staff", « parmi nos salariés » name none, M8, mend53e.)
const CAMPAIGN_AFTER = /^\s+(?:with|via|avec|par)\s+(?:\S+\s+){0,2}?(?:campa|ads?\b|pub|mailing|newsletter)|\b(?:our|nos) (?:staff|employe|salari|collab)/;
/**
 * A rep's visits to people ("visit 250 prospects", « la visite journalière d'un nombre minimum de médecins », « le nombre de
 * visites de médecins ») are meetings (real23, real26), not a website's visits nor the leads visited; the mention is the
 * people visited (group 1), so that « visite journalière » keeps its cadence. Gated by "visit".
 */
const VISIT_PEOPLE_RE = /\bvisit(?:e|es|er|ons|ez|s|ing)?\s+(?:(?!site|website|web|page)[a-z0-9',.]+\s+){0,6}?(medecins|doctors|physicians|prospects|clients|customers|pharmacies|pharmaciens|pharmacists|hopitaux|hospitals|magasins|stores|marches|points de vente)\b/g;
/**
 * Traffic named by a place in its own phrase (stmt47, narrowed by mend49c): "store / in-store / foot traffic", "customer
 * traffic in our salons", « le trafic en magasin », « le trafic dans nos boutiques ». A web word on the traffic itself
 * ("organic", "paid", "online", « organique », « du site ») keeps it the website's.
 */
const PLACE_TRAFFIC_BEFORE_RE = /\b(?:foot|store|in store|walk in|shop|mall)\s+$/;
const PLACE_TRAFFIC_AFTER_RE = /^\s+(?:en magasins?\b|(?:in|at|into|to|dans|de|des|du|aux?)\s+(?:(?:our|its|the|their|nos|ses|les|leurs?|notre|sa|son)\s+)?(?:[a-z]+\s+)?(?:salons?|stores?|shops?|boutiques?|magasins?|restaurants?|branches?|agences?|malls?|showrooms?|points? de vente)\b)/;
const WEB_TRAFFIC_RE = /\b(?:organic|paid|web|website|site|online|seo|digital|search|referral)\s+$/;
const WEB_TRAFFIC_AFTER_RE = /^\s+(?:organique|payant|naturel|web|en ligne|(?:du|de notre|de son) site)\b/;
function physicalTraffic(folded: string, start: number, end: number): boolean {
  const before = textBefore(folded, start, 20);
  const after = textAfter(folded, end, 60);
  if (WEB_TRAFFIC_RE.test(before) || WEB_TRAFFIC_AFTER_RE.test(after)) return false;
  return PLACE_TRAFFIC_BEFORE_RE.test(before) || PLACE_TRAFFIC_AFTER_RE.test(after);
}
/**
 * A place or an event visited (tourism, a fair, a festival, a hotel): its visitors are footfall, not a website's (real17); so
 * are an event's edition's, a town's (its inhabitants named) and a cruise's (kpi64: « la 3ème édition … le cap des 4000
 * visiteurs », « L'enclave de 35.000 habitants espère 200.000 visiteurs », « croisiéristes »).
 */
const OFF_WEB_RE = /\b(?:touris|festiv|salons?\b|exposants?\b|exhibit|foires?\b|musee|museum|frequentation|attendance|nuitees\b|overnight\b|travel|voyag|hotel|(?:\d+(?:e|eme|er|st|nd|rd|th)|prochaine|next) editions?\b|(?:de|of) \d[\d.,\s]*(?:millions? )?(?:d')?(?:habitants\b|inhabitants)|croisi|cruise|(?:sont|are|is) (?:attendus|expected)\b)/;
/**
 * Patients' visits, not a website's: "emergency department visits", "ED visits", "hospital visits", "visits to the ER", «
 * passages aux urgences », « visites à l'hôpital », « consultations » (stmt52, real49). Only the visits themselves: "visits
 * to our webshop from clinic buyers" and "our emergency plumbing service" are a website's (mend52b).
 */
const PATIENT_VISITS_RE = /\b(?:(?:emergency (?:department|room)|ed|er|hospital|clinic|patient|doctor|gp)\s+visits?|visits?\s+(?:to|at)\s+(?:the\s+|our\s+|a\s+)?(?:emergency (?:department|room)|hospitals?|clinics?|er|ed)\b(?!\s+(?:web|site|online|portal|app))|(?:passages?|visites?)\s+(?:aux urgences|a l'hopital|a la clinique)|consultations?)\b/;
/**
 * Verbs of a place taking people in or drawing them back ("attract 280,000 visitors", « recevoir un million de visiteurs »,
 * « les faire revenir à nous »): such visitors come in person, they are footfall (real33's parks and zoos), while
 * "increase the number of visitors" alone stays a website's (real5). The verb, not the sector, tells the measure.
 */
const HOSTING_RE = /\b(?:attir|attract|recev|recoi|recu [^.;]{0,30}visit|accueil|welcom|host(?:s|ing)?\b|receiv|draw(?:s|ing)?\b|(?:faire|fassent|font) revenir|revien|come back|coming back)/;
/** A figure pointed to by a demonstrative, as the subject of a verb before an amount: "this figure could reach", « ce chiffre devrait atteindre ». */
export const POINTED_FIGURE_RE = /\b(?:this|that|ce|cet) (?:figure|number|amount|chiffre|montant|nombre)(?: [a-z']+){0,3}\s*$/;
/** "sales of electrified vehicles", « ventes de voitures »: sales of a plural noun (things), not of a company or a period. */
const SALES_OF_THINGS_AFTER = /^\s+(?:of|de|d')\s*(?![\d$€\x80£])(?!(?:the |its |our |their |la |l'|le )?(?:company|group|groupe|firm|business|entreprise|societe|brand|marque|year|annee|quarter|trimestre)\b)(?:[a-z'-]+\s+){0,3}?[a-z]{3,}s\b/;
/**
 * Visitors of a place named beside them ("visitors to the museum / park / store", "store visitors", « visiteurs du musée »,
 * « visiteurs au parc », « dans nos magasins »): people who come in person, footfall, no catalog KPI (the conventions'
 * footfall, real17/real26); bare "visitors" stays a website's (real5, the manager-written « visiteurs »), and so does a
 * place on the web ("visitors to our online store", "to the app", "our Shopify store", « notre e-boutique »: WEB_RE) (left62).
 * mend62l: one store, shop, « boutique » or « agence » after "visitors to" is undecided (an online business's store is its web
 * store: "visitors to our store", « les visiteurs de l'agence » keep `website_traffic`, as before left62); a physical word
 * decides it ("our flagship / physical store", « notre boutique physique »), and so do several ("our stores", « nos
 * agences ») and a « magasin ». "Store visitors" (the noun before) stays footfall, as hdr59's header "Store visitors" reads.
 */
const PLACES = '(?:museums?|musees?|parks?|parcs?|zoos?|magasins?|showrooms?|galler(?:y|ies)|galeries?|aquariums?|castles?|chateaux?|venues?|stadiums?|stades?|theat(?:re|er)s?|cinemas?|librar(?:y|ies)|bibliotheques?|gardens?|jardins?|malls?|restaurants?|branch(?:es)?|centres? commerciaux|(?:shopping|visitor|garden) cent(?:re|er)s?)';
const PLACE_NOUN = `(?:${PLACES}|stores|shops|boutiques|agences|(?:flagship|physical|brick and mortar|high street|retail|bricks and mortar) (?:stores?|shops?)|(?:boutique|agence)s? (?:physiques?|phares?))`;
const PLACE_BEFORE_VISITORS = `(?:${PLACES}|stores?|shops?|boutiques?|agences?)`;
const PLACE_VISITORS_RE = new RegExp(`\\bvisit(?:eu|o)rs?\\b(?: [a-z']+){0,3}? (?:to|at|in|of|du|au|aux|dans|de|des|d')\\s?(?:(?:the|our|its|their|your|my|le|la|les|l'|notre|nos|leurs?|ses|son|sa|ce|cette|ces)\\s?)?(?:[a-z]+ )?${PLACE_NOUN}\\b|\\b${PLACE_BEFORE_VISITORS} visitors\\b`);
/**
 * Units of goods or passengers carried: what a port's or a carrier's traffic is counted in; or the port, the ships, the airport
 * or the airline named (kpi64: « un hub pour le trafic régional … les navires », « le port … traiter des volumes de trafic »).
 */
const GOODS_UNIT_RE = /\b(?:tonnes?|tons?|evp|teu|equivalents? vingt pieds|twenty foot|conteneurs?|containers?|marchandises|cargo|freight|fret|passagers?|passengers?)\b/;
/** The carrier itself named before the traffic, its owner (kpi64, mend64k): « le port … traiter des volumes de trafic », « les navires et un hub pour le trafic », "The airline wants … its traffic"; named after it, it is a customer or a means ("grow traffic … with our airline clients"). */
const CARRIER_RE = /\b(?:navires|vessels|ports?|a[ei]r(?:oports?|ports?|lines?)|compagnies? aeriennes?)\b(?! (?:clients?|customers?))/;
// (mend62l: a web shop's platform or name — Shopify, Etsy, an Amazon store, an e-shop, « e-boutique », e-commerce, a webshop, a
// storefront — is a place on the web too.)
const WEB_RE = /\b(?:sites?|website|web|online|en ligne|internet|pages?|blog|seo|search|landing|app|content|contenu|shopify|etsy|amazon (?:stores?|shops?|storefronts?|listings?)|e ?(?:shops?|boutiques?|commerce)|web ?(?:shops?|stores?)|storefronts?)\b/;
/** Spending by visitors, consumers, households or customers ("overnight visitor spending", "the money they spend", real39) is theirs, not the business's costs. */
// "they" only after a noun of them ("golfers visiting …, the money they spend"); "our team … the money they spend" is ours (mend42b).
// "Global spending on security awareness training … to reach $10 billion": a market's spending, opening the sentence or after
// "the", is its buyers' (real40); "our global spending on ads" stays ours.
const SPENDERS_BEFORE = /\b(?:(?:visitor|tourist|consumer|household|shopper|guest|customer|client)s?|(?:^|\bthe )(?:global|worldwide)|(?:visitor|customer|client|golfer|player|member|user)s\b.*\bthey)\s+$/;
/** A share of one's own goal or quota: "80 percent or more of your goal", « 50 % de son objectif » (one goal word in every match). */
const SHARE_OF_GOAL_RE = /\d\s*(?:%|percent|pour ?cent)\s+(?:or more\s+|ou plus\s+)?(?:of|de)\s+(?:your|my|their|our|the|votre|son|sa|leur|notre|mon|l')\s*(?:[a-z]+\s+)?(?:goal|quota|objecti)(?!\w*\s+(?:of|de|d')\s*[\d$€\x80£])/g;
/** What introduces a goal's consequence or restatement: « soit un », « pour un », "would mean", "brings … up to". */
const CONSEQUENCE_BEFORE = /(?:\bsoit|[,;]\s*pour|\b(?:would|will) mean|\bmeans|\bbring\w*)\s+(?:(?:une?|an?|the|total|your|votre|leur|their)\s+)+$/;
const MORE_BEFORE = /\b(?:more|plus de|davantage de|additional|supplementaires?)\s+(?:[a-z']+\s+)?$/;
/**
 * Verbs that name their KPI: "Fidéliser nos clients", "Retain 95% of customers" (retention), "Prospecter
 * davantage" (prospecting), "satisfaire les clients" (customer satisfaction), "vendre plus", "sell more" (revenue), « être
 * rentable » in any tense (« elle serait rentable », real33: profit).
 */
const VERB_KPI_RE = /\b(?:((?:re)?fidelis(?:er|ons|ez|e|ent)|retain|retains|retaining|(?:fai\w*\s+revenir|bring(?:s|ing)?\s+back)(?=\s+(?:\S+\s+){0,3}(?:clientes?|clients?|customers?|acheteurs?|buyers?|patients?)\b))|(prospect(?:er|ons|ez|e|ent))|(satisf(?:aire|aisons|aites|y|ying))|((?:vend(?:re|ons|ez|s|ent)|sell|selling)\s+(?:plus|davantage|more|au maximum|le plus possible|as much as possible)|\bupsell(?:s|ing)?|\bcross sell(?:s|ing)?|(?:make|makes|making|earn|earns|earning|bring in|brings in|gagn(?:er|ons|ez))\s+(?:[a-z0-9]+\s+){0,3}?(?:money|d'argent|argent))|((?:devenir|etre|redevenir|rester|become|be|stay|remain|est|sont|ser(?:a|ai|ait|aient|ons|ont)|soit|soient)\s+(?:plus\s+|more\s+)?(?:rentables?|profitable)))\b/g;
const VERB_KPI_IDS = ['retention', 'prospecting', 'csat', 'revenue', 'profit'];
/** One of these is in every VERB_KPI_RE match (a statement without any is not scanned). */
const VERB_KPI_WORDS = ['fidelis', 'retain', 'revenir', 'back', 'prospect', 'satisf', 'vend', 'sell', 'money', 'argent', 'rentable', 'profitable'];
/** One of these is in every MARKET_SHARE_WORDS_RE match. */
const MARKET_SHARE_WORDS = ['%', 'percent', 'quart', 'tiers', 'moitie', 'half', 'third', 'share of', 'la part d', 'mode share', 'modal', 'la place d'];
/** "$100,000 in total deals", "50 k€ de contrats": an amount of deals is revenue, not a count of won deals. */
const AMOUNT_OF_DEALS_BEFORE = /(?:[$€\x80£]\s?\d[\d,. ]*(?:k|m|mn|million|millions)?|\d[\d,. ]*\s?(?:k|m|mn|million|millions)?\s?(?:[€\x80]|\$|euros?|dollars?|k[€\x80]|m[€\x80]))\s+(?:in|of|en|de|d')\s+(?:(?:new|total|signed|closed|nouveaux|nouvelles)\s+)?$/;
const AMOUNT_NOUNS = new Set(['deals', 'deal', 'contracts', 'contrats', 'affaires', 'transactions']);
/** "sell $2M worth of product", "one million dollars worth of sneakers": an amount sold is revenue. */
const WORTH_OF_RE = /(?:[$€\x80£]\s?\d[\d,.]*\s?(?:k|m|mn|million|millions|billion)?|(?:k|m|million|millions|billion|billions)?\s?(?:dollars?|euros?|[€\x80]|\$))\s+worth\s+of\b/g;

/** Sales and invoices counted are transactions, won deals (real3's counted transactions; real30's "269 professional invoices"). */
const COUNTED_SALES = new Set(['sales', 'ventes', 'invoices']);
/** A bare count (not a year, an amount or a rate) right before the noun, maybe with "new"/"nouvelles" or one adjective. */
const COUNT_BEFORE = /(?:^|[^\d.,\s$€\x80£]\s*|\s)(?!20\d\d\s)\d{1,5}\s+(?:new\s+|nouvelles\s+|[a-z]{4,}\s+)?$/;
/** A spelled-out count ("Make five sales", "douze ventes"): "one"/"un" are left out, being articles as often as counts. */
const WORD_COUNT_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent)\s+(?:new\s+|nouvelles\s+|more\s+|additional\s+)?$/;
/** "the number of sales", "le nombre (total) de ventes": sales counted by name. */
const NUMBER_OF_BEFORE = /\b(?:number|count|nombre|total number)\s+(?:total\s+)?(?:of|de|d')\s+(?:(?:the|our|les|nos|new|nouvelles)\s+)?$/;
/** "daily sales by 50": a change by a bare number (no currency, percent or scale) counts sales. */
const BY_BARE_COUNT_AFTER = /^\s+(?:by|de)\s+\+?(?!(?:19|20)\d\d(?!\d))\d{1,5}(?![\d.,']|\s\d|\s?(?:%|k\b|m\b|mn\b|[€\x80]|\$|£|euros?\b|dollars?\b|francs?\b|chf\b|points?\b|pts?\b|pp\b|pour\s?cent|per\s?cent|percent|thousand|mille|millions?|milliards?|billions?))/;

/**
 * Staff, not customers: "employee retention", "rétention des salariés", "turnover des collaborateurs" are HR
 * measures the catalog does not track, whatever KPI word they are built on.
 */
const STAFF_BEFORE = /\b(?:employees?|staff|talent|workforce|personnel|salaries|salarie|employes?|collaborateurs?|(?:in)?voluntary|regrettable)\s+$/;
const STAFF_AFTER = /^\s+(?:volontaires?\b|(?:des|de nos|du|de la|of)\s+(?:salaries|salarie|employes?|collaborateurs?|talents?|personnel|staff|employees)\b)/;
const STAFF_KPIS = new Set(['retention', 'churn']);
/** "employee turnover", "staff attrition": words of customer loss or revenue ("turnover") that name staff loss after a staff noun. */
const STAFF_SYNONYMS = new Set(['turnover', 'attrition', 'churn', 'churn rate', 'retention', 'retention rate']);


/** "sales team", "sales director", "sales and marketing director" (real40), "sales department" (mend57d; a division or a unit left: the budget): the word qualifies a team or a job, not the KPI. */
const NOT_A_KPI_AFTER_WEAK = /^\s+(?:(?:and|et) [a-z]+\s+)?(?:teams?|departments?|cycles?|reps?|representatives?|people|force|managers?|directors?|process|org|organization|organisation|staff|centric|playbook|enablement|training)\b/;

/**
 * Measures the catalog does not track, built on a KPI word: "lead response time", "CAC payback",
 * "temps de réponse aux leads", "délai de paiement des clients". The KPI word only qualifies them.
 */
const OTHER_MEASURE_AFTER = /^\s+(?:response|reply|engagement|open|bounce|payback|velocity|aging|ageing|coverage|quality|length|duration|time|cycle|hygiene|accuracy|outstanding|linearity|utili[sz]ation|risk|health|ouverts?|opened|clicked|cliques|contribution|return\s+on|retour\s+sur)\b/;
/** "sales pipeline velocity", "sales quota coverage": a measure noun one word after a generic KPI word. */
const OTHER_MEASURE_AFTER_WEAK = /^\s+[a-z]+\s+(?:velocity|coverage|linearity|utili[sz]ation|payback)\b/;
/**
 * A KPI word as the thing another measure is taken of: "deferred revenue", "return on advertising spend", "channel
 * contribution to pipeline", "l'indice des ventes".
 */
const MEASURE_OF_BEFORE = /\b(?:deferred|unearned|inventory|stocks?|(?:return|retour)\s+(?:on|sur)(?:\s+[a-z]+)?|contribution\s+(?:to|au|a la|aux)|indices?\s+(?:de|des|du|d'))\s+(?:the\s+|le\s+|la\s+|les\s+|l')?$/;
/**
 * Another account line built on an amount word: a tax ("Income tax", "Sales tax", "Tax on sales", "Impôt sur le revenu",
 * "TVA sur les ventes") or income that is not from sales ("Interest income", "Investment income", "Other income",
 * "Revenus d'intérêts", "Revenus financiers"). Not the KPI the word names; "Profit before tax" and "CA TTC" still are.
 */
const OTHER_ACCOUNT_BEFORE = /\b(?:(?:tax|taxes|vat|duty|duties|levy)\s+on|(?:impots?|taxes?|tva|prelevements?)\s+sur|interest|investment|rental|royalty|dividends?|financial|non operating|nonoperating|tax|taxable)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?$/;
const OTHER_ACCOUNT_AFTER = /^\s*(?:tax|taxes|vat|duty|duties|d'interets?|d'impots?|financier(?:e|s|es)?|locati(?:f|fs|ve|ves)|fonci(?:er|ers|ere|eres)|de placements?|du capital|de dividendes|exceptionnel(?:s|le|les)?|non operating)\b/;
/** The amount words those lines are built on ("Charges financières", "Financial expenses" are interest, not operating costs). */
const ACCOUNT_WORDS = new Set(['income', 'revenue', 'revenues', 'revenu', 'revenus', 'sales', 'ventes', 'profit', 'profits', 'earnings', 'benefice', 'benefices', 'total income', 'gross income', 'charges', 'expenses', 'costs', 'couts', 'frais']);
/**
 * An amount per head or per account is a ratio the catalog does not track: "Revenue Per Employee", "ARR/Employee",
 * "ARPA (Average Revenue per Account)", "chiffre d'affaires par vendeur", "revenu moyen par compte client".
 */
const PER_HEAD_AFTER = /^(?:\s+(?:moyens?|moyennes?|average|mean))?(?:(?<=moyens?)|\s+au\s+(?:m2|m²|metre carre)|\s+(?:[a-z']+\s+){0,2}unitaires?|\s*(?:per|par|\/)\s*(?:(?:each|chaque|an?|un|une)\s+)?(?:square\s+(?:metres?|meters?|foot|feet)|m2|m²|metres?\s+carres?|(?:[a-z]+\s+)?(?:employees?|employes?|salaries?|heads?|fte|reps?|sales reps?|sellers?|salespe(?:rson|ople)|vendeurs?|commerci(?:al|aux)|agents?|accounts?|comptes?|users?|utilisateurs?|customers?|clients?|members?|membres?|subscribers?|abonnes?|stores?|magasins?|boutiques?|locations?|shares?|actions?|agenc\w*|branches?|points? de vente|unit\w*|vehicul\w*|vehicles?|cars?)))(?![a-z0-9])/;
/** Cheap guard for PER_HEAD_AFTER. */
/** A subject taken one by one: "Every grooming station …", "Each store …", « Chaque agence … ». */
const EACH_SUBJECT_RE = /^(?:every|each|chaque)\s+[a-z]/;
const PER_OR_AREA = /\bper\b|\bpar\b|\/|\bau m/;
/** A cost of acquisition per lead or per meeting is another cost (per lead), not the CAC: "coût d'acquisition par lead qualifié". */
const PER_PROSPECT_AFTER = /^\s*(?:per|par)\s+(?:(?:each|chaque|an?|un|une)\s+)?(?:leads?|prospects?|mqls?|sqls?|rdv|rendez vous|meetings?|clicks?|clics?)\b/;
/** An amount followed by an index or a score is another measure: "profitability index". */
const AMOUNT_INDEX_AFTER = /^\s+(?:index|indices?|indicators?|indicateurs?|scores?)\b/;
/** A rate or share of a counted thing is a ratio: "taux d'appels argumentés", "percent of accounts with …". */
const SHARE_OF_BEFORE = /\b(?:taux|pourcentage|proportion|part|rate|percentage|percent|share|proportion)\s+(?:de|d'|des|du|of)\s*(?:(?:the|our|all|nos|les|vos|tous les)\s+)?$/;
/** A balance held, a per-share figure, or a price growing ("10% rent growth", "price growth", real40): no sales growth. */
const BALANCE_BEFORE = /\bat an? (?:[a-z]+ )?$|\b(?:fleet|community|deposits?|loans?|assets?|balances?|aum|credit|headcount|portfolio|per share|eps|rents?|prices?|wages?)\s+$/;
/**
 * kpi62: a growth of people, not of what is sold: "job growth", "employment growth", "passenger growth", "population
 * growth", « croissance démographique », « de l'emploi » (real53:46, real53:60; jobs, passengers and people hosted name no
 * KPI, real33). "revenue growth" keeps its measure; an industry's or a sector's growth (« une croissance industrielle de
 * 3 % », « agricole ») is its sales by stmt43's ruling (a), as mend46c pins.
 */
const PEOPLE_GROWTH_BEFORE = /\b(?:jobs?|employment|payrolls?|passengers?|population)\s+$/;
const PEOPLE_GROWTH_AFTER = /^\s+(?:demographique|de l'emploi)\b/;
/**
 * kpi62: a growth with no figure of its own that a clause of the past or of context states (« un exercice marqué par une
 * croissance soutenue », « Nous avons connu une croissance importante », "after strong growth", "characterised by weak
 * growth") or that a purpose keeps going (« Pour maintenir sa croissance, … », "To sustain our growth, …") is what the goal
 * follows or serves, not its measure — when no percentage comes after it (real44:70, real46:21, real37:39, real22:35). "After
 * strong growth in 2025, we target 15% in 2026" and « Pour maintenir notre croissance, nous visons +15 % » keep it; so does a
 * growth a goal verb takes ("We want to continue our growth").
 * mend62k (the review of kpi62): a purpose opens with « pour », « afin de », "in order to", or a "to" that opens the text
 * or follows a stop or a comma — never the text's (or the look-back window's) first word alone: « Maintenir notre
 * croissance en 2027. », "Continue our growth in 2027." are the goal; nor does "We want to continue our growth" open one.
 * The clause is cut at "we" / « nous » (the goal's subject: "After the merger we must deliver double-digit growth"), and it
 * must be closed by a comma or a dash after the growth (`CLAUSE_CLOSED_AFTER_RE`, as every kpi62 line is).
 */
const PAST_GROWTH_BEFORE = /(?:\b(?:after|following|apres|a l'issue d'|grew|posted|recorded|saw|a (?:connu|enregistre)|avons (?:connu|enregistre)|marque\w* par|marked by|caracteris\w* par|characteri[sz]ed by)\b|(?:\b(?:pour|afin de|in order)\s|(?:^\W*|[.;!?,]\s*)(?=to\s))(?:pouvoir\s)?(?:to\s)?(?:mainten\w*|maintain\w*|poursuiv\w*|continu\w*|sustain\w*|souten\w*|prolong\w*)\s(?:notre|sa|cette|leur|la|its|our|their|this|the)\s)(?:(?!\b(?:and|et|but|mais|then|puis|we|nous)\b)[^,;.:])*$/;
/** What follows such a growth up to its clause's end: a comma or a dash closes it (the original text: a dash folds to a space). */
const CLAUSE_CLOSED_AFTER_RE = /^(?:[^,;.:!?\u2013\u2014]|[.,]\d)*(?:,|\s[\u2013\u2014]\s)/;
/**
 * A plan, policy or trend a growth word qualifies: « politique d'hyper croissance », « stratégie de croissance »; so do a
 * potential and champions (« leur plein potentiel de croissance », « championnes de la croissance », real40).
 */
const GROWTH_PLAN_BEFORE = /\b(?:politiques?|strategies?|plans?|relais|leviers?|moteurs?|trajectoires?|phases?|axes?|potentiels?|champion\w*)\s+(?:de\s+|d')(?:[a-z]+\s+)?$/;
/**
 * A growth a verb of support takes as its object (« pour soutenir notre croissance », « Pour accompagner cette croissance »,
 * "to fuel its growth") is what the goal serves, not its measure (stmt58: real55:7, real54:26); one given its rate, "sustain
 * our growth at 20% per year", « de plus de 15 % », stays the measure (mend58s).
 */
const GROWTH_SUPPORTED_BEFORE = /\b(?:souten|accompagn|financ|support|fuel|sustain)\w*\s+(?:notre|sa|cette|leur|la|its|our|their|this|that|the)\s+$/;
/**
 * left63: the same verb opening the text as its imperative, with no figure but a year after the growth ("Sustain our growth
 * through 2027.", « Soutenir notre croissance en 2027 ») keeps the growth going as the goal: `sales_growth`, as mend62k reads
 * « Maintenir notre croissance » and "Continue our growth" ("Support our growth by hiring 10 reps" keeps no KPI).
 */
const GROWTH_SUPPORTED_OPENING_RE = /^\W*(?:soutenir|sustain|support|fuel)\s+(?:notre|our)\s+$/;
/**
 * mend63l: a date's figures are no figure of that growth: a year, a quarter or a half ("Q3 2027", « T3 2027 », "H1"), a day
 * with its month ("June 30, 2027", « 30 juin 2027 ») are set aside before the rule looks for one (left63 set aside bare years
 * only: "Sustain our growth through Q3 2027." named no KPI).
 */
const DATE_FIGURES_RE = new RegExp(`\\b(?:(?:19|20)\\d\\d|[qths][1-4]|\\d\\d?(?:er|st|nd|rd|th)?\\s+(?:${MONTH_SOURCE})|(?:${MONTH_SOURCE})\\.?\\s+\\d\\d?(?:st|nd|rd|th)?)\\b`, 'g');
/** "growth trends", "growth strategy", "growth engine", "growth potential": the English compound whose head follows the growth word. */
const GROWTH_PLAN_AFTER = /^\s+(?:trends?|strateg|plans?\b|agendas?\b|polic|engines?|levers?|drivers?|opportunit|trajector|momentum|markets?|teams?|hack|potential|champion)/;
/**
 * A growth's complement that is a thing, not a number (nor a bound or a range of one: "of up to 30%", "of between 4% and
 * 5%", kpi66b), a period, the company or its business (see its use). Whole words:
 * « une croissance interne », « durable », "growth internationally" are no "in" or "du" something (real43).
 * « une croissance de 30 % en nombre de voyageurs », « en volume de … »: the thing counted grows, no sales (real47, real45:34's
 * labelled « croissance en volume de minimum +75 % »); a bare « de 15 % en volume » is the firm's sales growth (mend50c).
 * A catalog KPI counted there is that KPI's growth, no sales' (« en nombre de clients actifs », "in the number of active
 * customers": left51's S3).
 */
const GROWTH_OF_OTHER_AFTER = /^\s+(?:en (?:nombre|volume) d(?:e |')(?!ici\b)|(?:(?:in|of|from|des|du|de la)\b|de l'|d')\s*(?!(?:(?:the|our|their|its|ses|leurs?|nos|son|sa)\s+)?(?:\d|entreprise|societe|groupe|compan|business|firm|activite\b|organique|annuelle|plus|moins|l'ordre|pres|environ|at least|au moins|about|around|over|more|less|nearly|almost|excess|upward|up to|between|ici\b|l'an|l'exercice|cette|ce\b|this|next|last|year|quarter|month|period|annee|mois\b|trimestre|[qhst][1-4]\b|fy\d*\b|(?:first|second) half|(?:premier|second) semestre|\+|[$€\x80£]))[a-z])/;
/** Only active customers counted (« en nombre de clients actifs »): churned or lost ones growing are no customers' gain (mend51b). */
const ACTIVE_CUSTOMERS_COUNTED_RE = /^\s+(?:en nombre de clients actifs|in the number of active customers)\b/;
/**
 * A growth or a CAGR in a clause of context, not the goal's own: after "after" / « après » / "following", or in a
 * past tense ("After a 6% CAGR in revenue since 2020, cut churn to 4%", mend51b).
 */
const CONTEXT_BEFORE_RE = /\b(?:after|following|apres|grew|was|were|had|delivered|posted|recorded|saw|achieved|a (?:connu|enregistre|affiche|realise)|avons (?:connu|enregistre|realise))\b[^,;.:]*$/;
/** "since 2020", « depuis 2020 », "over the past five years", « ces cinq dernières années » after a CAGR: a past one (mend51b). */
const PAST_SPAN_AFTER_RE = /^[^,;.:]*\b(?:since|depuis|(?:over|in|during) the (?:past|last)|last year|ces [a-z]+ dernieres|l'an dernier|l'annee derniere)\b/;
const CAGR_OF_SALES_RE = /\b(?:cagr|tcam)\b(?= (?:(?:of|de) (?:about |environ )?[\d.,]+ ?% )?(?:in|of|du|des) (?:(?:its|our|their|the|son|notre|leur)\s+)?(?:revenues?|sales|turnover|chiffres? d'affaires|ca|ventes)\b)/;
/**
 * A growth's own figure right after it (" of 10%", « de 10 % ») before a thing that grows, skipped to find it (not "in Q3");
 * a bound or a range too (" of up to 30%", " of 30% to 40%", « de 4 à 5 % », kpi66b: "growth of 30% to 40% in prices" is
 * the prices', no sales growth).
 */
const GROWTH_FIGURE_RE = new RegExp(`^ (?:of|de) (?:up to |between |entre )?[\\d.,]+ ?(?:(?:%|per ?cent|pour cent)? (?:and|to|et|a) [\\d.,]+ ?)?(?:%|per ?cent|pour cent)(?= ${GROWN_THING})`);
/**
 * An economy's growth, not a firm's sales: qualified by it ("economic growth", "GDP growth", « croissance économique », « du
 * PIB ») or aimed at by a state as the subject of the aim: the state's noun heads a clause, right before its verb (« Le
 * gouvernement de Patrice Talon envisage … un taux de croissance moyen de 8,3 % », "The country aims for 5% growth", « Le
 * président de la République … un taux de croissance d'au moins 10 % »: real43, real50, real52 — kpi56). mend56k: a state
 * named as another noun's owner ("the country's largest retailer"), inside a phrase ("with the government's incentives",
 * "across the country", « dans ce pays », « malgré … »), or before a noun ("the country team") aims at nothing; « état » is
 * a state only capitalised (« l'État », « l'Etat », checked on the
 * original text: « l'état du marché » is a condition).
 * d57: a minister heads a state's aim as its ministry does ("The Prime Minister aims for 6% growth", « le Premier ministre
 * vise »); "The government sales team targets 5% growth" is a team's: a state word before a business noun (sales, team,
 * department, unit, agency …) modifies it (mend57d: no list of what may follow the verb — "targets annual growth", "expects
 * around 3% growth", "predicts that growth …" are the state's).
 * left58: a head of state as well ("The President aims for 7% growth", « le chef de l'État vise »), "President" capitalised
 * as « État » is ("our president wants 7% growth" may be a firm's; « président de la République » is read below). A country by its name is not read: nothing in the
 * sentence's shape tells "Kenya targets 6% growth" from "Acme targets 6% growth" without a list of names.
 * mend58l: "the President" only with no complement ("of Acme", "of Kenya"), no owner ("the company's", "our") and no firm's
 * word before it (company, group, board); « le Président » alone is a firm's as often (« Président du directoire »).
 */
const ECONOMY_GROWTH_BEFORE = /\b(?:economic|gdp)\s+$|(?:^|[.,:;!?]\s*)(?:(?:l[ea']|the)\s*)?(?:[a-z]+'s\s+)?(?:prime\s+|premier\s+)?(gouvernement|government|pays|country|nation|state|etat|minist\w+|(?<=\bthe )president(?!\s+of\b)|chef de l'etat)\s+(?:(?:of|de|du|d')\s*(?:[a-z]+\s+){1,2}?)?(?:will|should|must|(?!(?:sales|teams?|departments?|units?|agenc\w*|business\w*)\b)[a-z]+s\b|a\b|envis|vis|tabl|prev|ambi|compt|veu|souh|esp|doi|dev|mis|ente)[^.;!?]*$|president de la republique\b[^.;!?]*$/;
const ECONOMY_GROWTH_AFTER = /^\s+(?:economique|du pib|de l'economie|of the economy)\b/;
/** A growth of the firm's own sales ("7% revenue growth", « une croissance de 12 % de son chiffre d'affaires »): a state-owned firm is a firm (mend56k). */
const SALES_GROWTH_AFTER = /^\s+(?:[a-z]+'|[a-z]+\s+|[\d.,]+ ?%\s+){0,4}(?:revenues?|sales|turnover|chiffres? d'affaires|ventes)\b/;
/** Whether the growth word at `start`–`end` is an economy's (the analyzer then names no KPI, but keeps its direction). */
export const economyGrowth = (folded: string, original: string, start: number, end: number): boolean => {
  const before = textBefore(folded, start, 160);
  const state = ECONOMY_GROWTH_BEFORE.exec(before);
  if (/(?:revenues?|sales|turnover)\s+$/.test(before) || SALES_GROWTH_AFTER.test(textAfter(folded, end, 60))) return false;
  return (!!state && (!/^(?:etat|president)$/.test(state[1]) || (/[EP\u00c9]/.test(original[start - before.length + state.index + state[0].indexOf(state[1])]) && !/\b(?:our|company|firm|group|board|corporat\w*)\b[^.;!?]*$/.test(before)))) || ECONOMY_GROWTH_AFTER.test(textAfter(folded, end, 20));
};
const BALANCE_AFTER = /^\s+(?:(?:des|de la|du|de|d')\s*(?:depots|prets|credits|encours|actifs|effectifs|emplois|benefice par action|bpa)|(?:rates? )?(?:in|of) (?:(?!(?:and|or)\b)[a-z]+ ){0,2}(?:earnings|income|profits?) per share)\b/;
/** A count per activity is a ratio: "nombre de RDV obtenus par appel", "meetings booked per call", "leads per visit". */
/** A channel after sign-ups: « par e-mail », « via le site », "by email", "through SMS". */
const SIGNUP_CHANNEL_AFTER = /^\s+(?:par|via|by|through|sur|from)\s+(?:(?:le|la|les|l'|un|une|our|the|notre|nos)\s*)?(?:e ?mails?|mails?|sms|textos?|text|telephone|phone|internet|web|site|sites|website|app|application|appli|newsletter|reseaux sociaux|social media)\b/;
const PER_ACTIVITY_AFTER = /^\s+(?:[a-z]+\s+)?(?:per|par)\s+(?:calls?|appels?|visits?|visites?|emails?|e mails?|mails?|leads?|meetings?|rdv|rendez vous|demos?|opportunit(?:y|ies|es?)|deals?|customers?|clients?|accounts?|comptes?|users?|utilisateurs?|members?|membres?)\b/;
/** Two measures joined by ':' or '/' around a ratio word: "CLV:CAC Ratio", "ratio LTV/CAC". */
const RATIO_JOIN_BEFORE = /\bratio\s+[a-z]{2,6}\s*[:/]\s*$/;
const RATIO_JOIN_AFTER = /^\s*(?:[:/]\s*[a-z]{2,6}\s+)?ratio\b/;
const OTHER_MEASURE_BEFORE =
  /\b(?:(?:temps|delai|delais|duree|vitesse|qualite|couverture|time|speed|quality|coverage|accuracy|precision)\s+(?:de reponse\s+|of response\s+|de traitement\s+)?(?:de|d'|des|du|aux?|of|to|for)|(?:time|days|temps|delai|delais|jours)\s+(?:to|pour|de|d')\s*(?:collect|close|convert|pay|respond|reply|process|recover|encaisser|recouvrer|conclure|signer|convertir|payer|repondre|traiter|relancer)(?:\s+(?:the|our|their|its|les|nos|leurs|ses|la|le|l'))?(?:\s+[a-z]+)?|cout par|cost per|sources? (?:de|of|d')|taux (?:d'ouverture|de clics?|de rebond|de reponse|de desinscription|de desabonnement aux|d'abandon|de retour|d'engagement|de lecture|de delivrabilite)\s+(?:de|d'|des|du|aux?)|(?:open|click|click through|bounce|response|reply|unsubscribe|no show|show|attendance|acceptance|approval|refund|return|error|complaint) rates?\s+(?:of|on|for)|taux (?:de no show|de presence|d'absence|de remboursement|d'erreur)\s+(?:de|d'|des|du|aux?)|(?:foot|store|in store|walk in|retail))\s+(?:the |la |le |les |l'|nos |our |their |leurs |ses |its )?(?:(?:booked|scheduled|qualified|inbound|outbound|new|planned|planifies|qualifies|entrants|nouveaux|nouvelles)\s+)?$/;

/** Sales counted: a count before ("30 ventes", "five sales"), "number of sales", or a change by a bare count ("sales by 50"). */
function isCountedSales(folded: string, start: number, end: number): boolean {
  const before = textBefore(folded, start, 30);
  // "invoice volume", "invoice count": the noun counted by a measure word after it.
  return COUNT_BEFORE.test(before.slice(-24)) || WORD_COUNT_BEFORE.test(before) || NUMBER_OF_BEFORE.test(before) || BY_BARE_COUNT_AFTER.test(textAfter(folded, end, 30)) || RANGE_COUNT_AFTER.test(textAfter(folded, end, 60)) || SALES_OF_COUNT_AFTER.test(textAfter(folded, end, 60)) || /^\s+(?:volumes?|counts?)\b/.test(textAfter(folded, end, 9)) || ((THINGS_SOLD_BEFORE.test(before) || SALES_TO_UNITS_AFTER.test(textAfter(folded, end, 80))) && !/[$€\x80£]|\b(?:dollars?|euros?)\b/.test(folded));
}
/** "sales by 15 percent, from 200 to 230 installations", « ventes de 200 à 230 installations »: the movement's own numbers counted (real37). */
const RANGE_COUNT_AFTER = /^[^.;$€\x80£]{0,30}?\b(?:from|de) \d[\d,.]* (?:to|a) \d[\d,.]* (?!(?:percent|dollars|euros|millions|milliards|billions|thousands)\b)[a-z]+s\b/;
const SALES_OF_COUNT_AFTER = /^\s+of\s+\d[\d,.]*\s+(?:(?:million|billion|thousand)\s+)?(?:(?!(?:in|of|from|across|for|to|at|on|by|over)\b)[a-z]+\s+){0,2}(?!(?:percent|points|dollars|euros|pounds|years|months)\b)[a-z]{3,}s\b/;
/**
 * Sales given as a count of things, no money in the sentence: "double sales this year to two lakh cycles", "e-bike sales …
 * for 2010 is 600,000 units", « des ventes … à 5 000 unités » (real43): the unit says the sales are counted (won deals).
 * Only a verb of reaching governing the count ("to", "is", « à », mend46c): "sales by 10% with a fleet of 50 vehicles"
 * are sales in money beside a fleet, not a count of vehicles sold. The sales' own change may come first: "Increase sales by 10%
 * to 4,000 bikes", « Augmenter les ventes de 10 % à 4 000 vélos » count bikes (left47); so do the goods named first and
 * the count reached ("sales of e-bikes by 10% to 4,000 units", « … de vélos de 10 % pour atteindre 4 000 vélos », mend47b),
 * also after the change with no "by" or after a comma ("Sales should grow 12% next year, reaching 4,000 units", left50's R1),
 * and a mark passed ("Sales must top 1,000 units", « dépasser 1 000 unités », R9). ", reaching" only after the sales'
 * clause: "with a fleet reaching 50 vehicles" is a fleet's level, not units sold (mend50a).
 */
const SALES_TO_UNITS_AFTER = /^(?: (?:of|de|d') ?[a-z]+(?:[- ][a-z]+)?)?(?: (?:by|de) \d[\d,.]* ?%)?(?:[^.;,$€\x80£%]|\d ?%|,(?= (?:reaching|pour atteindre)\b)){0,50}?\b(?:to|is|a|atteindre|reach|(?<=, )reaching|top|exceed|hit|depasser)\s+(?:reach\s+)?(?:\d[\d,.]*(?: \d{3})*|[a-z]+(?= (?:lakh|crore|million|thousand)))\s+(?:(?:lakh|crore|million|thousand)s?\s+)?(?:de |d')?(?:units?|unites?|(?:bi)?cycles|bikes?|velos?|vehic\w+|cars?|voitures?)\b/;
/** "ticket sales … 90 thousand", "home sales": sales of things one counts, with no money in the sentence, are counted (real26). */
const THINGS_SOLD_BEFORE = /\b(?:tickets?|seats?|units?|cars?|homes?|houses?|vehicles?)\s+$/;
/** "the number of doors you knock", "knock on 50 doors": door-to-door attempts are prospecting, like dials (real26). */
const DOORS_KNOCKED_RE = /\bdoors\b[^.;,]{0,20}\bknock|\bknock\w*\s+(?:on\s+)?(?:\d+\s+)?doors\b/g;


/** "lead-to-opportunity rate", "trial to paid conversion rate", "visitor-to-lead ratio" (hyphens are folded to spaces). */
const ACCOUNT_LINE = '(?:costs?|income|revenues?|debts?|equity|expenses?|earnings|prices?|loans?|deposits?|assets?|capital|profits?|sales|ltv|clv|cac)';
const ACCOUNT_RATIO_RE = new RegExp(`^${ACCOUNT_LINE}\\s+to\\s+${ACCOUNT_LINE}\\b`);
const OWN_ACTIVITY_RE = /\b(?:doubl|augment|progression|hausse|croissance)\w*\s+(?:\S+\s+)?(?:de\s+|d')?(?:son|sa|notre)\s+(?:\S+\s+)?activite\b(?! (?:a l'|de |du ))/g;
const MARKETING_INVEST_RE = /\b(?:invest|depens(?!\w* par))\w*\s+(?:(?:[^.;,]|,\d){0,80}?\s)?(?:(?:pour le|in|on) )?(?:publicit|marketing|advertising)/g;
// "Lead-to-Roadmapping-Session conversion rate": a stage may take two words (not a determiner).
// (Not an infinitive's "to": "we have to increase rates", real34; "allows them to push rates higher", real41.)
const STAGE_RATE_RE = /\b(?!(?:ha(?:ve|s|d)|needs?|wants?|going|plans?|aims?|able|them|us|him|her|it|you)\s)[a-z]{3,}\s+to\s+[a-z]{3,}(?:\s+(?!the\b|our\b|your\b)[a-z]{3,})?\s+(?:conversion\s+)?(?:rates?|ratios?)\b/g;

const ONE_IN = String.raw`\b(?:un|une|one)\s+(?:`;
const OF_N_WON = String.raw`)\s+(?:sur|out of|in)\s+(?:deux|trois|two|three|\d+)\s+(?:(?:est|is)\s+)?(?:transform|sign|conclu|gagn|clos|won|convert)\w*`;
const QUOTES_WON_RE = new RegExp(`${ONE_IN}devis|offres?|deals?|proposals?|quotes?${OF_N_WON}`, 'g');
const LEADS_WON_RE = new RegExp(`${ONE_IN}leads?|prospects?${OF_N_WON}`, 'g');
/** A goal word: with no KPI noun, the amount or the count it is given names the KPI ("a $50,000 monthly goal", "a 10 car per week goal"). */
const GOAL_WORD_RE = /\b(?:goals?|targets?|quotas?|objectives?|objectifs?)\b/;
// "10 million dollar goal", "100 millions d'euros": a scale word may stand between the number and its currency; so may the
// press's abbreviation of billions (« 8 Mds€ », « 1,8 Md€ », "€2bn", real32).
const SCALED = "(?:(?:millions?|milliards?|billions?|thousand|mille)\\s+(?:d'\\s?|de\\s+|of\\s+)?|(?:mds?|mrds?|bn)\\s?)?";
/** "2384354 KDA", "12 MDH", "3 millions de FCFA": the dinar, dirham and CFA franc as the press abbreviates them. */
const LOCAL_MONEY = "(?:[km]|mm)?(?:da|dzd|dhs?|dt|f?cfa|xof|xaf)\\b|m?mad\\b|(?:de |d')?(?:f?cfa|dinars?|dirhams?)\\b";
// ("80 Mds USD": the press's ISO code is money too, real39.)
const MONEY_AMOUNT_RE = new RegExp(`(?:[$€\x80£]\\s?\\d[\\d,.' ]*|\\b\\d[\\d,.' ]*\\s?${SCALED}(?:k[€\x80]|m[€\x80]|[€\x80]|\\$|£|euros?\\b|dollars?\\b|francs?\\b|chf\\b|usd\\b|${LOCAL_MONEY}))`, 'g');
/**
 * A count given to a goal names things won or sold ("100 livraisons de véhicules", "a 10 car per week goal"), not a period
 * ("les 12 prochains mois"), a share or a repetition, nor the recipients of an action ("à 10 clients"); a scale word is
 * not the thing counted ("25 million homes": the homes), and homes or households a network reaches are places (real27); the
 * people a business carries, hosts or employs ("accommodate 18 million passengers", "welcome 1 million guests") are a
 * traffic or a headcount, not sales (real33). A day and its month (« d'ici le 31 décembre », "by 31 December") are a
 * date, a count a preposition or "others" follows (« dépassant déjà les 6000 dans le monde », « actionnaire de 5 autres »)
 * names no thing counted, and sites or « implantations » are places (kpi37: real25, real31, real34, real36), and so are
 * clubs, gyms, « salles » and centres a network opens (« ouvrir 200 clubs », « atteindre 500 salles », real42); tourists
 * are visitors hosted and towns a network is present in places too ("attracting 3 million tourists", « dans au moins 250
 * villes », stmt59: real56).
 */
const GOAL_COUNT_RE =
  /(?<![\d.,'])(?<!\d )(?<!\d\/)(?<!\b(?:to|aux|pour|for) )(?!(?:19|20)\d\d\b)\d{1,6}(?![\d.,'])\s+(?:(?:millions?|milliards?|billions?|thousand|mille)\s+(?:de\s+|d'|of\s+)?)?(?:(?:new|nouveaux|nouvelles|more|additional|de plus)\s+)?(?!(?:new|nouve\w*|more|additional|aujourd\w*|today|now|currently|actuellement|millions?|milliards?|billions?|thousand|mille|homes?|doors?|candidat\w*|ratios?|households?|foyers?|logements?|menages?|stores?|magasins?|restaurants?|ouvertures?|openings?|agences?|locations?|franchises?|boutiques?|shops?|outlets?|branches?|succursales?|units?|unites?|etablissements?|implantations?|sites?|clubs?|salles?|gyms?|centres?|centers?|hotels?|chambres?|rooms?|pme|hectares?|tonnes?|hectolitres?|gigawatts?|megawatts?|gw|mw|salaries?|emplois?|passengers?|passagers?|guests?|visit\w+|touris\w+|villes?|cities|towns?|collaborateurs?|employees?|staff|contacts?|conversions?|clients?|customers?|patients?|personnes?|people|persons|prochain\w*|next|dernier\w*|last|first|premier\w*|jours?|days?|semaines?|weeks?|mois|months?|ans|annees?|years?|heures?|hours?|minutes?|trimestres?|quarters?|fois|times|per|par|percent|pour|points?|pts?|in|sur|out|of|de|d'|to|a|et|and|or|ou|autres|others|dans|en|au|aux|chez|avec|with|from|by|at|on|(?:janv|fevr|juil|sept|octo|nove|dece)[a-z]*|mars|avril|mai|juin|aout|january|february|march|april|june|july|august)\b)[a-z]{3,}/g;
/** Places after « conversions »: « de succursales » (branches turned into franchises, kpi37: real28; English "conversions" names no KPI). */
const CONVERTED_PLACES_AFTER_RE = /^\s+de\s+(?:succursales|magasins|agences|boutiques)\b/;
/**
 * "to cover … ", « pour couvrir … », "to raise up to 100% of …": what money pays for, a few words before the costs; not across a
 * verb of cutting ("Fund the new office and cut operating costs", « Lever des fonds et réduire les coûts »: the costs cut, mend38b;
 * "slash", "trim", "curb", « abaisser », « ramener »…: direction.ts's verbs of decrease, fix39).
 */
const COVERED_COSTS_BEFORE_RE = /\b(?:cover(?:s|ing)?|couvrir|rais(?:e|ing)|lever|fund(?:ing)?|financer)\s+(?:(?!cut|redu|lower|baiss|diminu|slash|trim|decreas|minimi|curb|shrink|lessen|abaiss|ramen)[a-z\d%']+\s+){0,5}$/;
/**
 * Inside a parenthesis that spells out a plan's or a programme's name after its acronym: « PACTE (Plan d'action pour la … »
 * (not a measure's: « TCAM (Taux de Croissance Annuel Moyen) »).
 */
const ACRONYM_SPELLED_BEFORE_RE = /\b[A-Z]{3,}\s*\(\s*(?:Plan|Program)[^()]*$/;
/** What a verb of keeping keeps when it is not customers: staff, talent, a team, a stake (a few words after the verb). */
const KEPT_NOT_CUSTOMERS_AFTER_RE = /^\s+(?:[a-z%\d]+\s+){0,3}?(?:staff|employees|talents?|teams?|workforce|collaborateurs|salaries|equipes?|ownership|stake|control)\b(?!')/;
/**
 * kpi62: a verb of making a few words before the goal's count, an aside between (« être capable de produire sur son
 * territoire, aux horizons 2030, près 2 millions de véhicules », "to manufacture, by 2030, 1.6 million cars"): output, as
 * the verb right before it is (stmt60); not across another verb's infinitive or a conjunction ("build a team to sell 500
 * cars", « produire et vendre 500 vélos » keep the things sold).
 */
const MADE_COUNT_BEFORE_RE = /\b(?:produ|fabriqu|manufactur|build|construi)\w*\s(?:(?!(?:to|pour|and|et|de|d'|than|que)\s)[^.;:!?\s]+\s){0,8}$/;
/** A verb of having right before a count: « compte (déjà) », « exploite », "operates", "has" (what is held now). */
const HELD_COUNT_BEFORE_RE = /\b(?:compt(?:e|ent|ait)|exploit(?:e|ent|ait)|possede\w*|operat(?:es|ed)|owns|has|had)\s+(?:(?:deja|already|plus de|more than|over)\s+)?$/;
/** "envoyer un tableau de bord à 10 clients", "send a survey to 50 customers": counted customers receiving something are not won. */
const RECIPIENTS_BEFORE = /\b(?:envoy\w*|send\w*|sent|offr\w*|offer\w*|distribu\w*|present\w*|propos\w*|soumett\w*|submit\w*|give|gives|giving|donn(?:er|ons|ez))\b[^.;:]{0,50}\b(?:a|to|aux)\s+\d[\d\s.,]*\s+(?:[a-z]+\s+)?$/;

/**
 * A share of the customers (not a count of customers won): "90% customers returning to store", "the percentage of customers
 * who renew". What they do names the rate: coming back or staying is retention, leaving is churn.
 */
const SHARE_BEFORE = /(?:\d\s*(?:%|percent|per cent|pour ?cent)\s*(?:(?:of|de|d'|des)\s+)?|\b(?:percentage|proportion|share|pourcentage|part|taux)\s+(?:of|de|d'|des)\s+)(?:(?:the|our|your|their|all|les|nos|vos|leurs|tous les)\s+)?(?:[a-z]+\s+)?$/;

/**
 * A market, a sector or an industry, then (same clause) a word of change and a percentage within a few words. The market is
 * the subject (the ruling: its own size changes): not what qualifies another noun ("market prices", "industry emissions",
 * "market penetration": an English noun's next word is a verb), not a place ("employment in the sector", « l'emploi dans le
 * secteur »), and not a stock or a labour market (« du travail », « de l'emploi ») nor « immobilier », whose sales nobody
 * counts (mend45c).
 */
const MARKET_CHANGE_RE = /(?<!\b(?:stock|labou?r|du|des|(?:of|in) the|dans [cl]es?) )(?:\b(?:marches?|secteurs?)\b(?! (?:du travail|de l'(?:emploi|immobilier)|immobilier)\b)|\b(?:market|sector|industry) (?=(?:is|are|was|(?:sh|w|c)ould|will|can|may|might|ha[sv]e?|to|expected|set)\b))[^,;.]*?\b(?:hausses?|progress\w*|augment\w*|increas\w*|ris(?:e|es|ing))\b(?=(?:\s+(?:de|d'|d'environ|environ|of|by|about|around|nearly|some|l'ordre))*\s+[+]?\d[\d,.]*\s*(?:%|percent|per cent|pour ?cent))/;
/**
 * A firm growing by, at or of a percentage, with no measure noun (the ruling of 2026-12-05, stmt44): "grow your business by
 * 20%", "if they want to grow by 15%", « une startup devrait croître de 100 pour cent », « une progression de l'ordre de 7 %
 * ». The object, when there is one, is the firm itself, and nothing follows the percentage as what it is a percentage of
 * (« une hausse de 20 % de ses mentions presse », "a 30% increase in locations": that thing grows, no sales growth). A verb's
 * subject is the firm or a pronoun for it (or none: "Grow your business by 20%"): prices, staff or a labour market growing
 * (« Les prix devraient progresser de 3 % », « Le marché du travail devrait progresser de 3 % », mend45c) are no firm.
 * The subject governs the verb (mend46c): only modals, aims and auxiliaries between them ("we are growing", « le groupe
 * devrait progresser », "if you plan for 2014 to grow"), so "the company wants its employees to grow" and "the company's
 * debt will grow" are no firm's growth, nor « la dette du groupe » (the firm after « du », "of"); "it", "they", « il(s) »
 * only when no earlier clause names a thing that is no firm (« Le prix du menu est de 20 €. Il va progresser de 3 % »,
 * "Our prices will rise; they will grow by 3%"). Firms counted in the plural ("DSOs will grow at 15 percent", real43) are
 * firms too; a team is not (a team growing by 20 % is mostly headcount). A date after the percentage (« d'ici 2027 », "in
 * the next 12 months") is no thing grown. An adverb or an aim verb of either language may stand between too ("We also want
 * to grow by 10%", « La société ambitionne de croître de 10 % », « entend croître », left47). Not when a measure or a level
 * follows (« … de 10 % ses effectifs », « … en effectifs », « … de 10 % pour atteindre 2 M€ », "by 10% to $2M"): by the
 * ruling a firm's growth is sales growth only when no measure noun and no level in money or count is stated (mend47b).
 * Not after « soit » either: « un bénéfice par action de 8 $, soit une progression de 70 % » restates the level's change (real47).
 * The figure may be a bound or a range ("by up to 30%", « une progression comprise entre 3,5 % et 4,5 % », "between 4 and 5%", kpi66b).
 *
 * The look-ahead `(?=grow|croit|progress)` only repeats the verb the first branch requires right after its look-behind, so
 * it matches exactly the same text; it spares that look-behind, which scans back over the clause (with a `.*` of its own),
 * at every position of a statement (perf50: 3.5 → 0.6 µs a statement for this scan alone over the fixture texts).
 */
/**
 * "a R100-billion company", "a RM10 bil company", "our own N10m business", "a multi-billion dollar industry", "his $1.5
 * million-a-year firm", « une entreprise de 10 millions d'euros »: a scale word sizing a firm or an industry is its sales
 * (the written rule for "a $10 billion company"), whatever the currency; the scale word, not a currency list, says money
 * (« 10 millions de clients » names its noun). Only after an article or a possessive, and only a singular firm: "10 million
 * businesses" are counted.
 */
const FIRM_SIZED_RE = /\b(?:(?:an?|our|their|its|his|her|my|your)\s+(?:own\s+)?(?:[$\u20ac\u00a3]\s?|[a-z]{1,3})?(?:\d[\d.,]*\s?|multi\s)(?:bil(?:lion)?|bn|mn?|million|trillion)\s(?:(?:dollar|euro|pound)\s)?(?:a year\s)?(?:company|firm|business|industry)|(?:une|notre|leur|son|sa)\s+(?:entreprise|societe|pme|boite)\s+(?:de|d')\s*[\d.,]+\s?(?:milliards?|millions?)\s(?:d'euros|de dollars))\b/;
export const FIRM_GROWTH_RE = /(?:(?=grow|croit|progress)(?<=^|(?:\b(?:we|you|i|nous|on)|(?<!\b(?:pri[xc]|dett|debt|sala[ir]|wage|co(?:st|ut)|effectif|staff|employe).*)\b(?:it|they|il|elle)s?|(?<!\b(?:of|du|des?|d')\s*(?:(?:the\w*|its|our|l[a']) ?)?)\b(?:compan|firm|business|agenc|start ?up|group|entreprise|societ|cabinet|dsos)\w*)(?:'\w+|\s+(?:will|\w+ould|can|m(?:ay|ight|ust)|is|are|be|ha[sv]e?|(?:want|aim|plan|hope|expect|need|intend|continu|keep|veu|voul|souhait|vis|compt|ambitionn|entend|doi|dev|pourr|peu[tv]|esper|prevo)\w*|to|for \d+|going|v(?:a|ont)|allons|a|de|also|aussi|encore))*\s+)\b(?:grow(?:s|ing)?(?: (?:y?our|their|its|my|the) (?:[a-z]+ )?(?:business|company|firm|agency))?|croit(?:re|ra)?|progresser?a?)|(?<!\bsoit )\b(?:une|la|a) progression) (?:(?:by|at|de|d'|of|about|around|approximately|environ|l'ordre de|comprise? entre|between|up to) ?)*\+?\d[\d.,]*(?: ?(?:a|to|-|et|and) ?\d[\d.,]*)? ?(?:%|per ?cent|pour ?cent)(?! ?(?:of|de|des|du|d'(?!ici)|in (?!(?:the )?(?:next|coming))[a-z]|(?:ses|son|sa|leurs?|its|their) [a-z]|en effectifs?\b|(?:pour |to |and )?(?:a|to|atteindre|reach) [$€\x80£]?\d))/;
/* kpi64: also a project's or a site's value (« Chiffré à 1,5 milliard de FCFA, le projet … », « Évaluée à 4 milliards »): what it costs or is worth, no sales (English "valued at" read none already); not a market's or a sector's size (« le marché … évalué à 54 milliards d'euros », real43:40: summed sales). The look-behind
 * sits after the word, never first in the alternative (perf54: a variable look-behind there runs at every position of the text — 4–18 ms on a 2,000-character cell; lastread64). */
/** Money that is not sales: saved, spent, priced, paid, raised, or a fund or budget (« le fonds … porté à 4 milliards », kpi37), or cash held (« trésorerie », a cash position or balance: N1d's held amount, no catalog KPI; d57) — only as the amount's own
 * complement or object ("$2M in cash", "cash on hand of", « trésorerie de 2 M€ », « porter la trésorerie à »), not a side remark
 * ("without burning cash", « sans tension de trésorerie »; mend57d). */
const NOT_SALES_MONEY_RE = /\b(?:costs?|couts?|marg\w*|lower\w*|reduc\w*|redui\w*|cut\w*|baiss\w*|diminu\w*|rent|loyers?|sav\w*|econom\w*|spen\w*|depens\w*|budget\w*|pri[xc]\w*|pa(?:y|id|ie|ye)\w*|invest\w*|fund\w*|financ\w*|expend\w*|export\w*|debt|dettes?|loans?|prets?|salar\w*|wages?|raise|raising|lev(?:er|ee)|(?:amass|recolt)(?:er|ons|ez)|recueill(?:ir|ons|ez)|(?:en|de|in) (?:dons|donations?)|synerg\w*|fonds|enveloppes?|(?:in|en) cash|cash (?:pos|bal|on h|res)\w*|tresorerie (?:de|a|d')|(?:chiffr|evalu)ee?s? a(?<!(?:marche|market|secteur|sector|industr\w*)\b[^.;]*)(?![^.;]*\b(?:marche|market|secteur|sector|industr)))\b/;
/**
 * Donations named after a goal's amount, « un objectif de 35 millions $, d'ici 2024 en dons seulement » (stmt52): only money
 * given as donations (« en dons », « de dons », "in donations"), not « grâce à nos dons de produits » (mend52b).
 */
export const DONATED_AFTER_RE = /^[^.;]{0,30}?\b(?:en|de|in) (?:dons|donations?)\b/;
/** Money raised toward a goal: "has raised just over $9,200 toward a target of $20,000", « a collecté 9 200 $ sur un objectif ». */
const RAISED_TOWARD_RE = /\b(?:raised|collected|collecte|recolte|leve|collecter|recolter|lever)\s(?:[a-z]+\s){0,3}?[$€\x80£]?\d[^.;]{0,30}\b(?:toward|towards|of its|(?:sur|pour) (?:un|l'|son|leur))\b|\d\s?[$€\x80£]?\s(?:(?:ont|a) ete\s)?(?:collecte|recolte|leve)e?s?\s(?:sur|pour)\s/;
/** A goal word stated as an amount: "my goal is $20,000", "notre objectif : 50 000 €", "a goal of €8k". */
const GOAL_IS_AMOUNT_RE = new RegExp(`\\b(?:goals?|targets?|objectifs?|objectives?|quotas?)(?:\\s+(?:for|pour|de|du|d'|this|ce|cette)\\s+[a-z0-9']+){0,2}(?:\\s+(?:19|20)\\d\\d)?\\s*(?:(?:est|sera|etait|serait)\\s+(?:de|d')|is|was|will be|would be|of|est|etait|sera|serait|de|d'|:)\\s*(?:(?:about|around|roughly|environ|l'ordre de)\\s+)?(?:[$€\x80£]\\s?\\d|\\d[\\d,.' ]*\\s?${SCALED}(?:k[€\x80]|m[€\x80]|[€\x80]|\\$|£|euros?\\b|dollars?\\b|${LOCAL_MONEY}))`);
/**
 * A KPI noun naming a means, not the goal: "Les programmes de fidélisation permettent de diminuer l'attrition", "a loyalty
 * program", "retention campaigns". The program is the lever; the KPI is what it moves.
 */
const MEANS_BEFORE = /\b(?:programmes?|campagnes?|outils?|strategies?|plans?|operations?|logiciels?|cartes?|systemes?)\s+(?:de|d'|du|des)\s+$/;
const MEANS_AFTER = /^\s+(?:programs?|programmes?|campaigns?|tools?|software|schemes?|cards?|platforms?)\b/;
const MEANS_KPIS = new Set(['retention', 'prospecting', 'churn', 'leads', 'csat', 'nps']);
/**
 * Sales summed over many sellers, named by what they sell abroad or what many buyers spend (the fixtures README's ruling
 * (b), real22–real40): "exports", « exportations », "visitor spending", "global spending". The noun alone says nothing of
 * which measure (« conquérir l'export », exports as a share of GDP, in tonnes): its value does, so it names sales only when
 * money is stated for it or it is multiplied (kpi46).
 */
// ("an overnight visitor spend of between £5.5bn and £6.5bn": the noun "spend" too, stmt52, real49.)
const SUMMED_SALES_RE = /\b(?:export(?:s|ations?|ed|ing|er)?|(?:visitor|tourist|consumer|global) (?:spending|expenditure)|(?:visitor|tourist|consumer) spend)\b/g;
/** An amount of money: a sign or code before its digits ("US$7.8", "Rs 1", "usd 14"), or a currency after them ("4 Mds€", "700 million U.S. dollars": kpi65). */
const MONEY_SRC = "(?:(?:\\b(?:us|usd|rs|inr)\\b\\.?\\s?)?[$€\x80£]\\s?\\d[\\d.,]*|\\b(?:usd|rs|inr)\\.?\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:(?:millions?|milliards?|billions?)\\s(?:d'|de\\s)?|mds?|mrds?|bn|[kmb])?\\s?(?:[€\x80]|\\$|£|(?:(?:u\\.?s\\.? )?dollar|euro|dirham)s?\\b|baht\\b|yuan\\b))";
/** The noun's value stated after it: "exports are set to leap to €4bn", « … à deux milliards d'euros ». */
const SUMMED_MONEY_AFTER_RE = new RegExp(`^(?:(?! (?:et|and|but|while|with|mais|avec|tout en) )[^,;.]|[.,]\\d){0,70}?\\b(?:to|a|at|of|by|de|reach|atteindre)\\s+(?:(?:around|about|nearly|environ|pres de|between|entre)\\s+)?${MONEY_SRC}`);
/** The verb's object in money: "aim to export $300 billion", "exported around US $80 million" (the ruling (b), stmt55: real52). */
const EXPORTED_MONEY_RE = new RegExp(`^\\s+(?:[a-z]+ worth\\s+)?(?:(?:around|about|nearly|over|more than|up to|plus de|pres de|environ)\\s+)?${MONEY_SRC}`);
/** Its value stated before it: "$2 billion of exports", "$55 billion in overnight visitor expenditure", a year's too ("$2 billion a year in exports", « 29 milliards de dollars par an d'exportations », stmt53; "$1 bln annually from exports", kpi65). */
const SUMMED_MONEY_BEFORE_RE = new RegExp(`${MONEY_SRC}(?:\\s?(?:billion|million|bl?n)|[kmb])?(?:\\s+(?:(?:a|per|par) (?:year|an)|annually))?\\s+(?:in|of|from|d'|de|en)\\s*(?:[a-z]+\\s+){0,2}$`);
/**
 * A channel's sales given their amount after it: « le chiffre d'affaires à l'export à 60 M€ », "export turnover of €5m", or
 * after a colon, as a goal list writes it (« Ventes à l'export : 2 M€ en 2027 », mend48e).
 */
const CHANNEL_MONEY_AFTER_RE = new RegExp(`^\\s+(?:(?:a|at|de) l'(?:export|international)\\s+)?(?:de|d'|a|of|to|at|:)\\s*(?:(?:plus de|pres de|environ|over|about|around|nearly)\\s+)?${MONEY_SRC}`);
/**
 * The goal's target is the channel's share all the same when a share of the total is aimed at after its amount: « passer le
 * CA à l'international de 3 M€ en 2026 à 35 % du total en 2028 » (mend48e; the README's share of sales by channel); an aside
 * (« 60 M€ …, soit 30 % du total ») is not aimed at.
 */
const CHANNEL_SHARE_TARGET_AFTER_RE = /\b(?:a|to)\s+\d[\d.,]*\s?(?:%|percent)\s*(?:du|of the) total\b/;
/**
 * Or it is multiplied: "doubling New Zealand's primary sector exports", « tripler leurs exportations », « multiplier par 3
 * les exportations », "multiply exports by 3" (kpi65).
 */
const SUMMED_MULTIPLIED_RE = /\b(?:doubl|tripl|quadrupl|multipl)\w*\s+(?:par \S+\s+)?(?:(?!(?:the |la |le )?(?:valeur|value|nombre|number|part|share|base|average|moyenne|volume)\b)[a-z']+\s+){0,4}$/;
/** A factor, in figures or words, FR/EN: what multiplies exports (kpi65's two rules read one list: mend65k). */
const FACTOR = '(?:\\d+(?:[.,]\\d+)?|two|three|four|five|ten|deux|trois|quatre|cinq|dix)';
/**
 * Or a factor after it, "increase exports by 5 times", "export of wine products by 1.5 times", "grow exports fivefold" (kpi65),
 * "by three times", "by 3x", "10-fold", « doivent être multipliées par 3 » (mend65k); not a decrease ("Reduce our exports by 2
 * times": `SUMMED_CUT_BEFORE_RE`).
 */
const SUMMED_TIMES_AFTER_RE = new RegExp(`^(?:(?: (?:of|from) [a-z' ]{0,30}?)? (?:by )?(?:${FACTOR}(?: times|x)|\\w+[- ]?fold)\\b|(?: [a-z]+){0,2} multipli\\w* par ${FACTOR}\\b)`);
const SUMMED_CUT_BEFORE_RE = /\b(?:reduc|cut|decreas|lower|halv|redui|diminu|baiss)\w*\s(?:[a-z']+\s){0,3}$/;
/** Not counted in a physical unit nor given as a share (real12, real21, real41's rules: those name none). */
const SUMMED_NOT_MONEY_AFTER_RE = /^(?:[^,;.]|[.,]\d){0,40}?(?:tonnes?|tons?|containers?|conteneurs?|teu|volume|tonnage|share|gdp|pib|(?<!\b(?:by|de) (?:[a-z]+ )?\d[\d.,]*\s?)(?:%|percent|pour ?cent)|represent)/;
/**
 * Not the noun at all but what it describes or what is paid on it (mend46d): "export" before another noun ("export
 * duties", "an export manager"; not its sales: "export revenue", "an export of target of $1 billion") or French « export »
 * after one (« budget export », « crédit export »; not « l'export »); "the exports budget"; "the cost of exports". Nor an
 * average ("average consumer spending", "tourist spending per visitor"): one buyer's spending, no sum (not « par 3 », « par deux », a factor: kpi65, when it ends the clause or « d’ici », « en », « avant » follow; « par 1 000 habitants », « par deux salariés » are averages: mend65k). Nor money given to
 * exporters ("$2 billion in support to export businesses", "grants to export firms") or got from them ("from exporting
 * nations"): others' exports, not the subject's own sales (mend60s).
 */
const SUMMED_NOT_HEAD_RE = new RegExp(String.raw`\b(?:support|grant|aid|loan)\w* to (?:\w+ )?#|from #exporti|(?:average |(?:budget|cost|cout|dut|droit|tax|marg|loss|pert|credit|loan)\w* (?:on|of|sur|des?|du) (?:[a-z]+ )?)#|(?<!'|\bto (?:[a-z]+ly )?)#export# (?!(?:revenue|sales|turnover|targets?|of|around|about|us)\b|[$€\x80£\d])|#exports# (?:budget|manager)|# (?:moyen|(?:per|par|each) (?!year|an\b|annum|mo|(?<=par )${FACTOR}(?:$|[,;.]| (?:d'ici|en|avant)\b)))`);



const cache = new WeakMap<readonly KpiDefinition[], CompiledCatalog>();

/** Regex source for a folded synonym: each word may take a plural s/x; words may be glued ("sign ups" ≈ "signups"). */
function synonymSource(folded: string): string {
  const words = folded.split(/\s+/);
  return words
    .map((word, index) => {
      const isLast = index === words.length - 1;
      // An elided article may lose its apostrophe: "chiffre d affaires", "chiffre daffaires".
      const body = escapeRegExp(word).replace(/'/g, "(?:'\\s*|\\s+)?");
      // "Closing %": the sign written for a last word "percentage" (real31).
      if (isLast && index > 0 && word === 'percentage') return '(?:percentages?|%)';
      // A plural last word may appear singular before a measure noun ("cold call volume", "subscriber count").
      if (isLast && word.length > 4 && /[^s]s$/.test(word)) return `${escapeRegExp(word.slice(0, -1))}(?:s|(?=\\s+(?:${MEASURE_NOUNS})(?![a-z])))`;
      if (word.length <= 3 || /[sx]$/.test(word) || /\W$/.test(word)) return body;
      return `${body}(?:s|x)?`;
    })
    .join('\\s*');
}

/** The literal start of every match of synonymSource(folded). */
function synonymPrefix(folded: string): string {
  const words = folded.split(/\s+/);
  const first = words[0];
  return words.length === 1 && first.length > 4 && /[^s]s$/.test(first) ? first.slice(0, -1) : first;
}

function compile(catalog: readonly KpiDefinition[]): CompiledCatalog {
  const entries: SynonymEntry[] = [];
  for (const kpi of catalog) {
    const all = new Set<string>([...kpi.synonyms.en, ...kpi.synonyms.fr, kpi.label.en, kpi.label.fr].map((s) => fold(s).trim()).filter((s) => s.length > 0));
    for (const synonym of all) {
      entries.push({ id: kpi.id, synonym, prefix: synonymPrefix(synonym), re: null });
      const spelled = otherSpelling(synonym);
      if (spelled && !all.has(spelled)) entries.push({ id: kpi.id, synonym, prefix: synonymPrefix(spelled), re: null, spelled });
    }
  }
  // Longest first: the first synonym that matches at a position wins, as in a regex alternation.
  entries.sort((a, b) => b.synonym.length - a.synonym.length);
  // Only synonyms whose first word is at a position are tried there, each with its own small regex
  // compiled when first needed. (One alternation over the whole catalog cost a quarter of a second
  // to compile on the first statement of every execution: V8 compiles a regex on its first exec.)
  const byFirst = new Map<string, SynonymEntry[]>();
  for (const e of entries) {
    const first = /^[a-z0-9]/.test(e.synonym) ? e.synonym[0] : '';
    const list = byFirst.get(first);
    if (list) list.push(e);
    else byFirst.set(first, [e]);
  }
  return { byFirst, byPair: new Map(), ids: new Set(catalog.map((k) => k.id)) };
}

function compiled(catalog: readonly KpiDefinition[]): CompiledCatalog {
  let c = cache.get(catalog);
  if (!c) {
    c = compile(catalog);
    cache.set(catalog, c);
  }
  return c;
}

/** a-z or 0-9 (what `[a-z0-9]` matches), from a character code. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** The entries that may match at `p`: by first character, narrowed by the second (see CompiledCatalog.byPair). */
function candidatesAt({ byFirst, byPair }: CompiledCatalog, folded: string, p: number): readonly SynonymEntry[] | undefined {
  const first = folded.charCodeAt(p);
  if (!isWordCode(first)) return byFirst.get('');
  // The second code + 1, 0 at the text's end: one number per pair (a NUL character stays apart from the end).
  const key = first * 65537 + (p + 1 < folded.length ? folded.charCodeAt(p + 1) + 1 : 0);
  let list = byPair.get(key);
  if (!list) {
    const pair = textAfter(folded, p, 2);
    list = (byFirst.get(pair[0]) ?? []).filter((e) => e.prefix.length < 2 || e.prefix[1] === pair[1]);
    byPair.set(key, list);
  }
  return list;
}

/**
 * Every catalog synonym in `folded`, left to right, as one global regex
 * `(?<![a-z0-9])(?:syn1|syn2|…)(?![a-z0-9])` over all synonyms (longest first) would find them: at each
 * position not preceded by a letter or digit, the first synonym that matches there; the scan goes on
 * after the match.
 */
export function synonymMatches(folded: string, catalog: readonly KpiDefinition[]): Array<{ start: number; end: number; id: string; synonym: string }> {
  const compiledCatalog = compiled(catalog);
  const out: Array<{ start: number; end: number; id: string; synonym: string }> = [];
  for (let p = 0; p < folded.length; ) {
    // Character codes, not a regex per position: this loop runs once per character of every statement.
    const candidates = p > 0 && isWordCode(folded.charCodeAt(p - 1)) ? undefined : candidatesAt(compiledCatalog, folded, p);
    let found: { end: number; entry: SynonymEntry } | null = null;
    for (const entry of candidates ?? []) {
      if (!folded.startsWith(entry.prefix, p)) continue;
      if (!entry.re) entry.re = new RegExp(`${synonymSource(entry.spelled ?? entry.synonym)}(?![a-z0-9])`, 'y');
      entry.re.lastIndex = p;
      const m = entry.re.exec(folded);
      if (m) {
        found = { end: p + m[0].length, entry };
        break;
      }
    }
    if (!found) {
      p++;
      continue;
    }
    out.push({ start: p, end: found.end, id: found.entry.id, synonym: found.entry.synonym });
    p = Math.max(found.end, p + 1);
  }
  return out;
}

/**
 * Every match of the global `re` as a mention of `id`, from `startOf(m)` to the match's end. `replace`: the mentions it
 * covers give way to it (the mention itself may end at `endOf(m)`); otherwise it is added only where no mention is.
 */
function addMatches(out: KpiMention[], folded: string, re: RegExp, id: string, weak: boolean, replace: boolean, startOf = (m: RegExpExecArray) => m.index, endOf?: (m: RegExpExecArray) => number): void {
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const start = startOf(m);
    const end = m.index + m[0].length;
    if (replace) {
      for (let i = out.length - 1; i >= 0; i--) if (out[i].start >= start && out[i].end <= end) out.splice(i, 1);
    } else if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ start, end: endOf ? endOf(m) : end, id, weak });
  }
}

/** Who is asked, trained or equipped to act, before the people named: "require all", "train the", « former la ». */
const ASKED_TO_ACT_BEFORE_RE = /\b(?:requir|ask|expect|want|need|tell|encourag|challeng|train|coach|equip|enabl|form|accompagn)\w*\s+(?:(?:all|our|your|the|their|every|la|les|nos|notre|vos|votre)\s+)*$/;
/** A sales force named in a sentence: "sales force", "sales representatives", "sales and marketing force", « force de vente ». */
const SALES_FORCE_RE = /(?<![a-z0-9])(?:sales (?:and marketing )?forces?|sales representatives?|forces? de vente)(?![a-z0-9])/g;
/** The force given something to act with ("Equip the sales force with a CRM to …", « Doter la force de vente d'outils pour … »). */
const EQUIPPED_BEFORE_RE = /\b(?:requir|ask|expect|want|need|tell|encourag|challeng|train|coach|equip|enabl|form|accompagn|give|provid|arm|support|dot|outill)\w*\s+(?:(?:all|our|your|the|their|every|la|les|nos|notre|vos|votre)\s+)*$/;
/** Its purpose in the clause: "… with a CRM to increase", « … d'un CRM pour augmenter » (not "to 50": a size). */
const TO_ACT_AFTER_RE = /^[^,;.:]{0,60}?\b(?:to|pour|afin de|in order to)\s+(?![\d$€\x80£+])[a-z]/;
/** Another measure of the force, or a noun the force modifies: its cost, its productivity, its automation, its quota. */
const FORCE_MEASURE_WORDS = String.raw`(?:costs?|couts?|expenses?|spend\w*|productivity|productivite|effectiveness|efficiency|efficacite|performances?|rentabilite|automation|quotas?|attainment|rates?|ratios?|taux|turnover|attrition|satisfaction|engagement|training|compensation|pay|salar\w+|tools?|adoption)`;
const FORCE_MEASURE_AFTER_RE = new RegExp(`^\\s+${FORCE_MEASURE_WORDS}(?![a-z])`);
const FORCE_MEASURE_BEFORE_RE = new RegExp(`(?<![a-z])${FORCE_MEASURE_WORDS}\\s+(?:of|de|du|des|d')\\s*(?:(?:the|our|your|their|its|la|le|les|l'|notre|nos|votre|vos|leur|leurs|sa|son|ses)\\s+)?$`);
/**
 * The sales force as the goal's measure (`sales_reps`): only the force itself, its size ("grow the sales force to 50",
 * "expand our sales force by 1,000", « renforcer la force de vente de 5 commerciaux »), stmt53. Never a possessor ("the sales
 * force's win rate", "sales representatives' quota attainment"), never a modifier of another measure ("sales force
 * productivity", "the cost of the sales force", « l'efficacité de la force de vente »), never the people equipped to act.
 * Read in sentences only (analyzeStatement): a header "Sales force cost" or « Force de vente » keeps its reading (headers are
 * read by workbook/link.ts through findKpis, so these are no catalog synonyms: mend53b).
 */
export function salesForceMentions(folded: string, catalog: readonly KpiDefinition[] = KPI_CATALOG): KpiMention[] {
  if (!catalog.some((k) => k.id === 'sales_reps') || !/\bsales |force/.test(folded)) return [];
  const out: KpiMention[] = [];
  SALES_FORCE_RE.lastIndex = 0;
  for (let m = SALES_FORCE_RE.exec(folded); m; m = SALES_FORCE_RE.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = textAfter(folded, end, 80);
    const before = textBefore(folded, start, 40);
    if (/^'/.test(after) || FORCE_MEASURE_AFTER_RE.test(after) || FORCE_MEASURE_BEFORE_RE.test(before)) continue;
    // Another catalog measure right after it ("sales force close rate", "sales force revenue") is what is measured.
    if (synonymMatches(after.slice(0, 40), catalog).some((s) => s.start === 1)) continue;
    if (EQUIPPED_BEFORE_RE.test(textBefore(folded, start, 30)) && TO_ACT_AFTER_RE.test(after)) continue;
    // "… with a sales force of 10", « … avec une force de vente de 10 personnes »: the means, a lever kept whole.
    if (/\b(?:with|avec)\s+(?:(?:an?|the|our|their|un|une|la|notre|leur)\s+)?$/.test(before)) continue;
    out.push({ start, end, id: 'sales_reps', weak: false });
  }
  return out;
}

/** The sentence's mentions with its sales force's (salesForceMentions): the force's words replace what they cover. */
export function withSalesForce(mentions: KpiMention[], folded: string, catalog: readonly KpiDefinition[] = KPI_CATALOG): KpiMention[] {
  const forces = salesForceMentions(folded, catalog);
  if (forces.length === 0) return mentions;
  const kept = mentions.filter((k) => !forces.some((f) => k.start >= f.start && k.end <= f.end));
  return [...kept, ...forces.filter((f) => !kept.some((k) => k.start < f.end && f.start < k.end))].sort((a, b) => a.start - b.start);
}

/** "hitting breakeven", « atteindre l'équilibre », « atteindre le point mort » (findKpis). */
export const BREAKEVEN_RE = /(?<!\bqu[^,;.]*)\b(?:reach|hit|achiev|attei?n|etre a|be at|retour a|return to)\w*\s+(?:[a-z]+\s+){0,2}?(?:break-?even|l'equilibre|le point mort)\b(?! entre)/g;
/**
 * A word every BREAKEVEN_RE match holds: a statement without one is not scanned (the look-behind opening the regex scans
 * back from every position, perf42).
 */
export const BREAKEVEN_GATE = /break|equilibre|point mort/;

/**
 * The last statement's mentions: SMARTSCORE and SMARTCHECK read a statement's KPI mentions twice (the analysis, then the
 * sentence's own words for the example, `ownWordsKpi`), on the same folded text. The scan is a pure function of its three
 * arguments, so the second read is the first's result, copied (callers splice the array).
 */
let lastKpiScan: { folded: string; original: string; catalog: readonly KpiDefinition[]; mentions: readonly KpiMention[] } | null = null;

/** Every KPI mention in order. `original` is needed to check the case of two-letter abbreviations. */
export function findKpis(folded: string, original: string, catalog: readonly KpiDefinition[] = KPI_CATALOG): KpiMention[] {
  const last = lastKpiScan;
  if (last !== null && last.folded === folded && last.original === original && last.catalog === catalog) return last.mentions.map((m) => ({ ...m }));
  const mentions = scanKpis(folded, original, catalog);
  lastKpiScan = { folded, original, catalog, mentions: mentions.map((m) => ({ ...m })) };
  return mentions;
}

function scanKpis(folded: string, original: string, catalog: readonly KpiDefinition[]): KpiMention[] {
  const out: KpiMention[] = [];
  const shareOfTotal = folded.includes('total') && !NOT_PERCENT_RE.test(folded) ? SHARE_OF_TOTAL_RE.exec(folded) : null;
  // Where a figureless past or purpose growth (PAST_GROWTH_BEFORE) starts: set aside after the scan (mend62k).
  const pastGrowth: number[] = [];
  for (const { start, end, id, synonym } of synonymMatches(folded, catalog)) {
    if (synonym.length <= 2 && original.slice(start, end) !== original.slice(start, end).toUpperCase()) continue;
    // "Edtech unicorn LEAD targets 25 mn students": a word in capitals before its own verb is a name, the subject (real36).
    if (end - start > 3 && /^[A-Z]+$/.test(original.slice(start, end)) && /^\s+(?:targets|aims|plans|vise|veut)\b/.test(textAfter(folded, end, 14))) continue;
    // "improve that by 50% or more based upon growth or improvements in your event": what a figure is based on is no goal.
    if (/\bbased\s+(?:up)?on\s+(?:[a-z]+\s+){0,3}$/.test(textBefore(folded, start, 40))) continue;
    // "a low bid-hit ratio" (bids per win): a word hyphened before "hit" makes another ratio (real27, real36's "hit ratio";
    // "quote-to-close ratio" stays the close rate).
    if (original[start - 1] === '-' && /^hit/.test(synonym)) continue;
    // « le PACTE (Plan d'action pour la croissance …) »: a plan's name spelled out after its acronym is no measure (kpi37, real32).
    if (ACRONYM_SPELLED_BEFORE_RE.test(textBefore(original, start, 80))) continue;
    // "$60 billion export earnings": what exports earn is their sales (the ruling (b)'s summed sales), no profit (stmt59:
    // real56:10, real51:18). Earnings net or before tax are a profit measure still ("net export earnings", "export earnings
    // before tax", mend59s).
    if (synonym === 'earnings' && /(?<!\bnet )\bexports? $/.test(textBefore(folded, start, 12)) && !folded.startsWith(' before', end)) {
      if (catalog.some((k) => k.id === 'revenue')) out.push({ start, end, id: 'revenue', weak: false });
      continue;
    }
    // « 8000 nouveaux logements étudiants », « résidences étudiantes »: students qualifying housing are whom it serves (real40).
    if (/^etudiant/.test(synonym) && /\b(?:logements?|residences?|chambres?|lits)\s+$/.test(textBefore(folded, start, 14))) continue;
    // "in the lead up to the festive season": a time before an event, no leads ("Raise lead up to 500" counts them, mend44d);
    // nor "expected to / will lead to" (the verb: "lead to the creation of 1000 new jobs", stmt64, real61);
    // "Under the deal with Sun Holdings", « les contrats avec Sodexo »: an agreement with a named partner frames the goal, no
    // deal counted (real41).
    // "Sunrun leads the pack": "lead(s)" before the pack, the way, the field… is the verb of being first, no leads (real42).
    // Not leads counted or named ("300 leads the market team can qualify", "Double the leads the field team brings in"): a
    // count, a quantifier or an article before it, or a noun after "the field / market / industry", makes it a noun (mend45c).
    if ((synonym === 'lead' && /\b(?:the lead up|(?:to|will|would|could|can|may) lead to)(?![a-z])/.test(textBefore(folded, end + 4, 16))) || (/^leads?$/.test(synonym) && /(?<!(?:\d|\b(?:the|an?|our|their|more|many|some|all|new)) )# the (?:pack|way|charge|race|(?:field|market|industry)(?! (?!(?:and|or|in|at|by|with|for|to)\b)[a-z]))\b/.test(`${textBefore(folded, start, 9)}#${textAfter(folded, end, 30)}`)) || (/^(?:deal|contrat)s?$/.test(synonym) && /^ (?:with|avec) [A-Z]/.test(textAfter(original, end, 7)))) continue;
    // "optimistic of meeting and even surpassing the revenue target", "meeting its goals": the gerund of "meet" before its object
    // or a second verb is no meeting held ("a meeting the SDR books", "each meeting" stay meetings; stmt54); never after a verb
    // of growing or "each"/"every" ("Double meeting and call volume", "Every meeting the team books": a noun; mend54c, R4).
    if (synonym === 'meeting' && /^ (?:the|its|our|and|or) /.test(textAfter(folded, end, 6)) && !/\b(?:an?|the|each|every|(?:doubl|increas|grow|boost|rais)\w*) $/.test(textBefore(folded, start, 12))) continue;
    // "customers"/"clients" name won deals only when counted ("Sign 3 enterprise customers"), not in "make customers happier".
    if (COUNTED_ONLY.has(synonym)) {
      // "customers"/"clients" name a KPI only when counted ("Sign 3 enterprise customers", "more clients"),
      // not in "make customers happier": won customers when counted or won, the customer base otherwise.
      const before = textBefore(folded, start, 40);
      const counted = !(SHARE_BEFORE.test(before) && !MORE_BEFORE.test(before)) && /(?:\d\+?|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt|cinquante|cent|million|milliard|billion|x))\s*(?:[a-z%']+\s+){0,2}$/.test(before);
      const more = MORE_BEFORE.test(before);
      // A share of the customers is a rate named by what they do (object.ts), never customers won.
      if (!more && SHARE_BEFORE.test(before)) continue;
      // "le nombre de clients (actifs)", "number of customers": the customer base, a level.
      const numberOf = /\b(?:nombre|number|count)\s+(?:de\s+|d'|of\s+)(?:[a-z]+\s+)?$/.test(before);
      // "100 avis clients", "réclamations clients", "visites clients": "clients" complements the noun before it.
      if (CLIENT_COMPLEMENT_BEFORE.test(before)) continue;
      if (counted && RECIPIENTS_BEFORE.test(textBefore(folded, start, 90))) continue;
      // "le nombre de clients fidèles", "repeat customers": loyal customers counted are a loyalty measure the catalog does not track.
      if (/^\s+(?:fideles|loyaux)\b/.test(textAfter(folded, end, 14)) || /\b(?:loyal|repeat|returning)\s+$/.test(before)) continue;
      // "Nombre de clients acquis", "new customers acquired": customers won, counted.
      const acquired = ACQUIRED_AFTER.test(textAfter(folded, end, 24));
      // "Increase patients every year", « doubler ses clients »: a change verb right over the customers grows the base (real29).
      // K1 (kpi66): "our growth in customers", « la croissance de nos clients »: the growth's object is the base growing.
      // Not the customers' own ("growth in customers' spend": what they spend), nor with the growth's figure after them
      // ("growth in customers to 20%", « une croissance des clients de 20 % »: K1 covers a growth with no figure, mend66s).
      const grown = CHANGE_VERB_BEFORE.test(before) || (GROWTH_OF_BEFORE_RE.test(before) && !/^(?:'s?\s|\s*(?:to|of|at|de|a)\s+[\d.,]+\s?%)/.test(folded.slice(end)));
      if (!counted && !more && !numberOf && !acquired && !grown) continue;
      // "the 1,000 customer mark", "the 500-client milestone": a milestone of the base.
      // "from 300 customers last year to 500", "de 300 clients à 500", "from 300 to 500 customers": a from→to of the base.
      const fromTo = /\b(?:from|de|d')\s*[\d\s.,]+(?:(?:to|a)\s+[\d\s.,]+)?$/.test(before) && /\b(?:to|a)\s+\d/.test(before + textAfter(folded, end, 40));
      const level = counted && !more && (fromTo || LEVEL_COUNT_BEFORE.test(folded.slice(0, start)) || /^\s+(?:mark|milestone|threshold)\b/.test(textAfter(folded, end, 12))) && !/^\s+(?:per|par|a|each|every|chaque)\s+(?:day|week|month|quarter|year|jour|semaine|mois|trimestre|an)\b/.test(textAfter(folded, end, 20));
      const won = acquired || (!numberOf && !level && (counted || ACQUISITION_VERB_BEFORE.test(before.replace(MORE_BEFORE, ''))));
      // "expects to have one million members", "needs about 400 members" (real40, real31): members held are the base, members
      // gained are won; members merely counted ("With 110,000 regular members, it's expanding …", "1,000 new team members") name no goal of theirs.
      // Members of a team, a staff or a board are the business's own people ("Add two new team members", real20).
      // kpi66b: members a change verb grows are the base, as customers are ("Increase our members to 13,000", « Augmenter nos
      // membres de 10 % »); not the members' own measure ("Increase the members' satisfaction").
      if ((synonym === 'members' || synonym === 'membres') && ((!level && !acquired && !(grown && folded[end] !== "'") && !ACQUISITION_VERB_BEFORE.test(before.replace(MORE_BEFORE, ''))) || /\b(?:team|staff|board|crew|faculty)\s+$/.test(before) || /^\s+(?:of (?:staff|the team|the board|our team)|du (?:personnel|conseil)|de l'equipe)\b/.test(textAfter(folded, end, 20)))) continue;
      const id = won ? 'deals_closed' : 'customers';
      if (catalog.some((k) => k.id === id)) out.push({ start, end, id, weak: true });
      continue;
    }
    // "core deposit growth", "loan growth", "croissance des crédits": a bank balance or a headcount growing is no sales growth;
    // nor is an installed base's ("portfolio growth") or a per-share figure's ("EPS growth", « croissance du BPA », real31;
    // "a 20% compound annual growth rate in Adjusted Earnings per Share", real47; not "growth in revenue and earnings per
    // share": a list's first item is the growth's object, mend50c).
    // nor a fleet's or a community's (real35), nor a pace the goal's object grows at ("at an annualised growth rate of 10%").
    if ((synonym === 'growth' || synonym === 'croissance') && (BALANCE_BEFORE.test(textBefore(folded, start, 24)) || BALANCE_AFTER.test(textAfter(folded, end, 48)))) continue;
    if ((synonym === 'growth' || synonym === 'croissance') && (PEOPLE_GROWTH_BEFORE.test(textBefore(folded, start, 24)) || PEOPLE_GROWTH_AFTER.test(textAfter(folded, end, 20)))) continue;
    // (A look-back window cut inside the text starts with a space: its first word opens no purpose, mend62k.)
    if ((synonym === 'growth' || synonym === 'croissance') && PAST_GROWTH_BEFORE.test((start > 60 ? ' ' : '') + textBefore(folded, start, 60)) && CLAUSE_CLOSED_AFTER_RE.test(textAfter(original, end, 80)) && !/%|per ?cent|pour ?cent/.test(folded.slice(end)) && !/\d\s?(?:%|per ?cent|pour ?cent)\s+(?:[a-z]+\s+)?$/.test(textBefore(folded, start, 24))) pastGrowth.push(start);
    // « sa politique d'hyper croissance », "if current growth trends continue", "our growth strategy": a growth naming a kind of
    // plan or a trend qualifies that noun; it is no measure of the goal.
    // « des PME en forte croissance », « un marché en croissance structurelle »: a growth describing a noun's state (no figure
    // after it) is no measure of the goal (real30).
    if ((synonym === 'growth' || synonym === 'croissance') && (GROWTH_PLAN_BEFORE.test(textBefore(folded, start, 30)) || (GROWTH_SUPPORTED_BEFORE.test(textBefore(folded, start, 30)) && !/^\s+(?:d'|(?:de|of|at|a|above|over|plus|more|than)\s+)+[+\d]/.test(textAfter(folded, end, 20)) && !(start < 30 && GROWTH_SUPPORTED_OPENING_RE.test(folded.slice(0, start)) && !/\d/.test(folded.slice(end).replace(DATE_FIGURES_RE, '')))) || GROWTH_PLAN_AFTER.test(textAfter(folded, end, 20)) || (/\ben\s+(?:(?:forte|pleine|rapide)\s+)?$/.test(textBefore(folded, start, 16)) && !/^\s+(?:de|d')\s*[+\d]/.test(textAfter(folded, end, 8))))) continue;
    // "growth in the value of exports", « la croissance des activités hors publicité »: a growth of a noun that names no
    // catalog measure is that thing growing, not sales growth (a company or its business growing stays sales growth).
    // (A number spelled out is a figure, as digits are: "revenue growth of four to six percent", real38; only before "percent",
    // "growth in three new markets" counts markets, mend40a; "growth of six per cent", the British spelling, real40.)
    // Its figure first changes nothing: "an expected growth of 10% in passengers", « une croissance de 10 % des passagers »
    // (real41).
    const grown = (synonym === 'growth' || synonym === 'croissance') && textAfter(folded, end, 60).replace(GROWTH_FIGURE_RE, '');
    if (grown && GROWTH_OF_OTHER_AFTER.test(grown) && (numberWord(/^\s+\S+\s+([a-z]+)(?: (?:to|a) [a-z]+)? ?(?:%|p(?:er ?cent|our cent))/.exec(grown)?.[1] ?? '') ?? 0) < 2 && ((ACTIVE_CUSTOMERS_COUNTED_RE.test(grown) && !CONTEXT_BEFORE_RE.test(textBefore(folded, start, 40))) || !synonymMatches(grown.slice(0, 40), catalog).some((m) => m.start < 24))) continue;
    // « une croissance de trois nouveaux marchés », "growth of 3 new markets": new things counted after the noun are what grows,
    // no growth figure (num34; the digits too, unlike a percentage's "growth of 3%").
    // (Not with a percentage after them: "growth of 3 new markets and 10% revenue growth" is a growth of 10 %, mend42a.)
    if ((synonym === 'growth' || synonym === 'croissance') && /^\s+(?:of|de)\s+\S+\s+(?:new|nouv)[^%]*$/.test(textAfter(folded, end, 30))) continue;
    // "sales team", "sales cycle": the generic word qualifies something that is not the KPI.
    // « chef des ventes », « force de vente », "head of sales": a job or a team named by the word, not the KPI (real23);
    // « directrice ventes et marketing », "VP sales" without the preposition too (real40).
    if (WEAK_SYNONYMS.has(synonym) && (NOT_A_KPI_AFTER_WEAK.test(textAfter(folded, end, 32)) || /\b(?:chefs?|direct\w+|responsables?|forces?|head|vp) (?:(?:des|de|of) )?$/.test(textBefore(folded, start, 16)))) continue;
    if (MEANS_KPIS.has(id) && (MEANS_BEFORE.test(textBefore(folded, start, 16)) || MEANS_AFTER.test(textAfter(folded, end, 16)))) continue;
    // "margin of error", "marge de manœuvre"; "cost per lead", "coût par clic": another measure, not the KPI.
    if (/^marges?$|^margins?$/.test(synonym) && /^\s+(?:of error|for error|of safety|d'erreur|de manoeuvre|de securite|de progression)\b/.test(textAfter(folded, end, 20))) continue;
    // "satisfaction survey", "enquête de satisfaction": the instrument, not the score.
    if (synonym === 'satisfaction' && (/^\s+(?:surveys?|questionnaires?|forms?)\b/.test(textAfter(folded, end, 16)) || /\b(?:enquetes?|questionnaires?|sondages?|formulaires?)\s+(?:de\s+)?$/.test(textBefore(folded, start, 16)))) continue;
    if ((synonym === 'cost' || synonym === 'cout') && /^\s*(?:per|par|\/)\s/.test(textAfter(folded, end, 8))) continue;
    // "we require all sales reps to put out 20 quotes": the reps asked to act are who acts, not the measure (real27); so are
    // reps trained to act ("Coach the sales reps to raise the close rate", stmt53).
    if (id === 'sales_reps' && /^\s+(?:\[[^\]]*\]\s+)?(?:to|pour|afin de)\s/.test(textAfter(folded, end, 24)) && ASKED_TO_ACT_BEFORE_RE.test(textBefore(folded, start, 30))) continue;
    // "an elevator pitch", "our sales pitch", "the pitch deck": the script, not a pitch given to a prospect (an agency's pitches are
    // sales presentations, real27).
    if (synonym[0] === 'p' && synonym.startsWith('pitch') && (/\b(?:elevator|sales|product|value|investor)\s+$/.test(textBefore(folded, start, 10)) || /^\s+decks?\b/.test(textAfter(folded, end, 7)))) continue;
    // A bare "margin", "marge", "cost", "coût" is the margin rate or the cost line only when the text speaks in percent
    // ("a 20% margin", "cut labour cost by 5%"): "Margin" over dollars, "increase margin to 16,000", "unit cost to
    // $4.90" are amounts (a gross margin, a unit cost) that the summed costs line or the margin rate would misread.
    // (A bare margin with no number at all, "générer de la marge", is the margin rate.)
    if (BARE_RATE_OR_LINE.has(synonym) && (/\d/.test(folded) || synonym[0] === 'c') && !speaksInPercent(folded)) continue;
    // "premium plans", "premium customers": the adjective, not an insurer's premium ("$20,000 in premium").
    if (synonym === 'premium' && /^\s+(?!(?:in|of|by|to|from|for|per|and|this|next|growth|income|volume)\b)[a-z]/.test(textAfter(folded, end, 12))) continue;
    // ("comparable store sales", "retail sales" stay sales: only a store's traffic or visits are another measure.)
    if (OTHER_MEASURE_AFTER.test(textAfter(folded, end, 16)) || (OTHER_MEASURE_BEFORE.test(textBefore(folded, start, 40)) && !(id === 'revenue' && /\b(?:store|retail)\s+$/.test(textBefore(folded, start, 8))))) continue;
    if (WEAK_SYNONYMS.has(synonym) && OTHER_MEASURE_AFTER_WEAK.test(textAfter(folded, end, 30))) continue;
    if (MEASURE_OF_BEFORE.test(textBefore(folded, start, 40))) continue;
    if (ACCOUNT_WORDS.has(synonym) && (OTHER_ACCOUNT_BEFORE.test(textBefore(folded, start, 24)) || OTHER_ACCOUNT_AFTER.test(textAfter(folded, end, 20)) || (synonym === 'income' && /\bother\s+$/.test(textBefore(folded, start, 8))))) continue;
    // "the aquatic export turnover", « le chiffre d'affaires à l'export »: sales abroad are exports, a channel's share unless
    // their value is given; exports given in money or multiplied are read below, as sales summed over their sellers (kpi46;
    // « export » or « l'export » gates the scan).
    // « le chiffre d'affaires à l'international » likewise (real34). Given an amount of money, before it or after its
    // channel (« 60 milliards de dirhams de chiffre d'affaires à l'export », « porter le CA à l'export à 60 M€ »), it is
    // those sales' own amount, not a share: revenue, as exports in money are (kpi48: real44; a percentage stays a share, and
    // so does a percentage aimed at after the amount, mend48e).
    if (id === 'revenue' && (folded.includes('export') || folded.includes("l'international")) && (/\bexport\s+$/.test(textBefore(folded, start, 8)) || /^\s+(?:a|at|de) l'(?:export|international)/.test(textAfter(folded, end, 22))) && ((!SUMMED_MONEY_BEFORE_RE.test(textBefore(folded, start, 40)) && !CHANNEL_MONEY_AFTER_RE.test(textAfter(folded, end, 60))) || CHANNEL_SHARE_TARGET_AFTER_RE.test(folded.slice(end)))) continue;
    const unit = catalog.find((k) => k.id === id)?.unit;
    // Unless a change of its own applies to a metric named before the share ("Grow revenue 15% in 2027, with 30% of the total
    // from …", "Grow MRR by 20% of the total"): the share is then an aside or the change's size — not a range's first end
    // ("from 20% to 25% of the total" is the share's, mend43d).
    // (Nor profit as the whole a share is taken of: "exports to between 30 and 40 per cent of total earnings", kpi62: real57:59.)
    if (shareOfTotal && (id === 'revenue' || (id === 'profit' && start > shareOfTotal.index) || (unit === 'count' && start < shareOfTotal.index)) && !(start < shareOfTotal.index && /%|percent|pour ?cent|\bby [\d.,]+ ?$/.test(folded.slice(end, shareOfTotal.index).replace(/[\d.,]+ ?% (?:to|a) [\d.,]+ ?$/, '')))) continue;
    // "120 % du CA de l'an dernier", "150% of 2026 sales": a percentage of a past period's revenue is a factor of it, not a
    // share (goal.ts `pastFactor`; a year only above 100 %).
    if (id === 'revenue' && SHARE_OF_REVENUE_BEFORE.test(textBefore(folded, start, 40)) && !pastFactor(textAfter(folded, end, 40), /\d{3}\s*[%p][^%]*$/.test(textBefore(folded, start, 40)) ? 2 : 0)) continue;
    // "online sales to account for 40% of overall turnover", "que les ventes en ligne représentent 30 % du CA": the
    // channel's share is the measure (no catalog KPI), not the sales.
    // « … près de 20% des ventes des restaurants soit un chiffre d'affaires de 10,3 milliards », "an increase to an average
    // booking size of $9,000 would mean total sales of $405,000": sales named as what the goal comes to are its consequence
    // or restatement, not its measure (real28; also real26's « … de remplissage espérés …, pour un chiffre d'affaires estimé »).
    if (id === 'revenue' && CONSEQUENCE_BEFORE.test(textBefore(folded, start, 30))) continue;
    // « qui devraient représenter 25% de ses «acquisitions» d'abonnés », "to account for 30% of new subscribers": a share
    // of what a KPI counts, after a verb of share, names no KPI either (real34).
    if (SHARE_VERB_OF_BEFORE.test(textBefore(folded, start, 80))) continue;
    if (id === 'revenue' && (SHARE_VERB_AFTER.test(textAfter(folded, end, 60)) || SHARE_OF_REVENUE_AFTER.test(textAfter(folded, end, 80)))) continue;
    // "Every grooming station (table) should generate … $150,000 per year in top-line revenue", « Chaque agence doit réaliser
    // 2 M€ de CA »: an amount of money asked of each unit is a per-unit figure too (real32), like "sales per store" (a count
    // asked of each, "Each vet should generate 250 invoices", keeps its reading).
    if (unit === 'currency' && id !== 'cac' && ((PER_OR_AREA.test(folded) && PER_HEAD_AFTER.test(textAfter(folded, end, 30))) || AMOUNT_INDEX_AFTER.test(textAfter(folded, end, 14)) || (EACH_SUBJECT_RE.test(folded) && /[$€\x80£]|\b(?:euros?|dollars?)\b/.test(folded)))) continue;
    if (id === 'cac' && PER_PROSPECT_AFTER.test(textAfter(folded, end, 24))) continue;
    // The denominator of a cost: "coût d'acquisition par lead", "acquisition cost per meeting".
    if ((folded.includes('per ') || folded.includes('par ')) && /\b(?:cout|couts|cost|costs)\s+(?:d'acquisition\s+|of acquisition\s+|acquisition\s+)?(?:par|per)\s+(?:(?:each|chaque|an?|un|une)\s+)?$/.test(textBefore(folded, start, 40))) continue;
    // Opportunities or deals a closing verb acts on are won deals ("Close 40% of the 50 open opportunities": 20 won, the
    // counted-base rule); a share of them with no count is the close rate ("Close 40% of opportunities", "Win 30% of deals").
    const closing = /^(?:opportunit|deals?$|affaires?$)/.test(synonym) ? CLOSING_BEFORE.exec(textBefore(folded, start, 50)) : null;
    if (closing && catalog.some((k) => k.id === 'close_rate')) {
      out.push({ start, end, id: /(?:%|\bhalf|\bmoitie)\D*$|\b(?:in|sur) \d+\s$/.test(closing[1]) ? 'close_rate' : 'deals_closed', weak: false });
      continue;
    }
    // « le pourcentage de dépenses … », "the share of costs spent on freight": a share of spending is a cost ratio, as a share
    // of a counted thing is (the costs-to-sales ratio of analyze.ts; real37, xfer43).
    if ((unit === 'count' || id === 'costs') && SHARE_OF_BEFORE.test(textBefore(folded, start, 30))) continue;
    // "contrats à renouveler", "renewed contracts": renewals are retention, not new won deals.
    if (id === 'deals_closed' && AMOUNT_NOUNS.has(synonym) && (/^\s+(?:a\s+)?renouvel/.test(textAfter(folded, end, 16)) || /\b(?:renew\w*|renouvel\w*)\s+(?:\S+\s+){0,3}$/.test(textBefore(folded, start, 30))) && catalog.some((k) => k.id === 'retention')) {
      out.push({ start, end, id: 'retention', weak: false });
      continue;
    }
    // « inscriptions par e-mail », "sign-ups via SMS": a channel the sign-ups come through, not a count per email.
    if (unit === 'count' && PER_ACTIVITY_AFTER.test(textAfter(folded, end, 30)) && !(id === 'signups' && SIGNUP_CHANNEL_AFTER.test(textAfter(folded, end, 30)))) continue;
    // "3 millions d'abonnés", "5 million subscribers": subscribers counted in millions are a paid service's base; so are
    // subscribers of a customer segment or a line (« abonnés particuliers », "residential subscribers", « abonnés fibre »),
    // counted in tens of thousands, or named again after such a count (kpi63: « la barre des 25 000 abonnés », "reached one
    // million subscribers …, aims to triple its subscribers").
    if (id === 'signups' && /^(?:abonnees|abonnes|subscribers)$/.test(synonym) && ((MILLIONS_BEFORE.test(textBefore(folded, start, 30)) && !PLATFORM_RE.test(folded)) || (TENS_OF_THOUSANDS_BEFORE.test(textBefore(folded, start, 30)) && !AUDIENCE_RE.test(folded) && !NEW_SUBSCRIBERS_RE.test(folded)) || MILLIONS_AFTER.test(textAfter(folded, end, 60)) || SERVICE_SUBSCRIBERS_RE.test(folded.slice(Math.max(0, start - 20), end + 20)) || (BASE_NAMED_BEFORE_RE.exec(folded.slice(0, start))?.[1] === synonym && !AUDIENCE_RE.test(folded) && !NEW_BEFORE_RE.test(textBefore(folded, start, 12)))) && compiled(catalog).ids.has('customers')) {
      out.push({ start, end, id: 'customers', weak: true });
      continue;
    }
    // "total enrollment", "an increase in enrollment of 50%": a school's whole roll is its customers, a level (real39);
    // enrolment of a programme or an intake ("first-year Engineering enrollment", "graduate enrollment", real27) stays
    // sign-ups, registrations.
    // Not a programme's ("the enrollment in our free trial", "enrollment for the newsletter", mend42b). A university's fall,
    // fall-to-fall or student enrollment is its roll too, and "in the next five years" a time, no programme (real47) — only
    // where a university, college, school or campus is named: a free trial's or a bootcamp's enrollment stays sign-ups (mend50c).
    // (Plural or singular, either spelling, and a university's own, "total university enrolments": left53's M5, real49.)
    if (id === 'signups' && /^enrol+ments?$/.test(synonym) && /(?:^|\b(?:total|in|the|our|its|their|budgeted|fall|student|campus|university|college))\s*$/.test(textBefore(folded, start, 12)) && !(/^ (?:in|for|to) (?!(?:\w+ )?(?:school|college))[a-z]/.test(textAfter(folded, end, 30)) && !(/^ in (?:the )?(?:next|coming|following)\b/.test(textAfter(folded, end, 30)) && /\b(?:universit|college|school|campus)/.test(folded))) && compiled(catalog).ids.has('customers')) {
      out.push({ start, end, id: 'customers', weak: false });
      continue;
    }
    // « une marge d'EBIT de 12 % », "operating (EBIT) margin": the margin of a profit line is a margin (real12).
    if (id === 'profit' && (/\bmarges?\s+(?:de\s+|d'\s*)$/.test(textBefore(folded, start, 12)) || /^\s*\)?\s*margins?\b/.test(textAfter(folded, end, 12))) && catalog.some((k) => k.id === 'net_margin')) {
      out.push({ start, end, id: 'net_margin', weak: false });
      continue;
    }
    // « 1 500 abonné·e·s supplémentaires », « Objectif +500 abonnés », « réunir au moins 1.300 abonné.es »: subscribers a
    // medium adds, counted, are subscriptions won (real19's rule), not a newsletter's sign-ups ("abonnés à la newsletter").
    if (id === 'signups' && synonym === 'abonnes' && ADDED_SUBSCRIBERS_BEFORE.test(textBefore(folded, start, 40)) && (/^\s+supplementaires?\b/.test(textAfter(folded, end, 20)) || /(?:\+\s?|\breuni\w*\s+(?:\S+\s+){0,3})\d[\d\s.,]*$/.test(textBefore(folded, start, 40))) && !AUDIENCE_AFTER.test(textAfter(folded, end, 40)) && catalog.some((k) => k.id === 'deals_closed')) {
      out.push({ start, end, id: 'deals_closed', weak: false });
      continue;
    }
    // "LTV/CAC > 3", "CAC:LTV", "LTV to CAC": a ratio of lifetime value to a KPI, which the catalog does not track.
    if (/ltv/.test(folded) && (/\bltv\s*(?:[:/]|to)\s*$/.test(textBefore(folded, start, 8)) || /^\s*(?:[:/]|to)\s*ltv\b/.test(textAfter(folded, end, 8)))) continue;
    if (/ratio/.test(folded) && (RATIO_JOIN_BEFORE.test(textBefore(folded, start, 16)) || (catalog.find((k) => k.id === id)?.unit !== 'percent' && RATIO_JOIN_AFTER.test(textAfter(folded, end, 16))))) continue;
    if ((STAFF_KPIS.has(id) || STAFF_SYNONYMS.has(synonym)) && (STAFF_BEFORE.test(textBefore(folded, start, 24)) || STAFF_AFTER.test(textAfter(folded, end, 30)))) continue;
    // "repeat orders", "commandes récurrentes": a loyalty measure the catalog does not track, not new won deals.
    if (id === 'deals_closed' && (/\b(?:repeat|returning|recurring|reorders?)\s+$/.test(textBefore(folded, start, 12)) || /^\s+(?:recurrentes?|repetees?|renouvelees?)\b/.test(textAfter(folded, end, 14)))) continue;
    // Counted sales are won deals ("Conclure 30 ventes", "Make 50 sales"), not an amount of revenue.
    if (COUNTED_SALES.has(synonym) && isCountedSales(folded, start, end) && catalog.some((k) => k.id === 'deals_closed')) {
      out.push({ start, end, id: 'deals_closed', weak: false });
      continue;
    }
    if (id === 'deals_closed' && AMOUNT_NOUNS.has(synonym) && AMOUNT_OF_DEALS_BEFORE.test(textBefore(folded, start, 40)) && catalog.some((k) => k.id === 'revenue')) {
      out.push({ start, end, id: 'revenue', weak: false });
      continue;
    }
    // "une nouvelle clientèle", "a new customer base": customers won, not the base they join.
    if (id === 'customers' && /\b(?:new|nouvelles?|nouveaux?)\s+$/.test(textBefore(folded, start, 12)) && catalog.some((k) => k.id === 'deals_closed')) {
      out.push({ start, end, id: 'deals_closed', weak: WEAK_SYNONYMS.has(synonym) });
      continue;
    }
    // « saisir des opportunités de croissance », "growth opportunities": chances to grow, not a funnel's opportunities (real39).
    // Not where a count or the pipeline governs them ("Create 200 sales opportunities for growth", « les opportunités de
    // croissance qualifiées du pipeline », mend42b).
    if (id === 'funnel_throughput' && /^opportunit/.test(synonym) && (/^\s+(?:de (?:croissance|developpement)|for growth)\b/.test(textAfter(folded, end, 20)) || /\bgrowth\s+$/.test(textBefore(folded, start, 8))) && !/\d (?:[a-z]+ ){0,2}opportunit|pipe|qualifi/.test(folded)) continue;
    // "10 opportunités soient acceptées", "opportunities won": opportunities won are won deals, not the funnel.
    if (id === 'funnel_throughput' && /^opportunit/.test(synonym) && WON_AFTER.test(textAfter(folded, end, 30)) && catalog.some((k) => k.id === 'deals_closed')) {
      out.push({ start, end, id: 'deals_closed', weak: false });
      continue;
    }
    // "attract five million visitors" (tourism), « Plus de 2 500 visiteurs sont attendus »: a place's or an event's visitors.
    // « notre trafic Chine-Europe », "Asia-Europe traffic": traffic named by a route (places) is freight or passengers (real35).
    if (id === 'website_traffic' && /^tra/.test(synonym) && /\b[A-Z][a-z]+[-–][A-Z]/.test(original.slice(Math.max(0, start - 16), end + 16)) && !WEB_RE.test(folded)) continue;
    if (id === 'website_traffic' && /^visit/.test(synonym) && (OFF_WEB_RE.test(folded) || PATIENT_VISITS_RE.test(folded) || (/^visit(?:eu|o)rs?$/.test(synonym) && (HOSTING_RE.test(folded) || PLACE_VISITORS_RE.test(folded)))) && !WEB_RE.test(folded)) continue;
    // "customer traffic in its salons", « le trafic en magasin », "store traffic": traffic whose own phrase is a place's is
    // visits off the web (stmt47). Only its own phrase: "organic traffic … for our travel agency", "paid traffic … to drive in
    // store visits" stay website traffic whatever else the sentence names (mend49c).
    if (id === 'website_traffic' && /^traf/.test(synonym) && physicalTraffic(folded, start, end)) continue;
    // « porter son trafic à 9 millions d'équivalents vingt pieds », "cargo traffic of 1.2 billion tonnes": traffic counted in
    // goods or passengers is a port's or a carrier's volume, not a website's visits (real32; the unit tells the measure).
    if (id === 'website_traffic' && /^tra/.test(synonym) && (GOODS_UNIT_RE.test(folded) || CARRIER_RE.test(folded.slice(0, start))) && !WEB_RE.test(folded)) continue;
    // « aux entreprises réalisant un chiffre d'affaires inférieur à 50 millions »: a participle's
    // turnover qualifies whom the goal serves, not the goal's measure (real35).
    if (id === 'revenue' && /\b(?:realisant|generant|affichant)\s+(?:une?\s+)?$/.test(textBefore(folded, start, 20))) continue;
    if (id === 'costs' && SPENDERS_BEFORE.test(folded.slice(0, start))) continue;
    // "annual global sales of electrified vehicles could reach 5.5 million", « les ventes de voitures atteindront 2 millions »:
    // sales of things named, given only a count (no money, no percent in the sentence), are things sold (real33).
    if (id === 'revenue' && (synonym === 'sales' || synonym === 'ventes') && SALES_OF_THINGS_AFTER.test(textAfter(folded, end, 50)) && /\d/.test(folded.slice(end)) && !/[$€\x80£%]|\d\s?[km]?e\b|\b(?:euros?|dollars?|francs?|yen|percent|pour ?cent)\b/.test(folded) && catalog.some((k) => k.id === 'deals_closed')) {
      out.push({ start, end, id: 'deals_closed', weak: true });
      continue;
    }
    // "Attain net profitability by Year 2": a profitability given no percentage is the profit reached (a margin is a rate, real36).
    out.push({ start, end, id: synonym === 'net profitability' && !speaksInPercent(folded) ? 'profit' : id, weak: WEAK_SYNONYMS.has(synonym) });
  }
  // A past or purpose growth is set aside only when no KPI is named after it (mend62k: "After strong growth in 2026, grow
  // revenue to $1.2M" keeps the growth mention, and so its target, as before kpi62; "…, reach 40 bookshops" names none).
  for (let i = out.length - 1; i >= 0 && pastGrowth.length > 0; i--) if (pastGrowth.includes(out[i].start) && !out.some((o) => o.start > out[i].end)) out.splice(i, 1);
  const { ids } = compiled(catalog);
  const has = (id: string) => ids.has(id);
  if (folded.includes('knock') && has('prospecting')) addMatches(out, folded, DOORS_KNOCKED_RE, 'prospecting', false, false);
  if (folded.includes('visit') && has('meetings')) addMatches(out, folded, VISIT_PEOPLE_RE, 'meetings', false, true, (m) => m.index + m[0].length - m[1].length);
  // "go into each month with 80 percent or more of your goal", « réaliser 50 % de son objectif »: a share of one's own quota
  // or goal is its attainment (real28). Gated by the goal words.
  if ((folded.includes('goal') || folded.includes('quota') || folded.includes('objecti')) && has('quota_attainment')) addMatches(out, folded, SHARE_OF_GOAL_RE, 'quota_attainment', false, true);
  // "avoir 80 % des laboratoires comme clients", "30% of hospitals as customers": a share of a market won.
  const asClients = folded.includes('%') ? /\d\s?%\s(?:des|of(?: the)?)\s(?:[a-z]+\s){1,2}(?:comme|as)\s(?:clients?|customers?)\b/.exec(folded) : null;
  if (asClients && has('market_share')) out.push({ start: asClients.index, end: asClients.index + asClients[0].length, id: 'market_share', weak: false });
  // "spend no more than $100 … to acquire each new subscriber", « dépenser 50 € par nouveau client »: what is spent on each
  // customer won is the acquisition cost (the written "coût par acquisition, CAC"), whatever names the spend.
  const spend = (folded.includes('new') || folded.includes('nouve')) && has('cac') ? SPEND_RE.exec(folded) : null;
  if (spend && ACQUIRE_EACH_AFTER.test(textAfter(folded, spend.index, 140))) {
    // (Nor are the customers it acquires a goal of their own: "the cost to acquire new customers", mend60l.)
    for (let i = out.length - 1; i >= 0; i--) if (/^(cos|rev|dea)/.test(out[i].id)) out.splice(i, 1);
    out.push({ start: spend.index, end: spend.index + spend[0].length, id: 'cac', weak: false });
  }
  // Verbs that name their KPI ("Fidéliser nos clients", "Retain 95% of customers", "Prospecter davantage"):
  // generic, so a KPI named as a noun elsewhere in the sentence wins.
  VERB_KPI_RE.lastIndex = 0;
  for (let m = VERB_KPI_WORDS.some((w) => folded.includes(w)) ? VERB_KPI_RE.exec(folded) : null; m; m = VERB_KPI_RE.exec(folded)) {
    const id = VERB_KPI_IDS[[m[1], m[2], m[3], m[4], m[5]].findIndex((g) => g !== undefined)];
    // "Upsell/Cross-sell Success Rate": the rate of an untracked measure built on the verb.
    if (id === 'revenue' && /^[\s/]*(?:[a-z]+[\s/]+){0,3}?(?:success|acceptance|attach|take|adoption)\s+rates?\b/.test(textAfter(folded, m.index + m[0].length, 40))) continue;
    // "Retain 90% of our staff", « fidéliser nos collaborateurs », "retaining 100% member ownership": staff or a stake kept is
    // no customer retention (kpi37, real26).
    if (id === 'retention' && KEPT_NOT_CUSTOMERS_AFTER_RE.test(textAfter(folded, m.index + m[0].length, 40))) continue;
    if (catalog.some((k) => k.id === id) && !out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) out.push({ start: m.index, end: m.index + m[0].length, id, weak: true, verb: true });
  }
  if (folded.includes('resultat') && has('profit')) addMatches(out, folded, RESULT_PROFIT_RE, 'profit', false, false, (m) => m.index + m[0].lastIndexOf('resultat'));
  // "hitting breakeven", « atteindre l'équilibre », « atteindre le point mort »: the breakeven a firm reaches is its profit
  // (real27, real36); not what a purpose needs (« pour que le plus petit électricien atteigne l'équilibre », real27) nor a
  // balance between two things (« un point d'équilibre entre 1/3 de franchises et 2/3 », real28).
  if (BREAKEVEN_GATE.test(folded) && has('profit')) addMatches(out, folded, BREAKEVEN_RE, 'profit', false, false, (m) => m.index + m[0].search(/\S+$/));
  if (has('market_share')) {
    const shares = [...out];
    if (MARKET_SHARE_WORDS.some((w) => folded.includes(w))) addMatches(shares, folded, MARKET_SHARE_WORDS_RE, 'market_share', false, false, (m) => m.index + m[0].search(/\S+$/));
    for (const share of shares.slice(out.length)) if (!NOT_CAPTURED_BEFORE.test(textBefore(folded, share.start, 70)) && !CAMPAIGN_AFTER.test(textAfter(folded, share.end, 50))) out.push(share);
  }
  // "Hire 5 reps", « recruter 5 vendeurs »: salespeople hired, counted, are the sales force (the conventions' « une campagne de
  // recrutement de 200 commerciaux », real35's hired sales reps); other staff name none (left58), nor sellers brought onto a
  // marketplace or platform, nor reps for a help desk, call center or support (mend58l).
  if (/\b(?:hir|recru|embauch)/.test(folded) && has('sales_reps')) addMatches(out, folded, /\b(?:hir|recrui?t|embauch)\w* (?!the |our |les |des |nos )[a-z\d]+ (?:(?:new|more|additional|nouveaux|autres) )?(?:reps|salespeople|sellers|vendeurs)\b(?! (?:on|to|sur|for|pour) (?:\S+ ){0,2}?(?:marketplace|platform|plateforme|place de marche|help ?desk|call cent|support))/g, 'sales_reps', true, false, (m) => m.index + m[0].search(/\S+$/));
  // « conquérir le marché », « conquérir les marchés à l'international », "conquer the market": the market itself conquered is
  // a share won (real22, real33); markets entered (« conquérir des marchés », "conquer new markets", real21) name none.
  if (folded.includes('conqu') && has('market_share')) addMatches(out, folded, /\b(?:re)?conque?r\w*\s+(?:le|les|the)\s+(?:[a-z]+\s+)?(?:marches?|markets?)\b/g, 'market_share', true, false, (m) => m.index + m[0].search(/\S+$/));
  // « limiter ses investissements publicitaires », « investir 10 millions de moins … pour le marketing », "marketing
  // investments": money put into marketing or advertising is a spend (`costs`); other investments name none (real34).
  // Only money cut or limited there: an amount invested names none (« Investir 2 M€ dans le marketing, ce qui permettra
  // d'augmenter les ventes », the fixtures README; mend59l). A cap is such a limit, however written and on money spent too:
  // "invest no more than $300,000", « ne pas investir / dépenser plus de 300 000 € », « ne pas dépasser » (left60). Money spent
  // needs a cap: « dépenser moins en publicité pour augmenter le CA » is a means, « au moins » no cap (mend60l, the lead's (7)).
  if (has('costs') && (/\b(?:limit|no more|at most|pas \w* ?plus|plafon|maximum|depass)/.test(folded) || (folded.includes('invest') && /\b(?:(?<!au )moins|less|redu|cut|baiss)/.test(folded)))) addMatches(out, folded, MARKETING_INVEST_RE, 'costs', false, false);
  // « une progression «record» de son activité », « doubler son activité d'ici cinq ans »: the firm's own business volume
  // grown is its sales (real32's written rule, real34); not someone else's (« leur activité ») nor a sector's.
  if (folded.includes('activite') && has('revenue')) addMatches(out, folded, OWN_ACTIVITY_RE, 'revenue', true, false, (m) => m.index + m[0].lastIndexOf('activite'));
  // "its homes closed", « les 20 000 réservations de logements »: homes a builder closes, sells or books are things sold (real35).
  if (/\b(?:homes?|logements?)\b/.test(folded) && has('deals_closed')) addMatches(out, folded, /\bhomes?\s+(?:closed|sold|delivered)\b|\b(?:reservations?|ventes?|livraisons?)\s+de\s+logements?\b/g, 'deals_closed', false, true);
  if (folded.includes('worth') && has('revenue')) addMatches(out, folded, WORTH_OF_RE, 'revenue', true, false, (m) => m.index + m[0].lastIndexOf('worth'));
  // "lead-to-opportunity rate", "visitor to lead ratio": the rate from one stage to the next is a conversion rate, unless
  // a named rate ends it ("quote-to-close ratio" is a close rate).
  if (/\bto\b/.test(folded) && catalog.some((k) => k.id === 'conversion_rate')) {
    STAGE_RATE_RE.lastIndex = 0;
    for (let m = STAGE_RATE_RE.exec(folded); m; m = STAGE_RATE_RE.exec(folded)) {
      const start = m.index;
      const end = m.index + m[0].length;
      // "cost-to-income ratio", "debt to equity ratio": a ratio of two account lines is a financial ratio, no catalog KPI.
      const account = ACCOUNT_RATIO_RE.test(m[0]);
      const named = account ? undefined : out.find((o) => o.end === end && o.start >= start && catalog.find((k) => k.id === o.id)?.unit === 'percent');
      // ("expects to raise room rates": a verb of change after "to" is an infinitive, no stage: stmt59, real56:18; a catalog
      // rate it names heads its own clause, "Lower churn to raise retention rates to 95%", mend59s, and the KPI before "to"
      // stays the means' own: analyze.ts sets that means aside before a purpose stating a figure, left60.)
      if (/\sto\s+(?:raise|increase|boost|lift|hike|cut|lower|reduce|improve)\s/.test(m[0])) continue;
      // The named rate heads the compound: the stages' own KPI words are no mentions of the goal ("lead … conversion rate").
      if (named) {
        for (let i = out.length - 1; i >= 0; i--) if (out[i] !== named && out[i].start >= start && out[i].end <= end) out.splice(i, 1);
        continue;
      }
      for (let i = out.length - 1; i >= 0; i--) if (out[i].start >= start && out[i].end <= end) out.splice(i, 1);
      if (!account) out.push({ start, end, id: 'conversion_rate', weak: false });
    }
  }
  // "un devis sur deux transformé en commande", "one proposal in three signed": a share of quotes or deals won is the close
  // rate, of leads converted the conversion rate.
  if (/\b(?:sur|out of|in)\s/.test(folded)) {
    if (has('close_rate')) addMatches(out, folded, QUOTES_WON_RE, 'close_rate', false, true);
    if (has('conversion_rate')) addMatches(out, folded, LEADS_WON_RE, 'conversion_rate', false, true);
  }
  // "convert 30% of them": a share of a pronoun converted is the conversion rate, not a
  // growth of what is converted (fix-prev53's S4); the mention is the verb. A named base keeps fixes16's and mend43d's readings.
  if (folded.includes('conver') && has('conversion_rate')) addMatches(out, folded, /\bconver\w+ [\d.,]+ ?% of them/g, 'conversion_rate', false, false, undefined, (m) => m.index + m[0].indexOf(' '));
  // "130 nouvelles conversions par an": conversions counted are no rate (and no catalog KPI).
  // « comprenant conversions de succursales »: places converted (to franchises) are no rate either.
  for (let i = out.length - 1; i >= 0; i--) if (out[i].id === 'conversion_rate' && /^conversions$/.test(folded.slice(out[i].start, out[i].end)) && (/\d\s+(?:(?:new|more|nouvelles)\s+)?$/.test(folded.slice(0, out[i].start)) || CONVERTED_PLACES_AFTER_RE.test(textAfter(folded, out[i].end, 40)))) out.splice(i, 1);
  // « mettre à profit son séjour », « tirer profit de », « au profit de », "to profit from the fair": idioms (making use, for
  // the benefit of), no profit (kpi38: real22). Not an amount added "to profit from" a source, nor « au profit net » (mend40b).
  for (let i = out.length - 1; i >= 0; i--) if (out[i].id === 'profit' && /\b(?:(?:mettre a|mis a|tirer) #|au # d|(?<!\d[km%€\x80$£]?\s)to # from)/.test(`${textBefore(folded, out[i].start, 10)}#${textAfter(folded, out[i].end, 5)}`)) out.splice(i, 1);
  // "charging $10 more … to cover mileage and other costs", "a campaign to raise up to 100% of production costs": costs that
  // money covers or raises are what it pays for, not the goal's measure (kpi37: real32, real34).
  for (let i = out.length - 1; i >= 0; i--) if (out[i].id === 'costs' && COVERED_COSTS_BEFORE_RE.test(textBefore(folded, out[i].start, 50))) out.splice(i, 1);
  // Exports or many buyers' spending, given in money or multiplied, are sales summed over their sellers (the ruling (b)).
  if (catalog.some((k) => k.id === 'revenue') && /export|spend|expenditure/.test(folded)) {
    for (const m of folded.matchAll(SUMMED_SALES_RE)) {
      const end = m.index + m[0].length;
      const after = textAfter(folded, end, 90);
      // A catalog measure in or right after the noun is the goal's own ("cut global spending", "export pipeline": kpi46 read
      // them revenue first), and a noun "export" describes, a cost on exports or an average names no sum (mend46d). A volume
      // rules the value out whether it is stated or multiplied ("Double exports to 2 million tonnes").
      if (out.some((o) => o.start < end + 12 && o.end > m.index) || SUMMED_NOT_HEAD_RE.test(`${textBefore(folded, m.index, 30)}#${m[0]}#${textAfter(folded, end, 20)}`)) continue;
      if (((SUMMED_MONEY_AFTER_RE.test(after) || (/^export(?:ed|ing|er)?$/.test(m[0]) && EXPORTED_MONEY_RE.test(after)) || SUMMED_MULTIPLIED_RE.test(textBefore(folded, m.index, 50)) || (SUMMED_TIMES_AFTER_RE.test(after) && !SUMMED_CUT_BEFORE_RE.test(textBefore(folded, m.index, 40)))) && !SUMMED_NOT_MONEY_AFTER_RE.test(after)) || SUMMED_MONEY_BEFORE_RE.test(textBefore(folded, m.index, 40))) {
        out.push({ start: m.index, end, id: 'revenue', weak: true });
        break;
      }
    }
  }
  // "Your retail sales should be increasing year after year, as should your traffic count (number of repair orders)", « …,
  // tout comme le nombre de … »: what a trailing comparison adds to the goal is a second goal's measure, not this one's (real42).
  // Only when that clause ends the statement (no comma or semicolon after it but a decimal one): set off mid-sentence ("Our
  // sales fell, as did the market's, so … raise NPS to 60", « Malgré …, tout comme l'an dernier, réduire le churn ») the goal
  // comes after it (mend45c).
  const asShould = /, (?:as (?:should|will|must|does|do|did|would)|tout comme|de meme que) (?:[^,;]|,\d)*$/.exec(folded);
  if (asShould && out.some((m) => m.end <= asShould.index)) for (let i = out.length - 1; i >= 0; i--) if (out[i].start > asShould.index) out.splice(i, 1);
  // « le marché … sur une hausse d'environ 2% », "the market is expected to rise 5%": a market, a sector or an industry changing
  // by a percentage with no measure noun is its sales growing, whatever the word (the ruling of 2026-12-05, real42).
  // "a 12% CAGR in revenue", « un TCAM de 12 % du chiffre d'affaires »: the compound rate OF sales is their growth, as "revenue
  // CAGR" is (left51's S4; a bare CAGR stays out, real22).
  const cagr = CAGR_OF_SALES_RE.exec(folded);
  if (cagr && catalog.some((k) => k.id === 'sales_growth') && !CONTEXT_BEFORE_RE.test(textBefore(folded, cagr.index, 60)) && !PAST_SPAN_AFTER_RE.test(textAfter(folded, cagr.index, 80))) out.push({ start: cagr.index, end: cagr.index + 4, id: 'sales_growth', weak: false });
  if (out.length === 0) {
    // "grow your business by 20%", « une progression de l'ordre de 7 % »: so does a firm (stmt44's ruling).
    const grown = MARKET_CHANGE_RE.exec(folded) ?? FIRM_GROWTH_RE.exec(folded);
    if (grown && catalog.some((k) => k.id === 'sales_growth')) out.push({ start: grown.index, end: grown.index + grown[0].length, id: 'sales_growth', weak: true });
    // A firm sized by a scale word is sized by its sales, whatever the currency or its spelling (kpi61).
    const sized = grown ? null : FIRM_SIZED_RE.exec(folded);
    if (sized && catalog.some((k) => k.id === 'revenue')) out.push({ start: sized.index, end: sized.index + sized[0].length, id: 'revenue', weak: true });
  }
  // No KPI at all: a volume given an amount is sales volume ("$50,000 Monthly Volume Goal"); a goal given a count of
  // things names things won or sold ("a 10 car per week goal", "votre objectif …, soit 100 livraisons de véhicules").
  if (out.length === 0) {
    MONEY_AMOUNT_RE.lastIndex = 0;
    GOAL_COUNT_RE.lastIndex = 0;
    const volume = /\bvolumes?\b/.exec(folded);
    const money = volume ? MONEY_AMOUNT_RE.exec(folded) : null;
    let count = !money && GOAL_WORD_RE.test(folded) && !MONEY_AMOUNT_RE.test(folded) ? GOAL_COUNT_RE.exec(folded) : null;
    // « Le réseau compte 207 boulangeries … afin de … notre objectif », "which operates 10 resorts": what a verb of having
    // counts is what the business has now, not the count its goal is given; the next count may be (kpi37: real31, real36).
    // « l'équivalent de 23 millions de repas », "the equivalent of 2,000 cars": a count the goal is converted into names no
    // thing won or sold (stmt51: real48's food banks' tonnes as meals).
    // (« produire 6 lanceurs », "build 6 rockets": what a verb of making counts is output, no thing won or sold; stmt60, real57:29.)
    while (count && (HELD_COUNT_BEFORE_RE.test(textBefore(folded, count.index, 30)) || /\bequivalent\w* (?:de|d'|of|to) (?:about |around |environ |pres de )?$/.test(textBefore(folded, count.index, 30)) || MADE_COUNT_BEFORE_RE.test(textBefore(folded, count.index, 80)))) count = GOAL_COUNT_RE.exec(folded);
    // "let's say my goal is $20,000", "mon objectif : 5 000 € par mois": a goal given only an amount of money is a sales amount.
    MONEY_AMOUNT_RE.lastIndex = 0;
    // An amount of money with no KPI noun, opening the goal or right after its verb ("$750 total per month", "shoot for a $10M
    // business", "get to $10k") is a sales amount too, unless it is saved, spent, priced, paid or raised; so is one after a
    // threshold noun (« passer le cap des 8 Mds€ », « franchir la barre des 10 M€ », real32).
    const first = !money && !count ? MONEY_AMOUNT_RE.exec(folded) : null;
    // "a new target of $55 billion in overnight visitor expenditure": an amount whose complement names money spent, invested
    // or exported is no sales amount, even as a goal's value (real26).
    const spentAfter = first && NOT_SALES_MONEY_RE.test(/^\s*(?:(?:billions?|millions?|milliards?|thousand|bn)\s+)?(?:(?:in|of|en|de)\s|d'\s?)[^.,;]{0,40}/.exec(folded.slice(first.index + first[0].length))?.[0] ?? '');
    // "an export target of $1 billion", « un objectif d'exportation de 2 milliards »: a goal word named after money exported,
    // spent, raised or saved states no sales amount either (real28).
    const goalIs = first && !spentAfter ? GOAL_IS_AMOUNT_RE.exec(folded) : null;
    // "has raised just over $9,200 toward a target of $20,000": money raised toward a goal is a campaign's, not sales (stmt51).
    // (« 45 000 € récoltés sur les 100 000 € visés » names no goal word: money raised toward one is no sales either, left52's L2.)
    // (« un objectif de 35 millions $, d'ici 2024 en dons seulement »: donations named after the goal's amount, stmt52.)
    const goalOfOtherMoney = first !== null && ((goalIs !== null && (NOT_SALES_MONEY_RE.test(folded.slice(Math.max(0, goalIs.index - 16), goalIs.index + goalIs[0].length)) || DONATED_AFTER_RE.test(textAfter(folded, goalIs.index + goalIs[0].length, 40)))) || RAISED_TOWARD_RE.test(folded));
    // "sales per square foot to increase to $500": an amount per area or per head is a ratio (its sales were set aside above).
    const perUnit = first && PER_OR_AREA.test(folded) && PER_HEAD_AFTER.test(folded.slice(folded.search(/\s(?:per|par)\s/)));
    // "this figure could reach $55 billion", « ce chiffre devrait atteindre … »: the subject points to a measure named in
    // another sentence (real30's « ce chiffre », real33), so the amount names none.
    const pointed = first && POINTED_FIGURE_RE.test(textBefore(folded, first.index, 60));
    const aimedMoney = !spentAfter && !goalOfOtherMoney && !perUnit && !pointed && goalIs === null && !NOT_SALES_MONEY_RE.test(folded);
    // "reach the US $6 billion mark", "cross the $10M threshold": English names the threshold after its amount where French
    // names it before (« franchir la barre des 10 M€ », read above), a sales amount alike (kpi65); not a campaign's ("expects
    // the campaign to reach the $3 billion mark": money raised, real51:10), nor a worth, assets, cash, losses, money given
    // or raised (`MARK_NOT_SALES_RE`, mend65k).
    const marked = (m: RegExpExecArray): boolean => !MARK_NOT_SALES_RE.test(folded) && /\bthe (?:[a-z]{1,3} ?)?$/.test(textBefore(folded, m.index, 8)) && MARK_AFTER_RE.test(textAfter(folded, m.index + m[0].length, 30));
    let goalMoney = first && !spentAfter && !goalOfOtherMoney && !perUnit && !pointed && (goalIs !== null || (aimedMoney && (AIMED_MONEY_BEFORE_RE.test(folded.slice(0, first.index)) || marked(first)))) ? first : null;
    // « passe de 5 à 15 millions d'euros … le cap des 100 millions d'euros qui est visé », "from £10 million … the target is
    // to achieve £70 million": the amount a goal verb or a threshold noun takes, when it is not the first (real29, real32).
    for (let m = first && aimedMoney && !goalMoney ? MONEY_AMOUNT_RE.exec(folded) : null; m && !goalMoney; m = MONEY_AMOUNT_RE.exec(folded)) if (AIMED_LATER_MONEY_BEFORE_RE.test(textBefore(folded, m.index, 40)) || marked(m)) goalMoney = m;
    // « 10 000 exemplaires … vendus dans l'année », "any game that sells over 500k", « la vente d'un nombre minimum de
    // véhicules »: things counted as sold, with no amount of money, are deals won (real21, real23, real31).
    // (Not a count a preposition takes, « la casse sur les 10 000 bouteilles vendues », "returns on the 500 units sold": the
    // goal acts on something else, mend37s.)
    let sold = !money && !count && !first ? SOLD_COUNT_RE.exec(folded) : null;
    if (sold && /\b(?:sur|des|on|of|among|parmi)(?: les| the| ces| these)? $/.test(textBefore(folded, sold.index, 12))) sold = null;
    const done = !money && !count && !sold ? DONE_COUNT_RE.exec(folded) : null;
    const takings = goalMoney ? null : TAKINGS_RE.exec(folded);
    const found = goalMoney ? { start: goalMoney.index, end: goalMoney.index + goalMoney[0].length, id: 'revenue' } : money && volume ? { start: money.index, end: money.index + money[0].length, id: 'revenue' } : count ? { start: count.index, end: count.index + count[0].length, id: 'deals_closed' } : sold ? { start: sold.index, end: sold.index + sold[0].length, id: 'deals_closed' } : done ? { start: done.index, end: done.index + done[0].search(/ \S+ \S+$/), id: 'deals_closed' } : takings ? { start: takings.index, end: takings.index + takings[0].length, id: 'revenue' } : null;
    if (found && catalog.some((k) => k.id === found.id)) out.push({ start: found.start, end: found.end, id: found.id, weak: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A comma or semicolon opening another quantified item: ", 5% higher …", "; 20 nouveaux …", ", and 5% more …", or another
 * change of something (« l'augmentation des ventes, l'amélioration de la satisfaction … », ", an improvement in …").
 */
const LIST_ITEM_BREAK_RE = /[,;]\s*(?:(?:and|et|plus|then|puis)\s+)?(?:[+]?\d|[$€\x80£]\d|(?:l'|la |le |une? |an? |the )?(?:amelioration|augmentation|hausse|baisse|diminution|reduction|progression|improvement|increase|decrease|decline|rise)s?\s+(?:de|du|des|d'|of|in)\b)/;
/**
 * A second item opened by "et"/"and" and a change noun: « … et une amélioration du taux de … », "and an increase in …", « et
 * une nouvelle hausse de son résultat » (an adjective before the noun, real33).
 */
const CHANGE_ITEM_AFTER_AND_RE = /\s(?:et|and)\s+(?:l'|la |le |une? |an? |the )?(?:(?:nouvelle|new|further|forte|strong|another) )?(?:amelioration|augmentation|hausse|baisse|diminution|reduction|progression|improvement|increase|decrease|decline|rise)s?\s+(?:de|du|des|d'|of|in)\s*(?:(?:la|le|l'|les|the|son|sa|ses|its|their)\s*)?(?:\S+\s+){0,2}$/;

/** Nothing but a coordinating conjunction (and a determiner) between two KPI nouns. */
const COORDINATION_RE = /^\s*,?\s*(?:and|et|&|as well as|ainsi que|plus)\s+(?:(?:the|our|your|their|its|le|la|les|l'|nos|vos|leur|leurs|son|sa|ses|notre|votre)\s*)?$/;

/**
 * Things a trade does or books, counted per period after an aim ("he wanted to do 250 weddings per year", « elle veut
 * organiser 40 mariages par an »): with no KPI noun, what it sells, counted (real43's weddings; real20's things a trade
 * sells, counted). Only services a client books (weddings, events, receptions, « prestations »), mend46c: posts, releases,
 * deliveries, webinars, audits or tickets handled are work done, not things sold (demos stay meetings, « démonstrations »
 * none, as before).
 */
const DONE_COUNT_RE = /\b(?:want|aim|plan|hope|veu|voul|souhait|vis)\w*\s+(?:to\s+|a\s+)?(?:do|book|faire|realiser|organiser)\s+\d[\d,.\s]*\s+(?:wedding|event|mariage|evenement|prestation|reception)s\s+(?:per|a|each|every|par)\s+(?:year|month|week|day|an|annee|mois|semaine|jour)\b/;
/**
 * « une recette de un milliard d'euros »: the takings (the plural is a catalog word), given an amount of money, are sales
 * (real43). The currency is required (mend46c): « la recette de 12 fonctionnalités » is an acceptance test, « une recette de
 * 30 ingrédients » a recipe, and their count stays the target.
 */
const TAKINGS_RE = /\brecettes? (?:annuelles? )?d(?:e |')(?:(?:plus|pres) de )?(?:\d[\d,. ]*|une? )[a-z' ]{0,12}?(?:euro|[€\x80]|[$£])/;
/**
 * A count of things sold: a number before "sold" / « vendus », "sells over N", « la vente d'un nombre de », "the number of
 * tickets sold" / « le nombre de billets vendus » (kpi65; not per customer: a basket); not a weight or a volume (« 4 800
 * tonnes vendues », real22) nor a percentage ("selling 20 percent more", real14).
 */
const SOLD_COUNT_RE = /\b\d[\d\s.,]*(?:k\s)?(?!(?:tonnes?|tons?|kg|kilos?|(?:hecto)?litres?|liters?|hl|gallons?|barils?|barrels?|m[23]|percent|pour)\b)(?:[a-z'-]+\s+){1,6}?(?:sold|vendu(?:e|s|es)?|ecoule(?:e|s|es)?)\b|\b(?:sells?|selling|vend(?:ent)?)\s+(?:(?:over|more than|at least|plus de|au moins)\s+)?\d+(?:k\b|\s+(?!percent|pour|%)|$)|\bventes?\s+d'un\s+(?:[a-z]+\s+)?nombre\b|\b(?:number|nombre) (?:of |de |d')(?:[a-z'-]+ ){0,4}?(?:sold|vendu\w*)(?!\w| (?:per|par)\b)/;

/**
 * What opens a sales amount named alone: the sentence's start, a goal verb, a threshold noun (« le cap des »), « peser »
 * (« le secteur pèsera 10 milliards d’euros »: a market's size given only as an amount is its sales, real29's rule; real39,
 * real40), and likewise what a market « représentera » or is "worth" (real42; "a company worth $2B" is a valuation, not
 * sales; « le déficit représentera 5 millions d'euros », no market before it, is no sales: mend45c; nor what a cost, a
 * project, a debt or a budget « pèsera », « Le projet pèsera 2 M€ »: left46, within its clause, « Notre projet
 * d'entreprise : peser 10 M€ » is the firm's, mend46b; a firm's weight stays its sales). An
 * approximation may stand before the amount ("should expect to earn around $150k", real42).
 */
const AIMED_MONEY_BEFORE_RE = /(?:^|\b(?:for|to|an?|reach|hit|make|earn|become|achieve|atteindre|(?:(?<!\b(?:projet|investissement|cout|dette|deficit|budget|facture|charge)s?\b[^,;:.!?]*)pes|(?<=\b(?:marche|secteur|market)[^,;.]*)represent)(?:er|era|eront|erait|eraient)(?: (?:plus|pres) de)?|market worth(?: an estimated)?|(?:cap|barre|seuil|palier)\s+(?:des?|du))\s+(?:(?:about|around|roughly|nearly|environ)\s+)?)$/;
/** Money a mark counts that is no sales (mend65k): a campaign's, a worth, assets, cash, losses, grants, gifts, money raised. */
const MARK_NOT_SALES_RE = /campaign|valu|market cap|asset|\baum\b|loss|cash|grant|donat|crowdf|kickst|fundrais/;
/** The threshold noun English puts after the amount: "the $6 billion mark" (kpi65). */
const MARK_AFTER_RE = /^(?:[a-z]+ ){0,2}?(?:mark|milestone|threshold|barrier)\b/;
/** The same after the sentence's first amount: a goal verb or a threshold noun only (an approximation may follow). */
const AIMED_LATER_MONEY_BEFORE_RE = /\b(?:reach|hit|achieve|atteindre|(?:cap|barre|seuil|palier)\s+(?:des?|du))\s+(?:(?:about|around|nearly|pres de|pres d'|environ)\s*)?$/;

/** The goal's KPI: the first specific mention outside the excluded spans (levers), else the first generic one. */
export function pickKpi(mentions: readonly KpiMention[], excluded: readonly Span[], folded: string, isRate: (id: string) => boolean = () => false): KpiMention | null {
  const kept = mentions.filter((m) => !excluded.some((s) => m.start >= s.start && m.end <= s.end));
  const candidates = kept.some((m) => !m.fallback) ? kept.filter((m) => !m.fallback) : kept;
  let firstIndex = candidates.findIndex((m) => !m.weak);
  // A list of goal items ("5% more sales, 5% higher average sale, and 5% more transactions"): a specific KPI of a later
  // item does not take over a generic one named in the first.
  if (firstIndex > 0 && LIST_ITEM_BREAK_RE.test(folded.slice(candidates[0].end, candidates[firstIndex].start))) firstIndex = 0;
  // Two objects of one verb ("increase sales and customer loyalty", "augmenter les ventes et la fidélité"): the first
  // conjunct is the goal's KPI, generic or not, as the first of two goals is.
  // "La croissance annuelle devrait dépasser les 17 % et le CA passer …": a growth given its percentage before "et/and" is the first goal.
  // « une croissance de ses revenus comprise entre 7 % et 10 % … et une amélioration du taux de résultat opérationnel », « une
  // accélération de la croissance organique et une nouvelle hausse de son résultat »: nor after a second item opened by a
  // change noun, with or without a figure in the first (real33).
  if (firstIndex > 0 && candidates[0].id === 'sales_growth') {
    const between = folded.slice(candidates[0].end, candidates[firstIndex].start);
    if (/\d\s*%[^,;.]*\s(?:et|and)\s+(?:\S+\s+){0,2}$/.test(between) || (/(?:^|\d\s*%)[^,;.]*\s(?:et|and)\s/.test(between) && CHANGE_ITEM_AFTER_AND_RE.test(between))) firstIndex = 0;
  }
  if (firstIndex === 1 && !candidates[0].verb && COORDINATION_RE.test(folded.slice(candidates[0].end, candidates[1].start))) firstIndex = 0;
  let index = firstIndex >= 0 ? firstIndex : candidates.length > 0 ? 0 : -1;
  if (index < 0) return null;
  // "Account Growth (Upsells and Cross-Sells)": a generic growth word whose measure the parenthesis right after names.
  // "customer satisfaction score (NPS)": a parenthesis holding only a KPI's name says which measure is meant.
  if (index + 1 < candidates.length && /^\s*(?:[a-z]+\s+)?\(\s*$/.test(folded.slice(candidates[index].end, candidates[index + 1].start)) && ((candidates[index].weak && candidates[index].id === 'sales_growth') || /^\s*\)/.test(folded.slice(candidates[index + 1].end)))) index++;
  // A generic rate word heads the KPI it is the rate of: "la conversion des leads qualifiés", "conversion of leads".
  // ("la croissance des leads" is the leads growing: growth heads revenue only.)
  // « une croissance organique du chiffre d'affaires », « une croissance attendue du chiffre d'affaires »: adjectives or a
  // participle may stand between them (« croissance organique annuelle moyenne de son chiffre d'affaires », real34).
  // « une croissance organique des ventes de 6 à 8 % », "organic growth of sales": sales however read (a count of deals
  // alone) are what grows, sales growth (G1 (b)'s exception for revenue / sales; d57) — "sales" alone, not "sales reps" (mend57d).
  if (index > 0 && candidates[index - 1].weak && isRate(candidates[index - 1].id) && (candidates[index - 1].id !== 'sales_growth' || candidates[index].id === 'revenue' || /^(?:ventes|sales)$/.test(folded.slice(candidates[index].start, candidates[index].end))) && /^\s+(?:(?:organique|annuelle|moyenne|totale|globale|attendue|prevue|visee|esperee|organic|annual|average|total|overall)\s+){0,3}(?:des|de la|du|de|d'|of|of the|of our)\s+(?:(?:leurs?|son|sa|ses|notre|nos|votre|vos|their|its|your)\s+)?$/.test(folded.slice(candidates[index - 1].end, candidates[index].start))) index--;
  // Ruling K1 (kpi66, by G1 (b)): a bare growth of a measure other than revenue or sales is that measure's change: "Sustain our
  // growth in customers", « maintenir notre croissance du nombre de clients » read customers.
  if (candidates[index].weak && candidates[index].id === 'sales_growth' && index + 1 < candidates.length && candidates[index + 1].id === 'customers' && GROWTH_OF_BEFORE_RE.test(folded.slice(candidates[index].start, candidates[index + 1].start))) index++;
  // A compound names its head last: "MQL to SQL conversion rate" is a conversion rate.
  // A generic word other than a rate is not a head: "demo bookings" are meetings, but "lead-to-customer conversion" is a conversion rate.
  while (
    index + 1 < candidates.length &&
    (!candidates[index + 1].weak || isRate(candidates[index + 1].id)) &&
    // "Pipeline value growth": growth of a KPI other than revenue is that KPI growing, not sales growth.
    !(candidates[index + 1].id === 'sales_growth' && candidates[index + 1].weak && candidates[index].id !== 'revenue' && !candidates[index].weak) &&
    // "un chiffre d'affaires en croissance de 12 %": the amount growing (a change of revenue), not a growth rate.
    !(candidates[index + 1].id === 'sales_growth' && /\sen\s+$/.test(folded.slice(candidates[index].end, candidates[index + 1].start))) &&
    // A rate named first is the head of what follows it: "taux de conversion MQL → SQL".
    !(isRate(candidates[index].id) && !isRate(candidates[index + 1].id)) &&
    /^\s*(?:(?:to|\/|->|[→\x93]|>|vers|en)(?:\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b)[a-z]+)?)?\s*$/.test(folded.slice(candidates[index].end, candidates[index + 1].start))
  )
    index++;
  return candidates[index];
}
