/**
 * Turning the bytes the command line reads into text, or saying plainly why they are not text.
 * detect reads UTF-8. A NUL byte means binary data (no text format has them); invalid UTF-8 in bulk
 * means another encoding or binary data. A stray invalid byte in a long text is only replaced
 * (U+FFFD), as editors do, so one bad byte in a log does not stop the whole run.
 */

/** Invalid sequences tolerated per character of text before the input counts as not UTF-8. */
const MAX_INVALID_RATIO = 1 / 100;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Occurrences of the encoded replacement character (EF BF BD) already in the bytes: those are text. */
function encodedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary data (a NUL byte at offset ${nul}), not text` };
  // A byte-order mark is dropped, as editors do, so columns count from the first character.
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++;
  if (replaced === 0) return { ok: true, text };
  const invalid = replaced - encodedReplacements(bytes);
  if (invalid > 0 && invalid >= Math.max(1, text.length * MAX_INVALID_RATIO)) {
    return {
      ok: false,
      reason: `not UTF-8 text (${invalid} invalid byte sequence${invalid === 1 ? '' : 's'}); convert it first, e.g. iconv -f latin1 -t utf-8`,
    };
  }
  return { ok: true, text };
}
