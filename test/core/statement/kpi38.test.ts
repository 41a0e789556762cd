/**
 * kpi38: KPI misses left on real21–real37 of class C (the goal's object misread by the sentence's shape) and class B (a
 * catalog measure in a sector's own words), fixed by structure: where an aside opens and closes, where a speaker's words
 * carry the goal, how a range or a count with no figure is read. Each rule: real lines with their set, written variants in
 * French and in English, and near misses whose reading must stay.
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string) => analyzeStatement(text, { asOf: '2026-01-01' });
const kpiOf = (text: string): string | null => read(text).kpi;

describe('an opening clause the goal rests on names no KPI of the goal', () => {
  it.each([
    // real37
    ['Given the promising growth we’ve seen in 2023, we’re optimistic for group bookings to continue to bounce back in the year ahead.', 'revenue'],
    ["Compte tenu de la croissance du chiffre d'affaires, nous voulons réduire le churn à 3 %.", 'churn'],
    ["Dans la mesure où le chiffre d'affaires progresse, nous voulons réduire le churn à 3 %.", 'churn'],
    ['Insofar as revenue grows, we want to cut churn to 3%.', 'churn'],
    // Near misses: read the same before; a growth that is the goal, and "given" inside the goal, keep their KPI.
    ['Given the strong growth we saw in 2025, we want to win 20 new customers.', 'deals_closed'],
    ['Given our revenue growth, we want to cut churn to 3%.', 'churn'],
    ['Grow sales growth to 12% given the new stores.', 'sales_growth'],
    ['Porter la croissance des ventes à 12 % en 2027.', 'sales_growth'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });

  it.each([
    // real37: the figures of « Dans la mesure où … » are set aside; a count with no figure then gets no target from them.
    ["«Dans la mesure où 100 millions de personnes sont attendues, nous espérons vendre plusieurs milliers d'articles, voire plusieurs dizaines de milliers», évalue le dirigeant.", 'deals_closed', null],
    ['Dans la mesure où 2 000 visiteurs sont attendus, nous espérons signer des centaines de contrats.', 'deals_closed', null],
    ['Insofar as 2,000 visitors are expected, we hope to sign hundreds of contracts.', 'deals_closed', null],
    // Near miss: the goal's own figure is still its target.
    ['Dans la mesure où 2 000 visiteurs sont attendus, nous espérons signer 300 contrats.', 'deals_closed', 300],
  ] as const)('%s', (text, kpi, target) => {
    const a = read(text);
    expect([a.kpi, a.target]).toEqual([kpi, target]);
  });
});

describe('a second spaced dash closes an aside, and the goal goes on after it', () => {
  it.each([
    // real22
    ['Avec son programme Stage V, l’organisme Québec Tech souhaite aider annuellement jusqu’à 15 jeunes entreprises à porter – d’ici cinq ans au maximum – leur chiffre d’affaires à 10 millions.', 'revenue', 10000000],
    ['Nous voulons aider 20 PME à porter – en trois ans – leur chiffre d’affaires à 2 millions d’euros.', 'revenue', 2000000],
    ['We want to help 20 firms to grow – within three years – their revenue to $2 million.', 'revenue', 2000000],
    // Near miss: one dash still opens a side remark to the end ("… by 25% — operational goal that …", real.jsonl).
    ['Reduce support ticket resolution time by 25% — operational goal that flows downstream into satisfaction scores.', null, null],
  ] as const)('%s', (text, kpi, target) => {
    const a = read(text);
    expect([a.kpi, a.target]).toEqual([kpi, target]);
  });
});

describe('a range before the object is part of it; a plan after a modal is no verb of its own', () => {
  it.each([
    // real37
    ['But research shows that any business should plan to lose 15 percent to 20 percent of their customers every year.', 'churn', 'decrease'],
    ['Plan to lose 15% to 20% of our customers next year, no more.', 'churn', 'decrease'],
    ['Nous devons perdre 15 à 20 % de nos clients au plus cette année.', 'churn', 'decrease'],
    ['Every shop should plan to lose 10% of its customers every year.', 'churn', 'decrease'],
    // Near misses: a single figure, and a range on a named rate, read as before.
    ['Plan to lose 15 percent of their customers every year.', 'churn', 'decrease'],
    ['Increase close rate 20% to 30%.', 'close_rate', 'increase'],
  ] as const)('%s', (text, kpi, direction) => {
    const a = read(text);
    expect([a.kpi, a.direction]).toEqual([kpi, direction]);
  });
});

describe('things sold counted with no figure are won sales', () => {
  it.each([
    // real23, real37
    ['Le directeur commercial voulait que mon équipe commerciale vende tant de produits.', 'deals_closed'],
    ["Nous espérons vendre plusieurs milliers d'articles cette année.", 'deals_closed'],
    ['We hope to sell hundreds of cars next year.', 'deals_closed'],
    ['Sell thousands of units next year.', 'deals_closed'],
    // Near misses: money sold with no figure, and selling with no count, stay sales amounts or none.
    ["Vendre des milliers d'euros de produits.", 'revenue'],
    ['Vendre nos produits.', 'revenue'],
    ['Sell hundreds of thousands of dollars of software.', null],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe("a speaker's words that give the goal are not a closing attribution", () => {
  it.each([
    // real25
    ['Brent McCoy, membership director for the Springfield chamber, said the pre-event goal for new memberships was 202.', 'deals_closed', 202],
    ['Jane Doe, sales director, said the target for new customers was 50.', 'deals_closed', 50],
    // Near misses: French reported speech with « que » was read already; an attribution after the goal is still set aside.
    ['Marie Dupont, directrice commerciale, a déclaré que l’objectif de nouveaux clients était de 50.', 'deals_closed', 50],
    ['Increase sales by 10% in 2027, the director said at a meeting on 3 March.', 'revenue', null],
    ['« Nous voulons signer 40 nouveaux clients », a dit Lucie Lecours, en point de presse lundi.', 'deals_closed', 40],
  ] as const)('%s', (text, kpi, target) => {
    const a = read(text);
    expect([a.kpi, a.target]).toEqual([kpi, target]);
  });
});

describe("a tenderer's wins counted, or a count given as « 7 ou 8 », are won deals", () => {
  it.each([
    // real28 (the README's written rule: « elle peut viser 7 ou 8 succès » is deals_closed)
    ['Exemple chiffré: Si une PME soumettait 20 offres par an pour seulement 4 succès (20%), elle peut viser 7 ou 8 succès (35-40%) en améliorant son ciblage et son dossier.', 'deals_closed'],
    ["Nous visons 12 succès en appels d'offres en 2027.", 'deals_closed'],
    ['Lose 3 or 4 customers this year, no more.', 'churn'],
    ['Perdre 3 ou 4 comptes au plus.', 'churn'],
    // Near misses: read the same before; success uncounted names no KPI; a rate's range stays the rate.
    ['Sign 7 or 8 new clients this quarter.', 'deals_closed'],
    ['Signer 7 ou 8 nouveaux clients ce trimestre.', 'deals_closed'],
    ['Viser le succès de nos clients.', null],
    ['Increase close rate 20% or 30%.', 'close_rate'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('« mettre à profit », « tirer profit de », « au profit de », "to profit from" are idioms, no profit', () => {
  it.each([
    // real22
    ["Modou Diagne Fada a également déclaré qu'il va mettre à profit son séjour pour décrocher des contrats avec des partenaires européens, notamment des hommes d'affaires français qui, selon lui, apprécient bien le tourteau de son complexe industriel.", 'deals_closed'],
    ['Nous voulons tirer profit du salon pour signer 20 nouveaux clients.', 'deals_closed'],
    ["Une vente au profit de l'association pour signer 10 contrats.", 'deals_closed'],
    ['We want to profit from the trade fair to sign 20 new clients.', 'deals_closed'],
    // Near misses: profit as the measure, before "from" too.
    ['Augmenter le profit de 10 %.', 'profit'],
    ['Increase profit from operations by 10%.', 'profit'],
    ['Mettre le profit à 2 M€ en 2027.', 'profit'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('"a total of" counts what follows it: the head is the thing counted', () => {
  it.each([
    // real31
    ['The chain now has a total of 450,000 online subscriptions — and is halfway to its goal of 900,000 by 2026.', 'customers'],
    ['The chain has a total of 450,000 online subscriptions, halfway to its goal of 900,000 by 2026.', 'customers'],
    // Near misses, read the same before: a total of customers won, a total of sales; French reads its first noun already.
    ['We want a total of 500 new customers this year.', 'deals_closed'],
    ['Increase the total of sales by 10%.', 'revenue'],
    ['Atteindre un total de 500 nouveaux clients.', 'deals_closed'],
    ['Augmenter le total des ventes de 10 %.', 'revenue'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});
