/**
 * stmt62 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real59's classes (test/core/statement/stmt62.test.ts). "from today's N" / « des N
 * actuels à » is the baseline (it was blank); a count already done before an aim at more is the baseline, the target the
 * count after the ten more (the target showed the eight), and so is a company's workforce before jobs added (the target
 * showed the 740); « a-t-il fait savoir lundi » is no deadline (the row showed the Monday); "to an ambitious 20%" is the
 * target (it showed 0.144, 12 % raised by 20 %); the length of a work named by its noun is no target (it showed 27). The
 * work's verb keeps its length; a count done with no other figure is the baseline (left63; stmt62 kept it the target).
 */
import { smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it("a level from today's, « des N actuels à », is the baseline", () => {
    expect(cells("Grow cargo transit from today's 18 million tons to 33 million tons in 2030.").slice(1)).toEqual([
      18_000_000,
      33_000_000,
      '2030-12-31',
    ]);
    expect(cells('Faire passer le transit des 18 millions de tonnes actuelles à 33 millions de tonnes en 2030.').slice(1)).toEqual([
      18_000_000,
      33_000_000,
      '2030-12-31',
    ]);
  });

  it('a count already done before an aim at more is the baseline, the target counts the more; done with no other figure, the baseline (left63)', () => {
    expect(cells("Huit magasins ont déjà été ouverts et le groupe prévoit d'en ouvrir 10 de plus en 2028.").slice(1)).toEqual([
      8,
      18,
      '2028-12-31',
    ]);
    expect(cells('Eight stores have already been opened and the group plans to open 10 more in 2028.').slice(1)).toEqual([
      8,
      18,
      '2028-12-31',
    ]);
    // left63 (g): done with no other figure, the count is the baseline, no target (was ['', 8]).
    expect(cells('Eight stores have already been opened in Paris.').slice(1, 3)).toEqual([8, '']);
    expect(
      cells("L'entreprise de 740 employés répartis dans cinq sites prévoit la création de 150 autres nouveaux emplois d'ici 2028.").slice(
        1,
      ),
    ).toEqual([740, 890, '2028-12-31']);
  });

  it("« a-t-il fait savoir lundi » dates the report; the goal's year stays the deadline", () => {
    expect(cells("Le groupe prévoit d'ouvrir 10 magasins en 2028, a-t-il fait savoir lundi.").slice(2)).toEqual([10, '2028-12-31']);
  });

  it('"to an ambitious N%" is the target; the length of a work named by its noun is none, its verb keeps it', () => {
    expect(cells('Raise the share from 12% to an ambitious 20% by 2030.').slice(1)).toEqual([0.12, 0.2, '2030-12-31']);
    expect(cells('The reopening of 27 km of railway should carry nearly 6,000 passengers a day from 2028.').slice(2, 3)).toEqual([6000]);
    expect(cells('Reopen 27 km of railway by 2028.').slice(2)).toEqual([27, '2028-12-31']);
  });
});
