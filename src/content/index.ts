/**
 * The content script: runs in every frame (including about:blank ones, which many editors use)
 * once the page is idle. It shows nothing yet; it answers pings so the extension's pages can
 * tell whether Mastery is active in a tab.
 */
import browser from 'webextension-polyfill';
import { isMessage, type PongMessage } from '../shared/messages';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isMessage(message) || message.type !== 'mastery:ping') return undefined;
  const pong: PongMessage = { type: 'mastery:pong', topFrame: window === window.top };
  return Promise.resolve(pong);
});
