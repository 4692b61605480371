/**
 * The nudge card: names the story (Reckoning), offers other ways to tell it (Rumbling), two at a time
 * with "More stories" for others, and a one-click rewrite (Revolution) for a flagged phrase. Compact:
 * never taller than 360 px, its way forward always in view, placed clear of the line being written.
 *
 * It lives in a closed shadow root on an anonymous host (a plain `<div>`, see ../host.ts) appended
 * to the document element, never inside an editor, so the page cannot style or read it and its
 * styles cannot reach the page. The host carries no name, no attributes and no user text, and the
 * card's words are drawn as generated content, which the page cannot search (see unfindable.ts). At
 * most one card is open per document module instance: opening another closes the first.
 *
 * Built with a few lines of DOM code rather than Preact: the card is static once shown, and the
 * whole module is smaller than Preact's runtime alone.
 */
import type { Category, Severity } from '../../core/types';
import { copyText } from './copy';
import { createHost } from '../host';
import { placeCard, type Box } from './position';
import { CARD_CSS } from './styles';
import { directionOf, UnfindableText } from './unfindable';

export interface CardModel {
  /** The flagged phrase as the user wrote it. */
  phrase: string;
  category: Category;
  severity: Severity;
  /** One or two kind sentences naming the story. */
  reckoning: string;
  /** Other narratives, best first; the card shows two at a time. `label` is shown, `strategy` is the stable id. */
  rumbles: CardStory[];
  /** The phrase rewritten for the field, or null when there is none to offer. */
  rewrite: string | null;
  /** Why there is no rewrite, when there is none: said plainly instead of leaving a gap. */
  noRewriteReason?: string | null;
  /** The keys that open this card from the keyboard, as the user's browser has them bound; '' or absent when none are. */
  shortcut?: string;
}

export interface CardStory {
  strategy: string;
  label: string;
  text: string;
}

/** How many stories the card shows at once. */
export const STORIES_SHOWN = 2;

/**
 * What became of "Use this": the editor kept the rewrite; it did not, and the field holds the
 * user's text as before; or it made something else of it that could not be put back.
 */
export type RewriteAnswer = 'taken' | 'not-taken' | 'garbled';

export interface CardActions {
  /**
   * Put the rewrite into the field. Once taken, the card closes; otherwise it stays, says what
   * happened, and offers to copy the rewrite.
   */
  useRewrite(): Promise<RewriteAnswer>;
  notNow(): void;
  ignorePhrase(): void;
  pauseSite(): void;
  /**
   * Other stories for the same thought: the `round`-th set (1, 2, …). The card does not care where they
   * come from (this page, the background); without it, "More stories" steps through `model.rumbles`.
   */
  moreStories?(round: number): CardStory[] | Promise<CardStory[]>;
  /**
   * The card closed because of the user: Esc or the × button ('escape'), a pointer press
   * outside the card ('outside'), or after one of the actions above ('action').
   * Not called for `CardHandle.close()` or when another card replaces this one.
   */
  onClose(reason: 'escape' | 'outside' | 'action'): void;
}

export interface CardHandle {
  /** Removes the card and all its listeners, without calling onClose. Safe to call twice. */
  close(): void;
  isOpen(): boolean;
  /** True for the host element and anything inside it. */
  contains(node: Node): boolean;
  /** Places the open card against a new anchor (the phrase moved: scroll, resize, edit). */
  reposition?(anchor: Box): void;
}

export interface CardOptions {
  /** Move focus into the card (keyboard-opened). A card opened on hover leaves focus alone. */
  focusFirst: boolean;
  /** The document to show the card in (the editor's, or the page around an editor's small frame). */
  doc: Document;
  /**
   * The editor's document, when the card is shown in another one: Esc pressed and pointer presses
   * made in the editor count as well.
   */
  fieldDoc?: Document;
}

type CloseReason = Parameters<CardActions['onClose']>[0];

const SVG_NS = 'http://www.w3.org/2000/svg';
/** A small sprout: growth, not correction. */
const MARK_PATH = 'M8 14.5V8m0 0C8 5 5.8 3 2.5 3c0 3.3 2.2 5 5.5 5Zm0 0c0-2.6 2-4.5 5.5-4.5C13.5 6.5 11.4 8 8 8Z';
const CLOSE_PATH = 'M4 4l8 8M12 4l-8 8';

let current: CardHandle | null = null;

export function openCard(model: CardModel, anchor: Box, actions: CardActions, options: CardOptions): CardHandle {
  current?.close();
  const { doc } = options;
  const win = doc.defaultView ?? window;
  const controller = new AbortController();
  const { signal } = controller;

  const { host, root: shadow, setRules } = createHost(doc, CARD_CSS);

  const view = buildCard(doc, model);
  const redraw = () => setRules(view.words.css());
  redraw();
  shadow.append(view.card);
  let lastAnchor: Box = anchor;
  let open = true;

  const place = () => {
    const { card } = view;
    card.style.maxHeight = '';
    const rect = card.getBoundingClientRect();
    // In standards mode the root's client box is the viewport without scrollbars.
    const root = doc.compatMode === 'CSS1Compat' ? doc.documentElement : null;
    const viewport = { width: root?.clientWidth || win.innerWidth, height: root?.clientHeight || win.innerHeight };
    const p = placeCard(lastAnchor, { width: rect.width, height: rect.height }, viewport);
    card.style.top = `${p.top}px`;
    card.style.left = `${p.left}px`;
    if (rect.height > p.maxHeight) card.style.maxHeight = `${p.maxHeight}px`;
    card.dataset.side = p.side;
    // A region that scrolls must be reachable from the keyboard.
    for (const region of [view.body, view.quote]) {
      if (!region) continue;
      if (region.scrollHeight > region.clientHeight) region.tabIndex = 0;
      else region.removeAttribute('tabindex');
    }
  };

  const finish = (reason: CloseReason | null) => {
    if (!open) return;
    open = false;
    controller.abort();
    host.remove();
    if (current === handle) current = null;
    if (reason) actions.onClose(reason);
  };

  const handle: CardHandle = {
    close: () => finish(null),
    isOpen: () => open,
    contains: (node) => node === host || host.contains(node) || shadow.contains(node),
    reposition: (next) => {
      if (!open) return;
      lastAnchor = next;
      place();
    },
  };

  const bind = (button: HTMLButtonElement | null, action: () => void) => {
    if (!button) return;
    // Keep the caret where it is in the editor: a click on the card should not take focus there.
    button.addEventListener('mousedown', (event) => event.preventDefault(), { signal });
    button.addEventListener(
      'click',
      () => {
        try {
          action();
        } finally {
          finish('action');
        }
      },
      { signal },
    );
  };
  // "More stories": the next two, from the caller's reframer or, without one, from the stories already given.
  let round = 0;
  let pool = model.rumbles;
  let shown = model.rumbles.slice(0, STORIES_SHOWN);
  const more = view.more;
  if (more) {
    more.addEventListener('mousedown', (event) => event.preventDefault(), { signal });
    more.addEventListener(
      'click',
      () => {
        if (more.getAttribute('aria-disabled') === 'true') return;
        more.setAttribute('aria-disabled', 'true');
        round++;
        const seen = new Set(shown.map((s) => s.text));
        const next = (list: readonly CardStory[]) => {
          if (!open) return;
          const fresh = list.filter((s) => !seen.has(s.text));
          shown = (fresh.length > 0 ? fresh : list).slice(0, STORIES_SHOWN);
          view.showStories(shown);
          redraw();
          view.say(shown.length === 1 ? 'One more story.' : `${shown.length} more stories.`);
          more.removeAttribute('aria-disabled');
          place();
        };
        if (actions.moreStories) {
          Promise.resolve(actions.moreStories(round))
            .then((list) => {
              pool = list;
              next(list);
            })
            .catch(() => {
              if (open) more.removeAttribute('aria-disabled');
            });
        } else {
          const from = (round * STORIES_SHOWN) % Math.max(1, pool.length);
          next([...pool.slice(from), ...pool.slice(0, from)]);
        }
      },
      { signal },
    );
  }
  bindRewrite(view, model, shadow, doc, signal, actions, redraw, () => finish('action'));
  bind(view.notNow, () => actions.notNow());
  bind(view.ignorePhrase, () => actions.ignorePhrase());
  bind(view.pauseSite, () => actions.pauseSite());
  view.close.addEventListener('mousedown', (event) => event.preventDefault(), { signal });
  view.close.addEventListener('click', () => finish('escape'), { signal });

  // Esc closes the card wherever focus is, and goes no further: a page that also acts on Esc
  // (cancelling a message being edited) should not lose the user's work to a dismissed card.
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    finish('escape');
  };
  const onPointerDown = (event: Event) => {
    if (!event.composedPath().includes(host)) finish('outside');
  };
  win.addEventListener('keydown', onEscape, { capture: true, signal });
  doc.addEventListener('pointerdown', onPointerDown, { capture: true, signal });
  const fieldDoc = options.fieldDoc;
  if (fieldDoc && fieldDoc !== doc) {
    fieldDoc.defaultView?.addEventListener('keydown', onEscape, { capture: true, signal });
    fieldDoc.addEventListener('pointerdown', onPointerDown, { capture: true, signal });
  }
  // Tab cycles through the card, but only once focus is inside it.
  shadow.addEventListener(
    'keydown',
    (event) => {
      const key = event as KeyboardEvent;
      if (key.key !== 'Tab' || key.altKey || key.ctrlKey || key.metaKey) return;
      const buttons = Array.from(view.card.querySelectorAll<HTMLElement>('button, [tabindex="0"]'));
      const first = buttons[0];
      const last = buttons[buttons.length - 1];
      if (!first || !last) return;
      const index = buttons.indexOf(shadow.activeElement as HTMLElement);
      if (key.shiftKey && index <= 0) {
        key.preventDefault();
        last.focus();
      } else if (!key.shiftKey && (index === -1 || index === buttons.length - 1)) {
        key.preventDefault();
        first.focus();
      }
    },
    { signal },
  );
  win.addEventListener('resize', place, { signal });

  doc.documentElement.append(host);
  place();
  current = handle;

  if (options.focusFirst) (view.useRewrite ?? view.notNow).focus({ preventScroll: true });
  return handle;
}

/**
 * "Use this": the card waits for the editor's answer. Taken: the card closes. Not taken: the field
 * holds the user's text as before, and the card says so and offers "Copy rewrite" in its place.
 */
function bindRewrite(
  view: CardView,
  model: CardModel,
  shadow: ShadowRoot,
  doc: Document,
  signal: AbortSignal,
  actions: CardActions,
  redraw: () => void,
  done: () => void,
): void {
  const button = view.useRewrite;
  const rewrite = model.rewrite;
  if (!button || rewrite === null) return;
  let busy = false;
  button.addEventListener('mousedown', (event) => event.preventDefault(), { signal });
  button.addEventListener(
    'click',
    () => {
      if (busy) return;
      busy = true;
      view.card.setAttribute('aria-busy', 'true');
      const answer = Promise.resolve()
        .then(() => actions.useRewrite())
        .catch((): RewriteAnswer => 'not-taken');
      void answer.then((outcome) => {
        if (signal.aborted) return;
        view.card.removeAttribute('aria-busy');
        if (outcome === 'taken') done();
        else showNotTaken(view, rewrite, outcome === 'garbled' ? GARBLED : NOT_TAKEN, { shadow, doc, signal, redraw });
      });
    },
    { signal },
  );
}

const NOT_TAKEN = "This editor didn't take the rewrite, so your text is as you wrote it. Copy the rewrite to paste it in yourself.";
const GARBLED =
  "This editor changed the text in a way Mastery couldn't put back: Ctrl+Z should bring your words back. Copy the rewrite to paste it in yourself.";

interface NotTakenContext {
  shadow: ShadowRoot;
  doc: Document;
  signal: AbortSignal;
  /** Draw the words added since the card opened. */
  redraw(): void;
}

function showNotTaken(view: CardView, rewrite: string, message: string, { shadow, doc, signal, redraw }: NotTakenContext): void {
  const old = view.useRewrite;
  if (!old) return;
  const hadFocus = shadow.activeElement !== null;
  // Drawn like the rest of the card's words, out of the reach of the page's search and selections.
  const say = (el: HTMLElement, text: string) => {
    el.replaceChildren(view.words.span(text));
    redraw();
  };
  const note = doc.createElement('p');
  note.className = 'note';
  note.setAttribute('role', 'status');
  say(note, message);
  const copy = doc.createElement('button');
  copy.type = 'button';
  copy.className = 'primary';
  const label = (text: string) => {
    copy.setAttribute('aria-label', text);
    say(copy, text);
  };
  label('Copy rewrite');
  copy.addEventListener('mousedown', (event) => event.preventDefault(), { signal });
  copy.addEventListener(
    'click',
    () => {
      void copyText(doc, shadow, rewrite).then((copied) => {
        if (signal.aborted) return;
        label(copied ? 'Copied' : 'Copy rewrite');
        say(
          note,
          copied
            ? 'Copied. Paste it where you like.'
            : "Your browser didn't let Mastery copy here. The rewrite above is yours to type in, if you like.",
        );
      });
    },
    { signal },
  );
  old.replaceWith(copy);
  view.useRewrite = copy;
  view.act.insertBefore(note, view.act.lastElementChild);
  if (hadFocus) copy.focus({ preventScroll: true });
}

interface CardView {
  card: HTMLElement;
  /** The way forward: the rewrite and its buttons. */
  act: HTMLElement;
  /** The card's words, and the rules that draw them. */
  words: UnfindableText;
  /** The part that scrolls when the card is taller than the room it has. */
  body: HTMLElement;
  close: HTMLButtonElement;
  /** "More stories", when there are more than the card shows. */
  more: HTMLButtonElement | null;
  /** The rewrite, which scrolls on its own when it is long. */
  quote: HTMLElement | null;
  showStories(stories: readonly CardStory[]): void;
  /** Tells screen readers what changed, politely. */
  say(text: string): void;
  useRewrite: HTMLButtonElement | null;
  notNow: HTMLButtonElement;
  ignorePhrase: HTMLButtonElement;
  pauseSite: HTMLButtonElement;
}

type Child = Node | string | null;

function buildCard(doc: Document, model: CardModel): CardView {
  const words = new UnfindableText(doc);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: Child[]): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    for (const child of children) {
      if (child === null) continue;
      node.append(typeof child === 'string' && child.trim() !== '' ? words.span(child) : child);
    }
    return node;
  };
  const button = (className: string, text: string) => {
    const b = el('button', className, text);
    b.type = 'button';
    // Named for every tool, not only those that read generated content.
    if (text !== '') b.setAttribute('aria-label', text);
    return b;
  };
  const icon = (path: string, size: number, strokeWidth: number) => {
    const svg = doc.createElementNS(SVG_NS, 'svg');
    const attributes: Record<string, string> = {
      viewBox: '0 0 16 16',
      width: String(size),
      height: String(size),
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': String(strokeWidth),
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'aria-hidden': 'true',
    };
    for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value);
    const p = doc.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', path);
    svg.append(p);
    return svg;
  };
  /** User text: may be in any script, so its direction comes from its first strong letter. */
  const userText = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, text: string) => {
    const node = el(tag, className, text);
    node.dir = directionOf(text);
    return node;
  };

  const heading = el('h2', 'step', 'Reckoning');
  heading.id = 'mastery-card-step';
  const phrase = userText('p', 'phrase', `\u201C${model.phrase}\u201D`);
  phrase.id = 'mastery-card-phrase';
  const reckoning = userText('p', 'reckoning', model.reckoning);
  reckoning.id = 'mastery-card-reckoning';

  const close = button('close', '');
  close.setAttribute('aria-label', 'Close');
  close.append(icon(CLOSE_PATH, 16, 1.75));

  // The invitation and the story on one line: "What would I tell a friend? I would…".
  const story = (r: CardStory) => el('li', 'rumble', el('span', 'label', r.label), ' ', userText('span', 'story', r.text));
  const list = el('ul', 'rumbles', ...model.rumbles.slice(0, STORIES_SHOWN).map(story));
  const more = model.rumbles.length > STORIES_SHOWN ? button('quiet more', 'More') : null;
  // Its visible word is in its name, as speech input expects.
  more?.setAttribute('aria-label', 'More stories');
  const rumbles =
    model.rumbles.length === 0
      ? null
      : el(
          'section',
          'section',
          el(
            'div',
            'section-head',
            el('h2', null, el('span', 'step', 'Rumbling'), ' ', el('span', 'title', 'Other ways to tell it')),
            more,
          ),
          list,
        );
  const live = el('p', 'visually-hidden', '');
  live.setAttribute('aria-live', 'polite');

  const useRewrite = model.rewrite === null ? null : button('primary', 'Use this');
  const notNow = button('secondary', 'Not now');
  const quote = model.rewrite === null ? null : userText('blockquote', 'quote', `\u201C${model.rewrite}\u201D`);
  const revolution =
    quote === null
      ? null
      : el('section', 'section', el('h2', null, el('span', 'step', 'Revolution'), ' ', el('span', 'title', 'Try a new ending')), quote);
  const reason =
    model.rewrite === null && model.noRewriteReason
      ? userText('p', 'no-rewrite', `No one-click rewrite here. ${model.noRewriteReason}`)
      : null;
  /** Teaches the shortcut to someone who opened the card with the pointer. */
  const keysHint = (keys: string | undefined) =>
    keys ? el('p', 'keys', el('kbd', null, keys), ' opens this card from the keyboard') : null;
  const ignorePhrase = button('quiet', "Don't flag this phrase");
  const pauseSite = button('quiet', 'Pause on this site');

  const body = el('div', 'body', phrase, reckoning, rumbles, live);
  // The way forward stays in view when the story above has to scroll.
  const act = el('div', 'act', revolution, reason, el('div', 'actions', useRewrite, notNow));
  const card = el(
    'div',
    'card',
    el('div', 'head', icon(MARK_PATH, 16, 1.5), heading, close),
    body,
    act,
    el('div', 'foot', ignorePhrase, pauseSite, keysHint(model.shortcut)),
  );
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-modal', 'false');
  // Named by the heading and the phrase (browsers read their generated text), and by a label for
  // tools that do not read generated text.
  card.setAttribute('aria-labelledby', `${heading.id} ${phrase.id}`);
  card.setAttribute('aria-label', 'Reckoning');
  card.setAttribute('aria-describedby', reckoning.id);
  card.dataset.severity = model.severity;
  return {
    card,
    act,
    words,
    body,
    close,
    more,
    quote,
    useRewrite,
    notNow,
    ignorePhrase,
    pauseSite,
    showStories: (stories) => list.replaceChildren(...stories.map(story)),
    // Drawn like every other word of the card (the caller redraws), never as a text node the page could search.
    say: (text) => live.replaceChildren(words.span(text)),
  };
}
