/**
 * The background: the service worker in Chrome, the background page in Firefox (the same file).
 * It keeps no state in memory that matters: the engine's cache is rebuilt on demand, settings and
 * the journal live in browser.storage, and per-tab badge counts in storage.session, so it can be
 * stopped and restarted at any time.
 *
 * Each part registers its own listeners here, synchronously, one line each. The router answers
 * only the messages it owns and returns undefined for the rest, so other listeners still get them.
 */
import browser from 'webextension-polyfill';
import { startBackground } from './main';

startBackground(browser);
