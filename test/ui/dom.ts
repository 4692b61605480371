/**
 * Just enough of a testing library for Preact components in happy-dom: mount, find by role and
 * accessible text, act like a user, and wait on conditions (never on time).
 */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  unmount(): Promise<void>;
}

export async function mount(children: ComponentChildren): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(children, root);
  });
  return {
    root,
    unmount: async () => {
      await act(() => {
        render(null, root);
      });
      root.remove();
    },
  };
}

/** Re-check `probe` after each pending task until it returns something truthy. */
export async function waitFor<T>(probe: () => T | null | undefined | false, what = 'condition', timeoutMs = 3000): Promise<T> {
  const started = Date.now();
  for (;;) {
    let value: T | null | undefined | false;
    let error: unknown;
    try {
      value = probe();
    } catch (e) {
      error = e;
    }
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}${error ? `: ${String(error)}` : ''}`);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name as these components set it: aria-label, a <label for>, aria-labelledby, or the text. */
export function accessibleName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(' ')
      .map((id) => text(el.ownerDocument.getElementById(id) ?? el))
      .join(' ');
  if (el.id) {
    const label = el.ownerDocument.querySelector(`label[for="${el.id}"]`);
    if (label) return text(label);
  }
  const wrapping = el.closest('label');
  if (wrapping) return text(wrapping);
  return text(el);
}

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role="button"]',
  link: 'a[href]',
  textbox: 'textarea, input[type="text"], input:not([type])',
  checkbox: 'input[type="checkbox"]:not([role])',
  switch: '[role="switch"]',
  radio: 'input[type="radio"]',
  heading: 'h1, h2, h3, h4',
  status: '[role="status"], [aria-live]',
  combobox: 'select',
  navigation: 'nav, [role="navigation"]',
};

export function allByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  const selector = ROLE_SELECTORS[role] ?? `[role="${role}"]`;
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if (name === undefined) return true;
    const n = accessibleName(el);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

export function getByRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: string, name?: string | RegExp): T {
  const found = allByRole(root, role, name);
  if (found.length !== 1) {
    const names = allByRole(root, role).map(accessibleName);
    throw new Error(`Expected one ${role} named ${String(name)}, found ${found.length}; ${role}s here: ${JSON.stringify(names)}`);
  }
  return found[0] as T;
}

export function queryByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement | null {
  return allByRole(root, role, name)[0] ?? null;
}

export function textOf(root: Element): string {
  return text(root);
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}

export async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    el.focus();
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function press(el: HTMLElement, key: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}
