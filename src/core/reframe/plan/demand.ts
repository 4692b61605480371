/**
 * Rewrite plans for perfection demanded of others ("failure is not an option", "I expect zero mistakes")
 * and for verdicts on someone else's work ("you never get the numbers right"): what needs to happen,
 * asked for plainly.
 */
import { midSentence } from '../style';
import { type Ctx, nounPhraseIn, type Plan, replaceRange, say, task } from './context';

/** "There is zero room for error on this deliverable" → "Please take extra care with this deliverable and flag problems early". */
export function zeroRoom(c: Ctx): Plan | null {
  if (!/\b(?:room|margin|tolerance|allowed)\b/i.test(c.phrase)) return null;
  // "… for error on this deliverable": the deliverable may be inside the flagged phrase or right after it.
  const on = /\b(?:on|in|for|with)\s+((?:the|this|that|these|those|my|our|your)\s.+)$/i.exec(c.s.slice(c.a, c.clause.end));
  if (on) {
    const obj = midSentence((on[1] ?? '').trim());
    return replaceRange(c, c.clause.start, c.clause.end, say('extra-care', { object: obj }, c.style), task(obj));
  }
  return replaceRange(c, c.clause.start, c.clause.end, say('extra-care-none', {}, c.style));
}

/** "Failure is not an option on this release", "I expect flawless work", "Mistakes are unacceptable". */
export function expectFlawless(c: Ctx): Plan | null {
  const p = c.phrase;
  if (/^failure is (?:not|never) an option$/i.test(p)) {
    const on = /^\s+(?:on|in|for|with)\s+(.+)$/i.exec(c.after);
    if (on) {
      const obj = (on[1] ?? '').trim();
      return replaceRange(
        c,
        c.clause.start,
        c.clause.end,
        say('matters', { object: midSentence(obj) }, c.style),
        task(nounPhraseIn(c, c.b, c.clause.end)),
      );
    }
    return replaceRange(c, c.clause.start, c.clause.end, say('matters-none', {}, c.style));
  }
  // "I need this to be 100% flawless" → "I need this to be right".
  const toBe =
    /\bto be\s+((?:(?:absolutely|totally|completely|100%)\s+)?(?:perfect|flawless|error-free|mistake-free|typo-free|spotless))$/i.exec(p);
  if (toBe) return replaceRange(c, c.b - (toBe[1] ?? '').length, c.b, say('right', {}, c.style));
  const want = /^(?:i|we)\b/i.test(p)
    ? /(?:nothing less than\s+)?(?:\b100%\s+perfect\b|\bflawless\b|\bperfect\b|\bperfection\b|\bzero-defect\b)/i.exec(p)
    : null;
  if (want) {
    const start = c.a + want.index;
    const noun = /^\s+(?:work|results|execution|delivery|output|performance)\b/i.test(c.s.slice(start + want[0].length));
    return replaceRange(c, start, start + want[0].length, say(noun ? 'careful' : 'care', {}, c.style));
  }
  const on = /^(?:any|a single|one|every)\s+(?:mistake|error|typo|slip)\s+(?:on|in|at)\s+(.+?)\s+(?:is|will be)\b/i.exec(p);
  if (on) {
    const obj = midSentence((on[1] ?? '').trim());
    return replaceRange(c, c.clause.start, c.clause.end, say('extra-care', { object: obj }, c.style), task(nounPhraseIn(c, c.a, c.b)));
  }
  // "I expect zero mistakes on this launch" → "Please take extra care with this launch…": the thing stays.
  const thing = /\b(?:on|in|for|with)\s+((?:the|this|that|these|those|my|our|your)\s[^,;]+)$/i.exec(c.s.slice(c.a, c.clause.end));
  if (thing) {
    const obj = midSentence((thing[1] ?? '').trim());
    return replaceRange(c, c.clause.start, c.clause.end, say('extra-care', { object: obj }, c.style), task(obj));
  }
  return replaceRange(c, c.clause.start, c.clause.end, say('flag-early', {}, c.style));
}

/** "You never get the numbers right" → "Can we look at the numbers together?"; "This is garbage" → "This needs another pass". */
export function verdictOnOther(c: Ctx): Plan | null {
  const clause = c.s.slice(c.a, c.clause.end);
  const never =
    /^you(?:['’]re|\s+are)?\s+(?:always|never|constantly)\s+(?:get(?:ting)?|mess(?:ing)?\s+up|screw(?:ing)?\s+up)\s+(.+?)(?:\s+(?:right|wrong|up))?$/i.exec(
      clause,
    );
  // "You always mess this up", "you keep getting the dates wrong", "your numbers are never right",
  // "every report you send has errors": the thing itself, looked at together.
  const other =
    never ??
    /^you\s+(?:always|never|constantly)\s+mess\s+(.+?)\s+up$/i.exec(clause) ??
    /^you\s+keep\s+(?:getting|messing\s+up|screwing\s+up)\s+(.+?)(?:\s+(?:right|wrong|up))?$/i.exec(clause);
  const yours = /^your\s+(.+?)\s+(?:are|is)\s+(?:never|always|constantly)\s+(?:right|wrong|off)$/i.exec(clause);
  const every = /^every\s+(\w+)\s+you\s+\w+\s+(?:has|have)\s+(?:errors|mistakes|typos)(?:\s+in\s+it)?$/i.exec(clause);
  const object = other
    ? midSentence((other[1] ?? '').trim())
    : yours
      ? `the ${(yours[1] ?? '').trim().toLowerCase()}`
      : every
        ? `the ${(every[1] ?? '').toLowerCase()}s`
        : null;
  if (object) {
    const start = yours || every ? c.clause.start : c.a;
    return replaceRange(
      c,
      start,
      c.clause.end,
      say('look-together', { object: object === 'this' ? 'this' : object }, c.style),
      task(object),
    );
  }
  if (
    /^(?:this|that|it)(?:['’]s|\s+is)\s+(?:\w+\s+)?(?:garbage|rubbish|trash|useless|terrible|awful|a mess|a joke|unacceptable|sloppy)$/i.test(
      clause,
    )
  )
    return replaceRange(c, c.a, c.clause.end, say('another-pass', {}, c.style));
  return null;
}
