/**
 * The engine's one door to the rest of the extension: the only part that touches browser.runtime.
 * It asks whether the extension is still there and which keys open the card, reports the
 * open-findings count (the toolbar badge) and journal events, and turns "Extension context
 * invalidated" into a quiet shutdown.
 */
import type { Message } from '../../shared/messages';
import { isShortcutsReply } from '../../shared/replies';
import type { JournalCounter } from '../../shared/settings';

/** The part of browser.runtime the bridge uses, so tests can pass a fake. */
export interface RuntimeLike {
  readonly id: string;
  sendMessage(message: unknown): Promise<unknown>;
}

export interface Bridge {
  /** Is the extension still there? Cached for half a second unless `fresh`: typing should not pay for it. */
  alive(fresh?: boolean): boolean;
  /** Count something in the journal (fire and forget). */
  journal(counter: JournalCounter): void;
  /** This frame's open findings now; sent only when it changed. */
  reportCount(count: number): void;
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

export function createBridge(deps: BridgeDeps): Bridge {
  const { runtime } = deps;
  const now = deps.now ?? (() => performance.now());
  let checkedAt = Number.NEGATIVE_INFINITY;
  let lastCount = -1;

  function failed(error: unknown): void {
    if (isInvalidated(error)) deps.invalidate();
  }

  function send(message: Message): void {
    try {
      runtime.sendMessage(message).catch(failed);
    } catch (error) {
      failed(error);
    }
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
