/**
 * The settings as this frame sees them: read once when the engine starts, then followed through
 * storage change events. It also answers "is Mastery paused here?" for this frame and the top
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
  /** Follow storage changes from now on. */
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
  let unwatch: (() => void) | null = null;

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
    },
    start(listener) {
      try {
        unwatch = store.watchSettings((next) => {
          settings = next;
          const was = paused;
          paused = pausedIn(next);
          if (paused) {
            if (!was) listener.paused();
            return;
          }
          listener.changed(next);
        });
      } catch (error) {
        onError(error);
      }
    },
    stop() {
      try {
        unwatch?.();
      } catch {
        // The extension is already gone.
      }
      unwatch = null;
    },
  };
}
