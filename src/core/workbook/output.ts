/**
 * The add-on's own result columns at the right of the goals table: which
 * they are, their localized headers, their number formats, and the value of
 * each cell for a checked goal. Everything else in the goals tab belongs to
 * the user and is never written.
 */
import { numberFormatFor } from './values';
import { rateNumberFormat } from '../format';
import { catalogs, t, type MessageKey } from '../messages';
import { isBlankCell } from './cells';
import type { CriterionId, Lang, Unit } from '../types';
import { fold } from './text';
import type { CellValue, GoalCheck } from './types';
import { verdictWord } from '../achievability/verdict';
import { chanceForCell, goalValueForCell } from '../achievability/cell-number';

export const OUTPUT_COLUMNS = ['score', 'specific', 'measurable', 'achievable', 'relevant', 'timeBound', 'verdict', 'probability', 'suggestedTarget', 'bottomUp', 'gapDriver', 'flag', 'notes'] as const;
export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

const HEADER_KEYS: Readonly<Record<OutputColumn, MessageKey>> = {
  score: 'col.score',
  specific: 'col.specific',
  measurable: 'col.measurable',
  achievable: 'col.achievable',
  relevant: 'col.relevant',
  timeBound: 'col.timeBound',
  verdict: 'col.verdict',
  probability: 'col.probability',
  suggestedTarget: 'col.suggestedTarget',
  bottomUp: 'col.bottomUp',
  gapDriver: 'col.gapDriver',
  flag: 'col.flag',
  notes: 'col.notes',
};

/** Developer-metadata key marking a column as ours; its value is the OutputColumn. */
export const OWNED_COLUMN_METADATA_KEY = 'smartGoals.column';
/** Developer-metadata key marking a sheet the add-on created; its value says which kind. */
export const OWNED_SHEET_METADATA_KEY = 'smartGoals.sheet';
/** Marker inside our conditional-format formulas: N("…") is 0, so the rule is unchanged, but we can tell it is ours. */
export const RULE_MARKER = 'smart-goals';

export function outputHeader(column: OutputColumn, lang: Lang): string {
  return t(lang, HEADER_KEYS[column]);
}

/**
 * Columns of a header row that carry our headers, when enough of them are
 * there to be sure (a user's lone "Notes" column is not ours).
 */
export function ownedColumnsByHeader(header: readonly CellValue[]): Map<OutputColumn, number> {
  const found = new Map<OutputColumn, number>();
  for (const lang of ['en', 'fr'] as const) {
    const wanted = new Map(OUTPUT_COLUMNS.map((c) => [fold(outputHeader(c, lang)), c] as const));
    const hits = new Map<OutputColumn, number>();
    header.forEach((cell, index) => {
      const column = typeof cell === 'string' ? wanted.get(fold(cell)) : undefined;
      if (column && !hits.has(column)) hits.set(column, index);
    });
    if (hits.size >= Math.ceil(OUTPUT_COLUMNS.length / 2) && hits.size > found.size) return hits;
  }
  return found;
}

/** A chance as a percentage, with the ends said as "<1%" / ">99%" (chanceText's thresholds). */
export const PROBABILITY_FORMAT = '[<0.005]"<1%";[>=0.995]">99%";0%';

/**
 * Number format of each column (Sheets patterns are locale-independent). The suggested target takes
 * `amountFormat` when the caller knows the KPI column's own format or the spreadsheet's currency.
 */
export function outputNumberFormat(column: OutputColumn, unit: Unit | null, value: number | null = null, amountFormat: string | null = null, currency: string | null = null): string {
  switch (column) {
    case 'score':
      return '0';
    case 'probability':
    case 'bottomUp':
      // The number stays a number, but reads like the sidebar's chance ("<1%", never a bare "0%" beside a
      // stretch). Sheets custom number formats take up to two [conditions] before the default section
      // (Google Docs Editors Help, "Custom number formats": [<1000]0;[<1000000]0.0,"K";0.0,,"M").
      return PROBABILITY_FORMAT;
    case 'suggestedTarget':
      // A suggested rate with the digits the notes write ("Aim for 3.4% instead"): `rateNumberFormat`.
      if (unit === 'percent') return rateNumberFormat(value);
      // A suggested amount with cents (under 10: `moneyDecimals`) in a whole-unit KPI column's format ("$"#,##0) takes that
      // format with two decimals: the cell showed "$6" beside "Aim for $6.21" (mend47d). The KPI column itself is untouched.
      if (amountFormat && unit === 'currency' && value !== null && !Number.isInteger(goalValueForCell(value, unit, currency))) return withCents(amountFormat);
      // A whole suggestion ($14,800, rounded to be read) shows no ".00" from a column with cents: the notes' digits (surf51).
      if (amountFormat && (unit === 'currency' || unit === 'count')) return wholeFormat(amountFormat);
      // A score with the digits the notes write ("Aim for 4.48"; a "0.0" column showed 4.5: surf52).
      return (unit !== 'score' && amountFormat) || numberFormatFor(value, unit);
    default:
      return '@';
  }
}

/**
 * A KPI column's format without its decimals ('#,##0.00' → '#,##0', '"$"#,##0.00' → '"$"#,##0'), quoted text kept: a
 * count or an amount in the report is in whole units, whatever the column shows (a forecast bound or a quarter's share
 * of a target is an estimate: "12.00 deals" and "€33,635.92" claim a precision it does not have).
 */
export function wholeFormat(format: string): string {
  return format
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\.[0#?]+/g, '')))
    .join('');
}

/**
 * A format with two decimals where it shows none ('"$"#,##0' → '"$"#,##0.00', '#,##0 €' → '#,##0.00 €'), quoted text
 * and [brackets] ([$¥-411], [Red]) kept; one with a "." and digits after it (decimals, or a quoted ".0" we leave be) as it is. The inverse of the report's `wholeFormat`.
 */
export function withCents(format: string, decimals = 2): string {
  // `decimals` 0: as it is; 1 or 3: a stated « 7,5 FCFA » or "$0.005" in the report (surf50).
  return /\.[0#?]/.test(format) || !decimals ? format : format.replace(/("[^"]*"|\[[^\]]*\])|[#0,]*0(?![0#?])/g, (digits, kept?: string) => kept ?? `${digits}.${'0'.repeat(decimals)}`);
}

function statusText(check: GoalCheck, id: CriterionId, lang: Lang): string {
  return t(lang, `status.${check.criteria[id].status}`);
}

/**
 * Notes are capped: a cell holds 50,000 characters, but a readable note is short. 1,500: a goal with a
 * bottom-up plan carries its verdict, both readings, which to trust, the gap, capacity with its band, and
 * coverage with its win rate's source and the sales cycle (issue 13) — about 1,100 characters on the example.
 */
const MAX_NOTES = 1500;

/** A passed deadline's verdict: "deadline passed — met", "— missed", or "deadline passed" when the outcome is not known. */
export const passedVerdict = (outcome: NonNullable<GoalCheck['passed']>, lang: Lang): string =>
  t(lang, 'check.passed') + (outcome === 'unknown' ? '' : ` — ${t(lang, `check.outcome.${outcome}`)}`);

/** The value of each of our cells for one checked goal. */
export function outputValues(check: GoalCheck, lang: Lang): Record<OutputColumn, CellValue> {
  const notes = check.notes.join('\n');
  return {
    score: check.score,
    specific: statusText(check, 'specific', lang),
    measurable: statusText(check, 'measurable', lang),
    achievable: statusText(check, 'achievable', lang),
    relevant: statusText(check, 'relevant', lang),
    timeBound: statusText(check, 'timeBound', lang),
    verdict: check.verdict ? verdictWord(check.verdict, lang) : check.passed ? passedVerdict(check.passed, lang) : '',
    // At the precision the formulas write a chance (cell-number.ts: a tenth of a percent), not 0.9999192079…
    probability: check.probability === null ? '' : chanceForCell(check.probability),
    // The report's rule for a goal's value (`goalValueForCell`): a per-week amount judged on months was divided back into
    // weeks and written $26,447.6386… beside a note saying "$26,448" (fixes61).
    suggestedTarget: check.suggestedTarget === null ? '' : goalValueForCell(check.suggestedTarget, check.unit, check.currency),
    bottomUp: check.bottomUp ? chanceForCell(check.bottomUp.probability) : '',
    gapDriver: check.bottomUp?.biggestGap ?? '',
    // A stretch is not a problem to fix, but it is not "OK" at the current pace either.
    flag: check.flagged ? t(lang, 'check.flag.review') : t(lang, check.verdict === 'stretch' ? 'check.flag.stretch' : 'check.flag.ok'),
    notes: notes.length > MAX_NOTES ? `${notes.slice(0, MAX_NOTES - 1)}…` : notes,
  };
}

/**
 * The longest literal piece of every catalog message (both languages), lower-cased: every line of a note of ours
 * carries one of 12 characters or more, or is one whole (a status "OK", a verdict "stretch") ("Both readings agree.", "sum to {total}; the annual goal is" → "; the
 * annual goal is"), lower-cased as a French sentence after a colon may be. Built once, when first asked.
 */
let catalogPieces: string[] | null = null;

/**
 * Pieces of lines earlier versions wrote in the notes that the catalog no longer holds, lower-cased: still ours, so a
 * sheet checked before fixes50's verdict lines is updated on the next run rather than kept as a user's text.
 */
const FORMER_PIECES: readonly string[] = [
  'over-ambitious given the kpi history (',
  'trop ambitieux au vu de l’historique du kpi (',
  '; the most ambitious achievable target is ',
  '\u202f; la cible la plus ambitieuse encore atteignable est ',
  'both readings: likely (',
  'both readings: unlikely (',
  'les deux lectures\u202f: probable (',
  'les deux lectures\u202f: peu probable (',
];

/**
 * True when a cell of our columns holds what Check goals writes there (in either language) or nothing; false for a
 * user's text typed over it: anything but a number in a number column, a driver the row's notes do not name, a text
 * that is no catalog message (a status, a verdict, a flag) and has a line carrying no catalog sentence (a note; a
 * user's line added under ours included). Check goals leaves such a cell as the user wrote it.
 */
export function isOwnOutput(column: OutputColumn, value: CellValue | undefined, notes: CellValue | undefined): boolean {
  if (isBlankCell(value)) return true;
  // The number columns (score, chances, suggested target) are the ones not formatted as text.
  if (outputNumberFormat(column, null) !== '@') return typeof value === 'number';
  if (typeof value !== 'string') return false;
  if (column === 'gapDriver') return typeof notes === 'string' && notes.includes(value);
  const all = catalogs();
  const pieces = (catalogPieces ??= [...Object.values(all.en), ...Object.values(all.fr)].map((m) => m.split(/\{[^{}]*\}/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '').toLowerCase()).concat(FORMER_PIECES));
  // A note cut at MAX_NOTES ends in "…" mid-line.
  return value.toLowerCase().split('\n').every((line, i, lines) => pieces.some((f) => (f.length > 11 ? line.includes(f) : line === f)) || (i === lines.length - 1 && value.length === MAX_NOTES && line.endsWith('…')));
}
