/**
 * The engine's one door to the rest of the extension: the only part that touches browser.runtime.
 * It asks whether the extension is still there and which keys open the card, reports the
 * open-findings count (the toolbar badge) and journal events, and carries requests to the
 * background engine.
 *
 * The background may be asleep or stopping (Chrome stops an idle service worker after ~30 s); that
 * is not an error. A request wakes it; one that fails because the background went away under it
 * is sent once more; none waits longer than its timeout. Only "Extension context invalidated"
 * (the extension was reloaded or removed) shuts the content script down.
 */
import type { Message } from '../../shared/messages';
import { isShortcutsReply } from '../../shared/replies';
import type { JournalCounter } from '../../shared/settings';

/** The part of browser.runtime the bridge uses, so tests can pass a fake. */
export interface RuntimeLike {
  readonly id: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/** Longest wait for the background's answer; a cold start with a big first batch fits well inside. */
export const REQUEST_TIMEOUT_MS = 5000;

export interface Bridge {
  /** Is the extension still there? Cached for half a second unless `fresh`: typing should not pay for it. */
  alive(fresh?: boolean): boolean;
  /** Count something in the journal (fire and forget). */
  journal(counter: JournalCounter): void;
  /** This frame's open findings now; sent only when it changed. */
  reportCount(count: number): void;
  /**
   * Ask the background and check its answer. Null when there is no valid answer in time (asleep
   * and slow to wake, busy, restarted without answering): the caller tries again later.
   */
  request<T>(message: Message, isReply: (reply: unknown) => reply is T, timeoutMs?: number): Promise<T | null>;
  /** When the background last answered (performance.now() time), or -Infinity. */
  lastAnswer(): number;
  /** A failed extension call: shut down if it failed because the extension is gone. */
  failed(error: unknown): void;
  /** The keys the browser has bound to "open the card" ('' when none, or when the worker does not say). */
  openCardKeys(): Promise<string>;
}

export function isInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated/i.test(message);
}

export interface BridgeDeps {
  runtime: RuntimeLike;
  /** The extension context is gone: shut everything down. */
  invalidate(): void;
  now?: () => number;
}

const TIMED_OUT = Symbol('timed out');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createBridge(deps: BridgeDeps): Bridge {
  const { runtime } = deps;
  const now = deps.now ?? (() => performance.now());
  let checkedAt = Number.NEGATIVE_INFINITY;
  let answeredAt = Number.NEGATIVE_INFINITY;
  let lastCount = -1;
  let gone = false;

  function failed(error: unknown): void {
    if (!isInvalidated(error)) return;
    gone = true;
    deps.invalidate();
  }

  function send(message: Message): void {
    try {
      runtime.sendMessage(message).catch(failed);
    } catch (error) {
      failed(error);
    }
  }

  async function request<T>(message: Message, isReply: (reply: unknown) => reply is T, timeoutMs = REQUEST_TIMEOUT_MS): Promise<T | null> {
    // Twice at most: the background may stop between receiving a message and answering it.
    for (let attempt = 0; attempt < 2 && !gone; attempt++) {
      let reply: unknown;
      try {
        reply = await withTimeout(runtime.sendMessage(message), timeoutMs);
      } catch (error) {
        failed(error);
        continue;
      }
      if (reply === TIMED_OUT) return null;
      if (isReply(reply)) {
        answeredAt = now();
        return reply;
      }
    }
    return null;
  }

  return {
    alive(fresh = false) {
      const t = now();
      if (!fresh && t - checkedAt < 500) return true;
      try {
        const ok = typeof runtime.id === 'string' && runtime.id !== '';
        if (ok) checkedAt = t;
        return ok;
      } catch {
        return false;
      }
    },
    journal(counter) {
      send({ type: 'mastery:journal-event', counter });
    },
    reportCount(count) {
      if (count === lastCount) return;
      lastCount = count;
      send({ type: 'mastery:findings-count', count });
    },
    request,
    lastAnswer: () => answeredAt,
    failed,
    async openCardKeys() {
      try {
        const reply: unknown = await runtime.sendMessage({ type: 'mastery:get-shortcuts' } satisfies Message);
        return isShortcutsReply(reply) ? reply.openCard : '';
      } catch (error) {
        failed(error);
        return '';
      }
    },
  };
}
