/**
 * Messages passed between the extension's parts (service worker, content scripts, pages).
 * One discriminated union, validated at every receiving end: a message that does not parse
 * is ignored, never trusted. No message ever carries page text to the service worker except
 * a selection the user explicitly asked to reframe.
 */
import type { JournalCounter } from './settings';

/** Asks a tab's content script whether it is running there. */
export interface PingMessage {
  type: 'mastery:ping';
}

/** The content script's answer to a ping. */
export interface PongMessage {
  type: 'mastery:pong';
  /** True for the top-level frame, false inside an iframe. */
  topFrame: boolean;
}

/** Content script → service worker: how many findings are open in this frame now (drives the badge). */
export interface FindingsCountMessage {
  type: 'mastery:findings-count';
  count: number;
}

/** Content script or page → service worker: something worth counting in the journal happened. */
export interface JournalEventMessage {
  type: 'mastery:journal-event';
  counter: JournalCounter;
  /** Only for reframes practised in the popup, and only stored when the user keeps reframe text. */
  before?: string;
  after?: string;
  strategy?: string;
}

/** Popup → content script: the current selection in this frame, if any (for "reframe this"). */
export interface GetSelectionMessage {
  type: 'mastery:get-selection';
}

export interface SelectionMessage {
  type: 'mastery:selection';
  text: string;
}

/** Popup or page → service worker: this tab's open findings count. */
export interface GetTabCountMessage {
  type: 'mastery:get-tab-count';
  tabId: number;
}

export interface TabCountMessage {
  type: 'mastery:tab-count';
  count: number;
}

/**
 * Service worker → every frame of the active tab: the user pressed the keys of the "open the card"
 * command. Only the frame whose document has focus, in a field, acts.
 */
export interface OpenCardAtCaretMessage {
  type: 'mastery:open-card-at-caret';
}

/** Content script → service worker: the keys the user's browser has bound to Mastery's commands. */
export interface GetShortcutsMessage {
  type: 'mastery:get-shortcuts';
}

export interface ShortcutsMessage {
  type: 'mastery:shortcuts';
  /** What opens the card at the caret, as the browser writes it ("Alt+Shift+R"); '' when unbound. */
  openCard: string;
  /** What opens the popup with the selection; '' when unbound. */
  reframeSelection: string;
}

export type Message =
  | PingMessage
  | FindingsCountMessage
  | JournalEventMessage
  | GetSelectionMessage
  | GetTabCountMessage
  | OpenCardAtCaretMessage
  | GetShortcutsMessage;

export type Reply = PongMessage | SelectionMessage | TabCountMessage | ShortcutsMessage;

const COUNTERS: readonly string[] = ['nudgesSeen', 'rewritesAccepted', 'dismissals', 'reframesPractised'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const optionalText = (v: unknown, max: number): boolean => v === undefined || (typeof v === 'string' && v.length <= max);

/** Narrow an unknown value to a well-formed Message, checking every field. */
export function isMessage(value: unknown): value is Message {
  if (!isRecord(value) || typeof value.type !== 'string') return false;
  switch (value.type) {
    case 'mastery:ping':
    case 'mastery:get-selection':
    case 'mastery:open-card-at-caret':
    case 'mastery:get-shortcuts':
      return true;
    case 'mastery:findings-count':
      return typeof value.count === 'number' && Number.isInteger(value.count) && value.count >= 0 && value.count < 100_000;
    case 'mastery:journal-event':
      return (
        typeof value.counter === 'string' &&
        COUNTERS.includes(value.counter) &&
        optionalText(value.before, 2000) &&
        optionalText(value.after, 2000) &&
        optionalText(value.strategy, 40)
      );
    case 'mastery:get-tab-count':
      return typeof value.tabId === 'number' && Number.isInteger(value.tabId);
    default:
      return false;
  }
}
