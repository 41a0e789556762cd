/**
 * mend63k: kpi63's independent review mended (docs/MEASUREMENTS.md, mend63k). Each class row failed on kpi63's merge
 * (`ba02ba7f`); the near misses keep kpi63's readings.
 * 1. new subscribers counted after a base (« vise 150 000 nouveaux abonnés », "want 5,000 new subscribers") are won,
 *    sign-ups, not the base (kpi63 read the base, `customers`);
 * 2. a newsletter's subscribers named again after its count stay sign-ups ("Our newsletter passed one million subscribers
 *    and we plan to double our subscribers");
 * 3. more audiences' channels: Substack, « lettre d'info », Twitch, a "channel", Discord…;
 * 4. the growth aimed at after a reported figure names Sales growth only when the reported figure is an amount of money
 *    (the report's revenue) and no other measure follows the growth ("12% growth in customers", « de sa marge »);
 * 5. nor when the growth's reading takes an amount of money for its baseline or target ("recorded $40 million in revenue …
 *    expects 12% growth": Revenue, $40M and its 12 % change, as before kpi63), nor when an amount follows the growth. (No
 *    French wording was found whose report is read as the baseline: « a enregistré 12 M€ … prévoit 10 % de croissance »
 *    reads as « a réalisé », Sales growth 10 %; its French rows are the amount after the growth.)
 */
import { analyzeStatement } from '../../../src/core/statement';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('1. new subscribers counted after a base are sign-ups (was customers)', () => {
  readsAs([
    ['L’opérateur compte 2 millions d’abonnés et vise 150 000 nouveaux abonnés en 2027.', { kpi: 'signups', target: 150_000 }],
    ['L’opérateur compte 2 millions d’abonnés et veut recruter 50 000 nouveaux abonnés en 2027.', { kpi: 'signups', target: 50_000 }],
    ['We have 45,000 subscribers and want 5,000 new subscribers by 2028.', { kpi: 'signups' }],
  ]);
});

describe('1. near misses: the base named again, or tens of thousands with no new ones, stay the base; a French base and new ones kept', () => {
  readsAs([
    ['L’opérateur, qui compte 1,5 million d’abonnés, veut doubler ses abonnés d’ici 2029.', { kpi: 'customers', direction: 'increase' }],
    ['The streaming start-up hopes to reach 35,000 subscribers by the end of 2027.', { kpi: 'customers', target: 35_000 }],
    ['Le quotidien régional veut franchir la barre des 45 000 abonnés d’ici 2028.', { kpi: 'customers', target: 45_000 }],
    ['Nous comptons 45 000 abonnés et voulons 5 000 nouveaux abonnés d’ici 2028.', { kpi: 'signups', baseline: 45_000 }],
  ]);
});

describe('2. a newsletter’s subscribers named again stay sign-ups (was customers)', () => {
  readsAs([
    ['Our newsletter passed one million subscribers and we plan to double our subscribers by 2028.', { kpi: 'signups', direction: 'increase' }],
    ['Notre newsletter compte 1,2 million d’abonnés et nous voulons doubler nos abonnés d’ici 2028.', { kpi: 'signups', direction: 'increase' }],
  ]);
});

describe('3. more audiences’ channels keep tens of thousands of subscribers sign-ups (was customers)', () => {
  readsAs([
    ['Grow our Substack to 25,000 subscribers by 2028.', { kpi: 'signups', target: 25_000 }],
    ['Passer à 30 000 abonnés à notre lettre d’info d’ici 2028.', { kpi: 'signups', target: 30_000 }],
    ['Our Twitch channel wants 20,000 subscribers by 2028.', { kpi: 'signups', target: 20_000 }],
    ['Notre serveur Discord vise 15 000 abonnés d’ici 2028.', { kpi: 'signups', target: 15_000 }],
  ]);
});

describe('4. the reported figure is another KPI’s: it keeps its KPI (was sales growth)', () => {
  readsAs([
    ['The firm hit 500 deals in 2025 and targets 12% growth in 2026.', { kpi: 'deals_closed' }],
    ['Our churn rose to 8% in 2025 and we target 12% growth in 2026.', { kpi: 'churn' }],
    ['Le cabinet a atteint 500 contrats signés en 2025 et vise 12 % de croissance en 2026.', { kpi: 'deals_closed' }],
  ]);
});

describe('4. a measure named after the growth: not sales growth (was sales growth)', () => {
  it.each([
    'The firm posted $40 million in revenue in 2025 and targets 12% growth in customers in 2026.',
    'The firm posted $40 million in revenue in 2025 and targets 12% growth in gross margin in 2026.',
    'The firm posted $40 million in revenue in 2025 and targets 12% growth in its pipeline in 2026.',
    'Le cabinet a réalisé 12 M€ de chiffre d’affaires en 2025 et vise 10 % de croissance de sa marge en 2026.',
    'Le cabinet a réalisé 12 M€ de chiffre d’affaires en 2025 et vise 10 % de croissance de son nombre de clients en 2026.',
  ])('%s', (text) => {
    expect(analyzeStatement(text, { asOf: '2026-12-05' }).kpi).not.toBe('sales_growth');
  });
});

describe('5. the growth of an amount of money read: Revenue, its baseline and change (was sales growth)', () => {
  readsAs([
    ['The firm recorded $40 million in revenue in 2025 and expects 12% growth in 2026.', { kpi: 'revenue', baseline: 40_000_000, change: { value: 0.12, kind: 'relative' } }],
  ]);
  it.each([
    'The firm recorded $40 million in revenue in 2025 and targets 12% growth to $45 million in 2026.',
    'Le cabinet a réalisé 12 M€ de chiffre d’affaires en 2025 et vise 10 % de croissance pour atteindre 13,2 M€ en 2026.',
  ])('an amount after the growth: not sales growth — %s', (text) => {
    expect(analyzeStatement(text, { asOf: '2026-12-05' }).kpi).toBe('revenue');
  });
});

describe('4–5. near misses: kpi63’s reading of the report’s revenue then a growth aimed at stays', () => {
  readsAs([
    ['The firm posted $40 million in revenue in 2025 and targets 12% growth in 2026.', { kpi: 'sales_growth', target: 0.12 }],
    ['Le cabinet a réalisé 12 M€ de chiffre d’affaires en 2025 et vise 10 % de croissance en 2026.', { kpi: 'sales_growth', target: 0.1 }],
    ['Revenue rose 25% in 2025, and we want 30% growth in 2026.', { kpi: 'sales_growth' }],
    ['The firm posted $40 million in revenue in 2025 and targets 12% growth in the next fiscal year.', { kpi: 'sales_growth', target: 0.12 }],
    ['Le chiffre d’affaires a progressé de 25 % en 2025. Et nous voulons 30 % de croissance pour 2026.', { kpi: 'sales_growth' }],
    ['Le cabinet a signé 500 contrats en 2025 et vise 12 % de croissance en 2026.', { kpi: 'deals_closed' }],
  ]);
});
