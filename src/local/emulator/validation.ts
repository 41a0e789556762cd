/** Data validation rules (dropdowns, checkboxes, number/date/text constraints), stored per cell. */
import type { SpreadsheetContext } from './context';
import { emulatedBase, enumName } from './facade';
import { DataValidationCriteria } from './enums';
import type { EmulatedRange } from './range';
import { isDate, type CellValidation } from './values';

type DV = GoogleAppsScript.Spreadsheet.DataValidation;
type DVBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/**
 * A rule as data. For VALUE_IN_RANGE the first value is the range as "Sheet!A1:B2" text
 * (facades hand back a Range, as Apps Script does).
 */
export type ValidationSpec = CellValidation;

export function copyValidation(spec: ValidationSpec): ValidationSpec {
  return {
    criteria: spec.criteria,
    values: spec.values.map((v) => (isDate(v) ? new Date(v.getTime()) : Array.isArray(v) ? [...(v as unknown[])] : v)),
    allowInvalid: spec.allowInvalid,
    helpText: spec.helpText,
  };
}

function criteriaValues(context: SpreadsheetContext, spec: ValidationSpec): unknown[] {
  const values = copyValidation(spec).values;
  if (spec.criteria === 'VALUE_IN_RANGE' && typeof values[0] === 'string') {
    try {
      values[0] = context.spreadsheet().rangeFromA1(values[0]);
    } catch {
      // The range's sheet is gone: keep the text, as a broken reference.
    }
  }
  return values;
}

export class EmulatedDataValidation extends emulatedBase<DV>('DataValidation') implements DV {
  constructor(
    readonly context: SpreadsheetContext,
    readonly spec: ValidationSpec,
  ) {
    super(context.runtime);
  }

  override copy(): EmulatedDataValidationBuilder {
    return new EmulatedDataValidationBuilder(this.context, copyValidation(this.spec));
  }

  override getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  override getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria[this.spec.criteria as keyof typeof DataValidationCriteria];
  }

  override getCriteriaValues(): unknown[] {
    return criteriaValues(this.context, this.spec);
  }

  override getHelpText(): string {
    return this.spec.helpText ?? '';
  }
}

export class EmulatedDataValidationBuilder extends emulatedBase<DVBuilder>('DataValidationBuilder') implements DVBuilder {
  constructor(
    readonly context: SpreadsheetContext,
    readonly spec: ValidationSpec = { criteria: '', values: [], allowInvalid: true, helpText: null },
  ) {
    super(context.runtime);
  }

  private require(criteria: string, values: unknown[]): this {
    this.spec.criteria = criteria;
    this.spec.values = values.map((v) => (isDate(v) ? new Date(v.getTime()) : v));
    return this;
  }

  override build(): EmulatedDataValidation {
    if (!this.spec.criteria) throw new Error('The data validation rule must have a criteria.');
    return new EmulatedDataValidation(this.context, copyValidation(this.spec));
  }

  override copy(): EmulatedDataValidationBuilder {
    return new EmulatedDataValidationBuilder(this.context, copyValidation(this.spec));
  }

  override getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  override getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria[this.spec.criteria as keyof typeof DataValidationCriteria];
  }

  override getCriteriaValues(): unknown[] {
    return criteriaValues(this.context, this.spec);
  }

  override getHelpText(): string | null {
    return this.spec.helpText;
  }

  override setAllowInvalid(allowInvalidData: boolean): this {
    this.spec.allowInvalid = !!allowInvalidData;
    return this;
  }

  override setHelpText(helpText: string): this {
    this.spec.helpText = String(helpText);
    return this;
  }

  override requireValueInList(values: string[], showDropdown?: boolean): this {
    if (!Array.isArray(values)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.");
    return this.require('VALUE_IN_LIST', [values.map(String), showDropdown ?? true]);
  }

  override requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): this {
    return this.require('VALUE_IN_RANGE', [(range as unknown as EmulatedRange).qualifiedA1(), showDropdown ?? true]);
  }

  override requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.require('CHECKBOX', values);
  }

  override requireDate(): this {
    return this.require('DATE_IS_VALID_DATE', []);
  }

  override requireDateAfter(date: GoogleAppsScript.Base.Date): this {
    return this.require('DATE_AFTER', [date]);
  }

  override requireDateBefore(date: GoogleAppsScript.Base.Date): this {
    return this.require('DATE_BEFORE', [date]);
  }

  override requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): this {
    return this.require('DATE_ON_OR_AFTER', [date]);
  }

  override requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): this {
    return this.require('DATE_ON_OR_BEFORE', [date]);
  }

  override requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): this {
    return this.require('DATE_BETWEEN', [start, end]);
  }

  override requireNumberBetween(start: number, end: number): this {
    return this.require('NUMBER_BETWEEN', [start, end]);
  }

  override requireNumberNotBetween(start: number, end: number): this {
    return this.require('NUMBER_NOT_BETWEEN', [start, end]);
  }

  override requireNumberEqualTo(n: number): this {
    return this.require('NUMBER_EQUAL_TO', [n]);
  }

  override requireNumberNotEqualTo(n: number): this {
    return this.require('NUMBER_NOT_EQUAL_TO', [n]);
  }

  override requireNumberGreaterThan(n: number): this {
    return this.require('NUMBER_GREATER_THAN', [n]);
  }

  override requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  override requireNumberLessThan(n: number): this {
    return this.require('NUMBER_LESS_THAN', [n]);
  }

  override requireNumberLessThanOrEqualTo(n: number): this {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  override requireTextContains(text: string): this {
    return this.require('TEXT_CONTAINS', [String(text)]);
  }

  override requireTextDoesNotContain(text: string): this {
    return this.require('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }

  override requireTextEqualTo(text: string): this {
    return this.require('TEXT_EQUAL_TO', [String(text)]);
  }

  override requireTextIsEmail(): this {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }

  override requireTextIsUrl(): this {
    return this.require('TEXT_IS_VALID_URL', []);
  }

  override requireFormulaSatisfied(formula: string): this {
    return this.require('CUSTOM_FORMULA', [String(formula)]);
  }

  override withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): this {
    return this.require(enumName(criteria), Array.isArray(args) ? [...args] : []);
  }
}

/** The spec of a rule from this emulator (null clears). */
export function validationSpecOf(rule: DV | null | undefined): ValidationSpec | null {
  if (rule === null || rule === undefined) return null;
  const spec = (rule as unknown as EmulatedDataValidation).spec;
  if (!spec) throw new Error('not emulated: Range.setDataValidation(with a foreign rule object)');
  return copyValidation(spec);
}
