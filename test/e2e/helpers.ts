/**
 * Shared helpers for the end-to-end tests: a real Chromium with the built extension loaded,
 * a static server for fixture pages, and ways to see what the extension did in a page.
 *
 * The browser is Debian's chromium (or CHROME_PATH); playwright-core only drives it.
 * dist/chrome is built by global-setup.ts before any e2e test file runs.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { serveDirectory, type ServeOptions, type StaticServer } from '../../src/dev/static-server';
import type { PingMessage, PongMessage } from '../../src/shared/messages';
import { WELCOME_PATH } from '../../src/shared/pages';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_DIR = join(ROOT, 'dist/chrome');
/** The Firefox build: dist/chrome with Firefox's manifest (src/dev/firefox.ts). */
export const FIREFOX_DIST_DIR = join(ROOT, 'dist/firefox');
export const FIXTURES_DIR = join(ROOT, 'test/e2e/fixtures');
/** Screenshots and other artefacts; gitignored. */
export const OUTPUT_DIR = join(ROOT, 'test/e2e/output');

export function chromeExecutable(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker; `serviceWorker.evaluate()` runs code with the `chrome` API. */
  serviceWorker: Worker;
  extensionId: string;
  /** `extensionUrl('src/ui/popup/index.html')` → `chrome-extension://<id>/src/ui/popup/index.html` */
  extensionUrl(path: string): string;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh profile and the extension in `distDir` loaded. Installing
 * Mastery opens its welcome page; it is closed, as most people would close it, so every test starts
 * from the same tabs, unless `keepWelcome` (the first-run tests look at it).
 */
export async function launchWithExtension(options: { distDir?: string; keepWelcome?: boolean } = {}): Promise<ExtensionBrowser> {
  const distDir = resolve(options.distDir ?? DIST_DIR);
  if (!existsSync(join(distDir, 'manifest.json'))) throw new Error(`No built extension in ${distDir}: run npm run build`);
  const profile = mkdtempSync(join(tmpdir(), 'mastery-e2e-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromeExecutable(),
      headless: true,
      // Playwright passes --disable-extensions by default, which would win over --load-extension.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${distDir}`,
        `--load-extension=${distDir}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
      ],
    });
    const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
    const serviceWorker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    // An older build (measured beside this one by the browser bench) may have no welcome page to close.
    if (!options.keepWelcome && existsSync(join(distDir, WELCOME_PATH))) {
      const isWelcome = (p: Page) => p.url() === `chrome-extension://${extensionId}/${WELCOME_PATH}`;
      const welcome = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 30_000 }));
      await welcome.close();
    }
    const opened = context;
    return {
      context: opened,
      serviceWorker,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close: async () => {
        await opened.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Serves `dir` (default: test/e2e/fixtures) on 127.0.0.1 on a free port. `url` ends with '/'.
 * `options.headers` adds response headers per path (a CSP header for a hostile page, say).
 */
export function serveFixtures(dir: string = FIXTURES_DIR, options: ServeOptions = {}): Promise<StaticServer> {
  return serveDirectory(dir, 0, options);
}

/**
 * Starts recording a page's console errors and uncaught exceptions, the extension's content-script
 * worlds included. Call before navigating; read the returned array when the page has settled.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('crash', () => errors.push('page crashed'));
  return errors;
}

/**
 * URLs of the frames in `page` where the extension's content script has been injected
 * (Chrome gives each extension its own isolated JavaScript world, named after the extension).
 */
export async function contentScriptFrames(page: Page, extensionId: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worldFrames = new Set<string>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { frameId?: string; type?: string } | undefined;
      if (aux?.type === 'isolated' && aux.frameId && context.origin === `chrome-extension://${extensionId}`) {
        worldFrames.add(aux.frameId);
      }
    });
    // Enabling the Runtime domain reports every existing context before it returns.
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const urls: string[] = [];
    type Tree = typeof frameTree;
    const visit = (tree: Tree) => {
      if (worldFrames.has(tree.frame.id)) urls.push(tree.frame.url);
      for (const child of tree.childFrames ?? []) visit(child);
    };
    visit(frameTree);
    return urls;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The part of Chrome's extension API that pingContentScripts uses inside the service worker. */
interface TabsApi {
  tabs: {
    query(filter: Record<string, never>): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

/**
 * Pings the top-level content script of every open tab from the service worker and returns the
 * answers; tabs where the content script does not run (about:blank, chrome:// pages) give none.
 */
export async function pingContentScripts(serviceWorker: Worker): Promise<PongMessage[]> {
  const ping: PingMessage = { type: 'mastery:ping' };
  return serviceWorker.evaluate(async (message) => {
    const { chrome } = globalThis as unknown as { chrome: TabsApi };
    const tabs = await chrome.tabs.query({});
    const answers = await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined ? undefined : chrome.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined),
      ),
    );
    return answers.filter((a): a is PongMessage => typeof a === 'object' && a !== null);
  }, ping);
}

/** Where to save a screenshot named `name` (the output folder is created on demand). */
export function outputPath(name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return join(OUTPUT_DIR, name);
}

/** The part of Chrome's extension API that pressCommand uses inside the service worker. */
interface CommandsApi {
  tabs: { query(filter: { active: true; lastFocusedWindow: true }): Promise<unknown[]> };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
}

/**
 * Presses one of Mastery's keyboard commands (manifest.json `commands`) in `page`. Keys sent through
 * the DevTools protocol reach the page, never the browser's shortcut handling, so this does what the
 * browser does when the bound keys are pressed: it fires the command event in the service worker,
 * with the active tab (`page`, brought to the front), and the worker's own listener takes it from there.
 */
export async function pressCommand(serviceWorker: Worker, page: Page, command: string): Promise<void> {
  await page.bringToFront();
  const found = await serviceWorker.evaluate(async (command) => {
    const { chrome } = globalThis as unknown as { chrome: CommandsApi };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) return false;
    chrome.commands.onCommand.dispatch(command, tab);
    return true;
  }, command);
  if (!found) throw new Error('no active tab');
}
