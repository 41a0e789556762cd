/**
 * surf62 (e): polish61 put the preview bar's download link and close button in the previewer's language, but the page's
 * other words for assistive technology stayed English on a French preview — the page's title, the menu bar's, the
 * workbook's, the sheet tabs' and the sidebar's aria-labels, the sidebar frame's title, a chart's label when it has no
 * title, the tooltip on a cell's error, the toast of a menu item that failed, the tab's title once loaded. They are keys of the CLI's FR/EN catalog now (`preview.*`), like the bar's.
 */
import { previewPage } from '../../../src/local/preview/page';

const ENGLISH = ['SMART Goals preview', 'aria-label="Spreadsheet menu"', 'aria-label="Workbook"', 'aria-label="Sheets"', 'aria-label="Add-on sidebar"', 'title="SMART Goals sidebar"', "|| 'Chart'", "'Error\\n'", "toast('Error'", "' — SMART Goals preview'"];

describe('surf62 (e): the preview page’s labels in the previewer’s language', () => {
  it('French: every label from the catalog, none of the English ones', () => {
    const page = previewPage('fr');
    for (const english of ENGLISH) expect(page).not.toContain(english);
    expect(page).toContain('<title>Aperçu de SMART Goals</title>');
    expect(page).toContain('aria-label="Menu du classeur"');
    expect(page).toContain('aria-label="Classeur"');
    expect(page).toContain('aria-label="Feuilles"');
    expect(page).toContain('aria-label="Panneau latéral du module complémentaire"');
    expect(page).toContain('title="Panneau latéral de SMART Goals"');
    expect(page).toContain('data-chart-label="Graphique"');
    expect(page).toContain('data-error-label="Erreur"');
    // The tab's title once the workbook is loaded: « Classeur — Aperçu de SMART Goals ».
    expect(page).toContain('data-page-title="Aperçu de SMART Goals"');
  });

  it('English: the same words as before, now from the catalog', () => {
    const page = previewPage('en');
    expect(page).toContain('<title>SMART Goals preview</title>');
    expect(page).toContain('aria-label="Spreadsheet menu"');
    expect(page).toContain('aria-label="Workbook"');
    expect(page).toContain('aria-label="Sheets"');
    expect(page).toContain('aria-label="Add-on sidebar"');
    expect(page).toContain('title="SMART Goals sidebar"');
    expect(page).toContain('data-chart-label="Chart"');
    expect(page).toContain('data-error-label="Error"');
  });
});
