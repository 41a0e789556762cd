/**
 * A goal stated per period on a summed KPI ("Reach 60,000 € of weekly order intake by June 2027") is judged
 * bottom-up on one period, as it is top-down: the drivers' forecast of one week's intake, not their sum over
 * every week until the deadline (that read the weekly target against ~30 weeks of intake: a chance of 1, a
 * range some 30 times the target, capacity at 2,800 % of it).
 */
import { addSheet, harness, seeded, weeklyDates } from './harness';

type Row = unknown[];

/** 60 weeks of intake ≈ 40 touches × 25 % × 5,000 € ≈ 50,000 € a week, each week's product of its drivers. */
function intakeRows(headers: readonly string[]): Row[] {
  const random = seeded(17);
  const rows: Row[] = [headers as Row];
  for (const date of weeklyDates()) {
    const touches = Math.round(40 + (random() - 0.5) * 10);
    const ratio = Math.round((0.25 + (random() - 0.5) * 0.04) * 1000) / 1000;
    const basket = Math.round(5000 + (random() - 0.5) * 600);
    rows.push([date, Math.round(touches * ratio * basket), touches, ratio, basket, 8]);
  }
  return rows;
}

interface Reading {
  chance: number;
  topDown: number;
  notes: string;
}

function checkOne(locale: string, lang: 'en' | 'fr', goal: string, target: number, drivers: string, headers: readonly string[]): Reading {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  addSheet(h.emulator, 'Goals', [['ID', 'Goal', 'KPI', 'Target', 'Deadline'], ['G1', goal, headers[1], target, '2027-06-30']]);
  addSheet(h.emulator, 'Intake', intakeRows(headers));
  addSheet(h.emulator, lang === 'fr' ? 'Inducteurs' : 'Drivers', [[lang === 'fr' ? 'Arbres' : 'Driver trees'], [drivers]]);
  h.run('checkGoals');
  const values = h.emulator.spreadsheet.getSheetByName('Goals')!.getDataRange().getValues();
  const heads = values[0].map(String);
  const row = values[1];
  const cell = (names: readonly string[]): unknown => row[heads.findIndex((head) => names.includes(head))];
  return {
    chance: Number(cell(['Bottom-up chance', 'Chance par les inducteurs'])),
    topDown: Number(cell(['Probability', 'Probabilité'])),
    notes: String(cell(['SMART notes', 'Remarques SMART'])),
  };
}

const EN_HEADERS = ['Week', 'Intake', 'Field touches', 'Hit ratio', 'Basket', 'Sales reps'];
const FR_HEADERS = ['Semaine', 'Entrées', 'Visites terrain', 'Taux de réussite terrain', 'Panier', 'Commerciaux'];

const CASES: Array<[string, string, 'en' | 'fr', string, string, readonly string[], RegExp]> = [
  ['English, weekly', 'en_US', 'en', 'Reach 60000 € of weekly order intake by 2027-06-30', 'Intake = Field touches × Hit ratio × Basket', EN_HEADERS, /^Bottom-up: .* chance \(€([\d,.]+) to €([\d,.]+)\)/m],
  ['English, per week', 'en_GB', 'en', 'Reach €60,000 of order intake per week by 30/06/2027', 'Intake = Field touches × Hit ratio × Basket', EN_HEADERS, /^Bottom-up: .* chance \(€([\d,.]+) to €([\d,.]+)\)/m],
  [
    'French, par semaine',
    'fr_FR',
    'fr',
    'Atteindre 60 000 € d’entrées de commandes par semaine d’ici le 30/06/2027',
    'Entrées = Visites terrain × Taux de réussite terrain × Panier',
    FR_HEADERS,
    /^Par les inducteurs\u202f: .* \(([\d\u202f\u00a0]+)\u00a0€ à ([\d\u202f\u00a0]+)\u00a0€\)/m,
  ],
];

describe.each(CASES)('a weekly order-intake goal (%s)', (_name, locale, lang, goal, drivers, headers, range) => {
  const reading = checkOne(locale, lang, goal, 60_000, drivers, headers);

  it('gets a bottom-up chance of the order of the top-down one, not 1', () => {
    expect(reading.notes).toMatch(range);
    // 60,000 € a week against ≈ 50,000 €: a stretch both ways, far from certain.
    expect(reading.topDown).toBeGreaterThan(0.005);
    expect(reading.topDown).toBeLessThan(0.5);
    expect(reading.chance).toBeLessThan(0.5);
    expect(Math.abs(reading.chance - reading.topDown)).toBeLessThan(0.3);
  });

  it('says a range of one week’s intake, around the target', () => {
    const [, low, high] = range.exec(reading.notes)!;
    const amount = (text: string): number => Number(text.replace(/[^\d]/g, ''));
    expect(amount(low)).toBeGreaterThan(20_000);
    expect(amount(high)).toBeLessThan(100_000);
  });
});

describe('a monthly order-intake goal on weekly figures', () => {
  // 261,000 € a month ≈ 1.2 × 50,000 € × 30.4 / 7: the drivers' week at the deadline, scaled to a month; top-down June's total.
  const reading = checkOne('en_US', 'en', 'Reach 261000 € of monthly order intake by 2027-06-30', 261_000, 'Intake = Field touches × Hit ratio × Basket', EN_HEADERS);

  it('is judged on one month bottom-up too', () => {
    const range = /^Bottom-up: .* chance \(€([\d,.]+) to €([\d,.]+)\)/m.exec(reading.notes);
    expect(range).not.toBeNull();
    const amount = (text: string): number => Number(text.replace(/[^\d]/g, ''));
    expect(amount(range![1])).toBeGreaterThan(150_000);
    expect(amount(range![2])).toBeLessThan(300_000);
    expect(reading.chance).toBeLessThan(0.5);
    expect(Math.abs(reading.chance - reading.topDown)).toBeLessThan(0.3);
  });
});
