/**
 * fixes50 (issue 11, "Define the verdicts so the words and the numbers agree, and show why"): Check goals and the report
 * wrote « réaliste » / "✓ OK" beside a 15 % chance with no word of why, while the wizard called a 1 % goal « ambitieux »
 * next to "Chance of reaching it: 1 %". One core function (`verdictStory`) now gives every surface the verdict's word,
 * the chance shown beside it — the same probability the word was read from — and the line saying why that word fits
 * that chance; an unrealistic goal's suggestion says by when.
 */
import { achievableCriterion, assess, assessShifted, chanceText, verdictStory, type AssessInput } from '../../../src/core/achievability';
import { addPeriods } from '../../../src/core/dates';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';
import { t } from '../../../src/core/messages';
import type { KpiPoint, Lang, Period } from '../../../src/core/types';

function dated(values: number[], period: Period): KpiPoint[] {
  return values.map((value, i) => ({ date: addPeriods('2024-01-01', period, i), value }));
}

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const DASH: Record<Lang, string> = { en: ' — ', fr: '\u00a0— ' };

describe('one story per verdict: the word, the chance it was read from, and why', () => {
  const n = normalSampler(mulberry32(11));
  const rate = dated(Array.from({ length: 30 }, () => 0.25 + 0.015 * n()), 'week');
  const counts = dated(Array.from({ length: 26 }, () => Math.max(0, Math.round(12 + 3 * n()))), 'week');
  const cases: Array<[string, KpiPoint[], 'level' | 'total', number]> = [
    ['a weekly close rate', rate, 'level', 0.25],
    ['weekly deals, a total', counts, 'total', 12],
  ];

  it.each(cases)('%s: every verdict, in both languages', (_name, history, aggregation, level) => {
    const last = history[history.length - 1].date;
    const seen = new Set<string>();
    for (const horizon of [1, 6]) {
      for (let k = 0; k <= 30; k++) {
        const target = level * (aggregation === 'total' ? horizon : 1) * (0.8 + 0.04 * k);
        const input: AssessInput = { history, target, deadline: addPeriods(last, 'week', horizon), today: last, direction: 'increase', aggregation };
        for (const lang of ['en', 'fr'] as const) {
          const a = assess(input, lang);
          const story = verdictStory(a, lang);
          seen.add(a.verdict);
          expect(story.verdict).toBe(a.verdict);
          // The word is the verdict's own (GOALVERDICT's, the Verdict column's), the chance the probability shown.
          expect(story.word).toBe(t(lang, `verdict.${a.verdict}`));
          expect(story.chance).toBe(chanceText(a.probability!, lang));
          // The line opens with that word and names that chance "at the current pace".
          expect(story.line!.startsWith(`${capitalized(story.word)}${DASH[lang]}`)).toBe(true);
          expect(story.line).toContain(story.chance);
          expect(story.line).toContain(lang === 'en' ? 'current pace' : 'rythme actuel');
          // The engine's first reason (unless the target is already met: "Already met — …") and the criterion say that line.
          if (!a.reasons[0].startsWith('Already met') && !a.reasons[0].startsWith('Déjà atteint')) expect(a.reasons[0]).toBe(story.line);
          expect(achievableCriterion(a, lang).message).toContain(story.line!);
          if (a.verdict === 'realistic') expect(story.line).toContain(lang === 'en' ? '80% range' : 'fourchette à 80\u202f%');
          if (a.verdict === 'unrealistic') {
            expect(story.suggestion).toBe(achievableCriterion(a, lang).suggestion);
            expect(story.suggestion).toContain(lang === 'en' ? ' by ' : ' d’ici le ');
          } else expect(story.suggestion).toBeNull();
        }
      }
    }
    expect([...seen].sort()).toEqual(['on-track', 'realistic', 'stretch', 'unrealistic'].filter((v) => seen.has(v)).sort());
    expect(seen.has('realistic')).toBe(true);
    expect(seen.has('unrealistic')).toBe(true);
  });

  it('a window shifted by what is done already keeps the story of its own chance (no amounts of the shifted window)', () => {
    const last = counts[counts.length - 1].date;
    const input: AssessInput = { history: counts, target: 60, deadline: addPeriods(last, 'week', 8), today: last, direction: 'increase', aggregation: 'total' };
    for (const lang of ['en', 'fr'] as const) {
      const shifted = assessShifted(input, 20, lang);
      const story = verdictStory(shifted, lang);
      expect(story.chance).toBe(chanceText(shifted.probability!, lang));
      expect(story.line!.startsWith(capitalized(t(lang, `verdict.${shifted.verdict}`)))).toBe(true);
      expect(story.line).toContain(story.chance);
      expect(achievableCriterion(shifted, lang).message).toContain(story.line!);
    }
  });
});

describe("the article's example still holds, and the suggestion says by when", () => {
  const ARTICLE: KpiPoint[] = [
    { date: '2026-11-02', value: 0.24 },
    { date: '2026-11-09', value: 0.26 },
    { date: '2026-11-16', value: 0.25 },
  ];
  const NEXT_WEEK = { deadline: '2026-11-23', today: '2026-11-20' };

  it('30 % next week is realistic or a stretch, 50 % unrealistic with a dated suggestion (EN, FR)', () => {
    expect(['realistic', 'stretch']).toContain(assess({ history: ARTICLE, target: 0.3, ...NEXT_WEEK }, 'en').verdict);
    const en = assess({ history: ARTICLE, target: 0.5, ...NEXT_WEEK }, 'en');
    expect(en.verdict).toBe('unrealistic');
    const fr = assess({ history: ARTICLE, target: 0.5, ...NEXT_WEEK }, 'fr');
    expect(verdictStory(en, 'en').suggestion).toMatch(/^Aim for \d+(?:\.\d)?% by (?:November 23, 2026|23 November 2026) instead\.$/);
    expect(verdictStory(fr, 'fr').suggestion).toMatch(/^Visez plutôt \d+(?:,\d)?\u202f% d’ici le 23 novembre 2026\.$/);
    expect(verdictStory(fr, 'fr').line).toMatch(/^Irréaliste\u00a0— moins de 1\u202f% de chances au rythme actuel|^Irréaliste\u00a0— \d+\u202f% de chances au rythme actuel/);
  });
});
