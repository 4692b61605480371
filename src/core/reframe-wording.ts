import type { Category } from './types';

/*
 * Everything the reframer says, as data: reckonings, rumbles and the phrases rewrites are built from.
 * Wording can change here without touching src/core/reframe.ts. Every entry carries an example, and
 * test/core/reframe.test.ts runs each one: `input` through reframe() must produce `output`
 * (for rumbles and reckonings, with some seed; for rewrites, always).
 *
 * Slots, filled by the reframer (a template is only used when its slots can be filled):
 *   {topic} / {Topic}  the thing the writer is talking about, as they wrote it: "the report", "the client call"
 *   {act} / {Act}      something the writer did, as a gerund phrase: "missing that deadline"
 *   {skill}            an ability still being learnt: "writing these updates", "spreadsheets"
 *   {prep}             the preposition the writer used before the skill: "at", "with", "in"
 *   {object}           the words that follow in the writer's own sentence, moved into the template
 *   {verb}             a verb in its base form: "catch", "promise"
 *   {have}             "'ve" or "'d" when the writer used a perfect tense, else nothing
 *   {who}              the people let down: "everyone", "the team"
 *   {sorry}            the writer's own apology word: "Sorry", "Apologies"
 *   {was}              "wasn't" or "isn't", following the writer's tense
 *
 * Rewrite templates are written with contractions and a straight apostrophe; the reframer expands them
 * ("I'm" → "I am") when the writer does not contract, and switches to ’ when the writer uses it.
 * Rumbles and reckonings are written out in full: they are read, not sent.
 */

export const STRATEGIES = ['specific', 'learning', 'mastery', 'compassion', 'passion', 'evidence'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** How each strategy is introduced to the writer: an invitation, not an instruction. */
export const STRATEGY_LABELS: Record<Strategy, string> = {
  specific: 'What happened, not who I am',
  learning: 'What did this teach me?',
  mastery: 'Progress, not perfect',
  compassion: 'What would I tell a friend?',
  passion: 'What part of this did I enjoy?',
  evidence: 'What went well?',
};

export interface Example {
  input: string;
  output: string;
}

export interface Wording {
  text: string;
  example: Example;
}

// ───────────────────────────────────────── reckoning ─────────────────────────────────────────

/**
 * Reckoning: one or two kind sentences that name the story and the trap. Never a diagnosis.
 * `topic` variants are used when the writer named what they are talking about.
 */
export const RECKONINGS: Record<Category, { topic?: Wording[]; none: Wording[] }> = {
  shame: {
    topic: [
      {
        text: 'That sounds like a verdict on you, not on {topic}.',
        example: { input: 'I really sucked at the demo today.', output: 'That sounds like a verdict on you, not on the demo.' },
      },
    ],
    none: [
      {
        text: 'That sounds like a verdict on you, not on what happened.',
        example: { input: 'I feel like a complete failure this week.', output: 'That sounds like a verdict on you, not on what happened.' },
      },
      {
        text: 'That puts a label on all of you because of one moment.',
        example: { input: 'I feel like a complete failure this week.', output: 'That puts a label on all of you because of one moment.' },
      },
      {
        text: 'That is a harsh story about who you are. Something was hard; that is all it shows.',
        example: { input: 'Im an idiot', output: 'That is a harsh story about who you are. Something was hard; that is all it shows.' },
      },
    ],
  },
  'self-blame': {
    topic: [
      {
        text: 'That story turns {topic} into a judgement on you. Something went wrong; it can be named and fixed.',
        example: {
          input: 'I screwed up the report.',
          output: 'That story turns the report into a judgement on you. Something went wrong; it can be named and fixed.',
        },
      },
    ],
    none: [
      {
        text: 'That story makes one mistake sound like the whole of you. Something went wrong; it can be named and fixed.',
        example: {
          input: 'I fucked up.',
          output: 'That story makes one mistake sound like the whole of you. Something went wrong; it can be named and fixed.',
        },
      },
      {
        text: 'That carries more blame than one moment needs. You can own your part without owning all of it.',
        example: {
          input: 'I fucked up.',
          output: 'That carries more blame than one moment needs. You can own your part without owning all of it.',
        },
      },
    ],
  },
  perfectionism: {
    topic: [
      {
        text: 'That sets the bar for {topic} at flawless. Clear and done will serve the reader better.',
        example: {
          input: 'The final report has to be perfect.',
          output: 'That sets the bar for the final report at flawless. Clear and done will serve the reader better.',
        },
      },
    ],
    none: [
      {
        text: 'That story says only perfect counts. Most good work is useful well before it is perfect.',
        example: {
          input: 'It has to be perfect before I send it.',
          output: 'That story says only perfect counts. Most good work is useful well before it is perfect.',
        },
      },
      {
        text: 'That bar moves every time you reach it. Good and finished is a fair place to stop.',
        example: {
          input: 'It has to be perfect before I send it.',
          output: 'That bar moves every time you reach it. Good and finished is a fair place to stop.',
        },
      },
    ],
  },
  'all-or-nothing': {
    none: [
      {
        text: '"Always" and "never" leave out every time it went fine. This is one moment, not the whole record.',
        example: {
          input: 'I always mess things up.',
          output: '"Always" and "never" leave out every time it went fine. This is one moment, not the whole record.',
        },
      },
      {
        text: 'That turns one moment into a rule about you. The record is more mixed than that, and kinder.',
        example: {
          input: 'I always mess things up.',
          output: 'That turns one moment into a rule about you. The record is more mixed than that, and kinder.',
        },
      },
    ],
  },
  'self-deprecating-apology': {
    none: [
      {
        text: 'That apology puts you down along with it. The apology works fine on its own.',
        example: {
          input: 'Sorry for being such a pain.',
          output: 'That apology puts you down along with it. The apology works fine on its own.',
        },
      },
      {
        text: 'You can say sorry, or thank people, without calling yourself names.',
        example: { input: 'Sorry for being such a pain.', output: 'You can say sorry, or thank people, without calling yourself names.' },
      },
    ],
  },
  'perfection-demanded': {
    topic: [
      {
        text: 'That sets a zero-mistake bar for {topic}. Under it, people tend to hide problems rather than flag them early.',
        example: {
          input: 'Any mistake on this report is unacceptable.',
          output: 'That sets a zero-mistake bar for this report. Under it, people tend to hide problems rather than flag them early.',
        },
      },
    ],
    none: [
      {
        text: 'That sets a zero-mistake bar. Under it, people tend to hide problems rather than flag them early.',
        example: {
          input: 'Mistakes are unacceptable.',
          output: 'That sets a zero-mistake bar. Under it, people tend to hide problems rather than flag them early.',
        },
      },
    ],
  },
};

/** Rules whose trap is not their category's: hindsight is not a demand for perfection. */
export const RECKONINGS_BY_RULE: Record<string, { topic?: Wording[]; none: Wording[] }> = {
  'perfectionism.should-have-known': {
    none: [
      {
        text: 'Hindsight makes it look obvious. You acted on what you knew then.',
        example: {
          input: 'I should have known better than to promise that date.',
          output: 'Hindsight makes it look obvious. You acted on what you knew then.',
        },
      },
    ],
  },
  'perfectionism.cant-believe-i': {
    none: [
      {
        text: 'Everyone misses things. Noticing it now is what counts.',
        example: { input: 'I cannot believe I forgot the attachment.', output: 'Everyone misses things. Noticing it now is what counts.' },
      },
    ],
  },
};

// ───────────────────────────────────────── rumbles ─────────────────────────────────────────

/** Which rumble set a category draws on. */
export type RumbleGroup = 'verdict' | 'shame' | 'always' | 'perfection' | 'hindsight' | 'apology' | 'question' | 'demand' | 'general';

export const RUMBLE_GROUP: Record<Category, RumbleGroup> = {
  shame: 'shame',
  'self-blame': 'verdict',
  'all-or-nothing': 'always',
  perfectionism: 'perfection',
  'self-deprecating-apology': 'apology',
  'perfection-demanded': 'demand',
};

/** Rules whose story needs its own rumbles, whatever their category. */
export const RUMBLE_GROUP_BY_RULE: Record<string, RumbleGroup> = {
  'self-deprecating-apology.stupid-question': 'question',
  'perfectionism.should-have-known': 'hindsight',
  'perfectionism.cant-believe-i': 'hindsight',
};

/** A group that only words some strategies borrows the rest from another. */
export const RUMBLE_FALLBACK: Partial<Record<RumbleGroup, RumbleGroup>> = {
  shame: 'verdict',
  always: 'verdict',
};

/**
 * The order strategies are offered in: the first three always, then one of the rest
 * (picked by the seed). A skill topic leads with mastery.
 */
export const RUMBLE_ORDER: Record<RumbleGroup | 'skill', { first: Strategy[]; next: Strategy[] }> = {
  verdict: { first: ['specific', 'learning', 'compassion'], next: ['mastery', 'passion', 'evidence'] },
  shame: { first: ['specific', 'compassion', 'learning'], next: ['mastery', 'passion', 'evidence'] },
  always: { first: ['specific', 'evidence', 'compassion'], next: ['learning', 'mastery', 'passion'] },
  hindsight: { first: ['specific', 'learning', 'compassion'], next: ['mastery', 'passion', 'evidence'] },
  skill: { first: ['mastery', 'specific', 'compassion'], next: ['learning', 'passion', 'evidence'] },
  perfection: { first: ['mastery', 'evidence', 'compassion'], next: ['specific', 'learning', 'passion'] },
  apology: { first: ['specific', 'compassion', 'evidence'], next: ['learning', 'mastery', 'passion'] },
  question: { first: ['learning', 'compassion', 'specific'], next: ['mastery', 'passion', 'evidence'] },
  demand: { first: ['specific', 'learning', 'compassion'], next: ['mastery', 'passion', 'evidence'] },
  general: { first: ['compassion', 'evidence', 'passion'], next: ['specific', 'learning', 'mastery'] },
};

/**
 * Rumble variants by what is known: a thing ("the report"), an act ("missing that deadline"), a skill
 * ("writing these updates"), a role ("this job"), or nothing (`none` is always required).
 */
export interface RumbleSet {
  thing?: Wording[];
  act?: Wording[];
  skill?: Wording[];
  role?: Wording[];
  none: Wording[];
}

export const RUMBLES: Record<RumbleGroup, Partial<Record<Strategy, RumbleSet>>> = {
  verdict: {
    specific: {
      thing: [
        {
          text: '{Topic} did not go as well as I hoped, but I am learning from it.',
          example: { input: 'I screwed up the report.', output: 'The report did not go as well as I hoped, but I am learning from it.' },
        },
        {
          text: 'I made a mistake with {topic}. That is something I did, not who I am.',
          example: {
            input: 'I botched the seating plan.',
            output: 'I made a mistake with the seating plan. That is something I did, not who I am.',
          },
        },
      ],
      act: [
        {
          text: '{Act} is something I did, not who I am.',
          example: {
            input: 'I am so stupid for missing that deadline.',
            output: 'Missing that deadline is something I did, not who I am.',
          },
        },
      ],
      skill: [
        {
          text: 'I am still getting better {prep} {skill}. That is a skill, not who I am.',
          example: {
            input: "I'm hopeless with deadlines.",
            output: 'I am still getting better with deadlines. That is a skill, not who I am.',
          },
        },
      ],
      none: [
        {
          text: 'That project did not go as well as I hoped, but I am learning.',
          example: { input: 'I screwed this up.', output: 'That project did not go as well as I hoped, but I am learning.' },
        },
        {
          text: 'I made a mistake. That is something I did, not who I am.',
          example: { input: 'I screwed this up.', output: 'I made a mistake. That is something I did, not who I am.' },
        },
      ],
      role: [
        {
          text: 'I am still growing into {topic}. That takes time, and it says nothing final about me.',
          example: {
            input: "I'm not good enough for this role.",
            output: 'I am still growing into this role. That takes time, and it says nothing final about me.',
          },
        },
      ],
    },
    learning: {
      role: [
        {
          text: 'Each week in {topic} teaches me something I can use.',
          example: { input: "I'm not smart enough for this job.", output: 'Each week in this job teaches me something I can use.' },
        },
      ],
      thing: [
        {
          text: 'I can ask what {topic} taught me, and use it next time.',
          example: {
            input: 'I really screwed up the client call yesterday.',
            output: 'I can ask what the client call taught me, and use it next time.',
          },
        },
      ],
      act: [
        {
          text: '{Act} showed me something I can plan for next time.',
          example: {
            input: "I'm such a loser for not speaking up in the meeting.",
            output: 'Not speaking up in the meeting showed me something I can plan for next time.',
          },
        },
      ],
      skill: [
        {
          text: 'Each try {prep} {skill} teaches me something I can use.',
          example: {
            input: 'Honestly I suck at writing these updates.',
            output: 'Each try at writing these updates teaches me something I can use.',
          },
        },
      ],
      none: [
        {
          text: 'I can ask what this taught me, and use it next time.',
          example: { input: 'I fucked up.', output: 'I can ask what this taught me, and use it next time.' },
        },
        {
          text: 'This showed me something I can do differently next time.',
          example: { input: 'I fucked up.', output: 'This showed me something I can do differently next time.' },
        },
      ],
    },
    mastery: {
      role: [
        {
          text: 'I have grown into new things before, and I am growing into {topic} now.',
          example: {
            input: "I'm just not cut out for this job.",
            output: 'I have grown into new things before, and I am growing into this job now.',
          },
        },
      ],
      thing: [
        {
          text: 'The work I put into {topic} still counts. I am getting better with each one.',
          example: {
            input: 'I screwed up the report.',
            output: 'The work I put into the report still counts. I am getting better with each one.',
          },
        },
      ],
      skill: [
        {
          text: 'I am better {prep} {skill} than when I started, and still improving.',
          example: {
            input: "I'm the worst at keeping track of invoices.",
            output: 'I am better at keeping track of invoices than when I started, and still improving.',
          },
        },
      ],
      none: [
        {
          text: 'I am getting better at this, one try at a time.',
          example: { input: 'I always mess things up.', output: 'I am getting better at this, one try at a time.' },
        },
        {
          text: 'Progress counts, even when it is slow.',
          example: { input: 'I always mess things up.', output: 'Progress counts, even when it is slow.' },
        },
      ],
    },
    compassion: {
      role: [
        {
          text: 'I would tell a friend that growing into {topic} takes time. The same is true for me.',
          example: {
            input: "I'm not good enough for this role.",
            output: 'I would tell a friend that growing into this role takes time. The same is true for me.',
          },
        },
      ],
      thing: [
        {
          text: 'If a friend had trouble with {topic}, I would tell them it can be fixed. The same is true for me.',
          example: {
            input: 'I totally messed up the numbers in the deck.',
            output: 'If a friend had trouble with the numbers in the deck, I would tell them it can be fixed. The same is true for me.',
          },
        },
      ],
      act: [
        {
          text: 'I would go easy on a friend for {act}. I can go easy on myself too.',
          example: {
            input: 'I hate myself for sending that reply.',
            output: 'I would go easy on a friend for sending that reply. I can go easy on myself too.',
          },
        },
      ],
      skill: [
        {
          text: 'I would tell a friend that getting better {prep} {skill} takes time. The same is true for me.',
          example: {
            input: "I'm useless when it comes to spreadsheets.",
            output: 'I would tell a friend that getting better at spreadsheets takes time. The same is true for me.',
          },
        },
      ],
      none: [
        {
          text: 'I would tell a friend this happens to everyone. I can tell myself the same.',
          example: { input: 'I feel so stupid.', output: 'I would tell a friend this happens to everyone. I can tell myself the same.' },
        },
        {
          text: 'I can talk to myself the way I would talk to a friend who had a hard day.',
          example: { input: 'I feel so stupid.', output: 'I can talk to myself the way I would talk to a friend who had a hard day.' },
        },
      ],
    },
    passion: {
      thing: [
        {
          text: 'There was a part of {topic} I enjoyed, and I can hold on to that.',
          example: { input: 'I ruined the whole launch.', output: 'There was a part of the launch I enjoyed, and I can hold on to that.' },
        },
      ],
      none: [
        {
          text: 'I still care about this work, and that care is worth keeping.',
          example: { input: 'I let everyone down again.', output: 'I still care about this work, and that care is worth keeping.' },
        },
        {
          text: 'There was a part of this I enjoyed, and I can start from there.',
          example: { input: 'I let everyone down again.', output: 'There was a part of this I enjoyed, and I can start from there.' },
        },
      ],
    },
    evidence: {
      thing: [
        {
          text: 'Some parts of {topic} went well, and I can name them.',
          example: { input: 'I ruined the whole launch.', output: 'Some parts of the launch went well, and I can name them.' },
        },
      ],
      skill: [
        {
          text: 'I have done well {prep} {skill} before, and I can remember when.',
          example: { input: "Honestly, I'm terrible at my job.", output: 'I have done well at my job before, and I can remember when.' },
        },
      ],
      none: [
        {
          text: 'I have got plenty right before, and that still counts.',
          example: { input: 'I failed miserably.', output: 'I have got plenty right before, and that still counts.' },
        },
        {
          text: 'Some things went well here too, and I can name one.',
          example: { input: 'I failed miserably.', output: 'Some things went well here too, and I can name one.' },
        },
      ],
    },
  },

  /** Verdicts on the self; what is not worded here comes from `verdict`. */
  shame: {
    specific: {
      none: [
        {
          text: 'This is a hard moment, not the whole of me.',
          example: { input: 'I feel like such a fraud in these reviews.', output: 'This is a hard moment, not the whole of me.' },
        },
        {
          text: 'That word is a judgement, not a fact about me.',
          example: { input: "God, I'm such a screwup.", output: 'That word is a judgement, not a fact about me.' },
        },
      ],
    },
  },

  /** "Always" and "never"; what is not worded here comes from `verdict`. */
  always: {
    specific: {
      none: [
        {
          text: 'I got this one wrong, not everything.',
          example: { input: 'I always mess things up.', output: 'I got this one wrong, not everything.' },
        },
        {
          text: 'This time did not go well. It is one time, not every time.',
          example: { input: 'I always mess things up.', output: 'This time did not go well. It is one time, not every time.' },
        },
      ],
    },
    evidence: {
      none: [
        {
          text: 'I can name three things I got right this month.',
          example: { input: "I can't do anything right.", output: 'I can name three things I got right this month.' },
        },
        {
          text: 'Plenty of times it went fine. This one did not, and that is all.',
          example: { input: "I can't do anything right.", output: 'Plenty of times it went fine. This one did not, and that is all.' },
        },
      ],
    },
  },

  /** Hindsight about a slip: "I should have caught that", "I can't believe I missed it". */
  hindsight: {
    specific: {
      none: [
        {
          text: 'I missed one thing. That is a slip, not a verdict on me.',
          example: { input: "I can't believe I missed that.", output: 'I missed one thing. That is a slip, not a verdict on me.' },
        },
      ],
    },
    learning: {
      none: [
        {
          text: 'Now I know to check for this, and that is worth having.',
          example: {
            input: 'I should have caught that typo, I should have known better.',
            output: 'Now I know to check for this, and that is worth having.',
          },
        },
      ],
    },
    mastery: {
      none: [
        {
          text: 'Catching it now is part of getting better.',
          example: { input: 'How could I miss that?', output: 'Catching it now is part of getting better.' },
        },
      ],
    },
    compassion: {
      none: [
        {
          text: 'I would tell a friend anyone could miss this. The same goes for me.',
          example: { input: 'How could I miss that?', output: 'I would tell a friend anyone could miss this. The same goes for me.' },
        },
      ],
    },
    passion: {
      none: [
        {
          text: 'I care about the details, which is why this stings.',
          example: { input: 'I cannot believe I forgot the attachment.', output: 'I care about the details, which is why this stings.' },
        },
      ],
    },
    evidence: {
      none: [
        {
          text: 'I catch plenty of things like this. This one got through.',
          example: {
            input: 'I cannot believe I forgot the attachment.',
            output: 'I catch plenty of things like this. This one got through.',
          },
        },
      ],
    },
  },

  perfection: {
    specific: {
      thing: [
        {
          text: 'I can name what {topic} needs to do, and check for that.',
          example: {
            input: 'The final report has to be perfect.',
            output: 'I can name what the final report needs to do, and check for that.',
          },
        },
      ],
      none: [
        {
          text: 'I can name what this needs to do, and check for that.',
          example: { input: 'It has to be perfect before I send it.', output: 'I can name what this needs to do, and check for that.' },
        },
      ],
    },
    learning: {
      none: [
        {
          text: 'Sending it and hearing back will teach me more than another polish.',
          example: {
            input: 'It has to be perfect before I send it.',
            output: 'Sending it and hearing back will teach me more than another polish.',
          },
        },
        {
          text: 'Every slip I catch shows me what to check next time.',
          example: { input: 'Everything has to be perfect.', output: 'Every slip I catch shows me what to check next time.' },
        },
      ],
    },
    mastery: {
      thing: [
        {
          text: 'Clear and done is the goal for {topic}, and I am close.',
          example: {
            input: 'The final report has to be perfect.',
            output: 'Clear and done is the goal for the final report, and I am close.',
          },
        },
      ],
      none: [
        {
          text: 'For me, done and clear beats flawless and late.',
          example: { input: 'It has to be perfect before I send it.', output: 'For me, done and clear beats flawless and late.' },
        },
        {
          text: 'I am aiming for progress, and I am making it.',
          example: { input: 'It has to be perfect before I send it.', output: 'I am aiming for progress, and I am making it.' },
        },
      ],
    },
    compassion: {
      none: [
        {
          text: 'I would tell a friend their draft is ready to share. I can tell myself the same.',
          example: {
            input: "This needs to be flawless or it's worthless.",
            output: 'I would tell a friend their draft is ready to share. I can tell myself the same.',
          },
        },
        {
          text: 'I would never ask a friend to be flawless. I can give myself the same room.',
          example: {
            input: "This needs to be flawless or it's worthless.",
            output: 'I would never ask a friend to be flawless. I can give myself the same room.',
          },
        },
      ],
    },
    passion: {
      thing: [
        {
          text: 'I care about {topic}, and that care shows without it being flawless.',
          example: {
            input: 'This presentation needs to be perfect, no mistakes.',
            output: 'I care about this presentation, and that care shows without it being flawless.',
          },
        },
      ],
      none: [
        {
          text: 'I care about this work, and that care shows without it being flawless.',
          example: {
            input: 'Everything has to be perfect.',
            output: 'I care about this work, and that care shows without it being flawless.',
          },
        },
      ],
    },
    evidence: {
      none: [
        {
          text: 'My work has been useful before without being flawless.',
          example: { input: 'Nothing I do is ever good enough.', output: 'My work has been useful before without being flawless.' },
        },
        {
          text: 'I have sent good work before that had small flaws, and it was fine.',
          example: {
            input: 'Nothing I do is ever good enough.',
            output: 'I have sent good work before that had small flaws, and it was fine.',
          },
        },
      ],
    },
  },

  apology: {
    specific: {
      none: [
        {
          text: 'I can own what happened without putting myself down.',
          example: { input: 'Sorry for being such a pain.', output: 'I can own what happened without putting myself down.' },
        },
      ],
    },
    learning: {
      none: [
        {
          text: 'I can learn from this without beating myself up over it.',
          example: { input: 'Apologies for my stupidity earlier.', output: 'I can learn from this without beating myself up over it.' },
        },
      ],
    },
    mastery: {
      none: [
        {
          text: 'I am getting better at this, and asking for help is part of that.',
          example: {
            input: 'Sorry for being so useless on this thread.',
            output: 'I am getting better at this, and asking for help is part of that.',
          },
        },
      ],
    },
    compassion: {
      none: [
        {
          text: 'If a colleague apologised like this, I would tell them there is no need to put themselves down.',
          example: {
            input: 'Forgive my incompetence, here is the corrected version.',
            output: 'If a colleague apologised like this, I would tell them there is no need to put themselves down.',
          },
        },
      ],
    },
    passion: {
      none: [
        {
          text: 'I care about doing this well, which is why it stings.',
          example: { input: 'Sorry for being so useless on this thread.', output: 'I care about doing this well, which is why it stings.' },
        },
      ],
    },
    evidence: {
      none: [
        {
          text: 'People have been glad to help me before, and I have helped them.',
          example: { input: 'Sorry for being such a pain.', output: 'People have been glad to help me before, and I have helped them.' },
        },
      ],
    },
  },

  question: {
    specific: {
      none: [
        {
          text: 'I have a question, and that is all it is.',
          example: { input: 'Sorry if this is a stupid question.', output: 'I have a question, and that is all it is.' },
        },
      ],
    },
    learning: {
      none: [
        {
          text: 'Asking is how I learn. It is part of the work.',
          example: { input: 'Sorry if this is a stupid question.', output: 'Asking is how I learn. It is part of the work.' },
        },
      ],
    },
    mastery: {
      none: [
        {
          text: 'I am getting better at this by asking and trying.',
          example: { input: 'Apologies for the dumb question.', output: 'I am getting better at this by asking and trying.' },
        },
      ],
    },
    compassion: {
      none: [
        {
          text: 'If a colleague asked me this, I would be glad they did.',
          example: { input: 'Apologies for the dumb question.', output: 'If a colleague asked me this, I would be glad they did.' },
        },
      ],
    },
    passion: {
      none: [
        {
          text: 'I ask because I care about getting this right.',
          example: {
            input: 'This might be a stupid question, but where is the file?',
            output: 'I ask because I care about getting this right.',
          },
        },
      ],
    },
    evidence: {
      none: [
        {
          text: 'Questions like this have saved my team time before.',
          example: {
            input: 'This might be a stupid question, but where is the file?',
            output: 'Questions like this have saved my team time before.',
          },
        },
      ],
    },
  },

  demand: {
    specific: {
      thing: [
        {
          text: 'I can name the one or two things in {topic} that must be right.',
          example: {
            input: 'There is zero room for error on this deliverable.',
            output: 'I can name the one or two things in this deliverable that must be right.',
          },
        },
      ],
      none: [
        {
          text: 'I can name the one or two things that must be right.',
          example: { input: 'Mistakes are unacceptable.', output: 'I can name the one or two things that must be right.' },
        },
      ],
    },
    learning: {
      none: [
        {
          text: 'When someone flags a mistake early, the whole team learns from it.',
          example: { input: 'Mistakes are unacceptable.', output: 'When someone flags a mistake early, the whole team learns from it.' },
        },
      ],
    },
    mastery: {
      none: [
        {
          text: 'The team gets better with practice, and clear feedback helps more than pressure.',
          example: {
            input: 'No mistakes allowed.',
            output: 'The team gets better with practice, and clear feedback helps more than pressure.',
          },
        },
      ],
    },
    compassion: {
      none: [
        {
          text: 'I would want room to flag a problem early. My team does too.',
          example: { input: 'No mistakes allowed.', output: 'I would want room to flag a problem early. My team does too.' },
        },
      ],
    },
    passion: {
      thing: [
        {
          text: 'I care about {topic}, and I can share that care without raising the stakes.',
          example: {
            input: 'Failure is not an option on this release.',
            output: 'I care about this release, and I can share that care without raising the stakes.',
          },
        },
      ],
      none: [
        {
          text: 'I care about this work, and I can share that care without raising the stakes.',
          example: {
            input: 'Mistakes will not be tolerated.',
            output: 'I care about this work, and I can share that care without raising the stakes.',
          },
        },
      ],
    },
    evidence: {
      none: [
        {
          text: 'The team has delivered good work before, with a few mistakes caught along the way.',
          example: {
            input: 'Any error is unacceptable.',
            output: 'The team has delivered good work before, with a few mistakes caught along the way.',
          },
        },
      ],
    },
  },

  /** Offered when nothing was flagged: practice for another day. */
  general: {
    specific: {
      none: [
        {
          text: 'When something goes wrong, I can name what happened without naming myself.',
          example: {
            input: 'Thanks for the notes, I will update the deck tonight.',
            output: 'When something goes wrong, I can name what happened without naming myself.',
          },
        },
      ],
    },
    learning: {
      none: [
        {
          text: 'Whatever comes back on this, I can ask what it taught me.',
          example: {
            input: 'Thanks for the notes, I will update the deck tonight.',
            output: 'Whatever comes back on this, I can ask what it taught me.',
          },
        },
      ],
    },
    mastery: {
      none: [
        {
          text: 'I am getting better at this, one step at a time.',
          example: {
            input: 'Thanks for the notes, I will update the deck tonight.',
            output: 'I am getting better at this, one step at a time.',
          },
        },
      ],
    },
    compassion: {
      none: [
        {
          text: 'I can talk to myself the way I would talk to a friend.',
          example: {
            input: 'Thanks for the notes, I will update the deck tonight.',
            output: 'I can talk to myself the way I would talk to a friend.',
          },
        },
      ],
    },
    passion: {
      none: [
        {
          text: 'There is a part of this work I enjoy, and I can notice it today.',
          example: {
            input: 'Thanks for the notes, I will update the deck tonight.',
            output: 'There is a part of this work I enjoy, and I can notice it today.',
          },
        },
      ],
    },
    evidence: {
      none: [
        {
          text: 'I can name one thing that went well today.',
          example: { input: 'Thanks for the notes, I will update the deck tonight.', output: 'I can name one thing that went well today.' },
        },
      ],
    },
  },
};

/** Shown instead of a reckoning when nothing was flagged. */
export const NOTHING_HARSH: Wording[] = [
  {
    text: 'Nothing harsh here. You are talking about the work, not putting yourself down.',
    example: {
      input: 'Thanks for the notes, I will update the deck tonight.',
      output: 'Nothing harsh here. You are talking about the work, not putting yourself down.',
    },
  },
  {
    text: 'Nothing harsh here: this reads as fair to you as it is to everyone else.',
    example: {
      input: 'Thanks for the notes, I will update the deck tonight.',
      output: 'Nothing harsh here: this reads as fair to you as it is to everyone else.',
    },
  },
];

// ───────────────────────────────────────── rewrites ─────────────────────────────────────────

/**
 * The pieces rewrites are built from. A rewrite replaces the self-talk in the writer's sentence and keeps
 * everything else, so most templates are short clauses; `example.output` is the whole rewritten sentence.
 * Fit to send in an email: plain, factual, no therapy language.
 */
export const REWRITES = {
  // ── mistakes and outcomes ──
  mistake: {
    text: 'I{have} made a mistake',
    example: { input: 'I fucked up.', output: 'I made a mistake.' },
  },
  'mistake-with': {
    text: 'I{have} made a mistake with',
    example: {
      input: 'Sorry, I completely botched the rota for next week.',
      output: 'Sorry, I made a mistake with the rota for next week.',
    },
  },
  'mistake-here': {
    text: 'I{have} made a mistake {here}',
    example: { input: 'I screwed this up.', output: 'I made a mistake here.' },
  },
  'mistakes-with': {
    text: "I've made a few mistakes with",
    example: { input: 'I keep messing up the invoice numbers.', output: "I've made a few mistakes with the invoice numbers." },
  },
  mistakes: {
    text: "I've made a few mistakes",
    example: { input: 'I keep messing up.', output: "I've made a few mistakes." },
  },
  'went-worse': {
    text: "{Object} didn't go as well as I hoped",
    example: { input: 'I blew it with the interview.', output: "The interview didn't go as well as I hoped." },
  },
  'went-worse-none': {
    text: "That didn't go as well as I hoped",
    example: { input: 'I suck.', output: "That didn't go as well as I hoped." },
  },
  'not-this-time': {
    text: "It didn't work out this time",
    example: { input: 'I failed again, like always.', output: "It didn't work out this time." },
  },
  'mistake-affected': {
    text: 'I{have} made a mistake that affected',
    example: { input: 'I ruined the whole launch.', output: 'I made a mistake that affected the launch.' },
  },
  'mistake-impact': {
    text: 'I{have} made a mistake that had a real impact',
    example: { input: "I've ruined everything, as usual.", output: "I've made a mistake that had a real impact." },
  },
  'want-go-well': {
    text: 'I want {object} to go well',
    example: { input: "I'll ruin the presentation.", output: 'I want the presentation to go well.' },
  },
  'care-about': {
    text: 'I care a lot about the things {object}',
    example: { input: "I ruin everything I'm part of.", output: "I care a lot about the things I'm part of." },
  },
  'own-part': {
    text: 'I own my part in',
    example: { input: 'I blame myself for the delay.', output: 'I own my part in the delay.' },
  },
  'own-part-this': {
    text: 'I own my part in this',
    example: { input: 'This is entirely my fault.', output: 'I own my part in this.' },
  },
  'own-part-gerund': {
    text: 'I own my part in {object}',
    example: { input: "It's all my fault that the project failed.", output: 'I own my part in the project failing.' },
  },
  'not-what-hoped': {
    text: 'I know this {was} what {who} hoped for',
    example: { input: "I've let the whole team down.", output: "I know this isn't what the team hoped for." },
  },
  'not-what-hoped-x': {
    text: 'I know {object} {was} what {who} hoped for',
    example: { input: 'I let everyone down with the offsite plan.', output: "I know the offsite plan wasn't what everyone hoped for." },
  },
  'sorry-that': {
    text: 'Sorry about that',
    example: { input: "God, I'm such a screwup.", output: 'Sorry about that.' },
  },
  'my-mistake': {
    text: 'My mistake',
    example: { input: 'Another dumb mistake from me, of course.', output: 'My mistake.' },
  },
  // ── labels and verdicts ──
  'getting-better': {
    text: "I'm still getting better {prep}",
    example: { input: "I'm useless when it comes to spreadsheets.", output: "I'm still getting better at spreadsheets." },
  },
  'hard-time': {
    text: "I'm having a hard time",
    example: { input: "I'm really bad at everything lately.", output: "I'm having a hard time lately." },
  },
  'hard-time-this': {
    text: "I'm having a hard time with this",
    example: { input: 'I am worthless.', output: 'I am having a hard time with this.' },
  },
  'hard-period': {
    text: '{Object} has been a hard one',
    example: { input: 'I feel like a complete failure this week.', output: 'This week has been a hard one.' },
  },
  'feel-bad': {
    text: 'I feel bad about this',
    example: { input: 'I feel so stupid.', output: 'I feel bad about this.' },
  },
  'finding-feet': {
    text: "I'm still finding my feet here",
    example: { input: "I'm a fraud and sooner or later they'll figure it out.", output: "I'm still finding my feet here." },
  },
  'finding-feet-in': {
    text: "I'm still finding my feet",
    example: { input: 'I feel like such a fraud in the design reviews.', output: "I'm still finding my feet in the design reviews." },
  },
  'hard-for-me': {
    text: '{was} hard for me',
    example: {
      input: 'Submitting anything unpolished makes me feel like a failure.',
      output: 'Submitting anything unpolished is hard for me.',
    },
  },
  'growing-as': {
    text: "I'm still growing as {object}",
    example: { input: "I'm a terrible manager.", output: "I'm still growing as a manager." },
  },
  'catching-up': {
    text: "I'm still catching up",
    example: { input: 'i am genuinely the dumbest person on this call', output: 'i am still catching up on this call' },
  },
  'thanks-patience-short': {
    text: 'Thanks for your patience with me',
    example: { input: 'sorry im such a pain', output: 'thanks for your patience with me' },
  },
  'thanks-help': {
    text: 'Thanks for all your help',
    example: { input: 'I feel like such a burden to everyone.', output: 'Thanks for all your help.' },
  },
  'do-better-for': {
    text: 'I want to do better for',
    example: { input: 'I am an embarrassment to this team.', output: 'I want to do better for this team.' },
  },
  'awkward-moment': {
    text: 'I had an awkward moment',
    example: { input: 'I humiliated myself in front of the VP.', output: 'I had an awkward moment in front of the VP.' },
  },
  'dropped-ball': {
    text: 'I dropped the ball',
    example: { input: 'I dropped the ball so badly on the contract.', output: 'I dropped the ball on the contract.' },
  },
  'lost-part': {
    text: 'I own my part in losing',
    example: { input: 'I cost us the account.', output: 'I own my part in losing the account.' },
  },
  'own-part-why': {
    text: 'I own my part in why',
    example: { input: "I'm the reason we missed Q3.", output: 'I own my part in why we missed Q3.' },
  },
  'didnt-do': {
    text: "I didn't {verb}",
    example: { input: "I'm such a loser for not speaking up in the meeting.", output: "I didn't speak up in the meeting." },
  },
  regret: {
    text: 'I regret',
    example: { input: 'I hate myself for sending that reply.', output: 'I regret sending that reply.' },
  },
  'disappointed-how': {
    text: "I'm disappointed with how this went",
    example: { input: 'I am so disappointed in myself.', output: 'I am disappointed with how this went.' },
  },
  'hard-time-now': {
    text: "I'm having a hard time right now",
    example: { input: "I'm ashamed of who I am.", output: "I'm having a hard time right now." },
  },
  'what-helps': {
    text: 'What would help me here',
    example: { input: 'Why am I so stupid?', output: 'What would help me here?' },
  },
  'what-helps-right': {
    text: 'What would help me get this right',
    example: { input: "Why can't I do anything right?", output: 'What would help me get this right?' },
  },
  'growing-into': {
    text: "I'm still growing into",
    example: { input: "I'm not smart enough for this job.", output: "I'm still growing into this job." },
  },
  'still-learning': {
    text: "I'm still learning",
    example: { input: 'I am just not good enough.', output: 'I am still learning.' },
  },
  'still-learning-to': {
    text: "I'm still learning to",
    example: { input: "I'm not good enough to lead this team.", output: "I'm still learning to lead this team." },
  },
  'not-confident': {
    text: "I'm not feeling confident about this yet",
    example: { input: "I don't feel good enough.", output: "I'm not feeling confident about this yet." },
  },
  // ── all-or-nothing ──
  'forget-sometimes': {
    text: 'I forget things sometimes',
    example: { input: 'I always forget something critical.', output: 'I forget things sometimes.' },
  },
  'make-mistakes': {
    text: 'I sometimes make mistakes',
    example: { input: 'I always mess things up.', output: 'I sometimes make mistakes.' },
  },
  'havent-yet': {
    text: "I haven't got this right yet",
    example: { input: 'I keep getting it wrong.', output: "I haven't got this right yet." },
  },
  'havent-yet-x': {
    text: "I haven't got {object} right yet",
    example: { input: "I can't do anything right with these timesheets.", output: "I haven't got these timesheets right yet." },
  },
  'not-first-time': {
    text: 'Not everything I try works the first time',
    example: { input: 'Everything I touch falls apart.', output: 'Not everything I try works the first time.' },
  },
  'care-people': {
    text: 'I care a lot about not letting people down',
    example: { input: 'I always disappoint people.', output: 'I care a lot about not letting people down.' },
  },
  'finding-words': {
    text: "I'm still finding the right words",
    example: { input: 'I always say the wrong thing in meetings.', output: "I'm still finding the right words in meetings." },
  },
  'learning-what-works': {
    text: "I'm still learning what works",
    example: { input: 'I always do the wrong thing with clients.', output: "I'm still learning what works with clients." },
  },
  'making-mistakes-learn': {
    text: "I'm making some mistakes while I learn",
    example: { input: 'I keep making mistakes.', output: "I'm making some mistakes while I learn." },
  },
  'working-on': {
    text: "I'm working on {object} things",
    example: { input: 'I never finish anything on time.', output: "I'm working on finishing things on time." },
  },
  // ── perfectionism ──
  solid: {
    text: 'solid',
    example: { input: 'The final report has to be perfect.', output: 'The final report has to be solid.' },
  },
  ready: {
    text: 'ready',
    example: { input: "I won't send it until it's perfect.", output: "I won't send it until it's ready." },
  },
  right: {
    text: 'right',
    example: { input: "I can't send this until every word is perfect.", output: "I can't send this until every word is right." },
  },
  'do-well': {
    text: 'I want to do well',
    example: { input: 'I have to be perfect at this job.', output: 'I want to do well at this job.' },
  },
  'glad-went-well': {
    text: "I'm glad it went well",
    example: { input: 'Thanks, but anyone could have done it.', output: "Thanks, I'm glad it went well." },
  },
  'grateful-for': {
    text: "I'm grateful for",
    example: { input: "I don't deserve the praise.", output: "I'm grateful for the praise." },
  },
  'aim-solid': {
    text: "I'm aiming for solid, not flawless",
    example: { input: 'Anything less than perfect is a failure.', output: "I'm aiming for solid, not flawless." },
  },
  fixable: {
    text: '{Object} can be fixed',
    example: { input: 'One typo and I feel like the whole report is worthless.', output: 'One typo can be fixed.' },
  },
  'looking-back': {
    text: "Looking back, I wouldn't {verb} again",
    example: {
      input: 'I should have known better than to promise that date.',
      output: "Looking back, I wouldn't promise that date again.",
    },
  },
  'know-now': {
    text: 'I know better now',
    example: { input: 'I should have known better.', output: 'I know better now.' },
  },
  'slip-through': {
    text: 'How did {object} slip through',
    example: { input: 'How could I miss that?', output: 'How did that slip through?' },
  },
  'slip-mind': {
    text: 'How did {object} slip my mind',
    example: { input: 'How could I forget that?', output: 'How did that slip my mind?' },
  },
  'how-happen': {
    text: 'How did {object} happen',
    example: { input: 'How could I let that happen?', output: 'How did that happen?' },
  },
  'high-bar': {
    text: 'I hold myself to a high bar',
    example: { input: 'Nothing I do is ever good enough.', output: 'I hold myself to a high bar.' },
  },
  'nearly-there': {
    text: 'nearly there',
    example: {
      input: "I rewrote this email six times and it's still not good enough.",
      output: "I rewrote this email six times and it's nearly there.",
    },
  },
  'get-right': {
    text: 'I want to get {object} right',
    example: { input: 'I must not make a single mistake on this proposal.', output: 'I want to get this proposal right.' },
  },
  // ── apologies ──
  'thanks-patience': {
    text: 'Thanks for your patience',
    example: { input: 'Sorry for being so useless on this thread.', output: 'Thanks for your patience on this thread.' },
  },
  'mix-up': {
    text: '{sorry} for the mix-up',
    example: { input: 'Apologies for my stupidity earlier.', output: 'Apologies for the mix-up earlier.' },
  },
  'thanks-time': {
    text: 'Thanks for your time',
    example: { input: "Sorry for wasting everyone's time with my proposal.", output: 'Thanks for your time with my proposal.' },
  },
  'quick-question': {
    text: 'Quick question',
    example: { input: 'Sorry if this is a stupid question.', output: 'Quick question.' },
  },
  'thanks-question': {
    text: 'Thanks for your help with this',
    example: { input: 'Apologies for the dumb question.', output: 'Thanks for your help with this.' },
  },
  // ── perfection demanded of others ──
  'extra-care': {
    text: 'Please take extra care with {object} and flag problems early',
    example: {
      input: 'There is zero room for error on this deliverable.',
      output: 'Please take extra care with this deliverable and flag problems early.',
    },
  },
  'extra-care-none': {
    text: 'Please take extra care and flag problems early',
    example: { input: 'No mistakes allowed.', output: 'Please take extra care and flag problems early.' },
  },
  'flag-early': {
    text: 'Please flag mistakes early so we can fix them',
    example: { input: 'Mistakes are unacceptable.', output: 'Please flag mistakes early so we can fix them.' },
  },
  careful: {
    text: 'careful',
    example: { input: 'I expect flawless work from everyone on this team.', output: 'I expect careful work from everyone on this team.' },
  },
  care: {
    text: 'care',
    example: { input: 'We expect perfection from every vendor.', output: 'We expect care from every vendor.' },
  },
  matters: {
    text: '{Object} matters, so please flag problems early',
    example: { input: 'Failure is not an option on this release.', output: 'This release matters, so please flag problems early.' },
  },
  'matters-none': {
    text: 'This matters, so please flag problems early',
    example: { input: 'Failure is not an option.', output: 'This matters, so please flag problems early.' },
  },
} satisfies Record<string, Wording>;

export type RewriteId = keyof typeof REWRITES;

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
