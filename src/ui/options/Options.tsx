/**
 * The settings page. Every change saves at once and says "Saved" politely; nothing needs a Save button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATALOGUE } from '../../core/catalogue';
import { CATEGORIES } from '../../core/types';
import { normaliseSite, SENSITIVITIES, type Journal, type Settings } from '../../shared/settings';
import { Switch, useAnnouncer } from '../components';
import { useConnector, type ExportData } from '../connector';
import { CATEGORY_COPY, SENSITIVITY_COPY } from './copy';
import { CustomPhrases } from './CustomPhrases';
import { Growth } from './Growth';

/** A host name the user could mean: letters, digits, dots and dashes, with a dot (or localhost). */
export function siteProblem(input: string): string | null {
  const site = normaliseSite(input);
  if (site === '') return 'Type a site first, like mail.example.com.';
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(site) || (!site.includes('.') && site !== 'localhost')) {
    return 'That does not look like a site address. Try something like mail.example.com.';
  }
  return null;
}

/** Offer `data` as a JSON file download through a temporary <a download>. */
export function downloadJson(doc: Document, filename: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function exportFilename(data: ExportData): string {
  return `mastery-data-${data.exportedAt.slice(0, 10)}.json`;
}

function ruleExample(id: string): string {
  const rule = CATALOGUE.find((r) => r.id === id);
  return rule?.hits[0] ? `Phrases like “${rule.hits[0]}”` : id;
}

export function Options() {
  const connector = useConnector();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [journal, setJournal] = useState<Journal | null>(null);
  const [site, setSite] = useState('');
  const [siteTried, setSiteTried] = useState(false);
  const [confirmErase, setConfirmErase] = useState(false);
  const { message, announce } = useAnnouncer();
  const eraseRef = useRef<HTMLButtonElement>(null);
  const cancelEraseRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    const stopSettings = connector.watchSettings((s) => live && setSettings(s));
    const stopJournal = connector.watchJournal((j) => live && setJournal(j));
    void connector.getSettings().then((s) => live && setSettings(s));
    void connector.getJournal().then((j) => live && setJournal(j));
    return () => {
      live = false;
      stopSettings();
      stopJournal();
    };
  }, [connector]);

  // The confirmation takes focus on "Keep my data" (the safe choice); closing it returns focus to the erase button.
  const confirmWasOpen = useRef(false);
  useEffect(() => {
    if (confirmErase) cancelEraseRef.current?.focus();
    else if (confirmWasOpen.current) eraseRef.current?.focus();
    confirmWasOpen.current = confirmErase;
  }, [confirmErase]);

  async function change(update: (s: Settings) => Settings, said = 'Saved.') {
    const saved = await connector.updateSettings(update);
    setSettings(saved);
    announce(said);
  }

  if (!settings || !journal) {
    return (
      <main class="options">
        <h1>Mastery settings</h1>
        <p class="mastery-muted">Everything Mastery notices stays on this device.</p>
      </main>
    );
  }

  const siteIssue = siteProblem(site);
  const showSiteIssue = siteTried && siteIssue !== null;

  function addSite(e: Event) {
    e.preventDefault();
    setSiteTried(true);
    if (siteIssue) return;
    const host = normaliseSite(site);
    if (settings?.pausedSites.includes(host)) {
      announce(`${host} is already paused.`);
      setSite('');
      setSiteTried(false);
      return;
    }
    void change((s) => ({ ...s, pausedSites: [...s.pausedSites, host] }), `Paused on ${host}. Saved.`);
    setSite('');
    setSiteTried(false);
  }

  async function exportData() {
    const data = await connector.exportAll();
    downloadJson(document, exportFilename(data), data);
    announce('Your data is downloading as a JSON file.');
  }

  async function erase() {
    await connector.eraseAll();
    setConfirmErase(false);
    setSettings(await connector.getSettings());
    setJournal(await connector.getJournal());
    announce('Everything is erased. Mastery is back to how it started.');
  }

  return (
    <main class="options">
      <header class="options-header">
        <h1>Mastery settings</h1>
        <p class="mastery-muted">Everything Mastery notices stays on this device. Changes save as you make them.</p>
      </header>
      <p class={`saved-pill${message ? ' is-shown' : ''}`} role="status" aria-live="polite" data-testid="saved">
        {message}
      </p>

      <nav class="toc" aria-label="On this page">
        <a href="#notices">What Mastery notices</a>
        <a href="#phrases">Your phrases</a>
        <a href="#sites">Paused sites</a>
        <a href="#growth">Your growth</a>
        <a href="#data">Your data</a>
      </nav>

      <section class="card" id="notices" aria-labelledby="notices-heading">
        <h2 id="notices-heading">What Mastery notices</h2>
        <p class="section-lead">Switch off any kind of story you would rather Mastery left alone.</p>
        <div class="switch-list">
          {CATEGORIES.map((c) => (
            <Switch
              key={c}
              id={`category-${c}`}
              label={CATEGORY_COPY[c].name}
              hint={CATEGORY_COPY[c].hint}
              checked={settings.categories[c]}
              onChange={(on) => void change((s) => ({ ...s, categories: { ...s.categories, [c]: on } }))}
            />
          ))}
        </div>

        <fieldset class="sensitivity">
          <legend>How closely to listen</legend>
          {SENSITIVITIES.map((level) => (
            <div class="radio-row" key={level}>
              <input
                type="radio"
                name="sensitivity"
                id={`sensitivity-${level}`}
                value={level}
                checked={settings.sensitivity === level}
                aria-describedby={`sensitivity-${level}-hint`}
                onChange={() => void change((s) => ({ ...s, sensitivity: level }))}
              />
              <label for={`sensitivity-${level}`}>{SENSITIVITY_COPY[level].name}</label>
              <p class="hint" id={`sensitivity-${level}-hint`}>
                {SENSITIVITY_COPY[level].hint}
              </p>
            </div>
          ))}
        </fieldset>
      </section>

      <section class="card" id="phrases" aria-labelledby="phrases-heading">
        <h2 id="phrases-heading">Your phrases</h2>
        <p class="section-lead">
          Words you catch yourself using that Mastery does not know yet. It notices them everywhere, whatever the settings above.
        </p>
        <CustomPhrases settings={settings} onChange={(update, said) => void change(update, said)} />

        <h3 class="subheading">Phrases you asked Mastery to let be</h3>
        {settings.ignoredPhrases.length + settings.ignoredRules.length > 0 ? (
          <ul class="item-list" aria-label="Phrases Mastery lets be">
            {settings.ignoredPhrases.map((p) => (
              <li key={`phrase-${p}`}>
                <span class="item-text">“{p}”</span>
                <button
                  type="button"
                  class="button button-small button-quiet"
                  aria-label={`Notice again: “${p}”`}
                  onClick={() =>
                    void change(
                      (s) => ({ ...s, ignoredPhrases: s.ignoredPhrases.filter((x) => x !== p) }),
                      `Mastery will notice “${p}” again. Saved.`,
                    )
                  }
                >
                  Notice again
                </button>
              </li>
            ))}
            {settings.ignoredRules.map((id) => (
              <li key={`rule-${id}`}>
                <span class="item-text">{ruleExample(id)}</span>
                <button
                  type="button"
                  class="button button-small button-quiet"
                  aria-label={`Notice again: ${ruleExample(id)}`}
                  onClick={() =>
                    void change(
                      (s) => ({ ...s, ignoredRules: s.ignoredRules.filter((x) => x !== id) }),
                      'Mastery will notice those again. Saved.',
                    )
                  }
                >
                  Notice again
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="hint empty">None. When you tell a nudge “don’t flag this again”, the phrase appears here, and you can undo it.</p>
        )}
      </section>

      <section class="card" id="sites" aria-labelledby="sites-heading">
        <h2 id="sites-heading">Paused sites</h2>
        <p class="section-lead">Mastery stays quiet on these sites and every address under them.</p>
        <form class="inline-form" onSubmit={addSite} noValidate>
          <label class="field-label" for="new-site">
            Pause on a site
          </label>
          <div class="row">
            <input
              id="new-site"
              class="text-input"
              type="text"
              inputMode="url"
              autocomplete="off"
              spellcheck={false}
              placeholder="mail.example.com"
              value={site}
              aria-describedby="new-site-hint"
              aria-invalid={showSiteIssue ? 'true' : undefined}
              onInput={(e) => setSite(e.currentTarget.value)}
            />
            <button type="submit" class="button button-primary">
              Pause
            </button>
          </div>
          <p id="new-site-hint" class={showSiteIssue ? 'hint hint-attention' : 'hint'} aria-live="polite">
            {showSiteIssue ? siteIssue : 'A web address or just its site name; you can also pause from the toolbar popup.'}
          </p>
        </form>
        {settings.pausedSites.length > 0 ? (
          <ul class="item-list" aria-label="Paused sites">
            {settings.pausedSites.map((p) => (
              <li key={p}>
                <span class="item-text">{p}</span>
                <button
                  type="button"
                  class="button button-small button-quiet"
                  aria-label={`Resume on ${p}`}
                  onClick={() =>
                    void change((s) => ({ ...s, pausedSites: s.pausedSites.filter((x) => x !== p) }), `Listening on ${p} again. Saved.`)
                  }
                >
                  Resume
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="hint empty">Mastery is listening everywhere you write.</p>
        )}
      </section>

      <section class="card" id="growth" aria-labelledby="growth-heading">
        <h2 id="growth-heading">Your growth</h2>
        {settings.journalEnabled ? (
          <Growth journal={journal} now={connector.now()} keepText={settings.keepReframeText} />
        ) : (
          <p class="growth-empty">
            The journal is off: Mastery is not counting anything. What it counted before is kept until you erase it.
          </p>
        )}
        <div class="switch-list">
          <Switch
            id="journal-enabled"
            label="Keep a growth journal"
            hint="Counts, per day, the harsh stories noticed, kinder rewrites accepted, nudges set aside and reframes practised. Kept on this device only."
            checked={settings.journalEnabled}
            onChange={(on) => void change((s) => ({ ...s, journalEnabled: on }))}
          />
          <Switch
            id="keep-text"
            label="Keep the text of my reframes"
            hint="Off: the journal keeps counts only. On: it also keeps the before and after of reframes you save from the popup, so you can look back on them."
            checked={settings.keepReframeText}
            disabled={!settings.journalEnabled}
            onChange={(on) => void change((s) => ({ ...s, keepReframeText: on }))}
          />
        </div>
      </section>

      <section class="card" id="data" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p class="section-lead">Your settings and journal, in one file you can keep or read. Nothing is ever sent anywhere.</p>
        <div class="actions-row">
          <button type="button" class="button" onClick={() => void exportData()}>
            Export my data (JSON)
          </button>
          {!confirmErase ? (
            <button type="button" class="button" ref={eraseRef} onClick={() => setConfirmErase(true)}>
              Erase all data…
            </button>
          ) : null}
        </div>
        {confirmErase ? (
          <fieldset class="confirm" aria-labelledby="confirm-erase-text">
            <p id="confirm-erase-text">
              Erase your settings, phrases, paused sites and growth journal from this browser? This cannot be undone; export first if you
              want a copy.
            </p>
            <div class="actions-row">
              <button type="button" class="button" ref={cancelEraseRef} onClick={() => setConfirmErase(false)}>
                Keep my data
              </button>
              <button type="button" class="button button-primary" onClick={() => void erase()}>
                Erase everything
              </button>
            </div>
          </fieldset>
        ) : null}
      </section>
    </main>
  );
}
