import type { CustomFunctionSpec } from './types';

const GOAL_PARAM = {
  name: 'goal',
  type: 'string|Array<Array<string>>',
  help: {
    en: 'A goal statement in French or English, or a whole column of them (e.g. A2:A; blank cells give blank results).',
    fr: 'Un objectif rédigé en français ou en anglais, ou toute une colonne (par ex. A2:A\u202f; les cellules vides donnent des résultats vides).',
  },
} as const;

const AS_OF_PARAM = {
  name: 'as_of',
  type: 'Date',
  optional: true,
  help: {
    en: 'Date that relative deadlines ("next quarter", "within 90 days") are resolved against. Default: today — the result is then frozen at the last recalculation. A date or DATE(…), not TODAY() nor a cell computed from it: Sheets refuses volatile arguments to custom functions.',
    fr: 'Date à partir de laquelle les échéances relatives («\u202fle trimestre prochain\u202f», «\u202fsous 90 jours\u202f») sont calculées. Par défaut\u202f: aujourd’hui — le résultat reste alors figé au dernier recalcul. Une date ou DATE(…), ni AUJOURDHUI() ni une cellule calculée à partir d’elle\u202f: Sheets refuse les arguments volatils aux fonctions personnalisées.',
  },
} as const;

/** The article's example: a close rate of about 25 % over the last three weeks. */
const CLOSE_RATE_HISTORY = [
  ['2026-11-02', 0.24],
  ['2026-11-09', 0.26],
  ['2026-11-16', 0.25],
  ['2026-11-23', 0.25],
];

/** Monthly leads, December 2024 – November 2026 (the last full month: 35). */
const MONTHLY_LEADS_HISTORY = [41, 38, 44, 40, 37, 42, 39, 43, 40, 38, 41, 36, 39, 42, 40, 37, 38, 41, 39, 36, 38, 40, 37, 35].map((v, i) => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, v]);

/** Customers lost per month, under their header: counts of churn's events, not the churn rate. */
const CHURNED_COUNTS_HISTORY = [['Month', 'Churned customers'], ...[12, 15, 11, 14, 13, 12, 16].map((v, i) => [`2026-${String(5 + i).padStart(2, '0')}-01`, v])];

/** Custom functions of goal-statement analysis (SMARTSCORE, SMARTCHECK, SMARTPARSE). */
export const STATEMENT_FUNCTIONS: readonly CustomFunctionSpec[] = [
  {
    name: 'SMARTSCORE',
    summary: {
      en: 'SMART score (0–100) of a goal statement: Specific, Measurable and Time-bound weigh 25 each, Achievable 15, Relevant 10; a criterion that cannot be judged counts half. Quarters and “end of year” follow the fiscal year saved in the add-on’s Settings, as in Check goals.',
      fr: 'Score SMART (0–100) d’un objectif\u202f: Spécifique, Mesurable et Temporel comptent 25 chacun, Atteignable 15, Pertinent 10\u202f; un critère impossible à juger compte pour moitié. Les trimestres et la «\u202ffin d’année\u202f» suivent l’exercice enregistré dans les Paramètres du module, comme Vérifier les objectifs.',
    },
    params: [
      GOAL_PARAM,
      {
        name: 'kpi_history',
        type: 'Array<Array<Date|number|string>>',
        optional: true,
        help: {
          en: 'Optional KPI history, read as GOALVERDICT reads it (dates, values; a deals log’s one column of numbers, per week): the goal’s target is then checked against past performance (Achievable). An amount per period on a summed KPI (“45 leads a month”) is compared with the history’s whole-period totals; a change per period (“5 more leads each month”) asks the deadline’s period for the last full period’s total + 5 × the periods until then.',
          fr: 'Historique du KPI facultatif, lu comme GOALVERDICT le lit (dates, valeurs\u202f; la colonne de nombres d’un journal des ventes, par semaine)\u202f: la cible est alors confrontée aux performances passées (Atteignable). Un montant par période sur un KPI cumulé («\u202f45\u00a0leads par mois\u202f») est comparé aux totaux des périodes entières de l’historique\u202f; une hausse par période («\u202f5\u00a0leads de plus chaque mois\u202f») demande à la période de l’échéance le total de la dernière période complète + 5 × le nombre de périodes d’ici là.',
        },
      },
      AS_OF_PARAM,
    ],
    returns: { type: 'number|string|Array<Array<number|string>>', help: { en: 'Score from 0 to 100 per goal (or a note).', fr: 'Score de 0 à 100 par objectif (ou une remarque).' } },
    examples: [
      {
        formula: '=SMARTSCORE("Raise our close rate to 30% next week", , DATE(2026,11,26))',
        args: ['Raise our close rate to 30% next week', '', '2026-11-26'],
        dateArgs: [2],
        expected: 93,
        note: 'Specific, measurable and time-bound; achievability unknown without a history (half credit).',
      },
      {
        formula: '=SMARTSCORE("Raise our close rate to 30% next week", History!A2:B5, DATE(2026,11,26))',
        args: ['Raise our close rate to 30% next week', CLOSE_RATE_HISTORY, '2026-11-26'],
        dateArgs: [2],
        expected: 93,
        note: 'The article: after three weeks around 25 %, 30 % next week is an acceptable stretch (about 7 % chance at the current pace, so half credit on Achievable); 50 % would be over-ambitious.',
      },
      {
        formula: '=SMARTSCORE("Increase leads by 10% per month by June 2027", Leads!A2:B25, DATE(2026,11,26))',
        args: ['Increase leads by 10% per month by June 2027', MONTHLY_LEADS_HISTORY, '2026-11-26'],
        dateArgs: [2],
        expected: 85,
        note: 'A relative change per period compounds: each month 10 % above the one before, so June 2027’s total is judged against the last full month (35 in November 2026) × 1.1^7 ≈ 68, out of reach of a ~38-a-month history (no credit on Achievable). Without a deadline, “+10 % per month” is judged on the next month against × 1.1. Check goals reads it the same way.',
      },
      {
        formula: '=SMARTSCORE("Reduce churn to 5% by June 2027", Churn!A1:B8, DATE(2026,11,26))',
        args: ['Reduce churn to 5% by June 2027', CHURNED_COUNTS_HISTORY, '2026-11-26'],
        dateArgs: [2],
        expected: 'The history holds Churned customers, not the rate of this goal (Churn): pass the rate itself (as a percentage).',
        note: 'A rate goal over counts of its events — the range’s header names them (“Churned customers”, “Clients perdus”), or its values are whole numbers above 100 — gets the note Check goals gives, not a score. When the history cannot be told from the rate (no header, values from 0 to 100), it is scored as the rate: fractions as Sheets stores percentages (0.05 = 5 %), and values whose median is above 1.5 as points (5 = 5 %), as Check goals reads a rate column.',
      },
      {
        formula: '=SMARTSCORE("Porter notre taux de conclusion à 30 % la semaine prochaine"; ; DATE(2026;11;26))',
        args: ['Porter notre taux de conclusion à 30 % la semaine prochaine', '', '2026-11-26'],
        dateArgs: [2],
        locale: 'fr_FR',
        expected: 93,
        note: 'The same goal in a French sheet: “;” between arguments, the sentence in French (the Help pane’s French example).',
      },
      {
        formula: '=SMARTSCORE("Être meilleur", , DATE(2026,11,26))',
        args: ['Être meilleur', '', '2026-11-26'],
        dateArgs: [2],
        expected: 13,
        note: 'Vague: no KPI, no number, no deadline.',
      },
      {
        formula: '=SMARTSCORE(A2:A4, , DATE(2026,11,26))',
        args: [[['Réduire le taux d’attrition de 45 % à 20 % d’ici le 31/03/2027'], [''], ['Augmenter les ventes']], '', '2026-11-26'],
        dateArgs: [2],
        expected: [[93], [''], [43]],
        note: 'A column: blank rows stay blank.',
      },
    ],
  },
  {
    name: 'SMARTCHECK',
    summary: {
      en: 'One line saying which SMART criteria a goal misses and how to fix it, with a rewritten example. Quarters and “end of year” follow the fiscal year saved in the add-on’s Settings, as in Check goals.',
      fr: 'Une ligne qui dit quels critères SMART manquent à un objectif et comment le corriger, avec un exemple réécrit. Les trimestres et la «\u202ffin d’année\u202f» suivent l’exercice enregistré dans les Paramètres du module, comme Vérifier les objectifs.',
    },
    params: [GOAL_PARAM, AS_OF_PARAM],
    returns: { type: 'string|Array<Array<string>>', help: { en: 'The diagnosis, in the sheet’s language.', fr: 'Le diagnostic, dans la langue de la feuille.' } },
    examples: [
      {
        formula: '=SMARTCHECK("Increase revenue by 10%", DATE(2026,11,26))',
        args: ['Increase revenue by 10%', '2026-11-26'],
        dateArgs: [1],
        expected: 'To fix — Time-bound: No deadline and no cadence. Try: “Increase revenue by 10% by March 31, 2027”.',
      },
      {
        formula: '=SMARTCHECK("Augmenter le CA de 10 % d’ici la fin de l’année"; DATE(2026;11;26))',
        args: ['Augmenter le CA de 10 % d’ici la fin de l’année', '2026-11-26'],
        dateArgs: [1],
        locale: 'fr_FR',
        expected: 'SMART\u202f: Augmenter le CA de 10\u202f% d’ici le 31 décembre 2026',
      },
    ],
  },
  {
    name: 'SMARTPARSE',
    summary: {
      en: 'What a goal states, as a row: KPI, direction, baseline, target, deadline, cadence (spills to the right: keep the cells it fills empty, or Sheets shows an error instead of overwriting them). Quarters and “end of year” follow the fiscal year saved in the add-on’s Settings, as in Check goals.',
      fr: 'Ce qu’énonce un objectif, en ligne\u202f: KPI, sens, point de départ, cible, échéance, rythme (déborde à droite\u202f: laissez vides les cellules qu’il remplit, sinon Sheets affiche une erreur au lieu de les écraser). Les trimestres et la «\u202ffin d’année\u202f» suivent l’exercice enregistré dans les Paramètres du module, comme Vérifier les objectifs.',
    },
    params: [GOAL_PARAM, AS_OF_PARAM],
    resultColumns: 6,
    returns: {
      type: 'Array<Array<string|number|Date>>',
      help: {
        en: 'One row per goal: [kpi, direction, baseline, target, deadline, recurrence]; the target is computed from the baseline when the goal states a change.',
        fr: 'Une ligne par objectif\u202f: [kpi, sens, départ, cible, échéance, rythme]\u202f; la cible est calculée depuis le départ quand l’objectif énonce une variation.',
      },
    },
    examples: [
      {
        formula: '=SMARTPARSE("Reduce churn from 45% to 20% over the next quarter", DATE(2026,11,26))',
        args: ['Reduce churn from 45% to 20% over the next quarter', '2026-11-26'],
        dateArgs: [1],
        expected: [['Churn', 'decrease', 0.45, 0.2, '2027-03-31', '']],
      },
      {
        formula: '=SMARTPARSE("augmenter les taux de conversion de 10 % chaque mois"; DATE(2026;11;26))',
        args: ['augmenter les taux de conversion de 10 % chaque mois', '2026-11-26'],
        dateArgs: [1],
        locale: 'fr_FR',
        expected: [['Taux de conversion', 'augmenter', '', '', '', 'mois']],
      },
    ],
  },
];
