import { DEFAULT_SETTINGS, normalizeSettings, resolveLanguage, type SettingsField } from '../../src/core/settings';
import { settingsNote } from '../../src/core/settings-note';

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

describe('normalizeSettings says which stored fields it could not use (misc13)', () => {
  const unusedOf = (raw: unknown) => {
    const unused: SettingsField[] = [];
    normalizeSettings(raw, unused);
    return unused;
  };

  it('nothing stored, the defaults as saved, or values written the tolerated way: none', () => {
    expect(unusedOf(null)).toEqual([]);
    expect(unusedOf('')).toEqual([]);
    expect(unusedOf(JSON.stringify(normalizeSettings(null)))).toEqual([]);
    expect(unusedOf({ language: ' FR ', fiscalYearStartMonth: '4', policy: { stretchAllowance: '0,2', useHistoricalBest: 'true' }, plan: { ramp: ['0.5', 1], salesCycleDays: null } })).toEqual([]);
  });

  it('a value that is no JSON object: all of them', () => {
    expect(unusedOf('{"language": "fr",')).toEqual(['all']);
    expect(unusedOf('[1,2]')).toEqual(['all']);
  });

  it('each field replaced by its default is named, the others kept', () => {
    const raw = {
      language: 'de',
      fiscalYearStartMonth: 13,
      goalsSheetName: 42,
      policy: { stretchAllowance: 50, useHistoricalBest: 'perhaps' },
      plan: { ramp: [0.5, 2], hires: [{ date: '2027-01-01', count: 2 }, { date: 'soon', count: 1 }], coverageThreshold: 0, capacityThreshold: 9, salesCycleDays: 1.5 },
    };
    const unused: SettingsField[] = [];
    const settings = normalizeSettings(raw, unused);
    expect(unused).toEqual(['language', 'fiscalYearStartMonth', 'goalsSheetName', 'policy', 'plan.ramp', 'plan.hires', 'plan.coverageThreshold', 'plan.capacityThreshold', 'plan.salesCycleDays']);
    expect(settings.plan.hires).toEqual([{ date: '2027-01-01', count: 2 }]);
    expect(unusedOf({ plan: 'many reps', policy: [] })).toEqual(['policy', 'plan']);
  });
});

describe('settingsNote (misc13)', () => {
  it('names the fields in the language asked, the service’s own message first, nothing when all was used', () => {
    expect(settingsNote('en', { unused: [], failure: null })).toBeNull();
    expect(settingsNote('en', { unused: ['fiscalYearStartMonth', 'plan.ramp'], failure: null })).toBe(
      'Settings could not be read: defaults used (fiscal year start, new rep’s ramp). The saved value is kept until you save the Settings.',
    );
    expect(settingsNote('fr', { unused: ['all'], failure: null })).toBe(
      'Paramètres illisibles\u202f: valeurs par défaut utilisées (tous). La valeur enregistrée est gardée tant que vous n’enregistrez pas les Paramètres.',
    );
    expect(settingsNote('en', { unused: [], failure: 'Service invoked too many times for one day: properties.' })).toMatch(/^Settings could not be read: defaults used \(Service invoked too many times/);
  });
});
