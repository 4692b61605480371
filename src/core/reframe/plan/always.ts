/**
 * Rewrite plans for one event made a rule ("I always mess everything up", "I failed again") and for
 * "unable, always" ("I can't do anything right", "I'll never get this right", "I can't even write an email").
 */
import { verbForms } from '../../nlp';
import { midSentence } from '../style';
import {
  type Ctx,
  GENERALISING_TAIL,
  nounPhraseIn,
  type Plan,
  PRONOUN_OBJECT,
  replaceRange,
  say,
  TIME_PHRASE,
  task,
  withTails,
} from './context';
import { GLOBAL_OBJECT } from './label';

/** "I failed again", "I failed miserably", "I flopped at the interview", "I'm failing at everything". */
export function failedAgain(c: Ctx): Plan | null {
  if (!/^i(?:['’]m|\s+am)?\s+(?:\w+ly\s+|just\s+|totally\s+)?(?:fail|fails|failed|failing|flop|flopped)\b/i.test(c.phrase)) return null;
  const at = /\bat\s+(?:literally\s+|basically\s+|just\s+)?(.+)$/i.exec(c.s.slice(c.a, c.clause.end));
  const obj = at ? (at[1] ?? '').trim() : '';
  if (obj && !GLOBAL_OBJECT.test(obj) && !PRONOUN_OBJECT.test(obj)) {
    return replaceRange(
      c,
      c.a,
      c.clause.end,
      say('went-worse', { object: obj }, c.style),
      task(nounPhraseIn(c, c.clause.end - obj.length, c.clause.end)),
    );
  }
  const present = /^i\s+(?:\w+ly\s+)?(?:fail|flop)\b/i.test(c.phrase);
  return replaceRange(c, c.a, present ? c.clause.end : withTails(c).end, say(present ? 'not-first-time' : 'not-this-time', {}, c.style));
}

/** "I'm always the one who breaks the build" → "I sometimes break the build": the fact, without the rule. */
export function theOneWho(c: Ctx): Plan | null {
  const m = /^i(?:['’]m|\s+am)\s+(?:always|constantly|forever)\s+the\s+one\s+(?:who|that)\s+([a-z]+)\s+(.+)$/i.exec(
    c.s.slice(c.a, c.clause.end),
  );
  if (!m) return null;
  const forms = verbForms(m[1] ?? '', 'present');
  if (!forms) return null;
  const verb = forms.infinitive;
  const object = (m[2] ?? '').trim();
  if (!/^(?:the|a|an|my|our|this|that|these|those)\b/i.test(object)) return null;
  return replaceRange(
    c,
    c.a,
    c.clause.end,
    say('sometimes-do', { verb: `${verb} ${object}` }, c.style),
    task(nounPhraseIn(c, c.clause.end - object.length, c.clause.end)),
  );
}

/** "Every project I lead turns into a mess" → "Not every project I lead goes to plan": the project stays. */
/** "I mess up every single task they give me", "i ruin every relationship i'm in" → "Not every task they give me goes to plan". */
export function failEvery(c: Ctx): Plan | null {
  const m =
    /^i\s+(?:always\s+|just\s+)?(?:mess\s+up|screw\s+up|fail\s+at|fail|ruin|wreck|destroy|botch)\s+(?:every|each)\s+(?:single\s+)?([a-z-]+)\s+(.+)$/i.exec(
      c.s.slice(c.clause.start, c.clause.end),
    );
  if (!m || /^(?:time|thing|one|day)$/i.test(m[1] ?? '')) return null;
  return replaceRange(
    c,
    c.clause.start,
    c.clause.end,
    say('not-every-plan', { object: `${(m[1] ?? '').toLowerCase()} ${m[2] ?? ''}` }, c.style),
  );
}

export function everyNoun(c: Ctx): Plan | null {
  const m = /^(?:every|each)\s+(?:single\s+)?([a-z-]+)\s+i\s+([a-z]+)\b/i.exec(c.phrase);
  if (!m || /^(?:time|thing|one|day)$/i.test(m[1] ?? '')) return null;
  return replaceRange(c, c.a, c.clause.end, say('not-every-plan', { object: `${(m[1] ?? '').toLowerCase()} I ${m[2] ?? ''}` }, c.style));
}

/** "I always mess things up", "everything I touch breaks", "I never learn": the rule, told as what happened. */
export function alwaysMessUp(c: Ctx): Plan | null {
  const p = c.phrase;
  if (/^why\s+do\s+i\b/i.test(p)) return replaceRange(c, c.a, c.clause.end, say('what-helps', {}, c.style));
  if (/^(?:everything|nothing|every\s+\w+)\s+i\b/i.test(p)) return replaceRange(c, c.a, c.clause.end, say('not-first-time', {}, c.style));
  if (/\bnever learn$/i.test(p)) return replaceRange(c, c.a, c.b, say('still-learning', {}, c.style));
  if (/\bforg[eo]t\w*\s+(?:something|everything|things)$/i.test(p))
    return replaceRange(c, c.a, c.clause.end, say('forget-sometimes', {}, c.style));
  // "Every time I try to help I just make it worse." → the whole clause is the story.
  if (/\bworse$/i.test(p)) return replaceRange(c, c.clause.start, c.clause.end, say('not-first-time', {}, c.style));
  if (/\b(?:the one (?:who|that)|be trusted|without\s+\w+ing)\b/i.test(p))
    return replaceRange(c, c.clause.start, c.clause.end, say('make-mistakes', {}, c.style));
  const keep = /^i\s+(?:keep|kept)\b/i.test(p);
  if (/\b(?:ruin|ruins|ruined|ruining|wreck|wrecks|wrecked)\s+(?:everything|things|it)\b/i.test(p)) {
    const rel = c.after.trim();
    if (/^(?:i|we)\b/i.test(rel)) return replaceRange(c, c.a, c.clause.end, say('care-about', { object: rel }, c.style));
    return replaceRange(c, c.a, c.b, say('not-gone-hoped', {}, c.style));
  }
  if (/\bwrong$/i.test(p)) return replaceRange(c, c.a, c.b, say('havent-yet', {}, c.style));
  if (/\b(?:say|said|saying)\s+the wrong thing$/i.test(p)) return replaceRange(c, c.a, c.b, say('finding-words', {}, c.style));
  if (/\bthe wrong thing$/i.test(p)) return replaceRange(c, c.a, c.b, say('learning-what-works', {}, c.style));
  if (/\b(?:fail|failed|failing|choke|choked|choking)$/i.test(p)) return replaceRange(c, c.a, c.b, say('not-first-time', {}, c.style));
  if (/\b(?:disappoint|disappointed|disappointing|let)\s+(?:everyone|people|everybody)$/i.test(p))
    return replaceRange(c, c.a, c.b, say('care-people', {}, c.style));
  if (/\b(?:make|made|making)\s+/i.test(p))
    return replaceRange(c, c.a, c.b, say(keep ? 'making-mistakes-learn' : 'make-mistakes', {}, c.style));
  if (/\bup$/i.test(p)) return replaceRange(c, c.a, c.b, say(keep ? 'mistakes' : 'make-mistakes', {}, c.style));
  // A shape this plan does not know: the clause as a whole carries the story.
  return replaceRange(c, c.clause.start, c.clause.end, say('make-mistakes', {}, c.style));
}

/** "I'll never get this right" → "I'll keep working on getting this right": still about what is to come. */
export function neverInFuture(c: Ctx): Plan | null {
  const m = /^i(?:['’]ll|\s+will)\s+never\s+(?:ever\s+)?(?:be\s+(?:good enough|able to)\s+)?(.*)$/i.exec(c.s.slice(c.a, c.clause.end));
  if (!m) return null;
  const rest = (m[1] ?? '').trim();
  const at = /^(?:good enough\s+)?(at|with|in)\s+(.+)$/i.exec(rest);
  if (/\bgood enough\b/i.test(c.s.slice(c.a, c.clause.end)) || at) {
    const prep = at?.[1]?.toLowerCase() ?? 'at';
    const object = at?.[2] ?? 'this';
    return replaceRange(
      c,
      c.a,
      c.clause.end,
      `${say('keep-getting-better', { prep }, c.style)} ${object}`,
      PRONOUN_OBJECT.test(object) ? null : { kind: 'skill', text: object, prep },
    );
  }
  const verb = /^([a-z]+)\b(.*)$/i.exec(rest);
  const forms = verb ? verbForms(verb[1] ?? '', undefined) : null;
  if (!verb || !forms) return null;
  const gerund = `${forms.gerund}${verb[2] ?? ''}`.trim();
  return replaceRange(c, c.a, c.clause.end, say('keep-working', { object: gerund }, c.style));
}

/** "I can never get these rollouts right" → "I haven't got these rollouts right yet": the rollouts stay. */
export function getRight(c: Ctx): Plan | null {
  const m =
    /^i\s+(?:can['’]?t|cannot|can not|never|can\s+never|just\s+can['’]?t)\s+(?:ever\s+|even\s+|seem\s+to\s+)?get\s+(.+?)\s+right\b/i.exec(
      c.s.slice(c.a, c.clause.end),
    );
  if (!m) return null;
  const object = (m[1] ?? '').trim();
  if (/^(?:anything|a single thing|one thing|it|this|that|things|everything)$/i.test(object)) return null;
  const start = c.a + m[0].length;
  return replaceRange(c, c.a, start, say('havent-yet-x', { object: midSentence(object) }, c.style), task(midSentence(object)));
}

/** "I can't even write an email" → "I'm finding it hard to write an email": what is hard, said plainly. */
export function cantDo(c: Ctx): Plan | null {
  const m = /^i\s+(can['’]?t|cannot|can not|couldn['’]?t|could not)\s+(?:even\s+|ever\s+|just\s+)?([a-z]+)\b(.*)$/i.exec(
    c.s.slice(c.a, c.clause.end),
  );
  if (!m) return null;
  const verb = (m[2] ?? '').toLowerCase();
  if (/^(?:do|get|be|believe|stop|afford|wait|seem|help|handle|cope|even)$/.test(verb)) return null;
  const rest = (m[3] ?? '').replace(GENERALISING_TAIL, '');
  if (/^\s*(?:anything|everything|a single thing)\b/i.test(rest)) return null;
  const past = /^(?:couldn|could)/i.test(m[1] ?? '');
  return replaceRange(c, c.a, c.clause.end, `${say(past ? 'found-hard' : 'finding-hard', {}, c.style)} ${verb}${rest}`);
}

/** "I can't do anything right", "I never finish anything on time", "I can't do anything right with these timesheets". */
export function neverRight(c: Ctx): Plan | null {
  const m = /^i\s+never\s+(finish|complete|get)\s+(?:anything|a single thing|one thing)\b(.*)$/i.exec(c.phrase);
  if (m && !(/^get$/i.test(m[1] ?? '') && !/\bdone\b/i.test(c.s.slice(c.b, c.clause.end)))) {
    const forms = verbForms(m[1] ?? '');
    if (forms)
      return replaceRange(c, c.a, c.a + c.phrase.length - (m[2] ?? '').length, say('working-on', { object: forms.gerund }, c.style));
  }
  const with_ = /^\s+(?:with|on|in)\s+((?:the|this|that|these|those|my|our)\s.+)$/i.exec(c.after);
  if (with_) return replaceRange(c, c.a, c.clause.end, say('havent-yet-x', { object: midSentence((with_[1] ?? '').trim()) }, c.style));
  // "I can't do anything right today" → "Today has been a hard one".
  const time = TIME_PHRASE.exec(c.after.trim());
  if (time && /\b(?:anything|a single thing)\b/i.test(c.phrase))
    return replaceRange(c, c.a, c.clause.end, say('hard-period', { object: time[0].toLowerCase() }, c.style));
  // "I can't even get the basics right" → "I haven't got the basics right yet".
  const object = /\bget\s+((?:the|these|those|my|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+right$/iu.exec(c.phrase);
  if (object) return replaceRange(c, c.a, c.b, say('havent-yet-x', { object: midSentence(object[1] ?? '') }, c.style));
  return replaceRange(c, c.a, c.b, say('havent-yet', {}, c.style));
}

/** "I'm going to fail my thesis defence", "I'll bomb the interview" → "I'm nervous about my thesis defence, and I'll prepare as well as I can". */
export function willFail(c: Ctx): Plan | null {
  const m =
    /^i(?:['’]m|\s+am)?\s*(?:(?:going\s+to|gonna)|['’]ll|\s*will)\s+(?:totally\s+|completely\s+|probably\s+|definitely\s+|just\s+)?(?:fail|bomb|flunk|blow|mess\s+up|screw\s+up|choke\s+(?:on|in|at))\s+((?:the|this|that|my|our|tomorrow['’]s)\s.+)$/i.exec(
      c.s.slice(c.a, c.clause.end),
    );
  if (!m) return null;
  const object = midSentence((m[1] ?? '').trim());
  return replaceRange(c, c.a, c.clause.end, say('worried-prepare', { object }, c.style), task(object));
}
