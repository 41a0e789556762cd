/**
 * Scratch directories for tests that write files (xlsx round trips, CSV inputs, rendered
 * reports). Each one is removed after the test file's last test, so repeated `npm test` runs
 * on a developer's machine or a long-lived CI runner do not fill the temp directory.
 * Jest gives every test file its own module registry, so the list and its afterAll are per file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty directory under the OS temp dir, named `<prefix>XXXXXX`, removed after this file's tests. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
