/**
 * The writer's own style, kept in every rewrite: contractions or not, straight or curly apostrophes,
 * a lowercase "i", the first letter's case and the way the sentence closes ("...", "lol", an emoji).
 */

export interface Style {
  /** Use contractions ("I'm") as the writer does; else spell them out ("I am"). */
  contract: boolean;
  /** The writer uses ’ rather than '. */
  curly: boolean;
  /** The writer writes a lowercase "i". */
  lowerI: boolean;
}

export function styleOf(s: string): Style {
  const contracted = /\b\w+['’](?:m|re|ve|ll|d|s|t)\b|\b(?:im|ive|dont|cant|didnt|wont|isnt|wasnt)\b/i.test(s);
  const expanded = /\b(?:I am|I have|I will|do not|did not|cannot|can not|is not|was not|will not|it is|have not)\b/i.test(s);
  return {
    contract: contracted || !expanded,
    curly: s.includes('’'),
    lowerI: /(?:^|[^\p{L}'’])i(?:['’]|\s|$)|\bim\b/u.test(s) && !/\bI\b/.test(s),
  };
}

const EXPANSIONS: Array<[RegExp, string]> = [
  [/\bI'm\b/g, 'I am'],
  [/\bI've\b/g, 'I have'],
  [/\bI'd\b/g, 'I had'],
  [/\bI'll\b/g, 'I will'],
  [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\b([Ii]t|[Tt]hat)'s\b/g, '$1 is'],
];

/** A template in the writer's style: contractions, apostrophe, "i". */
export function styled(template: string, style: Style): string {
  let t = template;
  if (!style.contract) {
    for (const [re, to] of EXPANSIONS) t = t.replace(re, to);
  }
  if (style.lowerI) t = t.replace(/\bI\b/g, 'i');
  if (style.curly) t = t.replace(/'/g, '’');
  return t;
}

/** "'ve" / " have" for a perfect tense the writer used, in their style. */
export function haveSlot(have: 'have' | 'had' | '', style: Style): string {
  if (have === '') return '';
  const word = have === 'have' ? (style.contract ? "'ve" : ' have') : style.contract ? "'d" : ' had';
  return style.curly ? word.replace(/'/g, '’') : word;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "The final report" inside a sentence reads "the final report"; names stay as they are. */
export function midSentence(s: string): string {
  return /^(The|This|That|These|Those|My|Our|Your|A|An|Its|Their|His|Her|Every|Each|Any|Some)\b/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}

export function articleFor(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(?:uni|use|eu|one)/i.test(word) ? 'an' : 'a';
}

/**
 * How a sentence closes: punctuation (".", "?", "...", "!)") and the sign-offs chat adds after it
 * ("lol", an emoji). A rewrite keeps them exactly.
 */
const CLOSING =
  /(?:\s*(?:[.!?…]+["'”’)\]]*|\blol\b|\bhaha+\b|\blmao\b|[:;]-?[()DPp](?!\w)|(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+))+$/u;

export function closingOf(s: string): string {
  const m = CLOSING.exec(s);
  return m ? m[0] : '';
}

/**
 * Tidy a rewritten sentence: spacing, stray separators, a conjunction left at the start; then the
 * writer's own closing and the case of their first letter.
 */
export function tidy(original: string, text: string): string {
  let t = text
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,;:.!?…])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/,(?=[.!?…])/g, '')
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/^(?:and|but|so|or)\s+/i, (word) => (original.trimStart().toLowerCase().startsWith(word.toLowerCase()) ? word : ''))
    .replace(/:\s*$/, '')
    .trim();
  const close = closingOf(original);
  const bodyOf = (s: string) => s.slice(0, s.length - closingOf(s).length).replace(/[\s,;:—–-]+$/, '');
  t = `${bodyOf(t)}${close}`;
  const first = /\p{L}/u.exec(original)?.[0];
  const idx = t.search(/\p{L}/u);
  if (first && idx >= 0) {
    const ch = t.charAt(idx);
    const cased = first === first.toUpperCase() ? ch.toUpperCase() : ch.toLowerCase();
    t = t.slice(0, idx) + cased + t.slice(idx + 1);
  }
  return t;
}
