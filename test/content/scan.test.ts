import { afterEach, describe, expect, test, vi } from 'vitest';
import { chunks, lineRegions, scanRegions, thoughtWindow, wholeLines, type SentenceSource } from '../../src/content/scan';
import { createDetector } from '../../src/core/detect';
import { compilePrefilter } from '../../src/core/prefilter';
import type { DetectOptions } from '../../src/core/types';
import { createSlicer, debounce, whenIdle, yieldToMain, type Slicer } from '../../src/content/schedule';

const detector = createDetector();

/** A slicer on a fake clock: each due() check costs `step` ms, and pauses are counted. */
function fakeSlicer(step: number, budget = 8): Slicer & { pauses: number } {
  let now = 0;
  const slicer = createSlicer({ budgetMs: budget, now: () => (now += step), yieldFn: async () => undefined });
  const counted = {
    pauses: 0,
    due: () => slicer.due(),
    pause: async () => {
      counted.pauses++;
      await slicer.pause();
    },
  };
  return counted;
}

describe('chunks', () => {
  test('cover the text exactly, in order, ending at line breaks when there are any', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Line ${i} of the report. I made a mistake.`).join('\n');
    const parts = chunks(text, 4096);
    expect(parts.length).toBeGreaterThan(10);
    expect(parts[0]!.start).toBe(0);
    expect(parts[parts.length - 1]!.end).toBe(text.length);
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i]!.start).toBe(parts[i - 1]!.end);
      expect(text[parts[i]!.start - 1]).toBe('\n');
    }
  });

  test('without line breaks, cut after sentence punctuation, else at white space', () => {
    const text = 'I screwed this up. '.repeat(2000);
    for (const p of chunks(text, 4096).slice(0, -1)) expect(text.slice(p.end - 1, p.end + 1)).toBe('. ');
    const words = 'word '.repeat(5000);
    for (const p of chunks(words, 4096).slice(0, -1)) expect(words[p.end]).toBe(' ');
  });

  test('a short text is one chunk', () => {
    expect(chunks('I suck.')).toEqual([{ start: 0, end: 7 }]);
    expect(chunks('')).toEqual([{ start: 0, end: 0 }]);
  });
});

/** The engine's answers for sentences, as the background gives them (offsets within each sentence). */
function sourceFor(options: DetectOptions = {}): SentenceSource & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    findings: async (sentences) => {
      asked.push([...sentences]);
      return sentences.map((text) =>
        detector.finish(detector.scanSentence(text, { start: 0, end: text.length }), options).map(({ sentence: _s, ...f }) => f),
      );
    },
  };
}

const prefilter = compilePrefilter(detector.rules);
const whole = (text: string) => [{ start: 0, end: text.length }];

describe('scanRegions', () => {
  test('finds what detect() finds, sending only candidate sentences', async () => {
    const para = 'The numbers were off again today. I screwed up the numbers, I am such an idiot. We fixed it by noon.';
    const text = Array.from({ length: 400 }, () => para).join('\n');
    const slicer = fakeSlicer(1);
    const source = sourceFor();
    const found = await scanRegions({ text, regions: whole(text), prefilter, source, slicer, cancelled: () => false });
    expect(found).toEqual(detector.detect(text));
    expect(found?.length).toBeGreaterThanOrEqual(400);
    // Sentences without a trigger word never leave the page.
    expect(source.asked.flat().some((s) => s.startsWith('We fixed it'))).toBe(false);
  });

  test('a long text with no line breaks gives the same findings as detect()', async () => {
    const text = `${'Fine. '.repeat(8000)}I screwed up the numbers, I am such an idiot. ${'Fine. '.repeat(8000)}`;
    const found = await scanRegions({
      text,
      regions: whole(text),
      prefilter,
      source: sourceFor(),
      slicer: fakeSlicer(0.01),
      cancelled: () => false,
    });
    expect(found).toEqual(detector.detect(text));
    expect(found?.length).toBeGreaterThan(0);
  });

  test('looks only at the regions it is given, with offsets into the whole text', async () => {
    const text = 'I suck at this.\nLunch at noon.\nI am such an idiot.\nI screwed up.';
    const third = text.indexOf('I am such');
    const regions = [wholeLines(text, { start: third + 3, end: third + 4 })];
    expect(regions).toEqual([{ start: third, end: third + 'I am such an idiot.'.length }]);
    const found = await scanRegions({ text, regions, prefilter, source: sourceFor(), slicer: fakeSlicer(0), cancelled: () => false });
    expect(found).toEqual(detector.detect(text).filter((f) => f.start >= third && f.end <= regions[0]!.end));
    expect(found?.length).toBe(1);
  });

  test('stops at the next slice once cancelled', async () => {
    const text = Array.from({ length: 200 }, () => 'I screwed up. I am an idiot.').join('\n');
    let checks = 0;
    const found = await scanRegions({
      text,
      regions: [...chunks(text, 1000)],
      prefilter,
      source: sourceFor(),
      slicer: fakeSlicer(5),
      cancelled: () => ++checks > 2,
    });
    expect(found).toBeNull();
    expect(checks).toBe(3);
  });

  test('no answer from the engine is no result, not an empty one', async () => {
    const text = 'I suck.';
    const found = await scanRegions({
      text,
      regions: whole(text),
      prefilter,
      source: { findings: async () => null },
      slicer: fakeSlicer(0),
      cancelled: () => false,
    });
    expect(found).toBeNull();
  });

  test('a megabyte is read a chunk at a time, with the main thread given back between chunks', async () => {
    const para = 'The report was late. I screwed up the numbers, I am such an idiot. It is fixed now and the client is happy.';
    let text = '';
    while (text.length < 1_000_000) text += `${para}\n`;
    const slicer = fakeSlicer(8);
    const source = sourceFor();
    const found = await scanRegions({ text, regions: whole(text), prefilter, source, slicer, cancelled: () => false });
    expect(found?.length).toBeGreaterThan(1000);
    // One request per chunk, none over the chunk size; a pause after every chunk.
    expect(source.asked.length).toBe(chunks(text).length);
    expect(slicer.pauses).toBeGreaterThanOrEqual(chunks(text).length - 1);
  }, 60_000);
});

describe('lineRegions', () => {
  test('widens spans to whole lines and merges neighbours', () => {
    const text = 'one\ntwo\nthree\nfour';
    expect(lineRegions(text, [{ start: 5, end: 5 }])).toEqual([{ start: 4, end: 7 }]);
    expect(
      lineRegions(text, [
        { start: 9, end: 10 },
        { start: 1, end: 2 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 8, end: 13 },
    ]);
    expect(lineRegions(text, [{ start: 2, end: 6 }])).toEqual([{ start: 0, end: 7 }]);
    expect(lineRegions(text, [{ start: 0, end: text.length }])).toEqual([{ start: 0, end: text.length }]);
  });
});

describe('debounce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('runs once after the last call, and flush runs a pending call now', () => {
    vi.useFakeTimers();
    let runs = 0;
    const d = debounce(() => runs++, 20);
    d.schedule();
    vi.advanceTimersByTime(15);
    d.schedule();
    expect(d.pending()).toBe(true);
    vi.advanceTimersByTime(19);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
    d.schedule();
    d.flush();
    expect(runs).toBe(2);
    expect(d.pending()).toBe(false);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(100);
    expect(runs).toBe(2);
  });
});

describe('whenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('runs once, whether the idle callback or the timer comes first', () => {
    vi.useFakeTimers();
    const g = globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number };
    const saved = g.requestIdleCallback;
    const idle: Array<() => void> = [];
    g.requestIdleCallback = (cb) => {
      idle.push(cb);
      return idle.length;
    };
    try {
      // A busy page: the idle callback has not come, the timer runs it.
      let runs = 0;
      whenIdle(() => runs++, 20);
      vi.advanceTimersByTime(19);
      expect(runs).toBe(0);
      vi.advanceTimersByTime(1);
      expect(runs).toBe(1);
      // The idle callback arrives late: nothing runs twice.
      idle[0]?.();
      expect(runs).toBe(1);

      // A quiet page: the idle callback comes first, and the timer then does nothing.
      let quiet = 0;
      whenIdle(() => quiet++, 20);
      idle[1]?.();
      expect(quiet).toBe(1);
      vi.advanceTimersByTime(20);
      expect(quiet).toBe(1);
    } finally {
      g.requestIdleCallback = saved;
    }
  });
});

describe('yieldToMain', () => {
  test('resumes even when scheduler.yield() is held back, and resumes once', async () => {
    const g = globalThis as { scheduler?: { yield?: () => Promise<void> } };
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    // A saturated page: the continuation never comes.
    Object.defineProperty(globalThis, 'scheduler', {
      value: { yield: () => new Promise<void>(() => undefined) },
      configurable: true,
      writable: true,
    });
    try {
      let resumed = 0;
      await yieldToMain().then(() => resumed++);
      expect(resumed).toBe(1);
      expect(typeof g.scheduler?.yield).toBe('function');
    } finally {
      if (saved) Object.defineProperty(globalThis, 'scheduler', saved);
      else delete g.scheduler;
    }
  });
});

describe('thoughtWindow', () => {
  const text = 'Hi Priya,\n\nOne. Two is here. Sorry, I know I am a burden. I always ruin everything. Five. Six. Seven.\nThanks, Jo';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  test('takes three whole sentences on each side, inside the paragraph', () => {
    const w = thoughtWindow(text, at('Sorry, I know I am a burden.'), 2800);
    expect(text.slice(w.start, w.end)).toBe('One. Two is here. Sorry, I know I am a burden. I always ruin everything. Five. Six.');
  });

  test('stops at the paragraph and within the size it is given', () => {
    expect(thoughtWindow(text, at('One.'), 2800).start).toBe(at('One.').start);
    const w = thoughtWindow(text, at('Sorry, I know I am a burden.'), 60);
    expect(w.end - w.start).toBeLessThanOrEqual(60);
    expect(text.slice(w.start, w.end)).toContain('Sorry, I know I am a burden.');
    const alone = at('Thanks, Jo');
    expect(thoughtWindow(text, alone, 2800)).toEqual(alone);
  });
});
