/**
 * Judging the five SMART criteria and the 0–100 score.
 *
 * Score = Σ weight × credit, with weights Specific 25, Measurable 25,
 * Time-bound 25, Achievable 15, Relevant 10 (the three criteria the sentence
 * itself decides weigh most; Achievable and Relevant need context).
 * Credits: pass 1, warn 0.5, fail 0 and unknown 0.5: a criterion we cannot
 * judge counts as neither a success nor a failure — half credit — so a
 * goal is never punished for missing context, and checking it (e.g. giving
 * the KPI history) moves the score up (pass) or down (fail) from there.
 * Consequence: a SMART sentence without context scores 25+25+25+7.5+10 = 93
 * when its KPI is tracked, and a vague one ("être meilleur") scores 13.
 */
import { addMonths, endOfQuarter, LAST_DAY, withinCalendar } from '../dates';
import { formatCurrency, formatDate, formatNumber, formatPercent, formatValue, moneyDecimals, upperFirst } from '../format';
import { kpiById, type KpiDefinition, type LabelGrammar } from '../kpi/catalog';
import { parseLocaleNumber } from '../numbers';
import { commonNoun, guessedGrammar, labelPhrase } from '../kpi/phrase';
import { isMessageKey, t } from '../messages';
import type { CriterionId, CriterionStatus, Lang } from '../types';
import { analyzeStatement } from './analyze';
import { findKpis } from './kpi';
import { goalObject, type GoalObject } from './object';
import { fold as foldText, textBefore } from './text';
import { MONTH_WORDS, ownWord } from '../workbook/text';
import type { AnalyzeOptions, CriterionResult, EvaluationContext, SmartEvaluation, StatementAnalysis } from './types';

export const CRITERION_WEIGHTS: Readonly<Record<CriterionId, number>> = {
  specific: 25,
  measurable: 25,
  timeBound: 25,
  achievable: 15,
  relevant: 10,
};

export const STATUS_CREDIT: Readonly<Record<CriterionStatus, number>> = { pass: 1, warn: 0.5, fail: 0, unknown: 0.5 };

export function scoreOf(criteria: Record<CriterionId, Pick<CriterionResult, 'status'>>): number {
  let total = 0;
  for (const id of Object.keys(CRITERION_WEIGHTS) as CriterionId[]) total += CRITERION_WEIGHTS[id] * STATUS_CREDIT[criteria[id].status];
  return Math.round(total);
}

/** Each criterion's status and the branch that gives it (its message's key in `judge`). */
export interface CriterionStatuses {
  specific: { status: CriterionStatus; why: 'contradicted' | 'pass' | 'noDirection' | 'unknownKpi' | 'vague' };
  measurable: { status: CriterionStatus; why: 'passTarget' | 'passChange' | 'fail' };
  timeBound: { status: CriterionStatus; why: 'impossible' | 'pastLastDate' | 'past' | 'today' | 'fiscalSpan' | 'passDeadline' | 'passRecurrence' | 'fail' };
  achievable: { status: CriterionStatus };
  relevant: { status: CriterionStatus };
}

/**
 * The statuses `judge` gives, without its messages (mend64p, perf64's review (3)): `judge` writes its messages from
 * these, and SMARTSCORE, which answers the number alone, scores them (`scoreAlone`) — one place decides a status.
 * `named`: the sentence names a KPI (the catalog's, or the one chosen when it says its name).
 */
export function criterionStatuses(analysis: StatementAnalysis, asOf: string, named: boolean, achievable: CriterionStatus = 'unknown'): CriterionStatuses {
  const { direction, deadline, target } = analysis;
  const s = <W,>(status: CriterionStatus, why: W): { status: CriterionStatus; why: W } => ({ status, why });
  return {
    // The verb and the numbers disagree: the direction read is the numbers' (fixes64). "Reduce costs.": a direction on
    // something the business does not track is still too vague to pass.
    specific:
      analysis.statedDirection && direction && analysis.baseline !== null && target !== null
        ? s('warn', 'contradicted')
        : named
          ? direction
            ? s('pass', 'pass')
            : s('warn', 'noDirection')
          : direction
            ? s(target !== null || analysis.change !== null ? 'warn' : 'fail', 'unknownKpi')
            : s('fail', 'vague'),
    measurable: target !== null ? s('pass', 'passTarget') : analysis.change ? s('pass', 'passChange') : s('fail', 'fail'),
    // "by 31 June 2027", "within 20 years" from 9990: said, never read as "no deadline" in silence. A passed deadline, or
    // the period named ending today (audit57, 3), warns. A fiscal year's end is a guess: it passes, saying how it was read.
    timeBound: analysis.impossibleDate
      ? s('fail', 'impossible')
      : analysis.pastLastDate
        ? s('fail', 'pastLastDate')
        : deadline && deadline < asOf
          ? s('warn', 'past')
          : deadline === asOf
            ? s('warn', 'today')
            : deadline
              ? s('pass', analysis.ambiguousFiscalYear ? 'fiscalSpan' : 'passDeadline')
              : analysis.recurrence
                ? s('pass', 'passRecurrence')
                : s('fail', 'fail'),
    achievable: { status: achievable },
    relevant: { status: named ? 'pass' : 'unknown' },
  };
}

/** SMARTSCORE's score: `judge`'s, from the same statuses, without its messages (perf64: they were 11 % of its CPU). */
export function scoreAlone(analysis: StatementAnalysis, asOf: string, achievable: CriterionStatus = 'unknown'): number {
  return scoreOf(criterionStatuses(analysis, asOf, !!analysis.kpi && !!kpiById(analysis.kpi), achievable));
}

function kpiOf(analysis: StatementAnalysis, catalog: readonly KpiDefinition[] | undefined): KpiDefinition | undefined {
  if (!analysis.kpi) return undefined;
  return catalog?.find((k) => k.id === analysis.kpi) ?? kpiById(analysis.kpi);
}

/** The label's grammar: the catalog's (`LabelGrammar`); a workbook's own KPI without one is guessed from its spelling. */
function grammarOf(kpi: KpiDefinition): LabelGrammar {
  return kpi.label.grammar ?? guessedGrammar(kpi.label.fr);
}

/** "the close rate", "revenue", « la part de marché », « l’attrition », « les inscriptions », « le NPS ». */
export function kpiPhrase(kpi: KpiDefinition | undefined, lang: Lang): string {
  if (!kpi) return t(lang, 'statement.example.genericKpi');
  return labelPhrase(kpi.label[lang], lang, grammarOf(kpi));
}

/** The figures' units and currency: all `formatAmount` and `formatChange` read (the CLI's table passes `smartAnalyze`'s fields). */
type StatedUnits = Pick<StatementAnalysis, 'unit' | 'levelUnit' | 'currency'>;

/** A stated baseline or target as the messages write it: « 25 % », "$1,200,000", « 150,50 € » (the CLI's table too: surf65). */
export function formatAmount(value: number, analysis: StatedUnits, lang: Lang): string {
  const unit = analysis.levelUnit ?? analysis.unit;
  // A stated amount with every digit it has ("$1,234.56", story47; "$0.005", never "$0.01": mend47d), as the sentence says it.
  return unit === 'currency' ? formatCurrency(value, lang, analysis.currency, moneyDecimals(value, analysis.currency, true)) : formatValue(value, unit === 'days' ? null : unit, lang);
}

export function formatChange(analysis: StatedUnits & Pick<StatementAnalysis, 'change'>, lang: Lang): string | null {
  const change = analysis.change;
  if (!change) return null;
  if (change.kind === 'relative') return formatPercent(change.value, lang);
  if (analysis.unit === 'percent') return t(lang, 'statement.points', { value: formatAmount(change.value * 100, { ...analysis, unit: null }, lang) });
  return formatAmount(change.value, analysis, lang);
}

/**
 * Default suggested deadline: the end of the quarter after the as-of date; null when it would fall after 31 December 9999.
 * The last one is remembered: a judgement asks up to three times, and a column's rows share their as-of date (perf42).
 */
let lastSuggested: readonly [string, string | null] | undefined;
function suggestedDeadline(asOf: string): string | null {
  if (lastSuggested?.[0] !== asOf) lastSuggested = [asOf, withinCalendar(() => endOfQuarter(addMonths(asOf, 3)))];
  return lastSuggested[1];
}

/** Words that already say the event is won ("deals closed", « comptes conclus »): the won verb would say it twice. */
const WON_PARTICIPLE = /\s*\b(?:closed|won|booked|signed|generated|conclu|gagn[ée]|sign[ée]|obtenu|g[ée]n[ée]r[ée])e?s?\b/gi;

/**
 * A goal counting events the team wins — a catalog count read as a total that has its own verb (deals and new accounts
 * closed, meetings booked, leads generated, sign-ups) — raised to a stated number, restated the way a sales team says it:
 * "Close 120 new accounts", « Conclure 120 nouveaux comptes » (not « Augmenter les nouveaux comptes à 120 », a level
 * to raise), in the sentence's own words for the KPI or the catalog's label, less a word that says the event is won
 * again ("Close 20 deals", not "Close 20 deals closed"). Null for anything else: a level count (active customers), a change, a
 * baseline ("from 20 to 30"), a decrease, a mass noun without a verb of its own (website traffic).
 */
function wonCountPhrase(analysis: StatementAnalysis, kpi: KpiDefinition | undefined, direction: string, lang: Lang): string | null {
  if (!kpi || kpi.unit !== 'count' || kpi.aggregation !== 'total' || direction !== 'increase') return null;
  if (analysis.target === null || analysis.baseline !== null || analysis.unit === 'percent') return null;
  const verbKey = `statement.example.won.${kpi.id}`;
  if (!isMessageKey(verbKey)) return null;
  // The sentence's own words (`ownWordsKpi` gives them as both labels) or the catalog's label, without a word that
  // already says the event is won ("deals closed" → "deals", « comptes conclus » → « comptes »).
  const noun = commonNoun(kpi.label[lang]).replace(WON_PARTICIPLE, '').trim();
  return t(lang, verbKey, { count: formatAmount(analysis.target, analysis, lang), noun });
}

/**
 * A time cue, then capitalised words no date reader took (the sentence has no deadline): « avant le Ramadan », « d'ici
 * l'Aïd », "before Chinese New Year"; after "by" only a day, eve or year so named ("by Memorial Day": "by Derek" is who,
 * "by XX%" a placeholder, audit66). The words are taken whole: a hyphen or a lowercase joiner before a capital (« Jean-Marc
 * », « Fête des Mères », « Salon de l'Agriculture », « Aïd el-Kebir »: mend66a, audit66 named « Jean- », « Fête »).
 */
const OCCASION_RE = /\b(?:(?:before|until|till|during|avant|pendant|durant|jusqu['’]à|d['’]ici)\s+(?:the\s+|le\s+|la\s+|l['’])?|by\s+(?:the\s+)?(?=(?:[A-Z][a-z'’-]+\s)+(?:Day|Eve|Year)\b))([A-ZÀ-Þ][a-zß-ÿ'’]+(?:(?:-|\s(?:(?:de|des|du|la|el|of|the)[\s-]|[dl]['’])*)[A-ZÀ-Þ][a-zß-ÿ'’]+)*)(?=(\s+[a-z]+s\b)?)/;
/**
 * The feasts a fixed day names, which no reader dates yet (« la Toussaint », 1 November; "Independence Day", 4 July in the
 * United States, another day elsewhere): no "not known here" for them (mend66a, audit66's review, finding 4).
 */
const FIXED_FEAST_RE = /^(?:Toussaint|Independence Day)$/;
/** A determiner or possessive the user's measure words may open with (« le cycle de vente », "our sales cycle"). */
const MEASURE_START_RE = /^(?:the|our|my|your|their|its|le|la|les|l['’]|du|des|notre|nos|votre|vos|mon|ma|mes|son|sa|ses|leur|leurs)\s*/i;

/**
 * The user's own words for the goal's measure when it names no catalog KPI: the goal verb's object as written
 * (« le cycle de vente », "our average sales cycle length"), object.ts's reading. Null when there is no goal verb, the
 * object counts something (« 50 voitures »: its number is the goal's own, not part of a name) or is too long to be a name.
 */
function measureWords(analysis: StatementAnalysis, object: GoalObject | null): string | null {
  if (!object || object.verb === null || object.goalIs || /\d/.test(object.phrase)) return null;
  const words = analysis.text.slice(object.start, object.end).trim();
  if (words === '' || words.split(/\s+/).length > 6 || /[,;:()«»“”"]/.test(words)) return null;
  return MEASURE_START_RE.test(words) || analysis.language === 'en' ? words : null;
}

/**
 * A unit the user wrote after a number that the analysis reads as a plain count (hours, minutes, weeks, tonnes, stars):
 * « Réduire le délai de réponse à 2 heures » was restated « … à 2 ». Days have their own unit; percentages and currencies
 * are the analysis's. A duration after "within", « d’ici », « sur »… is the goal's period, not its measure's unit.
 */
const WRITTEN_UNIT_RE = /(\d[\d\u00a0\u202f ]*(?:[.,]\d+)?)\s*(secondes?|seconds?|minutes?|mins?|heures?|hours?|hrs?|h|semaines?|weeks?|mois|months?|ann[ée]es?|ans|years?|tonnes?|tons?|kg|kilos?|km|litres?|liters?|[ée]toiles?|stars?)(?![\p{L}\d])/giu;
const PERIOD_BEFORE_RE = /\b(?:within|in|over|for|next|past|last|every|dans|en|sur|ici|pendant|sous|prochains?|derni[eè]res?|derniers?|chaque|tous|toutes)\s*$/i;

/** The units written after the sentence's numbers, by value (the first one written for a value). */
function writtenUnits(analysis: StatementAnalysis): ReadonlyMap<number, string> {
  const units = new Map<number, string>();
  if (analysis.unit !== 'count' && analysis.unit !== null) return units;
  for (const m of analysis.text.matchAll(WRITTEN_UNIT_RE)) {
    const value = parseLocaleNumber(m[1], analysis.language);
    if (value !== null && !units.has(value) && !PERIOD_BEFORE_RE.test(textBefore(analysis.text, m.index, 12))) units.set(value, m[2]);
  }
  return units;
}

/** A value in the statement's unit, days written as such (« 30 jours »: a rewrite's own number), or with the unit the user wrote after it. */
function formatMeasured(value: number, analysis: StatementAnalysis, lang: Lang, units?: ReadonlyMap<number, string>): string {
  const written = units?.get(value);
  if (written) return `${formatNumber(value, lang)}${lang === 'fr' ? '\u00a0' : ' '}${written}`;
  if (analysis.unit !== 'days') return formatAmount(value, analysis, lang);
  return value === 1 ? t(lang, 'drivers.days.one') : t(lang, 'drivers.days.other', { n: formatNumber(value, lang) });
}

/** Words a counted clause may not open with, a subject or a determiner (« Notre objectif est de… », "We…"), and goal nouns. */
const CLAUSE_SUBJECT_RE = /^(?:we|i|you|they|our|my|the|an?|nous|je|on|notre|nos|mon|ma|mes|les?|la|l['’]|une?|des)\b/i;
const GOAL_NOUN_RE = /\b(?:goal|target|aim|objective|objectif|but|cible)\b/i;

/**
 * The user's own clause for a goal that counts what the catalog does not know ("Publish 50 more blog posts", « Ouvrir
 * 3 nouvelles boutiques »): its verb and counted object as written, their one number the goal's own. It was « Augmenter
 * votre indicateur à 50 »: the user had written what they count. Null when there is no such clause.
 */
function countedClause(analysis: StatementAnalysis, object: GoalObject | null): string | null {
  const value = analysis.target ?? (analysis.change?.kind === 'absolute' ? analysis.change.value : null);
  if (value === null || analysis.unit !== 'count' || analysis.recurrence || analysis.totalOver) return null;
  if (!object || object.goalIs || !/\d/.test(object.phrase)) return null;
  const before = analysis.text.slice(0, object.start).trim();
  const words = analysis.text.slice(object.start, object.end).trim();
  // The verb: the object's own start when the reader found none ("Publier 50 articles…"), else the word before the
  // object — the sentence's first, or an infinitive ("We want to open", « Nous voulons ouvrir »).
  const found = object.verb === null ? null : (/^(\p{L}+)$/u.exec(before) ?? /\bto\s+(\p{L}+)$/u.exec(before) ?? /\s(\p{L}+(?:er|ir|re))$/u.exec(before));
  const verb = object.verb === null ? (before === '' ? '' : null) : (found?.[1] ?? null);
  if (verb === null) return null;
  const clause = `${verb} ${words}`.trim();
  const numbers = clause.match(/\d[\d\u00a0\u202f.,]*/g) ?? [];
  if (numbers.length !== 1 || parseLocaleNumber(numbers[0].replace(/[.,]$/, ''), analysis.language) !== value) return null;
  if (CLAUSE_SUBJECT_RE.test(clause) || GOAL_NOUN_RE.test(clause) || clause.split(/\s+/).length > 8 || /[,;:()«»“”"]/.test(clause)) return null;
  return upperFirst(clause);
}

/**
 * A complete SMART rewrite of the goal, keeping what it already states. It never names a KPI the analysis did not
 * find (review 21: « Réduire le cycle de vente de 45 à 30 jours » was restated « Réduire le taux de conversion de 5
 * points »): without a KPI it keeps the user's measure words and numbers, or names "your KPI" when there are none to
 * keep; only a sentence that states no goal at all gets the catalog's illustrative example.
 */
export function exampleRewrite(analysis: StatementAnalysis, kpi: KpiDefinition | undefined, lang: Lang, asOf: string): string {
  const direction = analysis.direction ?? (kpi?.lowerIsBetter ? 'decrease' : 'increase');
  const stated = analysis.target !== null || analysis.change !== null;
  // The goal verb's object, read once for both of its readings: a counted clause, else the measure's words.
  const object = kpi ? null : goalObject(foldText(analysis.text), analysis.language);
  const counted = kpi ? null : countedClause(analysis, object);
  const measure = kpi || counted ? null : (measureWords(analysis, object) ?? (analysis.direction || stated ? t(lang, 'statement.example.yourKpi') : null));
  const units = writtenUnits(analysis);
  // "$120,000 monthly revenue", « CA mensuel »: the amount is a month's total; the rewrite keeps the cadence, or it reads
  // as a total over the whole window (review 21). A level per month: after the amount; a relative change: after the KPI.
  const generic = !kpi && measure === null && counted === null;
  // …but a total of the CURRENT period named ("₹2 crore in revenue this FY", « 2 M€ de CA cette année », "this quarter")
  // is the goal's window, whose end is the deadline: "… to ₹2,00,00,000 by 31 March 2027", no "per year" read as a
  // cadence (fmt63). A cadence ("every year", « chaque année ») is `recurrence`, kept below.
  const windowTotal = analysis.deadline !== null && analysis.totalOver !== undefined && currentPeriod(analysis.text) === analysis.totalOver;
  const perPeriod = !generic && !analysis.recurrence && analysis.totalOver && !windowTotal ? t(lang, 'plan.pace.per', { period: t(lang, `period.${analysis.totalOver}`) }) : null;
  const perAmount = (amount: string): string => (perPeriod ? `${amount} ${perPeriod}` : amount);
  const relativeChange = analysis.target === null && analysis.change?.kind === 'relative';
  const won = counted ?? wonCountPhrase(analysis, kpi, direction, lang);
  const parts = won !== null ? [won] : [t(lang, `statement.example.${direction}`), measure ?? kpiPhrase(kpi, lang)];
  if (perPeriod && (relativeChange || won !== null)) parts.push(perPeriod);
  if (won !== null) {
    // The count is said with its verb: only the cadence or the deadline follow.
  } else if (generic) {
    // Nothing of the user's to restate: the generic example KPI with a generic change.
    parts.push(t(lang, 'statement.example.byChange', { change: t(lang, 'statement.points', { value: 5 }) }));
  } else if (analysis.target !== null && direction === 'maintain') {
    parts.push(t(lang, 'statement.example.atTarget', { target: perAmount(formatMeasured(analysis.target, analysis, lang, units)) }));
  } else if (analysis.baseline !== null && analysis.target !== null) {
    // « de 45 à 30 jours », "from 4 to 2 hours": one unit after the target; a baseline in another ("from 4 hours to 30 minutes") keeps its own.
    const baselineUnit = units.get(analysis.baseline);
    const baseline = baselineUnit && baselineUnit !== units.get(analysis.target) ? formatMeasured(analysis.baseline, analysis, lang, units) : formatAmount(analysis.baseline, analysis, lang);
    parts.push(t(lang, 'statement.example.fromTo', { baseline, target: perAmount(formatMeasured(analysis.target, analysis, lang, units)) }));
  } else if (analysis.target !== null) {
    parts.push(t(lang, 'statement.example.toTarget', { target: perAmount(formatMeasured(analysis.target, analysis, lang, units)) }));
  } else if (analysis.change) {
    const change = analysis.change.kind === 'absolute' && (analysis.unit === 'days' || units.has(analysis.change.value)) ? formatMeasured(analysis.change.value, analysis, lang, units) : formatChange(analysis, lang);
    parts.push(t(lang, 'statement.example.byChange', { change: relativeChange ? (change ?? '') : perAmount(change ?? '') }));
  } else if (direction !== 'maintain') {
    // A measure of unknown unit changes by a share of itself, never by points.
    const percentKpi = kpi ? kpi.unit === 'percent' : false;
    parts.push(t(lang, 'statement.example.byChange', { change: percentKpi ? t(lang, 'statement.points', { value: 5 }) : formatPercent(0.1, lang) }));
  }
  const period = analysis.recurrence && t(lang, `period.${analysis.recurrence}`);
  const deadline = analysis.deadline && analysis.deadline >= asOf ? analysis.deadline : null;
  if (period && !deadline) parts.push(t(lang, 'statement.example.every', { period }));
  else {
    // A cadence with a deadline is kept ("by 10% per month through June 30, 2027"), and a level is kept "through" a date.
    if (period) parts.push(t(lang, 'plan.pace.per', { period }));
    // As of the last quarter of 9999 no quarter ends in the calendar: the example names no date (the check says why).
    const date = deadline ?? suggestedDeadline(asOf);
    if (date !== null) parts.push(t(lang, `statement.example.${direction === 'maintain' || period ? 'upTo' : 'byDate'}`, { date: formatDate(date, lang) }));
  }
  return parts.join(' ');
}

/** "this (fiscal) year", "this FY", "the current quarter", « cette année », « cet exercice », « ce trimestre »: the period a sentence names as the current one, else null. */
function currentPeriod(text: string): string | null {
  const word = /\b(?:this|current|cette|ce|cet) (?:(?:fiscal|financial) )?(fy|year|quarter|month|week|annee|exercice|trimestre|mois|semaine)\b/.exec(foldText(text))?.[1];
  return word ? ({ quarter: 'quarter', trimestre: 'quarter', month: 'month', mois: 'month', week: 'week', semaine: 'week' } as Record<string, string>)[word] ?? 'year' : null;
}

function result(status: CriterionStatus, message: string, suggestion: string | null): CriterionResult {
  return { status, message, suggestion: status === 'pass' ? null : suggestion };
}

/** Words that name a period, not a measure: a year, a quarter or half ("Q1", « T2 », "H1", « S2 », "FY27"), FR/EN; months are `MONTH_WORDS`. */
const PERIOD_WORD_RE = /^(?:\d+|(?:fy|q|t|h|s)\d{1,4}|fy|ytd|weeks?|semaines?|months?|mois|quarters?|trimestres?|semestres?|years?|annees?|an)$/;

/**
 * True when `text` says `name` as whole words (a tab's or a KPI card's name: « taux d'impayés »), and the name is more than
 * a period: a tab named « 2027 », "Q1" or « Janvier » is where a KPI is kept, not which one — « Atteindre 140 en 2027 » on a
 * tab « 2027 » names no KPI (lastread64).
 */
export const namesKpi = (text: string, name: string): boolean => {
  const words = normalizedWords(name);
  return /[a-z0-9]/.test(words) && !words.trim().split(' ').every((w) => PERIOD_WORD_RE.test(w) || ownWord(MONTH_WORDS, w) !== undefined) && normalizedWords(text).includes(words);
};

/** Folded words between single spaces, for whole-word `includes` tests. */
function normalizedWords(w: string): string {
  return ` ${foldText(w).replace(/[^a-z0-9]+/g, ' ')} `;
}

/** A KPI's synonyms (both languages) as normalizedWords, once per catalog entry rather than once per statement. */
const synonymWords = new WeakMap<KpiDefinition, readonly string[]>();
function normalizedSynonyms(kpi: KpiDefinition): readonly string[] {
  let words = synonymWords.get(kpi);
  if (!words) {
    words = [...kpi.synonyms.en, ...kpi.synonyms.fr].map(normalizedWords);
    synonymWords.set(kpi, words);
  }
  return words;
}

/**
 * The catalog KPI named in the sentence's own words ("win rate" for the close rate, « taux de transformation »): the
 * KPI an example rewrite names, since the user's words are better than the catalog label when they name it. The
 * longest mention of that KPI; null when the sentence does not name it, or when `lang`, the rewrite's language, is not the
 * sentence's and does not list the words among that KPI's synonyms too (MRR, EBITDA stay). One rule for SMARTCHECK/SMARTSCORE (`judge`)
 * and Check goals (core/workbook/check.ts `rowKpi`, before the KPI column's own text).
 */
export function ownWordsKpi(analysis: StatementAnalysis, kpi: KpiDefinition, catalog?: readonly KpiDefinition[], lang?: Lang): KpiDefinition | null {
  const text = analysis.text;
  let best: { start: number; end: number } | null = null;
  // Generic words ("sales", « ventes ») name the KPI less well than its label: the label then.
  for (const m of findKpis(foldText(text), text, catalog)) if (m.id === kpi.id && !m.verb && (!best || m.end - m.start > best.end - best.start)) best = m.weak ? null : m;
  const words = best ? text.slice(best.start, best.end).trim() : '';
  if (!best || words === '') return null;
  // Only the KPI's own name (one of its catalog synonyms, e.g. "win rate", "new accounts"), never a noun the KPI was
  // inferred from ("40% of the 50 opportunities" → deals closed, "20 lost customers" won back) nor a bare head noun of a
  // longer label ("20 deals" for deals closed): the catalog label then. A counted name is the user's name for the KPI
  // too (issue 11: "Reach 60 new accounts" was restated "Increase deals closed to 60", the catalog's label).
  const f = normalizedWords(words);
  if (!normalizedSynonyms(kpi).some((w) => f.includes(w))) return null;
  // A rewrite in the other language names the catalog's label unless the words are that language's too: "Grow earnings by
  // 10%" was « Augmenter le earnings » in fr_FR (kpi65); MRR, EBITDA, win rate, listed in both, stay (mend65k).
  const other = lang && lang !== analysis.language ? lang : null;
  if (other && !kpi.synonyms[other].some((w) => normalizedWords(w) === f)) return null;
  const labels = [kpi.label.en, kpi.label.fr].map((l) => ` ${foldText(l)} `);
  if (!/\S \S/.test(f) && labels.some((l) => l.includes(f)) && !labels.includes(f)) return null;
  if (words.toLowerCase() === kpi.label[analysis.language].toLowerCase()) return kpi;
  const before = text.slice(0, best.start);
  // The article as the user wrote it ("the win rate", « le churn », « les prospects qualifiés »); in French, without one
  // the words' gender and number are unknown: the catalog's label.
  const article = /(?:^|[\s'’])(the|les|des|aux|la|le|du|au|l['’])\s*$/i.exec(before)?.[1].toLowerCase() ?? '';
  const own = grammarOf(kpi);
  let grammar: LabelGrammar;
  // Words the other language lists too take that language's article: the catalog's (« l’EBITDA », "the win rate").
  if (other) grammar = other === 'en' ? (own.endsWith(' the') ? 'm the' : 'm') : /^[aeiou]/i.test(words) ? (own[0] === 'f' ? 'f elide' : 'm elide') : own[0] === 'f' ? 'f' : 'm';
  else if (analysis.language === 'en') grammar = article === 'the' ? 'm the' : 'm';
  // A counted name is plural (« 60 nouveaux comptes » → « les nouveaux comptes »), whatever its gender: « les » has one.
  else if (/^(?:les|des|aux)$/.test(article) || /(?:^|\D)(?:[2-9]|\d{2,})\s*$/.test(before)) grammar = 'mpl';
  else if (article === 'la') grammar = 'f';
  else if (/^(?:le|du|au)$/.test(article)) grammar = 'm';
  else if (/^l/.test(article)) grammar = own[0] === 'f' ? 'f elide' : 'm elide';
  else return kpi;
  return { ...kpi, label: { ...kpi.label, en: words, fr: words, grammar } };
}

/** The five criteria for an analysis (messages in `lang`). */
export function judge(
  analysis: StatementAnalysis,
  options: { asOf: string; lang: Lang; catalog?: readonly KpiDefinition[]; context?: EvaluationContext; exampleKpi?: KpiDefinition },
): Record<CriterionId, CriterionResult> {
  const { asOf, lang } = options;
  const kpi = kpiOf(analysis, options.catalog);
  // The rewrite is only needed in suggestions: build it once, on first use; on the KPI the row links when it has one.
  let cachedExample: string | null = null;
  // The KPI in the sentence's own words (one `findKpis` scan), for the rewrite and the Specific line.
  const ownWords = kpi && ownWordsKpi(analysis, kpi, options.catalog, lang);
  // The wizard's card when it is the sentence's catalog KPI, as Specific names it (mend65k: « Nomme le KPI (MRR) » beside
  // « chiffre d’affaires »); else the sentence's own words.
  const exampleOf = (): string => (cachedExample ??= exampleRewrite(analysis, options.exampleKpi ?? (kpi && named !== kpi ? named : (ownWords ?? kpi)), lang, asOf));
  // The KPI named in the messages: the one the user chose (wizard) when the sentence names that same catalog KPI.
  const chosen = options.context?.chosenKpi;
  // A sentence naming no catalog KPI names the one chosen — the wizard's card, the row's tab — when it says its name (« Réduire
  // le taux d'impayés à 5 % » on a « Taux d'impayés » tab): tracked, as the verdict beside it says (audit64).
  const named =
    kpi && chosen && chosen.catalogId === kpi.id && chosen.name.trim()
      ? { ...kpi, label: { en: chosen.name, fr: chosen.name, grammar: chosen.grammar ?? grammarOf(kpi) } }
      : !kpi && chosen && namesKpi(analysis.text, chosen.name)
        ? { id: chosen.name, synonyms: { en: [], fr: [] }, unit: 'count' as const, lowerIsBetter: false, aggregation: 'level' as const, label: { en: chosen.name, fr: chosen.name, grammar: chosen.grammar } }
        : kpi;
  // Specific says what the sentence names: else in its own words, as the restatement does (« taux de renouvellement »,
  // not « Fidélisation » beside it); Relevant keeps the KPI the business tracks.
  const kpiLabel = named === kpi && kpi ? (ownWords ?? kpi).label[lang] : named ? named.label[lang] : '';

  const statuses = criterionStatuses(analysis, asOf, !!named);
  const { specific: sp, measurable: me, timeBound: tb } = statuses;
  const stated = analysis.statedDirection;
  const specific = result(
    sp.status,
    sp.why === 'contradicted' && stated && analysis.direction && analysis.baseline !== null && analysis.target !== null
      ? t(lang, 'statement.specific.contradicted', { stated: t(lang, `direction.${stated}`), read: t(lang, `direction.${analysis.direction}`), baseline: formatAmount(analysis.baseline, analysis, lang), target: formatAmount(analysis.target, analysis, lang) })
      : t(lang, `statement.specific.${sp.why === 'contradicted' ? 'pass' : sp.why}`, { kpi: kpiLabel, direction: analysis.direction ? t(lang, `direction.${analysis.direction}`) : '' }),
    sp.status === 'pass' ? null : t(lang, sp.why === 'contradicted' || sp.why === 'noDirection' ? 'statement.specific.fixDirection' : 'statement.specific.fixKpi', { example: exampleOf() }),
  );

  const measurable = result(
    me.status,
    t(lang, `statement.measurable.${me.why}`, me.why === 'passTarget' && analysis.target !== null ? { target: formatAmount(analysis.target, analysis, lang) } : me.why === 'passChange' ? { change: formatChange(analysis, lang) ?? '' } : {}),
    me.status === 'pass' ? null : t(lang, 'statement.measurable.fix', { example: exampleOf() }),
  );

  // No rewrite to offer when no quarter ends in the calendar after the as-of date (Q4 9999): its example has no date;
  // as of then, with no deadline, the as-of date is what to check. A passed deadline has one: a new one (or archiving
  // the goal) is the fix, not "add a deadline" (review 10, F12).
  const noRoom = suggestedDeadline(asOf) === null;
  const date = analysis.deadline ? formatDate(analysis.deadline, lang) : '';
  // « avant le Ramadan », "before Chinese New Year": a named period no reader dates, said by its words (audit66).
  // A name then its verb ("before Derek leaves") is who, not when (mend66a).
  const cued = tb.why === 'fail' ? OCCASION_RE.exec(analysis.text) : null;
  const occasion = cued && !cued[2] && !FIXED_FEAST_RE.test(cued[1]) ? cued[1] : undefined;
  const timeBound =
    tb.why === 'fail' && noRoom
      ? result('fail', t(lang, 'statement.timeBound.noRoom', { date: formatDate(asOf, lang), last: formatDate(LAST_DAY, lang) }), null)
      : result(
          tb.status,
          t(lang, `statement.timeBound.${occasion ? 'occasion' : tb.why}`, {
            date: tb.why === 'impossible' ? (analysis.impossibleDate ?? '') : date,
            text: (occasion ?? (tb.why === 'pastLastDate' ? analysis.pastLastDate : analysis.ambiguousFiscalYear)) ?? '',
            last: tb.why === 'pastLastDate' ? formatDate(LAST_DAY, lang) : '',
            period: analysis.recurrence ? t(lang, `period.${analysis.recurrence}`) : '',
          }),
          tb.status === 'pass' ? null : tb.status === 'warn' ? t(lang, 'statement.timeBound.pastFix') : noRoom ? null : t(lang, 'statement.timeBound.fix', { example: exampleOf() }),
        );

  const achievable = options.context?.achievable ?? result('unknown', t(lang, 'statement.achievable.unknown'), t(lang, 'statement.achievable.fix'));
  const relevant =
    options.context?.relevant ??
    // The KPI with its article at the sentence's start: « Le taux de conclusion est un KPI… » (review 10, F5).
    // A plural label takes a plural verb: « Les comptes conclus sont un KPI… », not « … est un KPI… ».
    (named
      ? result('pass', t(lang, grammarOf(named).includes('pl') ? 'statement.relevant.passPlural' : 'statement.relevant.pass', { kpi: upperFirst(kpiPhrase(named, lang)) }), null)
      : result('unknown', t(lang, 'statement.relevant.unknown'), t(lang, 'statement.relevant.fix')));

  return { specific, measurable, achievable, relevant, timeBound };
}

export function evaluateStatement(text: string, options: AnalyzeOptions & { context?: EvaluationContext }): SmartEvaluation {
  const analysis = analyzeStatement(text, options);
  const lang = options.lang ?? analysis.language;
  const criteria = judge(analysis, { asOf: options.asOf, lang, catalog: options.catalog, context: options.context });
  return { ...analysis, score: scoreOf(criteria), criteria };
}

/** Target LEVEL implied by the analysis given a baseline (stated target, or baseline ± change); null if none. */
export function impliedTarget(analysis: StatementAnalysis, baseline: number | null): number | null {
  if (analysis.target !== null) return analysis.target;
  const change = analysis.change;
  if (!change || baseline === null || !Number.isFinite(baseline)) return null;
  const sign = analysis.direction === 'decrease' ? -1 : analysis.direction === 'maintain' ? 0 : 1;
  if (sign === 0) return baseline;
  if (change.kind === 'relative') {
    // "Halve" states 0.5 and "double" 1.0: both read as baseline × (1 ± value).
    return baseline * (1 + sign * change.value);
  }
  return baseline + sign * change.value;
}
