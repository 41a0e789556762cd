/**
 * Which KPIs feed which: a child goal on a contributing KPI fits a parent on
 * the KPI it feeds (more qualified leads → more deals closed → more revenue).
 * Data, not code; ids are KPI catalog ids.
 */
export const CONTRIBUTES_TO: Readonly<Record<string, readonly string[]>> = {
  prospecting: ['leads', 'meetings', 'funnel_throughput', 'deals_closed', 'revenue', 'signups'],
  signups: ['leads', 'funnel_throughput', 'deals_closed', 'revenue'],
  leads: ['meetings', 'funnel_throughput', 'deals_closed', 'revenue', 'sales_growth'],
  meetings: ['funnel_throughput', 'deals_closed', 'revenue', 'sales_growth'],
  // Opportunities added raise the pipeline's value: what feeds the funnel feeds a pipeline goal given money (the statement
  // analysis reads one as pipeline_value since stmt27).
  funnel_throughput: ['pipeline_value', 'deals_closed', 'revenue', 'sales_growth'],
  conversion_rate: ['deals_closed', 'revenue', 'sales_growth', 'close_rate'],
  close_rate: ['deals_closed', 'revenue', 'sales_growth'],
  deals_closed: ['revenue', 'sales_growth', 'customers', 'quota_attainment'],
  average_deal_size: ['revenue', 'sales_growth'],
  churn: ['retention', 'revenue', 'sales_growth', 'net_margin'],
  retention: ['revenue', 'sales_growth', 'churn'],
  nps: ['retention', 'churn', 'revenue'],
  csat: ['nps', 'retention', 'churn', 'revenue'],
  website_traffic: ['leads', 'signups', 'funnel_throughput', 'revenue'],
  pipeline_value: ['deals_closed', 'revenue', 'sales_growth', 'quota_attainment'],
  customers: ['revenue', 'market_share'],
  costs: ['profit', 'net_margin'],
  market_share: ['revenue'],
  cac: ['net_margin', 'gross_margin'],
  revenue: ['sales_growth', 'gross_margin', 'net_margin', 'profit', 'market_share', 'quota_attainment'],
  gross_margin: ['net_margin', 'profit'],
};

/** True when a goal on `child` serves a parent goal on `parent` (same KPI, or a declared contribution, transitively). */
export function contributes(child: string, parent: string): boolean {
  if (child === parent) return true;
  const seen = new Set<string>([child]);
  const queue = [child];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const next of CONTRIBUTES_TO[current] ?? []) {
      if (next === parent) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}
