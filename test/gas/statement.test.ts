/**
 * SMARTSCORE, SMARTCHECK, SMARTPARSE and smartAnalyze through the BUILT
 * bundle (dist/Code.js in a node:vm realm): single cells, whole columns with
 * blanks, and bad input — each a defined result (blank or one localized
 * line), never a stack trace.
 */
import vm from 'node:vm';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

const AS_OF = '2026-11-26';
const SMART = 'Raise our close rate to 30% next week';
const VAGUE = 'Be better';

function addon(locale = 'en_US'): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

/** A Date of the add-on's realm at local midnight, as Sheets passes date cells. */
function sheetDate(a: LoadedAddon, iso: string): Date {
  const DateInRealm = vm.runInContext('Date', a.context) as DateConstructor;
  const [y, m, d] = iso.split('-').map(Number);
  return new DateInRealm(y, m - 1, d);
}

/** Calls a function on one cell and returns the thrown message (or fails). */
function cellError(a: LoadedAddon, name: string, ...args: unknown[]): string {
  try {
    a.call(name, ...args);
  } catch (error) {
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n\s+at |Error:|TypeError|undefined/);
    return message;
  }
  throw new Error(`${name} did not report an error`);
}

function isoOf(value: unknown): string {
  expect(Object.prototype.toString.call(value)).toBe('[object Date]');
  const d = value as Date;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('SMARTSCORE', () => {
  it('scores one cell', () => {
    const a = addon();
    expect(a.call('SMARTSCORE', SMART, '', sheetDate(a, AS_OF))).toBe(93);
    expect(a.call('SMARTSCORE', VAGUE, '', sheetDate(a, AS_OF))).toBe(13);
  });

  it('scores a whole column, blank rows blank', () => {
    const a = addon();
    const result = a.call('SMARTSCORE', [[SMART], [''], [VAGUE], ['   '], ['Increase revenue by 10%']], '', AS_OF);
    expect(result).toEqual([[93], [''], [13], [''], [68]]);
  });

  it('uses a KPI history for the Achievable criterion (stated target, or latest value ± change)', () => {
    const a = addon();
    const history = [
      [sheetDate(a, '2026-11-02'), 0.24],
      [sheetDate(a, '2026-11-09'), 0.26],
      [sheetDate(a, '2026-11-16'), 0.25],
      [sheetDate(a, '2026-11-23'), 0.25],
    ];
    const realistic = a.call<number>('SMARTSCORE', SMART, history, AS_OF);
    const overAmbitious = a.call<number>('SMARTSCORE', 'Raise our close rate to 50% next week', history, AS_OF);
    // 30 % next week is an acceptable stretch (about 7 % at the current pace: half credit on Achievable, issue 11);
    // 50 % is over-ambitious (no credit).
    expect(realistic).toBeGreaterThanOrEqual(93);
    expect(overAmbitious).toBeLessThan(93);
    expect(realistic).toBeGreaterThan(overAmbitious);
    // A relative change is checked against the latest value: +100 % in a week is not realistic.
    expect(a.call<number>('SMARTSCORE', 'Double our close rate next week', history, AS_OF)).toBeLessThan(93);
    // Without a target nor a deadline the history cannot decide: half credit, as without history.
    expect(a.call('SMARTSCORE', 'Improve the close rate', history, AS_OF)).toBe(a.call('SMARTSCORE', 'Improve the close rate', '', AS_OF));
  });

  it('reads an amount per month over a weekly history of a summed KPI as each whole month’s total', () => {
    const a = addon();
    // Mondays from 3 November 2025 to 23 November 2026, 9–12 leads a week (about 45 a month).
    const weekly: [string, number][] = [];
    for (let i = 0; i < 56; i++) weekly.push([new Date(Date.UTC(2025, 10, 3 + 7 * i)).toISOString().slice(0, 10), 9 + ((i * 7) % 4)]);
    // The same history as whole months' totals (November 2025 to October 2026: November 2026 is not over).
    const monthly = new Map<string, number>();
    for (const [date, value] of weekly) monthly.set(`${date.slice(0, 7)}-01`, (monthly.get(`${date.slice(0, 7)}-01`) ?? 0) + value);
    const months = [...monthly].filter(([date]) => date < '2026-11-01');
    for (const goal of ['Get 45 leads per month by June 2027', 'Get 80 leads per month by June 2027', 'Get 44 leads a month']) {
      expect([goal, a.call<number>('SMARTSCORE', goal, weekly, AS_OF)]).toEqual([goal, a.call<number>('SMARTSCORE', goal, months, AS_OF)]);
    }
    // 45 a month is what the team does; 80 is not (read as a weekly level, 45 was unreachable too).
    expect(a.call<number>('SMARTSCORE', 'Get 45 leads per month by June 2027', weekly, AS_OF)).toBeGreaterThan(a.call<number>('SMARTSCORE', 'Get 80 leads per month by June 2027', weekly, AS_OF));
  });

  it('refuses a history that is not two columns', () => {
    const a = addon();
    expect(cellError(a, 'SMARTSCORE', SMART, [[0.2], [0.3]], AS_OF)).toBe('kpi_history must be a range of dates and one column of values.');
  });
});

describe('SMARTCHECK', () => {
  it('names what is missing and how to fix it, in the sheet language', () => {
    expect(addon().call('SMARTCHECK', 'Increase revenue by 10%', AS_OF)).toBe(
      'To fix — Time-bound: No deadline and no cadence. Try: “Increase revenue by 10% by March 31, 2027”.',
    );
    const fr = addon('fr_FR').call<string>('SMARTCHECK', 'Augmenter les ventes', AS_OF);
    expect(fr).toMatch(/^À corriger — Mesurable\u202f: ni niveau cible ni variation chiffrée\. Temporel\u202f: ni échéance ni rythme\. Par ex\.\u202f: «\u202fAugmenter le chiffre d’affaires de 10\u202f% d’ici le 31 mars 2027\u202f»\.$/);
  });

  it('gives a positive line when all is well', () => {
    // An en_US sheet's week runs Sunday–Saturday (CLDR firstDay, wk57): "next week" on Thursday 26 November ends Saturday 5 December.
    expect(addon().call('SMARTCHECK', SMART, AS_OF)).toBe('SMART: Increase the close rate to 30% by December 5, 2026');
  });

  it('handles a column', () => {
    const result = addon().call<string[][]>('SMARTCHECK', [[SMART], [''], [VAGUE]], AS_OF);
    expect(result[1]).toEqual(['']);
    expect(result[2][0]).toMatch(/^To fix — Specific: /);
  });
});

describe('SMARTPARSE', () => {
  it('spills one row per goal with a real date', () => {
    const a = addon();
    const [row] = a.call<unknown[][]>('SMARTPARSE', 'Reduce churn from 45% to 20% over the next quarter', AS_OF);
    expect(row.slice(0, 4)).toEqual(['Churn', 'decrease', 0.45, 0.2]);
    expect(isoOf(row[4])).toBe('2027-03-31');
    expect(row[5]).toBe('');
  });

  it('computes the target from a stated baseline and change', () => {
    const [row] = addon('fr_FR').call<unknown[][]>('SMARTPARSE', 'Faire passer le CA de 100 000 € de 10 % chaque mois', AS_OF);
    // The user's name for the KPI, as SMARTCHECK's « Augmenter le CA … » (review 23); the catalog's label without one.
    expect(row[0]).toBe('CA');
    expect(addon('fr_FR').call<unknown[][]>('SMARTPARSE', 'Augmenter de 10 % d’ici fin 2027', AS_OF)[0][0]).toBe('');
    // "Win rate" is the close rate's other name: a sales manager whose tab is "Win rate" reads their own word back.
    expect(addon('en_GB').call<unknown[][]>('SMARTPARSE', 'Lift our win rate from 26% to 30% by the end of Q3', AS_OF)[0].slice(0, 4)).toEqual(['Win rate', 'increase', 0.26, 0.3]);
    expect(addon('fr_FR').call<unknown[][]>('SMARTPARSE', 'Réduire le taux d’attrition de 45 % à 20 % d’ici fin 2027', AS_OF)[0][0]).toBe('Taux d’attrition');
    expect(row[1]).toBe('augmenter');
    expect(row[5]).toBe('mois');
  });

  // Review 21: « 120 000 € de CA mensuel » is read per month by Check goals and SMARTSCORE; its cadence was blank.
  it.each([
    ['fr_FR', "Atteindre 120 000 € de CA mensuel d'ici fin mars", 'mois'],
    ['en_US', 'Reach $120,000 in monthly revenue by end of March', 'month'],
    ['fr_FR', 'Atteindre 1,5 M€ de CA annuel en 2027', 'année'],
    ['fr_FR', 'Signer 12 nouveaux clients par mois au T1 2027', 'mois'],
  ])('gives the cadence of an amount stated per period (%s: %s)', (locale, goal, cadence) => {
    const [row] = addon(locale).call<unknown[][]>('SMARTPARSE', goal, AS_OF);
    expect(row[5]).toBe(cadence);
  });

  it('near miss: a total to a deadline has no cadence', () => {
    const [row] = addon('fr_FR').call<unknown[][]>('SMARTPARSE', 'Atteindre 120 000 € de CA d’ici fin mars', AS_OF);
    expect(row[5]).toBe('');
  });

  it('keeps blank rows blank and puts a bad row’s error in its first cell', () => {
    const rows = addon().call<unknown[][]>('SMARTPARSE', [[SMART], [''], [42]], AS_OF);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['', '', '', '', '', '']);
    expect(rows[2]).toEqual(['Expected text, got: 42', '', '', '', '', '']);
  });
});

describe('bad input gives a blank or one localized line', () => {
  const a = addon();
  it.each([
    ['a number', 42, 'Expected text, got: 42'],
    ['a boolean (named as Sheets shows it)', true, 'Expected text, got: TRUE'],
    ['an error value', '#N/A', 'The input is an error value (#N/A)'],
    ['a 10,000-character text', 'x'.repeat(10_000), 'Text too long (10,000 characters, maximum 2,000)'],
    ['emoji only', '🚀🔥', 'Not a goal statement: 🚀🔥'],
  ])('%s', (_what, value, message) => {
    expect(cellError(a, 'SMARTSCORE', value, '', AS_OF)).toBe(message);
    expect(cellError(a, 'SMARTCHECK', value, AS_OF)).toBe(message);
    expect(cellError(a, 'SMARTPARSE', value, AS_OF)).toBe(message);
  });

  it('a date cell', () => {
    expect(cellError(a, 'SMARTSCORE', sheetDate(a, '2027-01-01'), '', AS_OF)).toBe('Expected text, got: 2027-01-01');
  });

  it('localizes errors in French sheets', () => {
    expect(cellError(addon('fr_FR'), 'SMARTSCORE', 42, '', AS_OF)).toBe('Texte attendu, reçu\u202f: 42');
  });

  it('empty strings and blanks are blank', () => {
    expect(a.call('SMARTSCORE', '', '', AS_OF)).toBe('');
    expect(a.call('SMARTSCORE', '  ', '', AS_OF)).toBe('');
    expect(a.call('SMARTCHECK', null, AS_OF)).toBe('');
    expect(a.call('SMARTPARSE', '', AS_OF)).toEqual([['', '', '', '', '', '']]);
  });

  it('HTML/script text is analysed as plain text and never echoed', () => {
    const text = '<script>alert("x")</script> <b>Increase revenue</b> by 10% by Q2';
    expect(a.call('SMARTSCORE', text, '', AS_OF)).toBe(93);
    expect(a.call<string>('SMARTCHECK', text, AS_OF)).not.toContain('<');
  });

  it('emoji inside a goal are ignored', () => {
    expect(a.call('SMARTSCORE', '🚀 Increase revenue by 10% by Q2 🎯', '', AS_OF)).toBe(93);
  });

  it('an invalid as_of is reported', () => {
    expect(cellError(a, 'SMARTSCORE', SMART, '', 'someday')).toBe('as_of is not a date: someday');
  });

  it('mixed columns keep every row', () => {
    const result = a.call<unknown[][]>('SMARTSCORE', [[SMART], [true], ['#REF!'], [''], [VAGUE]], '', AS_OF);
    expect(result).toEqual([[93], ['Expected text, got: TRUE'], ['The input is an error value (#REF!)'], [''], [13]]);
  });
});

describe('smartAnalyze (the CLI’s server function)', () => {
  it('returns the plain JSON object, keys in the documented order', () => {
    const result = addon().call<Record<string, unknown>>('smartAnalyze', 'Réduire le churn de 45 % à 20 % au prochain trimestre', AS_OF);
    const copy = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['text', 'language', 'score', 'criteria', 'kpi', 'direction', 'baseline', 'target', 'change', 'unit', 'levelUnit', 'currency', 'deadline', 'recurrence', 'levers']);
    expect(Object.keys(copy.criteria as object)).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
    expect(copy).toMatchObject({ language: 'fr', kpi: 'churn', direction: 'decrease', baseline: 0.45, target: 0.2, deadline: '2027-03-31', score: 93 });
  });

  it('uses the requested message language', () => {
    const result = addon().call<{ criteria: { timeBound: { message: string } } }>('smartAnalyze', 'Augmenter le CA de 10 %', AS_OF, 'en');
    expect(result.criteria.timeBound.message).toBe('No deadline and no cadence.');
  });
});
