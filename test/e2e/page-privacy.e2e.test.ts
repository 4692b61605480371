/**
 * What a web page can learn of what Mastery noticed in its user's writing, tried as a hostile page
 * would: the page's own script (fixtures/snoop.js) runs first, watches every change to its DOM,
 * every focus, message and resource, and afterwards reads and probes everything it can.
 *
 * Self-talk is typed with real keys into a contenteditable, a webmail body, a textarea and an
 * input, and the card is opened with Alt+Shift+R. The page then finds: no highlight, no style sheet
 * of ours, no element or attribute naming Mastery, none of the flagged phrases outside its own
 * fields, none of the card's words (not through its DOM, its style sheets, window.find() or a
 * selection stretched over the document), no extension URL in resource timing, no new global, no
 * message; only the one or two anonymous elements Mastery must add, whose size and place do not
 * change with what Mastery found; and its own field under every underline.
 *
 * The positive control, read from the extension's side: the badge counts the phrases, and the card
 * says what it says. A Mastery that noticed nothing could not pass.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import { readCard, underlines, type CardView } from './content-helpers';
import { collectPageErrors, launchWithExtension, serveFixtures, type ExtensionBrowser } from './helpers';

const POLL = { timeout: 15_000, interval: 50 };

/** Each field, what is typed into it, and the phrases Mastery flags in that. */
const FIELDS = [
  {
    id: 'note',
    typed: "Quick note for the team. I screwed this up, I'm such an idiot.",
    phrases: ['I screwed this up', "I'm such an idiot"],
  },
  { id: 'mail', typed: ' The deck had the wrong totals and I am a total failure.', phrases: ['I am a total failure'] },
  { id: 'comment', typed: 'About the launch: I really suck at these updates.', phrases: ['I really suck'] },
  { id: 'subject', typed: 'Re: the numbers, I suck at this', phrases: ['I suck'] },
] as const;
const IDS = FIELDS.map((f) => f.id);
const PHRASES = FIELDS.flatMap((f) => f.phrases);

interface Report {
  highlights: string[];
  adoptedSheets: number;
  styleSheets: number;
  sheets: string;
  customProperties: string;
  elements: string[];
  attributes: string[];
  texts: string[];
  added: Array<{ name: string; parent: string; attributes: number; children: number; text: string; closedShadow: boolean }>;
  attributeChanges: string[];
  globals: string[];
  resources: string[];
  messages: string[];
  focus: string[];
  title: string;
  url: string;
  name: string;
  storage: string;
  animations: string[];
}

interface Snoop {
  start(): void;
  report(ids: readonly string[]): Report;
  find(text: string, ids: readonly string[]): string[];
  selected(): string;
  geometry(): string[];
}

let browser: ExtensionBrowser;
let fixtures: StaticServer;
let page: Page;
let cdp: CDPSession;
let errors: string[];
let card: CardView;
/** Where the page's own hit testing lands over each underline, per field. */
const hits = new Map<string, string[]>();
/** What the page measures of the elements added to it, before and after Mastery found something. */
let neutralGeometry: string[] = [];
let flaggedGeometry: string[] = [];

const snoop = <T>(fn: (s: Snoop, arg: readonly string[]) => T, arg: readonly string[] = IDS): Promise<T> =>
  page.evaluate(
    ({ source, arg }) => new Function('s', 'arg', `return (${source})(s, arg)`)((window as unknown as { snoop: Snoop }).snoop, arg),
    {
      source: fn.toString(),
      arg,
    },
  ) as Promise<T>;

const boxes = () => underlines(page, cdp, undefined, { text: false });

/** Types a harsh line into a textarea on another host's page, and waits for its underline. */
async function underlinedElsewhere(): Promise<void> {
  const control = await browser.context.newPage();
  await control.goto(`${fixtures.url.replace('//127.0.0.1:', '//localhost:')}textarea.html`, { waitUntil: 'load' });
  const controlCdp = await browser.context.newCDPSession(control);
  await control.click('#empty');
  await control.keyboard.type('Honestly, I suck at this.', { delay: 5 });
  await expect.poll(async () => (await underlines(control, controlCdp)).map((u) => u.text), POLL).toContain('I suck');
  await controlCdp.detach();
  await control.close();
}

/**
 * The underlines over one field: the layer of the field written in just before stays a moment
 * after it loses focus, and is not this field's.
 */
async function boxesOver(id: string) {
  const field = await page.evaluate((fieldId) => {
    const r = (document.getElementById(fieldId) as HTMLElement).getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }, id);
  return (await boxes()).filter(({ box }) => {
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    return x >= field.left && x <= field.right && y >= field.top && y <= field.bottom;
  });
}

beforeAll(async () => {
  fixtures = await serveFixtures();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 760 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  errors = collectPageErrors(page);
  await page.goto(`${fixtures.url}snoop.html`, { waitUntil: 'load' });
  cdp = await browser.context.newCDPSession(page);
  await snoop((s) => s.start());
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

describe('a page that watches everything, while its user writes self-talk', () => {
  test('self-talk is typed with real keys into four kinds of field; Mastery underlines it in each', async () => {
    for (const field of FIELDS) {
      await page.click(`#${field.id}`);
      if (field.id === 'mail') {
        // After "Thanks for waiting.", above the signature.
        await page.evaluate(() => {
          const line = document.getElementById('mail-line')?.firstChild;
          if (line) getSelection()?.collapse(line, line.textContent?.length ?? 0);
        });
      }
      if (field.id === 'comment') {
        // First something Mastery has nothing to say about: what the page can measure then...
        await page.keyboard.type('About the launch plan: thanks for the notes.', { delay: 5 });
        await expect.poll(() => snoop((s) => s.geometry().length), POLL).toBe(2);
        // Absence has no event to wait on. A control page on another host gets a harsh line typed after
        // this one: once it is underlined, this field has had its own scan, the same pause and engine later.
        await underlinedElsewhere();
        neutralGeometry = await snoop((s) => s.geometry());
        await page.keyboard.press('Control+a');
      }
      await page.keyboard.type(field.typed, { delay: 5 });
      await expect.poll(async () => (await boxesOver(field.id)).length, POLL).toBeGreaterThanOrEqual(field.phrases.length);
      // ...and after it underlined something: the same.
      if (field.id === 'comment') flaggedGeometry = await snoop((s) => s.geometry());
      const points = (await boxesOver(field.id)).map((u) => ({ x: u.box.x + u.box.width / 2, y: u.box.y + u.box.height / 2 }));
      hits.set(
        field.id,
        await page.evaluate(
          ({ id, points }) => {
            const el = document.getElementById(id);
            return points.map(({ x, y }) => {
              const hit = document.elementFromPoint(x, y);
              return hit && el && (hit === el || el.contains(hit)) ? id : (hit?.outerHTML ?? 'nothing');
            });
          },
          { id: field.id, points },
        ),
      );
    }
  });

  test('Alt+Shift+R opens the card (read from the extension side: it says what it says)', async () => {
    await page.evaluate(() => {
      const input = document.getElementById('subject') as HTMLInputElement;
      const at = input.value.indexOf('suck');
      input.setSelectionRange(at, at);
    });
    await page.keyboard.press('Alt+Shift+R');
    await expect
      .poll(async () => {
        const c = await readCard(cdp);
        if (c) card = c;
        return (c?.buttons.size ?? 0) > 0;
      }, POLL)
      .toBe(true);
    expect(card.text).toContain('I suck');
    // The pieces the page must not read: the story, the other ways to tell it, the rewrite.
    expect(card.pieces.filter((p) => p.length > 20).length).toBeGreaterThanOrEqual(3);
  });

  test('positive control: Mastery saw the phrases (the badge, from the service worker)', async () => {
    await page.bringToFront();
    const badge = async () =>
      browser.serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            tabs: { query(q: object): Promise<Array<{ id?: number }>> };
            action: { getBadgeText(d: { tabId: number }): Promise<string> };
          };
        };
        // The page's tab: the one in front (the extension may not read tabs' addresses).
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
      });
    await expect.poll(async () => Number(await badge()), POLL).toBeGreaterThanOrEqual(PHRASES.length);
  });
});

describe('what the page learns', () => {
  /** Everything the page could read, as one lowercase text. */
  let report: Report;
  let readable: string;
  /** Longer pieces of the card: the phrase quoted, the story, the other ways to tell it, the rewrite. */
  let cardWords: string[];

  beforeAll(async () => {
    report = await snoop((s, ids) => s.report(ids));
    readable = [
      report.sheets,
      report.customProperties,
      ...report.attributes,
      ...report.texts,
      report.title,
      report.url,
      report.name,
      report.storage,
    ]
      .join('\n')
      .toLowerCase();
    cardWords = [...new Set(card.pieces.filter((p) => p.length > 12 || PHRASES.some((ph) => p.includes(ph))))];
  });

  test('no highlight in the registry it shares, no style sheet adopted or added, no custom property set', () => {
    expect(report.highlights).toEqual([]);
    expect(report.adoptedSheets).toBe(0);
    // The page's own one <style>.
    expect(report.styleSheets).toBe(1);
    expect(report.customProperties).toBe('unchanged');
    expect(report.animations).toEqual([]);
  });

  test('no element or attribute names Mastery; no attribute of the page changed', () => {
    expect(report.elements.filter((e) => /mastery|-/.test(e))).toEqual([]);
    expect(readable).not.toContain('mastery');
    expect(report.attributeChanges).toEqual([]);
  });

  test('what Mastery added: one or two bare elements, with nothing the page can see inside', () => {
    const live = report.added.filter((a) => a.parent !== 'removed');
    expect(live.length).toBeGreaterThanOrEqual(1);
    expect(live.length).toBeLessThanOrEqual(2);
    for (const a of report.added) expect(a).toMatchObject({ name: 'div', attributes: 0, children: 0, text: '' });
    for (const a of live) expect(a.closedShadow).toBe(true);
  });

  test('none of the flagged phrases outside its own fields, none of the card’s words anywhere', () => {
    for (const phrase of [...PHRASES, ...cardWords]) expect(readable, phrase).not.toContain(phrase.toLowerCase());
  });

  test('window.find() and a selection over the whole document reach none of the card’s words', async () => {
    const stretched = (await snoop((s) => s.selected())).toLowerCase();
    for (const words of [...cardWords, 'Reckoning', 'Rumbling', 'Revolution', 'Not now', 'Pause on this site']) {
      expect(await snoop((s, [w, ...ids]) => s.find(w as string, ids), [words, ...IDS]), words).toEqual([]);
      expect(stretched, words).not.toContain(words.toLowerCase());
    }
    // A flagged phrase is found where the page's user wrote it, and nowhere else.
    for (const phrase of PHRASES) {
      for (const where of await snoop((s, [w, ...ids]) => s.find(w as string, ids), [phrase, ...IDS]))
        expect(IDS.map((id) => `#${id}`)).toContain(where);
    }
  });

  test('no extension URL in resource timing, no global, no message, no focus taken until the card was asked for', () => {
    expect(report.resources.filter((r) => /-extension:/.test(r))).toEqual([]);
    expect(report.globals).toEqual([]);
    expect(report.messages).toEqual([]);
    const beforeCard = report.focus.slice(0, report.focus.lastIndexOf('#subject') + 1);
    expect(new Set(beforeCard)).toEqual(new Set(IDS.map((id) => `#${id}`)));
    // Alt+Shift+R moved focus into the card: the page sees a bare element take it.
    expect(report.focus.slice(beforeCard.length)).toEqual(['div (bare)']);
  });

  test('hit testing over every underline finds the page’s own field', () => {
    for (const field of FIELDS) {
      expect(hits.get(field.id)?.length ?? 0).toBeGreaterThanOrEqual(field.phrases.length);
      for (const hit of hits.get(field.id) ?? []) expect(hit).toBe(field.id);
    }
  });

  test('what the page measures of the added elements is the same whether Mastery found something or not', () => {
    expect(neutralGeometry.length).toBe(2);
    expect(flaggedGeometry).toEqual(neutralGeometry);
  });

  test('the page saw no error', () => {
    expect(errors).toEqual([]);
  });
});
