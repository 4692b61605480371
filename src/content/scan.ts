/**
 * Scanning a field's text in time slices. The prefilter picks the few sentences worth parsing, each
 * sentence is parsed on its own (the detector caches results by sentence text, so a rescan after an
 * edit parses only the sentences that changed), and the main thread gets control back every few
 * milliseconds. A newer scan of the same field makes an older one stop at its next slice.
 */
import type { Detector } from '../core/detect';
import type { DetectOptions, Finding, Span } from '../core/types';
import { splitSentences } from '../core/sentences';
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

export interface ScanRequest {
  text: string;
  detector: Detector;
  options: DetectOptions;
  slicer: Slicer;
  /** Checked at every slice: true stops the scan and resolves to null. */
  cancelled: () => boolean;
}

/** Every finding in `text`, or null when cancelled on the way. */
export async function scanText(req: ScanRequest): Promise<Finding[] | null> {
  const { text, detector, slicer } = req;
  const all: Finding[] = [];
  for (const chunk of chunks(text)) {
    const slice = chunk.start === 0 && chunk.end === text.length ? text : text.slice(chunk.start, chunk.end);
    const spans = detector.candidates(slice);
    for (const s of spans) {
      const sentence = { start: s.start + chunk.start, end: s.end + chunk.start };
      // Findings never overlap across sentences, so merging per sentence equals merging the lot,
      // and stays linear however many findings a long text has.
      const found = detector.scanSentence(text, sentence);
      if (found.length > 0) all.push(...detector.finish(found, req.options));
      if (slicer.due()) {
        await slicer.pause();
        if (req.cancelled()) return null;
      }
    }
    if (slicer.due()) {
      await slicer.pause();
      if (req.cancelled()) return null;
    }
  }
  return all;
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
