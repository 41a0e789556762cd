/** LibreOffice, headless, as the office tests run it: one user profile per test directory, so runs never share state. */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PreviewSession } from '../../src/local/preview/session';

export const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p)) ?? 'soffice';

/** Converts `files` to `format` (pdf, ods, csv) into `outDir`, with the profile kept under `work`. */
export function convertWithSoffice(work: string, format: string, files: readonly string[], outDir: string, timeout: number): void {
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files], { stdio: 'pipe', timeout });
}

/**
 * The example workbook in each locale, checked and with its plan report written (today 2026-11-26), saved as
 * `<work>/<locale>.xlsx` the way the preview's Download .xlsx writes it; returns the files' paths.
 */
export async function writeExampleReports(work: string, locales: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const locale of locales) {
    const session = await PreviewSession.open({ workbook: 'example', locale, today: '2026-11-26' });
    session.runMenu('menuCheckGoals');
    session.runMenu('menuGeneratePlanReport');
    const file = path.join(work, `${locale}.xlsx`);
    writeFileSync(file, await session.toXlsx());
    files.push(file);
  }
  return files;
}
