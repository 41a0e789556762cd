/**
 * `npm start`: the local preview. Serves, on 127.0.0.1 only, a page with
 * the workbook's tabs, the add-on menu and the real dist/sidebar.html, whose
 * google.script.run is bridged (POST /rpc/<fn>) to the built dist/Code.js
 * running in the emulator. The workbook lives in memory: the file on disk is
 * never modified; "Download .xlsx" saves a copy.
 *
 *   npm start -- [--port 8080] [--workbook file.xlsx | --workbook example] [--locale fr_FR] [--time-zone Pacific/Auckland] [--today 2026-11-26]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from '../build/build';
import { injectShim, previewPage } from './page';
import { PreviewSession, type PreviewOptions } from './session';

export interface StartedPreview {
  url: string;
  port: number;
  /** The address the server listens on: always the loopback interface. */
  host: string;
  session: PreviewSession;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

function send(response: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/** A request the server refuses with an HTTP status, before any add-on code runs. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY) return Promise.reject(new HttpError(413, 'request body too large'));
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        // Stop reading (chunked bodies have no length to check up front) but keep the socket for the 413.
        request.removeAllListeners('data');
        request.resume();
        reject(new HttpError(413, 'request body too large'));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * DNS rebinding: a page on evil.example can make its own host name resolve to
 * 127.0.0.1 and then read /api/state or /download as same-origin. Its requests
 * still carry `Host: evil.example`, so only our own host names are answered.
 */
function ownHost(request: IncomingMessage, port: number): boolean {
  const host = (request.headers.host ?? '').toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function decodedName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new HttpError(400, 'malformed percent-encoding in the path');
  }
}

function parsedArguments(body: string): unknown[] {
  let args: unknown;
  try {
    args = body ? JSON.parse(body) : [];
  } catch {
    throw new HttpError(400, 'the request body is not JSON');
  }
  if (!Array.isArray(args)) throw new HttpError(400, 'arguments must be a JSON array');
  return args;
}

/** The message of an error from any realm (the add-on runs in a node:vm context, so `instanceof Error` fails). */
function errorText(error: unknown): string {
  if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
  return String(error);
}

/** Only our own page may POST: a cross-site form or fetch from another origin is refused. */
function sameOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

async function handle(session: PreviewSession, request: IncomingMessage, response: ServerResponse, port: number): Promise<void> {
  if (!ownHost(request, port)) return send(response, 421, 'This preview answers only http://localhost and http://127.0.0.1 on its own port.', 'text/plain; charset=utf-8');
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://127.0.0.1');
  } catch {
    return send(response, 400, 'Bad request', 'text/plain; charset=utf-8');
  }
  const route = url.pathname;
  if (request.method === 'GET' && route === '/') return send(response, 200, previewPage(session.emulator.session.userLocale.startsWith('fr') ? 'fr' : 'en'), 'text/html; charset=utf-8');
  if (request.method === 'GET' && route === '/favicon.ico') return send(response, 204, '', 'image/x-icon');
  if (request.method === 'GET' && route === '/api/state') {
    const toasts = Number(url.searchParams.get('toasts') ?? 0) || 0;
    const alerts = Number(url.searchParams.get('alerts') ?? 0) || 0;
    return sendJson(response, 200, session.state(toasts, alerts));
  }
  if (request.method === 'GET' && route === '/sidebar') {
    const html = session.sidebarHtml();
    if (!html) return send(response, 404, 'No sidebar is open.', 'text/plain; charset=utf-8');
    return send(response, 200, injectShim(html), 'text/html; charset=utf-8');
  }
  if (request.method === 'GET' && route === '/download') {
    const buffer = await session.toXlsx();
    return send(response, 200, buffer, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', { 'content-disposition': 'attachment; filename="smart-goals-preview.xlsx"' });
  }
  if (request.method === 'POST' && (route.startsWith('/rpc/') || route.startsWith('/api/menu/'))) {
    if (!sameOrigin(request, port)) return sendJson(response, 403, { ok: false, error: 'cross-origin request refused' });
    let name: string;
    let args: unknown[] = [];
    try {
      name = decodedName(route.slice(route.startsWith('/rpc/') ? 5 : 10));
      if (route.startsWith('/rpc/')) args = parsedArguments(await readBody(request));
    } catch (error) {
      if (error instanceof HttpError) return sendJson(response, error.status, { ok: false, error: error.message });
      throw error;
    }
    // The add-on's own failures are answers, as google.script.run delivers them to the failure handler.
    try {
      if (route.startsWith('/rpc/')) return sendJson(response, 200, { ok: true, result: session.rpc(name, args) });
      session.runMenu(name);
      return sendJson(response, 200, { ok: true });
    } catch (error) {
      return sendJson(response, 200, { ok: false, error: errorText(error) });
    }
  }
  return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
}

/** Starts the preview (port 0 = any free port). The sidebar opens on the goal wizard. */
export async function startPreview(options: PreviewOptions & { port?: number; openWizard?: boolean } = {}): Promise<StartedPreview> {
  const session = await PreviewSession.open(options);
  if (options.openWizard !== false) session.addon.call('showGoalWizard');
  let port = options.port ?? 0;
  const server: Server = createServer((request, response) => {
    handle(session, request, response, port).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: errorText(error) });
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  port = address.port;
  return {
    url: `http://localhost:${port}`,
    port,
    host: address.address,
    session,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface CliOptions extends PreviewOptions {
  port: number;
}

export function parseCli(argv: readonly string[]): CliOptions | 'help' {
  const options: CliOptions = { port: 8080 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be a number between 0 and 65535');
      options.port = port;
    } else if (flag === '--workbook') {
      const file = value();
      options.workbook = file === 'example' ? 'example' : path.resolve(file);
    } else if (flag === '--today') {
      options.today = value();
    } else if (flag === '--time-zone') {
      // The spreadsheet's zone, as Sheets' File › Settings › Time zone (an IANA name Intl knows: Pacific/Auckland).
      const zone = value();
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
      } catch {
        throw new Error(`--time-zone must be a time zone such as Pacific/Auckland or America/Toronto, not ${zone}`);
      }
      options.timeZone = zone;
    } else if (flag === '--locale' || flag === '--lang') {
      const locale = value();
      options.locale = locale === 'fr' ? 'fr_FR' : locale === 'en' ? 'en_US' : locale;
    } else throw new Error(`Unknown option ${arg} (try --help)`);
  }
  return options;
}

const HELP = `SMART Goals for Sheets — local preview

  npm start -- [--port 8080] [--workbook file.xlsx | --workbook example] [--locale en_US|fr_FR] [--time-zone Pacific/Auckland] [--today YYYY-MM-DD]

--port 0 picks a free port. --today freezes the add-on's clock (demos) at noon of that
day in the workbook's time zone: --time-zone sets it (default: the .xlsx's own, else this machine's).
The workbook is loaded in memory (default: examples/sales-goals.xlsx, or the
add-on's example workbook when that file is absent); the file is never
modified. Use "Download .xlsx" in the page to save the result.`;

async function main(): Promise<void> {
  let options: CliOptions | 'help';
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error(errorText(error));
    process.exit(2);
  }
  if (options === 'help') {
    console.log(HELP);
    return;
  }
  try {
    // `npm start` builds here, after the options are read: `npm start -- --help` prints help without building.
    await build({ minify: false });
    const preview = await startPreview(options);
    console.log(`SMART Goals preview running at ${preview.url}  (Ctrl+C to stop)`);
    const stop = () => {
      void preview.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    const message = errorText(error);
    console.error(/EADDRINUSE/.test(message) ? `Port ${options.port} is in use: try --port 0 or another port.` : message);
    process.exit(1);
  }
}

if (require.main === module) void main();
