import { catalogs, langFromLocale, t } from '../../src/core/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('FR/EN message catalog', () => {
  const { en, fr } = catalogs();

  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(`${key}: ${text.trim() === '' ? '(empty)' : 'ok'}`).toBe(`${key}: ok`);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(`${key}: ${placeholders(fr[key]).join(',')}`).toBe(`${key}: ${placeholders(en[key]).join(',')}`);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('fr', 'error.invalidNumber', { value: 'abc' })).toBe('Nombre invalide : abc');
    expect(t('en', 'error.invalidNumber')).toBe('Not a number: {value}');
  });

  it('maps locales to languages', () => {
    expect(langFromLocale('fr_FR')).toBe('fr');
    expect(langFromLocale('fr-CA')).toBe('fr');
    expect(langFromLocale('en_US')).toBe('en');
    expect(langFromLocale('de_DE')).toBe('en');
    expect(langFromLocale('')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
});
