/**
 * The spreadsheet zone's offsets as the bundle computes them (src/gas/functions/zone.ts: Intl's en-US
 * string read directly, formatToParts for any other shape; fixed offsets for UTC and Etc/GMT±N) against
 * an independent reading of the same instants (the emulator's Utilities.formatDate, by formatToParts).
 */
import { zoneNamed } from '../../src/gas/functions/zone';
import { zoneOffsetMinutes } from '../../src/local/emulator/format-date';

const ZONES = ['Europe/Paris', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Africa/Casablanca', 'America/St_Johns'];

describe('zone offsets', () => {
  it.each(ZONES)('match an independent reading every 7 h 13 min from 1970 to 2045 (%s)', (zone) => {
    const offset = zoneNamed(zone);
    const step = (7 * 60 + 13) * 60_000;
    let checked = 0;
    for (let t = Date.UTC(1970, 0, 1); t < Date.UTC(2045, 0, 1); t += step * 11) {
      expect(offset(t)).toBe(zoneOffsetMinutes(new Date(t), zone));
      checked++;
    }
    // Around each of the zone's transitions of 2026, minute by minute over the hour either side.
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
      if (zoneOffsetMinutes(new Date(t), zone) === zoneOffsetMinutes(new Date(t + 3_600_000), zone)) continue;
      for (let m = -60; m <= 120; m++) expect(offset(t + m * 60_000)).toBe(zoneOffsetMinutes(new Date(t + m * 60_000), zone));
    }
    expect(checked).toBeGreaterThan(7000);
  });

  it('reads UTC, its aliases and Etc/GMT±N as fixed offsets with tzdata’s inverted sign', () => {
    const t = Date.UTC(2026, 6, 1);
    for (const name of ['UTC', 'GMT', 'Etc/UTC', 'Etc/GMT', 'Etc/GMT0', 'Etc/Zulu']) expect(zoneNamed(name)(t)).toBe(0);
    expect(zoneNamed('Etc/GMT+5')(t)).toBe(-300);
    expect(zoneNamed('Etc/GMT-14')(t)).toBe(840);
    expect(zoneNamed('Etc/GMT+5')(t)).toBe(zoneOffsetMinutes(new Date(t), 'Etc/GMT+5'));
  });
});
