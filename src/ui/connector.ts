/**
 * The one door from Mastery's pages (popup, options, welcome) to the browser: settings, journal, the
 * current tab, its selection and findings count, journal events, the clipboard, export and erase,
 * the keyboard shortcuts, and access to websites.
 * Components never touch extension APIs; they get a Connector from context (useConnector), and
 * tests give them the in-memory one in test/ui/mock-connector.ts.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Browser, Tabs } from 'webextension-polyfill';
import { parseStash, STASH_KEY } from '../shared/handover';
import type { GetSelectionMessage, GetTabCountMessage, JournalEventMessage } from '../shared/messages';
import { isSelectionReply, isTabCountReply } from '../shared/replies';
import { normaliseSite, type Journal, type Settings } from '../shared/settings';
import { WELCOME_PATH } from '../shared/pages';
import { OPEN_CARD_COMMAND, openCardKeys, REFRAME_COMMAND } from '../shared/shortcuts';
import { createStore } from '../shared/storage';

export interface TabInfo {
  id: number;
  /** The site's host name ("mail.example.com"); null for pages Mastery does not run on or cannot see. */
  host: string | null;
}

/** Text handed to the popup by the context menu or the keyboard command. */
export interface Handover {
  text: string;
  tabId: number | null;
}

export type JournalEvent = Omit<JournalEventMessage, 'type'>;

export interface ExportData {
  settings: Settings;
  journal: Journal;
  exportedAt: string;
}

/** The keys for Mastery's two commands, as the user's browser has them now; '' for one without keys. */
export interface Shortcuts {
  /** Opens the card for the phrase at the caret. */
  openCard: string;
  /** Opens the popup with the selected text. */
  reframeSelection: string;
}

export type BrowserKind = 'chrome' | 'firefox';

/** Every web page: what the content script is declared for, and what a user (or Firefox) may withhold. */
export const ALL_SITES = { origins: ['<all_urls>'] };

export interface Connector {
  getSettings(): Promise<Settings>;
  /** Apply a change and save it; resolves to the saved (validated) settings. */
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  watchSettings(listener: (s: Settings) => void): () => void;
  getJournal(): Promise<Journal>;
  watchJournal(listener: (j: Journal) => void): () => void;
  /** The tab the popup is about: the one handed over, or the active tab of this window. */
  currentTab(): Promise<TabInfo | null>;
  /** How many harsh phrases are open in the tab now (the badge's number). */
  tabFindingCount(tabId: number): Promise<number>;
  /** The tab's selected text; empty when nothing is selected or Mastery does not run there. */
  selection(tabId: number): Promise<string>;
  /** The text handed over by the context menu or command, taken once; null when the popup was opened plainly. */
  takeHandover(): Promise<Handover | null>;
  /** Count something in the journal (the service worker decides what is kept). */
  sendJournalEvent(event: JournalEvent): Promise<void>;
  /** Put text on the clipboard; false when the browser refused. */
  copy(text: string): Promise<boolean>;
  openOptions(): Promise<void>;
  /** The welcome page, in a tab of its own. */
  openWelcome(): Promise<void>;
  /** Which browser this is: the words for its menus differ. */
  browserKind(): BrowserKind;
  shortcuts(): Promise<Shortcuts>;
  /** Where the browser lets people change extensions' keys. */
  openShortcutSettings(): Promise<void>;
  /** May Mastery run on web pages? False when the user withheld it, or Firefox never granted it. */
  siteAccess(): Promise<boolean>;
  /** Ask for access to every site. Call it straight from a click: browsers ask only in answer to one. */
  requestSiteAccess(): Promise<boolean>;
  /** Follow the answer as it changes (granted or taken away in the browser's own settings). */
  watchSiteAccess(listener: (granted: boolean) => void): () => void;
  exportAll(): Promise<ExportData>;
  eraseAll(): Promise<void>;
  /** The time, so tests can fix it. */
  now(): Date;
}

/** A web page's host, or null for browser pages, extension pages and anything else Mastery does not run on. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return normaliseSite(u.hostname) || null;
  } catch {
    return null;
  }
}

/** The popup's URL parameters: `?text=...&tab=...` when opened as a window by the background. */
export function handoverFromUrl(search: string): Handover | null {
  const params = new URLSearchParams(search);
  const text = params.get('text');
  const tab = params.get('tab');
  const tabId = tab !== null && /^\d+$/.test(tab) ? Number(tab) : null;
  if (text === null && tabId === null) return null;
  return { text: text ?? '', tabId };
}

export interface BrowserConnectorOptions {
  /** location.search of the page, for the popup window's handover. */
  search?: string;
  /** The clipboard of the page (navigator.clipboard), when there is one. */
  clipboard?: Pick<Clipboard, 'writeText'>;
  /** Fallback copy for browsers that refuse the async clipboard: copies via a hidden selection. */
  legacyCopy?: (text: string) => boolean;
}

export function createBrowserConnector(browser: Browser, options: BrowserConnectorOptions = {}): Connector {
  const store = createStore(browser.storage);
  const urlHandover = handoverFromUrl(options.search ?? '');
  let handoverTaken = false;
  let handoverTab: number | null = urlHandover?.tabId ?? null;

  async function tabInfo(tab: Tabs.Tab | undefined): Promise<TabInfo | null> {
    if (!tab || typeof tab.id !== 'number' || tab.id < 0) return null;
    return { id: tab.id, host: hostOf(tab.url) };
  }

  return {
    getSettings: () => store.getSettings(),
    updateSettings: (change) => store.updateSettings(change),
    watchSettings: (listener) => store.watchSettings(listener),
    getJournal: () => store.getJournal(),
    watchJournal: (listener) => store.watchJournal(listener),

    async currentTab() {
      try {
        if (handoverTab !== null) return await tabInfo(await browser.tabs.get(handoverTab));
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        return await tabInfo(active);
      } catch {
        return null; // the tab closed meanwhile
      }
    },

    async tabFindingCount(tabId) {
      const message: GetTabCountMessage = { type: 'mastery:get-tab-count', tabId };
      try {
        const reply: unknown = await browser.runtime.sendMessage(message);
        return isTabCountReply(reply) ? reply.count : 0;
      } catch {
        return 0;
      }
    },

    async selection(tabId) {
      const message: GetSelectionMessage = { type: 'mastery:get-selection' };
      try {
        const reply: unknown = await browser.tabs.sendMessage(tabId, message);
        return isSelectionReply(reply) ? reply.text.slice(0, 2000) : '';
      } catch {
        // No content script in this tab: a browser page, the web store, or a page still loading.
        return '';
      }
    },

    async takeHandover() {
      if (handoverTaken) return null;
      handoverTaken = true;
      const session = browser.storage.session;
      let stashed: Handover | null = null;
      try {
        const got = await session.get(STASH_KEY);
        const stash = parseStash(got[STASH_KEY], Date.now());
        if (got[STASH_KEY] !== undefined) await session.remove(STASH_KEY);
        if (stash) stashed = { text: stash.text, tabId: stash.tabId };
      } catch {
        // storage.session is missing in old browsers: only the URL can hand text over there.
      }
      const handover = urlHandover ?? stashed;
      if (handover?.tabId !== null && handover?.tabId !== undefined) handoverTab = handover.tabId;
      return handover;
    },

    async sendJournalEvent(event) {
      const message: JournalEventMessage = { type: 'mastery:journal-event', ...event };
      await browser.runtime.sendMessage(message);
    },

    async copy(text) {
      try {
        if (options.clipboard) {
          await options.clipboard.writeText(text);
          return true;
        }
      } catch {
        // Refused (no focus, no permission): try the old way below.
      }
      return options.legacyCopy?.(text) ?? false;
    },

    openOptions: () => browser.runtime.openOptionsPage(),
    openWelcome: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
    },
    browserKind: () => (typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function' ? 'firefox' : 'chrome'),

    async shortcuts() {
      const all = await browser.commands.getAll();
      const bound = (name: string) => all.find((c) => c.name === name)?.shortcut ?? '';
      return { openCard: openCardKeys(bound(OPEN_CARD_COMMAND)), reframeSelection: bound(REFRAME_COMMAND) };
    },

    async openShortcutSettings() {
      // Firefox opens its add-on shortcuts page; Chrome lets extensions open its own in a tab.
      const commands = browser.commands as Partial<Pick<typeof browser.commands, 'openShortcutSettings'>>;
      if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
      else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    },

    siteAccess: () => browser.permissions.contains(ALL_SITES),
    // No await before the request: the browser only asks in answer to the click that called this.
    requestSiteAccess: () => browser.permissions.request(ALL_SITES),
    watchSiteAccess(listener) {
      const changed = () => void browser.permissions.contains(ALL_SITES).then(listener, () => undefined);
      browser.permissions.onAdded.addListener(changed);
      browser.permissions.onRemoved.addListener(changed);
      return () => {
        browser.permissions.onAdded.removeListener(changed);
        browser.permissions.onRemoved.removeListener(changed);
      };
    },

    exportAll: () => store.exportAll(),
    eraseAll: () => store.eraseAll(),
    now: () => new Date(),
  };
}

/** Copy through a hidden textarea and execCommand('copy'), for when the async clipboard is refused. */
export function legacyCopy(doc: Document): (text: string) => boolean {
  return (text) => {
    const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    active?.focus();
    return ok;
  };
}

export const ConnectorContext = createContext<Connector | null>(null);

export function useConnector(): Connector {
  const connector = useContext(ConnectorContext);
  if (!connector) throw new Error('useConnector() needs a <ConnectorContext.Provider> above it');
  return connector;
}
