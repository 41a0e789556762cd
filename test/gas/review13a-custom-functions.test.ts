/**
 * Review 13a: every registered custom function called through the BUILT bundle with the values Google documents a custom
 * function may receive — "If you call your function with a reference to a range of cells as an argument … the argument
 * is a two-dimensional array of the cells' values"; "Percentage values in Sheets become decimal numbers"
 * (developers.google.com/apps-script/guides/sheets/functions, Arguments and Data types) — and any number a cell may hold
 * (every double: −1.8e308 … 5e-324). Each finding has its near miss next to it.
 */
import { CUSTOM_FUNCTIONS } from '../../src/gas/registry';
import { harness } from './workbook/harness';
import { estimateForCell } from '../../src/core/achievability';

/** Sixteen weekly points of a small rate (a click or unsubscribe rate: 0.04–0.06 %), dated as Sheets passes dates. */
function smallRateHistory(header: string, base: number): unknown[][] {
  return [['Week', header], ...Array.from({ length: 16 }, (_, i) => [new Date(Date.UTC(2026, 7, 3 + 7 * i, 12)), base * (1 + 0.1 * Math.sin(i)) + base * 0.01 * i])];
}

describe('REALISTICTARGET on a rate below 1 %', () => {
  it('suggests above the latest value to raise it and below to lower it (rounded to tenths of a point it said 0 % and 0.1 %)', () => {
    const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'UTC' });
    const history = smallRateHistory('Click rate', 0.0004);
    const latest = history[history.length - 1][1] as number;
    const up = h.addon.call<number>('REALISTICTARGET', history, '2027-01-31', '2026-11-26', 'increase');
    const down = h.addon.call<number>('REALISTICTARGET', history, '2027-01-31', '2026-11-26', 'decrease');
    expect(up).toBeGreaterThan(latest);
    expect(down).toBeLessThan(latest);
    expect(down).toBeGreaterThan(0);
    // Three significant digits, as other small values are rounded.
    expect(Number(up.toPrecision(3))).toBe(up);
  });

  it('its messages write such a rate with three significant digits, in both languages', () => {
    const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'UTC' });
    const history = smallRateHistory('Click rate', 0.0004).slice(1).map(([date, value]) => [(date as Date).toISOString().slice(0, 10), value]);
    for (const lang of ['en', 'fr'] as const) {
      const result = h.addon.call<{ suggestedTarget: number; achievable: { suggestion: string } }>('smartAssess', { history, target: 0.002, deadline: '2027-01-31', today: '2026-11-26', lang });
      const shown = (result.suggestedTarget * 100).toString();
      expect(result.achievable.suggestion).toContain(lang === 'fr' ? shown.replace('.', ',') : shown);
    }
  });

  it('near miss: a 25 % close rate keeps tenths of a point (0.282, as before)', () => {
    const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'UTC' });
    const history = [['Week', 'Close rate'], ...Array.from({ length: 10 }, (_, i) => [new Date(Date.UTC(2026, 8, 1 + 7 * i, 12)), 0.24 + 0.005 * (i % 3)])];
    const up = h.addon.call<number>('REALISTICTARGET', history, '2027-01-31', '2026-11-26');
    expect(Math.round(up * 1000)).toBeCloseTo(up * 1000, 9);
    expect(up).toBeGreaterThan(0.25);
  });
});

describe('GOALPROGRESS and REQUIREDPACE on numbers near the ends of a double', () => {
  it('GOALPROGRESS: −1e308 → 1e308 at 0 is half-way (was 0), and no ±Infinity reaches the cell', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    expect(h.addon.call('GOALPROGRESS', -1e308, 1e308, 0)).toBeCloseTo(0.5, 12);
    expect(h.addon.call('GOALPROGRESS', 1e308, -1e308, 0)).toBeCloseTo(0.5, 12);
    expect(h.addon.call('GOALPROGRESS', 1e308, 1.7e308, -1.7e308)).toBeCloseTo(-2.7 / 0.7, 9);
    // Near miss: ordinary amounts keep their exact quotient.
    expect(h.addon.call('GOALPROGRESS', 100, 150, 120)).toBe(0.4);
  });

  it('REQUIREDPACE: a ratio that overflows is read through logarithms; beyond a double per period it says so', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    // 1e-300 → 1e300 over the 365 days of 2026 (start and deadline days both counted, fixes48): (1e600)^(1/365) − 1.
    expect(h.addon.call('REQUIREDPACE', 1e-300, 1e300, '2026-01-01', '2026-12-31', 'day')).toBe(estimateForCell(10 ** (600 / 365) - 1));
    // 5e-324 → 1e308 over two days: about 10^316 a day, beyond a double.
    expect(() => h.addon.call('REQUIREDPACE', 5e-324, 1e308, '2026-01-01', '2026-01-02', 'day')).toThrow('beyond any number (over 10³⁰⁸): check the units');
    const fr = harness({ spreadsheetLocale: 'fr_FR' });
    expect(() => fr.addon.call('REQUIREDPACE', 5e-324, 1e308, '2026-01-01', '2026-01-02', 'day')).toThrow('dépasse tout nombre (plus de 10³⁰⁸)\u202f: vérifiez les unités');
    // Near miss: a zero baseline is still a missing positive amount, and an ordinary pace is unchanged.
    expect(() => h.addon.call('REQUIREDPACE', 0, 120, '2026-01-01', '2026-12-31')).toThrow('A relative pace needs a positive baseline and target (for the change per period instead, give "points" as kind).');
    expect(h.addon.call('REQUIREDPACE', 100000, 120000, '2026-01-01', '2026-12-31', 'month')).toBe(0.0153);
  });
});

describe('dates past 31 December 9999, the last date Sheets holds', () => {
  it('an as_of in Q4 9999 or a deadline "within 20 years" of 9990 says so (was "Something went wrong: RangeError")', () => {
    const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'UTC' });
    const message = 'A date of this goal falls after 31 December 9999, the last date Sheets can hold: check as_of and the goal’s deadline.';
    // fixes44: core's analysis carries it (`pastLastDate`); SMARTCHECK says it in its Time-bound line.
    const noRoom = 'To fix — Time-bound: No deadline, and the quarter after December 31, 9999 would end after December 31, 9999, the last date Sheets can hold: check the as-of date.';
    expect(h.addon.call('SMARTCHECK', 'Increase revenue by 10%', '9999-12-31')).toBe(noRoom);
    // fixes52: SMARTSCORE scores it as SMARTCHECK judges it (Time-bound failed), the score of the goal with no deadline.
    const score = h.addon.call<number>('SMARTSCORE', 'Increase revenue by 10%', '', '9999-12-31');
    expect(h.addon.call('SMARTSCORE', 'Increase revenue by 10% next quarter', '', '9999-12-31')).toBe(score);
    // SMARTPARSE returned an invalid Date for the deadline.
    expect(() => h.addon.call('SMARTPARSE', 'Increase revenue by 10% within 20 years', '9990-01-01')).toThrow(message);
    const fr = harness({ spreadsheetLocale: 'fr_FR', timeZone: 'UTC' });
    expect(fr.addon.call('SMARTCHECK', 'Augmenter le CA de 10 % le trimestre prochain', '9999-12-31')).toBe(
      'À corriger — Temporel\u202f: «\u202fle trimestre prochain\u202f» tombe après le 31 décembre 9999, la dernière date que Sheets sait tenir\u202f: indiquez une vraie échéance.',
    );
    // In a range, the message stays in its cell.
    expect(h.addon.call('SMARTPARSE', [['Increase revenue by 10% within 20 years'], ['']], '9990-01-01')).toEqual([[message, '', '', '', '', ''], ['', '', '', '', '', '']]);
  });

  it('near miss: an as_of in Q2 9999 still suggests the end of the next quarter', () => {
    const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'UTC' });
    expect(h.addon.call('SMARTCHECK', 'Increase revenue by 10%', '9999-06-30')).toBe('To fix — Time-bound: No deadline and no cadence. Try: “Increase revenue by 10% by September 30, 9999”.');
  });
});

describe('GOALPROGRESS beyond any number', () => {
  it('1e308 from 0.25 toward 0.3 says so in both languages (it returned Infinity to the cell)', () => {
    expect(() => harness({ spreadsheetLocale: 'en_US' }).addon.call('GOALPROGRESS', 0.25, 0.3, 1e308)).toThrow('the progress is beyond any number (over 10³⁰⁸): check the units.');
    expect(() => harness({ spreadsheetLocale: 'fr_FR' }).addon.call('GOALPROGRESS', 0.25, 0.3, -1e308)).toThrow('la progression dépasse tout nombre');
    // Near miss: 1e300 is still a (large) number of times the way.
    expect(harness({ spreadsheetLocale: 'en_US' }).addon.call('GOALPROGRESS', 0.25, 0.3, 1e300)).toBeCloseTo(2e301, -290);
  });
});

/**
 * Every registered function, each argument in turn replaced by a value a cell may hand over (Google's guide: a single
 * cell's value, a range as a 2-D array, dates as Date objects, percentages as decimals; error cells as their code text,
 * Apps Script `Range.getValues`), in an en_US and an fr_FR spreadsheet in a far-east zone: every result is a finite
 * number, a boolean, a Date or a text without a leaked placeholder or internal error name — a custom function's result
 * must be a value Sheets can show (guide, "Return values").
 */
describe('every custom function, every argument, every kind of cell value', () => {
  const LEAK = /\bundefined\b|\bNaN\b|\bnull\b|\[object|\{[a-zA-Z]+\}|Infinity|TypeError|RangeError|at [\w.]+ \(/;
  const history = [['Week', 'Close rate'], ...Array.from({ length: 10 }, (_, i) => [new Date(Date.UTC(2026, 8, 1 + 7 * i, 12)), 0.24 + 0.005 * (i % 3)])];
  const drivers = [['Month', 'Meetings', 'Close rate', 'Deal size'], ...Array.from({ length: 12 }, (_, i) => [new Date(Date.UTC(2025, 11 + i, 1, 12)), 40 + (i % 4), 0.25 + 0.01 * (i % 2), 3000 + 50 * (i % 3)])];
  const VALUES: unknown[] = ['', 0, -1, 1e308, -1e308, 5e-324, true, '#N/A', '#REF!', '25 %', '1,5', '1\u202f234,5', '$1,234.50', 'abc', '1/2/2027', '12/31/9999', '9999-12-31', new Date(Date.UTC(1899, 11, 30)), new Date(Date.UTC(9999, 11, 31)), [[1], ['#N/A'], [''], [true]], 'Increase revenue by 10% by 2027'];
  it.each(['en_US', 'fr_FR'])('%s', (locale) => {
    const h = harness({ spreadsheetLocale: locale, timeZone: 'Pacific/Kiritimati' });
    const problems: string[] = [];
    for (const spec of CUSTOM_FUNCTIONS) {
      const base: unknown[] = spec.params.map((p) =>
        /history/.test(p.name) ? history : p.name === 'drivers' ? drivers : p.name === 'goal' ? 'Raise our close rate to 30% by 31 January 2027' : /deadline/.test(p.name) ? '2027-01-31' : p.name === 'start' ? '2026-01-01' : p.name === 'target' ? 0.3 : /baseline|current/.test(p.name) ? 0.25 : '',
      );
      spec.params.forEach((param, i) => {
        for (const value of VALUES) {
          const args = [...base];
          args[i] = value;
          let cells: unknown[];
          try {
            const out = h.addon.call(spec.name, ...args);
            cells = Array.isArray(out) ? (out as unknown[][]).flat() : [out];
          } catch (error) {
            cells = [String((error as Error).message)];
          }
          for (const cell of cells) {
            const shown = typeof cell === 'string' || typeof cell === 'boolean' || (typeof cell === 'number' && Number.isFinite(cell)) || (Object.prototype.toString.call(cell) === '[object Date]' && Number.isFinite((cell as Date).getTime()));
            if (!shown || (typeof cell === 'string' && LEAK.test(cell))) problems.push(`${spec.name}(${param.name} = ${JSON.stringify(value)}) → ${String(cell).slice(0, 120)}`);
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('a boolean cell is named as Sheets shows it', () => {
  it('TRUE in English, VRAI in French (was JavaScript’s "true" in both)', () => {
    expect(() => harness({ spreadsheetLocale: 'en_US' }).addon.call('GOALPROGRESS', 0, 1, true)).toThrow('Not a number: TRUE');
    expect(() => harness({ spreadsheetLocale: 'fr_FR' }).addon.call('GOALPROGRESS', 0, 1, false)).toThrow('Nombre invalide\u202f: FAUX');
    // Near miss: a text "true" typed as text stays the user's own text.
    expect(() => harness({ spreadsheetLocale: 'en_US' }).addon.call('GOALPROGRESS', 0, 1, 'true')).toThrow('Not a number: true');
  });
});
