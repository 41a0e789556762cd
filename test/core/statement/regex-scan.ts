/**
 * Every match of a global regex over a text, as comparable strings (index, groups, named groups): the equivalence
 * tests of rewritten regexes (perf54, perf57) hold a new pattern to the one it replaces with it.
 */
export function scan(re: RegExp, text: string, from = 0): string[] {
  const out: string[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(JSON.stringify([m.index, [...m], m.groups]));
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
