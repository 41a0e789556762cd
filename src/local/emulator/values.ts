/**
 * Cell contents and how Sheets turns what a script writes into them.
 *
 * Sheets parses strings written with setValue/setValues like typed input:
 * "=…" becomes a formula, "'…" is literal text (apostrophe dropped),
 * "12" / "1 234,5" (fr) / "25 %" / "TRUE" / "2026-06-30" become numbers,
 * percentages, booleans and dates. The emulator does the same so tests catch
 * user text that would be reinterpreted (formula injection, "007" → 7).
 */
import { instantToWall, wallToInstant } from './format-date';

/**
 * A cell's value in the model. A Date here is a WALL CLOCK, not an instant: its UTC fields are
 * the date and time the cell shows, i.e. the time in the spreadsheet's zone (Sheets stores a
 * date as a day count in the spreadsheet's calendar). Instants are converted at the Apps Script
 * boundary (`effectiveValue` with a zone, `parseInput` with a zone): scripts get and give
 * instants, as in Apps Script.
 */
export type CellValue = string | number | boolean | Date;

export interface CellStyle {
  fontWeight?: 'bold' | 'normal';
  fontColor?: string;
  fontStyle?: 'italic' | 'normal';
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
}

/** A data validation rule as data (see validation.ts). */
export interface CellValidation {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/**
 * What an .xlsx cell had that Apps Script cannot see but a round trip must not lose: raw exceljs
 * border and font (JSON), and rich-text runs or a hyperlink of its text (used only while the
 * value is still that text). Cleared with the cell's formats.
 */
export interface XlsxPassthrough {
  border?: unknown;
  font?: unknown;
  text?: string;
  richText?: unknown[];
  hyperlink?: string;
  tooltip?: string;
}

/** One non-empty cell. Absent fields mean the Sheets default. */
export interface Cell {
  value: CellValue;
  /**
   * An error code kept as text ("'#N/A" typed with its apostrophe, or into a plain-text cell): `getValue` gives the same
   * string as for the error value a bare "#N/A" makes, but formulas see text (ISERROR false), as in Sheets (`parseInput`).
   */
  literal?: true;
  formula?: string;
  numberFormat?: string;
  background?: string;
  note?: string;
  style?: CellStyle;
  validation?: CellValidation;
  xlsx?: XlsxPassthrough;
}

/** The error codes Sheets shows (and `getValue` gives) for an error value. */
export const SHEETS_ERROR_CODES: ReadonlySet<string> = new Set(['#N/A', '#DIV/0!', '#NAME?', '#NUM!', '#REF!', '#VALUE!', '#NULL!', '#ERROR!']);

/** What Range.getNumberFormat returns for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_COLOR = '#000000';

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A copy in this realm, so callers (maybe in a vm realm) never share our objects. */
export function copyValue(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return (
    !cell ||
    (cell.value === '' &&
      !cell.formula &&
      cell.numberFormat === undefined &&
      cell.background === undefined &&
      !cell.note &&
      !cell.validation &&
      !cell.xlsx?.border &&
      (!cell.style || Object.keys(cell.style).length === 0))
  );
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.value !== '' || !!cell.formula);
}

/** The result of interpreting a written value. */
export interface ParsedInput {
  value: CellValue;
  /** An error code read as text (`Cell.literal`). */
  literal?: true;
  formula?: string;
  /** Number format Sheets applies when the cell still has the default one (e.g. "0%" for "25 %"). */
  impliedFormat?: string;
}

/**
 * A spreadsheet locale's number symbols, the model's own table (kept apart from the add-on's `numberLang`,
 * core/numbers.ts: this models Sheets, not our code). Sheets reads a typed or script-written string "following the
 * same rules that are applied when entering text into a cell via the Google Sheets UI" (Sheets API
 * `ValueInputOption.USER_ENTERED`, developers.google.com/sheets/api/reference/rest/v4/ValueInputOption), and the
 * locale sets those rules (support.google.com/docs/answer/58515) without a published table: the symbols are each
 * locale's Unicode CLDR `numbers/symbols` (latn) `decimal` and `group` (unicode.org/cldr/charts/48/by_type/
 * numbers.symbols.html; checked against ICU 78 / CLDR 48 through Node's Intl), and `indian` the CLDR decimal pattern
 * `#,##,##0.###` of en_IN, hi, bn, gu, ml, mr, ta, te, pa, or, as, ne (two-digit groups above the thousands), read in
 * typed text only: cells show groups of three (`groupThousands`).
 * de_CH, de_LI, it_CH and en_CH group with the apostrophe "’" (U+2019, CLDR 31–47; CLDR 48 writes it U+0027: both
 * are read, "’" is shown).
 */
export interface NumberSymbols {
  decimal: '.' | ',';
  group: string;
  indian: boolean;
}

const NBSP = '\u00a0';
const SYMBOL_TERRITORIES: Array<[RegExp, '.' | ',', string]> = [
  [/^(?:de_(?:CH|LI)|it_CH|en_CH)$/, '.', '’'],
  [/^(?:es_(?:MX|US|419|CU|DO|GT|HN|NI|PA|PE|PR|SV))$/, '.', ','],
  [/^(?:de_AT|pt_(?:PT|AO|MZ)|en_(?:ZA|SE|FI)|es_CR|fr_CA)$/, ',', NBSP],
  [/^(?:fr_(?:LU|MA)|en_(?:BE|DE|NL|AT|SI|DK))$/, ',', '.'],
  [/^fr(?:_|$)/, ',', '\u202f'],
  [/^(?:de|es|it|pt|nl|id|tr|da|el|ro|hr|sl|sr|vi|ca|gl|eu|is|az|bs|mk|lo)(?:_|$)/, ',', '.'],
  [/^(?:ru|uk|pl|cs|sk|sv|nb|nn|no|fi|hu|bg|lt|lv|et|be|ka|kk|hy|sq|uz|af)(?:_|$)/, ',', NBSP],
];

export function numberSymbols(locale: string): NumberSymbols {
  const tag = locale.trim().replace('-', '_');
  const indian = /^(?:en_IN|(?:hi|bn|gu|ml|mr|ta|te|pa|or|as)(?:_IN)?|ne(?:_NP)?)$/.test(tag);
  const found = SYMBOL_TERRITORIES.find(([pattern]) => pattern.test(tag));
  return found ? { decimal: found[1], group: found[2], indian } : { decimal: '.', group: ',', indian };
}

function localeDecimalIsComma(locale: string): boolean {
  return numberSymbols(locale).decimal === ',';
}

/**
 * Parses a number as typed in a cell of this locale; null when it is not a plain number. Groups of three digits
 * separated by the locale's group symbol (any of the space family for a space-grouping locale — people type a plain
 * space —, either apostrophe for "’"; Indian locales also take two-digit groups above the thousands: "1,00,000");
 * a space-grouping decimal-comma locale also takes "." between groups (not documented: docs/ARCHITECTURE.md).
 */
export function parseTypedNumber(text: string, locale: string): number | null {
  let s = text.trim();
  if (s === '') return null;
  const { decimal, group, indian } = numberSymbols(locale);
  const groups = group === '’' ? "[’']" : group === '.' || group === ',' ? `\\${group}` : '[ \u00a0\u202f.]';
  const integer = `(?:\\d{1,3}(?:${groups}\\d{3})+${indian ? `|\\d{1,2}(?:,\\d{2})+,\\d{3}` : ''}|\\d+)`;
  const fraction = decimal === ',' ? ',' : '\\.';
  // A decimal point may start a number (".5"); a decimal comma may not.
  if (!new RegExp(`^[+-]?${integer}${decimal === '.' ? '?' : ''}(?:${fraction}\\d+)?(?:[eE][+-]?\\d+)?$`).test(s) || !/\d/.test(s)) return null;
  s = s.replace(new RegExp(decimal === ',' ? '[^\\d,eE+-]' : "[^\\d.eE+-]", 'g'), '').replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const MONTH_WORDS: Record<string, number> = {
  jan: 1,
  january: 1,
  janv: 1,
  janvier: 1,
  feb: 2,
  february: 2,
  fev: 2,
  fevr: 2,
  fevrier: 2,
  mar: 3,
  march: 3,
  mars: 3,
  apr: 4,
  april: 4,
  avr: 4,
  avril: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juin: 6,
  jul: 7,
  july: 7,
  juil: 7,
  juillet: 7,
  aug: 8,
  august: 8,
  aou: 8,
  aout: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  oct: 10,
  october: 10,
  octobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  decembre: 12,
};

function monthWord(word: string): number | undefined {
  return MONTH_WORDS[
    word
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\.$/, '')
      .toLowerCase()
  ];
}

/**
 * Locales that read a typed "4/5/2026" month first. Google's help says the spreadsheet locale sets how dates are
 * written ("Change a spreadsheet's locale…", support.google.com/docs/answer/58515) without a table of orders; this
 * takes each locale's CLDR short date pattern: M/d/y for the United States (en_US and its territories, es_US), the
 * Philippines (en_PH, fil), en_FM/en_MH, and en_CA (CLDR 48 puts its month before its day in every pattern — short
 * y-MM-dd, medium "MMM d, y" — so nothing supports day first there); day first everywhere else (en_GB, en_AU, en_IN,
 * en_IE…). Kept apart
 * from the add-on's own list (core/dates.ts `localeDateOrder`) on purpose: this is the model of Sheets.
 */
function monthFirstLocale(locale: string): boolean {
  return /^(?:en[_-](?:US|AS|GU|MP|PR|UM|VI|PH|FM|MH|CA)|es[_-]US|fil(?:[_-]PH)?|en)$/i.test(locale.trim());
}

/**
 * Year-first locales: CLDR short date patterns y/MM/dd (ja, en_ZA), y/M/d (zh, zh_TW; not zh_HK/MO/SG: d/M/y), yy. M. d.
 * (ko), y. MM. dd. (hu), y-MM-dd (fr_CA, lt); their month-day patterns (Md: M/d, M. d., MM/dd, MM-dd) put the month
 * before the day, so a typed "1/2" or "3/4/2026" is 2 January / 4 March there (review 11, B3; fr_CA, lt and en_ZA read
 * it day first until fixes65, against their CLDR patterns and the add-on's `localeDateOrder`). Not sv (y-MM-dd, but Md
 * d/M). The model's own list, like `monthFirstLocale`.
 */
function yearFirstLocale(locale: string): boolean {
  return /^(?:ja|ko|hu|lt|fr[_-]CA|en[_-]ZA|zh(?![_-](?:Hant[_-])?(?:HK|MO|SG)\b))(?![a-z])/i.test(locale.trim());
}

function wallDate(y: number, m: number, d: number): Date | null {
  if (!(y >= 1 && y <= 9999)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

function fullYear(text: string): number {
  const y = Number(text);
  // Two-digit years: 00–29 → 2000s, 30–99 → 1900s (Sheets' pivot).
  return text.length <= 2 ? (y < 30 ? 2000 + y : 1900 + y) : y;
}

/**
 * A date typed in a cell of this locale (wall clock, see CellValue): ISO "2026-06-30", "2026/6/30";
 * numeric with the locale's order ("6/30/2026" en_US, "30/06/2026" elsewhere; "/", "-" or "."; 2- or
 * 4-digit year) and without a year ("1/2", "3-4": the current year); month names in English or
 * French ("30 June 2027", "June 30, 2027", "juin 2027" → the 1st).
 */
function parseTypedDate(text: string, locale: string, currentYear: number): Date | null {
  const s = text.trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (match) return wallDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // ko/hu's own short form, "2026. 6. 30." (y. M. d.).
  match = yearFirstLocale(locale) ? /^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?$/.exec(s) : null;
  if (match) return wallDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(s);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[3]);
    const y = match[4] === undefined ? currentYear : fullYear(match[4]);
    // A decimal number wins over a day.month date ("1.5" is 1.5): only with a year for ".".
    if (match[2] === '.' && match[4] === undefined) return null;
    return monthFirstLocale(locale) || yearFirstLocale(locale) ? wallDate(y, a, b) : wallDate(y, b, a);
  }
  // "30 June 2027", "30 juin", "June 30, 2027", "June 30", "June 2027".
  match = /^(\d{1,2})(?:er)?[\s-]+([\p{L}.]+)[\s-]*,?\s*(\d{4})?$/u.exec(s);
  if (match) {
    const m = monthWord(match[2]);
    return m ? wallDate(match[3] ? Number(match[3]) : currentYear, m, Number(match[1])) : null;
  }
  match = /^([\p{L}.]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})?$/u.exec(s);
  if (match) {
    const m = monthWord(match[1]);
    return m ? wallDate(match[3] ? Number(match[3]) : currentYear, m, Number(match[2])) : null;
  }
  match = /^([\p{L}.]+)\s+(\d{4})$/u.exec(s);
  if (match) {
    const m = monthWord(match[1]);
    return m ? wallDate(Number(match[2]), m, 1) : null;
  }
  return null;
}

/** A time of day typed in a cell ("12:30", "9:05:10", "9:05 PM"): the fraction of a day, and its display format. */
function parseTypedTime(text: string): { fraction: number; format: string } | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m?\.?)?$/i.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  const meridiem = match[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem.startsWith('p') ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const format = `${meridiem ? 'h' : 'H'}:mm${match[3] === undefined ? '' : ':ss'}${meridiem ? ' am/pm' : ''}`;
  return { fraction: (hours * 3600 + minutes * 60 + seconds) / 86400, format };
}

/** "$1,234.50", "-$5", "1 234,50 €", "£3", "(1,234)" → the number and a currency format; null otherwise. */
function parseTypedCurrency(text: string, locale: string): { value: number; format: string } | null {
  const s = text.trim();
  const match =
    /^([+-]?)\s*([$€£¥])\s*([+-]?)([\d.,\s\u00a0\u202f]+)$/.exec(s) ?? /^([+-]?)()()([\d.,\s\u00a0\u202f]+?)\s*([$€£¥])$/.exec(s);
  if (!match) return null;
  const symbol = match[2] || match[5];
  const n = parseTypedNumber(match[4], locale);
  if (n === null) return null;
  const negative = match[1] === '-' || match[3] === '-';
  const decimals =
    /[.,]\d{1,2}$/.test(match[4].trim()) && !(localeDecimalIsComma(locale) ? /\.\d{3}$/ : /,\d{3}$/).test(match[4].trim()) ? '.00' : '';
  const format = match[2] ? `"${symbol}"#,##0${decimals}` : `#,##0${decimals} "${symbol}"`;
  return { value: negative ? -n : n, format };
}

/**
 * Default date format Sheets applies to a date typed or written in this locale. Google publishes no table (review 18):
 * the locale's CLDR short date pattern with a four-digit year — y/MM/dd ja and en_ZA (fixes65: was dd/MM/yyyy), y/M/d zh,
 * yy. M. d. ko, y. MM. dd. hu —, ISO
 * y-MM-dd where CLDR 48 writes it (en_CA, fr_CA, sv — not sv_FI —, lt: emul29, it was dd/MM/yyyy in fr_CA; Node's Intl,
 * CLDR 48, `dateStyle: 'short'`), M/d/yyyy in the month-first locales and dd/MM/yyyy elsewhere (the model's choice).
 */
export function localeDateFormat(locale: string, withTime: boolean): string {
  const yearFirst = /^(?:ja|en[_-]ZA)/i.test(locale) ? 'yyyy/MM/dd' : /^zh/i.test(locale) ? 'yyyy/M/d' : /^ko/i.test(locale) ? 'yyyy. M. d.' : 'yyyy. MM. dd.';
  const iso = /^(?:en[_-]CA|fr[_-]CA|sv(?![_-]FI)|lt)(?![a-z])/i.test(locale.trim());
  const date = iso ? 'yyyy-MM-dd' : monthFirstLocale(locale) ? 'M/d/yyyy' : yearFirstLocale(locale) ? yearFirst : 'dd/MM/yyyy';
  return withTime ? `${date} H:mm:ss` : date;
}

/** What makes written text a formula in Sheets: "=" documented, "+" and "-" reported (EmulatorRuntime.formulaPrefixes). */
export const SHEETS_FORMULA_PREFIXES: readonly string[] = ['=', '+', '-'];

/** Sheets' limit on the text of one cell. */
export const CELL_TEXT_LIMIT = 50000;
export const CELL_TEXT_LIMIT_ERROR = `Your input contains more than the maximum of ${CELL_TEXT_LIMIT} characters in a single cell.`;

/**
 * Interprets a value written by a script (setValue/setValues/appendRow) like Sheets does.
 * `formulaPrefixes`: leading characters that make a formula (Sheets' "=", "+" and "-": see EmulatorRuntime).
 * `plainText`: the cell has the plain-text number format "@".
 */
export function parseInput(
  input: unknown,
  locale: string,
  formulaPrefixes: readonly string[] = SHEETS_FORMULA_PREFIXES,
  plainText = false,
  timeZone = 'UTC',
  /** "Now", for dates typed without a year (the current year in the spreadsheet's zone). */
  nowMs = Date.now(),
): ParsedInput {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number') return Number.isFinite(input) ? { value: input } : { value: '#NUM!' };
  if (typeof input === 'boolean') return { value: input };
  if (isDate(input)) {
    const time = input.getTime();
    if (Number.isNaN(time)) return { value: '' };
    // Sheets keeps the wall clock the instant shows in the spreadsheet's zone.
    const date = instantToWall(new Date(time), timeZone);
    const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
    return { value: date, impliedFormat: localeDateFormat(locale, !midnight) };
  }
  const text = typeof input === 'string' ? input : String(input);
  if (text.length > CELL_TEXT_LIMIT) throw new Error(CELL_TEXT_LIMIT_ERROR);
  // A cell formatted as plain text ("@") keeps what is typed as it is — a leading "=" and a leading apostrophe included.
  // Google documents only the format (Sheets API NumberFormat TEXT, "Text formatting, e.g 1000.12",
  // developers.google.com/sheets/api/guides/formats); users report the rest (emul29, docs/ARCHITECTURE.md *Not modelled*:
  // Plain text shows a typed formula as text, how-to-sheets.com "Google Sheets text instead of formula"; the apostrophe
  // "is not needed" there and stays in the value, getodk/collect#3703, vlucas/sheetquery#20).
  // An error code ("#N/A", "#REF!"…) typed bare is that error value, shown and returned by `getValue` as its code (Apps Script
  // gives a String; docs/ARCHITECTURE.md *Error values*); typed after an apostrophe or into a plain-text cell it is text.
  // No Google page states what a typed code becomes (ERROR.TYPE, support.google.com/docs/answer/3238305, lists the codes
  // only): the bare one as an error is users' reading, kept in ARCHITECTURE's list of what the emulator assumes.
  const literal = (value: string): ParsedInput => (SHEETS_ERROR_CODES.has(value.trim().toUpperCase()) ? { value, literal: true } : { value });
  if (plainText) return literal(text);
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
  if (text.startsWith("'")) return literal(text.slice(1));
  const trimmed = text.trim();
  if (trimmed === '') return { value: text };
  const upper = trimmed.toUpperCase();
  // A code typed in any case ("#n/a", " #div/0! ") is that error value, read back as Sheets writes its code (upper case):
  // the case Sheets' function names take too; not documented (docs/ARCHITECTURE.md *Error values*, surf58).
  if (SHEETS_ERROR_CODES.has(upper)) return { value: upper };
  // TRUE/FALSE everywhere; VRAI/FAUX in French locales only (the words Sheets shows there); other languages' words
  // (WAHR, VERDADERO…) stay text: not documented either way (docs/ARCHITECTURE.md, not modelled).
  const french = /^fr(?:[_-]|$)/i.test(locale.trim());
  if (upper === 'TRUE' || (french && upper === 'VRAI')) return { value: true };
  if (upper === 'FALSE' || (french && upper === 'FAUX')) return { value: false };
  const number = parseTypedNumber(trimmed, locale);
  if (number !== null) return { value: number };
  const accounting = /^\(([^()]+)\)$/.exec(trimmed);
  if (accounting) {
    // "(1,234)": accountants' negative.
    const n = parseTypedNumber(accounting[1], locale);
    if (n !== null) return { value: -n };
  }
  const percent = /^(.*?)[ \u00a0\u202f]?%$/.exec(trimmed);
  if (percent) {
    const n = parseTypedNumber(percent[1], locale);
    if (n !== null) {
      const decimals = (percent[1].split(/[.,]/)[1] ?? '').length;
      return { value: n / 100, impliedFormat: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' };
    }
  }
  const currency = parseTypedCurrency(trimmed, locale);
  if (currency) return { value: currency.value, impliedFormat: currency.format };
  const time = parseTypedTime(trimmed);
  if (time) return { value: time.fraction, impliedFormat: time.format };
  const currentYear = instantToWall(new Date(nowMs), timeZone).getUTCFullYear();
  const date = parseTypedDate(trimmed, locale, currentYear);
  if (date) return { value: date, impliedFormat: localeDateFormat(locale, false) };
  // A date and a time: "2026-06-30 12:30", "6/30/2026 9:05 PM".
  const dateTime = /^(.+?)[\sT]+(\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m?\.?)?)$/i.exec(trimmed);
  if (dateTime) {
    const day = parseTypedDate(dateTime[1], locale, currentYear);
    const clock = parseTypedTime(dateTime[2]);
    if (day && clock)
      return { value: new Date(day.getTime() + Math.round(clock.fraction * 86400) * 1000), impliedFormat: localeDateFormat(locale, true) };
  }
  // Text no other reading took that starts with a formula prefix ("+A1", "-B2", « +10 % de CA », "- relancer"): a
  // formula, "=" put before it, as Sheets shows "=+A1" — and one it cannot parse is #ERROR! there. Signed numbers,
  // percentages and amounts were read above. A lone "+" or "-" too: users report both become #ERROR! (gspread-dataframe#16).
  if (formulaPrefixes.some((prefix) => prefix !== '=' && text.startsWith(prefix))) return { value: '', formula: `=${text}` };
  return { value: text };
}

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  purple: '#800080',
  pink: '#ffc0cb',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
  olive: '#808000',
};

/** Normalizes a CSS color the way Sheets reports it ("#RGB"/"red" → "#rrggbb"); null when unrecognized. */
export function normalizeColor(color: string): string | null {
  const c = color.trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c];
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`;
  return null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats a date cell with a Sheets date pattern (d, dd, M, MM, MMM, yyyy, yy, H, HH, h, mm, ss, am/pm). */
export function formatDatePattern(date: Date, pattern: string): string {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  let out = '';
  let i = 0;
  const p = pattern;
  let lastWasHour = false;
  while (i < p.length) {
    const ch = p[i];
    let j = i;
    while (j < p.length && p[j].toLowerCase() === ch.toLowerCase()) j++;
    const run = p.slice(i, j);
    const lower = run.toLowerCase();
    if (ch === '"') {
      const end = p.indexOf('"', i + 1);
      out += p.slice(i + 1, end < 0 ? p.length : end);
      i = end < 0 ? p.length : end + 1;
      continue;
    }
    if (lower.startsWith('y')) out += run.length <= 2 ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear());
    else if (lower.startsWith('d')) out += run.length === 1 ? String(date.getUTCDate()) : pad(date.getUTCDate(), 2);
    else if (lower.startsWith('h')) {
      const hours = ch === 'h' && /am\/pm|a\/p/i.test(p) ? ((date.getUTCHours() + 11) % 12) + 1 : date.getUTCHours();
      out += run.length === 1 ? String(hours) : pad(hours, 2);
      lastWasHour = true;
      i = j;
      continue;
    } else if (lower.startsWith('m')) {
      // "m" after an hour (or before seconds) means minutes, otherwise months (Sheets' own rule).
      const minutes = lastWasHour || /^m+:?s/i.test(p.slice(i).replace(/[^ms:]/gi, ''));
      if (minutes && run.length <= 2) out += run.length === 1 ? String(date.getUTCMinutes()) : pad(date.getUTCMinutes(), 2);
      else if (run.length >= 4) out += MONTHS[date.getUTCMonth()];
      else if (run.length === 3) out += MONTHS[date.getUTCMonth()].slice(0, 3);
      else out += run.length === 1 ? String(date.getUTCMonth() + 1) : pad(date.getUTCMonth() + 1, 2);
    } else if (lower.startsWith('s')) out += pad(date.getUTCSeconds(), 2);
    else if (p.slice(i, i + 5).toLowerCase() === 'am/pm') {
      out += date.getUTCHours() < 12 ? 'AM' : 'PM';
      i += 5;
      continue;
    } else {
      out += run;
      // "H:mm": the separator after an hour keeps the next "m" a minute.
      if (!/^[:.\s]+$/.test(run)) lastWasHour = false;
      i = j;
      continue;
    }
    lastWasHour = false;
    i = j;
  }
  return out;
}

/**
 * Groups of three digits, in every locale and whatever the commas' places in the pattern: Google's formats guide says a
 * "," between digit characters shows the number "with grouping separators (grouping by thousands)"
 * (developers.google.com/sheets/api/guides/formats), and users in India report that even "##,##,##,000" shows
 * 12,000,000 in Sheets, hence their conditional-section workarounds (stackoverflow.com/questions/32359814, "Displaying
 * lakhs and crores in Google Sheets"). So an en_IN cell's "#,##0" and "#,##,##0" show 6,640,000, not CLDR's 66,40,000
 * (emul29; the lakh display had no source). Typed lakh groups are still read (`parseTypedNumber`: not documented).
 */
function groupThousands(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * The literal text around a number format's digits, as Sheets shows it: "\"$\"" and "\\$" are a
 * literal $, "[$€-40C]" is the currency € (the locale code after the dash is not shown), and so is "[$FCFA-fr-CM]"'s
 * FCFA (a locale tag after the dash, as Sheets' Custom currency menu writes them: Google's format guide does not document
 * the tag, docs/ARCHITECTURE.md, emulator limits). https://developers.google.com/sheets/api/guides/formats#number_format_tokens
 */
function formatLiterals(text: string): string {
  return text.replace(/\[\$([^\]-]*)(?:-[^\]]*)?\]|"([^"]*)"|\\(.)/gi, (_, currency?: string, quoted?: string, escaped?: string) => currency ?? quoted ?? escaped ?? '');
}

/** A format's sections, split at the semicolons that are neither quoted nor escaped. */
function formatSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && !quoted && i + 1 < pattern.length) {
      current += ch + pattern[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

const COLOR_META = /^(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d{1,2})$/i;
const CONDITION_META = /^(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)$/;

/** A section's leading meta instructions: its condition (if any) and the body without colours or conditions. */
function sectionMeta(section: string): { condition: ((value: number) => boolean) | null; body: string } {
  let body = section;
  let condition: ((value: number) => boolean) | null = null;
  for (let m = /^\[([^\]$][^\]]*)\]/.exec(body); m; m = /^\[([^\]$][^\]]*)\]/.exec(body)) {
    const inner = m[1].trim();
    const test = CONDITION_META.exec(inner);
    if (test) {
      const bound = Number(test[2]);
      const op = test[1];
      condition = (v) => (op === '<' ? v < bound : op === '>' ? v > bound : op === '<=' ? v <= bound : op === '>=' ? v >= bound : op === '=' ? v === bound : v !== bound);
    } else if (!COLOR_META.test(inner)) break; // "[h]" and the like belong to the format itself
    body = body.slice(m[0].length);
  }
  return { condition, body };
}

/**
 * The section of a format that renders a number, and the number it renders (a negative section shows the
 * magnitude: its own literals carry the sign), per Google's "Date and number formats" guide
 * (developers.google.com/workspace/sheets/api/guides/formats, "Meta instructions"): sections are
 * positive;negative;zero;text; a `[condition]` replaces that comparison in the first two sections, the
 * first match wins, a third section takes everything else, and a number matching none renders as "#"s
 * filling the cell (here four). Colours (`[Red]`, `[Color12]`) change nothing in the text.
 */
function chooseSection(value: number, pattern: string): { section: string; value: number } | null {
  const sections = formatSections(pattern).map(sectionMeta);
  const [first, second, third] = sections;
  if (first.condition || second?.condition) {
    if (first.condition?.(value)) return { section: first.body, value };
    if (second?.condition?.(value)) return { section: second.body, value };
    if (second && !second.condition && first.condition) return { section: second.body, value };
    if (third) return { section: third.body, value };
    return null;
  }
  if (sections.length === 1 || value > 0 || (value === 0 && sections.length === 2)) return { section: first.body, value };
  if (value < 0) return { section: second.body, value: Math.abs(value) };
  return { section: (third ?? first).body, value };
}

/** Formats a number with a (subset of) Sheets number format: 0, 0.00, #,##0, 0%, 0.0%, currency prefixes/suffixes, sections and conditions. */
export function formatNumberPattern(value: number, pattern: string, locale: string): string {
  const { decimal: decimalSep, group: groupSep } = numberSymbols(locale);
  const comma = decimalSep === ',';
  if (pattern === DEFAULT_NUMBER_FORMAT || pattern.toLowerCase() === 'general' || pattern === '') {
    const text = String(Number(value.toPrecision(15)));
    return comma ? text.replace('.', ',') : text;
  }
  const chosen = chooseSection(value, pattern);
  if (!chosen) return '####';
  const section = chosen.section;
  value = chosen.value;
  if (section === DEFAULT_NUMBER_FORMAT || section.toLowerCase() === 'general') {
    const text = String(Number(value.toPrecision(15)));
    return comma ? text.replace('.', ',') : text;
  }
  // Digits and percent signs inside literals ("[$€-40C]", "\"2\"", "\"<1%\"") are not the number's.
  const masked = section.replace(/\[\$[^\]]*\]|"[^"]*"|\\./g, (token) => ' '.repeat(token.length));
  const percent = masked.includes('%');
  const scaled = percent ? value * 100 : value;
  const numberPart = /[#0][#0,]*(\.[0#]+)?/.exec(masked);
  // A section of literals only ("\"<1%\""): shown as written.
  if (!numberPart) return formatLiterals(section);
  const decimals = numberPart[1] ? numberPart[1].length - 1 : 0;
  const grouped = numberPart[0].includes(',');
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [digits, shown] = fixed.split('.');
  // A # after the point shows no insignificant zero ("#: Digit placeholder, does not display insignificant zeros",
  // developers.google.com/sheets/api/guides/formats): 4.6 under 0.0# is "4.6", not "4.60".
  const optional = /#*$/.exec(numberPart[1] ?? '')![0].length;
  const fraction = optional > 0 ? shown?.replace(new RegExp(`0{1,${optional}}$`), '') : shown;
  // Each 0 before the decimal point is a digit always shown ("0000" shows 527 as 0527).
  const integer = digits.padStart((numberPart[0].split('.')[0].match(/0/g) ?? []).length, '0');
  const intText = grouped ? groupThousands(integer, groupSep) : integer;
  const body = fraction ? `${intText}${decimalSep}${fraction}` : intText;
  const prefix = formatLiterals(section.slice(0, numberPart.index));
  const suffix = formatLiterals(section.slice(numberPart.index + numberPart[0].length));
  const sign = scaled < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${prefix}${body}${suffix}`;
}

/** True for date, time and date-time number formats ("dd/MM/yyyy", "yyyy-mm-dd", "H:mm", "[h]:mm"). */
export function isDateFormat(pattern: string | undefined): boolean {
  if (!pattern || pattern === DEFAULT_NUMBER_FORMAT || pattern.toLowerCase() === 'general') return false;
  const bare = pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[\$[^\]]*\]/g, '')
    // Colours and conditions are meta instructions ("[Red]" holds a d, not a day).
    .replace(/\[(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d{1,2}|(?:<=|>=|<>|<|>|=)\s*-?[\d.]+)\]/gi, '');
  return /[dy]/i.test(bare) || /h+\]?:m/i.test(bare) || /^\[?m+\]?:ss/i.test(bare);
}

const looksLikeDateFormat = isDateFormat;

/** Sheets serial day number (1899-12-30 epoch) → wall-clock Date (UTC fields, see CellValue). */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

/** Wall-clock Date (UTC fields) → Sheets serial day number. */
export function dateToSerial(date: Date): number {
  return date.getTime() / 86400000 + 25569;
}

/**
 * The value Apps Script hands out for a cell. Sheets stores dates as numbers, so the number
 * format decides the type: a number formatted as a date comes back as a Date, a date given a
 * plain number format comes back as its serial number.
 */
export function effectiveValue(cell: Cell, timeZone?: string): CellValue {
  const { value } = cell;
  // Apps Script gets the instant the wall clock stands for in the spreadsheet's zone (no zone: the wall clock itself).
  const out = (wall: Date): Date => (timeZone === undefined ? wall : wallToInstant(wall, timeZone));
  if (typeof value === 'number' && isDateFormat(cell.numberFormat)) return out(serialToDate(value));
  if (isDate(value)) {
    const format = cell.numberFormat;
    if (format && format !== DEFAULT_NUMBER_FORMAT && format.toLowerCase() !== 'general' && !isDateFormat(format) && /[0#]/.test(format))
      return dateToSerial(value);
    return out(new Date(value.getTime()));
  }
  return value;
}

/** What Range.getDisplayValue shows for a cell, approximately as Sheets renders it. */
export function displayValue(cell: Cell | undefined, locale: string): string {
  if (!cell) return '';
  const { value } = cell;
  const format = cell.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  if (typeof value === 'boolean') {
    if (/^fr/i.test(locale)) return value ? 'VRAI' : 'FAUX';
    return value ? 'TRUE' : 'FALSE';
  }
  if (isDate(value)) {
    const pattern = looksLikeDateFormat(format) ? format : localeDateFormat(locale, false);
    return formatDatePattern(value, pattern);
  }
  if (typeof value === 'number') {
    if (looksLikeDateFormat(format)) return formatDatePattern(serialToDate(value), format);
    return formatNumberPattern(value, format, locale);
  }
  return value;
}
