import { DEFAULT_SETTINGS, normalizeSettings, resolveLanguage } from '../../src/core/settings';

describe('normalizeSettings', () => {
  it('returns the defaults for garbage', () => {
    for (const raw of [null, undefined, 42, 'not json', '[1,2]', [], { language: 7 }]) {
      expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid fields of partial JSON and repairs the rest', () => {
    const settings = normalizeSettings('{"language":"FR","fiscalYearStartMonth":"4","goalsSheetName":"  Plan 2027 ","policy":{"stretchAllowance":"0,3","useHistoricalBest":"false","bogus":1}}');
    expect(settings.language).toBe('fr');
    expect(settings.fiscalYearStartMonth).toBe(4);
    expect(settings.goalsSheetName).toBe('Plan 2027');
    expect(settings.policy.stretchAllowance).toBeCloseTo(0.3);
    expect(settings.policy.useHistoricalBest).toBe(false);
    expect(settings.policy).not.toHaveProperty('bogus');
  });

  it('rejects out-of-range months and blank names', () => {
    const settings = normalizeSettings({ fiscalYearStartMonth: 13, goalsSheetName: '   ', language: 'de' });
    expect(settings.fiscalYearStartMonth).toBe(1);
    expect(settings.goalsSheetName).toBeNull();
    expect(settings.language).toBe('auto');
  });

  it('keeps valid plan settings (ramp, planned hires, coverage threshold) and drops the rest', () => {
    const plan = normalizeSettings({
      plan: { ramp: [0.2, '0,6', 1], hires: [{ date: '2027-02-01', count: 2 }, { date: '2027-13-01', count: 1 }, { date: '2027-03-01', count: 1.5 }, 'x'], coverageThreshold: '1,2' },
    }).plan;
    expect(plan).toEqual({ ramp: [0.2, 0.6, 1], hires: [{ date: '2027-02-01', count: 2 }], coverageThreshold: 1.2, capacityThreshold: 1.2, salesCycleDays: null });
    // Issue 13: the healthy capacity ratio (1–3×) and the sales cycle (whole days, 1–730; none by default).
    expect(normalizeSettings({ plan: { capacityThreshold: '1,35', salesCycleDays: '60' } }).plan).toMatchObject({ capacityThreshold: 1.35, salesCycleDays: 60 });
    for (const bad of [{ capacityThreshold: 0.8, salesCycleDays: 0 }, { capacityThreshold: 'x', salesCycleDays: 45.5 }, { capacityThreshold: 4, salesCycleDays: 731 }])
      expect(normalizeSettings({ plan: bad }).plan).toMatchObject({ capacityThreshold: 1.2, salesCycleDays: null });
    expect(normalizeSettings({ plan: { ramp: [2], coverageThreshold: -1 } }).plan).toEqual(DEFAULT_SETTINGS.plan);
  });

  it('never hands out the shared default objects', () => {
    const a = normalizeSettings(null);
    a.policy.stretchAllowance = 9;
    expect(DEFAULT_SETTINGS.policy.stretchAllowance).not.toBe(9);
  });

  it('keeps a Goals tab name of 100 characters with emoji whole, and cuts a longer one between characters (review 13b)', () => {
    const emoji = `Objectifs 🚀🚀 ${'x'.repeat(87)}`;
    expect(Array.from(emoji)).toHaveLength(100);
    expect(emoji.length).toBe(102);
    expect(normalizeSettings({ goalsSheetName: emoji }).goalsSheetName).toBe(emoji);
    // Near miss: one character more is cut to 100 characters, never inside a surrogate pair.
    const longer = normalizeSettings({ goalsSheetName: `🚀${emoji}` }).goalsSheetName ?? '';
    expect(Array.from(longer)).toHaveLength(100);
    expect(longer).toBe(`🚀${emoji.slice(0, -1)}`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(longer)).toBe(false);
  });

  it('resolves the language from the override or the locale', () => {
    expect(resolveLanguage(normalizeSettings({ language: 'auto' }), 'fr')).toBe('fr');
    expect(resolveLanguage(normalizeSettings({ language: 'en' }), 'fr')).toBe('en');
  });
});
