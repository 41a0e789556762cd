/**
 * audit61: `{text!}` lower-cases the first word of a clause joined after a colon (core/messages/translate.ts), an elided
 * article (« L’échéance », « D’après ») included; identifiers and acronyms keep their capitals.
 */
import { translator } from '../../src/core/messages/translate';

const t = translator({ en: { line: '{criterion}: {text}' }, fr: { line: '{criterion}\u202f: {text!}' } });
const line = (text: string) => t('fr', 'line', { criterion: 'Temporel', text });

describe('a French clause after a colon', () => {
  it.each([
    ['L’échéance (6 décembre 2026) est déjà passée.', 'l’échéance (6 décembre 2026) est déjà passée.'],
    ["D'après l’historique, non.", "d'après l’historique, non."],
    ['Ni échéance ni rythme.', 'ni échéance ni rythme.'],
    ['KPI inconnu.', 'KPI inconnu.'],
    ['G1 et G2 se chevauchent.', 'G1 et G2 se chevauchent.'],
    ['S-Q1, S-Q2 totalisent 104.', 'S-Q1, S-Q2 totalisent 104.'],
    ['A’ est une série.', 'A’ est une série.'],
  ])('%s → %s', (text, written) => {
    expect(line(text)).toBe(`Temporel\u202f: ${written}`);
  });

  it('a value the caller names as a proper noun keeps its capital, apostrophe or not', () => {
    expect(t('fr', 'line', { criterion: 'Responsable', text: 'L’Oréal Paris' }, ['text'])).toBe('Responsable\u202f: L’Oréal Paris');
  });
});
