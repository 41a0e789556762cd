/**
 * audit66, through the BUILT bundle: a Casablanca sales manager (French in an fr_FR sheet, Africa/Casablanca — Sheets' locale
 * list has no Morocco) and a Singapore revenue-ops lead (en_SG) type dates as their sheets and habits write them. Year first
 * with dots ("2027.08.15") was due 31 December 2027 in English and had no deadline in French; one-digit ISO parts
 * ("2027-1-5", the form Google's DATEVALUE help gives as understood: support.google.com/docs/answer/3093039) had none in
 * either; "2027-2-30" read its 2 as the target. A period the reader cannot date (« avant le Ramadan », "before Chinese New
 * Year") said only "no deadline and no cadence": it now names the words it could not date.
 */
import { smartCells, smartParser, addonIn, AS_OF } from './smartparse';

describe.each(['fr_FR', 'en_SG', 'en_US', 'ja_JP', 'en_ZA'])('SMARTPARSE (%s): a year-first date with dots or one-digit ISO parts', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('is its day, in English and in French', () => {
    expect(cells('Grow revenue to S$2.5m by 2027.08.15').slice(2)).toEqual([2500000, '2027-08-15']);
    expect(cells('Grow revenue to S$2.5m by 2027-1-5').slice(2)).toEqual([2500000, '2027-01-05']);
    expect(cells("Porter le panier moyen à 850 DH d'ici le 2027.08.15").slice(2)).toEqual([850, '2027-08-15']);
    expect(cells("Porter le panier moyen à 850 DH d'ici le 2027-1-5").slice(2)).toEqual([850, '2027-01-05']);
    expect(cells('Grow sales 10% by 2027.1.5').slice(2)).toEqual(['', '2027-01-05']);
  });

  it('a day the calendar does not have is no deadline and no target', () => {
    expect(cells('Grow sales 10% by 2027-2-30').slice(2)).toEqual(['', '']);
    expect(cells("Augmenter les ventes de 10 % d'ici le 2027.02.30").slice(2)).toEqual(['', '']);
  });

  it('near misses: ISO and slash dates keep their days, a decimal stays a number, spaced numbers stay numbers', () => {
    expect(cells('Grow sales 10% by 2027-08-15').slice(2)).toEqual(['', '2027-08-15']);
    expect(cells('Grow sales 10% by 2027/8/15').slice(2)).toEqual(['', '2027-08-15']);
    expect(cells('Grow sales to 2027.5 units by 2027').slice(2)).toEqual([2027.5, '2027-12-31']);
    expect(cells('Grow sales 10% by 2027 2 30').slice(3)).toEqual(['']);
  });
});

describe.each<[string, (written: string) => string]>([
  ['en_SG', (written) => `No such date: “${written}”`],
  ['fr_FR', (written) => `date inexistante\u202f: «\u202f${written}\u202f»`],
])('SMARTCHECK (%s): an impossible year-first date with dots or one-digit ISO parts', (locale, said) => {
  const addon = addonIn(locale);
  it('is reported as written', () => {
    expect(addon.call<string>('SMARTCHECK', 'Grow sales 10% by 2027-2-30', AS_OF)).toContain(said('2027-2-30'));
    expect(addon.call<string>('SMARTCHECK', "Augmenter les ventes de 10 % d'ici le 2027.02.30", AS_OF)).toContain(said('2027.02.30'));
    expect(addon.call<string>('SMARTCHECK', 'Grow sales 10% by 2027.13.01', AS_OF)).toContain(said('2027.13.01'));
  });
});

describe.each<[string, (words: string) => string, string]>([
  ['fr_FR', (words) => `Pas d’échéance\u202f: la date de «\u202f${words}\u202f» n’est pas connue ici\u202f; écrivez la date elle-même.`, 'Ni échéance ni rythme.'],
  ['en_SG', (words) => `No deadline: the date of “${words}” is not known here; write the date itself.`, 'No deadline and no cadence.'],
])('SMARTCHECK (%s): a period the reader cannot date', (locale, said, none) => {
  const addon = addonIn(locale);
  const check = (text: string) => addon.call<string>('SMARTCHECK', text, AS_OF);

  it('names it, in the sheet’s language, and still offers a dated example', () => {
    expect(check('Signer 40 nouveaux clients avant le Ramadan').toLowerCase()).toContain(said('Ramadan').toLowerCase());
    expect(check("Signer 40 nouveaux clients d'ici l’Aïd").toLowerCase()).toContain(said('Aïd').toLowerCase());
    expect(check('Sign 40 new customers before Chinese New Year').toLowerCase()).toContain(said('Chinese New Year').toLowerCase());
    expect(check('Sign 40 new customers during Ramadan')).toMatch(/(?:Try|Par ex\.)\s?\u202f?: [“«]/);
  });

  it('near misses: a holiday it knows is its date; a name after "for" and no cue at all keep the plain message', () => {
    expect(check('Signer 40 nouveaux clients avant Noël')).toMatch(/^SMART/);
    expect(check('Sign 40 new customers for Acme').toLowerCase()).toContain(none.toLowerCase());
    expect(check('Sign 40 new customers in Casablanca').toLowerCase()).toContain(none.toLowerCase());
    expect(check('Signer 40 nouveaux clients').toLowerCase()).toContain(none.toLowerCase());
  });
});
