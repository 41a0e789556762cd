/**
 * perf57: five more of the analyser's regexes test a look-behind after the word it guards rather than before it (perf54's
 * rule, docs/ARCHITECTURE.md): the lever cues' "with", « avec » and participles (CUE_RE), the breakdown's « dont » /
 * "of which" (BREAKDOWN_RE), the subject's predicate (SUBJECT_PREDICATE_RE), "keep", "hold" and « limit » among the
 * direction verbs, "less than" and « moins de » among the ceilings (BELOW_RE). Each look-behind now ends with the word
 * itself, so it reads the same characters before the same word. These tests rebuild each regex as it was written before and
 * hold the new one to it — the same matches, spans, groups and order — on every fixture statement a session may read, as
 * folded and as written, from every start position of adversarial inputs and from every third position of every tenth
 * statement.
 */
import { BREAKDOWN_RE } from '../../../src/core/statement/analyze';
import { LEXICON } from '../../../src/core/statement/direction';
import { BELOW_RE } from '../../../src/core/statement/goal';
import { CUE_RE } from '../../../src/core/statement/levers';
import { SUBJECT_PREDICATE_RE } from '../../../src/core/statement/object';
import { prepare } from '../../../src/core/statement/text';
import { STILL_HELD_OUT } from '../../../src/local/bench/statement-texts';
import { readableFixtureTexts } from './fixture-texts';
import { scan } from './regex-scan';

const R = String.raw;

/** `source` with each `[now, before]` piece put back as it was written before perf57 (each must be found). */
function former(source: string, pieces: ReadonlyArray<readonly [string, string]>): string {
  let out = source;
  for (const [now, before] of pieces) {
    expect(out.includes(now)).toBe(true);
    out = out.split(now).join(before);
  }
  return out;
}

/** A global copy, so every regex can be scanned from any position (SUBJECT_PREDICATE_RE and BELOW_RE have no flag). */
function scanning(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
}

function lexiconEntry(word: string): RegExp {
  const found = LEXICON.filter((entry) => entry.re.source.includes(word));
  expect(found).toHaveLength(1);
  return found[0].re;
}

const KEEP_HOLD = lexiconEntry(R`keep(?<!`);
const LIMIT = lexiconEntry(R`limit(?<!`);

const PAIRS: ReadonlyArray<{ name: string; now: RegExp; before: string }> = [
  {
    name: 'CUE_RE',
    now: CUE_RE,
    before: former(CUE_RE.source, [
      [R`with(?<!\b(?:meetings?|calls?|demos?|appointments?|conversations?|sessions?|rendez vous|interviews?|talks|balanced)\swith) `, R`(?<!\b(?:meetings?|calls?|demos?|appointments?|conversations?|sessions?|rendez vous|interviews?|talks|balanced)\s)with `],
      [R`avec(?<!\b(?:rendez vous|rdv|reunions?|demos?|appels?|clients?|entretiens?|entrevues?)\savec) `, R`(?<!\b(?:rendez vous|rdv|reunions?|demos?|appels?|clients?|entretiens?|entrevues?)\s)avec `],
      [R`(?:portee?s?|tiree?s?|driven|fuell?ed)(?<=(?:,|\s\s) (?:portee?s?|tiree?s?|driven|fuell?ed)) (?:par|by) `, R`(?<=(?:,|\s\s) )(?:portee?s?|tiree?s?|driven|fuell?ed) (?:par|by) `],
    ]),
  },
  {
    name: 'BREAKDOWN_RE',
    now: BREAKDOWN_RE,
    before: former(BREAKDOWN_RE.source, [
      [R`,[\s(](?:dont|of which)(?<=(?:\d|aine|^[a-z]+)[^,;.!?]{0,30},[\s(](?:dont|of which))|[\s(](?:dont|of which)(?<=(?:\d|aine|^[a-z]+)[^,;.!?]{0,30}[\s(](?:dont|of which))`, R`(?<=(?:\d|aine|^[a-z]+)[^,;.!?]{0,30}),?[\s(](?:dont|of which)`],
    ]),
  },
  {
    name: 'SUBJECT_PREDICATE_RE',
    now: SUBJECT_PREDICATE_RE,
    before: former(SUBJECT_PREDICATE_RE.source, [
      [R`(?:\s(?<!\s\s)(?:\s*(?:needs? to`, R`(?<!\s)(?:\s+(?:needs? to`],
      [R`|\s*=)|=(?<!\s=))`, R`|\s*=)`],
    ]),
  },
  {
    name: 'the maintain verbs (keep, hold)',
    now: KEEP_HOLD,
    before: former(KEEP_HOLD.source, [
      [R`keep(?<!\b(?:de|la|une|du) (?:[a-z]+ )?keep)`, R`(?<!\b(?:de|la|une|du) (?:[a-z]+ )?)keep`],
      [R`hold(?<!\b(?:de|la|une|du) (?:[a-z]+ )?hold)`, R`(?<!\b(?:de|la|une|du) (?:[a-z]+ )?)hold`],
    ]),
  },
  { name: 'the decrease verbs (limit)', now: LIMIT, before: former(LIMIT.source, [[R`limit(?<!\bse limit|\bs'limit)`, R`(?<!\bse |\bs')limit`]]) },
  {
    name: 'BELOW_RE',
    now: BELOW_RE,
    before: former(BELOW_RE.source, [
      [R`\bless than(?<!\b(?:no|not) less than)`, R`(?<!\b(?:no|not) )\bless than`],
      [R`\bmoins de(?<!\bpas moins de)`, R`(?<!\bpas )\bmoins de`],
    ]),
  },
];

const ADVERSARIAL = [
  'Augmenter le CA de 10 %, dont 3 % à l’export, grâce à une équipe renforcée, avec 3 commerciaux, portée par la demande',
  '105 Md€ (dont 33 Md€ pour la recherche) ,dont 4 ; 12 aines dont deux, of which $4M,of which 5 (of which 2)',
  'In an interview with Reuters, sales with 3 reps; meetings with the team; demos with 50 prospects;  driven by SEO, , fuelled by ads',
  'rendez vous avec le client, rdv avec 3 prospects, appels avec 12 clients, entretiens avec la presse',
  'Revenue  needs to  be 30 %; cost = 12; cost =12;  = 5; sales will grow; x  must reach 9;\tshould stay',
  'keep churn under 2 %; de la keep; une marque keep; du holding; de DG holding; hold prices; la holdings; keep',
  'se limiter à 3 %; s’limiter; limiter les coûts; limit spend; selimit',
  'no less than 5, not less than 6, less than 7, pas moins de 8, moins de 9, nomoins de, pasmoins de',
  '',
  '=',
  ' ',
];

describe('perf57: look-behind after the word, the same matches as the look-behind-first regexes', () => {
  it.each(PAIRS.map((p) => [p.name, p] as const))('%s: the same matches on every fixture statement a session may read', (_name, { now, before }) => {
    const nowRe = scanning(now);
    const beforeRe = scanning(new RegExp(before, now.flags));
    const texts = readableFixtureTexts(STILL_HELD_OUT);
    expect(texts.length).toBeGreaterThan(3000);
    let differing = 0;
    let matched = 0;
    for (const text of texts) {
      for (const input of [prepare(text).folded, text]) {
        const found = scan(nowRe, input);
        matched += found.length;
        if (found.join('\n') !== scan(beforeRe, input).join('\n')) differing++;
      }
    }
    expect(differing).toBe(0);
    expect(matched).toBeGreaterThan(0);
    // The former source differs, so the comparison is not of a regex with itself.
    expect(now.source).not.toBe(before);
  });

  it.each(PAIRS.map((p) => [p.name, p] as const))('%s: the same matches from every start position of adversarial inputs', (_name, { now, before }) => {
    const nowRe = scanning(now);
    const beforeRe = scanning(new RegExp(before, now.flags));
    for (const text of ADVERSARIAL) {
      for (const input of [prepare(text).folded, text, text.toLowerCase()]) {
        for (let from = 0; from <= input.length; from++) expect({ input, from, matches: scan(nowRe, input, from) }).toEqual({ input, from, matches: scan(beforeRe, input, from) });
      }
    }
  });

  it.each(PAIRS.map((p) => [p.name, p] as const))('%s: the same matches from every third position of every tenth fixture statement', (_name, { now, before }) => {
    const nowRe = scanning(now);
    const beforeRe = scanning(new RegExp(before, now.flags));
    let differing = 0;
    for (const text of readableFixtureTexts(STILL_HELD_OUT).filter((_, i) => i % 10 === 0)) {
      const { folded } = prepare(text);
      for (let from = 0; from <= folded.length; from += 3) if (scan(nowRe, folded, from).join('\n') !== scan(beforeRe, folded, from).join('\n')) differing++;
    }
    expect(differing).toBe(0);
  });

  it('finds the rewritten words on the adversarial inputs', () => {
    const folded = ADVERSARIAL.map((text) => prepare(text).folded).join('\n');
    expect(scan(scanning(CUE_RE), folded).map((m) => (JSON.parse(m) as [number, string[]])[1][0])).toEqual(expect.arrayContaining(['with ', 'avec ', 'fuelled by ', 'portee par ']));
    const breakdownStarts = (text: string): number[] => scan(BREAKDOWN_RE, text).map((m) => (JSON.parse(m) as [number])[0]);
    expect(breakdownStarts('10 ventes, dont 3 a paris')).toEqual([9]);
    expect(breakdownStarts('10 ventes dont 3 a paris')).toEqual([9]);
    expect(breakdownStarts('go; ventes, dont 3 a paris')).toEqual([]);
    expect(SUBJECT_PREDICATE_RE.exec('revenue  needs to  be 30')?.index).toBe(7);
    expect(SUBJECT_PREDICATE_RE.exec('cost =12')?.index).toBe(4);
    expect(scan(scanning(KEEP_HOLD), 'de la keep churn, hold prices').map((m) => (JSON.parse(m) as [number])[0])).toEqual([18]);
    expect(scanning(LIMIT).test('se limiter a 3 %')).toBe(false);
    expect(BELOW_RE.test('no less than ')).toBe(false);
    expect(BELOW_RE.test('pas moins de ')).toBe(false);
    expect(BELOW_RE.test('moins de ')).toBe(true);
  });
});
