/**
 * The levers a goal names ("through longer trials, discounts and 10 % more support staff": the seed article's churn
 * example; read by core/statement `findLevers`), as the strategic plan shows them: each lever, the KPI tab it speaks of
 * when one does (the catalog KPI its words name, else a tab or column whose name its words hold), and — for a
 * quantified lever on such a tab — the level the lever itself states ("10 % more" on a tab at 40: 44). Only what the
 * lever says of its own tab: never how it moves the goal's KPI, which no history here measures.
 */
import { formatGoalValue } from './values';
import { findKpis } from '../statement/kpi';
import { fold } from '../statement/text';
import { t } from '../messages';
import type { KpiDefinition } from '../kpi/catalog';
import type { KpiSeries } from './types';
import type { Lang } from '../types';

export interface LeverReading {
  /** The lever as the goal words it. */
  text: string;
  /** The KPI tab (its display name) the lever speaks of; null when none. */
  tab: string | null;
  /** The tab's latest value and the level the lever states, when it is quantified ("10 % more", "20 more", "+2"). */
  implied: { latest: number; level: number } | null;
}

/** A percentage in the lever: "10 % more", "+15 %", « 10 % de commerciaux en plus ». */
const PERCENT_RE = /(?:^|[^\d.,])([+]?)(\d+(?:[.,]\d+)?)\s?%/;
/** A percentage followed by "of"/« des » is a share ("10 % of the reps"), unless the lever says it is a change. */
const SHARE_AFTER_RE = /^\s?%\s*(?:of|des?|du|d')\b/;
const CHANGE_WORDS = /\b(?:more|additional|extra|increase|increasing|boost|grow\w*|augment\w*|hausse|en plus|de plus|supplementaires?|fewer|less|lower|reduc\w*|baisse|moins|cut)\b/;
/** The cadence a lever states ("20 more calls per week", « par mois »), which its tab must share for a level to be stated. */
const CADENCE: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:per|a|each|every|par|chaque)\s+(?:week|semaine)\b|\bweekly\b|\bhebdomadaires?\b/, 'week'],
  [/\b(?:per|a|each|every|par|chaque)\s+(?:month|mois)\b|\bmonthly\b|\bmensuel(?:le)?s?\b/, 'month'],
  [/\b(?:per|a|each|every|par|chaque)\s+(?:quarter|trimestre)\b|\bquarterly\b|\btrimestriel(?:le)?s?\b/, 'quarter'],
];
/** A count added: "20 more", "two additional", "adding 3", « 2 … supplémentaires », « 5 de plus », "+2". */
const ADDED_RE = /(?:\b(?:adding|add|hiring|hire|recruiting|recruit|ajout(?:ant|er)?(?: de)?|recrut(?:ant|er)|embauch(?:ant|er))\s+(\d+)\b|\b(\d+)\s+(?:more|additional|extra|new|nouveaux|nouvelles|de plus)\b|\+(\d+)(?![\d.,%])|\b(\d+)\s+(?:[a-z'-]+\s+){1,3}(?:supplementaires?|en plus|de plus)\b)/;
/** Words too common to tie a lever to a tab by name. */
const STOP_WORDS = new Set(['more', 'less', 'with', 'from', 'plus', 'moins', 'avec', 'pour', 'dans', 'sales', 'ventes', 'rate', 'taux', 'week', 'month', 'semaine', 'mois', 'new', 'nouveaux', 'nouvelles', 'team', 'equipe']);
/** Levers read per goal at most (a pasted paragraph's clause list stays a line). */
const MAX_LEVERS = 6;

/** Which tab a lever's words speak of: its catalog KPI's series, else a series whose name's words are all in it. */
function leverTab(folded: string, original: string, series: readonly KpiSeries[], catalog: readonly KpiDefinition[]): KpiSeries | null {
  const ids = findKpis(folded, original, catalog).filter((m) => !m.weak).map((m) => m.id);
  for (const id of ids) {
    const found = series.find((s) => s.catalogId === id && s.points.length > 0);
    if (found) return found;
  }
  const words = new Set(folded.split(/[^a-z0-9]+/).filter((w) => w.length > 2));
  for (const s of series) {
    if (s.points.length === 0) continue;
    const named = fold(s.name).split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !STOP_WORDS.has(w));
    if (named.length > 0 && named.every((w) => words.has(w) || words.has(`${w}s`) || (w.endsWith('s') && words.has(w.slice(0, -1))))) return s;
  }
  return null;
}

/** The level a quantified lever states on its tab's latest value, or null (not quantified, or a share, or a rate tab's points). */
function impliedLevel(folded: string, tab: KpiSeries): LeverReading['implied'] {
  const latest = tab.points[tab.points.length - 1].value;
  const cadence = CADENCE.find(([re]) => re.test(folded))?.[1];
  if (cadence && tab.period !== cadence) return null;
  const found = PERCENT_RE.exec(folded);
  const percent = found && (found[1] === '+' || CHANGE_WORDS.test(folded) || !SHARE_AFTER_RE.test(folded.slice(found.index + found[0].length - 1))) ? found : null;
  // A rate tab's "+10 %" could be points or a relative change: not said.
  if (percent && tab.unit !== 'percent') {
    const change = Number(percent[2].replace(',', '.')) / 100;
    const fewer = /\b(?:less|fewer|lower|moins|reduc\w*|baisse|cut|reduire)\b/.test(folded);
    return { latest, level: latest * (1 + (fewer ? -change : change)) };
  }
  const added = ADDED_RE.exec(folded);
  const count = added ? Number(added[1] ?? added[2] ?? added[3] ?? added[4]) : NaN;
  if (!found && Number.isFinite(count) && tab.unit !== 'percent' && tab.unit !== 'currency') return { latest, level: latest + count };
  return null;
}

export function readLevers(levers: readonly string[], series: readonly KpiSeries[], catalog: readonly KpiDefinition[]): LeverReading[] {
  return levers.slice(0, MAX_LEVERS).map((text) => {
    const folded = fold(text);
    const tab = leverTab(folded, text, series, catalog);
    return { text, tab: tab ? tab.name : null, implied: tab ? impliedLevel(folded, tab) : null };
  });
}

/** One note listing a goal's levers, each with its tab and the level it states: « Leviers : essais plus longs ; … ». */
export function leversNote(readings: readonly LeverReading[], series: readonly KpiSeries[], lang: Lang): string | null {
  if (readings.length === 0) return null;
  const items = readings.map((r) => {
    if (!r.tab) return r.text;
    const tab = series.find((s) => s.name === r.tab);
    const value = (v: number): string => formatGoalValue(v, tab?.unit ?? null, tab?.currency ?? null, lang);
    return r.implied
      ? t(lang, 'check.lever.implied', { lever: r.text, tab: r.tab, latest: value(r.implied.latest), level: value(r.implied.level) })
      : t(lang, 'check.lever.tab', { lever: r.text, tab: r.tab });
  });
  return t(lang, 'check.note.levers', { levers: items.join(t(lang, 'list.sep')) });
}
