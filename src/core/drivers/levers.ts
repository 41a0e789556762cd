/**
 * Levers a goal names ("through longer trials, discounts and 10 % more
 * support staff") attached to the driver they move, so a plan can say what
 * each lever must deliver. Keyword families, FR and EN, folded.
 */
import { fold } from '../workbook/text';

const LEVER_DRIVERS: ReadonlyArray<{ re: RegExp; kpis: readonly string[] }> = [
  { re: /\b(?:trials?|essais?|freemium|onboarding|demo gratuite|free demo)\b/, kpis: ['conversion_rate', 'churn', 'retention'] },
  { re: /\b(?:discounts?|remises?|promotions?|promo|rabais|reductions?)\b/, kpis: ['close_rate', 'conversion_rate', 'churn'] },
  { re: /\b(?:training|coaching|formations?|deal reviews?|revues? d affaires|playbooks?|negociation|negotiation)\b/, kpis: ['close_rate', 'conversion_rate'] },
  { re: /\b(?:campaigns?|campagnes?|ads|advertising|publicites?|seo|webinars?|webinaires?|events?|salons?|evenements?|marketing|content|contenus?)\b/, kpis: ['leads', 'signups', 'website_traffic'] },
  { re: /\b(?:calls?|appels?|cold|outreach|prospection|sequences?|emailing|relances?)\b/, kpis: ['meetings', 'leads', 'prospecting'] },
  { re: /\b(?:upsells?|cross-sells?|upselling|cross-selling|pricing|prix|tarifs?|bundles?|packs?|montee en gamme)\b/, kpis: ['average_deal_size', 'revenue'] },
  { re: /\b(?:hires?|hiring|recrut\w*|embauch\w*|headcount|effectifs?|staff|reps|commerciaux|sdrs?|aes?|personnel|support)\b/, kpis: ['sales_reps', 'meetings', 'churn', 'retention'] },
];

/** For each lever, the first driver of the tree (by catalog id) it moves, if any. */
export function attachLevers(levers: readonly string[], drivers: ReadonlyArray<{ key: string; catalogId: string | null }>): Array<{ lever: string; driver: string | null }> {
  return levers.map((lever) => {
    const text = fold(lever);
    for (const family of LEVER_DRIVERS) {
      if (!family.re.test(text)) continue;
      for (const id of family.kpis) {
        const driver = drivers.find((d) => d.catalogId === id);
        if (driver) return { lever, driver: driver.key };
      }
    }
    return { lever, driver: null };
  });
}
