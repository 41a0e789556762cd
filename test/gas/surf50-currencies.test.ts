/**
 * surf50 (issue 11: every number a user reads formatted once, consistently), through the built bundle on the emulator, EN
 * and FR:
 * a. A STATED amount keeps the digits the user wrote, in a currency with no minor unit too (the lead's ruling: a 7,5 FCFA
 *    target showed « 8 FCFA », a stated ¥7.5 "¥8"); COMPUTED amounts (suggestions, milestones) stay whole francs and yen.
 * b. The Moroccan dirham written " DH" / « Dhs » is a currency mark: a tab shown in DH is in dirhams (another currency
 *    than a "$" goal's), and its goal's notes write DH as the tab shows it (they wrote « MAD »).
 * f. The notes write the CFA franc as the tab shows it (« FCFA »; they wrote « F CFA » or « XOF »), a Cameroon sheet's
 *    FCFA is its own franc, XAF (the notes wrote « XOF »), and the emulator shows "[$FCFA-fr-CM] #,##0" as Sheets does.
 */
import { addSheet, harness, monthlyRows } from './workbook/harness';

/** A monthly average basket of about 6 to 7 (a currency's units), one decimal. */
const BASKET = Array.from({ length: 24 }, (_, i) => Math.round((6 + i * 0.02 + (i % 3) * 0.07) * 10) / 10);

interface Judged {
  /** The goal row's cells as shown, by header. */
  cell: (header: RegExp) => string;
  /** The KPI tab's first value as shown. */
  shown: string;
  /** The plan report's cells of the goal's rows, as shown. */
  report: string[];
  /** SMARTCHECK's answer for the goal. */
  smartcheck: string;
}

function judged(locale: string, lang: 'en' | 'fr', format: string | null, goal: string, kpiColumn = true): Judged {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  const tab = lang === 'fr' ? 'Panier moyen' : 'Average order value';
  const kpi = addSheet(h.emulator, tab, monthlyRows(tab, BASKET));
  if (format) kpi.getRange(2, 2, 24, 1).setNumberFormat(format);
  // Without a KPI column the goal is linked to the tab by its words, and an amount in another currency is set aside.
  const rows = [lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', goal, tab]].map((r) => (kpiColumn ? r : r.slice(0, 2)));
  const goals = addSheet(h.emulator, lang === 'fr' ? 'Objectifs' : 'Goals', rows);
  h.run('checkGoals');
  const [head, row] = goals.getDataRange().getDisplayValues();
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!;
  return {
    cell: (header) => row[head.findIndex((name) => header.test(name))],
    shown: kpi.getRange(2, 2).getDisplayValue(),
    report: report.getDataRange().getDisplayValues().filter((r) => r[0] === 'G1').flat(),
    smartcheck: h.run<string>('SMARTCHECK', goal),
  };
}

const NOTES = /^(SMART notes|Remarques SMART)$/;
const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe.each([
  { locale: 'fr_SN', lang: 'fr' as const, format: '#,##0" FCFA"', goal: 'Atteindre un panier moyen de 7,5 FCFA d’ici le 31 décembre 2027', stated: '7,5 FCFA', sign: 'FCFA', others: /XOF|F CFA|€/ },
  { locale: 'fr_CM', lang: 'fr' as const, format: '[$FCFA-fr-CM] #,##0', goal: 'Atteindre un panier moyen de 7,5 FCFA d’ici le 31 décembre 2027', stated: 'FCFA 7,5', sign: 'FCFA', others: /XOF|XAF|F CFA|€|\[/ },
  { locale: 'ja_JP', lang: 'en' as const, format: '"¥"#,##0', goal: 'Reach an average order value of ¥7.5 by December 31, 2027', stated: '¥7.5', sign: '¥', others: /JPY|\$/ },
  { locale: 'fr_MA', lang: 'fr' as const, format: '#,##0.00" DH"', goal: 'Atteindre un panier moyen de 7,5 DH d’ici le 31 décembre 2027', stated: '7,50 DH', sign: 'DH', others: /MAD|€/ },
])('a stated amount and its currency as the sheet shows them ($locale)', (c) => {
  const j = judged(c.locale, c.lang, c.format, c.goal);

  it('the KPI tab shows its own sign (the emulator displayed "[$FCFA-fr-CM] 6")', () => {
    expect(spaced(j.shown)).toContain(c.sign);
    expect(j.shown).not.toMatch(/\[/);
  });

  it('the report’s Target cell keeps the digits the goal states (it showed « 8 FCFA », "¥8")', () => {
    expect(j.report.map(spaced)).toContain(c.stated);
  });

  it('computed amounts in the report stay at the currency’s minor unit (whole francs and yen)', () => {
    const amounts = j.report.map(spaced).filter((cell) => cell.includes(c.sign) && cell !== c.stated && cell.length < 14);
    expect(amounts.length).toBeGreaterThan(3);
    if (c.sign !== 'DH') for (const cell of amounts) expect(cell).not.toMatch(/\d[.,]\d/);
  });

  it('Check goals’ notes write the tab’s sign, never another spelling or code', () => {
    const notes = spaced(j.cell(NOTES));
    expect(notes).toContain(c.sign);
    expect(notes).not.toMatch(c.others);
  });
});

describe('the CFA franc a fr_SN user’s Sheets writes, with no format of the tab’s own', () => {
  it('an unformatted fr_SN sheet writes CLDR’s « F CFA » (Intl fr-SN), not the code « XOF »', () => {
    const j = judged('fr_SN', 'fr', null, 'Atteindre un panier moyen de 7,5 FCFA d’ici le 31 décembre 2027');
    expect(Intl.NumberFormat('fr-SN', { style: 'currency', currency: 'XOF' }).format(7)).toContain('F\u202fCFA');
    expect(j.cell(NOTES)).toContain('F\u202fCFA');
    expect(j.cell(NOTES)).not.toContain('XOF');
    expect(j.smartcheck).toContain('7,5\u00a0F\u202fCFA');
  });
});

describe('a tab shown in dirhams (b)', () => {
  it.each([
    ['en_US', 'en', '#,##0" DH"', 'Reach an average order value of $7.5 by December 31, 2027', /KPI tab in DH/],
    ['fr_FR', 'fr', '"Dhs "#,##0.00', 'Atteindre un panier moyen de 7,5 € d’ici le 31 décembre 2027', /onglet KPI en Dhs/],
  ] as const)('%s: a goal in another currency is not judged on it (it was, in dollars or euros)', (locale, lang, format, goal, said) => {
    const j = judged(locale, lang, format, goal, false);
    expect(j.cell(/^Probabilit/)).toBe('');
    expect(spaced(j.cell(NOTES))).toMatch(said);
  });

  it.each([
    ['en_US', 'DH to book 40 demos by June 30, 2027', 'Target stated: 40.'],
    ['en_US', 'Grow DH Sales revenue to $500,000 by June 30, 2027', 'Target stated: $500,000.'],
    ['fr_FR', 'Atteindre 12 ventes DH 2027 d’ici le 30 juin 2027', 'Cible indiquée\u202f: 12.'],
  ])('near miss: "DH" as initials or a name, not beside an amount, names no currency (%s: %s)', (locale, text, said) => {
    const analysis = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).run<{ criteria: Record<string, { message: string }> }>('smartAnalyze', text, '2026-11-26');
    expect(analysis.criteria.measurable.message).toBe(said);
  });

  it.each([
    ['en_US', 'Reach Dhs 2,000,000 in revenue by June 30, 2027', 'Target stated: MAD\u00a02,000,000.'],
    ['fr_MA', 'Atteindre 2 000 000 Dhs de chiffre d’affaires d’ici le 30 juin 2027', 'Cible indiquée\u202f: 2\u202f000\u202f000\u00a0MAD.'],
  ])('a sentence’s « Dhs » before or after the amount is the dirham (%s)', (locale, text, said) => {
    const analysis = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).run<{ criteria: Record<string, { message: string }> }>('smartAnalyze', text, '2026-11-26');
    expect(analysis.criteria.measurable.message).toBe(said);
  });
});
