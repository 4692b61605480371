/**
 * Selected text handed from the context menu or the keyboard command to the popup, through
 * storage.session (memory only, never synced, gone when the browser closes).
 */

export const STASH_KEY = 'mastery:pending-reframe';
/** A stash older than this was never picked up (the popup failed to open): ignore it. */
export const STASH_TTL_MS = 2 * 60_000;
/** Long selections are cut here: the popup is for a thought or two, not a whole document. */
export const MAX_SELECTION = 2000;

export interface Stash {
  text: string;
  /** The tab the text was selected in. */
  tabId: number | null;
  /** Date.now() when it was stashed. */
  at: number;
}

export function parseStash(raw: unknown, now: number): Stash | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.text !== 'string' || typeof r.at !== 'number') return null;
  if (now - r.at > STASH_TTL_MS || r.at - now > 5_000) return null;
  const tabId = typeof r.tabId === 'number' && Number.isInteger(r.tabId) && r.tabId >= 0 ? r.tabId : null;
  return { text: r.text.slice(0, MAX_SELECTION), tabId, at: r.at };
}
