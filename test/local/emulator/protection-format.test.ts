/**
 * Formatting protected cells is an edit (review 11, H1): Google documents neither way whether a conditional-format
 * rule or a column's developer metadata over a range the user may not edit is refused, so the emulator models the
 * unpleasant side — refused, with Sheets' protected-edit message (docs/ARCHITECTURE.md, "Protected ranges and sheets").
 */
import { PROTECTED_EDIT_ERROR } from '../../../src/local/emulator';
import { setup } from './helpers';

describe('Protections and formatting', () => {
  it('refuses a conditional-format rule added or dropped over a protected range; rules kept as they were pass', () => {
    const { ss, emulator, app } = setup();
    const sheet = ss.insertSheet('Goals');
    const rule = (a1: string) => app.newConditionalFormatRule().whenFormulaSatisfied('=A1>0').setBackground('#ff0000').setRanges([sheet.getRange(a1)]).build();
    sheet.setConditionalFormatRules([rule('A1:C10')]);
    emulator.protect('Goals', 'A:A');
    // Over the protected column: refused, the rules unchanged.
    expect(() => sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule('A2:X18')])).toThrow(PROTECTED_EDIT_ERROR);
    // Dropping the rule that formats the protected column is an edit of it too.
    expect(() => sheet.setConditionalFormatRules([])).toThrow(PROTECTED_EDIT_ERROR);
    expect(sheet.getConditionalFormatRules().map((r) => r.getRanges().map((x) => x.getA1Notation()))).toEqual([['A1:C10']]);
    // The existing rule kept as it is, and a rule beside the protection: allowed.
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule('L2:X18')]);
    expect(sheet.getConditionalFormatRules().map((r) => r.getRanges().map((x) => x.getA1Notation()))).toEqual([['A1:C10'], ['L2:X18']]);
  });

  it('a warning-only protection, or one the user may edit, lets the rule through', () => {
    const { ss, emulator, app } = setup();
    const sheet = ss.insertSheet('Goals');
    emulator.protect('Goals', 'A:A', { warningOnly: true });
    emulator.protect('Goals', 'B:B', { canEdit: true });
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenFormulaSatisfied('=A1>0').setBackground('#ff0000').setRanges([sheet.getRange('A1:C3')]).build()]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
  });

  it('refuses developer metadata on a column holding a protected cell anywhere in it', () => {
    const { ss, emulator } = setup();
    const sheet = ss.insertSheet('Goals');
    emulator.protect('Goals', 'K500');
    expect(() => sheet.getRange('K:K').addDeveloperMetadata('smart', 'flag')).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.getRange('500:500').addDeveloperMetadata('smart', 'row')).toThrow(PROTECTED_EDIT_ERROR);
    sheet.getRange('L:L').addDeveloperMetadata('smart', 'flag');
    expect(ss.createDeveloperMetadataFinder().withKey('smart').find().map((m) => m.getLocation().getColumn()?.getA1Notation())).toEqual(['L:L']);
  });
});
