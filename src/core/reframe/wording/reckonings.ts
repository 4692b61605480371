/**
 * Reckoning: one or two kind sentences that name the story and the trap. Never a diagnosis. Entries
 * with typed slots ({task}, {person}, {role}, {place}, {event}) are used when the writer named one;
 * the others always fit.
 */
import type { RumbleWording, Story } from './types';

export const RECKONINGS: Record<Story, readonly RumbleWording[]> = {
  verdict: [
    {
      text: 'That turns {skill} into a verdict on you. It is a skill, and skills grow.',
      example: {
        input: "I'm useless at estimating these tickets. Could we pair on the next one?",
        output: 'That turns estimating these tickets into a verdict on you. It is a skill, and skills grow.',
      },
    },
    {
      text: 'That sounds like a verdict on you, not on {task}.',
      example: { input: 'I really sucked at the demo today.', output: 'That sounds like a verdict on you, not on the demo.' },
    },
    {
      text: 'That judges the whole of you as {role} by one hard stretch.',
      example: { input: "I'm a total failure as a mother.", output: 'That judges the whole of you as a mother by one hard stretch.' },
    },
    {
      text: 'That measures all of you by one relationship. Caring this much about {person} says something good about you.',
      example: {
        input: "I'm a disappointment to my parents.",
        output: 'That measures all of you by one relationship. Caring this much about your parents says something good about you.',
      },
    },
    {
      text: 'That sounds like a verdict on you, not on what happened.',
      example: { input: 'I feel like a complete failure this week.', output: 'That sounds like a verdict on you, not on what happened.' },
    },
    {
      text: 'That puts a label on all of you because of one moment.',
      example: { input: 'I feel like a complete failure this week.', output: 'That puts a label on all of you because of one moment.' },
    },
  ],
  contempt: [
    {
      text: 'That is a lot of pain aimed at yourself. It shows how much this hurts, not who you are.',
      example: {
        input: "I'm ashamed of who I am.",
        output: 'That is a lot of pain aimed at yourself. It shows how much this hurts, not who you are.',
      },
    },
    {
      text: 'That turns a hard moment against all of you. The moment is real; the verdict is not.',
      example: {
        input: "What's wrong with me?",
        output: 'That turns a hard moment against all of you. The moment is real; the verdict is not.',
      },
    },
  ],
  'not-enough': [
    {
      text: 'That story says you do not belong in {place}. Being new to something is not the same as not belonging.',
      example: {
        input: "I'm not good enough for this role.",
        output: 'That story says you do not belong in this role. Being new to something is not the same as not belonging.',
      },
    },
    {
      text: 'That story measures all of you against one bar. Still learning is where everyone starts.',
      example: {
        input: 'I am just not good enough.',
        output: 'That story measures all of you against one bar. Still learning is where everyone starts.',
      },
    },
  ],
  always: [
    {
      text: 'That decides how {event} will go before it has happened. It is still open.',
      when: 'future',
      example: {
        input: "I'm going to bomb the interview tomorrow.",
        output: 'That decides how the interview will go before it has happened. It is still open.',
        flag: { frame: 'inability', phrase: "I'm going to bomb" },
      },
    },
    {
      text: 'That decides how it will go before it has happened. It is still open.',
      when: 'future',
      example: {
        input: "I'll never get this right.",
        output: 'That decides how it will go before it has happened. It is still open.',
      },
    },
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
  slip: [
    {
      text: 'That story turns {task} into a judgement on you. Something went wrong; it can be named and fixed.',
      example: {
        input: 'I screwed up the report.',
        output: 'That story turns the report into a judgement on you. Something went wrong; it can be named and fixed.',
      },
    },
    {
      text: 'That story makes one mistake sound like the whole of you. Something went wrong; it can be named and fixed.',
      example: {
        input: 'I fucked up.',
        output: 'That story makes one mistake sound like the whole of you. Something went wrong; it can be named and fixed.',
      },
    },
  ],
  blame: [
    {
      text: 'That takes the blame for {event} before it has even happened. It is still open.',
      when: 'future',
      example: {
        input: "I'll ruin the presentation on Monday.",
        output: 'That takes the blame for the presentation before it has even happened. It is still open.',
      },
    },
    {
      text: 'You clearly care about {person}. You can own your part without carrying all of it.',
      example: {
        input: "It's all my fault that the customers lost a day of data.",
        output: 'You clearly care about the customers. You can own your part without carrying all of it.',
      },
    },
    {
      text: 'That puts all of {task} on you. You can own your part without owning all of it.',
      example: {
        input: 'I ruined the whole launch.',
        output: 'That puts all of the launch on you. You can own your part without owning all of it.',
      },
    },
    {
      text: 'That carries more blame than one moment needs. You can own your part without owning all of it.',
      example: {
        input: 'Everything is my fault.',
        output: 'That carries more blame than one moment needs. You can own your part without owning all of it.',
      },
    },
  ],
  hindsight: [
    {
      text: 'Hindsight makes it look obvious. You acted on what you knew then.',
      example: {
        input: 'I should have known better than to promise that date.',
        output: 'Hindsight makes it look obvious. You acted on what you knew then.',
      },
    },
    {
      text: 'Everyone misses things. Noticing it now is what counts.',
      example: { input: 'I cannot believe I forgot the attachment.', output: 'Everyone misses things. Noticing it now is what counts.' },
    },
  ],
  rule: [
    {
      text: 'That sets the bar for {task} at flawless. Ready is a fair place to stop.',
      example: {
        input: 'My mother-in-law is coming this weekend and the house has to be perfect.',
        output: 'That sets the bar for the house at flawless. Ready is a fair place to stop.',
      },
    },
    {
      text: 'That sets the bar for {work} at flawless. Clear and done will serve the reader better.',
      example: {
        input: 'The final report has to be perfect.',
        output: 'That sets the bar for the final report at flawless. Clear and done will serve the reader better.',
      },
    },
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
  worth: [
    {
      text: 'That hangs your worth on {event}. It matters, and you matter however it goes.',
      example: {
        input: "If I don't get an A on this exam I'm worthless.",
        output: 'That hangs your worth on this exam. It matters, and you matter however it goes.',
        flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
      },
    },
    {
      text: 'That hangs your worth on one outcome. The outcome matters, and you matter either way.',
      example: {
        input: "If I don't get the job I'm worthless.",
        output: 'That hangs your worth on one outcome. The outcome matters, and you matter either way.',
        flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
      },
    },
  ],
  discounting: [
    {
      text: 'That explains the good away. It went well, and you were part of why.',
      example: {
        input: 'It was just luck, honestly.',
        output: 'That explains the good away. It went well, and you were part of why.',
        flag: { frame: 'discounting', phrase: 'It was just luck' },
      },
    },
  ],
  apology: [
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
  question: [
    {
      text: 'That frames a question as a fault. Asking is how good work gets done.',
      example: {
        input: 'Sorry if this is a stupid question.',
        output: 'That frames a question as a fault. Asking is how good work gets done.',
      },
    },
  ],
  demand: [
    {
      text: 'That sets a zero-mistake bar for {task}. Under it, people tend to hide problems rather than flag them early.',
      example: {
        input: 'Any mistake on this report is unacceptable.',
        output: 'That sets a zero-mistake bar for this report. Under it, people tend to hide problems rather than flag them early.',
      },
    },
    {
      text: 'That sets a zero-mistake bar. Under it, people tend to hide problems rather than flag them early.',
      example: {
        input: 'Mistakes are unacceptable.',
        output: 'That sets a zero-mistake bar. Under it, people tend to hide problems rather than flag them early.',
      },
    },
  ],
  other: [
    {
      text: 'That is a verdict on the person, not on the work. Naming what needs to change will help more.',
      example: {
        input: 'This is garbage.',
        output: 'That is a verdict on the person, not on the work. Naming what needs to change will help more.',
        flag: { frame: 'verdict-on-other', phrase: 'This is garbage', category: 'perfection-demanded' },
      },
    },
  ],
};
