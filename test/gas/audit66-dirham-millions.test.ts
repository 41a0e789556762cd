/**
 * audit66, through the BUILT bundle: the Moroccan press writes « MMDH » for billions of dirhams (« 300 milliards de dirhams
 * (MMDH) » beside « 282,78 millions de dirhams (MDH) », h24info.ma; mend66a: audit66 read it as millions) and « MMAD » (M
 * + MAD) for millions. « Atteindre 3 MMDH de CA d'ici fin 2027 » was « 3 € » in an fr_FR sheet — the figure a billion
 * times too small, the currency the sheet's — and is now 3 000 000 000 MAD.
 */
import { smartCells, smartParser, addonIn, AS_OF } from './smartparse';

describe.each(['fr_FR', 'en_SG'])('SMARTPARSE and SMARTCHECK (%s): millions of dirhams glued to the mark', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);

  it('« 3 MMDH », "3 MMDH of revenue": three billion dirhams; « 3 MMAD »: three million', () => {
    expect(cells("Atteindre 3 MMDH de CA d'ici fin 2027").slice(2)).toEqual([3000000000, '2027-12-31']);
    expect(cells("Atteindre 3 MMAD de chiffre d'affaires d'ici fin 2027").slice(2)).toEqual([3000000, '2027-12-31']);
    expect(cells('Reach 3 MMDH of revenue by end of 2027').slice(2)).toEqual([3000000000, '2027-12-31']);
    expect(addon.call<string>('SMARTCHECK', "Atteindre 3 MMDH de CA d'ici fin 2027", AS_OF)).toMatch(/3[\s,]000[\s,]000[\s,]000\sMAD|MAD\s?3,000,000,000/);
  });

  it('near misses: « 2,5 MDH », « 3 MAD », « 1 234,56 DH » keep their values; millimetres are no money', () => {
    expect(cells("Atteindre 2,5 MDH de CA d'ici fin 2027").slice(2)).toEqual([2500000, '2027-12-31']);
    expect(cells("Porter le panier moyen à 3 MAD d'ici fin 2027").slice(2)).toEqual([3, '2027-12-31']);
    expect(cells("Porter le panier moyen à 1 234,56 DH d'ici fin 2027").slice(2)).toEqual([1234.56, '2027-12-31']);
    expect(addon.call<string>('SMARTCHECK', "Réduire l'écart de 3 mm d'ici fin 2027", AS_OF)).not.toMatch(/MAD|€|\$/);
  });
});
