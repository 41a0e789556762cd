/**
 * The Relevant step's live check: does the draft fit the parent goal it
 * names? Same KPI (or a KPI that feeds the parent's), inside the parent's
 * window, and numbers that do not overshoot it. Check goals runs the full
 * alignment (siblings' sums, roll-ups); this is the quick per-goal version
 * the wizard needs while the goal does not exist yet.
 */
import type { AlignmentResponse, GoalDraft } from '../../core/api';
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
