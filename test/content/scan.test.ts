import { describe, expect, test } from 'vitest';
import { createDetector } from '../../src/core/detect';
import { chunks, scanText } from '../../src/content/scan';
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

  test('no slice of a real scan of a megabyte runs much past the budget', async () => {
    const para = 'The report was late. I screwed up the numbers, I am such an idiot. It is fixed now and the client is happy.';
    let text = '';
    while (text.length < 1_000_000) text += `${para}\n`;
    // The engine compiles the match nets once, at load, before any field is scanned.
    detector.detect(para);
    const slices: number[] = [];
    let started = performance.now();
    const slicer = createSlicer({
      budgetMs: 8,
      yieldFn: async () => {
        slices.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 0));
        started = performance.now();
      },
    });
    const found = await scanText({ text, detector, options: {}, slicer, cancelled: () => false });
    slices.push(performance.now() - started);
    expect(found?.length).toBeGreaterThan(1000);
    slices.sort((a, b) => a - b);
    // The median slice honours the budget, and nearly all stay far from a long task. (Wall-clock
    // time: on a busy machine the OS may pause any slice, so the very worst is not asserted.)
    expect(slices[Math.floor(slices.length / 2)]).toBeLessThan(16);
    expect(slices[Math.floor(slices.length * 0.95)]).toBeLessThan(30);
  }, 60_000);
});

describe('debounce', () => {
  test('runs once after the last call, and flush runs a pending call now', async () => {
    let runs = 0;
    const d = debounce(() => runs++, 20);
    d.schedule();
    d.schedule();
    expect(d.pending()).toBe(true);
    await new Promise((r) => setTimeout(r, 60));
    expect(runs).toBe(1);
    d.schedule();
    d.flush();
    expect(runs).toBe(2);
    expect(d.pending()).toBe(false);
    d.schedule();
    d.cancel();
    await new Promise((r) => setTimeout(r, 40));
    expect(runs).toBe(2);
  });
});

describe('whenIdle', () => {
  test('runs once, whether the idle callback or the timer comes first', async () => {
    const g = globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number };
    const saved = g.requestIdleCallback;
    let idle: (() => void) | null = null;
    g.requestIdleCallback = (cb) => {
      idle = cb;
      return 1;
    };
    try {
      let runs = 0;
      whenIdle(() => runs++, 20);
      // A busy page: the idle callback has not come, the timer runs it.
      await new Promise((r) => setTimeout(r, 60));
      expect(runs).toBe(1);
      // The idle callback arrives late: nothing runs twice.
      (idle as unknown as () => void)();
      expect(runs).toBe(1);
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
