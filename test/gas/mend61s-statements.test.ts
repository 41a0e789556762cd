/**
 * mend61s through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: the review of stmt61's rules as a user
 * sees them in SMARTPARSE's row (KPI, baseline, target, deadline) and in the analysis the sidebar and Check goals read
 * (`smartAnalyze`'s start). A label or a region before a date keeps the goal's deadline; a news dateline gives neither a
 * deadline nor a start; money invested then doubled itself is the baseline; a verb's ordinal and a Title Case figure in
 * parentheses are the target.
 */
import { AS_OF, addonIn, smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('a label or a region before a date keeps the deadline', () => {
    expect(cells('EMEA, June 30 — Reach 500 new leads.').slice(2)).toEqual([500, '2027-06-30']);
    expect(cells('FRANCE, 30 juin — Atteindre 500 clients.').slice(2)).toEqual([500, '2027-06-30']);
  });

  it('money invested then doubled itself is the baseline; a verb\'s ordinal and a Title Case figure are the target', () => {
    expect(cells('We invest $3M in marketing each year and want to double it by 2028.').slice(1, 2)).toEqual([3_000_000]);
    expect(cells("Nous investissons 3 M€ par an en marketing et voulons doubler ce montant d'ici 2028.").slice(1, 2)).toEqual([3_000_000]);
    expect(cells('Expand into a second location by 2028.').slice(2)).toEqual([2, '2028-12-31']);
    expect(cells('Goal: Generate (1500) Qualified Leads Per Month By June 2027').slice(2)).toEqual([1500, '2027-06-30']);
  });
});

describe('smartAnalyze: a news dateline is no start', () => {
  const addon = addonIn('en_US');
  const analyze = (text: string): { start: unknown; deadline: unknown } => addon.call<{ start: unknown; deadline: unknown }>('smartAnalyze', text, AS_OF);

  it('the period stated keeps its own start, the filing day gives none', () => {
    expect(analyze('LONDON, 14 March — Acme aims to reach 2,500 leads in 2027.')).toMatchObject({ start: '2027-01-01', deadline: '2027-12-31' });
    expect(analyze('SANTIAGO, June 2 Chilean retailer Falabella aims to open 20 stores.')).toMatchObject({ start: null, deadline: null });
  });
});
