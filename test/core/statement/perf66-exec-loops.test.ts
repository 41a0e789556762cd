/**
 * perf66: three loops that ran `text.matchAll(RE)` on every statement — the goal list's aim words (AIM_RE, goal-list.ts),
 * the year-range reader (YEAR_RANGE_RE, findDates) and the impossible-date reader (IMPOSSIBLE_RE) — run `RE.exec` from
 * `lastIndex` 0 instead: matchAll copies its regex at each call (a RegExp and an iterator a statement, ~1 µs each at
 * this corpus' lengths). The two loops give the same matches when the regex is global, starts from 0 and never matches the
 * empty string (matchAll steps past an empty match; exec would return it again forever). This holds that on every readable
 * fixture text, as each loop reads it (the folded text; chrono's one-byte copy of the original for the year ranges), and
 * that a reader leaves the regex as it found it for the next: the same answer twice in a row, FR and EN.
 */
import { AIM_RE, firstItemNamesNone } from '../../../src/core/statement/goal-list';
import { chronoText, findDates, IMPOSSIBLE_RE, impossibleDate, YEAR_RANGE_RE } from '../../../src/core/statement/dates';
import { findKpis } from '../../../src/core/statement/kpi';
import { prepare } from '../../../src/core/statement/text';
import { STILL_HELD_OUT } from '../../../src/local/bench/statement-texts';
import { readableFixtureTexts } from './fixture-texts';

const SENTENCES = [
  'Nous visons 10 % de CA en plus et 20 nouveaux clients d’ici le 31 juin 2027',
  'Our goal is to open two stores and grow revenue to $3M by June 31, 2027',
  'Atteindre 4,5 M€ sur l’exercice 2026-27, puis 6 M€ en 2027-28',
  'We plan to hire five reps and lift ARR 20% in FY 2026-27 and 2027-28',
  'Obtenir 30 leads d’ici le 30/02, puis 40 d’ici le 31.06.2027',
];
const texts = [...readableFixtureTexts(STILL_HELD_OUT), ...SENTENCES];

/** [index, every group] of each match, as a loop reads them. */
const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
function viaExec(re: RegExp, text: string): unknown[][] {
  const out: unknown[][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, ...m]);
  return out;
}

describe('perf66: an exec loop reads what matchAll read', () => {
  it.each([
    ['AIM_RE', AIM_RE, (text: string) => prepare(text).folded],
    ['YEAR_RANGE_RE', YEAR_RANGE_RE, (text: string) => chronoText(prepare(text).original)],
    ['IMPOSSIBLE_RE', IMPOSSIBLE_RE, (text: string) => prepare(text).folded],
  ] as const)('%s: global, never empty, the same matches on every readable fixture text', (_name, re, read) => {
    expect(re.global).toBe(true);
    let matched = 0;
    for (const text of texts) {
      const subject = read(text);
      const expected = viaMatchAll(re, subject);
      expect(viaExec(re, subject)).toEqual(expected);
      for (const m of expected) expect(String(m[1])).not.toBe('');
      matched += expected.length;
    }
    // The corpus exercises each loop (a regex matching nothing would prove nothing).
    expect(matched).toBeGreaterThan(4);
  });
});

describe('perf66: each reader leaves its regex for the next call', () => {
  const ctx = (lang: 'fr' | 'en') => ({ asOf: '2026-12-08', fiscalYearStartMonth: 1, lang });

  it.each([
    ['Obtenir 30 leads d’ici le 31 juin 2027 et 40 d’ici le 31 juin 2028', 'fr', '31 juin 2027'],
    ['Get 30 leads by June 31, 2027, then 40 by June 31, 2028', 'en', 'June 31, 2027'],
    ['Obtenir 30 leads d’ici le 30/06/2027', 'fr', null],
  ] as const)('impossibleDate twice on « %s »', (text, lang, found) => {
    const prepared = prepare(text);
    const first = impossibleDate(prepared, ctx(lang));
    expect(first?.text ?? null).toBe(found);
    expect(IMPOSSIBLE_RE.lastIndex).toBe(0);
    expect(impossibleDate(prepared, ctx(lang))).toEqual(first);
  });

  it.each([
    ['Son ambition : devenir le leader du marché et atteindre un CA de 4,5 M€', 'fr', true],
    ['They plan to hire four more people and have a revenue goal of $2 million', 'en', true],
    ['Grow revenue and margin by 10% in 2027', 'en', false],
  ] as const)('firstItemNamesNone twice on « %s »', (text, lang, listed) => {
    const { folded } = prepare(text);
    const mentions = findKpis(folded, text);
    const first = firstItemNamesNone(folded, mentions, lang, []);
    expect(first !== null).toBe(listed);
    expect(firstItemNamesNone(folded, mentions, lang, [])).toEqual(first);
  });
});

/**
 * mend66p (perf66's review, findings 1 and 4): an exported regex is left at `lastIndex` 0 on every return — AIM_RE was
 * left mid-string when `firstItemNamesNone` returned from inside its loop, so a later `matchAll(AIM_RE)` by another
 * importer missed the aims before that point — and each reader starts from 0 whatever another caller left (IMPOSSIBLE_RE's
 * pre-loop reset was held by no test: matchAll, on the base, copied a stale `lastIndex` and missed the date).
 */
describe('mend66p: an exported regex left at 0, a stale one ignored', () => {
  const ctx = (lang: 'fr' | 'en') => ({ asOf: '2026-12-08', fiscalYearStartMonth: 1, lang });
  const fresh = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags))].length;

  it.each([
    ['Our goal is to open two stores and grow revenue to $3M by June 2027', 'en'],
    ['Nous visons d’ouvrir deux magasins et d’atteindre un CA de 3 M€', 'fr'],
  ] as const)('firstItemNamesNone returning from its loop on « %s » leaves AIM_RE at 0', (text, lang) => {
    const { folded } = prepare(text);
    expect(firstItemNamesNone(folded, findKpis(folded, text), lang, [])).not.toBeNull();
    expect(AIM_RE.lastIndex).toBe(0);
    expect([...folded.matchAll(AIM_RE)].length).toBe(fresh(AIM_RE, folded));
    expect(fresh(AIM_RE, folded)).toBeGreaterThan(0);
  });

  it.each([
    ['Get 30 leads by 31/06/2027', 'en', '31/06/2027'],
    ['Obtenir 30 leads d’ici le 31 juin 2027', 'fr', '31 juin 2027'],
  ] as const)('impossibleDate after another caller left IMPOSSIBLE_RE past the date: « %s »', (text, lang, found) => {
    IMPOSSIBLE_RE.lastIndex = 54;
    expect(impossibleDate(prepare(text), ctx(lang))?.text).toBe(found);
    expect(IMPOSSIBLE_RE.lastIndex).toBe(0);
  });

  it.each([
    ['Hit $3M in 2026-27', 'en'],
    ['Atteindre 3 M€ de CA en 2026-27', 'fr'],
  ] as const)('findDates after another caller left YEAR_RANGE_RE past the range: « %s »', (text, lang) => {
    const prepared = prepare(text);
    const expected = findDates(prepared, ctx(lang));
    expect(expected.length).toBeGreaterThan(0);
    YEAR_RANGE_RE.lastIndex = 99;
    expect(findDates(prepared, ctx(lang))).toEqual(expected);
  });

  it.each([
    ['Son ambition : devenir le leader du marché et atteindre un CA de 4,5 M€', 'fr'],
    ['They plan to hire four more people and have a revenue goal of $2 million', 'en'],
  ] as const)('firstItemNamesNone after another caller left AIM_RE past the aim: « %s »', (text, lang) => {
    const { folded } = prepare(text);
    const mentions = findKpis(folded, text);
    AIM_RE.lastIndex = 0;
    const expected = firstItemNamesNone(folded, mentions, lang, []);
    expect(expected).not.toBeNull();
    AIM_RE.lastIndex = folded.length - 1;
    expect(firstItemNamesNone(folded, mentions, lang, [])).toEqual(expected);
  });
});
