/**
 * First-person distress the detector's rules do not name: "I should be further along by now. Everyone my
 * age has their life figured out except me." Nothing there is a harsh label, but the words are heavy,
 * and the popup should never answer them with "nothing harsh here". Written for Mastery from the way
 * people describe feeling low, behind or ashamed; it only changes what the popup says and offers.
 */
import type { Hook } from './wording/types';

const FIRST_PERSON = /\b(?:i|i['’]m|im|i['’]ve|i['’]ll|me|my|myself)\b/i;

const DISTRESS: ReadonlyArray<[Hook, RegExp]> = [
  [
    'behind',
    /\b(?:behind(?!\s+on\b)|further along|except me|but me|everyone (?:else|my age)|everybody else|my age|left behind|wasted (?:my|years)|by now|running out of time|too late for me|stuck)\b/i,
  ],
  ['ashamed', /\b(?:ashamed|shame|humiliated|embarrassed|guilty|mortified|cringe|hate that i)\b/i],
  [
    'heavy',
    /\b(?:behind on|sad|heavy|(?:feel(?:ing)?|felt)\s+(?:so\s+|really\s+|pretty\s+)?(?:down|low|flat|awful|terrible)|tired|exhausted|drained|overwhelmed|lonely|alone|empty|numb|crying|cried|miserable|hopeless|can['’]?t cope|falling apart|not okay|not ok|struggling|burnt out|burned out|worn out|anxious|scared|dread)\b/i,
  ],
];

/** The kind of heaviness a first-person text carries, or null when it reads as plain news. */
export function distressIn(text: string): Hook | null {
  if (!FIRST_PERSON.test(text)) return null;
  for (const [hook, re] of DISTRESS) if (re.test(text)) return hook;
  return null;
}
