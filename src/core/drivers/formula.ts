/**
 * Driver trees as data: "Revenue = Leads × Conversion rate × Close rate ×
 * Average deal size", or a sum of such products ("Revenue = Recurring
 * revenue + Deals closed × Average deal size"). Names are resolved later
 * against the workbook's KPI series (core/drivers/resolve.ts); this module
 * only reads the shape. Only × and + are understood: a plan is a product of
 * rates and volumes, plus a base; anything else is refused with a message
 * naming the symbol rather than guessed.
 */
import type { MessageKey, MessageParams } from '../messages';

/** A driver formula: output = Σ terms, each term = Π factor names. */
export interface DriverFormula {
  output: string;
  terms: string[][];
}

/** A formula the reader refuses, with the catalog key of its localized message. */
export class DriverFormulaError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
    this.name = 'DriverFormulaError';
  }
}

/** Multiplication signs people type: ×, *, ·, ⋅, and a lone x or X between spaces. */
const TIMES = /\s*(?:[×*·⋅∙]|\s[xX]\s)\s*/;
/** A minus between spaces is an operator; inside a name (Rendez-vous, Sign-ups) it is a hyphen. */
const UNSUPPORTED = /\s[-−]\s|[−/÷^()[\]{}]/;

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

export function parseDriverFormula(text: string): DriverFormula {
  const source = typeof text === 'string' ? text.trim().replace(/^=/, '') : '';
  const equals = source.indexOf('=');
  if (equals <= 0) throw new DriverFormulaError('drivers.error.noEquals', { formula: source });
  const output = cleanName(source.slice(0, equals));
  const right = source.slice(equals + 1);
  const bad = UNSUPPORTED.exec(right);
  if (bad) throw new DriverFormulaError('drivers.error.operator', { symbol: bad[0].trim(), formula: source });
  const terms = right.split('+').map((term) => ` ${term} `.split(TIMES).map(cleanName));
  for (const term of terms) {
    if (term.some((name) => name === '')) throw new DriverFormulaError('drivers.error.emptyName', { formula: source });
  }
  if (output === '') throw new DriverFormulaError('drivers.error.emptyName', { formula: source });
  return { output, terms };
}

/** Every factor name of a formula, once, in order of appearance. */
export function formulaDrivers(formula: DriverFormula): string[] {
  return [...new Set(formula.terms.flat())];
}

/**
 * The standard trees, by catalog id, most specific first. A goal's KPI uses
 * the first whose drivers all have history; a driver without history is
 * itself expanded when it has a tree (revenue → deals → leads × rates).
 */
export const STANDARD_TREES: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = {
  revenue: [['deals_closed', 'average_deal_size']],
  deals_closed: [
    ['leads', 'conversion_rate', 'close_rate'],
    ['meetings', 'close_rate'],
  ],
};
