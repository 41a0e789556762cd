/**
 * mend65a (audit65's review), through the BUILT bundle, in an en_ZA and a fr_FR sheet: SMARTPARSE and SMARTCHECK on a
 * year-first date the calendar does not have ("2028/02/30", "2027/13/01": no deadline in silence, then 13 January 2027),
 * a spaced rand under a thousand as SMARTCHECK writes it in en_ZA ("R 970", "R 49,70": baseline or rand lost), two spaces
 * before the rand, and a one-digit year-first date ("2027/1/5": its 1 read as the target).
 */
import { smartCells, smartParser, addonIn, AS_OF } from './smartparse';

describe.each<[string, (written: string) => string]>([
  ['en_ZA', (written) => `No such date: “${written}”`],
  ['fr_FR', (written) => `date inexistante\u202f: «\u202f${written}\u202f»`],
])('%s: a year-first date the calendar does not have', (locale, said) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);
  const check = (text: string) => addon.call<string>('SMARTCHECK', text, AS_OF);

  it('SMARTCHECK says so (in the sheet’s language), typed in English or in French', () => {
    expect(check('Close 500 deals by 2028/02/30')).toContain(said('2028/02/30'));
    expect(check('Close 500 deals by 2027/13/01')).toContain(said('2027/13/01'));
    expect(check("Clôturer 500 affaires d'ici le 2027/02/30")).toContain(said('2027/02/30'));
    expect(check("Clôturer 500 affaires d'ici le 2027/13/01")).toContain(said('2027/13/01'));
  });

  it('SMARTPARSE gives no deadline, never 13 January 2027 nor the year’s end', () => {
    expect(cells('Close 500 deals by 2027/13/01').slice(2)).toEqual([500, '']);
    expect(cells("Clôturer 500 affaires d'ici le 2027/02/30").slice(2)).toEqual([500, '']);
  });

  it('near misses: a leap day and a day-first 13 January keep their days', () => {
    expect(cells('Close 500 deals by 2028/02/29').slice(2)).toEqual([500, '2028-02-29']);
    expect(cells("Clôturer 500 affaires d'ici le 13/01/2027").slice(2)).toEqual([500, '2027-01-13']);
  });
});

describe('en_ZA: a spaced rand under a thousand, two spaces before it, a one-digit year-first date', () => {
  const cells = smartCells(smartParser('en_ZA'));
  const addon = addonIn('en_ZA');

  it('SMARTCHECK’s restatements read back as typed: the same baseline and target', () => {
    for (const typed of ['Reduce CAC from R 970 to R 500 by 28 February 2027', 'Reduce CAC from R 49,70 to R 45,00 by 28 February 2027']) {
      const restated = addon.call<string>('SMARTCHECK', typed, AS_OF);
      expect(restated).toMatch(/^SMART: Reduce CAC from R\s\d+(?:,\d\d)? to R\s\d+(?:,\d\d)? by 28 February 2027$/);
      expect(cells(restated.replace(/^SMART: /, ''))).toEqual(cells(typed));
    }
  });

  it('English and French, baseline and target in rand', () => {
    expect(cells('Reduce CAC from R 970 to R 500 by 28 February 2027').slice(1)).toEqual([970, 500, '2027-02-28']);
    expect(cells("Réduire le CAC de R 970 à R 500 d'ici le 28 février 2027").slice(1)).toEqual([970, 500, '2027-02-28']);
    expect(cells("Réduire le CAC de R 49,70 à R 45,00 d'ici le 28 février 2027").slice(1)).toEqual([49.7, 45, '2027-02-28']);
    expect(cells('Reduce CAC from  R 4 970 to  R 4 500 by 28 February 2027').slice(1)).toEqual([4970, 4500, '2027-02-28']);
    expect(addon.call<string>('SMARTCHECK', 'Reduce cost from R 49,70 to R 45,00 by 28 February 2027', AS_OF)).toMatch(/R\s49,70/);
  });

  it('a one-digit year-first date is the deadline, its parts no target', () => {
    expect(cells('Grow sales 10% by 2027/1/5').slice(2)).toEqual(['', '2027-01-05']);
    expect(cells("Augmenter les ventes de 10 % d'ici le 2027/1/5").slice(2)).toEqual(['', '2027-01-05']);
  });

  it('near miss: "Grade R" is a label, its 120 a count', () => {
    expect(cells('Enrol Grade R 120 learners by 2027').slice(2)).toEqual([120, '2027-12-31']);
    expect(addon.call<string>('SMARTCHECK', 'Enrol Grade R 120 learners by 2027', AS_OF)).not.toMatch(/ZAR|rand/i);
  });
});
