/**
 * The article guessed for a KPI name of the user's own (a tab « Trésorerie », a column « Remise »): French feminine endings
 * beyond -ion/-ité/-ance/-ence/-ure — -ie, -ise, -ette, -esse, -ande, -ense, -euse — take « la »; a tab « Trésorerie » had read
 * « Augmenter le trésorerie » in Check goals' Specific note.
 */
import { guessedGrammar, labelPhrase } from '../../../src/core/kpi/phrase';

const phrase = (name: string): string => labelPhrase(name, 'fr', guessedGrammar(name));

describe('feminine endings take « la »', () => {
  it.each([
    ['Trésorerie', 'la trésorerie'],
    ['Remise', 'la remise'],
    ['Recette', 'la recette'],
    ['Commande', 'la commande'],
    ['Dépense', 'la dépense'],
    ['Marchandise vendue', 'la marchandise vendue'],
    ['Catégorie', 'la catégorie'],
  ])('%s → %s', (name, expected) => {
    expect(phrase(name)).toBe(expected);
  });
});

describe('near misses keep their article', () => {
  it.each([
    ['Chiffre d’affaires', 'le chiffre d’affaires'],
    ['Panier moyen', 'le panier moyen'],
    ['Site web', 'le site web'],
    ['Remises', 'les remises'],
    ['Dépenses marketing', 'les dépenses marketing'],
    ['Inscriptions', 'les inscriptions'],
    ['Attrition', 'l’attrition'],
    ['CA', 'le CA'],
  ])('%s → %s', (name, expected) => {
    expect(phrase(name)).toBe(expected);
  });
});
