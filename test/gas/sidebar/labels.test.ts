import { labelIn } from '../../../src/gas/sidebar/series';

describe('KPI names in the UI language (issue 12)', () => {
  it('shows the catalog label when the header is written in the other language', () => {
    expect(labelIn({ name: 'Close rate', catalogId: 'close_rate' }, 'fr')).toBe('Taux de conclusion');
    expect(labelIn({ name: 'Taux de conclusion', catalogId: 'close_rate' }, 'en')).toBe('Close rate');
  });

  it('keeps a name of the user’s own, and a name already in the UI language', () => {
    expect(labelIn({ name: 'Close rate', catalogId: 'close_rate' }, 'en')).toBe('Close rate');
    expect(labelIn({ name: 'Taux de closing équipe Nord', catalogId: 'close_rate' }, 'fr')).toBe('Taux de closing équipe Nord');
    expect(labelIn({ name: 'Pipeline', catalogId: null }, 'fr')).toBe('Pipeline');
  });
});
