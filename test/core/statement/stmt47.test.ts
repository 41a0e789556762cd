/**
 * stmt47: the classes of real46's misses (the forty-sixth real set, opened by stmt47), read by general rules and checked in
 * sentences written for each shape (none copied from a fixture): (1) a scale glued to the euro ("700 MEUR", "45Meuros", "2
 * MdEUR") is money; (2) an amount, or a range of amounts, a verb of cutting takes out of costs ("trim $20 million to $30
 * million in operating expenses") and savings with one qualifying word ("$650 million in cumulative savings") are the cut,
 * no level; (3) a range named as a range ("its 6% to 9% range") is an estimate, its lower bound, and "at the lower end" no
 * fall; (4) "full-year" and "full year 2027" end the current or named year (the written deadline rule); (5) "to top 1
 * million subscribers" aims at its figure; (6) "a 10% year-over-year increase in net sales" is the change, no yearly
 * cadence (the written recurrence rule); (7) a percentage's range right after a verb of change and "between" is the
 * change's; (8) customer, foot and in-store traffic name no website traffic; (9) an outlook's with-clause ("with revenue
 * now expected at around $700 million") is the goal when nothing outside it names a KPI. Each class case read wrong before
 * stmt47; the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) a scale glued to the euro is money', () => {
  readsAs([
    ["Le groupe vise un EBITDA ajusté d'environ 700 MEUR en 2027.", { kpi: 'profit', target: 700000000, unit: 'currency' }],
    ["La PME vise un chiffre d'affaires de 45Meuros cette année.", { kpi: 'revenue', target: 45000000, unit: 'currency' }],
    ["Objectif : un chiffre d'affaires de 2 MdEUR en 2028.", { target: 2000000000, unit: 'currency' }],
  ]);
});

describe('(1) near misses: the older glued scales keep their values', () => {
  readsAs([
    ["Objectif : un chiffre d'affaires de 440 ME en 2028.", { target: 440000000, unit: 'currency' }],
    ["Objectif : un chiffre d'affaires de 30 MDH en 2028.", { target: 30000000, unit: 'currency' }],
    ["Objectif : un chiffre d'affaires de 30 KDA en 2028.", { target: 30000, unit: 'currency' }],
    ["Objectif : un chiffre d'affaires de 500 k€ en 2028.", { target: 500000, unit: 'currency' }],
  ]);
});

describe('(2) an amount cut from costs, savings qualified by a word: the cut', () => {
  readsAs([
    ['The group will also trim $20 million to $30 million in operating expenses.', { kpi: 'costs', direction: 'decrease', change: { value: 20000000, kind: 'absolute' }, baseline: null, target: null }],
    ['We plan to cut $2 million from our operating costs in 2027.', { kpi: 'costs', direction: 'decrease', change: { value: 2000000, kind: 'absolute' }, target: null }],
    ["Nous voulons supprimer 2 M€ de charges d'ici 2028.", { kpi: 'costs', direction: 'decrease', change: { value: 2000000, kind: 'absolute' }, target: null }],
    ['The transformation plan targets $650 million in cumulative savings by 2028.', { kpi: 'costs', direction: 'decrease', change: { value: 650000000, kind: 'absolute' }, target: null }],
  ]);
});

describe('(2) near misses: costs brought to a level, "by", in-year savings keep their readings', () => {
  readsAs([
    ['Cut costs to $2M by 2028.', { kpi: 'costs', target: 2000000, change: null }],
    ['Cut costs by $2M by 2028.', { kpi: 'costs', change: { value: 2000000, kind: 'absolute' }, target: null }],
    ['Announce cost actions targeting $20M in-year savings (on top of $50M already in flight).', { kpi: 'costs', change: { value: 20000000, kind: 'absolute' }, target: null }],
  ]);
});

describe('(3) a range named as a range: its lower bound, "at the lower end" no fall', () => {
  readsAs([
    ['Its revenue growth is expected to be at the lower end of its 6% to 9% range.', { kpi: 'sales_growth', direction: 'increase', baseline: null, target: 0.06 }],
    ['We expect organic growth in a 4% to 6% range next year.', { baseline: null, target: 0.04 }],
  ]);
});

describe('(3) near misses: "from" moves, "lower" as a verb still lowers', () => {
  readsAs([
    ['Grow our close rate from 6% to 9% next year.', { baseline: 0.06, target: 0.09 }],
    ['We want to lower churn to 3% by June.', { kpi: 'churn', direction: 'decrease', target: 0.03 }],
  ]);
});

describe('(4) "full-year", "full year 2027": the current or the named year', () => {
  readsAs([
    ['The company now expects full-year revenue of $1.68 billion.', { deadline: '2026-12-31' }],
    ['On Wednesday, the retailer raised its full-year sales growth guidance to 12%.', { deadline: '2026-12-31', target: 0.12 }],
    ['For the full year 2027, the group expects revenue to be 1.5% lower.', { deadline: '2027-12-31' }],
  ]);
});

describe('(4) near misses: a year counted or reported is no deadline', () => {
  readsAs([
    ['Our first full year goal is to sign 20 customers.', { deadline: null, target: 20 }],
    ['The firm is targeting turnover of £150 million after posting strong full-year results.', { deadline: null }],
    ['Revenue grew 10% in the last full year.', { deadline: null }],
  ]);
});

describe('(5) "to top" a figure aims at it', () => {
  readsAs([
    ['The publisher hopes to top 1 million subscribers by 2028.', { kpi: 'customers', target: 1000000, unit: 'count' }],
    ['We have 590,000 subscribers and we hope to top 1 million subscribers by 2028.', { baseline: 590000, target: 1000000 }],
  ]);
});

describe('(5) near misses: "top" as a rank', () => {
  readsAs([
    ['Grow revenue from our top 10 customers by 20% in 2027.', { kpi: 'revenue', change: { value: 0.2, kind: 'relative' }, target: null }],
    ['Sign 5 of the top 10 accounts in 2027.', { target: 5 }],
  ]);
});

describe('(6) "a 10% year-over-year increase in net sales": the change, no cadence', () => {
  readsAs([
    ['We expect a 10% year-over-year increase in net sales in 2027.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' }, target: null, recurrence: null }],
    ['Expected 20-25% year-over-year increase in net sales for fiscal 2027', { change: { value: 0.2, kind: 'relative' }, target: null, recurrence: null }],
  ]);
});

describe('(6) near misses: year over year after the figure stays a cadence', () => {
  readsAs([
    ['Grow revenue 15% year over year.', { change: { value: 0.15, kind: 'relative' }, recurrence: 'year' }],
    ["Nous visons une hausse de 10 % du chiffre d'affaires en glissement annuel.", { change: { value: 0.1, kind: 'relative' }, recurrence: 'year' }],
  ]);
});

describe('(7) a verb of change, then "between" a percentage range: the change', () => {
  readsAs([
    ['We anticipate adjusted earnings will increase between 50 to 85 percent in 2027.', { kpi: 'profit', change: { value: 0.5, kind: 'relative' }, target: null }],
    ['Net sales should rise between 3% and 5% next year.', { kpi: 'revenue', change: { value: 0.03, kind: 'relative' }, target: null }],
  ]);
});

describe('(7) near misses: a growth noun’s and a rate’s range stay levels', () => {
  readsAs([
    ['The group sees full-year organic revenue growth between -1% to 2%.', { kpi: 'sales_growth', target: -0.01, change: null }],
    ['We want to increase our close rate between 25% and 30% by June.', { kpi: 'close_rate', target: 0.25, change: null }],
  ]);
});

describe('(8) traffic off the web names no website traffic', () => {
  readsAs([
    ['Our goal is to increase customer traffic in our salons.', { kpi: null, direction: 'increase' }],
    ['Augmenter le trafic en magasin de 10 % en 2027.', { kpi: null, change: { value: 0.1, kind: 'relative' } }],
  ]);
});

describe('(8) near misses: web traffic and bare traffic stay website traffic; foot traffic stays none', () => {
  readsAs([
    ['Increase foot traffic by 20% in 2027.', { kpi: null, change: { value: 0.2, kind: 'relative' } }],
    ['Increase traffic to our website by 20% in 2027.', { kpi: 'website_traffic' }],
    ['Augmenter le trafic de 10 % en 2027.', { kpi: 'website_traffic' }],
  ]);
});

describe('(9) an outlook’s with-clause is the goal when nothing outside it names a KPI', () => {
  readsAs([
    ['The company lowered its outlook, with revenue now expected at around $700 million in 2027.', { kpi: 'revenue', target: 700000000, change: null }],
    ["Le groupe abaisse ses perspectives 2027, avec un EBITDA ajusté attendu autour de 700 millions d'euros.", { kpi: 'profit', target: 700000000, change: null }],
  ]);
});

describe('(9) near misses: a with-clause beside a named KPI stays aside', () => {
  readsAs([
    ['Grow revenue to $5M with costs expected at $2M.', { kpi: 'revenue', target: 5000000 }],
    ['Signer 10 clients par trimestre avec un panier moyen supérieur à 1 000 €.', { target: 10, recurrence: 'quarter' }],
  ]);
});
