/**
 * Connects the service worker's parts to browser events. Every listener is registered
 * synchronously when the worker starts, as MV3 requires for events to wake a stopped worker.
 */
import type { Browser } from 'webextension-polyfill';
import { createStore } from '../shared/storage';
import { createBadge } from './badge';
import { createEngineHost } from './engine-host';
import { createCardCommand } from './card-command';
import { createLauncher } from './launch';
import { createRouter } from './router';
import { createWelcome } from './welcome';

export function startBackground(browser: Browser): void {
  const store = createStore(browser.storage);
  const badge = createBadge({ session: browser.storage.session, action: browser.action });
  const launcher = createLauncher({
    session: browser.storage.session,
    action: browser.action,
    windows: browser.windows,
    tabs: browser.tabs,
    runtime: browser.runtime,
    menus: browser.contextMenus,
  });

  // The engine builds its detector on the first request, not here: most wake-ups are a badge count.
  const engine = createEngineHost({ store });
  store.watchSettings((next) => engine.settingsChanged(next));
  const cardCommand = createCardCommand({ tabs: browser.tabs, commands: browser.commands });

  browser.runtime.onMessage.addListener(
    createRouter({
      runtimeId: browser.runtime.id,
      extensionBase: browser.runtime.getURL(''),
      store,
      badge,
      engine,
      shortcuts: () => cardCommand.shortcuts(),
    }),
  );

  // A new page in the tab starts with no findings; a closed tab needs no badge.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void badge.clearTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void badge.clearTab(tabId, { closed: true }));

  const welcome = createWelcome({ tabs: browser.tabs, runtime: browser.runtime });

  browser.runtime.onInstalled.addListener(() => void launcher.createMenu().catch(logQuietly));
  browser.runtime.onInstalled.addListener((details) => void welcome.onInstalled(details).catch(logQuietly));
  browser.contextMenus.onClicked.addListener((info, tab) => void launcher.onMenuClicked(info, tab).catch(logQuietly));
  browser.commands.onCommand.addListener((command, tab) => void launcher.onCommand(command, tab).catch(logQuietly));
  browser.commands.onCommand.addListener((command, tab) => void cardCommand.onCommand(command, tab).catch(logQuietly));

  void badge.style();
}

function logQuietly(error: unknown): void {
  console.warn('Mastery:', error instanceof Error ? error.message : error);
}
