/**
 * Rewrite plans for a slip told harshly ("I screwed up the report", "a stupid mistake on my part") and
 * for carrying all the blame ("it's all my fault", "I ruined the launch", "I let everyone down").
 */
import { nounPhrases, verbForms } from '../../nlp';
import { isPlural } from '../slots';
import { haveSlot, midSentence, styled } from '../style';
import { type Ctx, GENERALISING_TAIL, haveOf, nounPhraseIn, type Plan, replaceRange, say, TIME_PHRASE, task, withTails } from './context';
import { GLOBAL_OBJECT } from './label';

const SUBJECT_I = String.raw`i(?:['’]ve|['’]d|\s+have|\s+had)?`;
const ADVERB_RUN = String.raw`(?:\s+(?:just|really|totally|completely|royally|seriously|majorly|truly|absolutely|kind|sort|of|again|already|so|probably|definitely|clearly|obviously|basically|honestly|literally|officially|pretty|much|somehow|also|both|have|had|[\w-]+ly))*`;
const SCREW = `(?:screw|screws|screwed|screwing|mess|messes|messed|messing|fuck|fucks|fucked|fucking|muck|mucks|mucked|mucking|ballsed|cocked|botched|bungled|butchered|blew|blown|bombed|flubbed|fumbled)`;
const PERFORMANCE = /^(?:blew|blown|bombed|flubbed|fumbled)$/i;

/** "I screwed up the report", "I made a mess of the forecast", "I dropped the ball on the contract". */
export function screwedUp(c: Ctx): Plan | null {
  const whole = c.s.slice(c.a, c.clause.end);
  const haveSlots = { have: haveSlot(haveOf(c.phrase), c.style) };
  // "I made a complete mess of the budget forecast." → "I made a mistake with the budget forecast."
  const messOf = /\b(?:made|make|making)\s+(?:a|such a)\s+(?:\w+\s+)?(?:mess|hash|shambles|disaster|pig['’]s ear)\s+of\s+(.+)$/i.exec(
    whole,
  );
  if (messOf) {
    const obj = (messOf[1] ?? '').trim();
    return replaceRange(
      c,
      c.a,
      c.clause.end - obj.length,
      `${say('mistake-with', haveSlots, c.style)} `,
      task(nounPhraseIn(c, c.clause.end - obj.length, c.clause.end)),
    );
  }
  // "I dropped the ball so badly on the contract." → "I dropped the ball on the contract."
  if (/\bdropped the ball\b/i.test(c.phrase))
    return replaceRange(c, c.a, c.b, say('dropped-ball', {}, c.style), task(nounPhraseIn(c, c.b, c.clause.end)));
  // "I humiliated myself in front of the VP", "I made such a fool of myself" → "I had an awkward moment ...".
  // "I'm embarrassing myself every time I open my mouth." → "I'm still finding my feet."
  if (/\b(?:humiliating|embarrassing|disgracing)\s+myself$/i.test(c.phrase))
    return replaceRange(c, c.a, c.clause.end, say('finding-feet-in', {}, c.style));
  if (/\b(?:humiliated|embarrassed|disgraced)\s+myself$|\bfool of myself$/i.test(c.phrase))
    return replaceRange(c, c.a, c.b, say('awkward-moment', {}, c.style));
  // "I'm kicking myself over both of them." → "I regret both of them."
  const kicking = /\bkicking myself$/i.test(c.phrase) ? /^\s+(?:over|about|for)\s+(.+)$/i.exec(c.after) : null;
  if (kicking) return replaceRange(c, c.a, c.clause.end - (kicking[1] ?? '').length, `${say('regret', {}, c.style)} `);
  if (/\bkicking myself$/i.test(c.phrase)) return replaceRange(c, c.a, c.clause.end, say('feel-bad', {}, c.style));
  const m = new RegExp(String.raw`^(${SUBJECT_I})${ADVERB_RUN}\s+(keep\s+|kept\s+)?(${SCREW})\b`, 'i').exec(c.phrase);
  if (!m) return null;
  const have = haveOf(m[1] ?? '');
  const keep = Boolean(m[2]);
  const verb = m[3] ?? '';
  const verbEnd = c.a + m[0].length;
  const rest = c.s.slice(verbEnd, c.clause.end);
  // What follows the verb: "it up", "up the report", "the schedule", "it with the interview".
  const pron = /^\s+(it|this|that|things|everything|them|stuff|all of this|this one|that one)(?:\s+up)?\b/i.exec(rest);
  const up = /^\s+up\b/i.exec(rest);
  const skip = pron ? pron[0].length : up ? up[0].length : 0;
  let objText = rest.slice(skip);
  const withObj = pron ? /^\s+(?:with|on|in|at)\s+/i.exec(objText) : null;
  if (withObj) objText = objText.slice(withObj[0].length);
  else if (pron && objText.trim() !== '') objText = '';
  const obj = objText.trim();
  const objStart = c.clause.end - objText.trimStart().length;
  const hasObject =
    obj !== '' &&
    !TIME_PHRASE.test(obj) &&
    !GENERALISING_TAIL.test(` ${obj}`) &&
    /^(?:the|a|an|my|our|your|this|that|these|those|his|her|their|its|some|all|[a-z]+s)\b/i.test(obj);
  const topic = hasObject ? task(nounPhraseIn(c, objStart, c.clause.end)) : null;
  const slots = { have: haveSlot(have, c.style) };
  if (PERFORMANCE.test(verb)) {
    if (hasObject) return replaceRange(c, c.a, c.clause.end, say('went-worse', { object: obj }, c.style), topic);
    return replaceRange(c, c.a, c.a + m[0].length + skip, say('went-worse-none', {}, c.style));
  }
  if (keep) {
    if (hasObject) return replaceRange(c, c.a, objStart, `${say('mistakes-with', {}, c.style)} `, topic);
    return replaceRange(c, c.a, verbEnd + skip, say('mistakes', {}, c.style));
  }
  if (hasObject) return replaceRange(c, c.a, objStart, `${say('mistake-with', slots, c.style)} `, topic);
  if (pron && /^(?:this|it|that|this one|that one)$/i.test((pron[1] ?? '').trim())) {
    const here = /^this/i.test((pron[1] ?? '').trim()) ? 'here' : 'there';
    return replaceRange(c, c.a, verbEnd + skip, say('mistake-here', { ...slots, here }, c.style));
  }
  return replaceRange(c, c.a, verbEnd + skip, say('mistake', slots, c.style));
}

/** "That was my stupid mistake", "inexcusable on my part": the mistake stays, the adjective goes. */
export function stupidMistake(c: Ctx): Plan | null {
  // "inexcusable on my part" → "My mistake": owning it without the verdict.
  if (/^(?:inexcusable|unforgivable|unacceptable)\s+on\s+my\s+part$/i.test(c.phrase)) {
    return replaceRange(c, c.clause.start, withTails(c).end, say('my-mistake', {}, c.style));
  }
  if (/^(?:another|such an?|what an?)\s+\w+\s+(?:mistake|error|move|blunder)\s+(?:from|by|on)\s+me$/i.test(c.phrase)) {
    return replaceRange(c, c.clause.start, withTails(c).end, say('my-mistake', {}, c.style));
  }
  const adj =
    /\b(?:(such an?|so|yet|an?|another|the|my|one|more|this|that|same)\s+)?(?:(?:such|an?|so|yet|one|more|this|that|same)\s+)*(stupid|dumb|idiotic|moronic|unforgivable|rookie|amateur|amateurish|pathetic|embarrassing|inexcusable)\s+(mistakes?|errors?|moves?|blunders?)\b/i.exec(
      c.phrase,
    );
  if (!adj) return null;
  let start = c.a + adj.index;
  let det = (adj[1] ?? '').toLowerCase();
  // The phrase may begin at the adjective ("… such an amateur mistake on my part"): take its determiner too.
  const lead = det === '' ? /\b(such an?|yet another|another|an?|the|my|this|that|one)\s+$/i.exec(c.s.slice(0, start)) : null;
  if (lead) {
    start -= lead[0].length;
    det = (lead[1] ?? '').toLowerCase();
  }
  const end = c.a + adj.index + adj[0].length;
  const noun = adj[3] ?? 'mistake';
  let article = det;
  if (det === '' || /^(?:such an?|so|an?|yet|one)$/.test(det)) article = /^[aeiou]/i.test(noun) ? 'an' : 'a';
  if (/s$/i.test(noun) && /^an?$/.test(article)) article = '';
  return replaceRange(c, start, end, `${article ? `${article} ` : ''}${noun}`);
}

/** "I ruined the whole launch", "I'll ruin the presentation", "I ruin everything I'm part of". */
export function ruined(c: Ctx): Plan | null {
  const m = new RegExp(
    String.raw`^(i(?:['’](?:ve|d|ll)|\s+have|\s+had)?)${ADVERB_RUN}\s+(?:(will|would|might|could|may|can)\s+)?(ruin|ruins|ruined|destroyed|wrecked|sabotaged|tanked|killed|torpedoed|derailed)\b`,
    'i',
  ).exec(c.phrase);
  if (!m) return null;
  const have = haveOf(m[1] ?? '');
  const future = Boolean(m[2]) || /['’]ll$/i.test(m[1] ?? '') || /\bgoing to\s*$/i.test(c.s.slice(0, c.a));
  const present = /^(?:ruin|ruins)$/i.test(m[3] ?? '');
  const rest = c.s.slice(c.a + m[0].length, c.clause.end);
  const objText = rest.trimStart();
  const objStart = c.clause.end - objText.length;
  const global = GLOBAL_OBJECT.exec(objText) ?? /^(?:it|this|that)\b/i.exec(objText);
  const slots = { have: haveSlot(have, c.style) };
  if (global) {
    const rel = objText.slice(global[0].length).trim();
    if (present && /^(?:i|we)\b/i.test(rel)) return replaceRange(c, c.a, c.clause.end, say('care-about', { object: rel }, c.style));
    if (present) return replaceRange(c, c.a, objStart + global[0].length, say('make-mistakes', {}, c.style));
    return replaceRange(c, c.a, objStart + global[0].length, say('mistake-impact', slots, c.style));
  }
  const obj = objText.replace(/\b(whole|entire)\s+/i, '');
  const topic = task(nounPhraseIn(c, objStart, c.clause.end));
  if (future) {
    const goingTo = /\bi(?:['’]m|\s+am)\s+going\s+to\s*$/i.exec(c.s.slice(0, c.a));
    return replaceRange(c, goingTo ? goingTo.index : c.a, c.clause.end, say('want-go-well', { object: obj }, c.style), topic);
  }
  // "I ruined the whole evening by bringing up work" → "Bringing up work didn't help the evening": what happened, told plainly.
  const by = /^(.+?)\s+by\s+((?:not\s+)?[a-z]+ing\b.*)$/i.exec(obj);
  if (by && !have) return replaceRange(c, c.a, c.clause.end, say('didnt-help', { act: by[2] ?? '', object: by[1] ?? '' }, c.style), topic);
  return replaceRange(c, c.a, c.clause.end, `${say('mistake-affected', slots, c.style)} ${obj}`, topic);
}

/** "It's all my fault that…", "I blame myself for the delay", "I'm the reason we missed Q3". */
export function allMyFault(c: Ctx): Plan | null {
  // "We lost the account because of me", "lost the afternoon through my own stupidity": what happened
  // stays, and the blame becomes owning a part. "It's all because of me" is all blame: the part, owned.
  const clause = c.s.slice(c.clause.start, c.clause.end);
  const cause =
    /,?\s+(?:(?:all|only|entirely|just)\s+)?(?:because\s+of\s+me|thanks\s+to\s+me|(?:through|by|from|due\s+to|because\s+of)\s+my(?:\s+own)?\s+(?:stupidity|carelessness|incompetence|laziness|idiocy|fault|mistakes?))\b/i.exec(
      clause,
    );
  // "It's my fault the team lost", "it's my fault we missed the deadline" → "I own my part in why the team lost".
  const fault =
    /^(?:it['’]?s|it\s+is|it\s+was)\s+(?:all\s+|entirely\s+|totally\s+)?my\s+fault\s+(?!that\s+(?:the|this|my|our)\b)(?:that\s+)?((?:we|the|they|our|my|he|she|you)\b.+)$/i.exec(
      clause,
    );
  if (fault) return replaceRange(c, c.clause.start, c.clause.end, `${say('own-part-why', {}, c.style)} ${fault[1] ?? ''}`);
  if (cause) {
    const before = clause.slice(0, cause.index);
    if (/^\s*(?:it|that|this)(?:['’]s|\s+is|\s+was)?\s*(?:all|only|entirely)?\s*$/i.test(before))
      return replaceRange(c, c.clause.start, c.clause.end, say('own-part-this', {}, c.style));
    const at = c.clause.start + cause.index;
    return replaceRange(c, at, at + cause[0].length, `, and ${midSentence(say('own-part-this', {}, c.style))}`);
  }
  if (!/\b(?:fault|blame|the\s+(?:only\s+)?reason|no excuse|forgive myself)\b/i.test(c.s.slice(c.a, c.clause.end))) return null;
  // "I'm the reason we missed Q3." → "I own my part in why we missed Q3."
  const reason = /\bthe\s+(?:only\s+)?reason\s+(.+)$/i.exec(c.s.slice(c.a, c.clause.end));
  if (reason) return replaceRange(c, c.a, c.clause.end - (reason[1] ?? '').length, `${say('own-part-why', {}, c.style)} `);
  if (/\bblame myself\b/i.test(c.phrase)) {
    const forObj = /^\s+for\s+(.+)$/i.exec(c.after);
    if (forObj) return replaceRange(c, c.a, c.clause.end - (forObj[1] ?? '').length, `${say('own-part', {}, c.style)} `);
    return replaceRange(c, c.a, c.b, say('own-part-this', {}, c.style));
  }
  const that = /^\s+(?:that\s+)?((?:the|this|my|our|your|their)\s.+)$/i.exec(c.after);
  if (that) {
    const what = (that[1] ?? '').trim();
    const whatStart = c.clause.end - what.length;
    const np = nounPhrases(c.s).find((p) => p.start === whatStart);
    const verbMatch = np ? /^\s+([a-z]+)\b(.*)$/i.exec(c.s.slice(np.end, c.clause.end)) : null;
    const forms = verbMatch ? verbForms(verbMatch[1] ?? '', 'past') : null;
    if (np && verbMatch && forms && forms.infinitive !== verbMatch[1]) {
      const object = `${midSentence(np.text)} ${forms.gerund}${verbMatch[2] ?? ''}`;
      return replaceRange(c, c.clause.start, c.clause.end, say('own-part-gerund', { object }, c.style), task(np.text));
    }
  }
  return replaceRange(c, c.clause.start, c.clause.end, say('own-part-this', {}, c.style));
}

/** "I let everyone down", "I've let the whole team down with the migration", "I cost us the account". */
export function letDown(c: Ctx): Plan | null {
  // "I cost us the account." → "I own my part in losing the account."
  const cost = /\bcost\s+(?:us|the team|the company|everyone|my team|our team)\s+(.+)$/i.exec(c.s.slice(c.a, c.clause.end));
  if (cost)
    return replaceRange(
      c,
      c.a,
      c.clause.end - (cost[1] ?? '').length,
      `${say('lost-part', {}, c.style)} `,
      task(nounPhraseIn(c, c.clause.end - (cost[1] ?? '').length, c.clause.end)),
    );
  const about = /^\s+(?:again\s+)?(?:with|on|over)\s+((?:the|this|that|these|those|my|our)\s.+)$/i.exec(c.after);
  const keep = /^i\s+(?:\w+\s+)?(?:keep|kept|always)\s+(?:letting|let|lets|failing|disappointing)\b/i.test(c.phrase);
  if (keep && !about) return replaceRange(c, c.a, c.b, say('care-people', {}, c.style));
  const m = keep
    ? /^i\s+(?:\w+\s+)?(?:keep|kept|always)\s+(?:letting|let|lets)\s+(.+?)\s+down$/i.exec(c.phrase)
    : new RegExp(String.raw`^(${SUBJECT_I})${ADVERB_RUN}\s+(?:let|lets|failed|disappointed)\s+(.+?)(?:\s+down)?$`, 'i').exec(c.phrase);
  if (!m) return null;
  const raw = (m[m.length - 1] ?? '').trim().toLowerCase();
  let who = 'everyone';
  if (/^(?:you all|you guys|y['’]all|all of you)$/.test(raw)) who = 'you';
  else if (/^(?:the|my|our)\b/.test(raw)) who = raw.replace(/\b(whole|entire)\s+/, '');
  // "... down with the migration" → "I know the migration isn't what the team hoped for".
  if (about) {
    const object = midSentence((about[1] ?? '').trim());
    const plural = isPlural(object);
    const was = keep
      ? plural
        ? "haven't been"
        : "hasn't been"
      : haveOf(m[1] ?? '') === 'have'
        ? plural
          ? "aren't"
          : "isn't"
        : plural
          ? "weren't"
          : "wasn't";
    return replaceRange(
      c,
      c.a,
      c.clause.end,
      say('not-what-hoped-x', { object, who, was: styled(was, c.style) }, c.style),
      task(nounPhraseIn(c, c.b, c.clause.end)),
    );
  }
  const was = haveOf(m[1] ?? '') === 'have' ? "isn't" : "wasn't";
  return replaceRange(c, c.a, c.b, say('not-what-hoped', { who, was: styled(was, c.style) }, c.style));
}
