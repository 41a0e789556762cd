/** Text as a regular expression matching it literally (a currency sign "$", "Rs.", a KPI synonym "c.a."): one helper for core and the sidebar. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
