/**
 * The keys that open the card. They are a browser command ("open-card" in manifest.json), so people
 * see and change them where they manage every extension's keys. Chrome will not give a command keys
 * that its own menus use, and on some systems Alt+Shift+R is one of them: the command then has no
 * keys until the user picks some, and the page itself listens for Alt+Shift+R, as it always has.
 * A browser that accepts the suggestion binds the command to Alt+Shift+R and delivers it itself.
 */

/** The commands' names in manifest.json. */
export const OPEN_CARD_COMMAND = 'open-card';
export const REFRAME_COMMAND = 'reframe-selection';

/** What the page listens for while the browser has no keys on the command. */
export const PAGE_OPEN_CARD_KEYS = 'Alt+Shift+R';

/** What opens the card for someone whose browser has `bound` on the command ('' when nothing is). */
export function openCardKeys(bound: string): string {
  return bound || PAGE_OPEN_CARD_KEYS;
}

/** Is this key press the page's own Alt+Shift+R? */
export function isPageOpenCardKey(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyR';
}
