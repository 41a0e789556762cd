/**
 * audit66, through the BUILT bundle: a date argument typed with one-digit ISO parts ("2027-3-21", the form Google's
 * DATEVALUE help gives as understood: support.google.com/docs/answer/3093039) was refused as a deadline — REQUIREDPACE
 * said « Date invalide : 2027-3-21 » / "Not a date: 2027-3-21" — while the same text was read as a start, and a Goals tab's
 * Deadline cell kept as text was no deadline. A deadline reads it as a start does (and as dots, "2027.3.21", already were).
 */
import { addonIn } from './smartparse';

describe.each(['fr_FR', 'en_SG'])('REQUIREDPACE (%s): a one-digit ISO date as text', (locale) => {
  const addon = addonIn(locale);
  const pace = (start: unknown, deadline: unknown) => addon.call<number>('REQUIREDPACE', 100000, 120000, start, deadline, 'day');

  it('is the same day as its two-digit form, as a deadline and as a start', () => {
    const expected = pace('2027-02-01', '2027-03-21');
    expect(pace('2027-2-1', '2027-3-21')).toBe(expected);
    expect(pace('2027-02-01', '2027-3-21')).toBe(expected);
  });

  it('near misses: dots, and a day the calendar does not have is still refused', () => {
    expect(pace('2027.2.1', '2027.3.21')).toBe(pace('2027-02-01', '2027-03-21'));
    expect(() => pace('2027-02-01', '2027-2-30')).toThrow(/2027-2-30/);
  });
});
