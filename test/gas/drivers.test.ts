/**
 * BOTTOMUP through the BUILT bundle: a funnel table in, probabilities out;
 * a column of targets against one funnel; bad tables and short drivers give
 * one localized line, never a stack trace.
 */
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

function addon(locale = 'en_US'): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

function funnel(header: string[]): unknown[][] {
  const rows: unknown[][] = [header];
  const start = Date.UTC(2026, 5, 1);
  for (let w = 0; w < 26; w++) {
    const date = new Date(start + w * 7 * 86_400_000).toISOString().slice(0, 10);
    rows.push([date, 20 + (w % 5), 0.25 + ((w % 3) - 1) * 0.01, 5000 + ((w % 4) - 1.5) * 100]);
  }
  return rows;
}

const TODAY = '2026-11-27';
const DEADLINE = '2026-12-31';

describe('BOTTOMUP in the bundle', () => {
  it('gives a probability per target, lower for harder targets, in any locale', () => {
    const en = addon();
    const table = funnel(['Week', 'Meetings', 'Close rate', 'Average deal size']);
    const column = en.call<number[][]>('BOTTOMUP', [[80_000], [130_000], [200_000]], DEADLINE, table, TODAY);
    const odds = column.map((row) => row[0]);
    expect(odds[0]).toBeGreaterThan(0.9);
    expect(odds[2]).toBeLessThan(0.05);
    expect(odds[0]).toBeGreaterThanOrEqual(odds[1]);
    expect(odds[1]).toBeGreaterThanOrEqual(odds[2]);
    const fr = addon('fr_FR');
    expect(fr.call<number>('BOTTOMUP', 130_000, '31/12/2026', funnel(['Semaine', 'Rendez-vous', 'Taux de conclusion', 'Panier moyen']), '27/11/2026')).toBeCloseTo(odds[1], 9);
  });

  it('answers bad tables and drivers without history with one localized line', () => {
    const fr = addon('fr_FR');
    expect(() => fr.call('BOTTOMUP', 1, DEADLINE, [['Semaine']], TODAY)).toThrow(/^Les inducteurs doivent former une plage avec une ligne d’en-tête/);
    const short = [['Semaine', 'Leads'], ['2026-11-02', 10], ['2026-11-09', 11]];
    expect(() => fr.call('BOTTOMUP', 1, DEADLINE, short, TODAY)).toThrow(/^Leads ne peut pas être prévu\u202f: seulement 2 points exploitables/);
    // A deadline the add-on does not judge says so, at once (bounded by the data, not by the calendar).
    const table = funnel(['Week', 'Meetings', 'Close rate', 'Average deal size']);
    expect(() => addon().call('BOTTOMUP', 1, '9999-12-31', table, TODAY)).toThrow(/^Meetings cannot be forecast: The deadline December 31, 9999 means “no end date”/);
    expect(() => addon().call('BOTTOMUP', 1, '2040-01-01', table, TODAY)).toThrow(/beyond the forecast horizon/);
    const en = addon();
    const cells = en.call<unknown[][]>('BOTTOMUP', [[100_000], ['lots'], ['']], DEADLINE, table, TODAY);
    expect(typeof cells[0][0]).toBe('number');
    expect(cells[1][0]).toBe('Not a number: lots');
    expect(cells[2][0]).toBe('');
  });

  it('plans a total (default with a volume driver) or a level, as Check goals does from the goal', () => {
    const en = addon();
    const table = funnel(['Week', 'Meetings', 'Close rate', 'Average deal size']);
    // About 22 meetings × 25 % × 5,000 ≈ 27,500 a week: 130,000 over five weeks is likely, in one week impossible.
    const total = en.call<number>('BOTTOMUP', 130_000, DEADLINE, table, TODAY);
    expect(en.call<number>('BOTTOMUP', 130_000, DEADLINE, table, TODAY, '', 'total')).toBe(total);
    expect(en.call<number>('BOTTOMUP', 130_000, DEADLINE, table, TODAY, '', 'level')).toBeLessThan(0.01);
    const weekly = en.call<number>('BOTTOMUP', 27_000, DEADLINE, table, TODAY, '', 'level');
    expect(weekly).toBeGreaterThan(0.2);
    expect(weekly).toBeLessThan(0.9);
    const fr = addon('fr_FR');
    expect(fr.call<number>('BOTTOMUP', 27_000, DEADLINE, table, TODAY, '', 'niveau')).toBe(weekly);
    expect(() => fr.call('BOTTOMUP', 27_000, DEADLINE, table, TODAY, '', 'mensuel')).toThrow('Agrégation inconnue\u202f: mensuel (utilisez niveau ou total).');
  });

  it('reads capacity from a headcount column, and says in the sheet’s language when it cannot', () => {
    const team = [['Mois', 'Commerciaux', 'CA par commercial'], ...funnel(['', '', '', '']).slice(1).map((r) => [r[0], 4 + (Number(String(r[0]).slice(5, 7)) > 8 ? 1 : 0), 20_000 + 100 * (r[1] as number)])];
    const fr = addon('fr_FR');
    // The deadline period's capacity ('niveau'); an amount per rep is otherwise a volume added up to the deadline.
    const capacity = fr.call<number>('BOTTOMUP', 100_000, DEADLINE, team, TODAY, '', 'niveau', 'capacité');
    expect(fr.call<number>('BOTTOMUP', 100_000, DEADLINE, team, TODAY, '', '', 'capacité')).toBeGreaterThan(capacity * 3);
    // Five reps × about 22,200 per rep and week (the default team plan plans no hires).
    expect(capacity / 5).toBeGreaterThan(21_000);
    expect(capacity / 5).toBeLessThan(23_500);
    expect(fr.call<number>('BOTTOMUP', 100_000, DEADLINE, team, TODAY, '', 'niveau', 'Capacite')).toBe(capacity);
    expect(() => fr.call('BOTTOMUP', 100_000, DEADLINE, funnel(['Semaine', 'Rendez-vous', 'Taux de conclusion', 'Panier moyen']), TODAY, '', '', 'capacité')).toThrow(
      /^La lecture de capacité demande une colonne d’effectif parmi les inducteurs/,
    );
    expect(() => fr.call('BOTTOMUP', 100_000, DEADLINE, team, TODAY, '', '', 'volume')).toThrow('Lecture inconnue «\u202fvolume\u202f»\u202f: indiquez «\u202fprobabilité\u202f» ou «\u202fcapacité\u202f».');
    // A word every object inherits is no reading of ours (it was found on the table's prototype: test/gas/word-arguments.test.ts).
    expect(() => fr.call('BOTTOMUP', 100_000, DEADLINE, team, TODAY, '', '', 'constructor')).toThrow('Lecture inconnue «\u202fconstructor\u202f»');
    // No rep on the payroll in any period: no output per rep to plan with.
    const empty = team.map((r, i) => (i === 0 ? ['Week', 'Reps', 'Revenue per rep'] : [r[0], 0, r[2]]));
    expect(() => addon().call('BOTTOMUP', 100_000, DEADLINE, empty, TODAY, '', '', 'capacity')).toThrow(/^Capacity cannot be computed: it needs at least 3 periods/);
  });
});
