/**
 * Seeing what the content script drew, from outside the page, without any test hook in the build.
 *
 * Mastery's underlines and card live in closed shadow roots on anonymous hosts: the page's own
 * scripts cannot see them (test/e2e/page-privacy.e2e.test.ts proves it). The DevTools protocol
 * (DOM.getDocument with pierce) sees through them, as DevTools does, and gives each element's box on
 * screen; the page's own layout says which of its text lies under each underline.
 */
import type { CDPSession, Frame, Page, Worker } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  childNodeCount?: number;
  frameId?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  contentDocument?: DomNode;
}

export interface FlatNode {
  backendNodeId: number;
  nodeName: string;
  attrs: Record<string, string>;
  /** Text of the subtree, shadow roots included. */
  text: string;
  /** Names of the ancestors, outermost first (shadow roots appear as #document-fragment). */
  path: string[];
  /** Inside a closed shadow root: where Mastery draws (pages in these tests make none). */
  closed: boolean;
  node: DomNode;
}

function attrsOf(node: DomNode): Record<string, string> {
  const out: Record<string, string> = {};
  const a = node.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i] as string] = a[i + 1] as string;
  return out;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  let s = '';
  for (const c of node.shadowRoots ?? []) s += textOf(c);
  for (const c of node.children ?? []) s += textOf(c);
  return s;
}

/**
 * Every element of the page, through closed shadow roots (not into iframes). With `within`, only the
 * subtrees of the elements that selector matches in the document: on a page of 50,000 nodes, reading
 * the whole tree holds the page's main thread for a second each time.
 */
export async function flatten(cdp: CDPSession, within?: string): Promise<FlatNode[]> {
  const out: FlatNode[] = [];
  const visit = (node: DomNode, path: string[], closed: boolean) => {
    if (node.nodeType === 1) {
      const { backendNodeId, nodeName } = node;
      out.push({ backendNodeId, nodeName, attrs: attrsOf(node), text: textOf(node), path, closed, node });
    }
    const next = node.nodeType === 1 || node.nodeType === 11 ? [...path, node.nodeName] : path;
    for (const c of node.shadowRoots ?? []) visit(c, next, closed || c.shadowRootType === 'closed');
    for (const c of node.children ?? []) visit(c, next, closed);
  };
  if (within === undefined) {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    visit(root, [], false);
    return out;
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as unknown as { root: DomNode };
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: within });
  for (const nodeId of nodeIds) {
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as unknown as { node: DomNode };
    visit(node, ['#document'], false);
  }
  return out;
}

export async function boxOf(cdp: CDPSession, backendNodeId: number): Promise<Box | null> {
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
    const q = model.border;
    const xs = [q[0], q[2], q[4], q[6]] as number[];
    const ys = [q[1], q[3], q[5], q[7]] as number[];
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
  } catch {
    return null;
  }
}

export interface Underline {
  /** The page's own text under the underline, as its layout places it (whitespace collapsed). */
  text: string;
  /** The underline on screen, in the top page's viewport. */
  box: Box;
  severity: string;
  palette: 'light' | 'dark';
}

/**
 * The closed shadow roots of Mastery's layers (the ones that draw underlines) in one frame's
 * document, read through the DevTools protocol. With `within`, only under the top document's
 * elements that selector matches (see flatten()).
 */
async function layerRoots(cdp: CDPSession, frameId: string, mainFrameId: string, within?: string): Promise<number[]> {
  const found: number[] = [];
  const visit = (node: DomNode, frame: string) => {
    for (const r of node.shadowRoots ?? []) {
      if (frame === frameId && r.shadowRootType === 'closed' && (r.children ?? []).some((c) => attrsOf(c).class === 'clip'))
        found.push(r.backendNodeId);
      visit(r, frame);
    }
    for (const c of node.children ?? []) visit(c, frame);
    if (node.contentDocument) visit(node.contentDocument, node.frameId ?? '');
  };
  if (within === undefined) {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    visit(root, mainFrameId);
  } else {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as unknown as { root: DomNode };
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: within });
    for (const nodeId of nodeIds) {
      // A page that rebuilds its DOM may drop an element between the query and this read: skip it.
      const described = await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true }).catch(() => null);
      if (described) visit((described as unknown as { node: DomNode }).node, mainFrameId);
    }
  }
  return found;
}

/**
 * Each underline Mastery drew in `target` (a page, or one of its iframes), with the text under it.
 *
 * The underlines are found through the DevTools protocol, which sees into closed shadow roots; a
 * world of the test's own in the frame (the page's DOM, the browser's own built-ins, nothing left
 * in the page's world) then measures them and the page's text: every character of every field
 * (editing hosts, textareas and text inputs, in open shadow roots too), a textarea's or an input's
 * through a copy laid out the same way. A character is under an underline when its middle is
 * within the underline's width and the underline sits at its foot. An underline drawn over
 * nothing, or over the wrong words, shows as such.
 *
 * Boxes are in the top page's viewport. With `{ text: false }` only the boxes are read, and nothing
 * at all is added to the page (a test that watches the page's DOM wants that). On a page of tens of thousands of nodes, pass `within` (a
 * selector for the elements Mastery's layers are on): reading the whole tree holds the page's main
 * thread for a second each time.
 */
export async function underlines(
  target: Page | Frame,
  cdp: CDPSession,
  within?: string,
  options: { text: boolean } = { text: true },
): Promise<Underline[]> {
  const { frameId, mainFrameId } = await frameIdOf(target, cdp);
  const roots = await layerRoots(cdp, frameId, mainFrameId, within);
  if (roots.length === 0) return [];
  const found: Array<{ box: Box; cls: string; text: string }> = [];
  for (const backendNodeId of roots)
    found.push(...(await inIsolatedWorld<typeof found>(cdp, frameId, backendNodeId, READ_LAYER, options.text)));
  let offset = { x: 0, y: 0 };
  const frameElement = frameId === mainFrameId ? null : await (target as Frame).frameElement();
  if (frameElement) {
    offset = await frameElement.evaluate((node) => {
      const el = node as Element;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return { x: r.left + el.clientLeft + parseFloat(cs.paddingLeft), y: r.top + el.clientTop + parseFloat(cs.paddingTop) };
    });
  }
  return found.map((f) => {
    const [, severity = '', palette] = f.cls.split(/\s+/);
    return {
      text: f.text,
      box: { ...f.box, x: f.box.x + offset.x, y: f.box.y + offset.y },
      severity,
      palette: palette === 'dark' ? 'dark' : 'light',
    };
  });
}

/** The words under each of Mastery's underlines in `target` (a page or one of its frames), read through a DevTools session of its own. */
export async function underlinedWords(target: Page | Frame): Promise<string[]> {
  const page = 'mainFrame' in target ? target : target.page();
  const cdp = await page.context().newCDPSession(page);
  try {
    return (await underlines(target, cdp)).map((u) => u.text);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface CardView {
  text: string;
  /** The text of each piece of the card: heading, phrase, story, each other way to tell it, buttons. */
  pieces: string[];
  rewrite: string | null;
  buttons: Map<string, { x: number; y: number }>;
}

/** The open card, read through its closed shadow root, or null. */
export async function readCard(cdp: CDPSession): Promise<CardView | null> {
  const nodes = await flatten(cdp, 'html > div');
  const dialog = nodes.find((n) => n.closed && n.attrs.role === 'dialog');
  if (!dialog) return null;
  const inside = nodes.filter((n) => n.closed);
  // The card's words are generated content, not text nodes: read them as assistive technology does.
  const words = async (backendNodeId: number): Promise<string[]> => {
    const { nodes: found } = (await cdp.send('Accessibility.queryAXTree', { backendNodeId, role: 'StaticText' })) as unknown as {
      nodes: Array<{ name?: { value?: string } }>;
    };
    return found.map((n) => (n.name?.value ?? '').trim()).filter((t) => t !== '');
  };
  const pieces = await words(dialog.backendNodeId);
  const quote = inside.find((n) => n.nodeName === 'BLOCKQUOTE');
  const rewrite = quote ? (await words(quote.backendNodeId)).join(' ').replace(/^\u201C|\u201D$/g, '') : null;
  const buttons = new Map<string, { x: number; y: number }>();
  for (const b of inside.filter((n) => n.nodeName === 'BUTTON')) {
    const box = await boxOf(cdp, b.backendNodeId);
    const label = b.attrs['aria-label'] ?? (await words(b.backendNodeId)).join(' ');
    if (box) buttons.set(label, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  return { text: pieces.join(' '), pieces, rewrite, buttons };
}

/** Records every message content scripts send to the service worker (badge counts, journal events). */
export async function recordMessages(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    interface Api {
      runtime: { onMessage: { addListener(fn: (m: unknown, s: { frameId?: number; tab?: { id?: number } }) => undefined): void } };
    }
    const g = globalThis as unknown as { __masteryMessages?: unknown[]; chrome: Api };
    if (g.__masteryMessages) return;
    g.__masteryMessages = [];
    g.chrome.runtime.onMessage.addListener((m, sender) => {
      g.__masteryMessages?.push({ message: m, frameId: sender.frameId, tabId: sender.tab?.id });
      return undefined;
    });
  });
}

export interface Recorded {
  message: { type: string; count?: number; counter?: string };
  frameId: number;
  tabId: number;
}

export function recordedMessages(serviceWorker: Worker): Promise<Recorded[]> {
  return serviceWorker.evaluate(() => (globalThis as unknown as { __masteryMessages?: unknown[] }).__masteryMessages ?? []) as Promise<
    Recorded[]
  >;
}

/** The DevTools protocol's ids for `target` (the page's main frame, or one of its child frames) and the main frame. */
async function frameIdOf(target: Page | Frame, cdp: CDPSession): Promise<{ frameId: string; mainFrameId: string }> {
  const top = !('parentFrame' in target) || target.parentFrame() === null;
  // A page's main frame keeps its id for the page's life: asked once (one round trip less per call
  // on a page so busy that each one waits).
  let mainFrameId = mainFrames.get(cdp);
  if (mainFrameId !== undefined && top) return { frameId: mainFrameId, mainFrameId };
  const { frameTree } = await cdp.send('Page.getFrameTree');
  mainFrameId = frameTree.frame.id;
  mainFrames.set(cdp, mainFrameId);
  if (top) return { frameId: mainFrameId, mainFrameId };
  // A frame written with document.open() takes its parent's address in the protocol, not in
  // Playwright: find it by where its element is.
  const own = await (target as Frame).frameElement().then((el) => el.boundingBox());
  for (const child of frameTree.childFrames ?? []) {
    const { backendNodeId } = await cdp.send('DOM.getFrameOwner', { frameId: child.frame.id });
    const box = await boxOf(cdp, backendNodeId);
    if (own && box && Math.abs(box.x - own.x) < 1 && Math.abs(box.y - own.y) < 1) return { frameId: child.frame.id, mainFrameId };
  }
  throw new Error(`no frame ${target.url()} in the page`);
}
const mainFrames = new WeakMap<CDPSession, string>();

/** The test's own world in each frame, made once per protocol session and frame. */
const worlds = new WeakMap<CDPSession, Map<string, number>>();

/**
 * Runs `fn` with `this` bound to a node (by its backend id) in a world of the test's own in the
 * frame: the page's DOM, the browser's own built-ins (a hostile page may have broken its own), and
 * no global left in the page's world. A closed shadow root, reached this way, can be read.
 */
async function inIsolatedWorld<R>(
  cdp: CDPSession,
  frameId: string,
  backendNodeId: number,
  fn: string,
  arg: unknown,
  retried = false,
): Promise<R> {
  let byFrame = worlds.get(cdp);
  if (!byFrame) {
    byFrame = new Map();
    worlds.set(cdp, byFrame);
  }
  let contextId = byFrame.get(frameId);
  if (contextId === undefined) {
    contextId = (await cdp.send('Page.createIsolatedWorld', { frameId, worldName: 'underline-probe' })).executionContextId;
    byFrame.set(frameId, contextId);
  }
  try {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId: contextId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId as string,
      functionDeclaration: fn,
      arguments: [{ value: arg }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
  } catch (error) {
    // The frame navigated and its world went with it: make another, once.
    if (retried || String(error).startsWith('Error: in the page')) throw error;
    byFrame.delete(frameId);
    return inIsolatedWorld(cdp, frameId, backendNodeId, fn, arg, true);
  }
}

/**
 * Runs with `this` a layer's shadow root: each drawn underline's box and class, and the text under it
 * (measuring a textarea's text puts a copy of it in the page for a moment; without text, nothing is
 * added to the page).
 */
const READ_LAYER_SOURCE = `function (withText) {
  const marks = Array.from(this.querySelectorAll('.mark'))
    .map((m) => ({ cls: m.getAttribute('class') || '', r: m.getBoundingClientRect() }))
    .filter((m) => m.r.width > 0);
  const boxes = marks.map((m) => ({ x: m.r.x, y: m.r.y, width: m.r.width, height: m.r.height }));
  const texts = withText ? (TEXT_UNDER)(boxes) : boxes.map(() => '');
  return marks.map((m, i) => ({ box: boxes[i], cls: m.cls, text: texts[i] }));
}`;
const READ_LAYER = READ_LAYER_SOURCE.replace('TEXT_UNDER', () => textUnder.toString());

/**
 * Runs in the page: the text of its fields under each box (viewport coordinates). Written without
 * inner named functions, which a TypeScript runner would wrap in a helper the page does not have.
 */
function textUnder(boxes: Box[]): string[] {
  const chars: Array<{ ch: string; left: number; right: number; top: number; bottom: number }> = [];
  const fields: Element[] = [];
  const roots: Array<Document | ShadowRoot> = [document];
  for (let root = roots.pop(); root; root = roots.pop()) {
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const el of Array.from(root.querySelectorAll('textarea, input, [contenteditable]'))) {
      const plain = el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && /^(text|search|)$/.test(el.type));
      const rich = el instanceof HTMLElement && el.isContentEditable && !el.parentElement?.isContentEditable;
      if (plain || rich) fields.push(el);
    }
  }
  if (document.designMode === 'on' && document.body) fields.push(document.body);

  // Text nodes to measure, and where their layout shows on screen: x' = x0 + (x - from x) * scale
  // (a copy is laid out unscaled, where its field may be under a transform).
  const texts: Array<{ node: Text; x0: number; y0: number; fx: number; fy: number; sx: number; sy: number }> = [];
  // Copies of textareas and inputs go in a closed shadow root, out of reach of the page's CSS (a
  // hostile page gives every element a ::before), on a holder fixed at the viewport's corner.
  const holder = document.createElement('div');
  for (const [p, v] of [
    ['all', 'initial'],
    ['display', 'block'],
    ['position', 'fixed'],
    ['left', '0'],
    ['top', '0'],
  ])
    holder.style.setProperty(p as string, v as string, 'important');
  const inside = holder.attachShadow({ mode: 'closed' });
  document.documentElement.append(holder);
  for (const field of fields) {
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
      // A copy of the field laid out as the field lays out its value, measured, then removed.
      const cs = getComputedStyle(field);
      const copy = document.createElement('div');
      // Copied as important: a page's `* { all: unset !important }` must not reach the copy.
      const single = field instanceof HTMLInputElement;
      const padX = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
      const padY = parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom);
      const copied =
        /^(font|letter|word|text-(indent|transform|rendering)|tab-size|direction|padding|border-.*width|overflow-wrap|word-break|hyphens)/;
      const props: Array<[string, string]> = Array.from(cs)
        .filter((p) => copied.test(p))
        .map((p) => [p, cs.getPropertyValue(p)]);
      props.unshift(['all', 'initial']);
      props.push(
        ['display', 'block'],
        ['position', 'fixed'],
        ['left', '0'],
        ['top', '0'],
        ['visibility', 'hidden'],
        ['box-sizing', 'content-box'],
        ['width', `${field.clientWidth - padX}px`],
        ['height', 'auto'],
        ['white-space', single ? 'pre' : 'pre-wrap'],
        ['line-height', single ? `${field.clientHeight - padY}px` : cs.lineHeight],
        ['border-style', 'solid'],
        ['border-color', 'transparent'],
        ['margin', '0'],
      );
      for (const [p, v] of props) copy.style.setProperty(p, v, 'important');
      copy.textContent = field.value;
      inside.append(copy);
      const fr = field.getBoundingClientRect();
      const cr = copy.getBoundingClientRect();
      const text = copy.firstChild;
      const sx = field.offsetWidth > 0 ? fr.width / field.offsetWidth : 1;
      const sy = field.offsetHeight > 0 ? fr.height / field.offsetHeight : 1;
      const fx = cr.left + field.scrollLeft;
      const fy = cr.top + field.scrollTop;
      if (text instanceof Text) texts.push({ node: text, x0: fr.left, y0: fr.top, fx, fy, sx, sy });
      continue;
    }
    const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push({ node: n as Text, x0: 0, y0: 0, fx: 0, fy: 0, sx: 1, sy: 1 });
  }
  const range = document.createRange();
  for (const t of texts) {
    for (let i = 0; i < t.node.length; i++) {
      range.setStart(t.node, i);
      range.setEnd(t.node, i + 1);
      const r = range.getClientRects()[0];
      if (!r || r.width === 0) continue;
      chars.push({
        ch: t.node.data[i] as string,
        left: t.x0 + (r.left - t.fx) * t.sx,
        right: t.x0 + (r.right - t.fx) * t.sx,
        top: t.y0 + (r.top - t.fy) * t.sy,
        bottom: t.y0 + (r.bottom - t.fy) * t.sy,
      });
    }
  }
  holder.remove();

  return boxes.map((b) => {
    const mid = b.y + b.height / 2;
    return chars
      .filter((c) => {
        const centre = (c.left + c.right) / 2;
        return centre >= b.x - 1 && centre <= b.x + b.width + 1 && mid >= (c.top + c.bottom) / 2 && mid <= c.bottom + 5;
      })
      .map((c) => c.ch)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/** A point on the underlined words themselves (the underline sits at their foot), to hover or click. */
export function onText(u: Underline): { x: number; y: number } {
  return { x: u.box.x + Math.min(u.box.width / 2, 30), y: u.box.y - 5 };
}

/** Mastery's underline colours (src/content/paint.ts): teal, amber, violet; the lighter set on dark fields. */
export const INK = {
  light: ['#0f8f84', '#c27803', '#7c4ddb'],
  dark: ['#5eead4', '#fcd34d', '#c4b5fd'],
} as const;

/**
 * Pixels of a screenshot of `clip` close to one of `colours`: the underline is on screen, not only in
 * the DOM. Decoded in `decoder`, a blank page of the same browser.
 */
export async function inkIn(page: Page, decoder: Page, clip: Box, colours: readonly string[]): Promise<number> {
  const png = await page.screenshot({ clip, caret: 'initial', animations: 'disabled' });
  const ink = colours.map((c) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)));
  return decoder.evaluate(
    async ({ data, ink }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) return -1;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
        if (ink.some(([ir = 0, ig = 0, ib = 0]) => Math.abs(r - ir) + Math.abs(g - ig) + Math.abs(b - ib) < 90)) count++;
      }
      return count;
    },
    { data: png.toString('base64'), ink },
  );
}

/** Around an underline, with room for the words above it. */
export function around(box: Box): Box {
  return { x: Math.max(0, box.x - 2), y: Math.max(0, box.y - 12), width: box.width + 4, height: box.height + 16 };
}

/**
 * Is a card open in the page? Read through its closed shadow root. With `frames`, in any of the
 * page's same-process frames too (a field in a roomy frame gets its card there).
 */
export async function cardOpen(cdp: CDPSession, options: { frames: boolean } = { frames: false }): Promise<boolean> {
  return (await flatten(cdp, options.frames ? undefined : 'html > div')).some((n) => n.closed && n.attrs.role === 'dialog');
}

/** Does the page hold anything of Mastery's (a closed shadow root, in it or in its open ones)? */
export async function anythingDrawn(cdp: CDPSession): Promise<boolean> {
  return (await flatten(cdp)).some((n) => n.closed);
}

/**
 * When the first underline is drawn, as the DevTools protocol sees its element inserted (through
 * closed shadow roots): `Date.now()` at that moment. No polling, so the page is not slowed while it
 * is measured.
 */
export async function watchFirstUnderline(cdp: CDPSession): Promise<{ first: Promise<number>; stop(): Promise<void> }> {
  let resolve: (at: number) => void = () => undefined;
  const first = new Promise<number>((r) => {
    resolve = r;
  });
  const seen = (node: DomNode | undefined): boolean =>
    !!node && (/^mark /.test(attrsOf(node).class ?? '') || [...(node.shadowRoots ?? []), ...(node.children ?? [])].some(seen));
  /** Ask for the parts of a new subtree the protocol left out (a new host's shadow root comes empty). */
  const fetch = (node: DomNode) => {
    if ((node.childNodeCount ?? 0) > 0 && node.children === undefined)
      void cdp.send('DOM.requestChildNodes', { nodeId: node.nodeId, depth: -1, pierce: true }).catch(() => undefined);
    for (const c of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) fetch(c);
  };
  const check = (node: DomNode) => {
    if (seen(node)) resolve(Date.now());
    else fetch(node);
  };
  const inserted = (e: { node: DomNode }) => check(e.node);
  const set = (e: { nodes: DomNode[] }) => {
    for (const n of e.nodes) check(n);
  };
  const pushed = (e: { root: DomNode }) => check(e.root);
  // An element is often inserted first and given its class after.
  const changed = (e: { name: string; value: string }) => {
    if (e.name === 'class' && /^mark /.test(e.value)) resolve(Date.now());
  };
  cdp.on('DOM.childNodeInserted', inserted as never);
  cdp.on('DOM.setChildNodes', set as never);
  cdp.on('DOM.shadowRootPushed', pushed as never);
  cdp.on('DOM.attributeModified', changed as never);
  await cdp.send('DOM.enable');
  await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  return {
    first,
    async stop() {
      cdp.off('DOM.childNodeInserted', inserted as never);
      cdp.off('DOM.setChildNodes', set as never);
      cdp.off('DOM.shadowRootPushed', pushed as never);
      cdp.off('DOM.attributeModified', changed as never);
      await cdp.send('DOM.disable').catch(() => undefined);
    },
  };
}
