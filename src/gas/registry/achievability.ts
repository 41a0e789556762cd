import type { CustomFunctionSpec } from './types';

/**
 * The article's example (close rate ≈ 25 % over three weeks): 30 % next week
 * is ambitious but logical, 50 % is over-ambitious. Dates are ISO text, which
 * the functions read like date cells.
 */
const ARTICLE_HISTORY = [
  ['2026-11-02', 0.24],
  ['2026-11-09', 0.26],
  ['2026-11-16', 0.25],
];

/** Twelve weeks of deals closed per week. */
const WEEKLY_DEALS = [
  ['2026-09-07', 5],
  ['2026-09-14', 7],
  ['2026-09-21', 6],
  ['2026-09-28', 8],
  ['2026-10-05', 4],
  ['2026-10-12', 6],
  ['2026-10-19', 7],
  ['2026-10-26', 9],
  ['2026-11-02', 5],
  ['2026-11-09', 6],
  ['2026-11-16', 8],
  ['2026-11-23', 7],
];

/** Eight months of churn (lower is better). */
const MONTHLY_CHURN = [
  ['2026-03-01', 0.052],
  ['2026-04-01', 0.049],
  ['2026-05-01', 0.051],
  ['2026-06-01', 0.048],
  ['2026-07-01', 0.047],
  ['2026-08-01', 0.05],
  ['2026-09-01', 0.046],
  ['2026-10-01', 0.045],
];

const HISTORY_PARAM = {
  name: 'history',
  type: 'Array<Array<Date|number|string>>',
  help: {
    en: 'KPI history: dates, then values or, in a wider range (a deals log: date, customer, amount), its first column of numbers that holds no ids or targets; a log is read per week, as Check goals reads it (blank rows, text numbers like "25 %" and unsorted rows are fine). A row whose date or value is a Sheets error (#N/A, #DIV/0!…) or unreadable text is left out, as Check goals leaves it out and names it in its notes; the result stays a number or a verdict, and when too few rows are left the error names the rows holding a Sheets error.',
    fr: 'Historique du KPI\u202f: dates, puis valeurs ou, dans une plage plus large (un journal des ventes\u202f: date, client, montant), sa première colonne de nombres hors identifiants et cibles\u202f; un journal est lu par semaine, comme Vérifier les objectifs le lit (lignes vides, nombres en texte comme «\u202f25\u202f%\u202f» et lignes non triées acceptés). Une ligne dont la date ou la valeur est une erreur Sheets (#N/A, #DIV/0!…) ou un texte illisible est écartée, comme Vérifier les objectifs l’écarte et la nomme dans ses remarques\u202f; le résultat reste un nombre ou un verdict, et quand il reste trop peu de lignes, l’erreur nomme celles qui contiennent une erreur Sheets.',
  },
} as const;

const TARGET_PARAM = {
  name: 'target',
  type: 'number|Array<Array<number>>',
  help: {
    en: 'Target level (or total), e.g. 30% or 120; a column of targets gives a column of results.',
    fr: 'Niveau (ou total) visé, par ex. 30\u202f% ou 120\u202f; une colonne de cibles donne une colonne de résultats.',
  },
} as const;

export const DEADLINE_PARAM = {
  name: 'deadline',
  type: 'Date|Array<Array<Date>>',
  help: {
    en: 'Deadline date (a single date, or one per target), at most 10 years after the latest data point; 12/31/9999 means “no end date” and is not judged.',
    fr: 'Date d’échéance (une seule, ou une par cible), au plus 10 ans après la dernière donnée\u202f; le 31/12/9999 signifie «\u202fsans date de fin\u202f» et n’est pas jugé.',
  },
} as const;

/** What ACHIEVABILITY and BOTTOMUP return. */
export const PROBABILITY_RETURN = {
  type: 'number',
  help: {
    en: 'Probability between 0 and 1, to 0.1% (format the cell as a percentage).',
    fr: 'Probabilité entre 0 et 1, à 0,1\u202f% près (formatez la cellule en pourcentage).',
  },
} as const;

export const AS_OF_PARAM = {
  name: 'as_of',
  type: 'Date',
  optional: true,
  help: {
    en: 'Date of the assessment (default: today — the result is then frozen at the last recalculation). A date or DATE(…), not TODAY() nor a cell computed from it: Sheets refuses volatile arguments to custom functions.',
    fr: 'Date de l’évaluation (par défaut\u202f: aujourd’hui — le résultat reste alors figé au dernier recalcul). Une date ou DATE(…), ni AUJOURDHUI() ni une cellule calculée à partir d’elle\u202f: Sheets refuse les arguments volatils aux fonctions personnalisées.',
  },
} as const;

const DIRECTION_PARAM = {
  name: 'direction',
  type: 'string',
  optional: true,
  help: {
    en: '"increase" (meet = at or above target), "decrease" (at or below: churn, costs) or "maintain" (stay on the KPI’s good side of the target: at or below for churn; a header naming no KPI, the latest value’s side); default: the better side of the KPI its header names (Churn: "decrease"), as Check goals reads it, else from the target vs the latest value. Or a goal sentence, judged as by SMARTSCORE, filling blank arguments.',
    fr: '«\u202fhausse\u202f» (atteint = au moins la cible), «\u202fbaisse\u202f» (au plus\u202f: attrition, coûts) ou «\u202fmaintien\u202f» (rester du bon côté de la cible pour le KPI\u202f: au plus pour l’attrition\u202f; un en-tête sans KPI connu, du côté de la dernière valeur)\u202f; par défaut\u202f: le bon sens du KPI que nomme son en-tête (Attrition\u202f: «\u202fbaisse\u202f»), comme Vérifier les objectifs, sinon selon la cible et la dernière valeur. Ou une phrase d’objectif, jugée comme par SMARTSCORE, qui remplit les arguments vides.',
  },
} as const;

const AGGREGATION_PARAM = {
  name: 'aggregation',
  type: 'string',
  optional: true,
  help: {
    en: '"level" (the value at the deadline counts: rates, MRR) or "total" (per-period counts summed up to the deadline); default as Check goals reads the column: a total where its header says one (“Deals”) and the target is over 1.5 times the top of its last 3 periods (less is met at once), but not for "decrease", "maintain" (a fewer-is-better count whose goal sentence asks a total, “under 400 this year”, “in total”, is one) or a fewer-is-better KPI without "increase"; else level. A formula sees no tab name or format: pass "total" under a header naming no KPI (“Value”) or none. Refused for a rate it can see: its header (Churn), a goal sentence naming one, or a target typed as text "30%" over values in [0, 1]; a 30% cell arrives as 0.3, so a headerless column of fractions is summed.',
    fr: '«\u202fniveau\u202f» (la valeur à l’échéance compte\u202f: taux, MRR) ou «\u202ftotal\u202f» (valeurs par période cumulées jusqu’à l’échéance)\u202f; par défaut comme le lit Vérifier les objectifs\u202f: un total si son en-tête en dit un («\u202fAffaires\u202f») et que la cible dépasse 1,5 fois le maximum de ses 3 dernières périodes (moins est atteint d’emblée), sauf pour «\u202fbaisse\u202f», «\u202fmaintien\u202f» (un compte où moins vaut mieux dont la phrase d’objectif demande un total, «\u202fsous 400 cette année\u202f», «\u202fau total\u202f», en est un) et un KPI où moins vaut mieux sans «\u202fhausse\u202f»\u202f; sinon niveau. Une formule ne voit ni nom d’onglet ni format\u202f: indiquez «\u202ftotal\u202f» sous un en-tête sans KPI («\u202fValeur\u202f») ou sans en-tête. Refusé pour un taux visible\u202f: son en-tête (Attrition), une phrase d’objectif qui le nomme, ou une cible saisie en texte «\u202f30\u202f%\u202f» sur des valeurs entre 0 et 1\u202f; une cellule à 30\u202f% arrive comme 0,3, donc une colonne de fractions sans en-tête est cumulée.',
  },
} as const;

/**
 * A Goals tab's Start column: a custom function sees only its arguments (developers.google.com/apps-script/guides/sheets/functions:
 * "the arguments … are the values of the cells", no access to other cells), so the start Check goals reads from the row is
 * an argument here; without it a total counts from today, as a Goals row with no Start.
 */
const START_PARAM = {
  name: 'start',
  type: 'Date|Array<Array<Date>>',
  optional: true,
  help: {
    en: 'The goal’s Start (a Goals tab’s Start cell or column): a total counts from it, as in Check goals; a window shorter than one of the history’s periods (inside one or across two: part of a week on weekly rows) cannot be judged from it (an error says why, or “insufficient data”); a level ignores it; after the deadline, an error. Default: today.',
    fr: 'Le Début de l’objectif (cellule ou colonne Début d’un onglet Objectifs)\u202f: un total compte à partir de lui, comme dans Vérifier les objectifs\u202f; une fenêtre plus courte qu’une des périodes de l’historique (dans une seule ou à cheval sur deux\u202f: une partie de semaine sur des lignes hebdomadaires) ne peut pas y être jugée (une erreur dit pourquoi, ou «\u202fdonnées insuffisantes\u202f»)\u202f; un niveau l’ignore\u202f; après l’échéance, une erreur. Par défaut\u202f: aujourd’hui.',
  },
} as const;

/** Custom functions of KPI-history achievability (ACHIEVABILITY, GOALVERDICT, …). */
export const ACHIEVABILITY_FUNCTIONS: readonly CustomFunctionSpec[] = [
  {
    name: 'ACHIEVABILITY',
    summary: {
      en: 'Probability that the KPI meets the target at the deadline if it keeps behaving as in its history. Deadline passed: 1 or 0 as Check goals judges it from the level on that date, else an error. Uses the policy saved in the add-on’s Settings, as Check goals does; Sheets recalculates a formula when its arguments change, not when the Settings do (re-enter it after changing them).',
      fr: 'Probabilité que le KPI atteigne la cible à l’échéance s’il continue comme dans son historique. Échéance passée\u202f: 1 ou 0 comme Vérifier les objectifs d’après le niveau à cette date, sinon une erreur. Applique la politique enregistrée dans les Paramètres du module, comme Vérifier les objectifs\u202f; Sheets recalcule une formule quand ses arguments changent, pas quand les Paramètres changent (ressaisissez-la après les avoir modifiés).',
    },
    params: [HISTORY_PARAM, TARGET_PARAM, DEADLINE_PARAM, AS_OF_PARAM, DIRECTION_PARAM, AGGREGATION_PARAM, START_PARAM],
    returns: PROBABILITY_RETURN,
    examples: [
      {
        formula: '=ACHIEVABILITY(A2:B4, 30%, DATE(2026,11,23), DATE(2026,11,20))',
        args: [ARTICLE_HISTORY, 0.3, '2026-11-23', '2026-11-20'],
        dateArgs: [2, 3],
        expected: 0.17,
        note: 'The article: close rate ≈ 25 % for three weeks; 30 % next week has about a 17 % chance at the current pace.',
      },
      {
        formula: '=ACHIEVABILITY(A2:B4, D2:D4, "2026-11-23", "2026-11-20")',
        args: [ARTICLE_HISTORY, [[0.27], [0.3], [0.5]], '2026-11-23', '2026-11-20'],
        expected: [[0.367], [0.17], [0.019]],
        note: 'A column of targets against one history: the harder the target, the lower the probability.',
      },
      {
        formula: '=ACHIEVABILITY(A2:B9, 4%, "2026-12-31", "2026-11-15", "baisse")',
        args: [MONTHLY_CHURN, 0.04, '2026-12-31', '2026-11-15', 'baisse'],
        locale: 'fr_FR',
        expected: 0.105,
        note: 'Lower is better: churn at or below 4 % by the end of the year.',
      },
    ],
  },
  {
    name: 'GOALVERDICT',
    summary: {
      en: 'Verdict on a target given the KPI history: on track, realistic, stretch, unrealistic or insufficient data (followed by why, the rows left out included, when rows of the history hold a Sheets error such as #N/A). Deadline passed: Check goals’ verdict (deadline passed — met or missed). Uses the policy saved in the add-on’s Settings, as Check goals does; Sheets recalculates a formula when its arguments change, not when the Settings do (re-enter it after changing them).',
      fr: 'Verdict sur une cible au vu de l’historique du KPI\u202f: en bonne voie, réaliste, ambitieux, irréaliste ou données insuffisantes (suivi de la raison, lignes écartées comprises, quand des lignes de l’historique contiennent une erreur Sheets comme #N/A). Échéance passée\u202f: le verdict de Vérifier les objectifs (échéance dépassée — atteinte ou manquée). Applique la politique enregistrée dans les Paramètres du module, comme Vérifier les objectifs\u202f; Sheets recalcule une formule quand ses arguments changent, pas quand les Paramètres changent (ressaisissez-la après les avoir modifiés).',
    },
    params: [HISTORY_PARAM, TARGET_PARAM, DEADLINE_PARAM, AS_OF_PARAM, DIRECTION_PARAM, AGGREGATION_PARAM, START_PARAM],
    returns: { type: 'string', help: { en: 'Localized verdict (a word, compared with as is); “insufficient data — …” with its reason when Sheets-error rows were left out; with no direction nor KPI header, how the levels were read when it may be a bound already kept.', fr: 'Verdict dans la langue du classeur (un mot, à comparer tel quel)\u202f; «\u202fdonnées insuffisantes — …\u202f» avec sa raison quand des lignes en erreur Sheets ont été écartées\u202f; sans sens ni en-tête de KPI, comment les niveaux ont été lus quand la cible peut être une borne déjà tenue.' } },
    examples: [
      {
        formula: '=GOALVERDICT(A2:B4, 30%, "2026-11-23", "2026-11-20")',
        args: [ARTICLE_HISTORY, 0.3, '2026-11-23', '2026-11-20'],
        expected: 'realistic',
        note: 'The article: 30 % next week is within the usual range of a 25 % close rate.',
      },
      {
        formula: '=GOALVERDICT(A2:B4, 50%, "2026-11-23", "2026-11-20", "hausse")',
        args: [ARTICLE_HISTORY, 0.5, '2026-11-23', '2026-11-20', 'hausse'],
        locale: 'fr_FR',
        expected: 'irréaliste',
        note: 'The article: 50 % next week is over-ambitious.',
      },
      {
        formula: '=GOALVERDICT(A2:B13, 60, "2026-12-31", "2026-11-27", "increase", "total")',
        args: [WEEKLY_DEALS, 60, '2026-12-31', '2026-11-27', 'increase', 'total'],
        expected: 'unrealistic',
        note: 'About 6–7 deals a week: 60 more deals in five weeks is out of reach.',
      },
    ],
  },
  {
    name: 'REALISTICTARGET',
    summary: {
      en: 'The most ambitious target the achievability policy still calls achievable by the deadline. Uses the policy saved in the add-on’s Settings, as Check goals does; Sheets recalculates a formula when its arguments change, not when the Settings do (re-enter it after changing them).',
      fr: 'La cible la plus ambitieuse que la politique d’ambition juge encore atteignable à l’échéance. Applique la politique enregistrée dans les Paramètres du module, comme Vérifier les objectifs\u202f; Sheets recalcule une formule quand ses arguments changent, pas quand les Paramètres changent (ressaisissez-la après les avoir modifiés).',
    },
    params: [
      HISTORY_PARAM,
      DEADLINE_PARAM,
      AS_OF_PARAM,
      {
        ...DIRECTION_PARAM,
        help: {
          en: '"increase" (higher is better) or "decrease" (lower is better: churn, costs); default: "decrease" when the history’s header names such a KPI (Churn, CAC) or counts its events (Churned customers), else "increase" — a header that names no KPI tells nothing, and higher is better is every surface’s default. A formula sees the range’s cells, not its tab’s name (which Check goals reads): under a header such as “Value”, or with no header row, pass "decrease" for a lower-is-better KPI.',
          fr: '«\u202fhausse\u202f» (plus est mieux) ou «\u202fbaisse\u202f» (moins est mieux\u202f: attrition, coûts)\u202f; par défaut\u202f: «\u202fbaisse\u202f» quand l’en-tête de l’historique nomme un tel KPI (Attrition, CAC) ou en compte les événements (Clients perdus), sinon «\u202fhausse\u202f» — un en-tête qui ne nomme aucun KPI ne dit rien, et plus est mieux est la règle par défaut de toutes les surfaces. Une formule voit les cellules de la plage, pas le nom de son onglet (que lit Vérifier les objectifs)\u202f: sous un en-tête comme «\u202fValeur\u202f», ou sans ligne d’en-tête, indiquez «\u202fbaisse\u202f» pour un KPI où moins est mieux.',
        },
      },
      {
        // Its own text (surf64): REALISTICTARGET takes no target and no goal sentence, which the shared help names.
        ...AGGREGATION_PARAM,
        help: {
          en: '"level" (the value at the deadline: rates, MRR) or "total" (per-period counts summed up to the deadline, the suggestion that sum); default: a total with "increase" under a header that says one (“Deals”), else level. A formula sees no tab name or format: pass "total" under a header naming no KPI (“Value”) or none. Refused for a rate its header names (Churn).',
          fr: '«\u202fniveau\u202f» (la valeur à l’échéance\u202f: taux, MRR) ou «\u202ftotal\u202f» (valeurs par période cumulées jusqu’à l’échéance, la cible suggérée ce cumul)\u202f; par défaut\u202f: un total avec «\u202fhausse\u202f» sous un en-tête qui en dit un («\u202fAffaires\u202f»), sinon niveau. Une formule ne voit ni nom d’onglet ni format\u202f: indiquez «\u202ftotal\u202f» sous un en-tête sans KPI («\u202fValeur\u202f») ou sans en-tête. Refusé pour un taux que nomme son en-tête (Attrition).',
        },
      },
    ],
    returns: { type: 'number', help: { en: 'Suggested target: a level, or the total up to the deadline.', fr: 'Cible suggérée\u202f: un niveau, ou le total jusqu’à l’échéance.' } },
    examples: [
      {
        formula: '=REALISTICTARGET(A2:B4, "2026-11-23", "2026-11-20")',
        args: [ARTICLE_HISTORY, '2026-11-23', '2026-11-20'],
        expected: 0.373,
        note: 'The article: from three weeks around 25 %, the most ambitious achievable close rate next week.',
      },
      {
        formula: '=REALISTICTARGET(A2:B9, "2026-12-31", "2026-11-15", "decrease")',
        args: [MONTHLY_CHURN, '2026-12-31', '2026-11-15', 'decrease'],
        expected: 0.034,
        note: 'Lower is better: the lowest churn the policy still calls achievable.',
      },
    ],
  },
  {
    name: 'REQUIREDPACE',
    summary: {
      en: 'Change needed per period to go from baseline to target by the deadline: for a rate, in points, as the plan report and the wizard write it; otherwise relative, compounded.',
      fr: 'Variation nécessaire par période pour passer du point de départ à la cible à l’échéance\u202f: en points pour un taux, comme l’écrivent le rapport et l’assistant\u202f; sinon relative, composée.',
    },
    params: [
      { name: 'baseline', type: 'number|Array<Array<number>>', help: { en: 'Starting value (or a column, read row by row).', fr: 'Valeur de départ (ou une colonne, lue ligne à ligne).' } },
      { name: 'target', type: 'number|Array<Array<number>>', help: { en: 'Target value (or a column, read row by row).', fr: 'Valeur visée (ou une colonne, lue ligne à ligne).' } },
      { name: 'start', type: 'Date|Array<Array<Date>>', help: { en: 'Start date (or a column).', fr: 'Date de début (ou une colonne).' } },
      { name: 'deadline', type: 'Date|Array<Array<Date>>', help: { en: 'Deadline (or a column).', fr: 'Échéance (ou une colonne).' } },
      {
        name: 'period',
        type: 'string',
        optional: true,
        help: {
          en: '"day", "week", "month" (default), "quarter" or "year": calendar periods, start and deadline days included, days left as a fraction (1 Jan → 15 Mar: 2.48 months). A deadline within one period counts one: 10 days asked per month give the whole change, which that month must make (ask per day or per week for a finer pace).',
          fr: '«\u202fjour\u202f», «\u202fsemaine\u202f», «\u202fmois\u202f» (par défaut), «\u202ftrimestre\u202f» ou «\u202fannée\u202f»\u202f: périodes du calendrier, début et échéance inclus, jours restants en fraction (du 1er janv. au 15 mars\u202f: 2,48 mois). Une échéance à moins d’une période en compte une\u202f: 10 jours demandés par mois donnent toute la variation, que ce mois doit faire (demandez par jour ou par semaine pour un rythme plus fin).',
        },
      },
      {
        name: 'kind',
        type: 'string',
        optional: true,
        help: {
          en: '"points" (change per period in the values’ unit: a rate’s points; also "change") or "relative" (compounded). Not "percent": ambiguous for a rate. Default: a value typed as text says its unit — "95 %" → "110 %" is a rate, "points" (also above 100%); "$0.5M" → "$0.9M" an amount, "relative" —; otherwise "points" when baseline and target are both between -100% and 100% (a rate; a growth rate or a margin may be negative), else "relative". Plain numbers cannot tell a rate above 100% or an amount at most 1: pass the kind.',
          fr: '«\u202fpoints\u202f» (variation par période dans l’unité des valeurs\u202f: des points pour un taux\u202f; aussi «\u202fvariation\u202f») ou «\u202frelatif\u202f» (composé). Pas «\u202fpourcentage\u202f»\u202f: ambigu pour un taux. Par défaut\u202f: une valeur saisie en texte dit son unité — «\u202f95\u202f%\u202f» → «\u202f110\u202f%\u202f» est un taux, «\u202fpoints\u202f» (aussi au-delà de 100\u202f%)\u202f; «\u202f0,5\u202fM€\u202f» → «\u202f0,9\u202fM€\u202f» un montant, «\u202frelatif\u202f» —\u202f; sinon «\u202fpoints\u202f» quand le point de départ et la cible sont tous deux entre -100\u202f% et 100\u202f% (un taux\u202f; un taux de croissance ou une marge peuvent être négatifs), sinon «\u202frelatif\u202f». Des nombres seuls ne distinguent ni un taux au-delà de 100\u202f% ni un montant d’au plus 1\u202f: indiquez le type.',
        },
      },
    ],
    returns: {
      type: 'number',
      help: {
        en: 'Change per period, to 3 significant digits: for a rate the points, e.g. -0.0833 (-8.33 points a month: format the cell as a percentage); otherwise compounded, e.g. 1.53% per month.',
        fr: 'Variation par période, à 3 chiffres significatifs\u202f: des points pour un taux, par ex. -0,0833 (-8,33 points par mois\u202f: mettez la cellule au format pourcentage)\u202f; sinon composée, par ex. 1,53\u202f% par mois.',
      },
    },
    examples: [
      {
        formula: '=REQUIREDPACE(100000, 120000, DATE(2026,1,1), DATE(2026,12,31), "month")',
        args: [100000, 120000, '2026-01-01', '2026-12-31', 'month'],
        dateArgs: [2, 3],
        expected: 0.0153,
        note: '+20 % over the year is about +1.5 % per month, compounded.',
      },
      {
        formula: '=REQUIREDPACE(45%, 20%, DATE(2027,1,1), DATE(2027,3,31))',
        args: [0.45, 0.2, '2027-01-01', '2027-03-31'],
        dateArgs: [2, 3],
        expected: -0.0833,
        note: 'The article’s churn, 45 % → 20 % in a quarter: -8.3 points a month, as the plan report writes it (a relative -24 % a month would read as points).',
      },
      {
        formula: '=REQUIREDPACE(10%, 6%, "2026-01-05", "2026-03-29", "semaine", "relatif")',
        args: [0.1, 0.06, '2026-01-05', '2026-03-29', 'semaine', 'relatif'],
        locale: 'fr_FR',
        expected: -0.0417,
        note: 'Cutting churn from 10 % to 6 % in 12 weeks, asked as a relative pace: about -4.2 % per week.',
      },
    ],
  },
  {
    name: 'GOALPROGRESS',
    summary: {
      en: 'Fraction of the way from baseline to target (right for lower-is-better goals too).',
      fr: 'Part du chemin parcourue du point de départ à la cible (valable aussi quand moins est mieux).',
    },
    params: [
      { name: 'baseline', type: 'number|Array<Array<number>>', help: { en: 'Starting value (or a column, read row by row).', fr: 'Valeur de départ (ou une colonne, lue ligne à ligne).' } },
      { name: 'target', type: 'number|Array<Array<number>>', help: { en: 'Target value (or a column, read row by row).', fr: 'Valeur visée (ou une colonne, lue ligne à ligne).' } },
      {
        name: 'current',
        type: 'number|Array<Array<number>>',
        help: { en: 'Current value (or a column of values).', fr: 'Valeur actuelle (ou une colonne de valeurs).' },
      },
    ],
    returns: {
      type: 'number',
      help: { en: '0 at the baseline, 1 at the target, above 1 beyond it.', fr: '0 au départ, 1 à la cible, plus de 1 au-delà.' },
    },
    examples: [
      {
        formula: '=GOALPROGRESS(100, 150, 120)',
        args: [100, 150, 120],
        expected: 0.4,
        note: 'Revenue from 100 to 150: at 120, 40 % of the way.',
      },
      {
        formula: '=GOALPROGRESS(10%, 6%, 8%)',
        args: [0.1, 0.06, 0.08],
        expected: 0.5,
        note: 'Churn from 10 % down to 6 %: at 8 %, half way.',
      },
      {
        formula: '=GOALPROGRESS(10%, 6%, C2:C4)',
        args: [0.1, 0.06, [[0.1], [0.07], [0.05]]],
        expected: [[0], [0.75], [1.25]],
        note: 'A column of current values.',
      },
    ],
  },
];
