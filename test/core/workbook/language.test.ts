import { guessLanguage } from '../../../src/core/workbook/language';

describe('guessLanguage', () => {
  it('reads French and English goal tabs', () => {
    expect(guessLanguage(['Objectif SMART', "Date d'échéance", 'Responsable commercial', "Signer 120 nouveaux comptes d'ici fin 2027"])).toBe('fr');
    expect(guessLanguage(['Goal', 'Owner', 'Deadline', 'Close 120 new accounts by the end of 2027'])).toBe('en');
  });

  it('says nothing on too little or mixed text', () => {
    expect(guessLanguage(['ID', 'KPI', '2027-12-31'])).toBeNull();
    expect(guessLanguage(['Objectif', 'Goal', 'Cible', 'Target', 'Responsable', 'Owner'])).toBeNull();
  });
});
