import { parseBootCheck, sidebarBootAttributes, type CheckResponse } from '../../src/core/api';

/** Reads one double-quoted attribute back the way an HTML parser does (the four entities the writer uses). */
function attribute(html: string, name: string): string | undefined {
  const match = new RegExp(`${name}="([^"]*)"`).exec(html);
  return match?.[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('sidebar boot attributes', () => {
  const hostile = '"><img src=x onerror=alert(1)> & &quot; </div>';
  const check = { checked: 2, summary: `2 goals checked: ${hostile}`, flagged: [{ row: 3, sheetName: 'Goals "Q1"', statement: hostile, reasons: [hostile] }] } as unknown as CheckResponse;

  it('writes the pane and the language', () => {
    expect(sidebarBootAttributes('wizard', 'fr')).toBe('data-pane="wizard" data-lang="fr"');
  });

  it('carries a check result with goal texts that cannot break out of the attribute', () => {
    const html = sidebarBootAttributes('check', 'en', check);
    const value = html.slice(html.indexOf('data-check="') + 'data-check="'.length, -1);
    expect(value).not.toMatch(/[<>"]/);
    expect(parseBootCheck(attribute(html, 'data-check'))).toEqual(check);
  });

  it('ignores a missing or malformed attribute', () => {
    expect(parseBootCheck(undefined)).toBeNull();
    expect(parseBootCheck('{not json')).toBeNull();
    expect(parseBootCheck('{"checked":"2","flagged":[],"summary":""}')).toBeNull();
  });
});
