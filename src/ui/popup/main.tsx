import { render } from 'preact';
import browser from 'webextension-polyfill';
import { ConnectorContext, createBrowserConnector, legacyCopy } from '../connector';
import '../theme.css';
import './popup.css';
import { Popup } from './Popup';

const connector = createBrowserConnector(browser, {
  search: location.search,
  clipboard: navigator.clipboard,
  legacyCopy: legacyCopy(document),
});

// Opened as a window by the context menu or the shortcut (text in the URL): fill the window, not a fixed popup width.
if (location.search) document.documentElement.classList.add('in-window');

const root = document.getElementById('app');
if (root)
  render(
    <ConnectorContext.Provider value={connector}>
      <Popup />
    </ConnectorContext.Provider>,
    root,
  );
