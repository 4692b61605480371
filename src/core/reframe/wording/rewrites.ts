/**
 * The pieces rewrites are built from. A rewrite replaces the self-talk in the writer's sentence and keeps
 * everything else, so most pieces are short clauses; `example.output` is the whole rewritten sentence.
 * Fit to send in an email: plain, factual, no therapy language.
 *
 * Written with contractions and a straight apostrophe; the reframer expands them ("I'm" → "I am") when the
 * writer does not contract, and switches to ’ when the writer uses it. Plain slots take the writer's own
 * words: {object} (what follows in their sentence, moved into the piece), {verb}, {have} ("'ve" or "'d" for
 * a perfect tense), {who}, {sorry} (their own apology word), {was} ("wasn't" or "isn't", following their
 * tense), {prep} and {here}. A slot named in `slots` is typed: its filler is checked before use.
 */
import type { RewriteWording } from './types';

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
    slots: { object: 'np' },
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
    slots: { object: 'np' },
    text: "I want {object} to go well, and I'll prepare for it",
    example: { input: "I'll ruin the presentation.", output: "I want the presentation to go well, and I'll prepare for it." },
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
    slots: { object: 'np' },
    text: 'I know {object} {was} what {who} hoped for',
    example: { input: 'I let everyone down with the offsite plan.', output: "I know the offsite plan wasn't what everyone hoped for." },
  },
  'sorry-i': {
    text: 'Sorry I',
    example: { input: 'careless of me to forget your birthday', output: 'sorry I forgot your birthday' },
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
  'feel-bad-that': {
    text: 'I feel bad',
    example: { input: "I'm so ashamed I forgot her birthday.", output: 'I feel bad I forgot her birthday.' },
  },
  'felt-bad-that': {
    text: 'I felt bad',
    example: { input: 'I was so embarrassed that I forgot her name.', output: 'I felt bad that I forgot her name.' },
  },
  'feel-bad': {
    text: 'I feel bad about this',
    example: { input: 'I feel so stupid.', output: 'I feel bad about this.' },
  },
  'finding-feet': {
    text: "I'm still finding my feet here",
    example: { input: "I'm a fraud and sooner or later they'll figure it out.", output: "I'm still finding my feet here." },
  },
  'finding-feet-learn': {
    text: "I'm still finding my feet here, and I'll keep learning",
    example: {
      input: "Sooner or later they'll see right through me.",
      output: "I'm still finding my feet here, and I'll keep learning.",
      flag: { frame: 'discounting', phrase: 'see right through me' },
    },
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
    slots: { object: 'role' },
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
    slots: { verb: 'verb' },
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
  'still-getting-better-at': {
    text: "I'm still getting better at",
    example: { input: 'I should be better at this by now.', output: "I'm still getting better at this." },
  },
  'on-my-way': {
    text: "I'm still on my way",
    example: { input: 'I should be so much further along by now.', output: "I'm still on my way." },
  },
  'matters-to-me': {
    text: 'matters a lot to me',
    example: {
      input: 'My whole worth depends on this review.',
      output: 'This review matters a lot to me.',
      flag: { frame: 'conditional-worth', phrase: 'My whole worth depends on' },
    },
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
    slots: { object: 'np' },
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
    slots: { object: 'act' },
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
  'aim-solid': {
    text: "I'm aiming for solid, not flawless",
    example: { input: 'Anything less than perfect is a failure.', output: "I'm aiming for solid, not flawless." },
  },
  fixable: {
    text: '{Object} can be fixed',
    example: { input: 'One typo and I feel like the whole report is worthless.', output: 'One typo in the report can be fixed.' },
  },
  'looking-back': {
    text: "Looking back, I wouldn't {verb} again",
    example: {
      input: 'I should have known better than to promise that date.',
      output: "Looking back, I wouldn't promise that date again.",
    },
  },
  'wish-had': {
    text: 'I wish I had',
    example: { input: 'I should have tried harder.', output: 'I wish I had tried harder.' },
  },
  'wish-hadnt': {
    text: "I wish I hadn't",
    example: { input: "I shouldn't have said that.", output: "I wish I hadn't said that." },
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
    slots: { object: 'np' },
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
    slots: { object: 'np' },
    text: '{Object} matters, so please flag problems early',
    example: { input: 'Failure is not an option on this release.', output: 'This release matters, so please flag problems early.' },
  },
  'matters-none': {
    text: 'This matters, so please flag problems early',
    example: { input: 'Failure is not an option.', output: 'This matters, so please flag problems early.' },
  },

  'what-helps-me': {
    text: 'What would help me',
    example: {
      input: "Why can't I ever finish anything?",
      output: 'What would help me finish things?',
      flag: { frame: 'self-contempt', phrase: "Why can't I ever finish anything" },
    },
  },
  'sometimes-do': {
    slots: { verb: 'verb' },
    text: 'I sometimes {verb}',
    example: { input: "I'm always the one who breaks the build.", output: 'I sometimes break the build.' },
  },
  'not-every-plan': {
    text: 'Not every {object} goes to plan',
    example: { input: 'Every project I lead turns into a mess.', output: 'Not every project I lead goes to plan.' },
  },
  'found-hard': {
    text: 'I found it hard to',
    example: {
      input: "I couldn't even finish the draft on time.",
      output: 'I found it hard to finish the draft on time.',
      flag: { frame: 'inability', phrase: "I couldn't even finish" },
    },
  },
  'if-slips': {
    text: "if something slips I'll learn from it",
    example: {
      input: "If I'm not perfect at this job I'm a failure.",
      output: "I want to do well at this job, and if something slips I'll learn from it.",
      flag: { frame: 'conditional-worth', phrase: "I'm a failure" },
    },
  },
  'not-great': {
    text: "I don't feel great",
    example: {
      input: 'I feel disgusting after eating all that cake.',
      output: "I don't feel great after eating all that cake.",
      flag: { frame: 'feeling-verdict', phrase: 'I feel disgusting' },
    },
  },
  'not-great-past': {
    text: "I didn't feel great",
    example: {
      input: 'I felt pathetic after the call with the bank.',
      output: "I didn't feel great after the call with the bank.",
      flag: { frame: 'feeling-verdict', phrase: 'I felt pathetic' },
    },
  },
  'not-good-about': {
    text: "I'm not feeling good about {object}",
    example: {
      input: 'My body is so gross, I hate myself for letting it get like this.',
      output: "I'm not feeling good about my body, I regret letting it get like this.",
      flag: { frame: 'label', phrase: 'My body is so gross' },
    },
  },
  'didnt-help': {
    slots: { act: 'act', object: 'np' },
    text: "{Act} didn't help {object}",
    example: { input: 'I ruined the whole evening by bringing up work.', output: "Bringing up work didn't help the evening." },
  },
  'leaning-on': {
    slots: { object: 'person' },
    text: "I'm leaning on {object} a lot",
    example: { input: "I'm such a burden on my family right now.", output: "I'm leaning on my family a lot right now." },
  },
  'finding-this-hard': {
    text: "I'm finding this hard",
    example: {
      input: "I know I should be proud of how far I've come but I just feel stupid.",
      output: "I know I should be proud of how far I've come but I'm finding this hard.",
    },
  },
  'not-gone-hoped': {
    text: "Some things haven't gone the way I hoped",
    example: { input: 'I always ruin everything.', output: "Some things haven't gone the way I hoped." },
  },
  'worried-prepare': {
    slots: { object: 'np' },
    text: "I'm nervous about {object}, and I'll prepare as well as I can",
    example: {
      input: "I just know I'm going to fail my thesis defence.",
      output: "I'm nervous about my thesis defence, and I'll prepare as well as I can.",
      flag: { frame: 'inability', phrase: "I'm going to fail" },
    },
  },
  'want-approval': {
    text: "I want {object} approval, and it's hard to feel I have it",
    example: {
      input: 'Nothing I do is ever good enough for my dad.',
      output: "I want my dad's approval, and it's hard to feel I have it.",
    },
  },
  'building-habit': {
    text: "I'm still building the habit",
    example: {
      input: 'I skipped the gym again. I have no discipline.',
      output: 'I skipped the gym again. I am still building the habit.',
      flag: { frame: 'not-enough', phrase: 'I have no discipline' },
    },
  },
  // ── a condition stays a condition, a worry about the future stays about the future ──
  'want-solid-if': {
    slots: { object: 'np' },
    text: "I want {object} to be solid, and if something slips I'll learn from it",
    example: {
      input: "If this release isn't flawless I'll never forgive myself.",
      output: "I want this release to be solid, and if something slips I'll learn from it.",
    },
  },
  'want-solid-if-none': {
    text: "I want this to be solid, and if something slips I'll fix it",
    example: {
      input: "If there's a single typo in this I'll never forgive myself.",
      output: "I want this to be solid, and if something slips I'll fix it.",
    },
  },
  'then-disappointed': {
    text: "I'll be disappointed, and I'll learn from it",
    example: {
      input: "If I don't get an A on this exam I'm worthless.",
      output: "If I don't get an A on this exam, I'll be disappointed, and I'll learn from it.",
      flag: { frame: 'conditional-worth', phrase: "I'm worthless" },
    },
  },
  'keep-working': {
    slots: { object: 'act' },
    text: "I'll keep working on {object}",
    example: { input: "I'll never get this right.", output: "I'll keep working on getting this right." },
  },
  'keep-getting-better': {
    text: "I'll keep getting better {prep}",
    example: { input: "I'll never be good enough at this.", output: "I'll keep getting better at this." },
  },
  'finding-hard': {
    text: "I'm finding it hard to",
    example: {
      input: "I can't even write a simple email today.",
      output: "I'm finding it hard to write a simple email today.",
      flag: { frame: 'inability', phrase: "I can't even write" },
    },
  },
  'learning-from': {
    slots: { object: 'np' },
    text: "I'm learning from {object}",
    example: {
      input: "I'm useless at on-call and I should never have been trusted with the migration.",
      output: "I'm still getting better at on-call and I'm learning from the migration.",
      flag: { frame: 'not-enough', phrase: 'I should never have been trusted' },
    },
  },
  // ── the good, taken as it is ──
  'went-well': {
    text: 'It went well',
    example: {
      input: 'It was just luck, honestly.',
      output: 'It went well, honestly.',
      flag: { frame: 'discounting', phrase: 'It was just luck' },
    },
  },
  'grateful-for': {
    text: "I'm grateful for",
    example: {
      input: "I don't deserve the praise from the team.",
      output: "I'm grateful for the praise from the team.",
      flag: { frame: 'discounting', phrase: "I don't deserve" },
    },
  },
  'glad-went-well': {
    text: "I'm glad it went well",
    example: { input: 'It was luck, not me.', output: "I'm glad it went well.", flag: { frame: 'discounting', phrase: 'luck, not me' } },
  },
  'got-it-done': {
    text: 'I got it done',
    example: {
      input: 'Anyone could have done it.',
      output: 'I got it done.',
      flag: { frame: 'discounting', phrase: 'Anyone could have done it' },
    },
  },
  // ── a verdict on someone else, turned into what needs to change ──
  'look-together': {
    slots: { object: 'np' },
    text: 'Can we look at {object} together',
    example: {
      input: 'You never get the numbers right.',
      output: 'Can we look at the numbers together?',
      flag: { frame: 'verdict-on-other', phrase: 'You never get the numbers right', category: 'perfection-demanded' },
    },
  },
  'needs-look': {
    text: 'needs another look',
    example: { input: 'My code is garbage, sorry.', output: 'My code needs another look, sorry.' },
  },
  'need-look': {
    text: 'need another look',
    example: {
      input: 'my review comments are probably stupid, ignore me if so',
      output: 'my review comments probably need another look, ignore me if so',
    },
  },
  'another-pass': {
    text: 'This needs another pass',
    example: {
      input: 'This is garbage.',
      output: 'This needs another pass.',
      flag: { frame: 'verdict-on-other', phrase: 'This is garbage', category: 'perfection-demanded' },
    },
  },
} satisfies Record<string, RewriteWording>;

export type RewriteId = keyof typeof REWRITES;
