/**
 * Messages passed between the extension's parts (background, content scripts, pages), named by
 * direction. Every message is validated at its receiving end (isMessage here, the reply checks in
 * replies.ts): one that does not parse is ignored, never trusted.
 *
 * Page text reaches the background in two cases only, and stays in the extension's own process:
 * the sentences a content script asks the engine to check (only those that contain a trigger word,
 * with quoted replies and signatures blanked out), and a selection the user asked to reframe.
 * The background keeps such text in memory, in a cache of results; it never stores or logs it, and
 * nothing is ever sent to the network.
 */
import { MAX_SENTENCE } from '../core/sentences';
import type { Finding, Span } from '../core/types';
import type { JournalCounter } from './settings';

// ───────────────────────────── background → content script ─────────────────────────────

/** Asks a tab's content script whether it is running there. */
export interface PingMessage {
  type: 'mastery:ping';
}

/** Popup (through the background or directly) → content script: the current selection in this frame, if any. */
export interface GetSelectionMessage {
  type: 'mastery:get-selection';
}

/** The content script's answer to a ping. */
export interface PongMessage {
  type: 'mastery:pong';
  /** True for the top-level frame, false inside an iframe. */
  topFrame: boolean;
}

export interface SelectionMessage {
  type: 'mastery:selection';
  text: string;
}

// ───────────────────────────── content script → background ─────────────────────────────

/** How many findings are open in this frame now (drives the badge). */
export interface FindingsCountMessage {
  type: 'mastery:findings-count';
  count: number;
}

/**
 * Wake the engine and ask for its state: the epoch its results belong to and the prefilter the
 * content script uses to pick candidate sentences. `fresh`: the settings just changed, so the
 * engine re-reads them before answering.
 */
export interface EngineHelloMessage {
  type: 'mastery:engine-hello';
  fresh?: boolean;
}

/** Findings for candidate sentences: each one sentence of a field's text, blanked where Mastery skips text. */
export interface DetectMessage {
  type: 'mastery:detect';
  sentences: string[];
}

/**
 * The card for one finding: the three steps for the thought whose `start`..`end` rule `ruleId` flagged.
 * `text` is the flagged sentence with the sentences around it in its paragraph (a thought may take in a
 * harsh neighbour, and the sentences beside it say what the situation is); `sentence` is where the
 * flagged sentence sits in it. Offsets count from the start of `text`.
 */
export interface ReframeMessage {
  type: 'mastery:reframe';
  text: string;
  sentence: Span;
  ruleId: string;
  start: number;
  end: number;
  /** "More stories": 0 or absent is the first set; each next seed offers other ones. */
  seed?: number;
}

// ───────────────────────────── background → content script, replies ─────────────────────────────

export interface EngineStateMessage {
  type: 'mastery:engine-state';
  /** Changes whenever settings change what the engine finds; results of another epoch are stale. */
  epoch: string;
  /** The prefilter's RegExp sources (one, or more when one would be too large to optimise) and their flags. */
  prefilter: { sources: string[]; flags: string };
}

/** A finding inside one sentence: offsets count from the sentence's start. */
export type SentenceFinding = Omit<Finding, 'sentence'>;

export interface FindingsMessage {
  type: 'mastery:findings';
  epoch: string;
  /** One list per sentence asked about, in the same order. */
  findings: SentenceFinding[][];
}

export interface CardText {
  reckoning: string;
  rumbles: Array<{ strategy: string; label: string; text: string }>;
  /** A drop-in replacement for the request's `text.slice(replaces.start, replaces.end)`, or null. */
  rewrite: string | null;
  /** What the rewrite replaces, in the request's `text`: the flagged sentence, perhaps with a harsh neighbour. */
  replaces: Span;
  /** Why there is no rewrite, for the writer; null when there is one. */
  noRewriteReason: string | null;
}

export interface ReframedMessage {
  type: 'mastery:reframed';
  /** Null when the engine no longer knows the rule (the user's own phrase was just removed). */
  card: CardText | null;
}

// ───────────────────────────── page (popup, options) → background ─────────────────────────────

/** Content script or page: something worth counting in the journal happened. */
export interface JournalEventMessage {
  type: 'mastery:journal-event';
  counter: JournalCounter;
  /** Only for reframes practised in the popup, and only stored when the user keeps reframe text. */
  before?: string;
  after?: string;
  strategy?: string;
  /** What the writer learned, in one line: "What did I learn?" in the popup's Revolution step. */
  learned?: string;
}

/** This tab's open findings count. */
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

export type BackgroundToContent = PingMessage | GetSelectionMessage | OpenCardAtCaretMessage;
export type ContentToBackground =
  | FindingsCountMessage
  | JournalEventMessage
  | EngineHelloMessage
  | DetectMessage
  | ReframeMessage
  | GetShortcutsMessage;
export type PageToBackground = JournalEventMessage | GetTabCountMessage;

/** Every request, whoever sends it. */
export type Message = BackgroundToContent | ContentToBackground | PageToBackground;

export type ContentReply = PongMessage | SelectionMessage;
export type BackgroundReply = TabCountMessage | EngineStateMessage | FindingsMessage | ReframedMessage | ShortcutsMessage;
export type Reply = ContentReply | BackgroundReply;

// ───────────────────────────── limits ─────────────────────────────

/** Sentences per detect request: a long field is checked in several. */
export const MAX_DETECT_SENTENCES = 200;
/** The longest sentence the engine takes: the sentence splitter never makes longer ones. */
export const MAX_DETECT_SENTENCE = MAX_SENTENCE;
/** A card's sentence (the sentence around a phrase, which the splitter bounds too, with room to spare). */
/** The flagged sentence and up to three on each side: a thought spans three at most, its context one more. */
export const MAX_REFRAME_TEXT = 7 * MAX_SENTENCE;
/** "More stories" rounds a card may ask for. */
export const MAX_REFRAME_SEED = 1000;
export const MAX_EPOCH = 64;

/** The longest "What did I learn?" line kept: one line, not an essay. */
export const MAX_LEARNED = 200;

const COUNTERS: readonly string[] = ['nudgesSeen', 'rewritesAccepted', 'dismissals', 'reframesPractised'];

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const optionalText = (v: unknown, max: number): boolean => v === undefined || (typeof v === 'string' && v.length <= max);
export const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A span of a text `length` characters long. */
export function isSpanIn(v: unknown, length: number): v is Span {
  return isRecord(v) && isIndex(v.start) && isIndex(v.end) && v.start <= v.end && v.end <= length;
}

function isSentences(v: unknown): v is string[] {
  return (
    Array.isArray(v) &&
    v.length > 0 &&
    v.length <= MAX_DETECT_SENTENCES &&
    v.every((s) => typeof s === 'string' && s.length > 0 && s.length <= MAX_DETECT_SENTENCE)
  );
}

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
        optionalText(value.strategy, 40) &&
        optionalText(value.learned, MAX_LEARNED)
      );
    case 'mastery:get-tab-count':
      return typeof value.tabId === 'number' && Number.isInteger(value.tabId);
    case 'mastery:engine-hello':
      return value.fresh === undefined || typeof value.fresh === 'boolean';
    case 'mastery:detect':
      return isSentences(value.sentences);
    case 'mastery:reframe':
      return (
        typeof value.text === 'string' &&
        value.text.length <= MAX_REFRAME_TEXT &&
        isSpanIn(value.sentence, value.text.length) &&
        typeof value.ruleId === 'string' &&
        value.ruleId.length > 0 &&
        value.ruleId.length <= 200 &&
        isIndex(value.start) &&
        isIndex(value.end) &&
        value.start < value.end &&
        value.sentence.start <= value.start &&
        value.end <= value.sentence.end &&
        (value.seed === undefined || (isIndex(value.seed) && value.seed <= MAX_REFRAME_SEED))
      );
    default:
      return false;
  }
}
