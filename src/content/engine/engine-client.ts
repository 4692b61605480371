/**
 * The content side of the background engine. It holds the engine's prefilter (to pick candidate
 * sentences here, without the catalogue) and a small cache of settled results, both for one
 * epoch: when the engine answers with another epoch (settings changed what it finds), both are
 * dropped and every field is scanned again.
 *
 * Only settled results are cached: a request that failed or timed out leaves nothing behind, so
 * the next typing pause simply asks again.
 */
import {
  MAX_DETECT_SENTENCES,
  type CardText,
  type FindingsMessage,
  type ReframedMessage,
  type ReframeMessage,
  type SentenceFinding,
} from '../../shared/messages';
import { type Prefilter, prefilterFrom } from '../../core/prefilter';
import { isEngineStateReply, isFindingsReply, isReframedReply } from '../../shared/replies';
import type { Bridge } from './bridge';

/** Sentences whose findings this frame remembers. */
export const CLIENT_CACHE_SENTENCES = 600;
/**
 * Silence after which the background may have been stopped (Chrome stops an idle service worker
 * after ~30 s, and sooner under memory pressure): typing that starts after this wakes it, so its
 * start-up (loading the parser, compiling the catalogue: about a second on a slow machine) overlaps
 * the typing instead of following the pause. Awake, it is one small message per burst of typing.
 */
export const WAKE_AFTER_MS = 1000;

export interface EngineClient {
  /** The prefilter for the engine's current epoch (asks the engine the first time). Null when it did not answer. */
  prefilter(): Promise<Prefilter | null>;
  /**
   * Findings for each sentence, in order. Null when the engine did not answer, or when its epoch
   * moved on meanwhile (listeners of onEpochChange then rescan).
   */
  findings(sentences: readonly string[], cancelled?: () => boolean): Promise<SentenceFinding[][] | null>;
  /**
   * The card's text for a finding in its sentence, with the sentences around it (see ReframeMessage);
   * null when there is none to show. `seed` asks for other stories ("More stories").
   */
  reframe(request: Omit<ReframeMessage, 'type'>): Promise<CardText | null>;
  /** Someone is typing: if the engine has been quiet for a while, wake it now, ahead of the pause. */
  wake(): void;
  /** Settings changed: ask the engine again (it re-reads them). */
  refresh(): Promise<void>;
  /** The engine's results changed meaning: everything cached is gone. */
  onEpochChange(listener: () => void): void;
}

export interface EngineClientDeps {
  bridge: Pick<Bridge, 'request' | 'lastAnswer'>;
  now?: () => number;
}

interface State {
  epoch: string;
  prefilter: Prefilter;
}

export function createEngineClient(deps: EngineClientDeps): EngineClient {
  const { bridge } = deps;
  const now = deps.now ?? (() => performance.now());
  let state: State | null = null;
  let asking: Promise<State | null> | null = null;
  /** Settled findings per sentence text, for `state.epoch`; the oldest first. */
  const cache = new Map<string, SentenceFinding[]>();
  const listeners: Array<() => void> = [];
  let waking = false;

  /** Adopt the engine's epoch; true when it differs from the one cached results belong to. */
  function adopt(epoch: string, prefilter?: Prefilter): boolean {
    if (state && state.epoch === epoch) return false;
    const hadState = state !== null;
    cache.clear();
    state = prefilter ? { epoch, prefilter } : null;
    if (hadState) for (const l of listeners) l();
    return true;
  }

  function ask(fresh: boolean): Promise<State | null> {
    if (asking && !fresh) return asking;
    const run = bridge.request({ type: 'mastery:engine-hello', fresh }, isEngineStateReply).then((reply) => {
      if (!reply) return state;
      let prefilter: Prefilter;
      try {
        prefilter = prefilterFrom(reply.prefilter.sources);
      } catch {
        return state;
      }
      if (!adopt(reply.epoch, prefilter) && state) state.prefilter = prefilter;
      return state;
    });
    asking = run;
    void run.finally(() => {
      if (asking === run) asking = null;
    });
    return run;
  }

  function remember(sentence: string, found: SentenceFinding[]): void {
    cache.set(sentence, found);
    if (cache.size > CLIENT_CACHE_SENTENCES) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
  }

  return {
    async prefilter() {
      return (state ?? (await ask(false)))?.prefilter ?? null;
    },

    async findings(sentences, cancelled = () => false) {
      const epoch = state?.epoch;
      if (epoch === undefined) return null;
      const out = new Array<SentenceFinding[] | undefined>(sentences.length);
      /** Answers for the sentences not cached, kept here too: a long field may ask more than the cache holds. */
      const fetched = new Map<string, SentenceFinding[]>();
      const missing: string[] = [];
      sentences.forEach((s, i) => {
        const hit = cache.get(s);
        if (hit) out[i] = hit;
        else if (!fetched.has(s)) {
          fetched.set(s, []);
          missing.push(s);
        }
      });
      for (let i = 0; i < missing.length; i += MAX_DETECT_SENTENCES) {
        if (cancelled()) return null;
        const batch = missing.slice(i, i + MAX_DETECT_SENTENCES);
        const reply = await bridge.request({ type: 'mastery:detect', sentences: batch }, (v): v is FindingsMessage =>
          isFindingsReply(v, batch),
        );
        if (!reply) return null;
        if (reply.epoch !== state?.epoch || reply.epoch !== epoch) {
          // Settings changed what the engine finds: what is cached here, and the prefilter, are stale.
          adopt(reply.epoch);
          return null;
        }
        batch.forEach((s, j) => {
          const found = reply.findings[j] as SentenceFinding[];
          fetched.set(s, found);
          remember(s, found);
        });
      }
      return sentences.map((s, i) => out[i] ?? fetched.get(s) ?? []);
    },

    async reframe(request) {
      const reply = await bridge.request({ type: 'mastery:reframe', ...request }, (v): v is ReframedMessage =>
        isReframedReply(v, request.text.length),
      );
      return reply?.card ?? null;
    },

    wake() {
      if (waking || now() - bridge.lastAnswer() < WAKE_AFTER_MS) return;
      waking = true;
      void ask(false).finally(() => {
        waking = false;
      });
    },

    async refresh() {
      await ask(true);
    },

    onEpochChange(listener) {
      listeners.push(listener);
    },
  };
}
