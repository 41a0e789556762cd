import { analyzeStatement } from '../../../src/core/statement';

const levers = (text: string) => analyzeStatement(text, { asOf: '2026-11-26' }).levers;

describe('levers', () => {
  it.each([
    ['Signer 30 nouveaux comptes d’ici la fin du T2 grâce à un programme de parrainage et à des webinaires.', ['un programme de parrainage', 'des webinaires']],
    ['Augmenter les démos de 40 en ajoutant un SDR et en relançant les leads dormants.', ['ajoutant un SDR', 'relançant les leads dormants']],
    ['Augmenter le MRR de 10 % grâce au lancement de l’offre Premium.', ['lancement de l’offre Premium']],
    ['Cut CAC by 20% by the end of next month by shifting budget from paid search to referrals.', ['shifting budget from paid search to referrals']],
    ['Reduce churn through extended trials by the end of Q2.', ['extended trials']],
    ['Drive 2,500 website sign-ups by the end of H1 2027 with a new lead magnet.', ['a new lead magnet']],
    ['Send 200 prospecting emails per rep each week using new sequences.', ['new sequences']],
    ['Grâce à un meilleur onboarding, réduire le churn à 2 % d’ici la fin de l’année.', ['un meilleur onboarding']],
    ['Schedule 30 meetings with decision makers next month.', []],
    ['Doubler les inscriptions à la newsletter grâce à un jeu-concours, d’ici la fin du mois prochain.', ['un jeu-concours']],
    ['Générer 80 MQL par mois grâce au marketing de contenu et aux webinaires.', ['marketing de contenu', 'webinaires']],
    ['Triple inbound sign-ups in 2027 with SEO and partnerships.', ['SEO', 'partnerships']],
    ['Boost inbound leads by 35% in Q1 2027 by publishing two blog posts a week.', ['publishing two blog posts a week']],
    ['Maintain a gross margin of at least 60% throughout 2027.', []],
  ])('%s', (text, expected) => {
    expect(levers(text)).toEqual(expected);
  });
});
