/**
 * Writes the goal sentence from the wizard's fields, in the sheet's
 * language, in a form the statement analyzer reads back (KPI, from/to
 * levels, "by <date>", levers after "through"/"grâce à").
 */
import { draftPeriod, draftTargetLevel, type GoalDraft } from '../core/api';
import { formatCurrency, formatDate, formatNumber, formatPercent, moneyDecimals, withAmountDecimals } from '../core/format';
import { t } from '../core/messages/ui';
import type { Lang, Unit } from '../core/types';
import { commonNoun, guessedGrammar, labelPhrase, type LabelGrammar } from '../core/kpi/phrase';
import { displayValue } from './values';

/**
 * "the close rate" / "revenue" / « la part de marché » / « l’attrition » / « les inscriptions »: the server's rule
 * (core/kpi/phrase.ts), with the grammar it sent with the KPI (the catalog label's), else its guess from the spelling.
 */
export function kpiPhrase(name: string, lang: Lang, grammar?: LabelGrammar): string {
  return labelPhrase(name, lang, grammar ?? guessedGrammar(name));
}

/**
 * An amount the user entered, as the sentence states it: money with every digit typed ("$1,500.25", "$999.50"; the
 * sentence said "$1,500" and "$1,001", read back as other targets: mend47d, `moneyDecimals`'s stated rule), else as shown.
 */
function enteredValue(value: number, unit: Unit, lang: Lang, currency: string | null): string {
  return unit === 'currency' ? formatCurrency(value, lang, currency, moneyDecimals(value, currency, true)) : displayValue(value, unit, lang, currency);
}

/** The sentence for a draft, or '' while the fields needed (KPI, target, deadline) are missing. */
export function generateSentence(draft: GoalDraft, lang: Lang): string {
  // Its amounts at least at the tab's precision, as every surface states them ("to $997.00" on a cents tab: surf52, ruling b).
  return withAmountDecimals(draft.kpi?.amountDecimals, () => sentenceOf(draft, lang));
}

function sentenceOf(draft: GoalDraft, lang: Lang): string {
  const target = draftTargetLevel(draft);
  if (!draft.kpi || target === null || !draft.deadline) return '';
  const unit = draft.kpi.unit;
  // The currency the KPI's column shows (or the locale's for a catalog KPI); none rather than a made-up €.
  const currency = draft.kpi.currency ?? null;
  const deadline = formatDate(draft.deadline, lang);
  const targetText = enteredValue(target, unit, lang, currency);
  let sentence: string;
  const onePeriod = draftPeriod(draft);
  const perPeriod = draft.targetMode === 'perPeriod' && draft.change && draft.changePeriod && draft.direction !== 'maintain' ? { change: draft.change, period: draft.changePeriod } : null;
  if (perPeriod) {
    // "Increase the close rate by 5% per month by March 31, 2027": no from/to, so the analyzer reads a change per period
    // (recurrence + change) and Check goals compounds it from the latest point, as the wizard did.
    const verb = t(lang, draft.direction === 'decrease' ? 'sidebar.sentence.decrease' : 'sidebar.sentence.increase');
    sentence = t(lang, 'sidebar.sentence.perPeriod', { verb, kpi: kpiPhrase(draft.kpi.name, lang, draft.kpi.grammar), change: changeText(perPeriod.change, unit, lang, currency), period: t(lang, `period.${perPeriod.period}`), deadline });
  } else if (onePeriod && draft.direction === 'decrease') {
    // "Reduce costs to €50,000 per month by June 30, 2027": read back as a decrease with its month (no baseline: the row
    // has none, the month's total is judged against the target).
    sentence = t(lang, 'sidebar.sentence.toPer', { verb: t(lang, 'sidebar.sentence.decrease'), kpi: kpiPhrase(draft.kpi.name, lang, draft.kpi.grammar), target: targetText, period: t(lang, `period.${onePeriod}`), deadline });
  } else if (onePeriod) {
    // "Reach €250,000 revenue per month by June 30, 2027": the analyzer reads the period, Check goals judges that month alone.
    sentence = t(lang, 'sidebar.sentence.totalPer', { target: targetText, kpi: commonNoun(draft.kpi.name), period: t(lang, `period.${onePeriod}`), deadline });
  } else if (draft.kpi.aggregation === 'total' && draft.direction === 'increase') {
    sentence = t(lang, 'sidebar.sentence.total', { target: targetText, kpi: commonNoun(draft.kpi.name), deadline });
  } else if (draft.direction === 'maintain') {
    sentence = t(lang, 'sidebar.sentence.maintainAt', { kpi: kpiPhrase(draft.kpi.name, lang, draft.kpi.grammar), target: targetText, deadline });
  } else {
    const verb = t(lang, draft.direction === 'decrease' ? 'sidebar.sentence.decrease' : 'sidebar.sentence.increase');
    const kpi = kpiPhrase(draft.kpi.name, lang, draft.kpi.grammar);
    sentence =
      draft.baseline !== null
        ? t(lang, 'sidebar.sentence.fromTo', { verb, kpi, baseline: enteredValue(draft.baseline, unit, lang, currency), target: targetText, deadline })
        : t(lang, 'sidebar.sentence.to', { verb, kpi, target: targetText, deadline });
  }
  const levers = draft.levers.trim().replace(/[.\s]+$/, '');
  if (levers) sentence += t(lang, 'sidebar.sentence.through', { levers: lang === 'fr' ? withFrenchA(levers) : levers });
  const owner = draft.owner.trim();
  if (owner) sentence += t(lang, 'sidebar.sentence.owner', { owner });
  return `${sentence}.`;
}

/**
 * The levers after « grâce », with their « à »: French contracts à + le into « au » and à + les into « aux » (« grâce
 * aux essais plus longs », « grâce au support renforcé » — never « grâce à les essais »), as the analyzer reads them;
 * any other start (« des », « la », « l’ », « une », a number) takes « à » as typed. The Specific step's hint asks for
 * the article (« des essais plus longs »).
 */
export function withFrenchA(levers: string): string {
  const match = /^(les|le)\s+/i.exec(levers);
  if (!match) return `à ${levers}`;
  return `${match[1].toLowerCase() === 'les' ? 'aux' : 'au'} ${levers.slice(match[0].length)}`;
}

/** "5%" (relative), "2 points" (a rate's absolute change: "2%" would read as relative), "5" / "$500" otherwise. */
function changeText(change: { value: number; kind: 'relative' | 'absolute' }, unit: Unit, lang: Lang, currency: string | null): string {
  if (change.kind === 'relative') return formatPercent(change.value, lang, 2);
  if (unit !== 'percent') return enteredValue(change.value, unit, lang, currency);
  const points = change.value * 100;
  // French counts below 2 in the singular (« 1,5 point »), English only 1.
  const one = lang === 'fr' ? Math.abs(points) < 2 : Math.abs(points) === 1;
  return t(lang, one ? 'sidebar.sentence.points.one' : 'sidebar.sentence.points.other', { n: formatNumber(points, lang, 2) });
}
