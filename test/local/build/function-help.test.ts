/**
 * The Help pane's formulas (one example per function and language, from the registry): a French manager reads French
 * separators and, where the example holds a goal sentence, a French one — SMARTSCORE's showed "Raise our close rate…"
 * in the French pane (review19).
 */
import { frenchFormula, functionHelp } from '../../../src/local/build/function-help';

describe('the Help pane’s examples', () => {
  const help = functionHelp();

  it('writes every French example with “;” between arguments and no English goal sentence', () => {
    for (const { name, example } of help) {
      expect(example.fr.startsWith(`=${name}(`)).toBe(true);
      // Outside quoted text, a French formula separates its arguments with ";" only.
      expect(example.fr.replace(/"[^"]*"/g, '""')).not.toContain(',');
      for (const quoted of example.fr.match(/"[^"]*"/g) ?? []) expect(quoted).not.toMatch(/\b(?:Raise|Increase|Reduce|next|week|by)\b/);
    }
  });

  it('gives SMARTSCORE a French goal in French and keeps the English one in English', () => {
    const score = help.find((entry) => entry.name === 'SMARTSCORE');
    expect(score?.example.fr).toBe('=SMARTSCORE("Porter notre taux de conclusion à 30 % la semaine prochaine"; ; DATE(2026;11;26))');
    expect(score?.example.en).toBe('=SMARTSCORE("Raise our close rate to 30% next week", , DATE(2026,11,26))');
  });

  it('converts an English formula to French separators, leaving quoted text alone', () => {
    expect(frenchFormula('=GOALPROGRESS(1.5, 2, "a, b")')).toBe('=GOALPROGRESS(1,5; 2; "a, b")');
  });
});
