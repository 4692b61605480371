/**
 * Topic recognition: what the thought is about, in the writer's own words, and what kind of situation
 * that is (a work task, an exam, family, the body, money, a social moment), so rumbles can name it
 * ("specific before general"). Also the nouns that name a person or a task, which every rewrite keeps.
 */
import { nounPhrases, tagWords } from '../nlp';
import { clausesOf } from './clauses';
import type { Span } from '../types';
import { DOMAIN_VERBS, DOMAIN_WORDS, LABEL_NOUNS, PEOPLE, PRODUCTS, ROLES } from './lexicon';
import { isJudgingWord } from './verdict';
import { actOf } from './plan/context';
import type { TopicHint } from './plan';
import { fits, headNoun } from './slots';
import { articleFor, midSentence } from './style';
import type { Domain, Hook, SlotType } from './wording/types';

/** The fillers for rumble slots, each checked against its type. */
export interface Topics {
  task?: string;
  person?: string;
  act?: string;
  skill?: string;
  prep?: string;
  place?: string;
  role?: string;
  event?: string;
}

export interface Recognised {
  topics: Topics;
  /** What the thought is about, in the writer's words, most telling first. */
  named: string[];
  domain: Domain | null;
  hook: Hook | null;
  /** A worry about something still to come. */
  future: boolean;
}

/** Heads that name no topic: mistakes, labels, time, everyone. */
const NOT_A_TOPIC =
  /^(?:mistakes?|errors?|typos?|slips?|blunders?|fault|questions?|option|room|margin|point|way|thing|things|time|times|week|day|days|month|year|morning|afternoon|evening|everyone|everybody|people|myself|me|wrong|right|best|worst|lot|bit|age|excuse|reason|part|end|life|hand|ball|potential|space|mouth|head|whole|rest|kind|sort|basics|here|person|moment|total|complete|absolute|utter|hell)$/i;

/** A body is not a task to fix or a piece of work: body words place a thought, they are never its topic. */
const BODY = /^(?:body|face|skin|hair|weight|stomach|belly|thighs|arms|legs|figure|shape)$/i;

/** Things still to come that a worry can be about. */
const EVENT_HEADS =
  /^(?:interview|interviews|exam|exams|test|tests|presentation|talk|meeting|launch|release|date|party|wedding|trip|game|match|recital|demo|review|appointment|deadline|call|pitch|conference|audition|final|finals|midterm|performance|speech|shift|visit|dinner|reunion)$/i;

/** Words that place a worry in what is still to come. */
export const FUTURE =
  /\b(?:will|won['’]t|wont|['’]ll|going\s+to|gonna|shall|tomorrow|tonight|next\s+(?:week|month|year|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|upcoming|later\s+today|this\s+(?:weekend|friday|evening))\b/i;

const DOMAIN_ORDER: readonly Domain[] = ['study', 'family', 'body', 'money', 'social', 'work'];

function head(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
  return words[words.length - 1] ?? '';
}

function domainOfWord(word: string): Domain | null {
  const w = word.toLowerCase();
  for (const d of DOMAIN_ORDER) if (DOMAIN_WORDS[d].has(w)) return d;
  return null;
}

const HOOK_WORDS: ReadonlyArray<[Hook, RegExp]> = [
  ['impostor', /\b(?:fraud|imp[oe]ster|fake|charlatan)\b/i],
  ['burden', /\b(?:burden|dead weight|bother(?:ing)? (?:you|everyone)|too much for)\b/i],
  [
    'worth-label',
    /\b(?:worthless|useless|waste|pathetic|hopeless|nothing|let ?down|disappointment|embarrassment|liability|good for nothing)\b/i,
  ],
  ['outcome-label', /\b(?:failure|loser|disaster|wreck|joke|lost cause|screw-?up|an?\s+(?:\w+\s+)?mess)\b/i],
  [
    'forgetting',
    /\b(?:forg[eo]t\w*|overlook\w*|slipped my mind|miss(?:ed|ing)?\s+(?:that|it|this|the\s+(?:typo|error|email|call|deadline|meeting|attachment|date|bus|train)))\b/i,
  ],
  ['speaking', /\b(?:say|said|saying|talk\w*|sound\w*|speak\w*|spoke|explain\w*|ask\w*|texted|replied|reply|words?|awkward)\b/i],
  ['finishing', /\b(?:finish\w*|complete\w*|on time|late|procrastinat\w*|get (?:anything|things) done)\b/i],
  ['learning', /\b(?:learn\w*|understand\w*|basics|get it|figure (?:it|things) out|slow)\b/i],
  ['breaking', /\b(?:break\w*|broke|ruin\w*|wreck\w*|mess\w*|screw\w*|touch|falls? apart|worse)\b/i],
  ['trying', /\b(?:fail\w*|tr(?:y|ied|ying)|work(?:s|ed)? out|flop\w*|choke\w*)\b/i],
  ['mistake-label', /\b(?:idiot|stupid|dumb|moron|fool|careless|sloppy|klutz|dense|clueless)\b/i],
];

/** The gist of a thought with no named topic: its label, or the verb it turns into a rule. */
export function hookOf(phrases: string, text: string): Hook | null {
  for (const source of [phrases, text]) {
    for (const [hook, re] of HOOK_WORDS) if (re.test(source)) return hook;
  }
  return null;
}

/** A task or a person the writer pointed at: "the migration", "my parents", "Acme" (not "a day of data"). */
const DEFINITE = /^(?:the|this|that|these|those|my|our|your|his|her|their)\b|^\p{Lu}/u;

/** A bare plural the writer's situation names: "handovers", "deadlines", "invoices". */
function barePlural(text: string): boolean {
  return /^[\p{L}-]+s$/u.test(text) && PRODUCTS.has(text.toLowerCase());
}

function accept(type: SlotType, raw: string | undefined): string | undefined {
  // "my mum back": a particle left at the end is not part of the thing.
  // "the interview tomorrow": when it happens is not part of what it is.
  const text = raw
    ?.replace(/\s+(?:back|up|down|out|off|over|again|too|though)$/i, '')
    .replace(
      /\s+(?:tomorrow|today|tonight|yesterday|(?:this|next|last)\s+\w+|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))$/i,
      '',
    );
  if (text === undefined || !fits(type, text)) return undefined;
  if (text.split(/\s+/).some(isJudgingWord)) return undefined;
  // Something the writer did is a topic whatever its object ("double-booking the room").
  if (type === 'act' || type === 'skill') return text;
  const h = headNoun(text) ?? head(text);
  if (NOT_A_TOPIC.test(h) || LABEL_NOUNS.has(h) || isJudgingWord(h) || (type !== 'person' && BODY.test(h))) return undefined;
  if ((type === 'task' || type === 'person') && !DEFINITE.test(text) && !barePlural(text)) return undefined;
  return text;
}

/** Verbs that tell what someone did, not a slip: "I started learning to code" is no mistake. */
const NOT_A_SLIP =
  /^(?:starting|beginning|learning|trying|wanting|needing|knowing|thinking|feeling|hoping|loving|liking|working|coming|going|being|having)\b/i;

/**
 * Read the situation of a thought: `text` is the thought (one sentence or two), `flagged` the harsh
 * phrases in it, `hints` what the rewrite plans learnt while reading it, `conditional` whether the harsh part
 * hangs on an "if" (an outcome still to come).
 */
export function recognise(text: string, flagged: readonly Span[], hints: readonly TopicHint[], conditional = false): Recognised {
  const topics: Topics = {};
  /** Set a topic once, to the writer's words as `accept` cleans them. */
  const take = (key: keyof Topics, type: SlotType, value: string | undefined): boolean => {
    if (topics[key] !== undefined) return false;
    const clean = accept(type, value);
    if (clean !== undefined) topics[key] = clean;
    return clean !== undefined;
  };
  for (const h of hints) {
    const value = midSentence(h.text.trim());
    if (h.kind === 'skill') {
      if (take('skill', 'skill', value)) topics.prep = h.prep;
    } else if (h.kind === 'task' || h.kind === 'person') {
      if (!take('person', 'person', value)) take('task', 'task', value);
    } else if (h.kind === 'place') take('place', 'skill', value);
    else if (h.kind === 'role') take('role', 'role', value);
    else take('act', 'act', value);
  }
  // Topics come from the clauses that carry the story, not from news elsewhere in the thought ("…, I missed the bus").
  const clauses = clausesOf(text);
  const flaggedClauses = clauses.filter((c) => flagged.some((f) => f.start < c.sepEnd && c.start < f.end));
  // "This might be a dumb question, but is the staging link still the old one?": what follows the "but" is the point.
  const afterBut = (i: number) => {
    const before = clauses[i - 1];
    const c = clauses[i];
    return (
      before !== undefined && c !== undefined && flaggedClauses.includes(before) && /\bbut\b/i.test(text.slice(before.end, c.start + 4))
    );
  };
  const storyClauses = clauses.filter((c, i) => flaggedClauses.includes(c) || afterBut(i));
  const inStory = (p: Span) => storyClauses.some((c) => p.start >= c.start && p.start < c.sepEnd);
  const inFlag = (p: Span) => flagged.some((f) => p.start < f.end && f.start < p.end);
  for (const p of nounPhrases(text)) {
    if (!inStory(p)) continue;
    const value = midSentence(p.text.replace(/\b(?:whole|entire)\s+/i, ''));
    // "I'm a lousy sister": a role the writer holds, named without the verdict on it ("a sister").
    const roleHead = headNoun(p.text) ?? head(p.text);
    if (inFlag(p) && /^an?\s/i.test(p.text) && ROLES.has(roleHead)) {
      take('role', 'role', `${articleFor(roleHead)} ${roleHead}`);
      continue;
    }
    // Inside the flagged phrase only a thing can be the topic ("the whole report is worthless"), never a label for a person.
    if (inFlag(p) || !take('person', 'person', value)) take('task', 'task', value);
  }
  // A bare plural the situation names, in the story's clauses: "I always mess things up with handovers".
  for (const c of storyClauses) {
    const bare = /\b(?:with|at|on|in|about|for)\s+([\p{L}-]+s)\b/iu.exec(text.slice(c.start, c.end));
    if (take('task', 'task', bare?.[1]?.toLowerCase())) break;
  }
  // Something the writer did, told in another clause: "I'm such an idiot, I forgot the attachment".
  for (const c of clauses) {
    if (storyClauses.includes(c)) continue;
    const act = actOf(text.slice(c.start, c.end));
    if (act && !NOT_A_SLIP.test(act) && take('act', 'act', act)) break;
  }
  if (topics.act) topics.act = topics.act.replace(/\s+(?:again|yet again|as usual|like always|again and again)$/i, '');
  const role = /\bas\s+(an?\s+[a-z-]+)\b/i.exec(text);
  if (role && ROLES.has(head(role[1] ?? ''))) take('role', 'role', (role[1] ?? '').toLowerCase());

  // What the writer did, a skill or a place names the thought better than its object: "forgetting the attachment",
  // "estimating these tickets", not "the attachment" or "these tickets".
  const task = topics.task?.toLowerCase();
  if (task && [topics.act, topics.skill, topics.place].some((t) => t?.toLowerCase().includes(task))) delete topics.task;
  if (topics.person && topics.place && topics.person.toLowerCase() === topics.place.toLowerCase()) delete topics.person;
  const future = FUTURE.test(text) || conditional;
  if (future && topics.task && EVENT_HEADS.test(headNoun(topics.task) ?? '')) topics.event = topics.task;

  const named = [topics.event, topics.task, topics.skill, topics.place, topics.role, topics.person, topics.act].filter(
    (t): t is string => t !== undefined,
  );
  let domain: Domain | null = null;
  for (const t of named) {
    domain = wordsDomain(t, false);
    if (domain) break;
  }
  domain ??= wordsDomain(text, true);
  if (!domain) for (const d of DOMAIN_ORDER) if (DOMAIN_VERBS[d].test(text)) domain = d;
  const phrases = flagged.map((f) => text.slice(f.start, f.end)).join(' ');
  return { topics, named: [...new Set(named)], domain, hook: hookOf(phrases, text), future };
}

/**
 * Something the writer did, told in the sentence just before the thought: "Sorry, I got the totals wrong
 * and sent it to the whole team. I'm such an idiot." is about getting the totals wrong.
 */
export function actBefore(context: string): string | null {
  const clause = /^(?:(?:sorry|oops|ugh|argh|so|well|ok|okay)\b[\s,!.]*)*(i\s[^,;.!?]+)/i.exec(context.trim());
  const act = clause ? actOf(clause[1] ?? '') : null;
  if (!act || NOT_A_SLIP.test(act)) return null;
  return accept('act', act.replace(/\s+and\s+.*$/i, '')) ?? null;
}

/** The situation the words of `text` show, from its nouns, then from its verbs ("I overspent"), or null. */
export function situationOf(text: string): Domain | null {
  const domain = wordsDomain(text, true);
  if (domain) return domain;
  for (const d of DOMAIN_ORDER) if (DOMAIN_VERBS[d].test(text)) return d;
  return null;
}

/** The situation the words of `text` show: the first that names one, or (`counted`) the one named most often. */
function wordsDomain(text: string, counted: boolean): Domain | null {
  const found = (text.match(/[\p{L}'-]+/gu) ?? []).map(domainOfWord).filter((d): d is Domain => d !== null);
  if (!counted) return found[0] ?? null;
  let best: Domain | null = null;
  let most = 0;
  for (const d of found) {
    const n = found.filter((x) => x === d).length;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/**
 * The nouns of `text` that name a person or a task: these survive every rewrite. People and roles from
 * the lexicon, words that place a situation, names, and the heads of the noun phrases that name a task.
 */
export function namedNouns(text: string): string[] {
  const known = named.get(text);
  if (known) return known;
  const found = findNamedNouns(text);
  if (named.size > 500) named.clear();
  named.set(text, found);
  return found;
}

const named = new Map<string, string[]>();

function findNamedNouns(text: string): string[] {
  const out = new Set<string>();
  const words = tagWords(text);
  const has = (i: number, tag: string) => words[i]?.tags.includes(tag) ?? false;
  const isNoun = (i: number) => has(i, 'Noun') && !has(i, 'Pronoun');
  words.forEach((w, i) => {
    if (!isNoun(i)) return;
    const word = w.normal.replace(/['’]s$/, '');
    if (word === '' || NOT_A_TOPIC.test(word) || LABEL_NOUNS.has(word) || isJudgingWord(word)) return;
    const known = PEOPLE.has(word) || ROLES.has(word) || domainOfWord(word) !== null;
    const name = (has(i, 'ProperNoun') || has(i, 'Person') || has(i, 'Organization')) && word !== 'i';
    // The head of a phrase the writer pointed at: "that cake", "the seminar", "my physio exercises".
    let j = i - 1;
    while (j >= 0 && j >= i - 3 && (has(j, 'Adjective') || isNoun(j)) && !has(j, 'Determiner')) j--;
    const judged = words.slice(Math.max(0, j), i).some((x) => isJudgingWord(x.normal));
    const pointed = j >= 0 && (has(j, 'Determiner') || has(j, 'Possessive')) && !isNoun(i + 1) && !judged;
    if (known || name || pointed) out.add(word);
  });
  return [...out];
}
