import { render } from 'preact';
import browser from 'webextension-polyfill';
import { ConnectorContext, createBrowserConnector, legacyCopy } from '../connector';
import '../theme.css';
import './welcome.css';
import { Welcome } from './Welcome';

const connector = createBrowserConnector(browser, { clipboard: navigator.clipboard, legacyCopy: legacyCopy(document) });

const root = document.getElementById('app');
if (root)
  render(
    <ConnectorContext.Provider value={connector}>
      <Welcome />
    </ConnectorContext.Provider>,
    root,
  );
