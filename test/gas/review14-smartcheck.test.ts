/**
 * Review 14, through the built bundle: SMARTCHECK's restatement of a SMART goal keeps the levers it names — the article's
 * churn goal read « SMART : Réduire l’attrition de 45 % à 20 % d’ici le 31 mars 2027 », its three levers dropped, while
 * Check goals' notes and the plan report list them. A goal without levers, or one still to fix, reads as before.
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';

function smartCheck(locale: string, text: string): string {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
  const addon = loadAddon(emulator.globals);
  emulator.setAuthMode('CUSTOM_FUNCTION');
  return emulator.runExecution(() => addon.call<string>('SMARTCHECK', text, '2026-11-26'));
}

describe('SMARTCHECK keeps the levers a SMART goal names', () => {
  it.each([
    [
      'en_US',
      'Reduce our customer churn rate from 45% to 20% over the next quarter through extended trials, membership discounts and a 10% increase in customer service staff',
      'SMART: Reduce customer churn from 45% to 20% by March 31, 2027, through extended trials, membership discounts and a 10% increase in customer service staff',
    ],
    [
      'fr_FR',
      'Réduire notre taux d’attrition des clients de 45 % à 20 % au cours du prochain trimestre grâce à des essais prolongés, des réductions sur les adhésions et une augmentation de 10 % du personnel du service client',
      'SMART\u202f: Réduire l’attrition de 45\u202f% à 20\u202f% d’ici le 31 mars 2027 grâce à des essais prolongés, des réductions sur les adhésions et une augmentation de 10 % du personnel du service client',
    ],
    // "next week" in en_US ends on Saturday (weeks run Sunday–Saturday there, wk57); fr_FR keeps Monday–Sunday.
    ['en_US', 'Raise the close rate to 30% next week through weekly deal reviews', 'SMART: Increase the close rate to 30% by December 5, 2026, through weekly deal reviews'],
    // Near misses: no levers, the restatement alone; a goal still to fix gets its fixes, not a restatement.
    ['en_US', 'Raise the close rate to 30% next week', 'SMART: Increase the close rate to 30% by December 5, 2026'],
  ])('%s: %s', (locale, text, expected) => {
    expect(smartCheck(locale, text)).toBe(expected);
  });

  it('a goal still to fix lists its fixes, levers or not', () => {
    expect(smartCheck('en_US', 'Reduce churn through longer trials')).toMatch(/^To fix — /);
  });
});
