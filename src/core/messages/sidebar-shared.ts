/**
 * Sidebar messages the Apps Script side also writes (pane titles, server
 * errors, alignment and assessment texts it returns). Part of both catalogs.
 */
export const en = {
  'sidebar.title.wizard': 'Goal wizard',
  'sidebar.title.check': 'Check goals',
  'sidebar.title.settings': 'Settings',
  'sidebar.title.help': 'Help',
  'sidebar.target.required': 'Enter a target as a number.',
  'sidebar.target.deadlineRequired': 'Choose a deadline after today.',
  'sidebar.assess.paceValue': '{delta} per {period}',
  'sidebar.relevant.ok': 'This goal fits its parent.',
  'sidebar.review.empty': 'The goal sentence is empty.',
  'sidebar.server.score': '{score}/100',
  'sidebar.server.noSeries': 'This KPI series no longer exists in the spreadsheet.',
  'sidebar.server.badRow': 'Row {row} does not exist in “{sheet}”.',
  'sidebar.server.checkSummary': '{checked} goals checked, {flagged} need attention.',
  'sidebar.align.kpi': 'The parent tracks {parentKpi}, not {kpi}.',
  'sidebar.align.deadlineAfter': 'The deadline {deadline} is after the parent’s ({parentDeadline}).',
  'sidebar.align.startBefore': 'The goal starts before its parent ({parentStart}).',
  'sidebar.align.exceedsTotal': 'The target {target} alone exceeds the parent’s target {parentTarget}.',
  'sidebar.align.beyondLevel': 'The target {target} goes beyond the parent’s target {parentTarget}.',
  'sidebar.align.oppositeLevel': 'The target {target} moves away from the parent’s target {parentTarget}.',
  'sidebar.align.parentMissing': 'The parent goal was not found.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'sidebar.title.wizard': 'Assistant d’objectif',
  'sidebar.title.check': 'Vérifier les objectifs',
  'sidebar.title.settings': 'Paramètres',
  'sidebar.title.help': 'Aide',
  'sidebar.target.required': 'Saisissez une cible (un nombre).',
  'sidebar.target.deadlineRequired': 'Choisissez une échéance postérieure à aujourd’hui.',
  'sidebar.assess.paceValue': '{delta} par {period}',
  'sidebar.relevant.ok': 'Cet objectif s’inscrit dans son parent.',
  'sidebar.review.empty': 'La phrase de l’objectif est vide.',
  'sidebar.server.score': '{score}/100',
  'sidebar.server.noSeries': 'Cette série d’indicateur n’existe plus dans le classeur.',
  'sidebar.server.badRow': 'La ligne {row} n’existe pas dans «\u00a0{sheet}\u00a0».',
  'sidebar.server.checkSummary': '{checked} objectifs vérifiés, {flagged} demandent votre attention.',
  'sidebar.align.kpi': 'Le parent suit l’indicateur {parentKpi}, pas {kpi}.',
  'sidebar.align.deadlineAfter': 'L’échéance {deadline} est postérieure à celle du parent ({parentDeadline}).',
  'sidebar.align.startBefore': 'Cet objectif commence avant son parent ({parentStart}).',
  'sidebar.align.exceedsTotal': 'La cible {target} dépasse à elle seule celle du parent ({parentTarget}).',
  'sidebar.align.beyondLevel': 'La cible {target} va au-delà de celle du parent ({parentTarget}).',
  'sidebar.align.oppositeLevel': 'La cible {target} s’éloigne de celle du parent ({parentTarget}).',
  'sidebar.align.parentMissing': 'L’objectif parent est introuvable.',
};
