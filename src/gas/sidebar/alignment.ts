/**
 * The Relevant step's live check: does the draft fit the parent goal it
 * names? Same KPI (or a KPI that feeds the parent's), inside the parent's
 * window, and numbers that do not overshoot it. Check goals runs the full
 * alignment (siblings' sums, roll-ups); this is the quick per-goal version
 * the wizard needs while the goal does not exist yet.
 */
import type { AlignmentResponse, GoalDraft } from '../../core/api';
import type { FamilyCheck } from '../../core/workbook/family';
import { formatGoalValue } from '../../core/workbook/values';
import { contributes } from '../../core/alignment';
import { formatDate, formatValue } from '../../core/format';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { t } from '../../core/messages';
import type { CriterionStatus, Lang } from '../../core/types';
import { matchCatalog } from '../../core/workbook/link';
import type { GoalRow } from '../../core/workbook/types';

function kpiIdOf(text: string | null): string | null {
  return text ? (matchCatalog(text, KPI_CATALOG)?.id ?? null) : null;
}

/** `parent`: the fields of the parent goal the check needs (a sheet row, or what the sidebar's context listed). */
export function checkDraftAlignment(draft: GoalDraft, targetLevel: number | null, parent: Pick<GoalRow, 'kpi' | 'statement' | 'target' | 'deadline' | 'start'> | null, lang: Lang): AlignmentResponse {
  if (!draft.parentId) return { status: 'unknown', messages: [] };
  if (!parent) return { status: 'fail', messages: [t(lang, 'sidebar.align.parentMissing')] };
  const messages: string[] = [];
  let status: CriterionStatus = 'pass';
  const downgrade = (to: CriterionStatus) => {
    if (to === 'fail' || (to === 'warn' && status === 'pass')) status = to;
  };
  const unit = draft.kpi?.unit ?? null;
  const childKpi = draft.kpi?.catalogId ?? kpiIdOf(draft.kpi?.name ?? null);
  const parentKpi = kpiIdOf(parent.kpi) ?? kpiIdOf(parent.statement);
  const sameName = !!draft.kpi && !!parent.kpi && draft.kpi.name.trim().toLowerCase() === parent.kpi.trim().toLowerCase();
  if (childKpi && parentKpi && !sameName && !contributes(childKpi, parentKpi)) {
    messages.push(t(lang, 'sidebar.align.kpi', { parentKpi: parent.kpi ?? parentKpi, kpi: draft.kpi?.name ?? childKpi }));
    downgrade('fail');
  }
  if (draft.deadline && parent.deadline && draft.deadline > parent.deadline) {
    messages.push(t(lang, 'sidebar.align.deadlineAfter', { deadline: formatDate(draft.deadline, lang), parentDeadline: formatDate(parent.deadline, lang) }));
    downgrade('fail');
  }
  if (draft.start && parent.start && draft.start < parent.start) {
    messages.push(t(lang, 'sidebar.align.startBefore', { parentStart: formatDate(parent.start, lang) }));
    downgrade('warn');
  }
  const sameKpi = sameName || (childKpi !== null && childKpi === parentKpi);
  if (sameKpi && targetLevel !== null && parent.target !== null) {
    const show = (v: number) => formatValue(v, unit, lang);
    const aggregation = draft.kpi?.aggregation ?? 'level';
    const decreasing = draft.direction === 'decrease';
    if (aggregation === 'total') {
      if (targetLevel > parent.target) {
        messages.push(t(lang, 'sidebar.align.exceedsTotal', { target: show(targetLevel), parentTarget: show(parent.target) }));
        downgrade('warn');
      }
    } else if (decreasing ? targetLevel < parent.target : targetLevel > parent.target) {
      messages.push(t(lang, 'sidebar.align.beyondLevel', { target: show(targetLevel), parentTarget: show(parent.target) }));
      downgrade('warn');
    } else if (draft.baseline !== null && (decreasing ? targetLevel > draft.baseline : targetLevel < draft.baseline) && draft.direction !== 'maintain') {
      messages.push(t(lang, 'sidebar.align.oppositeLevel', { target: show(targetLevel), parentTarget: show(parent.target) }));
      downgrade('fail');
    }
  }
  return { status, messages };
}

/**
 * The family's line added to the per-goal check: Check goals' own message when the siblings and the draft do not add
 * up to the parent (a fifth Q1 under an annual goal), else how they add up; the worse status wins.
 */
export function withFamily(own: AlignmentResponse, family: FamilyCheck, lang: Lang): AlignmentResponse {
  const rank: Record<CriterionStatus, number> = { pass: 0, unknown: 0, warn: 1, fail: 2 };
  const status = rank[family.status] > rank[own.status] ? family.status : own.status;
  const rollup = family.rollup;
  if (family.issue) return { status, messages: [...own.messages, family.issue] };
  if (!rollup || rollup.kind !== 'sum' || rollup.value === null || rollup.parentTarget === null || family.siblings < 2) return own;
  const show = (v: number) => formatGoalValue(v, family.unit, family.currency, lang);
  const line = rollup.covers
    ? t(lang, 'sidebar.align.familyFits', { parent: family.parent, target: show(rollup.parentTarget), count: family.siblings })
    : t(lang, 'sidebar.align.familyPartial', { parent: family.parent, value: show(rollup.value), target: show(rollup.parentTarget), count: family.siblings });
  return { status: own.status === 'unknown' ? 'pass' : own.status, messages: [...own.messages, line] };
}
