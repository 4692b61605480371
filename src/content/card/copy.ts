/**
 * "Copy rewrite", for a field whose editor did not take the rewrite: the writer pastes it in
 * themselves. Runs on their click, so the browser lets a page's script write the clipboard.
 */

/**
 * Puts `text` on the clipboard. Tries the Clipboard API of the card's own window (the document
 * the click happened in), then a selected textarea and `copy` inside the card's closed shadow root
 * for pages where the API is missing (plain http) or refused. Resolves whether it worked.
 */
export async function copyText(doc: Document, shadow: ShadowRoot, text: string): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Not focused, not allowed: try the old way.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  shadow.append(area);
  const active = shadow.activeElement;
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (active instanceof HTMLElement) active.focus({ preventScroll: true });
  }
}
