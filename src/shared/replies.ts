/**
 * Validators for replies (src/shared/messages.ts `Reply`): an answer is checked like any message,
 * since it may come from a content script running in a page we do not control.
 */
import type { SelectionMessage, ShortcutsMessage, TabCountMessage } from './messages';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isSelectionReply(v: unknown): v is SelectionMessage {
  return isRecord(v) && v.type === 'mastery:selection' && typeof v.text === 'string';
}

export function isTabCountReply(v: unknown): v is TabCountMessage {
  return isRecord(v) && v.type === 'mastery:tab-count' && typeof v.count === 'number' && Number.isInteger(v.count) && v.count >= 0;
}

/** A shortcut as a browser writes it: a few keys joined by "+", nothing that could be markup. */
const SHORTCUT = /^[\p{L}\p{N} +⌘⌥⇧⌃,.\-_]{0,40}$/u;

export function isShortcutsReply(v: unknown): v is ShortcutsMessage {
  return (
    isRecord(v) &&
    v.type === 'mastery:shortcuts' &&
    typeof v.openCard === 'string' &&
    SHORTCUT.test(v.openCard) &&
    typeof v.reframeSelection === 'string' &&
    SHORTCUT.test(v.reframeSelection)
  );
}
