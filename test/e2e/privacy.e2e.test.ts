/**
 * Privacy, proven in a real Chromium on the built extension.
 *
 * One browsing session, watched from its start: the extension is installed under watch, the popup
 * reframes a thought, the settings page changes a setting, self-talk is typed into a textarea and a
 * webmail body, cards open and rewrites are accepted. Every request the browser
 * context sees (pages, extension pages and, in Chromium, the service worker) is classified, and the
 * only ones allowed are the fixture pages' own documents and the extension's own files. Canary
 * requests and logs, sent on purpose from each extension context, show the watch is not blind.
 *
 * Then what is left behind: no typed text in any DOM attribute (our own hosts and closed shadow
 * roots included), in the page's storage, in any console, or in the extension's storage (which keeps
 * counts only unless the user asks otherwise). And the build itself: a strict CSP for the extension
 * pages, no remote code, dynamic URLs for web-accessible resources, and exactly the permissions the
 * README justifies.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type ConsoleMessage, type Page, type Request, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import { onText, readCard, underlines, type CardView } from './content-helpers';
import { chromeExecutable, DIST_DIR, FIREFOX_DIST_DIR, ROOT, serveFixtures } from './helpers';
import { scanBuild, scanCss, scanHtml, scanJavaScript } from './remote-code';

const POLL = { timeout: 15_000, interval: 50 };

/** What is typed, and the words that must never turn up anywhere but the field itself. */
const TYPED_TEXTAREA = "Notes on the Quokka rollout. I screwed this up, I'm such an idiot.";
const TYPED_RICH = ' The Quokka budget slipped again and I am a total failure.';
const TYPED_POPUP = 'I wrecked the Wombat review. I suck.';
const NEEDLES = ['Quokka', 'Wombat', TYPED_TEXTAREA.trim(), TYPED_RICH.trim(), TYPED_POPUP, 'such an idiot', 'a total failure'];
/** Requests sent on purpose to show that the watcher sees each context. */
const CANARY = '__privacy-canary__';
const DYNAMIC_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Seen {
  url: string;
  resourceType: string;
  navigation: boolean;
  /** 'service-worker', or the URL of the frame that asked. */
  from: string;
}

let browser: { context: BrowserContext; extensionId: string; extensionUrl(path: string): string; close(): Promise<void> };
let fixtures: StaticServer;
/** The extension's service worker, started under watch. */
let worker: Worker;
const seen: Seen[] = [];
const consoleLines: string[] = [];
/** The fixture documents this test navigated to itself: the pages' own requests. */
const navigated = new Set<string>();

function describeRequest(request: Request): Seen {
  let from = 'service-worker';
  if (!request.serviceWorker()) {
    try {
      from = request.frame().url();
    } catch {
      from = '(no frame)';
    }
  }
  return { url: request.url(), resourceType: request.resourceType(), navigation: request.isNavigationRequest(), from };
}

/** Why a request breaks the promise, or null when it is local or the page's own document. */
function violation(r: Seen): string | null {
  const scheme = r.url.slice(0, r.url.indexOf(':') + 1);
  // The extension's own files: its pages and scripts, and the engine behind its per-session dynamic
  // URL (a random GUID in place of the id).
  if (scheme === 'chrome-extension:') {
    const host = new URL(r.url).host;
    return host === browser.extensionId || DYNAMIC_ID.test(host) ? null : `another extension's file ${r.url}`;
  }
  if (scheme === 'data:' || scheme === 'blob:' || scheme === 'about:') return null;
  const pageOwn =
    r.from !== 'service-worker' &&
    !r.from.startsWith('chrome-extension:') &&
    r.navigation &&
    r.resourceType === 'document' &&
    navigated.has(r.url);
  if (pageOwn) return null;
  return `${r.resourceType} ${r.url} from ${r.from}`;
}

function watchConsole(where: string) {
  return (message: ConsoleMessage) => consoleLines.push(`${where} ${message.type()}: ${message.text()}`);
}

/**
 * Chromium with a fresh profile and NO extension yet; the extension is loaded through the DevTools
 * protocol once every watcher is in place, so its install and its service worker's first start
 * happen in view. (With --load-extension the worker starts before anything can listen.)
 */
async function launchThenLoad(): Promise<{ context: BrowserContext; extensionId: string; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'mastery-privacy-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromeExecutable(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--enable-unsafe-extension-debugging',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    watch(context);
    const owner = context.browser();
    if (!owner) throw new Error('no browser behind the persistent context');
    const cdp = await owner.newBrowserCDPSession();
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: DIST_DIR } as never)) as { id: string };
    await cdp.detach();
    return { context, extensionId: id, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function watch(context: BrowserContext): void {
  context.on('request', (request) => seen.push(describeRequest(request)));
  context.on('page', (page) => {
    page.on('console', watchConsole('page'));
    page.on('pageerror', (error) => consoleLines.push(`page uncaught: ${error.message}`));
    page.on('websocket', (socket) => seen.push({ url: socket.url(), resourceType: 'websocket', navigation: false, from: page.url() }));
  });
  context.on('serviceworker', (w) => w.on('console', watchConsole('service worker')));
}

beforeAll(async () => {
  fixtures = await serveFixtures();
  const launched = await launchThenLoad();
  const prefix = `chrome-extension://${launched.extensionId}/`;
  const isOurs = (w: Worker) => w.url().startsWith(prefix);
  worker =
    launched.context.serviceWorkers().find(isOurs) ??
    (await launched.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
  browser = { ...launched, extensionUrl: (path: string) => prefix + path };
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

async function openFixture(name: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 640 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const url = `${fixtures.url}${name}`;
  navigated.add(url);
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp: await browser.context.newCDPSession(page) };
}

async function waitForCard(cdp: CDPSession): Promise<CardView> {
  let card: CardView | null = null;
  await expect
    .poll(async () => {
      card = await readCard(cdp);
      return card !== null && card.buttons.size > 0;
    }, POLL)
    .toBe(true);
  if (!card) throw new Error('no card');
  return card;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
  contentDocument?: DomNode;
  templateContent?: DomNode;
}

interface Attribute {
  element: string;
  name: string;
  value: string;
  /** The element hosts a closed shadow root: one of Mastery's anonymous hosts. */
  host: boolean;
}

/**
 * Every element's attributes, through closed shadow roots and into iframes, as DevTools sees them.
 * Elements without attributes are listed with an empty name, so the walk's reach can be checked.
 */
async function allAttributes(cdp: CDPSession): Promise<Attribute[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  const out: Attribute[] = [];
  const visit = (node: DomNode) => {
    const a = node.attributes ?? [];
    const host = (node.shadowRoots ?? []).some((r) => r.shadowRootType === 'closed');
    if (node.nodeType === 1 && a.length === 0) out.push({ element: node.nodeName, name: '', value: '', host });
    for (let i = 0; i + 1 < a.length; i += 2) out.push({ element: node.nodeName, name: a[i] as string, value: a[i + 1] as string, host });
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
    if (node.contentDocument) visit(node.contentDocument);
    if (node.templateContent) visit(node.templateContent);
  };
  visit(root);
  return out;
}

function containsNeedle(text: string): string | null {
  const lower = text.toLowerCase();
  return NEEDLES.find((n) => lower.includes(n.toLowerCase())) ?? null;
}

/** Everything the page's origin keeps: web storage, cookies, IndexedDB and Cache Storage names. */
async function pageStorage(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i) ?? '';
        out.push(`${store === localStorage ? 'local' : 'session'}Storage ${key}=${store.getItem(key) ?? ''}`);
      }
    }
    if (document.cookie !== '') out.push(`cookie ${document.cookie}`);
    for (const db of await indexedDB.databases()) out.push(`indexedDB ${db.name ?? ''}`);
    if ('caches' in window) for (const key of await caches.keys()) out.push(`cache ${key}`);
    if (window.name !== '') out.push(`window.name ${window.name}`);
    return out;
  });
}

async function extensionStorage(): Promise<string> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: Record<string, { get(keys: null): Promise<Record<string, unknown>> }> };
    };
    const all: Record<string, unknown> = {};
    for (const area of ['sync', 'local', 'session']) all[area] = await chrome.storage[area]?.get(null);
    return JSON.stringify(all);
  });
}

const opened: Array<{ page: Page; cdp: CDPSession }> = [];

describe('a browsing session with Mastery', () => {
  test('the extension installs, and its service worker starts and makes its menu entry', async () => {
    // Ready once its install handler has made the selection-menu entry.
    await expect
      .poll(
        () =>
          worker.evaluate(async () => {
            const g = globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } };
            return g.chrome.contextMenus.update('mastery:reframe-selection', {}).then(
              () => true,
              () => false,
            );
          }),
        POLL,
      )
      .toBe(true);
  });

  test('the popup reframes a thought and saves it to the journal', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 384, height: 600 });
    await page.goto(browser.extensionUrl('src/ui/popup/index.html'));
    await page.getByLabel('What story are you telling yourself?').fill(TYPED_POPUP);
    await page.getByRole('button', { name: 'Notice the story' }).click();
    await expect.poll(() => page.locator('mark').count(), POLL).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Find kinder stories/ }).click();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: /Practise this story/ }).click();
    await page.getByRole('button', { name: 'Save to journal' }).click();
    await expect.poll(() => page.getByTestId('journal-line').textContent(), POLL).toContain('1 kinder story this week');
    await page.close();
  });

  test('the settings page saves a change', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(browser.extensionUrl('src/ui/options/index.html'));
    const manager = page.getByRole('switch', { name: 'Manager mode: perfection asked of others' });
    await manager.check();
    await expect.poll(() => page.getByTestId('saved').textContent(), POLL).toMatch(/Saved/);
    await page.close();
  });

  test('self-talk typed into a textarea is underlined, and the card rewrites it', async () => {
    const o = await openFixture('textarea.html');
    opened.push(o);
    await o.page.click('#empty');
    await o.page.keyboard.type(TYPED_TEXTAREA, { delay: 2 });
    await expect.poll(async () => (await underlines(o.page, o.cdp)).map((u) => u.text), POLL).toContain("I'm such an idiot");
    await o.page.evaluate(
      (at) => (document.getElementById('empty') as HTMLTextAreaElement).setSelectionRange(at, at),
      TYPED_TEXTAREA.indexOf('idiot'),
    );
    await o.page.keyboard.press('Alt+Shift+R');
    const card = await waitForCard(o.cdp);
    expect(card.rewrite).toBeTruthy();
    // While the card is open: our two hosts (the field's layer and the card) are plain elements with no
    // attributes, and nothing in their closed shadow roots holds typed text in an attribute.
    const attributes = await allAttributes(o.cdp);
    expect(attributes.filter((a) => a.host)).toEqual([
      { element: 'DIV', name: '', value: '', host: true },
      { element: 'DIV', name: '', value: '', host: true },
    ]);
    expect(attributes.some((a) => a.name === 'role' && a.value === 'dialog')).toBe(true);
    expect(attributes.filter((a) => containsNeedle(`${a.name}=${a.value}`))).toEqual([]);
    await o.page.keyboard.press('Enter');
    await expect.poll(() => o.page.inputValue('#empty'), POLL).toContain(card.rewrite ?? '');
  });

  test('self-talk typed into a webmail body is underlined, and the card rewrites it', async () => {
    const o = await openFixture('gmail.html');
    opened.push(o);
    await o.page.click('[role=textbox]');
    // The caret after "Thanks for your patience.", above the quoted reply (which Mastery skips).
    await o.page.evaluate(() => {
      const line = [...document.querySelectorAll('[role=textbox] > div')].find((d) => d.textContent?.endsWith('patience.'));
      const text = line?.lastChild;
      if (!text) throw new Error('no line to type on');
      getSelection()?.collapse(text, text.textContent?.length ?? 0);
    });
    await o.page.keyboard.type(TYPED_RICH, { delay: 2 });
    await expect.poll(async () => (await underlines(o.page, o.cdp)).some((h) => /total failure/.test(h.text)), POLL).toBe(true);
    const mark = (await underlines(o.page, o.cdp)).find((h) => /total failure/.test(h.text));
    if (!mark) throw new Error('no underline');
    await o.page.mouse.click(onText(mark).x, onText(mark).y);
    const card = await waitForCard(o.cdp);
    expect(card.text).toContain('total failure');
    expect((await allAttributes(o.cdp)).filter((a) => containsNeedle(`${a.name}=${a.value}`))).toEqual([]);
    const use = card.buttons.get('Use this');
    if (!use || !card.rewrite) throw new Error('no rewrite offered');
    await o.page.mouse.click(use.x, use.y);
    await expect
      .poll(async () => (await o.page.locator('[role=textbox]').innerText()).replace(/\u00a0/g, ' '), POLL)
      .toContain(card.rewrite);
  });
});

describe('what the session left behind', () => {
  test('the watch is not blind: requests and logs from the service worker, a content script and an extension page are all seen', async () => {
    const canary = (who: string) => `${fixtures.url}${CANARY}/${who}`;
    // From the service worker.
    await worker.evaluate(
      (url) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      canary('worker'),
    );
    // From the content script's isolated world in the textarea page.
    const o = opened[0];
    if (!o) throw new Error('no page open');
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
    o.cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as (typeof contexts)[number]));
    await o.cdp.send('Runtime.enable');
    const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${browser.extensionId}`);
    if (!isolated) throw new Error('no content-script world in the page');
    await o.cdp.send('Runtime.evaluate', {
      contextId: isolated.id,
      awaitPromise: true,
      expression: `console.log('${CANARY} from the content script'); fetch(${JSON.stringify(canary('content-script'))}).then(() => 0, () => 0)`,
    });
    // From an extension page.
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('src/ui/popup/index.html'));
    await page.evaluate(
      (url) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      canary('extension-page'),
    );
    await page.close();

    await expect
      .poll(
        () =>
          seen
            .filter((r) => r.url.includes(CANARY))
            .map((r) => `${r.url.slice(r.url.lastIndexOf('/') + 1)} ${r.from === 'service-worker' ? 'worker' : new URL(r.from).protocol}`)
            .sort(),
        POLL,
      )
      .toEqual(['content-script http:', 'extension-page chrome-extension:', 'worker worker']);
    // And the rule below would fail every one of them.
    for (const r of seen.filter((x) => x.url.includes(CANARY))) expect(violation(r)).not.toBeNull();
    expect(consoleLines.some((l) => l.includes(`${CANARY} from the content script`))).toBe(true);
  });

  test('no request left the extension: only the pages’ own documents and the extension’s own files', () => {
    const session = seen.filter((r) => !r.url.includes(CANARY));
    // The session did happen: the pages, the popup, the settings and the engine were all loaded.
    expect(session.some((r) => r.url.endsWith('/textarea.html'))).toBe(true);
    expect(session.some((r) => r.url.endsWith('/gmail.html'))).toBe(true);
    expect(session.some((r) => r.url.startsWith('chrome-extension://') && r.url.endsWith('/src/ui/popup/index.html'))).toBe(true);
    expect(session.some((r) => r.url.startsWith('chrome-extension://') && r.url.endsWith('/content-engine.js'))).toBe(true);
    expect(session.map(violation).filter((v) => v !== null)).toEqual([]);
  });

  test('no typed text in any attribute of the pages, our hosts and shadow roots included', async () => {
    for (const o of opened) {
      const attributes = await allAttributes(o.cdp);
      expect(attributes.length).toBeGreaterThan(5);
      expect(attributes.filter((a) => containsNeedle(`${a.name}=${a.value}`))).toEqual([]);
    }
  });

  test('nothing in the pages’ storage, and the page URL and title are as they were', async () => {
    for (const o of opened) {
      expect(await pageStorage(o.page)).toEqual([]);
      expect(containsNeedle(o.page.url())).toBeNull();
      expect(containsNeedle(await o.page.title())).toBeNull();
    }
  });

  test('no typed text in any console: pages, content scripts, extension pages, service worker', () => {
    expect(consoleLines.filter((l) => containsNeedle(l) !== null)).toEqual([]);
  });

  test('the extension’s own storage keeps counts, not the text (the default)', async () => {
    const stored = await extensionStorage();
    expect(stored).toContain('rewritesAccepted');
    expect(containsNeedle(stored)).toBeNull();
  });
});

interface BuiltManifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[]; use_dynamic_url?: boolean }>;
  externally_connectable?: unknown;
  update_url?: string;
  sandbox?: unknown;
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;

/** `script-src 'self'; object-src 'self'` → Map { 'script-src' => ["'self'"], ... } */
function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

describe('the build', () => {
  const chrome = readManifest(DIST_DIR);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  test('extension pages run under a strict CSP: scripts from the extension only, no eval, no remote hosts', () => {
    const policy = chrome.content_security_policy?.extension_pages ?? '';
    const csp = parseCsp(policy);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'self'"]);
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        // Only keywords: no scheme, host, wildcard, nonce or hash anywhere.
        expect(`${directive} ${source}`).toMatch(/^\S+ '(self|none)'$/);
      }
    }
    expect(policy).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe-eval|https?:|\*/);
    expect(chrome.content_security_policy?.sandbox).toBeUndefined();
    expect(chrome.sandbox).toBeUndefined();
    // The README quotes the same policy.
    expect(readme).toContain(`\`${policy}\``);
  });

  test('no remote code in any script, page or stylesheet of dist/chrome', () => {
    const { scanned, findings } = scanBuild(DIST_DIR);
    // Everything the manifest loads was read.
    expect(scanned.js).toEqual(expect.arrayContaining(['service-worker-loader.js', 'src/content/index.js', 'content-engine.js']));
    expect(scanned.html).toEqual(expect.arrayContaining(['src/ui/popup/index.html', 'src/ui/options/index.html']));
    expect(findings).toEqual([]);
  });

  test('the scanner itself catches remote code, and lets inert text pass', () => {
    const js = [
      '// docs: https://example.com/guide',
      'const ns = "http://www.w3.org/2000/svg";',
      'const o = { eval: 1 }; Function.call.bind(o);',
      'const url = "https://cdn.example/x.js";',
      'eval("1"); (0, eval)("2"); new Function("a"); Function("b"); setTimeout("go()", 1);',
      'fetch("/x"); new WebSocket("wss://x.example"); navigator.sendBeacon("/b");',
      'import("https://cdn.example/m.js"); import(chrome.runtime.getURL("engine.js"));',
      'document.createElement("script");',
      '//# sourceMappingURL=https://maps.example/x.map',
    ].join('\n');
    expect(scanJavaScript('t.js', js).map((f) => f.what)).toEqual([
      'eval',
      'eval',
      'new Function(...)',
      'Function(...)',
      'setTimeout with a string of code',
      'network API fetch',
      'network API WebSocket',
      'navigator.sendBeacon',
      'import() of something other than a local file',
      "createElement('script')",
      'remote URL https://cdn.example/x.js',
      'remote URL wss://x.example',
      'remote URL https://cdn.example/m.js',
      'source map comment pointing to https://maps.example/x.map',
    ]);
    expect(scanHtml('t.html', '<script type="module" src="/assets/a.js"></script><link rel="stylesheet" href="/assets/a.css">')).toEqual(
      [],
    );
    expect(scanHtml('t.html', '<script src="https://cdn.example/x.js"></script><script>go()</script>').length).toBeGreaterThan(0);
    expect(scanCss('t.css', '@import url(https://fonts.example/a.css); a{background:url(//x.example/i.png)}').map((f) => f.what)).toEqual([
      '@import',
      'url(https://fonts.example/a.css)',
      'url(//x.example/i.png)',
      'remote URL https://fonts.example/a.css',
    ]);
  });

  test('every web-accessible resource is reachable only through the per-session dynamic URL', () => {
    const resources = chrome.web_accessible_resources ?? [];
    expect(resources.length).toBeGreaterThan(0);
    for (const entry of resources) expect(entry).toMatchObject({ use_dynamic_url: true });
  });

  test('permissions are exactly those the README justifies, in both builds; no hosts, no outside callers, no update server', () => {
    // The README's permission table: rows whose first cell is a `permission`.
    // The formatter pads the cells to line the columns up.
    const table = readme.slice(readme.search(/^\| Permission +\| Why +\|/m));
    const justified = [...table.matchAll(/^\| `([A-Za-z]+)` +\|/gm)].map((m) => m[1]);
    expect(justified).toEqual(['storage', 'contextMenus', 'activeTab']);
    for (const manifest of [chrome, readManifest(FIREFOX_DIST_DIR)]) {
      expect([...(manifest.permissions ?? [])].sort()).toEqual([...justified].sort());
      expect(manifest.optional_permissions).toBeUndefined();
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.update_url).toBeUndefined();
    }
    expect(readme).toContain('It asks for no host permissions');
  });
});
