/**
 * Validators for replies (src/shared/messages.ts `Reply`): an answer is checked like any message,
 * since it may come from a content script running in a page we do not control, or from a
 * background that restarted in between.
 */
import { MAX_PART_CHARS, PREFILTER_FLAGS } from '../core/prefilter';
import { CATEGORIES, FRAMES, SEVERITIES } from '../core/types';
import {
  isIndex,
  isRecord,
  isSpanIn,
  MAX_EPOCH,
  type CardText,
  type EngineStateMessage,
  type FindingsMessage,
  type ReframedMessage,
  type SelectionMessage,
  type ShortcutsMessage,
  type SentenceFinding,
  type TabCountMessage,
} from './messages';

export function isSelectionReply(v: unknown): v is SelectionMessage {
  return isRecord(v) && v.type === 'mastery:selection' && typeof v.text === 'string';
}

export function isTabCountReply(v: unknown): v is TabCountMessage {
  return isRecord(v) && v.type === 'mastery:tab-count' && typeof v.count === 'number' && Number.isInteger(v.count) && v.count >= 0;
}

const isEpoch = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_EPOCH;

/** The prefilter is a few global, case-blind RegExps (the receiver still compiles them inside a try). */
export function isEngineStateReply(v: unknown): v is EngineStateMessage {
  if (!isRecord(v) || v.type !== 'mastery:engine-state' || !isEpoch(v.epoch) || !isRecord(v.prefilter)) return false;
  const { sources, flags } = v.prefilter;
  return (
    Array.isArray(sources) &&
    sources.length <= MAX_PREFILTER_PARTS &&
    sources.every((s) => typeof s === 'string' && s.length > 0 && s.length <= MAX_PART_CHARS) &&
    flags === PREFILTER_FLAGS
  );
}

/** More parts than a catalogue and every custom phrase a person could keep would need. */
const MAX_PREFILTER_PARTS = 64;

/** Findings for exactly the sentences asked about, each inside its sentence. */
export function isFindingsReply(v: unknown, sentences: readonly string[]): v is FindingsMessage {
  if (!isRecord(v) || v.type !== 'mastery:findings' || !isEpoch(v.epoch) || !Array.isArray(v.findings)) return false;
  if (v.findings.length !== sentences.length) return false;
  return v.findings.every((list, i) => Array.isArray(list) && list.every((f) => isSentenceFinding(f, (sentences[i] as string).length)));
}

/** A card's words for a request whose text is `length` characters long: what the rewrite replaces lies inside it. */
function isCardText(v: unknown, length: number): v is CardText {
  return (
    isRecord(v) &&
    typeof v.reckoning === 'string' &&
    (v.rewrite === null || typeof v.rewrite === 'string') &&
    isSpanIn(v.replaces, length) &&
    (v.noRewriteReason === null || typeof v.noRewriteReason === 'string') &&
    Array.isArray(v.rumbles) &&
    v.rumbles.every((r) => isRecord(r) && typeof r.strategy === 'string' && typeof r.label === 'string' && typeof r.text === 'string')
  );
}

/** The card for a request whose text is `length` characters long. */
export function isReframedReply(v: unknown, length: number): v is ReframedMessage {
  return isRecord(v) && v.type === 'mastery:reframed' && (v.card === null || isCardText(v.card, length));
}

/** A finding in a sentence of `length` characters, every field checked. */
export function isSentenceFinding(v: unknown, length: number): v is SentenceFinding {
  return (
    isRecord(v) &&
    typeof v.ruleId === 'string' &&
    v.ruleId.length <= 200 &&
    typeof v.category === 'string' &&
    (CATEGORIES as readonly string[]).includes(v.category) &&
    typeof v.frame === 'string' &&
    (FRAMES as readonly string[]).includes(v.frame) &&
    typeof v.severity === 'string' &&
    (SEVERITIES as readonly string[]).includes(v.severity) &&
    isIndex(v.start) &&
    isIndex(v.end) &&
    v.start < v.end &&
    v.end <= length &&
    typeof v.message === 'string' &&
    v.message.length <= 1000
  );
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
