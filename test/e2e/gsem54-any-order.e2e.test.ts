/**
 * google.script.run "server function calls may not execute in the order you expect. If you make two function calls at
 * the same time, there is no way to know which function runs first" (HTML Service: Communicate with Server Functions,
 * developers.google.com/apps-script/guides/html/communication). The wizard's live check sends a call per pause in the
 * typing: here the server's answer to an earlier target is held back until the later one has come in, and the panel
 * must still show the later target's verdict (gsem54). The Check pane's row selections go one at a time, the latest click
 * winning: the sheet and the pane end on the last goal clicked (surf57, audit57 finding 4).
 */
import type { Browser, Frame } from 'playwright-core';
import { checkFromMenu, launchBrowser, next, openPreview, type PreviewPage } from './browser';

let browser: Browser;
let view: PreviewPage;

beforeAll(async () => {
  browser = await launchBrowser();
  view = await openPreview(browser, { locale: 'en_US', workbook: 'example' });
});

afterAll(async () => {
  await view?.close();
  await browser?.close();
});

/** The page's own fetch, as the preview's google.script.run shim calls it, wrapped to count and hold sidebarAssess answers. */
interface PageFetch {
  fetch(url: string, init: unknown): Promise<{ json(): Promise<unknown> }>;
  /** sidebarAssess answers read by the shim so far. */
  __assessRead: number;
  /** When set, the next sidebarAssess answer is held until the one after it has been read. */
  __holdNext: boolean;
}

function installFetchWrapper(frame: Frame): Promise<void> {
  return frame.evaluate(() => {
    const page = globalThis as unknown as PageFetch;
    const realFetch = page.fetch.bind(globalThis);
    let held: (() => void) | null = null;
    page.__assessRead = 0;
    page.__holdNext = false;
    page.fetch = (url, init) => {
      const answer = realFetch(url, init);
      if (!url.startsWith('/rpc/sidebarAssess')) return answer;
      const counted = answer.then((response) => ({
        json: () =>
          response.json().then((value) => {
            page.__assessRead += 1;
            // The later answer is in: let the held one go (on a task of its own, after this one is handled).
            const release = held;
            held = null;
            if (release) setTimeout(release, 0);
            return value;
          }),
      }));
      if (!page.__holdNext) return counted;
      page.__holdNext = false;
      return counted.then((response) => new Promise<typeof response>((resolve) => (held = () => resolve(response))));
    };
  });
}

/** Types a target and waits until `answers` more sidebarAssess answers have been handled; returns the panel's verdict. */
async function typeTarget(frame: Frame, target: string, answers = 1): Promise<{ verdict: string | null; reasons: string[] }> {
  const before = await frame.evaluate(() => (globalThis as unknown as PageFetch).__assessRead);
  await frame.fill('input[name="target"]', target);
  await frame.waitForFunction((n) => (globalThis as unknown as PageFetch).__assessRead >= n, before + answers);
  // The shim hands an answer to its handler on a task of its own: after one more task it has been handled.
  await frame.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]', { state: 'attached' });
  return { verdict: await frame.getAttribute('.live-panel .verdict-line', 'data-verdict'), reasons: await frame.locator('.live-panel .reasons li').allTextContents() };
}

it('an earlier target’s answer arriving last does not replace the later one’s', async () => {
  const frame = await view.sidebar();
  await frame.waitForSelector('button.series-card');
  await frame.locator('button.series-card', { hasText: 'Close rate' }).first().click();
  await next(frame);
  await next(frame);
  await installFetchWrapper(frame);
  const later = await typeTarget(frame, '60');
  const earlier = await typeTarget(frame, '28');
  expect(earlier.verdict).not.toBe(later.verdict);
  // "29" is sent and its answer held; "60" is sent, answered, then the held "29" comes in last.
  await frame.evaluate(() => {
    (globalThis as unknown as PageFetch).__holdNext = true;
  });
  await frame.fill('input[name="target"]', '29');
  await frame.waitForFunction(() => !(globalThis as unknown as PageFetch).__holdNext);
  expect(await typeTarget(frame, '60', 2)).toEqual(later);
  expect(view.problems).toEqual([]);
});

/** The page's fetch wrapped to hold each sidebarSelectRow answer until the test lets it go (surf57). */
interface HeldSelections {
  fetch(url: string, init: unknown): Promise<{ json(): Promise<unknown> }>;
  /** Rows whose sidebarSelectRow call was sent, in order. */
  __selectSent: number[];
  /** Lets the oldest held answer go. */
  __releaseSelect(): void;
}

it('Check pane: two quick clicks on flagged goals end with the sheet and the pane on the later one (surf57)', async () => {
  const frame = await checkFromMenu(view);
  await frame.evaluate(() => {
    const page = globalThis as unknown as HeldSelections;
    const realFetch = page.fetch.bind(globalThis);
    const held: Array<() => void> = [];
    page.__selectSent = [];
    page.__releaseSelect = () => held.shift()?.();
    page.fetch = (url, init) => {
      const answer = realFetch(url, init);
      if (!url.startsWith('/rpc/sidebarSelectRow')) return answer;
      page.__selectSent.push(Number(/"row":(\d+)/.exec(String((init as { body?: unknown }).body))?.[1]));
      return answer.then((response) => new Promise<typeof response>((resolve) => held.push(() => resolve(response))));
    };
  });
  const goals = frame.locator('button.flagged-goal');
  const [first, second] = [goals.nth(0), goals.nth(1)];
  const [rowA, rowB] = [Number(await first.getAttribute('data-row')), Number(await second.getAttribute('data-row'))];
  const sheet = await second.getAttribute('data-sheet');
  await first.click();
  await second.click();
  // One call at a time: the second click waits for the first call's answer.
  await frame.waitForFunction(() => (globalThis as unknown as HeldSelections).__selectSent.length === 1);
  expect(await frame.evaluate(() => (globalThis as unknown as HeldSelections).__selectSent)).toEqual([rowA]);
  await frame.evaluate(() => (globalThis as unknown as HeldSelections).__releaseSelect());
  await frame.waitForFunction(() => (globalThis as unknown as HeldSelections).__selectSent.length === 2);
  // The first answer was stale: no goal marked yet.
  expect(await frame.locator('button.flagged-goal[aria-current]').count()).toBe(0);
  await frame.evaluate(() => (globalThis as unknown as HeldSelections).__releaseSelect());
  await frame.waitForSelector(`button.flagged-goal[aria-current="true"][data-row="${rowB}"]`);
  expect(await frame.locator('button.flagged-goal[aria-current]').count()).toBe(1);
  expect(view.preview.session.state().active).toMatchObject({ sheet, row: rowB, numRows: 1 });
  expect(view.problems).toEqual([]);
});
