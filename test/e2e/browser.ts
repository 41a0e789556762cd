/**
 * Shared set-up of the browser tests: Debian's chromium through
 * playwright-core (no downloaded browser build), the preview server on a free
 * port, and screenshots under test-artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { startPreview, type StartedPreview } from '../../src/local/preview/server';
import type { PreviewOptions } from '../../src/local/preview/session';

export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/e2e');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);

export function chromiumPath(): string {
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(`No Chromium found (looked in ${CANDIDATES.join(', ')}). Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface PreviewPage {
  preview: StartedPreview;
  page: Page;
  /** Everything the page or the sidebar reported as an error, and any dialog (alert/confirm) it opened. */
  problems: string[];
  sidebar(): Promise<Frame>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPreview(
  browser: Browser,
  options: PreviewOptions & { openWizard?: boolean; prepare?: (preview: StartedPreview) => void; /** The browser's own locale (BCP 47, e.g. fr-FR: date fields take day, month, year); default Chromium's. */ browserLocale?: string },
): Promise<PreviewPage> {
  const { browserLocale, ...previewOptions } = options;
  const preview = await startPreview({ ...previewOptions, port: 0 });
  options.prepare?.(preview);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...(browserLocale ? { locale: browserLocale } : {}) });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(preview.url);
  await page.waitForSelector('body[data-ready="true"]');
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    preview,
    page,
    problems,
    async sidebar() {
      // The page reloads the panel when the add-on opens a sidebar again (menu → Settings): wait for the latest one.
      const version = preview.session.emulator.ui.sidebars.length;
      await page.waitForFunction((v) => document.querySelector('#sidebar-frame')?.getAttribute('src') === `/sidebar?v=${v}`, version);
      const handle = await page.waitForSelector('#sidebar-frame');
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('sidebar iframe has no frame');
      await frame.waitForLoadState();
      await frame.waitForSelector('#app[data-active-pane]');
      return frame;
    },
    async screenshot(name) {
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    },
    async close() {
      await page.close();
      await preview.close();
    },
  };
}

/** Clicks the wizard's Next and waits until the next step is on screen. */
export async function next(frame: Frame): Promise<void> {
  const before = await frame.getAttribute('form.step', 'data-step');
  await frame.click('form.step .footer button[type="submit"]');
  await frame.waitForFunction((step) => document.querySelector('form.step')?.getAttribute('data-step') !== step, before);
}

/**
 * Runs Check goals from the add-on menu and waits for the Check pane it opens on the result (the menu runs the check
 * and opens the pane: no second run, no click needed), listing flagged goals; returns the sidebar's frame.
 */
export async function checkFromMenu(view: PreviewPage): Promise<Frame> {
  await view.page.click('#extensions');
  await view.page.click('#addon-menu button[data-function="menuCheckGoals"]');
  await view.page.waitForFunction(() => !document.body.hasAttribute('data-busy'));
  const frame = await view.sidebar();
  await frame.waitForSelector('#app[data-active-pane="check"] button.flagged-goal');
  return frame;
}

/** Clicks the wizard's Back and waits until the previous step is on screen. */
export async function back(frame: Frame): Promise<void> {
  const before = await frame.getAttribute('form.step', 'data-step');
  await frame.click('form.step .footer button.btn-secondary');
  await frame.waitForFunction((step) => document.querySelector('form.step')?.getAttribute('data-step') !== step, before);
}

/** The text a screen reader reads after the field: its aria-describedby elements, in order. */
export async function describedBy(frame: Frame, selector: string): Promise<string> {
  return frame.evaluate((sel) => {
    const ids = document.querySelector(sel)?.getAttribute('aria-describedby') ?? '';
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  }, selector);
}
