/**
 * fixes48, REQUIREDPACE's `kind` words: "percent" / « pourcentage » / "%" meant the RELATIVE pace, while a sales manager
 * asking a close rate's pace "in percent" may well mean points. The documented words are "points" (the change per period
 * in the values' unit: a rate's points; "change" / « variation » say the same) and "relative" / « relatif » (compounded
 * % per period); "percent" and its kin are refused with a localized message naming both — never a silent guess.
 */
import { harness } from './workbook/harness';
import { estimateForCell } from '../../src/core/achievability';

describe.each([
  ['en_US', 'en', 'points', 'relative', ['percent', '%', 'Percent', 'pct', 'pourcentage'], / is ambiguous.*"points".*"relative"/],
  ['fr_FR', 'fr', 'points', 'relatif', ['pourcentage', '%', 'pourcent', 'percent'], / est ambigu.*«\u202fpoints\u202f».*«\u202frelatif\u202f»/],
] as const)('REQUIREDPACE kind words (%s)', (locale, _lang, points, relative, ambiguous, message) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale });

  it('"points" is the change per period (a rate’s points), "relative" the compounded change', () => {
    expect(h.run<number>('REQUIREDPACE', 0.45, 0.2, '2026-11-01', '2027-03-31', 'month', points)).toBeCloseTo(-0.05, 12);
    expect(h.run<number>('REQUIREDPACE', 0.45, 0.2, '2026-11-01', '2027-03-31', 'month', relative)).toBe(estimateForCell((0.2 / 0.45) ** (1 / 5) - 1));
  });

  it.each(ambiguous)('"%s" is refused with a message naming the two words', (word) => {
    let thrown = '';
    try {
      h.run('REQUIREDPACE', 0.45, 0.2, '2026-11-01', '2027-03-31', 'month', word);
    } catch (error) {
      thrown = (error as Error).message;
    }
    expect(thrown).toMatch(message);
    expect(thrown).toContain(_lang === 'en' ? `"${word}" is ambiguous` : `«\u202f${word}\u202f» est ambigu`);
  });
});
