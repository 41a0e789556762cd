/**
 * mend43b: words43's number-word rules narrowed where a read-only review found regressions (test/fixtures/statements/
 * README.md, "Narrowed by mend43b"). Each `regressions` table fails on words43's merged code (926239e7: the quantities
 * module copied back for the run); each `near misses` table passes on both and pins today's reading, digits and words
 * alike.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-12-05';

describe('« N chiffres » is money only with money near', () => {
  describe('regressions', () => {
    readsAs(AS_OF, [
      // Key figures, a code's digits, decimals: a count, as before words43 (926239e7: 10,000 / 10,000,000 / 100,000 / 1,000,000 in money).
      ['Améliorer cinq chiffres clés de 10 % en 2027', { target: 5, unit: 'count', change: { value: 0.1, kind: 'relative' } }],
      ["Publier les huit chiffres clés du trimestre d'ici juin 2027", { target: 8, unit: 'count' }],
      ['Suivre six chiffres clés chaque mois en 2027', { target: 6, unit: 'count' }],
      ["Saisir les six chiffres du code client d'ici 2027", { target: 6, unit: 'count' }],
      ["Afficher sept chiffres après la virgule d'ici 2027", { target: 7, unit: 'count' }],
      // « à six chiffres » without money is a thing's kind: the padlocks are the count (926239e7: revenue 100,000; b6223ef7: 6).
      ["Vendre 40 cadenas à six chiffres d'ici 2027", { kpi: 'deals_closed', target: 40, unit: 'count' }],
    ]);
  });
  describe('near misses', () => {
    readsAs(AS_OF, [
      // Money near: the floor, as "six figures" reads.
      ["Atteindre un chiffre d'affaires à six chiffres d'ici 2027", { kpi: 'revenue', target: 100000, unit: 'currency' }],
      ["Atteindre un CA à six chiffres d'ici 2027", { kpi: 'revenue', target: 100000, unit: 'currency' }],
      ["Atteindre un salaire à six chiffres d'ici 2027", { target: 100000, unit: 'currency' }],
      ["Atteindre six chiffres de chiffre d'affaires d'ici 2027", { kpi: 'revenue', target: 100000, unit: 'currency' }],
      ["Atteindre six chiffres en euros d'ici 2027", { target: 100000, unit: 'currency' }],
      // A ceiling reads nothing in both languages; « à deux chiffres » stays a rate.
      ["Réduire notre dette à six chiffres d'ici 2027", { target: null, unit: null }],
      ['Reduce our debt to six figures by 2027', { target: null, unit: null }],
      ['Viser une croissance à deux chiffres en 2027', { target: 0.1 }],
      // English: "six figures" is money; "key figures" a count.
      ['Hit six figures in revenue by 2027', { kpi: 'revenue', target: 100000, unit: 'currency' }],
      ['Land a six figures salary by 2027', { target: 100000, unit: 'currency' }],
      ['Improve five key figures by 10% in 2027', { target: 5, unit: 'count' }],
    ]);
  });
});

describe('a ratio after a stated count tells a part of it', () => {
  describe('regressions', () => {
    readsAs(AS_OF, [
      // 926239e7: 0.0667 / 0.0667 / 0.0833 in percent, the count lost.
      ['Sign 40 customers, one in fifteen of them enterprise, by 2027', { kpi: 'deals_closed', target: 40, unit: 'count' }],
      ["Signer 40 clients d'ici 2027, un sur quinze en Belgique", { kpi: 'deals_closed', target: 40, unit: 'count' }],
      ["Signer 40 clients d'ici 2027, dont un sur douze via des partenaires", { kpi: 'deals_closed', target: 40, unit: 'count' }],
      // 926239e7: 0.2 and 0.5 (main's own words).
      ['Sign 40 customers by 2027, one in five of them in Ohio', { target: 40, unit: 'count' }],
      ["Signer 40 clients d'ici 2027, dont un sur deux en Belgique", { target: 40, unit: 'count' }],
    ]);
  });
  describe('near misses', () => {
    readsAs(AS_OF, [
      // A ratio with no count before it is the rate, words and digits.
      ['Convert one in fifteen leads by 2027', { target: 0.0666666666667, unit: 'percent' }],
      ["Convertir un prospect sur quinze d'ici 2027", { target: 0.0666666666667, unit: 'percent' }],
      ["Convertir un prospect sur cinq en client d'ici 2027", { target: 0.2, unit: 'percent' }],
      ['Convert 1 in 5 leads by 2027', { target: 0.2, unit: 'percent' }],
      // A year before the comma is no stated count: « D'ici 2027, un client sur deux … » stays a rate.
      ["D'ici 2027, un client sur deux en Belgique", { target: 0.5, unit: 'percent' }],
      ['Sign 40 customers by 2027 and convert one in five leads', { target: 40, unit: 'count' }],
    ]);
  });
});

describe('digits before "and a half million"', () => {
  describe('regressions', () => {
    readsAs(AS_OF, [
      // 926239e7: no target (b6223ef7: 500,000); 2 and a half million users read 2.
      ['Reach 1 and a half million dollars in sales by 2027', { kpi: 'revenue', target: 1500000, unit: 'currency' }],
      ['Reach 2 and a half million dollars in revenue by 2027', { kpi: 'revenue', target: 2500000, unit: 'currency' }],
      ['Reach 12 and a half million dollars in revenue by 2027', { target: 12500000, unit: 'currency' }],
      ['Reach 2 and a half million users by 2027', { target: 2500000, unit: 'count' }],
    ]);
  });
  describe('near misses', () => {
    readsAs(AS_OF, [
      ['Reach two and a half million dollars in revenue by 2027', { target: 2500000, unit: 'currency' }],
      ['Reach 2 million dollars in revenue by 2027', { target: 2000000, unit: 'currency' }],
      ['Reach half a million dollars in revenue in 2027', { target: 500000, unit: 'currency' }],
      ["Atteindre deux millions et demi d'euros de chiffre d'affaires d'ici 2027", { target: 2500000, unit: 'currency' }],
      ["Atteindre 2 millions d'euros de chiffre d'affaires d'ici 2027", { target: 2000000, unit: 'currency' }],
      ["Atteindre un demi-million d'euros de chiffre d'affaires d'ici 2027", { target: 500000, unit: 'currency' }],
    ]);
  });
});

describe('factors with two decimals', () => {
  describe('regressions', () => {
    readsAs(AS_OF, [
      // 926239e7: an absolute change of 1.25 / 1.75, a target of 1.75; « 1,75 fois plus » a target of 1.75.
      ['Have 1.25 times more demos by 2027', { target: null, change: { value: 0.25, kind: 'relative' }, unit: 'percent' }],
      ['Have 1.75 times more leads by 2027', { target: null, change: { value: 0.75, kind: 'relative' }, unit: 'percent' }],
      ['Increase leads 1.75-fold by 2027', { target: null, change: { value: 0.75, kind: 'relative' }, unit: 'percent' }],
      ["Avoir 1,75 fois plus de prospects d'ici 2027", { target: null, change: { value: 0.75, kind: 'relative' }, unit: 'percent' }],
      ["Avoir 1,25 fois plus de démos d'ici 2027", { target: null, change: { value: 0.25, kind: 'relative' }, unit: 'percent' }],
      // An English thousands separator is no decimal: ×1,250 (926239e7: an absolute change of 1,250).
      ['Have 1,250 times more visits by 2027', { change: { value: 1249, kind: 'relative' } }],
    ]);
  });
  describe('near misses', () => {
    readsAs(AS_OF, [
      ['Have 2.5 times more leads by 2027', { change: { value: 1.5, kind: 'relative' } }],
      ["Avoir 2,5 fois plus de prospects d'ici 2027", { change: { value: 1.5, kind: 'relative' } }],
      ['Have 3 times more demos by 2027', { change: { value: 2, kind: 'relative' } }],
      ['Have three and a half times more demos by 2027', { change: { value: 2.5, kind: 'relative' } }],
    ]);
  });
});

describe('a teen opening the sentence beside a day of the month', () => {
  describe('regressions', () => {
    readsAs(AS_OF, [
      // 926239e7: no target (the day read as another figure), while « Dix-sept magasins d'ici juin 2027 » read 17.
      ["Dix-neuf magasins d'ici le 30 juin 2027", { target: 19, unit: 'count', deadline: '2027-06-30' }],
      ['Seventeen new dealers by June 30, 2027', { target: 17, unit: 'count', deadline: '2027-06-30' }],
      ["Dix-sept nouveaux clients d'ici le 15 mars 2027", { target: 17, deadline: '2027-03-15' }],
    ]);
  });
  describe('near misses', () => {
    readsAs(AS_OF, [
      ["Dix-sept magasins d'ici juin 2027", { target: 17, deadline: '2027-06-30' }],
      ['Seventeen new dealers by 2027', { target: 17, deadline: '2027-12-31' }],
      // Another figure still makes the teen the subject.
      ['Seventeen reps will close 40 deals by June 30, 2027', { target: 40, deadline: '2027-06-30' }],
      ["Treize opérateurs prévoient d'investir 3 milliards d'euros d'ici le 30 juin 2028", { target: 3000000000, deadline: '2028-06-30' }],
      // A past fact reads its count as its digits do (neither is a goal's date; the words and the digits agree).
      ['Thirteen stores closed last year', { target: 13, unit: 'count' }],
      ['13 stores closed last year', { target: 13, unit: 'count' }],
      ["Treize magasins fermés l'an dernier", { target: 13, unit: 'count' }],
      ["13 magasins fermés l'an dernier", { target: 13, unit: 'count' }],
    ]);
  });
});
