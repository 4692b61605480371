import { describe, expect, test } from 'vitest';
import { isMessage, type Message } from '../../src/shared/messages';
import { isReframedReply } from '../../src/shared/replies';

describe('isMessage', () => {
  const valid: Message[] = [
    { type: 'mastery:ping' },
    { type: 'mastery:get-selection' },
    { type: 'mastery:findings-count', count: 0 },
    { type: 'mastery:findings-count', count: 12 },
    { type: 'mastery:journal-event', counter: 'nudgesSeen' },
    { type: 'mastery:journal-event', counter: 'rewritesAccepted' },
    { type: 'mastery:journal-event', counter: 'dismissals' },
    { type: 'mastery:journal-event', counter: 'reframesPractised', before: 'I suck.', after: 'I am learning.', strategy: 'learning' },
    { type: 'mastery:journal-event', counter: 'reframesPractised', after: 'I am learning.', learned: 'Ask sooner.' },
    { type: 'mastery:get-tab-count', tabId: 3 },
    { type: 'mastery:open-card-at-caret' },
    { type: 'mastery:get-shortcuts' },
    { type: 'mastery:reframe', text: 'Hi. I suck.', sentence: { start: 4, end: 11 }, ruleId: 'shame.suck', start: 4, end: 10 },
    { type: 'mastery:reframe', text: 'I suck.', sentence: { start: 0, end: 7 }, ruleId: 'shame.suck', start: 0, end: 6, seed: 2 },
  ];
  test.each(valid.map((m) => [JSON.stringify(m), m]))('accepts %s', (_, m) => {
    expect(isMessage(m)).toBe(true);
  });

  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'mastery:ping'],
    ['an array', [{ type: 'mastery:ping' }]],
    ['no type', { count: 1 }],
    ['a non-string type', { type: 7 }],
    ['an unknown type', { type: 'mastery:take-over' }],
    ['another extension’s type', { type: 'ping' }],
    ['a missing count', { type: 'mastery:findings-count' }],
    ['a text count', { type: 'mastery:findings-count', count: '3' }],
    ['a negative count', { type: 'mastery:findings-count', count: -1 }],
    ['a fractional count', { type: 'mastery:findings-count', count: 1.5 }],
    ['an absurd count', { type: 'mastery:findings-count', count: 1e9 }],
    ['NaN', { type: 'mastery:findings-count', count: Number.NaN }],
    ['an unknown counter', { type: 'mastery:journal-event', counter: 'version' }],
    ['an inherited counter name', { type: 'mastery:journal-event', counter: 'toString' }],
    ['non-text before', { type: 'mastery:journal-event', counter: 'reframesPractised', before: 42 }],
    ['over-long after', { type: 'mastery:journal-event', counter: 'reframesPractised', after: 'x'.repeat(2001) }],
    ['over-long strategy', { type: 'mastery:journal-event', counter: 'reframesPractised', strategy: 'x'.repeat(41) }],
    ['an over-long lesson', { type: 'mastery:journal-event', counter: 'reframesPractised', learned: 'x'.repeat(201) }],
    ['a lesson that is not text', { type: 'mastery:journal-event', counter: 'reframesPractised', learned: ['x'] }],
    ...(
      [
        ['a reframe of a bare sentence string', { sentence: 'I suck.' }],
        ['a reframe whose sentence lies outside its text', { sentence: { start: 4, end: 12 } }],
        ['a reframe whose phrase lies outside its sentence', { start: 2, end: 10 }],
        ['a reframe with an empty phrase', { start: 6, end: 6 }],
        ['a reframe of too long a text', { text: 'x'.repeat(2801) }],
        ['a reframe with a fractional seed', { seed: 1.5 }],
        ['a reframe with a negative seed', { seed: -1 }],
        ['a reframe with a huge seed', { seed: 1001 }],
      ] as const
    ).map(([name, change]): [string, unknown] => [
      name,
      { type: 'mastery:reframe', text: 'Hi. I suck.', sentence: { start: 4, end: 11 }, ruleId: 'shame.suck', start: 4, end: 10, ...change },
    ]),
    ['a text tab id', { type: 'mastery:get-tab-count', tabId: '3' }],
    ['a fractional tab id', { type: 'mastery:get-tab-count', tabId: 3.5 }],
  ])('rejects %s', (_, value) => {
    expect(isMessage(value)).toBe(false);
  });

  test('replies are not messages: a page cannot pass a reply off as a request', () => {
    expect(isMessage({ type: 'mastery:pong', topFrame: true })).toBe(false);
    expect(isMessage({ type: 'mastery:selection', text: 'x' })).toBe(false);
    expect(isMessage({ type: 'mastery:tab-count', count: 1 })).toBe(false);
  });

  test('text up to the limits is accepted', () => {
    expect(
      isMessage({
        type: 'mastery:journal-event',
        counter: 'reframesPractised',
        before: 'x'.repeat(2000),
        after: '',
        strategy: 'x'.repeat(40),
      }),
    ).toBe(true);
  });
});

describe('isReframedReply', () => {
  const card = {
    reckoning: 'That sounds like a verdict.',
    rumbles: [{ strategy: 'evidence', label: 'What went well?', text: 'I caught it.' }],
    rewrite: 'I made a mistake.',
    replaces: { start: 4, end: 11 },
    noRewriteReason: null,
  };

  test('takes a card whose rewrite lies inside the text asked about, and no card at all', () => {
    expect(isReframedReply({ type: 'mastery:reframed', card }, 11)).toBe(true);
    expect(isReframedReply({ type: 'mastery:reframed', card: { ...card, rewrite: null, noRewriteReason: 'No kinder way.' } }, 11)).toBe(
      true,
    );
    expect(isReframedReply({ type: 'mastery:reframed', card: null }, 11)).toBe(true);
  });

  test.each([
    ['a range past the text', { replaces: { start: 4, end: 12 } }],
    ['a backwards range', { replaces: { start: 8, end: 4 } }],
    ['no range', { replaces: undefined }],
    ['a reason that is not text', { noRewriteReason: 3 }],
    ['no reason field', { noRewriteReason: undefined }],
  ])('refuses %s', (_, change) => {
    expect(isReframedReply({ type: 'mastery:reframed', card: { ...card, ...change } }, 11)).toBe(false);
  });
});
