/**
 * Review 22 (a): Sheets reads a string written with Range.setValue(s) like text typed in the cell (Sheets API
 * `ValueInputOption.USER_ENTERED`: "parsed exactly as if it were entered into the Google Sheets UI"; docs/ARCHITECTURE.md,
 * *Typed strings*). The add-on writes every text through `literalText` (core/workbook/text.ts). Property checked here on
 * every statement of the labelled corpora and on edge strings, in eight locales, with the emulator's strictest formula
 * prefixes (= + - @): what `literalText` leaves alone stays that very text in the cell, and what it escapes comes back
 * without the apostrophe — never a number, date, boolean or formula. It found "1'000" / "1’000", numbers in de_CH.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { literalText } from '../../../src/core/workbook/text';
import { parseInput } from '../../../src/local/emulator/values';

const DIR = path.join(__dirname, '../../fixtures/statements');
const EDGES = [
  '+10 % de CA', '=50 deals', '1/4 du CA', '-5 % churn', '@team', "'quoted", '1/4', '10 %', '1 000 €', '€1,000', '(5)', '1 1/2', '9 am', 'Mar 2027',
  '3 mars', '1er mars 2027', '1.000', '1,000', "1'000", '1’000', '-1’234.50', 'TRUE ', ' vrai', 'N/A', '#N/A', '10:00:00', '5E+3', '.5', '--5', '31.12.2027',
  '31-12-2027', '2027-12-31T10:00', '10:00 PM', '1,00,000', 'G-12', 'Q1 2027', 'Close 10 accounts by 30 June',
  // emul29: text Sheets makes a formula of (a leading + or -), and a lone sign.
  '+A1', '-B2', '- relancer les prospects', '+', '-', "''twice",
];
const LOCALES = ['en_US', 'en_GB', 'fr_FR', 'de_DE', 'de_CH', 'ja_JP', 'en_IN', 'ko_KR'];

function corpusTexts(): string[] {
  const texts = new Set<string>(EDGES);
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(path.join(DIR, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as Record<string, unknown>;
      for (const value of Object.values(record)) if (typeof value === 'string' && value.length < 300) texts.add(value);
    }
  }
  return [...texts];
}

describe('literalText against the emulator’s typed-input model', () => {
  const texts = corpusTexts();

  it.each(LOCALES)('every text written comes back as that text (%s)', (locale) => {
    expect(texts.length).toBeGreaterThan(1000);
    const changed = texts.filter((text) => {
      const written = parseInput(literalText(text), locale, ['=', '+', '-', '@'], false, 'UTC', Date.UTC(2026, 10, 26));
      return written.formula !== undefined || written.value !== text;
    });
    expect(changed).toEqual([]);
  });
});
