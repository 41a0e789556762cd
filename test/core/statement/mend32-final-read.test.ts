/**
 * mend32: the final read of today's merges (stmt29, num30, fixes65) against bac3ebbe found silent wrong answers on common
 * goal sentences. Each rule is narrowed to what it was written for: the reviewer's sentences (FR/EN) read as they did, and
 * the real lines each rule was written for keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';
import { readsAs } from './wording-table';

const AS_OF = '2026-11-26';

describe('"target N" ending a sentence is the goal\'s number; "Target 1:" opening the cell is an item label', () => {
  readsAs(AS_OF, [
    ['Close deals by Q2: target 40.', { kpi: 'deals_closed', target: 40 }],
    ['Q3 NPS target 50.', { kpi: 'nps', target: 50 }],
    ['Grow MRR by Q4 - target 120k.', { target: 120000 }],
    ['Signer des contrats d’ici juin : cible 40.', { kpi: 'deals_closed', target: 40 }],
  ]);
  describe('kept: the real line and its variants', () => {
    readsAs('2025-01-06', [['Target 1: Average Cycle time - 90% of people placed should be placed within "x" days of being given the profile.', { target: 0.9, unit: 'percent' }]]);
    readsAs(AS_OF, [
      ['Target 2: grow revenue to $2M by 2027.', { kpi: 'revenue', target: 2000000 }],
      ['Target 3) close 25 deals by June.', { kpi: 'deals_closed', target: 25 }],
    ]);
  });
});

describe('"N-day goal" is a horizon; "a 45-day target" is a level in days only for a KPI in days or after "to/at a"', () => {
  readsAs(AS_OF, [
    ['Our 90-day goal is to close 15 deals', { kpi: 'deals_closed', target: 15, unit: 'count', deadline: '2027-02-24' }],
    ['Our 60-day target is 40 meetings booked', { kpi: 'meetings', target: 40, deadline: '2027-01-25' }],
    ['Close 15 deals (90-day target)', { target: 15, deadline: '2027-02-24' }],
  ]);
  describe('kept: a level in days', () => {
    readsAs(AS_OF, [
      ['Reduce DSO to a 45 day target by June 2027.', { target: 45, unit: 'days', deadline: '2027-06-30' }],
      ['Bring DSO down to a 45-day target.', { target: 45, unit: 'days', deadline: null }],
      ['Reach a 45 day target for DSO.', { target: 45, unit: 'days', deadline: null }],
      ['Ramener le DSO à un objectif de 45 jours d’ici juin 2027.', { target: 45, unit: 'days', deadline: '2027-06-30' }],
      ['Your 12-month goal is 500 customers.', { target: 500, deadline: '2027-11-26' }],
    ]);
  });
});

describe('"N things out of M" counts the things; "1 hire out of every 4 submissions" stays a rate', () => {
  readsAs(AS_OF, [
    ['Close 2 deals out of 5 by Q3', { kpi: 'deals_closed', target: 2, change: null, unit: 'count', deadline: '2027-09-30' }],
    ['Win 3 deals out of 10 proposals', { kpi: 'deals_closed', target: 3, change: null, unit: 'count' }],
    ['Reach 40 customers out of 100 prospects', { target: 40, unit: 'count' }],
    ["Signer 2 contrats sur 5 propositions d'ici juin.", { kpi: 'deals_closed', target: 2, unit: 'count' }],
  ]);
  describe('kept: a ratio', () => {
    readsAs('2019-08-14', [['A good rule of thumb is to aim for 1 hire out of every 4 submissions.', { target: 0.25, unit: 'percent' }]]);
    readsAs(AS_OF, [
      ['Aim for 1 deal out of every 5 proposals.', { target: 0.2, unit: 'percent' }],
      ['Convert 1 out of 4 leads by June.', { target: 0.25, unit: 'percent' }],
      ['Convertir 1 sur 4 prospects d’ici juin.', { target: 0.25, unit: 'percent' }],
    ]);
  });
});

describe('"fill N% of …" names the level aimed at, not a change', () => {
  readsAs(AS_OF, [
    ['Fill 90% of our sales quota by Q3', { kpi: 'quota_attainment', target: 0.9, change: null, deadline: '2027-09-30' }],
    ['Fill 95% of available seats', { target: 0.95, change: null }],
    ['Fill 85% of rooms each month', { target: 0.85, change: null, recurrence: 'month' }],
  ]);
  describe('kept: fill as a rise', () => {
    readsAs('2025-01-06', [['An assisted living community aims to fill its accommodations.', { direction: 'increase' }]]);
    readsAs(AS_OF, [
      ['We aim to fill every seat by June 2027.', { direction: 'increase' }],
      ['Fill out the form by Friday.', { direction: null }],
    ]);
  });
});

describe('a written "calendar" year is the calendar\'s, whatever fiscal year the Settings name', () => {
  const read = (text: string, fiscalYearStartMonth: number) => analyzeStatement(text, { asOf: AS_OF, fiscalYearStartMonth }).deadline;
  it.each([
    ['Reach $2M revenue in the next calendar year', '2027-12-31'],
    ['Reach $2M revenue by the end of the next calendar year', '2027-12-31'],
    ['Reduce costs by 5% for the coming calendar year.', '2027-12-31'],
  ])('April start: %s → %s', (text, deadline) => {
    expect(read(text, 4)).toBe(deadline);
  });
  it('kept: "next year" with an April start is the next fiscal year (fixes65)', () => {
    expect(read('Reach $2M revenue next year', 4)).toBe('2028-03-31');
    expect(read('Reach $2M revenue by the end of next year', 4)).toBe('2028-03-31');
  });
  it('kept: with a January start, the next calendar year', () => {
    expect(read('Reach $2M revenue in the next calendar year', 1)).toBe('2027-12-31');
  });
});

describe('a with-phrase counting resources is a means; a floor, an amount or a start is none', () => {
  readsAs(AS_OF, [
    ["Augmenter le CA de 15 % avec 3 commerciaux d'ici fin 2027", { kpi: 'revenue', levers: ['3 commerciaux'] }],
    ["Augmenter le CA de 15 % avec 2 salons d'ici fin 2027", { kpi: 'revenue', levers: ['2 salons'] }],
    ['Signer 25 nouveaux comptes en 2027 avec 3 commerciaux supplémentaires.', { target: 25, levers: ['3 commerciaux supplémentaires'] }],
  ]);
  describe('kept: no means (real35)', () => {
    readsAs('2019-12-13', [['Specific: Hire five medical sales reps with at least five years of experience in (line of business).', { kpi: 'sales_reps', target: 5, levers: [] }]]);
    readsAs('2025-01-06', [['Au début, nous avons commencé avec 4 avions-cargos - il y en aura 12 en 2025.', { target: 12, levers: [] }]]);
    readsAs('2016-01-04', [['Le commerce alimentaire prévoit lui aussi un regain d’activité plus fort que ses 199 ouvertures de 2015 avec 512 projets visés pour 2016.', { levers: [] }]]);
    readsAs('2019-01-07', [['Surfant sur la démocratisation des bassins, il prévoit l’ouverture de 12 nouveaux points de vente sur la France et sur l’île de la Réunion en 2019, avec 50 recrutements à la clé en magasins et sur son siège girondin d’ici 2020.', { levers: [] }]]);
    readsAs('2022-04-01', [['Le réseau Ange compte 207 boulangeries ouvertes à date et notre développement se poursuit, avec 50 ouvertures prévues cette année afin de réaliser notre objectif de regrouper 250 implantations fin 2022.', { levers: [] }]]);
    readsAs('2004-01-05', [['Comptant actuellement 100 salons, avec 30 € de ticket moyen, le réseau s’est fixé un objectif de 500 salons en 2005.', { target: 500, levers: [] }]]);
    readsAs(AS_OF, [
      ['Hire 3 engineers with at least 5 years of experience by June 2027.', { target: 3, levers: [] }],
      ['Recruter 4 commerciaux avec au moins 3 ans d’expérience en 2027.', { target: 4, levers: [] }],
      ['Grow the store fleet with at least 100 additional stores by 2028.', { levers: [] }],
    ]);
  });
});

describe('an opening "Land …" or "Lead …" is no article before an enabler', () => {
  readsAs(AS_OF, [
    ['Land 20 new accounts by Q3, which allows us to grow revenue.', { kpi: 'deals_closed', target: 20, deadline: '2027-09-30' }],
    ['Lead generation: 500 leads by June, which allows us to grow revenue.', { kpi: 'leads', target: 500 }],
    ['Land 20 new accounts by Q3', { kpi: 'deals_closed', target: 20 }],
  ]);
  describe('kept: an enabler opening on an article', () => {
    readsAs(AS_OF, [['La nouvelle offre nous permet d’atteindre 500 clients en 2027.', { kpi: 'customers', target: 500 }]]);
  });
});
