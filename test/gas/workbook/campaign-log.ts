/**
 * A customers log by segment, shared by the "one story" tests (story47, surf48): three rows a day from 1 July to
 * 18 November 2026, each a segment's customers (20 to 30). With CAMPAIGNS a campaign comes twice on some days (no
 * snapshot by segment: customers served); with COUNTRIES each country comes once a date (snapshots: a level).
 */
import { checkedGoal } from './one-goal';

export const CAMPAIGNS = ['Newsletter', 'Spring promo', 'Newsletter', 'Retargeting'];
export const COUNTRIES = ['FR', 'DE', 'US'];

export function campaignLog(headers: readonly string[], label: (day: number, k: number) => string): unknown[][] {
  const rows: unknown[][] = [[...headers]];
  for (let day = 0; day < 141; day++) {
    const date = new Date(Date.UTC(2026, 6, 1 + day)).toISOString().slice(0, 10);
    for (let k = 0; k < 3; k++) rows.push([date, label(day, k), 20 + ((day * 7 + k * 3) % 11)]);
  }
  return rows;
}

/** The two workbooks the "one story" tests judge: a customers tab and a Goals tab with one goal on it, EN and FR. */
export const CAMPAIGN_CASES = [
  { locale: 'en_US', lang: 'en', goals: ['Goal ID', 'Goal', 'KPI'], tab: 'Customers', headers: ['Date', 'Campaign', 'Customers'], goal: 'Reach 80 customers by March 31, 2027' },
  { locale: 'fr_FR', lang: 'fr', goals: ['ID', 'Objectif', 'Indicateur'], tab: 'Clients', headers: ['Date', 'Campagne', 'Clients'], goal: 'Atteindre 80 clients d’ici le 31 mars 2027' },
] as const;

/** The case's customers log labelled by `label`, judged by Check goals (one-goal.ts): the add-on, the log, a cell of the goal's row. */
export function checkedCampaignLog(c: (typeof CAMPAIGN_CASES)[number], label: (day: number, k: number) => string) {
  const tab = campaignLog(c.headers, label);
  return { tab, ...checkedGoal(c, tab) };
}
