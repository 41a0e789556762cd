/** A1 notation shared by the add-on (column ranges it writes) and the emulator. */

/** 1 → "A", 27 → "AA" (bijective base 26, as Sheets names columns). */
export function columnToLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
