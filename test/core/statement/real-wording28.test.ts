/**
 * Classes of misses found on the twenty-eighth real statement set (test/fixtures/statements/real28-heldout.jsonl: travel
 * agencies, wine exports, logistics, call centres, media ad sales, e-commerce, restaurant chains, tenders, banks and
 * insurers), chosen first where the same class also remained among the misses of older sets (a level with no verb and
 * no catalog KPI; a measure the catalog does not track read as sales). Each class is fixed by a general rule and checked
 * here on sentences written for the class, FR and EN, none of them in a fixture set, with near-misses that must keep
 * their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2026-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('a level given with no verb of direction is a level to reach, with or without a catalog KPI', () => {
  it.each([
    ["D'ici 2028, la vente en ligne pourrait peser près de 30 % des ventes du réseau.", 0.3],
    ['Environ 40 % de remplissage espérés dès la deuxième saison.', 0.4],
    ["L'enseigne annonce 450 agences d'ici à quatre ans.", 450],
    ['Three referrals a week, every week, for all of 2026.', 3],
    ['Around 60% of bookings made online by 2027.', 0.6],
    // A planned figure is an expectation too (real23's rule; real19's label corrected to it).
    ["Le taux d'occupation prévu pour la deuxième année est de 85 %.", 0.85],
  ])('%s → increase, target %s', (text, target) => {
    const a = analyze(text);
    expect(a.direction).toBe('increase');
    expect(a.target).toBeCloseTo(target, 6);
  });

  it.each([
    // A verb still gives its own direction.
    ["Réduire la part des ventes en magasin à 40 % d'ici 2028.", 'decrease'],
    ['Keep our occupancy at 80% through 2026.', 'maintain'],
    // No number and no verb: nothing to reach.
    ['Une meilleure présence en ligne.', null],
  ])('near-miss: %s → %s', (text, direction) => {
    expect(analyze(text).direction).toBe(direction);
  });
});

describe('a share of sales, counted with « des » or as a fraction « du », names no catalog KPI; a change of sales still does', () => {
  it.each([
    ["L'objectif est d'atteindre 40 % à 45 % des ventes via l'application d'ici 2027."],
    ['Le click-and-collect devrait peser 25 % des ventes des agences en 2027.'],
    ["Les services devraient représenter au moins un tiers du chiffre d'affaires consolidé en 2028."],
    ["Le numérique doit représenter la moitié du chiffre d'affaires d'ici 2030."],
  ])('%s → no KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it.each([
    ['Une hausse de 20 % des ventes en 2027.', 'revenue'],
    ["Une baisse d'un tiers du chiffre d'affaires en 2027 est à éviter.", 'revenue'],
    ["Augmenter les ventes de 15 % d'ici 2027.", 'revenue'],
    // (left52's L1: a growth noun of sales names sales growth; still a KPI, unlike a share of sales.)
    ['Une croissance de 8 % des ventes en 2027.', 'sales_growth'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('sales named as what the goal comes to (soit, pour un, would mean, brings) are no measure of the goal', () => {
  it.each([
    ["La livraison pourrait peser 15 % des ventes, soit un chiffre d'affaires de 2 milliards d'euros.", null],
    ['Raising the average basket to $60 would mean total sales of $1.2 million.', 'average_deal_size'],
    ['Lifting the average order value by $4 brings total sales up to $90,000.', 'average_deal_size'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    // Sales that are the goal itself stay sales.
    ["Atteindre un chiffre d'affaires de 2 millions d'euros en 2027.", 'revenue'],
    ["Signer 40 nouveaux clients pour augmenter le chiffre d'affaires.", 'deals_closed'],
    ['Grow total sales to $1.2 million by 2027.', 'revenue'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('an amount given to a goal word named after money that is not sales (savings) is no sales amount; money exported is', () => {
  // Exports given in money are sales summed over their sellers (the fixtures README's ruling (b); none before kpi46).
  it.each([
    ['The cider industry is likely to hit an export target of $300 million this year.'],
    ["La filière vise un objectif d'exportation de 500 millions d'euros en 2027."],
    ['The region is likely to hit an export target of $40 million in 2027.'],
  ])('%s → revenue', (text) => {
    expect(analyze(text).kpi).toBe('revenue');
  });

  it.each([
    ['Our sales target is $400,000 for 2026.', 'revenue'],
    ['My goal is $20,000 per month.', 'revenue'],
    // A quota given in money is a sales amount.
    ['You may be looking at a quota of around $300,000 this year.', 'revenue'],
    ['Chaque commercial a un quota de 50 000 € par trimestre.', 'revenue'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('« nous visions » (the imperfect) is an aim', () => {
  it('« nous visions » (the imperfect) is an aim; « nos visions » is a noun', () => {
    expect(analyze("Nous visions 2 millions d'euros en 2027.")).toMatchObject({ kpi: 'revenue', direction: 'increase', target: 2000000 });
    expect(analyze('Nos visions sont claires.').direction).toBeNull();
  });
});

describe('a growth given with its figure after « avec » is the goal stated, not a means', () => {
  it('FR: the growth of sales after « avec » is read', () => {
    expect(analyze("Le groupe a confirmé ses objectifs pour l'exercice en cours, avec une croissance attendue du chiffre d'affaires supérieure à 5 %.")).toMatchObject({ kpi: 'sales_growth', target: 0.05, levers: [] });
  });

  it('EN: "with revenue growth of at least 4%" is the goal', () => {
    expect(analyze('The company confirmed its outlook, with revenue growth of at least 4%.')).toMatchObject({ kpi: 'sales_growth', target: 0.04, levers: [] });
  });

  it.each([
    // A rise of something else is a means.
    ['Augmenter les ventes de 10 % avec une hausse des prix.', ['une hausse des prix']],
    // A growth with no figure may be a means too.
    ['Augmenter les ventes de 10 % avec une forte croissance du trafic web.', ['une forte croissance du trafic web']],
  ])('near-miss: %s → levers %j', (text, levers) => {
    expect(analyze(text).levers).toEqual(levers);
  });

  it('near-miss: a growth restating a goal already given keeps the goal and its cadence-free reading', () => {
    const a = analyze("Le groupe prévoit de dépasser cinq milliards d'euros de chiffre d'affaires en 2028, avec une croissance moyenne visée de l'ordre de 5 % par an.");
    expect(a).toMatchObject({ kpi: 'revenue', target: 5000000000, recurrence: null });
  });
});

describe('a means set between commas inside the goal ends at the comma that gives the goal its number back', () => {
  it.each([
    ["La banque prévoit de générer, grâce à son programme Cap 2028, 40 millions d'euros de résultat brut d'exploitation d'ici 2028.", ['son programme Cap 2028'], 'profit'],
    ['We plan to generate, through partnerships, $2M in new revenue by 2027.', ['partnerships'], 'revenue'],
  ])('%s → %j', (text, levers, kpi) => {
    const a = analyze(text);
    expect(a.levers).toEqual(levers);
    expect(a.kpi).toBe(kpi);
  });

  it('near-miss: a list of means after the goal keeps all its items', () => {
    expect(analyze('Augmenter les ventes de 10 %, grâce à des remises, des essais et du support.').levers).toEqual(['des remises', 'des essais', 'du support']);
  });

  it('near-miss: a list of means after a goal with its numbers keeps an item that opens on a number', () => {
    expect(analyze('Reduce churn from 40% to 25% by 30 June 2027, through onboarding calls, coupons, 15% more support staff.').levers).toEqual(['onboarding calls', 'coupons', '15% more support staff']);
  });
});

describe('a share of one’s own goal or quota is its attainment', () => {
  it.each([
    ['Go into each quarter with 70 percent or more of your goal already booked.'],
    ['Réaliser 50 % de son objectif annuel dès le premier semestre.'],
  ])('%s → quota_attainment', (text) => {
    expect(analyze(text).kpi).toBe('quota_attainment');
  });

  it.each([
    // A share of a target market, or a growth, is no attainment.
    ['Reach 20% of our target market by 2027.'],
    ['Atteindre 30 % de croissance en 2027.'],
    ['Increase revenue by 10% in 2027.'],
    // A goal given its own count keeps it.
    ['Reach 50% of our goal of 60 deals.'],
  ])('near-miss: %s → not quota attainment', (text) => {
    expect(analyze(text).kpi).not.toBe('quota_attainment');
  });
});

describe('a ratio of two account lines (LTV to CAC) is no conversion rate, and « 3:1 » is the ratio 3', () => {
  it.each([
    ['Maintain an LTV-to-CAC ratio of 4:1 or better.', 4],
    ['Keep a CLV to CAC ratio of 3:1 through 2026.', 3],
  ])('%s → no KPI, target %s', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBeNull();
    expect(a.target).toBe(target);
  });

  it.each([
    ['Increase the lead-to-customer ratio to 5%.', 'conversion_rate'],
    ['Raise the trial to paid conversion rate from 10% to 15%.', 'conversion_rate'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('a sector’s own words for catalog measures', () => {
  it.each([
    ['Increase the average booking size to $7,500 by June.', 'average_deal_size'],
    ['Augmenter la valeur moyenne des réservations de 10 % en 2026.', 'average_deal_size'],
    ['Improve our tender strike rate to 30% in 2026.', 'close_rate'],
    ["Porter le taux de marge à 12 % en 2027.", 'net_margin'],
    ['Atteindre un taux de marge brute de 40 % en 2027.', 'gross_margin'],
    ["Dégager 2 millions d'euros de résultat brut d'exploitation en 2027.", 'profit'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    // Bookings alone stay sales; a margin of error is no margin.
    ['Grow bookings by 15% in 2026.', 'revenue'],
    ['Increase the average deal size by 10%.', 'average_deal_size'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('(class A across sets) a growth of something the catalog does not track, or naming a plan or a trend, is no sales growth', () => {
  it.each([
    ['The plan requires the annual growth in the value of dairy exports to double by 2030.'],
    ["Le groupe vise une croissance des activités numériques hors publicité d'ici 2027."],
    ["Pour 2027, l'enseigne poursuit sa politique d'hyper croissance et table sur une cinquantaine d'ouvertures."],
  ])('%s → no KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  // Exports multiplied are sales summed over their sellers (the ruling (b); none before kpi46): the trend is still no growth.
  it('The target to double seafood exports by 2030 looks achievable if current growth trends continue. → revenue', () => {
    expect(analyze('The target to double seafood exports by 2030 looks achievable if current growth trends continue.').kpi).toBe('revenue');
  });

  it('the cadence of a growth of something untracked names the rate, no cadence of the goal', () => {
    expect(analyze('The plan requires the annual growth in the value of dairy exports to double by 2030.').recurrence).toBeNull();
  });

  it.each([
    // A company or its business growing, a growth given its figure, and a growth of sales stay sales growth.
    ['Achieve stable annual growth in excess of 8 percent for the Group.', 'sales_growth'],
    ["Viser une croissance de l'entreprise de 12 % en 2027.", 'sales_growth'],
    ['La direction s’attend à une croissance autour des 9 % en 2027.', 'sales_growth'],
    ["Une croissance du chiffre d'affaires supérieure à 6 % en 2027.", 'sales_growth'],
    // A period after the growth is no thing growing.
    ['Deliver growth in the year of at least 5%.', 'sales_growth'],
    ["Retrouver la croissance d'ici fin 2027.", 'sales_growth'],
    // A growth strategy named with a goal of sales: the sales are the goal.
    ['Our growth strategy aims to increase sales by 10% in 2027.', 'revenue'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('(class A across sets) an amount per area or per head is a ratio, no sales amount', () => {
  it.each([
    ['The chain is targeting sales per square foot to rise to $450 within four years.'],
    ['Increase revenue per employee to $200,000 by 2027.'],
  ])('%s → no KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it.each([
    ['Reach $500 per month in new sales.', 'revenue'],
    ['Grow sales to $2 million by 2027.', 'revenue'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});
