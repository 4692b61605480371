/**
 * What the reframer says when it flagged nothing. It never tells the writer that nothing is wrong: it
 * says what it did not spot, and when the words carry first-person distress, it says they sound heavy
 * and still offers other ways to tell it.
 */
import type { Wording } from './types';

/** Nothing flagged, and the words read as plain news. */
export const QUIET: readonly Wording[] = [
  {
    text: 'Mastery did not spot a harsh story in these words. If something still stings, you can practise a kinder one.',
    example: {
      input: 'Thanks for the notes, I will update the deck tonight.',
      output: 'Mastery did not spot a harsh story in these words. If something still stings, you can practise a kinder one.',
    },
  },
  {
    text: 'Nothing here reads as harsh to Mastery. You can still practise a kinder story if you like.',
    example: {
      input: 'Thanks for the notes, I will update the deck tonight.',
      output: 'Nothing here reads as harsh to Mastery. You can still practise a kinder story if you like.',
    },
  },
];

/** Nothing flagged, but the words sound heavy: "Everyone my age has their life figured out except me." */
export const HEAVY: readonly Wording[] = [
  {
    text: 'Mastery did not spot a harsh story in those words, but they sound heavy. Here are some other ways to tell it, or write your own.',
    example: {
      input: 'Everyone my age has their life figured out except me.',
      output:
        'Mastery did not spot a harsh story in those words, but they sound heavy. Here are some other ways to tell it, or write your own.',
    },
  },
  {
    text: 'Mastery did not spot a harsh story in those words, but they sound hard to carry. You could try one of these, or write your own.',
    example: {
      input: 'I feel so behind. Everyone my age has their life figured out except me.',
      output:
        'Mastery did not spot a harsh story in those words, but they sound hard to carry. You could try one of these, or write your own.',
    },
  },
];
