/**
 * Rumbles for the gist of a thought that names no topic: what it turns into a rule (forgetting,
 * speaking, finishing, breaking, trying, learning), the label it uses, or, when nothing was flagged,
 * the heaviness it carries (behind, heavy, ashamed).
 */
import type { RumbleTable } from './table';

export const HOOK_RUMBLES: RumbleTable = {
  specific: [
    {
      text: 'I forgot one thing. Slips like that come with having a lot on.',
      when: 'past',
      hooks: ['forgetting'],
      example: { input: 'I always forget something critical.', output: 'I forgot one thing. Slips like that come with having a lot on.' },
    },
    {
      text: 'One thing I said came out wrong. The rest of the conversation still happened.',
      when: 'past',
      hooks: ['speaking'],
      example: {
        input: 'I always say the wrong thing in meetings.',
        output: 'One thing I said came out wrong. The rest of the conversation still happened.',
      },
    },
    {
      text: 'Some things are taking me longer than I planned. That is about time, not about me.',
      hooks: ['finishing'],
      example: {
        input: 'I never finish anything on time.',
        output: 'Some things are taking me longer than I planned. That is about time, not about me.',
      },
    },
    {
      text: 'Something went wrong this time, and it can be named and fixed.',
      when: 'past',
      hooks: ['breaking'],
      example: { input: 'Everything I touch falls apart.', output: 'Something went wrong this time, and it can be named and fixed.' },
    },
    {
      text: 'This attempt did not work. It is one attempt, not every attempt.',
      when: 'past',
      hooks: ['trying'],
      example: { input: 'I always fail.', output: 'This attempt did not work. It is one attempt, not every attempt.' },
    },
    {
      text: 'I am still learning this, and learning is slow at the start.',
      hooks: ['learning'],
      example: { input: 'I never learn.', output: 'I am still learning this, and learning is slow at the start.' },
    },
    {
      text: 'I made a mistake. That is something I did, not who I am.',
      when: 'past',
      hooks: ['mistake-label'],
      example: { input: "I'm such an idiot, I forgot the attachment.", output: 'I made a mistake. That is something I did, not who I am.' },
    },
    {
      text: 'Something did not work out. That is an event, not the whole of me.',
      hooks: ['outcome-label'],
      example: { input: "I'm a failure.", output: 'Something did not work out. That is an event, not the whole of me.' },
    },
    {
      text: 'I am having a hard time, and that is not the same as being worth less.',
      hooks: ['worth-label'],
      example: { input: 'I am worthless.', output: 'I am having a hard time, and that is not the same as being worth less.' },
    },
    {
      text: 'I am still learning here, and learning is not the same as pretending.',
      hooks: ['impostor'],
      example: {
        input: "I'm a fraud and sooner or later they'll figure it out.",
        output: 'I am still learning here, and learning is not the same as pretending.',
      },
    },
    {
      text: 'Asking for help is part of being with people, not a weight on them.',
      hooks: ['burden'],
      example: {
        input: 'I feel like such a burden to everyone.',
        output: 'Asking for help is part of being with people, not a weight on them.',
      },
    },
    {
      text: 'I am on my own timeline, and a life is not a race.',
      hooks: ['behind'],
      example: {
        input: 'Everyone my age has their life figured out except me.',
        output: 'I am on my own timeline, and a life is not a race.',
      },
    },
    {
      text: 'This is a heavy day, and heavy days do pass.',
      hooks: ['heavy'],
      example: { input: 'I feel so sad and heavy today.', output: 'This is a heavy day, and heavy days do pass.' },
    },
    {
      text: 'I feel ashamed, and a feeling is not a judgement on who I am.',
      hooks: ['ashamed'],
      example: { input: 'I still feel ashamed about last night.', output: 'I feel ashamed, and a feeling is not a judgement on who I am.' },
    },
  ],
  learning: [
    {
      text: 'A reminder or a checklist can hold what my memory drops.',
      hooks: ['forgetting'],
      example: { input: 'I always forget something critical.', output: 'A reminder or a checklist can hold what my memory drops.' },
    },
    {
      text: 'Next time I can pause before I answer, and that is enough.',
      hooks: ['speaking'],
      example: { input: 'I always say the wrong thing in meetings.', output: 'Next time I can pause before I answer, and that is enough.' },
    },
    {
      text: 'I can pick one small thing and finish that today.',
      hooks: ['finishing'],
      example: { input: 'I never finish anything on time.', output: 'I can pick one small thing and finish that today.' },
    },
    {
      text: 'I can find what broke this time and check for it next time.',
      when: 'past',
      hooks: ['breaking'],
      example: { input: 'Everything I touch falls apart.', output: 'I can find what broke this time and check for it next time.' },
    },
    {
      text: 'I can ask one question today that gets me unstuck.',
      hooks: ['learning'],
      example: { input: 'I never learn.', output: 'I can ask one question today that gets me unstuck.' },
    },
    {
      text: 'I can notice what happened and fix the next step.',
      when: 'past',
      hooks: ['mistake-label'],
      example: { input: "I'm such an idiot, I forgot the attachment.", output: 'I can notice what happened and fix the next step.' },
    },
    {
      text: 'I can ask what one small thing would help right now.',
      hooks: ['heavy', 'behind'],
      example: { input: 'I feel so sad and heavy today.', output: 'I can ask what one small thing would help right now.' },
    },
    {
      text: 'I can name what happened, and what I would like to do next.',
      hooks: ['ashamed'],
      example: { input: 'I still feel ashamed about last night.', output: 'I can name what happened, and what I would like to do next.' },
    },
  ],
  mastery: [
    {
      text: 'Done in small steps still counts as done.',
      hooks: ['finishing'],
      example: { input: 'I never finish anything on time.', output: 'Done in small steps still counts as done.' },
    },
    {
      text: 'Trying again is how I get better, and I am still trying.',
      hooks: ['trying'],
      example: { input: 'I always fail.', output: 'Trying again is how I get better, and I am still trying.' },
    },
    {
      text: 'I understand more of this than I did a month ago.',
      hooks: ['learning'],
      example: { input: 'I never learn.', output: 'I understand more of this than I did a month ago.' },
    },
    {
      text: 'Progress is often slow and uneven, and I am still making it.',
      hooks: ['outcome-label'],
      example: { input: "I'm a failure.", output: 'Progress is often slow and uneven, and I am still making it.' },
    },
    {
      text: 'I know more than I did when I started, and I can name some of it.',
      hooks: ['impostor'],
      example: {
        input: "I'm a fraud and sooner or later they'll figure it out.",
        output: 'I know more than I did when I started, and I can name some of it.',
      },
    },
  ],
  compassion: [
    {
      text: 'I would tell a friend who forgot something that a reminder fixes most of it.',
      hooks: ['forgetting'],
      example: {
        input: 'I always forget something critical.',
        output: 'I would tell a friend who forgot something that a reminder fixes most of it.',
      },
    },
    {
      text: 'If a friend worried about something they said, I would tell them people forget it fast.',
      hooks: ['speaking'],
      example: {
        input: 'I always say the wrong thing in meetings.',
        output: 'If a friend worried about something they said, I would tell them people forget it fast.',
      },
    },
    {
      text: 'I would tell a friend that one thing going wrong does not make everything go wrong.',
      hooks: ['breaking'],
      example: {
        input: 'Everything I touch falls apart.',
        output: 'I would tell a friend that one thing going wrong does not make everything go wrong.',
      },
    },
    {
      text: 'I would not call a friend names for a slip like this. I can give myself the same courtesy.',
      hooks: ['mistake-label'],
      example: {
        input: "I'm such an idiot, I forgot the attachment.",
        output: 'I would not call a friend names for a slip like this. I can give myself the same courtesy.',
      },
    },
    {
      text: 'I would tell a friend that one bad stretch does not sum them up.',
      hooks: ['outcome-label'],
      example: { input: "I'm a failure.", output: 'I would tell a friend that one bad stretch does not sum them up.' },
    },
    {
      text: 'I would never speak to a friend this way. I deserve the same care.',
      hooks: ['worth-label'],
      example: { input: 'I am worthless.', output: 'I would never speak to a friend this way. I deserve the same care.' },
    },
    {
      text: 'I would tell a friend that feeling new is not the same as not belonging.',
      hooks: ['impostor'],
      example: {
        input: "I'm a fraud and sooner or later they'll figure it out.",
        output: 'I would tell a friend that feeling new is not the same as not belonging.',
      },
    },
    {
      text: 'When a friend leans on me, I am glad to help. Others can feel that way about me.',
      hooks: ['burden'],
      example: {
        input: 'I feel like such a burden to everyone.',
        output: 'When a friend leans on me, I am glad to help. Others can feel that way about me.',
      },
    },
    {
      text: 'If a friend said they felt behind, I would tell them there is no single schedule for a life.',
      hooks: ['behind'],
      example: {
        input: 'Everyone my age has their life figured out except me.',
        output: 'If a friend said they felt behind, I would tell them there is no single schedule for a life.',
      },
    },
    {
      text: 'I can be as gentle with myself today as I would be with a friend who felt this way.',
      hooks: ['heavy'],
      example: {
        input: 'I feel so sad and heavy today.',
        output: 'I can be as gentle with myself today as I would be with a friend who felt this way.',
      },
    },
    {
      text: 'If a friend felt this ashamed, I would remind them they are more than one moment.',
      hooks: ['ashamed'],
      example: {
        input: 'I still feel ashamed about last night.',
        output: 'If a friend felt this ashamed, I would remind them they are more than one moment.',
      },
    },
  ],
  passion: [
    {
      text: 'I keep trying because this matters to me.',
      hooks: ['trying'],
      example: { input: 'I always fail.', output: 'I keep trying because this matters to me.' },
    },
    {
      text: 'Some things still matter to me, and that caring is part of me.',
      hooks: ['worth-label'],
      example: { input: 'I am worthless.', output: 'Some things still matter to me, and that caring is part of me.' },
    },
    {
      text: 'I care about the people I lean on, and I can thank them instead of apologising.',
      hooks: ['burden'],
      example: {
        input: 'I feel like such a burden to everyone.',
        output: 'I care about the people I lean on, and I can thank them instead of apologising.',
      },
    },
    {
      text: 'This stings because I care about how I treat people, and that care is worth keeping.',
      hooks: ['ashamed'],
      example: {
        input: 'I still feel ashamed about last night.',
        output: 'This stings because I care about how I treat people, and that care is worth keeping.',
      },
    },
    {
      text: 'I can notice one thing I care about and take one small step toward it.',
      hooks: ['behind', 'heavy'],
      example: {
        input: 'Everyone my age has their life figured out except me.',
        output: 'I can notice one thing I care about and take one small step toward it.',
      },
    },
  ],
  evidence: [
    {
      text: 'I remember plenty every day without noticing it.',
      hooks: ['forgetting'],
      example: { input: 'I always forget something critical.', output: 'I remember plenty every day without noticing it.' },
    },
    {
      text: 'I have said plenty of things that landed well.',
      hooks: ['speaking'],
      example: { input: 'I always say the wrong thing in meetings.', output: 'I have said plenty of things that landed well.' },
    },
    {
      text: 'I have finished things before, and I can name one.',
      hooks: ['finishing'],
      example: { input: 'I never finish anything on time.', output: 'I have finished things before, and I can name one.' },
    },
    {
      text: 'Plenty of what I touch works fine. This one did not.',
      when: 'past',
      hooks: ['breaking'],
      example: { input: 'Everything I touch falls apart.', output: 'Plenty of what I touch works fine. This one did not.' },
    },
    {
      text: 'Some of my tries have worked, and I can name one.',
      hooks: ['trying'],
      example: { input: 'I always fail.', output: 'Some of my tries have worked, and I can name one.' },
    },
    {
      text: 'I get a lot right on an ordinary day, and that still counts.',
      hooks: ['mistake-label'],
      example: {
        input: "I'm such an idiot, I forgot the attachment.",
        output: 'I get a lot right on an ordinary day, and that still counts.',
      },
    },
    {
      text: 'I can name three things I have done well this year.',
      hooks: ['outcome-label'],
      example: { input: "I'm a failure.", output: 'I can name three things I have done well this year.' },
    },
    {
      text: 'I can name one thing I did today that helped someone, even a little.',
      hooks: ['worth-label'],
      example: { input: 'I am worthless.', output: 'I can name one thing I did today that helped someone, even a little.' },
    },
    {
      text: 'I was chosen for this for reasons that are still true.',
      hooks: ['impostor'],
      example: {
        input: "I'm a fraud and sooner or later they'll figure it out.",
        output: 'I was chosen for this for reasons that are still true.',
      },
    },
    {
      text: 'I have helped other people plenty, and they were glad of it.',
      hooks: ['burden'],
      example: { input: 'I feel like such a burden to everyone.', output: 'I have helped other people plenty, and they were glad of it.' },
    },
    {
      text: 'I can name one thing from the last year that I am glad I did.',
      hooks: ['behind'],
      example: {
        input: 'Everyone my age has their life figured out except me.',
        output: 'I can name one thing from the last year that I am glad I did.',
      },
    },
    {
      text: 'I have got through heavy days before.',
      hooks: ['heavy'],
      example: { input: 'I feel so sad and heavy today.', output: 'I have got through heavy days before.' },
    },
    {
      text: 'I have done things I am proud of too.',
      hooks: ['ashamed'],
      example: { input: 'I still feel ashamed about last night.', output: 'I have done things I am proud of too.' },
    },
  ],
};
