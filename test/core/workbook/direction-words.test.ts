/**
 * One list of direction words (core `DIRECTION_WORDS`) for the Goals tab's Direction column and the formulas' direction
 * argument: each surface reads every word, and the same direction (cleanup61: the formulas refused « garder », "hold",
 * "=" and "↑", the Direction column « monter » and « maintien »).
 */
import { t } from '../../../src/core/messages';
import { cellDirection, directionOfWord, DIRECTION_WORDS } from '../../../src/core/workbook/cells';
import { loadAddon } from '../../../src/local/runtime';
import { createFakeAppsScript } from '../../support/fakes';
import type { Direction } from '../../../src/core/types';

const EVERY_WORD: Array<[string, Direction]> = DIRECTION_WORDS.flatMap(([direction, words]) => words.split(' ').map((word): [string, Direction] => [word, direction]));

const HISTORY = [
  ['2026-11-02', 0.24],
  ['2026-11-09', 0.25],
  ['2026-11-16', 0.26],
];

describe('direction words: one list, two surfaces', () => {
  it('holds the catalog’s words in English and French (what SMARTPARSE and the example write)', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const direction of ['increase', 'decrease', 'maintain'] as const) expect(directionOfWord(t(lang, `direction.${direction}`))).toBe(direction);
    }
  });

  it.each(EVERY_WORD)('the Goals tab’s Direction column reads “%s” as %s, capitalised and accented as typed', (word, direction) => {
    expect(cellDirection(word)).toBe(direction);
    expect(cellDirection(` ${word.toUpperCase()} `)).toBe(direction);
  });

  it('the formulas’ direction argument reads every word of the list, as the Direction column does', () => {
    const addon = loadAddon(createFakeAppsScript({ spreadsheetLocale: 'en_US' }).globals);
    const chanceOf = (direction: string): number => addon.call<number>('ACHIEVABILITY', HISTORY, 0.3, '2026-11-30', '2026-11-20', direction);
    const byDirection = { increase: chanceOf('increase'), decrease: chanceOf('decrease'), maintain: chanceOf('maintain') };
    // ACHIEVABILITY meets a maintained level at or above it, as an increase: a maintain word gives maintain's chance.
    expect(byDirection.increase).not.toBe(byDirection.decrease);
    const wrong = EVERY_WORD.filter(([word, direction]) => chanceOf(word) !== byDirection[direction] || chanceOf(word.toUpperCase()) !== byDirection[direction]);
    expect(wrong).toEqual([]);
    // Accents as typed: the folded list is the words people write with them.
    expect(chanceOf('Réduire')).toBe(byDirection.decrease);
    expect(chanceOf('Accroître')).toBe(byDirection.increase);
  });

  it('refuses on both surfaces what is no direction word', () => {
    for (const word of ['sideways', 'constructor', 'keep it', 'up down', '++']) {
      expect(cellDirection(word)).toBeNull();
      expect(directionOfWord(word)).toBeNull();
    }
    const addon = loadAddon(createFakeAppsScript({ spreadsheetLocale: 'en_US' }).globals);
    expect(() => addon.call('ACHIEVABILITY', HISTORY, 0.3, '2026-11-30', '2026-11-20', 'sideways')).toThrow('Unknown direction: sideways (use increase, decrease or maintain).');
  });
});
