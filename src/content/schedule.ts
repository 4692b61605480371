/**
 * Cooperative scheduling: long work is cut into slices of a few milliseconds, and the main thread
 * gets control back between them, so typing and scrolling stay smooth whatever the field holds.
 */

export interface Slicer {
  /** True once the current slice has used its budget: call `pause()` before doing more. */
  due(): boolean;
  /** Give the main thread back, then start a new slice. */
  pause(): Promise<void>;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Let the browser run input, rendering and other tasks, then continue as soon as possible.
 *
 * scheduler.yield() usually resumes ahead of other tasks. But on a page whose main thread is
 * saturated (a huge DOM mutated every frame), Chromium was seen holding its continuation back for
 * seconds while ordinary timers kept running, and the first underline came 5 to 30 s late. A
 * zero-delay timer races it; whichever comes first resumes the work, the other is a no-op.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  return new Promise((resolve) => {
    if (scheduler && typeof scheduler.yield === 'function') scheduler.yield().then(resolve, resolve);
    setTimeout(resolve, 0);
  });
}

export interface SlicerOptions {
  /** Milliseconds of work per slice; 8 leaves room for a frame at 60 Hz. */
  budgetMs?: number;
  now?: () => number;
  yieldFn?: () => Promise<void>;
}

export function createSlicer(options: SlicerOptions = {}): Slicer {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const yieldFn = options.yieldFn ?? yieldToMain;
  let started = now();
  return {
    due: () => now() - started >= budget,
    pause: async () => {
      await yieldFn();
      started = now();
    },
  };
}

export interface Debounced {
  /** (Re)start the wait. */
  schedule(): void;
  /** Run now if a call is pending. */
  flush(): void;
  cancel(): void;
  pending(): boolean;
}

/** Run `fn` once `ms` have passed without another `schedule()`. */
export function debounce(fn: () => void, ms: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    schedule() {
      cancel();
      timer = setTimeout(() => {
        timer = null;
        fn();
      }, ms);
    },
    flush() {
      if (timer === null) return;
      cancel();
      fn();
    },
    cancel,
    pending: () => timer !== null,
  };
}

/**
 * Run `fn` once, when the browser is idle, or after `timeoutMs` at the latest. A page that keeps its
 * main thread busy may hold an idle callback back for many seconds despite its timeout, so a plain
 * timer races it.
 */
export function whenIdle(fn: () => void, timeoutMs = 500): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
  if (typeof ric === 'function') ric(run, { timeout: timeoutMs });
  setTimeout(run, timeoutMs);
}
