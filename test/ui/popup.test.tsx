// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { defaultSettings, emptyJournal, recordInJournal } from '../../src/shared/settings';
import { ConnectorContext } from '../../src/ui/connector';
import { analyse } from '../../src/ui/popup/analyse';
import { Popup } from '../../src/ui/popup/Popup';
import { click, getByRole, mount, press, queryByRole, textOf, type, waitFor, type Mounted } from './dom';
import { mockConnector, type MockConnector, type MockConnectorOptions } from './mock-connector';

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

async function openPopup(options: MockConnectorOptions = {}): Promise<{ root: HTMLElement; connector: MockConnector }> {
  const connector = mockConnector(options);
  mounted = await mount(
    <ConnectorContext.Provider value={connector}>
      <Popup />
    </ConnectorContext.Provider>,
  );
  const root = mounted.root;
  // Ready once settings are in and the tab is known.
  await waitFor(() => {
    const notice = queryByRole(root, 'button', 'Notice the story') as HTMLButtonElement | null;
    return (notice && !notice.disabled) || root.querySelector('mark');
  }, 'settings');
  await waitFor(() => textOf(root.querySelector('[data-testid="tab-count"]') as HTMLElement) !== '', 'the tab count');
  return { root, connector };
}

const currentStep = (root: HTMLElement) => textOf(root.querySelector('[aria-current="step"]') as HTMLElement);

describe('the popup', () => {
  test('walks Reckoning → Rumbling → Revolution and saves to the journal', async () => {
    const { root, connector } = await openPopup({ findingCount: 2 });
    expect(currentStep(root)).toContain('Reckoning');
    expect(textOf(root)).toContain('2 phrases on this page could use a kinder word.');
    expect(textOf(root)).toContain('Your growth journal starts with your first kinder story.');

    // Reckoning: the thought, its findings and their reckonings.
    const thought = getByRole<HTMLTextAreaElement>(root, 'textbox', 'What story are you telling yourself?');
    await type(thought, 'I screwed this up. I suck.');
    await click(getByRole(root, 'button', 'Notice the story'));
    const marks = [...root.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['I screwed this up', 'I suck']);
    const expected = analyse('I screwed this up. I suck.', defaultSettings());
    for (const f of expected.flagged) expect(textOf(root)).toContain(f.reckoning);

    // Rumbling: at least three labelled stories, each with a Copy button, and room for my own.
    await click(getByRole(root, 'button', /Find kinder stories/));
    expect(currentStep(root)).toContain('Rumbling');
    expect(document.activeElement).toBe(getByRole(root, 'heading', /Find other stories/));
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length).toBeGreaterThanOrEqual(4); // ≥3 stories + "in my own words"
    const copyButtons = [...root.querySelectorAll('button.copy')];
    expect(copyButtons.length).toBe(radios.length - 1);
    for (const r of expected.rumbles.slice(0, 3)) expect(textOf(root)).toContain(r.label);
    expect(radios[0]?.checked).toBe(true);

    // Copy one of them.
    const firstRumble = expected.rumbles[0];
    if (!firstRumble) throw new Error('no rumbles');
    await click(getByRole(root, 'button', `Copy “${firstRumble.label}”`));
    expect(connector.copied).toEqual([firstRumble.text]);
    expect(textOf(getByRole(root, 'button', `Copy “${firstRumble.label}”`))).toBe('Copied');

    // Choose it and practise it.
    await click(getByRole(root, 'radio', new RegExp(firstRumble.label.replace(/[?]/g, '\\?'))));
    await click(getByRole(root, 'button', /Practise this story/));
    expect(currentStep(root)).toContain('Revolution');
    expect(textOf(root.querySelector('[data-testid="new-story"]') as HTMLElement)).toBe(firstRumble.text);

    await click(getByRole(root, 'button', 'Copy'));
    expect(connector.copied.at(-1)).toBe(firstRumble.text);

    await click(getByRole(root, 'button', 'Save to journal'));
    await connector.settle();
    expect(connector.events).toEqual([
      { counter: 'reframesPractised', before: 'I screwed this up. I suck.', after: firstRumble.text, strategy: firstRumble.strategy },
    ]);
    await waitFor(() => textOf(root).includes('1 kinder story this week'), 'the journal line');
    expect(getByRole(root, 'button', /Saved to journal/).getAttribute('aria-disabled')).toBe('true');
    // Text is not kept unless the user asked: counts only.
    expect((await connector.getJournal()).entries).toEqual([]);

    // A second press does not count twice.
    await click(getByRole(root, 'button', /Saved to journal/));
    await connector.settle();
    expect(connector.events).toHaveLength(1);
  });

  test('the whole thought, said kindly, is offered first', async () => {
    const { root } = await openPopup();
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), 'I screwed this up. I suck.');
    await click(getByRole(root, 'button', 'Notice the story'));
    await click(getByRole(root, 'button', /Find kinder stories/));
    const rewrite = analyse('I screwed this up. I suck.', defaultSettings()).rewrite;
    expect(rewrite).toBeTruthy();
    const first = root.querySelector('.choice');
    expect(textOf(first as HTMLElement)).toContain('The same news, said kindly');
    expect(textOf(first as HTMLElement)).toContain(rewrite ?? '');
  });

  test('my own words can be the new story', async () => {
    const { root, connector } = await openPopup({ settings: { keepReframeText: true } });
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), "I'm such an idiot.");
    await click(getByRole(root, 'button', 'Notice the story'));
    await click(getByRole(root, 'button', /Find kinder stories/));

    // Choosing "own" without writing anything asks kindly.
    await click(getByRole(root, 'radio', 'In my own words'));
    await click(getByRole(root, 'button', /Practise this story/));
    expect(currentStep(root)).toContain('Rumbling');
    expect(textOf(root)).toContain('Write your kinder story first');

    await type(getByRole(root, 'textbox', 'My own kinder story'), 'I had a clumsy morning and I am still good at my job.');
    await click(getByRole(root, 'button', /Practise this story/));
    expect(textOf(root.querySelector('[data-testid="new-story"]') as HTMLElement)).toBe(
      'I had a clumsy morning and I am still good at my job.',
    );
    expect(textOf(root)).toContain('A kinder story in your own words is the strongest kind.');
    await click(getByRole(root, 'button', 'Save to journal'));
    await connector.settle();
    // The user keeps reframe text: the journal has it.
    expect((await connector.getJournal()).entries).toMatchObject([
      { before: "I'm such an idiot.", after: 'I had a clumsy morning and I am still good at my job.', strategy: 'own' },
    ]);
  });

  test('nothing flagged: it says what it did not spot, and offers stories to practise anyway', async () => {
    const { root } = await openPopup();
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), 'Thanks for the notes, I will update the deck tonight.');
    await click(getByRole(root, 'button', 'Notice the story'));
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(textOf(root.querySelector('[data-testid="warm"]') as HTMLElement)).not.toMatch(/nothing harsh here\./i);
    await click(getByRole(root, 'button', /Practise a kinder story anyway/));
    expect(root.querySelectorAll('input[type="radio"]').length).toBeGreaterThanOrEqual(4);
  });

  test('never dismisses a hurting person: heavy words the rules miss still lead to the Rumble step', async () => {
    const { root } = await openPopup();
    const thought = 'I feel so behind. Everyone my age has their life figured out except me.';
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), thought);
    await click(getByRole(root, 'button', 'Notice the story'));
    const warm = textOf(root.querySelector('[data-testid="warm"]') as HTMLElement);
    expect(warm).toMatch(/did not spot a harsh story in those words/);
    expect(warm).not.toMatch(/nothing harsh/i);
    await click(getByRole(root, 'button', /Find kinder stories/));
    expect(currentStep(root)).toContain('Rumbling');
    const stories = analyse(thought, defaultSettings()).rumbles;
    expect(stories.length).toBeGreaterThanOrEqual(3);
    for (const r of stories.slice(0, 3)) expect(textOf(root)).toContain(r.text);
    expect(getByRole(root, 'textbox', 'My own kinder story')).toBeTruthy();
  });

  test('"Other stories" offers fresh ones for the same thought', async () => {
    const { root } = await openPopup();
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), 'I screwed up the report.');
    await click(getByRole(root, 'button', 'Notice the story'));
    await click(getByRole(root, 'button', /Find kinder stories/));
    const texts = () => [...root.querySelectorAll('.choice-text')].map((n) => textOf(n as HTMLElement));
    const before = texts();
    await click(getByRole(root, 'button', 'Other stories'));
    const after = texts();
    expect(after[0]).toBe(before[0]); // the rewrite is the same news either way
    expect(after.slice(1, 3).filter((t) => before.includes(t))).toEqual([]);
    expect(after.slice(1)).toEqual(
      analyse('I screwed up the report.', defaultSettings(), 1)
        .rumbles.slice(0, 3)
        .map((r) => r.text),
    );
  });

  test('"What did I learn?" is saved with the reframe when the journal keeps text', async () => {
    const { root, connector } = await openPopup({ settings: { keepReframeText: true } });
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), 'I screwed up the report.');
    await click(getByRole(root, 'button', 'Notice the story'));
    await click(getByRole(root, 'button', /Find kinder stories/));
    await click(getByRole(root, 'button', /Practise this story/));
    await type(getByRole(root, 'textbox', /What did I learn\?/), 'Check the totals before I send.');
    await click(getByRole(root, 'button', 'Save to journal'));
    await connector.settle();
    expect(connector.events.at(-1)).toMatchObject({ counter: 'reframesPractised', learned: 'Check the totals before I send.' });
    expect((await connector.getJournal()).entries).toMatchObject([
      { before: 'I screwed up the report.', learned: 'Check the totals before I send.' },
    ]);
  });

  test('"What did I learn?" is kept out of the journal when it keeps counts only', async () => {
    const { root, connector } = await openPopup();
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), 'I suck.');
    await click(getByRole(root, 'button', 'Notice the story'));
    await click(getByRole(root, 'button', /Find kinder stories/));
    await click(getByRole(root, 'button', /Practise this story/));
    expect(textOf(root)).toContain('Your journal keeps counts, not words');
    await type(getByRole(root, 'textbox', /What did I learn\?/), 'Go easier on myself.');
    await click(getByRole(root, 'button', 'Save to journal'));
    await connector.settle();
    expect((await connector.getJournal()).entries).toEqual([]);
  });

  test('an empty thought gets a gentle prompt, not an error', async () => {
    const { root } = await openPopup();
    await click(getByRole(root, 'button', 'Notice the story'));
    expect(currentStep(root)).toContain('Reckoning');
    expect(textOf(root)).toContain('Type or paste a thought first');
  });

  test('Ctrl+Enter in the text box notices the story', async () => {
    const { root } = await openPopup();
    const thought = getByRole<HTMLTextAreaElement>(root, 'textbox', 'What story are you telling yourself?');
    await type(thought, 'I suck.');
    await press(thought, 'Enter', { ctrlKey: true });
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['I suck']);
  });

  test('completed steps are buttons that go back', async () => {
    const { root } = await openPopup();
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), 'I suck.');
    await click(getByRole(root, 'button', 'Notice the story'));
    await click(getByRole(root, 'button', /Find kinder stories/));
    await click(getByRole(root, 'button', /Practise this story/));
    await click(getByRole(root, 'button', /Rumbling \(done, go back\)/));
    expect(currentStep(root)).toContain('Rumbling');
    await click(getByRole(root, 'button', /Back/));
    expect(currentStep(root)).toContain('Reckoning');
    expect(getByRole<HTMLTextAreaElement>(root, 'textbox', 'What story are you telling yourself?').value).toBe('I suck.');
  });

  test('is prefilled with the page’s selection and notices it at once', async () => {
    const { root } = await openPopup({ selection: 'I always ruin everything.' });
    await waitFor(() => root.querySelector('mark'), 'the reckoning');
    expect(getByRole<HTMLTextAreaElement>(root, 'textbox', 'What story are you telling yourself?').value).toBe('I always ruin everything.');
  });

  test('text handed over by the context menu wins over the selection', async () => {
    const { root } = await openPopup({ selection: 'something else', handover: { text: 'I am a failure.', tabId: 7 } });
    await waitFor(() => root.querySelector('mark'), 'the reckoning');
    expect(getByRole<HTMLTextAreaElement>(root, 'textbox', 'What story are you telling yourself?').value).toBe('I am a failure.');
  });

  test('"Save to journal" is hidden when the journal is off', async () => {
    const { root } = await openPopup({ settings: { journalEnabled: false } });
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), 'I suck.');
    await click(getByRole(root, 'button', 'Notice the story'));
    await click(getByRole(root, 'button', /Find kinder stories/));
    await click(getByRole(root, 'button', /Practise this story/));
    expect(queryByRole(root, 'button', 'Save to journal')).toBeNull();
    expect(getByRole(root, 'button', 'Copy')).toBeTruthy();
    expect(root.querySelector('[data-testid="journal-line"]')).toBeNull();
  });

  test('shows the journal’s celebration', async () => {
    let journal = emptyJournal();
    const now = new Date(2024, 2, 10, 12);
    for (let d = 0; d < 3; d++) journal = recordInJournal(journal, 'reframesPractised', new Date(2024, 2, 10 - d, 12), 4);
    const { root } = await openPopup({ journal, now });
    await waitFor(() => textOf(root).includes('12 kinder stories this week · You practised 3 days in a row'), 'the celebration');
  });

  test('"Pause on this site" pauses and resumes the current host', async () => {
    const { root, connector } = await openPopup({ tab: { id: 3, host: 'mail.example.com' }, settings: { pausedSites: ['example.com'] } });
    const pause = getByRole<HTMLInputElement>(root, 'switch', 'Pause on this site');
    expect(pause.checked).toBe(true); // paused through the parent domain
    expect(textOf(root)).toContain('Mastery is paused on mail.example.com.');
    await click(pause);
    await connector.settle();
    expect((await connector.getSettings()).pausedSites).toEqual([]);
    await waitFor(() => !getByRole<HTMLInputElement>(root, 'switch', 'Pause on this site').checked, 'the switch to turn off');
    await click(getByRole(root, 'switch', 'Pause on this site'));
    await connector.settle();
    expect((await connector.getSettings()).pausedSites).toEqual(['mail.example.com']);
  });

  test('on pages Mastery cannot run on, there is no pause switch', async () => {
    const { root } = await openPopup({ tab: { id: 3, host: null } });
    expect(queryByRole(root, 'switch')).toBeNull();
    expect(textOf(root)).toContain('Mastery works on web pages, not on browser pages');
  });

  test('the settings link opens the options page', async () => {
    const { root, connector } = await openPopup();
    await click(getByRole(root, 'link', 'Settings'));
    expect(connector.optionsOpened).toBe(1);
  });

  test('if the journal does not answer, the user is told to try again, calmly', async () => {
    const { root, connector } = await openPopup();
    let fail = true;
    const send = connector.sendJournalEvent;
    connector.sendJournalEvent = async (event) => {
      if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      return send(event);
    };
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), 'I suck.');
    await click(getByRole(root, 'button', 'Notice the story'));
    await click(getByRole(root, 'button', /Find kinder stories/));
    await click(getByRole(root, 'button', /Practise this story/));
    await click(getByRole(root, 'button', 'Save to journal'));
    await waitFor(() => textOf(root).includes('The journal did not answer just then'), 'the explanation');
    fail = false;
    await click(getByRole(root, 'button', 'Save to journal'));
    await connector.settle();
    await waitFor(() => textOf(root).includes('1 kinder story this week'), 'the journal line');
    expect(textOf(root)).not.toContain('The journal did not answer');
  });

  test('a refused clipboard is explained, calmly', async () => {
    const { root } = await openPopup({ clipboardRefuses: true });
    await type(getByRole(root, 'textbox', 'What story are you telling yourself?'), 'I suck.');
    await click(getByRole(root, 'button', 'Notice the story'));
    await click(getByRole(root, 'button', /Find kinder stories/));
    await click(root.querySelector('button.copy') as HTMLElement);
    await waitFor(() => textOf(root).includes('Your browser did not allow copying'), 'the explanation');
  });
});
