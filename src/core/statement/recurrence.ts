/**
 * Cadence of a goal: "chaque mois", "per week", "par jour", "quarter over
 * quarter", "d'un trimestre à l'autre", "monthly", "weekly"… A cadence makes a
 * goal time-bound on its own ("+10 % each month").
 */
import type { Period } from '../types';
import { overlapsAny, type Span, textBefore } from './text';

export interface RecurrenceMention extends Span {
  period: Period;
  /** "weekly", "mensuel": may qualify a lever ("weekly webinars") rather than the goal. */
  adjective: boolean;
  /** "a week", "per month", "par jour": a rate attached to a count ("two blog posts a week"), so it may sit inside a lever. */
  rate: boolean;
}

const UNIT: Readonly<Record<string, Period>> = {
  day: 'day', jour: 'day', journee: 'day',
  week: 'week', semaine: 'week', wk: 'week',
  month: 'month', mois: 'month', mo: 'month',
  quarter: 'quarter', trimestre: 'quarter', qtr: 'quarter',
  year: 'year', annee: 'year', an: 'year', yr: 'year', annuel: 'year',
};

const ADVERBS: Readonly<Record<string, Period>> = {
  daily: 'day', quotidien: 'day', quotidienne: 'day', quotidiens: 'day', quotidiennes: 'day', quotidiennement: 'day', 'au quotidien': 'day', dod: 'day', journalier: 'day', journaliere: 'day',
  weekly: 'week', hebdomadaire: 'week', hebdomadaires: 'week', hebdomadairement: 'week', hebdo: 'week', wow: 'week',
  monthly: 'month', mensuel: 'month', mensuelle: 'month', mensuels: 'month', mensuelles: 'month', mensuellement: 'month', mom: 'month',
  quarterly: 'quarter', trimestriel: 'quarter', trimestrielle: 'quarter', trimestriels: 'quarter', trimestrielles: 'quarter', trimestriellement: 'quarter', qoq: 'quarter',
  yearly: 'year', annual: 'year', annuelles: 'year', annually: 'year', annuellement: 'year', yoy: 'year', 'en glissement annuel': 'year', 'en rythme annuel': 'year', 'sur un an glissant': 'year',
};

const UNIT_SOURCE = 'day|jour|journee|week|semaine|wk|month|mois|mo|quarter|trimestre|qtr|year|annee|an|yr';

const RECURRENCE_RE = new RegExp(
  [
    // "per month", "each week", "every quarter", "a month" (after a number: "40 meetings a month"), "/month"; not "a quarter
    // of" (a fraction: "a quarter of our customers", rel40) unless a quantity comes right before it ("$50k a quarter of new
    // business", "1,000 units a quarter of our new model", mend40a); nor "a year earlier / later / ago than …", a shift in time
    // (stmt54: "hit its ¥1 trillion sales target in the next financial year, a year earlier than forecast").
    `\\b(?:per|each|every|a|an)\\s+(?:(?:single|working|business|calendar)\\s+)?(day|week|month|quarter|year)\\b(?!\\s(?:million|billion)|\\s(?:earlier|later|ago|sooner)\\b|(?<=(?<!\\d(?:[\\d.,]*\\d)?[km]?\\s(?:[a-z]+\\s)?)a quarter) of)`,
    // "your sales goal for the day", "l'objectif de la journée": a goal set for one day is a daily goal (a day ends too soon to be a deadline).
    `\\b(?:goals?|targets?|quotas?)\\s+for\\s+the\\s+(day)\\b|\\b(?:objectifs?|quotas?)\\s+(?:de|pour)\\s+la\\s+(journee)\\b`,
    // « objectifs annuels », « quota annuel »: the French "annual goal" (real23; « CA annuel » names a level, left out).
    `\\b(?:objectifs?|quotas?)\\s+(annuel)(?:le)?s?\\b`,
    // "per annum", "p.a.", "20 % l'an", « 2,5 millions de tonnes l'an » (real41; not « 34,2% l'an dernier », a past year, real35,
    // nor « 100 vélos l'an 2027 », a year named, mend44d).
    `\\b(per annum|p\\.a\\.?)(?![a-z])|l'(an)\\b(?<=(?:%|\\d(?: mil\\w+)? (?:de |d')?[a-z]+)\\s?l'an)(?! dernier| passe| prochain|\\s*\\d)`,
    // "40 appels/ jours": the unit may be written plural after the slash.
    `\\/\\s?(${UNIT_SOURCE})s?\\b`,
    // "month over month", "month on month", "year-over-year".
    `\\b(day|week|month|quarter|year)\\s+(?:over|on|after)\\s+(?:day|week|month|quarter|year)\\b`,
    // "par mois", "chaque trimestre", "tous les mois", "toutes les semaines", "mois après mois", "d'un trimestre à l'autre", "d'année en année".
    `\\b(?:par|chaque)\\s+(jour|journee|semaine|mois|trimestre|annee|an)\\b`,
    `\\b(?:tous|toutes)\\s+les\\s+(jours|semaines|mois|trimestres|ans|annees)\\b`,
    `\\b(jour|semaine|mois|trimestre|annee)\\s+apres\\s+(?:jour|semaine|mois|trimestre|annee)\\b`,
    `\\bd'une?\\s+(jour|semaine|mois|trimestre|annee)\\s+(?:a|sur)\\s+l'autre\\b`,
    `\\bd'(annee|an)\\s+en\\s+(?:annee|an)\\b`,
    `\\b(${Object.keys(ADVERBS).sort((a, b) => b.length - a.length).join('|')})\\b`,
  ].join('|'),
  'g',
);

/**
 * "in the 3rd quarter (YOY)", "in Q3 year over year", "en mars en glissement annuel": a year-on-year
 * comparison right after a named quarter or month only says what that one period is compared with;
 * it sets no yearly cadence.
 */
const NAMED_PERIOD_BEFORE_RE =
  /\b(?:quarter|trimestre|q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s*[(,]?\s*$/;

/**
 * The quarter a year-on-year change belongs to, named earlier in its own clause: no sentence end, semicolon, colon or
 * comma between them but a number's ("6,5 %", "$5.3bn"). Not a quarter of another clause or sentence ("After a weak Q2, we
 * aim to grow revenue 15% year over year", "Q4 results were strong. We aim …", « Après un premier trimestre difficile, … »),
 * nor a fraction ("A quarter of our sales come from online; …"): those growths stay yearly (mend47a).
 */
const QUARTER_IN_CLAUSE_RE = /\b(?:q[1-4]|(?<!\b(?:a|one) )quarter(?! of)|trimestre)\b(?:[^.;:!?,]|[.,]\d)*$/;
/** …or named right after it: "grow revenue 10% YoY in Q3 2027", « en glissement annuel au troisième trimestre » (mend47a). */
const QUARTER_AFTER_RE = /^ (?:in|for|au|du) (?:the )?(?:q[1-4]|\S+ (?:quarter|trimestre))\b/;

/** Latin yearly rates: "+20 % per annum", "20% p.a.". */
const PER_ANNUM: Readonly<Record<string, Period>> = { 'per annum': 'year', 'p.a.': 'year', 'p.a': 'year' };

function periodOf(word: string): Period | null {
  const singular = word.endsWith('s') && word !== 'mois' ? word.slice(0, -1) : word;
  return UNIT[singular] ?? ADVERBS[word] ?? PER_ANNUM[word] ?? null;
}

/**
 * "Le Pain Quotidien", "au Pain Quotidien": a capitalised cadence word after a capitalised word inside the sentence is part
 * of a name (a brand, a shop, a paper), unless that run of capitals names a goal ("Monthly Volume Goal").
 */
const NAME_BEFORE_RE = /[^\s.!?:;•]\s+[A-ZÀ-Ý][\p{L}'’&]*\s+$/u;
const CAPITAL_RUN_RE = /^(?:[A-ZÀ-Ý][\p{L}'’&]*\s*)+/u;
const GOAL_WORD_RE = /goal|target|objecti|quota|budget/i;
function inName(original: string, at: number): boolean {
  const before = original.slice(0, at);
  return /^[A-ZÀ-Ý]/.test(original.slice(at)) && NAME_BEFORE_RE.test(before) && !GOAL_WORD_RE.test((CAPITAL_RUN_RE.exec(original.slice(at)) ?? [''])[0] + before.slice(-30));
}

export function findRecurrences(folded: string, excluded: readonly Span[], original?: string): RecurrenceMention[] {
  const out: RecurrenceMention[] = [];
  RECURRENCE_RE.lastIndex = 0;
  for (let m = RECURRENCE_RE.exec(folded); m; m = RECURRENCE_RE.exec(folded)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(span, excluded)) continue;
    const word = m.slice(1).find((g) => g !== undefined);
    const period = word ? periodOf(word) : null;
    // "its first quarter sales to grow 24% YoY", "Q3 revenue to rise 12% year over year", "grow 10% YoY in Q3 2027": a
    // year-on-year change of the quarter its own clause names compares that quarter with the same quarter a year before
    // (real44); no yearly cadence either. Nor one qualifying a change noun, "a 10% year-over-year increase in sales" (the
    // basis of one change, real45's written rule; stmt47); nor after one, "an increase of 11.4 per cent year on year" (stmt55),
    // or after a level's comparison, "$4.6 trillion in 2024, up 5.71 per cent year-on-year" (stmt57, real54).
    if (period === 'year' && !/^(?:per|each|every|a|an|par|chaque|tous|\/)/.test(m[0])
      && (NAMED_PERIOD_BEFORE_RE.test(textBefore(folded, m.index, 40))
        || (/^(?:yoy|year o)/.test(m[0]) && (/^ (?:increase|growth|rise|decline)\b/.test(folded.slice(span.end)) || /\b(?:increase|rise|decline|drop|fall) of [^,;]{1,30}$|\b(?:up|down) [\d.,]+ ?(?:%|per ?cent) $/.test(textBefore(folded, m.index, 60))))
        || (/^(?:yoy|year o|en g)/.test(m[0]) && (QUARTER_IN_CLAUSE_RE.test(folded.slice(0, m.index)) || QUARTER_AFTER_RE.test(folded.slice(span.end)))))) continue;
    if (period && !(original !== undefined && word !== undefined && word in ADVERBS && inName(original, m.index))) {
      // French -ment adverbs (quotidiennement, mensuellement) never qualify a noun: always the goal's cadence.
      const adjective = word !== undefined && word in ADVERBS && !word.includes(' ') && !word.endsWith('ment');
      out.push({ ...span, period, adjective, rate: /^(?:a|an|per|par)\s|^\//.test(m[0]) });
    }
  }
  return out;
}
