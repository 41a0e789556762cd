/**
 * Goal rows from the goals tab's values. Blank rows are skipped (their row
 * numbers are kept so results land on the right line); a row counts as a
 * goal when it has a sentence or any structured value. Cells that cannot be
 * read (text in a number column…) are recorded as problems, not guessed.
 */
import type { Aggregation, Direction, IsoDate, Lang, Unit } from '../types';
import { windowPeriod } from '../series/period';
import { formatDate } from '../format';
import { startsAfterDeadline } from '../dates';
import { t } from '../messages';
import { cellAggregation, cellDate, cellDirection, cellNumber, cellText, isBlankCell, isErrorCell, type CellDateOptions } from './cells';
import { parseGoalHires } from './hires';
import { fold } from './text';
import { fold as foldStatement } from '../statement/text';
import { findKpis } from '../statement/kpi';
import { KPI_CATALOG } from '../kpi/catalog';
import type { CellProblem, CellValue, GoalColumns, GoalField, GoalRow, NewGoal } from './types';
import { amountMark, writtenUnit, type NumberLang } from '../numbers';

/** Labels of the summary rows people add under a table ("Total", "Sous-total"…): not goals. */
export const TOTAL_LABELS = new Set(['total', 'totals', 'totaux', 'sous total', 'subtotal', 'sub total', 'grand total', 'total general', 'somme', 'sum', 'ensemble']);

/** A totals row: its ID or sentence cell says "Total" and the sentence says nothing else. */
function isTotalRow(cells: readonly CellValue[], fields: GoalColumns['fields']): boolean {
  const label = (column: number | undefined): string => (column === undefined ? '' : fold(cellText(cells[column] ?? null)));
  const id = label(fields.id);
  const statement = label(fields.statement);
  return (TOTAL_LABELS.has(statement) && (id === '' || TOTAL_LABELS.has(id))) || (TOTAL_LABELS.has(id) && statement === '');
}

/** Words that open a remark, or name it before a colon ("Free remark: …"), folded. */
const REMARK_WORD = '(?:remarks?|remarques?|notes?|comments?|commentaires?)\\b';
/** Marks that only ever open a remark ("NB", "TODO", "* …", « À revoir »). */
const REMARK_MARK = /^(?:\*|(?:n\.?\s?b|todo|to do|a revoir|sources?)\b)/;
/** A remark word opening the text, and whether a colon follows it ("Remarque : …", "Note:"). */
const REMARK_OPENING = new RegExp(`^${REMARK_WORD}(\\s*:)?`);
const REMARK_LABEL = new RegExp(`\\b${REMARK_WORD}[^:]*$`);

/**
 * A text that says it is a remark: opens with a remark mark ("NB", "*"); or opens with a remark word followed by ":"
 * ("Remarque : revoir en janvier"), or by words that read as no goal — no number and no KPI ("Comments welcome") —
 * since the same words open goals (French « Comment atteindre 20 % de marge… » is "how", "Note 5 new deals…");
 * or, with no number in it, its label before a colon names one ("Free remark under the table: …").
 */
export function isRemark(text: string): boolean {
  const plain = text.trim();
  const folded = foldStatement(plain);
  const colon = folded.indexOf(':');
  const noNumber = !/\d/.test(folded);
  if (REMARK_MARK.test(folded)) return true;
  const opening = REMARK_OPENING.exec(folded);
  if (opening && (opening[1] !== undefined || (noNumber && findKpis(folded, plain, KPI_CATALOG).length === 0))) return true;
  return colon > 0 && noNumber && REMARK_LABEL.test(folded.slice(0, colon));
}

/** An example row's marker ("e.g. G0", "Ex. :", « Exemple ») or a template's instruction ("Describe the goal…"). */
const EXAMPLE_ROW = /^(?:e\.?\s?g\b|ex\s?[.:]|exemple|example|describe|decrivez)/;
/**
 * A lone section label: decorated ("— Q1 —", "*** Team A ***", "== Sales ==": read on the text as typed, which folding
 * strips of its marks — fixes64: only "#" survived it, so "— Q2 targets —" was scored as a goal) or, folded, a period with
 * "goals" ("Q1 goals", « Objectifs T1 », "2027", "Q2 2027", « T2 ») or a cadence's ("Annual goals", « Objectifs annuels »).
 */
const DECORATED_ROW = /^([-—–=#*~_]).*\1$/;
/** A number other than a period's name (Q2, T2, H1, S2, 2027): a decorated row holding one is a goal ("*Reach 500 leads by June*"), not a heading. */
const hasGoalNumber = (text: string): boolean => /\d/.test(text.replace(/\b(?:[qths][1-4]|(?:19|20)\d\d)\b/gi, ''));
const SECTION_ROW = /^((goals?|targets?|objectifs?) (du |for |de )?)?([qths][1-4]( \d{4})?|\d{4})( goals?| targets?| objectifs?)?$|^((annual|yearly|quarterly|monthly) (goals?|targets?)|objectifs? (annuel|trimestriel|mensuel|semestriel)s?)$/;

/**
 * A row that is no goal (review9): right under the header, an example or a template's instruction; anywhere, a lone
 * label in the ID or Goal cell (every other column blank) that only names a section.
 */
function isLabelRow(cells: readonly CellValue[], fields: GoalColumns['fields'], first: boolean): boolean {
  const typed = [fields.id, fields.statement].map((column) => cellText(at(cells, column)).trim());
  const texts = typed.map(fold);
  const filled = Object.values(fields).filter((column) => !isBlankCell(cells[column]));
  return (first && texts.some((text) => EXAMPLE_ROW.test(text))) || (filled.length === 1 && (typed.some((text) => DECORATED_ROW.test(text) && !hasGoalNumber(text)) || texts.some((text) => SECTION_ROW.test(text))));
}

function at(row: readonly CellValue[], column: number | undefined): CellValue {
  return column === undefined ? null : (row[column] ?? null);
}

/**
 * Reads the goal rows below the header row. `firstRow` is the sheet row number of values[0] (1 for a data range starting at A1);
 * `dates`: the locale's order of typed dates and the Settings' fiscal year start (a Deadline's "Q4 2027", "FY27").
 */
export function readGoalRows(values: readonly (readonly CellValue[])[], columns: GoalColumns, lang: NumberLang, firstRow = 1, dates: Omit<CellDateOptions, 'periodEnd'> = {}, notes?: number[]): GoalRow[] {
  const { order } = dates;
  const goals: GoalRow[] = [];
  const fields = columns.fields;
  const recognized = Object.values(fields);
  let blankBefore = false;
  for (let index = columns.headerRow + 1; index < values.length; index++) {
    const cells = values[index];
    const blank = recognized.every((column) => isBlankCell(cells[column]));
    const after = blankBefore;
    blankBefore = blank;
    if (blank) continue;
    if (isTotalRow(cells, fields)) continue;
    // Skipped and said like a remark (`notes`).
    if (isLabelRow(cells, fields, index === columns.headerRow + 1)) {
      notes?.push(firstRow + index);
      continue;
    }
    // A remark under the table: after a blank row, only a Goal cell, labelled as a remark ("Remarque : revoir en
    // janvier", "NB …", "* …"). Skipped, and said once (`notes`), not scored as a goal. When in doubt it is scored:
    // "Zero churn among enterprise accounts", "Launch in Germany" are goals without a number or a verb.
    const only = cellText(at(cells, fields.statement));
    if (after && recognized.every((column) => column === fields.statement || isBlankCell(cells[column])) && isRemark(only)) {
      notes?.push(firstRow + index);
      continue;
    }
    const row = firstRow + index;
    const problems: CellProblem[] = [];
    const typedPercent: GoalField[] = [];
    const typedAmount: GoalField[] = [];
    let typedMark: string | undefined;
    // A cell showing a Sheets error (#N/A, #ERROR!…: a formula that failed, or text Sheets took for one) is said as an
    // error, whatever the column expects — not as a date, direction or aggregation that "#N/A" is not (emul29).
    const failed = (field: GoalField, value: CellValue): boolean => {
      if (isErrorCell(value)) problems.push({ field, value: cellText(value), expected: 'value' });
      return isErrorCell(value);
    };
    const number = (field: GoalField): number | null => {
      const value = at(cells, fields[field]);
      if (isBlankCell(value) || failed(field, value)) return null;
      const parsed = cellNumber(value, lang);
      if (parsed === null) problems.push({ field, value: cellText(value), expected: 'number' });
      else if (typeof value === 'string' && value.includes('%')) typedPercent.push(field);
      else if (typeof value === 'string' && writtenUnit(value) === 'amount') {
        typedAmount.push(field);
        typedMark ??= amountMark(value);
      }
      return parsed;
    };
    const date = (field: GoalField): string | null => {
      const value = at(cells, fields[field]);
      if (isBlankCell(value) || failed(field, value)) return null;
      const parsed = cellDate(value, lang, { ...dates, periodEnd: field === 'deadline' });
      if (parsed === null) problems.push({ field, value: cellText(value), expected: 'date' });
      return parsed;
    };
    const text = (field: GoalField): string | null => {
      const cell = at(cells, fields[field]);
      // A formula that failed (#N/A, #REF!…): said rather than analyzed as a goal.
      if (failed(field, cell)) return null;
      const value = cellText(cell);
      return value === '' ? null : value;
    };
    const directionCell = at(cells, fields.direction);
    const direction = cellDirection(directionCell);
    if (direction === null && !isBlankCell(directionCell) && !failed('direction', directionCell)) problems.push({ field: 'direction', value: cellText(directionCell), expected: 'direction' });
    const aggregationCell = at(cells, fields.aggregation);
    const aggregation = cellAggregation(aggregationCell);
    if (aggregation === null && !isBlankCell(aggregationCell) && !failed('aggregation', aggregationCell)) problems.push({ field: 'aggregation', value: cellText(aggregationCell), expected: 'aggregation' });
    const id = text('id');
    const hiresCell = at(cells, fields.hires);
    const hires = fields.hires === undefined || failed('hires', hiresCell) ? null : parseGoalHires(hiresCell, lang, order, dates.fiscalStartMonth);
    if (fields.hires !== undefined && hires === null && !isErrorCell(hiresCell)) problems.push({ field: 'hires', value: cellText(hiresCell), expected: 'hires' });
    const others = columns.extra.filter((c) => !isBlankCell(cells[c])).map((c) => `${c}=${cellText(cells[c])}`).join('\u0001');
    goals.push({
      row,
      ...(others ? { others } : {}),
      id: id ?? `#${row}`,
      hasId: id !== null,
      statement: text('statement') ?? '',
      kpi: text('kpi'),
      owner: text('owner'),
      baseline: number('baseline'),
      target: number('target'),
      start: date('start'),
      deadline: date('deadline'),
      parent: text('parent'),
      ...dependsOnIds(text('dependsOn')),
      direction,
      aggregation,
      problems,
      typedPercent,
      ...(typedAmount.length > 0 ? { typedAmount } : {}),
      ...(typedMark ? { typedMark } : {}),
      ...(hires && hires.length > 0 ? { hires } : {}),
    });
  }
  return goals;
}

/** The Depends on cell's IDs ("G2, N-Q1", "G2; G3"), as typed; nothing for a blank cell. */
function dependsOnIds(cell: string | null): { dependsOn?: string[] } {
  const ids = (cell ?? '').split(/[,;\n]/).map((id) => id.trim()).filter((id) => id !== '');
  return ids.length > 0 ? { dependsOn: [...new Set(ids)] } : {};
}

/**
 * The key two rows share when they are the same goal: statement, KPI, owner, baseline, target, start, deadline, parent,
 * direction and aggregation — every goal column, so Q1 and Q2 windows or a total beside a level of one sentence are two
 * goals — and every cell of the user's other columns (`others`: North and South may share a sentence and a KPI). The ID
 * is not in it.
 */
export const sameGoalKey = (g: NewGoal & { others?: string }): string =>
  [g.statement, g.kpi, g.owner, g.baseline, g.target, g.start, g.deadline, g.parent, g.direction, g.aggregation, g.others].map((v) => fold(String(v ?? ''))).join('\u0000');

/**
 * A sentence asking for a sum over its window: "under 200 in total", « 200 au total », "a total of 200", « un total de 200 »,
 * "200 total", "combined", « en tout », « cumulés », "in aggregate", "all told", « sur l'ensemble », "200 in all", "200
 * overall" (mend62f; not "in all regions"); or naming one period as its window, that period's total: "this year", "this
 * quarter", « cette année », « ce trimestre » (mend62f). "total" asks a sum beside the figure only, not "to protect total
 * revenue"; a period compared with ("like this quarter", « comme ce trimestre ») is no window (mend63f).
 */
const ASKS_TOTAL_RE = /\b(?:(?:in|au|en) total|total (?:of |de |d.)?\d|cumul\w*|combined|altogether|en tout|aggregat\w*|all told|sur l.ensemble|(?<!\b(?:comme|like|as|than|que) )(?:this|current|cette|ce|cet) (?:year|quarter|month|week|annee|trimestre|mois|semaine))\b|\d (?:total|in all(?! (?:of |our |the )?[a-z]+s\b)|overall)\b/;

/** Whether a goal sentence asks for its window's total in its own words (`ASKS_TOTAL_RE` over the folded text). */
export function asksTotal(statement: string): boolean {
  return ASKS_TOTAL_RE.test(fold(statement));
}

/** What `keptUnderReading` reads of a goal: merged by Check goals (`mergeGoal`), from the arguments by the formulas. */
export interface KeptUnderGoal {
  statement: string;
  direction: Direction | null;
  /** The goal's unit: the sentence's own, else its KPI's or header's (mend63f: a bare 40000 on a "Churned MRR" tab is money). */
  unit: Unit | null;
  /** A cadence stated ("under 30 per month"): the period's total is judged elsewhere (`perPeriodReading`). */
  recurring: boolean;
  lowerIsBetter: boolean;
  start: IsoDate | null;
  deadline: IsoDate | null;
}

/**
 * The one reading of a fewer-is-better count kept under a figure, for Check goals' default aggregation and the formulas'
 * (ACHIEVABILITY / GOALVERDICT given the sentence and no aggregation; surf63, mend63f): 'total' when the sentence asks a
 * sum (`asksTotal`) or its window is one calendar period ("this year", "in 2027", "in Q1 2027", a Start–Deadline that is
 * one quarter: `windowPeriod`), else 'level' (each period stays under it); null for any other goal (not a count, not
 * "maintain", more is better, a cadence stated).
 */
export function keptUnderReading(goal: KeptUnderGoal, fiscalStartMonth: number): Aggregation | null {
  if (goal.direction !== 'maintain' || goal.unit !== 'count' || goal.recurring || !goal.lowerIsBetter) return null;
  const { start, deadline } = goal;
  return asksTotal(goal.statement) || (start && deadline && windowPeriod(start, deadline, fiscalStartMonth)) ? 'total' : 'level';
}

/**
 * The one sentence for a Start after the Deadline on every surface — Check goals' note, the formulas' and REQUIREDPACE's
 * error, the wizard's live check and Add goal (surf57, surf63) — or null when the window is not reversed.
 */
export function reversedWindow(start: IsoDate | null | undefined, deadline: IsoDate | null | undefined, lang: Lang): string | null {
  return start && deadline && startsAfterDeadline({ start, deadline }) ? t(lang, 'achievability.error.deadlineBeforeStart', { deadline: formatDate(deadline, lang), start: formatDate(start, lang) }) : null;
}

/**
 * A goal's window refused before any row is written: a Deadline already passed (today named), else a Start after the
 * Deadline (`reversedWindow`). Add goal's and Add driver goals' one test (surf64: driver goals under an existing parent
 * with a passed Deadline were written).
 */
export function windowProblem(start: IsoDate | null | undefined, deadline: IsoDate | null | undefined, today: IsoDate, lang: Lang): string | null {
  if (deadline && deadline < today) return t(lang, 'wb.error.deadline', { deadline: formatDate(deadline, lang), start: formatDate(today, lang) });
  return reversedWindow(start, deadline, lang);
}

/**
 * The window as the wizard sent it, refused: a Start sent after the Deadline (`reversedWindow`, its own sentence), else a
 * Deadline already passed (today named). What Add goal answers in two steps (`newGoalOf` on the Start as sent, then
 * `addGoalProblem` on the Start filled in with today), in one for Add driver goals (lastread64: the order was written twice).
 */
export function sentWindowProblem(sentStart: IsoDate | null, deadline: IsoDate | null, today: IsoDate, lang: Lang): string | null {
  return reversedWindow(sentStart, deadline, lang) ?? windowProblem(null, deadline, today, lang);
}

/**
 * Why a goal the wizard sends cannot be written as it is (null: it can), checked on the server
 * whatever the page sent: a parent not in the table (`parentFrom`: a goal of the same batch), a
 * deadline before its start or today, a KPI tab no longer there, the same goal (`sameGoalKey`) already in the table.
 */
export function addGoalProblem(goal: NewGoal & { parentFrom?: number }, rows: readonly GoalRow[], tabs: readonly string[] | null, today: IsoDate, lang: Lang): string | null {
  const parent = goal.parent?.trim();
  if (parent && goal.parentFrom === undefined && !rows.some((r) => r.hasId && fold(r.id) === fold(parent))) return t(lang, 'align.parent.missing', { parent });
  const { start, deadline } = goal;
  // A Deadline already passed names today, first: a Start the wizard did not send is filled in with today by the server, and
  // "before the start (January 15, 2027)" named no Start the user gave (mend63f; the Start as sent is checked before that,
  // sidebar `newGoalOf`). A Start after the Deadline: REQUIREDPACE's sentence, the one Check goals flags the row with (surf63).
  const window = windowProblem(start, deadline, today, lang);
  if (window) return window;
  if (goal.sheetName && tabs && !tabs.includes(goal.sheetName)) return t(lang, 'sidebar.server.noSeries');
  const key = sameGoalKey(goal);
  const same = rows.find((r) => sameGoalKey(r) === key);
  return same ? t(lang, 'wb.error.sameGoal', { row: same.row }) : null;
}
