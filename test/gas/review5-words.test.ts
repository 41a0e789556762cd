/**
 * Review 5 — the words users read, through the BUILT bundle (dist/Code.js on the emulator), French and English.
 */
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';
import { addSheet, harness, monthlyRows, MONTHLY_LEADS } from './workbook/harness';

const AS_OF = '2026-11-26';

function addon(locale: string): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

describe('F4: the article before the KPI in SMARTCHECK’s example', () => {
  it('French: plural, feminine and elided articles from the catalog', () => {
    const fr = addon('fr_FR');
    expect(fr.call('SMARTCHECK', 'Augmenter les inscriptions de 5 % par semaine', AS_OF)).toBe('SMART\u202f: Augmenter les inscriptions de 5\u202f% chaque semaine');
    expect(fr.call('SMARTCHECK', 'Grow market share', AS_OF)).toContain('«\u202fAugmenter la part de marché de 5 points d’ici le 31 mars 2027\u202f»');
    expect(fr.call('SMARTCHECK', 'Passer à 12 commerciaux', AS_OF)).toContain('«\u202fAugmenter les commerciaux à 12 d’ici le 31 mars 2027\u202f»');
    // Review 7 (K8): a KPI named in the user's own words keeps them, with the user's article ("le churn").
    expect(fr.call('SMARTCHECK', 'Réduire le churn de 5 points', AS_OF)).toContain('Réduire le churn de 5 points');
    expect(fr.call('SMARTCHECK', 'Réduire l’attrition de 5 points', AS_OF)).toContain('Réduire l’attrition de 5 points');
  });

  it('English: acronyms stay upper-case', () => {
    const en = addon('en_US');
    // Review 7 (K8): the user's own words ("CSAT"), still upper-case; the catalog label when the sentence has none of its own.
    expect(en.call('SMARTCHECK', 'Improve CSAT', AS_OF)).toContain('“Increase CSAT by 5 points by March 31, 2027”');
    expect(en.call('SMARTCHECK', 'Improve customer satisfaction (CSAT)', AS_OF)).toContain('“Increase customer satisfaction (CSAT) by 5 points by March 31, 2027”');
    expect(en.call('SMARTCHECK', 'Raise NPS', AS_OF)).toContain('“Increase the NPS by 10% by March 31, 2027”');
  });
});

describe('F8.8 / F8.9: the example in Check goals’ notes and the report’s fixes', () => {
  function checked(locale: string): { notes: Map<string, string>; fixes: string[] } {
    const h = harness({ spreadsheetLocale: locale });
    addSheet(h.emulator, 'Pipeline', monthlyRows('Pipeline', MONTHLY_LEADS));
    addSheet(h.emulator, 'Goals', [
      ['ID', 'Goal', 'KPI', 'Target', 'Deadline'],
      ['G1', 'Doubler le pipeline', 'Pipeline', '', ''],
      ['G6', 'Increase revenue', '', '', ''],
    ]);
    h.run('checkGoals');
    const values = h.emulator.spreadsheet.getSheetByName('Goals')!.getDataRange().getValues();
    const notes = new Map(values.slice(1).map((row) => [String(row[0]), String(row[row.length - 1])]));
    const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
    const report = h.emulator.spreadsheet.getSheetByName(sheetName)!.getDataRange().getValues();
    const fixes = report.filter((row) => row[0] === (locale === 'fr_FR' ? 'Correction' : 'Fix')).map((row) => String(row[1]));
    return { notes, fixes };
  }

  it.each([
    ['fr_FR', 'Augmenter le pipeline de 100\u202f% d’ici le 31 mars 2027', 'débit de l’entonnoir'],
    ['en_US', 'Increase pipeline by 100% by March 31, 2027', 'funnel throughput'],
  ])('%s: the example names the KPI column’s KPI (Pipeline), not the catalog’s funnel throughput', (locale, example, catalogWords) => {
    const { notes, fixes } = checked(locale);
    expect(notes.get('G1')).toContain(example);
    expect(notes.get('G1')).not.toContain(catalogWords);
    expect(fixes.join('\n')).toContain(example);
    expect(fixes.join('\n')).not.toContain(catalogWords);
  });

  it.each([
    ['fr_FR', '«\u202fAugmenter le chiffre d’affaires de 10\u202f% d’ici le 31 mars 2027\u202f»', 'Ajoutez ce qui manque, par ex.'],
    ['en_US', '“Increase revenue by 10% by March 31, 2027”', 'Add what is missing, e.g.'],
  ])('%s: a goal missing a number and a deadline gets one example, not the same one twice', (locale, example, combined) => {
    const { notes, fixes } = checked(locale);
    const note = notes.get('G6')!;
    expect(note.split(example).length - 1).toBe(1);
    expect(note).toContain(`${combined} ${example}`);
    const g6Fixes = fixes.filter((fix) => fix.includes(example));
    expect(g6Fixes.join('\n').split(example).length - 1).toBe(1);
  });
});

describe('F8.10: BOTTOMUP without a header row; a reason after « : » starts lower-case in French', () => {
  const weeks = (values: readonly number[]): unknown[][] => values.map((v, w) => [new Date(Date.UTC(2026, 5, 1) + w * 7 * 86_400_000).toISOString().slice(0, 10), v, 0.25 + ((w % 3) - 1) * 0.01]);
  const history = Array.from({ length: 26 }, (_, w) => 20 + (w % 5));

  it('reads a first row of numbers as data, like the same table under a header', () => {
    const en = addon('en_US');
    const headed = en.call<number>('BOTTOMUP', 100_000 / 5000, '2026-12-31', [['Week', 'Meetings', 'Close rate'], ...weeks(history)], '2026-11-27');
    const bare = en.call<number>('BOTTOMUP', 100_000 / 5000, '2026-12-31', weeks(history), '2026-11-27');
    expect(typeof bare).toBe('number');
    expect(bare).toBeCloseTo(headed, 9);
  });

  it('names the drivers of a table without names by their place, in the sheet’s language', () => {
    expect(() => addon('fr_FR').call('BOTTOMUP', 1, '2026-12-31', weeks([30, 31]), '2026-11-27')).toThrow(/^Inducteur 1 ne peut pas être prévu\u202f: seulement 2 points exploitables/);
    expect(() => addon('en_US').call('BOTTOMUP', 1, '2026-12-31', weeks([30, 31]), '2026-11-27')).toThrow(/^Driver 1 cannot be forecast: /);
  });

  it('French criterion notes and SMARTCHECK items: the reason after the colon starts lower-case, acronyms kept', () => {
    const fr = addon('fr_FR');
    const line = fr.call<string>('SMARTCHECK', 'Augmenter le chiffre d’affaires', AS_OF);
    expect(line).toContain('Mesurable\u202f: ni niveau cible ni variation chiffrée.');
    expect(line).toContain('Temporel\u202f: ni échéance ni rythme.');
    expect(line).not.toMatch(/\u202f: [A-ZÀÉ][a-zà-ÿ]/);
  });
});

describe('F8.5: GOALPROGRESS with columns', () => {
  it('a blank in any required column gives a blank result, not the English parameter name', () => {
    for (const locale of ['fr_FR', 'en_US']) {
      const result = addon(locale).call<unknown[][]>('GOALPROGRESS', [[100], [''], [100], [100]], [[150], [150], [''], [150]], [[120], [130], [130], ['']]);
      expect(result).toEqual([[0.4], [''], [''], ['']]);
    }
  });

  it('a missing single value is named in the sheet’s language, with the name Sheets shows', () => {
    expect(() => addon('fr_FR').call('GOALPROGRESS', '', 150, 120)).toThrow(/^Argument manquant\u202f: valeur de départ \(baseline\)\.$/);
    expect(() => addon('en_US').call('GOALPROGRESS', '', 150, 120)).toThrow(/^Missing argument: baseline\.$/);
    expect(addon('fr_FR').call('GOALPROGRESS', [[100], ['beaucoup']], 150, [[120], [130]])).toEqual([[0.4], ['Nombre invalide\u202f: beaucoup']]);
  });
});

describe('F9: the report’s columns hold their widest bold header word, in the language written', () => {
  // Arial Bold's advance widths in 1/1000 em (Helvetica-Bold AFM metrics, which Arial shares), at Sheets' default 10 pt
  // (13.33 px), plus about 3 px of cell padding on each side: a word wider than its column is cut in two.
  const AFM: Record<string, number> = {};
  'abcdefghijklmnopqrstuvwxyz'.split('').forEach((ch, i) => (AFM[ch] = [556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500][i]));
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').forEach((ch, i) => (AFM[ch] = [722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611][i]));
  Object.assign(AFM, { '-': 333, '’': 278, "'": 238, '(': 333, ')': 333, ',': 278, '.': 278, ':': 333, '%': 889, '/': 278 });
  const pixels = (word: string): number => [...word.normalize('NFD').replace(/[\u0300-\u036f]/g, '')].reduce((sum, ch) => sum + (AFM[ch] ?? 556), 0) * (13.33 / 1000) + 6;

  it.each(['fr_FR', 'en_US'])('%s', (locale) => {
    const h = harness({ spreadsheetLocale: locale });
    h.run('insertExampleWorkbook');
    const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
    const sheet = h.emulator.spreadsheet.getSheetByName(sheetName)!;
    const range = sheet.getRange(1, 1, sheet.getLastRow(), 7);
    const [values, bold, wraps] = [range.getValues(), range.getFontWeights(), range.getWraps()];
    const tooWide: string[] = [];
    let checked = 0;
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (bold[r][c] !== 'bold' || !wraps[r][c] || typeof value !== 'string') return;
        for (const word of value.split(/\s+|(?<=-)/)) {
          checked++;
          if (pixels(word) > sheet.getColumnWidth(c + 1)) tooWide.push(`${word} (${Math.ceil(pixels(word))} px) in column ${c + 1} (${sheet.getColumnWidth(c + 1)} px)`);
        }
      }),
    );
    expect(checked).toBeGreaterThan(20);
    expect(tooWide).toEqual([]);
  });
});
