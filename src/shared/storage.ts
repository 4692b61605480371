/**
 * The one typed door to extension storage. Settings live in storage.sync (they follow the user
 * between their browsers), the journal in storage.local (it never leaves the machine).
 * Reads are validated (src/shared/settings.ts); problems are reported once per session, never thrown.
 */
import type { Storage } from 'webextension-polyfill';
import { parseJournal, parseSettings, type Journal, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';
export const JOURNAL_KEY = 'journal';

/** The parts of webextension-polyfill's storage that this module uses, so tests can pass a fake. */
export interface StorageAreas {
  sync: Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;
  local: Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;
  onChanged: Pick<Storage.Static['onChanged'], 'addListener' | 'removeListener'>;
}

const reported = new Set<string>();

/** Report a storage problem once (per message, per session), on the extension's own console. */
function reportOnce(where: string, problems: string[]): void {
  for (const p of problems) {
    const key = `${where}: ${p}`;
    if (reported.has(key)) continue;
    reported.add(key);
    console.warn(`Mastery ${where}: ${p}`);
  }
}

export interface Store {
  getSettings(): Promise<Settings>;
  /** Apply `change` to the current settings and save the validated result. */
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  /** Calls `listener` with fresh, validated settings whenever they change anywhere. Returns an unsubscribe. */
  watchSettings(listener: (s: Settings) => void): () => void;
  getJournal(): Promise<Journal>;
  updateJournal(change: (j: Journal) => Journal): Promise<Journal>;
  watchJournal(listener: (j: Journal) => void): () => void;
  /** Everything Mastery stores, for export. */
  exportAll(): Promise<{ settings: Settings; journal: Journal; exportedAt: string }>;
  /** Erase settings and journal. */
  eraseAll(): Promise<void>;
}

export function createStore(areas: StorageAreas): Store {
  async function getSettings(): Promise<Settings> {
    const got = await areas.sync.get(SETTINGS_KEY);
    const parsed = parseSettings(got[SETTINGS_KEY]);
    reportOnce('settings', parsed.problems);
    return parsed.value;
  }

  async function getJournal(): Promise<Journal> {
    const got = await areas.local.get(JOURNAL_KEY);
    const parsed = parseJournal(got[JOURNAL_KEY]);
    reportOnce('journal', parsed.problems);
    return parsed.value;
  }

  // Serialise read-modify-write cycles within this context so two quick updates cannot lose one.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  function watch<T>(
    area: 'sync' | 'local',
    key: string,
    parse: (raw: unknown) => { value: T; problems: string[] },
    listener: (v: T) => void,
  ) {
    const onChanged = (changes: Record<string, Storage.StorageChange>, areaName: string) => {
      const change = changes[key];
      if (areaName !== area || !change) return;
      const parsed = parse(change.newValue);
      reportOnce(key, parsed.problems);
      listener(parsed.value);
    };
    areas.onChanged.addListener(onChanged);
    return () => areas.onChanged.removeListener(onChanged);
  }

  return {
    getSettings,
    getJournal,
    updateSettings: (change) =>
      serial(async () => {
        const next = parseSettings(change(await getSettings())).value;
        await areas.sync.set({ [SETTINGS_KEY]: next });
        return next;
      }),
    updateJournal: (change) =>
      serial(async () => {
        const next = parseJournal(change(await getJournal())).value;
        await areas.local.set({ [JOURNAL_KEY]: next });
        return next;
      }),
    watchSettings: (listener) => watch('sync', SETTINGS_KEY, parseSettings, listener),
    watchJournal: (listener) => watch('local', JOURNAL_KEY, parseJournal, listener),
    exportAll: async () => ({ settings: await getSettings(), journal: await getJournal(), exportedAt: new Date().toISOString() }),
    eraseAll: async () => {
      await areas.sync.remove(SETTINGS_KEY);
      await areas.local.remove(JOURNAL_KEY);
    },
  };
}
