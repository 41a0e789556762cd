/**
 * polish61, item d (audit61 g): the preview's own bar said « Download .xlsx » in English on a French sheet while the
 * add-on's menu and sidebar beside it spoke French. The bar's labels now follow the language of the person previewing
 * (the workbook's unless --locale says otherwise), like the sidebar.
 */

import { previewPage } from '../../../src/local/preview/page';
import { startPreview, type StartedPreview } from '../../../src/local/preview/server';

describe('the preview bar speaks the previewer’s language', () => {
  let preview: StartedPreview;
  beforeAll(async () => {
    preview = await startPreview({ port: 0, workbook: 'example', locale: 'fr_FR' });
  });
  afterAll(async () => preview?.close());

  it('in French on a French sheet: the download link, the close button and the page’s language', async () => {
    const page = await (await fetch(`http://127.0.0.1:${preview.port}/`)).text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('>Télécharger le .xlsx</a>');
    expect(page).toContain('aria-label="Fermer le panneau latéral"');
    expect(page).not.toContain('Download .xlsx');
  });

  it('in English otherwise, as before', () => {
    const page = previewPage('en');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('>Download .xlsx</a>');
    expect(page).toContain('aria-label="Close sidebar"');
  });
});
