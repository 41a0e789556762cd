/**
 * An .xlsx file has no spreadsheet locale (only our own hidden state sheet,
 * which files meant for people leave out, remembers one). A French workbook
 * loaded as en_US would read "30/06/2027" month-first and speak English, so
 * the CLI and the preview guess the language from the workbook's own text.
 */
import { guessLanguage } from '../core/workbook/language';
import type { Emulator } from './emulator';

/** The locale a loaded file gets when nothing says otherwise. */
export const DEFAULT_LOCALE = 'en_US';
/** Cells read per tab for the guess: headers and the first goals say enough. */
const GUESS_ROWS = 200;

/** The text cells of every tab's first rows. */
function* workbookTexts(emulator: Emulator): Generator<string> {
  for (const sheet of emulator.spreadsheet.getSheets()) {
    const rows = Math.min(sheet.getLastRow(), GUESS_ROWS);
    const columns = sheet.getLastColumn();
    if (rows === 0 || columns === 0) continue;
    for (const row of sheet.getRange(1, 1, rows, columns).getValues()) for (const cell of row) if (typeof cell === 'string' && cell !== '') yield cell;
  }
}

/**
 * Switches a workbook loaded with the default locale to fr_FR when its text is
 * French. Returns the locale adopted, or null when nothing changed.
 */
export function adoptGuessedLocale(emulator: Emulator): string | null {
  if (emulator.spreadsheet.getSpreadsheetLocale() !== DEFAULT_LOCALE) return null;
  if (guessLanguage(workbookTexts(emulator)) !== 'fr') return null;
  emulator.spreadsheet.setSpreadsheetLocale('fr_FR');
  return 'fr_FR';
}
