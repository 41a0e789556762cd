/**
 * "Double monthly revenue to $95,000 by June 2027": a relative change that states the level it leads to. Check goals
 * skipped the goal's period window whenever the change was relative, so the row was judged as the TOTAL of revenue from
 * today to June ($95,000 against about seven months of ~$46,000: "on track") while "Increase monthly revenue to $95,000 by
 * June 2027" — and SMARTSCORE for both — judged the June month ($95,000 a month against ~$46,000: out of reach). The lead,
 * 2026-12-05: the level's window is read whatever verb leads to it. Through the built bundle on the emulator, FR and EN.
 */
import { revenueGoalScores } from './harness';

describe.each([
  ['en_US', 'Double monthly revenue to $95,000 by June 2027', 'Increase monthly revenue to $95,000 by June 2027'],
  ['fr_FR', 'Doubler le chiffre d’affaires mensuel à 95 000 € d’ici juin 2027', 'Porter le chiffre d’affaires mensuel à 95 000 € d’ici juin 2027'],
] as const)('a level reached by a relative change is judged on its own period (%s)', (locale, doubled, raised) => {
  const { scoreOf, smartscore } = revenueGoalScores(locale, [doubled, raised]);

  it('Check goals gives the doubled goal the raised goal’s score', () => {
    expect(scoreOf(0)).toBe(scoreOf(1));
  });

  it('Check goals and SMARTSCORE tell one story on the doubled goal', () => {
    expect(scoreOf(0)).toBe(smartscore(doubled));
  });

  it('near miss: the raised goal reads as before, out of reach (under the full score)', () => {
    expect(scoreOf(1)).toBe(smartscore(raised));
    expect(smartscore(raised)).not.toBe(100);
  });
});
