/**
 * Classes of misses found on the forty-first real statement set (test/fixtures/statements/real41-heldout.jsonl: padel
 * clubs, franchises and restaurant chains, cashew processing, cement, tourism targets, couriers, hostels, self-storage),
 * chosen by what each rule moves on every set at once, structure first: what a word names by its place (a pronoun's
 * infinitive is no funnel stage, "the lead up to" is a time, "the deal with <Name>" an agreement, "Sun Holdings" a name,
 * « la nouvelle génération » no verb), what a number belongs to (a growth of a thing named), the number's form (a decimal
 * factor, « N tonnes l'an »), what "with" introduces (time left, an aim, a state given its figure: no means), and
 * durations (« dans un horizon de cinq ans », « un an ou deux », "the year ahead"). Each rule is checked on real41's
 * sentences and on sentences written for the class, FR and EN, with near-misses that must keep theirs.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-12-05';

describe('what a KPI word names by its place: a pronoun before "to", "the lead up to", "the deal with <Name>"', () => {
  readsAs('2023-02-23', [
    ['It’s why the industry’s real estate investment trusts (REITs) aim to keep their occupancy between 93% and 95%, which allows them to push rates higher for vacant units.', { kpi: null, direction: 'maintain', target: 0.93 }],
  ]);
  readsAs('2020-10-01', [['In fact CP is forecasting a 35 to 50 per cent growth in deliveries in the lead up to the festive season on top of existing volume growth.', { change: { value: 0.35, kind: 'relative' } }]]);
  readsAs('2021-01-04', [['Under the deal with Sun Holdings, Papa John’s will see the addition of 100 new stores in Texas by 2029.', { kpi: null, direction: 'increase', target: 100 }]]);
  readsAs(AS_OF, [
    ['The new lanes let us keep occupancy above 90%, which allows them to push rates higher.', { kpi: null }],
    ['Grow volumes 20% in the lead up to the holidays.', { kpi: null, change: { value: 0.2, kind: 'relative' } }],
    ['Under the deal with Acme Holdings, we will open 40 stores by 2028.', { kpi: null, direction: 'increase', target: 40 }],
    ['Dans le cadre des contrats avec Sodexo, le groupe ouvrira 40 restaurants d’ici 2028.', { kpi: null, target: 40 }],
  ]);
  describe('near-misses: a funnel stage, leads and deals named keep their KPI', () => {
    readsAs(AS_OF, [
      ['Raise lead to opportunity rates to 30% by 2027.', { kpi: 'conversion_rate' }],
      ['Generate 500 qualified leads in the lead up to our launch.', { kpi: 'leads', target: 500 }],
      ['Close 20 deals with enterprise clients by 2027.', { kpi: 'deals_closed', target: 20 }],
    ]);
  });
});

describe('a name or a noun is no verb of direction: "Sun Holdings", « la nouvelle génération »', () => {
  readsAs('2021-01-04', [
    ['Troisièmement, les restaurants Lafleur, chaîne de restauration rapide bien connu dans la région métropolitaine, passe à la nouvelle génération de la famille Papagiannis et souhaite doubler le nombre d’établissements.', { direction: 'increase', change: { value: 1, kind: 'relative' }, unit: 'percent' }],
  ]);
  readsAs(AS_OF, [
    ['Backed by Apex Holdings, the chain plans to open 30 stores in 2027.', { direction: 'increase', target: 30 }],
    ['La maison passe à la nouvelle génération et veut doubler ses ventes.', { kpi: 'revenue', direction: 'increase', change: { value: 1, kind: 'relative' } }],
    ['The brand moves to the next generation and wants to double its sales.', { kpi: 'revenue', direction: 'increase', change: { value: 1, kind: 'relative' } }],
  ]);
  describe('near-misses: holding a level and generating still give their direction', () => {
    readsAs(AS_OF, [
      ['Keep holding churn at 2% through 2027.', { direction: 'maintain' }],
      ['Generate $2M in revenue in 2027.', { kpi: 'revenue', direction: 'increase', target: 2000000 }],
      ['Générer 500 leads en 2027.', { kpi: 'leads', direction: 'increase', target: 500 }],
    ]);
  });
});

describe('a growth of a thing named is its change: "growth of 10% in passengers", "an increase in volumes of up to 30%"', () => {
  readsAs('2025-01-06', [
    ['The Tour Operating division is performing well, with an expected growth of 10% in passengers and 12-13% in turnover, a sign of the strong demand and the effectiveness of the offer.', { target: null, change: { value: 0.1, kind: 'relative' } }],
  ]);
  readsAs('2021-01-04', [['Having positioned itself for further growth, this year CP forecasts an increase in parcel delivery volumes of up to 30%.', { kpi: null, target: null, change: { value: 0.3, kind: 'relative' }, deadline: '2021-12-31' }]]);
  readsAs('2020-10-01', [['In fact CP is forecasting a 35 to 50 per cent growth in deliveries in the lead up to the festive season on top of existing volume growth.', { direction: 'increase', target: null, change: { value: 0.35, kind: 'relative' }, unit: 'percent' }]]);
  readsAs(AS_OF, [
    ['We forecast growth of 10% in passengers in 2027.', { kpi: null, direction: 'increase', target: null, change: { value: 0.1, kind: 'relative' } }],
    ['On prévoit une croissance de 10 % des passagers en 2027.', { kpi: null, direction: 'increase', target: null, change: { value: 0.1, kind: 'relative' } }],
    ['We forecast an increase in parcel volumes of up to 30% in 2027.', { target: null, change: { value: 0.3, kind: 'relative' } }],
    ['We forecast a 5 to 8 per cent growth in visitors in 2027.', { target: null, change: { value: 0.05, kind: 'relative' } }],
  ]);
  describe('near-misses: a growth rate with no thing after it stays the level to reach', () => {
    readsAs(AS_OF, [
      ['We forecast growth of 10% in 2027.', { kpi: 'sales_growth', target: 0.1 }],
      ['We aim for growth of 3% from two new markets.', { kpi: 'sales_growth', target: 0.03 }],
      ['Achieve stable annual growth in excess of 10 percent for the Group.', { target: 0.1 }],
      ['Atteindre une croissance de 10 % en 2027.', { kpi: 'sales_growth', target: 0.1 }],
      ['We are going for 5 to 10 % growth in 2027.', { target: 0.05 }],
    ]);
  });
});

describe('a decimal factor after « multiplier par » / "multiply by" is read whole', () => {
  readsAs('2018-01-01', [
    ['Pour communiquer un chiffre d’affaires à venir, c’est prématuré mais quand on regarde les chiffres de nos concurrents en Ile-de-France, on peut multiplier par 2,5 à peu près.', { kpi: 'revenue', change: { value: 1.5, kind: 'relative' }, unit: 'percent' }],
  ]);
  readsAs(AS_OF, [
    ['Multiply revenue by 1.5 by 2027.', { kpi: 'revenue', change: { value: 0.5, kind: 'relative' } }],
    ['Multiplier le chiffre d’affaires par 2,5 d’ici 2028.', { kpi: 'revenue', change: { value: 1.5, kind: 'relative' } }],
  ]);
  describe('near-misses: a whole factor, and one before a comma, keep theirs', () => {
    readsAs(AS_OF, [
      ['Multiplier le CA par 3, d’ici 2027.', { change: { value: 2, kind: 'relative' } }],
      ['Diviser le churn par 2 en 2027.', { change: { value: 0.5, kind: 'relative' } }],
    ]);
  });
});

describe('« N tonnes l’an » is a yearly cadence, as « 20 % l’an » was', () => {
  readsAs('2017-04-05', [
    ['Cette dernière infrastructure qui sera opérationnelle au second semestre 2018 va ainsi porter l’offre de la société à 2,5 millions de tonnes l’an, un niveau qui pourra être relevé à 4 millions de tonnes, avec l’idée d’exporter vers la sous-région ouest-africaine.', { recurrence: 'year', levers: [] }],
  ]);
  readsAs(AS_OF, [['Produire 300 000 tonnes l’an d’ici 2028.', { recurrence: 'year', target: 300000 }]]);
  describe('near-misses: last year and next year are no cadence', () => {
    readsAs(AS_OF, [
      ['Dépasser les 300 000 tonnes produites l’an dernier.', { recurrence: null }],
      ['Vendre 500 tonnes l’an prochain.', { recurrence: null }],
    ]);
  });
});

describe('after "with"/« avec »: time left, an aim, or the subject’s state given its figure is no means', () => {
  readsAs('2012-12-18', [['And with seven days left before Christmas Day, Canada Post expects to deliver an additional 4.4 million parcels by the evening of Dec. 24.', { levers: [] }]]);
  readsAs('2015-05-22', [['Sky High Sports is based in Santa Clara, Calif., and now operates 17 locations across the United States, with plans to add even more in the near future.', { levers: [] }]]);
  readsAs('2025-01-06', [['A stable studio (Year 3, 75% occupancy) can generate around $659,100 in annual revenue with a high gross margin exceeding 90%', { levers: [] }]]);
  readsAs('2024-01-08', [
    ['Ajoutant qu’avec une capacité de transformation de 20.000 tonnes par an dans ses premières années de fonctionnement, le potentiel de l’unité industrielle sera porté à 50.000 tonnes en 2027.', { levers: [] }],
  ]);
  readsAs('2022-01-03', [
    ['Dans ce nombre se trouvent les 159.000 abonnés numériques, avec une progression à deux chiffres, mais loin de l’objectif du groupe de monter à 250.000 abonnés sur ce segment.', { levers: [], target: 250000 }],
  ]);
  readsAs(AS_OF, [
    ['With two weeks to go, we aim to sign 30 new clients by December 2027.', { levers: [] }],
    ['Open 20 stores in 2027, with plans to add 10 more in 2028.', { levers: [], target: 20 }],
    ['Ouvrir 20 magasins en 2027, avec l’idée d’exporter vers l’Espagne.', { levers: [] }],
  ]);
  describe('near-misses: means after "with"/« avec » stay levers (a KPI given its value never was one)', () => {
    readsAs(AS_OF, [
      ['Grow revenue by 15% in 2027 with a new pricing plan.', { levers: ['a new pricing plan'] }],
      ['Augmenter le CA de 15 % en 2027 avec une nouvelle offre.', { levers: ['une nouvelle offre'] }],
      ['Sign 30 clients in 2027 with 3 new reps.', { levers: ['3 new reps'] }],
      // A state word that qualifies a means, or a state beside a means, leaves the means a lever (mend44d).
      ['Grow revenue 20% by 2027 with a capacity expansion and 2 new plants.', { levers: ['a capacity expansion', '2 new plants'] }],
      ['Grow revenue 20% by 2027 with a high margin of 40% and 3 new reps.', { levers: ['3 new reps'] }],
      ['Augmenter les ventes d’ici 2027 avec une progression à deux chiffres et 3 nouveaux commerciaux.', { levers: ['3 nouveaux commerciaux'] }],
      ['Augmenter le CA de 10 % d’ici juin avec le projet de refonte du site.', { levers: ['le projet de refonte du site'] }],
    ]);
  });
});

describe('durations: « dans un horizon de cinq ans », « d’ici un an ou deux » (the later bound), "the year ahead"', () => {
  readsAs('2019-06-01', [
    ['Le Québec produit 72 % du sirop d’érable de la planète, rappelle le regroupement, qui dit viser des ventes de l’ordre de 185 millions de livres dans un horizon de cinq ans.', { deadline: '2024-06-01' }],
  ]);
  readsAs('2025-01-06', [
    ['D’ici un an ou deux, Cavavin devrait ainsi plus que doubler ses succursales, passant de six magasins à une quinzaine (soit 15 % de son réseau de 110 unités).', { deadline: '2027-01-06', baseline: 6, target: 15 }],
  ]);
  readsAs('2010-02-25', [['He said he expects a modest increase of production for the year ahead.', { deadline: '2011-02-25' }]]);
  readsAs('2026-06-01', [
    ['Ouvrir 30 magasins dans un horizon de trois ans.', { deadline: '2029-06-01', target: 30 }],
    ['Ouvrir 30 magasins d’ici un an ou deux.', { deadline: '2028-06-01' }],
    ['We expect revenue to grow 10% over the year ahead.', { deadline: '2027-06-01' }],
  ]);
  describe('near-misses: one bound, "this year", and the year ahead read in January keep theirs', () => {
    readsAs('2026-06-01', [
      ['Ouvrir 30 magasins d’ici un an.', { deadline: '2027-06-01' }],
      ['Ouvrir 30 magasins d’ici un ou deux ans.', { deadline: '2028-06-01' }],
      ['Grow revenue 10% during the year.', { deadline: '2026-12-31' }],
    ]);
    readsAs('2024-01-01', [['Given the promising growth we’ve seen in 2023, we’re optimistic for group bookings to continue to bounce back in the year ahead.', { deadline: '2024-12-31' }]]);
  });
});

/**
 * A reviewer's findings on the rules above (mend44d): each rule reached past the wording it was written for. Every row of the
 * first tables fails on stmt42's code; the near misses keep what the rules were for.
 */
describe('mend44d: the rules above kept to their wordings', () => {
  describe('« un an ou deux »: the later bound only when it is a bare number a little larger than the first', () => {
    readsAs(AS_OF, [
      ['Augmenter le CA de 10 % en 1 an ou 12 mois.', { deadline: '2027-12-05' }],
      ['Ouvrir 10 magasins dans 2 ans ou 20 si possible.', { deadline: '2028-12-05', target: 10 }],
      ['Doubler les ventes d’ici un an ou 18 mois.', { deadline: '2027-12-05' }],
      ['Augmenter le CA d’ici 6 mois ou 1 an.', { deadline: '2027-06-05' }],
      ['Augmenter le CA d’ici trois mois ou deux.', { deadline: '2027-03-05' }],
    ]);
    describe('near-misses: the later bound stays', () => {
      readsAs(AS_OF, [
        ['Ouvrir 10 magasins d’ici un an ou deux.', { deadline: '2028-12-05' }],
        ['Ouvrir 10 magasins dans deux ans ou trois au plus tard.', { deadline: '2029-12-05' }],
      ]);
    });
  });

  describe('"growth of N% in …": a period, a region or a sales growth keeps the rate to reach', () => {
    readsAs(AS_OF, [
      ['Reach growth of 10% in Q3.', { kpi: 'sales_growth', target: 0.1, change: null, deadline: '2027-09-30' }],
      ['Hit growth of 15% in June.', { kpi: 'sales_growth', target: 0.15, change: null, deadline: '2027-06-30' }],
      ['Reach growth of 10% in H1.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Reach growth of 10% in FY27.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Reach growth of 10% in fiscal 2027.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Reach growth of 10% in the first half.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Deliver growth of 8% in Europe.', { kpi: 'sales_growth', target: 0.08, change: null }],
      ['Deliver growth of 8% in each region.', { kpi: 'sales_growth', target: 0.08, change: null }],
      ['Atteindre une croissance de 10 % de l’exercice 2027.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Atteindre une croissance de 10 % du premier semestre.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Atteindre une croissance de 10 % de la région Ouest.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Achieve sales growth of 10% in Q3.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Achieve growth of 10% in subscribers.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Atteindre une croissance de 10 % des abonnés.', { kpi: 'sales_growth', target: 0.1, change: null }],
      ['Atteindre une croissance de 10 % de la marge.', { kpi: 'sales_growth', target: 0.1, change: null }],
    ]);
    describe('near-misses: a growth of things counted stays their change', () => {
      readsAs(AS_OF, [
        ['Deliver growth of 8% in parcel deliveries.', { kpi: null, target: null, change: { value: 0.08, kind: 'relative' } }],
        ['Viser une croissance de 8 % des passagers.', { kpi: null, target: null, change: { value: 0.08, kind: 'relative' } }],
        // (left52's L1: a growth noun of turnover is sales growth's level, as "5% revenue growth".)
        ['Atteindre une croissance de 5 % du chiffre d’affaires.', { kpi: 'sales_growth', target: 0.05, change: null }],
      ]);
    });
  });

  describe('after "with"/« avec »: only the item giving the state, and « le projet de » an infinitive', () => {
    readsAs(AS_OF, [
      ['Grow revenue 20% by 2027 with better margin management and 2 new hires.', { levers: ['better margin management', '2 new hires'] }],
      ['Grow revenue 20% by 2027 with occupancy above 90% and a new booking engine.', { levers: ['a new booking engine'] }],
      ['Grow revenue 20% by 2027 with occupancy-based pricing for 12 months.', { levers: ['occupancy-based pricing'] }],
      ['Augmenter le CA de 20 % d’ici 2027 avec une meilleure marge et 2 embauches.', { levers: ['une meilleure marge', '2 embauches'] }],
      ['Augmenter le CA de 10 % d’ici 2027 avec une capacité de 20.000 tonnes par an et 2 nouvelles usines.', { levers: ['2 nouvelles usines'] }],
    ]);
    describe('near-misses: a state alone, an aim and time left stay no lever', () => {
      readsAs(AS_OF, [
        ['Augmenter le CA de 10 % avec une progression organique annuelle d’au moins 10 % par an.', { levers: [] }],
        ['Ouvrir 20 magasins avec le projet d’ouvrir à Lyon.', { levers: [] }],
        ['Grow revenue 20% by 2027 with a high gross margin exceeding 90%.', { levers: [] }],
      ]);
    });
  });

  describe('"lead up", « l’an 2027 », "the year ahead of …"', () => {
    readsAs(AS_OF, [
      ['Raise lead up to 500 per month by June.', { kpi: 'leads', target: 500 }],
      ['Vendre 100 vélos l’an 2027.', { recurrence: null }],
      ['Produire 2 000 tonnes l’an 2028.', { recurrence: null }],
      // left45: the year before 2028 ("before 2028" is 2027-12-31 too); mend44d pinned stmt42's none here.
      ['Double sales in the year ahead of 2028.', { deadline: '2027-12-31' }],
      ['Double sales in the year ahead of the IPO.', { deadline: null }],
    ]);
    describe('near-misses: "the lead up to", « N vélos l’an » and "the year ahead" keep theirs', () => {
      readsAs(AS_OF, [
        ['Grow volumes 20% in the lead up to the holidays.', { kpi: null }],
        ['Vendre 100 vélos l’an.', { recurrence: 'year' }],
        ['Double sales in the year ahead.', { deadline: '2027-12-05' }],
      ]);
    });
  });
});
