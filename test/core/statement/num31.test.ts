/**
 * num31: the number defects today's rounds left (an item label before a dash, "…, goal 40.", « 1 prospect sur 4 », a date
 * said with a speech verb, « rien qu'en 2015 ») and the class "a level read before any aim, then a later one an aim cue
 * introduces" (real21, real30, real32). Each: real lines (verbatim, with their page's date and labels), written variants FR
 * and EN, and near-misses that keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string, asOf = '2026-12-04') => {
  const a = analyzeStatement(text, { asOf });
  return { baseline: a.baseline, target: a.target, unit: a.unit, deadline: a.deadline, recurrence: a.recurrence };
};

describe('an item label before a dash, and a goal word with its number after a first goal, give the goal its number', () => {
  it.each([
    ['Goal 2 – Book 40 meetings', 40],
    ['Goal 2 - Book 40 meetings by June', 40],
    ['Objectif 3 — Signer 12 contrats d’ici juin', 12],
    ['Book meetings, goal 40.', 40],
    ['Signer des contrats, objectif : 40.', 40],
  ])('%s', (text, target) => {
    expect(read(text).target).toBe(target);
  });

  it('near-miss: a first goal with its own number keeps it', () => {
    expect(read('Book 30 meetings, then goal 40 by June.').target).toBe(30);
  });
});

describe('« 1 prospect sur 4 », "one lead out of 5": one thing out of a count is a rate', () => {
  it.each([
    ['Transformer 1 prospect sur 4 en client', 0.25],
    ['Convertir un prospect sur quatre d’ici juin 2027.', 0.25],
    ['Convert one lead out of 5 by June.', 0.2],
  ])('%s', (text, target) => {
    expect(read(text)).toMatchObject({ target, unit: 'percent' });
  });

  it.each([
    // mend32's counts stay counts; a noun after the second count is what is counted over.
    ['Close 2 deals out of 5 by Q3', 2],
    ['Signer un contrat sur deux marchés.', 2],
  ])('near-miss: %s', (text, target) => {
    expect(read(text).target).toBe(target);
  });
});

describe('a date said with a speech verb is when it was said, not the deadline (real28, real31, real32, real35)', () => {
  it.each([
    ['Henri Giscard d\'Estaing, qui est resté à la tête du Club après un réaménagement de la direction sur fond de tensions avec son actionnaire, le chinois Fosun, déclare aux Echos mardi vouloir maintenant "doubler de taille" et atteindre une marge opérationnelle de 15%.', '2025-04-01', null],
    ['"Le groupe est en avance sur son plan de marche et devrait être en situation de dépasser pour l\'année 2021/2022, ses niveaux de performances pré-crise", affirmait en effet Dominique Thillaud face à la presse ce mardi soir.', '2022-05-01', '2022-12-31'],
    ['In the case of Qwest, the Denver-based carrier now requires agents that serve its 14-state network to hit a minimum incremental sales requirement of "$40,000 in new booked monthly recurring charges over a rolling three-month window," according to a Dec. 19, 2006, letter to Qwest agents from Tom McGrath, vice president of Qwest Alternative Channels.', '2007-01-01', null],
  ])('real: %s', (text, asOf, deadline) => {
    expect(read(text, asOf).deadline).toBe(deadline);
  });

  it('real32: the speech day set aside, a per-year amount another aim states gives the goal no cadence', () => {
    const text = 'Au cours de l\'année 2024, "on va faire 8.000 missions de conseil, et la moitié c\'est du climat", a-t-il détaillé, alors que l\'ambition annoncée mardi par la banque est d\'atteindre les 10.000 missions par an à partir de 2025.';
    expect(read(text, '2024-06-01')).toMatchObject({ target: 8000, deadline: '2024-12-31', recurrence: null });
  });

  it.each([
    ['As announced in March, we aim to reach 500 customers.', null],
    ['Comme annoncé en novembre, nous visons 500 clients.', null],
    ['Le groupe déclare lundi viser 500 clients.', null],
    ['L’ambition annoncée mardi est d’atteindre 500 clients.', null],
    ['We announced in March a goal of 500 customers by June 2027.', '2027-06-30'],
    ['Comme annoncé en novembre, nous visons 500 clients d’ici 2028.', '2028-12-31'],
  ])('written: %s', (text, deadline) => {
    expect(read(text).deadline).toBe(deadline);
  });
});

describe('« rien qu’en 2015 » names the goal’s year; « plus qu’en 2014 » stays compared', () => {
  it('real30', () => {
    expect(read('Pour ce faire rien qu’en 2015 le groupe projette d’ouvrir 25 nouveaux points de vente, d’agrandir 16 magasins existants et d’en rénover 10 autres.', '2015-01-05')).toMatchObject({ target: 25, deadline: '2015-12-31' });
  });

  it.each([
    ['Rien qu’en 2027, le groupe veut ouvrir 25 magasins.', '2027-12-31'],
    ['In 2027 alone, the group plans to open 25 new stores.', '2027-12-31'],
    ['Ouvrir 25 magasins, plus qu’en 2025.', null],
  ])('%s', (text, deadline) => {
    expect(read(text).deadline).toBe(deadline);
  });
});

describe('a level read before any aim, then a later one an aim cue introduces: the later is the target, the first the baseline (real21, real30, real32)', () => {
  it.each([
    ['Intersport France a vu son chiffre d\'affaires progresser de 6,3% en 2024 à 3,88 milliards d\'euros, après avoir repris son concurrent en difficulté Go Sport, et cible 5,5 milliards d\'euros d\'ici à 2030, a annoncé la coopérative mardi.', '2025-06-01', 3880000000, 5500000000],
    ['Les autres plafonnent autour de 100K à 200K de performance annuelle contre un objectif individuel de 300K.', '2019-01-07', 100000, 300000],
  ])('real: %s', (text, asOf, baseline, target) => {
    expect(read(text, asOf)).toMatchObject({ baseline, target });
  });

  it.each([
    ['The company’s sales rose 8% to $3.9 million in 2025, along with an ambitious goal of $5 million by 2028.', 3900000, 5000000],
    ['Le chiffre d’affaires du groupe a progressé de 8 % à 3,9 millions d’euros en 2025, avec un objectif ambitieux de 5 millions d’euros d’ici 2028.', 3900000, 5000000],
    ['Our reps closed 30 to 40 deals a quarter against an individual goal of 50.', 30, 50],
  ])('written: %s', (text, baseline, target) => {
    expect(read(text)).toMatchObject({ baseline, target });
  });

  it.each([
    // The first level already under an intent: it is the goal (real32's « on va faire 8.000 missions »).
    ['We will sign 40 deals in Q1, and our goal for the year is 150.', 40],
    // « A 30 000€, nous aurons atteint l'objectif, à 45 000€ … »: the aim cue is not the later level's (real27).
    ['A 30 000€, nous aurons atteint l’objectif, à 45 000€ nous serons sur un petit nuage', 30000],
  ])('near-miss: %s', (text, target) => {
    expect(read(text).target).toBe(target);
  });
});
