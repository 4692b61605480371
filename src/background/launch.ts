/**
 * "Reframe with Mastery": the right-click entry on selected text and the keyboard command both open
 * the popup's reframing flow with the selection in its text box.
 *
 * The selection is stashed in storage.session (memory only, never synced, gone when the browser
 * closes) and the toolbar popup is opened, which reads and removes the stash. Where the browser
 * cannot open the popup from here, a small window shows the same page with the text in its URL.
 */
import type { Action, Menus, Runtime, Storage, Tabs, Windows } from 'webextension-polyfill';
import { MAX_SELECTION, STASH_KEY, type Stash } from '../shared/handover';
import { isSelectionReply } from '../shared/replies';
import { REFRAME_COMMAND } from '../shared/shortcuts';

export const MENU_ID = 'mastery:reframe-selection';
export const COMMAND = REFRAME_COMMAND;
export const POPUP_PATH = 'src/ui/popup/index.html';

export interface LaunchDeps {
  session: Pick<Storage.StorageArea, 'set' | 'remove'>;
  action: Partial<Pick<Action.Static, 'openPopup'>>;
  windows: Pick<Windows.Static, 'create'>;
  tabs: Pick<Tabs.Static, 'sendMessage'>;
  runtime: Pick<Runtime.Static, 'getURL'>;
  menus: Pick<Menus.Static, 'create' | 'removeAll'>;
  now?: () => number;
}

export interface Launcher {
  /** Register the context-menu entry (on install and update; menus persist across worker restarts). */
  createMenu(): Promise<void>;
  onMenuClicked(info: Pick<Menus.OnClickData, 'menuItemId' | 'selectionText'>, tab: Pick<Tabs.Tab, 'id'> | undefined): Promise<void>;
  onCommand(command: string, tab: Pick<Tabs.Tab, 'id'> | undefined): Promise<void>;
  /** Open the reframing flow with `text`; resolves to how it opened. */
  open(text: string, tabId: number | null): Promise<'popup' | 'window'>;
}

export function popupWindowUrl(base: string, text: string, tabId: number | null): string {
  const params = new URLSearchParams();
  if (text) params.set('text', text);
  if (tabId !== null) params.set('tab', String(tabId));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

export function createLauncher(deps: LaunchDeps): Launcher {
  const now = deps.now ?? Date.now;

  async function open(rawText: string, tabId: number | null): Promise<'popup' | 'window'> {
    const text = rawText.trim().slice(0, MAX_SELECTION);
    const stash: Stash = { text, tabId, at: now() };
    // Start the write before asking for the popup, in the same turn: the browser handles both
    // requests in order, and openPopup must not wait behind anything that could lose the user's gesture.
    const stashed = deps.session.set({ [STASH_KEY]: stash });
    const openPopup = deps.action.openPopup;
    if (typeof openPopup === 'function') {
      try {
        await Promise.all([stashed, openPopup.call(deps.action)]);
        return 'popup';
      } catch {
        // No focused browser window, an older browser, or a policy: fall back to a window.
      }
    }
    await stashed.catch(() => undefined);
    // The window gets the text in its URL; the stash is not needed and must not reappear later.
    await deps.session.remove(STASH_KEY).catch(() => undefined);
    await deps.windows.create({
      url: popupWindowUrl(deps.runtime.getURL(POPUP_PATH), text, tabId),
      type: 'popup',
      width: 420,
      height: 640,
    });
    return 'window';
  }

  async function selectionIn(tabId: number): Promise<string> {
    try {
      const reply: unknown = await deps.tabs.sendMessage(tabId, { type: 'mastery:get-selection' });
      return isSelectionReply(reply) ? reply.text : '';
    } catch {
      // No content script here (chrome:// pages, the web store, a page still loading): start empty.
      return '';
    }
  }

  return {
    open,
    createMenu: async () => {
      await deps.menus.removeAll();
      deps.menus.create({ id: MENU_ID, title: 'Reframe with Mastery', contexts: ['selection'] });
    },
    onMenuClicked: async (info, tab) => {
      if (info.menuItemId !== MENU_ID) return;
      await open(info.selectionText ?? '', tab?.id ?? null);
    },
    onCommand: async (command, tab) => {
      if (command !== COMMAND) return;
      const tabId = typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
      await open(tabId === null ? '' : await selectionIn(tabId), tabId);
    },
  };
}
