import { upperFirst } from '../../src/core/format';

describe('upperFirst: one rule for a first letter in capitals (FR/EN)', () => {
  it('capitalises the first letter only, the rest as written', () => {
    expect(upperFirst('win rate')).toBe('Win rate');
    expect(upperFirst('close rate of NPS')).toBe('Close rate of NPS');
    expect(upperFirst('Already')).toBe('Already');
  });

  it('keeps French accents on capitals', () => {
    expect(upperFirst('échéance dépassée')).toBe('Échéance dépassée');
    expect(upperFirst('à revoir')).toBe('À revoir');
    expect(upperFirst('œuvre')).toBe('Œuvre');
    expect(upperFirst('çà')).toBe('Çà');
    // A decomposed é (e + U+0301) stays an É.
    expect(upperFirst('e\u0301tat').normalize('NFC')).toBe('État');
  });

  it('leaves an empty string, a digit, punctuation or a symbol first as they are', () => {
    expect(upperFirst('')).toBe('');
    expect(upperFirst('3 deals')).toBe('3 deals');
    expect(upperFirst('« taux »')).toBe('« taux »');
    expect(upperFirst('⚠ review')).toBe('⚠ review');
  });

  it('does not depend on the host locale (no Turkish dotted İ) and never splits a surrogate pair', () => {
    expect(upperFirst('indicateur')).toBe('Indicateur');
    expect(upperFirst('𝒳 rate')).toBe('𝒳 rate');
    expect(upperFirst('😀')).toBe('😀');
  });
});
