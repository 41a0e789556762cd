/**
 * Silent wrong answers found in the third review of goal-sentence analysis (rev3: H5, H6, M1–M4, L2, L3, L5, L6), each
 * fixed by a general rule and checked on FR and EN wordings of its class, with near-misses that must not change.
 */
import { analyzeStatement, evaluateStatement } from '../../../src/core/statement';

const AS_OF = '2026-12-02';
const analyze = (text: string, fiscalYearStartMonth?: number) => analyzeStatement(text, { asOf: AS_OF, fiscalYearStartMonth });

describe('H6: a fiscal year written over two calendar years, second year in two digits after a hyphen', () => {
  it.each([
    ['Reach $1M in revenue in FY2026-27', 4, '2027-03-31'],
    ['Reach $1M in revenue in FY 2026-27', 4, '2027-03-31'],
    ['Reach $1M in revenue in FY26-27', 4, '2027-03-31'],
    ["Atteindre 1 M€ de CA sur l'exercice 2026-27", 4, '2027-03-31'],
    ['Reach $1M in revenue in FY2026-27', 7, '2027-06-30'],
    ['Reach $1M in revenue in FY2026-27', 1, '2027-12-31'],
  ])('%s (fiscal year from month %d) → %s', (text, start, deadline) => {
    expect(analyze(text, start)).toMatchObject({ deadline, target: 1_000_000 });
  });

  it('keeps a two-digit number after a single fiscal year a number of the goal', () => {
    expect(analyze('Sign FY 2026 20 new customers', 4)).toMatchObject({ deadline: '2026-03-31', target: 20 });
    expect(analyze('Sign FY26 20 new customers')).toMatchObject({ deadline: '2026-12-31', target: 20 });
    expect(analyze('Signer en FY2027 15 nouveaux clients', 4)).toMatchObject({ deadline: '2027-03-31', target: 15 });
  });
});

describe('H6: a two-year fiscal year with a January start is said, not silently read — and the goal stays time-bound', () => {
  it.each([
    ['Reach $1M in revenue in FY 2026/2027', 'en', '“FY 2026/2027” spans two years, but the fiscal year starts in January: read as 31 December 2027 (set the month your fiscal year starts in Settings).'],
    ['Reach $1M in revenue in FY2026-27', 'en', '“FY2026-27” spans two years, but the fiscal year starts in January: read as 31 December 2027 (set the month your fiscal year starts in Settings).'],
    ["Atteindre 1 M€ de CA sur l'exercice 2026-2027", 'fr', '«\u202fexercice 2026-2027\u202f» couvre deux années, mais l’exercice commence en janvier\u202f: lu au 31 décembre 2027 (indiquez le mois de début de votre exercice dans les Paramètres).'],
  ] as const)('%s → time-bound, with how it was read', (text, lang, message) => {
    const evaluation = evaluateStatement(text, { asOf: AS_OF, lang });
    expect(evaluation.deadline).toBe('2027-12-31');
    expect(evaluation.ambiguousFiscalYear).toBeDefined();
    expect(evaluation.criteria.timeBound).toMatchObject({ status: 'pass', message, suggestion: null });
    // A well-formed goal keeps its full score: the reading is shown, not penalised.
    expect(evaluation.score).toBe(evaluateStatement(text.replace(/FY ?2026[-/]27|FY 2026\/2027|exercice 2026-2027/, lang === 'fr' ? 'exercice 2027' : 'FY 2027'), { asOf: AS_OF, lang }).score);
  });

  it('says nothing when the start month is set, or the fiscal year is named by one year', () => {
    for (const [text, start] of [['Reach $1M in revenue in FY 2026/2027', 4], ['Reach $1M in revenue in FY2027', 1], ['Reach $1M in revenue in 2026/2027', 1]] as const) {
      const evaluation = evaluateStatement(text, { asOf: AS_OF, fiscalYearStartMonth: start });
      expect(evaluation.ambiguousFiscalYear).toBeUndefined();
      expect(evaluation.criteria.timeBound.status).toBe('pass');
    }
  });
});

describe('M1: a date the calendar does not have is reported, and its numbers are no change', () => {
  it.each([
    ['Close 30 deals by 32 May 2027', '32 May 2027'],
    ['Close 30 deals by May 32nd 2027', 'May 32nd 2027'],
    ['Close 30 deals by 0 June 2027', '0 June 2027'],
    ['Close 30 deals by 2027-02-30', '2027-02-30'],
    ['Signer 30 contrats d’ici le 32 mai 2027', '32 mai 2027'],
    ['Signer 30 contrats d’ici le 2027-02-30', '2027-02-30'],
    ['Signer 30 contrats d’ici le 35/01', '35/01'],
    ['Close 30 deals by 30/02', '30/02'],
    ['Close 30 deals by 02/30', '02/30'],
    ['Close 30 deals by 31 June', '31 June'],
    ['Close 30 deals by 31.09.2027', '31.09.2027'],
  ])('%s → no deadline, no change, “%s” reported', (text, written) => {
    expect(analyze(text)).toMatchObject({ target: 30, change: null, deadline: null, impossibleDate: written });
  });

  it.each([
    ['Close 30 deals by 29/02'],
    ['Close 30 deals by February 29'],
    ['Close 30 deals by 29 February'],
    ['Signer 30 contrats d’ici le 29 février'],
    ['Signer 30 contrats d’ici le 29/02'],
  ])('%s: a yearless 29 February is the next one the calendar has', (text) => {
    const analysis = analyze(text);
    expect(analysis).toMatchObject({ target: 30, change: null, deadline: '2028-02-29' });
    expect(analysis.impossibleDate).toBeUndefined();
  });

  it('a yearless 29 February from an as-of date near year 9999: no deadline, found in at most eight years (was a quarter of a million steps, then a RangeError)', () => {
    for (const asOf of ['9996-03-01', '9999-01-01']) {
      expect(analyzeStatement('Close 30 deals by February 29', { asOf }).deadline).toBeNull();
      expect(analyzeStatement('Signer 30 contrats d’ici le 29/02', { asOf }).deadline).toBeNull();
    }
    expect(analyzeStatement('Close 30 deals by February 29', { asOf: '2097-03-01' }).deadline).toBe('2104-02-29');
  });

  it('leaves real dates and decimals alone', () => {
    expect(analyze('Close 30 deals by 30 May 2027')).toMatchObject({ deadline: '2027-05-30', change: null });
    expect(analyze('Close 30 deals by 29 February 2028')).toMatchObject({ deadline: '2028-02-29' });
    expect(analyze('Close 30 deals by 2027-02-28')).toMatchObject({ deadline: '2027-02-28' });
    expect(analyze('Close 30 deals by 31/12')).toMatchObject({ deadline: '2026-12-31' });
    expect(analyze('Increase revenue 31.4% by June 2027')).toMatchObject({ change: { value: 0.314, kind: 'relative' }, deadline: '2027-06-30' });
    for (const text of ['Close 30 deals by 30 May 2027', 'Increase revenue 31.4% by June 2027', 'Grow revenue by 30 in March 2027']) expect(analyze(text).impossibleDate).toBeUndefined();
  });
});

describe('L5: a deadline whose cue the date parser took in ("by March 2027") is as cued as "by the 31st"', () => {
  it.each([
    ['Sell 300 units by March 2027, then double it next year.', '2027-03-31'],
    ['Sell 300 units by March 2027 and double it next year.', '2027-03-31'],
    ['Vendre 300 unités avant mars 2027, puis doubler en 2028.', '2027-03-31'],
    ["Vendre 300 unités d'ici mars 2027, puis doubler l'année suivante.", '2027-03-31'],
    ['Reach 200 customers before June 2027, then grow 10% in 2028.', '2027-06-30'],
  ])('%s → the first goal keeps %s', (text, deadline) => {
    expect(analyze(text)).toMatchObject({ target: expect.any(Number), deadline });
  });

  it('keeps the later date when the first one is not a deadline cue', () => {
    expect(analyze('Starting March 2027, sell 300 units by the end of 2027.')).toMatchObject({ target: 300, deadline: '2027-12-31', start: '2027-03-01' });
    expect(analyze('Sell 300 units in March 2027 and in 2028')).toMatchObject({ deadline: '2028-12-31' });
  });
});

describe('M2: what was done already ("après avoir", "after having", "after growing", "having grown") is set aside anywhere', () => {
  it.each([
    ['Augmenter le CA de 10 % en 2027 après avoir progressé de 20 % en 2026.', 'revenue', '2027-12-31'],
    ['Grow revenue 10% in 2027 after growing 20% in 2026.', 'revenue', '2027-12-31'],
    ['Grow revenue 10% in 2027 after having grown 20% in 2026.', 'revenue', '2027-12-31'],
    ['Grow revenue 10% in 2027, having grown 20% in 2026.', 'revenue', '2027-12-31'],
    ['Having doubled sales in 2026, grow revenue 10% in 2027.', 'revenue', '2027-12-31'],
  ])('%s → +10 %% of %s due %s', (text, kpi, deadline) => {
    expect(analyze(text)).toMatchObject({ kpi, change: { value: 0.1, kind: 'relative' }, deadline });
  });

  it.each([
    ['Après avoir recruté 5 commerciaux, signer 50 contrats d’ici juin 2027.'],
    ['After having hired 5 reps, close 50 deals by June 2027.'],
    ['After hiring 5 reps, close 50 deals by June 2027.'],
  ])('%s → 50 deals, not the 5 hires', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', target: 50, deadline: '2027-06-30' });
  });

  it('keeps a moment ("after onboarding") and a means ("by hiring", "en recrutant") in the goal', () => {
    expect(analyze('Increase retention after onboarding to 80% by June 2027')).toMatchObject({ kpi: 'retention', target: 0.8 });
    expect(analyze('Increase NPS to 50 after closing the support backlog by June 2027')).toMatchObject({ kpi: 'nps', target: 50 });
    expect(analyze('Increase revenue 10% in 2027 by hiring 5 reps')).toMatchObject({ kpi: 'revenue', change: { value: 0.1 }, deadline: '2027-12-31' });
    expect(analyze("Réduire le churn à 5 % en ayant plus de CSM d'ici juin 2027")).toMatchObject({ kpi: 'churn', target: 0.05 });
  });
});

describe('H5: costs named by what is saved — a rise of the savings is no rise of costs', () => {
  it.each([
    ['Increase savings by 10% by 2027', 0.1],
    ["Augmenter les économies d'énergie de 10 % d'ici 2027", 0.1],
    ['Grow cost savings by 15% in 2027', 0.15],
    ['Double our savings in 2027', 1],
    ['Doubler nos économies en 2027', 1],
  ])('%s → no KPI (a percentage of the savings is none of costs)', (text, value) => {
    expect(analyze(text)).toMatchObject({ kpi: null, change: { value, kind: 'relative' } });
  });

  it.each([
    ['Increase savings to $2M by 2027', 2_000_000],
    ['Increase savings by $500k in 2027', 500_000],
    ["Porter les économies à 2 M€ d'ici 2027", 2_000_000],
  ])('%s → costs down by the amount saved', (text, value) => {
    expect(analyze(text)).toMatchObject({ kpi: 'costs', direction: 'decrease', target: null, change: { value, kind: 'absolute' } });
  });

  it('reads a share saved, and costs named as costs, as before', () => {
    expect(analyze("Générer 10 % d'économies sur les coûts d'ici 2027")).toMatchObject({ kpi: 'costs', direction: 'decrease', change: { value: 0.1, kind: 'relative' } });
    expect(analyze('Achieve $2M in cost savings by 2027')).toMatchObject({ kpi: 'costs', direction: 'decrease', change: { value: 2_000_000, kind: 'absolute' } });
    expect(analyze('Reduce costs by 10% by 2027')).toMatchObject({ kpi: 'costs', direction: 'decrease', change: { value: 0.1, kind: 'relative' } });
    expect(analyze("Réduire les coûts de 10 % d'ici 2027")).toMatchObject({ kpi: 'costs', direction: 'decrease' });
    expect(analyze('Reduce our energy bills by 20% by 2027')).toMatchObject({ kpi: 'costs', direction: 'decrease', change: { value: 0.2 } });
  });
});

describe('L6: what the customers save on their own bills is no cost of ours', () => {
  it.each([['Save customers 20% on their bills'], ['Help customers save 20% on their energy bills'], ["Aider nos clients à économiser 20 % sur leurs factures d'énergie"]])('%s → no KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it('keeps our own costs named next to it, in another clause', () => {
    expect(analyze('Save 10% on operating costs by 2027')).toMatchObject({ kpi: 'costs', direction: 'decrease' });
    expect(analyze('Help customers save time, and cut our operating costs by 10% by 2027')).toMatchObject({ kpi: 'costs', direction: 'decrease', change: { value: 0.1 } });
  });
});

describe('M3: an amount of money is never a count of deals', () => {
  it.each([
    ['Close a $1M deal by June 2027', 1_000_000],
    ["Signer un contrat de 1 M€ d'ici juin 2027", 1_000_000],
    ['Close a $500k contract in 2027', 500_000],
  ])('%s → one deal of that size: the deal size', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'average_deal_size', target, unit: 'currency' });
  });

  it.each([
    ["Réaliser 2 millions d'euros de ventes en 2027", 'target', 2_000_000],
    ["Générer 3 millions d'euros de ventes additionnelles", 'change', 3_000_000],
    ['Close deals worth $3M in 2027', 'target', 3_000_000],
    ['Reach $5 million in sales', 'target', 5_000_000],
    ['Close $2M in deals by June 2027', 'target', 2_000_000],
  ])('%s → revenue', (text, field, value) => {
    const analysis = analyze(text);
    expect(analysis).toMatchObject({ kpi: 'revenue', unit: 'currency' });
    expect(field === 'target' ? analysis.target : analysis.change?.value).toBe(value);
  });

  it('keeps counted deals and sales a count', () => {
    expect(analyze('Close 30 deals worth $1M by June 2027')).toMatchObject({ kpi: 'deals_closed', target: 30, unit: 'count' });
    expect(analyze('Conclure 30 ventes en 2027')).toMatchObject({ kpi: 'deals_closed', target: 30 });
    expect(analyze('Vendre 500 unités en 2027')).toMatchObject({ kpi: 'deals_closed', target: 500 });
  });
});

describe('M4: a share of a market in words is a market share only when captured', () => {
  it.each([
    ['Contact 50% of the market by June 2027'],
    ['Contacter 50 % du marché cible'],
    ['Reach 80% of the market with our campaign'],
    ['Toucher 30 % du marché avec notre campagne'],
    ['Survey 40% of the market by March 2027'],
    ['Convert 5% of the enterprise segment trials'],
    ['Call 25% of the SMB segment customers by June 2027'],
  ])('%s → no market share', (text) => {
    expect(analyze(text).kpi).not.toBe('market_share');
  });

  it.each([
    ['Capture 20% of the market by 2027', 0.2],
    ['Capture 15% of the premium segment by 2027.', 0.15],
    ['Reach 20% of the market by 2027', 0.2],
    ['Atteindre le tiers du marché régional.', 0.333333333333],
    ['Objectif : occuper 8 % du segment « famille » dominé par Milka', 0.08],
    ['Prendre 10 % du marché des croquettes en 2027', 0.1],
  ])('%s → market share %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'market_share', target });
  });
});

describe('L2: a percentage of growth of an amount given first is that amount’s change', () => {
  it.each([
    ['Achieve 10% growth in $2M revenue', 0.1],
    ['Achieve 10% growth on our $2M revenue in 2027', 0.1],
    ['Viser 10 % de croissance sur 2 M€ de CA en 2027', 0.1],
    ['Achieve 10% growth in sales of $2M', 0.1],
  ])('%s → revenue +%d relative, like “growth in revenue”', (text, value) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', direction: 'increase', target: null, change: { value, kind: 'relative' } });
  });

  it('keeps a growth rate named by its level a level', () => {
    expect(analyze('Hit 8% sales growth')).toMatchObject({ kpi: 'sales_growth', target: 0.08 });
    expect(analyze('Viser 5 % de croissance en 2026')).toMatchObject({ kpi: 'sales_growth', target: 0.05 });
  });
});

describe('L3: subscribers reached are a level (the base), whatever their number', () => {
  it.each([
    ['Reach 10,000 subscribers', 10_000],
    ['Atteindre 10 000 abonnés', 10_000],
    ['Reach 10,000 subscribers by June 2027', 10_000],
    ["Atteindre 2 500 abonnés d'ici fin 2027", 2_500],
    ['Reach 3 million subscribers', 3_000_000],
  ])('%s → customers %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'customers', target });
  });

  it('keeps new subscribers, subscribers per period and newsletter lists sign-ups', () => {
    expect(analyze('Gain 10,000 new subscribers by 2027')).toMatchObject({ kpi: 'signups', target: 10_000 });
    expect(analyze('Reach 1,000 new subscribers by 2027')).toMatchObject({ kpi: 'signups' });
    expect(analyze('Reach 500 subscribers per month')).toMatchObject({ kpi: 'signups', recurrence: 'month' });
    expect(analyze('Reach 10,000 newsletter subscribers')).toMatchObject({ kpi: 'signups' });
    expect(analyze('on a décidé d’atteindre les 1000 abonnés')).toMatchObject({ kpi: 'signups', target: 1000 });
  });
});

describe('a period the goal is compared with is no deadline', () => {
  it.each([
    ['Increase revenue by 15% compared with Q2 2026', null],
    ['Grow revenue 20% vs. 2026 by December 2027', '2027-12-31'],
    ["Augmenter le CA de 10 % par rapport au T1 2026 d'ici fin 2027", '2027-12-31'],
    ['Increase revenue by 15% by Q2 2027 compared with Q2 2026', '2027-06-30'],
    ['Réduire le churn de 2 points par rapport à juin 2026', null],
  ] as const)('%s → deadline %s', (text, deadline) => {
    const analysis = analyzeStatement(text, { asOf: AS_OF });
    expect(analysis.deadline).toBe(deadline);
    expect(analysis.change?.kind).toBe(text.includes('points') ? 'absolute' : 'relative');
  });

  it('keeps an ordinary deadline', () => {
    expect(analyzeStatement('Increase revenue by 15% by Q2 2027', { asOf: AS_OF }).deadline).toBe('2027-06-30');
    expect(analyzeStatement("Augmenter le CA de 10 % d'ici le T1 2027", { asOf: AS_OF }).deadline).toBe('2027-03-31');
  });
});
