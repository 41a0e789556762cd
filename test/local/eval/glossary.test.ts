/**
 * The KPI glossary (`npm run eval -- glossary`): the fixture's shape (names copied from public pages, each with
 * its source and a catalog id or null) and the template sentences the eval builds around each name.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { ACCOUNTS_FILE, HELDOUT_FILE, outcome, readGlossary, templateSentence, type GlossaryEntry } from '../../../src/local/eval/glossary';

const entries = readGlossary();
const ids = new Set(KPI_CATALOG.map((k) => k.id));

describe('KPI glossary fixture', () => {
  it('holds 150–250 distinct names, both languages, each with a public source and a catalog id or null', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(entries.length).toBeLessThanOrEqual(250);
    const keys = new Set(entries.map((e) => `${e.language}|${e.name}`));
    expect(keys.size).toBe(entries.length);
    for (const e of entries) {
      expect(['en', 'fr']).toContain(e.language);
      expect(e.source).toMatch(/^https?:\/\/[^\s]+$/);
      expect(e.name.trim()).toBe(e.name);
      if (e.kpi !== null) expect(ids.has(e.kpi)).toBe(true);
      if (e.article !== undefined) expect(['le', 'la', 'les', 'l’']).toContain(e.article);
    }
    expect(entries.filter((e) => e.language === 'fr').length).toBeGreaterThan(60);
    expect(entries.filter((e) => e.language === 'en').length).toBeGreaterThan(60);
    expect(entries.filter((e) => e.kpi === null).length).toBeGreaterThan(20);
  });

  it('keeps a held-out file of other names with the same shape, none of them a glossary name', () => {
    const heldOut = readGlossary(HELDOUT_FILE);
    expect(heldOut.length).toBeGreaterThanOrEqual(50);
    const seen = new Set(entries.map((e) => `${e.language}|${e.name.toLowerCase()}`));
    for (const e of heldOut) {
      expect(seen.has(`${e.language}|${e.name.toLowerCase()}`)).toBe(false);
      expect(e.source).toMatch(/^https?:\/\/[^\s]+$/);
      if (e.kpi !== null) expect(ids.has(e.kpi)).toBe(true);
    }
    expect(new Set(heldOut.map((e) => e.source)).size).toBeGreaterThanOrEqual(10);
  });
});

describe('income-statement lines (tax, interest and earnings lines)', () => {
  it('holds public names, none of them in the other files, with a source and a catalog id or null', () => {
    const accounts = readGlossary(ACCOUNTS_FILE);
    expect(accounts.length).toBeGreaterThanOrEqual(20);
    const seen = new Set([...entries, ...readGlossary(HELDOUT_FILE)].map((e) => `${e.language}|${e.name.toLowerCase()}`));
    for (const e of accounts) {
      expect(seen.has(`${e.language}|${e.name.toLowerCase()}`)).toBe(false);
      expect(e.source).toMatch(/^https?:\/\/[^\s]+$/);
      if (e.kpi !== null) expect(ids.has(e.kpi)).toBe(true);
    }
    expect(new Set(accounts.map((e) => e.source)).size).toBeGreaterThanOrEqual(4);
  });
});

describe('template sentences', () => {
  const fr = (name: string, article?: GlossaryEntry['article']): string => templateSentence({ name, language: 'fr', kpi: null, source: 'x', article });
  it('put the French article, elided before a vowel or a mute h, and keep the name’s own article', () => {
    expect(fr('Panier moyen', 'le')).toBe('Augmenter le panier moyen de 10\u202f% d’ici fin juin 2027');
    expect(fr('Le taux de conversion')).toBe('Augmenter le taux de conversion de 10\u202f% d’ici fin juin 2027');
    expect(fr('L’indice des ventes')).toBe('Augmenter l’indice des ventes de 10\u202f% d’ici fin juin 2027');
    expect(fr('ARR/Employee', 'l’')).toBe('Augmenter l’ARR/employee de 10\u202f% d’ici fin juin 2027');
    expect(fr('abonnés actifs', 'les')).toBe('Augmenter les abonnés actifs de 10\u202f% d’ici fin juin 2027');
    expect(fr('Ratio LTV:CAC', 'le')).toBe('Augmenter le ratio LTV:CAC de 10\u202f% d’ici fin juin 2027');
  });
  it('keep acronyms and lower-case a capitalised English word', () => {
    expect(templateSentence({ name: 'Win Rate', language: 'en', kpi: 'close_rate', source: 'x' })).toBe('Increase win rate by 10% by end of Q2 2027');
    expect(templateSentence({ name: 'MRR Growth Rate', language: 'en', kpi: 'sales_growth', source: 'x' })).toBe('Increase MRR growth rate by 10% by end of Q2 2027');
  });
});

describe('outcomes', () => {
  it('tell a wrong KPI (another id, or an id where none is meant) from a missed one', () => {
    expect(outcome('revenue', 'revenue')).toBe('right');
    expect(outcome(null, null)).toBe('right');
    expect(outcome('cac', null)).toBe('wrong');
    expect(outcome('customers', 'deals_closed')).toBe('wrong');
    expect(outcome(null, 'costs')).toBe('missed');
  });
});
