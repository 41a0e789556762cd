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

/** Six months of a team: reps on the payroll and revenue booked per rep (revenue = reps × revenue per rep). */
const MONTHLY_TEAM = [
  ['Month', 'Sales reps', 'Revenue per rep'],
  ['2026-05-01', 5, 24000],
  ['2026-06-01', 5, 25500],
  ['2026-07-01', 6, 23800],
  ['2026-08-01', 6, 24600],
  ['2026-09-01', 6, 25200],
  ['2026-10-01', 6, 24900],
];

/** Custom functions of bottom-up plans (drivers). */
export const DRIVER_FUNCTIONS: readonly CustomFunctionSpec[] = [
  {
    name: 'BOTTOMUP',
    summary: {
      en: 'Bottom-up probability of a target: each driver (meetings, close rate, deal size…) forecast from its own history, then multiplied together with the correlation their histories show. Uses the Settings saved in the add-on as Check goals does — the policy, and the Team plan: planned hires, ramped by month, are added to a headcount column (reps) — so both give the same chance on the same goal; the "capacity" reading gives Check goals’ capacity (ramped reps × what one rep brought per period). Sheets recalculates a formula when its arguments change, not when the Settings do (re-enter it after changing them).',
      fr: 'Probabilité «\u202fpar les inducteurs\u202f» d’une cible\u202f: chaque inducteur (rendez-vous, taux de conclusion, panier moyen…) est prévu à partir de son historique, puis les inducteurs sont multipliés entre eux avec la corrélation que montre leur historique. Applique les Paramètres enregistrés dans le module, comme Vérifier les objectifs — la politique et le Plan d’équipe\u202f: les embauches prévues, avec leur montée en charge par mois, s’ajoutent à une colonne d’effectif (commerciaux) —, si bien que les deux donnent la même probabilité pour le même objectif\u202f; la lecture «\u202fcapacité\u202f» donne la capacité de Vérifier les objectifs (commerciaux opérationnels × ce qu’un commercial a apporté par période). Sheets recalcule une formule quand ses arguments changent, pas quand les Paramètres changent (ressaisissez-la après les avoir modifiés).',
    },
    params: [
      {
        name: 'target',
        type: 'number|Array<Array<number>>',
        help: {
          en: 'Target for the product of the drivers by the deadline (e.g. revenue booked); a column of targets gives a column of results.',
          fr: 'Cible pour le produit des inducteurs à l’échéance (par ex. le chiffre d’affaires signé)\u202f; une colonne de cibles donne une colonne de résultats.',
        },
      },
      DEADLINE_PARAM,
      {
        name: 'drivers',
        type: 'Array<Array<Date|number|string>>',
        help: {
          en: 'Driver histories: a header row of driver names (a first row of numbers is read as data, the drivers then numbered), dates in the first column, one column per driver. Volumes (leads, meetings: whole numbers per period) add up over the period to the deadline; rates and amounts are averaged over it.',
          fr: 'Historiques des inducteurs\u202f: une ligne d’en-tête avec leurs noms (une première ligne de nombres est lue comme des données, les inducteurs sont alors numérotés), les dates en première colonne, une colonne par inducteur. Les volumes (leads, rendez-vous\u202f: nombres entiers par période) se cumulent jusqu’à l’échéance\u202f; les taux et montants sont moyennés sur la période.',
        },
      },
      AS_OF_PARAM,
      {
        name: 'direction',
        type: 'string',
        optional: true,
        help: {
          en: '"increase" or "maintain" (default: meet = at or above target) or "decrease" (at or below).',
          fr: '«\u202fhausse\u202f» ou «\u202fmaintien\u202f» (par défaut\u202f: atteint = au moins la cible) ou «\u202fbaisse\u202f» (au plus).',
        },
      },
      {
        name: 'aggregation',
        type: 'string',
        optional: true,
        help: {
          en: '"total" (the drivers’ product added up until the deadline: revenue booked by then) or "level" (the product in the deadline’s period, in the table’s own period: revenue in that week); default total when a driver is a volume (whole numbers per period), else level. Check goals takes it from the goal.',
          fr: '«\u202ftotal\u202f» (le produit des inducteurs cumulé jusqu’à l’échéance\u202f: le chiffre d’affaires signé d’ici là) ou «\u202fniveau\u202f» (le produit sur la période de l’échéance, dans la période du tableau\u202f: le chiffre d’affaires de cette semaine-là)\u202f; par défaut total si un inducteur est un volume (nombres entiers par période), sinon niveau. Vérifier les objectifs le prend dans l’objectif.',
        },
      },
      {
        name: 'reading',
        type: 'string',
        optional: true,
        help: {
          en: '"probability" (default): the chance of the target. "capacity": what the team can produce by the deadline (a total) or in the deadline’s period (a level) — reps (the headcount column, plus the planned hires of Settings at their ramp) × the mean output per rep of recent periods (the other drivers’ product ÷ reps); compare it with the target: below 1× short, up to the healthy ratio of Settings (1.2× by default) tight, healthy from it.',
          fr: '«\u202fprobabilité\u202f» (par défaut)\u202f: la probabilité d’atteindre la cible. «\u202fcapacité\u202f»\u202f: ce que l’équipe peut produire d’ici l’échéance (un cumul) ou sur la période de l’échéance (un niveau) — l’effectif (la colonne d’effectif, plus les embauches prévues des Paramètres selon leur montée en charge) × la production moyenne par commercial des dernières périodes (le produit des autres inducteurs ÷ l’effectif)\u202f; comparez-la à la cible\u202f: insuffisante sous 1×, juste jusqu’au ratio sain des Paramètres (1,2× par défaut), saine au-delà.',
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
      {
        formula: '=BOTTOMUP(160000, DATE(2027,3,31), A1:C7, DATE(2026,11,15), , "level", "capacity")',
        args: [160000, '2027-03-31', MONTHLY_TEAM, '2026-11-15', '', 'level', 'capacity'],
        expected: 148000,
        dateArgs: [1, 3],
        note: 'Six reps × about €24,700 a rep and month ≈ €148,000 in March 2027 (more with the planned hires saved in Settings): short of €160,000 for that month ("level"; without it, a column of amounts per rep adds up to the deadline, as a total).',
      },
    ],
  },
];
