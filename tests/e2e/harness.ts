// The browser end-to-end harness: the built renderer (dist/renderer) served from 127.0.0.1, Debian's
// Chromium driven by playwright-core, and the REAL services and IPC handlers on a fresh data folder,
// reached through the same `buildApi` the preload uses (a Playwright binding carries the calls).
import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'esbuild';
import { createServices, type Services } from '../../electron/services/app-services.ts';
import { createHandlers, type Ports } from '../../electron/ipc/handlers.ts';
import { dispatch, type Handlers } from '../../electron/ipc/dispatch.ts';
import type { EventName, EventPayloads } from '../../electron/ipc/contract.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist', 'renderer');
export const SHOTS = path.join(ROOT, 'docs', 'screenshots');
export const SEED = path.join(ROOT, 'tests', 'fixtures', 'antara-nato-brussel.txt');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
};

function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rel = decodeURIComponent(u.pathname === '/' ? '/index.html' : u.pathname);
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
  });
}

let bridgeScript: string | null = null;
async function bridge(): Promise<string> {
  if (bridgeScript) return bridgeScript;
  const out = await build({
    entryPoints: [path.join(ROOT, 'tests', 'e2e', 'bridge-entry.ts')],
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent',
  });
  bridgeScript = out.outputFiles[0].text;
  return bridgeScript;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.__bytes === 'string' && Object.keys(o).length === 1) return new Uint8Array(Buffer.from(o.__bytes, 'base64'));
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

export interface HarnessOptions {
  dataDir?: string;
  colorScheme?: 'light' | 'dark';
  /** Load the Indonesian word list (slower start); off unless a test needs spelling findings. */
  speller?: boolean;
  viewport?: { width: number; height: number };
}

export interface Harness {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  baseUrl: string;
  dataDir: string;
  services: Services;
  handlers: Handlers;
  /** Every URL the page requested. */
  requests: string[];
  /** Errors thrown in the page. */
  pageErrors: string[];
  /** The channel of every call the page made, in the order the services answered them. */
  answered: string[];
  /** What the app put on the clipboard through `copyToClipboard`. */
  clipboard: { html: string; text: string }[];
  /** Answers the next file/folder dialogs give (a queue; null = cancelled). */
  dialogAnswers: { openFiles: (string[] | null)[]; chooseFolder: (string | null)[]; saveFile: (string | null)[] };
  /** Pushes an event to the page, as main does (progress of a batch, stories changed). */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** Open the app (again) and wait until the inbox is there. */
  open(): Promise<void>;
  /** Close the services and open new ones on the same data folder (as after a restart). */
  restartServices(): Promise<void>;
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. The browser tests need it: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`The renderer is not built (${DIST}/index.html missing): run npm run build:renderer (npm run test:e2e does).`);
  }
  const dataDir = opts.dataDir ?? await fsp.mkdtemp(path.join(os.tmpdir(), 'meja-e2e-'));
  const server = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=id-ID'],
    // Chromium on Linux takes its locale (date and time inputs) from the environment, not --lang;
    // the app's main sets Electron's --lang from the language setting to the same effect.
    env: { ...process.env, LANG: 'id_ID.UTF-8', LANGUAGE: 'id' },
  });
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const page = await context.newPage();
  const h = {
    page, context, browser, baseUrl: server.url, dataDir,
    requests: [] as string[], pageErrors: [] as string[], answered: [] as string[], clipboard: [] as { html: string; text: string }[],
    dialogAnswers: { openFiles: [], chooseFolder: [], saveFile: [] } as Harness['dialogAnswers'],
  } as unknown as Harness;

  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    page.evaluate(([e, p]) => (window as unknown as { __mejaEmit?: (e: string, p: unknown) => void }).__mejaEmit?.(e, p), [event, payload] as const).catch(() => undefined);
  };
  const ports: Ports = {
    version: '0.0.0-e2e',
    emit,
    openFiles: async () => h.dialogAnswers.openFiles.shift() ?? null,
    chooseFolder: async () => h.dialogAnswers.chooseFolder.shift() ?? null,
    saveFile: async () => h.dialogAnswers.saveFile.shift() ?? null,
    writeClipboard: (html, text) => { h.clipboard.push({ html, text }); },
    openExternal: async () => undefined,
  };
  h.emit = emit;
  h.services = await createServices(dataDir, { speller: opts.speller ?? false });
  h.handlers = createHandlers(h.services, ports);

  page.on('request', (r) => h.requests.push(r.url()));
  page.on('pageerror', (e) => h.pageErrors.push(String(e)));
  await page.exposeBinding('__mejaInvoke', async (_src, channel: unknown, args: unknown) => {
    const res = await dispatch(h.handlers, channel, decode(args));
    h.answered.push(String(channel));
    return res;
  });
  await page.addInitScript({ content: await bridge() });

  h.open = async () => {
    await page.goto(server.url);
    await page.locator('.inbox').waitFor();
  };
  h.restartServices = async () => {
    await h.services.close();
    h.services = await createServices(dataDir, { speller: opts.speller ?? false });
    h.handlers = createHandlers(h.services, ports);
  };
  h.shot = async (name: string) => {
    await fsp.mkdir(SHOTS, { recursive: true });
    const file = path.join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
  };
  h.close = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    await h.services.close().catch(() => undefined);
    if (!opts.dataDir) await fsp.rm(dataDir, { recursive: true, force: true });
  };
  return h;
}

/** Imports a file through the API, as the app's drop and Impor do. */
export async function importFile(h: Harness, file: string): Promise<string[]> {
  const bytes = await fsp.readFile(file);
  const res = await dispatch(h.handlers, 'stories:import-bytes', { files: [{ name: path.basename(file), bytes: new Uint8Array(bytes) }] }) as { items: { ok: boolean; storyIds: string[] }[] };
  return res.items.flatMap((i) => i.storyIds);
}

/** Asserts every request of the page stayed on the local server (or data: URLs). */
export function offsiteRequests(h: Harness): string[] {
  return h.requests.filter((u) => !u.startsWith(h.baseUrl) && !u.startsWith('data:'));
}
