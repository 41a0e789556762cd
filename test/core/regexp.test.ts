/** surf50 g: one literal-text helper for the sidebar's currency signs and the statement reader's KPI synonyms. */
import { NARROW_SIGNS } from '../../src/core/currency-marks';
import { escapeRegExp } from '../../src/core/regexp';

describe('escapeRegExp', () => {
  const signs = [...new Set(Object.values(NARROW_SIGNS).flat()), 'F CFA', 'c.a.', 'a/b', '(x)+[y]*?{z}|^\\'];

  it.each(signs)('matches %s literally, and only it, with or without the u flag', (sign) => {
    for (const flags of ['', 'u']) {
      const re = new RegExp(`^${escapeRegExp(sign)}$`, flags);
      expect(re.test(sign)).toBe(true);
      expect(re.test(`${sign}x`)).toBe(false);
    }
  });

  it('near miss: a dot is no wildcard ("Rs." does not match "Rsx")', () => {
    expect(new RegExp(`^${escapeRegExp('Rs.')}$`).test('Rsx')).toBe(false);
  });
});
