import { formatPoints, useNumberLocale } from '../../src/core/format';
import { numberLang } from '../../src/core/numbers';
import { displayDelta, displayValue, isNegligibleDelta, otherCurrencyTyped, parseUnitInput, roundForEntry, toInputText, unitLabel } from '../../src/sidebar/values';

describe('KPI values in inputs', () => {
  it('reads percent fields typed with or without the % sign', () => {
    expect(parseUnitInput('30', 'percent', 'en')).toBeCloseTo(0.3);
    expect(parseUnitInput('30 %', 'percent', 'fr')).toBeCloseTo(0.3);
    expect(parseUnitInput('27,5', 'percent', 'fr')).toBeCloseTo(0.275);
    expect(parseUnitInput('abc', 'percent', 'en')).toBeNull();
    expect(parseUnitInput('', 'count', 'en')).toBeNull();
  });

  it('reads counts and amounts as they are', () => {
    expect(parseUnitInput('1,200', 'currency', 'en')).toBe(1200);
    expect(parseUnitInput('1 200,5', 'currency', 'fr')).toBe(1200.5);
    expect(parseUnitInput('120', 'count', 'fr')).toBe(120);
  });

  it('takes "Rs." off a rupee amount and reads huge values back as the field shows them (final read)', () => {
    // "Rs. 50,000" left ". 50,000", which both readings took for 50.
    expect(parseUnitInput('Rs. 50,000', 'currency', 'en', '₹', 'in')).toBe(50000);
    expect(parseUnitInput('Rs 50,000', 'currency', 'en', 'INR', 'in')).toBe(50000);
    // From 10¹⁵ on the field shows plain digits (formatNumber's power of ten read back as nothing).
    expect(toInputText(2e15, 'currency', 'en')).toBe('2000000000000000');
    expect(parseUnitInput(toInputText(2e15, 'currency', 'en'), 'currency', 'en', 'IDR', 'en')).toBe(2e15);
  });

  it('reads amounts by the sheet’s number reading, not the UI language: "180.000" in a de_DE sheet is 180,000 (review 27)', () => {
    expect(parseUnitInput('180.000', 'currency', 'en', 'EUR', 'de')).toBe(180000);
    expect(parseUnitInput('1.234,50 €', 'currency', 'en', 'EUR', 'de')).toBe(1234.5);
    expect(parseUnitInput('162500.5', 'currency', 'en', 'EUR', 'de')).toBe(162500.5);
    expect(parseUnitInput('0.250', 'count', 'en', null, 'de')).toBe(0.25);
    // The same text in an English sheet is what an en_US cell reads.
    expect(parseUnitInput('180.000', 'currency', 'en', 'EUR')).toBe(180);
    // What the field itself shows ("145,500", grouped the sidebar's way) reads back as shown, whatever the sheet.
    expect(parseUnitInput('145,500', 'currency', 'en', 'EUR', 'de')).toBe(145500);
    // fixes62, checked and kept: "2,500" is what the field writes for 2,500, so it reads 2,500; the sheet's habit writes 2.5
    // "2,5", which the English reading refuses and the sheet's reads 2.5.
    expect(toInputText(2500, 'currency', 'en')).toBe('2,500');
    expect(parseUnitInput('2,500', 'currency', 'en', 'EUR', 'de')).toBe(2500);
    expect(parseUnitInput('2,5', 'currency', 'en', 'EUR', 'de')).toBe(2.5);
    // A real typed in the sheet's way, its mark from core's one table (fixes62).
    expect(parseUnitInput('R$ 60.000', 'currency', 'en', 'R$', 'de')).toBe(60000);
    expect(otherCurrencyTyped('R$ 60.000', 'currency', '€')).toBe('R$');
  });

  it('reads an amount or a count typed with a k/M multiplier, as a goal sentence and a Check goals cell do (review19)', () => {
    // "« 200 k€ » n’est pas un nombre" was the wizard's answer to what a French sales manager types first.
    expect(parseUnitInput('200 k€', 'currency', 'fr', '€')).toBe(200000);
    expect(parseUnitInput('200k€', 'currency', 'fr', 'EUR')).toBe(200000);
    expect(parseUnitInput('1,5 M€', 'currency', 'fr', '€')).toBe(1500000);
    expect(parseUnitInput('1,1 k€', 'currency', 'fr', '€')).toBe(1100);
    expect(parseUnitInput('$1.5M', 'currency', 'en', '$')).toBe(1500000);
    expect(parseUnitInput('$250K', 'currency', 'en', 'USD')).toBe(250000);
    expect(parseUnitInput('2.5bn', 'currency', 'en', '$')).toBe(2500000000);
    expect(parseUnitInput('+20 k', 'currency', 'fr', '€')).toBe(20000);
    expect(parseUnitInput('12k', 'count', 'en')).toBe(12000);
    // Another currency stays refused, a percentage takes no multiplier, and a bare letter is no number.
    expect(parseUnitInput('200 k$', 'currency', 'fr', '€')).toBeNull();
    expect(parseUnitInput('30k', 'percent', 'en')).toBeNull();
    expect(parseUnitInput('k', 'count', 'en')).toBeNull();
    expect(parseUnitInput('200 km', 'count', 'fr')).toBeNull();
  });

  it('writes values back in the locale, percent as points', () => {
    expect(toInputText(0.3, 'percent', 'en')).toBe('30');
    expect(toInputText(0.275, 'percent', 'fr')).toBe('27,5');
    expect(toInputText(null, 'count', 'en')).toBe('');
    expect(toInputText(0.1 + 0.2, 'percent', 'en')).toBe('30');
  });

  it('shows a value grouped as the sidebar writes numbers, and reads it back with the cells’ reader (review 26)', () => {
    useNumberLocale('fr_FR');
    expect(toInputText(145500, 'currency', 'fr')).toBe('145\u202f500');
    expect(toInputText(145500, 'currency', 'en')).toBe('145,500');
    expect(toInputText(1234567.25, 'count', 'fr')).toBe('1\u202f234\u202f567,25');
    expect(toInputText(0.275, 'percent', 'fr')).toBe('27,5');
    for (const lang of ['en', 'fr'] as const) for (const value of [145500, 1234567.25, 0.5, -2500]) expect(parseUnitInput(toInputText(value, 'count', lang), 'count', lang)).toBe(value);
    // fr_CA groups with a no-break space (CLDR), fr_LU with a dot, which a French cell reads as no group: left out there.
    useNumberLocale('fr_CA');
    expect(toInputText(145500, 'currency', 'fr')).toBe('145\u00a0500');
    expect(parseUnitInput('145\u00a0500', 'currency', 'fr', 'CAD', numberLang('fr_CA', 'fr'))).toBe(145500);
    useNumberLocale('fr_LU');
    expect(toInputText(145500.5, 'currency', 'fr')).toBe('145500,5');
    useNumberLocale(null);
    // What people type, grouped or not, the French decimal comma included.
    expect(parseUnitInput('145500', 'currency', 'fr')).toBe(145500);
    expect(parseUnitInput('145 500', 'currency', 'fr')).toBe(145500);
    expect(parseUnitInput('145 500,5', 'count', 'fr')).toBe(145500.5);
    expect(parseUnitInput('145,500', 'currency', 'en')).toBe(145500);
    expect(parseUnitInput('145500.5', 'count', 'en')).toBe(145500.5);
    // As in the sheet's cells: no guess where the cells refuse ("0,3" in en_US, "1.234" in French), an apostrophe only in
    // a Swiss sheet, lakhs only in an Indian one.
    expect(parseUnitInput('0,3', 'count', 'en', null, numberLang('en_US', 'en'))).toBeNull();
    expect(parseUnitInput('1.234', 'count', 'fr', null, numberLang('fr_FR', 'fr'))).toBeNull();
    expect(parseUnitInput('1’234.5', 'count', 'en', null, numberLang('en_US', 'en'))).toBeNull();
    expect(parseUnitInput('1’234.5', 'count', 'en', null, numberLang('en_CH', 'en'))).toBe(1234.5);
    expect(parseUnitInput('1,00,000', 'count', 'en', null, numberLang('en_IN', 'en'))).toBe(100000);
    expect(parseUnitInput('1’234,5', 'count', 'fr', null, numberLang('fr_CH', 'fr'))).toBe(1234.5);
    // An English sidebar on a de_DE sheet reads "145,500" as it shows it, not as 145.5.
    expect(parseUnitInput('145,500', 'count', 'en', null, numberLang('de_DE', 'en'))).toBe(145500);
  });

  it('writes a French trend with the one minus sign of every surface: the hyphen-minus, as the report and the formulas (review 26)', () => {
    // core/format `formatNumber`: CLDR 48's fr minusSign is U+002D (Intl: (-4.7).toLocaleString('fr-FR') is "-4,7"), what a
    // number cell beside our text shows and what a cell reads back; U+2212 is sv's or fi's. One rule, not one per surface.
    expect(displayDelta(-0.047, 'percent', 'fr')).toBe(`${formatPoints(-0.047, 'fr', 1, false)}`);
    expect(displayDelta(-0.047, 'percent', 'fr')).toBe('-4,7\u00a0points');
    expect(displayDelta(-0.047, 'percent', 'fr')).not.toContain('\u2212');
  });

  it('displays levels and changes', () => {
    expect(displayValue(0.25, 'percent', 'en')).toBe('25%');
    expect(displayDelta(0.012, 'percent', 'en')).toBe('+1.2\u00a0pts');
    expect(displayDelta(3, 'count', 'en')).toBe('+3');
    expect(displayDelta(-2.5, 'count', 'fr')).toBe('-2,5');
    expect(displayDelta(-1864.34, 'currency', 'en', '€')).toBe('-€1,864.34');
    expect(displayDelta(1864.34, 'currency', 'fr', '€')).toBe('+1\u202f864,34\u00a0€');
    expect(displayDelta(1864.34, 'currency', 'en', '$')).toBe('+$1,864.34');
  });

  it('writes amounts in the currency the sheet shows, never a made-up €', () => {
    expect(displayValue(158500, 'currency', 'en', '$')).toBe('$158,500');
    expect(displayValue(158500, 'currency', 'fr', '$')).toBe('158\u202f500\u00a0$');
    expect(displayValue(158500, 'currency', 'en', '€')).toBe('€158,500');
    expect(displayValue(158500, 'currency', 'fr', '€')).toBe('158\u202f500\u00a0€');
    expect(displayValue(158500, 'currency', 'en', '£')).toBe('£158,500');
    // ISO codes, as the spreadsheet locale gives them: the symbol when there is one, else the code — before the amount in
    // English with a no-break space (CLDR's "¤#,##0.00" and currencySpacing), after it in French.
    expect(displayValue(158500, 'currency', 'en', 'USD')).toBe('$158,500');
    expect(displayValue(158500, 'currency', 'fr', 'EUR')).toBe('158\u202f500\u00a0€');
    expect(displayValue(158500, 'currency', 'en', 'CHF')).toBe('CHF\u00a0158,500');
    // The yen's sign from core's one table of marks, as CLDR's English writes it (fixes64; "JPY 158,500" before).
    expect(displayValue(158500, 'currency', 'en', 'JPY')).toBe('¥158,500');
    expect(displayDelta(-1864.34, 'currency', 'en', 'CHF')).toBe('-CHF\u00a01,864.34');
    expect(displayValue(158500, 'currency', 'en', 'CAD')).toBe('CA$158,500');
    expect(displayValue(158500, 'currency', 'fr', 'CAD')).toBe('158\u202f500\u00a0$CA');
    expect(displayValue(158500, 'currency', 'fr', 'CHF')).toBe('158\u202f500\u00a0CHF');
    // No currency known (a catalog KPI in a sheet whose locale names none): a plain amount.
    expect(displayValue(158500, 'currency', 'en')).toBe('158,500');
    expect(displayValue(158500, 'currency', 'fr', null)).toBe('158\u202f500');
    expect(displayDelta(-1864.34, 'currency', 'en', null)).toBe('-1,864.34');
  });

  it('labels inputs with the currency sign when it is known', () => {
    expect(unitLabel('currency', 'en', '$')).toBe('$');
    expect(unitLabel('currency', 'fr', 'EUR')).toBe('€');
    expect(unitLabel('currency', 'en', null)).toBe('amount');
    expect(unitLabel('currency', 'fr')).toBe('montant');
    expect(unitLabel('percent', 'fr', '$')).toBe('%');
  });

  it('calls a change flat when no digit would show', () => {
    expect(isNegligibleDelta(0.0002, 'percent', 'en')).toBe(true);
    expect(isNegligibleDelta(0.002, 'percent', 'en')).toBe(false);
    expect(isNegligibleDelta(0.01, 'count', 'en')).toBe(true);
    expect(isNegligibleDelta(-0.004, 'currency', 'en')).toBe(true);
    // story47: money keeps its cents — a trend of −$0.40 a period shows "-$0.40" (on a $6.25 deal size, no flat trend).
    expect(isNegligibleDelta(-0.4, 'currency', 'en')).toBe(false);
  });
});

describe('roundForEntry', () => {
  it('rounds history values to what a person would type', () => {
    expect(roundForEntry(0.25033333, 'percent')).toBe(0.25);
    expect(roundForEntry(0.24449, 'percent')).toBe(0.244);
    expect(roundForEntry(131333.333, 'currency')).toBe(131333);
    expect(roundForEntry(1.66667, 'count')).toBe(1.67);
    expect(roundForEntry(-12.3456, 'days')).toBe(-12.35);
    expect(roundForEntry(Number.NaN, 'count')).toBeNaN();
  });

  it('gives an input text equal to the rounded value', () => {
    expect(toInputText(roundForEntry(0.25033333, 'percent'), 'percent', 'fr')).toBe('25');
    expect(toInputText(roundForEntry(0.2456, 'percent'), 'percent', 'fr')).toBe('24,6');
  });

  it('labels units from the catalog in the sidebar language', () => {
    expect(unitLabel('percent', 'fr')).toBe('%');
    expect(unitLabel('currency', 'fr')).toBe('montant');
    expect(unitLabel('currency', 'en')).toBe('amount');
    expect(unitLabel('count', 'fr')).toBe('nombre');
    expect(unitLabel('days', 'en')).toBe('days');
  });
});
