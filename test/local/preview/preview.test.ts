/**
 * The local preview without a browser: formulas evaluated by HyperFormula
 * through the built bundle, the google.script.run bridge, the HTTP server's
 * doors (127.0.0.1, same-origin POSTs), the CLI options.
 */

import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { createEmulator, saveXlsx } from '../../../src/local/emulator';
import { evaluateFormulas } from '../../../src/local/preview/formulas';
import { injectShim, SCRIPT_RUN_SHIM } from '../../../src/local/preview/page';
import { parseCli, startPreview, type StartedPreview } from '../../../src/local/preview/server';
import { displayText, PreviewSession } from '../../../src/local/preview/session';
import { loadAddon } from '../../../src/local/runtime';
import { scratchDir } from '../../support/scratch';

const GOAL = 'Increase the close rate from 25% to 30% by 31 December 2026, through weekly deal reviews.';

async function workbookWithFormulas(): Promise<string> {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US', firstSheetName: 'Scores' });
  const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Scores');
  sheet?.getRange(1, 1, 3, 3).setValues([
    ['Goal', 'Score', 'Sum'],
    [GOAL, '=SMARTSCORE(A2)', '=1+2'],
    ['Be better', '', ''],
  ]);
  sheet?.getRange(1, 4).setValue('=SMARTSCORE(A2:A3)');
  const file = path.join(scratchDir('smart-goals-preview-'), 'scores.xlsx');
  await saveXlsx(emulator, file);
  return file;
}

describe('formulas in the preview grid', () => {
  it('evaluate our custom functions through the built add-on, spilling ranges like Sheets', async () => {
    const session = await PreviewSession.open({ workbook: await workbookWithFormulas() });
    const scores = session.state().sheets.find((s) => s.name === 'Scores');
    expect(scores).toBeDefined();
    const direct = loadAddon(createEmulator().globals).call<number>('SMARTSCORE', GOAL);
    expect(scores?.rows[1][1]).toEqual({ text: String(direct), formula: '=SMARTSCORE(A2)' });
    expect(scores?.rows[1][2].text).toBe('3');
    expect(scores?.rows[0][3].formula).toBe('=SMARTSCORE(A2:A3)');
    expect(Number(scores?.rows[0][3].text)).toBe(direct);
    expect(Number(scores?.rows[1][3].text)).toBeLessThan(direct);
  });

  it('pass only the arguments a formula gives, show thrown errors as #ERROR! (the message is the note) and Sheets errors as codes', () => {
    const calls: unknown[][] = [];
    const out = evaluateFormulas([{ name: 'S', cells: [['x', '=SMARTSCORE(A1)', '=SMARTSCORE("boom")', '=SMARTSCORE(1/0)']] }], (_name, args) => {
      calls.push(args);
      if (args[0] === 'boom') throw new Error('Expected text, got: boom');
      return 42;
    });
    expect(calls).toEqual([['x'], ['boom']]);
    expect(out[0][0].slice(1)).toEqual([42, '#ERROR!', '#DIV/0!']);
  });
});

describe('conditional formatting in the preview grid', () => {
  it('shows the rows Check goals highlights (its custom-formula rule, evaluated per row)', async () => {
    const session = await PreviewSession.open({ workbook: 'example', locale: 'en_US' });
    const before = session.state().sheets.find((s) => s.name === 'Goals');
    expect(before?.rows.flat().some((cell) => cell.background)).toBe(false);
    session.runMenu('menuCheckGoals');
    const goals = session.state().sheets.find((s) => s.name === 'Goals');
    const highlighted = (id: string) => goals?.rows.find((row) => row[0].text === id)?.every((cell) => !!cell.background);
    expect(highlighted('G2')).toBe(true);
    expect(highlighted('G1')).toBe(false);
  });
});

describe('display of cell values', () => {
  it('follows percent and date formats and the locale', () => {
    expect(displayText(0.255, '0.0%', false)).toBe('25.5%');
    expect(displayText(0.25, '0%', true)).toBe('25\u00a0%');
    // Conditional sections, as the Check column's chance format uses them.
    const chance = '[<0.005]"<1%";[>=0.995]">99%";0%';
    expect(displayText(0.001, chance, false)).toBe('<1%');
    expect(displayText(0.001, chance, true)).toBe('<1\u00a0%');
    expect(displayText(0.999, chance, false)).toBe('>99%');
    // Check goals' French format spaces its literals itself ("<1\u202f%"): one space, not "<1\u202f\u00a0%" (review19).
    const frenchChance = '[<0.005]"<1\u202f%";[>=0.995]">99\u202f%";0"\u202f"%';
    expect(displayText(0.001, frenchChance, true)).toBe('<1\u202f%');
    expect(displayText(0.999, frenchChance, true)).toBe('>99\u202f%');
    expect(displayText(0.42, chance, false)).toBe('42%');
    // A date in its cell's date format, else the locale's (review 21: an en_US sheet showed every date as 2026-12-06).
    expect(displayText(new Date(2026, 11, 6), 'yyyy-mm-dd', true)).toBe('2026-12-06');
    expect(displayText(46362, 'dd/mm/yyyy', false)).toBe('06/12/2026');
    expect(displayText(46362, 'm/d/yyyy', false)).toBe('12/6/2026');
    expect(displayText(new Date(2026, 11, 6), '', 'en_US')).toBe('12/6/2026');
    expect(displayText(new Date(2026, 11, 6), '', 'fr_FR')).toBe('06/12/2026');
    expect(displayText(new Date(2026, 11, 6), '', 'en_GB')).toBe('06/12/2026');
    expect(displayText(1234.5, '#,##0.00', true)).toBe('1\u202f234,50');
    // Money as the sheet shows it (issue 12: the example's Sales tab read "126800").
    expect(displayText(126800, '#,##0"\u00a0€"', true)).toBe('126\u202f800\u00a0€');
    expect(displayText(126800, '"$"#,##0', false)).toBe('$126,800');
    expect(displayText('', '', false)).toBe('');
    expect(displayText(true, '', false)).toBe('TRUE');
  });
});

describe('google.script.run bridge', () => {
  it('goes before the sidebar’s own script', () => {
    const html = '<html><head><style></style></head><body><main></main><script>boot()</script></body></html>';
    const injected = injectShim(html);
    expect(injected.indexOf(SCRIPT_RUN_SHIM)).toBeLessThan(injected.indexOf('<script>boot()'));
    expect(injectShim('<body></body>')).toBe(`<body>${SCRIPT_RUN_SHIM}</body>`);
  });

  it('calls only the add-on’s own functions, with JSON in and out', async () => {
    const session = await PreviewSession.open({ workbook: 'example', locale: 'en_US' });
    const context = session.rpc('sidebarGetContext', []) as { lang: string };
    expect(context.lang).toBe('en');
    expect(() => session.rpc('SMARTSCORE', ['x'])).toThrow('Script function not found: SMARTSCORE');
    expect(() => session.rpc('constructor', [])).toThrow('Script function not found');
    expect(() => session.rpc('require("fs")', [])).toThrow('Script function not found');
    expect(() => session.runMenu('sidebarGetContext')).toThrow('Not an add-on menu item');
    expect(session.menu()?.items.filter((item) => item !== 'separator').map((item) => (item as { functionName: string }).functionName)).toContain('menuCheckGoals');
  });

  it('freezes today when asked', async () => {
    const session = await PreviewSession.open({ workbook: 'example', locale: 'en_US', today: '2027-03-15' });
    expect((session.rpc('sidebarGetContext', []) as { today: string }).today).toBe('2027-03-15');
    await expect(PreviewSession.open({ workbook: 'example', today: 'tomorrow' })).rejects.toThrow('--today must be a date');
  });
});

describe('preview server', () => {
  let preview: StartedPreview;
  beforeAll(async () => {
    preview = await startPreview({ port: 0, workbook: 'example', locale: 'fr_FR' });
  });
  afterAll(async () => preview?.close());

  it('serves the page, the sidebar with the bridge, and refuses cross-origin calls', async () => {
    expect(preview.url).toBe(`http://localhost:${preview.port}`);
    const base = `http://127.0.0.1:${preview.port}`;
    expect((await fetch(`${base}/`)).headers.get('content-type')).toContain('text/html');
    const sidebar = await (await fetch(`${base}/sidebar`)).text();
    expect(sidebar).toContain(SCRIPT_RUN_SHIM);
    expect(sidebar).toContain('data-pane="wizard" data-lang="fr"');
    const crossSite = await fetch(`${base}/rpc/sidebarGetContext`, { method: 'POST', headers: { origin: 'http://evil.example' }, body: '[]' });
    expect(crossSite.status).toBe(403);
    const answer = (await (await fetch(`${base}/rpc/sidebarGetSettings`, { method: 'POST', body: '[]' })).json()) as { ok: boolean; result: { language: string } };
    expect(answer).toEqual({ ok: true, result: expect.objectContaining({ language: 'auto' }) });
    const failure = (await (await fetch(`${base}/rpc/sidebarAssess`, { method: 'POST', body: '[{"seriesId":"x","target":1,"deadline":"2099-01-01"}]' })).json()) as { ok: boolean; error: string };
    expect(failure.ok).toBe(false);
    expect(failure.error).toBe("Cette série d’indicateur n’existe plus dans le classeur.");
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });

  it('listens on the loopback interface only', () => {
    expect(preview.host).toBe('127.0.0.1');
  });

  /** A raw HTTP request, so the Host header and the exact path bytes are ours (fetch would normalize both). */
  function raw(options: { method?: string; path: string; host?: string; body?: string; headers?: Record<string, string> }): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port: preview.port, method: options.method ?? 'GET', path: options.path, headers: { host: options.host ?? `localhost:${preview.port}`, ...options.headers } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      request.on('error', reject);
      request.end(options.body);
    });
  }

  it('answers only its own host names (DNS rebinding cannot read the workbook)', async () => {
    for (const host of ['evil.example', `evil.example:${preview.port}`, 'localhost', `127.0.0.1:${preview.port + 1}`]) {
      for (const route of ['/api/state', '/download', '/']) expect((await raw({ path: route, host })).status).toBe(421);
    }
    expect((await raw({ path: '/api/state', host: `127.0.0.1:${preview.port}` })).status).toBe(200);
    expect((await raw({ path: '/api/state', host: `LOCALHOST:${preview.port}` })).status).toBe(200);
  });

  it('refuses oversized bodies with 413 and malformed requests with 400, running no add-on code', async () => {
    const big = `["${'x'.repeat(1_100_000)}"]`;
    expect((await raw({ method: 'POST', path: '/rpc/sidebarGetSettings', body: big })).status).toBe(413);
    // Chunked: no Content-Length to check up front.
    expect((await raw({ method: 'POST', path: '/rpc/sidebarGetSettings', body: big, headers: { 'transfer-encoding': 'chunked' } })).status).toBe(413);
    expect((await raw({ method: 'POST', path: '/rpc/sidebar%E0%A4%A', body: '[]' })).status).toBe(400);
    expect((await raw({ method: 'POST', path: '/api/menu/%zz', body: '' })).status).toBe(400);
    const notJson = await raw({ method: 'POST', path: '/rpc/sidebarGetSettings', body: '{not json' });
    expect(notJson.status).toBe(400);
    expect(notJson.body).not.toMatch(/\n\s+at /);
    expect((await raw({ method: 'POST', path: '/rpc/sidebarGetSettings', body: '{"a":1}' })).status).toBe(400);
    // The server is still fine afterwards.
    expect((await raw({ method: 'POST', path: '/rpc/sidebarGetSettings', body: '[]' })).status).toBe(200);
  });
});

describe('command line', () => {
  it('reads the options and rejects bad ones', () => {
    expect(parseCli([])).toEqual({ port: 8080 });
    expect(parseCli(['--port', '0', '--locale=fr', '--today', '2026-11-26'])).toEqual({ port: 0, locale: 'fr_FR', today: '2026-11-26' });
    expect(parseCli(['--workbook', 'example'])).toMatchObject({ workbook: 'example' });
    expect(parseCli(['--workbook', 'x.xlsx'])).toMatchObject({ workbook: path.resolve('x.xlsx') });
    expect(parseCli(['-h'])).toBe('help');
    expect(() => parseCli(['--port', '99999'])).toThrow('--port must be a number');
    expect(() => parseCli(['--what'])).toThrow('Unknown option --what');
    expect(() => parseCli(['--port'])).toThrow('--port needs a value');
  });
});
