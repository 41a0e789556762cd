import { functionsPage, readmeTable, staleDocs, updatedReadme } from '../src/local/build/docs';
import { CUSTOM_FUNCTIONS } from '../src/gas/registry';

describe('generated documentation', () => {
  it('README function table and docs/FUNCTIONS.md are in sync with the registry (run `npm run docs`)', () => {
    expect(staleDocs()).toEqual([]);
  });

  it('lists every registry function in both generated documents', () => {
    const table = readmeTable();
    const page = functionsPage();
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(table).toContain(`\`${spec.name}(`);
      expect(page).toContain(`## ${spec.name}`);
      expect(page).toContain(spec.summary.fr);
    }
  });

  it('refuses a README without the generated-block markers', () => {
    expect(() => updatedReadme('# no markers')).toThrow(/markers/);
  });
});
