/**
 * Scanning a field: after a typing pause (or at once on focus and paste), read what changed in the
 * field, pick its candidate sentences with the engine's prefilter, get their findings from the
 * background engine and turn them into marks. Only the lines an edit touched are scanned again;
 * the marks elsewhere stay as they are. Between scans, edits move the marks along (plain fields,
 * by offsets) or drop the ones they touched (rich fields, by their live Ranges), so underlines
 * never flicker or sit on the wrong words while someone types.
 *
 * A scan the engine does not answer (asleep and slow to wake, restarted) changes nothing: the
 * marks stay where they are, and what it was to look at is looked at after the next pause.
 */
import type { Prefilter } from '../../core/prefilter';
import type { Finding, Span } from '../../core/types';
import { isPhraseIgnored } from '../../shared/settings';
import { lineRegions, scanRegions } from '../scan';
import { createSlicer } from '../schedule';
import { diffEdit, extendDirty, shiftFinding, shiftSpan, unionSpan, type Edit } from '../spans';
import { blankEmailText, offsetOf, rangeFor } from '../text-map';
import type { Bridge } from './bridge';
import type { EngineClient } from './engine-client';
import { dismissKey, type Mark, type Registry, type Session } from './registry';
import type { Renderer } from './render';
import type { SettingsWatch } from './settings-watch';

/** Typing pause before a scan. */
export const TYPING_PAUSE_MS = 250;
/** Mirror characters built per slice for long textareas. */
const MIRROR_SLICE_CHARS = 16_000;

export interface ScanLoopDeps {
  signal: AbortSignal;
  registry: Registry;
  renderer: Renderer;
  engine: Pick<EngineClient, 'prefilter' | 'findings'>;
  watch: Pick<SettingsWatch, 'settings' | 'paused'>;
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
  /** Look at all of `s` again at its next scan (settings changed what is found). */
  rescanAll(s: Session): void;
  /** Something changed the field: move or drop underlines now (the caller schedules the rescan). */
  noticeEdit(s: Session, event: InputEvent | null): void;
}

const overlaps = (f: Span, regions: readonly Span[]) => regions.some((r) => f.start < r.end && f.end > r.start);

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/**
 * The old marks by place, rule and phrase: a finding that comes back unchanged keeps its mark (its
 * Range and measured boxes), so nothing is redrawn for it.
 */
function marksByPlace(old: readonly Mark[], at: (m: Mark) => number | null): (f: Finding, phrase: string) => Mark | null {
  const byKey = new Map<string, Mark>();
  for (const m of old) {
    const start = at(m);
    if (start !== null) byKey.set(`${start}\u0001${m.finding.ruleId}\u0001${m.phrase}`, m);
  }
  return (f, phrase) => byKey.get(`${f.start}\u0001${f.ruleId}\u0001${phrase}`) ?? null;
}

export function createScanLoop(deps: ScanLoopDeps): ScanLoop {
  const { signal, registry, renderer, watch, engine } = deps;

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

  function rescanAll(s: Session): void {
    if (s.rich) s.rich.rescanAll();
    else s.dirty = { start: 0, end: s.value.length };
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
    const current = () => id === s.scanId && !signal.aborted && !watch.paused;
    const prefilter = await engine.prefilter();
    if (!prefilter || !current()) return;
    if (s.rich) await scanRich(s, prefilter, current);
    else await scanPlain(s, id, prefilter, current);
  }

  async function scanPlain(s: Session, id: number, prefilter: Prefilter, current: () => boolean): Promise<void> {
    if (s.field.kind === 'plain' && s.field.el.value !== s.value) noticeEdit(s, null);
    // This scan takes on what is left to scan, and what an earlier scan (overtaken by this one) had taken on.
    const taken = unionSpan(s.dirty, s.claimed);
    s.claimed = taken;
    s.dirty = null;
    s.edits = [];
    const text = blankEmailText(s.value);
    const regions = taken ? lineRegions(text, [taken]) : [];
    const slicer = createSlicer();
    const found =
      regions.length === 0 ? [] : await scanRegions({ text, regions, prefilter, source: engine, slicer, cancelled: () => !current() });
    if (id !== s.scanId) return; // Overtaken: the newer scan has taken this one's stretch on.
    if (!found || !current()) {
      // No answer: hand the stretch back for the next pause.
      s.dirty = unionSpan(s.dirty, s.claimed);
      s.claimed = null;
      return;
    }
    s.claimed = null;
    const edits = s.edits;
    s.edits = [];
    const shift = (f: Finding) => edits.reduce<Finding | null>((acc, e) => acc && shiftFinding(acc, e), f);
    const now = regions.map((r) => edits.reduce((acc, e) => shiftSpan(acc, e), r));
    const blanked = edits.length > 0 ? blankEmailText(s.value) : text;
    const settings = watch.settings;
    const kept = s.marks.filter((m) => !overlaps(m.finding, now) && blanked.slice(m.finding.start, m.finding.end) === m.phrase);
    const added: Mark[] = [];
    const reuse = marksByPlace(s.marks, (m) => m.finding.start);
    for (const f of found) {
      const phrase = text.slice(f.start, f.end);
      if (isPhraseIgnored(settings, phrase) || s.dismissed.has(dismissKey(text, f))) continue;
      // Move the result across edits made while the engine answered; drop it if an edit touched it.
      const moved = shift(f);
      if (!moved || s.value.slice(moved.start, moved.end) !== phrase) continue;
      added.push(
        reuse(moved, phrase) ?? {
          finding: moved,
          phrase,
          range: null,
          segment: null,
          boxes: [],
          measured: -1,
        },
      );
    }
    await buildMirror(s, id);
    if (!current()) return;
    show(
      s,
      [...kept, ...added].sort((a, b) => a.finding.start - b.finding.start),
    );
  }

  async function scanRich(s: Session, prefilter: Prefilter, current: () => boolean): Promise<void> {
    const rich = s.rich;
    if (!rich) return;
    const generation = rich.generation();
    const map = rich.map();
    const { spans, upTo } = rich.unscannedSpans();
    const text = map.text;
    const regions = lineRegions(text, spans);
    const slicer = createSlicer();
    const unchanged = () => current() && rich.generation() === generation;
    const found =
      regions.length === 0 ? [] : await scanRegions({ text, regions, prefilter, source: engine, slicer, cancelled: () => !current() });
    // Not answered, or the field changed meanwhile (its text nodes may have moved): what is unscanned stays so.
    if (!found || !unchanged()) return;
    const at = (m: Mark) => (m.range ? offsetOf(map, m.range.startContainer, m.range.startOffset) : null);
    const kept = s.marks.filter((m) => {
      const r = m.range;
      if (!r || r.collapsed || r.toString() !== m.phrase) return false;
      const start = at(m);
      return start !== null && !overlaps({ start, end: start + m.phrase.length }, regions) && text.startsWith(m.phrase, start);
    });
    const settings = watch.settings;
    const added: Mark[] = [];
    const reuse = marksByPlace(s.marks, at);
    for (const f of found) {
      const phrase = text.slice(f.start, f.end);
      if (isPhraseIgnored(settings, phrase) || s.dismissed.has(dismissKey(text, f))) continue;
      const old = reuse(f, phrase);
      if (old) {
        added.push(old);
        continue;
      }
      const range = rangeFor(map, f.start, f.end, s.doc);
      if (range) added.push({ finding: f, phrase, range, segment: rich.segmentOf(range.startContainer), boxes: [], measured: -1 });
      if (slicer.due()) {
        await slicer.pause();
        if (!unchanged()) return;
      }
    }
    rich.scanned(upTo);
    const order = new Map<Mark, number>();
    for (const m of [...kept, ...added]) order.set(m, at(m) ?? 0);
    show(
      s,
      [...order.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    );
  }

  function show(s: Session, marks: Mark[]): void {
    if (!sameMarks(marks, s.marks)) {
      s.marks = marks;
      s.relayout = true;
      renderer.render(s);
      deps.countChanged();
    }
    if (marks.length > 0) deps.marksShown();
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
    // Given the value already (the edit that brought it could not be followed line by line), it builds from there.
    if (mirror.current() !== s.value) mirror.setText(s.value, null);
    const slicer = createSlicer();
    while (!mirror.buildSome(MIRROR_SLICE_CHARS)) {
      if (slicer.due()) {
        await slicer.pause();
        if (id !== s.scanId || signal.aborted) return;
        // The field changed while building: start over with its latest value.
        if (mirror.current() !== s.value) mirror.setText(s.value, null);
      }
    }
    s.relayout = true;
  }

  function noticePlainEdit(s: Session, edit: Edit, value: string): void {
    if (s.scanning) s.edits.push(edit);
    s.dirty = extendDirty(s.dirty, edit);
    if (s.claimed) s.claimed = shiftSpan(s.claimed, edit);
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

  function noticeEdit(s: Session, event: InputEvent | null): void {
    s.version++;
    const el = s.field.el;
    if (s.field.kind === 'plain') {
      const value = (el as HTMLTextAreaElement).value;
      const caret = (el as HTMLTextAreaElement).selectionEnd ?? undefined;
      const edit = diffEdit(s.value, value, caret);
      if (edit) noticePlainEdit(s, edit, value);
      renderer.requestFrame();
      return;
    }
    // Only the marks in the blocks this edit touched can have changed.
    const touched = s.rich?.takeChanges() ?? 'everything';
    if (s.marks.length === 0) return;
    const selection = s.doc.getSelection();
    const caret = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const before = s.marks.length;
    s.marks = s.marks.filter((m) => {
      if (touched !== 'everything' && m.segment && !touched.has(m.segment)) return true;
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

  return { schedule, scan, cancel, rescanAll, noticeEdit };
}
