/**
 * Linking names to KPIs: a series header, a goal's KPI column, or the KPI
 * the statement analyzer found. Catalog ids, labels and synonyms (both
 * languages) plus the workbook's own series names all count; an exact name
 * beats a name merely contained in a longer one, and a longer match beats a
 * shorter one ("weekly close rate" is the close rate, not "rate").
 */
import { currencyMarkSource } from '../currency-marks';
import type { KpiDefinition } from '../kpi/catalog';
import { BARE_RATE_OR_LINE, findKpis, pickKpi, speaksInPercent } from '../statement/kpi';
import { fold as foldStatement } from '../statement/text';
import { containsWords, fold } from './text';
import type { KpiSeries } from './types';

function namesOf(kpi: KpiDefinition): string[] {
  return [kpi.id.replace(/_/g, ' '), kpi.label.en, kpi.label.fr, ...kpi.synonyms.en, ...kpi.synonyms.fr].map(fold).filter((name) => name !== '');
}

/** Per-catalog cache of folded names (catalogs are small, but matching runs once per row). */
const NAME_CACHE = new WeakMap<readonly KpiDefinition[], Array<{ kpi: KpiDefinition; names: string[] }>>();

function catalogNames(catalog: readonly KpiDefinition[]): Array<{ kpi: KpiDefinition; names: string[] }> {
  let names = NAME_CACHE.get(catalog);
  if (!names) {
    names = catalog.map((kpi) => ({ kpi, names: namesOf(kpi) }));
    NAME_CACHE.set(catalog, names);
  }
  return names;
}

/** A header that says it holds a rate or a share. */
const RATE_MARKER = /%|\b(?:rate|rates|ratio|taux|pourcentage|percentage|percent|share|part|pct)\b/i;
/** True when a header says it holds a rate or a share ("%", "rate", "taux", "ratio"…). */
export function hasRateMarker(text: string): boolean {
  return RATE_MARKER.test(text);
}
/** A KPI word in the plural names things counted ("Conversions"), not the rate the singular names. */
const COUNTED_PLURAL = /[a-z]s$/;
/**
 * A header that says it holds money: a mark of core's one table ("Orders (₹)", « Ventes (zł) », "Deals (kr)"; its codes
 * in capitals only, so "Try-outs" is no lira) or a money word.
 */
const CURRENCY_IN_HEADER = new RegExp(currencyMarkSource(true, false, false));
const MONEY_WORD = /\b(?:eur|usd|gbp|chf|cad|montant|montants|valeur|amount|amounts|value)\b/i;
const namesAmount = (text: string): boolean => CURRENCY_IN_HEADER.test(text) || MONEY_WORD.test(text);

/** Generic words the statement analyzer names a KPI by only when counted ("3 customers"); in a short header they name the base. */
const COUNTED_WORDS = new Set(['customers', 'customer', 'clients', 'client', 'buyers', 'acheteurs', 'members', 'membres']);
/** Members of a team, a staff or a board are the business's own people, new ones are won: no member base (mend43a). */
const NOT_MEMBER_BASE = /\b(?:team|staff|board|crew|faculty|equipe|personnel|conseil|new|nouveaux)\b/;

/**
 * A qualifier after the KPI's name: " - Team A", ": North", " (EMEA)", " – 2026", or a period ("CA 2026", "Sales FY26",
 * "Revenue Q1 2026", "2026 revenue"). Only a dash or colon written with a space after it splits (a hyphen inside a word
 * does not: "Lead-to-customer", "LTV:CAC"). Splitting is tried only when the qualifier names no KPI and no measure of
 * its own ("Revenue (per employee)", "Sales (growth)", "CAC: LTV ratio" are read whole).
 */
const QUALIFIER_SPLIT = /\s+[-–—:|]\s+|:\s+|\s*\(/;
const PERIOD_QUALIFIER = /^(?:(?:fy|ex|exercice)\s*)?(?:19|20)\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?$|^fy\s*\d\d$|^(?:q|t|h|s)[1-4](?:\s+(?:fy\s*)?(?:19|20)?\d\d)?$/;
const MEASURE_QUALIFIER = /\b(?:per|par|ratio|rate|taux|growth|croissance|evolution|variation|vs|versus|contre|share|part)\b|\//;

/** The header without its qualifiers ("Sales - Team A" → "Sales", "CA 2026" → "CA"), or null when it has none to drop. */
function withoutQualifiers(text: string, catalog: readonly KpiDefinition[]): string | null {
  let head = text.trim();
  const split = QUALIFIER_SPLIT.exec(head);
  if (split && split.index > 0) {
    const qualifier = fold(head.slice(split.index + split[0].length).replace(/\)\s*$/, ''));
    if (MEASURE_QUALIFIER.test(qualifier) || matchName(head.slice(split.index + split[0].length), catalog) !== null) return null;
    head = head.slice(0, split.index).trim();
  }
  // A period before or after the name: "CA 2026", "Sales FY26", "2026 revenue", "Revenue Q1 2026".
  const words = head.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (PERIOD_QUALIFIER.test(fold(words.slice(-n).join(' ')))) {
      words.splice(words.length - n, n);
      break;
    }
  }
  if (words.length > 1 && PERIOD_QUALIFIER.test(fold(words[0]))) words.shift();
  head = words.join(' ');
  return head !== '' && head !== text.trim() ? head : null;
}

/**
 * A header naming things counted of a rate KPI: "Cancellations", "Clients perdus", "Renewals", "Satisfied customers",
 * "Churned customers", "Désabonnements" — its last word in the plural and no rate word or % (the rate's own names are
 * singular: "Churn", "Cancellation rate", "Taux de churn", "Renewal rate", "% satisfied"). Such a column holds a count
 * of events or people: read as the rate, its values would be divided by 100.
 */
function namesCountedThings(words: string, text: string): boolean {
  return !RATE_MARKER.test(text) && COUNTED_PLURAL.test(words);
}

/**
 * The rate KPI whose events or people a header counts ("Cancellations" → churn, "Renouvellements" → retention,
 * "Satisfied customers" → csat), or null. matchCatalog reads such a header as no catalog KPI; the KPI-tab reader
 * gives its column the unit count unless its values or number format say it is the rate after all (docs/WORKBOOK.md,
 * "Counts of a rate's events").
 */
export function countedRateKpi(text: string, catalog: readonly KpiDefinition[]): KpiDefinition | null {
  const head = withoutQualifiers(text, catalog) ?? text;
  const found = matchName(head, catalog, text);
  return found && found.counted ? found.kpi : null;
}

/**
 * `matchCatalog`'s answers by catalog, then by text and format: Check goals asks it for each row's KPI cell and linked
 * header, thousands of rows naming a few dozen KPIs (chk58: a third of each row's merge). The answer depends on nothing
 * else (no spreadsheet, locale or date), as NAME_CACHE's; bounded as the statement memos are.
 */
const MATCHES = new WeakMap<readonly KpiDefinition[], Map<string, KpiDefinition | null>>();
const MATCHES_LIMIT = 50_000;

/**
 * The catalog KPI a text names (id, label or synonym), or null. An exact name wins; a name inside a longer header is
 * read as the statement analyzer reads a KPI phrase (core/statement/kpi.ts), so a compound names its head and a
 * measure built on a KPI word names none: "Revenue churn" is churn, "Sales cycle length", "Revenue per employee",
 * "Cost per lead" and "LTV:CAC ratio" no catalog KPI. A qualifier after the name ("Sales - Team A", "CA 2026") is
 * read as one (withoutQualifiers), and a header counting a rate's events ("Cancellations") names no rate.
 */
export function matchCatalog(text: string, catalog: readonly KpiDefinition[], percentFormat = false): KpiDefinition | null {
  let known = MATCHES.get(catalog);
  if (!known) MATCHES.set(catalog, (known = new Map()));
  const key = (percentFormat ? '%' : ' ') + text;
  let found = known.get(key);
  if (found === undefined) {
    found = catalogMatch(text, catalog, percentFormat);
    if (known.size < MATCHES_LIMIT) known.set(key, found);
  }
  return found;
}

function catalogMatch(text: string, catalog: readonly KpiDefinition[], percentFormat: boolean): KpiDefinition | null {
  const head = withoutQualifiers(text, catalog);
  if (head !== null) {
    const found = matchName(head, catalog, text, percentFormat);
    if (found) return found.counted ? null : found.kpi;
  }
  const found = matchName(text, catalog, text, percentFormat);
  if (found) return found.counted ? null : found.kpi;
  return shareOfPeople(text, catalog);
}

/**
 * Which way is better for the KPI a history's header names — or whose events it counts: "Churned customers",
 * « Clients perdus » are fewer-is-better as churn is (REALISTICTARGET with no direction suggested MORE of them). A header
 * naming no KPI ("Value", « Valeur ») tells nothing: null, so the levels decide (achievability `unstatedDirection`).
 */
export function headerLowerIsBetter(header: string, catalog: readonly KpiDefinition[]): boolean | null {
  const kpi = matchCatalog(header, catalog) ?? countedRateKpi(header, catalog);
  // Revenue lost ("churned_mrr", « MRR perdu », "Contraction MRR") is churn counted in money, fewer-is-better as "Churned
  // customers" is; read as revenue, "Keep it under $4,000" was a floor already kept, 0.999 beside Check goals' 0.001 on
  // "Churn MRR" (issue 11, surf48). The tab reader names no KPI for it either (kpis.ts `headerKpi`, the same words).
  // Revenue lost recovered or left out ("Recovered lost revenue", "Revenue won back from churned customers", « CA perdu
  // récupéré », "Revenue (excl. lost deals)") is revenue gained, higher-is-better (mend48c: 0.001 read 0.999).
  const folded = fold(header.replace(/_/g, ' '));
  if (kpi?.id === 'revenue' && revenueLost(folded)) return true;
  return kpi?.lowerIsBetter ?? null;
}

/**
 * Revenue lost in the period ("churned_mrr", « CA perdu », « Pertes de CA », "Revenue lost", "Contraction MRR"): money, a flow, no KPI on any
 * tab (kpis.ts, hdr43, mend43c) and fewer-is-better in the formulas' history header (`headerLowerIsBetter`): one rule.
 */
export const LOST = /\b(churned|lost|contraction|perdue?s?|pertes?)\b/;

/**
 * Revenue lost (`LOST`), not revenue lost then recovered or left out ("Recovered lost revenue", « CA perdu récupéré »,
 * "Revenue (excl. lost deals)": revenue gained, mend48c): one rule for the formulas' direction and the tab reader's KPI
 * (surf49, issue 11 d: the tab named no KPI, so Check goals linked no tab to a revenue goal the formulas judged).
 */
export const revenueLost = (folded: string): boolean => LOST.test(folded) && !lossRecovered(folded);
/**
 * A loss recovered, won back or left out: revenue gained. Only a loss that IS recovered — the amount's own participle
 * ("Recovered lost revenue", "Revenue won back from churned customers", « CA perdu récupéré »), not negated ("Lost revenue
 * not recovered", « CA perdu non récupéré »), not a hope ("recoverable", "recovery in progress") — or revenue with the loss
 * left out ("Revenue (excl. lost deals)": the exclusion before the loss word). "Lost revenue (excl. VAT)", « CA perdu hors
 * taxes » exclude something else from a loss: still lost (mend49b; surf49 took any "recover"/"excl"/"hors" beside a loss).
 */
export const lossRecovered = (folded: string): boolean =>
  LOST.test(folded) && ((RECOVERED.test(folded) && !NOT_RECOVERED.test(folded)) || LOSS_LEFT_OUT.test(folded));
const RECOVERED = /\b(recovered|won back|recuperee?s?)\b/;
const NOT_RECOVERED = /\b(not|non|never|jamais|pas|yet to be|to be)\s+(yet\s+|encore\s+|been\s+|etre\s+)?(recovered|won back|recuperee?s?)\b/;
const LOSS_LEFT_OUT = /\b(excl\w*|hors|without|sans)\b.*\b(churned|lost|contraction|perdue?s?|pertes?)\b/;

/** A goal naming a recovery ("Recover $6,000 of lost revenue", « Récupérer 6 000 € de CA perdu », "win-back revenue"). */
const NAMES_RECOVERY = /\b(recover\w*|won back|win back|recuper\w*)\b/;

/**
 * Revenue tabs for a revenue goal: a recovered loss ("Recovered lost revenue") is revenue only for a goal that names the
 * recovery, never a competitor of a plain revenue tab for "Increase revenue to $70,000" (mend49b: surf49 made the two tie,
 * and the goal lost its verdict to "is on 2 tabs"). A goal naming the recovery takes the recovered tabs when there are some.
 */
function recoveryScoped(candidates: readonly KpiSeries[], statement: string): readonly KpiSeries[] {
  const recovered = candidates.filter((s) => lossRecovered(folds(s).name));
  if (recovered.length === 0 || recovered.length === candidates.length) return candidates;
  return NAMES_RECOVERY.test(fold(statement)) ? recovered : candidates.filter((s) => !recovered.includes(s));
}

/**
 * "% satisfied", "% churned", "Taux de perdus": the share of the people an adjective describes, read as the rate whose
 * counted name is that adjective with customers ("satisfied customers", "clients perdus"). Only a rate KPI is taken.
 */
function shareOfPeople(text: string, catalog: readonly KpiDefinition[]): KpiDefinition | null {
  if (!RATE_MARKER.test(text)) return null;
  const rest = fold(text.replace(new RegExp(RATE_MARKER.source, 'gi'), ' '));
  if (rest === '' || rest.split(' ').length > 2) return null;
  for (const phrase of [`${rest} customers`, `clients ${rest}`]) {
    const found = matchName(phrase, catalog);
    if (found && found.counted && found.kpi.unit === 'percent') return found.kpi;
  }
  return null;
}

/**
 * What `text` names: a catalog KPI, and whether the text counts that rate KPI's events or people (counted). `whole` is
 * the full header the unit markers are read on (a qualifier may carry them: "Orders (€)", "Churn (%)").
 */
function matchName(text: string, catalog: readonly KpiDefinition[], whole: string = text, percentFormat = false): { kpi: KpiDefinition; counted: boolean } | null {
  const folded = fold(text);
  if (folded === '') return null;
  const raw = text.trim().toLowerCase();
  let best: { kpi: KpiDefinition; score: number; name: string } | null = null;
  for (const { kpi, names } of catalogNames(catalog)) {
    if (kpi.id === raw) return { kpi, counted: false };
    for (const name of names) {
      const score = folded === name ? 1000 + name.length : containsWords(folded, name) ? name.length : 0;
      if (score > 0 && (!best || score > best.score)) best = { kpi, score, name };
    }
  }
  if (best && best.score >= 1000) {
    // "Orders (€)": a count's name over money is no count (left to the tab name, the format, or nothing).
    if (best.kpi.unit === 'count' && namesAmount(whole)) return null;
    // "Margin", "Unit cost": a bare margin or cost is the margin rate or the cost line only when the header or the
    // column's number format speaks in percent (as in a sentence, core/statement/kpi.ts).
    if (BARE_RATE_OR_LINE.has(best.name) && !percentFormat && !speaksInPercent(whole)) return null;
    return { kpi: best.kpi, counted: best.kpi.unit === 'percent' && namesCountedThings(best.name, whole) };
  }
  // Parentheses read as spaces (same length, so the original's capitals stay aligned): "Revenue (per employee)" is
  // read as "Revenue per employee", a ratio.
  const plain = text.replace(/[()]/g, ' ');
  const statementFolded = foldStatement(plain);
  const mention = pickKpi(findKpis(statementFolded, plain, catalog), [], statementFolded, (id) => catalog.find((k) => k.id === id)?.unit === 'percent');
  const named = mention ? catalog.find((k) => k.id === mention.id) : undefined;
  if (mention && named) {
    // A column of numbers is read in the KPI's unit (a percent KPI's 30 becomes 30 %): a phrase reading that
    // suits a sentence must not turn counts into a rate ("Conversions") or amounts into a count ("Orders (€)").
    const words = statementFolded.slice(mention.start, mention.end);
    if (named.unit === 'percent' && namesCountedThings(words, whole)) {
      // "Churn rate (lost customers)": a rate named elsewhere in the header still names it.
      return best && best.kpi.unit === 'percent' && !namesCountedThings(best.name, whole) ? { kpi: best.kpi, counted: false } : { kpi: named, counted: true };
    }
    if (named.unit === 'count' && namesAmount(whole)) return null;
    return { kpi: named, counted: false };
  }
  if (mention) return best ? { kpi: best.kpi, counted: false } : null;
  // "Nb clients", "Customers (#)", "Active members" (a gym's): a short header on a generic customer word is the customer base.
  return best && COUNTED_WORDS.has(best.name) && !(/^memb/.test(best.name) && NOT_MEMBER_BASE.test(folded)) && folded.split(' ').filter((w) => /[a-z]/.test(w)).length <= 3 ? { kpi: best.kpi, counted: false } : null;
}

/**
 * The series a goal is measured on.
 * 1. the KPI column names a series exactly (its name, "Tab!Header" key or tab name);
 * 2. the KPI column names a catalog KPI that a series measures;
 * 3. the statement's KPI (catalog id from the analyzer) that a series measures;
 * 4. the statement mentions a series by its own name (longest wins).
 */
/**
 * How linkSeries chose among series on several tabs: `tied`, the tabs the goal's words point to equally (nothing is
 * picked: the note asks to name the tab); `tab`, the tab used when others hold the KPI too (the note names it).
 */
export interface LinkChoice {
  tied?: string[];
  /** The tied series' own name (for the example the note gives: "UK!Revenue"). */
  name?: string;
  tab?: string;
  /** The KPI column names no tab and no series: a label, the series found from the sentence. */
  label?: true;
}

/**
 * Among series measuring the same KPI, the one whose name or tab shares most words with the goal (team, region…).
 * A word of two letters or fewer counts only as a whole word of a tab or series name, from the Owner column or in
 * capitals in the sentence ("US", "UK", "NA": before, they were ignored and the first tab won). When the best score
 * is shared by series on several tabs, none is picked (null): judging one region's goal on another's data silently
 * was the worst answer.
 */
function closest(candidates: readonly KpiSeries[], goal: { statement: string; owner?: string | null }, choice?: LinkChoice): KpiSeries | null | undefined {
  if (candidates.length <= 1) return candidates[0];
  const long = fold(`${goal.statement} ${goal.owner ?? ''}`).split(' ').filter((w) => w.length > 2);
  const short = [...fold(goal.owner ?? '').split(' '), ...(goal.statement.match(/\b[A-Z]{2}\b/g) ?? []).map(fold)].filter((w) => w !== '' && w.length <= 2);
  const words = new Set([...long, ...short]);
  let tied: KpiSeries[] = [];
  let bestScore = -1;
  for (const s of candidates) {
    const score = fold(`${s.name} ${s.sheetName}`)
      .split(' ')
      .filter((w) => words.has(w)).length;
    if (score > bestScore) {
      tied = [s];
      bestScore = score;
    } else if (score === bestScore) tied.push(s);
  }
  const tabs = [...new Set(candidates.map((s) => s.sheetName))];
  const tiedTabs = [...new Set(tied.map((s) => s.sheetName))];
  // Tabs holding the same data (the example workbook inserted twice: "Sales", "Sales (2)") are no real tie.
  const same = (a: KpiSeries): boolean => a.points.length === tied[0].points.length && a.points.every((p, i) => p.date === tied[0].points[i].date && p.value === tied[0].points[i].value);
  if (tiedTabs.length > 1 && !tied.every(same)) {
    if (choice) {
      choice.tied = tiedTabs;
      choice.name = tied[0].name;
    }
    return null;
  }
  if (choice && tabs.length > 1) choice.tab = tied[0].sheetName;
  return tied[0];
}

/**
 * A series' names folded once: every goal is linked against every series, so folding them per goal was
 * 2,000 × 40 folds on the benchmark workbook. A KpiSeries is never renamed once read.
 */
const foldedNames = new WeakMap<KpiSeries, { name: string; key: string; sheetName: string }>();
function folds(s: KpiSeries): { name: string; key: string; sheetName: string } {
  let entry = foldedNames.get(s);
  if (!entry) {
    entry = { name: fold(s.name), key: fold(s.key), sheetName: fold(s.sheetName) };
    foldedNames.set(s, entry);
  }
  return entry;
}

/** The tab a KPI column value names, folded: a range typed as the KPI ("CRM!B2:B25", "'CRM'!B:B") names its tab. */
/** The tab a KPI column names, as typed: "Q1!", "'CRM'!B:B" name “Q1”, “CRM” (the notes say that name, mend58f). */
export const tabNamed = (kpi: string): string => kpi.trim().replace(/!.*/, '').replace(/^'(.*)'$/, '$1');
export const kpiTab = (kpi: string): string => fold(tabNamed(kpi));

export function linkSeries(
  goal: { kpi: string | null; statement: string; owner?: string | null },
  analyzedKpiId: string | null,
  series: readonly KpiSeries[],
  catalog: readonly KpiDefinition[],
  /** The sentence states its target in percent ("to 5%"): a count series is not what it measures. */
  percentTarget = false,
  /** Filled with how a series was chosen among several tabs (LinkChoice). */
  choice: LinkChoice = {},
  /** Tabs holding no series (`WorkbookModel.unreadTabs`): a KPI column naming one links to nothing. */
  unreadTabs?: ReadonlyMap<string, boolean>,
): KpiSeries | null {
  if (series.length === 0) return null;
  if (goal.kpi) {
    const folded = fold(goal.kpi);
    // Several tabs may hold a series of that name (one per team): the one whose tab or name the goal's words point to.
    const byName = series.filter((s) => folds(s).name === folded);
    // A tie between tabs (closest gives null) stops the search: no later rule may pick one of them silently.
    const named = byName.length > 0 ? closest(byName, goal, choice) : undefined;
    if (named !== undefined) return named;
    const tab = kpiTab(goal.kpi);
    const exact = series.find((s) => folds(s).key === folded) ?? closest(series.filter((s) => folds(s).sheetName === tab), goal, choice);
    if (exact !== undefined) return exact;
    const kpi = matchCatalog(goal.kpi, catalog);
    if (kpi) {
      const measured = closest(
        recoveryScoped(series.filter((s) => s.catalogId === kpi.id), goal.statement),
        goal,
        choice,
      );
      if (measured !== undefined) return measured;
    }
    // The KPI column names an existing tab holding no series (empty, text, too few dated rows): that tab or nothing — the
    // sentence's words never pick another one silently (audit57: "on track 99.9 %" on New accounts for a goal whose KPI
    // column named an empty tab); check.ts `namedTabNote` says which case. A value naming no tab ("SDR", « Acquisition »,
    // the Goals tab, a catalog KPI no tab measures) is a label (mend57f): the sentence's tab, said in a note.
    if (unreadTabs?.has(tab)) return null;
    choice.label = true;
  }
  if (analyzedKpiId && !percentTarget) {
    // "Reduce cancellations to 20 a month" beside a "Cancellations" column of counts and a churn-rate column: the
    // sentence names the counted events, so the count is measured, not the rate the analyzer reads the word as.
    const statementWords = fold(goal.statement);
    const counted = series.filter((s) => s.catalogId === null && s.unit === 'count' && containsWords(statementWords, folds(s).name) && countedRateKpi(s.name, catalog)?.id === analyzedKpiId);
    const named = closest(counted, goal, choice);
    if (named !== undefined) return named;
  }
  if (analyzedKpiId) {
    const measured = closest(
      recoveryScoped(series.filter((s) => s.catalogId === analyzedKpiId), goal.statement),
      goal,
      choice,
    );
    if (measured !== undefined) return measured;
  }
  const statement = fold(goal.statement);
  let best: KpiSeries | null = null;
  let bestLength = 0;
  for (const s of series) {
    const name = folds(s).name;
    if (name.length > bestLength && containsWords(statement, name)) {
      best = s;
      bestLength = name.length;
    }
  }
  return best;
}
