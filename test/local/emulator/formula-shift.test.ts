import { shiftFormula } from '../../../src/local/emulator/formula-shift';
import { setup } from './helpers';

describe('shiftFormula', () => {
  it('moves relative references and keeps absolute ones', () => {
    expect(shiftFormula('=A2*2', 1, 0)).toBe('=A3*2');
    expect(shiftFormula('=$A2+B$1+$C$3', 2, 1)).toBe('=$A4+C$1+$C$3');
    expect(shiftFormula('=SUM(B2:B10)/COUNT(C:C)', 1, 1)).toBe('=SUM(C3:C11)/COUNT(D:D)');
    expect(shiftFormula('=SUM(2:3)', 1, 0)).toBe('=SUM(3:4)');
  });

  it('leaves strings, sheet names and function names alone', () => {
    expect(shiftFormula('=IF(A2="B2",LOG10(A2),\'KPI A1\'!B2)', 1, 0)).toBe('=IF(A3="B2",LOG10(A3),\'KPI A1\'!B3)');
  });

  it('gives #REF! when a reference leaves the sheet', () => {
    expect(shiftFormula('=A1', -1, 0)).toBe('=#REF!');
  });
});

describe('Range.setFormula on several cells', () => {
  it('fills the formula like Sheets, moving relative references', () => {
    const { sheet } = setup();
    sheet.getRange('C2:D3').setFormula('=A2*$B$1');
    expect(sheet.getRange('C2:D3').getFormulas()).toEqual([
      ['=A2*$B$1', '=B2*$B$1'],
      ['=A3*$B$1', '=B3*$B$1'],
    ]);
  });
});
