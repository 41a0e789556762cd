/**
 * Moves the relative references of an A1 formula, as Sheets does when one
 * formula is set on a multi-cell range (Range.setFormula) or filled down:
 * "=A2*2" set on B2:B4 gives "=A2*2", "=A3*2", "=A4*2"; "$A$2" stays put.
 */
import { columnToLetters, lettersToColumn } from './a1';

// A cell reference not preceded by a name character and not followed by "(" (a function such as LOG10).
const CELL = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(])/g;
const COLUMNS = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![A-Za-z0-9_(])/g;
const ROWS = /(^|[^A-Za-z0-9_.$:])(\$?)([0-9]+):(\$?)([0-9]+)(?![A-Za-z0-9_(])/g;

function shiftSegment(text: string, dRows: number, dColumns: number): string {
  const column = (absolute: string, letters: string): string => {
    if (absolute || dColumns === 0) return `${absolute}${letters}`;
    const n = lettersToColumn(letters) + dColumns;
    return n >= 1 ? columnToLetters(n) : '#REF!';
  };
  const row = (absolute: string, digits: string): string => {
    if (absolute || dRows === 0) return `${absolute}${digits}`;
    const n = Number(digits) + dRows;
    return n >= 1 ? String(n) : '#REF!';
  };
  return text
    .replace(COLUMNS, (_m, lead: string, a1: string, c1: string, a2: string, c2: string) => `${lead}${column(a1, c1)}:${column(a2, c2)}`)
    .replace(ROWS, (_m, lead: string, a1: string, r1: string, a2: string, r2: string) => `${lead}${row(a1, r1)}:${row(a2, r2)}`)
    .replace(CELL, (_m, lead: string, ac: string, letters: string, ar: string, digits: string) => {
      const c = column(ac, letters);
      const r = row(ar, digits);
      return `${lead}${c === '#REF!' || r === '#REF!' ? '#REF!' : `${c}${r}`}`;
    });
}

/** The formula with relative references moved by (dRows, dColumns); strings and quoted sheet names untouched. */
export function shiftFormula(formula: string, dRows: number, dColumns: number): string {
  if (dRows === 0 && dColumns === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const quote = formula[i];
    if (quote === '"' || quote === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === quote && formula[j + 1] === quote) j += 2;
        else if (formula[j] === quote) break;
        else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    out += shiftSegment(formula.slice(i, j), dRows, dColumns);
    i = j;
  }
  return out;
}
