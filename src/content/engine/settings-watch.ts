/**
 * The settings as this frame sees them: read once when the engine starts, then followed through
 * storage change events from that moment on. It also answers "is Mastery paused here?" for this frame and the top
 * frame's site, and tells its listener when that changes.
 */
import { isSitePaused, type Settings } from '../../shared/settings';
import type { Store } from '../../shared/storage';

export interface SettingsListener {
  /** Mastery was just paused on this site. */
  paused(): void;
  /** Settings changed while Mastery is not paused here. */
  changed(next: Settings): void;
}

export interface SettingsWatch {
  readonly settings: Settings;
  readonly paused: boolean;
  /** The site as the address bar shows it: the top frame's host. */
  siteHost(): string;
  /** Pause here at once, ahead of the storage write that makes it last. */
  pauseNow(): void;
  /** Tell `listener` of changes from now on, and of any that came while the engine was starting. */
  start(listener: SettingsListener): void;
  stop(): void;
}

/** This frame's host and, when it is framed, the top frame's: pausing either one pauses here. */
export function frameHosts(loc: Pick<Location, 'hostname' | 'ancestorOrigins'>): string[] {
  const out = [loc.hostname];
  const ancestors = loc.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    try {
      out.push(new URL(ancestors[ancestors.length - 1] as string).hostname);
    } catch {
      // An opaque ancestor: only our own host counts.
    }
  }
  return out.filter((h) => h !== '');
}

export async function watchSettings(
  store: Pick<Store, 'getSettings' | 'watchSettings'>,
  hosts: readonly string[],
  onError: (error: unknown) => void,
): Promise<SettingsWatch> {
  let settings = await store.getSettings();
  const pausedIn = (s: Settings) => hosts.some((h) => isSitePaused(s, h));
  let paused = pausedIn(settings);
  let listener: SettingsListener | null = null;
  /** Whether it was paused when last told (or when read, until start). */
  let told = paused;
  /** A change came while the engine was still starting, before anyone listened. */
  let missed = false;

  function deliver(): void {
    if (!listener) return;
    const was = told;
    told = paused;
    if (paused) {
      if (!was) listener.paused();
      return;
    }
    listener.changed(settings);
  }

  // Followed from the first read on: the engine takes a while to start (on a busy machine, seconds),
  // and a change made meanwhile, say "resume on this site" in the popup, must not be lost.
  let unwatch: (() => void) | null = null;
  try {
    unwatch = store.watchSettings((next) => {
      settings = next;
      paused = pausedIn(next);
      if (listener) deliver();
      else missed = true;
    });
  } catch (error) {
    onError(error);
  }

  return {
    get settings() {
      return settings;
    },
    get paused() {
      return paused;
    },
    siteHost: () => hosts[hosts.length - 1] ?? '',
    pauseNow() {
      paused = true;
      told = true;
    },
    start(next) {
      listener = next;
      if (missed) {
        missed = false;
        deliver();
      }
    },
    stop() {
      listener = null;
      try {
        unwatch?.();
      } catch {
        // The extension is already gone.
      }
      unwatch = null;
    },
  };
}
