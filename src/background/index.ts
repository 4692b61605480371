/**
 * The service worker. It holds no state of its own: detection runs in the content scripts and
 * settings live in browser.storage.
 */
import browser from 'webextension-polyfill';

// Nothing is addressed to the service worker yet. Returning undefined means "no answer from
// here", so a message meant for another part of the extension still reaches it.
browser.runtime.onMessage.addListener(() => undefined);
