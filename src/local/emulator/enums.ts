/** Apps Script enums the add-on touches, as singleton objects (compare with ===, print with String()). */
import { enumOf } from './facade';

type SS = typeof GoogleAppsScript.Spreadsheet;

export const BooleanCriteria = enumOf<SS['BooleanCriteria']>('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);
export const InterpolationType = enumOf<SS['InterpolationType']>('InterpolationType', ['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']);
export const DeveloperMetadataLocationType = enumOf<SS['DeveloperMetadataLocationType']>('DeveloperMetadataLocationType', [
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
]);
export const DeveloperMetadataVisibility = enumOf<SS['DeveloperMetadataVisibility']>('DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT']);
export const Dimension = enumOf<SS['Dimension']>('Dimension', ['COLUMNS', 'ROWS']);
export const Direction = enumOf<SS['Direction']>('Direction', ['UP', 'DOWN', 'PREVIOUS', 'NEXT']);
export const WrapStrategy = enumOf<SS['WrapStrategy']>('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);
export const SheetType = enumOf<SS['SheetType']>('SheetType', ['GRID', 'OBJECT', 'DATASOURCE']);
export const DataValidationCriteria = enumOf<SS['DataValidationCriteria']>('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);
export const ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>('ChartType', [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);
export const Button = enumOf<typeof GoogleAppsScript.Base.Button>('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const SandboxMode = enumOf<typeof GoogleAppsScript.HTML.SandboxMode>('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = enumOf<typeof GoogleAppsScript.HTML.XFrameOptionsMode>('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);
export const AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AuthorizationStatus = enumOf<typeof GoogleAppsScript.Script.AuthorizationStatus>('AuthorizationStatus', ['REQUIRED', 'NOT_REQUIRED']);
export const ChartPosition = enumOf<typeof GoogleAppsScript.Charts.Position>('Position', ['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
export const CurveStyle = enumOf<typeof GoogleAppsScript.Charts.CurveStyle>('CurveStyle', ['NORMAL', 'SMOOTH']);
export const PointStyle = enumOf<typeof GoogleAppsScript.Charts.PointStyle>('PointStyle', ['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE']);
export const BorderStyle = enumOf<SS['BorderStyle']>('BorderStyle', ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']);
export const ProtectionType = enumOf<SS['ProtectionType']>('ProtectionType', ['RANGE', 'SHEET']);
