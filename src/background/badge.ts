/**
 * The toolbar badge: how many harsh phrases are open in this tab, summed over its frames.
 *
 * Each frame's content script reports its own count; the service worker keeps the latest report
 * per (tab, frame) in storage.session, so the counts survive the worker being stopped and
 * restarted (MV3 stops idle workers after ~30 s) but not a browser restart, when every page
 * reloads and reports afresh. A tab's counts are dropped when it starts loading a new page and
 * when it closes.
 */
import type { Action, Storage } from 'webextension-polyfill';

/** Calm, dark teal: white text on it passes WCAG AA, and it never reads as an error. */
export const BADGE_COLOUR = '#1f6f68';
export const BADGE_TEXT_COLOUR = '#ffffff';

const KEY_PREFIX = 'badge:';
export const badgeKey = (tabId: number): string => `${KEY_PREFIX}${tabId}`;

export interface BadgeDeps {
  session: Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;
  action: Pick<Action.Static, 'setBadgeText'> & Partial<Pick<Action.Static, 'setBadgeBackgroundColor' | 'setBadgeTextColor'>>;
}

export interface Badge {
  /** Record a frame's latest count and redraw the tab's badge; resolves to the tab's new total. */
  report(tabId: number, frameId: number, count: number): Promise<number>;
  /** The tab's total over its frames. */
  total(tabId: number): Promise<number>;
  /** Forget the tab's counts (navigation, tab closed) and blank its badge. */
  clearTab(tabId: number, options?: { closed?: boolean }): Promise<void>;
  /** Set the badge colours once per worker start. */
  style(): Promise<void>;
}

/** What the badge shows for a total: nothing at zero, "99+" past 99. */
export function badgeText(total: number): string {
  if (!Number.isFinite(total) || total <= 0) return '';
  return total > 99 ? '99+' : String(Math.floor(total));
}

type FrameCounts = Record<string, number>;

function parseFrameCounts(raw: unknown): FrameCounts {
  const out: FrameCounts = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [frame, n] of Object.entries(raw)) {
    if (/^\d+$/.test(frame) && typeof n === 'number' && Number.isInteger(n) && n > 0) out[frame] = n;
  }
  return out;
}

const sum = (counts: FrameCounts) => Object.values(counts).reduce((a, b) => a + b, 0);

export function createBadge(deps: BadgeDeps): Badge {
  // One queue per worker: reports from a tab's frames arrive in bursts and must not overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function read(tabId: number): Promise<FrameCounts> {
    const key = badgeKey(tabId);
    const got = await deps.session.get(key);
    return parseFrameCounts(got[key]);
  }

  async function draw(tabId: number, total: number): Promise<void> {
    // The tab may have closed meanwhile: the browser then refuses, and there is nothing to draw.
    await deps.action.setBadgeText({ tabId, text: badgeText(total) }).catch(() => undefined);
  }

  return {
    report: (tabId, frameId, count) =>
      serial(async () => {
        const counts = await read(tabId);
        if (count > 0) counts[String(frameId)] = count;
        else delete counts[String(frameId)];
        const key = badgeKey(tabId);
        if (Object.keys(counts).length === 0) await deps.session.remove(key);
        else await deps.session.set({ [key]: counts });
        const total = sum(counts);
        await draw(tabId, total);
        return total;
      }),
    total: async (tabId) => sum(await read(tabId)),
    clearTab: (tabId, options) =>
      serial(async () => {
        await deps.session.remove(badgeKey(tabId));
        if (!options?.closed) await draw(tabId, 0);
      }),
    style: async () => {
      await deps.action.setBadgeBackgroundColor?.({ color: BADGE_COLOUR }).catch(() => undefined);
      await deps.action.setBadgeTextColor?.({ color: BADGE_TEXT_COLOUR }).catch(() => undefined);
    },
  };
}
