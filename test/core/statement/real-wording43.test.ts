/**
 * Classes of misses found on the forty-third real statement set (test/fixtures/statements/real43-heldout.jsonl: pest
 * control, pet food, ports, car rental, wedding planners, bicycle makers, co-operatives, nursing homes, medical devices),
 * and the ruling of 2026-12-05 (stmt44) in the fixtures' README: a firm growing by a percentage with no measure noun is
 * its sales growing, the percentage the growth's level, whatever the word. Chosen by what each rule moves on every set at
 * once, structure first: the number's form (a percentage after a firm's growth; sales given as a count of units), a
 * word boundary (« croissance interne » is no growth "in" something), the sentence's shape (an aim, a doing verb, a count
 * and a cadence), and one word (« une recette de » an amount). Each rule is checked on real43's or the relabelled sets'
 * sentences and on sentences written for the class, FR and EN, with near-misses that must keep their reading.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-12-05';

describe("the ruling: a firm growing by a percentage, with no measure noun, is sales growth, the percentage its level", () => {
  readsAs('2024-01-01', [
    ['grow your business by 20%', { kpi: 'sales_growth', target: 0.2, change: null }],
    ['Let’s say you aim to grow your agency by 25 percent annually.', { kpi: 'sales_growth', target: 0.25, change: null, recurrence: 'year' }],
    ['So if they want to grow by 15%, then they need approximately seven more projects.', { kpi: 'sales_growth', target: 0.15 }],
    ['Idéalement, une startup devrait croître de 100 pour cent ou plus, ce que parvient à faire un tiers des entreprises interrogées.', { kpi: 'sales_growth', target: 1, change: null }],
    ['" Et en plus, il nous demande une progression de 3 % ", marmonne-t-il tout en secouant la tête de désapprobation.', { kpi: 'sales_growth', target: 0.03, change: null }],
    ['« Nous visons cette année une progression de l\'ordre de 7 % », précise le dirigeant.', { kpi: 'sales_growth', target: 0.07, change: null }],
    ['De quoi tabler sur «une progression de 20 % pour le prochain exercice», conclut le dirigeant.', { kpi: 'sales_growth', target: 0.2, change: null }],
    ['Selon le directeur général, le groupe devrait clôturer son exercice comptable « sur une progression de l’ordre de 10 à 15 % toutes marques et tous modèles confondus ».', { kpi: 'sales_growth', baseline: null, target: 0.1 }],
  ]);
  readsAs(AS_OF, [
    ['Our agency wants to grow by 12% in 2027.', { kpi: 'sales_growth', target: 0.12, change: null, deadline: '2027-12-31' }],
    ['We aim to grow our company by 8% next year.', { kpi: 'sales_growth', target: 0.08, change: null }],
    ['Notre cabinet veut croître de 15 % en 2027.', { kpi: 'sales_growth', target: 0.15, change: null }],
    ['Nous visons une progression de 6 % en 2027.', { kpi: 'sales_growth', target: 0.06, change: null }],
    ['The company will grow by 10% in 2027.', { kpi: 'sales_growth', target: 0.1, change: null }],
  ]);
  describe('near-misses: a multiple, a thing grown, a subject that is no firm, a measure noun, a relative clause, no percentage', () => {
    readsAs(AS_OF, [
      ['Prices will grow by 3% in 2027.', { kpi: null, change: { value: 0.03, kind: 'relative' } }],
      ['Les prix devraient progresser de 3 % en 2027.', { kpi: null, change: { value: 0.03, kind: 'relative' } }],
      ['Les effectifs devraient croître de 5 % en 2027.', { kpi: null, change: { value: 0.05, kind: 'relative' } }],
      ['grow your business by 10X', { kpi: null, change: { value: 9, kind: 'relative' } }],
      ['Grow your network by 20% in 2027.', { kpi: null, change: { value: 0.2, kind: 'relative' } }],
      ['Viser une progression de 20 % de ses mentions presse en 2027.', { kpi: null, change: { value: 0.2, kind: 'relative' } }],
      ['« Nous souhaitons progresser plus vite que le marché, qui croît d’environ 10% par an », avance-t-il.', { kpi: null }],
      ['Le chiffre d’affaires devrait progresser de 6 % en 2027.', { kpi: 'revenue', change: { value: 0.06, kind: 'relative' } }],
      ['Grow revenue by 20% next year.', { kpi: 'revenue', change: { value: 0.2, kind: 'relative' } }],
      ['Grow our business.', { kpi: null, target: null, change: null }],
    ]);
  });
});

describe('sales given as a count of units, with no money, are won deals', () => {
  readsAs('2010-09-01', [
    ['Neuberger said the forecast for e-bike sales in all of Europe for 2010 is 600,000 units, up from 500,000 units in 2009.', { kpi: 'deals_closed', direction: 'increase', baseline: 500000, target: 600000, unit: 'count' }],
  ]);
  readsAs('2021-11-24', [
    ['Buoyed by the demand for bicycles in India, Firefox Bikes, a Hero Cycles group company, is aiming to double sales this year to two lakh cycles, a senior company official said.', { kpi: 'deals_closed' }],
  ]);
  readsAs(AS_OF, [
    ['Raise e-bike sales to 5,000 units in 2027.', { kpi: 'deals_closed', target: 5000, unit: 'count' }],
    ['Doubler les ventes en 2027 à 4 000 vélos.', { kpi: 'deals_closed' }],
  ]);
  describe('near-misses: sales in money or changed by a percentage stay revenue; units already read as won deals keep it', () => {
    readsAs(AS_OF, [
      ['Increase sales to $2 million in 2027.', { kpi: 'revenue', target: 2000000 }],
      ['Les ventes de vélos devraient passer à 3 000 unités en 2027.', { kpi: 'deals_closed', target: 3000 }],
      ['Porter les ventes à 3 millions d’euros en 2027.', { kpi: 'revenue', target: 3000000 }],
      ['Grow sales by 10% in 2027.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
    ]);
  });
});

describe('« croissance interne », « croissance durable » are growths: the start of a word ("in", "du") is no preposition over another thing', () => {
  readsAs('2023-07-01', [
    ['Elle table sur une croissance interne de 5% par an grâce à la hausse des prix (+2%) et à la croissance des volumes (+3%).', { kpi: 'sales_growth', target: 0.05, recurrence: 'year' }],
  ]);
  readsAs(AS_OF, [
    ['Le groupe vise une croissance interne de 4 % en 2027.', { kpi: 'sales_growth', target: 0.04 }],
    ['Nous visons une croissance durable de 5 % par an.', { kpi: 'sales_growth', target: 0.05, recurrence: 'year' }],
    ['We target 8% growth internationally in 2027.', { kpi: 'sales_growth', target: 0.08 }],
  ]);
  describe('near-misses: a growth of a thing the catalog does not track names none', () => {
    readsAs(AS_OF, [
      ['Growth in the value of exports should reach 5% in 2027.', { kpi: null, target: 0.05 }],
      // (Ruling G1 of 2026-12-06: a growth IN a measure named after the noun is its relative change, no level.)
      ['We target 8% growth in exports in 2027.', { kpi: null, target: null, change: { value: 0.08, kind: 'relative' } }],
      ['Viser une croissance des volumes de 3 % en 2027.', { kpi: null }],
    ]);
  });
});

describe('things a trade does, counted per period after an aim, are won deals', () => {
  readsAs('2025-01-06', [['I once had a wedding pro tell me that he wanted to do 250 weddings per year.', { kpi: 'deals_closed', target: 250, recurrence: 'year' }]]);
  readsAs(AS_OF, [
    ['She wanted to do 40 weddings a year.', { kpi: 'deals_closed', target: 40, recurrence: 'year' }],
    ['Elle souhaite réaliser 25 mariages par an.', { kpi: 'deals_closed', target: 25, recurrence: 'year' }],
    ['Il veut organiser 30 mariages par an.', { kpi: 'deals_closed', target: 30, recurrence: 'year' }],
  ]);
  describe('near-misses: a catalog noun counted keeps its KPI, places opened name none', () => {
    readsAs(AS_OF, [
      ['He wants to do 50 calls per day.', { kpi: 'prospecting', target: 50, recurrence: 'day' }],
      ['We plan to open 10 stores per year.', { kpi: null, target: 10 }],
    ]);
  });
});

describe('« une recette de » an amount is sales', () => {
  readsAs('2020-01-06', [['L\'ambition de son président Daniel Caille est "d\'atteindre d\'ici à deux ans une recette de un milliard d\'euros par exercice".', { kpi: 'revenue', target: 1000000000 }]]);
  readsAs(AS_OF, [['Le festival espère une recette de 2 millions d’euros en 2027.', { kpi: 'revenue', target: 2000000 }]]);
  describe('near-misses: an acceptance phase names none; the plural keeps its reading', () => {
    readsAs(AS_OF, [
      ['Terminer la phase de recette d’ici mars 2027.', { kpi: null }],
      ['Accroître les recettes de 10 % en 2027.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
    ]);
  });
});

/**
 * mend46c: a reviewer's regressions of the rules above, each sentence read as before stmt44's rules (or as the ruling
 * reads it) and failing on stmt44's code; near-misses keep the reading stmt44 gave them.
 */
describe('mend46c', () => {
  describe("a firm's current growth stays the baseline; the percentage wanted is the level", () => {
    readsAs(AS_OF, [
      ['Our sales growth: we are growing at 5% now, and want 8% by 2027', { kpi: 'sales_growth', baseline: 0.05, target: 0.08, change: null }],
      ["Notre cabinet croît de 5 % aujourd'hui et vise 8 % en 2027.", { kpi: 'sales_growth', baseline: 0.05, target: 0.08, change: null }],
    ]);
    describe('near-misses: a growth alone is the level', () => {
      readsAs(AS_OF, [
        ['We grow by 5% now.', { kpi: 'sales_growth', baseline: null, target: 0.05, change: null }],
        ['Le groupe va croître de 4 % en 2027.', { kpi: 'sales_growth', baseline: null, target: 0.04, change: null }],
      ]);
    });
  });

  describe("the firm or its pronoun is the verb's subject, with only a modal or an aim between", () => {
    readsAs(AS_OF, [
      ['La dette du groupe devrait progresser de 3 % en 2027.', { kpi: null, target: null, change: { value: 0.03, kind: 'relative' } }],
      ["La dette de l'entreprise va croître de 4 % en 2027.", { kpi: null, target: null, change: { value: 0.04, kind: 'relative' } }],
      ["The company's debt will grow by 4% in 2027.", { kpi: null, target: null, change: { value: 0.04, kind: 'relative' } }],
      ['The company wants its employees to grow by 4% in 2027.', { kpi: null, target: null, change: { value: 0.04, kind: 'relative' } }],
      ['Les prix : ils devraient progresser de 3 %', { kpi: null, target: null, change: { value: 0.03, kind: 'relative' } }],
      ['Les salaires augmentent : ils devraient progresser de 3 % en 2027.', { kpi: null, change: { value: 0.03, kind: 'relative' } }],
      ['Our prices will rise; they will grow by 3%', { kpi: null, target: null, change: { value: 0.03, kind: 'relative' } }],
      ['Our wages will rise; they will grow by 3% in 2027.', { kpi: null, change: { value: 0.03, kind: 'relative' } }],
      ['Le prix du menu est de 20 €. Il va progresser de 3 % en 2027.', { kpi: null, direction: 'increase', baseline: 20, target: null, change: { value: 0.03, kind: 'relative' } }],
    ]);
    describe('near-misses: "we" and « nous » after a price, a firm as subject, contractions and aims', () => {
      readsAs(AS_OF, [
        ['Our prices are stable; we will grow by 10% in 2027.', { kpi: 'sales_growth', target: 0.1, change: null }],
        ['Nos prix sont stables : nous voulons croître de 10 % en 2027.', { kpi: 'sales_growth', target: 0.1, change: null }],
        ['Le groupe devrait progresser de 3 % en 2027.', { kpi: 'sales_growth', target: 0.03, change: null }],
        ["We'll grow by 12% in 2027.", { kpi: 'sales_growth', target: 0.12, change: null }],
        ['They want to grow by 15% in 2027.', { kpi: 'sales_growth', target: 0.15, change: null }],
        ['We want to keep growing by 10% per year.', { kpi: 'sales_growth', target: 0.1, recurrence: 'year' }],
        ["L'entreprise prévoit de croître de 8 % en 2027.", { kpi: 'sales_growth', target: 0.08, change: null }],
        ['La dette de la société va croître de 4 % en 2027.', { kpi: null, change: { value: 0.04, kind: 'relative' } }],
      ]);
    });
  });

  describe('« recette » is sales only with a currency after its number', () => {
    readsAs(AS_OF, [
      ["Valider la recette de 12 fonctionnalités d'ici mars 2027", { kpi: null, target: 12 }],
      ["Passer la recette de 40 tests d'ici 2027", { kpi: null, target: 40 }],
      ['Une recette de 30 ingrédients pour le menu 2027', { kpi: null, target: 30 }],
      ['Atteindre une recette de 500 couverts par jour', { kpi: null, target: 500, recurrence: 'day' }],
    ]);
    describe('near-misses: an amount of money stays revenue', () => {
      readsAs(AS_OF, [
        ['Viser une recette de 500 000 € en 2027.', { kpi: 'revenue', target: 500000 }],
        ['Le festival espère une recette de 2 millions d’euros en 2027.', { kpi: 'revenue', target: 2000000 }],
      ]);
    });
  });

  describe('an aim to do a count per period is won deals only for services a client books', () => {
    readsAs(AS_OF, [
      ['We want to do 5 posts per week on LinkedIn', { kpi: null, target: 5, recurrence: 'week' }],
      ['We plan to do 4 releases a year', { kpi: null, target: 4, recurrence: 'year' }],
      ['We plan to handle 300 tickets per month', { kpi: null, target: 300, recurrence: 'month' }],
      ['Nous voulons faire 3 livraisons par jour', { kpi: null, target: 3, recurrence: 'day' }],
      ['Nous voulons réaliser 4 webinaires par an', { kpi: null, target: 4, recurrence: 'year' }],
      ['Nous voulons réaliser 12 audits par an', { kpi: null, target: 12, recurrence: 'year' }],
      ['Nous voulons faire 40 démonstrations par mois', { kpi: null, target: 40, recurrence: 'month' }],
    ]);
    describe('near-misses: events, « événements », « prestations » stay won deals; demos stay meetings', () => {
      readsAs(AS_OF, [
        ['We want to book 20 events per month.', { kpi: 'deals_closed', target: 20, recurrence: 'month' }],
        ['Nous voulons organiser 12 événements par an.', { kpi: 'deals_closed', target: 12, recurrence: 'year' }],
        ['Nous voulons réaliser 30 prestations par mois.', { kpi: 'deals_closed', target: 30, recurrence: 'month' }],
        ['We want to do 40 demos per month', { kpi: 'meetings', target: 40, recurrence: 'month' }],
      ]);
    });
  });

  describe('units count the sales only when "to", "is" or « à » governs them and no percentage comes first', () => {
    readsAs(AS_OF, [
      ['Increase sales by 10% with a fleet of 50 vehicles by 2027', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
      ['Augmenter les ventes avec une flotte de 50 véhicules', { kpi: 'revenue' }],
      ['Increase sales to two lakh cycles by 2027', { kpi: 'deals_closed', target: 200000 }],
    ]);
    describe('near-misses: a count the sales reach stays won deals', () => {
      readsAs(AS_OF, [
        ['Increase sales to 2 lakh cycles by 2027', { kpi: 'deals_closed', target: 200000 }],
        ['Porter les ventes à 4 000 vélos en 2027.', { kpi: 'deals_closed', target: 4000 }],
      ]);
    });
  });

  describe("a firm's growth is read before « d'ici » and \"in the next/coming\" as before « en 2027 »; a start-up, « une société » are firms", () => {
    readsAs(AS_OF, [
      ["Notre cabinet veut croître de 15 % d'ici 2027", { kpi: 'sales_growth', target: 0.15, change: null }],
      ["Nous allons croître de 12 % d'ici 2027.", { kpi: 'sales_growth', target: 0.12, change: null }],
      ["Nous visons une progression de 6 % d'ici fin 2027", { kpi: 'sales_growth', target: 0.06, change: null }],
      ['grow your business by 20% in the next 12 months', { kpi: 'sales_growth', target: 0.2, change: null }],
      ['grow your business by 20% in the coming year', { kpi: 'sales_growth', target: 0.2, change: null }],
      ['Notre start-up veut croître de 20 %', { kpi: 'sales_growth', target: 0.2, change: null }],
      ['La société veut croître de 10 % en 2027.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Our start-up wants to grow by 20% in 2027.', { kpi: 'sales_growth', target: 0.2, change: null }],
    ]);
    describe('near-misses: a team grows in headcount; a thing after "in" is what grows', () => {
      readsAs(AS_OF, [
        ['Our team wants to grow by 20%', { kpi: null, change: { value: 0.2, kind: 'relative' } }],
        ['Notre équipe veut croître de 20 %', { kpi: null, change: { value: 0.2, kind: 'relative' } }],
        ['Grow our business by 20% in exports.', { kpi: null, change: { value: 0.2, kind: 'relative' } }],
      ]);
    });
  });

  describe('"annually" after a percentage is the cadence only after a growth verb', () => {
    readsAs(AS_OF, [
      ['Reduce churn to 2% annually', { kpi: 'churn', target: 0.02, recurrence: null }],
      ['Keep the net margin at 20% annually', { kpi: 'net_margin', target: 0.2, recurrence: null }],
      ['Hold churn under 3% annually', { kpi: 'churn', target: 0.03, recurrence: null }],
    ]);
    describe('near-misses: a growth verb keeps the cadence; « par an » is one in French', () => {
      readsAs(AS_OF, [
        ['We aim to grow our company by 8% annually.', { kpi: 'sales_growth', target: 0.08, recurrence: 'year' }],
        ['Réduire le churn à 2 % par an.', { kpi: 'churn', target: 0.02, recurrence: 'year' }],
      ]);
    });
  });

  describe('a growth qualified by a whole word is read by the rulings (kept as stmt44 reads it)', () => {
    readsAs(AS_OF, [
      ['Nous visons une croissance industrielle de 3 %', { kpi: 'sales_growth', target: 0.03 }],
      ['We target 8% growth inbound', { kpi: 'sales_growth', target: 0.08 }],
    ]);
  });
});
