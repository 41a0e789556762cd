/**
 * mend64f, surf64's review (finding 3): a request's "lang" (smartAssess, `assess --json`) was refused unless exactly "fr"
 * or "en" — "FR", "Fr", "fr-CA", "fr_FR" and "" got 'Unsupported language' where the base gave a verdict. A language's
 * common spellings name it; "" names none; a language the add-on does not speak is still told apart.
 */
import { requestLang } from '../../src/core/messages';

describe('mend64f (3): requestLang reads the common spellings of a language', () => {
  it.each([
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['Fr', 'fr'],
    ['fr-CA', 'fr'],
    ['fr_FR', 'fr'],
    [' en ', 'en'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['en_us', 'en'],
  ])('%j → %s', (value, lang) => expect(requestLang(value)).toBe(lang));

  it.each([[''], [null], [undefined]])('%j names no language (null: the default one)', (value) => expect(requestLang(value)).toBeNull());

  it.each([['de'], ['es-ES'], ['french'], ['fra'], ['english'], ['frCA'], ['fr-'], [1], [true], [['fr']]])('near miss %j: not a language spoken (undefined)', (value) =>
    expect(requestLang(value)).toBeUndefined(),
  );
});
