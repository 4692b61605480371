/**
 * Scanning a field's text in time slices. The prefilter (which the background engine hands over)
 * picks the few sentences worth parsing; they go to the engine in one request per chunk, and the
 * main thread gets control back every few milliseconds. Only the regions of the text that changed
 * are scanned after an edit. A newer scan of the same field makes an older one stop at its next slice.
 */
import { candidateSentences, type Prefilter } from '../core/prefilter';
import { splitSentences } from '../core/sentences';
import type { Finding, Span } from '../core/types';
import type { SentenceFinding } from '../shared/messages';
import type { Slicer } from './schedule';

/** Characters handed to the prefilter and sentence splitter in one go. */
export const CHUNK = 32_768;

/**
 * Cut `text` into chunks of about `size` characters that end at a line break, else after sentence
 * punctuation, else at white space, so no sentence is split by a chunk boundary.
 */
export function chunks(text: string, size: number = CHUNK): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const floor = start + Math.floor(size / 2);
    let cut = text.lastIndexOf('\n', limit);
    if (cut < floor) {
      cut = -1;
      for (let i = limit; i > floor; i--) {
        const c = text.charCodeAt(i - 1);
        // . ! ? followed by white space
        if ((c === 46 || c === 33 || c === 63) && /\s/.test(text[i] ?? '')) {
          cut = i;
          break;
        }
      }
    }
    if (cut < floor) {
      cut = limit;
      for (let i = limit; i > floor; i--) {
        if (/\s/.test(text[i] ?? '')) {
          cut = i;
          break;
        }
      }
    }
    // Never split a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    out.push({ start, end: cut + (text[cut] === '\n' ? 1 : 0) });
    start = out[out.length - 1]?.end ?? cut;
  }
  if (start < text.length || out.length === 0) out.push({ start, end: text.length });
  return out;
}

/** Answers for candidate sentences: one list of findings per sentence, offsets within the sentence. */
export interface SentenceSource {
  findings(sentences: readonly string[], cancelled: () => boolean): Promise<SentenceFinding[][] | null>;
}

export interface ScanRequest {
  /** The field's text, blanked where Mastery skips text. */
  text: string;
  /** The parts of `text` to look at, in order, not overlapping; each should start and end at a line break. */
  regions: readonly Span[];
  /** The engine's prefilter: only sentences it matches are sent. */
  prefilter: Prefilter;
  source: SentenceSource;
  slicer: Slicer;
  /** Checked at every slice: true stops the scan and resolves to null. */
  cancelled: () => boolean;
}

/**
 * Every finding in the regions of `text`, or null when cancelled or when the engine did not answer.
 * The prefilter picks the candidate sentences a chunk at a time; their findings come from `source`.
 */
export async function scanRegions(req: ScanRequest): Promise<Finding[] | null> {
  const { text, slicer } = req;
  const all: Finding[] = [];
  for (const region of req.regions) {
    const body = region.start === 0 && region.end === text.length ? text : text.slice(region.start, region.end);
    for (const chunk of chunks(body)) {
      const offset = region.start + chunk.start;
      const slice = chunk.start === 0 && chunk.end === body.length ? body : body.slice(chunk.start, chunk.end);
      const spans = candidateSentences(req.prefilter, slice);
      if (spans.length > 0) {
        const sentences = spans.map((s) => slice.slice(s.start, s.end));
        const answers = await req.source.findings(sentences, req.cancelled);
        if (!answers || req.cancelled()) return null;
        spans.forEach((s, i) => {
          const sentence = { start: s.start + offset, end: s.end + offset };
          for (const f of answers[i] ?? []) all.push({ ...f, start: f.start + sentence.start, end: f.end + sentence.start, sentence });
        });
      }
      if (slicer.due()) {
        await slicer.pause();
        if (req.cancelled()) return null;
      }
    }
  }
  return all;
}

/** `span` widened to whole lines of `text`: sentences never cross a line break, so a line is scanned whole. */
export function wholeLines(text: string, span: Span): Span {
  const start = span.start <= 0 ? 0 : text.lastIndexOf('\n', Math.min(span.start, text.length) - 1) + 1;
  const next = text.indexOf('\n', Math.max(span.end, start));
  return { start, end: next < 0 ? text.length : next };
}

/** Spans widened to whole lines, sorted, with overlapping or touching ones merged. */
export function lineRegions(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start).map((x) => wholeLines(text, x))) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Sentences on each side of a flagged one that the reframer is shown: a thought spans three at most. */
const AROUND = 3;

/**
 * The flagged sentence with up to three whole sentences on each side, in its paragraph, within `max`
 * characters: what the reframer needs to take in a harsh neighbour of the same thought, and to see
 * the situation the sentences beside it name. Never the whole document.
 */
export function thoughtWindow(text: string, sentence: Span, max: number): Span {
  let { start, end } = sentence;
  for (let i = 0; i < AROUND; i++) {
    // The sentence before: the one that ends where the gap before `start` begins.
    let at = start;
    while (at > 0 && /\s/.test(text[at - 1] ?? '') && text[at - 1] !== '\n') at--;
    if (at === 0 || text[at - 1] === '\n') break;
    const before = sentenceAround(text, at - 1, at - 1);
    if (before.start >= start || end - before.start > max) break;
    start = before.start;
  }
  for (let i = 0; i < AROUND; i++) {
    let at = end;
    while (at < text.length && /\s/.test(text[at] ?? '') && text[at] !== '\n') at++;
    if (at >= text.length || text[at] === '\n') break;
    const after = sentenceAround(text, at, at + 1);
    if (after.end <= end || after.end - start > max) break;
    end = after.end;
  }
  return { start, end };
}

/** The sentence (as the detector splits them) around a span, looking only at its paragraph. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  // A huge paragraph: a window is enough to find the sentence.
  if (start - from > 4000) from = start - 4000;
  if (to - end > 4000) to = end + 4000;
  for (const s of splitSentences(text.slice(from, to))) {
    if (s.start + from <= start && s.end + from >= end) return { start: s.start + from, end: s.end + from };
  }
  return { start, end };
}
