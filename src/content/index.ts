/**
 * The content script: runs in every frame (including about:blank ones, which many editors use)
 * once the page is idle. It stays tiny. It answers pings and selection requests, passes the "open
 * the card" command on to the engine, and listens for one thing: a focus landing in a field where
 * someone may write. Only then, when the browser is idle, does it load the engine's page side (text
 * mapping, underlines, the nudge card; the detector runs in the background) with a dynamic import
 * of a self-contained module, so pages where nobody types never pay for it.
 */
import browser from 'webextension-polyfill';
import { isMessage, type PongMessage, type SelectionMessage } from '../shared/messages';
import { ENGINE_FILE } from './engine-file';
import type { Engine, startEngine } from './engine/index';
import { eventTarget, fieldFor, type Field } from './fields';
import { whenIdle } from './schedule';

type EngineModule = { startEngine: typeof startEngine };

const controller = new AbortController();
const { signal } = controller;
let engine: Engine | null = null;
let loading = false;
/** The field focused while the engine loads: attached once it is ready. */
let waiting: Field | null = null;

/** The extension was reloaded or removed under this page: stop everything, quietly. */
function shutDown(): void {
  if (signal.aborted) return;
  controller.abort();
  engine = null;
  waiting = null;
  try {
    browser.runtime.onMessage.removeListener(onMessage);
  } catch {
    // Already gone with the context.
  }
}

function alive(): boolean {
  try {
    return typeof browser.runtime.id === 'string' && browser.runtime.id !== '';
  } catch {
    return false;
  }
}

async function load(): Promise<void> {
  try {
    // Only ever a file packaged with the extension, through its per-session dynamic URL.
    const mod = (await import(/* @vite-ignore */ browser.runtime.getURL(ENGINE_FILE))) as EngineModule;
    if (signal.aborted) return;
    engine = await mod.startEngine({ browser, signal, invalidate: shutDown });
    if (waiting && !signal.aborted) engine.attach(waiting);
    waiting = null;
  } catch {
    // No engine, no nudges: the page must not notice. A reloaded extension is the usual cause.
    // Either way, trying again on every focus would only repeat the failure.
    waiting = null;
    if (!alive()) shutDown();
  }
}

/** Shadow roots we listen in: focus moving inside one never reaches the document. */
const roots = new WeakSet<ShadowRoot>();

function onFocusIn(event: FocusEvent): void {
  // Focus can move between fields of one shadow root without the document hearing of it:
  // listen in every open shadow root the focus has passed through.
  for (const node of event.composedPath()) {
    if (node instanceof ShadowRoot && !roots.has(node)) {
      roots.add(node);
      node.addEventListener('focusin', onShadowFocusIn, { capture: true, passive: true, signal });
    }
  }
  const field = fieldFor(eventTarget(event));
  if (!field) return;
  if (!alive()) {
    shutDown();
    return;
  }
  if (engine) {
    engine.attach(field);
    return;
  }
  waiting = field;
  if (loading) return;
  loading = true;
  whenIdle(() => void load(), 300);
}

function onShadowFocusIn(event: Event): void {
  // The document's listener sees the event too when focus enters from outside: handle it once.
  if (event.composedPath().includes(document)) return;
  if (event instanceof FocusEvent) onFocusIn(event);
}

function listen(): void {
  document.addEventListener('focusin', onFocusIn, { capture: true, passive: true, signal });
  engine?.rebind();
}
listen();

// document.open() (how many editors fill an about:blank iframe) drops every listener of the
// document. It also replaces the root element, which this observer of the document node alone
// (not its subtree) notices: listen again.
const reopened = new MutationObserver(() => {
  if (!signal.aborted) listen();
});
reopened.observe(document, { childList: true });
signal.addEventListener('abort', () => reopened.disconnect());

/** A field focused before this script ran (autofocus, or a quick writer) counts too. */
function focusedField(): Field | null {
  // An unfocused document still names its body as the active element: that is no focus at all.
  if (!document.hasFocus()) return null;
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return fieldFor(active);
}

function selectedText(): string {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    // Never read a field Mastery skips (passwords, card numbers, one-time codes…).
    if (!fieldFor(active) || active.selectionStart === null || active.selectionEnd === null) return '';
    return active.value.slice(active.selectionStart, active.selectionEnd);
  }
  return document.getSelection()?.toString() ?? '';
}

function onMessage(message: unknown): Promise<PongMessage | SelectionMessage> | undefined {
  if (!isMessage(message)) return undefined;
  if (message.type === 'mastery:ping') {
    return Promise.resolve({ type: 'mastery:pong', topFrame: window === window.top });
  }
  if (message.type === 'mastery:open-card-at-caret') {
    // Every frame hears it; the engine acts only where a field has focus. No reply: it is not a question.
    engine?.openAtCaret();
    return undefined;
  }
  if (message.type === 'mastery:get-selection') {
    const text = selectedText().trim();
    // Frames without a selection stay silent, so the frame that has one answers.
    return text === '' ? undefined : Promise.resolve({ type: 'mastery:selection', text });
  }
  return undefined;
}

browser.runtime.onMessage.addListener(onMessage);

const initial = focusedField();
if (initial) {
  waiting = initial;
  loading = true;
  whenIdle(() => void load(), 300);
}
