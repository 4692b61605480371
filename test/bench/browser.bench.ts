/**
 * The content script in a real, headless Chromium: what it costs pages and people who type.
 *   npm run --silent bench:browser                       a readable table
 *   npm run --silent bench:browser -- --json             one JSON object
 *   npm run --silent bench:browser -- --compare DIR      also measure another build (e.g. main's dist/chrome), in the same run
 *   npm run --silent bench:browser -- --rounds N         typing runs per configuration and size (default 3)
 *
 * Every figure is measured in the same run for each build, next to a browser without any extension
 * and one with a minimal regex "peer" (a Just-Not-Sorry-like content script that scans the field
 * with a regular expression on every input and draws its underlines as positioned boxes: the
 * simplest way a nudging extension works), so ratios hold on a busy machine.
 *
 * - content_entry_gzip_kb: gzip size of the content script every page loads.
 * - nlp_loaded_on_fieldless_page: did a page where nobody can type load the lazily loaded module,
 *   after clicks, keys and scrolling? Must be false.
 * - first_highlight_ms: from the last keystroke of a self-critical phrase typed into a freshly
 *   focused field to the underline being drawn, typing pause included. Median of 5 fresh pages.
 * - first_highlight_cold_ms: the same, with the extension's service worker stopped (through the
 *   DevTools protocol's ServiceWorker.stopWorker) after the field was focused and before typing,
 *   so the first request after the pause starts it again.
 * - keystroke_added_ms_mean / _p95 (and _500 / _5000): 200 characters typed, with pauses after
 *   sentences, at the end of a Gmail-like compose body of 2,000 (500, 5,000) words with a
 *   self-critical sentence every ~150 words. Main-thread task time per keystroke (from a Chrome
 *   trace) with the extension, minus the same without any extension, in the same run.
 *   keystroke_added_cpu_ms_*: the same in thread (CPU) time, which time-sharing with other work on
 *   the machine does not inflate; keystroke_extension_js_ms_*: the extension's own script alone.
 * - page_heap_added_mb: JS heap of the page's renderer after the 2,000-word body was focused and
 *   scanned, after forced garbage collection, with the extension minus without. Median of 3.
 * - long_tasks_1mb_textarea / engine_load_longest_task_ms: tasks over 50 ms that ran the
 *   extension's code (read from a trace) while a 1 MB textarea is focused and scanned, and on the
 *   first focus of a page (the lazily loaded module starting). For context: the page's total long
 *   tasks then, and the same without the extension (Chrome's own spellchecker works through a
 *   focused megabyte in ~50 ms idle tasks).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveDirectory } from '../../src/dev/static-server';
import { ensureExtensionBuilt } from '../../src/dev/extension-build';
import { watchFirstUnderline } from '../e2e/content-helpers';
import { chromeExecutable, DIST_DIR, launchWithExtension, type ExtensionBrowser } from '../e2e/helpers';
import { makeProse } from './prose';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const compareDir = option('--compare');
const ROUNDS = Number(option('--rounds') ?? 3);
/** Only the typing figures (for repeated runs on a noisy machine). */
const typingOnly = argv.includes('--typing-only');
const log = (s: string) => {
  if (!json) process.stderr.write(`${s}\n`);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (page: Page, ms: number) => page.evaluate((t) => new Promise((resolve) => setTimeout(resolve, t)), ms);

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ───────────────────────────── pages ─────────────────────────────

const SIZES = [500, 2000, 5000] as const;
type Size = (typeof SIZES)[number];

function writePages(dir: string): void {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">';
  writeFileSync(
    join(dir, 'nofield.html'),
    `${head}<title>Article</title></head><body><h1>News</h1><p>${escapeHtml(makeProse(400, 3, 60))}</p><button>Share</button><a href="#x">Link</a></body></html>`,
  );
  writeFileSync(
    join(dir, 'field.html'),
    `${head}<title>Field</title><style>div{width:40rem;min-height:6rem;border:1px solid #999;padding:8px;font:15px sans-serif}</style></head>` +
      '<body><div id="editor" contenteditable="true"></div></body></html>',
  );
  for (const words of SIZES) {
    // Ordinary work email with a self-critical sentence every ~150 words.
    const body = makeProse(words, 7, 150)
      .split('\n\n')
      .map((p) => `<div>${escapeHtml(p)}</div><div><br></div>`)
      .join('');
    writeFileSync(
      join(dir, `compose-${words}.html`),
      `${head}<title>Compose</title><style>.Am{width:560px;height:400px;overflow:auto;padding:12px;font:14px Arial;border:1px solid #ccc}</style></head>` +
        `<body><div class="Am" role="textbox" aria-multiline="true" contenteditable="true">${body}<div id="end">Best,</div></div></body></html>`,
    );
  }
  writeFileSync(
    join(dir, 'big.html'),
    `${head}<title>Big</title><style>textarea{display:block;width:40rem;height:12rem}</style></head>` +
      '<body><textarea id="small">Warming up.</textarea><textarea id="big"></textarea></body></html>',
  );
}

/**
 * The peer: a minimal Just-Not-Sorry-like extension. On every input it scans the whole field with
 * one regular expression (its word list is JNS's kind: hedges and apologies) and draws a box under
 * each match, positioned from the match's Range. No debounce, no cache: the simplest honest way.
 */
function writePeer(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Regex peer',
      version: '1.0.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['peer.js'], all_frames: true, run_at: 'document_idle' }],
    }),
  );
  writeFileSync(
    join(dir, 'peer.js'),
    `(() => {
  const WORDS = /\\b(?:just|sorry|actually|apologi[sz]e|i think|i feel|i believe|i'?m no expert|does that make sense|hopefully|literally|i guess|kind of|sort of|hate to bother|quick question|i'?m not sure)\\b/gi;
  let layer = null;
  const boxes = [];
  function fieldOf(node) {
    const el = node instanceof Element ? node : node && node.parentElement;
    if (!el) return null;
    if (el instanceof HTMLTextAreaElement) return el;
    return el.closest('[contenteditable=""],[contenteditable="true"]');
  }
  function draw(rects) {
    if (!layer) {
      layer = document.createElement('div');
      layer.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647';
      document.documentElement.append(layer);
    }
    while (boxes.length < rects.length) {
      const b = document.createElement('div');
      b.style.cssText = 'position:absolute;height:2px;background:#e3a008;pointer-events:none';
      layer.append(b);
      boxes.push(b);
    }
    boxes.forEach((b, i) => {
      const r = rects[i];
      b.style.display = r ? 'block' : 'none';
      if (r) { b.style.left = (r.left + scrollX) + 'px'; b.style.top = (r.bottom + scrollY) + 'px'; b.style.width = r.width + 'px'; }
    });
  }
  function check(field) {
    const rects = [];
    if (field instanceof HTMLTextAreaElement) {
      WORDS.lastIndex = 0;
      while (WORDS.exec(field.value)) {}
    } else {
      const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        WORDS.lastIndex = 0;
        let m;
        while ((m = WORDS.exec(n.data))) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          for (const r of range.getClientRects()) rects.push(r);
        }
      }
    }
    draw(rects);
  }
  document.addEventListener('input', (e) => { const f = fieldOf(e.target); if (f) check(f); }, true);
  document.addEventListener('focusin', (e) => { const f = fieldOf(e.target); if (f) check(f); }, true);
})();
`,
  );
}

// ───────────────────────────── measurements ─────────────────────────────

function entrySize(distDir: string): number {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  const entry = manifest.content_scripts[0]?.js[0];
  if (!entry) throw new Error('no content script in the built manifest');
  return gzipSync(readFileSync(join(distDir, entry)), { level: 9 }).length / 1024;
}

/** The files a build lets pages load lazily (its web-accessible resources). */
function lazyFiles(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: Array<{ resources: string[] }>;
  };
  return (manifest.web_accessible_resources ?? []).flatMap((r) => r.resources);
}

/** Pages (by URL) whose frames requested one of `files`. */
function watchLazyLoads(context: BrowserContext, files: string[]): string[] {
  const loads: string[] = [];
  context.on('request', (r) => {
    if (!files.some((f) => r.url().endsWith(`/${f}`))) return;
    try {
      loads.push(r.frame().url());
    } catch {
      loads.push('(no frame)');
    }
  });
  return loads;
}

/**
 * A real mouse click in the middle of an element. (Playwright's `page.click` adds its own listeners to
 * check what the click hits; their forced layouts would show up in the trace as script time.)
 */
async function clickOn(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function idle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })));
}

async function fieldlessLoads(context: BrowserContext, base: string, loads: string[]): Promise<boolean> {
  const page = await context.newPage();
  const url = `${base}nofield.html`;
  await page.goto(url);
  await page.click('h1');
  await page.click('button');
  await page.keyboard.press('Tab');
  await page.keyboard.type('hello');
  await page.mouse.wheel(0, 300);
  await idle(page);
  await sleep(page, 1000);
  await idle(page);
  await page.close();
  return loads.includes(url);
}

/** Stops and watches the extension's service worker through the DevTools protocol's ServiceWorker domain. */
async function serviceWorkerOf(ext: ExtensionBrowser, page: Page) {
  const cdp = await ext.context.newCDPSession(page);
  const prefix = `chrome-extension://${ext.extensionId}/`;
  let version: { versionId: string; runningStatus: string } | null = null;
  /** Every status seen since the last stop request: a stopped worker may be started again at once by a message. */
  const seen = new Set<string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(prefix)) continue;
      version = { versionId: v.versionId, runningStatus: v.runningStatus };
      seen.add(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const status = () => (version as { runningStatus: string } | null)?.runningStatus;
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 600 && !done(); i++) await sleep(page, 25);
    return done();
  };
  return {
    async stop(): Promise<void> {
      if (!(await until(() => status() === 'running'))) throw new Error('the service worker is not running');
      const id = (version as { versionId: string } | null)?.versionId;
      if (!id) throw new Error('no service worker version');
      seen.clear();
      await cdp.send('ServiceWorker.stopWorker', { versionId: id });
      if (!(await until(() => seen.has('stopped')))) throw new Error('the service worker did not stop');
    },
    running: () => until(() => status() === 'running'),
    detach: () => cdp.detach(),
  };
}

/** Resolves with `promise`, or rejects after `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function firstHighlight(ext: ExtensionBrowser, base: string, cold: boolean): Promise<number> {
  const page = await ext.context.newPage();
  await page.goto(`${base}field.html`);
  // A string, not a function: the page runs it as written (no bundler helpers around named functions).
  // Wall-clock time, to compare with the moment the DevTools protocol reports the underline.
  await page.evaluate(`
    window.lastKey = 0;
    document.addEventListener('keydown', () => { window.lastKey = performance.timeOrigin + performance.now(); }, true);
  `);
  const worker = await serviceWorkerOf(ext, page);
  // The underline is in a closed shadow root the page cannot see: watched through the protocol.
  const cdp = await ext.context.newCDPSession(page);
  const watch = await watchFirstUnderline(cdp);
  await page.click('#editor');
  // The page side loads and attaches to the field (and, in this build, greets the background).
  await idle(page);
  await sleep(page, 1500);
  if (cold) await worker.stop();
  await page.keyboard.type('Sorry about the numbers. I am such an idiot', { delay: 45 });
  const drawnAt = await within(watch.first, 15_000, 'first underline');
  const lastKey = (await page.evaluate('window.lastKey')) as number;
  if (cold && !(await worker.running())) throw new Error('the service worker did not start again');
  await worker.detach();
  await watch.stop();
  await cdp.detach();
  await page.close();
  return drawnAt - lastKey;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: the task's duration less the time its thread was not running. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; url?: string } };
}

async function trace(page: Page, context: BrowserContext, action: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', '__metadata'] },
  });
  await action();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

interface Keystrokes {
  /** Main-thread task time (ms) from one keydown to the next, per keystroke. */
  tasks: number[];
  /** The same in thread (CPU) time: on a machine shared with other work, the steadier figure. */
  tasksCpu: number[];
  /** Of which JavaScript run from extension scripts. */
  extensionJs: number[];
}

function perKeystroke(events: TraceEvent[]): Keystrokes {
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (keydowns.length === 0) throw new Error('no keystrokes in the trace');
  const { pid, tid } = keydowns[0] as TraceEvent;
  const onMain = (e: TraceEvent) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number';
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask');
  const ours = events.filter(
    (e) =>
      onMain(e) &&
      (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') &&
      (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
  );
  const starts = keydowns
    .filter((e) => e.pid === pid && e.tid === tid)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const within = (list: TraceEvent[], from: number, to: number, cpu = false) => {
    let sum = 0;
    for (const t of list) {
      const dur = t.dur as number;
      const a = Math.max(t.ts, from);
      const b = Math.min(t.ts + dur, to);
      // A task that straddles a boundary counts in proportion.
      if (b > a) sum += cpu ? ((b - a) / Math.max(dur, 1)) * (t.tdur ?? dur) : b - a;
    }
    return sum / 1000;
  };
  const out: Keystrokes = { tasks: [], tasksCpu: [], extensionJs: [] };
  for (let i = 0; i < starts.length; i++) {
    // The keystroke's own task starts a little before its keydown is dispatched.
    const from = (starts[i] as number) - 2000;
    const to = i + 1 < starts.length ? (starts[i + 1] as number) - 2000 : (starts[i] as number) + 1_000_000;
    out.tasks.push(within(tasks, from, to));
    out.tasksCpu.push(within(tasks, from, to, true));
    out.extensionJs.push(within(ours, from, to));
  }
  return out;
}

/** 200 characters, typed sentence by sentence with a pause after each. */
const TYPED = [
  'One more thing about the launch plan. ',
  'Quick update on the numbers. ',
  'I missed a row in the totals again. ',
  "Honestly, I'm such an idiot about this. ",
  'The fixed sheet is attached. ',
  'I will double check it next time. ',
]
  .join('')
  .slice(0, 200)
  .split(/(?<=\. )/);

async function typingCost(context: BrowserContext, base: string, words: Size, settleMs: number): Promise<Keystrokes> {
  const page = await context.newPage();
  await page.goto(`${base}compose-${words}.html`);
  await page.click('#end');
  await page.keyboard.press('Control+End');
  // An extension loads on this focus and scans the body once; typing starts after that, as it
  // would for a writer who reads before adding a line.
  await idle(page);
  await sleep(page, settleMs);
  await idle(page);
  const events = await trace(page, context, async () => {
    for (const sentence of TYPED) {
      await page.keyboard.type(sentence, { delay: 35 });
      // A writer's pause at the end of a sentence: long enough for a scan to run.
      await sleep(page, 450);
    }
  });
  await page.close();
  return perKeystroke(events);
}

/** JS heap of the page's renderer (bytes) once the compose body is focused and scanned, after GC. */
async function pageHeap(context: BrowserContext, base: string, settleMs: number): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${base}compose-2000.html`);
  // Scrolled into view and focused (the end of a long body is below the fold).
  await page.click('#end');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' I am such an idiot.', { delay: 20 });
  await idle(page);
  await sleep(page, settleMs);
  await idle(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  await page.close();
  return usedSize;
}

/** Script execution, in the trace: on these bench pages (which run no script) it can only be ours. */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'v8.callFunction',
  'v8.runMicrotasks',
  'RunMicrotasks',
  'v8.evaluateModule',
  'EvaluateScript',
  'V8.Execute',
  'TimerFire',
  'FireAnimationFrame',
]);

interface LongTasks {
  /** Tasks over 50 ms that would not be without the extension's script (and the layout it forced). */
  ours: number;
  /** All tasks over 50 ms on the page's main thread (the browser's own spellchecker included). */
  all: number;
  maxOursMs: number;
}

function longTasksIn(events: TraceEvent[]): LongTasks {
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The renderer that ran the page: the one whose main thread dispatched the click.
  const main = threads.find((t) => events.some((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'EventDispatch'));
  if (!main) throw new Error('no page main thread in the trace');
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
  const long = on.filter((e) => e.name === 'RunTask' && (e.dur as number) > 50_000);
  let ours = 0;
  let maxOursMs = 0;
  for (const t of long) {
    const end = t.ts + (t.dur as number);
    // Script time inside the task: the union of its script events' intervals.
    const spans = on
      .filter((e) => e !== t && e.ts >= t.ts && e.ts < end && SCRIPT_EVENTS.has(e.name))
      .map((e) => [e.ts, Math.min(end, e.ts + (e.dur as number))] as const)
      .sort((a, b) => a[0] - b[0]);
    let script = 0;
    let reach = -Infinity;
    for (const [a, b] of spans) {
      if (b <= reach) continue;
      script += b - Math.max(a, reach);
      reach = b;
    }
    // Ours when it is our script that pushes the task past 50 ms; a click the browser itself takes
    // 60 ms to handle is not made ours by a listener that runs for a tenth of a millisecond in it.
    if (script > 0 && (t.dur as number) - script <= 50_000) {
      ours++;
      maxOursMs = Math.max(maxOursMs, (t.dur as number) / 1000);
    }
  }
  return { ours, all: long.length, maxOursMs };
}

const BIG_LINES = [
  'The migration finished overnight without any errors.',
  'I screwed up the numbers in the third tab, I am such an idiot.',
  'Could you share the slides once they are ready?',
  'It has to be perfect before I send it.',
];

/**
 * Long tasks on a page with a 1 MB textarea. With the extension: first a small field is focused
 * (its page side loads: reported apart), then the megabyte is focused and scanned.
 */
async function longTasks1mb(
  context: BrowserContext,
  base: string,
  withExtension: boolean,
): Promise<{ load: LongTasks | null; scan: LongTasks }> {
  const page = await context.newPage();
  await page.goto(`${base}big.html`);
  let load: LongTasks | null = null;
  if (withExtension) {
    const cdp = await context.newCDPSession(page);
    const watch = await watchFirstUnderline(cdp);
    load = longTasksIn(
      await trace(page, context, async () => {
        await clickOn(page, '#small');
        await page.keyboard.press('End');
        await page.keyboard.type(' I am such an idiot.');
        await within(watch.first, 15_000, 'underline in the small field');
        await idle(page);
        await sleep(page, 1500);
      }),
    );
    await watch.stop();
    await cdp.detach();
  }
  // The page fills the megabyte itself (its own cost, before we measure).
  await page.evaluate((lines) => {
    let s = '';
    let i = 0;
    while (s.length < 1_000_000) {
      s += `${lines[i % lines.length]}${i % 3 === 2 ? '\n' : ' '}`;
      i++;
    }
    (document.getElementById('big') as HTMLTextAreaElement).value = s;
  }, BIG_LINES);
  await idle(page);
  await sleep(page, 1000);
  const scan = longTasksIn(
    await trace(page, context, async () => {
      await clickOn(page, '#big');
      // Scanned and drawn well within this; the browser's spellchecker also works through the text.
      await sleep(page, 5000);
    }),
  );
  await page.close();
  return { load, scan };
}

// ───────────────────────────── run ─────────────────────────────

async function launchPlain(profile: string, extensionDir?: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromeExecutable(),
    headless: true,
    ...(extensionDir ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
    ],
  });
}

interface Build {
  name: string;
  dist: string;
  ext: ExtensionBrowser;
  loads: string[];
}

interface Typing {
  tasks: number[];
  tasksCpu: number[];
  extensionJs: number[];
}

async function main(): Promise<void> {
  ensureExtensionBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'mastery-bench-'));
  writePages(dir);
  const peerDir = join(dir, 'peer-extension');
  writePeer(peerDir);
  const server = await serveDirectory(dir);
  const base = server.url;
  const profiles: string[] = [];
  const profile = () => {
    const p = mkdtempSync(join(tmpdir(), 'mastery-bench-profile-'));
    profiles.push(p);
    return p;
  };
  const builds: Build[] = [];
  let plain: BrowserContext | null = null;
  let peer: BrowserContext | null = null;
  try {
    for (const [name, dist] of [['this', DIST_DIR], ...(compareDir ? [['compare', resolve(compareDir)]] : [])] as const) {
      const ext = await launchWithExtension({ distDir: dist });
      builds.push({ name, dist, ext, loads: watchLazyLoads(ext.context, lazyFiles(dist)) });
    }
    plain = await launchPlain(profile());
    peer = await launchPlain(profile(), peerDir);

    const results: Record<string, Record<string, number | boolean>> = {};
    for (const b of builds) results[b.name] = {};
    for (const b of typingOnly ? [] : builds) {
      const r = results[b.name] as Record<string, number | boolean>;
      r.content_entry_gzip_kb = round(entrySize(b.dist));
      r.nlp_loaded_on_fieldless_page = await fieldlessLoads(b.ext.context, base, b.loads);
      const warm: number[] = [];
      const cold: number[] = [];
      for (let i = 0; i < 5; i++) {
        warm.push(await firstHighlight(b.ext, base, false));
        cold.push(await firstHighlight(b.ext, base, true));
      }
      r.first_highlight_ms = round(median(warm), 1);
      r.first_highlight_cold_ms = round(median(cold), 1);
      log(
        `[${b.name}] entry ${r.content_entry_gzip_kb} KB; first underline warm ${warm.map(Math.round).join(', ')} ms, cold ${cold.map(Math.round).join(', ')} ms`,
      );
      const big = await longTasks1mb(b.ext.context, base, true);
      r.long_tasks_1mb_textarea = big.scan.ours;
      r.long_tasks_1mb_textarea_page_total = big.scan.all;
      r.long_tasks_engine_load = big.load?.ours ?? 0;
      r.engine_load_longest_task_ms = round(big.load?.maxOursMs ?? 0, 0);
      log(
        `[${b.name}] 1 MB textarea: ${big.scan.ours} long tasks of ours (of ${big.scan.all}); first focus: ${r.long_tasks_engine_load} (max ${r.engine_load_longest_task_ms} ms)`,
      );
    }
    const bigPlain = typingOnly ? null : await longTasks1mb(plain, base, false);
    if (bigPlain) log(`without any extension, 1 MB textarea: ${bigPlain.scan.all} long tasks (the browser's own spellchecker)`);

    // Heap: alternate with and without, three times each.
    const heaps: Record<string, number[]> = { none: [] };
    for (let i = 0; i < (typingOnly ? 0 : 3); i++) {
      heaps.none?.push(await pageHeap(plain, base, 500));
      for (const b of builds) {
        const list = heaps[b.name] ?? [];
        list.push(await pageHeap(b.ext.context, base, 2500));
        heaps[b.name] = list;
      }
    }
    for (const b of typingOnly ? [] : builds) {
      const r = results[b.name] as Record<string, number | boolean>;
      r.page_heap_added_mb = round((median(heaps[b.name] ?? []) - median(heaps.none ?? [])) / (1024 * 1024));
      log(
        `[${b.name}] page heap ${(median(heaps[b.name] ?? []) / 1048576).toFixed(2)} MB vs ${(median(heaps.none ?? []) / 1048576).toFixed(2)} MB without`,
      );
    }

    // Typing: every configuration, every size, alternated round by round so drift hits all alike.
    const configs: Array<{ name: string; context: BrowserContext; settle: number }> = [
      { name: 'none', context: plain, settle: 500 },
      { name: 'peer', context: peer, settle: 500 },
      ...builds.map((b) => ({ name: b.name, context: b.ext.context, settle: 2000 })),
    ];
    const typing = new Map<string, Typing>();
    for (let r = 0; r < ROUNDS; r++) {
      for (const words of SIZES) {
        for (const c of configs) {
          const k = await typingCost(c.context, base, words, c.settle);
          const key = `${c.name}@${words}`;
          const t = typing.get(key) ?? { tasks: [], tasksCpu: [], extensionJs: [] };
          t.tasks.push(...k.tasks);
          t.tasksCpu.push(...k.tasksCpu);
          t.extensionJs.push(...k.extensionJs);
          typing.set(key, t);
        }
      }
      log(`typing round ${r + 1}/${ROUNDS} done`);
    }
    const added = (name: string, words: Size) => {
      const w = typing.get(`${name}@${words}`);
      const n = typing.get(`none@${words}`);
      if (!w || !n)
        return { mean: Number.NaN, p95: Number.NaN, cpu: Number.NaN, cpuP95: Number.NaN, js: Number.NaN, jsP95: Number.NaN, n: 0 };
      return {
        mean: round(mean(w.tasks) - mean(n.tasks), 3),
        p95: round(percentile(w.tasks, 95) - percentile(n.tasks, 95), 3),
        cpu: round(mean(w.tasksCpu) - mean(n.tasksCpu), 3),
        cpuP95: round(percentile(w.tasksCpu, 95) - percentile(n.tasksCpu, 95), 3),
        js: round(mean(w.extensionJs), 3),
        jsP95: round(percentile(w.extensionJs, 95), 3),
        n: w.tasks.length,
      };
    };
    for (const name of ['peer', ...builds.map((b) => b.name)]) {
      const r = results[name] ?? {};
      results[name] = r;
      const at2000 = added(name, 2000);
      r.keystroke_added_ms_mean = at2000.mean;
      r.keystroke_added_ms_p95 = at2000.p95;
      r.keystroke_added_ms_mean_500 = added(name, 500).mean;
      r.keystroke_added_ms_mean_5000 = added(name, 5000).mean;
      r.keystroke_added_ms_p95_500 = added(name, 500).p95;
      r.keystroke_added_ms_p95_5000 = added(name, 5000).p95;
      r.keystroke_added_cpu_ms_mean = at2000.cpu;
      r.keystroke_added_cpu_ms_p95 = at2000.cpuP95;
      r.keystroke_added_cpu_ms_mean_500 = added(name, 500).cpu;
      r.keystroke_added_cpu_ms_mean_5000 = added(name, 5000).cpu;
      r.keystroke_extension_js_ms_mean = at2000.js;
      r.keystroke_extension_js_ms_p95 = at2000.jsP95;
      r.keystroke_extension_js_ms_mean_500 = added(name, 500).js;
      r.keystroke_extension_js_ms_mean_5000 = added(name, 5000).js;
      r.keystrokes_measured = at2000.n;
    }
    const none = typing.get('none@2000');
    const output = {
      ...results.this,
      peer: results.peer,
      ...(compareDir ? { compare: results.compare } : {}),
      without_extension: {
        keystroke_task_ms_mean: none ? round(mean(none.tasks), 3) : Number.NaN,
        keystroke_task_cpu_ms_mean: none ? round(mean(none.tasksCpu), 3) : Number.NaN,
        long_tasks_1mb_textarea_page_total: bigPlain?.scan.all ?? Number.NaN,
      },
    };
    if (json) process.stdout.write(`${JSON.stringify(output)}\n`);
    else {
      const rows: Record<string, Record<string, number | boolean | undefined>> = {};
      const names = ['this', 'peer', ...(compareDir ? ['compare'] : [])];
      const keys = [...new Set(names.flatMap((n) => Object.keys(results[n] ?? {})))];
      for (const k of keys) rows[k] = Object.fromEntries(names.map((n) => [n, results[n]?.[k]]));
      console.table(rows);
    }
  } finally {
    await plain?.close().catch(() => undefined);
    await peer?.close().catch(() => undefined);
    for (const b of builds) await b.ext.close().catch(() => undefined);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  }
}

await main();
