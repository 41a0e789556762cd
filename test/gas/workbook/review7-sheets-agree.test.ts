/**
 * Review 7, "Check goals and formulas agreeing with Sheets on a user's real workbook", through the BUILT bundle on the
 * emulator, FR and EN (K1–K8).
 */
import { addSheet, harness, monthlyRows, MONTHLY_LEADS, type Harness } from './harness';

type Grid = unknown[][];
type Locale = 'fr_FR' | 'en_US';

const HEADERS: Record<Locale, { goals: string; cols: string[]; notes: string; probability: string; score: string; flag: string }> = {
  fr_FR: { goals: 'Objectifs', cols: ['ID', 'Objectif', 'Indicateur', 'Responsable', 'Valeur de départ', 'Cible', 'Début', 'Échéance'], notes: 'Remarques SMART', probability: 'Probabilité', score: 'Score SMART', flag: 'Contrôle' },
  en_US: { goals: 'Goals', cols: ['Goal ID', 'Goal', 'KPI', 'Owner', 'Baseline', 'Target', 'Start', 'Deadline'], notes: 'SMART notes', probability: 'Probability', score: 'SMART score', flag: 'Check' },
};

/** A fresh workbook: a goals tab (rows in the order of HEADERS.cols) and KPI tabs, typed as a user types them. */
function workbook(locale: Locale, goals: unknown[][], tabs: Record<string, unknown[][]>, cols = HEADERS[locale].cols): { h: Harness; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  for (const [name, rows] of Object.entries(tabs)) addSheet(h.emulator, name, rows);
  const sheet = addSheet(h.emulator, HEADERS[locale].goals, [cols, ...goals]);
  return { h, sheet };
}

/** Cells of the row whose first cell is `id`, by header. */
function rowOf(values: Grid, id: string): Record<string, unknown> {
  const header = values[0] as string[];
  const row = values.find((r) => r[0] === id);
  if (!row) throw new Error(`no row ${id}`);
  return Object.fromEntries(header.map((name, i) => [name, row[i]]));
}

/** Monthly quota-attainment levels of 70–75 %, December 2024 to November 2026. */
const ATTAINMENT = Array.from({ length: 24 }, (_, i) => 0.7 + (i % 6) / 100);

// K1. A KPI column header (or tab) named by the catalog KPI — label or synonym, FR or EN, any case or accents — is the
// KPI's history, even when the name holds a word of a plan column ("quota", « objectifs »): only what is left once the
// KPI's name is read may make it a plan ("Quota attainment target").
describe.each([
  ['en_US', 'Raise quota attainment to 90% by end of June 2027', ['Quota attainment', 'QUOTA ATTAINMENT', 'Quota achievement']],
  ['fr_FR', 'Porter l’atteinte du quota à 90 % d’ici fin juin 2027', ['Atteinte du quota', 'ATTEINTE DES QUOTAS', 'Taux d’atteinte des objectifs']],
] as const)('K1 a KPI tab named by a catalog KPI holding a plan word (%s)', (locale, sentence, tabs) => {
  const l = HEADERS[locale as Locale];
  it.each(tabs)('%s: linked from the goal sentence and from the KPI column', (tab) => {
    const { h, sheet } = workbook(locale as Locale, [['G1', sentence, '', 'Emma', '', '', '', '2027-06-30'], ['G2', sentence, tab, 'Emma', '', '', '', '2027-06-30']], { [tab]: monthlyRows(tab, ATTAINMENT) });
    h.run('checkGoals');
    const values = sheet.getDataRange().getValues();
    for (const id of ['G1', 'G2']) {
      expect(String(rowOf(values, id)[l.notes])).not.toMatch(/No KPI tab found|Aucun onglet d’indicateur/);
      expect(typeof rowOf(values, id)[l.probability]).toBe('number');
    }
  });

  it('a plan column ("… target", « objectif … ») is still no history', () => {
    const plan = locale === 'en_US' ? 'Quota attainment target' : 'Objectif d’atteinte du quota';
    const { h, sheet } = workbook(locale as Locale, [['G1', sentence, '', 'Emma', '', '', '', '2027-06-30']], { [plan]: monthlyRows(plan, ATTAINMENT) });
    h.run('checkGoals');
    expect(String(rowOf(sheet.getDataRange().getValues(), 'G1')[l.notes])).toMatch(/No KPI tab found|Aucun onglet d’indicateur/);
  });
});

// K2. Text "1.234" reads as a cell of the spreadsheet locale reads it (CLDR number symbols, core/numbers.ts): in de_DE,
// es_ES, it_IT, pt_BR, nl_NL the dot groups thousands (1234); in en_US it is the decimal point (1.234); in fr_FR the
// group is a narrow no-break space and the dot is neither separator, so it is refused with the localized message rather
// than guessed. One rule for formula arguments, formula histories, the Goals tab and KPI tabs.
describe('K2 text "1.234" in the spreadsheet locale', () => {
  it.each(['de_DE', 'es_ES', 'it_IT', 'pt_BR', 'nl_NL'])('%s: 1234 in a formula argument, as a typed cell there', (locale) => {
    const h = harness({ spreadsheetLocale: locale });
    expect(h.addon.call('GOALPROGRESS', 0, 2000, '1.234')).toBeCloseTo(0.617, 10);
    expect(h.addon.call('GOALPROGRESS', '1.000', '2.000', '1.500')).toBeCloseTo(0.5, 10);
    // What Sheets stores when "1.234" is typed in a cell of that locale (dot = CLDR group).
    const cell = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet().getRange('A1');
    cell.setValue('1.234');
    expect(cell.getValue()).toBe(1234);
  });

  it('en_US: 1.234', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    expect(h.addon.call('GOALPROGRESS', 0, 2, '1.234')).toBeCloseTo(0.617, 10);
  });

  it('fr_FR: refused, not guessed (« 1,234 » and « 1 234 » are read)', () => {
    const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
    expect(() => h.addon.call('GOALPROGRESS', 0, 2000, '1.234')).toThrow('Nombre invalide\u202f: 1.234');
    expect(h.addon.call('GOALPROGRESS', 0, 2, '1,234')).toBeCloseTo(0.617, 10);
    expect(h.addon.call('GOALPROGRESS', 0, 2000, '1\u202f234')).toBeCloseTo(0.617, 10);
    expect(h.addon.call('GOALPROGRESS', 0, 1, '0.25')).toBeCloseTo(0.25, 10);
  });

  /** Monthly leads in the thousands, typed as text with the locale's group separator (a cell formatted as plain text). */
  const LEADS = [1180, 1205, 1230, 1190, 1250, 1215, 1240, 1260, 1225, 1270, 1255, 1280, 1245, 1290, 1265, 1300, 1275, 1310, 1285, 1320, 1295, 1330, 1305, 1340];
  const goal = ['G1', 'Reach 1,500 leads per month by end of June 2027', 'Leads', 'Emma', '', 1500, '', '2027-06-30'];

  it('de_DE: Check goals reads a KPI tab and a baseline of text "1.234" as the numbers they are', () => {
    const read = (typed: (v: number) => unknown) => {
      const h = harness({ spreadsheetLocale: 'de_DE' });
      addSheet(h.emulator, 'Leads', monthlyRows('Leads', LEADS.map(typed) as number[]));
      const sheet = addSheet(h.emulator, 'Goals', [HEADERS.en_US.cols, [...goal.slice(0, 4), typed(1340), ...goal.slice(5)]]);
      h.run('checkGoals');
      return rowOf(sheet.getDataRange().getValues(), 'G1');
    };
    const numeric = read((v) => v);
    const text = read((v) => `'${String(v).replace(/(\d)(\d{3})$/, '$1.$2')}`);
    expect(String(text[HEADERS.en_US.notes])).not.toMatch(/not a number|skipped|ignored/i);
    expect(typeof numeric[HEADERS.en_US.probability]).toBe('number');
    expect(text[HEADERS.en_US.probability]).toBe(numeric[HEADERS.en_US.probability]);
  });

  it('fr_FR: Check goals refuses a baseline of text « 1.234 » with the localized note', () => {
    const { h, sheet } = workbook('fr_FR', [['G1', 'Atteindre 1 500 leads par mois d’ici fin juin 2027', 'Leads', 'Emma', '\'1.340', 1500, '', '2027-06-30']], { Leads: monthlyRows('Leads', LEADS) });
    h.run('checkGoals');
    expect(String(rowOf(sheet.getDataRange().getValues(), 'G1')[HEADERS.fr_FR.notes])).toContain('Valeur de départ\u202f: «\u202f1.340\u202f» n’est pas un nombre\u202f; ignoré.');
  });
});

// K3. A total goal whose deadline has passed: its outcome is the total since the goal's start. Check goals counts it when
// the Start column gives that date; without one, and in the formulas (no Start argument), both say the same sentence —
// the outcome is unknown, and why — with the same verdict, never an outcome read off one period's value. Review 8 (E4):
// inside Check goals the way out is "fill in its Start column"; the formula keeps naming Check goals' Start column.
describe.each([
  ['en_US', 'Generate 400 leads by end of June 2026', 'Deadline passed (June 30, 2026): a total is counted from the start date of the goal, not given here, so its outcome is unknown (Check goals counts it from a Start column).', 'deadline passed'],
  ['fr_FR', 'Générer 400 leads d’ici fin juin 2026', 'Échéance dépassée (30 juin 2026)\u202f: un total se compte depuis la date de début de l’objectif, non donnée ici, donc son résultat est inconnu (Vérifier les objectifs le compte depuis une colonne Début).', 'échéance dépassée'],
] as const)('K3 a passed total goal without a start (%s)', (locale, sentence, formulaSaid, verdict) => {
  const said = formulaSaid.replace(/Check goals counts it from a Start column|Vérifier les objectifs le compte depuis une colonne Début/, locale === 'en_US' ? 'fill in its Start column' : 'remplissez sa colonne Début');
  const l = HEADERS[locale];
  const { h, sheet } = workbook(locale, [['G1', sentence, 'Leads', 'Emma', '', 400, '', '2026-06-30'], ['G2', sentence, 'Leads', 'Emma', '', 400, '2026-03-01', '2026-06-30']], { Leads: monthlyRows('Leads', MONTHLY_LEADS) });
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();
  const history = monthlyRows('Leads', MONTHLY_LEADS).slice(1);

  it('Check goals and the formulas tell one story: the same sentence, the same verdict', () => {
    const row = rowOf(values, 'G1');
    expect(String(row[l.notes]).split('\n')).toContain(said);
    expect(said).not.toBe(formulaSaid);
    expect(row.Verdict).toBe(verdict);
    expect(() => h.addon.call('ACHIEVABILITY', history, 400, '2026-06-30', null, null, 'total')).toThrow(formulaSaid);
    expect(h.addon.call('GOALVERDICT', history, 400, '2026-06-30', null, null, 'total')).toBe(verdict);
  });

  it('with a Start date, Check goals counts the total (March–June 2026: 37 + 38 + 41 + 39 = 155, missed)', () => {
    const row = rowOf(values, 'G2');
    expect(String(row[l.notes])).not.toContain(said);
    expect(String(row[l.notes])).toMatch(/155/);
    expect(String(row.Verdict)).toMatch(/missed|manquée/);
  });
});

// K4. Two rows are the same goal only when every goal column agrees: the same sentence with another Start (Q1 vs Q2),
// Baseline, Direction or Aggregation is another goal; an exact copy is still said on the later row.
describe.each([
  ['en_US', 'Generate 120 leads by end of June 2027', ['Goal ID', 'Goal', 'KPI', 'Owner', 'Baseline', 'Target', 'Start', 'Deadline', 'Direction', 'Aggregation'], /Same goal as row (\d+)\./],
  ['fr_FR', 'Générer 120 leads d’ici fin juin 2027', ['ID', 'Objectif', 'Indicateur', 'Responsable', 'Valeur de départ', 'Cible', 'Début', 'Échéance', 'Sens de variation', 'Type de cumul'], /Même objectif que la ligne (\d+)\./],
] as const)('K4 the duplicate rule reads every goal column (%s)', (locale, sentence, cols, same) => {
  const base = ['', sentence, 'Leads', 'Emma', 40, 120, '2027-01-01', '2027-06-30', '', ''];
  const row = (id: string, changes: Record<number, unknown>) => base.map((v, i) => (i === 0 ? id : i in changes ? changes[i] : v));
  const { h, sheet } = workbook(
    locale,
    [
      row('Q1', {}),
      row('Q2', { 6: '2027-04-01' }),
      row('B', { 4: 45 }),
      row('T', { 9: 'total' }),
      row('L', { 9: locale === 'en_US' ? 'level' : 'niveau' }),
      row('D', { 8: locale === 'en_US' ? 'increase' : 'hausse' }),
      row('COPY', {}),
    ],
    { Leads: monthlyRows('Leads', MONTHLY_LEADS) },
    [...cols],
  );
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();
  const notes = (id: string) => String(rowOf(values, id)[HEADERS[locale].notes]);

  it('another Start, Baseline, Direction or Aggregation is another goal', () => {
    for (const id of ['Q2', 'B', 'T', 'L', 'D']) expect(notes(id)).not.toMatch(same);
  });

  it('an exact copy is still the same goal, naming the first row', () => {
    expect(same.exec(notes('COPY'))?.[1]).toBe(String(values.findIndex((r) => r[0] === 'Q1') + 1));
  });
});

// K5. A row under the table (after a blank row, only the Goal cell) is a remark when it opens with a remark word AND
// reads as no goal (no number, no KPI), or when that word is followed by ":". « Comment atteindre 20 % de marge… » is
// French "how": a goal. Both ways, FR and EN.
describe.each([
  ['fr_FR', ['Commentaire\u202f: revoir en janvier avec Emma', 'Commentaires bienvenus', 'Remarque\u202f: la marge 2026 est à confirmer'], ['Comment atteindre 20 % de marge d’ici juin 2027', 'Comment porter le chiffre d’affaires à 50 000 € d’ici fin 2027'], 'Lignes 4, 6, 8\u202f: texte sous le tableau, lu comme une remarque, pas un objectif.'],
  ['en_US', ['Comment: review in January with Emma', 'Comments welcome', 'Note: the 2026 margin is to be confirmed'], ['Notes app adoption: reach 500 active users by June 2027', 'Comment sections: grow revenue to $50,000 by end of 2027'], 'Rows 4, 6, 8: text under the table, read as a remark, not a goal.'],
] as const)('K5 remark or goal under the table (%s)', (locale, remarks, goals, said) => {
  const l = HEADERS[locale];
  const { h, sheet } = workbook(locale, [['G1', locale === 'fr_FR' ? 'Générer 120 leads d’ici fin juin 2027' : 'Generate 120 leads by end of June 2027', 'Leads', 'Emma', '', 120, '', '2027-06-30']], { Leads: monthlyRows('Leads', MONTHLY_LEADS) });
  // Each text after a blank row, alone in the Goal column.
  const rows: Record<string, number> = {};
  let next = sheet.getLastRow() + 2;
  for (const text of [...remarks, ...goals]) {
    sheet.getRange(next, 2).setValue(text);
    rows[text] = next;
    next += 2;
  }
  const summary = h.run<{ message: string }>('checkGoals');
  const values = sheet.getDataRange().getValues();
  const score = (row: number): unknown => values[row - 1][(values[0] as string[]).indexOf(l.score)];

  it('a remark word with ":" or with no number and no KPI is a remark, said in the summary', () => {
    expect(remarks.map((text) => rows[text])).toEqual([4, 6, 8]);
    expect(summary.message).toContain(said);
    for (const text of remarks) expect(score(rows[text])).toBe('');
  });

  it('a remark word opening a sentence with a number or a KPI is a goal, scored', () => {
    for (const text of goals) expect(typeof score(rows[text])).toBe('number');
  });
});

// K6. A yearly total on one year of monthly history has no whole year to read: both surfaces judge the total over its
// own year (1 January – 31 December 2027) from the monthly forecast, the status quo's months before it put on the target
// (core/achievability `windowTotalShift`). SMARTSCORE read it as a monthly LEVEL of 5,500 (85, "over-ambitious").
describe.each([
  ['en_US', ['Generate 5,500 leads per year by end of 2027', 'Generate 5,500 leads a year', 'Generate 7,000 leads per year by end of 2027']],
  ['fr_FR', ['Générer 5 500 leads par an d’ici fin 2027', 'Générer 5 500 leads par an', 'Générer 7 000 leads par an d’ici fin 2027']],
] as const)('K6 a yearly total on a year of monthly history (%s)', (locale, sentences) => {
  /** Monthly leads, December 2025 to November 2026. */
  const LEADS = [400, 410, 395, 420, 430, 415, 440, 450, 435, 460, 470, 455];
  const tab = [['Month', 'Leads'], ...LEADS.map((v, i) => [i === 0 ? '2025-12-01' : `2026-${String(i).padStart(2, '0')}-01`, v])];
  const l = HEADERS[locale];
  const { h, sheet } = workbook(locale, sentences.map((s, i) => [`Y${i}`, s, 'Leads', 'Emma', '', '', '', '']), { Leads: tab });
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();

  it.each(sentences.map((s, i) => [s, i]))('%s: SMARTSCORE over the history gives Check goals’ score', (sentence, i) => {
    const row = rowOf(values, `Y${i}`);
    expect(h.addon.call('SMARTSCORE', sentence, tab, '2026-11-26')).toBe(row[l.score]);
  });

  it('at the current pace (about 430 a month, rising), 5,500 in 2027 is within reach, 7,000 is not', () => {
    expect(rowOf(values, 'Y0')[l.score]).toBe(100);
    expect(rowOf(values, 'Y2')[l.score]).toBeLessThan(100);
  });
});

// K8. The example rewrite names the KPI in the user's own words when they name a catalog KPI ("win rate" for the close
// rate, « taux de transformation »), on both surfaces: Check goals (whatever the KPI column says) and SMARTCHECK.
describe.each([
  ['en_US', [['Improve win rate', 'Close rate', 'Increase win rate by'], ['Improve the win rate', 'Win rate', 'Increase the win rate by'], ['Increase qualified prospects', 'Leads', 'qualified prospects'], ['Boost sign-ups', 'Sign-ups', 'sign-ups']], /e\.g\. “([^”]+)”/, /Try: “([^”]+)”/],
  ['fr_FR', [['Améliorer le taux de transformation', 'Taux de transformation', 'le taux de transformation'], ['Réduire le churn', 'Churn', 'Réduire le churn de'], ['Augmenter les prospects qualifiés', 'Leads', 'les prospects qualifiés'], ['Augmenter les inscriptions', 'Inscriptions', 'les inscriptions']], /par ex\. «\u202f([^»]+)\u202f»/, /Par ex\.\u202f: «\u202f([^»]+)\u202f»/],
] as const)('K8 one example rewrite on both surfaces (%s)', (locale, rows, inCheck, inSmartcheck) => {
  const l = HEADERS[locale];
  const { h, sheet } = workbook(locale, rows.map(([sentence, kpi], i) => [`E${i}`, sentence, kpi, 'Emma', '', '', '', '']), {});
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();

  it.each(rows.map((r, i) => [...r, i] as const))('%s (KPI column “%s”): %s', (sentence, _kpi, words, i) => {
    const check = inCheck.exec(String(rowOf(values, `E${i}`)[l.notes]))?.[1];
    const smartcheck = inSmartcheck.exec(String(h.addon.call('SMARTCHECK', sentence, '2026-11-26')))?.[1];
    expect(check).toBeDefined();
    expect(check).toBe(smartcheck);
    expect(check).toContain(words);
  });
});

// K7. "+20 % leads by 31 January 2027" on weekly leads: the window's total is compared with as many weeks just before
// it as `assess` sums. Worked example: weekly rows dated Mondays up to 16 Nov 2026 (the week of 16–22 Nov), 98 and 102
// in turn, so any 10 weeks in a row total 1,000; today Thursday 26 Nov. `assess` sums the 10 weeks stamped 23 Nov,
// 30 Nov, … 25 Jan (`periodsUntil`), so the reference is the 10 weeks of 14 Sep – 22 Nov: 1,000, +20 % = 1,200, a
// required pace of 1,200 / 10 = 120 a week. It was the 9 weeks of 21 Sep – 22 Nov (902, +20 % = 1,082.4) while the
// pace divided that by the 10 weeks summed (108.24 a week): a target for 9 weeks judged over 10.
describe.each([
  ['en_US', 'Increase leads by 20% by January 31, 2027', 'Compared with 1,000 from September 14, 2026 to November 22, 2026 (the same length of time just before).', /\b120 per week\b/],
  ['fr_FR', 'Augmenter les leads de 20 % d’ici le 31 janvier 2027', 'Comparé à 1\u202f000 du 14 septembre 2026 au 22 novembre 2026 (la même durée juste avant).', /\b120 par semaine\b/],
] as const)('K7 a relative change on a summed KPI (%s)', (locale, sentence, compared, pace) => {
  const weeks = [['Week', 'Leads'], ...Array.from({ length: 38 }, (_, i) => [new Date(Date.UTC(2026, 2, 2) + i * 7 * 86_400_000).toISOString().slice(0, 10), i % 2 === 0 ? 98 : 102])];
  const l = HEADERS[locale];
  const { h, sheet } = workbook(locale, [['W1', sentence, 'Leads', 'Emma', '', '', '', '']], { Leads: weeks });
  h.run('checkGoals');
  const row = rowOf(sheet.getDataRange().getValues(), 'W1');

  it('compares the weeks the forecast sums, and the required pace divides that target by the same weeks', () => {
    expect(weeks[weeks.length - 1][0]).toBe('2026-11-16');
    expect(String(row[l.notes]).split('\n')).toContain(compared);
    h.run('generatePlanReport');
    const report = h.emulator.spreadsheet.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()));
    const cells = (report?.getDataRange().getValues() ?? []).flat().map((c) => String(c).replace(/[\u202f\u00a0]/g, ' '));
    expect(cells.some((c) => pace.test(c))).toBe(true);
  });

  it('SMARTSCORE asks the same question (its score is Check goals’ score)', () => {
    expect(h.addon.call('SMARTSCORE', sentence, weeks.slice(1), '2026-11-26')).toBe(row[l.score]);
  });
});
