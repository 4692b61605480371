/**
 * Generated email prose for benchmarks: ordinary work writing with no self-talk (it does use words like
 * "sorry", "perfect" and "never" the way people do), and self-critical sentences to mix in.
 */

import { rng } from '../support/random';

export { rng };

export const NEUTRAL_SENTENCES = [
  'Thanks for sending the agenda over so quickly.',
  'I had a look at the draft and left a few comments in the margin.',
  'Could we move our sync to Thursday afternoon instead?',
  'The client confirmed they can join the call at three.',
  'Sorry for the late reply, I was travelling most of yesterday.',
  'Friday at noon sounds perfect for the review.',
  'Please find the updated budget attached to this email.',
  'We should have the final numbers by the end of the week.',
  'I never got the invite, could you resend it?',
  'The vendor always ships on Tuesdays, so we are on track.',
  'Let me know if you need anything else from my side.',
  'Our team has been working on the onboarding flow for a month.',
  'The new dashboard makes it much easier to spot trends.',
  'I think the second option is cleaner, but happy to discuss.',
  'The workshop went well and people asked great questions.',
  'Can you double-check the totals in the third tab?',
  'I will be out of office on Monday for a dentist appointment.',
  'The marketing plan needs a short summary at the top.',
  'Looking forward to catching up at the offsite next month.',
  'We reviewed the contract and only have two small edits.',
  'The migration finished overnight without any errors.',
  'Happy to take the notes for the planning meeting.',
  'The weather should be fine for the team lunch outside.',
  'I added the figures from last quarter for comparison.',
  'Could you share the slides once they are ready?',
  'The bug in the export is fixed and deployed to staging.',
  'It has to be signed by both parties before the end of the month.',
  'The coffee machine on the fourth floor is working again.',
  'Good catch on the typo in the headline, thank you.',
  'We can keep the current timeline if the design lands this week.',
  'The survey results are in and mostly positive.',
  'I made a note to follow up with finance about the invoice.',
  'Do you have a preference for the venue?',
  'The interns presented their project and it was impressive.',
  'Let us aim to publish the post on Wednesday morning.',
  'I keep the receipts in the shared folder for audit.',
  'The roadmap has three themes for next year.',
  'Please let me know your thoughts when you get a chance.',
  'The old laptop can go back to the IT desk.',
  'That was a great point about onboarding in the retro.',
];

export const SELF_CRITICAL_SENTENCES = [
  'I screwed up the report again.',
  "I'm such an idiot, I forgot the attachment.",
  'It has to be perfect before I send it.',
  'I always mess things up.',
  'Sorry if this is a stupid question.',
  'I should have known better than to promise that date.',
  'I really suck at these updates.',
  "I can't believe I missed that.",
  "It's all my fault that the demo failed.",
  "I'm hopeless with spreadsheets.",
];

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * About `words` words of prose in paragraphs. Every `selfCriticalEvery` words (0: never) a self-critical
 * sentence is mixed in; `unique` appends a paragraph number so no two paragraphs share text.
 */
export function makeProse(words: number, seed: number, selfCriticalEvery = 0, unique = false): string {
  const next = rng(seed);
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let total = 0;
  let sinceCritical = 0;
  let paragraph = 0;
  while (total < words) {
    let s: string;
    if (selfCriticalEvery > 0 && sinceCritical >= selfCriticalEvery) {
      s = SELF_CRITICAL_SENTENCES[Math.floor(next() * SELF_CRITICAL_SENTENCES.length)] as string;
      sinceCritical = 0;
    } else {
      s = NEUTRAL_SENTENCES[Math.floor(next() * NEUTRAL_SENTENCES.length)] as string;
    }
    const n = countWords(s);
    total += n;
    sinceCritical += n;
    sentences.push(s);
    if (sentences.length >= 4 + Math.floor(next() * 3)) {
      paragraph++;
      paragraphs.push(unique ? `${sentences.join(' ')} (${paragraph})` : sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  return paragraphs.join('\n\n');
}
