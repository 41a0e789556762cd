/**
 * Classes of misses found on the twenty-seventh real statement set (test/fixtures/statements/real27-heldout.jsonl:
 * industrial and B2B equipment sales, professional and IT services, energy and telecom suppliers, fitness clubs, schools,
 * fundraising, construction, agencies), chosen first where the same class also remained among the misses of older sets,
 * and first the three lines real25's classes had broken (memberships read as the customer base; a profit word of a second
 * item taking over the growth named first). Each class is fixed by a general rule and checked here on sentences written
 * for the class, FR and EN, none of them in a fixture set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2026-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('memberships are things sold (real25 had made them the customer base): counted or new, won deals; sold uncounted, sales', () => {
  it.each([
    ['Our target of 60 breaks down to two memberships per day.', 'deals_closed'],
    ['Each advisor should sell 40 memberships per month.', 'deals_closed'],
    ['Our goal for new memberships is 300.', 'deals_closed'],
    ['Vendre 25 memberships par semaine au club.', 'deals_closed'],
    ['How will you sell more gym memberships this week?', 'revenue'],
    ['We need to sell more memberships today.', 'revenue'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    // The membership (singular, the base) stays the customer base.
    ['Double our membership from 400 to 800 members by 2028.', 'customers'],
    // Active memberships are the base, like active subscriptions.
    ['Reach 5,000 active memberships by June.', 'customers'],
    // Members won stay won deals; the membership director is a person.
    ['Acquire 52 new members this year.', 'deals_closed'],
    ['Our membership director wants to raise revenue by 5%.', 'revenue'],
    // "today" ends the object: the things sold are its head ("sell more cars today" stays sales).
    ['We need to sell more cars today.', 'revenue'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('a second item opened by a change noun does not take the KPI over from the first one', () => {
  it.each([
    ['Le groupe vise une croissance de ses revenus comprise entre 7 % et 10 % et une amélioration du taux de résultat opérationnel.', 'sales_growth'],
    ['We expect revenue growth of 5% to 7% and an improvement of the operating profit margin.', 'sales_growth'],
    ['Des objectifs tels que l’augmentation des ventes, l’amélioration de la satisfaction des clients et la baisse des coûts.', 'revenue'],
    ['Goals such as higher sales, an improvement in customer satisfaction and lower costs.', 'revenue'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    // A specific KPI named first stays the goal's.
    ['Améliorer le taux de marge, l’augmentation des ventes viendra ensuite.', 'net_margin'],
    // A list item opened by a number keeps the older rule: the first item names the KPI.
    ['5% more sales, 5% higher average sale, and 5% more transactions.', 'revenue'],
    // With no item break, a compound read as a whole stands.
    ['Increase the customer satisfaction score to 90%.', 'csat'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('customers counted by "a million" or kept in millions are the base reached, not won deals or a retention rate', () => {
  it.each([
    ['Our ambition is to reach a million retail customers by 2028.', 'customers', 1e6],
    ['We want to have a million paying customers by 2028.', 'customers', 1e6],
    ['L’opérateur veut fidéliser un million de clients d’ici 2028.', 'customers', 1e6],
    ['The utility hopes to retain 2 million customers by 2028.', 'customers', 2e6],
  ])('%s → %s %d', (text, kpi, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual([kpi, target, 'count']);
  });

  it.each([
    // Won with an acquisition verb or "new", they stay won deals.
    ['Win a million new customers by 2028.', 'deals_closed'],
    ['Gagner un million de nouveaux clients en 2027.', 'deals_closed'],
    // A share of the customers kept is the retention rate.
    ['Fidéliser 90 % de nos clients.', 'retention'],
    ['Retain 95% of our customers this year.', 'retention'],
    // Keeping customers, uncounted, is retention.
    ['Fidéliser nos clients.', 'retention'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('a sector’s own words for catalog measures (real27: schools, agencies, contractors, manufacturers)', () => {
  it.each([
    // A school's students as a level are its customers (the base), enrolment as a flow its sign-ups.
    ['L’école vise 800 étudiants en 2028.', 'customers'],
    ['Porter les effectifs étudiants de 1 200 à 2 000 d’ici 2030.', 'customers'],
    ['The college aims to welcome 5,000 students by 2028.', 'customers'],
    ['Increase graduate enrollment by 10% next year.', 'signups'],
    // An agency's pitches are sales presentations.
    ['Our agency should aim for two pitches a month.', 'meetings'],
    ['Faire 3 pitchs par mois.', 'meetings'],
    // A contractor's hit rate is bids won over bids made.
    ['Raise our hit rate from 20% to 25% this year.', 'close_rate'],
    // Money in active pipeline is its value; order intake (« entrées de commandes ») and « facturations » are sales.
    ['Build $300,000 in active pipeline by March.', 'pipeline_value'],
    ['Viser 40 M€ de facturations en 2027.', 'revenue'],
    ['Une progression des entrées de commandes de 5 % en 2026.', 'revenue'],
    // English order intake too (fixes46: left out while the bench's weekly tree goal was judged bottom-up as a total to the deadline).
    ['Grow order intake by 8% in 2027.', 'revenue'],
    ['Reach 60000 € of weekly order intake by 2027-06-30', 'revenue'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    // The script or its slides are no pitch given.
    ['Improve our elevator pitch by March.', null],
    ['Refresh the pitch deck this quarter.', null],
    // Orders counted stay won deals.
    ['Prendre 200 commandes par mois.', 'deals_closed'],
    // A bare bid-hit ratio (bids per win) is a ratio, no KPI.
    ['A low bid-hit ratio is ideal.', null],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('measures the catalog does not track, read as none: a share of revenue, an amount per head, homes a network reaches', () => {
  it.each([
    ['A strong services business should contribute a significant portion of total revenue.', null],
    ['Increase our share of revenue from partners to 30%.', null],
    ['Augmenter la part du chiffre d’affaires réalisée à l’export à 40 %.', null],
    ['Porter les honoraires par associé à 400 000 € d’ici 2027.', null],
    ['Net fees per partner should be over $1M.', null],
    ['Our target is to connect 3 million homes to fibre by 2027.', null],
    ['Notre objectif : 3 millions de foyers raccordés en 2027.', null],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    // Revenue itself, a market share and a firm's fees stay catalog measures.
    ['Increase revenue by 10% this year.', 'revenue'],
    ['Gagner 2 points de part de marché.', 'market_share'],
    ['Grow our fees by 10% this year.', 'revenue'],
    // Homes sold, and things counted in millions, are still things won or sold.
    ['Our goal is 500 homes sold this year.', 'deals_closed'],
    ['Notre objectif : 3 millions de colis livrés en 2027.', 'deals_closed'],
    ['Our target is 2 million new units by 2027.', 'deals_closed'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('the base by its shape: a paid service’s subscribers by segment, a count named as a milestone, a firm growing a percentage', () => {
  it.each([
    ['Doubler le nombre d’abonnés particuliers d’ici 2028.', 'customers'],
    ['Reach 500,000 residential subscribers by 2028.', 'customers'],
    ['On est encore loin des 10 000 clients nécessaires à l’équilibre.', 'customers'],
    ['We are still far from the 5,000 customers we need.', 'customers'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('a firm growing a percentage with no object is the growth rate, a level', () => {
    const a = analyze('If your firm wants to grow 9 percent this year, where will it come from?');
    expect([a.kpi, a.target, a.change, a.unit]).toEqual(['sales_growth', 0.09, null, 'percent']);
    const b = analyze('We want to grow 12% in 2026.');
    expect([b.kpi, b.target, b.change]).toEqual(['sales_growth', 0.12, null]);
  });

  it.each([
    // A newsletter's or a social account's subscribers stay sign-ups.
    ['Atteindre 5 000 abonnés à la newsletter.', 'signups'],
    ['Gagner 500 abonnés sur Instagram.', 'signups'],
    // Customers counted and won stay won deals.
    ['Signer 10 clients ce mois-ci.', 'deals_closed'],
    // A growth of a named measure is that measure's change.
    ['Grow revenue 10% this year.', 'revenue'],
    ['Grow 10% more leads this year.', 'leads'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('an opening if-clause before a main clause of need states the assumptions, not the goal', () => {
  it.each([
    ['If your monthly target is £50,000 and your win rate is 50%, you need £100,000 in active pipeline.', 'pipeline_value', 100000],
    ['Si votre objectif mensuel est de 50 000 € et votre taux de closing de 25 %, il vous faut 200 000 € de pipeline ouvert.', 'pipeline_value', 200000],
    ['If your close rate is 20%, you need 50 meetings a month.', 'meetings', 50],
    ['If you are a $5M firm, your fees per partner should be over $800K.', null, 800000],
  ])('%s → %s %d', (text, kpi, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target]).toEqual([kpi, target]);
  });

  it.each([
    // A main clause that asks how leaves the if-clause the goal.
    ['If your firm wants to grow revenue 10% this year, where will it come from?', 'revenue'],
    // A condition with a goal of its own in the main clause keeps the main clause's KPI.
    ['If we hire two reps, we can raise revenue by 20%.', 'revenue'],
    // No if-clause: the goal's own number stands.
    ['Your monthly target is £50,000 in new revenue.', 'revenue'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('the reps asked to act are who acts, not the measure; putting out a count is producing it', () => {
  it.each([
    ['We require all sales reps [worldwide] to put out 20 quotes per month.', null, 'increase', 20],
    ['We expect our sales reps to put out 15 proposals a week.', null, 'increase', 15],
  ])('%s → %s %s %d', (text, kpi, direction, target) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target]).toEqual([kpi, direction, target]);
  });

  it.each([
    // Reps counted or grown stay the headcount.
    ['We need 5 sales reps to cover the region by June.', 'sales_reps'],
    ['Grow our sales reps to 12 by June.', 'sales_reps'],
    // What the reps are asked to do names the KPI.
    ['We want our sales reps to book 10 meetings a week.', 'meetings'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});
