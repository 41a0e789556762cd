/**
 * Review 13, findings 11 and 12, through the built bundle on the emulator: an annual goal and its four quarters
 * written only as sentences (no Parent column) are checked together — the annual row says by how much the quarters
 * miss, in the KPI's words, and every row says the link was inferred; another owner's quarters are left alone.
 */
import { addSheet, harness, monthlyRows } from './harness';

const ACCOUNTS = Array.from({ length: 24 }, (_, i) => 28 + (i % 4));

const CASES = [
  [
    'en_US', 'Goals', 'New accounts', ['Goal ID', 'Goal', 'KPI', 'Owner'], 'SMART notes',
    ['Reach 400 new accounts in 2027', 'Close 100 new accounts in Q1 2027', 'Close 96 new accounts in Q2 2027', 'Close 90 new accounts in Q3 2027', 'Close 98 new accounts in Q4 2027'],
    'G2, G3, G4, G5 (Q1–Q4) add up to 384 of the 400 new accounts of the annual goal: 16 missing.',
    'Counted as a sub-goal of G1',
  ],
  [
    'fr_FR', 'Objectifs', 'Nouveaux comptes', ['ID', 'Objectif', 'Indicateur', 'Responsable'], 'Remarques SMART',
    ['Atteindre 400 nouveaux comptes en 2027', 'Signer 100 nouveaux comptes au T1 2027', 'Signer 96 nouveaux comptes au T2 2027', 'Signer 90 nouveaux comptes au T3 2027', 'Signer 98 nouveaux comptes au T4 2027'],
    'G2, G3, G4, G5 (T1–T4) totalisent 384 des 400 nouveaux comptes de l’objectif annuel\u202f: il en manque 16.',
    'Compté comme sous-objectif de G1',
  ],
] as const;

describe.each(CASES)('quarters written as sentences are checked against the annual goal (%s)', (locale, goalsTab, kpi, header, notesHeader, sentences, gap, inferred) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  addSheet(h.emulator, kpi, monthlyRows(kpi, ACCOUNTS));
  const rows = [
    ...sentences.map((s, i) => [`G${i + 1}`, s, kpi, 'Emma']),
    // Another owner's quarters, and an annual goal of yet another owner: no family across owners.
    [`L1`, sentences[1], kpi, 'Leo'],
    [`M1`, sentences[0], kpi, 'Mia'],
  ];
  const sheet = addSheet(h.emulator, goalsTab, [[...header], ...rows]);
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();
  const notes = (id: string): string => String(values.find((r) => r[0] === id)?.[(values[0] as string[]).indexOf(notesHeader)] ?? '');

  it('the annual goal says by how much its quarters miss it', () => {
    expect(notes('G1')).toContain(gap);
  });

  it('each quarter says its parent was inferred', () => {
    for (const id of ['G2', 'G3', 'G4', 'G5']) expect(notes(id)).toContain(inferred);
  });

  it('near miss: another owner’s quarter and annual goal are not linked', () => {
    expect(notes('L1')).not.toContain(inferred);
    expect(notes('M1')).not.toContain(gap.slice(0, 10));
  });
});
