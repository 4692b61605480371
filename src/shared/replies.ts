/**
 * Validators for replies (src/shared/messages.ts `Reply`): an answer is checked like any message,
 * since it may come from a content script running in a page we do not control.
 */
import type { SelectionMessage, TabCountMessage } from './messages';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isSelectionReply(v: unknown): v is SelectionMessage {
  return isRecord(v) && v.type === 'mastery:selection' && typeof v.text === 'string';
}

export function isTabCountReply(v: unknown): v is TabCountMessage {
  return isRecord(v) && v.type === 'mastery:tab-count' && typeof v.count === 'number' && Number.isInteger(v.count) && v.count >= 0;
}
