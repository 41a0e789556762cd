/**
 * The sidebar ships inside one HTML file and must stay small: it asks the
 * server for analysis instead of importing the statement or achievability
 * engines, and never reaches Node or Apps Script code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SIDEBAR = path.resolve(__dirname, '../../src/sidebar');
// messages/ui: the sidebar's own catalog (the server catalog, messages/index, stays out of sidebar.html).
// achievability/per-period: the analyzer's change-per-period rule (dates and series/period only), so the wizard's
// "+5 % per month" target is the one Check goals computes.
// kpi/bare-rate: the one rule for a number typed without % on a rate (no imports of its own; review 13, finding 23).
// achievability/count-rounding: the one way a count becomes whole (a driver goal's meetings; type imports only; fixes57).
// achievability/meets: the one wrong-side rule (`wrongSide`) the wizard shares with Check goals (type imports only; fixes63).
// currency-marks: which currency a sheet's mark names, one reading with Check goals' "another currency" rule (imports format
// only; cleanup61).
// regexp: text as a literal regular expression, one helper with the statement reader's KPI synonyms (no imports; surf50).
// stand-ins: the folded text's one-byte stand-ins for wide marks, which currency-marks writes folded marks with (no imports; perf62b).
const ALLOWED_CORE = new Set(['achievability/count-rounding', 'achievability/meets', 'achievability/per-period', 'api', 'currency-marks', 'dates', 'format', 'kpi/bare-rate', 'kpi/phrase', 'lock', 'messages/ui', 'numbers', 'regexp', 'stand-ins', 'types']);

function importsOf(file: string): string[] {
  const source = readFileSync(path.join(SIDEBAR, file), 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

describe('sidebar imports', () => {
  const files = readdirSync(SIDEBAR).filter((f) => f.endsWith('.ts'));

  it('finds the sidebar sources', () => {
    expect(files).toEqual(expect.arrayContaining(['main.ts', 'app.ts', 'wizard.ts']));
  });

  it.each(files)('%s imports only sidebar modules and light core modules', (file) => {
    const bad = importsOf(file).filter((spec) => {
      if (spec.startsWith('./')) return false;
      const core = /^\.\.\/core\/([\w-]+(?:\/ui|\/phrase|\/per-period|\/bare-rate|\/count-rounding|\/meets)?)(?:\/index)?$/.exec(spec);
      return !core || !ALLOWED_CORE.has(core[1]);
    });
    expect(bad).toEqual([]);
  });
});
