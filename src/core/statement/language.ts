/**
 * Language detection by function words: goal statements are short, so a
 * handful of very frequent French and English words decide. Ties go to
 * French when the text has French accents, else to English.
 */
import type { Lang } from '../types';

const FR_WORDS = new Set(
  "le la les des du de d l un une et en au aux pour par sur dans avec notre nos votre vos ce cette ces d'ici ici fin chaque davantage prospecter mois semaine semaines trimestre annee jour jours appels augmenter reduire maintenir atteindre porter passer ramener doubler diviser grace taux chiffre affaires ventes clients nouveaux prochain prochaine prochains prochaines d'un d'une l'annee qu est sont plus moins entre avant apres nombre equipe objectif faire mieux que dernier derniere progresser etre meilleur meilleure envoyer fermer conclure signer obtenir generer ameliorer baisser diminuer tripler conserver garder viser notre tout tous toutes chez sous booster closer realiser developper accroitre decrocher hausser relever passer generer rdv ca on nous il faut doit doivent veut veux voulons devons cible mensuel mensuelle mensuels hebdomadaire trimestriel trimestrielle annuel annuelle ne pas".split(' '),
);
const EN_WORDS = new Set(
  "the an and of to by in on for with our your this that these from per each every end next month months week weeks quarter quarters year years day days increase reduce keep maintain reach raise cut grow boost lower improve double halve rate revenue sales new customers within over through more less than at least team goal number before until do get make be best send close book win hit build drive schedule it our we let's better last all target monthly weekly daily quarterly yearly annually below above under must not exceed".split(' '),
);

/** Detects the language of a statement from its folded text (see text.ts) and original text. */
export function detectLanguage(folded: string, original: string): Lang {
  let fr = 0;
  let en = 0;
  const words = folded.match(/[a-z']+/g) ?? [];
  const count = (w: string): void => {
    if (FR_WORDS.has(w)) fr++;
    if (EN_WORDS.has(w)) en++;
  };
  for (const raw of words) {
    count(raw);
    // "d'affaires", "l'annee": count the elided article and the word (no array built for the other words, perf42).
    if (raw.includes("'")) raw.split("'").forEach(count);
  }
  // Goals open with their verb: the opening word shows the writer's language in franglais
  // ("Booster le pipeline de 20 % by end of Q2" is French).
  // Not when a number opens the text ("5 clients in 3 months"): the first word is then a noun, shared by both languages.
  const first = /^[^a-z0-9]*[a-z]/.test(folded) ? words[0] : undefined;
  if (first !== undefined && FR_WORDS.has(first) !== EN_WORDS.has(first)) {
    if (FR_WORDS.has(first)) fr += 2;
    else en += 2;
  }
  if (fr !== en) return fr > en ? 'fr' : 'en';
  // French typography breaks the tie (only then: "Churn must not exceed 2 %" is English by its words, whatever its spaces): accents (capitals too: "COMPTER PLUSIEURS ADHÉRENTS"), a space before "%", an amount before "€".
  return /[àâçéèêëîïôûùœ]|\d[\s\u00a0\u202f]%|\d\s?[kKM]?€/i.test(original) ? 'fr' : 'en';
}
