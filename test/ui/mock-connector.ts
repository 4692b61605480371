/**
 * The Connector interface, in memory, for component tests. Settings and the journal go through the
 * real store over fake storage areas, and journal events through the real router (as if sent from
 * the popup), so components see exactly what the extension would do with their requests.
 */
import { createBadge } from '../../src/background/badge';
import { createEngineHost } from '../../src/background/engine-host';
import { createRouter } from '../../src/background/router';
import { defaultSettings, type Journal, type Settings } from '../../src/shared/settings';
import { createStore } from '../../src/shared/storage';
import type { BrowserKind, Connector, Handover, JournalEvent, Shortcuts, TabInfo } from '../../src/ui/connector';
import { fakeStorage, type FakeStorage } from '../fakes/storage';

export interface MockConnectorOptions {
  settings?: Partial<Settings>;
  journal?: Journal;
  tab?: TabInfo | null;
  findingCount?: number;
  selection?: string;
  handover?: Handover | null;
  now?: Date;
  /** Make copy() fail, as a browser that refuses the clipboard would. */
  clipboardRefuses?: boolean;
  browser?: BrowserKind;
  shortcuts?: Shortcuts;
  /** Whether Mastery may run on websites (default true); `grantOnRequest` is the user's answer when asked. */
  siteAccess?: boolean;
  grantOnRequest?: boolean;
}

export interface MockConnector extends Connector {
  areas: FakeStorage;
  copied: string[];
  events: JournalEvent[];
  optionsOpened: number;
  welcomeOpened: number;
  shortcutSettingsOpened: number;
  siteAccessRequests: number;
  erased: number;
  /** Resolves once every pending storage write and journal event has landed. */
  settle(): Promise<void>;
}

const ID = 'mockextensionidmockextensionidmo';

export function mockConnector(options: MockConnectorOptions = {}): MockConnector {
  const areas = fakeStorage();
  const store = createStore(areas);
  const now = options.now ?? new Date(2024, 2, 10, 12);
  if (options.settings) areas.sync.data.set('settings', { ...defaultSettings(), ...options.settings });
  if (options.journal) areas.local.data.set('journal', options.journal);
  const badge = createBadge({ session: areas.session, action: { setBadgeText: async () => undefined } });
  const engine = createEngineHost({ store });
  const shortcuts = async () => ({ type: 'mastery:shortcuts' as const, openCard: '', reframeSelection: '' });
  const route = createRouter({
    runtimeId: ID,
    extensionBase: `chrome-extension://${ID}/`,
    store,
    badge,
    engine,
    shortcuts,
    now: () => now,
  });
  let handover = options.handover ?? null;
  let siteAccess = options.siteAccess ?? true;
  const siteAccessListeners = new Set<(granted: boolean) => void>();
  const pending = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    pending.add(p);
    void p.finally(() => pending.delete(p)).catch(() => undefined);
    return p;
  };

  const mock: MockConnector = {
    areas,
    copied: [],
    events: [],
    optionsOpened: 0,
    welcomeOpened: 0,
    shortcutSettingsOpened: 0,
    siteAccessRequests: 0,
    erased: 0,
    getSettings: () => store.getSettings(),
    updateSettings: (change) => track(store.updateSettings(change)),
    watchSettings: (listener) => store.watchSettings(listener),
    getJournal: () => store.getJournal(),
    watchJournal: (listener) => store.watchJournal(listener),
    currentTab: async () => (options.tab === undefined ? { id: 7, host: 'mail.example.com' } : options.tab),
    tabFindingCount: async () => options.findingCount ?? 0,
    selection: async () => options.selection ?? '',
    takeHandover: async () => {
      const h = handover;
      handover = null;
      return h;
    },
    sendJournalEvent: (event) => {
      mock.events.push(event);
      return track(
        (
          route({ type: 'mastery:journal-event', ...event }, { id: ID, url: `chrome-extension://${ID}/src/ui/popup/index.html` }) ??
          Promise.resolve()
        ).then(() => undefined),
      );
    },
    copy: async (text) => {
      if (options.clipboardRefuses) return false;
      mock.copied.push(text);
      return true;
    },
    openOptions: async () => {
      mock.optionsOpened++;
    },
    openWelcome: async () => {
      mock.welcomeOpened++;
    },
    browserKind: () => options.browser ?? 'chrome',
    shortcuts: async () => options.shortcuts ?? { openCard: 'Alt+Shift+R', reframeSelection: 'Alt+Shift+M' },
    openShortcutSettings: async () => {
      mock.shortcutSettingsOpened++;
    },
    siteAccess: async () => siteAccess,
    requestSiteAccess: async () => {
      mock.siteAccessRequests++;
      if (options.grantOnRequest) {
        siteAccess = true;
        for (const l of siteAccessListeners) l(true);
      }
      return siteAccess;
    },
    watchSiteAccess: (listener) => {
      siteAccessListeners.add(listener);
      return () => siteAccessListeners.delete(listener);
    },
    exportAll: () => store.exportAll(),
    eraseAll: async () => {
      mock.erased++;
      await track(store.eraseAll());
    },
    now: () => now,
    settle: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
  return mock;
}
