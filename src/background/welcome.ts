/**
 * The welcome page opens once, when Mastery is installed (not on updates or browser restarts):
 * what Mastery does, a field to try it in, how to keep it at hand, its shortcuts and its promise.
 * The popup opens it again on request.
 */
import type { Runtime, Tabs } from 'webextension-polyfill';
import { WELCOME_PATH } from '../shared/pages';

export interface WelcomeDeps {
  tabs: Pick<Tabs.Static, 'create'>;
  runtime: Pick<Runtime.Static, 'getURL'>;
}

export function createWelcome(deps: WelcomeDeps): { onInstalled(details: Pick<Runtime.OnInstalledDetailsType, 'reason'>): Promise<void> } {
  return {
    async onInstalled(details) {
      if (details.reason !== 'install') return;
      await deps.tabs.create({ url: deps.runtime.getURL(WELCOME_PATH) });
    },
  };
}
