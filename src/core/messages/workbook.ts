/**
 * Messages of the workbook domain: every header the add-on writes, menu
 * toasts and alerts, Check goals notes, alignment findings, the plan
 * report's sections and the example workbook (English is the reference;
 * French must match its keys).
 */
export const en = {
  // Alignment (Relevant)
  'align.parent.annual': 'the annual goal',
  'align.parent.goal': 'the parent goal {id}',
  'align.parent.missing': 'Parent goal "{parent}" is not in the ID column.',
  'align.cycle': 'Goal {id} is its own ancestor (loop in the Parent column).',
  'align.kpi': '{child} is measured on {childKpi}, which does not feed {parentKpi} ({parent}).',
  'align.window.late': '{child} ends on {childDeadline}, after {parent} ({deadline}).',
  'align.window.early': '{child} starts on {childStart}, before {parent} ({start}).',
  'align.sum.mismatch': '{children} sum to {sum}; {parent} is {target}.',
  'align.sum.exceeds': '{children} already sum to {sum}, more than {parent} ({target}).',
  'align.level.short': 'The last sub-goal ({child}: {childTarget}) does not reach {parent} ({target}).',
  'align.suggestion': 'Make the sub-goals add up to the parent goal, on the same KPI and inside its dates.',
  'align.fits.child': 'Contributes to {parent}.',
  'align.fits.parent': 'Sub-goals add up ({value}).',
  'align.fits.family': 'Linked to the plan.',
  'align.split.seasonal': 'Proposed quarterly split from {years} past year(s) of this KPI: {quarters}.',
  'align.split.partial': 'Proposed quarterly split from this KPI’s quarter averages: {quarters}.',
  'align.split.flat': 'No seasonal history for this KPI: even quarterly split {quarters}.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'align.parent.annual': "l'objectif annuel",
  'align.parent.goal': "l'objectif parent {id}",
  'align.parent.missing': "L'objectif parent « {parent} » n'est pas dans la colonne ID.",
  'align.cycle': "L'objectif {id} est son propre ancêtre (boucle dans la colonne Parent).",
  'align.kpi': "{child} est mesuré sur {childKpi}, qui n'alimente pas {parentKpi} ({parent}).",
  'align.window.late': '{child} se termine le {childDeadline}, après {parent} ({deadline}).',
  'align.window.early': '{child} commence le {childStart}, avant {parent} ({start}).',
  'align.sum.mismatch': '{children} totalisent {sum} ; {parent} est de {target}.',
  'align.sum.exceeds': '{children} totalisent déjà {sum}, plus que {parent} ({target}).',
  'align.level.short': "Le dernier sous-objectif ({child} : {childTarget}) n'atteint pas {parent} ({target}).",
  'align.suggestion': "Faites en sorte que les sous-objectifs s'additionnent pour atteindre l'objectif parent, sur le même indicateur et dans ses dates.",
  'align.fits.child': 'Contribue à {parent}.',
  'align.fits.parent': "Les sous-objectifs s'additionnent ({value}).",
  'align.fits.family': 'Rattaché au plan.',
  'align.split.seasonal': 'Répartition trimestrielle proposée selon {years} année(s) passée(s) de cet indicateur : {quarters}.',
  'align.split.partial': 'Répartition trimestrielle proposée selon les moyennes trimestrielles de cet indicateur : {quarters}.',
  'align.split.flat': 'Pas d’historique saisonnier pour cet indicateur : répartition égale {quarters}.',
};
