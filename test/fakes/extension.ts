/**
 * The background as a content script meets it, in memory: extension storage, the real router and
 * engine host behind a fake runtime.sendMessage, as sent from one tab's frame. The background can
 * be stopped (the next messages fail as Chrome's do while a worker is going away, then a fresh one
 * answers, with empty caches), slowed, or made to hang, to test the content side's patience.
 */
import type { Runtime } from 'webextension-polyfill';
import { createBadge } from '../../src/background/badge';
import { createEngineHost, type EngineHost } from '../../src/background/engine-host';
import { createRouter, type Router } from '../../src/background/router';
import { createStore, type Store } from '../../src/shared/storage';
import { fakeRuntime, type FakeRuntime } from './runtime';
import { fakeStorage, type FakeStorage } from './storage';

const ID = 'fakeextensionidfakeextensionidfa';

export interface FakeExtension {
  /** browser.runtime for the content script. */
  runtime: FakeRuntime;
  storage: FakeStorage;
  store: Store;
  /** The engine host now serving (a new one after each stop). */
  engine(): EngineHost;
  /** Messages of each type the background answered. */
  answered: Map<string, number>;
  /** Stop the background: the next `failures` messages fail with Chrome's "receiving end does not exist". */
  stop(failures?: number): void;
  /** Answer nothing, ever, until `resume()`: a background that hangs. */
  hang(): void;
  resume(): void;
}

const sender: Runtime.MessageSender = {
  id: ID,
  url: 'https://mail.example/compose',
  tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  frameId: 0,
};

export function fakeExtension(): FakeExtension {
  const storage = fakeStorage();
  const store = createStore(storage);
  const badge = createBadge({ session: storage.session, action: { setBadgeText: async () => undefined } });
  const shortcuts = async () => ({ type: 'mastery:shortcuts' as const, openCard: '', reframeSelection: '' });
  let engine: EngineHost;
  let route: Router;
  const start = () => {
    engine = createEngineHost({ store });
    route = createRouter({ runtimeId: ID, extensionBase: `chrome-extension://${ID}/`, store, badge, engine, shortcuts });
  };
  start();
  store.watchSettings((s) => engine.settingsChanged(s));
  let failing = 0;
  let hanging = false;
  const answered = new Map<string, number>();
  const runtime = fakeRuntime((message) => {
    if (hanging) return new Promise(() => undefined);
    if (failing > 0) {
      failing--;
      if (failing === 0) start();
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    const reply = route(message, sender);
    const type = (message as { type?: string }).type ?? '';
    answered.set(type, (answered.get(type) ?? 0) + 1);
    return reply;
  });
  return {
    runtime,
    storage,
    store,
    engine: () => engine,
    answered,
    stop(failures = 1) {
      failing = failures;
    },
    hang() {
      hanging = true;
    },
    resume() {
      hanging = false;
    },
  };
}
