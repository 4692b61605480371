/**
 * Scanning a field: after a typing pause (or at once on focus and paste), read the field's text,
 * find what to underline, and turn the findings into marks. Between scans, edits move the marks
 * along (plain fields, by offsets) or drop the ones they touched (rich fields, by their live Ranges),
 * so underlines never flicker or sit on the wrong words while someone types.
 */
import type { Finding } from '../../core/types';
import { isPhraseIgnored } from '../../shared/settings';
import { mapRich } from '../rewrite';
import { createSlicer, type Slicer } from '../schedule';
import { diffEdit, shiftFinding } from '../spans';
import { blankEmailText, rangeFor, type TextMap } from '../text-map';
import type { Bridge } from './bridge';
import { dismissKey, type Mark, type Registry, type Session } from './registry';
import type { Renderer } from './render';
import type { SettingsWatch } from './settings-watch';

/** Typing pause before a scan. */
export const TYPING_PAUSE_MS = 250;
/** Mirror characters built per slice for long textareas. */
const MIRROR_SLICE_CHARS = 16_000;

/** Where findings come from: given a field's text, every finding in it, or null when cancelled. */
export interface FindingSource {
  find(text: string, slicer: Slicer, cancelled: () => boolean): Promise<Finding[] | null>;
}

export interface ScanLoopDeps {
  signal: AbortSignal;
  registry: Registry;
  renderer: Renderer;
  source: FindingSource;
  watch: SettingsWatch;
  bridge: Pick<Bridge, 'alive'>;
  /** The extension is gone: shut down. */
  invalidate(): void;
  /** The number of open marks may have changed. */
  countChanged(): void;
  /** Marks are on screen: start noticing changes made without input events. */
  marksShown(): void;
}

export interface ScanLoop {
  /** Scan `s` once `delay` ms have passed without another call. */
  schedule(s: Session, delay: number): void;
  /** Scan `s` now. */
  scan(s: Session): Promise<void>;
  /** Stop any pending or running scan of `s`. */
  cancel(s: Session): void;
  /** Something changed the field: move or drop underlines now (the caller schedules the rescan). */
  noticeEdit(s: Session, event: InputEvent | null): void;
}

export function createScanLoop(deps: ScanLoopDeps): ScanLoop {
  const { signal, registry, renderer, watch } = deps;

  /**
   * One timer per pause, not one per keystroke: a keystroke only moves the due time, and the timer
   * re-arms itself if it fires early.
   */
  function schedule(s: Session, delay: number): void {
    const due = performance.now() + delay;
    if (s.timer && due >= s.due) {
      s.due = due;
      return;
    }
    if (s.timer) clearTimeout(s.timer);
    s.due = due;
    const fire = () => {
      const left = s.due - performance.now();
      if (left > 1) {
        s.timer = setTimeout(fire, left);
        return;
      }
      s.timer = null;
      void scan(s);
    };
    s.timer = setTimeout(fire, delay);
  }

  function cancel(s: Session): void {
    if (s.timer) clearTimeout(s.timer);
    s.timer = null;
    s.scanId++;
  }

  function scan(s: Session): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    if (watch.paused || !s.field.el.isConnected) {
      if (!s.field.el.isConnected) registry.drop(s);
      return Promise.resolve();
    }
    const run = runScan(s);
    s.scanning = run;
    return run.finally(() => {
      if (s.scanning === run) s.scanning = null;
    });
  }

  async function runScan(s: Session): Promise<void> {
    if (!deps.bridge.alive(true)) {
      deps.invalidate();
      return;
    }
    const id = ++s.scanId;
    const version = s.version;
    const field = s.field;
    let text: string;
    let map: TextMap | null = null;
    if (field.kind === 'plain') {
      s.value = field.el.value;
      s.edits = [];
      text = blankEmailText(s.value);
    } else {
      map = mapRich(field.el);
      text = map.text;
    }
    const slicer = createSlicer();
    const found = await deps.source.find(text, slicer, () => id !== s.scanId || signal.aborted);
    if (!found || id !== s.scanId || signal.aborted || watch.paused) return;
    // A rich field edited while we scanned: its text nodes moved; the scan that edit scheduled decides.
    if (field.kind === 'rich' && s.version !== version) return;

    const settings = watch.settings;
    const kept = found.filter((f) => !isPhraseIgnored(settings, text.slice(f.start, f.end)) && !s.dismissed.has(dismissKey(text, f)));
    const marks: Mark[] = [];
    if (field.kind === 'plain') {
      // Move the results across edits made while the scan ran; drop those an edit touched.
      for (const f of kept) {
        let moved: Finding | null = f;
        for (const e of s.edits) moved = moved && shiftFinding(moved, e);
        const phrase = text.slice(f.start, f.end);
        if (moved && s.value.slice(moved.start, moved.end) === phrase)
          marks.push({ finding: moved, phrase, range: null, boxes: [], measured: -1 });
      }
      s.edits = [];
      await buildMirror(s, id);
      if (id !== s.scanId || signal.aborted) return;
    } else if (map) {
      for (const f of kept) {
        const range = rangeFor(map, f.start, f.end, s.doc);
        if (range) marks.push({ finding: f, phrase: text.slice(f.start, f.end), range, boxes: [], measured: -1 });
        if (slicer.due()) {
          await slicer.pause();
          if (id !== s.scanId || signal.aborted || s.version !== version) return;
        }
      }
    }
    s.marks = marks;
    s.relayout = true;
    renderer.render(s);
    deps.countChanged();
    deps.marksShown();
  }

  /** Bring a textarea's mirror up to date with its value, a slice at a time for long texts. */
  async function buildMirror(s: Session, id: number): Promise<void> {
    const mirror = s.mirror;
    if (!mirror) return;
    if (s.restyle) {
      mirror.syncStyle();
      s.restyle = false;
    }
    if (mirror.current() === s.value && mirror.isComplete()) return;
    mirror.setText(s.value, null);
    const slicer = createSlicer();
    while (!mirror.buildSome(MIRROR_SLICE_CHARS)) {
      if (slicer.due()) {
        await slicer.pause();
        if (id !== s.scanId || signal.aborted) return;
        // The field changed while building: start over with its latest value.
        if (mirror.current() !== s.value) mirror.setText(s.value, null);
      }
    }
  }

  function noticeEdit(s: Session, event: InputEvent | null): void {
    s.version++;
    const el = s.field.el;
    if (s.field.kind === 'plain') {
      const value = (el as HTMLTextAreaElement).value;
      const caret = (el as HTMLTextAreaElement).selectionEnd ?? undefined;
      const edit = diffEdit(s.value, value, caret);
      if (edit) {
        if (s.scanning) s.edits.push(edit);
        const before = s.marks.length;
        const next: Mark[] = [];
        for (const m of s.marks) {
          // Before the edit: untouched. After it: shifted (the edit is exact, so the phrase is intact).
          const f = m.finding.end < edit.start ? m.finding : shiftFinding(m.finding, edit);
          if (f) {
            m.finding = f;
            next.push(m);
          }
        }
        s.marks = next;
        s.value = value;
        s.mirror?.setText(value, edit);
        s.relayout = true;
        if (next.length !== before) deps.countChanged();
      }
      renderer.requestFrame();
      return;
    }
    if (s.marks.length === 0) return;
    const selection = s.doc.getSelection();
    const caret = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const before = s.marks.length;
    s.marks = s.marks.filter((m) => {
      const r = m.range;
      if (!r || r.collapsed || r.toString() !== m.phrase) return false;
      if (caret && event && r.startContainer.isConnected) {
        try {
          if (r.isPointInRange(caret.startContainer, caret.startOffset)) return false;
        } catch {
          return false;
        }
      }
      return true;
    });
    // Otherwise the renderer hears the edit itself, and redraws if it may have moved a mark.
    if (s.marks.length !== before) {
      renderer.render(s);
      deps.countChanged();
    }
  }

  return { schedule, scan, cancel, noticeEdit };
}
