/**
 * When Mastery may not run on websites, it says so, and offers to ask for access. In Chrome the user
 * can withhold it (the extension's "Site access"); Firefox may install Mastery without it, and
 * always lets the user take it back. Without it the content script never runs, so nothing is
 * noticed, and without this notice nothing would say why.
 */
import { useEffect, useState } from 'preact/hooks';
import { useConnector } from './connector';

type State = 'checking' | 'granted' | 'withheld' | 'declined';

export function SiteAccessNotice(props: { headingLevel?: 2 | 3 }) {
  const connector = useConnector();
  const [state, setState] = useState<State>('checking');

  useEffect(() => {
    let live = true;
    const show = (granted: boolean) => live && setState(granted ? 'granted' : 'withheld');
    // A browser that cannot say is one that does not withhold: say nothing rather than cry wolf.
    connector.siteAccess().then(show, () => show(true));
    const stop = connector.watchSiteAccess(show);
    return () => {
      live = false;
      stop();
    };
  }, [connector]);

  if (state === 'checking' || state === 'granted') return null;

  function ask() {
    // Straight from the click, before anything is awaited: the browser asks only in answer to one.
    connector.requestSiteAccess().then(
      (granted) => setState(granted ? 'granted' : 'declined'),
      () => setState('declined'),
    );
  }

  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="site-access" aria-labelledby="site-access-title">
      <Heading id="site-access-title" class="site-access-title">
        Mastery cannot see the pages you write on
      </Heading>
      <p>
        Your browser has not given Mastery access to websites, so it cannot notice anything as you write. With access, it reads only the
        fields you type in, and nothing leaves your device.
      </p>
      <button type="button" class="button button-primary" onClick={ask}>
        Allow Mastery on websites
      </button>
      {state === 'declined' ? (
        <p class="hint" role="status">
          Access is still off. You can allow it here at any time, or in your browser’s settings for Mastery.
        </p>
      ) : null}
    </section>
  );
}
