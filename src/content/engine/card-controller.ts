/**
 * The card for one mark: what it shows, and what each of its buttons does. "Use this" rewrites the
 * sentence through the editor's own input path; "Not now" hides the nudge until its sentence
 * changes; "Don't flag this phrase" and "Pause on this site" change the settings (and every tab
 * follows). Closing the card puts the caret back where the writer left it.
 *
 * The card's words come from the background engine. They are asked for as soon as the pointer rests
 * on an underline, so they are usually there when the hover delay is over; when they arrive, the
 * phrase is checked again, since the writer may have typed meanwhile.
 */
import type { Finding, Span } from '../../core/types';
import { type CardText, MAX_REFRAME_TEXT, type ReframeMessage } from '../../shared/messages';
import { normalisePhrase, normaliseSite } from '../../shared/settings';
import type { Store } from '../../shared/storage';
import { openCard, type CardHandle, type CardModel } from '../card';
import { cardPlace } from '../card/frame';
import { mapRich, rewriteSpan } from '../rewrite';
import { sentenceAround, thoughtWindow } from '../scan';
import { offsetOf, type TextMap } from '../text-map';
import type { Bridge } from './bridge';
import type { EngineClient } from './engine-client';
import { dismissKey, type Mark, type Registry, type Session } from './registry';
import type { Renderer } from './render';
import type { ScanLoop } from './scan-loop';
import type { SettingsWatch } from './settings-watch';

export type OpenedBy = 'hover' | 'click' | 'keyboard';

export interface OpenCard {
  handle: CardHandle;
  session: Session;
  mark: Mark;
  by: OpenedBy;
  restore: () => void;
  lastAction: 'rewrite' | 'other' | null;
}

export interface CardControllerDeps {
  registry: Registry;
  renderer: Renderer;
  scans: Pick<ScanLoop, 'noticeEdit' | 'schedule'>;
  engine: Pick<EngineClient, 'reframe'>;
  watch: Pick<SettingsWatch, 'siteHost'>;
  store: Pick<Store, 'updateSettings'>;
  bridge: Pick<Bridge, 'journal' | 'failed'>;
  /** Pause here at once ("Pause on this site"). */
  pauseHere(): void;
  /** The number of open marks may have changed. */
  countChanged(): void;
  /** The keys that open the card from the keyboard, for the card to name ('' when none). */
  openCardKeys(): string;
}

export interface CardController {
  /** Open the card for `mark`, replacing any other. */
  open(s: Session, mark: Mark, by: OpenedBy): Promise<void>;
  /** The pointer came to rest on `mark`: ask for its card's words now. */
  prefetch(s: Session, mark: Mark): void;
  close(): void;
  /** The open card, if any. */
  current(): OpenCard | null;
  /** The mark at (or nearest to) the caret in the field. */
  markAtCaret(s: Session): Mark | null;
}

/** A rich field's text and map, now. */
function richMap(s: Session): TextMap {
  return s.rich ? s.rich.map() : mapRich(s.field.el);
}

interface PhraseAt {
  /** The field's text now. */
  text: string;
  start: number;
  end: number;
}

/** The phrase's text, and where it is now, or null when an edit changed it. */
function currentSpan(s: Session, mark: Mark): PhraseAt | null {
  if (s.field.kind === 'plain') {
    const text = s.field.el.value;
    const { start, end } = mark.finding;
    return text.slice(start, end) === mark.phrase ? { text, start, end } : null;
  }
  const r = mark.range;
  if (!r) return null;
  const map = richMap(s);
  const start = offsetOf(map, r.startContainer, r.startOffset);
  const end = offsetOf(map, r.endContainer, r.endOffset);
  if (start === null || end === null || map.text.slice(start, end) !== mark.phrase) return null;
  return { text: map.text, start, end };
}

function anchorFor(s: Session, mark: Mark): DOMRect | null {
  if (mark.range) {
    const rects = mark.range.getClientRects();
    const first = rects[0];
    return first ? new DOMRect(first.left, first.top, first.width, first.height) : mark.range.getBoundingClientRect();
  }
  const d = s.drawn.find((x) => x.mark === mark)?.boxes[0];
  if (d) return new DOMRect(d.x, d.y, d.width, d.height);
  const r = s.field.el.getBoundingClientRect();
  return new DOMRect(r.left, r.top, r.width, Math.min(r.height, 24));
}

function focusedIn(s: Session): boolean {
  const active = s.doc.activeElement;
  if (!active) return false;
  let a: Element | null = active;
  // Walk into open shadow roots to the real focused element.
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a === s.field.el || s.field.el.contains(a);
}

/** Where the caret is in the field, as an offset in its text, or null when the field has no focus. */
function caretOffset(s: Session): number | null {
  if (!focusedIn(s)) return null;
  if (s.field.kind === 'plain') return s.field.el.selectionEnd;
  const selection = s.doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return offsetOf(mapRich(s.field.el), range.endContainer, range.endOffset);
}

/** A function that puts focus and the caret (or selection) back where they are now. */
function captureCaret(s: Session): () => void {
  if (!focusedIn(s)) return () => undefined;
  const field = s.field;
  if (field.kind === 'plain') {
    const { selectionStart, selectionEnd, selectionDirection } = field.el;
    return () => {
      field.el.focus({ preventScroll: true });
      if (selectionStart !== null && selectionEnd !== null)
        field.el.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
    };
  }
  const selection = s.doc.getSelection();
  const saved = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return () => {
    field.el.focus({ preventScroll: true });
    const sel = s.doc.getSelection();
    if (saved && sel) {
      sel.removeAllRanges();
      sel.addRange(saved);
    }
  };
}

export function createCardController(deps: CardControllerDeps): CardController {
  const { registry, renderer, bridge } = deps;
  let card: OpenCard | null = null;

  registry.onDrop((s) => {
    if (card?.session === s) close();
  });

  function close(): void {
    if (!card) return;
    const c = card;
    card = null;
    c.handle.close();
  }

  function dropMark(s: Session, mark: Mark): void {
    dropMarks(
      s,
      s.marks.filter((m) => m !== mark),
    );
  }

  function dropMarks(s: Session, keep: Mark[]): void {
    s.marks = keep;
    renderer.render(s);
    deps.countChanged();
  }

  /**
   * A card being prepared: the phrase where it was, its sentence, the part of the text the engine is
   * shown (the sentence and those around it), what it was asked, and its words for it.
   */
  interface Prepared {
    mark: Mark;
    span: PhraseAt;
    sentence: Span;
    window: Span;
    body: string;
    request: Omit<ReframeMessage, 'type'>;
    words: Promise<CardText | null>;
  }
  let prepared: Prepared | null = null;
  /** Bumped by every open(): a slower, older one gives way. */
  let opening = 0;

  function prepare(s: Session, mark: Mark): Prepared | null {
    const span = currentSpan(s, mark);
    if (!span) return null;
    const sentence = sentenceAround(span.text, span.start, span.end);
    const window = thoughtWindow(span.text, sentence, MAX_REFRAME_TEXT);
    const body = span.text.slice(window.start, window.end);
    // The same sentences still around the same phrase: the words asked for already fit.
    if (
      prepared &&
      prepared.mark === mark &&
      prepared.body === body &&
      prepared.span.start - prepared.window.start === span.start - window.start &&
      prepared.sentence.start - prepared.window.start === sentence.start - window.start
    ) {
      prepared = { ...prepared, span, sentence, window };
      return prepared;
    }
    const request = {
      text: body,
      sentence: { start: sentence.start - window.start, end: sentence.end - window.start },
      ruleId: mark.finding.ruleId,
      start: span.start - window.start,
      end: span.end - window.start,
    };
    prepared = { mark, span, sentence, window, body, request, words: deps.engine.reframe(request) };
    return prepared;
  }

  async function open(s: Session, mark: Mark, by: OpenedBy): Promise<void> {
    if (card && card.mark === mark && card.handle.isOpen()) return;
    const ticket = ++opening;
    let ready: Prepared | null = null;
    let words: CardText | null = null;
    // Twice at most: the writer may change the sentence while its words are on their way.
    for (let attempt = 0; attempt < 2 && !ready; attempt++) {
      const p = prepare(s, mark);
      if (!p) {
        dropMark(s, mark);
        return;
      }
      words = await p.words;
      if (ticket !== opening || !registry.sessions.has(s)) return;
      if (!words) {
        // No answer (the engine was waking, or restarted): forget it, so the next try asks again.
        if (prepared?.words === p.words) prepared = null;
        continue;
      }
      // The phrase again, now: still there, in the same sentence?
      const again = prepare(s, mark);
      if (!again) {
        dropMark(s, mark);
        return;
      }
      if (again.words === p.words) ready = again;
    }
    if (!ready || !words) return;
    const { span, sentence, window, request } = ready;
    const finding: Finding = { ...mark.finding, start: span.start, end: span.end, sentence };
    const result = words;
    const model: CardModel = {
      phrase: mark.phrase,
      category: finding.category,
      severity: finding.severity,
      reckoning: result.reckoning,
      rumbles: result.rumbles.map((r) => ({ strategy: r.strategy, label: r.label, text: r.text })),
      rewrite: result.rewrite,
      noRewriteReason: result.noRewriteReason,
      shortcut: deps.openCardKeys(),
    };
    // The rewrite covers the whole thought: the flagged sentence, and perhaps a harsh neighbour.
    const replaces = { start: window.start + result.replaces.start, end: window.start + result.replaces.end };
    const anchor = anchorFor(s, mark);
    if (!anchor) return;
    close();
    // A field in a frame too small for the card gets its card in the page around the frame.
    const place = cardPlace(s.doc, anchor);
    const caret = caretOffset(s);
    const state: OpenCard = {
      handle: null as unknown as CardHandle,
      session: s,
      mark,
      // Drawn outside the field's frame, the card cannot follow the pointer: it stays until dismissed.
      by: place.doc !== s.doc && by === 'hover' ? 'click' : by,
      restore: captureCaret(s),
      lastAction: null,
    };
    state.handle = openCard(
      model,
      place.anchor,
      {
        useRewrite: async () => {
          if (result.rewrite === null) return 'not-taken';
          state.lastAction = 'rewrite';
          const outcome = await rewriteSpan({
            field: s.field,
            expected: span.text,
            start: replaces.start,
            end: replaces.end,
            replacement: result.rewrite,
            caret,
            lastEditAt: s.lastEditAt > 0 ? s.lastEditAt : undefined,
          });
          if (!outcome.ok) {
            // Closing the card now puts the user's caret back.
            state.lastAction = 'other';
            return outcome.reason === 'desync' ? 'garbled' : 'not-taken';
          }
          // Counted only once the editor has kept it.
          bridge.journal('rewritesAccepted');
          dropMark(s, mark);
          deps.scans.noticeEdit(s, null);
          deps.scans.schedule(s, 0);
          return 'taken';
        },
        notNow: () => {
          state.lastAction = 'other';
          s.dismissed.add(dismissKey(span.text, finding));
          bridge.journal('dismissals');
          dropMark(s, mark);
        },
        // "More stories": the same thought, the next seed. No answer leaves the stories shown as they are.
        moreStories: async (round) => {
          const more = await deps.engine.reframe({ ...request, seed: round });
          if (!more) throw new Error('no answer');
          return more.rumbles;
        },
        ignorePhrase: () => {
          state.lastAction = 'other';
          const phrase = normalisePhrase(mark.phrase);
          bridge.journal('dismissals');
          for (const other of registry.sessions) {
            const before = other.marks.length;
            other.marks = other.marks.filter((m) => normalisePhrase(m.phrase) !== phrase);
            if (other.marks.length !== before) renderer.render(other);
          }
          deps.countChanged();
          void deps.store
            .updateSettings((cur) =>
              cur.ignoredPhrases.includes(phrase) ? cur : { ...cur, ignoredPhrases: [...cur.ignoredPhrases, phrase] },
            )
            .catch(bridge.failed);
        },
        pauseSite: () => {
          state.lastAction = 'other';
          const site = normaliseSite(deps.watch.siteHost());
          if (site === '') return;
          deps.pauseHere();
          void deps.store
            .updateSettings((cur) => (cur.pausedSites.includes(site) ? cur : { ...cur, pausedSites: [...cur.pausedSites, site] }))
            .catch(bridge.failed);
        },
        onClose: (reason) => {
          if (card === state) card = null;
          if (reason === 'escape' || (reason === 'action' && state.lastAction !== 'rewrite')) state.restore();
        },
      },
      { focusFirst: by === 'keyboard', doc: place.doc, fieldDoc: s.doc },
    );
    card = state;
    bridge.journal('nudgesSeen');
  }

  function markAtCaret(s: Session): Mark | null {
    // An editor that redraws on undo or redo fires no input event: until the next tick, some marks
    // may hold Ranges left behind by text that is gone. Never pick one of those.
    if (s.field.kind === 'rich') {
      const live = s.marks.filter((m) => currentSpan(s, m) !== null);
      if (live.length !== s.marks.length) dropMarks(s, live);
    }
    if (s.marks.length === 0) return null;
    let caret: number | null = null;
    let text = '';
    if (s.field.kind === 'plain') {
      caret = s.field.el.selectionStart;
      text = s.field.el.value;
      const inside = s.marks.find((m) => caret !== null && m.finding.start <= caret && caret <= m.finding.end);
      if (inside) return inside;
    } else {
      const sel = s.doc.getSelection();
      if (sel && sel.rangeCount > 0) {
        const r = sel.getRangeAt(0);
        const inside = s.marks.find((m) => {
          try {
            return m.range?.isPointInRange(r.startContainer, r.startOffset) ?? false;
          } catch {
            return false;
          }
        });
        if (inside) return inside;
        const map = richMap(s);
        caret = offsetOf(map, r.startContainer, r.startOffset);
        text = map.text;
      }
    }
    if (caret === null) return s.marks[0] ?? null;
    // Nearest by distance, preferring the caret's own sentence.
    const at = caret;
    const sentence = sentenceAround(text, at, at);
    let best: Mark | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const m of s.marks) {
      const pos = s.field.kind === 'plain' ? m.finding.start : currentSpan(s, m)?.start;
      if (pos === undefined) continue;
      const inSentence = pos >= sentence.start && pos <= sentence.end;
      const score = Math.abs(pos - at) - (inSentence ? 1e9 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = m;
      }
    }
    return best;
  }

  return {
    open,
    prefetch(s, mark) {
      if (card?.mark !== mark) prepare(s, mark);
    },
    close,
    current: () => card,
    markAtCaret,
  };
}
