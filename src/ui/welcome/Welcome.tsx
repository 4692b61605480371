/**
 * The welcome page, opened once when Mastery is installed and from the popup: what Mastery does in
 * three lines, a field to try it in, how to keep its button at hand, its two shortcuts as the browser
 * has them bound, and its promise about your words.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { useDebounced } from '../components';
import { type Shortcuts, useConnector } from '../connector';
import { analyse } from '../popup/analyse';
import { SiteAccessNotice } from '../site-access';

/** Written the way many of us write on a hard day; the trial field starts with it. */
export const SAMPLE = 'Sorry, I screwed up the report again. I’m such an idiot.';

function TryIt(props: { settings: Settings | null }) {
  const [text, setText] = useState(SAMPLE);
  // Parsing takes a few milliseconds a sentence: wait for a pause in typing, as the pages do.
  const settled = useDebounced(text, 180);
  const analysis = useMemo(() => (props.settings && settled.trim() ? analyse(settled, props.settings) : null), [settled, props.settings]);

  return (
    <section class="welcome-section" aria-labelledby="try-title">
      <h2 id="try-title">Try it here</h2>
      <label class="field-label" for="try">
        Write the way you might on a hard day, or keep the example
      </label>
      <textarea id="try" class="text-area" rows={3} maxLength={2000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="try-result" aria-live="polite" data-testid="try-result">
        {analysis === null ? null : analysis.flagged.length > 0 ? (
          <>
            {analysis.flagged.map((f) => (
              <div key={f.finding.start} class="try-finding">
                <p class="try-sentence">
                  {f.before}
                  <mark class="mastery-mark">{f.phrase}</mark>
                  {f.after}
                </p>
                <p class="try-reckoning">{f.reckoning}</p>
              </div>
            ))}
            {analysis.rewrite ? (
              <p class="try-rewrite">
                <span class="try-label">A kinder way to say it:</span> {analysis.rewrite}
              </p>
            ) : null}
          </>
        ) : (
          <p class="try-reckoning">Nothing harsh there. {analysis.warm}</p>
        )}
      </div>
      <p class="hint">
        On a web page, the underline appears a moment after you pause, right where you wrote; rest the pointer on it and a card offers other
        ways to tell the story.
      </p>
    </section>
  );
}

function Keys(props: { keys: string }) {
  return props.keys ? <kbd>{props.keys}</kbd> : <span class="no-keys">No keys yet</span>;
}

export function Welcome() {
  const connector = useConnector();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcuts | null>(null);
  const firefox = connector.browserKind() === 'firefox';

  useEffect(() => {
    let live = true;
    void connector.getSettings().then((s) => live && setSettings(s));
    const stop = connector.watchSettings((s) => live && setSettings(s));
    // Read again when the page comes back into view: the keys may just have been changed.
    const readKeys = () =>
      void connector.shortcuts().then(
        (k) => live && setShortcuts(k),
        () => undefined,
      );
    readKeys();
    const onVisible = () => {
      if (document.visibilityState === 'visible') readKeys();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [connector]);

  return (
    <main class="welcome">
      <header class="welcome-header">
        <h1>Welcome to Mastery</h1>
        <ul class="welcome-intro">
          <li>When you write something harsh about yourself, Mastery underlines it, gently, right where you wrote it.</li>
          <li>Rest the pointer on the underline: a card names the story and offers kinder, truer ways to tell it.</li>
          <li>One click puts the kinder sentence in place, and Ctrl+Z brings yours back.</li>
        </ul>
      </header>

      <SiteAccessNotice />

      <TryIt settings={settings} />

      <section class="welcome-section" aria-labelledby="pin-title">
        <h2 id="pin-title">Keep Mastery at hand</h2>
        <p>
          {firefox
            ? 'Click the Extensions button (the puzzle piece) in the toolbar, then the gear beside Mastery, and choose Pin to Toolbar.'
            : 'Click the Extensions button (the puzzle piece) at the right of the address bar, then the pin beside Mastery.'}{' '}
          Its button shows how many phrases on the page could use a kinder word, and opens Mastery to reframe any thought on purpose.
        </p>
      </section>

      <section class="welcome-section" aria-labelledby="keys-title">
        <h2 id="keys-title">Two shortcuts</h2>
        {shortcuts ? (
          <dl class="shortcut-list" data-testid="shortcuts">
            <div>
              <dt>
                <Keys keys={shortcuts.openCard} />
              </dt>
              <dd>opens the card for the phrase at the caret, without the mouse.</dd>
            </div>
            <div>
              <dt>
                <Keys keys={shortcuts.reframeSelection} />
              </dt>
              <dd>opens Mastery with the text you selected, to reframe it on purpose.</dd>
            </div>
          </dl>
        ) : null}
        <p>
          <button type="button" class="link-button" onClick={() => void connector.openShortcutSettings()}>
            {firefox ? 'Change them in Firefox’s add-on shortcuts' : 'Change them at chrome://extensions/shortcuts'}
          </button>
        </p>
      </section>

      <section class="welcome-section" aria-labelledby="privacy-title">
        <h2 id="privacy-title">Your words stay yours</h2>
        <p>
          Everything happens on your device. Mastery makes no network requests and has no accounts and no analytics: what you write is never
          sent anywhere. It keeps the text of your reframes only if you ask it to; otherwise its journal keeps counts alone.
        </p>
        <p>
          <button type="button" class="link-button" onClick={() => void connector.openOptions()}>
            Choose what Mastery notices in its settings
          </button>
        </p>
      </section>
    </main>
  );
}
