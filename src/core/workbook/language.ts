/**
 * Guessing the language a workbook is written in from its text, for files
 * that carry no locale of their own (an .xlsx saved by Excel): a French
 * team's "1 234,5" and "30/06/2027" must be read the French way, and its
 * results written in French.
 */
import type { Lang } from '../types';
import { fold } from './text';

const MARKERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set([
    'objectif', 'objectifs', 'echeance', 'responsable', 'cible', 'indicateur', 'valeur', 'actuelle', 'depart', 'debut', 'fin', 'ici', 'signer', 'augmenter',
    'reduire', 'atteindre', 'porter', 'passer', 'nouveaux', 'nouvelles', 'taux', 'chiffre', 'affaires', 'trimestre', 'semaine', 'mois', 'annee', 'equipe', 'commentaire',
    'clients', 'ventes', 'conclusion', 'prochain', 'prochaine', 'mensuel', 'hebdomadaire', 'comptes', 'par', 'les', 'des', 'du', 'et', 'le', 'la',
  ]),
  en: new Set([
    'goal', 'goals', 'deadline', 'owner', 'target', 'baseline', 'start', 'due', 'increase', 'reduce', 'reach', 'raise', 'grow', 'close', 'new', 'rate', 'revenue',
    'quarter', 'week', 'month', 'year', 'team', 'accounts', 'customers', 'sales', 'next', 'end', 'the', 'by', 'of', 'and', 'to', 'from', 'weekly', 'monthly', 'current',
  ]),
};

/** Words shared by both languages say nothing ("parent", "date", "total"…): only markers of one language count. */
const SHARED = new Set([...MARKERS.fr].filter((word) => MARKERS.en.has(word)));

/**
 * 'fr' or 'en' when the text clearly leans one way (twice as many marker
 * words, at least five), null when it does not say.
 */
export function guessLanguage(texts: Iterable<string>, limit = 5000): Lang | null {
  const counts: Record<Lang, number> = { fr: 0, en: 0 };
  let seen = 0;
  for (const text of texts) {
    if (seen++ >= limit) break;
    for (const word of fold(text).split(' ')) {
      if (word === '' || SHARED.has(word)) continue;
      if (MARKERS.fr.has(word)) counts.fr++;
      else if (MARKERS.en.has(word)) counts.en++;
    }
  }
  if (counts.fr >= 5 && counts.fr >= 2 * counts.en) return 'fr';
  if (counts.en >= 5 && counts.en >= 2 * counts.fr) return 'en';
  return null;
}
