/**
 * mend58l: the review of left58's seven leftover rules (docs/MEASUREMENTS.md "left58"), each regression narrowed by a general
 * test and each reviewer input a row (FR and EN), with near misses the narrowed rules must still read:
 * (1) « d'ici / avant / pour (la) fin de semaine / mois / trimestre » leaves « prochain(e) », « suivant(e) », a month and a
 * year after the period to the parsers that read them whole, and « la fin de mois » with no « d'ici / avant / pour » before
 * it is a noun, no deadline;
 * (2) only a head of state's growth is the economy's: « chef de l'État », « président de la République », "the President"
 * with no complement ("of Acme"), no owner ("the company's", "our") and no firm's word before it; « le Président » alone is
 * a firm's as often;
 * (3)/(4) sellers brought onto a marketplace or platform and reps for a help desk, call center or support are no sales force;
 * (5) a strategy's own year only right after its own participle (at once or after a comma), and that year, past or not,
 * is no deadline of its own;
 * (6) a weekday's number is the goal's count only after a deadline word (« avant », « d'ici », « pour », "by", "before",
 * "until");
 * (8) « cash & carry » is a wholesale channel's sales, not cash held.
 * The rows marked "was …" read otherwise on main before mend58l; the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

// A Wednesday (the reviewer's date): the week ends on Sunday 8 November, next week on the 15th, the month on the 30th.
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-11-04', rows);

describe('(1) « fin de » without the article leaves next / following, a month and a year whole (was this period\'s end)', () => {
  readsAs([
    ["Faire 30 ventes d'ici la fin de semaine prochaine.", { target: 30, deadline: '2026-11-15' }],
    ['Réaliser 40 ventes pour fin de semaine prochaine.', { target: 40, deadline: '2026-11-15' }],
    ['Obtenir 25 rendez-vous avant fin de semaine prochaine.', { kpi: 'meetings', deadline: '2026-11-15' }],
    ["Obtenir 25 rendez-vous d'ici fin de semaine suivante.", { deadline: '2026-11-15' }],
    ["Signer 10 contrats d'ici fin de mois prochain.", { target: 10, deadline: '2026-12-31' }],
    ['Signer 10 contrats avant la fin de mois prochain.', { deadline: '2026-12-31' }],
    ["Atteindre 80 000 € de CA d'ici fin de trimestre prochain.", { target: 80000, deadline: '2027-03-31' }],
    ['Atteindre 80 000 € de CA pour la fin de trimestre prochain.', { deadline: '2027-03-31' }],
    ["Signer 10 contrats d'ici fin de mois de mars 2027.", { deadline: '2027-03-31' }],
    // Not the current period's end: the month named is its own end, a quarter or half named by its year alone that year's
    // last (left59; null here before it, as before left58).
    ["Signer 10 contrats d'ici fin de mois de décembre.", { deadline: '2026-12-31' }],
    ['Atteindre 200 clients pour fin de trimestre 2027.', { deadline: '2027-12-31' }],
    ["Atteindre 200 clients d'ici fin de semestre 2027.", { deadline: '2027-12-31' }],
    // « la fin de mois » with no « d'ici / avant / pour » is the noun: the year is the deadline.
    ['Réduire la fin de mois difficile de nos clients en 2027.', { deadline: '2027-12-31' }],
  ]);
});

describe('(1) near misses: left58\'s article-less period ends still read (unchanged)', () => {
  readsAs([
    ["Signer 20 clients d'ici fin de semaine.", { deadline: '2026-11-08' }],
    ["Signer 20 clients d'ici la fin de semaine.", { deadline: '2026-11-08' }],
    ['Atteindre 50 000 € de CA pour fin de trimestre.', { deadline: '2026-12-31' }],
    ['Obtenir 20 rendez-vous avant la fin de mois.', { deadline: '2026-11-30' }],
    ['Vendre 200 billets avant fin de mois dernier.', { deadline: null }],
    ["Obtenir 25 rendez-vous d'ici la fin de la semaine prochaine.", { deadline: '2026-11-15' }],
  ]);
});

describe('(2) a firm\'s President aims at its own growth (was no KPI)', () => {
  readsAs([
    ['The President of Acme targets 15% growth next year.', { kpi: 'sales_growth', target: 0.15 }],
    ['The President of our company aims for 20% growth by 2029.', { kpi: 'sales_growth', target: 0.2 }],
    ["The company's President expects 9% growth next year.", { kpi: 'sales_growth', target: 0.09 }],
    ['The President of the board expects 6% growth in 2027.', { kpi: 'sales_growth' }],
    ['Le Président du groupe vise une croissance de 8 % en 2027.', { kpi: 'sales_growth', target: 0.08 }],
    ['Le Président du directoire vise une croissance de 10 % en 2027.', { kpi: 'sales_growth', target: 0.1 }],
    ['Au sein du groupe, le Président prévoit une croissance de 9 % en 2027.', { kpi: 'sales_growth', target: 0.09 }],
    ["Le Président vise une croissance de 10 % d'ici 2028.", { kpi: 'sales_growth', target: 0.1 }],
    ['At our company, the President expects 9% growth next year.', { kpi: 'sales_growth', target: 0.09 }],
  ]);
});

describe('(2) near misses: the head of state and a firm\'s President as before (unchanged)', () => {
  readsAs([
    ['The President aims for 7% growth by 2030.', { kpi: null, direction: 'increase', target: 0.07 }],
    ['The President wants 7% growth this year.', { kpi: null, target: 0.07 }],
    ["Le chef de l'État vise une croissance de 1 % l'an prochain.", { kpi: null, target: 0.01 }],
    ['Le Président de la République vise une croissance de 2 % en 2027.', { kpi: null, target: 0.02 }],
    ['The President of our EMEA region expects 12% growth next year.', { kpi: 'sales_growth', target: 0.12 }],
    ['Our President targets 12% growth in 2027.', { kpi: 'sales_growth', target: 0.12 }],
  ]);
});

describe('(3)/(4) marketplace sellers and support reps are no sales force (was sales_reps)', () => {
  readsAs([
    ['Recruit 50 new sellers to our marketplace by June 2027.', { kpi: null, target: 50 }],
    ['Recruit 200 sellers on the platform by the end of 2027.', { kpi: null, target: 200 }],
    ['Hire 50 sellers on our marketplace by 2027.', { kpi: null, target: 50 }],
    ["Recruter 100 nouveaux vendeurs sur la place de marché d'ici fin 2027.", { kpi: null, target: 100 }],
    ["Recruter 30 vendeurs sur notre marketplace d'ici 2027.", { kpi: null, target: 30 }],
    ["Recruter 40 vendeurs sur la plateforme d'ici 2027.", { kpi: null, target: 40 }],
    ['Hire 8 reps for the help desk by March 2027.', { kpi: null, target: 8 }],
    ['Hire 12 reps for our call center to cut wait times by June 2027.', { kpi: null, target: 12 }],
    ['Hire 6 reps for customer support by 2027.', { kpi: null, target: 6 }],
  ]);
});

describe('(3)/(4) near misses: salespeople hired for a place or a market (unchanged)', () => {
  readsAs([
    ['Hire 5 reps by March 2027.', { kpi: 'sales_reps', target: 5 }],
    ['Hire 2 sellers by Q2 2027.', { kpi: 'sales_reps', target: 2 }],
    ["Recruter 5 vendeurs d'ici juin 2027.", { kpi: 'sales_reps', target: 5 }],
    ['Hire 10 reps for the Lyon office by 2027.', { kpi: 'sales_reps', target: 10 }],
    ["Recruter 300 vendeurs à domicile pour notre réseau d'ici 2027.", { kpi: 'sales_reps', target: 300 }],
  ]);
});

describe('(5) a strategy\'s year only after its own participle; that year is no deadline (was a partner\'s year, or that year\'s end)', () => {
  readsAs([
    ['A 4-year plan with partners launched in 2021 targets 40% market share.', { kpi: 'market_share', deadline: '2030-11-04' }],
    ['Our 3-year plan for products launched in 2024 targets $10M in sales.', { target: 10000000, deadline: '2029-11-04' }],
    ['Our 3-year strategy for clients approved in 2025 aims to add 200 customers.', { deadline: '2029-11-04' }],
    ['Our three-year roadmap launched in 2026 targets 1,000 customers.', { target: 1000, deadline: '2029-12-31' }],
    ['A two-year plan started in 2026 to reach 500 customers.', { target: 500, deadline: '2028-12-31' }],
    ['Our 5-year strategy, adopted in 2027, aims to double revenue.', { deadline: '2032-12-31' }],
  ]);
});

describe('(5) near misses: the own participle, a goal\'s own year (unchanged)', () => {
  readsAs([
    ['Our 3-year plan, launched in 2024, targets $10M in sales.', { deadline: '2027-12-31' }],
    ['Our 3-year plan launched in 2024 targets $10M in sales.', { deadline: '2027-12-31' }],
    ['The 10-year strategy, adopted in 2024, aims to double sales.', { deadline: '2034-12-31' }],
    ['Our 5-year strategy adopted in 2019 aims to double sales.', { deadline: null }],
    ['Our three-year roadmap launched in 2026 targets 1,000 customers by 2028.', { deadline: '2028-12-31' }],
    ['We launched our plan in 2026 to reach 500 customers.', { deadline: '2026-12-31' }],
  ]);
});

describe('(6) a weekday\'s number is the count only after a deadline word (was the weekday\'s number)', () => {
  readsAs([
    ['Dès lundi 9 agences participeront au challenge de 100 ventes.', { kpi: 'deals_closed', target: 100 }],
    ['À partir de lundi 9 agences rejoignent le défi des 100 ventes.', { target: 100 }],
    ['Le lundi 9 agences participeront au challenge de 100 ventes.', { target: 100 }],
  ]);
});

describe('(6) near misses: after « avant », « d\'ici », "by"; English starts (unchanged)', () => {
  readsAs([
    ['Le directeur a exigé avant lundi 20 devis signés.', { target: 20, deadline: '2026-11-09' }],
    ["Obtenir d'ici vendredi 15 rendez-vous.", { kpi: 'meetings', target: 15, deadline: '2026-11-06' }],
    ['Book by Monday 12 new demos.', { kpi: 'meetings', target: 12, deadline: '2026-11-09' }],
    // English reads no weekday's number as a count here, before or after (the date parser keeps "Monday" alone).
    ['From Monday 9 branches will join the challenge of 100 sales.', { target: 100 }],
    ['On Monday 9 agents will start a push for 100 sales.', { target: 100 }],
  ]);
});

describe('(8) « cash & carry » is sales (was no KPI)', () => {
  readsAs([
    ["Atteindre 5 M€ en cash & carry d'ici 2027.", { kpi: 'revenue', target: 5000000 }],
    ['Reach $3M in cash-and-carry by 2027.', { kpi: 'revenue', target: 3000000 }],
  ]);
});

describe('(8) near misses: cash held names none, cash sales are sales (unchanged)', () => {
  readsAs([
    ["Atteindre 500 000 € en cash d'ici juin 2027.", { kpi: null, target: 500000 }],
    ['Reach $2M in cash reserves by 2027.', { kpi: null }],
    ['Reach $2M in cash and carry sales by 2027.', { kpi: 'revenue' }],
  ]);
});
