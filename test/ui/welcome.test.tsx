// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { defaultSettings } from '../../src/shared/settings';
import { ConnectorContext } from '../../src/ui/connector';
import { analyse } from '../../src/ui/popup/analyse';
import { Popup } from '../../src/ui/popup/Popup';
import { SAMPLE, Welcome } from '../../src/ui/welcome/Welcome';
import { click, getByRole, mount, queryByRole, textOf, type, waitFor, type Mounted } from './dom';
import { mockConnector, type MockConnector, type MockConnectorOptions } from './mock-connector';

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const marksIn = (root: HTMLElement) => [...root.querySelectorAll('[data-testid="try-result"] mark')].map((m) => m.textContent);

async function openWelcome(options: MockConnectorOptions = {}): Promise<{ root: HTMLElement; connector: MockConnector }> {
  const connector = mockConnector(options);
  mounted = await mount(
    <ConnectorContext.Provider value={connector}>
      <Welcome />
    </ConnectorContext.Provider>,
  );
  const root = mounted.root;
  await waitFor(() => root.querySelector('[data-testid="shortcuts"]') && marksIn(root).length > 0, 'the shortcuts and the example');
  return { root, connector };
}

describe('the welcome page', () => {
  test('says what Mastery does in three lines', async () => {
    const { root } = await openWelcome();
    expect(getByRole(root, 'heading', 'Welcome to Mastery').tagName).toBe('H1');
    expect(root.querySelectorAll('.welcome-intro li')).toHaveLength(3);
  });

  test('starts its trial field with an example, and notices what Mastery would', async () => {
    const { root } = await openWelcome();
    const field = getByRole<HTMLTextAreaElement>(root, 'textbox', /Write the way you might on a hard day/);
    expect(field.value).toBe(SAMPLE);
    const expected = analyse(SAMPLE, defaultSettings());
    expect(expected.flagged.length).toBeGreaterThan(0);
    expect(marksIn(root)).toEqual(expected.flagged.map((f) => f.phrase));
    for (const f of expected.flagged) expect(textOf(root)).toContain(f.reckoning);
    if (expected.rewrite) expect(textOf(root)).toContain(`A kinder way to say it: ${expected.rewrite}`);
  });

  test('follows what is typed into the field', async () => {
    const { root } = await openWelcome();
    const field = getByRole<HTMLTextAreaElement>(root, 'textbox', /Write the way you might on a hard day/);
    await type(field, 'Lunch at noon? I will bring the slides.');
    await waitFor(() => marksIn(root).length === 0 && textOf(root).includes('Nothing harsh there.'), 'the calm answer');
    await type(field, 'I am a total failure at this.');
    await waitFor(() => marksIn(root).length === 1, 'the new phrase');
  });

  test('names the shortcuts as the browser has them bound, and where to change them', async () => {
    const { root, connector } = await openWelcome({ shortcuts: { openCard: 'Ctrl+Shift+Y', reframeSelection: '' } });
    const list = root.querySelector('[data-testid="shortcuts"]') as HTMLElement;
    expect([...list.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Ctrl+Shift+Y']);
    expect(textOf(list)).toContain('No keys yet');
    await click(getByRole(root, 'button', 'Change them at chrome://extensions/shortcuts'));
    expect(connector.shortcutSettingsOpened).toBe(1);
  });

  test('speaks each browser’s language for pinning and for shortcuts', async () => {
    const chrome = await openWelcome();
    expect(textOf(chrome.root)).toContain('then the pin beside Mastery');
    await mounted?.unmount();
    const firefox = await openWelcome({ browser: 'firefox' });
    expect(textOf(firefox.root)).toContain('choose Pin to Toolbar');
    expect(queryByRole(firefox.root, 'button', 'Change them in Firefox’s add-on shortcuts')).not.toBeNull();
  });

  test('makes the privacy promise, and opens the settings', async () => {
    const { root, connector } = await openWelcome();
    expect(textOf(root)).toContain('Everything happens on your device.');
    await click(getByRole(root, 'button', 'Choose what Mastery notices in its settings'));
    expect(connector.optionsOpened).toBe(1);
  });
});

describe('access to websites', () => {
  test('granted: nothing is said about it', async () => {
    const { root } = await openWelcome();
    expect(queryByRole(root, 'heading', 'Mastery cannot see the pages you write on')).toBeNull();
  });

  test('withheld: said plainly, with a button that asks the browser, and gone once granted', async () => {
    const { root, connector } = await openWelcome({ siteAccess: false, grantOnRequest: true });
    await waitFor(() => queryByRole(root, 'heading', 'Mastery cannot see the pages you write on'), 'the notice');
    await click(getByRole(root, 'button', 'Allow Mastery on websites'));
    expect(connector.siteAccessRequests).toBe(1);
    await waitFor(() => !queryByRole(root, 'heading', 'Mastery cannot see the pages you write on'), 'the notice to go');
  });

  test('declined: the notice stays, and says it can be asked again', async () => {
    const { root, connector } = await openWelcome({ siteAccess: false, grantOnRequest: false });
    await waitFor(() => queryByRole(root, 'button', 'Allow Mastery on websites'), 'the button');
    await click(getByRole(root, 'button', 'Allow Mastery on websites'));
    await waitFor(() => textOf(root).includes('Access is still off.'), 'the explanation');
    expect(connector.siteAccessRequests).toBe(1);
  });
});

describe('the popup’s way back to the welcome page', () => {
  async function openPopup(options: MockConnectorOptions = {}) {
    const connector = mockConnector(options);
    mounted = await mount(
      <ConnectorContext.Provider value={connector}>
        <Popup />
      </ConnectorContext.Provider>,
    );
    return { root: mounted.root, connector };
  }

  test('its menu opens the welcome page', async () => {
    const { root, connector } = await openPopup();
    const menu = getByRole(root, 'navigation', 'Mastery');
    await click(getByRole(menu, 'link', 'Welcome'));
    expect(connector.welcomeOpened).toBe(1);
    expect(getByRole(menu, 'link', 'Settings')).toBeTruthy();
  });

  test('says when Mastery may not run on websites, and asks from the click', async () => {
    const { root, connector } = await openPopup({ siteAccess: false, grantOnRequest: true });
    await waitFor(() => queryByRole(root, 'button', 'Allow Mastery on websites'), 'the notice');
    await click(getByRole(root, 'button', 'Allow Mastery on websites'));
    expect(connector.siteAccessRequests).toBe(1);
    await waitFor(() => !queryByRole(root, 'button', 'Allow Mastery on websites'), 'the notice to go');
  });
});
