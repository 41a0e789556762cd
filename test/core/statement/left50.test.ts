/**
 * left50: the statement readings the eighth session left, read as the lead's rulings of 2026-12-06 say (fixtures README,
 * "Rulings of 2026-12-06 (left50)"), FR and EN. R1 a change then the level it reaches ("to reach", ", reaching", « pour
 * atteindre »): both, the sales' own units too. R2 an amount spent or invested for a purpose is a means: the purpose's goal.
 * R3 a target or an outlook revised: the new figure, the KPI's better direction. R4 "change by -1% to 2%" straddles zero.
 * R5 sales' own verb of growth is their change, in both languages. R6 an amount generated is a level. R7 a former figure
 * in parentheses is no target. R8 "end-of-month" before a noun is no deadline. R9 sales passing a count of units are units
 * sold. R10 a rise IN a measure is a change. R11 left49's French verbs and "but" / « mais » as a forecast's context only
 * after a market's move. Class rows read wrong on main (926d7c31); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);
const relative = (value: number) => ({ value, kind: 'relative' as const });

describe('R1: a change, then the level it reaches — both, the sales’ own units too', () => {
  readsAs([
    ['Sales should grow 12% next year, reaching 4,000 units', { kpi: 'deals_closed', target: 4000, change: relative(0.12), deadline: '2027-12-31' }],
    ['Increase sales 12% to reach 4,000 units', { kpi: 'deals_closed', target: 4000, change: relative(0.12) }],
    ["Les ventes devraient croître de 12 % l'an prochain, pour atteindre 4 000 unités", { kpi: 'deals_closed', target: 4000, change: relative(0.12) }],
    ['The industry aims to enhance its exports by 10 per cent in 2019 to reach US $ 29 billion mark.', { kpi: 'revenue', target: 29000000000, change: relative(0.1) }],
  ]);
});

describe('R1 near misses: another noun reached, units after revenue, a change alone', () => {
  readsAs([
    ['Increase sales by 15%, reaching 200 new customers', { kpi: 'revenue', target: null, change: relative(0.15) }],
    ['Grow revenue 10%, reaching 4,000 units', { kpi: 'revenue', target: null, change: relative(0.1) }],
    ['Increase sales by 10% with a fleet of 50 vehicles', { kpi: 'revenue', target: null }],
    ['Grow revenue 10% to reach $5M by 2027', { target: 5000000, change: relative(0.1) }],
  ]);
});

describe('R2: an amount spent or invested for a purpose is a means; the goal is the purpose’s', () => {
  readsAs([
    ['The company is spending $55 million to expand its fleet by 30,000 units', { kpi: null, target: null, change: { value: 30000, kind: 'absolute' }, unit: 'count' }],
    ['Investir 20 M€ pour augmenter la capacité de 15 %', { target: null, change: relative(0.15), unit: 'percent' }],
    ['We will invest $2M to increase sales by 10% by 2027', { kpi: 'revenue', target: null, change: relative(0.1) }],
    ["Selon Variety, elles prévoient d'investir 2,2 milliards de dollars pour moderniser 21.000 écrans.", { target: 21000, unit: 'count' }],
  ]);
});

describe('R2 near misses: spending cut or capped, an investment with no purpose', () => {
  readsAs([
    ['Reduce spending by $2M to fund new hires', { kpi: 'costs', direction: 'decrease', change: { value: 2000000, kind: 'absolute' } }],
    ['Cut marketing spend to $2M by 2027', { kpi: 'costs', target: 2000000 }],
    ['Spend no more than $100 to acquire each new customer', { kpi: 'cac', target: 100 }],
    ["Nous allons investir 5 M€ dans nos magasins d'ici 2027", { target: 5000000, unit: 'currency' }],
    ['Cut spending 10% to fund new hires', { kpi: 'costs', change: relative(0.1) }],
    ['Spend 20 hours a week to prospect new clients', { target: 20, recurrence: 'week' }],
  ]);
});

describe('R3: a target or an outlook revised — the new figure, the KPI’s better direction', () => {
  readsAs([
    ['The group lowered its outlook, with revenue now expected at $900 million', { kpi: 'revenue', direction: 'increase', target: 900000000 }],
    ["Le groupe abaisse son objectif de CA à 900 millions d'euros", { kpi: 'revenue', direction: 'increase', target: 900000000 }],
    ['La société ramène son objectif de marge de 12 % à 10 %', { kpi: 'net_margin', direction: 'increase', baseline: null, target: 0.1 }],
    // (mend50a: "trims its sales objective" read so before left50 too; a lowered sales target read `decrease` on 926d7c31.)
    ['The company lowers its sales target to $500 million for 2027', { kpi: 'revenue', direction: 'increase', target: 500000000 }],
  ]);
});

describe('R3 near misses: a cost target lowered, a forecast error, a measure cut', () => {
  readsAs([
    ['The company lowers its cost target to $5 million', { direction: 'decrease', target: 5000000 }],
    ['Reduce our forecast error from 15% to 5%', { direction: 'decrease', baseline: 0.15, target: 0.05 }],
    ["Réduire l'erreur de prévision de 15 % à 5 %", { direction: 'decrease', baseline: 0.15, target: 0.05 }],
    ["L'entreprise prévoit d'avoir atteint son objectif initial de 8000 points de charge fin 2026.", { target: 8000 }],
  ]);
});

describe('R4: "change by" a range straddling zero reads as "in the range of"', () => {
  readsAs([
    ['Revenue is expected to change by -1% to 2%', { kpi: 'revenue', direction: 'increase', target: -0.01, change: null }],
    ['Revenue is expected to change by -1% to 2% in 2027', { direction: 'increase', target: -0.01, change: null, deadline: '2027-12-31' }],
  ]);
});

describe('R4 near misses: a wholly negative range, a single figure, "in the range of"', () => {
  readsAs([
    ['Revenue is expected to change by -3% to -1% in 2027', { direction: 'decrease', target: null, change: relative(0.03) }],
    ['Revenue should change by -2%', { direction: 'decrease', change: relative(0.02) }],
    ['Revenue should be in the range of -1% to 2%', { direction: 'increase', target: -0.01 }],
  ]);
});

describe('R5: sales’ own verb of growth is their change, in English as in French', () => {
  readsAs([
    ['Our sales will grow 3%', { kpi: 'revenue', direction: 'increase', target: null, change: relative(0.03) }],
    ['Sales should grow 3% in 2027', { kpi: 'revenue', target: null, change: relative(0.03), deadline: '2027-12-31' }],
    ['Revenue will grow 30%', { kpi: 'revenue', target: null, change: relative(0.3) }],
  ]);
});

describe('R5 near misses: growth as the noun, a firm growing, the French twin', () => {
  readsAs([
    ['Sales growth of 3% in 2027', { kpi: 'sales_growth', target: 0.03, change: null }],
    ['Une croissance des ventes de 3 % en 2027', { kpi: 'sales_growth', target: 0.03, change: null }],
    ['We will grow 3% next year', { kpi: 'sales_growth', target: 0.03 }],
    ['Nos ventes devraient progresser de 3 %', { kpi: 'revenue', target: null, change: relative(0.03) }],
  ]);
});

describe('R6: an amount generated is the level, not a change', () => {
  readsAs([
    ["Générer en 2027 un EBITDA ajusté d'environ 150 millions d'euros", { kpi: 'profit', target: 150000000, change: null }],
    ['Generate adjusted EBITDA of about $150 million in 2027', { kpi: 'profit', target: 150000000, change: null }],
    ['Generate revenue of $150 million', { kpi: 'revenue', target: 150000000, change: null }],
  ]);
});

describe('R6 near misses: more, additional, an increase of an amount', () => {
  readsAs([
    ['Generate $2M more revenue in 2027', { target: null, change: { value: 2000000, kind: 'absolute' } }],
    ['Generate an additional $2M in revenue', { target: null, change: { value: 2000000, kind: 'absolute' } }],
    ['Increase EBITDA of $150 million', { target: null, change: { value: 150000000, kind: 'absolute' } }],
  ]);
});

describe('R7: a former figure in parentheses is no target', () => {
  readsAs([
    ['The group now targets EBITDA of $250M (previously above $200M) in 2027', { kpi: 'profit', target: 250000000, baseline: null }],
    ["Verallia fait part d'un abaissement de ses perspectives 2025, avec un EBITDA ajusté désormais attendu autour de 700 millions d'euros (contre autour de 800 MEUR précédemment) et un free cash-flow autour de 150 MEUR (et non plus supérieur à 200 MEUR).", { kpi: 'profit', direction: 'increase', target: 700000000 }],
  ]);
});

describe('R7 near misses: a compared level in parentheses stays the baseline', () => {
  readsAs([
    ['The group targets EBITDA of $250M (vs. $200M in 2025) in 2027', { baseline: 200000000, target: 250000000 }],
    ['The group now targets EBITDA of $250M (up from $200M previously) in 2027', { baseline: 200000000, target: 250000000 }],
    ['Le groupe vise un EBITDA de 250 MEUR (et non plus supérieur à 200 MEUR) en 2027', { target: 250000000 }],
  ]);
});

describe('R8: "end-of-month" / "month-end" before a noun qualifies it — no deadline', () => {
  readsAs([
    ['Lower end-of-month inventory to 500 units by June 2027', { direction: 'decrease', target: 500, deadline: '2027-06-30' }],
    ['Reduce month-end inventory to 500 units by June 2027', { target: 500, deadline: '2027-06-30' }],
    ['Reduce end-of-quarter inventory to 500 units', { target: 500, deadline: null }],
  ]);
});

describe('R8 near misses: the period as a deadline', () => {
  readsAs([
    ['Close 10 deals by month-end', { deadline: '2026-12-31' }],
    ['Reduce inventory to 500 units by the end of the month', { deadline: '2026-12-31' }],
    ['Close 10 deals end of month', { deadline: '2026-12-31' }],
    // (mend50a: passes on 926d7c31 too — the date parser reads no bare « fin de mois », so it never was a deadline.)
    ["Réduire le stock de fin de mois à 500 unités d'ici juin 2027", { deadline: '2027-06-30' }],
    ["Augmenter les ventes de 15 % d'ici la fin du trimestre grâce à une promotion de rentrée.", { deadline: '2026-12-31' }],
  ]);
});

describe('R9: sales passing a count of units are units sold', () => {
  readsAs([
    ['Sales must top 1,000 units', { kpi: 'deals_closed', direction: 'increase', target: 1000, unit: 'count' }],
    ['Sales must exceed 1,000 units this year', { kpi: 'deals_closed', target: 1000 }],
    ['Les ventes doivent dépasser 1 000 unités', { kpi: 'deals_closed', target: 1000 }],
  ]);
});

describe('R9 near misses: sales passing an amount, subscribers passing a count', () => {
  readsAs([
    ['Sales must top $1M by June 2027', { kpi: 'revenue', target: 1000000 }],
    ['Subscribers should top 1 million', { kpi: 'customers', target: 1000000 }],
    ['Sell 4,000 units', { kpi: 'deals_closed', target: 4000 }],
  ]);
});

describe('R10: a rise IN a measure is a change of it', () => {
  readsAs([
    ['Achieve a 10% rise in bookings', { kpi: 'revenue', target: null, change: relative(0.1) }],
    ['Deliver a 10% rise in sales by 2027', { kpi: 'revenue', target: null, change: relative(0.1) }],
  ]);
});

describe('R10 near misses: a rise in a period, a growth noun, a rate, the French', () => {
  readsAs([
    ['We expect two per cent growth in 2027 after a five per cent rise in the year to 31 January, to take sales to £13.5m.', { kpi: 'sales_growth', deadline: '2027-12-31' }],
    ['Hit 8% sales growth', { kpi: 'sales_growth', target: 0.08, change: null }],
    ['Achieve a 10% conversion rate', { kpi: 'conversion_rate', target: 0.1 }],
    ['Obtenir une hausse de 10 % des réservations', { target: null, change: relative(0.1) }],
  ]);
});

describe('R11: a firm’s own rise before "but" / « mais » is its goal; left49’s context needs a market', () => {
  readsAs([
    ['Revenue should climb 10% next year, but we want to keep costs flat', { kpi: 'revenue', direction: 'increase', target: null, change: relative(0.1) }],
    ["Le chiffre d'affaires doit progresser de 10 % en 2027, mais nous voulons garder les coûts stables", { kpi: 'revenue', direction: 'increase', target: null, change: relative(0.1) }],
    ['Nos ventes doivent croître de 10 %, mais nous voulons garder les coûts stables', { direction: 'increase', target: null, change: relative(0.1) }],
  ]);
});

describe('R11 near misses: a market’s forecast before the aim stays context', () => {
  readsAs([
    ["Le marché devrait reculer de 3 % l'an prochain, mais nous voulons augmenter nos ventes de 10 %", { kpi: 'revenue', direction: 'increase', change: relative(0.1) }],
    ['The market will decline 3% next year, but we want to grow our sales 10%', { kpi: 'revenue', direction: 'increase', change: relative(0.1) }],
    ["Même si le marché recule de 3 % l'an prochain, nous voulons atteindre 2 M€ de ventes", { direction: 'increase', target: 2000000 }],
    ['Faire croître le chiffre d’affaires de 10 %, et nous voulons garder les coûts stables', { kpi: 'revenue', direction: 'increase', change: relative(0.1) }],
  ]);
});
