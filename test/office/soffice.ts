/** LibreOffice, headless, as the office tests run it: one user profile per test directory, so runs never share state. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p)) ?? 'soffice';

/** Converts `files` to `format` (pdf, ods, csv) into `outDir`, with the profile kept under `work`. */
export function convertWithSoffice(work: string, format: string, files: readonly string[], outDir: string, timeout: number): void {
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files], { stdio: 'pipe', timeout });
}
