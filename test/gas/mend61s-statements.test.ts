/**
 * mend61s through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: the review of stmt61's rules as a user
 * sees them in SMARTPARSE's row (KPI, baseline, target, deadline; the start, which SMARTPARSE does not show, is pinned in
 * test/core/statement/mend61s.test.ts). A label or a region before a date keeps the goal's deadline; a news dateline gives
 * none, a period stated after it keeps its own; money invested then doubled itself is the baseline; a verb's ordinal and a Title Case figure in
 * parentheses are the target.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('a news dateline gives no deadline, the period stated keeps its own; a label or a region before a date keeps it', () => {
    expect(cells('LONDON, 14 March — Acme aims to reach 2,500 leads in 2027.').slice(2)).toEqual([2500, '2027-12-31']);
    expect(cells('SANTIAGO, June 2 Chilean retailer Falabella aims to open 20 stores.').slice(2)).toEqual([20, '']);
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
