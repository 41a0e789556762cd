/**
 * mend66a, through the BUILT bundle: audit66's review (findings 1–6). (1) The Moroccan press writes « MMDH » for billions
 * of dirhams (« 300 milliards de dirhams (MMDH) » beside « 282,78 millions de dirhams (MDH) », h24info.ma; « 45 MMDH »,
 * bladi.net): audit66 read it as millions. (2, 3) A dotted year-first date is a deadline only after a deadline cue ("by",
 * "until", "before", « d'ici le », « au », « avant le »): a version ("release 2027.1.5", « la version 2027.1.5 », "firmware
 * 2026.3.1") was due 5 January 2027, or took the goal's 10 % as a baseline. (4) The words no reader dates are named whole
 * (« Jean-Marc », « Fête des Mères », « Salon de l'Agriculture »), never a name followed by its verb ("before Derek
 * leaves"). (5) One colon in that message. (6) "Sell 2027-1-5 units by 2027" reads as on efde0d23.
 */
import { smartCells, smartParser, addonIn, AS_OF } from './smartparse';

describe.each(['fr_FR', 'en_SG'])('SMARTPARSE and SMARTCHECK (%s): « MMDH » is billions of dirhams (finding 1)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);

  it('« 3 MMDH », "3 MMDH of revenue": three billion dirhams', () => {
    expect(cells("Atteindre 3 MMDH de CA d'ici fin 2027").slice(2)).toEqual([3000000000, '2027-12-31']);
    expect(cells('Reach 3 MMDH of revenue by end of 2027').slice(2)).toEqual([3000000000, '2027-12-31']);
    expect(addon.call<string>('SMARTCHECK', "Atteindre 3 MMDH de CA d'ici fin 2027", AS_OF)).toMatch(/3[\s,]000[\s,]000[\s,]000\sMAD|MAD\s?3,000,000,000/);
  });

  it('near misses: « 3 MMAD » (M + MAD) and « 2,5 MDH » stay millions', () => {
    expect(cells("Atteindre 3 MMAD de chiffre d'affaires d'ici fin 2027").slice(2)).toEqual([3000000, '2027-12-31']);
    expect(cells("Atteindre 2,5 MDH de CA d'ici fin 2027").slice(2)).toEqual([2500000, '2027-12-31']);
  });
});

describe.each(['fr_FR', 'en_SG', 'en_US'])('SMARTPARSE (%s): a dotted version is no deadline (findings 2, 3, 6)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);

  it('after release, version, firmware: no deadline, and no target 2027.1 (a version holds no quantity)', () => {
    expect(cells('Ship release 2027.1.5 and grow revenue 10%').slice(2)).toEqual(['', '']);
    expect(cells('Installer la version 2027.1.5 et augmenter le CA de 10 %').slice(2)).toEqual(['', '']);
    expect(cells('Grow sales to 2027.5 units by 2027').slice(2)).toEqual([2027.5, '2027-12-31']);
    expect(cells('Grow revenue 10% after release 2027.1.5')[3]).toBe('');
    expect(cells('Installer la version 2027.1.5 et augmenter le CA de 10 %')[3]).toBe('');
    expect(addon.call<string>('SMARTCHECK', 'Grow revenue 10% after release 2027.1.5', AS_OF)).not.toMatch(/2027-01-05|05\/01\/2027|1\/5\/2027|5 (?:January|janvier) 2027/);
  });

  it('a firmware version does not change the goal: +10 % by June 2027, the lever keeps its number', () => {
    const plain = 'Grow revenue 10% by June 2027';
    const firmware = 'Grow revenue 10% with firmware 2026.3.1 by June 2027';
    expect(cells(firmware)).toEqual(cells(plain));
    expect(cells(firmware)[3]).toBe('2027-06-30');
    expect(addon.call('SMARTSCORE', firmware, undefined, AS_OF)).toBe(addon.call('SMARTSCORE', plain, undefined, AS_OF));
    expect(addon.call<string>('SMARTCHECK', firmware, AS_OF)).toContain('firmware 2026.3.1');
  });

  it('after a deadline cue, a dotted date is still its day (EN and FR)', () => {
    expect(cells('Grow sales 10% by 2027.1.5')[3]).toBe('2027-01-05');
    expect(cells('Grow sales 10% until 2027.1.5')[3]).toBe('2027-01-05');
    expect(cells("Augmenter les ventes de 10 % d'ici le 2027.08.15")[3]).toBe('2027-08-15');
    expect(cells('Augmenter les ventes de 10 % avant le 2027.08.15')[3]).toBe('2027-08-15');
  });

  it('"Sell 2027-1-5 units by 2027" reads a target and 2027 as its year (finding 6)', () => {
    const [, , target, deadline] = cells('Sell 2027-1-5 units by 2027');
    expect(target).not.toBe('');
    expect(deadline).toBe('2027-12-31');
    expect(cells('Grow sales 10% by 2027-1-5')[3]).toBe('2027-01-05');
  });
});

describe.each<[string, (words: string) => string, string]>([
  ['fr_FR', (words) => `La date de «\u202f${words}\u202f» n’est pas connue ici\u202f; écrivez-la.`, 'Ni échéance ni rythme.'],
  ['en_SG', (words) => `The date of “${words}” is not known here; write it.`, 'No deadline and no cadence.'],
])('SMARTCHECK (%s): the words no reader dates (findings 4, 5)', (locale, said, none) => {
  const addon = addonIn(locale);
  // SMARTCHECK lower-cases a message's first letter after its criterion's label in French.
  const check = (text: string) => addon.call<string>('SMARTCHECK', text, AS_OF).toLowerCase();

  it('named whole, with one colon', () => {
    expect(check('Signer 40 nouveaux clients avant le Ramadan')).toContain(said('Ramadan').toLowerCase());
    expect(check('Signer 40 nouveaux clients avant Jean-Marc')).toContain(said('Jean-Marc').toLowerCase());
    expect(check("Signer 40 nouveaux clients d'ici la Fête des Mères")).toContain(said('Fête des Mères').toLowerCase());
    expect(check("Signer 40 nouveaux clients avant le Salon de l'Agriculture")).toContain(said("Salon de l'Agriculture").toLowerCase());
    expect(check("Signer 40 nouveaux clients avant l'Aïd el-Kebir")).toContain(said('Aïd el-Kebir').toLowerCase());
    expect(check('Sign 40 new customers before Chinese New Year')).toContain(said('Chinese New Year').toLowerCase());
    // One colon, the criterion's, before the example: « Temporel : la date de … ; écrivez-la. Par ex. : … ».
    expect(check('Sign 40 new customers before Chinese New Year').split(/par ex\.|try/)[0].split(/\u202f?:/)).toHaveLength(2);
  });

  it('near misses: a name followed by its verb, a fixed-date feast keep the plain message', () => {
    expect(check('Sign 40 new customers before Derek leaves')).toContain(none.toLowerCase());
    expect(check('Sign 40 new customers before Acme signs')).toContain(none.toLowerCase());
    expect(check('Signer 40 nouveaux clients avant la Toussaint')).toContain(none.toLowerCase());
    expect(check('Sign 40 new customers by Independence Day')).toContain(none.toLowerCase());
  });
});
