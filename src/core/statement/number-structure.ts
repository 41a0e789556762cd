/**
 * Structural readings of a goal's numbers that recur across the real sets (real3–real24's remaining misses, see
 * test/fixtures/statements/README.md "Number-field misses across sets"): which of two numbers is the level moved FROM,
 * which end of a range counts, which number is the current level, and which "number" is a year. Each rule reads the
 * sentence's structure (a movement verb, a goal noun, a copula, "now"), never a KPI name. Works on the folded text.
 */
import type { Quantity } from './quantities';

/** How the goal reads two consecutive numbers `a` … `b`, or null when this module has no opinion. */
export type RangeReading =
  /** "passer de 15 personnes … à 20", "De 40 salariés début 2018, … passer à 1 200": the level moved from, then to. */
  | 'movement'
  /** "les objectifs de 20 à 30 signatures", "their potential is 90 to 100": an estimate, its lower bound the target. */
  | 'estimate'
  /** "actuellement estimé entre 6.000 et 7.000": a current level's estimate, its lower bound the baseline. */
  | 'current'
  /** "une hausse … comprise entre 5 et 10 %", "une croissance … entre 3% et 7% de nouveaux clients": the change's lower bound. */
  | 'rise'
  /** "une baisse du volume … comprise entre 5 et 10 %": the change's lower bound, a decrease. */
  | 'fall';

/** A verb of movement right before "de"/"from" ("passer de", "passant des", "going from", "grow from"). */
const MOVE_FROM_BEFORE_RE = /\b(?:pass(?:er|ant|e|ons|ez|era|erait|erons|eront)|going|go|went|grow(?:ing)?|mov(?:e|ing))\s+(?:de|des|du|d'|from)\s*(?:the |le |la |l')?$/;
/** A sentence that opens on "De 40 salariés …" / "From 40 staff …". */
const SENTENCE_FROM_BEFORE_RE = /(?:^|[.;:!?«"]\s*)(?:de|from)\s*$/;
/**
 * What may stand between the two ends of a movement: words (and a comma) up to "à"/"to", then maybe "une communauté de",
 * a bound or an approximation ("à au moins 30 %", "à environ 1 200").
 */
const MOVE_TO_BETWEEN_RE = /^[^.;!?\d]{0,80}?\s(?:a|to)\s+(?:(?:une?|an?|the|la|le|l')\s+[a-z]+\s+(?:de|d'|of)\s*)?(?:(?:au moins|at least|plus de|more than|environ|about|around|pres de|nearly)\s+)?$/;
/** "De 40 salariés début 2018, la société devrait passer à environ 1 200": the verb comes right before the second end. */
const LATE_MOVE_BETWEEN_RE = /^[^.;!?]{0,80}?,[^.;!?\d]{0,60}?\bpass(?:er|era|erait|ent|ons)\s+a\s+(?:(?:environ|pres de|plus de|au moins)\s+)?$/;
/** A goal noun right before the "de" of the range ("les objectifs de 20 à 30 signatures", "a target of 20 to 30 deals"). */
const GOAL_NOUN_OF_BEFORE_RE = /\b(?:objectifs?|targets?|goals?|quotas?|cibles?)\s+(?:de|d'|of)\s*$/;
/** A copula, an approximation or a level verb before a bare English range ("their potential is 90 to 100", "about 10 to 15
 * deals", "reach 4 to 5 million visitors"). */
const COPULA_BEFORE_RE = /\b(?:is|are|be|was|were|about|around|roughly|approximately|reach|hit|attract|achieve)\s*$/;
/** A level said to be the current one, or estimated, before "entre … et" ("actuellement estimé entre 6.000 et 7.000"). */
const CURRENT_ESTIMATE_BEFORE_RE = /\b(?:actuellement|aujourd'hui|a ce jour|currently|today|now)\s+(?:[a-z']+\s+){0,2}?(?:entre|between)\s*$/;
/** A change noun governing "entre … et" in the same clause ("une baisse du volume … comprise entre 5 et 10 %"). */
const CHANGE_NOUN_ENTRE_BEFORE_RE = /\b(?:(baisse|diminution|recul|decrease|decline|drop)|hausse|augmentation|progression|increase|rise)\b[^,.;:!?]{0,50}\b(?:entre|between)\s*$/;
/** "entre 3 % et 7 % de nouveaux clients": the customer base's growth, a change (as "3 % de nouveaux clients"). */
const NEW_CUSTOMERS_AFTER_RE = /^\s*(?:de |of )?(?:new|nouveaux|nouvelles) (?:clients?|customers?)\b/;

/** How the two consecutive numbers `a` and `b` of the goal read, from the words around them. */
export function readRange(folded: string, a: Quantity, b: Quantity): RangeReading | null {
  const between = folded.slice(a.end, b.start);
  const before = folded.slice(Math.max(0, a.start - 40), a.start);
  if ((MOVE_FROM_BEFORE_RE.test(before) && MOVE_TO_BETWEEN_RE.test(between)) || (SENTENCE_FROM_BEFORE_RE.test(before) && LATE_MOVE_BETWEEN_RE.test(between))) return 'movement';
  if (/^\s*(?:a|to)\s*$/.test(between) && (GOAL_NOUN_OF_BEFORE_RE.test(before) || (/^\s*to\s*$/.test(between) && COPULA_BEFORE_RE.test(before)))) return 'estimate';
  if (/^\s*(?:et|and)\s*$/.test(between)) {
    if (CURRENT_ESTIMATE_BEFORE_RE.test(before)) return 'current';
    const noun = b.kind === 'percent' ? CHANGE_NOUN_ENTRE_BEFORE_RE.exec(folded.slice(Math.max(0, a.start - 80), a.start)) : null;
    if (noun) return noun[1] ? 'fall' : 'rise';
    if (b.kind === 'percent' && NEW_CUSTOMERS_AFTER_RE.test(folded.slice(b.end, b.end + 30))) return 'rise';
  }
  return null;
}

/**
 * A level said to be the current one, with a preposition between "now" and the number: « par rapport aux 520 adhérents »,
 * « présent aujourd'hui dans 13 pays », "currently in 12 countries".
 */
const CURRENT_LEVEL_BEFORE_RE = /\b(?:par rapport (?:aux|au)|(?:aujourd'hui|actuellement|currently|today|a ce jour)\s+(?:dans|en|in|at|with|avec|sur|on)(?: (?:the|le|la|les))?)\s+(?:(?:plus de|pres de|environ|about|around|over|nearly)\s+)?$/;

/** Whether `q` is a level the words around it give as the current one (the baseline). */
export function currentLevel(folded: string, q: Quantity): boolean {
  return CURRENT_LEVEL_BEFORE_RE.test(folded.slice(Math.max(0, q.start - 50), q.start));
}

/**
 * A year read as a bare number: "par rapport à celle de 2013.", "un retour à son niveau d'activité de 2007, …", "à partir
 * de 2020,", "a 2008/09 target", "Exemple : 2020 Je veux …". A four-digit year (1990–2039, no separator) that a
 * preposition introduces and that no noun follows (end of the sentence or punctuation; or a slash year)
 * names a period, never the goal's number ("un objectif de 2000 ventes", "passer de 2000 à 3000" keep theirs).
 */
export function isBareYear(q: Quantity, folded: string, original: string): boolean {
  const text = original.length === folded.length ? original : folded;
  // The "26" of "2025/26": the second year of a fiscal year.
  if (q.kind === 'number' && /^\d\d$/.test(folded.slice(q.start, q.end)) && /(?:19|20)\d\d\/$/.test(text.slice(Math.max(0, q.start - 5), q.start))) return true;
  if (q.kind !== 'number' || !/^(?:199\d|20[0-3]\d)$/.test(folded.slice(q.start, q.end))) return false;
  const after = text.slice(q.end, q.end + 4);
  // "2008/09", "2023/24": a fiscal year, whatever stands before it.
  if (/^\/\d\d(?!\d)/.test(after)) return true;
  if (!/^\s*(?:[,.;:!?)]|$)/.test(after)) return false;
  // Not "celle de 2013" ("par rapport à celle de 2013": a past year's level the goal is compared with, left as it was read:
  // real16's only such sentence keeps its direction through that number; see the fixtures README).
  return /(?:^|[:;(]\s*|\b(?:(?<!\b(?:celle|celui|celles|ceux) )de|d'|of|from|since|depuis|a partir de|starting|en|in|debut|fin|mi|early|late|mid))\s*$/.test(folded.slice(Math.max(0, q.start - 16), q.start));
}

/**
 * A reported-speech attribution closing the sentence: « … », constate Matthieu Duchesne, l'un des deux salariés; "…," said
 * the minister at a news briefing Monday; …, a dit Lucie Lecours, en point de presse lundi. Who spoke, and when, is not
 * the goal: its numbers and dates are set aside. Only right after a closing quote, or after a comma for a French past
 * ("a dit", "a indiqué") or an English speech verb, to the end of the text ("…, annonce un objectif de 500" is no attribution).
 */
const ATTRIBUTION_RE = /(?:["»”]\s*,?\s*(?:(?:a|ont)\s+)?(?:dit|declare|indique|explique|ajoute|precise|souligne|confie|constate|annonce|affirme|said|says|added|explained|noted|told|announced|stated)|,\s+(?:a|ont)\s+(?:dit|declare|indique|explique|ajoute|precise|souligne|confie|constate|annonce|affirme)|,\s+(?:said|says|added|explained|noted|told|announced|stated))\b[^.;!?"«»“”]*[.!?]?\s*$/;
/** A literal of every alternative of ATTRIBUTION_RE's verbs (the speed gate: the scan runs only on a text holding one). */
const ATTRIBUTION_GATE = ['dit', 'declare', 'indique', 'explique', 'ajoute', 'precise', 'souligne', 'confie', 'constate', 'annonce', 'affirme', 'said', 'says', 'added', 'explained', 'noted', 'told', 'announced', 'stated'];

const REPORTED_GOAL_RE = /\b(?:que|qu'|that|to|will|would|plans?|planned|aims?|wants?|veut|voulait|vise|visait|compte)\b/;

/** The span of a closing attribution ("…", said X …), or null. */
export function findAttribution(folded: string): { start: number; end: number } | null {
  if (!ATTRIBUTION_GATE.some((w) => folded.includes(w))) return null;
  const m = ATTRIBUTION_RE.exec(folded);
  // "…, said the company planned to double turnover", « …, a dit qu'il voulait … »: reported speech carries the goal.
  return m && !REPORTED_GOAL_RE.test(m[0]) ? { start: m.index, end: folded.length } : null;
}

