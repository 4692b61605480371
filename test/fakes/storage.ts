/**
 * An in-memory stand-in for browser.storage: sync, local and session areas and onChanged, with
 * values copied in and out as the real areas do (nothing stored is shared with the caller).
 */
import type { Storage } from 'webextension-polyfill';

type ChangeListener = (changes: Record<string, Storage.StorageChange>, areaName: string) => void;

export interface FakeArea {
  get(keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
  /** The raw contents, for assertions and for planting corrupt values. */
  data: Map<string, unknown>;
}

export interface FakeStorage {
  sync: FakeArea;
  local: FakeArea;
  session: FakeArea;
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
    hasListener(listener: ChangeListener): boolean;
  };
  listenerCount(): number;
}

const copy = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export function fakeStorage(): FakeStorage {
  const listeners = new Set<ChangeListener>();
  const emit = (changes: Record<string, Storage.StorageChange>, areaName: string) => {
    if (Object.keys(changes).length === 0) return;
    for (const l of [...listeners]) l(copy(changes), areaName);
  };

  function area(name: string): FakeArea {
    const data = new Map<string, unknown>();
    return {
      data,
      async get(keys) {
        const out: Record<string, unknown> = {};
        if (keys === undefined || keys === null) {
          for (const [k, v] of data) out[k] = copy(v);
        } else if (typeof keys === 'string' || Array.isArray(keys)) {
          for (const k of typeof keys === 'string' ? [keys] : keys) if (data.has(k)) out[k] = copy(data.get(k));
        } else {
          for (const [k, fallback] of Object.entries(keys)) out[k] = data.has(k) ? copy(data.get(k)) : fallback;
        }
        return out;
      },
      async set(items) {
        const changes: Record<string, Storage.StorageChange> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: copy(data.get(k)), newValue: copy(v) };
          data.set(k, copy(v));
        }
        emit(changes, name);
      },
      async remove(keys) {
        const changes: Record<string, Storage.StorageChange> = {};
        for (const k of typeof keys === 'string' ? [keys] : keys) {
          if (!data.has(k)) continue;
          changes[k] = { oldValue: copy(data.get(k)) };
          data.delete(k);
        }
        emit(changes, name);
      },
      async clear() {
        await this.remove([...data.keys()]);
      },
    };
  }

  return {
    sync: area('sync'),
    local: area('local'),
    session: area('session'),
    onChanged: {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
      hasListener: (l) => listeners.has(l),
    },
    listenerCount: () => listeners.size,
  };
}
