/**
 * KPI tabs: a tab whose first column is mostly dates and that has numeric
 * columns. Each numeric column is one series, named by its header, or by
 * the tab name when the header is just "Value"/"Valeur" (or blank and alone).
 * A column's catalog KPI is the one its header names; the tab's name only
 * names it when the header names none, no other column of the tab names a
 * different KPI, and the column's header words and format agree with the
 * tab's KPI (docs/WORKBOOK.md, "KPI tabs").
 */
import { columnToLetters } from '../a1';
import { addDays, daysBetween, isDateObject, isoToDayNumber, startOfPeriod, type DateOrder, type ZoneOffset } from '../dates';
import { currencyMarkSource, defaultCurrency } from '../currency-marks';
import { isCurrencyCode } from '../format';
import { looksLikePoints } from '../achievability/statement-question';
import type { KpiDefinition } from '../kpi/catalog';
import { bareRate, rateHistoryScale, RATE_POINTS_ABOVE } from '../kpi/bare-rate';
import type { Aggregation, IsoDate, KpiPoint, Lang, Period, Unit } from '../types';
import type { ValueKind } from '../forecast';
import { cellDate, cellNumber, cellText, isBlankCell } from './cells';
import { TOTAL_LABELS } from './goals';
import { HEADER_SCAN_ROWS } from './headers';
import { headerScale, scaledColumn } from './scale';
import { countedRateKpi, hasRateMarker, lossRecovered, matchCatalog, revenueLost } from './link';
import { CODE_WORD, FEDERAL_TAX, LEVEL_ALWAYS, measureOf, MONEY_WORDS, NAME_MARK, readTabRoles, salaries, saysMoney, saysRole, STOCK_WORDS, TAXED } from './roles';
import { containsWords, fold } from './text';
import { scaleTop } from '../achievability/scale';
import { t } from '../messages';
import { formatGoalValue } from './values';
import type { CellValue, KpiSeries, SheetGrid, UnreadRows } from './types';
import type { NumberLang } from '../numbers';
import { LOG_DAYS } from '../series/period';
import { namesYearToDate } from '../series/ytd';
import { cleanSeries, parseDateCell, parseValueCell, segmentLabel, valueColumn, type CleanedSeries } from '../series/clean';

const MIN_POINTS = 3;
/** Share of the first column's non-blank cells that must be dates. */
const DATE_SHARE = 0.8;
/** Share of a column's non-blank cells that must be numbers. */
const NUMBER_SHARE = 0.6;
/** Headers that say "the measured value" without naming it: the series takes the tab's name. */
const GENERIC_VALUE_HEADERS = new Set(['value', 'values', 'valeur', 'valeurs', 'actual', 'actuals', 'reel', 'reels', 'reelle', 'realise', 'realises', 'realisation', 'measured', 'mesure']);
/**
 * Words of a header holding a plan rather than history ("Objectif", "Budget 2027", "Target", "Prévision"; « CA prévu » as the
 * fixtures' « Revenus prévus »: mend50b): not a KPI series.
 */
const PLAN_WORDS = ['objectif', 'objectifs', 'objective', 'target', 'targets', 'cible', 'cibles', 'budget', 'budgets', 'quota', 'quotas', 'plan', 'prevision', 'previsions', 'previsionnel', 'prevu', 'prevus', 'prevue', 'prevues', 'forecast', 'goal', 'goals'];

/** Catalog names holding a plan word ("quota attainment", « atteinte du quota », « taux d'atteinte des objectifs »), longest first. */
const PLAN_WORD_NAMES = new WeakMap<readonly KpiDefinition[], string[]>();
function planWordNames(catalog: readonly KpiDefinition[]): string[] {
  let names = PLAN_WORD_NAMES.get(catalog);
  if (!names) {
    const all = catalog.flatMap((kpi) => [kpi.label.en, kpi.label.fr, ...kpi.synonyms.en, ...kpi.synonyms.fr].map(fold));
    names = [...new Set(all.filter((name) => PLAN_WORDS.some((word) => containsWords(name, word))))].sort((a, b) => b.length - a.length);
    PLAN_WORD_NAMES.set(catalog, names);
  }
  return names;
}

/** A plan header, read without the catalog KPI names it holds: "Quota attainment" is history, "Quota attainment target" a plan. */
function isPlanHeader(header: string, catalog: readonly KpiDefinition[]): boolean {
  // hdr64: a budget's situation or execution (« Situation mensuelle du budget de l'État », "Budget execution") is its actuals: its
  // « budget » is no plan word, another still is (mend64h: « Situation du budget cible », "Budget execution plan" are plans).
  let folded = ` ${fold(header)} `.replace(/\b((situation|execution)( (?!previs)\w+)? du )budget\b|\bbudget( (execution|outturn))/g, '$1$4');
  if (!PLAN_WORDS.some((word) => folded.includes(` ${word} `))) return false;
  for (const name of planWordNames(catalog)) folded = folded.split(` ${name} `).join('  ');
  return PLAN_WORDS.some((word) => folded.includes(` ${word} `));
}

/** Period of a date-sorted series from its median gap; null with fewer than 2 points. */
export function periodFromGaps(points: readonly KpiPoint[]): Period | null {
  if (points.length < 2) return null;
  // Each date read once (`daysBetween` read every inner date twice: a tenth of the wizard's first call on a 5-year daily tab).
  const gaps: number[] = [];
  let previous = isoToDayNumber(points[0].date);
  for (let i = 1; i < points.length; i++) {
    const day = isoToDayNumber(points[i].date);
    gaps.push(day - previous);
    previous = day;
  }
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)];
  if (median <= 2) return 'day';
  if (median <= 10) return 'week';
  if (median <= 45) return 'month';
  if (median <= 135) return 'quarter';
  return 'year';
}

/**
 * A header's words as exports write them: snake_case and camelCase split, acronyms kept ("montant_ht" → "montant ht",
 * "MontantLigne" → "Montant Ligne", "CA_Brut" → "CA Brut"), so the header readers see words (headers31). An acronym before a
 * capitalised word is one too (« CACaisse » → « CA Caisse », « UVCCaisse » → « UVC Caisse »: a till extract's, hdr63), not a unit's
 * capitals ("MWh", « HQP »).
 */
export function headerWords(header: string): string {
  // "YoY", "QoQ", "MoM", "WoW" stay one word (mend45d: split, "Revenue YoY" was no growth), "OpEx" and "CapEx" too (hdr57:
  // "Actual_OpEx" of a CFO's dashboard read "op ex", no cost).
  return header.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll}{2,})/gu, '$1 $2').replace(/\b([YQMW]o) ([YQMW])\b|(?<![A-Za-z])(Op|Cap) (Ex)\b/g, '$1$2$3$4').replace(/_+/g, ' ');
}
// A count's scale written after its words ("units_k", "Volume_Units_K", "impressions_mln": hdr56) is no word of the measure: the
// header reads as its words do (a money scale beside its currency is `headerScale`'s, read on the raw header). "m" and "mm" stay
// (millimetres of rain, « mediane_M »). Units in thousands may have decimals (98.5 k).
// mend56h: after a count's word only — "Sales_k", « Ventes k » beside the revenue are money in thousands (`headerScale`'s), and
// stripped they read as sales counted.
const COUNT_SCALE = /(?<=\b(units|volume|impressions|quantit\w*|montees)) (k|mln|thousands|milliers)$/;
const foldHeader = (header: string): string => fold(headerWords(header)).replace(COUNT_SCALE, '');

/** A header that says percent outright ("Remise (%)", "taux_atteinte_pct"): a percentage whatever its values' scale. */
const PERCENT_MARK = /%|\b(pr?ct|p[eo]urcentage|percent)\b/;
/**
 * A duration in days ("age_days", « délai de paiement (jours) »); "per day", singular, stays a rate. A delay or a length
 * written in another unit (« Durée appel (min) », « Délai (heures) ») is not in days (mend32).
 */
const DAYS_WORDS = /\b(days|jours|(delais?|duree)(?!.*\b(s|sec|secondes?|seconds?|min|minutes?|h|heures?|hours?|semaines?|weeks?|mois|months?)\b))\b/;
/**
 * A growth over a period ("mau_yoy" at −4.5 … 14.5: points of growth, hdr45) is a percentage only with no money word and
 * values a percentage can take, points within ±100 or fractions (mend45d: "revenue_yoy_usd" at $8,000 became 12,600,000 %).
 */
const growthMark = (name: string, folded: string, values: readonly number[]): boolean =>
  /\b(yoy|mom|wow|qoq)\b/.test(folded) && !saysMoney(name, folded) && values.every((v) => Math.abs(v) <= 100);

/**
 * A discount whose header says no unit (« Remise », "Discount"), the only one hdr44's rule reads by its values: not money
 * by its sign, code or words ("Remise (€)", « Montant de la remise »), nor discounts counted ("Number of discounts",
 * « Remises de chèques », "Discount codes redeemed": a count word, or a plural after the discount word, not a participle as
 * « Remises accordées », nor a masculine one, « Rabais accordés », « consentis », mend66s) (mend44e), nor things discounted (« Clients remisés », « Articles remisés »: counts; mend45d).
 */
const saysDiscount = (name: string, folded: string): boolean =>
  /(?<!\b(clients|articles|produits) )\b(remise|rabais|discount)s?\b(?! ((de|d|of) )?(?!\w+ees\b|(accord|consent|octroy)\w*\b|clients\b|customers\b)\w+s\b)/.test(folded) &&
  !/\b(count|number|nb|nombre)\b/.test(folded) &&
  !saysMoney(name, folded);
/**
 * A rate of events (failures, successes, errors, conversions, churn, bounces, opens, clicks, wins, defects, returns,
 * responses, attrition, absences, abandonments: hdr48…) or a tax's, or a probability: in points from 0 to 100 a percentage (hdr47). Named by a
 * list of event nouns, EN and FR, not by "any rate but a few price words" (mend47c: "Rate per hour", "Room rate", "Run
 * rate", « Taux/nuitée », "Heart rate" at 45 … 95 became 0.45 … 0.95, and Check goals suggested 66 % for $66.5).
 */
const EVENT_RATE =
  /\b(probab\w*|fail\w*|succe\w*|reussite|erreurs?|errors?|echecs?|conver\w*|churn\w*|bounces?|rebonds?|open|ouvertures?|cli(ck|c)s?|click through|win|defe?(ct|aut)s?|returns?|retours?|responses?|reponses?|attrition|absen\w*|cancel\w*|annulations?|resiliations?|retention|abandon\w*|tva|vat|tax\w*)\b/;
/**
 * A satisfaction score on a 1–5 or 0–10 scale (« satisfaction_score » at 1–5, « satisfaction_moy » at 7.8, "CSAT score" at 4:
 * hdr51, the sixth and eighth sets) is no percentage: the satisfaction KPI only, by the fixtures README's ruling (mend51c: any
 * rate KPI averaged on 0–10 became a plain number — "Average conversion" at 2.5 %, « Note attrition », "Mean churn"); a rate's
 * own words ("Taux de satisfaction") keep it one. Exported for the formulas' history reader (`historyUnit`).
 */
export const onScale = (kpi: KpiDefinition | null, folded: string, values: readonly number[]): boolean =>
  kpi?.id === 'csat' && !/\b(rate|taux|ratio)\b/.test(folded) && !PERCENT_MARK.test(folded) && values.length > 0 && values.every((v) => v >= 0 && v <= 10) && values.some((v) => v > 1);
/**
 * A company's books in money whatever their numbers: a cash flow, receivables and payables, working capital, a stock's value,
 * a loan's principal and its instalment (hdr57: a CFO's dashboard, a distributor's warehouse, a lender's loan book read
 * "Accounts_Receivable" at 3,200,000 as a count). Singular instalments only: "Installments" may count them.
 */
// mend57h: a balance sheet's expense (prepaid, accrued, deferred) and an expense per unit or on average are money held or a
// price, no costs KPI; the French books likewise (« Valeur du stock », « Mensualité », « Besoin en fonds de roulement »,
// « Créances clients »). A treasury's cash in (« Encaissements »: hdr59) is money whatever it is for; its cash out
// (« Décaissements ») the costs (`HEADER_NAMES`, mend59h).
const BOOK_MONEY = /^(\w+ )?cash( flows?)?$|^(accounts? )?(receivables?|payables?)$|^working capital$|^(stock|inventory) value$|^(loan )?principal$|^(monthly )?instal?lment( amount)?$|^(prepaid|accrued|deferred|average|avg|unit) expenses?$|^valeurs? (du |des )?stocks?$|^mensualites?$|^besoin en fonds de roulement$|^creances?( clients?)?$|^encaissements?$/;
/** Values 1, 2, 3 … in row order: a row's or an instalment's number, no amount (mend57h: an amortization schedule's "Installment"). */
const rowNumbers = (values: readonly number[]): boolean => values.length > 1 && values.every((v, i) => v === i + 1);
/** An amount of tax at its rate (« montant TVA 20% », "Amount tax 5.5%": hdr60, mend60h): money, and a tax is summed (the
 *  fixtures README's tax rules: `total`). Not a change on a year (« Montant évolution N-1 % », "Amount vs 2024 %"). */
const TAX_AT_RATE = /^(montant|amount).*(tva|vat|tax\w*) [\d ]+%/;
function guessUnit(name: string, values: readonly number[], kpi: KpiDefinition | null): Unit | null {
  const folded = foldHeader(name);
  if (kpi) return onScale(kpi, folded, values) ? 'count' : kpi.unit;
  // An abandonment or an attrition alone ("Cart abandonment" at 68.2: hdr49) is a rate of those events, in points or fractions.
  // An amount at a rate of tax is money, the rate its label (`TAX_AT_RATE`).
  if ((PERCENT_MARK.test(folded) && !TAX_AT_RATE.test(folded)) || growthMark(name, folded, values) || (/\b(abandonment|attrition)$/.test(folded) && values.every((v) => v >= 0 && v <= 100))) return 'percent';
  // A discount says no unit (« Remise »): whole points up to 100 (0, 5, 10, 25) or fractions up to 1 (0.05, as a format
  // "0%" stores them: mend44e) are a percentage, other values money given back (« remise_sur_produits » at −22.45) (hdr44).
  if (saysDiscount(name, folded)) return values.every((v) => v >= 0 && v <= 100 && (Number.isInteger(v) || v <= 1)) ? 'percent' : 'currency';
  // An index is a ratio to its base whatever it indexes ("Price index", « Indice des prix »): no money, no rate, unless its
  // column's format says so (units43: the wizard showed a price index at 1.13 as "$1").
  if (namesIndex(name)) return null;
  // A rate of events in points is a percentage too ("failure_rate" at 4.03, "success_rate" at 95.97, « tva_taux » at 20, a
  // "probability" at 0 or 100: hdr47) — a rate of EVENTS only (`EVENT_RATE`: mend47c), as any other rate in whole numbers
  // may be a price's ("Rate per hour", "Room rate", « Taux TJM ») or a body's ("Heart rate"), and a ratio (2.5) or a share
  // past 1.5 is no percentage.
  // So is a rate or a ratio of money — debt, interest, profit, margin, occupancy — in points (« taux_endettement » at 84,
  // "profit_ratio" at 20: hdr49); a bare « Taux » or "Rate" stays none (a day's or a night's price as often: hdr47). A rate in a
  // currency or billed by the hour, the day or the night is a price ("rate_eur" at 128, "billable_rate" at 95: hdr49).
  // A railway's regularity or punctuality is a share of trains on time, « taux » or not (« Régularité composite » at 91.6:
  // hdr52, SNCF's open data).
  // Not on another scale (mend52a): "Punctuality score" at 7, « Ponctualité (note /5) », "Punctuality (min)" are a mark or a
  // delay, no share (hdr52 read them as percentages).
  // « Taux » before the noun it rates (« Taux_Chomage_BIT » at 7.8, « taux_moyen » at 2.55: hdr53) is a share in points, as
  // French open data writes unemployment, interest or savings rates — but a price's by the hour, the day, the night or a
  // period (« Taux horaire », « Taux jour », « Taux par heure », « taux TJM »: mend47c), an exchange rate or a unit's (« Taux de
  // CO2 (g/kWh) »).
  // mend53a: « taux de » + its noun only (« Taux d'occupation »), or a rate French statistics write joined (« Taux_Chomage »):
  // an adjective or a price after « taux » (« Taux facturé », « Taux standard », « Taux consultant » at 85–92) is a price, and
  // a rotation, a cover or an exchange (« Taux de rotation des stocks » at 6–8, « Taux de couverture » at 45–52) a ratio.
  // Unemployment or inflation written alone is the statistic, a rate in points (Walmart's weekly "Unemployment" at 8.1: hdr54);
  // counted people say so ("Unemployed", "Unemployment (thousands)": a bracket is refused below).
  const rateOf =
    /^taux (de |d )|^taux (chomage|interets?|inflation|epargne|emploi|activite|pauvrete)\b|^(unemployment|chomage|inflation)$/.test(folded) &&
    !/\b(par|heures?|horaires?|jours?|journaliers?|nuit\w*|semaines?|mois|tjm|change|co2|rotation|couverture|factur\w*|standard|forfait\w*|unitaires?|consultants?)\b|[/(]/.test(`${folded} ${name}`);
  // An exchange rate (« Taux de change » at 1.08, "FX rate") is a price of one currency in another, no share (mend53a).
  if (/\b(taux de change|(exchange|fx) rates?)\b/.test(folded)) return null;
  const railShare = rateOf || (/\b(regularite|ponctualite|punctuality)\b/.test(folded) && !/\b(scores?|notes?|rating|min|mins|minutes?|mn|secondes?|seconds?|retards?|delay)\b|\/ ?\d/.test(`${folded} ${name}`));
  if (/\b(rate|taux|ratio|share|part|ctr|probab\w*)\b/.test(folded) || railShare)
    return values.every((v) => v >= -1 && v <= 1.5) ||
      ((EVENT_RATE.test(folded) || /\b(endettement|interets?|interest|profit|marges?|margin|occupa\w+)\b/.test(folded) || railShare) && values.every((v) => v >= 0 && v <= 100))
      ? 'percent'
      : CODE_WORD.test(folded) || /\b(billable|hourly|daily|nightly|horaire|journalier|tjm)\b/.test(folded)
        ? 'currency'
        : null;
  if (DAYS_WORDS.test(folded)) return 'days';
  // Things counted in millions or thousands stay counts below 1 (hdr57: INSEE's « Transports de passagers » at 0.482 million
  // read as 48.2 %; the wizard takes decimals from 0 to 1 for a percentage when nothing says).
  // Revenue a KPI rule set aside ("avg_revenue_per_customer", « revenu_moyen_par_client »: an amount per head; "Churn ARR":
  // hdr47) is still money. Not in `MONEY_WORDS`: "revenue_yoy", "arr_yoy" in points are growth.
  // A count word before it counts revenue's sources or streams (« Nombre de sources de revenus »: mend47c), no money.
  // English "Salaries" in thousands is wages paid (mend53a), as "salary" is.
  // mend57h: money first ("Amount (millions)", "Free cash flow (millions)" at 0.38 are money), and never a load factor or a fill
  // rate ("Passengers load factor", « Coefficient de remplissage » at 0.8 are shares).
  const money = saysMoney(name, folded) || (BOOK_MONEY.test(folded.replace(/ (millions?|thousands|milliers|billions?|milliards?)$/, '')) && !rowNumbers(values));
  if (!money && /\b(count|number|nombre|nb|passagers|passengers|voyageurs|millions?|milliers|thousands)\b/.test(`${folded} ${fold(name)}`) && !/\b(load|coefficient|remplissage|taux|ratio|share|part)\b/.test(folded) && values.every((v) => v >= 0 && v <= 1)) return 'count';
  if (!money && /\b(load factor|coefficient de remplissage)\b/.test(folded) && values.every((v) => v >= 0 && v <= 1)) return 'percent';
  return money || (salaries(name, folded) && values.some((v) => v >= 1000)) || (/\b(revenu|arr\b)/.test(folded) && !/\b(count|number|nb|nbre|nombre)\b.*\b(revenu|arr\b)/.test(folded)) ? 'currency' : null;
}

/** What money is spent on, in both languages (`HEADER_NAMES`' costs). */
const SPENT_ON = 'marketing|campagnes?|campaign|advertising|media|transport|logistiques?|logistics|freight|delivery|variables?|energie|energy|matieres?( ligne)?|materials?|production|fabrication|salari(al|aux)|payroll|labou?r|loyers?|rent|travel|hosting|total';
/** One of them alone as a header, an expense breakdown's line (hdr59): not a bare « Total ». */
const EXPENSE_HEADING = new RegExp(`^(?!total$)(${SPENT_ON})$`);
/**
 * Money received, a tab's segments or a property's (mend59h): rent received, a service line's revenue are no expense lines. Not
 * "revenue" or "income" (final read): a P&L's Revenue column, an "Income statement" tab hold expense lines beside payroll.
 */
const RECEIVED = /\b(segment|percu|recus?\b|received|propert|immobili)/;
/**
 * Names a KPI tab's header uses and a goal sentence does not (export abbreviations), read when the catalog names none:
 * quantities counted are units sold (won deals, as the fixtures' README counts them), "MAU" the active customers,
 * "CVR" the conversion rate, « taux d'atteinte » the quota attainment (headers31); « ca_brut » the revenue, « Coût matière »
 * the costs (hdr43); a restaurant's covers its sales counted, a startup's burn and a bare "Cost" or « Coût » column the
 * costs (hdr44: the catalog leaves a bare cost to a sentence's cost line, but a dated column of it is money spent), and a
 * campaign's or marketing cost too (hdr45).
 */
/**
 * Words of a measure of their own, beside a column named by the tab's KPI (hdr51's ruling H3, narrowed by mend51c): a call's
 * outcome, a meeting, a message, a time, a share — not a rep's, a region's or a city's name ("Alice", "North", « Lyon »).
 */
const OTHER_MEASURE = /\b(connects?|connected|connexions?|answered|reached|pick ?ups?|decroches?|repondus?|joints?|voicemails?|messageries?|meetings?|rdv|rendez vous|booked|conversations?|callbacks?|rappels?|no answers?|sans reponses?|missed|manques?|e?mails?|sms|talk time|durees?|duration|minutes|deals?|rates?|taux|ratio|pct|orders?|commandes?|units?|unites?|leads?|visits?|visites?|views?|vues?|clicks?|clics?|refunds?|remboursements?|returns?|retours?|discounts?|remises?|costs?|couts?|spend|depenses?|margins?|marges?|profits?)\b/;
/**
 * Messages sent, people contacted, follow-ups and connection requests (hdr53): a setter's or a rep's outreach, in either
 * language, with words between the noun and its participle (« messages d'accroche envoyés »).
 */
const OUTREACH = /\b(messages?|dms?|inmails?|invitations?)( \w+){0,3} (envoyee?s?|sent)\b|\b(relances?|follow ?ups?|demandes? de connexion|connection requests?)\b|\b(contactee?s?|contacted)\b/;
/**
 * A level of events, by the header's words (fix-prev53's H1, H2): a rate, a share or a percentage of them ("% of leads contacted",
 * « Part des prospects contactés », "Cancellations (%)"), an average, a cumulative count, one per something other than the
 * row's period: per a number of things ("Cancellations per 1,000 flights"; "per month" on monthly rows is the month's count).
 */
const EVENTS_LEVEL = /%|\b((rate|taux|ratio|pct|share|part)s?|pour?cent\w*|(average|avg|mean|moyen|cumul)\w*|(per|par|pour) \d)\b/;
/** Outreach counted: whole numbers, no rate or share of it, no payment reminders (« relances de factures »), nothing but selling's. */
const outreachSent = (folded: string, values: readonly number[]): boolean =>
  OUTREACH.test(folded) && !EVENTS_LEVEL.test(folded) && !OUTREACH_ELSEWHERE.test(folded) && values.every(Number.isInteger);
/**
 * Words of prospects in an outreach header (mend53a): messages sent or people contacted are prospecting by the header alone
 * only with them (« messages d'accroche envoyés », "Leads contacted", "Cold emails sent", connection requests).
 */
const PROSPECT_WORDS = /\b(prospects?|prospection|prospecting|leads?|outreach|cold|accroche|connection requests?|demandes? de connexion)\b/;
/** A tab of selling or prospecting, or a setter's column (mend53a): where outreach sent or contacted is prospecting. */
const OUTREACH_TAB = /\b(sales|ventes?|commercial\w*|prospect\w*|outreach|setters?|sdrs?|bdrs?|business development)\b/;
/**
 * Outreach that is no selling, by the header, the tab or a neighbour (mend53a): collections (« Relances » beside « Montant
 * recouvré »), support, candidates, events, surveys, newsletters, referrals; invoices and payments anywhere (fix-prev53's H9:
 * « Relances » beside « Factures en retard » or « Montant facturé » are payment reminders), a webinar's invitations.
 */
const OUTREACH_ELSEWHERE = /\b(recouvr\w*|collect\w*|impayes?|factur\w*|invoices?|pa(ie|y)ments?|webinars?|tickets?|support|helpdesk|sav|candidat\w*|recrut\w*|recruit\w*|hiring|events?|evenements?|guests?|invites|surveys?|enquetes?|sondages?|nps|newsletters?|referrals?|parrainages?)\b/;
/** Units or items a header counts with no word of selling (mend53a): won deals only on a selling tab or beside a sale's columns; a
 *  panel's volume in units too ("Volume_Units_K" beside its price: hdr56), an order's total items beside its id (hdr57: a Shopify
 *  export's "order_id, …, total_items"; a purchase order's id is none); an order's products counted ("product_count" beside
 *  "order_revenue": hdr59). */
const BARE_UNITS = /^(number of |nombre d |nb |total )?(volume )?(units|items|articles|products? count)( shipped| ordered| expedies| commandes)?$/;
/** A transfer's, a return's or a picker's columns (mend57h): an order's items there are moved, sent back or picked, not sold. A
 *  location alone only (Amazon's order export names its "default_ship_from_location_…": its items shipped are sold, set 11). */
const NOT_SOLD_BESIDE = /^((from|to|source|destination) )?(locations?|emplacements?)$|\b(transfers?|transferts?|returns?|retours?|reasons?|motifs?|pickers?|preparateurs?)\b/;
/** A tab of goods held, made, run, bought or returned (mend53a; "Sales returns": fix-prev53's H3): its units are no sales. */
const UNITS_ELSEWHERE = /\b(returns?|retours?|stocks?|inventor\w*|inventaire|warehouse|entrepot|production|manufactur\w*|fabrication|fleet|flotte|parc|purchas\w*|achats?|approvisionnements?|procurement|suppl\w*|fournisseurs?)\b/;
/**
 * A sale's neighbours (mend53a): a revenue's, a price's, a product's or its title's column — read on a tab its name says
 * nothing of ("Data", « Feuil1 ») or a selling one only (`SALES_TAB`): a named tab's units beside a product or a price are its
 * own (fix-prev53's H3: a scrap's, a quote's, a forecast's, a wishlist's, a food bank's, a plant's output beside its revenue).
 */
const SALE_COLUMN = /^(title|titre|asin|sku)$|\b(revenues?|sales|ventes?|ca|prices?|prix|products?|produits?)\b|^(order|commande)s? (id|number|no|numero)$|^(n|no|numero) (de )?commande$/;
/** An expense's words (mend53a): actuals beside a budget are spent only where the budget or the tab says them. */
const EXPENSE_WORDS = /\b(costs?|couts?|expenses?|opex|capex|spend\w*|depenses?|charges?)\b/;
const EXPENSE_BUDGET = new RegExp(`\\bbudget.*${EXPENSE_WORDS.source}|${EXPENSE_WORDS.source}.*\\bbudget`);
/** Revenue's words, in a tab's name or a neighbour's header: actuals there are sales, never costs (mend53a). */
const REVENUE_WORDS = /\b(revenues?|sales|ventes?|ca|chiffre d affaires|turnover)\b/;
/**
 * A competitor's measure (`Competitor_A_Spend`, « CA concurrent »: hdr55) is not the business's own: no KPI, read by the KPI its
 * words name all the same (its unit, level or total), as an estimate is. mend55h: only where the competitor owns the measure —
 * named first, or « concurrent(s) » after the measure's one word (« CA des concurrents ») — not deals won against one ("Deals won
 * vs competitor", « Affaires gagnées face à la concurrence », "Customers won from competitors": the business's own).
 */
const COMPETITOR = /^(competitors?|concurrents?|concurrence)\b|^\w+( des?)? concurrents?$/;
/** An app's words, in a tab's name or a header (mend51c: installations and downloads are an app's sign-ups only beside them). */
const APP_WORDS = /\b(apps?|appli\w*|(app|play) store|stores?|mobile|play|ios|android)\b/;
const HEADER_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  // An order line's or an invoice's quantity ("Lineitem quantity", « FACTURES_QTE_TOTALE »: hdr46), in a unit of measure too
  // (« quantite_t » in tonnes, "qty_kg": hdr47); « commandé » unagreed too (« quantite_commande », an ERP's: hdr57).
  [/^((line ?item|factures?|invoices?|orders?|commandes?) )?(qte|qty|quantit(es?|y|ies))( totale?s?)?( vendues?| sold| ordered| commandee?s?)?( (t|kg|l|tonnes?|tons?|lit\w+))?$|^(covers|couverts)$|^(tickets?|billets?|places?|seats?) (sold|purchased|vendu(e|s)*)$|^(nombre de |nb )?(spectateurs|admissions)$/, 'deals_closed'],
  // A site's sessions are its visits (hdr46), counted a day or a week too ("daily_sessions": hdr47), the web's ("web_sessions": hdr48).
  [/^((daily|weekly|monthly|web|site|website) )?sessions$/, 'website_traffic'],
  // Deals won counted ("sourced_wins" beside "sourced_leads": hdr55); a win rate is no count.
  [/^(\w+ )?wins$/, 'deals_closed'],
  // A burn in money only ("burn_inr_lakhs", « Burn mensuel »): "Burn rate (months)", "Burn down", "Burn (kcal)" are none (mend44e).
  [/^(net )?burn( rate)?( mensuel| monthly)?( (eur|usd|gbp|chf|cad|inr))?( lakhs)?$/, 'costs'],
  [/^[mwd]au$/, 'customers'],
  // An ad platform's conversion value (Google Ads' "Conv. value", "conv_value": hdr56) is what the conversions sold for.
  [/^(all )?conv(ersions?)? value$/, 'revenue'],
  // A retail panel's value or volume share ("Acme_Value_Share": hdr56) is a brand's market share; a portfolio's or a fund's
  // share of its value is none (mend56h). A bare "share_pct" is dropped (mend56h: a cap table's "Shareholder, Shares, share_pct"
  // is none, and no cheap rule of its row told the panel's from it).
  [/^(?!portfolio|fund)(\w+ )?(value|volume) share$/, 'market_share'],
  [/\b(cvr|cv rate)$/, 'conversion_rate'],
  // An app's installs are its new users (hdr47); its installations and downloads too, in either language (hdr51, the lead's
  // ruling H1: a column of counts), but for an installer's jobs (the `fitter` role, `detectKpiSeries`); new subscriptions a
  // period too (H2).
  // hdr62: GA4's French « Nouveaux utilisateurs » as its "New users".
  [/^(new users|nouveaux utilisateurs|((daily|weekly|monthly|new) )?((user|app) )?(installs|installations|downloads|telechargements)|(new )?subscriptions)$/, 'signups'],
  [/^(taux (d )?)?atteinte\b/, 'quota_attainment'],
  // A gross profit's percentage ("actual_gp_pct", "GP %": hdr57) is the gross margin, as retail and distribution write it.
  [/^(\w+ )*gp ?(pct|percent(age)?|%)$/, 'gross_margin'],
  // A distributor's sell-in and sell-out, its sales into and out of the channel ("sell_in_value", "sell_out_count": hdr52,
  // the tenth header set): revenue in money, won deals counted, as the fixtures README labels them.
  // Only in words of money or counted units (mend52a): a bare "Sell-out" may be units, a bare « Sell-in » either, and a
  // sell-through is a rate, never revenue (hdr52 read them all as revenue).
  [/^sell ?(in|out) (value|amount|revenue)$/, 'revenue'],
  [/^sell ?(in|out) (count|units|qty|quantity|volume)$/, 'deals_closed'],
  [/^ca (brut|net|ht|ttc)$/, 'revenue'],
  // An insurer's premiums are its sales (« prime_annuelle », "premium": the catalog's revenue; hdr48).
  [/^pr(ime|emium)s?( annuelles?| annual| emises?| written| booked)?$/, 'revenue'],
  // A cost named by what it is spent on (« Coût du produit », « cout_marketing », « cout_fixe_mensuel », "Shipping cost",
  // "Cost of goods": hdr47), from a list of what money is spent on, the head noun first in French and last in English; a
  // cost per unit, hour, piece, kilometre or hire (« Coût de revient », « Coût horaire », "Item cost", "Cost of a hire",
  // « Coût standard », "Opportunity cost") is a price or no spending, no KPI (mend47c: hdr47 read any cost but a few).
  // Wages and payroll (« masse salariale », "gross_wages") and an insurer's claims paid (« montant_indemnise »,
  // "claim_amount"; « MontantIndemnite », the indemnity paid: hdr59) are money paid out, the costs, by the fixtures README's
  // rules (hdr48); "Salaries" is left out, as it folds to « salariés », people.
  // Meta's "Amount spent (EUR)" is the ad spend (hdr51); a bare "Spent" only beside money (`detectKpiSeries`, mend51c). Meta
  // writes the ad account's currency, any of them ("Amount spent (AUD)": hdr59) — an ISO 4217 code only (`headerKpi`, mend59h:
  // "Spent hrs", "Spent min" of a timesheet, "Amount spent QTD" a running figure).
  // hdr62: Meta's French export, « Montant dépensé (EUR) », as the English one (« montant » and the participle: « Dépense » alone is
  // the catalog's, « Montant dépensé par client » no spending summed).
  [/^(amounts? )?spent( [a-z]{3})?$|^montants? depensee?s?( [a-z]{3})?$/, 'costs'],
  // A P&L's financial cost ("Financial Cost", "Finance costs": its interest line, hdr55) is money paid out as the others are.
  // An expense line of a P&L in the singular ("Interest_Expense", "Depreciation expense": hdr57), not a tax's (a tax, no KPI).
  [/^((gross|net|total) )?(wages|payroll)$|^(?!(tax|prepaid|accrued|deferred|average|avg|unit|per|energy)\b)(\w+ )?expense$|^masse salariale$|^salaires? bruts?$|^claims? (amount|paid)$|^montants? indemni(se|te)s?$|^(incurred|paid) loss(es)?$|^loss(es)? (incurred|paid)$|^decaissements?$/, 'costs'],
  // hdr61: a purchase before or with tax (« Achat de matériel HTVA », « Achats HT ») is money spent; a bare « Achats » may
  // count the customers' purchases, a price « d'achat » is a price. mend61h: « de » and a noun only — « Achat moyen TTC »,
  // « Achat unitaire HT » are levels — and never beside a client (`detectKpiSeries`: the customer's purchase, a sale).
  [/^achats?( (de |d |du |des )\w+)? (ht|htva|ttc|tvac)$/, 'costs'],
  [new RegExp(`^couts?( (du |des |de (la )?|d'?)?(${SPENT_ON}|produits?|marchandises|ventes|publicite|fixes?|livraisons?|exploitation|personnel|emballages?))?( mensuels?)?$|^((${SPENT_ON}|shipping|fixed|operating|total|fuel|financ(e|ial)) )?costs?( (in )?(eur|usd|gbp|chf|cad|inr|local currency|micros))?$|^costs? of (goods|sales)\\b`), 'costs'],
];
/**
 * An invoice's or an order line's amount before or after tax (« Montant HT », « MontantLigne »), or the amount of the
 * products or orders it names (« montant_des_produits »; hdr44): what was sold, each period's total, unless the tab
 * names another KPI (« Dépenses »: a purchase ledger writes them too) (hdr43); « vente totale », an order line's price ×
 * quantity (hdr45); an invoice's amount (« facture_montant », "FACTURES_TOTAL_AMOUNT") and « prix total », an order line's
 * price × quantity (hdr46); a sale's amount or total (« MontantVente », « Total_Vente »: hdr47); an order's amount and its
 * lines' total (Amazon Selling Partner's `order_total_amount`, Shopify's `total_line_items_price`: hdr53); one invoice's, order's
 * or till receipt's total before or after tax (« ReceiptTotalHT », "Invoice total": hdr57; plural, "Orders total" may count them).
 * An invoice before or with tax (« Facture HT »: hdr61) with nothing between or a word of selling (« Factures émises TTC »):
 * another noun bills something else (« Facture loyer HT », « Facture avoir HT », « Factures impayées TTC »: mend61h). A bare « Montant » or
 * "Amount", or an amount paid (« montant_total_paye »), may be money paid out: it names no KPI unless the tab's other
 * headers say whose it is (`PAID_OUT`, `ORDER_LINE`).
 */
const SOLD_AMOUNT = /^(facture|invoice|order|commande|receipt) total( ht| ttc)?$|^total (facture|commande|ticket)( ht| ttc)?$|^montants? (ligne|ht|htva|ttc|tvac|des (produits|commandes))( eur)?$|^vente totale$|^(factures?|invoices?|orders?|commandes?) (total )?(montant|amount)$|^total line items? (amount|price)$|^prix total$|^(montant|total) ventes?$|^factures?( (clients?|ventes?|emises?))? (ht|htva|ttc|tvac)$/;
/** An order's net or value in a table of orders (Etsy's "Order Net", "Order Value" beside "Order ID": hdr63) is its money, as its
 *  total is; a tab's "Order value" one row a month is an average order's, a level (surf53). */
const ORDER_MONEY = /^order (net|value)$/;
/** « Total HT/TTC »: sold beside a client, an order or a sale, the costs beside a supplier, nothing else (mend61h: a provider's,
 *  an expense claim's totals). */
/** An amount's words before or without a tax ("before HST", « hors TVA », « avant TPS et TVQ »): no tax of its own. */
const BEFORE_TAX = /\b(before|excl\w*|ex|hors|avant|pre) (tax\w*|tv[aqh]|tps|[gqh]st|vat)( (et|and) \w+)*/g;
const TOTAL_TAXED = /^total (ht|htva|ttc|tvac)$/;
/**
 * An amount billed ("billed_amount") or before or after a sales tax as Australia and New Zealand write it ("amount_excl_gst")
 * (hdr48): a sale only where the row says one — a client, a product, an invoice, a contract's revenue —,
 * the costs beside a supplier (`PAID_OUT`); an expense log's, a payee's or a utility bill's ("Provider, kWh, Billed amount")
 * names nothing (mend48d: hdr48 read them as sales anywhere).
 */
const TAXED_AMOUNT = /^(billed|billable|invoiced) amount$|^amounts? (ex|excl?|incl?) (gst|vat|tax)$/;
/**
 * The tabs `SOLD_AMOUNT` reads as sales (mend43c): a name naming nothing ("Sheet1", « Feuille 1 », "Data", « Données »,
 * "Export", a date) or sales and invoices to customers (« Ventes », « Factures », "Invoices", "CA"), never a purchase or
 * supplier ledger (« Achats », « Factures fournisseurs »); the tabs of cash, stock, budget or payroll name none of these.
 * Orders (« Commandes », "Orders": hdr46) only where no supplier's column without a client's says the goods were bought, and
 * never purchase orders (« Bons de commande »; mend46e): `detectKpiSeries`' `salesTab`.
 */
const SALES_TAB = /^(sheet|feuil(le)?|data|donnees|export)?[\W\d]*$|^(?!.*(fournis|suppl|achat|purchas)).*\b(vente|factur|sales|invoice|ca\b|caisse)/;
/**
 * A bare amount (« montant », « montant total », "Amount", a currency code aside: hdr46; "total_amount", the English order:
 * hdr48; "money", a coffee shop's card payments beside the coffee sold: hdr54): only its tab's other headers say what it is
 * (hdr45).
 */
const BARE_AMOUNT = /^(total )?(montants?|amounts?|money)( total| global)?$/;
/**
 * A bare total (« total », "Subtotal", « total_articles_mad »): an order's amount only beside an order line and a price or
 * an amount, or with a currency code (hdr46: a Shopify export's "Total", « Produit, Quantite, Prix_Unitaire, Total »).
 */
const BARE_TOTAL = /^(sub ?|sous )?total( articles)?$/;
/** Tabs of sales, orders or invoices to customers: an amount there is no money paid out (mend45d). */
const ORDER_TAB = /^(?!.*(fournis|suppl|achat|purchas)).*\b(vente|factur|sales|invoice|order|commande)/;
/** A credit note (« avoir »), money summed only beside invoice columns: alone, « Avoirs » may be holdings (mend43c). */
const CREDIT = /\bavoirs?\b/;
/** The invoices' own columns: sales (« ca », « ca_brut »), an amount before or after tax, invoices (« factures »). */
const INVOICED = /\b(ca|ht|ttc|invoices?)\b|factur/;
/**
 * Headers naming people, places or things held ("Employees", « Salariés », "Stores", « Lits », « Avoirs »): a stock even when
 * it falls, never counted over the period by the plural rule of `detectKpiSeries` (mend43c).
 */
/** People or things held (`heldTotal`): users, customers, subscribers, staff, a stock. */
const HELD_TOTAL = /\b(users?|utilisateurs?|customers?|clients?|subscribers?|abonnes?|members?|membres?|headcount|effectifs?|employees?|staff|stocks?|inventory|inventaire|entrepots?|warehouses?)\b/;
const HELD = /\b(employe?es|salaries|staff|stores|magasins|shops|lits|beds|users|utilisateurs|members|membres|vehic(le|ule)s|followers|abonnes|avoirs)\b/;
/**
 * Whole numbers that fall more than once from one date to the next (`points` in date order: rows may be typed newest
 * first): a flow's ups and downs, not a stock's one dip.
 */
function fallsTwice(points: readonly KpiPoint[]): boolean {
  return points.every((p) => Number.isInteger(p.value) && p.value >= 0) && points.filter((p, i) => i > 0 && p.value < points[i - 1].value).length > 1;
}
/**
 * The catalog KPI a column's header names: the catalog's names on the header's words, else an export abbreviation
 * (`HEADER_NAMES`, never over money). A header saying percent over an amount or a count names its share or growth, not
 * it ("revenue_wow_pct", "orders_wow_pct": no KPI, a percentage), as an amount over a count's name names no count.
 */
function headerKpi(name: string, catalog: readonly KpiDefinition[], percentFormat: boolean, values: readonly number[]): KpiDefinition | null {
  const folded = foldHeader(name);
  // Never a count over money; money's own names keep a sign or a code ("Amount spent (EUR)": hdr51).
  const abbreviated = HEADER_NAMES.find(([re, id]) => re.test(folded) && !(NAME_MARK.test(name) && catalog.find((k) => k.id === id)?.unit !== 'currency') && !(/(spent|depensee?s?) \w+$/.test(folded) && !isCurrencyCode(folded.slice(-3).toUpperCase())))?.[1];
  // An index of a catalog KPI is not that KPI ("Conversion index" at 0.9 … 1.15 was the conversion rate in English and no
  // KPI in French, « Indice de conversion »): one rule in both languages (units43).
  // "avg" is written for "average" ("avg_check": the average check, hdr44), « chiffre_affaire » for « chiffre d'affaires »
  // (where « affaires » alone names deals: hdr45), « nb » for « nombre de » (« nb_ventes » is sales counted, not the
  // revenue « ventes » names alone: hdr48).
  // An online store is a website, not a shop's floor ("Online store visitors": Shopify's, hdr59).
  const spelled = headerWords(name).replace(/\bonline store\b/gi, 'website').replace(/\bavg\b/gi, 'average').replace(/\bchiffres? affaires?\b/gi, "chiffre d'affaires").replace(/\bnb(re?)?( de| d(?=['’]))?\b/gi, (_m, _r, de) => (de === ' d' ? 'nombre d' : 'nombre de'));
  // An audience's growth ("follower_growth", « abonnes gagnes ») is new followers, the signups, not sales growth (hdr49);
  // a page's fans added too ("page_fan_adds": Facebook Pages', hdr53), not those removed. An audience held ("Followers",
  // "page_fans") names no KPI (mend53a, the lead's ruling: hdr53 read it as sign-ups at a level, and a goal of new sign-ups
  // was judged on the audience's size).
  // An account's "follows" (Twitter Ads' beside its "unfollows": hdr54) are its new followers, as a page's fan adds are.
  if (/\b(followers?|subscribers?|abonnes) (growth|gain(ed|s)?|gagnes|added)\b|^(page )?fan adds$|^new followers$/.test(folded) || (/^(new )?follows$/.test(folded) && values.every(Number.isInteger))) return catalog.find((k) => k.id === 'signups') ?? null;
  // Outreach a setter or a rep counts (hdr53: « Nombre de messages d'accroche envoyés aux nouveaux abonnés », « Combien de DM
  // envoyé ? », « dirigeants contactés », « relances », « demandes de connexion »): messages sent and people contacted are
  // prospecting, whoever receives them — the head noun names the measure, the recipients (« aux abonnés ») do not. Not a
  // rate of them, nor payment reminders (« relances de factures »).
  // mend53a: by the header alone only with a word of prospects (`PROSPECT_WORDS`); sent or contacted things elsewhere are
  // prospecting on a selling tab only (`detectKpiSeries`), never support's follow-ups, candidates or a survey's customers.
  if (outreachSent(folded, values) && PROSPECT_WORDS.test(folded)) return catalog.find((k) => k.id === 'prospecting') ?? null;
  // Units or items counted, whatever they are units of ("Sales_Units", "number_of_items_shipped"): won deals, as quantities
  // are (hdr53) — the head noun is the count, "Sales" its qualifier, never revenue.
  // mend53a: by the header alone only with a word of selling; a bare "Units" is a stock's or a fleet's as often
  // (`BARE_UNITS`, read by its tab and neighbours in `detectKpiSeries`).
  // Any thing sold in whole numbers is counted as they are ("room_sold" of a hotel: hdr54; "tickets_sold"), not money sold
  // ("Cost of goods sold", "Amount sold", « Valeur vendue ») nor a share of them ("Pct sold").
  // mend54a (the lead's ruling): nor money written otherwise ("Gross sold", "Dollars sold"), a unit of measure ("kWh sold",
  // « Heures vendues », « Litres vendus »), securities ("Shares sold") or a running count ("YTD items sold", « Cumul vendus »).
  // prevmend55: nor a volume, an energy or a length, weight or area sold (« Kilos vendus », "Gallons sold", "Square feet
  // sold"), stock or bonds, things NOT sold or sold before ("Items not sold", « Articles non vendus », "previously": an
  // adverb), nor an average of them ("Avg tickets sold": a level). Shopify's "Net items sold" (less returns: hdr59) are units.
  if ((/^(sales? |sold )units$|^(number of |nombre d |nb |net )?(items|articles|units) (sold|vendus)$/.test(folded) || /^(?!.*\b(values?|amounts?|goods|co[su]ts?|revenues?|montants?|valeurs?|ca|pr?ct|percent|shares?|actions|part|rate|taux|gross|net|total|dollars?|euros?|[kmg]?wh|tons?|tonnes?|lit(er|re)s?|kg|kilos?|gallons?|met(er|re)s?|feet|volumes?|energ\w*|m[23]|barrels?|barils?|hours?|heures?|ytd|cumul\w*|stocks?|bonds?|not|non|\w+ly|av(era)?g\w*|moy\w*)\b)(\w+ )?\w+ (sold|vendue?s?)$/.test(folded)) && values.every(Number.isInteger)) return catalog.find((k) => k.id === 'deals_closed') ?? null;
  // Subscribers held, a running count (« Total abonnés », "Subscribers"), are the customers, a level — new ones stay the
  // sign-ups the catalog names (hdr51, the lead's ruling H2; here, not in the catalog, which goal sentences read too).
  // Held only when the values look it: never negative, never falling by a fifth from one row to the next (mend51c: a bare
  // "Subscribers" of daily net gains, 12, 8, 15, −2, 6, is the sign-ups the catalog names); paying ones too.
  // A loyalty programme's or a club's members held ("Loyalty Members (M)", « Adhérents »: hdr52) too, in millions as written.
  if (/^(total |nombre (d )?|nb )?(paying |paid |active |loyalty )?(subscribers|abonnes|members|membres|adherents)( payants| actifs)?( total)?( [mk]| millions?| thousands?| milliers)?$/.test(folded) && values.every((v, i) => v >= 0 && (i === 0 || v >= 0.8 * values[i - 1]))) return catalog.find((k) => k.id === 'customers') ?? null;
  // A store's or a brand's market share is the market share whoever holds it: the head noun names the measure
  // ("store_market_share" beside "brand_market_share": hdr54; matchCatalog reads a sentence's "store" before a measure as a
  // store's traffic, "store visits").
  // Pages viewed are no visits (hdr58: the fourth, eleventh and sixteenth sets' "PageViews", « pages_vues »), though the
  // catalog lists them among the traffic's words for goal sentences.
  const own = namesIndex(name) || BOOK_MONEY.test(folded) || /\bpages? ?(views?|vues?)\b/.test(folded) ? null : (matchCatalog(spelled, catalog, percentFormat) ?? catalog.find((k) => k.id === (abbreviated ?? (/ market share$/.test(folded) ? 'market_share' : ''))) ?? null);
  // Revenue lost ("churned_mrr", « CA perdu ») and a price of it ("list_price_mrr_usd", "Sales price", « prix_mrr »: a price
  // per unit, hdr45; not "Revenue at constant prices": mend45d) name no KPI; its growth over a period ("revenue_wow_pct",
  // "revenue_yoy" in points) is sales growth (hdr43). A discount as the head names no KPI either: « Remise clients » is no
  // count of customers (hdr45), "Revenue after discount" is revenue (mend45d).
  if (own?.id === 'revenue' && (revenueLost(folded) || /^prix\b|\b(list|sales?) prices?\b|prix de vente/.test(folded))) return null;
  if (own?.id === 'revenue' && growthMark(name, folded, values)) return catalog.find((k) => k.id === 'sales_growth') ?? null;
  // A rate's word before a unit of time and no number ("retention_months", the months an account stayed: hdr58) names a
  // duration, not the rate ("retention_3_months" stays the rate at three months).
  // mend58h: an English plural unit over whole numbers only — « Marge mois », « Conversion mois » are this month's (« mois »
  // is singular too), and a percentage format ("Churn months" typed 3.2 %) says the rate.
  if (own?.unit === 'percent' && !percentFormat && /^\D* (days|weeks|months|years)$/.test(folded) && !hasRateMarker(folded) && values.every(Number.isInteger)) return null;
  if (own && !percentFormat && marginInMoney(own, name, values)) return catalog.find((k) => k.id === 'profit') ?? null;
  return own && ((!/^(percent|score)$/.test(own.unit) && saysShare(folded, values, name)) || DISCOUNT_HEAD.test(folded)) ? null : own;
}

/**
 * A discount (« remise », « rabais », hdr66) as the header's head noun, in money too (« Remise clients (€) »), not the revenue after it ("Revenue after
 * discount", « CA après remise ») nor things discounted (« Clients remisés »: a count) (mend45d).
 */
const DISCOUNT_HEAD = /^(remise|rabais|discount)s?\b|(?<!\b(after|apres|of|de|d|clients|articles|produits) )\b(remise|rabais|discount)s?$/;

/**
 * A margin in money (« marge_totale » at 126,251, « CA_marge_calculee » at 2,576: hdr48): the profit it leaves, summed, as
 * the fixtures README labels a margin in money (the sixth set) — a positive value past 100 no percentage can take, or a
 * currency sign in the header (« Marge brute (€) » at 56: mend48d), under a header saying no rate or percent ("Gross margin
 * %", « Taux de marge » stay rates). A net margin in points passes −100 when losses exceed sales ("Net margin" at −250 … 5),
 * so only positive values count; a margin per unit or an average one (« Marge unitaire », "Average margin": `LEVEL_ALWAYS`)
 * is a level, never the profit summed, and basis points ("Margin (bps)" at 3,520) a rate (mend48d). One rule for the tabs
 * (`headerKpi`) and the formulas' histories (`historyUnit`).
 */
function marginInMoney(kpi: KpiDefinition, name: string, values: readonly number[]): boolean {
  const folded = foldHeader(name);
  return /margin$/.test(kpi.id) && !PERCENT_MARK.test(folded) && !hasRateMarker(folded) && !LEVEL_ALWAYS.test(folded) && (NAME_MARK.test(name) || values.some((v) => v > 100));
}

/** A share of a whole ("Revenue share", « Part du CA »): a rate, whatever count or money it is a share of. */
const SHARE_WORD = /\b(share|part)\b/;

/**
 * Whether a folded header says its values are a percentage of what it names ("Leads converted (%)", "% of revenue",
 * "Revenue share" over fractions): a count or money KPI it names gives way. One rule for the tabs (`headerKpi`) and the formulas'
 * histories (`historyUnit`), so Check goals and ACHIEVABILITY never read one column as a rate and the other as a count (mend42c).
 */
const saysShare = (folded: string, values: readonly number[], name = folded): boolean =>
  PERCENT_MARK.test(folded) || growthMark(name, folded, values) || (SHARE_WORD.test(folded) && values.every((v) => v >= -1 && v <= 1.5));

const FORMAT_SIGN = new RegExp(currencyMarkSource(false));

/**
 * What a Sheets number format shows: a currency (with its symbol) or a percentage; null otherwise.
 * Sheets writes currencies as "[$€-407]#,##0.00", "\"€\"#,##0.00", "€#,##0", "#,##0.00 [$€]" or "$#,##0.00"
 * (Range.getNumberFormats returns these patterns; Google Docs Editors Help, "Custom number formats").
 */
export function formatShows(format: string | null | undefined): { unit: 'currency' | 'percent'; currency: string | null } | null {
  if (!format) return null;
  const bracketed = /\[\$([^\]-]*)(?:-[^\]]*)?\]/.exec(format);
  if (bracketed && bracketed[1].trim() !== '') return { unit: 'currency', currency: bracketed[1].trim() };
  // Any sign of core's one table (currency-marks.ts), the longest first: "R$ #,##0.00" (pt_BR) shows reais, not "$"; "kr", "zł".
  const symbol = FORMAT_SIGN.exec(format.replace(/\[[^\]]*\]/g, ''));
  if (symbol) return { unit: 'currency', currency: symbol[0] };
  // A currency's code as quoted text ('#,##0.00" CHF"', '"CHF "#,##0': how Swiss sheets often show francs; review 24), or
  // the CFA franc's sign ('#,##0" FCFA"', CLDR's "F CFA"): the sign the sheet shows is the one every surface writes (surf49:
  // the wizard said euros, the report « XOF », beside cells showing FCFA).
  const code = /"\s*([A-Z]{3}|F\s?CFA)\s*"/.exec(format)?.[1];
  if (code && (isCurrencyCode(code) || /CFA/.test(code))) return { unit: 'currency', currency: code };
  // A % outside quoted text and conditions.
  if (/%/.test(format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, ''))) return { unit: 'percent', currency: null };
  return null;
}

/** The format most of a column's data cells carry (blank formats ignored). */
function columnFormat(formats: readonly string[][] | undefined, column: number, from: number, rows: number): string | null {
  if (!formats) return null;
  const counts = new Map<string, number>();
  for (let r = from; r < Math.min(rows, formats.length); r++) {
    const f = formats[r]?.[column];
    if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [f, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = f;
  return best;
}

/** An amount before or after tax, a tax, a cost, cash collected (« encaissé »): flows ("Montant HT", "TVA", "Cost"; headers31). */
const FLOW_AMOUNT_WORDS = new RegExp(`\\b(${TAXED}|(en|de)caisse(ments)?)\\b`);
// "Churn" is a flow word ("Churn MRR": hdr47), but not in a stock named after it ("MRR after churn", "ARR net of churn",
// "Post-churn ARR", « CA après churn »: mend47c, a stock it leaves is still a stock). Cancellations and acts « mis en »
// something (« MisesEnVente », « Mises en service », the header's head noun: « Surface mise en culture » is an area held,
// fix-prev53's H11) are events (cancellations too, in whole numbers only: `detectKpiSeries`,
// mend53a), and an audience's "adds" and "removes"
// (Facebook Pages' `page_fan_adds`) its moves: flows (hdr53, the eleventh header set). A cash flow is one by its name (hdr57).
// Hours worked (« heuresTravaillees » of a shift's log, "Hours worked") are worked over the period, summed (hdr65); mend65h: hours
// only (« Effectif travaillé », staff held, stays a level).
const TOTAL_WORDS =
  /\b(cash flows?(?! (balance|position|solde))|new|won|closed|booked|sold|signed|worked|heures? travaillee?s?|sign ups?|signups?|expansion|contraction|(?<!\b(after|post|of|apres|hors) )churn(ed)?|lost|nouveaux?|nouvelles?|nouvel|gagnee?s?|conclue?s?|signee?s?|vendue?s?|perdue?s?|inscriptions?|reservee?s?|^(qte )?(entrees?|sorties?)( de stock)?$|(trains?|tgv|vols?|flights?|livraisons?|deliveries) en retard|late (trains?|flights?|deliveries)|^mises? en \w+|adds|removes|(?<!pending )(defaillances|faillites|bankruptcies)(?! (\w+ )?en cours))\b/;
// A share, a capacity, a fill rate and people on board are held at an instant, before any count word (mend54a: hdr54's
// `COUNT_WORDS` summed "Impressions share", « Capacité passagers », "Passengers on board"); a flow word still wins.
const LEVEL_WORDS =
  /\b(value|amount|pipeline|balance|backlog|mrr|arr|headcount|stock|inventory|size|price|valeur|montant|solde|carnet|effectifs?|encours|taille|prix|panier|share|capacit[ey]|remplissage|on (board|hand)|a bord)\b/;
/**
 * Counted things, and « totale » (« Production totale (km) »; hdr44) but of a stock's words: « Trésorerie totale »,
 * « Dette totale », « Surface totale », « Capacité totale » say no total, as before hdr44 (mend44e).
 * hdr54 (the twelfth header set): the abbreviations statistics and exports write for a count ("n_collisions", "cnt",
 * "item_cnt_day"; "n" before a plural only: « N° client » is an identifier), people carried — boardings, passengers, rides,
 * trips (Geneva's « montees » a month, SNCF's « voyageurs ») — and an ad's events (impressions, clicks, taps, engagements: a
 * promoted tweet's impressions at a flat 200 a day never fall, so the plural rule of `detectKpiSeries` could not see them)
 * are counted over the period, summed. Read after `LEVEL_ALWAYS`: a rate or an average per passenger stays a level.
 * hdr65: views too (YouTube Studio's "Views" a day, « Vues »), as impressions and clicks are; "Average views" stays a level.
 */
const COUNT_WORDS =
  /\b(count|cnt|number|nb|nombre|combien|total|montees|boardings|passagers|passengers|voyageurs|ridership|rides|trips|trajets|impressions|clicks|clics|views|vues|taps|engagements|qte|qty|quantit\w*)\b|^n \w+s\b|^(?!.*\b(tresorerie|dettes?|surface|capacite)\b).*\btotale\b/;
/**
 * Places or people held, counted (« Nb sites Photovoltaïque », « Nombre d'hommes » of a staff table, "Number of stores"):
 * a stock at a date, in a panel by region too (`segmentedStock`), not a count over the period (hdr52, the tenth header set).
 * « Combien de » asks the same count as « nombre de » (mend53a: « Combien de salariés ? » at 50 → 55 is a headcount held,
 * hdr53 summed it), staff held too (salariés, employees). Abbreviated too, "n_stores", "store_cnt", « n_lits », and vehicles
 * and beds held (mend54a: hdr54's "n_" and "cnt" summed them); "cnt_stores", shops, trucks and users too (prevmend55).
 */
const HELD_COUNT = /(\b(number|nombre|nb|combien)( total)? (of |de |d )?|^(n|cnt) )(sites|hommes|femmes|men|women|stores|shops|magasins|agences|branches|points de vente|salaries|employees|employes|collaborateurs|users|vehicles|vehicules|trucks|beds|lits)\b|^(store|branch|site|employee|vehicle)s? c(ou)?nt$/;
/**
 * …but not those an event befalls: "Number of stores opened", « Nombre de femmes recrutées », « Nb sites audités » count
 * the openings, hires and audits of the period, summed (mend52a: hdr52 read them as the places or people held), staff promoted,
 * onboarded or gone too ("Number of employees who left", « Nombre de salariés partis »: fix-prev53's H4).
 */
const EVENT_PARTICIPLE =
  /\b(opened|closed|hired|recruited|visited|audited|inspected|installed|launched|signed|won|lost|trained|ouverte?s?|fermee?s?|recrutee?s?|embauchee?s?|visitee?s?|auditee?s?|controlee?s?|inspectee?s?|signee?s?|gagnee?s?|perdue?s?|formee?s?|installee?s?|promoted|onboarded|who left|(promu|parti|sorti)e?s?)\b/;
const heldCount = (folded: string): boolean => HELD_COUNT.test(folded) && !EVENT_PARTICIPLE.test(folded);
/**
 * Power added, not held: "New capacity MW", « Puissance raccordée (MW) » of the month are capacity connected, summed
 * (mend52a: hdr52's power in kW, MW or GW a level read them as a power at an instant). Installed power (« Puissance
 * installée », "Installed capacity") is the park held at a date, never summed (hdr53: mend52a summed it), but power newly
 * installed or installed within the row's period is added ("Capacity installed this month (MW)", « Puissance installée dans le
 * mois »: fix-prev53's H7).
 */
const ADDED_POWER = /\b(new(ly)?|added|nouvelles?|ajoutee?s?|raccordee?s?|(this|le) mo(nth|is))\b.*\b[kmg]w\b/;
/** A count KPI's measure in money, by catalog id: the catalog's answer for a column of money named by the count's words. */
const MONEY_TWINS: Readonly<Record<string, string>> = { funnel_throughput: 'pipeline_value' };

/** A quantity still held, not moved over the period (« Quantité restante », « stockée », "Qty remaining", "Closing qty": mend64h). */
const HELD_QUANTITY = /\b(restante?s?|reste|remaining|outstanding|backorder|held|ending|closing|inventaire|inventoriee?s?|stockee?s?|en (entrepot|magasin|rayon|cours)|fin de mois)\b/;
function headerAggregation(header: string): Aggregation | null {
  const folded = foldHeader(header);
  if (ADDED_POWER.test(folded)) return 'total';
  if (LEVEL_ALWAYS.test(folded)) return 'level';
  // A running count so far ("YTD items sold", « Cumul vendus ») is a level, the fixtures README's convention (mend54a).
  if (namesYearToDate(folded)) return 'level';
  // A sales tax owed or its balance ("GST Balance", "HST Payable") is held at a date (mend61h).
  if (/\b(tv[qh]|tps|[gqh]st)\b/.test(folded) && /\b(balance|solde|payable)\b/.test(folded)) return 'level';
  if (TOTAL_WORDS.test(folded) || FLOW_AMOUNT_WORDS.test(folded)) return 'total';
  if (LEVEL_WORDS.test(folded) || heldCount(folded)) return 'level';
  if (COUNT_WORDS.test(folded)) return /\b(qte|qty|quantit)/.test(folded) && HELD_QUANTITY.test(folded) ? 'level' : 'total';
  return null;
}

/**
 * Level or total for one column: the catalog KPI's own default when the column matches one (unless the
 * column's format contradicts a count KPI: a € or % column is not a count), else the header's words,
 * else the format (currency or percent → level); null when nothing says. In a log of transactions (`log`:
 * `isTransactionLog`) a total unless the header or the format says a rate or an average.
 */
export function inferAggregation(header: string, kpi: KpiDefinition | null, format: string | null, log = false): Aggregation | null {
  const shows = formatShows(format);
  // In a log of transactions (one row per deal) an amount or a revenue is each row's: summed. Rates and averages stay levels.
  const folded = foldHeader(header);
  // A score (NPS answers, one a row) is never summed either (hdr46).
  if (log) return measureOf(folded, header, shows?.unit === 'percent').kind === 'rate' || kpi?.unit === 'percent' || kpi?.unit === 'score' ? 'level' : 'total';
  // A flow word over a level KPI's amount ("new_mrr", "New MRR") makes it the period's flow (headers31).
  // Not a loss recovered ("Recovered lost revenue": revenue, a level as the formulas read it; surf49).
  // hdr64: a flow KPI cumulated since January (« Dépenses - Cumul depuis le début de l'année ») is a level (ruling H4).
  if (kpi && !(shows && kpi.unit === 'count')) return namesYearToDate(folded) ? 'level' : kpi.aggregation === 'level' && kpi.unit !== 'percent' && TOTAL_WORDS.test(folded) && !LEVEL_ALWAYS.test(folded) && !(kpi.id === 'revenue' && lossRecovered(folded)) ? 'total' : kpi.aggregation;
  const fromHeader = header ? headerAggregation(header) : null;
  if (fromHeader) return fromHeader;
  if (shows) return 'level';
  return null;
}

/**
 * The tab's KPI for a column whose header names none ("North" on a tab "Close rate"), or null when the
 * column's own header words or number format say it measures something else: a rate, a ratio or a
 * percentage is not a count or an amount, an amount (€) not a count or a rate, and a header of rate or
 * average words ("Hit ratio", "Calls per rep") not a total KPI. The caller has already
 * refused the tab's KPI when another column of the tab names a different one.
 */
function tabKpiFor(header: string, values: readonly number[], format: string | null, tabKpi: KpiDefinition | null): KpiDefinition | null {
  if (!tabKpi) return null;
  const shows = formatShows(format)?.unit ?? null;
  const unit = shows ?? guessUnit(header, values, null);
  if (unit !== null && unit !== tabKpi.unit) return null;
  // Rate and average words are strong (a rate is never a flow); "amount" or "value" on a tab of deals is still the deals' total.
  if (tabKpi.aggregation === 'total' && measureOf(foldHeader(header), header, shows === 'percent').kind === 'rate') return null;
  return tabKpi;
}

/** Rate KPIs whose level may pass 100 % (net revenue retention, growth, quota attainment): values above 100 may be points. */
const MAY_PASS_100 = new Set(['retention', 'sales_growth', 'quota_attainment']);

/**
 * Whole numbers above 100 under a rate KPI, in a column neither formatted as a percentage nor headed by a rate word:
 * a count ("Churn" over 120, 135, 118 lost customers), not a rate in points nor a fraction. Read as the rate, it
 * would become 12,000 %.
 */
function countsUnderRate(kpi: KpiDefinition, header: string, values: readonly number[], format: string | null): boolean {
  if (kpi.unit !== 'percent' || MAY_PASS_100.has(kpi.id) || values.length === 0) return false;
  if (formatShows(format)?.unit === 'percent' || hasRateMarker(header)) return false;
  return values.every((v) => Number.isInteger(v) && v >= 0) && values.some((v) => v > 100);
}

/**
 * Money under a rate KPI's name ("Churn MRR", « MRR churn », "Revenue churn" at 1,200 … 1,500): revenue lost, as
 * "churned_mrr" is, no count of churned customers (hdr47) — on the tab reader and the formulas' history readers alike
 * (mend47c: `historyUnit` read the churn rate, and the formulas forecast it as a rate while Check goals read money).
 */
const moneyUnderRate = (kpi: KpiDefinition, header: string, values: readonly number[], format: string | null): boolean =>
  countsUnderRate(kpi, header, values, format) && guessUnit(header, values, null) === 'currency';

/**
 * A column counting a rate KPI's events or people ("Cancellations", "Clients perdus", "Renewals") is the rate after all
 * when its number format shows a percentage or its values are fractions (0.85, 0.9): a rate stored as Sheets stores one.
 */
function rateAfterAll(values: readonly number[], format: string | null): boolean {
  if (formatShows(format)?.unit === 'percent') return true;
  return values.length > 0 && values.every((v) => v >= 0 && v <= 1.5) && values.some((v) => !Number.isInteger(v));
}

/**
 * A history passed to SMARTSCORE for a rate goal ("Reduce churn to 5%") that recognisably counts the rate's events
 * rather than the rate: its header counts them ("Churned customers", "Clients perdus") and its values are no fractions,
 * or — with or without a header — whole numbers above 100 (countsUnderRate). Values from 0 to 100 with no header cannot
 * be told from a rate in points: false (SMARTSCORE's docs say what it assumes then).
 */
export function historyCountsRateEvents(kpi: KpiDefinition, header: string | null, values: readonly number[], catalog: readonly KpiDefinition[]): boolean {
  if (kpi.unit !== 'percent' || moneyUnderRate(kpi, header ?? '', values, null)) return false;
  if (header !== null && countedRateKpi(header, catalog)?.id === kpi.id && !rateAfterAll(values, null)) return true;
  return countsUnderRate(kpi, header ?? '', values, null);
}

/**
 * A goal's unit that cannot be judged against its history's unit: 'rate' — a percentage that is no relative change
 * ("45 % of revenue", "churn to 5 %") over money or counts — or 'count' — a count ("fewer than 10 customers a month")
 * over a percentage, when the sentence counts people or things ("a win rate of 30" is a bare number: the rate in points).
 * Null when they compare. Check goals (the linked column's unit) and SMARTSCORE (`historyUnit`) both ask it, so they
 * never judge the same goal on the same history differently.
 */
export function unitClash(
  goal: { text: string; unit: Unit | null; change: { kind: string } | null; target?: number | null },
  history: Unit | null,
  tab?: { names: readonly (string | null)[]; values: readonly number[] },
): 'rate' | 'count' | null {
  if (goal.change?.kind === 'relative') return null;
  if (goal.unit === 'percent' && (history === 'currency' || history === 'count')) return 'rate';
  if (goal.unit !== 'count' || history !== 'percent') return null;
  if (countsThings(goal.text)) return 'count';
  // "Reduce churned customers to 30": a count only when it is one for sure (mend52d narrowed surf52's rule c). A goal
  // naming a rate ("the rate of churned customers to 3", « le taux de clients perdus à 3 ») or a number no count can be
  // (3.5 customers) is the rate in points (docs/ARCHITECTURE.md (c)); a tab of counts ("Churned": 52 … 39) is no rate.
  const folded = fold(goal.text);
  if (!LOST_COUNT.test(folded) || NAMES_RATE.test(folded) || /%/.test(goal.text)) return null;
  if (goal.target !== undefined && goal.target !== null && !Number.isInteger(goal.target)) return null;
  return tab && tabHoldsCounts(tab.names, tab.values) ? null : 'count';
}

/** People or accounts lost, counted ("churned customers", « clients perdus »): a count even before its number (surf52, ruling c). */
const LOST_COUNT = /\b(?:(?:churned|lost|cancell?ed) (?:customers|clients|accounts|subscribers|users)|(?:clients|comptes|abonnes) (?:perdus|resilies|partis))\b/;

/** Words that name a rate: a goal saying one is never a count (mend52d). */
const NAMES_RATE = /\b(?:rate|rates|percentage|percent|share|ratio|taux|pourcentage|part|proportion)\b/;

/** A header or tab naming a count ("Churned", "Lost customers", « Clients perdus », "Number of…", « Nb… »). */
const NAMES_COUNT = /\b(?:churned|lost|perdus?|number|nb|count|nombre)\b/;

/**
 * A tab of counts, whatever catalog KPI its name matches (mend52d: "Churned" at 52 … 39 read as the churn rate refused
 * "Reduce churned customers to 30"): some value above 1 — no rate as Sheets stores one under a % format (0.05 is 5 %) —
 * under a header or tab name that names a count, or whole numbers under names that name no rate.
 */
function tabHoldsCounts(names: readonly (string | null)[], values: readonly number[]): boolean {
  if (!values.some((v) => Math.abs(v) > 1)) return false;
  // surf53 g: a name saying a rate ("Churn rate", « Taux », "%") is always a rate, one saying a count a count; a bare
  // "Churn" of whole numbers counts (52 … 39), of decimals on some rows all within 0–100 is a rate in points (2, 3, 2.5).
  if (names.some((n) => n !== null && (NAMES_RATE.test(fold(n)) || n.includes('%')))) return false;
  return names.some((n) => n !== null && NAMES_COUNT.test(fold(n))) || values.every(Number.isInteger) || values.some((v) => v < 0 || v > 100);
}

/** A number of people or things ("10 customers", "10 clients perdus", "5 new accounts", "40 opportunities"), folded. */
const COUNTED = /\d\s(?:[a-z]+\s)?(?:customers?|clients?|accounts?|comptes?|users?|utilisateurs?|subscribers?|abonnes?|members?|membres?|deals?|affaires|contrats?|contracts?|leads?|prospects?|orders?|commandes?|cancellations?|resiliations?|signups?|inscriptions?|people|personnes|employees|salaries|reps|commerciaux|calls|appels|meetings|demos?|units?|unites?|opportunit(?:y|ies|es?)|opps?)\b/;

/** Whether a sentence counts people or things ("Add 40 opportunities"), not an amount: `COUNTED`, one list. */
export function countsThings(text: string): boolean {
  return COUNTED.test(fold(text));
}

/**
 * The unit of a history passed to SMARTSCORE, as far as it says: counts of a rate's events, else what its header
 * names in the catalog, else numbers beyond ±100 (no percentage) or fractions of a rate KPI (a percentage).
 */
export function historyUnit(kpi: KpiDefinition | undefined, header: string | null, values: readonly number[], catalog: readonly KpiDefinition[]): Unit | null {
  if (kpi && historyCountsRateEvents(kpi, header, values, catalog)) return 'count';
  // A discount names no KPI here either (« Remise clients » is no count of customers: hdr45), as in `headerKpi`.
  const named = header && !namesIndex(header) && !saysDiscount(header, foldHeader(header)) ? matchCatalog(header, catalog) : null;
  if (named && (moneyUnderRate(named, header ?? '', values, null) || marginInMoney(named, header ?? '', values))) return 'currency';
  if (kpi && moneyUnderRate(kpi, header ?? '', values, null)) return 'currency';
  // A satisfaction score on a scale is the plain number Check goals reads (`onScale`), not a percentage (mend51c).
  if (named && onScale(named, foldHeader(header ?? ''), values)) return 'count';
  if (named && (/^(percent|score)$/.test(named.unit) || !saysShare(foldHeader(header ?? ''), values))) return named.unit;
  if (!(kpi && MAY_PASS_100.has(kpi.id)) && values.some((v) => Math.abs(v) > 100)) return 'count';
  return (kpi?.unit === 'percent' && rateAfterAll(values, null)) || guessUnit(header ?? '', values, null) === 'percent' ? 'percent' : null;
}

/**
 * The top of a satisfaction score's scale (5 or 10) when a formula history is one (`onScale`), else null: REALISTICTARGET
 * never suggests past it (mend51c: 5.05 over "Satisfaction score" at 3.8 … 4.3).
 */
export function scoreScaleTop(header: string | null, values: readonly number[], catalog: readonly KpiDefinition[]): number | null {
  const named = header && !namesIndex(header) ? matchCatalog(header, catalog) : null;
  return named && onScale(named, foldHeader(header ?? ''), values) ? scaleTop(named.id, 'count', values) : null;
}

/** A header naming an index (output per hour at 1 in its base year, a price index, a Gini index). */
// Its acronym too (mend57h, the lead's ruling H5: an index series is a score): a consumer price index ("CPI", « IPC »), the rent
// reference index (« IRL »).
// Not Search Console's pages in the index (« Dans l'index », "In index": counted; hdr60) — that whole header only (mend60h:
// "Change in index", « Variation dans l'indice », « Rang dans l'indice » are an index's, a score off the tab's KPI).
export const namesIndex = (header: string): boolean => /^(?!(dans l|in) index$).*\b(index(es)?|indices?|cpi|ipc|irl)\b/.test(foldHeader(header));

/**
 * An index that has reached 1 (its base) is a ratio to a base that passes it, no proportion (fc25); one that never has may
 * be bounded (Gini, risk, health indices at 0.62 … 0.98): the values' rule keeps it within 1, as before fc25 (mend42c).
 */
const indexPastBase = (header: string, values: readonly number[]): boolean => namesIndex(header) && values.some((v) => v >= 1);

/**
 * A percentage that may pass 100 % (units43): quota attainment and sales growth, unless the header counts people reaching
 * a quota ("Reps at quota", « Commerciaux atteignant leur quota »: a share of them); retention only when net ("Net revenue
 * retention", NRR, NDR, « Rétention nette »: expansion passes 100 %), not gross or customer retention (« Rétention brute »).
 */
const opensRate = (kpiId: string | null | undefined, header: string): boolean =>
  kpiId === 'retention' ? /\b(net|nette|nrr|ndr)\b/.test(foldHeader(header)) : MAY_PASS_100.has(kpiId ?? '') && !/\b(reps|commerciaux|vendeurs|sellers|people|personnes)\b/.test(foldHeader(header));

/**
 * What a KPI column says its values are, for the forecaster's space (fc25): a percentage is a rate (logit space, never past
 * 100 %, whatever its values) unless its KPI may pass 100 % (`opensRate`: an open rate, forecast as an amount and said in
 * %), money, a count, days or an index is an amount (its fractions may pass 1); null when nothing says, and the values
 * decide (`classifySeries`). Check goals, the report and the wizard read the tab's unit (number format, header, catalog
 * KPI); the formulas, which get values only, their history's header (`historyValueKind`), whose KPI is the header's.
 */
export function valueKindOf(unit: Unit | null | undefined, header: string | null | undefined, values: readonly number[], kpiId?: string | null): ValueKind | null {
  // Whole points past 100 (80 … 106) are not read /100 (`looksLikePoints`) and are no fractions: said as typed, as before
  // units43, never ×100 (mend43c: "11,500 %" for a target of 115).
  if (unit === 'percent') return opensRate(kpiId, header ?? '') && !values.some((v) => Math.abs(v) > 100) ? 'open-rate' : 'rate';
  if (unit && unit !== 'score') return 'amount';
  return header && indexPastBase(header, values) ? 'amount' : null;
}

/**
 * A formula history's `valueKindOf`: its header's unit (`historyUnit` with no KPI, so the same for every goal read on it),
 * else its money or days words ("Amount", "Price", « Délai (jours) »), which `historyUnit` leaves out.
 */
export function historyValueKind(header: string | null, values: readonly number[], catalog: readonly KpiDefinition[]): ValueKind | null {
  // The column's KPI as Check goals and the wizard resolve it (`headerKpi`: « Taux d'atteinte », "revenue_wow_pct"), so an
  // open rate is one on every surface (mend43c: the formulas read « Atteinte des quotas » as a bounded rate).
  const kpi = header ? headerKpi(header, catalog, false, values) : null;
  return valueKindOf(historyUnit(undefined, header, values, catalog) ?? guessUnit(header ?? '', values, kpi), header, values, kpi?.id);
}

/**
 * The formulas' target over a rate history: ACHIEVABILITY(h, 30) is ACHIEVABILITY(h, 30 %) whether the history is typed
 * in points (24–27 under "Close rate (%)", `rateInPoints`, read /100 as Check goals reads such a tab; REALISTICTARGET
 * answers in points again) or stored as rates (0.24–0.27 under "Close rate": it was an error, "a rate is between 0 and
 * 100 %", where Check goals and SMARTSCORE read 30 %) — the rule of core/kpi/bare-rate.ts, every surface's. A history
 * is a rate by its header only (`isRate`, asked only for a number above 1.5): 0.5 incidents a week over counts of 3–10
 * is no rate (review9 W3), nor 2 over deal sizes of 0.8–1.2 (millions) under "Deal size".
 */
export function rateTarget(target: number, inPoints: boolean, values: readonly number[], isRate: () => boolean): number {
  if (Math.abs(target) <= RATE_POINTS_ABOVE || !(inPoints || isRate())) return target;
  return bareRate(target, rateHistoryScale(values, inPoints));
}

/** A column whose header names a rate ("Close rate", "Win %") and whose values are points (24, 26…): read as 0.24, 0.26 (BOTTOMUP's drivers too). */
export function rateInPoints(header: string | null, values: readonly number[], catalog: readonly KpiDefinition[]): boolean {
  return header !== null && looksLikePoints(values) && historyUnit(undefined, header, values, catalog) === 'percent';
}

/**
 * The note of a goal `unitClash` keeps from being judged, in Check goals (`tab` given) and SMARTSCORE alike: a count over
 * a percentage, or a rate over counts named by the rate KPI (`label`: as the user names it), else by the percentage itself ("45 %").
 */
export function unitClashNote(lang: Lang, goal: { unit: Unit | null }, kpi: KpiDefinition | undefined, target: number | null, name: string | null, tab?: string, label = kpi?.label[lang], top: number | null = null): string {
  // A percentage over a score's scale (`scaleTop`): its own reason, nothing converted (surf53 e, the lead's ruling).
  // A formula's history has no tab (`tab` undefined): its own words, as `countNotRateHistory` (mend53d).
  if (top !== null && goal.unit === 'percent') return t(lang, tab === undefined ? 'check.note.percentNotScoreHistory' : 'check.note.percentNotScore', { target: target === null ? '?' : formatGoalValue(target, 'percent', null, lang), top });
  if (goal.unit === 'count') return t(lang, 'check.note.rateNotCount', { target: target === null ? '?' : formatGoalValue(target, 'count', null, lang) });
  const rate = kpi?.unit === 'percent' && label ? label : target === null ? '?' : formatGoalValue(target, 'percent', null, lang);
  const counts = name ?? t(lang, 'check.note.countsAbove100');
  return tab === undefined ? t(lang, 'check.note.countNotRateHistory', { name: counts, kpi: rate }) : t(lang, 'check.note.countNotRate', { tab, name: counts, kpi: rate });
}


/**
 * Two rows or more in one period of the column's own spacing (two payments in January of rows a few weeks apart): a log of
 * transactions, where a bare amount is summed; a balance has one row a period (mend45d).
 */
function crowded(points: readonly KpiPoint[]): boolean {
  const period = periodFromGaps(points);
  return period !== null && new Set(points.map((p) => startOfPeriod(p.date, period))).size < points.length;
}

/** Share of repeated dates from which a tab is a log of transactions (a CRM export), not a series. */
const LOG_DUPLICATE_SHARE = 0.1;

/** A gap between two dates of a log past which no zeros are filled in: over a year (the far-past rule's, `farPastCount`). */
const FAR_GAP_DAYS = 366;

/** Share of days a daily series covers at least (business days are 5 in 7); below it, rows are events. */
const DAILY_COVERAGE = 0.6;

/** Dates a day or two apart that still leave most days empty: events (deals closed on some days), not a daily series. */
function isSparseDaily(sortedDates: readonly IsoDate[]): boolean {
  if (sortedDates.length < 10) return false;
  // Not daily when the median gap is over two days, i.e. when at least `enough` of the gaps are: counted as the
  // dates are read, so a weekly series stops after half its rows (every formula call on a history asks this).
  const gaps = sortedDates.length - 1;
  const enough = gaps - Math.floor(gaps / 2);
  let previous = isoToDayNumber(sortedDates[0]);
  let wide = 0;
  // Days spanned, without the gaps of over a year (`FAR_GAP_DAYS`): a daily series with one row typed 1926 for 2026 is
  // still daily, not a century of empty days.
  let span = 1;
  for (let i = 1; i < sortedDates.length; i++) {
    const day = isoToDayNumber(sortedDates[i]);
    if (day - previous > 2 && ++wide >= enough) return false;
    if (day - previous <= FAR_GAP_DAYS) span += day - previous;
    previous = day;
  }
  return sortedDates.length / span < DAILY_COVERAGE;
}

/** Rows of one date: their sum and count, and the last one's value (a series keeps it: a correction). */
export interface DayRows {
  sum: number;
  count: number;
  last?: number;
}

/**
 * Whether dated rows are a log of transactions (many rows per date: deals with their amounts, or events on a minority
 * of days), not a series. One rule for every surface: Check goals' and the wizard's tab reader (`readObservations`) and the
 * formulas' history (`src/gas/functions/achievability.ts`) both ask it (review9 S1).
 */
export function isTransactionLog(days: ReadonlyMap<IsoDate, DayRows>): boolean {
  let rows = 0;
  for (const day of days.values()) rows += day.count;
  const repeated = rows - days.size;
  return (repeated >= 2 && repeated / Math.max(1, rows) > LOG_DUPLICATE_SHARE) || isSparseDaily([...days.keys()].sort());
}

/**
 * A log's rows per week: summed for a total — weeks without a transaction are weeks with none, zeros between two weeks
 * with rows — or averaged for a level. Date-sorted. A gap of over a year (`FAR_GAP_DAYS`) is not filled: a date typed
 * 1926 for 2026, or 9999, is a typo, not a century of weeks without a deal; left as a gap, the row stands far from the
 * rest and every reader leaves it out and says so, as for any history (far-past rows: `farPastCount`; rows after today:
 * `achievability.reason.future`, `check.note.futureHistory`). So the zeros added are at most 52 per week with rows:
 * the loop is bounded by the data, never by the calendar. A stock broken down by segments (`segments`: MRR or customers by
 * campaign, country, plan; hdr46) is the sum of one date's rows, averaged over the week's dates: its rows are its parts.
 */
export function logPoints(days: ReadonlyMap<IsoDate, DayRows>, aggregation: Aggregation, today?: IsoDate, segments = false): KpiPoint[] {
  const weeks = new Map<IsoDate, { sum: number; count: number; days?: Array<[IsoDate, number]> }>();
  // The week holding `today` is still running, on its Sunday too (`periodOver`): its rows so far summed as a week read as
  // a low week — three days of orders as a week's (review 27) —, so a total leaves it out, as `windowTotals` (core/series/
  // period.ts) leaves out a period in progress. A level's average needs no whole week. Weeks after today stay, for the
  // readers to leave out and name.
  const running = aggregation === 'total' && today !== undefined ? startOfPeriod(today, 'week') : null;
  for (const [date, day] of days) {
    const key = startOfPeriod(date, 'week');
    if (key === running) continue;
    const bucket = weeks.get(key);
    if (bucket) {
      bucket.sum += day.sum;
      bucket.count += day.count;
      bucket.days?.push([date, day.sum]);
    } else weeks.set(key, { sum: day.sum, count: day.count, days: [[date, day.sum]] });
  }
  const keys = [...weeks.keys()].sort();
  if (aggregation === 'total') {
    for (let i = 1; i < keys.length; i++) {
      if (daysBetween(keys[i - 1], keys[i]) > FAR_GAP_DAYS) continue;
      for (let week = addDays(keys[i - 1], 7); week < keys[i]; week = addDays(week, 7)) if (week !== running) weeks.set(week, { sum: 0, count: 1 });
    }
  }
  return [...weeks.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([date, bucket]) => {
      const point = { date, value: aggregation === 'total' ? bucket.sum : bucket.sum / (segments && bucket.days ? bucket.days.length : bucket.count) };
      // Its days, for the months' and quarters' totals (core/series/period.ts `LOG_DAYS`).
      if (aggregation === 'total' && bucket.days) LOG_DAYS.set(point, bucket.days);
      return point;
    });
}

/**
 * Whether a column's rows are a log (which decides how the column is aggregated), then its date-sorted points. A series
 * has one row per date (a repeated date keeps its last value: a correction). A log of transactions (`isTransactionLog`)
 * is summed — or averaged for a level KPI — per week (`logPoints`), so it becomes a series the forecast can read.
 */
function readObservations(observations: ReadonlyArray<{ date: IsoDate; value: number }>, repeats?: IsoDate[], today?: IsoDate): { log: boolean; points: (aggregation: Aggregation, segments?: boolean) => KpiPoint[] } {
  const byDate = new Map<IsoDate, { sum: number; count: number; last: number }>();
  for (const { date, value } of observations) {
    const bucket = byDate.get(date);
    if (bucket) {
      bucket.sum += value;
      bucket.count++;
      bucket.last = value;
    } else byDate.set(date, { sum: value, count: 1, last: value });
  }
  const log = isTransactionLog(byDate);
  if (!log) for (const [date, bucket] of byDate) if (bucket.count > 1) repeats?.push(date);
  return {
    log,
    points: (aggregation, segments) =>
      log
        ? logPoints(byDate, aggregation, today, segments)
        : [...byDate.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([date, bucket]) => ({ date, value: bucket.last })),
  };
}

/**
 * The aggregation of a history passed to a formula with no aggregation argument when its rows are a log of transactions
 * (`isTransactionLog`), as Check goals reads the same column: a rate's or an average's level, else the rows' total
 * (`inferAggregation(…, log)`). A series (one row per date) keeps the formulas' level.
 */
export function logAggregation(header: string | null, values: readonly number[], catalog: readonly KpiDefinition[], snapshots = true): Aggregation {
  const kpi = header ? matchCatalog(header, catalog) : null;
  return guessUnit(header ?? '', values, kpi) === 'percent' || segmentedStock(header, catalog, snapshots) ? 'level' : (inferAggregation(header ?? '', kpi, null, true) as Aggregation);
}

/**
 * The aggregation of a formula's history (one row a date, a header) with no aggregation argument: what Check goals reads
 * the same column as — its own reader of a KPI column, `detectKpiSeries`, over what a custom function sees, the range's
 * cells with their header and no tab name nor number format (surf61: a monthly "Deals" column was a total in Check goals
 * and a level in ACHIEVABILITY, 48 % beside 0.1 %). Null when it says nothing (no header): the formulas' level.
 */
export function rangeAggregation(range: unknown[][], lang: NumberLang, zone: ZoneOffset, order: DateOrder, fiscalStartMonth: number, catalog: readonly KpiDefinition[]): Aggregation | null {
  // A whole column (A:B) brings its blank rows below the data: read without them (mend61f: 49,200 of them made it 6× slower).
  let end = range.length;
  while (end > 1 && range[end - 1].every(isBlankCell)) end--;
  const rows = range.slice(0, end);
  const column = valueColumn(rows, lang);
  // A custom function gets a date cell as a Date: written as the ISO day Check goals' cell reader reads. Tested by its tag, not
  // `instanceof`: the bundle runs in node:vm in the emulator, the preview and `report`, whose Dates come from another realm.
  const values = rows.map((row) => row.map((cell, c): CellValue => (isDateObject(cell) ? (c === 0 ? parseDateCell(cell, lang, zone, order, fiscalStartMonth) : null) : typeof cell === 'object' || cell === undefined ? null : (cell as CellValue))));
  return column === null ? null : (detectKpiSeries({ name: '', values }, lang, catalog, order, undefined, fiscalStartMonth).find((series) => series.column === column)?.aggregation ?? null);
}

/**
 * Whether a formula's target is sized as one period's value, not as a total to the deadline (mend61f): at most half a period
 * above the top of the latest three periods — a quarter on a monthly tab, so one low month does not decide. A running total
 * reaches such a target within a period or two (a per-period target, "55 new customers a month" at 40: met at once) or can
 * never fall to it (a decrease, "returns to 20" at 30 a month); a level kept ("maintain 95") is one period's too. Beyond it,
 * two periods' worth or more, the target is read as Check goals reads the column (800 deals at about 100 a month).
 */
export function periodSizedTarget(points: readonly KpiPoint[], target: number): boolean {
  const top = Math.max(...points.slice(-3).map((p) => p.value));
  return top > 0 && target <= 1.5 * top;
}

/**
 * A stock named outright (MRR, ARR, customers) in a log is broken down by segments, rows of one date its parts: a level of
 * their sum (`logPoints`' `segments`), on every surface — Check goals, the wizard and the formulas (hdr46: the fixtures' MRR
 * by campaign, country and plan were summed week by week). New or churned MRR stays a flow, an MRR per customer an average,
 * and so do MRR's moves ("Upgrade MRR", « MRR ajouté », "Net MRR change": mend46e). Customers are a stock only where the tab
 * shows snapshots (`snapshots`: a segment's label on several dates, once a date; mend46e: "Campaign, Clients" a day's
 * customers served, summed); a formula's range reads the label columns it holds as Check goals reads the tab's (story47:
 * ACHIEVABILITY over "Date, Campaign, Customers" read a level of each date's sum where Check goals summed the weeks), and one
 * of dates and values alone, with no label to see, by its header, as a tab with no label column.
 */
export function segmentedStock(header: string | null, catalog: readonly KpiDefinition[], snapshots = true): boolean {
  const folded = foldHeader(header ?? '');
  return (
    (/\b(mrr|arr)\b/.test(folded) || (snapshots && (matchCatalog(headerWords(header ?? ''), catalog)?.id === 'customers' || heldCount(folded)))) &&
    !(TOTAL_WORDS.test(folded) || LEVEL_ALWAYS.test(folded) || /\b((up|down)grade|reactivation|added|ajoute|change|delta)s?\b/.test(folded))
  );
}

/**
 * A column of labels (a campaign, a country, a plan) one of which comes back on another date and none twice on one date:
 * a stock's snapshots by segment, not a log of events (mend46e). With no label at all (the labels' cells blank, as the
 * headers eval's rows give them) nothing says otherwise: the header decides, as in a formula's range. A label is text, or
 * a number `segmentLabel` reads as the row's label (campaign 101, 102…: Sheets keeps "101" typed as a number) — the one
 * rule of the tab reader, the formulas' history and BOTTOMUP's drivers (surf49, issue 11 a: numbers were no labels here).
 */
function snapshotLabels(values: readonly (readonly CellValue[])[], firstData: number, dates: ReadonlyArray<IsoDate | null>, width: number, headers: readonly CellValue[], lang: NumberLang): boolean {
  let labelled = false;
  const data = values.slice(firstData);
  for (let c = 1; c < width; c++) {
    // A label's dates, and the labels: fewer labels than pairs, none twice, is a label on several dates.
    const pairs = new Set<string>();
    const labels = new Set<string>();
    const ids = segmentLabel(headers, data, c, lang);
    let once = true;
    for (let r = firstData; r < values.length; r++) {
      const date = dates[r - firstData];
      const label = cellText(values[r][c]).trim();
      if (!date || !label || (!ids && cellNumber(label, 'en') !== null)) continue;
      once &&= !pairs.has(date + label);
      pairs.add(date + label);
      labels.add(label);
    }
    if (once && labels.size < pairs.size) return true;
    labelled ||= labels.size > 0;
  }
  return !labelled;
}

/** A formula's history argument as read (`historyRange`). */
export interface HistoryRange {
  /** Its dates and its one column of values. */
  rows: unknown[][];
  cleaned: CleanedSeries;
  header: string | null;
  values: number[];
  /** Its rows are a log of transactions (`isTransactionLog`): read per week, as Check goals reads the tab. */
  log: boolean;
  /**
   * Whether its label columns, when the range holds them, show a stock's snapshots by segment (`snapshotLabels`, as Check
   * goals reads the tab's): customers by campaign are a level only then (story47). A range of dates and values alone shows
   * no label, so its header decides, as on a tab with no label column.
   */
  snapshots: boolean;
}

/**
 * The history argument of GOALVERDICT, ACHIEVABILITY, REALISTICTARGET and SMARTSCORE, one reader (review 31: SMARTSCORE
 * averaged a deals log's rows of one date and refused its three columns): its dates and its one column of numbers
 * (`valueColumn`: a deals log's date, customer, amount), rows of one date averaged, its header (a first row whose value
 * is text that is no number), and whether it is a log. Null when a wider range has no single column of numbers.
 */
export function historyRange(range: unknown[][], lang: NumberLang, zone: ZoneOffset, order: DateOrder, fiscalStartMonth: number): HistoryRange | null {
  const column = valueColumn(range, lang);
  if (column === null) return null;
  const rows = column > 1 ? range.map((row) => [row[0], row[column]]) : range;
  const cleaned = cleanSeries(rows, lang, 'average', zone, order, fiscalStartMonth);
  const first = rows[0]?.[1];
  const log = isTransactionLog(cleaned.days);
  // Only a log's labels are asked (a range of dates and values has none: its header decides): text, and ids' numbers.
  const snapshots = !log || snapshotLabels(range.map((row) => row.map((cell) => (typeof cell === 'string' || typeof cell === 'number' ? cell : ''))), 1, range.slice(1).map((row) => parseDateCell(row[0], lang, zone, order, fiscalStartMonth)), range[0]?.length ?? 0, range[0] as CellValue[], lang);
  return {
    rows,
    cleaned,
    header: typeof first === 'string' && parseValueCell(first, lang) === null ? first.trim() : null,
    values: cleaned.points.map((p) => p.value),
    log,
    snapshots,
  };
}

/**
 * The rows of a KPI tab its series leave out, in sheet row numbers (the first six kept): a date that cannot be read
 * ("32/13/2026", "Q5", "soon") beside a value in a KPI column (a totals row excepted), and a value that is a Sheets error
 * (`getValues` returns an error cell as its code text, "#N/A") or text that is no number ("n/a", "—") beside a date.
 * Each row once per kind; null when none. One pass over the rows already read (review9).
 */
function unreadRows(values: CellValue[][], firstData: number, dates: ReadonlyArray<IsoDate | null>, columns: readonly number[], lang: NumberLang): UnreadRows | null {
  const found: UnreadRows = { dates: { count: 0, rows: [] }, values: { count: 0, rows: [] } };
  for (let r = firstData; r < values.length; r++) {
    const row = values[r];
    const filled = columns.filter((c) => !isBlankCell(row[c] ?? null));
    const kind =
      filled.length === 0 ? null
      : dates[r - firstData] === null ? (isBlankCell(row[0] ?? null) || TOTAL_LABELS.has(fold(cellText(row[0] ?? null))) ? null : found.dates)
      : filled.some((c) => cellNumber(row[c] ?? null, lang) === null) ? found.values
      : null;
    if (kind && kind.count++ < 6) kind.rows.push(r + 1);
  }
  return found.dates.count + found.values.count > 0 ? found : null;
}

/** Sheet row numbers as a short list: "14, 22 and 40" / « 14, 22 et 40 », "3, 5, 8, 9, 11…" past five. */
function rowList(rows: readonly number[], count: number, lang: Lang): string {
  if (count > 5) return `${rows.slice(0, 5).join(', ')}…`;
  return rows.length > 1 ? `${rows.slice(0, -1).join(', ')}${t(lang, 'kpi.unread.and')}${rows[rows.length - 1]}` : String(rows[0]);
}

/**
 * The one note on a tab's rows left out (`KpiSeries.unread`), for Check goals' notes and the wizard: "Tab “Revenue”: 3
 * dates could not be read (rows 14, 22 and 40) and were left out." / « Onglet « Revenue » : 3 dates illisibles (lignes
 * 14, 22 et 40), laissées de côté. »
 */
export function unreadNote(sheet: string, unread: UnreadRows, lang: Lang): string {
  const parts = (['dates', 'values'] as const)
    .filter((kind) => unread[kind].count > 0)
    .map((kind) => t(lang, `kpi.unread.${kind}`, { count: unread[kind].count, rows: rowList(unread[kind].rows, unread[kind].count, lang) }));
  return t(lang, 'kpi.unread.tab', { sheet, parts: parts.join(t(lang, 'list.sep')) });
}

/**
 * A tab that looks like a KPI tab (a date in column A with a number beside it) but has fewer dated
 * rows than a series needs: the wizard lists it with its reason instead of leaving it out silently.
 */
export function shortKpiTab(grid: SheetGrid, lang: NumberLang, order?: DateOrder, fiscalStartMonth?: number): { dated: number; needed: number } | null {
  let dated = 0;
  for (const row of grid.values.slice(0, HEADER_SCAN_ROWS + MIN_POINTS + 1)) {
    if (cellDate(row[0] ?? null, lang, { order, fiscalStartMonth }) === null) continue;
    if (row.slice(1).some((cell) => typeof cell === 'number' || (typeof cell === 'string' && cellNumber(cell, lang) !== null))) dated++;
  }
  return dated > 0 && dated < MIN_POINTS ? { dated, needed: MIN_POINTS } : null;
}

/**
 * The series of one tab, or [] when it is not a KPI tab. Rows whose date
 * cell is not a date are skipped; duplicate dates keep the last value.
 */
/**
 * Values written as money with cents (mend52a): two decimals on most rows, none with more, and amounts of money's size (a
 * median of 100 or more). "Subscriptions" at 12.5, 13.25 … 16.5 are averages of sign-ups, not dollars (hdr52 read any
 * decimal as cents). The other rows may show one decimal or none (1,249.50 is stored 1249.5, 1,990.00 as 1990).
 */
function saysCents(values: readonly number[]): boolean {
  const decimals = (v: number): number => (Number.isInteger(v) ? 0 : Number.isInteger(Math.round(v * 1e6) / 1e5) ? 1 : Number.isInteger(Math.round(v * 1e6) / 1e4) ? 2 : 3);
  const places = values.map(decimals);
  const sorted = [...values].sort((a, b) => a - b);
  return values.length > 0 && places.every((p) => p <= 2) && places.filter((p) => p === 2).length * 2 > values.length && sorted[Math.floor(sorted.length / 2)] >= 100;
}
/** A payment processor's columns (Stripe's "amount, fee, net", PayPal's "Gross, Fee, Net", « Brut, Frais, Net »: hdr52, mend52a). */
const PROCESSOR_GROSS = /^(gross|amount|brut|montant brut)$/;
const PROCESSOR_AMOUNT = /^(gross|(converted )?amount|brut|montant brut|net|net amount|montant net)$/;
const PROCESSOR_FEE = /^(fee|frais)$/;
const PROCESSOR_NET = /^(net|net amount|montant net)$/;
/** A price before tax (« prix_ht », "Price excl. VAT", "Price net"): a bare tax beside it may be each line's rate (hdr63). */
const PRICE_BEFORE_TAX = /^(prix|price|pu)( unitaire| unit)? (ht|htva|hors taxes?|excl\w*( vat| tax)?|net)$/;
/** A sales tax with its rate in the header (« TPS (5 %) », "GST (5%)", « TVQ (9,975 %) »: mend63h). */
const STATED_RATE = /^(tps|tvq|gst|qst|hst|pst|tva|vat)( \d+)+ ?%$/;
/** Whether `amounts` are the same share of `bases` on every row with both (to a cent's rounding): a tax that follows the price
 *  is its amount, no rate (mend63h). The share is read on the largest base, where a cent weighs least. */
function proportional(bases: ReadonlyArray<number | null>, amounts: ReadonlyArray<number | null>): boolean {
  let largest = -1;
  for (let i = 0; i < bases.length; i++) if ((bases[i] ?? 0) > 0 && amounts[i] !== null && (largest < 0 || (bases[i] as number) > (bases[largest] as number))) largest = i;
  if (largest < 0) return false;
  const share = (amounts[largest] as number) / (bases[largest] as number);
  let rows = 0;
  for (let i = 0; i < bases.length; i++) {
    const base = bases[i], amount = amounts[i];
    if (base === null || amount === null || base <= 0) continue;
    if (Math.abs(amount - share * base) > 0.011) return false;
    rows++;
  }
  return rows >= 2;
}
/** A tab of deals (mend63h: the pipeline's value is read there only) and a deal closed, won or lost. */
const DEALS_TAB = /\b(deals?|affaires?|opportunit(y|ies|es?)|pipeline)\b/;
/** A deal's own name (Pipedrive's "Title", « Titre »): its rows are deals, one each. */
const DEAL_TITLE = /^((deal|affaire) )?(title|titre|name|nom)( (of the deal|de l affaire))?$|^(deal|affaire)$/;
const DEALS_CLOSED = /\b(won|lost|closed|gagnee?s?|perdue?s?|conclues?|fermee?s?)\b/;
/** A support desk's words (mend63h): its tickets are no till's receipts. */
const SUPPORT_WORDS = /\b(support|helpdesk|sav|incidents?|agents?|resol\w*|sla|csat|satisfaction|delais?|reponses?|response)\b/;
/** Odoo's amounts in the company's sign ("Total Signed", "Untaxed Amount Signed", "Amount Company Currency Signed"): hdr65;
 *  its French labels (« Total signé », « Montant HT signé »): mend65h. */
const ODOO_SIGNED = /^((untaxed )?(amount|total)( in| company)?( currency)? signed|(total|montant( ht)?) signe)$/;
/** GA4's exports number their rows by day, week or month from the report's start (« Nième jour », "Nth week"): hdr63. */
const GA4_ORDINAL = /^(nth|nieme) (day|week|month|jour|semaine|mois)$/;
/** A fee that names its processor: what the business pays it ("Stripe fee", "PayPal fees", "Processing fee"). */
const NAMED_PROCESSOR_FEE = /^((card|payment) )?(stripe|paypal|processing|transaction)( fees?)$|^frais (de )?(transaction|paiement|stripe|paypal)$/;
/** The net beside such a fee: a processor's, or an order's (Etsy's "Order Net" beside "Card Processing Fees": hdr63). */
const FEE_NET = /^((order|commande) )?(net|net amount|montant net)$/;
/**
 * Whether a tab is a processor's export of transactions (mend52a): a gross amount, a fee (one, as the exports write it) and a
 * net on one header row; where the three hold numbers, the net must be the gross less the fee (PayPal writes the fee
 * negative) on four rows in five. An agency's "Fees, Expenses, Net" or a "Gross" margin beside a fee and a net is no
 * processor's (hdr52 read them so: its fees became costs, its margin money).
 */
function processorTab(headers: readonly string[], numbersOf: (column: number) => ReadonlyArray<number | null> | null): boolean {
  const gross = headers.findIndex((h) => PROCESSOR_GROSS.test(h));
  const fee = headers.findIndex((h) => PROCESSOR_FEE.test(h));
  const net = headers.findIndex((h) => PROCESSOR_NET.test(h));
  if (gross < 0 || fee < 0 || net < 0) return false;
  const [g, f, n] = [numbersOf(gross), numbersOf(fee), numbersOf(net)];
  if (g === null || f === null || n === null) return true;
  let rows = 0;
  let balanced = 0;
  g.forEach((amount, i) => {
    if (amount === null || f[i] === null || n[i] === null) return;
    rows++;
    if (Math.abs(amount - Math.abs(f[i]!) - n[i]!) <= Math.max(0.011, Math.abs(amount) * 0.001)) balanced++;
  });
  return rows >= MIN_POINTS && balanced >= 0.8 * rows;
}

/**
 * `order`: the spreadsheet locale's order of typed numeric dates (`localeDateOrder`); default: the language's.
 * `fiscalStartMonth`: the Settings' fiscal year, so a row labelled "Q3 2027" or "FY27" is the quarter or year a Goals
 * row's Start reads (fixes63: rows stayed calendar quarters — October 2026's fiscal Q3 2027 read as July 2027).
 */
export function detectKpiSeries(grid: SheetGrid, lang: NumberLang, catalog: readonly KpiDefinition[], order?: DateOrder, today?: IsoDate, fiscalStartMonth?: number): KpiSeries[] {
  const values = grid.values;
  const reading = { order, fiscalStartMonth };
  if (values.length < MIN_POINTS) return [];
  // The header is the last filled row above the first date (a title block may sit above it).
  const firstDate = values.slice(0, HEADER_SCAN_ROWS + 1).findIndex((row) => cellDate(row[0] ?? null, lang, reading) !== null);
  let headerIndex = -1;
  for (let r = (firstDate === -1 ? 1 : firstDate) - 1; r >= 0; r--) {
    if (values[r].some((cell) => !isBlankCell(cell))) {
      headerIndex = r;
      break;
    }
  }
  const hasHeader = headerIndex >= 0;
  const headerRow: readonly CellValue[] = hasHeader ? values[headerIndex] : [];
  const firstData = hasHeader ? headerIndex + 1 : 0;
  let nonBlank = 0;
  const dates: Array<IsoDate | null> = [];
  for (let r = firstData; r < values.length; r++) {
    const cell = values[r][0] ?? null;
    if (isBlankCell(cell)) {
      dates.push(null);
      continue;
    }
    nonBlank++;
    dates.push(cellDate(cell, lang, reading));
  }
  const dateCount = dates.filter((d) => d !== null).length;
  if (dateCount < MIN_POINTS || dateCount / nonBlank < DATE_SHARE) return [];

  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  const numericColumns: number[] = [];
  for (let c = 1; c < width; c++) {
    let filled = 0;
    let numeric = 0;
    for (let r = firstData; r < values.length; r++) {
      if (dates[r - firstData] === null) continue;
      const cell: CellValue = values[r][c] ?? null;
      if (isBlankCell(cell)) continue;
      filled++;
      if (cellNumber(cell, lang) !== null) numeric++;
    }
    const planned = hasHeader && isPlanHeader(headerWords(cellText(headerRow[c] ?? null)), catalog);
    // A store's or a region's number is the row's label, as the formulas' history reads it (`segmentLabel`, surf48).
    const label = hasHeader && segmentLabel(headerRow, values.slice(firstData), c, lang);
    if (numeric >= MIN_POINTS && numeric / filled >= NUMBER_SHARE && !planned && !label) numericColumns.push(c);
  }

  const unread = unreadRows(values, firstData, dates, numericColumns, lang);
  const headerOf = (column: number): string => (hasHeader ? cellText(headerRow[column] ?? null) : '');
  const isGeneric = (header: string): boolean => header === '' || GENERIC_VALUE_HEADERS.has(fold(header));
  // The KPI the tab's name names, and whether the tab is a table of several measures: a column whose own
  // header names another catalog KPI (a "Funnel" tab of Leads, Close rate, Sales reps…) means the tab's
  // name is a title, not the KPI of its other columns (see tabKpiFor and docs/WORKBOOK.md, "KPI tabs").
  const tabKpi = namesIndex(grid.name) ? null : matchCatalog(grid.name, catalog);
  const mixed =
    tabKpi !== null &&
    numericColumns.some((column) => {
      const header = headerOf(column);
      const own = isGeneric(header) ? null : matchCatalog(header, catalog);
      return own !== null && own.id !== tabKpi.id;
    });
  // A column named by the tab's KPI ("Calls" on a tab "Calls", "Dials" on "Sales calls") makes the tab a table of measures:
  // its name then names that column only, and its neighbours with words of their own ("Connects", "Voicemails", « Décrochés »)
  // measure something else (hdr51, the lead's ruling H3: every count column of a tab "Calls" was prospecting). With no such
  // column the tab's columns are its segments ("North", « Lyon »), as before.
  // Only a neighbour whose words name another measure loses the tab's KPI (mend51c: a rep's, a region's or a city's name,
  // "Alice", "North", « Lyon », is a segment of it, as before hdr51).
  const tabNamed = tabKpi !== null && numericColumns.some((column) => matchCatalog(headerOf(column), catalog)?.id === tabKpi.id);
  const otherMeasure = (folded: string): boolean => tabNamed && (OTHER_MEASURE.test(folded) || PERCENT_MARK.test(folded));
  const tabWords = foldHeader(grid.name);
  // Every header of the row, text columns too, classified once (`readTabRoles`, hdr49): a supplier's or a product's column
  // says what an amount beside it is (hdr45), an event's id that the rows are records (hdr48).
  const roles = readTabRoles(
    headerRow.map((cell) => foldHeader(cellText(cell))),
    headerRow.map((cell) => cellText(cell)),
    (c) => values.slice(firstData).map((row) => row[c] ?? null),
    lang,
    (c) => formatShows(columnFormat(grid.formats, c, firstData, values.length))?.unit === 'percent',
  );
  const has = roles.has;
  // An app's installations or downloads by the tab's or a neighbour's words (mend51c: a solar installer's « Installations »,
  // a marketing tab's "Downloads" beside "Leads" are no app's sign-ups).
  // An install column says the app too ("new_downloads" beside "tap_installs": Apple Search Ads', hdr53; "Installs" names the app
  // itself, ruling H1; not a printer's or a plugin's "… installs": fix-prev53's H8).
  const appSays = has('app') || headerRow.some((cell) => /^((tap|app|new) )?installs$/.test(foldHeader(cellText(cell))) || APP_WORDS.test(foldHeader(cellText(cell)))) || APP_WORDS.test(tabWords);
  // Money beside a bare "Spent": a money column's words, sign or format (mend51c: "Spent" in hours beside "Estimate").
  const moneyBeside = (column: number): boolean =>
    numericColumns.some((c) => c !== column && (saysMoney(headerOf(c), foldHeader(headerOf(c))) || matchCatalog(headerOf(c), catalog)?.unit === 'currency' || formatShows(columnFormat(grid.formats, c, firstData, values.length))?.unit === 'currency'));
  // A header of the row, text columns too, by its words (hdr52: a processor's "fee" beside its "net").
  const besideHeader = (re: RegExp): boolean => headerRow.some((cell) => re.test(foldHeader(cellText(cell))));
  /** Whether a status column's cells say `re` (mend63h: Pipedrive's Status "won", "lost"). */
  const statusSays = (re: RegExp): boolean => headerRow.some((cell, c) => /^(status|statut|etat)$/.test(foldHeader(cellText(cell))) && values.slice(firstData).some((row) => re.test(foldHeader(cellText(row[c] ?? null)))));
  /** A column's numbers row by row, null on an undated row or a blank. */
  const columnNumbers = (c: number): Array<number | null> => values.slice(firstData).map((row, i) => (dates[i] === null ? null : cellNumber(row[c] ?? null, lang)));
  /** The largest magnitude among the other numeric columns' numbers: a loop, asked for only when needed (a spread of a long
   *  tab's numbers into Math.max overflows the call stack past ~100,000 of them, and computed for every column it was
   *  columns × columns × rows). Each column's largest is read once (a Map): asked for every heading of an expense breakdown
   *  beside payroll, its cells were parsed again for each (mend59h's `expenseLine`). */
  const largestOf = new Map<number, number>();
  const largestIn = (c: number): number => {
    let largest = largestOf.get(c);
    if (largest === undefined) largestOf.set(c, (largest = columnNumbers(c).reduce<number>((max, v) => Math.max(max, Math.abs(v ?? 0)), 0)));
    return largest;
  };
  const largestBeside = (column: number): number => {
    let largest = 0;
    for (const c of numericColumns) if (c !== column) largest = Math.max(largest, largestIn(c));
    return largest;
  };
  // hdr60: a card processor's charges too (Stripe's "Amount, Captured, Fee", "Amount Refunded"): no net column to balance, but
  // words no other export writes beside an amount and a fee.
  const processor =
    processorTab(
      headerRow.map((cell) => foldHeader(cellText(cell))),
      (c) => (numericColumns.includes(c) ? columnNumbers(c) : null),
    ) ||
    // mend60h: beside a processor's own words ("Converted", "Card …", "Payout", "Net", a charge's id): an invoice list's or a
    // ticket seller's "Amount, Fee, Amount Refunded" is billed money (Stripe's payments export names its invoice ids, "Invoice
    // ID", beside its card's: an invoice's word is no guard).
    (besideHeader(/^amount$/) &&
      besideHeader(PROCESSOR_FEE) &&
      besideHeader(/^(captured|(converted )?amount refunded)$/) &&
      besideHeader(/convert|card|stripe|payout|^net|^charge id/));
  // A supplier's column and no client's: goods bought (hdr46), and an order tab's lines purchases (mend46e).
  const supplied = has('supplier') && !has('client');
  const salesTab = SALES_TAB.test(tabWords) || (ORDER_TAB.test(tabWords) && !supplied && !/\bbons? de/.test(tabWords));
  // An operation's type is a bank's (deposits, withdrawals, « virement »: hdr48, hdr60) — not on a sales journal's or a till's
  // tab, nor beside a journal's « pièce », whose operations are sales and credit notes (« Vente », « Avoir »: mend60h). Decided
  // by the row's words: its values would cost the bundle more than mend60h's budget.
  const bankTyped = has('typed') && !/vente|sale|caisse/.test(tabWords) && !besideHeader(/^piece/);
  // Records: the amounts are each record's, summed (hdr48).
  const records = has('record');
  // Invoice columns beside a credit note's (« ca », « ca_brut », « Montant HT », « Factures »): asked only for « avoirs ».
  const invoiced = (): boolean => numericColumns.some((c) => INVOICED.test(foldHeader(headerOf(c))));

  // A total of people or things held, by its words, its KPI or the tab's name ("Users: Free, Premium, Total users", "Total
  // customers", « Stock: Entrepôt Nord, Entrepôt Sud, Total »): its parts are levels as it is, never summed (mend50b).
  const totals = numericColumns.filter((c) => roles.columns[c].has('sumOfParts')).map((c) => foldHeader(headerOf(c)));
  const heldTotal = HELD_TOTAL.test(`${totals.join(' ')} ${tabWords}`) || totals.some((t) => matchCatalog(t, catalog)?.aggregation === 'level');
  // Whether a label column shows snapshots by segment (`snapshotLabels`), asked once, by a log's column only.
  let snapshots: boolean | undefined;
  return numericColumns.map((column) => {
    const header = headerOf(column);
    const generic = isGeneric(header);
    const name = !generic ? header : numericColumns.length === 1 ? grid.name : `${grid.name} (${header || columnToLetters(column + 1)})`;
    const observations: Array<{ date: IsoDate; value: number }> = [];
    let skipped = 0;
    for (let r = firstData; r < values.length; r++) {
      const date = dates[r - firstData];
      const cell = values[r][column] ?? null;
      if (date === null) {
        if (!isBlankCell(cell)) skipped++;
        continue;
      }
      const value = cellNumber(cell, lang);
      if (value === null) {
        if (!isBlankCell(cell)) skipped++;
        continue;
      }
      observations.push({ date, value });
    }
    const format = columnFormat(grid.formats, column, firstData, values.length);
    const currencyShown = formatShows(format)?.unit === 'currency';
    const numbers = observations.map((o) => o.value);
    // A count of a rate's events or people ("Cancellations", "Clients perdus") is no rate — nor the rate its tab names
    // ("Cancellations" on a tab "Churn"): no catalog KPI, unit count, unless its format or values say it is the rate
    // after all; whole numbers above 100 under a rate KPI are a count too (docs/WORKBOOK.md, "Counts of a rate's events").
    const folded = foldHeader(header);
    const measure = roles.measure(column);
    // mend62h: a value on a tab of exchange rates (« Taux de change », "FX": « Devise, Valeur » at 1.08…) is a rate, no money.
    const fxValue = /^(valeurs?|values?)$/.test(folded) && /\b(change|exchange|fx|forex|rates?|taux)\b/.test(tabWords);
    // An estimate, an expected or a predicted amount is no KPI's actuals ("Expected revenue", « montant_estime » of a claim:
    // hdr50), as a plan column is none; unlike a plan it stays a column, naming no KPI but read by the KPI its words name (its
    // unit and level or total: « CA estimé » in money, mend50b).
    // hdr60: a quote's amounts too, where the row is a quote's (its number, status or date: « numéro du devis », "Quote ID"),
    // saved, sent and accepted alike; an invoice's « Devis lié » is no quote's row. mend60h: the quote's own amounts only — a
    // header naming the quote, or no invoice's, bill's, payment's or sale's word in it, its tab's name or a header of the row
    // (an invoice linked, « Facture(s) liée(s) », is none: "Invoice Total", « Montant facturé » stay sold beside a quote's date).
    const estimate =
      /\b(estim\w*|expected|attendue?s?|projected|projetee?s?|predicted)\b/.test(folded) ||
      (besideHeader(/^(numero|statut|date|n) d[eu] devis$|^quote (id|number|status|date)$/) && (/devis|quote/.test(folded) || !/factur|invoic|bill|paid|paye|sold|vendu/.test(folded + tabWords) && !besideHeader(/^(?!.*\bli(ee|nked)).*(factur|invoic)/)));
    // A bare "Cost" is the costs only where the tab's name names no KPI nor a cost per unit (a tab "CAC" or "Unit cost" holds
    // a cost per customer or unit), and covers sales counted only on a neutral, sales or restaurant tab (not "Stock",
    // "Insurance"): elsewhere the header names nothing and the tab's KPI, if any, is read as before hdr44 (mend44e). On a tab of
    // a cost per unit the bare cost is that amount per unit: a level, not summed (hdr45).
    const bareCost = /^co[su]ts?$/.test(folded);
    // "Per"/« par » a period or a group is no unit (« Coûts par mois », "Costs per department": costs, summed; mend45d).
    const perUnitTab = /\b(unit|unitaire|(per|par)(?! (mois|month|semaine|week|an\b|annee|year|trimestre|quarter|depart|region|site|proje|equipe|team))|cp[la])\b/.test(tabWords);
    // Goods bought from a supplier, or for an expense, and counted, where no client's column says they were sold, are no sales
    // (hdr46), an invoice's or an order's quantity too ("Invoice quantity": mend46e, as `HEADER_NAMES` reads it).
    // hdr64: a quantity beside a work centre or a production order (« Poste de charge », « NUM_OF », "Work center") is made, not sold.
    const bought = /^(\w+ )?(qte|qty|quantit)/.test(folded) && (supplied || besideHeader(/\b(postes? de charge|work cent(er|re)|num of|ordres? de fabrication|production orders?)\b/));
    // Sessions are a site's visits (hdr46), not a training's, a coach's or a gym's (mend46e). A « prime » is an insurer's
    // premium, revenue, beside a policy's, a contract's or a claim's words only: on a payroll or a staff tab (« Paie: Mois,
    // Salaires bruts, Primes », « RH: Prime annuelle, Effectif ») it is a bonus paid (mend48d).
    const moneySubscriptions = /^(new )?subscriptions$/.test(folded) && (currencyShown || tabKpi?.unit === 'currency' || (saysCents(numbers) && !besideHeader(/\b(count|number|nb|nombre|qty|units)\b/)));
    // Money by the export's own shape (hdr52, the tenth header set's platform exports): a value beside a count of the same
    // thing ("sell_in_value" beside "sell_in_count", "Value" beside "Count"); a payment processor's gross or net beside its
    // fee (Stripe's "amount, fee, net", PayPal's "Gross, Fee, Net"), and its fee there, what the business pays, the costs.
    // mend52a: the value of the same thing only ("inventory_value" beside "inventory_count", not a bare "Value" beside a bare
    // "Count": a sensor's readings, a survey's scores), and a processor's columns only where its rows balance (`processorTab`)
    // or its fee names the processor ("Stripe fee"): an agency's "Fees" beside its "Net" is its income, not what it pays.
    const stem = /^.+ value$/.test(folded) ? folded.slice(0, -5) : null;
    // Compared as folded text: no pattern compiled per header and tab (fold leaves only letters, digits, % and #).
    const valueOfCount = stem !== null && headerRow.some((cell) => foldHeader(cellText(cell)) === `${stem}count`);
    const processorNet = processor && PROCESSOR_AMOUNT.test(folded);
    // A count beside its own rate ("conversion" beside "conversion_rate": TikTok's report, hdr53) is the rate's events, counted:
    // whole numbers only, with no money format, mark or word (mend53a: "Gross margin" in dollars beside "Gross margin rate" is
    // the profit, "Conversion" at 0.031 beside "Conversion rate" the rate itself).
    // Money paid at a rate ("Commission" beside "Commission rate", "Discount", "Interest", "Royalties", "Tips", "Bonus",
    // "Shipping": fix-prev53's H10) is that money, summed, no KPI.
    const rateMoney = /\b(discount|remise|commission|intere?st?|royalt\w*|tip|bonus|prime|shipping|fee|frais)(s|es)?\b/.test(folded);
    const rateTwin =
      numbers.every(Number.isInteger) && !currencyShown && !saysMoney(header, folded) && !/\b(margins?|marges?|profits?|revenues?|income)\b/.test(folded) && matchCatalog(headerWords(name), catalog)?.unit !== 'currency' &&
      headerRow.some((cell) => foldHeader(cellText(cell)) === `${folded} rate`);
    // Actuals beside a budget, by department or agency (« service »), are what the department spent: an expense budget's
    // (hdr53: the tenth and eleventh sets' `actual_amount` beside `budget_amount` and `department` or `agency_name`); a sales
    // team's actuals sit beside a region or a rep instead, and stay unnamed.
    // An expense budget's only (mend53a: "Actual amount" beside "Revenue budget" on a tab "Revenue" is revenue): its words in a
    // budget header or the tab's name, and no revenue's in either nor in a neighbour's header.
    const spentActual =
      /^actual (amount|spend\w*)$/.test(folded) &&
      (besideHeader(EXPENSE_BUDGET) || (besideHeader(/\bbudget/) && EXPENSE_WORDS.test(tabWords))) &&
      !besideHeader(REVENUE_WORDS) && !REVENUE_WORDS.test(tabWords) &&
      besideHeader(/^(departments?|dept|agency|agence|cost cent(er|re)|centre de cout|service)( name| id)?$/);
    // A ledger's debit beside its credit (« Débit, Crédit », "debit, credit": every accounting export) is money, as a variance
    // beside a budget is the budget's gap in money (an FP&A file's "variance" beside "budgeted_opex": hdr53).
    // Only where the row says money or accounts (fix-prev53's H5): a variance beside budgeted hours or headcount, credits and
    // debits of an API's usage are counts.
    const moneyHeader = (): boolean => besideHeader(MONEY_WORDS) || besideHeader(EXPENSE_WORDS);
    const ledgerMoney =
      (/^(debit|credit)s?$/.test(folded) && besideHeader(folded.startsWith('d') ? /^credits?$/ : /^debits?$/) && (moneyHeader() || besideHeader(/\b(account|compte|gl\b|journal)/))) ||
      (/^variances?$/.test(folded) && besideHeader(/\bbudget/) && moneyHeader());
    const processorFee = (processor && PROCESSOR_FEE.test(folded)) || (NAMED_PROCESSOR_FEE.test(folded) && besideHeader(FEE_NET));
    // An RFM table's frequency beside its recency is each customer's orders counted (hdr52, the ninth set's « frequence »).
    const rfmFrequency = /^frequen(ce|cy)$/.test(folded) && has('recency');
    // Units or items with no word of selling are won deals only on a selling or an order tab or beside a sale's columns, never
    // on a stock's, a production's, a fleet's or a purchase's tab (mend53a: hdr53 read a stock's "Units" as deals closed).
    const soldUnits =
      BARE_UNITS.test(folded) && (numbers.every(Number.isInteger) || COUNT_SCALE.test(fold(headerWords(header)))) && !supplied && !UNITS_ELSEWHERE.test(tabWords) &&
      (/\b(sales|sold|ventes?|vendue?s?)\b/.test(tabWords) || ORDER_TAB.test(tabWords) || (SALES_TAB.test(tabWords) && besideHeader(SALE_COLUMN) && !besideHeader(NOT_SOLD_BESIDE)));
    // Outreach sent or people contacted with no word of prospects are prospecting on a selling tab or beside a setter only, and
    // never beside money recovered, tickets, candidates, events or a survey (mend53a).
    // Outreach not done ("Leads not contacted") is none either, and outreach elsewhere takes no tab's KPI (fix-prev53's H9:
    // « Relances » on a tab « Ventes » beside « Montant facturé »).
    const outreachElsewhere = OUTREACH.test(folded) && (OUTREACH_ELSEWHERE.test(tabWords) || besideHeader(OUTREACH_ELSEWHERE) || /\b(not|non|pas)\b/.test(folded));
    const prospected = !outreachElsewhere && outreachSent(folded, numbers) && (OUTREACH_TAB.test(tabWords) || besideHeader(/^(setters?|sdrs?|bdrs?)$/));
    // A result beside revenues and charges is what they leave, the profit (« resultat_exercice » beside « charges_exploitation,
    // revenus_exploitation », the canton of Vaud's accounts: hdr54); a bare result names nothing elsewhere (an ad's "Results", an
    // exam's « Résultat »), nor an ad's results beside their cost per result.
    // mend54a: in money only — values running to thousands (a score, a mark, a survey's answer, an A/B outcome or a margin
    // never does) and no percent in the header (« Résultat (%) » is a margin) — and « coût par résultat » in French too.
    // hdr55: a net result too ("Net Result" of a monthly P&L beside "Sales Revenue", "Cost of Goods Sold"), and its staff line
    // ("Personnel", "Staff" written as the line's name beside them: the staff costs, a P&L's expense line, not a headcount).
    // prevmend55: money is shown by the column's format, decimals on an amount (a survey's mean answer at 70.5 is none) or a
    // currency word or mark, not by values over 1,000 (an ad's "Results" beside "Spend, Revenue" are purchases or leads); a
    // NET result beside revenues and charges is an account's line whatever its numbers.
    const accounts = besideHeader(/\b(revenus?|revenues?|produits|income)\b/) && besideHeader(EXPENSE_WORDS);
    const profitResult = /^(net )?(resultats?|results?)\b/.test(folded) && !/%|\b(pr?ct|percent)\b/i.test(header) && (/^net /.test(folded) || currencyShown || numbers.some((v) => v % 1 && Math.abs(v) >= 100) || saysMoney(header, folded)) && accounts && !besideHeader(/\b(per|par) result/);
    // mend55h: in money by some evidence — a currency format, cents, six figures on every row, or a tenth of the largest
    // neighbour's scale (the revenue's) — a headcount of 15,000 (« Personnel » at 1,200) beside revenue in millions stays people.
    // hdr58: a P&L month's depreciation beside its revenues and charges (« Sales, Cost_of_Sales, Net_Income, Depreciation ») is an
    // expense line too, money whatever its numbers; alone ("Accumulated depreciation" of a balance sheet) it names nothing.
    // mend58h: beside any revenue's words (« CA », "Sales", « Chiffre d'affaires »), not in a loan's schedule (« interets, amortissement,
    // capital restant du »: the principal repaid).
    const depreciation = /^(depreciation|amorti[sz]ation|amortissements?|dotations? aux amortissements)$/.test(folded) && (accounts || besideHeader(REVENUE_WORDS)) && besideHeader(EXPENSE_WORDS) && !besideHeader(/\b(interets?|interest|capital|loans?|prets?|emprunts?)\b/);
    const staffLine =
      /^(personnel|staff)$/.test(folded) &&
      accounts &&
      (currencyShown ||
        numbers.some((v) => !Number.isInteger(v)) ||
        numbers.every((v) => Math.abs(v) >= 1e5) ||
        ((largest) => largest > 0 && numbers.some((v) => Math.abs(v) * 10 >= largest))(largestBeside(column)));
    // Sales or bookings in whole numbers beside the row's own revenue column (« Ventes » beside « Chiffre_d_affaire », a hotel's
    // "total_bookings" beside "revenue": hdr56) are the sales counted, the revenue being written apart; purchases beside a site's
    // or an ad's traffic ("purchases" beside "clicks", "daily_purchases" beside "daily_sessions") are the customers' orders.
    // mend56h: counted by their magnitude — every row's sales at most a tenth of the largest number beside, the revenue's (a
    // price of 10 or more: « Ventes » 120 beside « Chiffre_d_affaire » 1,860) — and never where the tab counts its deals, orders or quantities already ("Sales, Revenue" and "Bookings, Billings,
    // Revenue" in whole money are revenue, « Total_Vente » beside « Quantite, Prix_Unitaire » too); purchases at most the
    // traffic ("Purchases" in money beside "Visits" are none). Only numbers refute: a neighbour left blank (the header
    // eval's) lets the words decide, as before.
    const wholeCount = numbers.every(Number.isInteger) && !currencyShown && !saysMoney(header, folded);
    /** Whether the largest number beside is at least `times` each of this column's (the revenue's or the traffic's scale, as
     *  `staffLine` reads it); with no number beside, yes. */
    const underBeside = (times: number): boolean => ((largest) => !largest || numbers.every((v) => v * times <= largest))(largestBeside(column));
    // hdr63: a till's receipts or consumer units (« NbTicket », « UVCCaisse » beside « CACaisse », "Tickets" beside "Revenue") are
    // its sales counted. mend63h: never a support desk's tickets — opened, closed, escalated, or beside a support tab's words
    // (CSAT, satisfaction, « Délai de réponse ») — nor an average ticket (« Ticket moyen », "Ticket size"), a sale's money.
    const tillSales = /^((nb|nombre de|number of) )?(tickets?|uvc)\b/.test(folded) && !/\b(moyens?|average|avg|size|taille|opened|ouverts?|closed|fermes?|escalated|escalades?|resolved|resolus?)\b/.test(folded) && besideHeader(/^(ca|chiffre d affaires|revenues?|turnover)\b/) && !besideHeader(SUPPORT_WORDS) && !SUPPORT_WORDS.test(tabWords) && underBeside(1);
    const countedSales =
      wholeCount &&
      (tillSales || (/^((total|daily|weekly|monthly) )?(sales|ventes?|bookings)$/.test(folded) && !besideHeader(/^(deals?|orders?|commandes?|quantit\w*|qte|qty)$/) &&
        besideHeader(/^((total|gross|net|daily|weekly|monthly) )?(revenues?|turnover|chiffres? d affaires?|ca)$/) && underBeside(10)) ||
        (/^((total|daily|weekly|monthly) )?purchase[sd]$/.test(folded) && !has('supplier') && besideHeader(/\b(sessions?|visits?|clicks?|impressions?|add to cart|checkouts?|(page|product) views)\b/) && underBeside(1)));
    // A quantity beside its reorder threshold (« Qté » beside « Seuil », "Qty" beside "Reorder point": hdr56) is a stock held.
    // A value beside a volume (a retail panel's "Value_USD_MM" beside "Volume_Units_K": hdr56) is the sales in money over the
    // period, as the volume is in units: summed, not a value held.
    // mend56h: beside a volume sold or counted in units only ("Volume (L)" beside "Value (EUR)" is a stock's, held).
    const valueOfVolume = /^(sales )?value\b/.test(folded) && besideHeader(/^(sales volume|volume (units|sold))/);
    // mend56h: a threshold of stock by its words (« Seuil de réappro », "Safety stock", « Stock mini »); a bare « Seuil » beside a
    // storage place only (« Emplacement », "Warehouse"): beside a seller's « Prime » it is a bonus threshold.
    // hdr59: a bare heading of what money is spent on ("Marketing", "Rent", « Loyer ») beside wages or payroll is an expense
    // breakdown's line (an expense file's "Month, Marketing, Payroll, Rent"), the costs — not on a tab of heads. A booking's nights (« nuitees »,
    // "Nights") are what it sold, counted, and its gross or net price (« prix_brut », « prix_net » of a holiday let's bookings,
    // no quantity beside) its amount, sold; its commissions beside a price or an amount (the platform's cut) money paid out.
    // mend59h: only money-sized as the payroll is (its largest at least a twentieth of the tab's largest, the payroll's in an
    // expense breakdown, or a currency format: heads
    // or units produced beside payroll are no spending), and not where the tab says money received, segments or property,
    // or a header money received (a landlord's rent received, an agency's service lines).
    const expenseLine =
      EXPENSE_HEADING.test(folded) && besideHeader(/^((gross|total) )?(wages|payroll|salaires?)$|^masse salariale$/) && (currencyShown || largestIn(column) * 20 >= largestBeside(column)) &&
      !/\b(heads?|headcount|fte|etp|effectifs?|staff)\b/.test(tabWords) && !RECEIVED.test(tabWords) && !besideHeader(/\b(percu|recus?\b|received)/);
    const booking = has('booked') && !has('quantity');
    // mend59h: a stay's (nights, arrival, check-in, guests) for a price to be what was sold — a membership's, an insurer's
    // reserve's or a price list's prices are none; an invoice's total price stays summed.
    const stay = besideHeader(/\b(nuit|night|check|arrivee|guest|sejour|stay)/);
    const nightsBooked = booking && /^(nuit(ee)?s|nights)$/.test(folded) && numbers.every(Number.isInteger);
    const bookingPrice = booking && (stay || has('invoice')) && /^(prix|price) (brut|net|ttc|total)$|^(gross|net|total) price$/.test(folded);
    // Commissions beside a price or an amount are money summed; the costs only on a booking's row (the platform's cut), not an
    // agency's fee or an affiliate's earnings (mend59h).
    const commission = /^commissions?$/.test(folded) && has('priced');
    const commissionPaid = commission && booking;
    // hdr65: a bare quantity on a tab named a stock or an inventory ("Inventory", « Inventaire », "Stock levels", mend65h:
    // « Niveaux de stock », « Inventaires », « État des stocks ») is held, a level with no KPI, not deals summed; "Stock
    // movements", « Mouvements de stock » stay moves, and so do order lines (a client's or an order's column: mend65h).
    const bareQty = /^(qte|qty|quantit(e|y))$/.test(folded);
    const tabStock = bareQty && /^(inventory|inventaires?|stocks?|(niveaux? de|etat des) stocks?)( levels?)?$/.test(tabWords) && !has('client') && !has('payment');
    const stockHeld = tabStock || (bareQty && (besideHeader(/^(seuils? (de? )?(alerte|reappro|mini)|reorder|(minimum|safety) stock|stock (mini|de secu|d alerte))/) || (besideHeader(/^seuils?$/) && besideHeader(/^(emplacement|entrepot|warehouse)/))));
    const ownRead =
      processorFee || rfmFrequency || spentActual || soldUnits || prospected || profitResult || staffLine || depreciation || countedSales || expenseLine || nightsBooked || (bookingPrice && stay) || commissionPaid
        ? (catalog.find((k) => k.id === (rfmFrequency || soldUnits || countedSales || nightsBooked ? 'deals_closed' : prospected ? 'prospecting' : profitResult ? 'profit' : bookingPrice ? 'revenue' : 'costs')) ?? null)
        : bought || stockHeld || (bareCost && (tabKpi || perUnitTab)) || (/sessions$/.test(folded) && (has('training') || has('app') || saysRole('training', tabWords))) ||
      (/^(primes?( annuelles?)?|premiums?)$/.test(folded) && !(has('insurer') || saysRole('insurer', tabWords))) ||
      (/^co(uvert|ver)s$/.test(folded) && !salesTab && !/\brest(au|o)/.test(tabWords)) ||
      (/install/.test(folded) && (has('fitter') || saysRole('fitter', tabWords))) ||
      (/^(new )?(installations|downloads|telechargements)$/.test(folded) && !appSays) ||
      // Money is never a sign-up count: "Subscriptions" in dollars or on a money tab ("MRR") is that money (mend51c), and in
      // values with cents (hdr52: 1,249.50 of plain numbers; whole ones beside "Revenue" stay the sign-ups counted).
      moneySubscriptions ||
      // Wins are won deals by a sales prefix ("sourced_wins", "closed_wins") or a sales neighbour only (mend55h: a team's "Home
      // wins" beside "Draws, Losses", "Quick wins" beside "Tasks done" name none).
      (/^(\w+ )?wins$/.test(folded) && !/^(sourced|closed|deals?|sales) /.test(folded) && !besideHeader(/\b(leads?|opp\w*|pipeline|deals?|quotas?|prospects?|affaires)\b/) && !besideHeader(REVENUE_WORDS)) ||
      rateTwin ||
      // hdr64: loyalty points held (« points_fidelite », "Reward points") are no retention rate.
      /\bpoints? (de )?(fidelite|loyalty|rewards?)\b|\b(loyalty|rewards?) points?\b/.test(folded) ||
      (folded === 'spent' && !(currencyShown || NAME_MARK.test(header) || moneyBeside(column)))
        ? null
        : headerKpi(name, catalog, formatShows(format)?.unit === 'percent', numbers);
    // hdr60: a time taken (« Délai clients », "days_in_pipeline") or a score ("deal_score", "lead_score") is no count of the thing
    // it is about: the customers, the pipeline or the deals its other words name.
    // A purchase beside a client is the customer's (« N° commande, Client, Achat TTC »), a sale's reading, not the costs (mend61h).
    // hdr63: an order's total ("Order Total", SOLD_AMOUNT) is its money, no count of orders — in a table of orders or in cents
    // (mend63h: whole numbers one row a month, 120, 80 …, stay the orders counted). GA4's
    // report snapshot ("Nth day, Active users", « Nième semaine, Utilisateurs actifs »: its ordinal day or week) counts a site's
    // visitors a day or a week, website traffic summed, not customers held.
    const siteVisitors = /^(active users|utilisateurs actifs)$/.test(folded) && besideHeader(GA4_ORDINAL);
    // hdr65: GA4's "New / returning" series ("Nth day, new, returning": its dimension's values, unlocalised) are that day's
    // users, summed; the new ones are sign-ups, as "New users" are.
    const ga4Users = /^(new|returning)$/.test(folded) && besideHeader(GA4_ORDINAL);
    // hdr64: a net growth beside followers (TikTok's "Net growth, New followers, Lost followers") is followers gained, sign-ups;
    // mend64h: beside TikTok's own columns, in whole numbers, no percent ("Net growth" beside "Revenue, Followers" is sales growth).
    const netFollowers = /^net (growth|gain)$/.test(folded) && besideHeader(/\b(new|lost) followers\b/) && numbers.every(Number.isInteger) && formatShows(format)?.unit !== 'percent';
    // hdr65: Odoo's signed amounts ("Total Signed", "Untaxed Amount Signed", "Total in Currency Signed", "Amount Signed": an
    // export's money in the company's sign, beside an amount so signed) are money; an invoice's (beside "Invoice/Bill Date") is
    // revenue, not a credit note's (negative) nor a payment's. "Total signed" alone stays contracts signed, counted.
    // mend65h: money only beside another signed amount, in cents or beside an invoice or a journal (contracts signed counted
    // beside "Amount signed" stay counts); revenue only when the amounts sum above zero and nothing names a vendor, a supplier,
    // a bill or a purchase (Odoo's vendor bills carry "Invoice/Bill Date" too: the costs, as on the base).
    const signedMoney = ODOO_SIGNED.test(folded) && headerRow.some((cell, c) => c !== column && ODOO_SIGNED.test(foldHeader(cellText(cell)))) && besideHeader(/\b(amount|montant)\b.* signed?$/) && (numbers.some((v) => !Number.isInteger(v)) || besideHeader(/\b(invoice|journal|factur\w*)\b/));
    const soldInvoice = besideHeader(/\b(invoice|factur\w*)\b/) && !has('supplier') && !besideHeader(/\b(vendors?|fournisseurs?)\b/) && !/\b(bills?|vendors?|suppliers?|purchases?|achats?|fournisseurs?)\b/.test(tabWords) && numbers.reduce((a, v) => a + v, 0) > 0;
    const ownId = siteVisitors ? 'website_traffic' : netFollowers || (ga4Users && folded === 'new') ? 'signups' : signedMoney && soldInvoice ? 'revenue' : '';
    const own = ownId ? (catalog.find((k) => k.id === ownId) ?? null) : (tabStock || (outreachElsewhere && ownRead?.id === 'prospecting') || (ownRead?.unit === 'count' && SOLD_AMOUNT.test(folded) && (records || !numbers.every(Number.isInteger))) || (ownRead?.id === 'costs' && /^(achats? |(amounts? )?spent\b|montants? depensee?s?\b)/.test(folded) && has('client')) || (/^(days|jours|delai)\b|\bscore$/.test(folded) && ownRead?.unit === 'count') ? null : ownRead);
    const countedRate = own === null && !rateTwin ? countedRateKpi(name, catalog) : null;
    // Revenue lost is money with no KPI, and an index never takes its tab's KPI ("Conversion index" on a tab "Conversion")
    // (mend43c).
    const lost = own === null && revenueLost(folded) && matchCatalog(headerWords(name), catalog)?.id === 'revenue';
    const named = own ?? (generic || mixed || countedRate || rateTwin || lost || outreachElsewhere || namesIndex(header) || otherMeasure(folded) ? null : tabKpiFor(header, numbers, format, tabKpi));
    // On a sales tab ("Ventes") the revenue its name gives is each period's total too, not the catalog's level.
    // An invoice's or a bare amount beside a supplier or an expense column is money paid out, where no KPI names it; a bare
    // amount beside a product, a quantity or a client is an order line's, sold (hdr45: the fixtures label them from these
    // neighbours; a bare amount alone, or beside a payment's ids, may be either and names nothing).
    // Not beside a client's or an order line's column nor on a tab of sales, orders or invoices, and a bare amount beside both
    // a supplier's and an order line's columns names nothing (mend45d: a retail log's supplier is the brand sold).
    // A currency code says money, not whose (« montant_eur »: hdr46).
    const plain = folded.replace(CODE_WORD, '').trim();
    // hdr62: a header that is a currency and nothing else (a charity's « UAH », a bank export's « CAD$ ») is a bare amount too.
    // mend62h: not beside another currency's column of numbers — one amount in each currency is a table of exchange rates
    // (« Date, USD, GBP, CHF » at 1.08…) or a price list ("Product, USD, EUR"), levels: no amount summed.
    const currencyOnly = (cell: string): boolean => NAME_MARK.test(cell) && !/[\p{L}\d]/u.test(cell.replace(NAME_MARK, ''));
    const bare = BARE_AMOUNT.test(plain) || (currencyOnly(header) && !numericColumns.some((c) => c !== column && currencyOnly(headerOf(c))));
    // An expense log's price is what was spent (« Prix » beside « Depense_ID »: hdr46). An order tab's amount beside a
    // supplier and no client (« Bons de commande », "Orders" with "Supplier, Item, Montant HT") is a purchase, money paid to
    // a supplier: the costs, by the fixtures README's rule (hdr47; mend46e read it as nothing); a sales tab's supplier is the
    // brand sold (mend45d).
    // A supplier's column beside a purchase's words and no client's (« Fournisseur, Type_Achat, Produit, Quantite, Montant_HT »,
    // a reseller's purchase lines: hdr55) is goods bought, whatever product or quantity stands beside it.
    // mend55h: a purchase's type or id only, the column that files a row as a purchase (the thirteenth set's achats.csv has
    // « Type_Achat »). A price, a date, a mode or a number « d'achat » ("Purchase Price", « N_Achat », "Purchase Order") is what
    // any retail or reseller log writes for its customers' purchases as well: the brand sold stays the supplier there (mend45d).
    const purchased = supplied && besideHeader(/^(types? (d )?achats?|purchases? (type|id))$/);
    // A receipt beside a supplier is goods received, no till receipt (mend57h: a receiving log's "Receipt total" counts items).
    const goodsReceipt = /^receipt total/.test(folded) && has('supplier');
    // hdr62: a bare total or subtotal beside an expense's column (a cheque register's « depense, sous_total, tps, tvq, total ») as
    // a bare amount there, never a running balance rising on every row.
    // mend62h: only when the expense's column files the row (its cells labels, « depense = Fournitures », "Expense type", or
    // blank), never a numeric series of expenses (« Recette, Dépense, Total »: the total is a net or a balance), nor beside a
    // seller or an invoice (sales lines, a freelancer's invoices and their billable expenses).
    const expenseLabels = headerRow.some((cell, c) => /\b(depense|expense)/.test(foldHeader(cellText(cell))) && !numericColumns.includes(c));
    const expenseTotal = BARE_TOTAL.test(plain) && expenseLabels && !has('seller') && !has('invoice') && numbers.some((v, i) => v <= numbers[i - 1]);
    const paidOut = !named && !goodsReceipt && (SOLD_AMOUNT.test(folded) || TOTAL_TAXED.test(folded) || TAXED_AMOUNT.test(folded) || bare || expenseTotal || (/^pri(x|ces?)$/.test(folded) && has('expense'))) && (has('supplier') || (has('biller') && has('invoice'))) && (!has('orderLine') || purchased) && !(ORDER_TAB.test(tabWords) && salesTab);
    // …beside a product (an order line's), or a quantity on a tab of sales or orders, never a running balance
    // rising on every row (mend46e: « Date, Client, Montant, Total », a shopping list's "Category, Item, Quantity, Total").
    const bareTotal =
      BARE_TOTAL.test(plain) &&
      // An order's record naming its client and its product ("CommandeID, ClientID, ProduitID, Quantité, Total": hdr48) too,
      // and an invoice's record (a Recurly export's "total" beside "previous_invoice_id": hdr50), or its client (hdr57: a Tunisian
      // ERP's invoices and delivery notes, « factnum, client, total, numfacture »).
      (plain !== folded || (records && has('invoice')) || (has('invoice') && has('customer')) || ((has('priced') || (records && has('customer'))) && (has('product') || (has('quantity') && (records || ORDER_TAB.test(tabWords)))))) &&
      numbers.some((v, i) => v <= numbers[i - 1]);
    // An invoice's or a booking's row is a sale too ("invoice_id, sub_id, amount", a hotel's reservations: hdr47), but not
    // an employee's booking, an expense claim (mend47c: "Booking ref, Employee, Destination, Amount"). A tab's count KPI
    // ("Orders": the orders counted) gives way to the amount of its orders (hdr47).
    // A membership's (« adhesion_id, adherent_id, montant »: an adhesion sold, hdr48) too. Money moved by type (deposits,
    // withdrawals, transfers: « client_id, type_transaction, montant », a mobile-money operator's) is the customers' money,
    // no sale, beside a client too (hdr48, the fixtures README). An order's record naming a client and a product is a sale
    // beside its supplier too, where the goods come from (hdr48, hdr47's `montant_total_usd` beside « commande_id, produit,
    // client_id, fournisseur_id »: a client says whose money it is, as mend47c's buyer does); beside a client and a supplier
    // alone, with no order's id nor product, a bare amount still names nothing (hdr45's written near miss).
    const billed = has('booked') && !has('staff') && !has('biller');
    // Money in a table of records naming its customer (a bill's fee, a contract's value, a rental's price: hdr49) is what the
    // customer pays, a sale — not a tax, a cost, a payment out, a discount, a stock or a price (`LEVEL_ALWAYS`).
    // Canada's taxes too (« TVQ », « TPS », "GST", "HST": money since hdr61, and beside a client they read as sales).
    // A header that IS a tax, not an amount before or without one ("Fee before GST", « Honoraires avant TPS et TVQ »: mend61h).
    // A bare amount dated by its payment (« date_paiement, montant, mode_paiement », "Amount, Payment Date") with no invoice, order,
    // sale, product or quantity beside it is cash collected, no sale (hdr58; the fixtures' first rules): an invoice's amount keeps it,
    // and so do a SKU or a reference (a product's) and a due date (a bill's: mend58h).
    const collected = /^(montants?|amounts?)$/.test(plain) && besideHeader(/^(date (de |du )?(paiement|reglement|versement)|payment date|paid (date|on)|date paid)$/) && !has('invoice') && !besideHeader(/\b(produits?|products?|quantit\w*|qte|qty|items?|articles?|orders?|commandes?|ventes?|sales?|sku|ref|due|echeance)\b/);
    const sold =
      !own && !estimate && !paidOut && !goodsReceipt && !collected && !processorNet && salesTab && !bankTyped && ((records && has('customer') && !has('supplier') && measure.kind === 'amount' && !/\b(tax\w*|tv[aqh]|tps|[gqh]st|vat|co[su]ts?|paid|payes?|encaisse\w*|collected|refund\w*|discount|remise)\b/.test(folded.replace(BEFORE_TAX, ''))) || SOLD_AMOUNT.test(folded) || (records && ORDER_MONEY.test(folded) && !has('supplier')) || (TOTAL_TAXED.test(folded) && (has('client') || besideHeader(/\b(commandes?|orders?|ventes?|sales?)\b/))) || (TAXED_AMOUNT.test(folded) && (has('orderLine') || billed || has('contract'))) || ((bare || bareTotal) && (has('orderLine') || billed || (has('seller') && has('ground'))) && (!has('supplier') || (records && !supplied && has('product'))))) &&
      (named?.unit !== 'currency' || named.id === 'revenue');
    const credit = CREDIT.test(folded) && invoiced();
    // A deal's value is money ("deal_value": hdr46).
    const perDealMoney = /^(deal|opportunity) (value|amount)\b/.test(folded);
    let kpi = sold || paidOut ? (catalog.find((k) => k.id === (sold ? 'revenue' : 'costs')) ?? null) : named;
    if (countedRate && rateAfterAll(numbers, format)) kpi = countedRate;
    const underRate = kpi !== null && countsUnderRate(kpi, header || name, numbers, format);
    // Money under a rate's name ("Churn MRR", « MRR churn », "Revenue churn" at 1,200 … 1,500) is revenue lost, as
    // "churned_mrr" is: money summed, no count of churned customers (hdr47), as `moneyUnderRate` reads the formulas' histories.
    const paidAtRate = rateTwin && rateMoney;
    const isCount = (rateTwin && !rateMoney) || (countedRate !== null && kpi === null) || (underRate && guessUnit(name, numbers, null) !== 'currency');
    if (isCount || underRate) kpi = null;
    const shows = formatShows(format);
    // A count KPI's column shown in money is that count's money twin, as the stock-vs-flow rule reads the unit
    // (`inferAggregation`): a "Pipeline" tab of € is the pipeline's value, a level (fixes61: it was Funnel throughput in
    // money, and a count of opportunities was judged on it).
    if (kpi?.unit === 'count' && shows?.unit === 'currency') kpi = catalog.find((k) => k.id === MONEY_TWINS[kpi?.id ?? '']) ?? kpi;
    // hdr63: so is a CRM's deal value on a tab of deals (Pipedrive's "Title, Value, Currency, Stage" on "Deals", « Affaires »): money by
    // its currency's column, beside a stage, it is the pipeline's amount, a level — no deals counted. mend63h: only the open
    // pipeline's snapshots, one row a period (or a stage): one row a deal (its title or id, a log of dates) is no level, and a tab or a status
    // of deals won or lost (« Affaires gagnées », "Lost deals", Status "won") is no open pipeline; an order's stage neither.
    if (kpi?.unit === 'count' && measure.money && GENERIC_VALUE_HEADERS.has(folded) && has('currencyColumn') && has('stage') && DEALS_TAB.test(tabWords) && !DEALS_CLOSED.test(tabWords) && !records && !besideHeader(DEAL_TITLE) && !statusSays(DEALS_CLOSED) && !readObservations(observations, undefined, today).log) kpi = catalog.find((k) => k.id === 'pipeline_value') ?? kpi;
    // Money by its siblings (`measureOf`): a balance beside an account's or a transaction's words ("balance" beside "debit,
    // credit": hdr48), not a stock's or a life's ("Stock balance", "Work-life balance": mend48d); an insurer's premium or
    // reserve (hdr50).
    // « Salaries » on a French sheet is staff, « salariés » with its accents dropped (fix-prev53's H6), but on a payroll's tab.
    // "Cash" beside other payment methods (« Carte, Espèces », "Card, Cash, Total" of a till) is what was paid that way over the
    // period, summed: money by cents or its format, else payments counted (mend55h; cash held, "Cash Position", stays money).
    const payMethod = folded === 'cash' && besideHeader(/^(\w+ )?(cards?|cartes?|cb|cheques?|checks?|especes|transfers?|virements?)$/);
    // Actuals beside a budget are money, as a budget is unless it says hours or heads (hdr57: an expense file's and an FP&A
    // file's bare "actual" beside "budget"); what is outstanding on invoices is money owed (hdr57: "outstanding" beside "invoice_amount").
    // mend57h: not on a tab or beside a column of heads or hours ("Headcount plan", "Staffing", « Effectifs »: a budget of FTEs), and
    // what is outstanding only beside an invoice's amount or at money's scale ("Invoices processed, Outstanding" at 3–12 counts
    // invoices). Words decide, not small whole values: a budget in thousands is small and whole too. French « Réel » beside
    // « Budget » as the English, and a loan's « Capital ».
    const heads = /\b(heads?|headcount|fte|etp|staff\w*|hours?|heures?|effectifs?|personnel)\b/;
    // hdr59: a bare "net" beside the flows it nets (a treasury's « encaissements » and « dépenses », "Income, Expenses") is the
    // period's net cash flow, money summed, negative or not.
    // mend59h: money only when the flows are — by their words (income, expenses, « encaissements »), cents or a currency format;
    // people or units moved in and out net to a count, summed.
    const netOfFlows = folded === 'net' && besideHeader(/^((en|de)caissements?|depenses|recettes|income|expenses|(in|out)flows?)$/);
    const netFlow = netOfFlows && (!besideHeader(/^(in|out)flows?$/) || saysCents(numbers) || currencyShown);
    const bookMoney =
      (/^(actuals?|reels?)$/.test(folded) && besideHeader(/^budgets?$/) && !heads.test(tabWords) && !besideHeader(heads)) ||
      (folded === 'outstanding' && has('invoice') && (besideHeader(MONEY_WORDS) || numbers.some((v) => Math.abs(v) >= 1000))) ||
      (folded === 'capital' && besideHeader(/\b(prets?|loans?|emprunts?)\b/)) ||
      // hdr58: an inventory beside receivables and payables is working capital's, its value in money (units stay counted elsewhere).
      // mend58h: both of them (a warehouse's "Units received, Stock, Payables" counts its stock), abbreviated too ("AR", "AP").
      (/^(inventor(y|ies)|stocks?)$/.test(folded) && besideHeader(/^((accounts? )?receivables?|ar|(creances )?clients)$/) && besideHeader(/^((accounts? )?payables?|ap|(dettes )?fournisseurs)$/)) ||
      netFlow;
    // hdr63: a bare tax beside a price before tax and no amount with it (« quantite, prix_ht, TVA » at 20, 5,5: each line's rate),
    // in a few values up to 30 and a standard rate of 5 or more among them, is the rate in points, a level — beside « Montant TTC » or a total it stays the tax's money.
    // mend63h: not when the tax follows the price (the same share of it on every row: « TVA » at 5, 10, 20 beside 25, 50, 100 is
    // its amount), and up to five rates (France's 0, 2,1, 5,5, 10, 20). A tax whose header states its rate (« TPS (5 %) », "GST
    // (5%)") is that rate only in a few values up to 30 (5, 5, 5 …); its amounts (12,50, 37,45 …) are its money, summed (mend62h).
    const fewRates = (): boolean => numbers.every((v) => v >= 0 && v <= 30) && numbers.some((v) => v >= 5) && new Set(numbers).size <= 5;
    const priceColumn = headerRow.findIndex((cell) => PRICE_BEFORE_TAX.test(foldHeader(cellText(cell))));
    const statedRate = STATED_RATE.test(folded);
    const taxRate = (statedRate && fewRates()) || (/^(tva|vat|taxe?s?|tax rate|taux( de)? tva)$/.test(folded) && priceColumn >= 0 && !besideHeader(/\b(ttc|tvac|incl\w*|total|montant|amount|gross|brut)\b/) && fewRates() && !proportional(columnNumbers(priceColumn), columnNumbers(column)));
    const statedAmount = statedRate && !taxRate;
    // hdr64: GA4's revenue of the ordinal day or week ("Nth day, Total revenue") is that day's, summed; not one cumulated since
    // January ("Revenue YTD", « Revenu cumulé »: ruling H4's level, mend64h).
    // hdr63: beside GA4's ordinal day or week, a rolling window ("30 days", « 7 jours »: the users active over the last n days) and
    // an engagement time (« Durée d'engagement moyenne par utilisateur actif », in seconds) are plain numbers, no days; the
    // one-day window is that day's users, summed.
    const ga4Window = besideHeader(GA4_ORDINAL) && (/^\d+ (days?|jours?)$/.test(folded) || /\b(duree d engagement|engagement time)\b/.test(folded));
    const guessed = taxRate ? 'percent' : statedAmount ? 'currency' : payMethod ? (numbers.some((v) => !Number.isInteger(v)) ? 'currency' : 'count') : isCount || ga4Window || (/^fr/.test(lang) && salaries(name, folded) && !/payroll|paie\b/.test(tabWords)) ? 'count' : paidAtRate || lost || credit || signedMoney || perDealMoney || valueOfCount || processorNet || ledgerMoney || moneySubscriptions || bookMoney || commission || (rateMoney && has('currencyColumn') && measure.kind !== 'rate' && !COUNT_WORDS.test(folded)) || (measure.money && !kpi && !saysMoney(name, folded) && !fxValue) ? 'currency' : /^ctr\b/.test(folded) && besideHeader(/\bcli|impr/) ? 'percent' : guessUnit(name, numbers, kpi);
    // What the sheet shows wins over a guess (and over a count KPI the header happened to match). An index the format says
    // nothing of is plain numbers with decimals, as the wizard shows it: no count rounding its suggestion to 1 (units43). A
    // discount's values guess its unit only when its format says none ("Discount" formatted "$#,##0" at 40 … 70; mend44e).
    const unit: Unit | null = (shows && (guessed === null || guessed === 'count' || (!kpi && saysDiscount(name, folded))) ? shows.unit : guessed) ?? (namesIndex(name) ? 'score' : null);
    const repeats: IsoDate[] = [];
    const read = readObservations(observations, repeats, today);
    // Whole numbers under a plural no word, KPI or format reads ("Impressions", "Clicks") that fall more than once, in date
    // order, are things counted over the period: summed, as the drivers sum whole numbers (`guessAggregation`). A singular
    // ("Intake") may be an amount, and people, places or things held (`HELD`: "Employees", "Stores") a stock that may fall
    // (hdr43; mend43c: rows newest first made a growing stock fall, and "Employees" was judged as a total).
    // Each period's level, read once for the column (each read walks every point; up to three rules ask for it).
    let levelPoints: KpiPoint[] | undefined;
    const levels = (): KpiPoint[] => (levelPoints ??= read.points('level'));
    // …not units of time ("retention_months", "term_months": each row's duration, a level; hdr58) — English plurals only:
    // « Dossiers traités mois » are this month's (mend58h).
    const counted = kpi === null && unit === null && /[^s]s$/.test(folded) && !/ (weeks|months|years)$/.test(folded) && !HELD.test(folded) && !read.log && fallsTwice(levels());
    // A column whose words say nothing beside its row's total ("dpt_31" … "total_occitanie", "North, South, Total") is a part
    // of that total, summed as it is, when it holds whole counts and no KPI, unit or word says otherwise (hdr50: a region's nights)
    // — a flow's total only: a stock's parts stay levels (`heldTotal`, mend50b).
    const partOfTotal = has('sumOfParts') && !heldTotal && !roles.columns[column].has('sumOfParts') && measure.kind === 'count' && unit === null && numbers.every((v) => Number.isInteger(v) && v >= 0);
    const segments = read.log && segmentedStock(name, catalog, (snapshots ??= snapshotLabels(values, firstData, dates, width, headerRow, lang)));
    // hdr60: that running balance in money (a bank statement's "Amount, Balance") stays the account's level (H4), unlike a bill's
    // or an invoice's balance owed (a due date beside), one row a bill.
    // A bare amount beside a running balance (« type, montant, solde_cumule » of a bank's transactions: hdr59) is one row a
    // movement, summed.
    // A deal's amount beside a deal's stage is one row a deal: summed (hdr46, the README's deal lists); a bare amount too (hdr51:
    // a Salesforce export's `Amount` beside `StageName`, read above).
    const perDeal = perDealMoney && has('stage');
    // Money in a table of records ("claim_amount" beside "claim_id", « montant_indemnise » beside « sinistre_id ») is each
    // record's, summed over the period as a log's rows are (`inferAggregation`'s `log`), though no two rows share a date: the
    // fixtures README's "in a file of one row per order, invoice or deal every amount and count is a total" (hdr48). Not a
    // stock (`STOCK_WORDS`), a price, a rate or an average (`LEVEL_ALWAYS`), nor a KPI read as a level but revenue, whose
    // catalog level is for a tab of one row a period (the lead's ruling).
    const perRecord = records && unit !== 'percent' && measure.kind !== 'stock' && measure.kind !== 'running' && (kpi === null || kpi.aggregation === 'total' || kpi.id === 'revenue');
    // Cancellations are events summed only in whole numbers (mend53a: « Annulations » at 0.031 is a rate).
    // Not a rate, a share, an average or a running count of them, nor one per thing (fix-prev53's H2: `EVENTS_LEVEL`).
    const cancelled = /\b(annulations?|cancell?ations?)\b/.test(folded) && numbers.every(Number.isInteger) && !EVENTS_LEVEL.test(folded);
    // A count whose ratio per something stands beside it ("nuit" beside "nuit_par_weekend": night boardings a month and per
    // weekend, hdr54) is the sum the ratio divides: summed, where nothing above decided.
    // mend54a: not a share in fractions ("occupancy" at 0.6–0.9 beside "occupancy per room": a percentage, no count) nor
    // people or places held (« employes » beside « employes par site »: a stock, `HELD`).
    // A total beside new ones a period ("total_cas_confirmes" beside "nouveaux_patients_hospitalises": France's COVID-19
    // synthesis, hdr55) that never falls in date order is their running total, a level (the fixtures README's cumulative rule).
    // mend55h: and only the new ones' own total — the same stem ("total_cas" beside "nouveaux_cas") or steps that are the new
    // column's values on most rows — over 4 rows or more: "total_km" beside "new_members" is each period's distance.
    let ownNumbers: Array<number | null> | undefined;
    const runningTotal = kpi === null && !read.log && /^total\b/.test(folded) && levels().length >= 4 && levels().every((p, i, all) => i === 0 || p.value >= all[i - 1].value) && headerRow.some((cell, c) => {
      const added = /^(new|nouve(aux|lles?)) (.+)$/.exec(foldHeader(cellText(cell)))?.[3];
      if (!added) return false;
      if (added === folded.slice(6)) return true;
      // Steps in either row order; a blank on either side is no match (the column's own numbers read once).
      const own = (ownNumbers ??= columnNumbers(column));
      const fresh = columnNumbers(c);
      return own.filter((v, r) => r && Math.abs(Math.abs((v ?? NaN) - (own[r - 1] ?? NaN)) - (fresh[r] ?? NaN)) <= 0.5).length * 2 >= own.length;
    });
    // prevmend55: nor any count that does not fall twice ("nurses" at 310 … 322 beside "nurses per bed": staff held, whatever
    // its noun) — a flow's ups and downs, as the plural rule reads them (`fallsTwice`, in any numbers: hdr54's « nuit » and
    // "recovery" are averages with decimals).
    const ratioBeside = !HELD.test(folded) && !numbers.every((v) => v >= 0 && v <= 1) && levels().filter((p, i, all) => p.value < all[i - 1]?.value).length > 1 && headerRow.some((cell) => /^(\w+) (par|per) /.exec(foldHeader(cellText(cell)))?.[1] === folded);
    // An amount qualified by what befell it (« montant_alloue », « montant_paye_initial », « montant_transaction »: hdr58) is money
    // moved, summed as a flow, unless it says a balance, a running sum, or an amount per unit.
    // mend58h: only with a word of money moving or of its first sum (« initial ») — a limit, an amount insured, held, unpaid or
    // pending ("Amount max", « montant_garanti », « montant_impaye ») is a level.
    const movedAmount = kpi === null && /^(montants?|amounts?) (\w+ )*(initial|transactions?|allou|pa(ye|id)|verse|rembours|remis|factur|encaiss|refund|bill|charged|invoiced|collected|re(cu|ceived)|transf)/.test(plain) && !STOCK_WORDS.test(plain) && !LEVEL_ALWAYS.test(plain) && !namesYearToDate(plain);
    // hdr62: money weighted by a probability (« Valeur pondérée », "Weighted value": a deal's expected value at a date) is a level in
    // a CRM's list of deals too; a value beside a quantity (an order line's, a stock movement's) and Canada's « tps » beside « tvq »
    // are summed as the amounts beside them are.
    const weighted = measure.money && /\b(weighted|ponderee?s?)\b/.test(folded);
    // mend62h: not an inventory's value (« Quantité en stock », "Quantity on hand", a tab « Inventaire » or "Stock"): a level.
    const inStock = (text: string): boolean => STOCK_WORDS.test(text) || /\b(en stock|on hand|inventaire|inventory)\b/.test(text);
    const lineValue = measure.money && /^(valeurs?|values?)$/.test(folded) && has('quantity') && !inStock(tabWords) && !headerRow.some((cell) => { const f = foldHeader(cellText(cell)); return /\b(quantit|qte|qty)/.test(f) && inStock(f); });
    const federalTax = FEDERAL_TAX.test(folded) && has('quebecTax');
    // hdr64: an amount in a ledger (beside its debit and its credit: « montant_debit, montant_credit », « Debit, Credit, montant_final »)
    // naming no KPI is a movement, summed; its balance (« solde »), a price or a rate stays a level. mend64h: named a movement only
    // (amount, debit, credit, net, final): cash, what is owed or held (« Reste dû », « Compte courant », "Net worth") stays a level.
    const ledgerAmount = !kpi && unit === 'currency' && /\b(montants?|amounts?|debit|credit|net(?! worth)|mouvements?|movements?|final)\b/.test(folded) && besideHeader(/debit/) && besideHeader(/credit/) && !STOCK_WORDS.test(folded) && !LEVEL_ALWAYS.test(folded);
    // mend65h: views that never fall by steps under a tenth of the first reading are a lifetime counter (a channel's views
    // read once a month, 100,000 → 104,400), a level; views a day (331 → 1,304) stay summed.
    const viewsCounter = /\b(views|vues)\b/.test(folded) && levels().length >= 4 && levels().every((p, i, all) => !i || (p.value >= all[i - 1].value && p.value - all[i - 1].value < all[0].value / 10));
    // hdr66: a column read in percent is a rate, never summed, wherever it stands (a discount rate on order lines, « Rabais »
    // 0.2 beside « Numéro de commande », was summed by the order-lines rule; no label of the twenty-four sets sums a percent).
    const aggregation = (segments || runningTotal || viewsCounter || stockHeld || weighted || taxRate || unit === 'percent' || (read.log && unit === 'currency' && /^(balance|solde)/.test(folded) && besideHeader(/^(amount|montant)$/) && !has('invoice') && !besideHeader(/\bdue\b/)) ? 'level' : sold || TAX_AT_RATE.test(folded) || statedAmount || (ga4Window && /^1 (day|jour)$/.test(folded)) || ga4Users || (kpi?.id === 'revenue' && besideHeader(GA4_ORDINAL) && !namesYearToDate(folded)) || lineValue || federalTax || ledgerAmount || movedAmount || bookingPrice || netOfFlows || commission || payMethod || valueOfVolume || paidOut || bought || perDeal || credit || cancelled || paidAtRate || (bare && (has('orderLine') || has('supplier') || has('payment') || has('stage') || besideHeader(/\b(solde|balance)/) || crowded(levels()))) ? 'total' : bareCost && perUnitTab ? 'level' : inferAggregation(generic ? grid.name : header, kpi, format, read.log || perRecord)) ?? (isCount || counted || partOfTotal || ratioBeside || (unit === 'currency' && saysDiscount(name, folded)) ? 'total' : null);
    let points = aggregation === 'level' && !segments ? levels() : read.points(aggregation ?? 'total', segments);
    // A rate typed in points (25 for 25 %) is stored like Sheets stores percentages: as a fraction.
    const inPoints = unit === 'percent' && looksLikePoints(points.map((p) => p.value));
    if (inPoints) points = points.map((p) => ({ date: p.date, value: p.value / 100 }));
    // Money whose format shows no sign may name it in the column's or the tab's name (fixes62: a tab "Revenue €" of plain
    // numbers had no currency, and the note on a count judged there said "amounts in : not judged"); its header's scale
    // (surf54, ./scale.ts) goes into the mark ("k€") or, for millionths, converts the values.
    const scaled = unit === 'currency' ? scaledColumn(headerScale(header), shows?.currency ?? NAME_MARK.exec(`${header} ${grid.name}`)?.[0] ?? CODE_WORD.exec(foldHeader(header))?.[1].toUpperCase() ?? (/\beuros?\b/.test(foldHeader(header)) ? 'EUR' : null), defaultCurrency()) : null;
    if (scaled && scaled.divide !== 1) points = points.map((p) => ({ date: p.date, value: p.value / scaled.divide }));
    return {
      key: `${grid.name}!${header || columnToLetters(column + 1)}`,
      name,
      sheetName: grid.name,
      column,
      points,
      period: periodFromGaps(points),
      catalogId: estimate || COMPETITOR.test(folded) ? null : (kpi?.id ?? null),
      unit,
      aggregation,
      currency: scaled ? scaled.mark : (shows?.currency ?? null),
      // A count column may hold a goal's money too (an "Intake" of plain numbers for a € goal): its precision is the tab's all the same.
      ...(unit !== 'percent' ? { amountDecimals: shownDecimals(format, points) } : {}),
      skipped,
      ...(inPoints ? { typedInPoints: true } : {}),
      ...(unread ? { unread } : {}),
      ...(repeats.length > 0 ? { repeated: repeats.sort()[repeats.length - 1] } : {}),
    };
  });
}

/**
 * The decimals a column of amounts shows (mend51a, ruling 7): its number format's after the point, outside quotes and
 * brackets ('"$"#,##0' 0, '#,##0.00 "€"' 2, capped at 2); with no format of its own, the decimals its values carry, at
 * most 2 — the automatic format shows a number as typed ("NUMBER_FORMAT_TYPE_UNSPECIFIED: The number format is not
 * specified and is based on the contents of the cell", developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#numberformattype):
 * 81,5 k€ shows one decimal, never two (polish61: the report wrote « 1 200,00 k€ » and « 122,39 k€ » on such a tab).
 */
function shownDecimals(format: string | null, points: readonly KpiPoint[]): number {
  if (format && isShownFormat(format)) {
    const body = format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
    return Math.min(2, /\.([0#?]+)/.exec(body)?.[1].length ?? 0);
  }
  return points.reduce((most, p) => {
    const cents = Math.round(Math.abs(p.value) * 100);
    return Math.max(most, cents % 10 ? 2 : cents % 100 ? 1 : 0);
  }, 0);
}

/** A number format the user chose (not Sheets' automatic one). */
function isShownFormat(format: string): boolean {
  return format !== 'General' && format !== '0.###############' && /[0#]/.test(format);
}
