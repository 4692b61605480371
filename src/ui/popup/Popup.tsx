/**
 * The popup: reframe a thought in three steps, Reckoning → Rumbling → Revolution, plus this tab's
 * findings count, "Pause on this site" and the growth journal's one-line summary.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { summaryLine } from '../../shared/journal';
import { MAX_LEARNED } from '../../shared/messages';
import { isSitePaused, normaliseSite, type Journal, type Settings } from '../../shared/settings';
import { Switch, useAnnouncer } from '../components';
import { useConnector, type TabInfo } from '../connector';
import { SiteAccessNotice } from '../site-access';
import { analyse, type Analysis } from './analyse';

export type Step = 'reckoning' | 'rumbling' | 'revolution';

export const STEPS: ReadonlyArray<{ id: Step; name: string; title: string }> = [
  { id: 'reckoning', name: 'Reckoning', title: 'Notice the story' },
  { id: 'rumbling', name: 'Rumbling', title: 'Find other stories' },
  { id: 'revolution', name: 'Revolution', title: 'Practise the new story' },
];

/** One story the user can pick in the Rumbling step. */
export interface Choice {
  key: string;
  /** The reframing strategy, "rewrite" for the whole thought said kindly, or "own". */
  strategy: string;
  label: string;
  text: string;
}

const CELEBRATIONS: Record<string, string> = {
  rewrite: 'Same facts, kinder story. That is how a mistake becomes something you can fix.',
  specific: 'You named what happened, not who you are. That is the heart of it.',
  learning: 'A mistake that teaches you something is not a failure. It is practice.',
  mastery: 'Progress over perfect: that is what mastery looks like.',
  compassion: 'You just spoke to yourself the way you would speak to a friend.',
  passion: 'Remembering what you enjoy is how the work stays yours.',
  evidence: 'The evidence is on your side. Good to see it.',
  own: 'A kinder story in your own words is the strongest kind.',
};

export function celebrationFor(strategy: string): string {
  return CELEBRATIONS[strategy] ?? 'A kinder story, told on purpose. That is growth.';
}

/** Choices for the Rumbling step: the kind rewrite first (when there is one), then the rumbles. */
export function choicesFor(analysis: Analysis): Choice[] {
  const out: Choice[] = [];
  if (analysis.rewrite) out.push({ key: 'rewrite', strategy: 'rewrite', label: 'The same news, said kindly', text: analysis.rewrite });
  // Four stories at most, so the step fits the popup without scrolling; always at least three rumbles.
  const rumbles = analysis.rumbles.slice(0, out.length > 0 ? 3 : 4);
  for (const [i, r] of rumbles.entries()) out.push({ key: `rumble-${i}`, strategy: r.strategy, label: r.label, text: r.text });
  return out;
}

function countLine(count: number | null, tab: TabInfo | null, paused: boolean): string {
  if (!tab?.host) return 'Mastery works on web pages, not on browser pages like this one.';
  if (paused) return `Mastery is paused on ${tab.host}.`;
  if (count === null) return '';
  if (count === 0) return 'Nothing harsh noticed on this page.';
  return `${count} ${count === 1 ? 'phrase' : 'phrases'} on this page could use a kinder word.`;
}

/** A link in the popup's menu: opens one of Mastery's pages in a tab of its own through the connector. */
function MenuLink(props: { href: string; open: () => Promise<void>; children: ComponentChildren }) {
  return (
    <a
      class="settings-link"
      href={props.href}
      target="_blank"
      rel="noopener"
      onClick={(e) => {
        e.preventDefault();
        void props.open();
      }}
    >
      {props.children}
    </a>
  );
}

export function Popup() {
  const connector = useConnector();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [journal, setJournal] = useState<Journal | null>(null);
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [step, setStep] = useState<Step>('reckoning');
  const [choiceKey, setChoiceKey] = useState<string>('');
  const [ownText, setOwnText] = useState('');
  const [learned, setLearned] = useState('');
  const [saved, setSaved] = useState(false);
  const [copiedKey, setCopiedKey] = useState<string | null>(null);
  const [nudge, setNudge] = useState('');
  const { message, announce } = useAnnouncer();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const thoughtRef = useRef<HTMLTextAreaElement>(null);
  const stepChanged = useRef(false);

  useEffect(() => {
    let live = true;
    const stopSettings = connector.watchSettings((s) => live && setSettings(s));
    const stopJournal = connector.watchJournal((j) => live && setJournal(j));
    void (async () => {
      const s = await connector.getSettings();
      if (!live) return;
      setSettings(s);
      const j = await connector.getJournal();
      if (live) setJournal(j);
      const handover = await connector.takeHandover();
      const current = await connector.currentTab();
      if (!live) return;
      setTab(current);
      const initial = handover?.text || (current ? await connector.selection(current.id) : '');
      if (!live) return;
      if (initial.trim()) {
        setText(initial);
        setAnalysis(analyse(initial, s));
      }
      if (current) {
        const n = await connector.tabFindingCount(current.id);
        if (live) setCount(n);
      }
    })();
    return () => {
      live = false;
      stopSettings();
      stopJournal();
    };
  }, [connector]);

  // Moving between steps puts focus on the new step's heading, so keyboard and screen-reader users land there.
  useEffect(() => {
    if (!stepChanged.current) return;
    headingRef.current?.focus();
  }, [step]);

  const choices = useMemo(() => (analysis ? choicesFor(analysis) : []), [analysis]);
  const ownChoice: Choice = { key: 'own', strategy: 'own', label: 'In my own words', text: ownText.trim() };
  const chosen = choiceKey === 'own' ? ownChoice : (choices.find((c) => c.key === choiceKey) ?? choices[0]);
  const paused = settings !== null && tab?.host ? isSitePaused(settings, tab.host) : false;
  const fresh = analysis !== null && analysis.text === text;

  function goTo(next: Step) {
    stepChanged.current = true;
    setNudge('');
    setStep(next);
  }

  function notice() {
    if (!settings) return;
    if (!text.trim()) {
      setNudge('Type or paste a thought first, in your own words.');
      thoughtRef.current?.focus();
      return;
    }
    setNudge('');
    const result = analyse(text, settings);
    setAnalysis(result);
    setChoiceKey(choicesFor(result)[0]?.key ?? 'own');
    setSaved(false);
    announce(
      result.flagged.length > 0
        ? `Mastery noticed ${result.flagged.length === 1 ? 'one story' : `${result.flagged.length} stories`} worth a second look.`
        : (result.warm ?? ''),
    );
  }

  /** "Other stories": the next set for the same thought; a story of my own stays mine. */
  function otherStories() {
    if (!settings || !analysis) return;
    const next = analyse(analysis.text, settings, analysis.seed + 1);
    setAnalysis(next);
    if (choiceKey !== 'own') setChoiceKey(choicesFor(next)[0]?.key ?? 'own');
    setCopiedKey(null);
    announce('Other stories.');
  }

  function toRevolution() {
    if (choiceKey === 'own' && !ownText.trim()) {
      setNudge('Write your kinder story first, or pick one above.');
      return;
    }
    setSaved(false);
    goTo('revolution');
  }

  async function copy(key: string, value: string) {
    const ok = await connector.copy(value);
    setCopiedKey(ok ? key : null);
    announce(ok ? 'Copied.' : 'Your browser did not allow copying. Select the text and press Ctrl+C.');
  }

  async function save() {
    if (saved || !chosen) return;
    try {
      await connector.sendJournalEvent({
        counter: 'reframesPractised',
        before: text.slice(0, 2000),
        after: chosen.text.slice(0, 2000),
        strategy: chosen.strategy.slice(0, 40),
        ...(learned.trim() ? { learned: learned.trim().slice(0, MAX_LEARNED) } : {}),
      });
    } catch {
      // The service worker was restarting: nothing was lost but the count, and the user can simply try again.
      setNudge('The journal did not answer just then. Press Save to journal again in a moment.');
      return;
    }
    setNudge('');
    setSaved(true);
    announce('Saved to your journal.');
  }

  function restart() {
    setText('');
    setAnalysis(null);
    setOwnText('');
    setLearned('');
    setChoiceKey('');
    setSaved(false);
    setCopiedKey(null);
    goTo('reckoning');
    setTimeout(() => thoughtRef.current?.focus(), 0);
  }

  async function setPaused(on: boolean) {
    const host = tab?.host;
    if (!host) return;
    await connector.updateSettings((s) => ({
      ...s,
      pausedSites: on
        ? [...s.pausedSites, host]
        : s.pausedSites.filter((p) => {
            const site = normaliseSite(p);
            return !(host === site || host.endsWith(`.${site}`));
          }),
    }));
    announce(on ? `Paused on ${host}.` : `Mastery is listening on ${host} again.`);
  }

  const stepIndex = STEPS.findIndex((s) => s.id === step);
  const current = STEPS[stepIndex] ?? { id: 'reckoning', name: 'Reckoning', title: 'Notice the story' };

  return (
    <main class="popup">
      <header class="popup-header">
        <div>
          <h1>Mastery</h1>
          <p class="mastery-muted tagline">Kinder stories for the things you write.</p>
        </div>
        <nav class="popup-menu" aria-label="Mastery">
          <MenuLink href="../welcome/index.html" open={() => connector.openWelcome()}>
            Welcome
          </MenuLink>
          <MenuLink href="../options/index.html" open={() => connector.openOptions()}>
            Settings
          </MenuLink>
        </nav>
      </header>

      <SiteAccessNotice />

      <section class={`page-status${tab?.host ? '' : ' is-quiet'}`} aria-label="This page">
        <p class="page-count" data-testid="tab-count">
          {countLine(count, tab, paused)}
        </p>
        {tab?.host && settings ? (
          <Switch id="pause-site" label="Pause on this site" hint={tab.host} checked={paused} onChange={(on) => void setPaused(on)} />
        ) : null}
      </section>

      <nav aria-label="Reframing steps">
        <ol class="stepper">
          {STEPS.map((s, i) => {
            const state = i < stepIndex ? 'done' : i === stepIndex ? 'current' : 'todo';
            const inner = (
              <>
                <span class="step-dot" aria-hidden="true">
                  {state === 'done' ? '✓' : i + 1}
                </span>
                <span class="step-name">{s.name}</span>
                {state === 'done' ? <span class="visually-hidden"> (done, go back)</span> : null}
              </>
            );
            return (
              <li key={s.id} class={`step-item is-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
                {state === 'done' ? (
                  <button type="button" class="step-link" onClick={() => goTo(s.id)}>
                    {inner}
                  </button>
                ) : (
                  <span class="step-link">{inner}</span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>

      <section class="step" aria-labelledby="step-heading">
        <h2 id="step-heading" class="step-heading" tabIndex={-1} ref={headingRef}>
          <span class="visually-hidden">
            Step {stepIndex + 1} of 3, {current.name}:{' '}
          </span>
          {current.title}
        </h2>

        {step === 'reckoning' ? (
          <div class="step-body">
            <label class="field-label" for="thought">
              What story are you telling yourself?
            </label>
            <textarea
              id="thought"
              ref={thoughtRef}
              class="text-area thought"
              rows={3}
              maxLength={2000}
              value={text}
              placeholder="Type or paste it, just as you said it to yourself."
              // biome-ignore lint/a11y/noAutofocus: the popup opens to write a thought; its field is the one thing to focus.
              autoFocus
              onInput={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  notice();
                }
              }}
            />
            {!fresh ? (
              <div class="actions">
                <button type="button" class="button button-primary" onClick={notice} disabled={!settings}>
                  Notice the story
                </button>
              </div>
            ) : null}
            {fresh && analysis ? (
              <div class="reckoning">
                {analysis.flagged.length > 0 ? (
                  <>
                    <p class="lead">Noticing is the first step. Here is what Mastery heard:</p>
                    <ul class="findings">
                      {analysis.flagged.map((f) => (
                        <li key={f.finding.start} class="finding">
                          <blockquote class="finding-quote">
                            {f.before}
                            <mark class="mastery-mark">{f.phrase}</mark>
                            {f.after}
                          </blockquote>
                          <p class="finding-reckoning">{f.reckoning}</p>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <div class={`warm${analysis.heavy ? ' is-heavy' : ''}`} data-testid="warm">
                    <span class="warm-leaf" aria-hidden="true">
                      ❦
                    </span>
                    <p>{analysis.warm}</p>
                  </div>
                )}
                <div class="actions">
                  <button type="button" class="button button-primary" onClick={() => goTo('rumbling')}>
                    {analysis.flagged.length > 0 || analysis.heavy ? 'Find kinder stories' : 'Practise a kinder story anyway'}
                    <span aria-hidden="true">→</span>
                  </button>
                </div>
              </div>
            ) : null}
          </div>
        ) : null}

        {step === 'rumbling' && analysis ? (
          <div class="step-body">
            <p class="lead">Which of these is also true? Pick one, or write your own.</p>
            {analysis.flagged.length > 0 && !analysis.rewrite && analysis.noRewriteReason ? (
              <p class="hint no-rewrite" data-testid="no-rewrite">
                No one-click rewrite for this one. {analysis.noRewriteReason}
              </p>
            ) : null}
            <fieldset class="choices">
              <legend class="visually-hidden">Other stories you could tell</legend>
              {choices.map((c) => (
                <div key={c.key} class={`choice${chosen?.key === c.key ? ' is-chosen' : ''}`}>
                  <input
                    type="radio"
                    name="story"
                    id={`choice-${c.key}`}
                    value={c.key}
                    checked={chosen?.key === c.key}
                    onChange={() => setChoiceKey(c.key)}
                  />
                  <label for={`choice-${c.key}`}>
                    <span class="choice-label">{c.label}</span>
                    <span class="choice-text">{c.text}</span>
                  </label>
                  <button
                    type="button"
                    class="button button-small button-quiet copy"
                    aria-label={`Copy “${c.label}”`}
                    onClick={() => void copy(c.key, c.text)}
                  >
                    {copiedKey === c.key ? 'Copied' : 'Copy'}
                  </button>
                </div>
              ))}
              <div class={`choice own${choiceKey === 'own' ? ' is-chosen' : ''}`}>
                <input
                  type="radio"
                  name="story"
                  id="choice-own"
                  value="own"
                  checked={choiceKey === 'own'}
                  onChange={() => setChoiceKey('own')}
                />
                <label for="choice-own">
                  <span class="choice-label">In my own words</span>
                </label>
                <textarea
                  class="text-area own-text"
                  rows={2}
                  maxLength={2000}
                  aria-label="My own kinder story"
                  placeholder="What else is true?"
                  value={ownText}
                  onInput={(e) => {
                    setOwnText(e.currentTarget.value);
                    setChoiceKey('own');
                  }}
                />
              </div>
            </fieldset>
            <div class="actions">
              <button type="button" class="button button-small button-quiet" onClick={otherStories}>
                Other stories
              </button>
            </div>
            <div class="actions actions-split actions-sticky">
              <button type="button" class="button button-quiet" onClick={() => goTo('reckoning')}>
                <span aria-hidden="true">←</span> Back
              </button>
              <button type="button" class="button button-primary" onClick={toRevolution}>
                Practise this story <span aria-hidden="true">→</span>
              </button>
            </div>
          </div>
        ) : null}

        {step === 'revolution' && chosen ? (
          <div class="step-body">
            <figure class="new-story">
              <blockquote data-testid="new-story">{chosen.text}</blockquote>
              <figcaption class="hint">{chosen.label}</figcaption>
            </figure>
            <p class="celebrate">{celebrationFor(chosen.strategy)}</p>
            {settings?.journalEnabled ? (
              <div class="learned">
                <label class="field-label" for="learned">
                  What did I learn? <span class="mastery-muted">(optional)</span>
                </label>
                <input
                  id="learned"
                  class="text-input"
                  type="text"
                  maxLength={MAX_LEARNED}
                  value={learned}
                  placeholder="One line, in my own words"
                  aria-describedby="learned-hint"
                  onInput={(e) => {
                    setLearned(e.currentTarget.value);
                    setSaved(false);
                  }}
                />
                <p id="learned-hint" class="hint">
                  {settings.keepReframeText
                    ? 'We celebrate our learnings and growth: it is saved with this story in your journal.'
                    : 'We celebrate our learnings and growth. Your journal keeps counts, not words, unless you choose to keep reframe text in Settings.'}
                </p>
              </div>
            ) : null}
            <div class="actions">
              <button type="button" class="button" onClick={() => void copy('chosen', chosen.text)}>
                {copiedKey === 'chosen' ? 'Copied' : 'Copy'}
              </button>
              {settings?.journalEnabled ? (
                <button type="button" class="button button-primary" aria-disabled={saved ? 'true' : undefined} onClick={() => void save()}>
                  {saved ? (
                    <>
                      <span aria-hidden="true">✓</span> Saved to journal
                    </>
                  ) : (
                    'Save to journal'
                  )}
                </button>
              ) : null}
            </div>
            <div class="actions actions-split">
              <button type="button" class="button button-quiet" onClick={() => goTo('rumbling')}>
                <span aria-hidden="true">←</span> Back
              </button>
              <button type="button" class="button button-quiet" onClick={restart}>
                Reframe another thought
              </button>
            </div>
          </div>
        ) : null}

        <p class="nudge" role="status">
          {nudge}
        </p>
      </section>

      {settings?.journalEnabled && journal ? (
        <footer class="popup-footer">
          <p class="journal-line" data-testid="journal-line">
            <span class="journal-leaf" aria-hidden="true">
              ✿
            </span>{' '}
            {summaryLine(journal, connector.now())}
          </p>
        </footer>
      ) : null}

      <div class="visually-hidden" aria-live="polite" role="status">
        {message}
      </div>
    </main>
  );
}
