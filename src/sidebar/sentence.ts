/**
 * Writes the goal sentence from the wizard's fields, in the sheet's
 * language, in a form the statement analyzer reads back (KPI, from/to
 * levels, "by <date>", levers after "through"/"grâce à").
 */
import { draftTargetLevel, type GoalDraft } from '../core/api';
import { formatDate } from '../core/format';
import { t } from '../core/messages/ui';
import type { Lang } from '../core/types';
import { displayValue } from './values';

const FRENCH_FEMININE = new Set(['croissance', 'marge', 'fidélisation', 'rétention', 'attrition', 'activité', 'satisfaction', 'conversion', 'valeur', 'part', 'moyenne', 'vente', 'durée', 'marge brute', 'prospection']);
const FRENCH_INVARIABLE_S = new Set(['taux', 'nps', 'prix', 'poids', 'temps', 'cours']);

/** "the close rate" / "le taux de conclusion" / "l'attrition" / "les inscriptions". */
export function kpiPhrase(name: string, lang: Lang): string {
  const trimmed = name.trim();
  // Acronyms (NPS, CAC, MRR) keep their case; other names read as common nouns.
  const lowered = /^[A-Z0-9]{2,}\b/.test(trimmed) ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
  if (lang === 'en') return `the ${lowered}`;
  // "Rendez-vous" is one word (les rendez-vous), not "rendez".
  const firstWord = lowered.split(/[\s'’]/)[0].toLowerCase();
  if (/[sx]$/.test(firstWord) && !FRENCH_INVARIABLE_S.has(firstWord)) return `les ${lowered}`;
  if (/^[aeiouyhâàéèêîïôûœ]/i.test(firstWord)) return `l’${lowered}`;
  return `${FRENCH_FEMININE.has(firstWord) ? 'la' : 'le'} ${lowered}`;
}

/** The KPI name without article, for totals ("Reach 120 deals closed"). */
function plainKpi(name: string): string {
  const trimmed = name.trim();
  return /^[A-Z0-9]{2,}\b/.test(trimmed) ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

/** The sentence for a draft, or '' while the fields needed (KPI, target, deadline) are missing. */
export function generateSentence(draft: GoalDraft, lang: Lang): string {
  const target = draftTargetLevel(draft);
  if (!draft.kpi || target === null || !draft.deadline) return '';
  const unit = draft.kpi.unit;
  // The currency the KPI's column shows (or the locale's for a catalog KPI); none rather than a made-up €.
  const currency = draft.kpi.currency ?? null;
  const deadline = formatDate(draft.deadline, lang);
  const targetText = displayValue(target, unit, lang, currency);
  let sentence: string;
  if (draft.kpi.aggregation === 'total' && draft.direction === 'increase') {
    sentence = t(lang, 'sidebar.sentence.total', { target: targetText, kpi: plainKpi(draft.kpi.name), deadline });
  } else if (draft.direction === 'maintain') {
    sentence = t(lang, 'sidebar.sentence.maintainAt', { kpi: kpiPhrase(draft.kpi.name, lang), target: targetText, deadline });
  } else {
    const verb = t(lang, draft.direction === 'decrease' ? 'sidebar.sentence.decrease' : 'sidebar.sentence.increase');
    const kpi = kpiPhrase(draft.kpi.name, lang);
    sentence =
      draft.baseline !== null
        ? t(lang, 'sidebar.sentence.fromTo', { verb, kpi, baseline: displayValue(draft.baseline, unit, lang, currency), target: targetText, deadline })
        : t(lang, 'sidebar.sentence.to', { verb, kpi, target: targetText, deadline });
  }
  const levers = draft.levers.trim().replace(/[.\s]+$/, '');
  if (levers) sentence += t(lang, 'sidebar.sentence.through', { levers });
  const owner = draft.owner.trim();
  if (owner) sentence += t(lang, 'sidebar.sentence.owner', { owner });
  return `${sentence}.`;
}
