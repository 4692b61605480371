/**
 * Rewrite plans for standards: a rule only perfection satisfies ("it has to be perfect"), not enough as a
 * person ("I'm not smart enough for this job"), hindsight as a verdict ("I should have known better"),
 * and the good explained away ("it was just luck").
 */
import { verbForms } from '../../nlp';
import { PRODUCTS } from '../lexicon';
import { headNoun } from '../slots';
import { midSentence } from '../style';
import type { RewriteId } from '../wording/rewrites';
import {
  type Ctx,
  dropClause,
  nounPhraseIn,
  type Plan,
  PRONOUN_OBJECT,
  replaceRange,
  say,
  task,
  type TopicHint,
  withTails,
} from './context';

// ── a rule only perfection satisfies ──

/** "The final report has to be perfect" → "… has to be solid"; "I won't send it until it's perfect" → "… ready". */
export function hasToBePerfect(c: Ctx): Plan | null {
  // "I have to be the best at this" → "I want to do well at this".
  const best = /^i\s+(?:have|need|must|got|gotta)\s+(?:to\s+)?be\s+the\s+(?:very\s+)?best(?=\s+(?:at|in)\s+\S)/i.exec(
    c.s.slice(c.a, c.clause.end),
  );
  if (best) return replaceRange(c, c.a, c.a + best[0].length, say('do-well', {}, c.style));
  const m = /\b(?:(?:absolutely|totally|completely|100%|just)\s+)?(?:perfect|flawless|perfection)\b/i.exec(c.phrase);
  if (!m) return null;
  // "I have to be perfect at this job." → "I want to do well at this job."
  const self =
    /^i\s+(?:have|need|must|got|gotta)\s+(?:to\s+)?be\s+(?:(?:absolutely|totally|completely|100%|just)\s+)?(?:perfect|flawless)$/i.exec(
      c.phrase,
    );
  if (self) {
    const at = /^\s+(?:at|in)\s+((?:the|this|that|my|our)\s[^,]+?)(?=\s+(?:or|and|but|so)\b|$)/i.exec(c.after);
    return replaceRange(c, c.a, c.b, say('do-well', {}, c.style), at ? { kind: 'place', text: midSentence(at[1] ?? '') } : null);
  }
  let id: RewriteId = 'solid';
  if (/^until\b/i.test(c.phrase)) id = /^until\s+(?:every|each)\s+\w+\s/i.test(c.phrase) ? 'right' : 'ready';
  else if (/^(?:if|unless)\b/i.test(c.phrase) || /\bbefore\s+i\b/i.test(c.after)) id = 'ready';
  const start = c.a + m.index;
  const np = nounPhraseIn(c, c.a, start);
  // A piece of work can be solid; a house, a party or a day can be ready.
  if (id === 'solid' && np && !PRODUCTS.has(headNoun(np) ?? '')) id = 'ready';
  return replaceRange(c, start, start + m[0].length, say(id, {}, c.style), task(np));
}

/**
 * A shortfall measured against a place: "I'm too slow for this job", "I feel way too inexperienced for
 * this team" → "I'm still growing into this job".
 */
export function tooXFor(c: Ctx): Plan | null {
  // "I'm probably too slow to keep up with the rest of the class" → "I'm still catching up with the rest of the class".
  const keepUp =
    /^i(?:['’]m|\s+am)\s+(?:probably\s+|just\s+)?(?:(?:way|far|much|so)\s+)?too\s+[\w-]+\s+to\s+keep\s+up\s+(with\s+[^,;]+)$/i.exec(
      c.s.slice(c.clause.start, c.clause.end),
    );
  if (keepUp) return replaceRange(c, c.clause.start, c.clause.end, `${say('catching-up', {}, c.style)} ${keepUp[1] ?? ''}`);
  // "I feel like I'm not made for this kind of work" → "I'm still growing into this kind of work".
  const made =
    /^(?:i\s+feel\s+like\s+)?i(?:['’]m|\s+am)\s+(?:just\s+)?not\s+(?:made|cut\s+out)\s+for\s+((?:the|this|that|my|our|a|an)\s+[^,;]+)$/i.exec(
      c.s.slice(c.clause.start, c.clause.end),
    );
  if (made) {
    const place = midSentence(made[1] ?? '');
    return replaceRange(c, c.clause.start, c.clause.end, `${say('growing-into', {}, c.style)} ${place}`, { kind: 'place', text: place });
  }
  const m =
    /^i(?:['’]m|\s+am|\s+feel(?:\s+like\s+i(?:['’]m|\s+am))?)\s+(?:probably\s+|just\s+|clearly\s+)?(?:(?:way|far|much|a\s+bit|so)\s+)?too\s+[\w-]+\s+for\s+((?:the|this|that|my|our|a|an)\s+[^,;]+)$/i.exec(
      c.s.slice(c.clause.start, c.clause.end),
    );
  if (!m) return null;
  const place = midSentence((m[1] ?? '').trim()).replace(/^an?\s+/i, 'a ');
  return replaceRange(c, c.clause.start, c.clause.end, `${say('growing-into', {}, c.style)} ${place}`, { kind: 'place', text: place });
}

/** "I'm not worthy of this team" → "I'm grateful for this team": what the writer has, kept, without the verdict. */
export function notWorthy(c: Ctx): Plan | null {
  const m = /^i(?:['’]m|\s+am)\s+(?:just\s+|really\s+)?not\s+worthy\s+of\s+((?:the|this|that|my|our|your|their|his|her)\s+[^,;]+)$/i.exec(
    c.s.slice(c.clause.start, c.clause.end),
  );
  if (!m) return null;
  return replaceRange(c, c.clause.start, c.clause.end, `${say('grateful-for', {}, c.style)} ${midSentence(m[1] ?? '')}`);
}

/** "I must not make a single mistake on this proposal" → "I want to get this proposal right". */
export function mustNotFail(c: Ctx): Plan | null {
  // "I should be better at this by now" → "I'm still getting better at this"; "…so much further along by now".
  const byNow =
    /^i\s+should\s+(?:already\s+)?be\s+(?:(?:so\s+)?much\s+|way\s+|a\s+lot\s+)?(?:better\s+at\s+(.+?)|further\s+along)\s+by\s+now$/i.exec(
      c.s.slice(c.a, c.clause.end),
    );
  if (byNow) {
    const at = byNow[1]?.trim();
    return replaceRange(
      c,
      c.a,
      c.clause.end,
      at ? `${say('still-getting-better-at', {}, c.style)} ${midSentence(at)}` : say('on-my-way', {}, c.style),
    );
  }
  if (
    !/\b(?:must\s+not|mustn['’]t|can(?:['’]?t|not|\s+not)\s+afford|have\s+to\s+get|need\s+to\s+get|got\s+to\s+get|gotta\s+get)\b/i.test(
      c.phrase,
    )
  )
    return null;
  const on = /^\s+(?:on|in|with|at|for)\s+((?:the|this|that|these|those|my|our|your)\b.+)$/i.exec(c.after);
  const getThis = /\bget\s+(this|it|everything|every\s+\w+)\b/i.exec(c.phrase);
  const object = on ? midSentence((on[1] ?? '').trim()) : getThis ? (getThis[1] ?? 'this') : 'this';
  const topic = on ? task(nounPhraseIn(c, c.b, c.clause.end)) : null;
  // Whatever else the clause says ("in front of the board") stays.
  const rest = on ? '' : c.after.replace(/^\s*(?:or|otherwise)\b.*$/i, '');
  let text = say('get-right', { object }, c.style) + rest;
  if (/^we\b/i.test(c.phrase)) text = text.replace(/^I\b/, 'We').replace(/^i\b/, 'we');
  return replaceRange(c, c.a, c.clause.end, text, topic);
}

/** "One typo and the whole report is worthless" → "One typo can be fixed"; "Anything less than perfect is a failure". */
export function lessThanPerfect(c: Ctx): Plan | null {
  if (!/^(?:one|a single|any|1|anything\s+(?:less|short))\b/i.test(c.phrase)) return null;
  const one = /^(?:one|a single|any|1)\s+(?:mistake|error|typo|slip|flaw)\b/i.exec(c.phrase);
  if (one) {
    const object = one[0].replace(/^(?:a single|any|1)\b/i, 'one').toLowerCase();
    // "One typo and … the whole report is worthless" → "One typo in the report can be fixed": the report stays.
    const np = nounPhraseIn(c, c.a + one[0].length, c.clause.end);
    const where = np ? ` in ${midSentence(np)}` : '';
    return replaceRange(c, c.a, c.clause.end, say('fixable', { object: `${object}${where}` }, c.style), task(np));
  }
  return replaceRange(c, c.clause.start, c.clause.end, say('aim-solid', {}, c.style));
}

// ── not enough as a person ──

/** "I'm not smart enough for this job" → "I'm still growing into this job"; "I'm not good enough to lead this team". */
export function notGoodEnough(c: Ctx): Plan | null {
  if (/^(?:nothing|good enough)\b/i.test(c.phrase) || !/\b(?:i|i['’]m|im|i['’]ll|me)\b/i.test(c.s.slice(c.a, c.clause.end))) return null;
  const whole = c.s.slice(c.a, c.clause.end);
  const m = /\b(?:enough|cut out|capable|competent|qualified|meant)\s+(for|at|to|in|of)\s+(.+)$/i.exec(whole);
  if (m) {
    const obj = (m[2] ?? '').trim();
    const objStart = c.clause.end - obj.length;
    const prep = (m[1] ?? '').toLowerCase() === 'of' ? 'at' : (m[1] ?? '').toLowerCase();
    if (prep === 'to') return replaceRange(c, c.a, objStart, `${say('still-learning-to', {}, c.style)} `);
    if (prep === 'at') {
      const topic: TopicHint | null = PRONOUN_OBJECT.test(obj) ? null : { kind: 'skill', text: obj, prep: 'at' };
      return replaceRange(c, c.a, objStart, `${say('getting-better', { prep: 'at' }, c.style)} `, topic);
    }
    const topic: TopicHint | null = PRONOUN_OBJECT.test(obj) ? null : { kind: 'place', text: obj };
    return replaceRange(c, c.a, objStart, `${say('growing-into', {}, c.style)} `, topic);
  }
  if (/\bfeel\b/i.test(c.phrase)) return replaceRange(c, c.a, c.clause.end, say('not-confident', {}, c.style));
  return replaceRange(c, c.a, c.clause.end, say('still-learning', {}, c.style));
}

/** "I have no discipline" → "I'm still building the habit". */
export function noDiscipline(c: Ctx): Plan | null {
  if (!/^i\s+(?:have|got)\s+(?:no|zero)\s+(?:discipline|willpower|self-control|motivation|follow-through)$/i.test(c.phrase)) return null;
  return replaceRange(c, c.a, c.clause.end, say('building-habit', {}, c.style));
}

/** "I should never have been trusted with the migration" → "I'm learning from the migration". */
export function notTrusted(c: Ctx): Plan | null {
  const m =
    /^i\s+(?:should(?:n['’]t|\s+not|\s+never)|never\s+should)\s+(?:have|['’]ve)\s+been\s+(?:trusted|given|allowed|put in charge of)\s+(?:with\s+)?(.+)$/i.exec(
      c.s.slice(c.a, c.clause.end),
    );
  if (!m) return null;
  const object = midSentence((m[1] ?? '').trim());
  return replaceRange(
    c,
    c.a,
    c.clause.end,
    say('learning-from', { object }, c.style),
    task(nounPhraseIn(c, c.clause.end - object.length, c.clause.end)),
  );
}

/** "Nothing I do is ever good enough" → "I hold myself to a high bar"; "it's still not good enough" → "it's nearly there". */
export function neverGoodEnough(c: Ctx): Plan | null {
  // "Nothing I do is ever good enough for my dad" → "I want my dad's approval, and it's hard to feel I have it".
  const forWho = /^\s+for\s+((?:my|our)\s+[\p{L}-]+)\s*$/iu.exec(c.after);
  if (forWho && /^nothing\b/i.test(c.phrase)) {
    const who = forWho[1] ?? '';
    return replaceRange(c, c.a, c.clause.end, say('want-approval', { object: `${who}'s` }, c.style), { kind: 'person', text: who });
  }
  if (!/^(?:nothing|good)\b/i.test(c.phrase)) {
    // "it's still not good enough" → "it's nearly there"; "The naming still isn't perfect" → "The naming is nearly there".
    const after =
      /(?:['’](?:s|re)|\s+(?:is|are|was|were))\s+((?:still\s+|just\s+)?(?:never|not|not ever)\s+(?:\w+\s+)?(?:good enough|right|there|perfect))$/i.exec(
        c.phrase,
      );
    if (after) return replaceRange(c, c.b - (after[1] ?? '').length, c.b, say('nearly-there', {}, c.style));
    const still =
      /\s+(?:still\s+)?(is|are|was|were)(?:n['’]t|\s+not)\s+(?:good enough|right|perfect)$|\s+still\s+(is|are|was|were)(?:n['’]t|\s+not)\s+(?:good enough|right|perfect)$/i.exec(
        c.phrase,
      );
    if (still)
      return replaceRange(
        c,
        c.a + still.index,
        c.b,
        ` ${(still[1] ?? still[2] ?? 'is').toLowerCase()} ${say('nearly-there', {}, c.style)}`,
      );
  }
  return replaceRange(c, c.clause.start, c.clause.end, say('high-bar', {}, c.style));
}

// ── hindsight as a verdict ──

/** "I should have caught that typo" → "I didn't catch that typo"; "I should have known better than to promise that date". */
export function shouldHaveKnown(c: Ctx): Plan | null {
  // "I should know better by now" → "I'm still learning": knowing comes from doing it.
  // "I should know this by now" → "I'm still learning this".
  const byNow = /^i\s+(?:really\s+)?should\s+(?:already\s+)?know\s+(this|that|it|how\s+to\s+.+?|(?:the|my|our)\s+.+?)\s+by\s+now$/i.exec(
    c.s.slice(c.a, c.clause.end),
  );
  if (byNow) return replaceRange(c, c.a, c.clause.end, `${say('still-learning', {}, c.style)} ${midSentence(byNow[1] ?? '')}`);
  if (/^i\s+(?:\w+ly\s+)?(?:should|ought to)\s+(?:know\s+better|(?:be|have been)\s+better\s+than\s+(?:this|that))$/i.test(c.phrase)) {
    return replaceRange(c, c.a, withTails(c).end, say('still-learning', {}, c.style));
  }
  const m =
    /^i\s+(?:\w+ly\s+)?(?:should|ought to)(?:['’]ve|\s+have)?\s+(?:\w+ly\s+)?(known|seen|caught|noticed|spotted|realized|realised|checked|foreseen)\b/i.exec(
      c.phrase,
    );
  if (!m) return null;
  const verb = (m[1] ?? '').toLowerCase();
  const rest = c.s.slice(c.a + m[0].length, c.clause.end);
  if (/^(?:known|seen)$/.test(verb) && /^\s+better\b/i.test(rest)) {
    const than = /^\s+better\s+than\s+to\s+(.+)$/i.exec(rest);
    if (than) return replaceRange(c, c.a, c.clause.end, say('looking-back', { verb: (than[1] ?? '').trim() }, c.style));
    const dropped = dropClause(c);
    if (dropped) return { edit: dropped.edit, topic: null };
    return replaceRange(c, c.a, c.clause.end, say('know-now', {}, c.style));
  }
  const forms = verbForms(verb);
  if (!forms) return null;
  // "I should have known that already" → "I didn't know that": "already" only sharpened the sting.
  const already = /^(\s+\S+(?:\s+\S+)?)\s+already\b/i.exec(rest);
  const end = already ? c.a + m[0].length + already[0].length : c.a + m[0].length;
  const text = say('didnt-do', { verb: forms.infinitive }, c.style) + (already ? (already[1] ?? '') : '');
  return replaceRange(c, c.a, end, text);
}

/**
 * Any other "should have": "I shouldn't have said that" → "I wish I hadn't said that"; "should have
 * started weeks ago" → "I wish I had started weeks ago". A wish keeps what happened, and when, without
 * the verdict.
 */
export function wishHad(c: Ctx): Plan | null {
  const m =
    /^(?:i\s+)?(?:\w+ly\s+)?(should|shouldn['’]?t|should\s+not|ought\s+to)(?:['’]ve|\s+have|\s+of)\s+(never\s+)?(?:\w+ly\s+)?([a-z]+(?:ed|en|wn|ne|id|ht|ld|ng|un|ot|ed))\b/i.exec(
      c.s.slice(c.a, c.clause.end),
    );
  // "I could kick myself for missing that" → "I wish I hadn't missed that".
  const kick = /^i\s+could\s+(?:just\s+)?kick\s+myself\s+for\s+(not\s+)?(\w+ing)\b/i.exec(c.s.slice(c.a, c.clause.end));
  if (kick) {
    const forms = verbForms(kick[2] ?? '', 'gerund');
    if (!forms) return null;
    return replaceRange(c, c.a, c.a + kick[0].length, `${say(kick[1] ? 'wish-had' : 'wish-hadnt', {}, c.style)} ${forms.participle}`);
  }
  if (!m) return null;
  const not = /n['’]?t|\bnot/i.test(m[1] ?? '') || m[2] !== undefined;
  // "I really should have…": the writer's own "I" and its adverb go with the old verb.
  const subject = /(?:^|\s)(i\s+(?:\w+ly\s+)?)$/i.exec(c.s.slice(c.clause.start, c.a));
  const start = subject && !/^i\b/i.test(m[0]) ? c.a - (subject[1] ?? '').length : c.a;
  return replaceRange(c, start, c.a + m[0].length, `${say(not ? 'wish-hadnt' : 'wish-had', {}, c.style)} ${(m[3] ?? '').toLowerCase()}`);
}

/** "I can't believe I forgot the attachment" → "I forgot the attachment"; "How could I miss that?" → "How did that slip through?" */
export function cantBelieve(c: Ctx): Plan | null {
  const believe = /^i\s+(?:can['’]?t|cannot|can not|could not|couldn['’]?t)\s+believe\s+(?=i\b)/i.exec(c.phrase);
  if (believe) return replaceRange(c, c.a, c.a + believe[0].length, '');
  const how = /^how\s+(?:could|did)\s+i\s+(?:\w+ly\s+)?(miss|forget|overlook|not see|not notice|mess up|screw up|let)\s+(.+)$/i.exec(
    c.s.slice(c.a, c.clause.end),
  );
  if (!how) return null;
  const verb = (how[1] ?? '').toLowerCase();
  let obj = (how[2] ?? '').trim().replace(/\s+happen$/i, '');
  if (/^(?:something so|such)\b/i.test(obj)) obj = 'that';
  const id: RewriteId = verb === 'forget' ? 'slip-mind' : verb === 'let' || /up$/.test(verb) ? 'how-happen' : 'slip-through';
  return replaceRange(c, c.a, c.clause.end, say(id, { object: midSentence(obj) }, c.style));
}

// ── the good, explained away ──

/** "It was just luck" → "It went well"; "I don't deserve the praise" → "I'm grateful for the praise". */
export function discounted(c: Ctx): Plan | null {
  // "…, but honestly it was just luck": the joining word and the hedge go with the discount.
  const lead = /^(?:(?:but|and|so)\s+)?(?:(?:honestly|really|tbh|i think|i guess)\s*,?\s+)?/i.exec(c.s.slice(c.a, c.clause.end));
  const from = c.a + (lead?.[0].length ?? 0);
  const clause = c.s.slice(from, c.clause.end);
  // "They only hired me out of pity", "they must have been desperate to hire me" → "They hired me": what happened stays.
  const chose =
    /^(they|he|she|you|we|[A-Z]\w+)\s+(?:only\s+(hired|picked|chose|invited|promoted|accepted|asked|kept|passed)\s+me\b.*|must\s+have\s+been\s+desperate\s+(?:to|when\s+they)\s+(hire|pick|choose|invite|promote|accept|ask|keep|pass)d?\s+me\b.*)$/i.exec(
      c.s.slice(c.clause.start, c.clause.end),
    );
  if (chose) {
    const verb = chose[2] ?? verbForms(chose[3] ?? '')?.past ?? null;
    if (verb) return replaceRange(c, c.clause.start, c.clause.end, `${chose[1]} ${verb.toLowerCase()} me`);
  }
  // "I passed, but honestly it was just luck" → "I passed, and I'm glad it went well".
  const luckTail =
    /,?\s*but\s+(?:honestly\s*,?\s+|really\s+|tbh\s+)?(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:just|only|pure|dumb|sheer)\s+luck\b/i.exec(
      c.s.slice(c.a),
    );
  if (luckTail)
    return replaceRange(
      c,
      c.a + luckTail.index,
      c.a + luckTail.index + luckTail[0].length,
      `, and ${midSentence(say('glad-went-well', {}, c.style))}`,
    );
  // "It was luck, not me" → "I'm glad it went well": the good stays, the discount goes.
  if (
    /^(?:luck|pure luck|just luck),?\s+not\s+me$/i.test(clause) &&
    /^(?:it|that)(?:['’]s|\s+is|\s+was)\s+$/i.test(c.s.slice(c.clause.start, from))
  )
    return replaceRange(c, c.clause.start, c.clause.end, say('glad-went-well', {}, c.style));
  // "Sooner or later they'll see right through me" → "I'm still finding my feet here, and I'll keep learning".
  if (
    /\b(?:see\s+(?:right\s+)?through\s+me|realis|realiz|find\s+out|figure\s+(?:me\s+)?out|faking)/i.test(
      c.s.slice(c.clause.start, c.clause.end),
    )
  )
    return replaceRange(c, c.clause.start, c.clause.end, say('finding-feet-learn', {}, c.style));
  if (from !== c.a && /^(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:just|only|pure|dumb|sheer)\s+luck\s*$/i.test(clause))
    return replaceRange(c, c.a, c.clause.end, `and ${midSentence(say('glad-went-well', {}, c.style))}`);
  if (from !== c.a && /^(?:anyone|anybody)\s+could\s+have\s+done\s+(?:it|that|this)\b/i.test(clause))
    return replaceRange(c, c.a, c.clause.end, midSentence(say('glad-went-well', {}, c.style)));
  // "it was just luck that the launch went well" → "the launch went well": what happened stays, the discount goes.
  const luckThat = /^(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:just|only|pure|dumb|sheer)\s+luck\s+that\s+(?=\S)/i.exec(clause);
  if (luckThat) return replaceRange(c, c.a, c.a + luckThat[0].length, '');
  if (
    /^(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:just|only|pure|dumb|sheer)\s+luck\b/i.test(clause) ||
    /^i\s+(?:just|only)\s+got\s+lucky\b/i.test(clause)
  )
    return replaceRange(c, c.a, c.clause.end, say('went-well', {}, c.style));
  const deserve = /^i\s+(?:really\s+)?(?:don['’]?t|do not|didn['’]?t|did not)\s+deserve\s+(.+)$/i.exec(clause);
  if (deserve) {
    const object = (deserve[1] ?? '').trim();
    if (/^(?:it|this|that|any of (?:it|this))$/i.test(object))
      return replaceRange(c, c.a, c.clause.end, `${say('grateful-for', {}, c.style)} this`);
    // "…, I barely did anything": a second discount in the same thought goes too.
    const more = /^\s*,?\s*(?:and\s+)?i\s+(?:barely|hardly|didn['’]t\s+really)\s+(?:did|do)\s+anything\b/i.exec(c.s.slice(c.clause.end));
    return replaceRange(
      c,
      c.a,
      more ? c.clause.end + more[0].length : c.clause.end,
      `${say('grateful-for', {}, c.style)} ${object}`,
      task(nounPhraseIn(c, c.clause.end - object.length, c.clause.end)),
    );
  }
  if (/^(?:anyone|anybody)\s+could\s+have\s+done\s+(?:it|that|this)\b/i.test(clause))
    return replaceRange(c, c.a, c.clause.end, say('got-it-done', {}, c.style));
  return null;
}
