/**
 * Rumbles written for one story, and plainer ones shared by every story about the self. These name no
 * topic; the reframer offers them after the wording that names the writer's situation, and whenever a
 * thought names nothing in particular.
 */
import type { Story } from '../types';
import { MISTAKE_STORIES, type RumbleTable } from './table';

/** Plain wording for every story about the self, filtered by `stories` where the words suit only some. */
export const SHARED_RUMBLES: RumbleTable = {
  specific: [
    {
      text: 'This is a hard moment, not the whole of me.',
      stories: ['verdict', 'contempt', 'not-enough', 'always'],
      example: { input: 'I feel like such a waste of space.', output: 'This is a hard moment, not the whole of me.' },
    },
    {
      text: 'Something went wrong. That is something that happened, not who I am.',
      when: 'past',
      stories: MISTAKE_STORIES,
      example: { input: 'I fucked up.', output: 'Something went wrong. That is something that happened, not who I am.' },
    },
  ],
  learning: [
    {
      text: 'I can ask what this taught me, and use it next time.',
      when: 'past',
      stories: MISTAKE_STORIES,
      example: { input: 'I fucked up.', output: 'I can ask what this taught me, and use it next time.' },
    },
    {
      text: 'This showed me something I can do differently next time.',
      when: 'past',
      stories: MISTAKE_STORIES,
      example: { input: 'I screwed this up.', output: 'This showed me something I can do differently next time.' },
    },
  ],
  mastery: [
    {
      text: 'I am getting better at this, one try at a time.',
      stories: ['verdict', 'always', 'slip', 'not-enough'],
      example: { input: 'I keep making mistakes.', output: 'I am getting better at this, one try at a time.' },
    },
    {
      text: 'Progress counts, even when it is slow.',
      example: { input: 'I feel like such a waste of space.', output: 'Progress counts, even when it is slow.' },
    },
  ],
  compassion: [
    {
      text: 'I would tell a friend this happens to everyone. I can tell myself the same.',
      small: true,
      example: { input: 'I screwed this up.', output: 'I would tell a friend this happens to everyone. I can tell myself the same.' },
    },
    {
      text: 'I can talk to myself the way I would talk to a friend who had a hard day.',
      example: {
        input: 'I feel like such a waste of space.',
        output: 'I can talk to myself the way I would talk to a friend who had a hard day.',
      },
    },
    {
      text: 'I would not speak to someone I love like this, and I can leave it out for myself too.',
      stories: ['verdict', 'contempt', 'not-enough', 'worth'],
      example: {
        input: 'I feel like such a waste of space.',
        output: 'I would not speak to someone I love like this, and I can leave it out for myself too.',
      },
    },
  ],
  passion: [
    {
      text: 'I still care about this, and that care is worth keeping.',
      example: { input: 'I let everyone down again.', output: 'I still care about this, and that care is worth keeping.' },
    },
    {
      text: 'I was hard on myself because this matters to me.',
      stories: MISTAKE_STORIES,
      example: { input: 'I fucked up.', output: 'I was hard on myself because this matters to me.' },
    },
  ],
  evidence: [
    {
      text: 'I have got plenty right before, and that still counts.',
      stories: MISTAKE_STORIES,
      example: { input: 'I failed miserably.', output: 'I have got plenty right before, and that still counts.' },
    },
    {
      text: 'Some things went well here too, and I can name one.',
      when: 'past',
      stories: ['slip', 'blame', 'hindsight', 'verdict'],
      example: { input: 'I fucked up.', output: 'Some things went well here too, and I can name one.' },
    },
  ],
};

export const STORY_RUMBLES: Record<Story | 'general', RumbleTable> = {
  verdict: {
    specific: [
      {
        text: 'That word is a judgement, not a fact about me.',
        example: { input: "God, I'm such a screwup.", output: 'That word is a judgement, not a fact about me.' },
      },
    ],
    compassion: [
      {
        text: 'I would not call someone I love by that name, and I can leave it off myself too.',
        example: { input: 'I’m embarrassing.', output: 'I would not call someone I love by that name, and I can leave it off myself too.' },
      },
    ],
    evidence: [
      {
        text: 'There is more to me than this moment, and I can name some of it.',
        example: { input: 'I’m embarrassing.', output: 'There is more to me than this moment, and I can name some of it.' },
      },
    ],
    learning: [
      {
        text: 'I can ask what happened before the label, and start there.',
        example: { input: 'I’m embarrassing.', output: 'I can ask what happened before the label, and start there.' },
      },
    ],
  },
  contempt: {
    specific: [
      {
        text: 'This is a hard moment. It says how hard things are, not who I am.',
        example: { input: "I'm ashamed of who I am.", output: 'This is a hard moment. It says how hard things are, not who I am.' },
      },
    ],
    compassion: [
      {
        text: 'I can meet this with the care I would give a friend, not with more blame.',
        example: {
          input: "I'm ashamed of who I am.",
          output: 'I can meet this with the care I would give a friend, not with more blame.',
        },
      },
    ],
    evidence: [
      {
        text: 'There are people and moments that show a kinder picture of me, and I can name one.',
        example: {
          input: "I'm ashamed of who I am.",
          output: 'There are people and moments that show a kinder picture of me, and I can name one.',
        },
      },
    ],
    passion: [
      {
        text: 'Part of why this hurts is that I care, and the caring is worth keeping.',
        example: { input: "I'm ashamed of who I am.", output: 'Part of why this hurts is that I care, and the caring is worth keeping.' },
      },
    ],
    learning: [
      {
        text: 'I can ask what would help me right now, and take that one step.',
        example: { input: "What's wrong with me?", output: 'I can ask what would help me right now, and take that one step.' },
      },
    ],
  },
  'not-enough': {
    specific: [
      {
        text: 'I am still growing into this, and that takes time, not a different me.',
        example: { input: 'I am just not good enough.', output: 'I am still growing into this, and that takes time, not a different me.' },
      },
    ],
    mastery: [
      {
        text: 'I have grown into new things before, and I am growing now.',
        example: { input: 'I am just not good enough.', output: 'I have grown into new things before, and I am growing now.' },
      },
    ],
    compassion: [
      {
        text: 'I would tell a friend that still learning is where everyone starts.',
        example: { input: 'I am just not good enough.', output: 'I would tell a friend that still learning is where everyone starts.' },
      },
    ],
    evidence: [
      {
        text: 'I have got better at hard things before, and I can name one.',
        example: { input: 'I am just not good enough.', output: 'I have got better at hard things before, and I can name one.' },
      },
    ],
  },
  always: {
    specific: [
      {
        text: 'I got this one wrong, not everything.',
        example: { input: 'I always mess things up.', output: 'I got this one wrong, not everything.' },
      },
      {
        text: 'This time did not go well. It is one time, not every time.',
        example: { input: 'I always mess things up.', output: 'This time did not go well. It is one time, not every time.' },
      },
    ],
    compassion: [
      {
        text: 'I would remind a friend of the times it went fine. I can remind myself too.',
        example: {
          input: "I can't do anything right.",
          output: 'I would remind a friend of the times it went fine. I can remind myself too.',
        },
      },
    ],
    learning: [
      {
        text: 'I can look at this one time on its own, without the rest attached.',
        example: { input: "I can't do anything right.", output: 'I can look at this one time on its own, without the rest attached.' },
      },
    ],
    evidence: [
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
  slip: {
    specific: [
      {
        text: 'I made a mistake. That is something I did, not who I am.',
        example: { input: 'I fucked up.', output: 'I made a mistake. That is something I did, not who I am.' },
      },
    ],
    learning: [
      {
        text: 'I can fix what went wrong and move on.',
        example: { input: 'I fucked up.', output: 'I can fix what went wrong and move on.' },
      },
    ],
    evidence: [
      {
        text: 'I get most things like this right.',
        example: { input: 'I fucked up.', output: 'I get most things like this right.' },
      },
    ],
    compassion: [
      {
        text: 'Anyone who does real work makes slips like this. I can let it be a slip.',
        small: true,
        example: { input: 'I fucked up.', output: 'Anyone who does real work makes slips like this. I can let it be a slip.' },
      },
    ],
  },
  blame: {
    specific: [
      {
        text: 'I can own my part without carrying all of it.',
        example: { input: 'Everything is my fault.', output: 'I can own my part without carrying all of it.' },
      },
    ],
    learning: [
      {
        text: 'Looking at what went wrong, not at who to blame, is how things get better.',
        example: { input: 'Everything is my fault.', output: 'Looking at what went wrong, not at who to blame, is how things get better.' },
      },
    ],
    compassion: [
      {
        text: 'I would not let a friend carry all of this alone. I do not have to either.',
        example: { input: 'Everything is my fault.', output: 'I would not let a friend carry all of this alone. I do not have to either.' },
      },
    ],
    evidence: [
      {
        text: 'Other things played a part too, and I can name them.',
        example: { input: 'Everything is my fault.', output: 'Other things played a part too, and I can name them.' },
      },
    ],
  },
  hindsight: {
    specific: [
      {
        text: 'I missed one thing. That is a slip, not a verdict on me.',
        example: { input: "I can't believe I missed that.", output: 'I missed one thing. That is a slip, not a verdict on me.' },
      },
    ],
    learning: [
      {
        text: 'Now I know to check for this, and that is worth having.',
        example: { input: 'I should have caught that typo.', output: 'Now I know to check for this, and that is worth having.' },
      },
    ],
    mastery: [
      {
        text: 'Catching it now is part of getting better.',
        example: { input: 'How could I miss that?', output: 'Catching it now is part of getting better.' },
      },
    ],
    compassion: [
      {
        text: 'I would tell a friend anyone could miss this. The same goes for me.',
        small: true,
        example: { input: 'How could I miss that?', output: 'I would tell a friend anyone could miss this. The same goes for me.' },
      },
      {
        text: 'Hindsight is clearer than the moment was. I acted on what I knew then.',
        example: { input: 'How could I miss that?', output: 'Hindsight is clearer than the moment was. I acted on what I knew then.' },
      },
    ],
    passion: [
      {
        text: 'I care about the details, which is why this stings.',
        example: { input: 'I cannot believe I forgot the attachment.', output: 'I care about the details, which is why this stings.' },
      },
    ],
    evidence: [
      {
        text: 'I catch plenty of things like this. This one got through.',
        example: {
          input: 'I cannot believe I forgot the attachment.',
          output: 'I catch plenty of things like this. This one got through.',
        },
      },
    ],
  },
  rule: {
    specific: [
      {
        text: 'I can name what this needs to do, and check for that.',
        example: { input: 'It has to be perfect before I send it.', output: 'I can name what this needs to do, and check for that.' },
      },
    ],
    learning: [
      {
        text: 'Sending it and hearing back will teach me more than another polish.',
        domains: ['work', 'study'],
        example: {
          input: 'The final report has to be perfect.',
          output: 'Sending it and hearing back will teach me more than another polish.',
        },
      },
      {
        text: 'Every slip I catch shows me what to check next time.',
        example: { input: 'Everything has to be perfect.', output: 'Every slip I catch shows me what to check next time.' },
      },
    ],
    mastery: [
      {
        text: 'For me, done and clear beats flawless and late.',
        example: { input: 'It has to be perfect before I send it.', output: 'For me, done and clear beats flawless and late.' },
      },
      {
        text: 'I am aiming for progress, and I am making it.',
        example: { input: 'Everything has to be perfect.', output: 'I am aiming for progress, and I am making it.' },
      },
    ],
    compassion: [
      {
        text: 'I would tell a friend their draft is ready to share. I can tell myself the same.',
        domains: ['work', 'study'],
        example: {
          input: 'The final report has to be perfect.',
          output: 'I would tell a friend their draft is ready to share. I can tell myself the same.',
        },
      },
      {
        text: 'I would never ask a friend to be flawless. I can give myself the same room.',
        example: {
          input: 'Everything has to be perfect.',
          output: 'I would never ask a friend to be flawless. I can give myself the same room.',
        },
      },
    ],
    passion: [
      {
        text: 'I care about how this turns out, and that care shows without it being flawless.',
        example: {
          input: 'Everything has to be perfect.',
          output: 'I care about how this turns out, and that care shows without it being flawless.',
        },
      },
      {
        text: 'I care about this work, and that care shows without it being flawless.',
        domains: ['work', 'study'],
        example: {
          input: 'The final report has to be perfect.',
          output: 'I care about this work, and that care shows without it being flawless.',
        },
      },
    ],
    evidence: [
      {
        text: 'Plenty of what I have done without perfection has turned out fine.',
        example: { input: 'Everything has to be perfect.', output: 'Plenty of what I have done without perfection has turned out fine.' },
      },
      {
        text: 'My work has been useful before without being flawless.',
        domains: ['work', 'study'],
        example: { input: 'The final report has to be perfect.', output: 'My work has been useful before without being flawless.' },
      },
      {
        text: 'I have sent good work before that had small flaws, and it was fine.',
        domains: ['work', 'study'],
        example: {
          input: 'The final report has to be perfect.',
          output: 'I have sent good work before that had small flaws, and it was fine.',
        },
      },
    ],
  },
  worth: {
    specific: [
      {
        text: 'One result will say something about one piece of work, not about my worth.',
        example: {
          input: "If I don't get the job I'm worthless.",
          output: 'One result will say something about one piece of work, not about my worth.',
          flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
        },
      },
    ],
    compassion: [
      {
        text: 'If a friend hung their worth on this, I would tell them they matter either way.',
        example: {
          input: "If I don't get the job I'm worthless.",
          output: 'If a friend hung their worth on this, I would tell them they matter either way.',
          flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
        },
      },
    ],
    passion: [
      {
        text: 'I want this because I care about it, and the caring is mine whatever happens.',
        example: {
          input: "If I don't get the job I'm worthless.",
          output: 'I want this because I care about it, and the caring is mine whatever happens.',
          flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
        },
      },
    ],
    evidence: [
      {
        text: 'I have had results I did not want before, and I found my way through.',
        example: {
          input: "If I don't get the job I'm worthless.",
          output: 'I have had results I did not want before, and I found my way through.',
          flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
        },
      },
    ],
    learning: [
      {
        text: 'Whatever happens, I will know more afterwards than I do now.',
        example: {
          input: "If I don't get the job I'm worthless.",
          output: 'Whatever happens, I will know more afterwards than I do now.',
          flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
        },
      },
    ],
  },
  discounting: {
    evidence: [
      {
        text: 'It went well, and my work was part of why.',
        example: {
          input: 'It was just luck, honestly.',
          output: 'It went well, and my work was part of why.',
          flag: { frame: 'discounting', phrase: 'It was just luck' },
        },
      },
    ],
    specific: [
      {
        text: 'Good things can be part luck and part me. Both can be true.',
        example: {
          input: 'It was just luck, honestly.',
          output: 'Good things can be part luck and part me. Both can be true.',
          flag: { frame: 'discounting', phrase: 'It was just luck' },
        },
      },
    ],
    mastery: [
      {
        text: 'I have been getting better at this, and this is what it looks like.',
        example: {
          input: 'It was just luck, honestly.',
          output: 'I have been getting better at this, and this is what it looks like.',
          flag: { frame: 'discounting', phrase: 'It was just luck' },
        },
      },
    ],
    compassion: [
      {
        text: 'If a friend did this, I would tell them to take the credit.',
        example: {
          input: 'It was just luck, honestly.',
          output: 'If a friend did this, I would tell them to take the credit.',
          flag: { frame: 'discounting', phrase: 'It was just luck' },
        },
      },
    ],
    passion: [
      {
        text: 'I enjoyed doing this, and I can let myself enjoy how it went.',
        example: {
          input: 'It was just luck, honestly.',
          output: 'I enjoyed doing this, and I can let myself enjoy how it went.',
          flag: { frame: 'discounting', phrase: 'It was just luck' },
        },
      },
    ],
    learning: [
      {
        text: 'I can notice what I did that helped, so I can do it again.',
        example: {
          input: 'It was just luck, honestly.',
          output: 'I can notice what I did that helped, so I can do it again.',
          flag: { frame: 'discounting', phrase: 'It was just luck' },
        },
      },
    ],
  },
  apology: {
    specific: [
      {
        text: 'I can own what happened without putting myself down.',
        example: { input: 'Sorry for being such a pain.', output: 'I can own what happened without putting myself down.' },
      },
    ],
    learning: [
      {
        text: 'I can learn from this without beating myself up over it.',
        example: { input: 'Apologies for my stupidity earlier.', output: 'I can learn from this without beating myself up over it.' },
      },
    ],
    mastery: [
      {
        text: 'I am getting better at this, and asking for help is part of that.',
        example: {
          input: 'Sorry for being so useless on this thread.',
          output: 'I am getting better at this, and asking for help is part of that.',
        },
      },
    ],
    compassion: [
      {
        text: 'If a colleague apologised like this, I would tell them there is no need to put themselves down.',
        example: {
          input: 'Forgive my incompetence, here is the corrected version.',
          output: 'If a colleague apologised like this, I would tell them there is no need to put themselves down.',
        },
      },
    ],
    passion: [
      {
        text: 'I care about doing this well, which is why it stings.',
        example: { input: 'Sorry for being so useless on this thread.', output: 'I care about doing this well, which is why it stings.' },
      },
    ],
    evidence: [
      {
        text: 'People have been glad to help me before, and I have helped them.',
        example: { input: 'Sorry for being such a pain.', output: 'People have been glad to help me before, and I have helped them.' },
      },
    ],
  },
  question: {
    specific: [
      {
        text: 'I have a question, and that is all it is.',
        example: { input: 'Sorry if this is a stupid question.', output: 'I have a question, and that is all it is.' },
      },
    ],
    learning: [
      {
        text: 'Asking is how I learn. It is part of the work.',
        example: { input: 'Sorry if this is a stupid question.', output: 'Asking is how I learn. It is part of the work.' },
      },
    ],
    mastery: [
      {
        text: 'I am getting better at this by asking and trying.',
        example: { input: 'Apologies for the dumb question.', output: 'I am getting better at this by asking and trying.' },
      },
    ],
    compassion: [
      {
        text: 'If a colleague asked me this, I would be glad they did.',
        example: { input: 'Apologies for the dumb question.', output: 'If a colleague asked me this, I would be glad they did.' },
      },
    ],
    passion: [
      {
        text: 'I ask because I care about getting this right.',
        example: {
          input: 'This might be a stupid question, but where is the file?',
          output: 'I ask because I care about getting this right.',
        },
      },
    ],
    evidence: [
      {
        text: 'Questions like this have saved people time before.',
        example: {
          input: 'This might be a stupid question, but where is the file?',
          output: 'Questions like this have saved people time before.',
        },
      },
    ],
  },
  demand: {
    specific: [
      {
        text: 'I can name the one or two things in {task} that must be right.',
        example: {
          input: 'There is zero room for error on this deliverable.',
          output: 'I can name the one or two things in this deliverable that must be right.',
        },
      },
      {
        text: 'I can name the one or two things that must be right.',
        example: { input: 'Mistakes are unacceptable.', output: 'I can name the one or two things that must be right.' },
      },
    ],
    learning: [
      {
        text: 'When someone flags a mistake early, the whole team learns from it.',
        example: { input: 'Mistakes are unacceptable.', output: 'When someone flags a mistake early, the whole team learns from it.' },
      },
    ],
    mastery: [
      {
        text: 'The team gets better with practice, and clear feedback helps more than pressure.',
        example: {
          input: 'No mistakes allowed.',
          output: 'The team gets better with practice, and clear feedback helps more than pressure.',
        },
      },
    ],
    compassion: [
      {
        text: 'I would want room to flag a problem early. My team does too.',
        example: { input: 'No mistakes allowed.', output: 'I would want room to flag a problem early. My team does too.' },
      },
    ],
    passion: [
      {
        text: 'I care about {task}, and I can share that care without raising the stakes.',
        example: {
          input: 'Failure is not an option on this release.',
          output: 'I care about this release, and I can share that care without raising the stakes.',
        },
      },
      {
        text: 'I care about this work, and I can share that care without raising the stakes.',
        example: {
          input: 'Mistakes will not be tolerated.',
          output: 'I care about this work, and I can share that care without raising the stakes.',
        },
      },
    ],
    evidence: [
      {
        text: 'The team has delivered good work before, with a few mistakes caught along the way.',
        example: {
          input: 'Any error is unacceptable.',
          output: 'The team has delivered good work before, with a few mistakes caught along the way.',
        },
      },
    ],
  },
  other: {
    specific: [
      {
        text: 'I can say what {task} [needs|need], plainly and kindly.',
        example: {
          input: 'You never get the numbers right.',
          output: 'I can say what the numbers need, plainly and kindly.',
          flag: { frame: 'verdict-on-other', phrase: 'You never get the numbers right', category: 'perfection-demanded' },
        },
      },
      {
        text: 'I can name what needs to change without judging the person.',
        example: {
          input: 'This is garbage.',
          output: 'I can name what needs to change without judging the person.',
          flag: { frame: 'verdict-on-other', phrase: 'This is garbage', category: 'perfection-demanded' },
        },
      },
    ],
    learning: [
      {
        text: 'Asking what got in the way will teach us both more than a verdict.',
        example: {
          input: 'This is garbage.',
          output: 'Asking what got in the way will teach us both more than a verdict.',
          flag: { frame: 'verdict-on-other', phrase: 'This is garbage', category: 'perfection-demanded' },
        },
      },
    ],
    compassion: [
      {
        text: 'I would want specific feedback, not a label. So would they.',
        example: {
          input: 'This is garbage.',
          output: 'I would want specific feedback, not a label. So would they.',
          flag: { frame: 'verdict-on-other', phrase: 'This is garbage', category: 'perfection-demanded' },
        },
      },
    ],
    evidence: [
      {
        text: 'They have done good work before, and I can name some of it.',
        example: {
          input: 'This is garbage.',
          output: 'They have done good work before, and I can name some of it.',
          flag: { frame: 'verdict-on-other', phrase: 'This is garbage', category: 'perfection-demanded' },
        },
      },
    ],
    mastery: [
      {
        text: 'People improve with clear feedback and a bit of time.',
        example: {
          input: 'This is garbage.',
          output: 'People improve with clear feedback and a bit of time.',
          flag: { frame: 'verdict-on-other', phrase: 'This is garbage', category: 'perfection-demanded' },
        },
      },
    ],
    passion: [
      {
        text: 'I care about this work, and I can share that care without the sting.',
        example: {
          input: 'This is garbage.',
          output: 'I care about this work, and I can share that care without the sting.',
          flag: { frame: 'verdict-on-other', phrase: 'This is garbage', category: 'perfection-demanded' },
        },
      },
    ],
  },
  general: {
    compassion: [
      {
        text: 'I can talk to myself the way I would talk to a friend.',
        example: {
          input: 'Thanks for the notes, I will update the deck tonight.',
          output: 'I can talk to myself the way I would talk to a friend.',
        },
      },
    ],
    evidence: [
      {
        text: 'I can name one thing that went well today.',
        example: { input: 'Thanks for the notes, I will update the deck tonight.', output: 'I can name one thing that went well today.' },
      },
    ],
    passion: [
      {
        text: 'There is a part of this I enjoy, and I can notice it today.',
        example: {
          input: 'Thanks for the notes, I will update the deck tonight.',
          output: 'There is a part of this I enjoy, and I can notice it today.',
        },
      },
    ],
    specific: [
      {
        text: 'When something goes wrong, I can name what happened without naming myself.',
        example: {
          input: 'Thanks for the notes, I will update the deck tonight.',
          output: 'When something goes wrong, I can name what happened without naming myself.',
        },
      },
    ],
    learning: [
      {
        text: 'Whatever comes back on this, I can ask what it taught me.',
        example: {
          input: 'Thanks for the notes, I will update the deck tonight.',
          output: 'Whatever comes back on this, I can ask what it taught me.',
        },
      },
    ],
    mastery: [
      {
        text: 'I am getting better at this, one step at a time.',
        example: {
          input: 'Thanks for the notes, I will update the deck tonight.',
          output: 'I am getting better at this, one step at a time.',
        },
      },
    ],
  },
};
