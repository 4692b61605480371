import { afterEach, describe, expect, test, vi } from 'vitest';
import { createDetector, type Detector } from '../../src/core/detect';
import { CHUNK, chunks, scanText } from '../../src/content/scan';
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

describe('scanText', () => {
  test('finds what detect() finds, slicing the work', async () => {
    const para = 'The numbers were off again today. I screwed up the numbers, I am such an idiot. We fixed it by noon.';
    const text = Array.from({ length: 400 }, () => para).join('\n');
    const slicer = fakeSlicer(1);
    const found = await scanText({ text, detector, options: {}, slicer, cancelled: () => false });
    expect(found).toEqual(detector.detect(text));
    expect(found?.length).toBeGreaterThanOrEqual(400);
    // Every check cost 1 ms of the 8 ms budget, so the scan paused many times.
    expect(slicer.pauses).toBeGreaterThanOrEqual(40);
  });

  test('a long text with no line breaks gives the same findings as detect()', async () => {
    const text = `${'Fine. '.repeat(8000)}I screwed up the numbers, I am such an idiot. ${'Fine. '.repeat(8000)}`;
    const found = await scanText({ text, detector, options: {}, slicer: fakeSlicer(0.01), cancelled: () => false });
    expect(found).toEqual(detector.detect(text));
    expect(found?.length).toBeGreaterThan(0);
  });

  test('stops at the next slice once cancelled', async () => {
    const text = Array.from({ length: 200 }, () => 'I screwed up. I am an idiot.').join('\n');
    let checks = 0;
    const found = await scanText({ text, detector, options: {}, slicer: fakeSlicer(5), cancelled: () => ++checks > 2 });
    expect(found).toBeNull();
    expect(checks).toBe(3);
  });

  test('applies the options (categories, severity) like detect()', async () => {
    const text = 'I screwed this up. I suck. Everything has to be perfect.';
    const options = { categories: ['shame' as const], minSeverity: 'strong' as const };
    const found = await scanText({ text, detector, options, slicer: fakeSlicer(0), cancelled: () => false });
    expect(found).toEqual(detector.detect(text, options));
  });

  test('a megabyte is scanned in chunks and slices: a yield after every over-budget step, none unsliced', async () => {
    const para = 'The report was late. I screwed up the numbers, I am such an idiot. It is fixed now and the client is happy.';
    let text = '';
    while (text.length < 1_000_000) text += `${para}\n`;
    // Work is charged to a fake clock, so the slicing is checked exactly whatever the machine is doing:
    // the prefilter costs in proportion to the text it reads, parsing a sentence a fixed amount.
    let now = 0;
    const PER_CHAR = 1 / 10_000;
    const PER_SENTENCE = 0.3;
    const log: Array<'work' | 'pause'> = [];
    let widest = 0;
    const metered: Detector = {
      ...detector,
      detect: () => {
        throw new Error('scanText must never run the whole text in one call');
      },
      candidates: (slice) => {
        widest = Math.max(widest, slice.length);
        now += slice.length * PER_CHAR;
        log.push('work');
        return detector.candidates(slice);
      },
      scanSentence: (whole, sentence) => {
        now += PER_SENTENCE;
        log.push('work');
        return detector.scanSentence(whole, sentence);
      },
    };
    const budget = 8;
    const slices: number[] = [];
    let sliceStart = 0;
    const slicer = createSlicer({
      budgetMs: budget,
      now: () => now,
      yieldFn: async () => {
        slices.push(now - sliceStart);
        log.push('pause');
        sliceStart = now;
      },
    });
    const found = await scanText({ text, detector: metered, options: {}, slicer, cancelled: () => false });
    slices.push(now - sliceStart);

    // Every paragraph's findings, once each (detect() on the whole text is itself slow to compare).
    const perParagraph = detector.detect(para).map((f) => para.slice(f.start, f.end));
    const paragraphs = text.split('\n').length - 1;
    expect(perParagraph.length).toBeGreaterThan(0);
    expect(found?.length).toBe(paragraphs * perParagraph.length);
    expect(found?.slice(-perParagraph.length).map((f) => text.slice(f.start, f.end))).toEqual(perParagraph);
    // Nothing ran unsliced: the prefilter saw one chunk at a time…
    expect(widest).toBeLessThanOrEqual(CHUNK);
    // …and the scan gave the main thread back as soon as a slice was due, never later than one step past it.
    const longestStep = CHUNK * PER_CHAR + PER_SENTENCE;
    expect(Math.max(...slices)).toBeLessThanOrEqual(budget + longestStep);
    // It yielded between slices all the way through, not in a burst at the end.
    expect(slices.length).toBeGreaterThanOrEqual(Math.floor(now / (budget + longestStep)));
    const firstPause = log.indexOf('pause');
    expect(firstPause).toBeGreaterThan(0);
    expect(log.lastIndexOf('pause')).toBeGreaterThan(log.length - 2 * firstPause);
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
