/**
 * mend60s: the review of stmt60's rules, narrowed (the lead's decisions on findings 1–7). Each class row read otherwise on
 * main at 80d286c9 (stmt60 merged); the near misses keep what stmt60 gained:
 * (1) a bare scaled figure raised is money only with no noun between the verb and the figure and no "to" / « à » (Ruling D2);
 * "people" / « personnes » after a figure are counted; (2) a with-phrase of aim or forecast restates the goal only when its
 * noun is the goal's own — a forecast is then set aside whole (no lever, no target, no deadline) — and stays a means
 * otherwise (a budget, capex, a system "expected to save", a campaign "targeting"); (3) ", from the N <noun>" is a source,
 * no baseline, when the noun is another thing than the goal's measure; (4) money given to exporters or got from them is no
 * revenue; (5) a closing attribution ends at its speaker, a lever after it stays one, "has" is no plural subject; (6)
 * "annually recurring revenue" names ARR (no cadence, C2); (7) "subsequent" counts from the sentence's year when it has one,
 * and "the subsequent quarter" is "the next quarter".
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-07 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-07', rows);

describe('(1) a noun or "to" between the verb of raising and the figure: a count, no money raised', () => {
  readsAs([
    ['Raise subscribers to 2 million by 2028.', { target: 2000000, unit: 'count' }],
    ['Raise awareness to 3 million people by 2028.', { target: 3000000, unit: 'count' }],
    ['Raise our audience to 3 million by 2027.', { target: 3000000, unit: 'count' }],
    ["Porter la collecte à 2 millions d'ici 2028.", { target: 2000000, unit: 'count' }],
  ]);
});

describe('(1) near misses: money raised with nothing but the funds between', () => {
  readsAs([
    ['Raise 40 million by 2027.', { target: 40000000, unit: 'currency' }],
    ['Raise about 40 million in new funding by 2027.', { target: 40000000, unit: 'currency' }],
    ["Nous voulons recueillir 40 millions d'ici 2028.", { target: 40000000, unit: 'currency' }],
    ['Lancer une levée de fonds de 50 millions en 2027.', { target: 50000000, unit: 'currency' }],
    ["Atteindre 3 millions de personnes d'ici 2028.", { target: 3000000, unit: 'count' }],
  ]);
});

describe('(2) a with-phrase whose noun is not the goal\'s: a means, its figure no target', () => {
  readsAs([
    ['Grow revenue by 10% in 2027, with a marketing budget projected at $2 million.', { target: null, levers: ['a marketing budget projected at $2 million'] }],
    ['Increase revenue 12% in 2027, with investment forecast at €3 million in new machines.', { target: null, levers: ['investment forecast at €3 million in new machines'] }],
    ['Cut costs by 10% in 2027 with a new ERP system expected to save $2 million.', { target: null, levers: ['a new ERP system expected to save $2 million'] }],
    ['Grow revenue to $5 million by 2028 with a campaign targeting 20,000 small businesses.', { target: 5000000, levers: ['a campaign targeting 20,000 small businesses'] }],
    ['Increase sign-ups by 30% in 2027 with ads targeting 18-24 year olds.', { target: null, levers: ['ads targeting 18-24 year olds'] }],
  ]);
});

describe("(2) the goal's own noun forecast beside it: no means, no target, no deadline", () => {
  readsAs([
    ['Grow sales 8% in 2027, with total sales projected at $14 billion in 2028.', { target: null, deadline: '2027-12-31', levers: [] }],
    ['Increase bookings 5% in 2027, with bookings expected at 9,000 in 2029.', { target: null, deadline: '2027-12-31', levers: [] }],
    ["Augmenter les ventes de 8 % en 2027, avec des ventes totales prévues à 14 milliards d'euros en 2028.", { target: null, deadline: '2027-12-31', levers: [] }],
  ]);
});

describe('(3) ", from the N <another thing>" is a source, no baseline', () => {
  readsAs([
    ['Reach $5 million in revenue by 2028, from the 10 new stores we open next year.', { baseline: null, target: 5000000 }],
    ['Generate $2 million in annual sales by 2027, from the 3 new product lines.', { baseline: null, target: 2000000 }],
    ['Hit 1,500 subscribers by June 2027, from the 4 campaigns we launch in January.', { baseline: null, target: 1500 }],
    ['Increase revenue to $4 million in 2027, from the planned 12 new stores.', { baseline: null, target: 4000000 }],
  ]);
});

describe('(3) near misses: the measure compared keeps its baseline', () => {
  readsAs([
    ['Grow revenue to $5 million by 2028, from the projected $4 million of 2027.', { baseline: 4000000, target: 5000000 }],
    ['Sell 400 units in 2028, a rise from the 275 units sold in 2027.', { baseline: 275, target: 400 }],
    ['Sell 400 units in 2028, from the 275 units sold in 2027.', { baseline: 275, target: 400 }],
  ]);
});

describe('(4) money given to exporters or got from them is no revenue', () => {
  readsAs([
    ['The government will provide $2 billion in support to export businesses by 2028.', { kpi: null }],
    ['Offer €50 million in grants to export firms by 2027.', { kpi: null }],
    ['Provide €200 million in loans to export-oriented SMEs by 2027.', { kpi: null }],
    ['Receive $20 million from exporting nations by 2027.', { kpi: null }],
  ]);
});

describe("(4) near misses: the exports' own value stays revenue", () => {
  readsAs([
    ['Earn $1 billion from beef exports by 2028.', { kpi: 'revenue', target: 1000000000 }],
    ['The firm plans to export chili worth up to $100 million by 2028.', { kpi: 'revenue', target: 100000000 }],
    ["Nous visons à augmenter nos exportations de 15 % pour atteindre 2 milliards d'euros en 2028.", { kpi: 'revenue', target: 2000000000 }],
  ]);
});

describe('(5) the attribution ends at its speaker', () => {
  readsAs([
    ['Sales will reach $5M by 2028, executives said, driven by new stores.', { target: 5000000, levers: ['new stores'] }],
    ['Sales will reach $5M by 2028, driven by new stores, he has said.', { target: 5000000, levers: ['new stores'] }],
    ['Sales will reach $5M by 2028, top company officials said on Friday.', { target: 5000000, levers: [] }],
  ]);
});

describe('(6) "annually recurring revenue" names the measure: no cadence', () => {
  readsAs([
    ['Grow annually recurring revenue to $3 million by 2028.', { kpi: 'revenue', recurrence: null }],
    ["Porter le revenu récurrent annuel à 3 millions d'euros d'ici 2028.", { kpi: 'revenue', recurrence: null }],
    ['The firm plans to annually export chili worth up to $100 million.', { kpi: 'revenue', recurrence: 'year' }],
  ]);
});

describe('(7) "subsequent" looks back to the sentence\'s year; "the subsequent quarter" is the next', () => {
  readsAs([
    ['After the merger closes in 2027, grow revenue 20% over the subsequent two years.', { deadline: '2029-12-31' }],
    ['Double revenue within the subsequent five years after the 2027 IPO.', { deadline: '2032-12-31' }],
    ['Grow revenue 10% in the subsequent quarter.', { deadline: '2027-03-31' }],
    ['Grow revenue 20% over the subsequent three years.', { deadline: '2029-12-07' }],
  ]);
});
