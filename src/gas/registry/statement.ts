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
    en: 'Date that relative deadlines ("next quarter", "within 90 days") are resolved against. Default: today — the result is then frozen at the last recalculation.',
    fr: 'Date à partir de laquelle les échéances relatives («\u00a0le trimestre prochain\u00a0», «\u00a0sous 90 jours\u00a0») sont calculées. Par défaut\u00a0: aujourd’hui — le résultat reste alors figé au dernier recalcul.',
  },
} as const;

/** The article's example: a close rate of about 25 % over the last three weeks. */
const CLOSE_RATE_HISTORY = [
  ['2026-11-02', 0.24],
  ['2026-11-09', 0.26],
  ['2026-11-16', 0.25],
  ['2026-11-23', 0.25],
];

/** Custom functions of goal-statement analysis (SMARTSCORE, SMARTCHECK, SMARTPARSE). */
export const STATEMENT_FUNCTIONS: readonly CustomFunctionSpec[] = [
  {
    name: 'SMARTSCORE',
    summary: {
      en: 'SMART score (0–100) of a goal statement: Specific, Measurable and Time-bound weigh 25 each, Achievable 15, Relevant 10; a criterion that cannot be judged counts half. Quarters and “end of year” follow the fiscal year saved in the add-on’s Settings, as in Check goals.',
      fr: 'Score SMART (0–100) d’un objectif\u00a0: Spécifique, Mesurable et Temporel comptent 25 chacun, Atteignable 15, Pertinent 10\u202f; un critère impossible à juger compte pour moitié. Les trimestres et la « fin d’année » suivent l’exercice enregistré dans les Paramètres du module, comme Vérifier les objectifs.',
    },
    params: [
      GOAL_PARAM,
      {
        name: 'kpi_history',
        type: 'Array<Array<Date|number|string>>',
        optional: true,
        help: {
          en: 'Optional KPI history, a two-column range (dates, values): the goal’s target is then checked against past performance (Achievable). An amount per period on a summed KPI (“45 leads a month”) is compared with the history’s whole-period totals; a change per period (“5 more leads each month”) asks the deadline’s period for the last full period’s total + 5 × the periods until then, and “+10 % each month” for that total × 1.1 per period (compounded). For a rate goal (“Reduce churn to 5%”) the history must be the rate: one that counts the rate’s events (its header, such as “Churned customers”, or whole numbers above 100) gives a note instead of a score; otherwise the values are taken as the rate, as percentages (0.05) or, from 0 to 100 with a median above 1.5, in points (5 = 5 %) — a range without a header holding small counts cannot be told from points.',
          fr: 'Historique du KPI facultatif, plage de deux colonnes (dates, valeurs)\u00a0: la cible est alors confrontée aux performances passées (Atteignable). Un montant par période sur un KPI cumulé («\u00a045\u00a0leads par mois\u00a0») est comparé aux totaux des périodes entières de l’historique\u202f; une hausse par période («\u00a05\u00a0leads de plus chaque mois\u00a0») demande à la période de l’échéance le total de la dernière période complète + 5 × le nombre de périodes d’ici là, et «\u00a0+10\u00a0% chaque mois\u00a0» ce total × 1,1 par période (composé). Pour un objectif de taux («\u00a0Réduire le churn à 5\u00a0%\u00a0») l’historique doit être le taux\u00a0: s’il compte les événements du taux (son en-tête, par exemple «\u00a0Clients perdus\u00a0», ou des nombres entiers au-delà de 100), le résultat est une remarque au lieu d’un score\u202f; sinon les valeurs sont lues comme le taux, en pourcentage (0,05) ou, de 0 à 100 avec une médiane au-dessus de 1,5, en points (5 = 5\u00a0%) — une plage sans en-tête de petits effectifs ne se distingue pas de points.',
        },
      },
      AS_OF_PARAM,
    ],
    returns: { type: 'number|string|Array<Array<number|string>>', help: { en: 'Score from 0 to 100 per goal (a note instead when the history counts a rate goal’s events).', fr: 'Score de 0 à 100 par objectif (une remarque à la place quand l’historique compte les événements d’un objectif de taux).' } },
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
      fr: 'Une ligne qui dit quels critères SMART manquent à un objectif et comment le corriger, avec un exemple réécrit. Les trimestres et la « fin d’année » suivent l’exercice enregistré dans les Paramètres du module, comme Vérifier les objectifs.',
    },
    params: [GOAL_PARAM, AS_OF_PARAM],
    returns: { type: 'string|Array<Array<string>>', help: { en: 'The diagnosis, in the sheet’s language.', fr: 'Le diagnostic, dans la langue de la feuille.' } },
    examples: [
      {
        formula: '=SMARTCHECK("Increase revenue by 10%", DATE(2026,11,26))',
        args: ['Increase revenue by 10%', '2026-11-26'],
        dateArgs: [1],
        expected: 'To fix — Time-bound: No deadline and no cadence. Try: “Increase revenue by 10% by 31 March 2027”.',
      },
      {
        formula: '=SMARTCHECK("Augmenter le CA de 10 % d’ici la fin de l’année"; DATE(2026;11;26))',
        args: ['Augmenter le CA de 10 % d’ici la fin de l’année', '2026-11-26'],
        dateArgs: [1],
        locale: 'fr_FR',
        expected: 'SMART\u00a0: Augmenter le chiffre d’affaires de 10\u00a0% d’ici le 31 décembre 2026',
      },
    ],
  },
  {
    name: 'SMARTPARSE',
    summary: {
      en: 'What a goal states, as a row: KPI, direction, baseline, target, deadline, cadence (spills to the right). Quarters and “end of year” follow the fiscal year saved in the add-on’s Settings, as in Check goals.',
      fr: 'Ce qu’énonce un objectif, en ligne\u00a0: KPI, sens, point de départ, cible, échéance, rythme (déborde à droite). Les trimestres et la « fin d’année » suivent l’exercice enregistré dans les Paramètres du module, comme Vérifier les objectifs.',
    },
    params: [GOAL_PARAM, AS_OF_PARAM],
    returns: {
      type: 'Array<Array<string|number|Date>>',
      help: {
        en: 'One row per goal: [kpi, direction, baseline, target, deadline, recurrence]; the target is computed from the baseline when the goal states a change.',
        fr: 'Une ligne par objectif\u00a0: [kpi, sens, départ, cible, échéance, rythme]\u202f; la cible est calculée depuis le départ quand l’objectif énonce une variation.',
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
