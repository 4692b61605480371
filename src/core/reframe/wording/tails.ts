/** Words that, left behind by a rewrite, would keep the old story going. Removed right after the rewritten part. */
export const GENERALISING_TAILS = [
  'yet again',
  'once again',
  'again',
  'as usual',
  'like always',
  'as always',
  'of course',
  'like i always do',
  'every time',
  'as per usual',
];
