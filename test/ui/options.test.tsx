// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { customRule } from '../../src/core/custom';
import { defaultSettings, emptyJournal, recordInJournal } from '../../src/shared/settings';
import { ConnectorContext } from '../../src/ui/connector';
import { previewMatch, sampleFor } from '../../src/ui/options/CustomPhrases';
import { Options, siteProblem } from '../../src/ui/options/Options';
import { click, getByRole, mount, queryByRole, textOf, type, waitFor, type Mounted } from './dom';
import { mockConnector, type MockConnector, type MockConnectorOptions } from './mock-connector';

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
});

async function openOptions(options: MockConnectorOptions = {}): Promise<{ root: HTMLElement; connector: MockConnector }> {
  const connector = mockConnector(options);
  mounted = await mount(
    <ConnectorContext.Provider value={connector}>
      <Options />
    </ConnectorContext.Provider>,
  );
  const root = mounted.root;
  await waitFor(() => queryByRole(root, 'heading', 'What Mastery notices'), 'the settings');
  return { root, connector };
}

const saved = (root: HTMLElement) => textOf(root.querySelector('[data-testid="saved"]') as HTMLElement);

describe('the options page', () => {
  test('shows every category, with manager mode off by default and explained', async () => {
    const { root } = await openOptions();
    const switches = [...root.querySelectorAll<HTMLInputElement>('input[id^="category-"]')];
    expect(switches).toHaveLength(6);
    const manager = getByRole<HTMLInputElement>(root, 'switch', 'Manager mode: perfection asked of others');
    expect(manager.checked).toBe(false);
    expect(textOf(root.querySelector(`#${manager.getAttribute('aria-describedby')}`) as HTMLElement)).toContain(
      'Off unless you switch it on',
    );
    expect(getByRole<HTMLInputElement>(root, 'switch', 'Verdicts on yourself').checked).toBe(true);
  });

  test('a category toggle saves at once and says so politely', async () => {
    const { root, connector } = await openOptions();
    await click(getByRole(root, 'switch', 'Verdicts on yourself'));
    await connector.settle();
    expect((await connector.getSettings()).categories.shame).toBe(false);
    await waitFor(() => saved(root) === 'Saved.', 'the Saved announcement');
    expect(root.querySelector('[data-testid="saved"]')?.getAttribute('aria-live')).toBe('polite');

    await click(getByRole(root, 'switch', 'Manager mode: perfection asked of others'));
    await connector.settle();
    expect((await connector.getSettings()).categories['perfection-demanded']).toBe(true);
  });

  test('sensitivity is a radio group, each level explained', async () => {
    const { root, connector } = await openOptions();
    expect(getByRole<HTMLInputElement>(root, 'radio', 'Balanced').checked).toBe(true);
    await click(getByRole(root, 'radio', 'Gentle'));
    await connector.settle();
    expect((await connector.getSettings()).sensitivity).toBe('gentle');
    expect(textOf(root)).toContain('Only the harshest verdicts');
  });

  test('custom phrases: validated as typed, tried on a sample, added and removed', async () => {
    const { root, connector } = await openOptions();
    const input = getByRole<HTMLInputElement>(root, 'textbox', 'A phrase Mastery should notice');
    const hint = () => textOf(root.querySelector('#new-phrase-hint') as HTMLElement);

    // Too little: a calm explanation, and nothing is added.
    await type(input, 'a');
    expect(hint()).toBe('Use at least one real word.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await click(getByRole(root, 'button', 'Add phrase'));
    expect((await connector.getSettings()).customPhrases).toEqual([]);
    // Only words that carry no meaning: it would be noticed everywhere.
    await type(input, 'the');
    expect(hint()).toContain('“the” alone would be noticed in almost every sentence.');
    await click(getByRole(root, 'button', 'Add phrase'));
    expect((await connector.getSettings()).customPhrases).toEqual([]);

    // Already one of Mastery's own: said, once the typing pauses, and still allowed.
    await type(input, 'I am so stupid');
    await waitFor(() => hint().startsWith('Mastery already notices this with its own patterns.'), 'the warning');
    expect(input.getAttribute('aria-invalid')).toBeNull();

    await type(input, 'I’m such a potato');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    // The sample follows the phrase until the user edits it, and shows the match highlighted.
    const sample = getByRole<HTMLTextAreaElement>(root, 'textbox', 'Try it on a sentence');
    expect(sample.value).toBe('I’m such a potato.');
    await waitFor(
      () => root.querySelector('[data-testid="phrase-preview"] mark')?.textContent === 'I’m such a potato',
      'the highlighted match',
    );
    expect(textOf(root)).toContain('Mastery would notice the highlighted words.');

    // The user writes their own sample: the preview follows it.
    await type(sample, 'Dropped my coffee again, I am such a potato.');
    await waitFor(() => root.querySelector('[data-testid="phrase-preview"] mark')?.textContent === 'I am such a potato', 'the new match');
    await type(sample, 'Nothing to see here.');
    await waitFor(
      () => textOf(root.querySelector('[data-testid="phrase-preview"]') as HTMLElement).includes('Not in this sentence'),
      'no match',
    );

    await click(getByRole(root, 'button', 'Add phrase'));
    await connector.settle();
    expect((await connector.getSettings()).customPhrases).toEqual(['I’m such a potato']);
    await waitFor(() => saved(root).includes('Added “I’m such a potato”. Saved.'), 'the announcement');
    expect(input.value).toBe('');

    // The same phrase again is explained, not added twice.
    await type(input, "i'm  such a POTATO");
    expect(hint()).toBe('You already added this phrase.');
    await click(getByRole(root, 'button', 'Add phrase'));
    await connector.settle();
    expect((await connector.getSettings()).customPhrases).toHaveLength(1);

    await click(getByRole(root, 'button', 'Remove “I’m such a potato”'));
    await connector.settle();
    expect((await connector.getSettings()).customPhrases).toEqual([]);
  });

  test('ignored phrases and rules are listed and can be noticed again', async () => {
    const { root, connector } = await openOptions({ settings: { ignoredPhrases: ['i suck'], ignoredRules: ['shame.i-suck'] } });
    expect(textOf(root)).toContain('“i suck”');
    expect(textOf(root)).toContain('Phrases like “I suck.”');
    await click(getByRole(root, 'button', 'Notice again: “i suck”'));
    await click(getByRole(root, 'button', 'Notice again: Phrases like “I suck.”'));
    await connector.settle();
    const s = await connector.getSettings();
    expect(s.ignoredPhrases).toEqual([]);
    expect(s.ignoredRules).toEqual([]);
  });

  test('paused sites: add (normalised, validated), list, remove', async () => {
    const { root, connector } = await openOptions({ settings: { pausedSites: ['docs.example.org'] } });
    const input = getByRole<HTMLInputElement>(root, 'textbox', 'Pause on a site');
    await type(input, 'not a site');
    await click(getByRole(root, 'button', 'Pause'));
    expect(textOf(root.querySelector('#new-site-hint') as HTMLElement)).toContain('does not look like a site address');
    expect((await connector.getSettings()).pausedSites).toEqual(['docs.example.org']);

    await type(input, 'https://Mail.Example.com/inbox?id=3');
    await click(getByRole(root, 'button', 'Pause'));
    await connector.settle();
    expect((await connector.getSettings()).pausedSites).toEqual(['docs.example.org', 'mail.example.com']);

    await click(getByRole(root, 'button', 'Resume on docs.example.org'));
    await connector.settle();
    expect((await connector.getSettings()).pausedSites).toEqual(['mail.example.com']);
  });

  test('journal switches: keeping text needs the journal on, and is off by default', async () => {
    const { root, connector } = await openOptions();
    const keep = getByRole<HTMLInputElement>(root, 'switch', 'Keep the text of my reframes');
    expect(keep.checked).toBe(false);
    await click(keep);
    await connector.settle();
    expect((await connector.getSettings()).keepReframeText).toBe(true);
    await click(getByRole(root, 'switch', 'Keep a growth journal'));
    await connector.settle();
    expect((await connector.getSettings()).journalEnabled).toBe(false);
    await waitFor(
      () => getByRole<HTMLInputElement>(root, 'switch', 'Keep the text of my reframes').disabled,
      'the text switch to be disabled',
    );
    expect(textOf(root)).toContain('The journal is off: Mastery is not counting anything.');
  });

  test('your growth: celebrations, a chart with a text alternative, and chosen stories when kept', async () => {
    const now = new Date(2024, 2, 10, 12);
    let journal = emptyJournal();
    for (let d = 0; d < 3; d++) journal = recordInJournal(journal, 'reframesPractised', new Date(2024, 2, 10 - d, 12), 4);
    journal = {
      ...journal,
      entries: [
        { at: now.toISOString(), before: 'I suck.', after: 'I am learning.', strategy: 'learning', learned: 'Ask for a review earlier.' },
      ],
    };
    const { root } = await openOptions({ journal, now, settings: { keepReframeText: true } });
    expect(textOf(root.querySelector('[data-testid="celebrations"]') as HTMLElement)).toContain('12 kinder stories this week');
    expect(textOf(root)).toContain('You practised 3 days in a row');
    const svg = root.querySelector('svg[role="img"]') as SVGElement;
    expect(svg).toBeTruthy();
    const desc = root.querySelector(`#${svg.getAttribute('aria-describedby')}`);
    expect(textOf(desc as HTMLElement)).toContain('12 kinder stories over the last 30 days, on 3 days');
    expect(root.querySelectorAll('.growth-chart-bar')).toHaveLength(3);
    expect(textOf(root)).toContain('I am learning.');
    expect(textOf(root)).toContain('In place of: I suck.');
    expect(textOf(root)).toContain('What I learned: Ask for a review earlier.');
  });

  test('an empty journal invites, never scolds', async () => {
    const { root } = await openOptions();
    expect(textOf(root)).toContain('Your growth journal starts with your first kinder story');
    expect(textOf(root)).not.toMatch(/\b0 (days|kinder)/);
  });

  test('export downloads the settings and journal as JSON', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:mastery-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    const { root } = await openOptions({ settings: { pausedSites: ['a.example'] } });
    await click(getByRole(root, 'button', 'Export my data (JSON)'));
    await waitFor(() => clicks.length === 1, 'the download');
    expect(clicks[0]?.download).toMatch(/^mastery-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await (created[0] as Blob).text()) as { settings: { pausedSites: string[] }; journal: unknown };
    expect(data.settings.pausedSites).toEqual(['a.example']);
    expect(data.journal).toEqual(emptyJournal());
  });

  test('erase asks first, can be cancelled, then resets everything', async () => {
    const { root, connector } = await openOptions({ settings: { pausedSites: ['a.example'], sensitivity: 'strict' } });
    await click(getByRole(root, 'button', 'Erase all data…'));
    expect(document.activeElement).toBe(getByRole(root, 'button', 'Keep my data'));
    await click(getByRole(root, 'button', 'Keep my data'));
    expect(connector.erased).toBe(0);
    expect(document.activeElement).toBe(getByRole(root, 'button', 'Erase all data…'));

    await click(getByRole(root, 'button', 'Erase all data…'));
    await click(getByRole(root, 'button', 'Erase everything'));
    await connector.settle();
    expect(connector.erased).toBe(1);
    expect(await connector.getSettings()).toEqual(defaultSettings());
    await waitFor(() => getByRole<HTMLInputElement>(root, 'radio', 'Balanced').checked, 'the defaults to show');
    expect(textOf(root)).toContain('Mastery is listening everywhere you write.');
  });
});

describe('option helpers', () => {
  test('siteProblem', () => {
    expect(siteProblem('mail.example.com')).toBeNull();
    expect(siteProblem('https://mail.example.com/x')).toBeNull();
    expect(siteProblem('localhost:8080')).toBeNull();
    expect(siteProblem('')).toContain('Type a site first');
    expect(siteProblem('hello world')).toContain('does not look like');
    expect(siteProblem('intranet')).toContain('does not look like');
  });

  test('sampleFor puts the phrase in a sentence', () => {
    expect(sampleFor('I’m such a klutz')).toBe('I’m such a klutz.');
    expect(sampleFor('a total potato')).toBe('I’m a total potato.');
    expect(sampleFor('')).toBe('I’m such a klutz.');
  });

  test('previewMatch highlights only the user’s phrase', () => {
    const check = customRule('total potato');
    const p = previewMatch(check, 'Honestly I am a total potato at this.', defaultSettings());
    expect(p.matched).toBe(true);
    expect(p.parts.filter((x) => x.mark).map((x) => x.text)).toEqual(['total potato']);
    expect(p.parts.map((x) => x.text).join('')).toBe('Honestly I am a total potato at this.');
    expect(previewMatch(customRule('x'), 'anything', defaultSettings()).matched).toBe(false);
  });

  test('previewMatch says when the catalogue already notices the words, and shows where', () => {
    const p = previewMatch(customRule('klutz'), 'I’m such a klutz.', defaultSettings());
    expect(p.matched).toBe(false);
    expect(p.alreadyNoticed).toBe(true);
    expect(
      p.parts
        .filter((x) => x.mark)
        .map((x) => x.text)
        .join(' '),
    ).toContain('klutz');
  });
});
