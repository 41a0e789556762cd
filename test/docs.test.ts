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

  it('an example run in a French locale is written as typed there: arguments separated by ";"', () => {
    const page = functionsPage();
    const french = CUSTOM_FUNCTIONS.flatMap((spec) => spec.examples.filter((ex) => /^fr/i.test(ex.locale ?? '')));
    const lines = page.split('\n').filter((l) => /^- `=[A-Z]+\(.*` \(fr_[A-Z]{2}\)/.test(l));
    expect(lines).toHaveLength(french.length);
    expect(french.length).toBeGreaterThan(3);
    // No comma outside quoted text: "=GOALVERDICT(A2:B4, 50%, …)" does not parse in an fr_FR spreadsheet.
    for (const line of lines) expect(line.split('`')[1].replace(/"[^"]*"/g, '')).not.toContain(',');
    // Near miss: an English example keeps its commas.
    expect(page).toContain('`=GOALVERDICT(A2:B4, 30%, "2026-11-23", "2026-11-20")` → `"realistic"`');
  });

  it('refuses a README without the generated-block markers', () => {
    expect(() => updatedReadme('# no markers')).toThrow(/markers/);
  });
});
