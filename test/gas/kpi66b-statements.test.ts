/**
 * kpi66b through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR (test/core/statement/kpi66b.test.ts):
 * class M — members grown read the member base (SMARTPARSE's KPI cell, SMARTCHECK's rewrite), team members still none;
 * class G — a growth's figure given as a range reads sales growth, its lower bound the target; a range before prices none.
 */
import { AS_OF, addonIn, smartCells, smartParser } from './smartparse';

const CUSTOMERS: Record<string, string> = { en_US: 'Active customers', fr_FR: 'Clients actifs' };
const GROWTH: Record<string, string> = { en_US: 'Sales growth', fr_FR: 'Croissance des ventes' };
const MEMBERS_REWRITE: Record<string, RegExp> = { en_US: /^SMART: Increase active customers to 13,000 by December 31, 2027$/, fr_FR: /^SMART\s:\sAugmenter les clients actifs à 13\s000 d’ici le 31\sdécembre\s2027$/ };
const GROWTH_REWRITE: Record<string, RegExp> = { en_US: /^SMART: Increase sales growth to 3\.5% by December 31, 2027$/, fr_FR: /^SMART\s:\sAugmenter la croissance des ventes à 3,5\s% d’ici le 31\sdécembre\s2027$/ };

describe.each(['en_US', 'fr_FR'])('kpi66b. members grown, a growth given as a range (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);
  const check = (text: string): string => String(addon.call('SMARTCHECK', text, AS_OF));

  it('SMARTPARSE reads members grown as the member base; team members name no KPI', () => {
    expect(cells('Increase our members to 13,000 by 2027.')).toEqual([CUSTOMERS[locale], '', 13000, '2027-12-31']);
    expect(cells('Augmenter nos membres de 10 % en 2027.')).toEqual([CUSTOMERS[locale], '', '', '2027-12-31']);
    expect(cells('Increase team members to 12 by 2027.')[0]).toBe('');
  });

  it('SMARTPARSE reads a growth given as a range as sales growth, its lower bound the target; a range before prices none', () => {
    expect(cells('We aim for growth of between 4% and 5% in 2027.')).toEqual([GROWTH[locale], '', 0.04, '2027-12-31']);
    expect(cells('Nous visons une progression comprise entre 3,5 % et 4,5 % en 2027.')).toEqual([GROWTH[locale], '', 0.035, '2027-12-31']);
    expect(cells('We expect growth of 30% to 40% in prices in 2027.')[0]).toBe('');
  });

  it('SMARTCHECK rewrites both, in the sheet’s language', () => {
    expect(check('Increase our members to 13,000 by 2027.')).toMatch(MEMBERS_REWRITE[locale]);
    expect(check('Nous visons une progression comprise entre 3,5 % et 4,5 % en 2027.')).toMatch(GROWTH_REWRITE[locale]);
  });
});
