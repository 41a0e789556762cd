/**
 * The KPI catalog: data, not code, so a workbook can add its own KPIs
 * (see `extendCatalog`). Synonyms are matched by the statement analyzer
 * after accent/case folding; keep them lower-case.
 */
import type { Aggregation, Unit } from '../types';

/**
 * How a label takes its article in a sentence ("Increase the close rate", « Augmenter la part de marché »): stored, not
 * guessed from the spelling (« la part », « les commerciaux », « l’attrition » but « le hockey »). In order: the French
 * gender (m, f) and number (pl), `elide` when « le »/« la » becomes « l’ » (a vowel or mute h; never in the plural:
 * « les inscriptions »), `the` when English says "the" before it (rates, sizes: "the close rate"; not mass and plural
 * nouns: "revenue", "sign-ups").
 */
export type LabelGrammar = `${'m' | 'f'}${'' | 'pl'}${'' | ' elide'}${'' | ' the'}`;

export interface KpiDefinition {
  id: string;
  /** Display names, and how a sentence puts an article before them. */
  label: { en: string; fr: string; grammar?: LabelGrammar };
  /** Phrases that name this KPI in a sentence or a column header. */
  synonyms: { en: readonly string[]; fr: readonly string[] };
  unit: Unit;
  /** True when smaller is better (churn, CAC): "meet" means at or below target. */
  lowerIsBetter: boolean;
  /** Default aggregation when a goal does not say. */
  aggregation: Aggregation;
  /** A rate that cannot pass 100 % (close rate, churn, margins): a higher target is a typing error. */
  bounded?: boolean;
}

export const KPI_CATALOG: readonly KpiDefinition[] = [
  {
    id: 'revenue',
    label: { en: 'Revenue', fr: 'Chiffre d’affaires', grammar: 'm' },
    synonyms: {
      en: ['revenue', 'revenues', 'sales revenue', 'turnover', 'mrr', 'arr', 'recurring revenue', 'monthly recurring revenue', 'annual recurring revenue', 'bookings', 'new business', 'sales', 'sales figures', 'sales volume', 'invoices', 'billings', 'gmv', 'gross merchandise value', 'income', 'total income', 'gross income', 'net sales', 'same-store sales', 'like-for-like sales', 'comparable sales', 'top line', 'top-line', 'topline', 'mmr', 'premium', 'order book', 'order intake'],
      fr: ["chiffre d'affaires", "chiffre d'affaire", 'ca', 'ventes en valeur', 'revenu', 'revenus', 'revenu récurrent', 'revenus récurrents', 'mrr', 'arr', 'ventes', 'chiffres de vente', 'volume de ventes', 'recettes', 'facturation', 'facturations', 'entrées de commandes', 'prises de commandes', "volume d'affaires", "volume d'activité", 'carnet de commandes'],
    },
    unit: 'currency',
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'sales_growth',
    label: { en: 'Sales growth', fr: 'Croissance des ventes', grammar: 'f' },
    // "revenue CAGR" names its head last, a growth rate (real42); a bare "CAGR" stays out: it often describes the past
    // beside a revenue target ("riding high on a 40 per cent CAGR, with FY26 revenue targets", real22).
    synonyms: { en: ['sales growth', 'ytd sales growth', 'year-to-date sales growth', 'growth', 'revenue cagr', 'sales cagr'], fr: ['croissance des ventes', 'croissance', 'croissance depuis le début de l’année'] },
    unit: 'percent',
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'gross_margin',
    label: { en: 'Gross margin', fr: 'Marge brute', grammar: 'f the' },
    synonyms: { en: ['gross margin', 'gross profit margin'], fr: ['marge brute', 'marge bénéficiaire brute', 'marge commerciale', 'taux de marge brute', 'taux de marge commerciale'] },
    unit: 'percent',
    bounded: true,
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'net_margin',
    label: { en: 'Net margin', fr: 'Marge nette', grammar: 'f the' },
    synonyms: { en: ['net margin', 'net profit margin', 'net profitability', 'profit margin', 'operating margin', 'ebitda margin', 'margin', 'margins'], fr: ['marge opérationnelle', "marge d'exploitation", 'taux de marge', 'marge nette', 'marge bénéficiaire nette', 'rentabilité nette', 'marge bénéficiaire', 'marge de bénéfice', 'marge', 'marges'] },
    unit: 'percent',
    bounded: true,
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'signups',
    label: { en: 'Sign-ups', fr: 'Inscriptions', grammar: 'fpl' },
    synonyms: { en: ['sign-ups', 'signups', 'sign ups', 'newsletter subscribers', 'subscribers', 'email sign-ups', 'website sign-ups', 'registrations', 'opt-ins', 'new subscriptions', 'enrollment', 'enrolment', 'enrollments', 'enrolments', 'email list', 'mailing list', 'contact list', 'contact database'], fr: ['nouveaux abonnements', 'inscriptions', 'inscrits', 'abonnés newsletter', 'abonnés à la newsletter', 'abonnés', 'abonnées', 'abonné·es', 'inscrit·es', 'inscriptions e-mail', 'inscriptions à la newsletter', 'liste de diffusion', 'base e-mail', 'base de contacts', 'fichier de contacts', 'liste de contacts'] },
    unit: 'count',
    lowerIsBetter: false,
    aggregation: 'total',
  },
  {
    id: 'retention',
    label: { en: 'Retention', fr: 'Fidélisation', grammar: 'f' },
    synonyms: { en: ['retention', 'retention rate', 'customer retention', 'net revenue retention', 'nrr', 'gross revenue retention', 'grr', 'renewal rate', 'renewals', 'renewal'], fr: ['fidélisation', 'rétention', 'taux de rétention', 'taux de fidélisation', 'rétention client', 'fidélisation de la clientèle', 'taux de renouvellement', 'renouvellements', 'réabonnement', 'fidélité', 'fidélité client', 'fidélité des clients', 'taux de fidélité', 'loyalty', 'customer loyalty'] },
    unit: 'percent',
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'churn',
    label: { en: 'Churn', fr: 'Attrition', grammar: 'f elide' },
    synonyms: { en: ['churn', 'churn rate', 'attrition', 'cancellations', 'customer churn', 'customer attrition', 'logo churn', 'churned accounts', 'churned customers', 'lost customers', 'cancellation rate'], fr: ['clients perdus', 'comptes perdus', 'perte de clients', 'pertes de clients', 'attrition', 'taux d’attrition', 'désabonnement', 'taux de désabonnement', 'résiliation', 'résiliations', 'churn'] },
    unit: 'percent',
    bounded: true,
    lowerIsBetter: true,
    aggregation: 'level',
  },
  {
    id: 'cac',
    label: { en: 'Customer acquisition cost', fr: 'Coût d’acquisition client', grammar: 'm the' },
    synonyms: { en: ['cac', 'customer acquisition cost', 'cost per acquisition', 'acquisition cost', 'cost of acquisition', 'cpa'], fr: ['cac', "coût d'acquisition client", "coût d'acquisition", 'coût par acquisition'] },
    unit: 'currency',
    lowerIsBetter: true,
    aggregation: 'level',
  },
  {
    id: 'prospecting',
    label: { en: 'Prospecting activity', fr: 'Activité de prospection', grammar: 'f elide' },
    synonyms: { en: ['prospecting', 'prospecting calls', 'cold calls', 'cold calling', 'outreach', 'prospecting emails', 'cold emails', 'outbound calls', 'calls', 'sales calls', 'phone calls', 'dials', 'emails', 'outbound emails', 'call average'], fr: ['mails', 'e-mails', 'emails', 'prospection', 'activité de prospection', 'appels de prospection', 'e-mails de prospection', 'emails de prospection', 'mails de prospection', 'appels sortants', 'appels à froid', 'appels', 'appels téléphoniques', 'appels commerciaux', 'prospection téléphonique'] },
    unit: 'count',
    lowerIsBetter: false,
    aggregation: 'total',
  },
  {
    id: 'funnel_throughput',
    label: { en: 'Funnel throughput', fr: 'Débit de l’entonnoir', grammar: 'm the' },
    synonyms: { en: ['funnel throughput', 'pipeline', 'opportunities', 'opps', 'funnel', 'sales funnel', 'qualified pipeline'], fr: ["débit de l'entonnoir", 'débit en entonnoir', 'pipeline', 'pipe', 'opportunités', 'entonnoir', 'entonnoir de vente', 'entonnoir des ventes'] },
    unit: 'count',
    lowerIsBetter: false,
    aggregation: 'total',
  },
  {
    id: 'conversion_rate',
    label: { en: 'Conversion rate', fr: 'Taux de conversion', grammar: 'm the' },
    synonyms: { en: ['conversion rate', 'conversion', 'conv rate'], fr: ['taux de conversion', 'conversion', 'taux de transformation', 'taux de conv'] },
    unit: 'percent',
    bounded: true,
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'close_rate',
    label: { en: 'Close rate', fr: 'Taux de conclusion', grammar: 'm the' },
    synonyms: { en: ['close rate', 'closing rate', 'win rate', 'win ratio', 'close ratio', 'closing ratio', 'closing percentage', 'hit rate', 'hit ratio', 'strike rate'], fr: ['taux de conclusion', 'taux de réussite', 'taux de closing', 'taux de signature', 'taux de gain', 'ratio de closing', 'win rate'] },
    unit: 'percent',
    bounded: true,
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'deals_closed',
    label: { en: 'Deals closed', fr: 'Comptes conclus', grammar: 'mpl' },
    synonyms: { en: ['deals closed', 'deals won', 'closed deals', 'new accounts', 'accounts', 'deals', 'deal', 'new logos', 'logos', 'enterprise deals', 'contracts', 'new customers', 'new clients', 'signed deals', 'signed quotes', 'signed proposals', 'signatures', 'transactions', 'transaction volume', 'closed transactions', 'units sold', 'quantity sold', 'orders', 'online orders', 'purchase orders', 'sales closed', 'closed sales', 'won opportunities', 'opportunities won', 'customer acquisition', 'customer acquisitions', 'client acquisition', 'new customer acquisition', 'new client', 'new customer', 'closings', 'placements', 'memberships'], fr: ['opportunités conclues', 'opportunités gagnées', 'nouveau client', 'acquisition de clients', 'acquisition de nouveaux clients', 'acquisition client', 'ventes conclues', 'ventes signées', 'devis signés', 'propositions signées', 'signatures', 'contrats signés', 'transactions', 'unités vendues', 'quantité vendue', 'quantités vendues', 'commandes', 'commandes en ligne', 'bons de commande', 'comptes fermés', 'comptes conclus', 'nouveaux comptes', 'affaires conclues', 'comptes', 'affaires', 'contrats', 'deals', 'nouveaux logos', 'nouveaux clients', 'nouveaux dossiers'] },
    unit: 'count',
    lowerIsBetter: false,
    aggregation: 'total',
  },
  {
    id: 'leads',
    label: { en: 'Qualified leads', fr: 'Prospects qualifiés', grammar: 'mpl' },
    synonyms: { en: ['leads', 'lead', 'qualified leads', 'qualified prospects', 'mql', 'mqls', 'sql', 'sqls', 'inbound leads', 'prospects', 'lead generation', 'inquiries', 'enquiries', 'contact requests', 'demo requests', 'quote requests', 'meeting requests', 'information requests', 'requests for information', 'inbound requests'], fr: ['leads', 'prospects qualifiés', 'prospects', 'mql', 'sql', 'leads entrants', 'leads qualifiés', 'génération de leads', 'génération de prospects', 'demandes de contact', 'demandes de devis', 'demandes de démo', 'demandes de démonstration', 'demandes de rendez-vous', "demandes d'information", "demandes d'informations", 'demandes entrantes'] },
    unit: 'count',
    lowerIsBetter: false,
    aggregation: 'total',
  },
  {
    id: 'meetings',
    label: { en: 'Meetings booked', fr: 'Rendez-vous', grammar: 'mpl' },
    synonyms: { en: ['meetings', 'meeting', 'meetings booked', 'demos', 'demo', 'demo count', 'appointments', 'discovery calls', 'customer visits', 'client visits', 'field visits', 'sales visits', 'presentations', 'sales presentations', 'pitches', 'pitch'], fr: ['rendez-vous', 'rdv', 'démos', 'démo', 'réunions', 'réunion', 'visites clients', 'visites client', 'visites terrain', 'visites commerciales', 'présentations commerciales'] },
    unit: 'count',
    lowerIsBetter: false,
    aggregation: 'total',
  },
  {
    id: 'average_deal_size',
    label: { en: 'Average deal size', fr: 'Panier moyen', grammar: 'm the' },
    synonyms: { en: ['average deal size', 'deal size', 'acv', 'average order value', 'aov', 'average contract value', 'average basket', 'average selling price', 'average purchase size', 'average purchase value', 'average order size', 'average ticket', 'average sale', 'average sales', 'average transaction value', 'average transaction size', 'average spend per customer', 'transaction size', 'order size', 'basket size', 'ticket size', 'average check', 'check average', 'ticket average', 'average sale per customer', 'average booking size', 'booking size'], fr: ['panier moyen', 'valeur moyenne des réservations', 'vente moyenne', 'dépense moyenne', 'valeur moyenne des transactions', 'taille moyenne des contrats', 'acv', 'valeur moyenne des contrats', 'montant moyen des affaires', 'prix de vente moyen', 'ticket moyen', 'facture moyenne', 'montant moyen des commandes'] },
    unit: 'currency',
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'nps',
    label: { en: 'NPS', fr: 'NPS', grammar: 'm the' },
    synonyms: { en: ['nps', 'net promoter score', 'promoter score'], fr: ['nps', 'net promoter score', 'score net du promoteur', 'score net de recommandation', 'score de recommandation'] },
    unit: 'score',
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'csat',
    label: { en: 'Customer satisfaction (CSAT)', fr: 'Satisfaction client (CSAT)', grammar: 'f' },
    synonyms: {
      en: ['csat', 'customer satisfaction', 'customer satisfaction score', 'satisfaction', 'satisfaction rate', 'satisfaction score', 'satisfaction rating', 'survey rating', 'customer service rating', 'satisfied customers', 'happy customers'],
      fr: ['csat', 'satisfaction client', 'satisfaction des clients', 'satisfaction de la clientèle', 'satisfaction', 'score de satisfaction', 'taux de satisfaction', 'note de satisfaction', 'indice de satisfaction', 'clients satisfaits', 'taux de clients satisfaits'],
    },
    unit: 'percent',
    bounded: true,
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'market_share',
    label: { en: 'Market share', fr: 'Part de marché', grammar: 'f' },
    synonyms: { en: ['market share', 'share of market', 'share of the market', 'percentage of the market', 'percent of the market'], fr: ['part de marché', 'pdm', 'part du marché', 'pourcentage de marché', 'pourcentage du marché'] },
    unit: 'percent',
    bounded: true,
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'profit',
    label: { en: 'Profit', fr: 'Bénéfice', grammar: 'm' },
    synonyms: { en: ['profit', 'net profit', 'gross profit', 'operating profit', 'net income', 'operating income', 'earnings', 'ebitda', 'ebitdar', 'ebit', 'profitability', 'bottom line'], fr: ['bénéfice', 'bénéfice net', 'profit', 'résultat net', "résultat de l'exercice", "résultat d'exploitation", 'résultat opérationnel', 'ebitda', 'ebit', 'ebe', "excédent brut d'exploitation", "résultat brut d'exploitation", 'rentabilité', 'profitabilité'] },
    unit: 'currency',
    lowerIsBetter: false,
    aggregation: 'total',
  },
  {
    id: 'costs',
    label: { en: 'Operating costs', fr: 'Coûts d’exploitation', grammar: 'mpl' },
    synonyms: { en: ['costs', 'operating costs', 'operating expenses', 'opex', 'expenses', 'budget costs', 'overhead', 'overheads', 'spending', 'spend', 'bills', 'utility bills', 'energy bills', 'running costs', 'cost of goods sold', 'cogs', 'cost of sales', 'cost of revenue', 'cost', 'savings', 'cost savings'], fr: ['coûts', 'coût', 'économies', "coûts d'exploitation", 'coûts opérationnels', 'charges', "charges d'exploitation", 'frais', 'frais généraux', 'dépenses', 'frais de fonctionnement', 'coûts de fonctionnement', "factures d'énergie", "factures d'électricité", 'coût des ventes', 'coût des produits vendus', 'coût des marchandises vendues'] },
    unit: 'currency',
    lowerIsBetter: true,
    aggregation: 'total',
  },
  {
    id: 'pipeline_value',
    label: { en: 'Pipeline value', fr: 'Valeur du pipeline', grammar: 'f the' },
    synonyms: { en: ['pipeline value', 'open pipeline', 'pipeline amount', 'value of the pipeline', 'weighted pipeline', 'active pipeline'], fr: ['valeur du pipeline', 'valeur du pipe', 'montant du pipeline', 'pipeline ouvert', 'pipeline pondéré'] },
    unit: 'currency',
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'customers',
    label: { en: 'Active customers', fr: 'Clients actifs', grammar: 'mpl' },
    synonyms: { en: ['active customers', 'active clients', 'customer base', 'client base', 'customer count', 'customers', 'clients', 'paying users', 'active users', 'buyers', 'active accounts', 'member base', 'membership base', 'paying customers', 'paying clients', 'active subscribers', 'active subscriptions', 'patients', 'donors', 'paying fans', 'paying members', 'active memberships', 'students', 'enrolled students', 'membership rolls', 'members'], fr: ['patients', 'étudiants', 'étudiantes', 'élèves', 'effectifs étudiants', 'clients payants', 'donateurs', 'donatrices', 'licenciés', 'licenciées', 'clients actifs', 'abonnés actifs', 'abonnements actifs', 'base clients', 'base de clients', 'portefeuille clients', 'portefeuille client', 'portefeuille de clients', 'clientèle', 'clients', 'utilisateurs actifs', 'acheteurs', 'comptes actifs', 'adhérents', 'base de membres', 'nombre de membres', 'membres'] },
    unit: 'count',
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    id: 'website_traffic',
    label: { en: 'Website traffic', fr: 'Trafic du site', grammar: 'm' },
    synonyms: { en: ['website traffic', 'web traffic', 'site traffic', 'traffic', 'website visits', 'site visits', 'visits', 'visitors', 'unique visitors', 'page views', 'pageviews'], fr: ['trafic du site', 'trafic web', 'trafic', 'visites', 'visiteurs', 'visiteurs uniques', 'pages vues', 'fréquentation du site'] },
    unit: 'count',
    lowerIsBetter: false,
    aggregation: 'total',
  },
  {
    id: 'quota_attainment',
    label: { en: 'Quota attainment', fr: 'Atteinte des quotas', grammar: 'f elide' },
    synonyms: { en: ['quota attainment', 'quota achievement', 'attainment', 'percent of quota', 'reps at quota', 'reps hitting quota', 'hitting their quota', 'hit their quota', 'reaching their quota', 'making their quota'], fr: ['atteinte des quotas', 'atteinte du quota', "taux d'atteinte des quotas", "taux d'atteinte du quota", "taux d'atteinte des objectifs", 'atteignent leur quota', 'atteignant leur quota', 'atteindre leur quota'] },
    unit: 'percent',
    lowerIsBetter: false,
    aggregation: 'level',
  },
  {
    // Headcount: the capacity driver of a bottom-up plan (core/drivers/capacity.ts). Narrow synonyms on purpose:
    // "deux commerciaux" in a goal is a lever, not the KPI.
    id: 'sales_reps',
    label: { en: 'Sales reps', fr: 'Commerciaux', grammar: 'mpl' },
    // "sales force", « force de vente » name it in a sentence only (statement/kpi.ts salesForceMentions): as a header they
    // named a cost or a productivity column the headcount (mend53b).
    synonyms: { en: ['sales reps', 'sales headcount', 'headcount', 'head count', 'quota-carrying reps'], fr: ['effectif commercial', 'effectifs commerciaux', 'nombre de commerciaux'] },
    unit: 'count',
    lowerIsBetter: false,
    aggregation: 'level',
  },
];

const BY_ID = new Map(KPI_CATALOG.map((k) => [k.id, k]));

export function kpiById(id: string): KpiDefinition | undefined {
  return BY_ID.get(id);
}

/** Whether a KPI's rate is capped at 100 %: null for a KPI the catalog does not know (workbook-specific, typed). */
export function kpiBounded(kpi: KpiDefinition | null | undefined): boolean | null {
  return kpi && BY_ID.has(kpi.id) ? kpi.bounded === true : null;
}

/** A catalog plus workbook-specific KPIs (later entries win on id clashes). */
export function extendCatalog(base: readonly KpiDefinition[], extra: readonly KpiDefinition[]): KpiDefinition[] {
  const merged = new Map(base.map((k) => [k.id, k]));
  for (const k of extra) merged.set(k.id, k);
  return [...merged.values()];
}
