/**
 * Which element a focus event landed in, and whether Mastery may look at it.
 *
 * This module is part of the tiny content entry, so it stays small and reads only attributes:
 * a field that is skipped (password, payment, one-time code, opt-out…) never has its value read.
 */

export type Field =
  /** A textarea or a plain text input: its text is `value`. */
  | { kind: 'plain'; el: HTMLTextAreaElement | HTMLInputElement }
  /** The editing host of a contenteditable region (rich editors, webmail compose bodies). */
  | { kind: 'rich'; el: HTMLElement };

/** autocomplete tokens that mark payment details, passwords and one-time codes. */
const PRIVATE_AUTOCOMPLETE = /(?:^|\s)(?:cc-[a-z-]+|current-password|new-password|one-time-code)(?:\s|$)/i;

/** Opt-outs honoured on the field or any ancestor (Grammarly's attributes, and our own). */
const OPT_OUT = '[data-gramm="false"],[data-enable-grammarly="false"],[data-mastery="off"]';

/** The element an event really started at, looking into open shadow roots. */
export function eventTarget(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  return first instanceof Element ? first : null;
}

/** The parent element, stepping out of a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function contentEditableValue(el: Element): string | null {
  const v = el.getAttribute('contenteditable');
  return v === null ? null : v.trim().toLowerCase();
}

/**
 * The editing host `el` belongs to: the outermost element whose contenteditable makes it
 * editable, or the body of a document in design mode. Null when `el` is not editable.
 */
export function editingHost(el: Element): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const v = contentEditableValue(cur);
    if (v === 'false') break;
    if (v !== null && (v === '' || v === 'true' || v === 'plaintext-only') && cur instanceof HTMLElement) host = cur;
  }
  if (host) return host;
  const doc = el.ownerDocument;
  if (doc.designMode === 'on' && doc.body && doc.body.contains(el)) return doc.body;
  return null;
}

function optedOut(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = parentOf(cur)) {
    if (cur.matches(OPT_OUT)) return true;
  }
  // An editor inside a same-origin iframe inherits an opt-out placed on the iframe or its page.
  try {
    const frame = el.ownerDocument.defaultView?.frameElement;
    if (frame && frame !== el && optedOut(frame)) return true;
  } catch {
    // Cross-origin parent: nothing to inherit.
  }
  return false;
}

function plainEligible(el: HTMLTextAreaElement | HTMLInputElement): boolean {
  if (el instanceof HTMLInputElement) {
    const type = el.getAttribute('type');
    if (type !== null && type.trim().toLowerCase() !== 'text') return false;
    if (el.hasAttribute('list')) return false;
  }
  if (el.readOnly || el.disabled || el.matches(':disabled') || el.closest('fieldset[disabled]')) return false;
  if (el.getAttribute('spellcheck')?.trim().toLowerCase() === 'false') return false;
  return true;
}

/**
 * The field Mastery may watch for a focus that landed on `target`, or null.
 * Reads attributes only; never a value.
 */
export function fieldFor(target: Element | null): Field | null {
  if (!target) return null;
  let field: Field | null = null;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    if (plainEligible(target)) field = { kind: 'plain', el: target };
  } else {
    const host = editingHost(target);
    if (host) field = { kind: 'rich', el: host };
  }
  if (!field) return null;
  const el = field.el;
  if (el.hidden || el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return null;
  if (PRIVATE_AUTOCOMPLETE.test(el.getAttribute('autocomplete') ?? '')) return null;
  // Comboboxes (address pickers, search-as-you-type) are not prose.
  if (el.getAttribute('role') === 'combobox' || target.closest('[role="combobox"]')) return null;
  if (optedOut(el)) return null;
  return field;
}
