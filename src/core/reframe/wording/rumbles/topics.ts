/**
 * Rumbles that name what the thought is about, in the writer's own words. Each slot is typed (see
 * SlotType): a template is only used when the writer's words fit it, so "the customers" never fills a
 * slot meant for a task. Slots here:
 *   {task}       a thing the writer named: "the date mismatch", "the Henderson account"
 *   {work}       a task that is a piece of work: "the report", "these rollouts" (its head is in PRODUCTS)
 *   {theirTask}, {theirWork}, {theirEvent}   the same, as a friend would own it: "my essay" → "their essay"
 *   {person}     people: "my parents", "the customers"
 *   {role}       "a mother"; {roleNoun} "mother"
 *   {skill}      with the writer's own {prep}: "at estimating these tickets"
 *   {act}        "missing that deadline"
 *   {place}      a job or field the writer is growing into: "this role"
 *   {event}      something still to come: "the interview"
 * `[is|are]` agrees with the slot before it. Without `stories`, an entry suits every first-person story.
 */
import { MISTAKE_STORIES, type RumbleTable, SELF_STORIES } from './table';

/** Stories where the people named are the ones the writer fears they hurt or failed. */
const ABOUT_PEOPLE = ['blame', 'verdict', 'not-enough', 'contempt', 'worth'] as const;

export const TOPIC_RUMBLES: RumbleTable = {
  specific: [
    {
      text: 'What {person} [needs|need] is clear, careful work, not flawless work.',
      stories: ['rule'],
      example: {
        input: 'I must not make any mistakes in front of the board.',
        output: 'What the board needs is clear, careful work, not flawless work.',
      },
    },
    {
      text: 'Some of {work} was luck and some of it was my work. Both can be true.',
      stories: ['discounting'],
      example: {
        input: 'Thanks, but honestly it was just luck that the launch went well.',
        output: 'Some of the launch was luck and some of it was my work. Both can be true.',
        flag: { frame: 'discounting', phrase: 'it was just luck' },
      },
    },
    {
      text: 'A question about {task} is part of getting it right.',
      stories: ['question'],
      example: {
        input: 'This might be a dumb question, but is the staging link still the old one?',
        output: 'A question about the staging link is part of getting it right.',
      },
    },
    {
      text: '{Work} went wrong in one place. That is something that happened, not who I am.',
      stories: MISTAKE_STORIES,
      when: 'past',
      example: {
        input: 'I screwed up the report.',
        output: 'The report went wrong in one place. That is something that happened, not who I am.',
      },
    },
    {
      text: 'What went wrong with {task} can be named, and most of it can be fixed.',
      stories: MISTAKE_STORIES,
      when: 'past',
      example: {
        input: 'I should have caught the date mismatch before sending.',
        output: 'What went wrong with the date mismatch can be named, and most of it can be fixed.',
      },
    },
    {
      text: '{Work} [needs|need] to do [its|their] job, not to be flawless.',
      stories: ['rule'],
      example: { input: 'The final report has to be perfect.', output: 'The final report needs to do its job, not to be flawless.' },
    },
    {
      text: 'I am still getting better {prep} {skill}. That is a skill I am building, not who I am.',
      example: {
        input: "I'm hopeless with deadlines.",
        output: 'I am still getting better with deadlines. That is a skill I am building, not who I am.',
      },
    },
    {
      text: '{Act} is something I did, not who I am.',
      example: { input: 'I am so stupid for missing that deadline.', output: 'Missing that deadline is something I did, not who I am.' },
    },
    {
      text: 'Some days as {role} are harder than others. A hard day is not the whole picture.',
      example: {
        input: "I'm a total failure as a mother.",
        output: 'Some days as a mother are harder than others. A hard day is not the whole picture.',
      },
    },
    {
      text: 'I am still growing into {place}, and growing takes time.',
      stories: [...SELF_STORIES, 'rule'],
      example: { input: "I'm not smart enough for this job.", output: 'I am still growing into this job, and growing takes time.' },
    },
    {
      text: '{Event} [has|have] not happened yet. I can get ready for the parts I control.',
      when: 'future',
      example: {
        input: "I'll ruin the presentation on Monday.",
        output: 'The presentation has not happened yet. I can get ready for the parts I control.',
      },
    },
    {
      text: 'I care about {person}, and I can own my part without carrying all of it.',
      stories: ['blame'],
      example: {
        input: "It's all my fault that the customers lost a day of data.",
        output: 'I care about the customers, and I can own my part without carrying all of it.',
      },
    },
  ],
  learning: [
    {
      text: 'Hearing early about a problem with {task} is what lets us fix it in time.',
      stories: ['demand'],
      example: {
        input: 'Any mistake in the client demo is unacceptable. Triple-check everything.',
        output: 'Hearing early about a problem with the client demo is what lets us fix it in time.',
      },
    },
    {
      text: 'Going through {task} together will show what got in the way.',
      stories: ['other'],
      example: {
        input: 'You never get the numbers right.',
        output: 'Going through the numbers together will show what got in the way.',
        flag: { frame: 'verdict-on-other', phrase: 'You never get the numbers right', category: 'perfection-demanded' },
      },
    },
    {
      text: 'Asking about {task} now saves a guess later.',
      stories: ['question'],
      example: {
        input: 'This might be a dumb question, but is the staging link still the old one?',
        output: 'Asking about the staging link now saves a guess later.',
      },
    },
    {
      text: 'I can notice what I did that helped {work}, so I can do it again.',
      stories: ['discounting'],
      example: {
        input: 'Thanks, but honestly it was just luck that the launch went well.',
        output: 'I can notice what I did that helped the launch, so I can do it again.',
        flag: { frame: 'discounting', phrase: 'it was just luck' },
      },
    },
    {
      text: 'I can ask what {work} taught me, and use it next time.',
      stories: MISTAKE_STORIES,
      when: 'past',
      example: {
        input: 'I botched the seating plan.',
        output: 'I can ask what the seating plan taught me, and use it next time.',
      },
    },
    {
      text: 'I can find one thing to do differently with {task} next time.',
      stories: MISTAKE_STORIES,
      when: 'past',
      example: {
        input: "I can't believe I forgot to pay the electricity bill again.",
        output: 'I can find one thing to do differently with the electricity bill next time.',
      },
    },
    {
      text: 'Each try {prep} {skill} teaches me something I can use.',
      example: {
        input: 'Honestly I suck at writing these updates.',
        output: 'Each try at writing these updates teaches me something I can use.',
      },
    },
    {
      text: '{Act} showed me something I can plan for next time.',
      example: {
        input: "I'm such a loser for not speaking up in the meeting.",
        output: 'Not speaking up in the meeting showed me something I can plan for next time.',
      },
    },
    {
      text: 'Every week as {role} teaches me something, this one included.',
      example: { input: "I'm a terrible manager.", output: 'Every week as a manager teaches me something, this one included.' },
    },
    {
      text: 'Each week in {place} teaches me something I can use.',
      stories: [...SELF_STORIES, 'rule'],
      example: { input: "I'm just not cut out for this job.", output: 'Each week in this job teaches me something I can use.' },
    },
    {
      text: 'Whatever happens with {event}, I will come out knowing more than I do now.',
      when: 'future',
      example: {
        input: "I'll ruin the presentation on Monday.",
        output: 'Whatever happens with the presentation, I will come out knowing more than I do now.',
      },
    },
    {
      text: 'I can ask {person} what would help now, and learn from the answer.',
      stories: ['blame'],
      example: {
        input: "It's all my fault that the customers lost a day of data.",
        output: 'I can ask the customers what would help now, and learn from the answer.',
      },
    },
  ],
  mastery: [
    {
      text: '{Task} will get better with each round of feedback.',
      stories: ['demand', 'other'],
      example: {
        input: 'Any mistake in the client demo is unacceptable. Triple-check everything.',
        output: 'The client demo will get better with each round of feedback.',
      },
    },
    {
      text: 'I can prepare well for {person}, and well is enough.',
      stories: ['rule'],
      example: {
        input: 'I must not make any mistakes in front of the board.',
        output: 'I can prepare well for the board, and well is enough.',
      },
    },
    {
      text: 'How {work} went is what getting better looks like.',
      stories: ['discounting'],
      example: {
        input: 'Thanks, but honestly it was just luck that the launch went well.',
        output: 'How the launch went is what getting better looks like.',
        flag: { frame: 'discounting', phrase: 'it was just luck' },
      },
    },
    {
      text: 'The work I put into {work} still counts, and I am getting better with each one.',
      stories: MISTAKE_STORIES,
      when: 'past',
      example: {
        input: 'I screwed up the report.',
        output: 'The work I put into the report still counts, and I am getting better with each one.',
      },
    },
    {
      text: 'Clear and done is the goal for {work}, and I am close.',
      stories: ['rule'],
      example: { input: 'The final report has to be perfect.', output: 'Clear and done is the goal for the final report, and I am close.' },
    },
    {
      text: 'I am better {prep} {skill} than when I started, and still improving.',
      example: {
        input: "I'm the worst at keeping track of invoices.",
        output: 'I am better at keeping track of invoices than when I started, and still improving.',
      },
    },
    {
      text: 'I am learning as {role}, one day at a time.',
      example: { input: "I'm a terrible manager.", output: 'I am learning as a manager, one day at a time.' },
    },
    {
      text: 'I have grown into new things before, and I am growing into {place} now.',
      stories: [...SELF_STORIES, 'rule'],
      example: {
        input: "I'm not good enough for this role.",
        output: 'I have grown into new things before, and I am growing into this role now.',
      },
    },
    {
      text: 'I can prepare for {event} one step at a time.',
      when: 'future',
      example: {
        input: "I'll ruin the presentation on Monday.",
        output: 'I can prepare for the presentation one step at a time.',
      },
    },
  ],
  compassion: [
    {
      text: 'I would want room to flag a problem with {task} early. So would the team.',
      stories: ['demand'],
      example: {
        input: 'Any mistake in the client demo is unacceptable. Triple-check everything.',
        output: 'I would want room to flag a problem with the client demo early. So would the team.',
      },
    },
    {
      text: 'I would want to hear what is wrong with {task}, not a verdict. So would they.',
      stories: ['other'],
      example: {
        input: 'You never get the numbers right.',
        output: 'I would want to hear what is wrong with the numbers, not a verdict. So would they.',
        flag: { frame: 'verdict-on-other', phrase: 'You never get the numbers right', category: 'perfection-demanded' },
      },
    },
    {
      text: 'If a friend were facing {person}, I would tell them careful is plenty.',
      stories: ['rule'],
      example: {
        input: 'I must not make any mistakes in front of the board.',
        output: 'If a friend were facing the board, I would tell them careful is plenty.',
      },
    },
    {
      text: 'If a colleague asked me about {theirTask}, I would be glad they did.',
      stories: ['question'],
      example: {
        input: 'This might be a dumb question, but is the staging link still the old one?',
        output: 'If a colleague asked me about the staging link, I would be glad they did.',
      },
    },
    {
      text: 'If a friend had done {theirWork}, I would tell them to take the credit.',
      stories: ['discounting'],
      example: {
        input: 'Thanks, but honestly it was just luck that the launch went well.',
        output: 'If a friend had done the launch, I would tell them to take the credit.',
        flag: { frame: 'discounting', phrase: 'it was just luck' },
      },
    },
    {
      text: 'If a friend had trouble with {theirTask}, I would tell them it can be fixed. I can tell myself the same.',
      stories: MISTAKE_STORIES,
      when: 'past',
      example: {
        input: 'I totally messed up the numbers in the deck.',
        output: 'If a friend had trouble with the numbers in the deck, I would tell them it can be fixed. I can tell myself the same.',
      },
    },
    {
      text: 'I would tell a friend that {theirWork} [does|do] not need to be flawless to be good.',
      stories: ['rule'],
      example: {
        input: 'The final report has to be perfect.',
        output: 'I would tell a friend that the final report does not need to be flawless to be good.',
      },
    },
    {
      text: 'I would tell a friend that getting better {prep} {skill} takes time. The same is true for me.',
      example: {
        input: "I'm useless when it comes to spreadsheets.",
        output: 'I would tell a friend that getting better at spreadsheets takes time. The same is true for me.',
      },
    },
    {
      text: 'I would go easy on a friend for {act}. I can go easy on myself too.',
      example: {
        input: 'I hate myself for sending that reply.',
        output: 'I would go easy on a friend for sending that reply. I can go easy on myself too.',
      },
    },
    {
      text: 'I would tell any {roleNoun} I know that one hard day does not undo the rest.',
      example: {
        input: "I'm a total failure as a mother.",
        output: 'I would tell any mother I know that one hard day does not undo the rest.',
      },
    },
    {
      text: 'I would tell a friend that growing into {place} takes time. The same is true for me.',
      stories: [...SELF_STORIES, 'rule'],
      example: {
        input: "I'm not good enough for this role.",
        output: 'I would tell a friend that growing into this role takes time. The same is true for me.',
      },
    },
    {
      text: 'If a friend were nervous about {theirEvent}, I would tell them to prepare what they can and let the rest be.',
      when: 'future',
      example: {
        input: "I'll ruin the presentation on Monday.",
        output: 'If a friend were nervous about the presentation, I would tell them to prepare what they can and let the rest be.',
      },
    },
    {
      text: 'I care about {person}, and I can be as gentle with myself as I would be with them.',
      stories: ABOUT_PEOPLE,
      example: {
        input: "I'm a disappointment to my parents.",
        output: 'I care about my parents, and I can be as gentle with myself as I would be with them.',
      },
    },
  ],
  passion: [
    {
      text: 'There was a part of {work} I cared about getting right, and that care is worth keeping.',
      stories: MISTAKE_STORIES,
      when: 'past',
      example: {
        input: 'I ruined the whole launch.',
        output: 'There was a part of the launch I cared about getting right, and that care is worth keeping.',
      },
    },
    {
      text: 'I care about {work}, and that care shows without it being flawless.',
      stories: ['rule'],
      example: {
        input: 'This presentation needs to be perfect, no mistakes.',
        output: 'I care about this presentation, and that care shows without it being flawless.',
      },
    },
    {
      text: 'I care about {person}, which is why this hurts so much.',
      stories: ABOUT_PEOPLE,
      example: { input: "I'm a disappointment to my parents.", output: 'I care about my parents, which is why this hurts so much.' },
    },
    {
      text: 'I care about being {role}. That care is already part of doing it well.',
      example: {
        input: "I'm a total failure as a mother.",
        output: 'I care about being a mother. That care is already part of doing it well.',
      },
    },
    {
      text: 'I care about {event} going well, and that care will help me prepare.',
      when: 'future',
      example: {
        input: "I'll ruin the presentation on Monday.",
        output: 'I care about the presentation going well, and that care will help me prepare.',
      },
    },
    {
      text: 'I wanted {place} for a reason, and that reason still holds.',
      stories: [...SELF_STORIES, 'rule'],
      example: { input: "I'm just not cut out for this job.", output: 'I wanted this job for a reason, and that reason still holds.' },
    },
  ],
  evidence: [
    {
      text: 'The team has got work like {task} right before, with a few fixes along the way.',
      stories: ['demand'],
      example: {
        input: 'Any mistake in the client demo is unacceptable. Triple-check everything.',
        output: 'The team has got work like the client demo right before, with a few fixes along the way.',
      },
    },
    {
      text: 'They have got {task} right before, and they can again.',
      stories: ['other'],
      example: {
        input: 'You never get the numbers right.',
        output: 'They have got the numbers right before, and they can again.',
        flag: { frame: 'verdict-on-other', phrase: 'You never get the numbers right', category: 'perfection-demanded' },
      },
    },
    {
      text: 'I have done good work in front of people like {person} before.',
      stories: ['rule'],
      example: {
        input: 'I must not make any mistakes in front of the board.',
        output: 'I have done good work in front of people like the board before.',
      },
    },
    {
      text: '{Work} went well, and I was part of why.',
      stories: ['discounting'],
      example: {
        input: 'Thanks, but honestly it was just luck that the launch went well.',
        output: 'The launch went well, and I was part of why.',
        flag: { frame: 'discounting', phrase: 'it was just luck' },
      },
    },
    {
      text: 'Some parts of {work} went well, and I can name them.',
      stories: MISTAKE_STORIES,
      when: 'past',
      example: { input: 'I ruined the whole launch.', output: 'Some parts of the launch went well, and I can name them.' },
    },
    {
      text: 'I have done well {prep} {skill} before, and I can remember when.',
      example: { input: "Honestly, I'm terrible at my job.", output: 'I have done well at my job before, and I can remember when.' },
    },
    {
      text: 'I can name one thing I did well as {role} this week.',
      example: { input: "I'm a total failure as a mother.", output: 'I can name one thing I did well as a mother this week.' },
    },
    {
      text: 'I can name a time I showed up for {person}.',
      stories: ABOUT_PEOPLE,
      example: { input: "I'm a disappointment to my parents.", output: 'I can name a time I showed up for my parents.' },
    },
    {
      text: 'I was chosen for {place} for reasons that are still true.',
      stories: [...SELF_STORIES, 'rule'],
      example: { input: "I'm not good enough for this role.", output: 'I was chosen for this role for reasons that are still true.' },
    },
    {
      text: 'I have got through things like {event} before.',
      when: 'future',
      example: {
        input: "I'll ruin the presentation on Monday.",
        output: 'I have got through things like the presentation before.',
      },
    },
    {
      text: 'I have sent work like {work} before, and it did its job.',
      stories: ['rule'],
      example: {
        input: 'The final report has to be perfect.',
        output: 'I have sent work like the final report before, and it did its job.',
      },
    },
  ],
};
