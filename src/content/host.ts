/**
 * The elements Mastery adds to a page, and the only ones: a plain `<div>` with a closed shadow root.
 * No name, id, class, attribute or custom-element tag says whose it is, and nothing inside can be
 * reached from the page's scripts. Its own look comes from `:host` rules inside the shadow root:
 * important declarations there beat the page's, important or not, and never touch the page.
 *
 * Styles are constructed sheets where the browser lets the content script's world adopt them (one
 * parse per window and stylesheet), else `<style>` elements inside the shadow root.
 */

export interface AnonymousHost {
  host: HTMLDivElement;
  root: ShadowRoot;
  /** Replace this host's own rules (kept after the shared ones, so they win among equals). */
  setRules(css: string): void;
}

const shared = new WeakMap<object, Map<string, CSSStyleSheet>>();

function sharedSheet(win: Window & typeof globalThis, css: string): CSSStyleSheet {
  let byCss = shared.get(win);
  if (!byCss) {
    byCss = new Map();
    shared.set(win, byCss);
  }
  let sheet = byCss.get(css);
  if (!sheet) {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    byCss.set(css, sheet);
  }
  return sheet;
}

export function createHost(doc: Document, css: string): AnonymousHost {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const write = ownRules(doc, root, css);
  let rules = '';
  return {
    host,
    root,
    setRules(next) {
      if (next === rules) return;
      rules = next;
      write(next);
    },
  };
}

/** Styles `root` with the shared `css`; returns how to write the host's own rules after them. */
function ownRules(doc: Document, root: ShadowRoot, css: string): (rules: string) => void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (win) {
      const own = new win.CSSStyleSheet();
      root.adoptedStyleSheets = [sharedSheet(win, css), own];
      if (root.adoptedStyleSheets.length === 2) return (rules) => own.replaceSync(rules);
    }
  } catch {
    // Older engines, or a sheet the content script's world may not adopt (Firefox): fall back.
  }
  const base = doc.createElement('style');
  base.textContent = css;
  const own = doc.createElement('style');
  root.append(base, own);
  return (rules) => {
    own.textContent = rules;
  };
}
