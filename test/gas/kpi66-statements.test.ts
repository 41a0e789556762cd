/**
 * kpi66 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR (test/core/statement/kpi66.test.ts):
 * Ruling K1 — a growth in or of customers reads the customers (SMARTPARSE's KPI cell, SMARTCHECK's rewrite), not sales
 * growth; a growth of revenue keeps Sales growth.
 */
import { AS_OF, addonIn, smartCells, smartParser } from './smartparse';

const CUSTOMERS: Record<string, string> = { en_US: 'Active customers', fr_FR: 'Clients actifs' };
const GROWTH: Record<string, string> = { en_US: 'Sales growth', fr_FR: 'Croissance des ventes' };
const REWRITE: Record<string, RegExp> = { en_US: /“Keep active customers through December 31, 2027”/, fr_FR: /«\s?Maintenir les clients actifs jusqu’au 31\sdécembre\s2027\s?»/ };

describe.each(['en_US', 'fr_FR'])('K1. a growth in or of customers (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);
  const check = (text: string): string => String(addon.call('SMARTCHECK', text, AS_OF));

  it('SMARTPARSE reads the customers; a growth of revenue keeps Sales growth', () => {
    expect(cells('Sustain our growth in customers through 2027.')).toEqual([CUSTOMERS[locale], '', '', '2027-12-31']);
    expect(cells('Maintenir notre croissance du nombre de clients en 2027.')).toEqual([CUSTOMERS[locale], '', '', '2027-12-31']);
    expect(cells('Sustain our growth in revenue through 2027.')[0]).toBe(GROWTH[locale]);
  });

  it('SMARTCHECK rewrites the customers kept, in both languages', () => {
    expect(check('Sustain our growth in customers through 2027.')).toMatch(REWRITE[locale]);
    expect(check('Maintenir notre croissance du nombre de clients en 2027.')).toMatch(REWRITE[locale]);
  });
});
