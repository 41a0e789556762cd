/**
 * mend40a: regressions a read-only review found in the evening's merged statement rules (stmt39's real38 classes, rel40's
 * goal shares). Each block holds sentences read wrong after those merges (read right before them) and near misses that
 * keep the rule's reading. Fixtures README, "Narrowed by mend40a".
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-12-04';

describe("a compared level takes the goal's scale only when bare: a count of other things keeps its own", () => {
  readsAs(AS_OF, [
    ['Generate $2 million in revenue from 5 new products by 2027.', { kpi: 'revenue', direction: 'increase', target: 2000000, unit: 'currency' }],
    ['Reach $10 million in revenue from 12 stores by 2027.', { direction: 'increase', target: 10000000 }],
    ['Earn $1.5 million in revenue from 2 new regions by 2027.', { direction: 'increase', target: 1500000 }],
    ['Reach 2 million users by 2027 from 3 countries.', { direction: 'increase', target: 2000000 }],
    ['Grow revenue to $5 million in 2027 from 8 markets.', { direction: 'increase', target: 5000000 }],
    ['Atteindre 5 M€ de CA en 2027 contre 4 commerciaux', { kpi: 'revenue', direction: 'increase', baseline: 4, target: 5000000 }],
  ]);
  describe('near misses: a bare level compared, after « contre » or "up from", still shares the scale', () => {
    readsAs(AS_OF, [
      ["Atteindre 12 millions d'euros en 2027 contre 9,5 actuellement", { baseline: 9500000, target: 12000000 }],
      ['Grow revenue to $5 million in 2027, up from 4 last year.', { direction: 'increase', baseline: 4000000, target: 5000000 }],
      ['Grow revenue from 4 to $5 million by 2027.', { baseline: 4000000, target: 5000000 }],
    ]);
  });
});
