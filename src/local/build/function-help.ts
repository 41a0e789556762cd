/**
 * The custom functions as the sidebar's Help pane lists them, from the registry (the one place a
 * function is declared): name, one-line summary and one example per language. The build injects
 * the list into sidebar.html (the sidebar cannot import src/gas).
 */
import type { FunctionHelp } from '../../core/api';
import { CUSTOM_FUNCTIONS, type CustomFunctionSpec } from '../../gas/registry';

/**
 * A formula as a French spreadsheet takes it: arguments separated by ";" and decimal commas
 * (Sheets swaps both in comma-decimal locales), text in quotes left alone.
 */
export function frenchFormula(formula: string): string {
  return formula.replace(/"[^"]*"|(\d)\.(\d)|,/g, (token, a?: string, b?: string) => (token.startsWith('"') ? token : a !== undefined ? `${a},${b}` : ';'));
}

function example(spec: CustomFunctionSpec, lang: 'en' | 'fr'): string {
  const own = spec.examples.find((e) => (lang === 'fr' ? /^fr/i.test(e.locale ?? '') : !/^fr/i.test(e.locale ?? '')));
  const formula = (own ?? spec.examples[0])?.formula ?? `=${spec.name}()`;
  // The French example is always written in French separators, even when the registry's was not.
  return lang === 'fr' ? (formula.includes(';') ? formula : frenchFormula(formula)) : formula;
}

export function functionHelp(): FunctionHelp[] {
  return CUSTOM_FUNCTIONS.map((spec) => ({ name: spec.name, summary: spec.summary, example: { en: example(spec, 'en'), fr: example(spec, 'fr') } }));
}
