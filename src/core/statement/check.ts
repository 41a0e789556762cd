/**
 * SMARTCHECK's one line: what is missing and how to fix it, or a positive
 * restatement of the goal when nothing is. Criteria left `unknown` (no
 * context) are not listed: they are not failures.
 */
import { t } from '../messages';
import type { CriterionId, Lang } from '../types';
import { exampleRewrite, ownWordsKpi } from './evaluate';
import { kpiById, type KpiDefinition } from '../kpi/catalog';
import type { SmartEvaluation } from './types';

const ORDER: readonly CriterionId[] = ['specific', 'measurable', 'timeBound', 'achievable', 'relevant'];
/** Criteria whose fix is a rewrite of the sentence (the others carry their own suggestion). */
const FIXED_BY_REWRITE = new Set<CriterionId>(['specific', 'measurable', 'timeBound']);

export function checkLine(evaluation: SmartEvaluation, options: { asOf: string; lang: Lang; catalog?: readonly KpiDefinition[] }): string {
  const { lang, asOf } = options;
  const kpi = evaluation.kpi ? (options.catalog?.find((k) => k.id === evaluation.kpi) ?? kpiById(evaluation.kpi)) : undefined;
  // The KPI in the sentence's own words, as Check goals (`ownWordsKpi`).
  const example = exampleRewrite(evaluation, (kpi && ownWordsKpi(evaluation, kpi, options.catalog, lang)) ?? kpi, lang, asOf);
  const items: string[] = [];
  let needsRewrite = false;
  for (const id of ORDER) {
    const c = evaluation.criteria[id];
    if (c.status === 'pass' || c.status === 'unknown') continue;
    let message = c.message;
    // A criterion with nothing to suggest (no quarter ends in the calendar after an as-of date in Q4 9999) asks for no rewrite.
    if (FIXED_BY_REWRITE.has(id)) needsRewrite ||= c.suggestion !== null;
    else if (c.suggestion) message = `${message} ${c.suggestion}`;
    items.push(t(lang, 'statement.check.item', { criterion: t(lang, `criterion.${id}`), message }));
  }
  if (items.length === 0) {
    // « … grâce à des essais prolongés, des réductions… et une augmentation de 10 % du personnel » (the article's churn
    // goal): the levers the goal names are part of it, as Check goals' notes and the plan report list them (review 14).
    const levers = evaluation.levers.map((lever) => lever.trim()).filter((lever) => lever !== '');
    if (levers.length === 0) return t(lang, 'statement.check.allGood', { summary: example });
    const list = levers.length === 1 ? levers[0] : t(lang, 'statement.check.leversLast', { rest: levers.slice(0, -1).join(', '), last: levers[levers.length - 1] });
    return t(lang, 'statement.check.allGoodLevers', { summary: example, levers: list });
  }
  const line = t(lang, 'statement.check.toFix', { items: items.join(' ') });
  return needsRewrite ? `${line} ${t(lang, 'statement.check.try', { example })}` : line;
}
