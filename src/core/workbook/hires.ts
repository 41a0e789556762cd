/**
 * The Goals tab's optional "Planned hires" / « Embauches prévues » column:
 * hires the history cannot know about, for one goal (added to the ones in
 * Settings for that goal's capacity). A cell holds
 *
 * - a number: that many reps from the goal's start (2 → two hires at the start);
 * - text, one or more "count [reps] [in|on|from…] date" parts separated by
 *   ";", "and"/"et" or a comma: "2 in 2027-02", "+1 février 2027",
 *   "1 rep on 15/03/2027; 2 in Q3 2027", "-1 en juin 2027" (a departure).
 *
 * Dates are read like any other date cell (ISO, the locale's day/month order,
 * month names in French or English, "2027-02", "Q3 2027": a period means its
 * first day). Anything else is unreadable: the row gets a note, the run goes on.
 */
import type { DateOrder } from '../dates';
import type { IsoDate } from '../types';
import { cellDate, cellText, isBlankCell } from './cells';
import type { CellValue } from './types';
import type { NumberLang } from '../numbers';

/** One planned change of headcount; a null date means the goal's start. */
export interface GoalHire {
  count: number;
  date: IsoDate | null;
}

/** Reps a single entry may add or remove (core/settings' own limit). */
export const MAX_HIRE_COUNT = 1000;
/** Parts a cell may list (bounded by data, not by a loop on the text). */
const MAX_PARTS = 24;

/** Words that may follow the count ("2 reps", "3 embauches") and lead into the date ("in", "à partir de"). */
const NOUN = /^(?:new\s+|nouve(?:aux|lles?)\s+)?(?:hires?|reps?|sales\s+reps?|people|persons?|heads?|ftes?|sdrs?|aes?|embauches?|recrues?|recrutements?|commerciaux|commercial|personnes?)(?=\s|$)\s*/i;
const LEAD = /^(?:starting\s+(?:in|on|from)|starting|as\s+of|in|on|from|by|at|[àa]\s+partir\s+d[ue]|d[èe]s\s+le|d[èe]s|d[’']ici\s+(?:le|à|a)?|d[ée]but|courant|fin|en|le|au|[àa])(?=\s|$)\s*/i;

/** Splits a cell into parts: ";", a new line, "and"/"et", or a comma before another count ("2 in Feb, 1 in March"). */
function parts(text: string): string[] {
  return text
    .split(/\s*(?:;|\n|\sand\s|\set\s)\s*|,\s*(?=[+\-−]?\s*\d{1,4}\s+\D)/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function parsePart(part: string, lang: NumberLang, order?: DateOrder, fiscalStartMonth?: number): GoalHire | null {
  const match = /^([+\-−]?)\s*(\d{1,4})(?=\s|$)\s*(.*)$/.exec(part);
  if (!match) return null;
  const count = Number(match[2]) * (match[1] === '' || match[1] === '+' ? 1 : -1);
  if (count === 0 || Math.abs(count) > MAX_HIRE_COUNT) return null;
  const rest = match[3].trim().replace(NOUN, '').replace(LEAD, '').trim();
  if (rest === '') return { count, date: null };
  const date = cellDate(rest, lang, { order, fiscalStartMonth });
  return date === null ? null : { count, date };
}

/**
 * The hires a cell plans, [] for a blank cell, or null when the cell cannot
 * be read (the caller reports it with the row). `fiscalStartMonth`: the Settings' fiscal year, so "2 in Q1 2027" and
 * "1 in FY28" start when the Goals row's Start and Deadline say those periods do (fixes63: calendar quarters, no FY).
 */
export function parseGoalHires(value: CellValue | undefined, lang: NumberLang, order?: DateOrder, fiscalStartMonth?: number): GoalHire[] | null {
  if (isBlankCell(value)) return [];
  if (typeof value === 'number') return Number.isInteger(value) && value !== 0 && Math.abs(value) <= MAX_HIRE_COUNT ? [{ count: value, date: null }] : null;
  if (typeof value !== 'string') return null;
  const text = cellText(value);
  const pieces = parts(text);
  if (pieces.length === 0 || pieces.length > MAX_PARTS) return null;
  const hires: GoalHire[] = [];
  for (const piece of pieces) {
    const hire = parsePart(piece, lang, order, fiscalStartMonth);
    if (!hire) return null;
    hires.push(hire);
  }
  return hires;
}
