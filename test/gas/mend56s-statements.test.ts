/**
 * mend56s through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: « la fin de l'année passer … » and
 * "by year end pass …" keep their deadline (stmt56's past check read « pass… » as « passé »); "40% less than ten years ago"
 * is no target (stmt56 read 40 % as one); "in less than 10 days" / « en moins de 30 jours » is the measure, no "now + N
 * days" deadline (the lead's ruling); months and years stay a deadline (test/core/statement/mend56s.test.ts).
 */
import { smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('a word starting with « pass » after the period keeps the deadline; "less than … ago" is no target', () => {
    expect(cells("D'ici la fin de l'année passer le taux de conversion de 2 % à 3 %.").slice(1)).toEqual([0.02, 0.03, '2026-12-31']);
    expect(cells('By year end pass 1 million users.').slice(2)).toEqual([1_000_000, '2026-12-31']);
    expect(cells('Emit 40% less than ten years ago by 2030.').slice(2)).toEqual(['', '2030-12-31']);
  });

  it('"in less than N days" is the measure; "in less than N years" a deadline', () => {
    expect(cells("Payer nos fournisseurs en moins de 30 jours d'ici 2028.").slice(2)).toEqual([30, '2028-12-31']);
    expect(cells('Onboard new hires in less than 10 days.').slice(2)).toEqual([10, '']);
    expect(cells('Reach $2M in revenue in less than two years.').slice(2)).toEqual([2_000_000, '2028-12-05']);
  });
});
