/**
 * Rumbles for a situation the writer's own nouns and verbs show: work, study, family, the body, money,
 * a social moment. Specific before general: where one of these fits, it is offered before plainer words.
 * Slots as in topics.ts.
 */
import type { RumbleTable } from './table';

export const SITUATION_RUMBLES: RumbleTable = {
  specific: [
    {
      text: '{Work} [is|are] one piece of work, not a measure of me.',
      domains: ['work'],
      example: { input: 'I wrecked the migration.', output: 'The migration is one piece of work, not a measure of me.' },
    },
    {
      text: 'Work goes wrong sometimes. What happened with {work} is something to fix, not something I am.',
      domains: ['work'],
      when: 'past',
      example: {
        input: 'I keep screwing up the release notes, sorry for the noise.',
        output: 'Work goes wrong sometimes. What happened with the release notes is something to fix, not something I am.',
      },
    },
    {
      text: '{Event} will measure one day of work, not the whole of me.',
      domains: ['study'],
      when: 'future',
      example: {
        input: "If I don't get an A on this exam I'm worthless.",
        output: 'This exam will measure one day of work, not the whole of me.',
        flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
      },
    },
    {
      text: 'This was a hard moment at home, and it is not the whole story of my family.',
      domains: ['family'],
      example: {
        input: "I'm a total failure as a mother.",
        output: 'This was a hard moment at home, and it is not the whole story of my family.',
      },
    },
    {
      text: 'Family life asks a lot of me, and one hard evening does not undo the rest.',
      domains: ['family'],
      example: {
        input: "I'm a total failure as a mother.",
        output: 'Family life asks a lot of me, and one hard evening does not undo the rest.',
      },
    },
    {
      text: 'Some days at home are harder than others, and this is one of them.',
      domains: ['family'],
      example: { input: "I'm a total failure as a mother.", output: 'Some days at home are harder than others, and this is one of them.' },
    },
    {
      text: 'My body is not a verdict on me. It carries me through every day.',
      domains: ['body'],
      example: {
        input: 'I feel disgusting after eating all that cake.',
        output: 'My body is not a verdict on me. It carries me through every day.',
        flag: { frame: 'feeling-verdict', phrase: 'I feel disgusting' },
      },
    },
    {
      text: 'Money trouble is a problem to solve, not a measure of me.',
      domains: ['money'],
      example: {
        input: "I'm so useless with money, I overspent again this month.",
        output: 'Money trouble is a problem to solve, not a measure of me.',
      },
    },
    {
      text: 'One awkward moment is one moment. Most people remember it far less than I do.',
      domains: ['social'],
      hooks: ['speaking', 'mistake-label'],
      example: {
        input: "ugh i'm so awkward, i said something weird at the party and now i can't stop thinking about it",
        output: 'One awkward moment is one moment. Most people remember it far less than I do.',
      },
    },
  ],
  learning: [
    {
      text: 'I can write down what happened with {work} and what I would change.',
      domains: ['work'],
      when: 'past',
      example: { input: 'I wrecked the migration.', output: 'I can write down what happened with the migration and what I would change.' },
    },
    {
      text: 'A short note on what I would do differently with {work} will help the next one.',
      domains: ['work'],
      when: 'past',
      example: {
        input: 'I keep screwing up the release notes, sorry for the noise.',
        output: 'A short note on what I would do differently with the release notes will help the next one.',
      },
    },
    {
      text: 'I can look at what {event} will ask for and plan my preparation from there.',
      domains: ['study'],
      when: 'future',
      example: {
        input: "If I don't get an A on this exam I'm worthless.",
        output: 'I can look at what this exam will ask for and plan my preparation from there.',
        flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
      },
    },
    {
      text: 'I can pick one thing I want to do differently at home, and start with that.',
      domains: ['family'],
      example: {
        input: "I'm a total failure as a mother.",
        output: 'I can pick one thing I want to do differently at home, and start with that.',
      },
    },
    {
      text: 'I can talk with someone at home about what would make the next time easier.',
      domains: ['family'],
      example: {
        input: "I'm a total failure as a mother.",
        output: 'I can talk with someone at home about what would make the next time easier.',
      },
    },
    {
      text: 'I can ask what would help at home this week, and try one small thing.',
      domains: ['family'],
      example: {
        input: "I'm a total failure as a mother.",
        output: 'I can ask what would help at home this week, and try one small thing.',
      },
    },
    {
      text: 'I can ask what would help me feel a bit better today, and start there.',
      domains: ['body'],
      example: {
        input: 'I feel disgusting after eating all that cake.',
        output: 'I can ask what would help me feel a bit better today, and start there.',
        flag: { frame: 'feeling-verdict', phrase: 'I feel disgusting' },
      },
    },
    {
      text: 'I can look at the numbers and pick one small step to take this month.',
      domains: ['money'],
      example: {
        input: "I'm so useless with money, I overspent again this month.",
        output: 'I can look at the numbers and pick one small step to take this month.',
      },
    },
    {
      text: 'Next time I can take a breath before I speak, and that is enough.',
      domains: ['social'],
      hooks: ['speaking', 'mistake-label'],
      example: {
        input: "ugh i'm so awkward, i said something weird at the party and now i can't stop thinking about it",
        output: 'Next time I can take a breath before I speak, and that is enough.',
      },
    },
  ],
  compassion: [
    {
      text: 'If a colleague had trouble with {theirWork}, I would help them fix it, not judge them.',
      domains: ['work'],
      when: 'past',
      example: {
        input: 'I wrecked the migration.',
        output: 'If a colleague had trouble with the migration, I would help them fix it, not judge them.',
      },
    },
    {
      text: 'If a friend were this worried about {theirEvent}, I would remind them it is one result, not their future.',
      domains: ['study'],
      when: 'future',
      example: {
        input: "If I don't get an A on this exam I'm worthless.",
        output: 'If a friend were this worried about this exam, I would remind them it is one result, not their future.',
        flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
      },
    },
    {
      text: 'If a friend said this about their family, I would hear how much they care.',
      domains: ['family'],
      example: {
        input: "I'm a total failure as a mother.",
        output: 'If a friend said this about their family, I would hear how much they care.',
      },
    },
    {
      text: 'I would remind a friend that caring this much about family is a sign of love.',
      domains: ['family'],
      example: {
        input: "I'm a total failure as a mother.",
        output: 'I would remind a friend that caring this much about family is a sign of love.',
      },
    },
    {
      text: 'I would tell someone I love that the hard days at home do not cancel out the love.',
      domains: ['family'],
      example: {
        input: "I'm a total failure as a mother.",
        output: 'I would tell someone I love that the hard days at home do not cancel out the love.',
      },
    },
    {
      text: 'I would never speak to a friend about their body this way. I can speak to mine more gently.',
      domains: ['body'],
      example: {
        input: 'I feel disgusting after eating all that cake.',
        output: 'I would never speak to a friend about their body this way. I can speak to mine more gently.',
        flag: { frame: 'feeling-verdict', phrase: 'I feel disgusting' },
      },
    },
    {
      text: 'If a friend were worried about money, I would help them make a plan, not judge them.',
      domains: ['money'],
      example: {
        input: "I'm so useless with money, I overspent again this month.",
        output: 'If a friend were worried about money, I would help them make a plan, not judge them.',
      },
    },
    {
      text: 'If a friend told me they said something awkward, I would barely remember it the next day.',
      domains: ['social'],
      hooks: ['speaking', 'mistake-label'],
      example: {
        input: "ugh i'm so awkward, i said something weird at the party and now i can't stop thinking about it",
        output: 'If a friend told me they said something awkward, I would barely remember it the next day.',
      },
    },
  ],
  evidence: [
    {
      text: 'People at work have seen me do good work before, and that still counts.',
      domains: ['work'],
      example: { input: 'I wrecked the migration.', output: 'People at work have seen me do good work before, and that still counts.' },
    },
    {
      text: 'I have learnt hard things before, and I can name one.',
      domains: ['study'],
      example: {
        input: "I'm just not clever enough for advanced physics.",
        output: 'I have learnt hard things before, and I can name one.',
      },
    },
    {
      text: 'I can name one moment this week when I showed up for my family.',
      domains: ['family'],
      example: { input: "I'm a total failure as a mother.", output: 'I can name one moment this week when I showed up for my family.' },
    },
    {
      text: 'My body has done a lot for me this week, and I can name one thing.',
      domains: ['body'],
      example: {
        input: 'I feel disgusting after eating all that cake.',
        output: 'My body has done a lot for me this week, and I can name one thing.',
        flag: { frame: 'feeling-verdict', phrase: 'I feel disgusting' },
      },
    },
    {
      text: 'I have handled hard months before, and I can remember how.',
      domains: ['money'],
      example: {
        input: "I'm so useless with money, I overspent again this month.",
        output: 'I have handled hard months before, and I can remember how.',
      },
    },
    {
      text: 'People have enjoyed talking with me before, and they will again.',
      domains: ['social'],
      example: {
        input: "ugh i'm so awkward, i said something weird at the party and now i can't stop thinking about it",
        output: 'People have enjoyed talking with me before, and they will again.',
      },
    },
  ],
};
