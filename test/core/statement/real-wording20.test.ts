/**
 * Classes of misses found on the twentieth and twenty-first real statement sets (test/fixtures/statements/
 * real20-heldout.jsonl: sales teams outside software — real estate, car dealers, insurance and mortgage brokers,
 * staffing, distributors, franchises, shops; real21-heldout.jsonl: French OKR and SMART guides, owners' blogs, union
 * newsletters). Each class is fixed by a general rule and checked here on sentences written for the class, FR and EN,
 * none of them in a fixture set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('things sold, closed, written or placed, counted, are won deals (brokers, recruiters, dealers, shops)', () => {
  it.each([
    ['I will have 40 closings by the end of June.', 40],
    ['Write 10 new policies a month.', 10],
    ['Each agent needs to write 3 applications per week.', 3],
    ['Our recruiters should make 6 placements per month.', 6],
    ['Get 12 units closed before March.', 12],
    ['Vendre 200 exemplaires du livre d’ici Noël.', 200],
    ['Placer 40 contrats d’assurance vie d’ici juin.', 40],
    ['Notre objectif : 30 nouveaux dossiers par mois.', 30],
    ['Au moins 50 paniers par semaine.', 50],
    ['I need to sell eleven total this month.', 11],
  ])('%s → deals_closed, %d', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('deals_closed');
    expect(a.target).toBe(target);
    expect(a.unit).toBe('count');
  });

  it.each(['Double the number of accounts opened this year.', 'Doubler le nombre de contrats signés en 2025.'])('%s → deals_closed, ×2', (text) => {
    const a = analyze(text);
    expect(a.kpi).toBe('deals_closed');
    expect(a.change).toEqual({ value: 1, kind: 'relative' });
  });

  it.each([
    ['Each broker should write $2M in new business this year.', 2_000_000],
    ['Ils ont dix jours pour placer 650 000 euros de produits d’épargne.', 650_000],
  ])('%s → an amount written or placed is sales', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('revenue');
    expect(a.target).toBe(target);
    expect(a.unit).toBe('currency');
  });

  it('keeps the near-misses: a basket size, an average basket, a blog post written, an objective placed', () => {
    expect(analyze('Increase basket size by 5%.').kpi).toBe('average_deal_size');
    expect(analyze('Augmenter le panier moyen de 10 %.').kpi).toBe('average_deal_size');
    expect(analyze('Write a blog post every week.').kpi).toBeNull();
    expect(analyze('Nous avons décidé de placer notre objectif sur cet étalon.').kpi).toBeNull();
    expect(analyze('Make $40,000 of prints sold this year.').kpi).toBe('revenue');
  });
});

describe('sales or profit per agency, store, vehicle or unit are a ratio the catalog does not track', () => {
  it.each([
    'Increase gross profit per vehicle to $2,500.',
    'Reach 4 sales per agency per month.',
    'Atteindre 2 M€ de chiffre d’affaires par magasin.',
    'Nous voulons multiplier par trois la rentabilité brute unitaire.',
    'Soit trois ventes par agence et par mois et 300 000 euros de chiffre d’affaires moyen.',
  ])('%s → no KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it('keeps the near-misses: a cadence, counted things sold per period, the average sale, a profitability change', () => {
    expect(analyze('Augmenter le chiffre d’affaires de 10 % par an.').kpi).toBe('revenue');
    expect(analyze('Sell 40 cars per month.').kpi).toBe('deals_closed');
    expect(analyze('Vendre 3 voitures par jour.').kpi).toBe('deals_closed');
    expect(analyze('Augmenter les ventes moyennes de 10 %.').kpi).toBe('average_deal_size');
    expect(analyze('Augmenter la rentabilité de 5 %.').kpi).toBe('profit');
  });
});

describe('amounts invoiced, premium written, a quota in money, an order book, a volume of activity are sales', () => {
  it.each([
    ['They need to invoice £150k this year.', 150_000],
    ['Invoice $80k per month by June.', 80_000],
    ['We need to grow $250,000 in premium this quarter.', 250_000],
    ['So if your annual quota is 1 million dollars, plan for it.', 1_000_000],
    ['My quota is $600,000 for 2025.', 600_000],
    ['L’objectif est donc 500 000 € en 2026.', 500_000],
    ['Norbert : 300K€ par an (ou 10 démos par mois).', 300_000],
  ])('%s → revenue, %d', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('revenue');
    expect(a.target).toBe(target);
  });

  it.each([
    'Grow written premium by 8% this year.',
    'Augmenter le volume d’activité de 5 % en 2025.',
    'Doubler le carnet de commandes d’ici 2026.',
    'L’objectif est donc de doubler la commande publique d’ici à 2027.',
    'Our goal is therefore to double revenue by 2026.',
  ])('%s → revenue, a change', (text) => {
    const a = analyze(text);
    expect(a.kpi).toBe('revenue');
    expect(a.change?.kind).toBe('relative');
  });

  it('keeps the near-misses: premium plans sold, a quota of demos, orders counted, online orders doubled', () => {
    expect(analyze('Sell 30 premium plans this quarter.').kpi).toBe('deals_closed');
    expect(analyze('Our quota is 40 demos per month.').kpi).toBe('meetings');
    expect(analyze('Recevoir 200 commandes par mois.').kpi).toBe('deals_closed');
    expect(analyze('Doubler les commandes en ligne.').kpi).toBe('deals_closed');
    expect(analyze('L’objectif est simplement de vendre 40 voitures par mois.').kpi).toBe('deals_closed');
  });
});

describe('members won are won deals, the membership is the base, customers brought back are retention', () => {
  it.each([
    'A chamber must acquire 52 new members by the end of the year.',
    'Set goals to gain two new members per week.',
    'Recruter 30 nouveaux adhérents d’ici juin.',
    'Gagner 40 nouveaux membres cette année.',
  ])('%s → deals_closed', (text) => {
    expect(analyze(text).kpi).toBe('deals_closed');
  });

  it.each(['Double our membership from 400 to 800 members by 2030.', 'Grow membership by 10% this year.', 'Atteindre 500 membres en 2026.', 'We need to add 14% more customers to break even.'])(
    '%s → customers',
    (text) => {
      expect(analyze(text).kpi).toBe('customers');
    },
  );

  it.each(['#02 – FAIRE REVENIR LA CLIENTE EN SALON', 'Faire revenir les clients plus souvent.', 'Bring back 20% of lapsed customers.'])('%s → retention', (text) => {
    const a = analyze(text);
    expect(a.kpi).toBe('retention');
    expect(a.direction).toBe('increase');
  });

  it('keeps the near-misses: team members, newsletter subscribers added, memberships sold, a membership bought, customers brought in', () => {
    expect(analyze('Add two new team members by March.').kpi).toBeNull();
    expect(analyze('Add 300 new subscribers every week through paid social.').kpi).toBe('signups');
    expect(analyze('Sell 50 memberships this month.').kpi).toBe('deals_closed');
    expect(analyze('At least 75% of new members purchase the $19.99/month Platinum Membership.').kpi).toBeNull();
    expect(analyze('Faire venir 30 nouveaux clients par mois.').kpi).toBe('deals_closed');
  });
});

describe('becoming profitable is profit; a negated aim is not the goal', () => {
  it.each(['Chaque club rêve d’une chose : devenir rentable.', 'Become profitable by the end of 2026.', 'Redevenir rentable dès 2025.', 'Our goal: be profitable in year two.'])(
    '%s → profit, increase',
    (text) => {
      const a = analyze(text);
      expect(a.kpi).toBe('profit');
      expect(a.direction).toBe('increase');
    },
  );

  it.each([
    ['Cet investissement n’a pas comme objectif d’augmenter la notoriété, mais bien de générer de la marge.', 'net_margin'],
    ['Ce salon n’a pas pour but d’augmenter les ventes mais de générer 200 leads.', 'leads'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('keeps the near-misses: never losing a customer, a margin amount, cost cuts, profitable customers', () => {
    expect(analyze('Never lose a customer.').kpi).toBe('churn');
    expect(analyze('Ne jamais perdre un client.').kpi).toBe('churn');
    expect(analyze('Increase margin to 16,000.').kpi).toBeNull();
    expect(analyze('Réduire les coûts de 10 %.').kpi).toBe('costs');
    expect(analyze('Sell to profitable customers.').kpi).toBe('revenue');
  });
});

describe('a number a goal verb governs wins over a bare number stated before any verb', () => {
  it.each([
    ['A chamber with 520 members on January 1 must acquire 52 new members by December.', 52],
    ['When I was confident with 1 sale a day I set off to get 2 sales a day.', 2],
    ['Avec 300 clients au compteur, nous devons signer 40 nouveaux clients cette année.', 40],
  ])('%s → target %d', (text, target) => {
    expect(analyze(text).target).toBe(target);
  });

  it('keeps the near-misses: a bare number alone, a "to" target, a level reached', () => {
    expect(analyze('50 new customers this quarter.').target).toBe(50);
    expect(analyze('Increase revenue from $1M to $1.5M.').target).toBe(1_500_000);
    expect(analyze('We have 200 customers; reach 500 customers by June.').target).toBe(500);
  });
});

describe('"mille" and "thousand" spelled out count a thousand', () => {
  it.each([
    ['Nous souhaitons atteindre un réseau de mille agences d’ici cinq ans.', 1000],
    ['L’enseigne recrute mille nouveaux collaborateurs cette année.', 1000],
    ['Signer deux mille nouveaux clients en 2026.', 2000],
    ['Get ten thousand signups by June.', 10_000],
  ])('%s → %d', (text, target) => {
    const a = analyze(text);
    expect(a.target).toBe(target);
    expect(a.unit).toBe('count');
  });

  it('keeps the near-misses: digits with "mille", hundreds', () => {
    expect(analyze('Atteindre 5 mille abonnés.').target).toBe(5000);
    expect(analyze('Vendre trois cents voitures.').target).toBe(300);
  });
});

describe('"X passe à N" / "passera de A à B": the subject moving to a level is the goal, after a leading means', () => {
  it.each([
    ['En travaillant avec son équipe sur la vente additionnelle, son panier moyen passe à 48 €.', 'average_deal_size', 48],
    ['Grâce au parrainage, le nombre de clients actifs passe à 500 fin 2026.', 'customers', 500],
    ['En relançant les devis, notre taux de transformation passera de 20 % à 30 %.', 'conversion_rate', 0.3],
  ])('%s → %s, %d', (text, kpi, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe(kpi);
    expect(a.target).toBe(target);
    expect(a.direction).toBe('increase');
    expect(a.levers).toHaveLength(1);
  });

  it('keeps the near-misses: "passer à l’action" is no goal, "faire passer" still is', () => {
    expect(analyze('Passer à l’action.').direction).toBeNull();
    expect(analyze('Faire passer le CA de 1 M€ à 1,5 M€.').target).toBe(1_500_000);
  });
});

describe('a heading in capitals keeps its French accents as the tie-break', () => {
  it.each(['COMPTER PLUSIEURS ADHÉRENTS', 'FIDÉLISER LA CLIENTÈLE', 'ÉLARGIR LA BASE CLIENTS'])('%s → fr', (text) => {
    expect(analyze(text).language).toBe('fr');
  });

  it('keeps English capitals English', () => {
    expect(analyze('SIGN NEW CLIENTS').language).toBe('en');
  });
});

describe('a comma inside a parenthesis does not split a lever', () => {
  it.each([
    ['Augmenter la rentabilité en calquant notre management sur la grande distribution (panier moyen, taux d’achat, etc.).', ['calquant notre management sur la grande distribution (panier moyen, taux d’achat, etc.)']],
    ['Grow revenue 10% through referrals (partners, alumni, clients) and webinars.', ['referrals (partners, alumni, clients)', 'webinars']],
  ])('%s', (text, levers) => {
    expect(analyze(text).levers).toEqual(levers);
  });

  it('keeps the near-miss: a closing parenthesis that lists the levers', () => {
    expect(analyze('En réduisant le churn de 3,5% à 2,5% (optimisation onboarding, support, produit)').levers).toEqual(['optimisation onboarding', 'support', 'produit']);
  });
});

describe('a purpose opening a clause after "que" / "that" is set aside like a leading one', () => {
  it.each([
    ['Claire pensait que pour augmenter son chiffre d’affaires, il fallait surtout attirer plus de clients.', 'deals_closed'],
    ['We decided that to grow revenue, we must sign 20 new clients.', 'deals_closed'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('keeps the near-miss: a leading purpose at the start of the sentence', () => {
    expect(analyze('Pour augmenter le CA de 15 % en 2020, signer 25 nouveaux clients.')).toMatchObject({ kpi: 'deals_closed', target: 25 });
  });
});

describe('a change noun before a range of percentages is the change, its lower bound, and no share of the revenue', () => {
  it.each([
    ['Une progression de +30 à +50 % du chiffre d’affaires par rapport à 2024.', 0.3],
    ['Une hausse de 10 à 15 % du chiffre d’affaires en 2026.', 0.1],
    ['Target a rise of 5% to 8% in sales next year.', 0.05],
  ])('%s → revenue, +%d relative', (text, value) => {
    const a = analyze(text);
    expect(a.kpi).toBe('revenue');
    expect(a.change).toEqual({ value, kind: 'relative' });
    expect(a.target).toBeNull();
  });

  it('keeps the near-misses: a change verb\'s "de A à B", a growth level\'s range, a share of the revenue', () => {
    expect(analyze('Augmenter le CA de 10 % à 15 %.')).toMatchObject({ baseline: 0.1, target: 0.15 });
    expect(analyze('loan growth of 13% to 15%').target).toBe(0.13);
    expect(analyze('Atteindre 20 % du chiffre d’affaires en ligne.').kpi).toBeNull();
  });
});
