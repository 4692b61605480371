/**
 * The content script in a real, headless Chromium: what it costs pages and people who type.
 *   npm run --silent bench:browser            a readable table
 *   npm run --silent bench:browser -- --json  one JSON object
 *
 * - content_entry_gzip_kb: gzip size of the content script every page loads.
 * - nlp_loaded_on_fieldless_page: was the engine (parser, detector, card) loaded on a page where
 *   nobody can type, after clicks, keys and scrolling? Must be false.
 * - first_highlight_ms: from the last keystroke of a self-critical phrase typed into a freshly
 *   focused field (engine not loaded before the focus) to the underline being drawn, typing pause
 *   included. Median of 5 fresh pages.
 * - keystroke_added_ms_mean / _p95: 200 characters typed, with pauses after sentences, at the end of
 *   a 2,000-word Gmail-like compose body. Main-thread task time per keystroke (from a Chrome trace)
 *   with the extension, minus the same without it, in the same run.
 * - long_tasks_1mb_textarea: tasks over 50 ms that ran the extension's code (read from a trace) while
 *   a 1 MB textarea is focused, scanned and underlined, the engine already loaded by an earlier field.
 *   For context: the page's total long tasks then, the same without the extension (Chrome's own
 *   spellchecker works through a focused megabyte in ~50 ms idle tasks), and the engine's one-off load.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveDirectory } from '../../src/dev/static-server';
import { ENGINE_FILE } from '../../src/content/engine-file';
import { watchFirstUnderline } from '../e2e/content-helpers';
import { buildIsStale } from '../e2e/global-setup';
import { chromeExecutable, DIST_DIR, launchWithExtension, ROOT, type ExtensionBrowser } from '../e2e/helpers';
import { makeProse } from './prose';

const json = process.argv.includes('--json');
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

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ───────────────────────────── pages ─────────────────────────────

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
  const body = makeProse(2000, 7, 0)
    .split('\n\n')
    .map((p) => `<div>${escapeHtml(p)}</div><div><br></div>`)
    .join('');
  writeFileSync(
    join(dir, 'gmail.html'),
    `${head}<title>Compose</title><style>.Am{width:560px;height:400px;overflow:auto;padding:12px;font:14px Arial;border:1px solid #ccc}</style></head>` +
      `<body><div class="Am" role="textbox" aria-multiline="true" contenteditable="true">${body}<div id="end">Best,</div></div></body></html>`,
  );
  writeFileSync(
    join(dir, 'big.html'),
    `${head}<title>Big</title><style>textarea{display:block;width:40rem;height:12rem}</style></head>` +
      '<body><textarea id="small">Warming up.</textarea><textarea id="big"></textarea></body></html>',
  );
}

// ───────────────────────────── measurements ─────────────────────────────

function entrySize(): number {
  const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  const entry = manifest.content_scripts[0]?.js[0];
  if (!entry) throw new Error('no content script in the built manifest');
  return gzipSync(readFileSync(join(DIST_DIR, entry)), { level: 9 }).length / 1024;
}

/** Pages (by URL) whose frames requested the engine. */
function watchEngineLoads(context: BrowserContext): string[] {
  const loads: string[] = [];
  context.on('request', (r) => {
    if (!r.url().endsWith(`/${ENGINE_FILE}`)) return;
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

async function fieldlessLoadsEngine(ext: ExtensionBrowser, base: string, loads: string[]): Promise<boolean> {
  const page = await ext.context.newPage();
  const url = `${base}nofield.html`;
  await page.goto(url);
  await page.click('h1');
  await page.click('button');
  await page.keyboard.press('Tab');
  await page.keyboard.type('hello');
  await page.mouse.wheel(0, 300);
  await idle(page);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  await idle(page);
  await page.close();
  return loads.includes(url);
}

/** Resolves with `promise`, or rejects after `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function firstHighlight(ext: ExtensionBrowser, base: string): Promise<number> {
  const page = await ext.context.newPage();
  await page.goto(`${base}field.html`);
  // A string, not a function: the page runs it as written (no bundler helpers around named functions).
  // Wall-clock time, to compare with the moment the DevTools protocol reports the underline.
  await page.evaluate(`
    window.lastKey = 0;
    document.addEventListener('keydown', () => { window.lastKey = performance.timeOrigin + performance.now(); }, true);
  `);
  // The underline is in a closed shadow root the page cannot see: watched through the protocol.
  const cdp = await ext.context.newCDPSession(page);
  const watch = await watchFirstUnderline(cdp);
  await page.click('#editor');
  await page.keyboard.type('Sorry about the numbers. I am such an idiot', { delay: 45 });
  const drawnAt = await within(watch.first, 15_000, 'first underline');
  const lastKey = (await page.evaluate('window.lastKey')) as number;
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
  /** Of which JavaScript run from the extension's own scripts. */
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
  const within = (list: TraceEvent[], from: number, to: number) => {
    let sum = 0;
    for (const t of list) {
      const a = Math.max(t.ts, from);
      const b = Math.min(t.ts + (t.dur as number), to);
      if (b > a) sum += b - a;
    }
    return sum / 1000;
  };
  const out: Keystrokes = { tasks: [], extensionJs: [] };
  for (let i = 0; i < starts.length; i++) {
    // The keystroke's own task starts a little before its keydown is dispatched.
    const from = (starts[i] as number) - 2000;
    const to = i + 1 < starts.length ? (starts[i + 1] as number) - 2000 : (starts[i] as number) + 1_000_000;
    out.tasks.push(within(tasks, from, to));
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

async function typingCost(context: BrowserContext, base: string, withExtension: boolean): Promise<Keystrokes> {
  const page = await context.newPage();
  await page.goto(`${base}gmail.html`);
  await page.click('#end');
  await page.keyboard.press('Control+End');
  // With the extension, the engine loads on this focus and scans the body once; typing starts
  // after that, as it would for a writer who reads before adding a line.
  await idle(page);
  await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), withExtension ? 2000 : 500);
  await idle(page);
  const events = await trace(page, context, async () => {
    for (const sentence of TYPED) {
      await page.keyboard.type(sentence, { delay: 35 });
      // A writer's pause at the end of a sentence: long enough for a scan to run.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 450)));
    }
  });
  await page.close();
  return perKeystroke(events);
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
 * (the engine loads: reported apart), then the megabyte is focused and scanned.
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
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
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
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  const scan = longTasksIn(
    await trace(page, context, async () => {
      await clickOn(page, '#big');
      // Scanned and drawn well within this; the browser's spellchecker also works through the text.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 5000)));
    }),
  );
  await page.close();
  return { load, scan };
}

// ───────────────────────────── run ─────────────────────────────

/** Build dist/ when it is older than its sources; the build's output goes to stderr, keeping --json clean. */
function ensureBuilt(): void {
  if (!buildIsStale()) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}

async function main(): Promise<void> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'mastery-bench-'));
  writePages(dir);
  const server = await serveDirectory(dir);
  const ext = await launchWithExtension();
  const loads = watchEngineLoads(ext.context);
  const plainProfile = mkdtempSync(join(tmpdir(), 'mastery-bench-plain-'));
  let plain: BrowserContext | null = null;
  try {
    const content_entry_gzip_kb = round(entrySize());
    log(`content entry: ${content_entry_gzip_kb} KB gzip`);

    const nlp_loaded_on_fieldless_page = await fieldlessLoadsEngine(ext, server.url, loads);
    log(`engine loaded on a page with no field: ${nlp_loaded_on_fieldless_page}`);

    const firsts: number[] = [];
    for (let i = 0; i < 5; i++) firsts.push(await firstHighlight(ext, server.url));
    log(`first highlight: ${firsts.map((n) => Math.round(n)).join(', ')} ms`);

    plain = await chromium.launchPersistentContext(plainProfile, {
      executablePath: chromeExecutable(),
      headless: true,
      args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
    });
    const withExt: number[] = [];
    const without: number[] = [];
    const ownJs: number[] = [];
    // Alternate the two, four times, so drift on a busy machine hits both alike.
    for (let round_ = 0; round_ < 4; round_++) {
      const a = await typingCost(ext.context, server.url, true);
      withExt.push(...a.tasks);
      ownJs.push(...a.extensionJs);
      without.push(...(await typingCost(plain, server.url, false)).tasks);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    log(`typing: ${withExt.length} keystrokes with, ${without.length} without; mean ${round(mean(withExt))} vs ${round(mean(without))} ms`);

    const big = await longTasks1mb(ext.context, server.url, true);
    const bigPlain = await longTasks1mb(plain, server.url, false);
    log(
      `1 MB textarea: ${big.scan.ours} long tasks of ours while scanned (max ${round(big.scan.maxOursMs)} ms); ` +
        `${big.scan.all} on the page in all, ${bigPlain.scan.all} without the extension (the browser's spellchecker); ` +
        `engine load: ${big.load?.ours ?? 0} (max ${round(big.load?.maxOursMs ?? 0)} ms)`,
    );

    const result = {
      content_entry_gzip_kb,
      nlp_loaded_on_fieldless_page,
      first_highlight_ms: round(median(firsts), 1),
      keystroke_added_ms_mean: round(mean(withExt) - mean(without), 3),
      keystroke_added_ms_p95: round(percentile(withExt, 95) - percentile(without, 95), 3),
      long_tasks_1mb_textarea: big.scan.ours,
      long_tasks_1mb_textarea_page_total: big.scan.all,
      long_tasks_1mb_textarea_without_extension: bigPlain.scan.all,
      long_tasks_engine_load: big.load?.ours ?? 0,
      engine_load_longest_task_ms: round(big.load?.maxOursMs ?? 0, 0),
      keystroke_extension_js_ms_mean: round(mean(ownJs), 3),
      keystroke_extension_js_ms_p95: round(percentile(ownJs, 95), 3),
      keystrokes_measured: withExt.length,
    };
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else console.table(result);
  } finally {
    await plain?.close().catch(() => undefined);
    await ext.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(plainProfile, { recursive: true, force: true });
  }
}

await main();
