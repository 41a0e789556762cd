import { AS_OF_PARAM, DEADLINE_PARAM, PROBABILITY_RETURN } from './achievability';
import type { CustomFunctionSpec } from './types';

/** Twelve weeks of a small funnel: meetings held, close rate, average deal size (deals = meetings × close rate). */
const WEEKLY_FUNNEL = [
  ['Week', 'Meetings', 'Close rate', 'Average deal size'],
  ['2026-09-07', 20, 0.24, 4800],
  ['2026-09-14', 22, 0.26, 5100],
  ['2026-09-21', 19, 0.25, 4900],
  ['2026-09-28', 24, 0.23, 5200],
  ['2026-10-05', 21, 0.27, 5000],
  ['2026-10-12', 23, 0.25, 4700],
  ['2026-10-19', 20, 0.24, 5300],
  ['2026-10-26', 25, 0.26, 5000],
  ['2026-11-02', 22, 0.24, 4900],
  ['2026-11-09', 21, 0.26, 5100],
  ['2026-11-16', 24, 0.25, 5000],
  ['2026-11-23', 23, 0.25, 5200],
];

/** Custom functions of bottom-up plans (drivers). */
export const DRIVER_FUNCTIONS: readonly CustomFunctionSpec[] = [
  {
    name: 'BOTTOMUP',
    summary: {
      en: 'Bottom-up probability of a target: each driver (meetings, close rate, deal size…) forecast from its own history, then multiplied together with the correlation their histories show.',
      fr: 'Probabilité «\u00a0par les leviers\u00a0» d’une cible\u00a0: chaque levier (rendez-vous, taux de conclusion, panier moyen…) est prévu à partir de son historique, puis les leviers sont multipliés entre eux avec la corrélation que montre leur historique.',
    },
    params: [
      {
        name: 'target',
        type: 'number|Array<Array<number>>',
        help: {
          en: 'Target for the product of the drivers by the deadline (e.g. revenue booked); a column of targets gives a column of results.',
          fr: 'Cible pour le produit des leviers à l’échéance (par ex. le chiffre d’affaires signé)\u202f; une colonne de cibles donne une colonne de résultats.',
        },
      },
      DEADLINE_PARAM,
      {
        name: 'drivers',
        type: 'Array<Array<Date|number|string>>',
        help: {
          en: 'Driver histories: a header row of driver names, dates in the first column, one column per driver. Volumes (leads, meetings: whole numbers per period) add up over the period to the deadline; rates and amounts are averaged over it.',
          fr: 'Historiques des leviers\u00a0: une ligne d’en-tête avec leurs noms, les dates en première colonne, une colonne par levier. Les volumes (leads, rendez-vous\u00a0: nombres entiers par période) se cumulent jusqu’à l’échéance\u202f; les taux et montants sont moyennés sur la période.',
        },
      },
      AS_OF_PARAM,
      {
        name: 'direction',
        type: 'string',
        optional: true,
        help: {
          en: '"increase" (default: meet = at or above target) or "decrease" (at or below).',
          fr: '«\u00a0hausse\u00a0» (par défaut\u00a0: atteint = au moins la cible) ou «\u00a0baisse\u00a0» (au plus).',
        },
      },
    ],
    returns: PROBABILITY_RETURN,
    examples: [
      {
        formula: '=BOTTOMUP(120000, DATE(2026,12,31), A1:D13, DATE(2026,11,27))',
        args: [120000, '2026-12-31', WEEKLY_FUNNEL, '2026-11-27'],
        dateArgs: [1, 3],
        note: 'About 22 meetings a week × 25 % × €5,000 ≈ €27,500 a week: €120,000 in five weeks is within reach.',
      },
      {
        formula: '=BOTTOMUP(F2:F4, "2026-12-31", A1:D13, "2026-11-27")',
        args: [[[100000], [140000], [200000]], '2026-12-31', WEEKLY_FUNNEL, '2026-11-27'],
        note: 'A column of targets against one funnel: the harder the target, the lower the probability.',
      },
    ],
  },
];
