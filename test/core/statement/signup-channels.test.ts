/**
 * Sign-ups, inscriptions and registrations qualified by the channel they come through stay sign-ups: "email and website
 * sign-ups" were read as prospecting (its first conjunct, "email", the head of the object) and « inscriptions par e-mail »
 * got no KPI (« par e-mail » read as "per email", a ratio). Emails, calls and outreach as things stay prospecting.
 */
import { analyzeStatement } from '../../../src/core/statement';

const kpi = (text: string) => analyzeStatement(text, { asOf: '2026-11-26' }).kpi;

describe('sign-ups qualified by a channel', () => {
  it.each([
    'Increase email and website sign-ups by 20 %',
    'Increase web, app and email registrations by 15% by June 2027',
    'Grow email or website sign-ups to 500 per month',
    'Increase email sign-ups by 20% by June 2027',
    'Augmenter les inscriptions par e-mail de 20 % d’ici juin 2027',
    'Augmenter les inscriptions par e-mail et sur le site de 20 %',
    'Doubler les inscriptions via le site d’ici la fin de l’année',
    'Increase sign-ups through SMS by 10%',
  ])('%s → sign-ups', (text) => {
    expect(kpi(text)).toBe('signups');
  });

  it.each([
    ['Increase email outreach by 20% by June 2027', 'prospecting'],
    ['Send 200 more emails per week to prospects', 'prospecting'],
    ['Increase emails and sign-ups by 20%', 'prospecting'],
    ['Increase calls and website sign-ups by 20%', 'prospecting'],
    ['Augmenter les e-mails de prospection de 20 %', 'prospecting'],
  ])('near miss: %s → %s', (text, id) => {
    expect(kpi(text)).toBe(id);
  });
});
