/**
 * Rewrite planning, keyed by frame: each frame lists the shapes its stories take, from the most
 * particular to the plainest, and a plan is tried in that order. A shape that does not recognise the
 * sentence steps aside (null); one whose typed slot does not fit steps aside too. Only the frame, never a
 * rule id, chooses the shapes, so a new rule or a new grammar frame is reframed without new code.
 */
import type { Frame, Span } from '../../types';
import { sorryFor, stupidQuestion } from './apology';
import {
  alwaysMessUp,
  cantDo,
  everyNoun,
  failEvery,
  failedAgain,
  getRight,
  neverInFuture,
  neverRight,
  theOneWho,
  willFail,
} from './always';
import { allMyFault, letDown, ruined, screwedUp, stupidMistake } from './blame';
import { conditional, worthRestsOn } from './condition';
import { type Ctx, dropClause, makeCtx, type Plan, SlotMismatch } from './context';
import { expectFlawless, verdictOnOther, zeroRoom } from './demand';
import { ashamedOf, bodyVerdict, customLabel, hardTime, hateMyself, label, ofMeTo, sucks, whatIsWrong } from './label';
import {
  cantBelieve,
  discounted,
  hasToBePerfect,
  noDiscipline,
  lessThanPerfect,
  mustNotFail,
  neverGoodEnough,
  notGoodEnough,
  notTrusted,
  notWorthy,
  shouldHaveKnown,
  tooXFor,
  wishHad,
} from './standards';

export type { Plan, TopicHint } from './context';

type Shape = (c: Ctx) => Plan | null;

/** "Sorry, I'm an idiot": the apology stays, the label is rewritten. */
const sorryIAm: Shape = (c) =>
  /^(?:sorry|apologies)\b/i.test(c.phrase) && /\bi(?:['’]?m|\s+am|\s+was)\b/i.test(c.phrase) ? label(c) : null;

export const SHAPES: Record<Frame, readonly Shape[]> = {
  label: [sucks, ofMeTo, bodyVerdict, label],
  'feeling-verdict': [ashamedOf, bodyVerdict, label],
  'self-contempt': [whatIsWrong, hateMyself, hardTime],
  'not-enough': [notWorthy, tooXFor, neverInFuture, notTrusted, noDiscipline, notGoodEnough, neverGoodEnough],
  inability: [willFail, neverInFuture, getRight, cantDo, whatIsWrong, neverRight],
  'global-failure': [willFail, failedAgain, theOneWho, failEvery, everyNoun, alwaysMessUp],
  slip: [willFail, screwedUp, stupidMistake, wishHad],
  'self-blame': [willFail, ruined, letDown, allMyFault],
  hindsight: [shouldHaveKnown, cantBelieve, notTrusted, wishHad],
  'perfectionist-rule': [mustNotFail, lessThanPerfect, hasToBePerfect],
  'conditional-worth': [conditional, worthRestsOn, label],
  discounting: [discounted],
  apology: [sorryIAm, sorryFor],
  'question-framing': [stupidQuestion],
  demand: [zeroRoom, expectFlawless],
  'verdict-on-other': [verdictOnOther],
  custom: [bodyVerdict, customLabel],
};

function attempt(shape: Shape, c: Ctx): Plan | null {
  try {
    return shape(c);
  } catch (error) {
    if (error instanceof SlotMismatch) return null;
    throw error;
  }
}

/**
 * Every plan worth trying for the flag at `flag` in `sentence`, best first: a condition kept as a
 * condition, then the frame's shapes, then a label read as one, then the news without the story.
 */
export function* plansFor(sentence: string, flag: Span, frame: Frame): Generator<Plan> {
  const c = makeCtx(sentence, flag.start, flag.end);
  for (const shape of [conditional, ...SHAPES[frame], customLabel]) {
    const plan = attempt(shape, c);
    if (plan?.edit) yield plan;
  }
  const dropped = dropClause(c);
  if (dropped?.edit) yield dropped;
}
