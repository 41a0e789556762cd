/**
 * kpi66b: two classes of kind B (a KPI labelled, none read) taken from the still-missed lines of `kpi-blind-kinds.ts
 * --list`, written here in other words (FR and EN, none copied from a fixture), with near misses that keep today's reading
 * (docs/MEASUREMENTS.md, kpi66b; the fixtures README's "kpi66b" section):
 * - G. a firm's growth whose figure is a bound or a range ("growth of up to 30%", "of between 4% and 5%", « une progression
 *   comprise entre 3,5 % et 4,5 % ») is sales growth, as "growth of 30%" and « une progression de 3,5 % » are (stmt44's
 *   ruling); a thing grown after the range (prices, headcount) keeps it no sales growth;
 * - M. members a change verb grows, or members held before the rise ("Increase our members to 13,000", « Augmenter nos
 *   membres de 10 % », "We had 9,000 members and want to reach 13,000") are the member base, `customers`, as customers
 *   are; members of a team or a staff, the members' own measure, customers signed keep today's reading.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-08', rows);

describe('G. a growth’s figure given as a bound or a range is the firm’s sales growth (was none)', () => {
  readsAs([
    ['We expect annual growth of up to 30% over the next two years.', { kpi: 'sales_growth', target: 0.3 }],
    ['We aim for growth of between 4% and 5% in 2027.', { kpi: 'sales_growth', target: 0.04 }],
    ['We expect the company to grow by up to 30% in 2027.', { kpi: 'sales_growth', target: 0.3, change: null }],
    ['Nous visons une progression comprise entre 3,5 % et 4,5 % en 2027.', { kpi: 'sales_growth', target: 0.035, change: null }],
    ['La société vise une progression comprise entre 5 et 8 % en 2027.', { kpi: 'sales_growth' }],
  ]);
});

describe('G. near misses: a thing grown after the range, a KPI named, a single figure keep their reading', () => {
  readsAs([
    ['We expect growth of up to 30% in prices in 2027.', { kpi: null }],
    ['We expect growth of 30% to 40% in prices in 2027.', { kpi: null }],
    ['Nous visons une croissance de 4 à 5 % des prix en 2027.', { kpi: null }],
    ['Nous visons une progression comprise entre 3 et 5 % de nos effectifs en 2027.', { kpi: null }],
    ['We aim for growth of up to 30% in revenue by 2027.', { kpi: 'revenue' }],
    ['La société devrait progresser de 5 à 8 % en 2027.', { kpi: 'sales_growth' }],
    ['Nous visons une progression de 3,5 % en 2027.', { kpi: 'sales_growth' }],
  ]);
});

describe('M. members grown, or held before the rise, are the member base (was none)', () => {
  readsAs([
    ['Increase our members to 13,000 by 2027.', { kpi: 'customers', target: 13000 }],
    ['Grow our members by 10% in 2027.', { kpi: 'customers', change: { value: 0.1, kind: 'relative' } }],
    ['We had 9,000 members and want to reach 13,000 next season.', { kpi: 'customers', baseline: 9000, target: 13000 }],
    ['Augmenter nos membres de 10 % en 2027.', { kpi: 'customers', change: { value: 0.1, kind: 'relative' } }],
    ['Nous avions 9 000 membres et voulons passer à 13 000 la saison prochaine.', { kpi: 'customers', baseline: 9000, target: 13000 }],
    ['We had 500 customers and want 800 by 2027.', { kpi: 'customers', baseline: 500, target: 800 }],
  ]);
});

describe('M. near misses: a team’s or a staff’s members, the members’ own measure, customers signed keep their reading', () => {
  readsAs([
    ['Increase team members to 12 by 2027.', { kpi: null }],
    ['Augmenter les membres de l’équipe à 12 d’ici 2027.', { kpi: null }],
    ['Grow our staff members by 10% in 2027.', { kpi: null }],
    ['Increase the members’ satisfaction by 2027.', { kpi: 'csat' }],
    ['We signed 50 customers in 2026 and want 80 in 2027.', { kpi: 'deals_closed' }],
    ['Reach 13,000 members by 2027.', { kpi: 'customers' }],
  ]);
});
