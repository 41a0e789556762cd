/**
 * mend54f, the review of surf54 through the BUILT bundle on the emulator, EN and FR:
 * S1. "per thousand" / « par millier » is a rate in the whole currency, no scale: "$80" stays $80 (no "$0.08k", no "on track");
 * S2. a "(k€)" column holding whole amounts (1,315,000): the sentence's €1,500,000 is compared as written, with a note
 *     that the header's scale and the values disagree — the row is flagged, never a silent "on track" on 1,500 k€;
 * S3. a Target formula that gives no target (=NA(), =IFERROR(1/0,"")) is not said "computed by a formula";
 * S7. a long Target formula is quoted by its start and "…" in the notes and the report, not whole.
 */
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { addSheet, monthlyRows, TODAY } from './harness';

const PER_THOUSAND = Array.from({ length: 24 }, (_, i) => 40 + i);
const WHOLE = Array.from({ length: 24 }, (_, i) => 1_200_000 + i * 5_000);
const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

const CASES = [
  {
    locale: 'en_US', lang: 'en' as const, header: ['ID', 'Goal', 'KPI', 'Target', 'Deadline'], deadline: '12/31/2027',
    rate: 'Revenue per thousand sessions ($)', rateGoal: 'Grow revenue per thousand sessions to $80 by December 31, 2027',
    whole: 'Revenue (k€)', wholeGoal: 'Reach €1,500,000 in revenue by December 31, 2027',
    disagree: 'header says k€ but its values look whole', computed: 'Target computed by a formula', review: /^unrealistic$/,
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Échéance'], deadline: '31/12/2027',
    rate: 'Coût par millier d’impressions (€)', rateGoal: 'Atteindre un coût par millier d’impressions de 80 € d’ici le 31 décembre 2027',
    whole: 'CA (k€)', wholeGoal: 'Atteindre 1 500 000 € de CA d’ici le 31 décembre 2027',
    disagree: 'dit k€ mais ses valeurs semblent entières', computed: 'Cible calculée par une formule', review: /^irréaliste$/,
  },
];

describe.each(CASES)('mend54f: the review of surf54’s scales and formula targets ($locale)', (c) => {
  const emulator = createEmulator({ spreadsheetLocale: c.locale, userLocale: c.lang, evaluateFormulas: true });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  const run = <T = unknown>(name: string, ...args: unknown[]): T => emulator.runExecution(() => addon.call<T>(name, ...args));
  addSheet(emulator, 'Web', monthlyRows(c.rate, PER_THOUSAND));
  addSheet(emulator, 'Revenue', monthlyRows(c.whole, WHOLE));
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getSheets()[0];
  goals.setName(c.lang === 'fr' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 6, 5).setValues([
    c.header,
    ['G1', c.rateGoal, 'Web', '', c.deadline],
    ['G2', c.wholeGoal, 'Revenue', '', c.deadline],
    ['G3', c.wholeGoal, 'Revenue', '', c.deadline],
    ['G4', c.wholeGoal, 'Revenue', '', c.deadline],
    ['G5', c.rateGoal, 'Web', '', c.deadline],
  ]);
  // A 2,500-character formula giving 80.
  const longFormula = `=80${'+0*LEN(A1)'.repeat(260)}`;
  goals.getRange(6, 4).setFormula(longFormula);
  goals.getRange(4, 4).setFormula('=NA()');
  goals.getRange(5, 4).setFormula('=IFERROR(1/0,"")');
  run('checkGoals');
  const sheet = goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const notes = (id: string): string => sheet.find((r) => r[0] === id)!.at(-1)!;
  const verdict = (id: string): string => sheet.find((r) => r[0] === id)![sheet[0].findIndex((h) => /^Verdict$/.test(h))];

  it('S1. a rate per thousand is in the whole currency: $80 / 80 € stays 80, never a thousandth', () => {
    expect(notes('G1')).not.toMatch(/0[.,]08|\dk\b|k€|k\$/);
    expect(notes('G1')).toMatch(/80/);
  });

  it('S2. whole amounts under a (k€) header: compared as written, said, judged unrealistic as before surf54, no 1,500 k€', () => {
    expect(notes('G2')).toContain(c.disagree);
    expect(verdict('G2')).toMatch(c.review);
    expect(notes('G2')).not.toMatch(/1[,  ]?500 k€|€1,500k/);
  });

  it('S3. a Target formula giving no target is not said computed', () => {
    expect(notes('G3')).not.toContain(c.computed);
    expect(notes('G4')).not.toContain(c.computed);
  });

  it('S7. a long Target formula is quoted by its first 60 characters and "…", in the notes and the report', () => {
    expect(longFormula.length).toBeGreaterThan(2500);
    const quoted = `${longFormula.slice(0, 59)}…`;
    expect(notes('G5')).toContain(`${c.computed} (${quoted})`);
    expect(notes('G5').length).toBeLessThan(600);
    run('menuGeneratePlanReport');
    const report = book.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!.getDataRange().getDisplayValues().map((r) => r.map(spaced));
    const lines = report.filter((r) => r[1].includes('=80+0*LEN'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(2);
  });
});

describe.each([
  { locale: 'en_US', lang: 'en' as const, header: 'Revenue ($bn)', goal: 'Reach $1.5bn in revenue by December 31, 2027', deadline: '12/31/2027', shown: /\$1\.50bn/ },
  { locale: 'fr_FR', lang: 'fr' as const, header: 'CA (Md€)', goal: 'Atteindre 1,5 Md€ de CA d’ici le 31 décembre 2027', deadline: '31/12/2027', shown: /1,50 Md€/ },
])('mend54f S4: billions in the plan report’s cells as the notes write them ($locale)', (c) => {
  it('cells read "$1.50bn" / « 1,50 Md€ », never "G$" / « G€ »', () => {
    const emulator = createEmulator({ spreadsheetLocale: c.locale, userLocale: c.lang, evaluateFormulas: true });
    const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
    const run = <T = unknown>(name: string, ...args: unknown[]): T => emulator.runExecution(() => addon.call<T>(name, ...args));
    addSheet(emulator, 'Revenue', monthlyRows(c.header, Array.from({ length: 24 }, (_, i) => 1.2 + i * 0.01)));
    const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const goals = book.getSheets()[0];
    goals.getRange(1, 1, 2, 4).setValues([['ID', c.lang === 'fr' ? 'Objectif' : 'Goal', 'KPI', c.lang === 'fr' ? 'Échéance' : 'Deadline'], ['G1', c.goal, 'Revenue', c.deadline]]);
    run('checkGoals');
    run('menuGeneratePlanReport');
    const report = book.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!.getDataRange().getDisplayValues().flat().map(spaced).join('\n');
    expect(report).not.toMatch(/G\$|G€/);
    expect(report).toMatch(c.shown);
  });
});
