/**
 * mend63s through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTCHECK's sentence
 * and SMARTPARSE's row for the review's findings on stmt63 (the rules: test/core/statement/mend63s.test.ts). On stmt63's
 * bundle the means after a rise were dropped from the SMART sentence, the rise's period became the goal's cadence (« … 5 000
 * 000 € par mois jusqu’au … »), a milestone doubled read as the baseline ("Increase revenue by 100%"), and a future day before
 * "the director said" lost the deadline ("Time-bound: No deadline and no cadence").
 */
import { AS_OF, addonIn, isoDay } from './smartparse';

const en = addonIn('en_US');
const fr = addonIn('fr_FR');
/** SMARTPARSE's baseline, target, deadline and cadence cells. */
const row = (addon: typeof en, text: string): unknown[] => {
  const cells = addon.call<unknown[][]>('SMARTPARSE', text, AS_OF)[0];
  return [cells[2], cells[3], isoDay(cells[4]), cells[5]];
};

describe('SMARTCHECK and SMARTPARSE (en_US, fr_FR)', () => {
  it('the means listed after a rise stated with its figure stay in the SMART sentence', () => {
    expect(en.call('SMARTCHECK', 'Grow revenue to $5M by 2027 with an increase of 20%, 10 new reps and a new CRM.', AS_OF)).toBe(
      'SMART: Increase revenue to $5,000,000 by December 31, 2027, through 10 new reps and a new CRM',
    );
    expect(
      fr.call('SMARTCHECK', "Porter le chiffre d'affaires à 5 M€ d'ici 2027 avec une hausse de 20 %, 10 nouveaux commerciaux et un nouveau CRM.", AS_OF),
    ).toBe("SMART\u202f: Augmenter le chiffre d'affaires à 5\u202f000\u202f000\u00a0€ d’ici le 31 décembre 2027 grâce à 10 nouveaux commerciaux et un nouveau CRM");
  });

  it("the rise's period is no cadence of the goal", () => {
    expect(row(en, 'Grow revenue to $5M by 2027 with an annual increase of 20% per year.')).toEqual(['', 5_000_000, '2027-12-31', '']);
    expect(row(fr, "Porter le chiffre d'affaires à 5 M€ d'ici 2027 avec une augmentation de 5 % par mois.")).toEqual(['', 5_000_000, '2027-12-31', '']);
    expect(fr.call('SMARTCHECK', "Porter le chiffre d'affaires à 5 M€ d'ici 2027 avec une augmentation de 5 % par mois.", AS_OF)).toBe(
      "SMART\u202f: Augmenter le chiffre d'affaires à 5\u202f000\u202f000\u00a0€ d’ici le 31 décembre 2027",
    );
  });

  it('a milestone an aim or an imperative governs keeps its target before "double that amount"; a level stated now is the baseline', () => {
    expect(row(en, 'Hit $2M in revenue in 2027 and double that amount by 2030.')).toEqual(['', 2_000_000, '2030-12-31', '']);
    expect(row(fr, "L'objectif est de 2 M€ de chiffre d'affaires en 2027, puis de doubler ce montant d'ici 2030.")).toEqual(['', 2_000_000, '2030-12-31', '']);
    expect(row(en, 'We generate $2M in revenue and want to double it by 2030.')).toEqual([2_000_000, 4_000_000, '2030-12-31', '']);
    expect(row(fr, "Nous réalisons 2 M€ de chiffre d'affaires et voulons doubler ce montant d'ici 2030.")).toEqual([2_000_000, 4_000_000, '2030-12-31', '']);
  });

  it('a future day before the goal told, then "the director said", stays the deadline; a past day before the report is none', () => {
    expect(row(en, 'In Paris, on Monday 1 March 2027, we will have opened 20 stores, the director said.').slice(1, 3)).toEqual([20, '2027-03-01']);
    expect(row(fr, 'À Paris, ce lundi 1er mars 2027, nous aurons ouvert 20 magasins, a dit le directeur.').slice(1, 3)).toEqual([20, '2027-03-01']);
    expect(row(en, 'In Paris, on Monday, March 3, 2025, the director announced plans to open 20 stores.').slice(1, 3)).toEqual([20, '']);
    expect(row(fr, 'À Paris, le lundi 3 mars 2025, le directeur a annoncé vouloir ouvrir 20 magasins.').slice(1, 3)).toEqual([20, '']);
  });
});
