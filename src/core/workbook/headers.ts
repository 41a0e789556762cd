/**
 * Recognizing the goals table's header row, in French or English, in any
 * order, with any extra columns. Headers are matched after folding (accents,
 * case, punctuation); an exact synonym beats a header that merely contains
 * one, and a longer synonym beats a shorter one ("Objectif parent" is the
 * parent column, not the goal; "Target date" is the deadline, not the target).
 */
import { cellText } from './cells';
import { containsWords, fold } from './text';
import type { CellValue, GoalColumns, GoalField } from './types';

interface Synonyms {
  /** Matched when the folded header equals one of them or contains it as whole words. */
  phrases: readonly string[];
  /** Too generic to match inside a longer header ("date", "to"): exact only. */
  exact: readonly string[];
}

export const HEADER_SYNONYMS: Readonly<Record<GoalField, Synonyms>> = {
  id: {
    phrases: ['goal id', 'id objectif', 'identifiant', 'identifier', 'reference'],
    exact: ['id', 'ref', 'code', '#', 'n', 'no', 'num', 'numero', 'key', 'cle', 'n #'],
  },
  statement: {
    phrases: ['goal statement', 'smart goal', 'objectif smart', 'enonce', 'libelle', 'intitule', 'statement', 'objective', 'objectives', 'goal', 'goals', 'objectif', 'objectifs', 'description'],
    exact: ['but', 'sentence', 'phrase'],
  },
  kpi: {
    phrases: ['kpi', 'kpis', 'indicator', 'indicateur', 'indicateurs', 'metric', 'metrique', 'indicateur cle', 'key metric'],
    exact: ['measure', 'mesure', 'kpi id'],
  },
  owner: {
    phrases: ['owner', 'owners', 'responsible', 'assignee', 'assigned to', 'sales rep', 'responsable', 'proprietaire', 'porteur', 'attribue a', 'account owner', 'account executive', 'account manager', 'sales manager', 'charge d affaires', 'charge de compte', 'commercial en charge'],
    exact: ['rep', 'team', 'equipe', 'pilote', 'person', 'personne', 'commercial', 'who', 'qui', 'ae', 'manager', 'vendeur', 'kam'],
  },
  baseline: {
    phrases: ['baseline', 'current value', 'starting value', 'start value', 'initial value', 'valeur de depart', 'valeur initiale', 'valeur actuelle', 'point de depart', 'valeur de reference', 'situation actuelle', 'reference value'],
    exact: ['current', "from", 'depart', 'actuel', 'actuelle', 'initial', 'de', 'base', 'actual', 'actuals', 'realise', 'realisation', 'valeur realisee', 'niveau actuel', 'current level'],
  },
  target: {
    phrases: ['target', 'target value', 'goal value', 'cible', 'valeur cible', 'objectif chiffre', 'valeur objectif', 'quota', 'valeur visee', 'niveau vise', 'target level'],
    exact: ['to', 'a', 'vers', 'visee', 'vise'],
  },
  start: {
    phrases: ['start date', 'date de debut', 'date debut', 'debut', 'begin date', 'begins', 'starts on'],
    exact: ['start', 'from date', 'commence', 'du'],
  },
  deadline: {
    phrases: ['deadline', 'due date', 'end date', 'target date', 'echeance', 'date d echeance', 'date limite', 'date de fin', 'date cible', 'date butoir'],
    exact: ['date', 'due', 'end', 'by', 'fin', 'delai', 'au', 'when', 'quand', 'close date', 'due by'],
  },
  parent: {
    phrases: ['parent', 'parent goal', 'parent id', 'parent objective', 'contributes to', 'objectif parent', 'rattache a', 'contribue a', 'objectif de rattachement', 'sous objectif de', 'rolls up to', 'roll up to', 'objectif pere', 'objectif mere', 'sub goal of', 'subgoal of'],
    exact: ['child of', 'under', 'linked to', 'part of', 'rattachement'],
  },
  direction: {
    phrases: ['direction', 'sens de variation'],
    exact: ['sens', 'trend', 'tendance'],
  },
  aggregation: {
    phrases: ['aggregation', 'agregation', 'aggregate', 'type de cumul', 'mode de calcul', 'calculation'],
    exact: ['cumul', 'calcul'],
  },
  dependsOn: {
    phrases: ['depends on', 'dependencies', 'dependency', 'prerequisite', 'prerequisites', 'blocked by', 'requires goal', 'depend de', 'dependances', 'dependance', 'prerequis', 'prealable', 'prealables', 'objectif prealable', 'objectifs prealables'],
    exact: ['after', 'apres', 'needs', 'requires'],
  },
  hires: {
    phrases: ['planned hires', 'hires', 'new hires', 'hiring plan', 'planned headcount', 'headcount plan', 'new reps', 'embauches prevues', 'embauches', 'recrutements prevus', 'recrutements', 'plan de recrutement', 'nouveaux commerciaux', 'recrues'],
    exact: ['hiring', 'recrues prevues', 'arrivees prevues'],
  },
};

/** How well a folded header names a field: 0 = not at all; higher is better. */
export function headerScore(folded: string, field: GoalField): number {
  if (folded === '') return 0;
  const synonyms = HEADER_SYNONYMS[field];
  let best = 0;
  for (const phrase of synonyms.phrases) {
    if (folded === phrase) best = Math.max(best, 1000);
    else if (containsWords(folded, phrase)) best = Math.max(best, 10 + phrase.length);
  }
  for (const phrase of synonyms.exact) if (folded === phrase) best = Math.max(best, 1000);
  return best;
}

/**
 * Assigns fields to the cells of one header row. Each column gets at most
 * one field and each field at most one column; strongest matches first, and
 * on a tie the leftmost column wins.
 */
export function recognizeHeaders(row: readonly CellValue[], options: { owned?: readonly number[] } = {}): Partial<Record<GoalField, number>> {
  const owned = new Set(options.owned ?? []);
  const candidates: Array<{ field: GoalField; column: number; score: number }> = [];
  row.forEach((cell, column) => {
    if (owned.has(column)) return;
    const folded = fold(cellText(cell));
    for (const field of Object.keys(HEADER_SYNONYMS) as GoalField[]) {
      const score = headerScore(folded, field);
      if (score > 0) candidates.push({ field, column, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const fields: Partial<Record<GoalField, number>> = {};
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (fields[field] !== undefined || used.has(column)) continue;
    fields[field] = column;
    used.add(column);
  }
  return fields;
}

/** A header row counts when it names the goal sentence plus one more field, or three fields. */
function isGoalHeader(fields: Partial<Record<GoalField, number>>): boolean {
  const count = Object.keys(fields).length;
  return (fields.statement !== undefined && count >= 2) || count >= 3;
}

/** A title block (logo, title, period, notes) may sit above the table. */
export const HEADER_SCAN_ROWS = 25;

/**
 * Finds the header row among the first rows of a tab (a title or a blank row
 * may sit above the table) and maps its columns. Null when no row looks like
 * a goals header.
 */
export function findGoalColumns(values: readonly (readonly CellValue[])[], options: { owned?: readonly number[] } = {}): GoalColumns | null {
  let best: { row: number; fields: Partial<Record<GoalField, number>> } | null = null;
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let row = 0; row < limit; row++) {
    const fields = recognizeHeaders(values[row], options);
    if (!isGoalHeader(fields)) continue;
    if (!best || Object.keys(fields).length > Object.keys(best.fields).length) best = { row, fields };
  }
  if (!best) return null;
  // A two-row header ("Valeurs" merged over "Actuelle | Cible"): a row right below made only of headers for the fields still missing completes it.
  const below = values[best.row + 1];
  if (below) {
    const taken = [...(options.owned ?? []), ...Object.values(best.fields)];
    const more = Object.entries(recognizeHeaders(below, { owned: taken })).filter(([field]) => best?.fields[field as GoalField] === undefined);
    const filled = below.filter((cell, column) => cellText(cell) !== '' && !taken.includes(column)).length;
    const takenFilled = below.filter((cell, column) => cellText(cell) !== '' && taken.includes(column)).length;
    if (more.length > 0 && more.length === filled && takenFilled === 0) {
      best = { row: best.row + 1, fields: { ...best.fields, ...Object.fromEntries(more) } };
      const upper = values[best.row - 1];
      const merged = below.map((cell, column) => (cellText(cell) !== '' ? cell : (upper[column] ?? null)));
      return columnsFor(best.row, best.fields, [...merged, ...upper.slice(merged.length)], options.owned ?? []);
    }
  }
  return columnsFor(best.row, best.fields, values[best.row], options.owned ?? []);
}

/** The table's layout once its header row is known: extra columns are the named ones no field took. */
function columnsFor(headerRow: number, fields: Partial<Record<GoalField, number>>, headerCells: readonly CellValue[], ownedColumns: readonly number[]): GoalColumns {
  const owned = [...ownedColumns].sort((a, b) => a - b);
  const used = new Set<number>([...Object.values(fields), ...owned]);
  let width = 0;
  headerCells.forEach((cell, column) => {
    if (cellText(cell) !== '') width = column + 1;
  });
  const extra: number[] = [];
  for (let column = 0; column < width; column++) if (!used.has(column) && cellText(headerCells[column]) !== '') extra.push(column);
  return { headerRow, fields, extra, owned, width };
}
