/**
 * stmt66 through the BUILT bundle (dist/Code.js on the emulator): the levers `smartAnalyze` (the server function the CLI,
 * the sidebar and the statement eval call) reads for real63's lever classes (test/core/statement/stmt66.test.ts), FR and EN
 * — a place after « à travers » / "through" is no means, and a means ends where its purpose or its counterweight begins.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF } from './smartparse';

describe('smartAnalyze: stmt66 lever classes', () => {
  const analyze = bundleAnalyze();
  const levers = (text: string): string[] => analyze(text, AS_OF).levers;

  it('« à travers le pays », "through the country": no means; a network named after it stays one', () => {
    expect(levers("Nous visons 2 millions d'abonnés à travers le pays d'ici 2028.")).toEqual([]);
    expect(levers('Reach 2 million customers through the country by 2028.')).toEqual([]);
    expect(levers("Grow sales to 5M customers through the country's dealer network.")).toEqual(["the country's dealer network"]);
  });

  it("a means' purpose or counterweight is no second means", () => {
    expect(levers("Économiser 350 millions d'euros grâce au plan Horizon, destiné à mieux intégrer le groupe.")).toEqual(['plan Horizon']);
    expect(levers('Augmenter les ventes de 10 % grâce à de nouvelles offres compensées par des baisses de prix.')).toEqual(['de nouvelles offres']);
    expect(levers('Grow margin to 15% through cost leverage balanced with continued investments.')).toEqual(['cost leverage']);
    expect(levers('Grow revenue 10% through a new CRM, intended to help reps sell more.')).toEqual(['a new CRM']);
    expect(levers('Grow revenue 10% through a CRM designed for reps.')).toEqual(['a CRM designed for reps']);
  });
});
