/**
 * Rewrite plans for names put on the whole self ("I'm such an idiot", "I suck", "I feel like a fraud")
 * and for identity-level pain ("what is wrong with me", "I hate myself for…").
 */
import { verbForms } from '../../nlp';
import { styled } from '../style';
import { isJudgingWord } from '../verdict';
import type { RewriteId } from '../wording/rewrites';
import {
  type Ctx,
  dropClause,
  makeCtx,
  nounPhraseIn,
  PRONOUN_OBJECT,
  type Plan,
  replaceRange,
  say,
  TIME_PHRASE,
  type TopicHint,
  task,
  withTails,
} from './context';

const MISTAKE_LABELS =
  /\b(?:idiot|moron|fool|imbecile|dummy|dumbass|clown|dunce|klutz|screw-?ups?|screw up|mess-up|fuck-?up|stupid|dumb|idiotic|dense|thick|clueless|space cadet|careless|sloppy)\b/i;
const IMPOSTOR_LABELS = /\b(?:fraud|imp[oe]ster|charlatan|fake)\b/i;
const BURDEN_LABELS = /\b(?:burden|dead weight)\b/i;
const NUISANCE_LABELS = /\b(?:nuisance|pain|pest|annoying)\b/i;
const OUTCOME_LABELS = /\b(?:failure|loser|disaster|disappointment|embarrassment|mess|wreck|joke|lost cause)\b/i;
export const GLOBAL_OBJECT = /^(?:everything|anything|life|all of (?:it|this)|it all|things)\b/i;
const ROLE_NOUNS =
  /^(?:person|one|link|member|engineer|developer|designer|manager|employee|writer|friend|human|colleague|teammate|mother|father|parent|partner|boss|leader|analyst|student|teacher|founder|lead|coder|programmer|mom|mum|dad|sister|brother|son|daughter|wife|husband|recruiter|consultant|intern|editor|marketer|researcher|nurse|doctor|coach|host|girlfriend|boyfriend)$/i;
/** Lead-ins that only frame the verdict: "It's like I'm incapable of ...", "I know I'm a burden". */
const VERDICT_LEAD_IN =
  /(?:^|[,;]\s*)(?:it['’]s like|it is like|it feels like|honestly it feels like|like|i know|i think|i guess|i'm sure|i am sure|i just know|i feel like)\s+$/i;

function articleFor(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(?:uni|use|eu|one)/i.test(word) ? 'an' : 'a';
}

/** Rewrite a label: the shapes a name for the self takes, from the most particular to the plainest. */
export function labelPlan(c: Ctx, labelStart: number, labelEnd: number): Plan | null {
  const lc = makeCtx(c.s, labelStart, labelEnd);
  const label = c.s.slice(labelStart, labelEnd);
  const felt = /\bi\s+(?:\w+\s+)?(?:feel|felt)\b/i.test(label);
  const past = /\bi\s+was\b/i.test(label);
  const tail = lc.after;
  const style = c.style;
  const leadIn = VERDICT_LEAD_IN.exec(c.s.slice(0, labelStart));
  const start = leadIn ? labelStart - leadIn[0].length + (leadIn[0].match(/^[,;]\s*/)?.[0].length ?? 0) : labelStart;

  // "Submitting anything unpolished makes me feel like a failure." → "... is hard for me."
  const makesMe = /\b(makes|make|made|making)\s+me\s+(?:feel|look)\s+like\b/i.exec(label);
  if (makesMe) {
    const was = /^made$/i.test(makesMe[1] ?? '') ? 'was' : 'is';
    return replaceRange(c, labelStart + makesMe.index, lc.clause.end, say('hard-for-me', { was }, style));
  }

  // "... for missing that deadline" → "I missed that deadline"; "for not speaking up" → "I didn't speak up".
  const forGerund = /^\s+for\s+(not\s+)?((?:[a-z]+-)*)([a-z]+ing)\b(.*)$/i.exec(tail);
  if (forGerund) {
    const forms = verbForms(forGerund[3] ?? '', 'gerund');
    if (forms) {
      const prefix = forGerund[2] ?? '';
      const rest = forGerund[4] ?? '';
      const clause = forGerund[1]
        ? `${say('didnt-do', { verb: prefix + forms.infinitive }, style)}${rest}`
        : `${styled('I', style)} ${prefix}${forms.past}${rest}`;
      const act = `${forGerund[1] ? 'not ' : ''}${prefix}${forms.gerund}${rest}`.trim();
      return replaceRange(c, start, lc.clause.end, clause, { kind: 'act', text: act });
    }
  }

  // "I feel disgusting after eating all that cake" → "I don't feel great after eating all that cake".
  const feltAbout = /^i\s+(feel|felt)\s+(?:so\s+|really\s+|absolutely\s+|just\s+)?[a-z-]+$/i.exec(label);
  if (feltAbout && /^\s+(?:after|about|since|because|when|for)\b/i.test(tail)) {
    return replaceRange(c, start, lc.b, say(/^felt$/i.test(feltAbout[1] ?? '') ? 'not-great-past' : 'not-great', {}, style));
  }

  // "I'm such a burden on my family right now" → "I'm leaning on my family a lot right now".
  const leanOn = BURDEN_LABELS.test(label) ? /^\s+(?:on|to)\s+((?:my|our|the)\s+[\p{L}-]+)(.*)$/iu.exec(tail) : null;
  if (leanOn) {
    const who = leanOn[1] ?? '';
    return replaceRange(c, start, lc.clause.end, `${say('leaning-on', { object: who }, style)}${leanOn[2] ?? ''}`, {
      kind: 'person',
      text: who,
    });
  }

  // "some days I feel like a complete failure" → "some days are hard".
  const when = /\b(some days|most days|these days|sometimes|lately|today)\s+$/i.exec(c.s.slice(lc.clause.start, start));
  if (when && !/^\s+(?:at|with|in|as|for|to)\b/i.test(tail)) {
    const words = (when[1] ?? '').toLowerCase();
    const hard = /days$/.test(words) ? `${when[1]} are hard` : words === 'lately' ? `${when[1]} it has been hard` : `${when[1]} it is hard`;
    return replaceRange(c, lc.clause.start + when.index, lc.clause.end, styled(hard.replace(/\bit is\b/, "it's"), style));
  }

  // "a total failure as a mother" → "I'm still growing as a mother": the role stays.
  const asRole = /^\s+as\s+(an?\s+[a-z-]+)\b/i.exec(tail);
  const roleNoun = asRole ? /\s([a-z-]+)$/i.exec(asRole[1] ?? '')?.[1] : undefined;
  if (asRole && roleNoun && ROLE_NOUNS.test(roleNoun)) {
    const role = (asRole[1] ?? '').toLowerCase();
    return replaceRange(c, start, lc.b + asRole[0].length, say('growing-as', { object: role }, style), { kind: 'role', text: role });
  }

  // "bad at everything lately", "useless when it comes to spreadsheets", "incapable of following a checklist".
  const fromLabelVerb = c.s.slice(labelStart, lc.clause.end);
  const skill =
    /^(.*?\b(?:useless|hopeless|terrible|awful|horrible|bad|rubbish|garbage|worst|inept|incompetent|clueless|pathetic|stupid|dumb|idiot|failure|disaster|mess|incapable))\s+(at|with|in|of|when it comes to)\s+(.+)$/i.exec(
      fromLabelVerb,
    );
  if (skill && !/^(?:me|myself|you|us)\b/i.test((skill[3] ?? '').trim())) {
    const obj = (skill[3] ?? '').trim();
    const objStart = lc.clause.end - obj.length;
    const said = (skill[2] ?? 'at').toLowerCase();
    const prep = said === 'when it comes to' || said === 'of' ? 'at' : said;
    if (GLOBAL_OBJECT.test(obj)) {
      const rest = obj.replace(GLOBAL_OBJECT, '');
      return replaceRange(c, start, lc.clause.end, `${say('hard-time', {}, style)}${rest}`);
    }
    if (past && /^(?:the|that|this|my|our)\b/i.test(obj)) {
      return replaceRange(
        c,
        start,
        lc.clause.end,
        say('went-worse', { object: obj }, style),
        task(nounPhraseIn(c, objStart, lc.clause.end)),
      );
    }
    const topic: TopicHint | null = PRONOUN_OBJECT.test(obj) ? null : { kind: 'skill', text: obj, prep };
    return replaceRange(c, start, objStart, `${say('getting-better', { prep }, style)} `, topic);
  }

  // "the dumbest person on this call" → "I'm still catching up on this call";
  // "a terrible manager", "the worst engineer alive" → "I'm still growing as a manager".
  const role =
    /\b(?:the\s+|an?\s+)?(?:\w+\s+){0,2}?(?:(?:dumbest|stupidest|worst|weakest|least\s+\w+|most\s+\w+)|(?:terrible|awful|horrible|useless|hopeless|incompetent|pathetic|bad|rubbish|inept|lame|stupid|dumb))\s+([a-z]+)$/i.exec(
      label,
    );
  if (role && ROLE_NOUNS.test(role[1] ?? '')) {
    const noun = (role[1] ?? '').toLowerCase();
    // "the worst analyst on earth": "on earth" only says how bad, it is no place.
    const where = /^\s+(?:on|in|at|with)\s+(?!earth\b|the\s+world\b|the\s+planet\b|history\b)\S.*$/i.exec(tail);
    if (where || noun === 'person' || noun === 'one' || noun === 'link' || noun === 'member' || noun === 'human') {
      return replaceRange(c, start, where ? lc.b : lc.clause.end, say('catching-up', {}, style));
    }
    const object = `${articleFor(noun)} ${noun}`;
    return replaceRange(c, start, lc.clause.end, say('growing-as', { object }, style), { kind: 'role', text: object });
  }

  // "an embarrassment to this team" → "I want to do better for this team"; "a burden to everyone" → thanks.
  const to = /^\s+to\s+(.+)$/i.exec(tail);
  if (to && BURDEN_LABELS.test(label)) return replaceRange(c, start, lc.clause.end, say('thanks-help', {}, style));
  if (to && /\b(?:embarrassment|disappointment|failure|joke|liability)\b/i.test(label)) {
    const who = (to[1] ?? '').trim();
    return replaceRange(c, start, lc.clause.end - who.length, `${say('do-better-for', {}, style)} `, { kind: 'person', text: who });
  }

  // "a complete failure this week" → "This week has been a hard one"; "... lately" → "I'm having a hard time lately".
  const time = TIME_PHRASE.exec(tail.trim());
  if (time && (OUTCOME_LABELS.test(label) || !MISTAKE_LABELS.test(label))) {
    const phrase = time[0];
    if (/^(?:lately|recently)$/i.test(phrase))
      return replaceRange(c, start, lc.clause.end, `${say('hard-time', {}, style)} ${tail.trim()}`);
    return replaceRange(c, start, lc.clause.end, say('hard-period', { object: phrase.toLowerCase() }, style));
  }

  // "… but I just feel stupid": a feeling joined to what came before is part of the thought, told plainly.
  const joined = /\s(?:and|but)\s+$/i.test(c.s.slice(0, lc.clause.start)) && lc.clauseIndex[0] > 0;
  if (joined && felt) return replaceRange(c, start, lc.clause.end, say('finding-this-hard', {}, style));

  // Another clause carries the news: keep it, drop the label.
  const dropped = dropClause(c, withTails(lc, { start, end: lc.clause.end }));
  if (dropped) return dropped;

  const range = withTails(lc, { start, end: lc.clause.end });
  let id: RewriteId;
  const where = /^\s+(?:in|at|on|with|around)\s+\S.*$/i.exec(lc.after);
  if (IMPOSTOR_LABELS.test(label) && where)
    return replaceRange(c, start, lc.clause.end - where[0].length, say('finding-feet-in', {}, style));
  if (IMPOSTOR_LABELS.test(label)) id = 'finding-feet';
  else if (BURDEN_LABELS.test(label)) id = 'thanks-help';
  else if (NUISANCE_LABELS.test(label)) id = 'thanks-patience-short';
  else if (MISTAKE_LABELS.test(label)) id = felt ? 'feel-bad' : 'sorry-that';
  else id = 'hard-time-this';
  const text = say(id, {}, style);
  const before = c.s.slice(0, range.start);
  // "sorry im such a pain" → "thanks for your patience with me": the thanks replaces the apology.
  const apology = /(?:^|[,;]\s*)(?:sorry|apologies)[\s,]*$/i.exec(before);
  if (apology && (id.startsWith('thanks') || id === 'sorry-that'))
    return replaceRange(c, apology.index + (apology[0].match(/^[,;]\s*/)?.[0].length ?? 0), range.end, text);
  // "sorry im so dumb" → "sorry, my mistake": a joined clause needs its comma.
  if (/[\p{L}]\s+$/u.test(before) && !/\b(?:and|but|so|or)\s+$/i.test(before)) {
    return replaceRange(
      c,
      before.trimEnd().length,
      range.end,
      `, ${/^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)}`,
    );
  }
  // "I broke the build again, I'm so careless" → "…, sorry about that": mid-sentence, no capital.
  if (/,\s*$/.test(before) && !/^I\b/.test(text))
    return replaceRange(c, range.start, range.end, text.charAt(0).toLowerCase() + text.slice(1));
  return replaceRange(c, range.start, range.end, text);
}

/** "I suck", "I really sucked at the demo", "I suck at writing these updates". */
export function sucks(c: Ctx): Plan | null {
  if (!/\bsuck(?:s|ed)?$/i.test(c.phrase)) return null;
  const past = /sucked$/i.test(c.phrase);
  const at = /^\s+(at|with|in)\s+(.+)$/i.exec(c.after);
  if (at) {
    const obj = (at[2] ?? '').trim();
    const objStart = c.clause.end - obj.length;
    const prep = (at[1] ?? 'at').toLowerCase();
    if (GLOBAL_OBJECT.test(obj))
      return replaceRange(c, c.a, c.clause.end, `${say('hard-time', {}, c.style)}${obj.replace(GLOBAL_OBJECT, '')}`);
    if (past)
      return replaceRange(c, c.a, c.clause.end, say('went-worse', { object: obj }, c.style), task(nounPhraseIn(c, objStart, c.clause.end)));
    const topic: TopicHint | null = PRONOUN_OBJECT.test(obj) ? null : { kind: 'skill', text: obj, prep };
    return replaceRange(c, c.a, objStart, `${say('getting-better', { prep }, c.style)} `, topic);
  }
  return replaceRange(c, c.a, c.b, say('went-worse-none', {}, c.style));
}

/** Any label: from where the "I'm" starts ("Sorry, I'm an idiot" labels from "I'm"). */
/** "careless of me to forget your birthday" → "sorry I forgot your birthday": what happened stays, with an apology. */
export function ofMeTo(c: Ctx): Plan | null {
  const m = /^(?:(?:how|so|that\s+was|it\s+was|that['’]s|very|really)\s+)?(?:\w+\s+)?of\s+me\s+to\s+([a-z]+)\b/i.exec(
    c.s.slice(c.clause.start, c.clause.end),
  );
  if (!m || !isVerdictWordBefore(m[0])) return null;
  const past = verbForms(m[1] ?? '', 'present')?.past ?? null;
  if (!past) return null;
  return replaceRange(c, c.clause.start, c.clause.start + m[0].length, `${say('sorry-i', {}, c.style)} ${past}`);
}

/** The word before "of me to" judges: "careless of me", not "kind of me". */
function isVerdictWordBefore(lead: string): boolean {
  const word = /(\w+)\s+of\s+me\s+to\b/i.exec(lead)?.[1] ?? '';
  return isJudgingWord(word);
}

/**
 * Shame told as a feeling about something that happened: "I'm so ashamed I forgot her birthday" → "I
 * feel bad I forgot her birthday"; "I'm mortified about what I wrote in that email" → "I feel bad about
 * what I wrote in that email". What happened stays; the feeling is kept, without the verdict.
 */
export function ashamedOf(c: Ctx): Plan | null {
  const m =
    /^(?:i(?:['’]m|\s+am|m)|(i\s+was))\s+(?:so\s+|really\s+|totally\s+|very\s+|deeply\s+)?(?:ashamed|embarrassed|mortified|humiliated)\s+(?:(that\s+)?(?=i\b)|(?:about|of|by|over)\s+(?=\S))/i.exec(
      c.s.slice(c.clause.start, c.clause.end),
    );
  if (!m) return null;
  const feel = say(m[1] ? 'felt-bad-that' : 'feel-bad-that', {}, c.style);
  const joint = m[0].match(/\b(?:about|of|by|over)\s+$/i) ? ' about ' : m[2] ? ' that ' : ' ';
  return replaceRange(c, c.clause.start, c.clause.start + m[0].length, `${feel}${joint}`);
}

export function label(c: Ctx): Plan | null {
  const sorry = /^(?:sorry|apologies)\b[\s,]*/i.exec(c.phrase);
  if (sorry) {
    const m = /\bi(?:['’]?m|\s+am|\s+was)\b/i.exec(c.phrase);
    if (m) return labelPlan(c, c.a + m.index, c.b);
  }
  return labelPlan(c, c.a, c.b);
}

/** A user's own phrase: handled as a label when it reads like one ("I'm such a klutz"). */
export function customLabel(c: Ctx): Plan | null {
  return /^i(?:['’]?m|\s+am|\s+was|\s+feel)\b/i.test(c.phrase) ? labelPlan(c, c.a, c.b) : null;
}

// ── identity-level pain ──

/** "What is wrong with me?", "Why am I so stupid?", "Why can't I do anything right?" */
export function whatIsWrong(c: Ctx): Plan | null {
  if (!/\b(?:wrong\s+(?:with|w)\s+me|^why\b)/i.test(c.phrase)) return null;
  if (/\bright\b/i.test(c.phrase)) return replaceRange(c, c.a, c.b, say('what-helps-right', {}, c.style));
  // "Why can't I ever finish anything?" → "What would help me finish things?"
  const verb =
    /^why\s+(?:can['’]?t|cannot|can not|don['’]?t|do)\s+i\s+(?:ever\s+|never\s+|just\s+)?([a-z]+)\s+(?:anything|things|everything)\b/i.exec(
      c.phrase,
    );
  if (verb && !/^(?:do|get|be)$/i.test(verb[1] ?? '')) {
    return replaceRange(c, c.a, c.clause.end, `${say('what-helps-me', {}, c.style)} ${(verb[1] ?? '').toLowerCase()} things`);
  }
  const time = /^\s+(today|this week|this morning|lately|right now)\b/i.exec(c.after);
  const text = say('what-helps', {}, c.style);
  return time ? replaceRange(c, c.a, c.b + time[0].length, text.replace(/\bhere$/, time[1] ?? 'here')) : replaceRange(c, c.a, c.b, text);
}

/** "I hate myself for sending that reply", "I'm ashamed of who I am", "I'm so disappointed in myself". */
export function hateMyself(c: Ctx): Plan | null {
  if (!/\b(?:hate|ashamed|disappointed|disgusted|sick of|loathe)\b/i.test(c.phrase)) return null;
  const forGerund = /^\s+for\s+([a-z]+ing\b.*)$/i.exec(c.after);
  if (forGerund) {
    const act = (forGerund[1] ?? '').trim();
    return replaceRange(c, c.a, c.clause.end - act.length, `${say('regret', {}, c.style)} `, { kind: 'act', text: act });
  }
  if (/\bdisappointed\b/i.test(c.phrase)) return replaceRange(c, c.a, c.b, say('disappointed-how', {}, c.style));
  return replaceRange(c, c.a, c.clause.end, say('hard-time-now', {}, c.style));
}

/** Identity-level pain in a shape the others do not know: the clause says how hard it is, and no more. */
export function hardTime(c: Ctx): Plan | null {
  return replaceRange(c, c.clause.start, c.clause.end, say('hard-time-now', {}, c.style));
}

/** "My body is so gross" → "I'm not feeling good about my body": the body stays, the verdict goes. */
export function bodyVerdict(c: Ctx): Plan | null {
  const m =
    /^my\s+(body|face|skin|hair|stomach|belly|thighs|arms|legs|weight)\s+(?:is|are|looks?|feels?)\s+(?:so\s+|really\s+|just\s+)?(?:gross|disgusting|ugly|huge|fat|awful|terrible|hideous|revolting)\b/i.exec(
      c.s.slice(c.a, c.clause.end),
    );
  if (!m) return null;
  const part = `my ${(m[1] ?? '').toLowerCase()}`;
  return replaceRange(c, c.a, c.a + m[0].length, say('not-good-about', { object: part }, c.style));
}
