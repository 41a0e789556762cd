import { t } from '../../src/core/messages';
import { fr as sidebarFr } from '../../src/core/messages/sidebar';

// Review 12 (20): for a lower-is-better KPI (CAC, churn) the optimistic end of the forecast is its LOW end;
// the French text said « le haut de la prévision » next to the low value. Both languages name the optimistic end.
describe('the stretch allowance is measured from the optimistic end of the forecast, in both languages', () => {
  it('never says "top" or « haut » of the forecast', () => {
    const fr = t('fr', 'achievability.reason.stretch', { probability: '6 %', allowance: '20 %', high: '254 €' });
    expect(fr).toContain('l’extrémité optimiste de la prévision, 254 €');
    expect(fr).not.toMatch(/haut/);
    expect(sidebarFr['sidebar.settings.stretchHelp']).not.toMatch(/haut de la prévision/);
    expect(t('en', 'achievability.reason.stretch', { probability: '6%', allowance: '20%', high: '$254' })).toContain("forecast's optimistic end, $254");
  });
});
