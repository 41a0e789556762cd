/**
 * The formulas' word arguments (a direction, an aggregation, a period) are read from one lookup that knows only its own
 * words: a word that is the name of a property every JavaScript object has ("constructor", « valueOf ») was found in the
 * tables and handed over as a direction, an aggregation or a period — a function where a word was expected. Each is
 * refused with its localized message, as any unknown word.
 */
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

function addon(locale = 'en_US'): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

const HISTORY = [
  ['2026-11-02', 0.24],
  ['2026-11-09', 0.25],
  ['2026-11-16', 0.26],
];

describe('word arguments: only the tables’ own words', () => {
  it.each(['constructor', 'valueOf', '__proto__', 'hasOwnProperty'])('refuses %s as a direction, an aggregation and a period (EN)', (word) => {
    const a = addon();
    expect(() => a.call('ACHIEVABILITY', HISTORY, 0.3, '2026-11-30', '2026-11-20', word)).toThrow(`Unknown direction: ${word} (use increase, decrease or maintain).`);
    expect(() => a.call('ACHIEVABILITY', HISTORY, 0.3, '2026-11-30', '2026-11-20', 'up', word)).toThrow(`Unknown aggregation: ${word} (use level or total).`);
    expect(() => a.call('REQUIREDPACE', 100, 110, '2026-01-01', '2026-03-31', word)).toThrow(`Unknown period: ${word} (use day, week, month, quarter or year).`);
  });

  it('refuses them in French too, and still reads the tables’ words, accents and case aside', () => {
    const a = addon('fr_FR');
    expect(() => a.call('ACHIEVABILITY', HISTORY, 0.3, '2026-11-30', '2026-11-20', 'constructor')).toThrow('Sens inconnu\u202f: constructor (utilisez hausse, baisse ou maintien).');
    expect(() => a.call('REQUIREDPACE', 100, 110, '2026-01-01', '2026-03-31', 'constructor')).toThrow('Période inconnue\u202f: constructor (utilisez jour, semaine, mois, trimestre ou année).');
    expect(a.call<number>('REQUIREDPACE', 100, 110, '2026-01-01', '2026-03-31', 'Trimestre')).toBeCloseTo(0.1, 12);
    expect(a.call<number>('REQUIREDPACE', 100, 110, '2026-01-01', '2026-12-31', 'Année')).toBeCloseTo(0.1, 12);
    const up = a.call<number>('ACHIEVABILITY', HISTORY, 0.3, '2026-11-30', '2026-11-20', 'Hausse', 'Niveau');
    expect(a.call<number>('ACHIEVABILITY', HISTORY, 0.3, '2026-11-30', '2026-11-20', 'increase', 'level')).toBeCloseTo(up, 12);
  });
});
