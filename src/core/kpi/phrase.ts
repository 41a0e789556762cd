/**
 * A KPI's name with its article, as every surface writes it: "the close rate", "revenue", « la part de marché »,
 * « l’attrition », « les inscriptions ». Pure and small: the server (example rewrites, Check goals, SMARTCHECK) and
 * the wizard (`src/sidebar/sentence.ts`) share it, the grammar coming from the catalog label (`LabelGrammar`) or,
 * for a name of the user's own, from one guess on its spelling.
 */
import type { Lang } from '../types';
import type { KpiDefinition, LabelGrammar } from './catalog';

export type { LabelGrammar };

/** A label as a common noun: first letter lower-cased, acronyms kept ("customer satisfaction (CSAT)", "NPS"). */
export function commonNoun(label: string): string {
  const trimmed = label.trim();
  return /^[A-Z0-9]{2,}\b/.test(trimmed) ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

/**
 * The grammar of a name the catalog does not know, from its (French) head word: plural in -s/-x (not « taux », « prix »,
 * « temps », an acronym; « Rendez-vous » is one word), elided before a vowel or h, feminine endings; English without
 * "the" ("Increase demo calls"): right for the mass and plural nouns a column is mostly named by.
 */
export function guessedGrammar(name: string): LabelGrammar {
  const head = commonNoun(name).split(/[\s’']/)[0];
  const plural = /[sx]$/.test(head) && !/^(?:taux|prix|temps|poids|cours|[A-Z0-9]+)$/.test(head) ? 'pl' : '';
  // (-ie, -ise, -ette, -esse, -ande, -ense, -euse are feminine too: « la trésorerie », « la remise », « la recette », « la
  // commande », « la dépense »; a KPI tab « Trésorerie » read « le trésorerie » in Check goals' notes, mend45d.)
  const gender = /(?:ion|ité|ance|ence|ure|marge|valeur|part|vente|durée|moyenne|ie|ise|ette|esse|ande|ense|euse)s?$/.test(head) ? 'f' : 'm';
  return `${gender}${plural}${/^[aeiouyhâàéèêîôû]/i.test(head) && !plural ? ' elide' : ''}`;
}

/** The grammar of `name` shown for a catalog KPI: the label's own when `name` is one of its labels, else the guess. */
export function nameGrammar(name: string, kpi: Pick<KpiDefinition, 'label'> | undefined): LabelGrammar {
  const folded = name.trim().toLowerCase();
  if (kpi?.label.grammar && (kpi.label.en.toLowerCase() === folded || kpi.label.fr.toLowerCase() === folded)) return kpi.label.grammar;
  return guessedGrammar(name);
}

/** `name` with its article in `lang`. */
export function labelPhrase(name: string, lang: Lang, grammar: LabelGrammar): string {
  const noun = commonNoun(name);
  if (lang === 'en') return grammar.endsWith('the') ? `the ${noun}` : noun;
  return `${grammar.includes('pl') ? 'les ' : grammar.includes('elide') ? 'l’' : grammar[0] === 'f' ? 'la ' : 'le '}${noun}`;
}
