/**
 * Seeing what the content script drew, from outside the page, without any test hook in the build.
 *
 * - Rich editors: `CSS.highlights` is one registry per document, shared by the page's world and the
 *   extension's isolated world, so the page can list our highlights and their Ranges' text.
 * - Overlays and the card live in closed shadow roots; the DevTools protocol (DOM.getDocument with
 *   pierce) sees through them, as DevTools does, and gives each element's box on screen.
 * - Whether the engine module was loaded: its request, seen by the browser context.
 */
import type { CDPSession, Frame, Page, Worker } from 'playwright-core';

export interface Mark {
  text: string;
  name: string;
  rect: { x: number; y: number; width: number; height: number };
}

/** Our highlights in a frame's document (including ranges inside open shadow roots). */
export function highlightsIn(target: Page | Frame): Promise<Mark[]> {
  return target.evaluate(() => {
    const out: Array<{ text: string; name: string; rect: { x: number; y: number; width: number; height: number } }> = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('mastery-')) continue;
      for (const range of highlight) {
        if (!(range instanceof Range)) continue;
        const r = range.getBoundingClientRect();
        out.push({ text: range.toString(), name, rect: { x: r.x, y: r.y, width: r.width, height: r.height } });
      }
    }
    return out;
  });
}

export interface Underline {
  /** The underlined text, where the painter works on the text itself (rich fields); null for overlay marks. */
  text: string | null;
  /** Its box in the viewport of `target`'s frame. */
  rect: { x: number; y: number; width: number; height: number };
}

/**
 * Everything Mastery underlined in a frame, however it was painted: highlights over rich fields, and
 * the overlay's marks beside textareas (`cdp` must belong to the page of `target`; the overlay is
 * read in the top frame only). Tests that ask "what is underlined?" go through here, so a change of
 * painter changes this function only.
 */
export async function underlines(target: Page | Frame, cdp: CDPSession): Promise<Underline[]> {
  const rich = (await highlightsIn(target)).map((h) => ({ text: h.text, rect: h.rect }));
  const isTop = 'mainFrame' in target || target.parentFrame() === null;
  const plain = isTop ? (await overlayMarks(cdp)).map((m) => ({ text: null, rect: m.box })) : [];
  return [...rich, ...plain];
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
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
  const visit = (node: DomNode, path: string[]) => {
    if (node.nodeType === 1) {
      out.push({ backendNodeId: node.backendNodeId, nodeName: node.nodeName, attrs: attrsOf(node), text: textOf(node), path, node });
    }
    const next = node.nodeType === 1 || node.nodeType === 11 ? [...path, node.nodeName] : path;
    for (const c of node.shadowRoots ?? []) visit(c, next);
    for (const c of node.children ?? []) visit(c, next);
  };
  if (within === undefined) {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    visit(root, []);
    return out;
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as unknown as { root: DomNode };
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: within });
  for (const nodeId of nodeIds) {
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as unknown as { node: DomNode };
    visit(node, ['#document']);
  }
  return out;
}

export async function boxOf(
  cdp: CDPSession,
  backendNodeId: number,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
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

/** The underlines the overlay drew (textareas, inputs), with their boxes on screen. */
export async function overlayMarks(
  cdp: CDPSession,
): Promise<Array<{ severity: string; box: { x: number; y: number; width: number; height: number } }>> {
  const nodes = await flatten(cdp, 'mastery-marks');
  const marks = nodes.filter((n) => n.path.includes('MASTERY-MARKS') && /^mark /.test(n.attrs.class ?? ''));
  const out: Array<{ severity: string; box: { x: number; y: number; width: number; height: number } }> = [];
  for (const m of marks) {
    const box = await boxOf(cdp, m.backendNodeId);
    if (box && box.width > 0) out.push({ severity: (m.attrs.class ?? '').replace('mark ', ''), box });
  }
  return out;
}

export interface CardView {
  text: string;
  rewrite: string | null;
  buttons: Map<string, { x: number; y: number }>;
}

/** The open card, read through its closed shadow root, or null. */
export async function readCard(cdp: CDPSession): Promise<CardView | null> {
  const nodes = await flatten(cdp, 'mastery-card');
  const dialog = nodes.find((n) => n.path.includes('MASTERY-CARD') && n.attrs.role === 'dialog');
  if (!dialog) return null;
  const inside = nodes.filter((n) => n.path.includes('MASTERY-CARD'));
  const quote = inside.find((n) => n.nodeName === 'BLOCKQUOTE');
  const buttons = new Map<string, { x: number; y: number }>();
  for (const b of inside.filter((n) => n.nodeName === 'BUTTON')) {
    const box = await boxOf(cdp, b.backendNodeId);
    const label = b.attrs['aria-label'] ?? b.text.trim();
    if (box) buttons.set(label, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  const rewrite = quote ? quote.text.trim().replace(/^\u201C|\u201D$/g, '') : null;
  return { text: dialog.text, rewrite, buttons };
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
