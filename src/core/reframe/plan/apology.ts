/**
 * Rewrite plans for apologies that put the writer down ("sorry for being so useless") and questions
 * framed as a fault ("stupid question, but…").
 */
import { midSentence } from '../style';
import { type Ctx, type Plan, replaceRange, say, task } from './context';

/** "Sorry for being such a pain" → "Thanks for your patience"; "Apologies for my stupidity earlier" → "Apologies for the mix-up earlier". */
export function sorryFor(c: Ctx): Plan | null {
  if (!/^(?:sorry|apologies|(?:i\s+)?apologi[sz]e|i['’]m\s+sorry|forgive)\b/i.test(c.phrase)) return null;
  if (/\bwasting\s+\S+\s+time$/i.test(c.phrase)) return replaceRange(c, c.a, c.b, say('thanks-time', {}, c.style));
  const being = /^(?:sorry|apologies|i\s+apologi[sz]e)\s+(?:for|about)\s+being\b/i.test(c.phrase);
  if (being) return replaceRange(c, c.a, c.b, say('thanks-patience', {}, c.style));
  const own = /^(sorry|apologies|(?:i\s+)?apologi[sz]e)\s+(?:for|about)\s+my\b/i.exec(c.phrase);
  const sorry = own ? (own[1] ?? 'Sorry') : 'Sorry';
  return replaceRange(c, c.a, c.b, say('mix-up', { sorry }, c.style));
}

/** "Sorry if this is a stupid question" → "Quick question"; "my dumb questions" → "my questions". */
export function stupidQuestion(c: Ctx): Plan | null {
  // "i have a really dumb question about the rota" → "i have a quick question about the rota".
  const adjective =
    /^(.*?\b(?:a|one|another)\s+)(?:(?:really|very|pretty|probably|super|total(?:ly)?|complete(?:ly)?)\s+)?(?:dumb|stupid|silly|idiotic|noob|newbie|basic)\s+(question)$/i.exec(
      c.phrase,
    );
  if (adjective && /^\s+(?:about|on|re|regarding)\s+\S/i.test(c.after))
    return replaceRange(c, c.a, c.b, `${adjective[1]}${say('quick-question', {}, c.style).toLowerCase()}`);
  // "My code is garbage", "my review comments are probably stupid" → "My code needs another look".
  const work =
    /^((?:my|our)\s+(?:[\w-]+\s+){0,2}?([\w-]+))\s+(is|are)\s+(probably\s+|prob\s+|likely\s+)?(?:\w+\s+)?(?:garbage|rubbish|trash|stupid|dumb|terrible|awful|crap|crappy|bad|useless)$/i.exec(
      c.phrase,
    );
  if (work)
    return replaceRange(
      c,
      c.a,
      c.b,
      `${work[1]} ${work[4] ?? ''}${say(work[3]?.toLowerCase() === 'are' ? 'need-look' : 'needs-look', {}, c.style)}`,
      task(midSentence(work[1] ?? '')),
    );
  // "my dumb questions" inside a sentence: drop the label, keep the question.
  const mine = /^(my|these|such)\s+\w+\s+(questions?)$/i.exec(c.phrase);
  if (mine) return replaceRange(c, c.a, c.b, `${(mine[1] ?? 'my').toLowerCase() === 'such' ? 'the' : mine[1]} ${mine[2]}`);
  const but = /^\s*,?\s*(?:sorry\s*,?\s*)?but\s+/i.exec(c.s.slice(c.clause.end));
  if (but) return replaceRange(c, c.clause.start, c.clause.end + but[0].length, `${say('quick-question', {}, c.style)}: `);
  if (/^(?:sorry|apologies)\s+(?:for|about)\b/i.test(c.phrase))
    return replaceRange(c, c.a, c.clause.end, say('thanks-question', {}, c.style));
  return replaceRange(c, c.clause.start, c.clause.end, say('quick-question', {}, c.style));
}
