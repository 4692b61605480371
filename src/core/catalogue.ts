import type { Rule } from './types';

/*
 * The phrase catalogue: data, not code. Each rule names one familiar story people tell about
 * themselves, with compromise match patterns, the words that let a sentence reach the parser,
 * and examples that must hit and near-misses that must not (test/core/catalogue.test.ts runs them all).
 *
 * Pattern notes (compromise match syntax):
 *  - `i am` also matches "I'm", "Im", "im", "I’m"; `{screw}` matches every inflection of the root.
 *  - Patterns stay tight around the first person, so "he screwed up" and "this vacuum sucks" never match,
 *    and a `not` between the subject and the verdict breaks the match ("I'm not an idiot").
 *  - Shared fragments below keep the intensifiers and verdict words consistent between rules.
 */

/** Intensifiers and articles that may sit between "I am" and the verdict: "such a complete", "really so". */
const INTENSE = '(so|such|really|totally|truly|completely|utterly|absolutely|just|literally|basically|officially|clearly|obviously|honestly|seriously|a|an|the|complete|total|utter|absolute|real|huge|massive|big|fucking|freaking|bloody|damn|kind|sort|of|an|always|still|again|being){0,4}';
/** Adverbs that may sit between "I" and a verb: "I really screwed up", "I've totally messed up". */
const ADVERBS = '(have|had|just|really|totally|completely|royally|seriously|majorly|truly|absolutely|kind|sort|of|again|already|so|probably|definitely|clearly|obviously|basically|honestly|literally|officially|pretty|much|somehow|also|both){0,3}';

/** Nouns that label the whole self. */
const LABEL_NOUNS = '(idiot|moron|failure|loser|fraud|impostor|imposter|screwup|disaster|disappointment|embarrassment|joke|fool|imbecile|dummy|dumbass|clown|burden|mess|nobody|fuckup|dunce|klutz|wreck)';
/** Adjectives that pass a verdict on the whole self. */
const LABEL_ADJECTIVES = '(stupid|dumb|useless|worthless|pathetic|hopeless|incompetent|terrible|awful|horrible|hopeless|inadequate|unlovable|unworthy|broken|defective|idiotic|dense|thick|clueless|inept|rubbish|garbage|trash|lame)';

/** Every form of the "mess up" family, spelled out: compromise's {root} syntax does not work inside ( | ) groups. */
/** Words that turn one event into a rule about oneself: "I always", "I keep". */
const ALWAYS = '(always|constantly|continually|invariably|forever|keep|kept)';
const screwVerbs = '(screw|screws|screwed|screwing|mess|messes|messed|messing|fuck|fucks|fucked|fucking|muck|mucks|mucked|mucking|ballsed|cocked)';

/*
 * Trigger fragments (regular-expression sources). A trigger must be present in any sentence the rule can
 * match; the rarer it is in ordinary prose, the fewer sentences pay for a parse. Common words ("sorry",
 * "never", "always") are paired with the word that must follow them within a few words.
 */
/** A straight or curly apostrophe. */
const A = "['’]";
/** Up to `n` words in between: "let [the whole team] down". */
const gap = (n: number) => `(?:[\\w'’-]+\\s+){0,${n}}`;

export const CATALOGUE: Rule[] = [
  // ─────────────────────────── shame: global verdicts on the self ───────────────────────────
  {
    id: 'shame.i-suck',
    category: 'shame',
    severity: 'clear',
    patterns: [`i ${ADVERBS} (am|was)? {suck/verb}`],
    triggers: ['suck(?:s|ed|ing)?'],
    unless: [
      '{suck} (it|this|that|them|things)? up',
      '{suck} (on|in|out|through|down|into|away)? (#Determiner|#Possessive)? (#Noun|lemon|straw|thumb|breath|teeth|blood|poison|venom|air|water|juice|life)',
    ],
    message: 'That is a verdict on you, not on what happened: one thing went badly, and that is not who you are.',
    hits: ['I suck.', 'Ugh, I suck at this.', 'Honestly I suck at writing these updates.', 'I really sucked at the demo today.', 'i suck lol'],
    misses: [
      'This vacuum sucks.',
      "I don't suck at this anymore.",
      'The traffic this morning really sucks.',
      'I sucked it up and kept going.',
      'I sucked on a lemon.',
      'That sucks, sorry to hear about your flight.',
      'The pump sucks air through the filter.',
    ],
  },
  {
    id: 'shame.label-noun',
    category: 'shame',
    severity: 'strong',
    patterns: [
      `i (am|was|feel|felt|seem|look|sound) like? ${INTENSE} ${LABEL_NOUNS}`,
      `i (am|was) ${INTENSE} (screw|fuck) up`,
      'i (am|was|feel|felt) like? (just|such|a|an|really|so|complete|total|utter|absolute){0,3} (waste of space|waste of oxygen|sorry excuse)',
    ],
    triggers: [
      'idiot', 'moron', 'failure', 'loser', 'fraud', 'imp[oe]ster', 'screw-?ups?', 'disaster', 'disappointment', 'embarrassment',
      'joke', 'fool', 'imbecile', 'dumm(?:y|ies)', 'dumbass', 'clown', 'burden', 'mess', 'nobody', 'fuck-?up', 'dunce', 'klutz',
      'wreck', 'waste of', 'sorry excuse',
    ],
    unless: ['i am (a|an|such a|such an) #Adjective? (fan|lover|sucker|believer|advocate|champion)'],
    message: 'Calling yourself a name turns one moment into your whole identity: you are a person who had a hard moment, not a label.',
    hits: ['I feel like such a waste of space.', 
      "I'm such an idiot, I forgot the attachment again.",
      'I feel like a complete failure this week.',
      "I'm a total mess and everyone can see it.",
      "I'm such a loser for not speaking up in the meeting.",
      'I am an embarrassment to this team.',
      "I'm a fraud and sooner or later they'll figure it out.",
      "God, I'm such a screwup.",
      'Im an idiot',
      'i am such a moron',
      'I’m a failure.',
      "I'm a total screw-up.",
      'I feel like such a burden to everyone.',
    ],
    misses: [
      "I'm not an idiot, I just missed one step.",
      "You're not an idiot, the form is confusing.",
      "I'm not a failure just because one launch slipped.",
      'The old version was a total failure.',
      "Our competitor's app is a mess.",
      "I'm such a fan of your newsletter.",
      'She said she felt like a failure, and I told her she wasn\'t.',
      "Mark said, 'I'm such an idiot at golf.'",
    ],
  },
  {
    id: 'shame.label-adjective',
    category: 'shame',
    severity: 'strong',
    patterns: [
      `i (am|was|feel|felt) ${INTENSE} ${LABEL_ADJECTIVES}`,
      'i (am|was) (so|such|really|totally|truly|just|literally|the|absolute|very){0,3} worst',
      `i (am|was) (so|really|totally|truly|just|literally|pretty|very|such|a|an){0,3} bad (at|with) (everything|anything|#Noun|#Gerund|this|it|that|my|life|people|keeping|remembering|explaining)`,
    ],
    triggers: [
      'stupid', 'dumb', 'useless', 'worthless', 'pathetic', 'hopeless', 'incompetent', 'terrible', 'awful', 'horrible', 'inadequate',
      'unlovable', 'unworthy', 'broken', 'defective', 'idiotic', 'dense', 'thick', 'clueless', 'inept', 'rubbish', 'garbage', 'trash',
      'lame', 'worst', `bad\\s+(?:at|with)`,
    ],
    unless: [
      '(hopeless|helpless) (romantic|optimist)',
      '(terrible|awful|horrible) (sorry|news|pain|headache|cold|flu)',
      'i am (terrible|awful|horrible|broken|dense|thick) (#Noun)',
      'i (am|was) (so|really)? (broken|thick) (up|down|in|out|of)',
      'i (am|was) (#Adverb)? garbage (collecting|collection|day)',
    ],
    message: 'That word judges all of you; what happened is one moment, and you are more than it.',
    hits: [
      'I am so stupid for missing that deadline.',
      "I'm useless when it comes to spreadsheets.",
      'im so dumb, i sent it to the wrong person',
      "I'm pathetic, I couldn't even finish the draft.",
      "I'm hopeless with deadlines.",
      'Honestly, I\'m terrible at my job.',
      "I'm really bad at everything lately.",
      "I'm the worst at keeping track of invoices.",
      'I feel so stupid.',
      'I am worthless.',
    ],
    misses: [
      "I'm terribly sorry for the delay in getting back to you.",
      'The printer is useless today.',
      'Bob thinks the design is stupid.',
      'I never said I was terrible at it.',
      'The stupid printer jammed again.',
      'This is the worst storm we\'ve had in years.',
      "I'm a hopeless romantic.",
      'I feel bad about the delay.',
      "I'm not stupid, the instructions were wrong.",
      'If I was stupid, I would not have asked.',
    ],
  },
  {
    id: 'shame.what-is-wrong-with-me',
    category: 'shame',
    severity: 'strong',
    patterns: [
      'what is (even)? wrong with me',
      'why am i like this',
      'why (am|are) i (always|so|such|this)? (#Adverb)? (stupid|dumb|useless|pathetic|bad at|terrible at|hopeless|incompetent|idiot|an idiot|a failure|a mess|like this)',
      'why (can|could) not i (#Adverb)? (do|get) (anything|a single thing|one thing) right',
      'why (can|do) i never (do|get) (anything|a single thing|one thing) right',
    ],
    triggers: ['wrong with me', `why\\s+(?:am|can${A}?t|cannot|can\\s+not|couldn${A}?t|do)\\s+i`],
    negationIsPart: true,
    message: 'Nothing is "wrong with you": something was hard, and asking what would help is a kinder question.',
    hits: ["Why can't I do anything right?", 'Why do I never get anything right?', 'What is wrong with me? I can\'t even send a simple email.', "What's wrong with me?", 'Why am I so stupid?', 'why am i like this'],
    misses: ["What's wrong with the build server?", 'Nothing is wrong with me today, just tired.', 'Why am I on this thread?'],
  },
  {
    id: 'shame.hate-myself',
    category: 'shame',
    severity: 'strong',
    patterns: [
      'i #Adverb? (hate|despise|loathe|can not stand) (myself|me)',
      'i (am|feel) (so|really|totally)? (disgusted|ashamed|disappointed|embarrassed) (with|of|in|by) myself',
      'i (am|feel) (so|really|totally)? ashamed of (who|what) i am',
    ],
    triggers: ['hate myself', 'despise myself', 'loathe myself', 'stand myself', 'ashamed', 'with myself', 'in myself', 'of myself'],
    negationIsPart: true,
    message: 'Turning on yourself treats a mistake as a crime; you deserve the understanding you would give a friend.',
    hits: ["I'm ashamed of who I am.", 'I hate myself for sending that reply.', 'I am so disappointed in myself.', "I'm ashamed of myself for snapping at him."],
    misses: ['I hate meetings on Fridays.', 'I was proud of myself after the talk.', "Don't be so hard on yourself."],
  },
  {
    id: 'shame.not-good-enough',
    category: 'shame',
    severity: 'strong',
    patterns: [
      'i (am|was) (just|simply|still|really)? (not|never) good enough',
      'i (will|am going to|would)? never be good enough',
      'i (do|did) not feel good enough',
      'i (am|was) not (smart|talented|clever|good|strong|capable|qualified) enough (for|to) (this|it|the|that|be|do|#Noun)',
    ],
    triggers: ['good enough', 'enough (?:for|to)'],
    negationIsPart: true,
    message: 'That story says you have to earn your place; you already belong, and skills grow with practice.',
    hits: ['I am just not good enough.', 
      "I'm not good enough for this role.",
      "I'll never be good enough at this.",
      "I don't feel good enough.",
      "I'm not smart enough for this job.",
    ],
    misses: [
      "That's good enough for now.",
      'Is this good enough to ship?',
      "I'm good enough at Excel to help.",
      "I'm not tall enough to reach the shelf.",
    ],
  },

  // ─────────────────────────── self-blame: what I did, told as a catastrophe ───────────────────────────
  {
    id: 'self-blame.screwed-up',
    category: 'self-blame',
    severity: 'clear',
    patterns: [
      `i ${ADVERBS} (keep|kept)? ${screwVerbs} (it|this|that|things|everything|them|stuff|all of this|this one|that one)? up`,
      `i ${ADVERBS} (keep|kept)? ${screwVerbs} up (#Determiner|#Possessive)? (#Adjective|#Noun){0,3}`,
      'i #Adverb? (have)? (completely|totally|really)? (botched|bungled|butchered|blew|blown|bombed|flubbed|fumbled) (it|this|that|#Determiner|#Possessive)? #Adjective? #Noun?',
    ],
    triggers: ['screw', 'mess(?:ed|ing)?', 'fuck', 'muck', 'balls', 'cock', 'botch', 'bungl', 'butcher', 'blew', 'blown', 'bomb', 'flub', 'fumbl'],
    unless: [
      '{screw} up (the|my|enough|all)? (#Adjective)? (courage|nerve|resolve|face|eyes|mouth)',
      '{screw} (#Determiner|#Possessive)? (lid|cap|top|bolt|screw|nut|bulb|panel|hinge|shelf|#Noun) (back)? (on|in|into|onto|down|tight)',
      '{blow} (it|this|that|#Determiner)? #Noun? (up|out|off|away|over|into)',
      '{blow} (out|up) the (candles|balloon|balloons)',
      '{mess} (around|with|about)',
    ],
    message: 'Something went wrong, and that is a moment, not a measure of you: it can be named, repaired and learned from.',
    hits: [
      'I screwed up the report.',
      'I screwed this up.',
      'I really screwed up the client call yesterday.',
      "I've messed up again, sorry everyone.",
      'I totally messed up the numbers in the deck.',
      'Sorry, I completely botched the schedule.',
      'I blew it with the interview.',
      'I keep screwing up the simplest tasks.',
      'i messed it up',
      'I fucked up.',
    ],
    misses: [
      'He screwed up the deployment, but we rolled back.',
      'They messed up the catering order again.',
      "I didn't screw up the numbers; the source data was wrong.",
      'I finally screwed up the courage to ask for a raise.',
      'I screwed the lid back on the jar.',
      'I blew out the candles.',
      'If I mess up the order, let me know.',
      "I'm just messing around with the layout.",
    ],
  },
  {
    id: 'self-blame.ruined',
    category: 'self-blame',
    severity: 'clear',
    patterns: [
      `i ${ADVERBS} #Modal? {ruin/verb} (everything|it all|it|this|that|things)`,
      `i ${ADVERBS} #Modal? {ruin/verb} (the|our|my|#Possessive) (whole|entire)? #Adjective? #Noun+`,
      `i ${ADVERBS} (destroyed|wrecked|sabotaged|tanked|killed) (everything|it all)`,
      `i ${ADVERBS} (destroyed|wrecked|sabotaged|tanked|killed) the (whole|entire)? (project|launch|deal|meeting|presentation|pitch|demo|relationship|team|release|campaign|interview)`,
    ],
    triggers: ['ruin', 'destroyed', 'wrecked', 'sabotaged', 'tanked', 'killed'],
    unless: ['{ruin} (my|the|our|your) (shoes|shirt|jacket|dress|carpet|appetite|surprise|ending|spoiler)'],
    message: 'One part did not go to plan; "ruined everything" makes it sound final, and it rarely is.',
    hits: ['I destroyed everything.', 'I ruined the whole launch.', "I've ruined everything, as usual.", 'I ruin everything I\'m part of.', 'I totally killed the whole pitch.'],
    misses: [
      'The rain ruined the picnic.',
      "I don't want to ruin the surprise.",
      'I ruined my shoes in the rain.',
      'He ruined the demo by unplugging the projector.',
    ],
  },
  {
    id: 'self-blame.all-my-fault',
    category: 'self-blame',
    severity: 'clear',
    patterns: [
      '(all|entirely|totally|completely|wholly|100%) my fault',
      'everything is my fault',
      'i (am|was) to blame for (everything|all of this|all of it|it all)',
      'i (#Adverb)? blame myself',
    ],
    triggers: ['my fault', 'to blame', 'blame myself'],
    message: 'Carrying all of it yourself leaves out everything else that played a part; you can own your piece without owning it all.',
    hits: ['I am to blame for all of this.', "It's all my fault that the project failed.", 'This is entirely my fault.', 'Everything is my fault.', 'I blame myself for the delay.'],
    misses: ["It's my fault, I'll fix the typo now.", "It wasn't my fault the server went down.", 'My bad, I sent the wrong link. Here is the right one.'],
  },
  {
    id: 'self-blame.let-everyone-down',
    category: 'self-blame',
    severity: 'clear',
    patterns: [
      `i ${ADVERBS} {let/verb} (everyone|everybody|you all|you guys|y'all|the company|all of you|them all|my family|my parents|so many people|people) down`,
      `i ${ADVERBS} {let/verb} (the|my|our) whole? (team|company|family|department|group|class|side) down`,
      `i ${ADVERBS} (failed|disappointed) (everyone|everybody|you all|the whole team|all of you)`,
    ],
    triggers: [`let\\s+${gap(3)}down`, `(?:failed|disappointed)\\s+${gap(1)}(?:everyone|everybody|you|all)`],
    message: 'Feeling you let people down shows how much you care; what happened can be talked through, and it is not all of you.',
    hits: ['I let everyone down again.', "I've let the whole team down.", 'I disappointed everyone.'],
    misses: ["I won't let you down.", 'I let the blinds down.', 'I let everyone know about the move.'],
  },
  {
    id: 'self-blame.stupid-mistake',
    category: 'self-blame',
    severity: 'clear',
    patterns: [
      'i (#Adverb|have|had){0,2} (made|make|did) (such|a|an|another|the|so|yet|one|more|this|that|same){0,3} (stupid|dumb|idiotic|moronic|unforgivable|rookie|amateur|amateurish|pathetic|embarrassing|inexcusable) (mistake|mistakes|error|errors|move|blunder)',
      '(another|such a|such an|what a) (stupid|dumb|idiotic|moronic|unforgivable|rookie|amateur|pathetic|inexcusable) (mistake|error|move|blunder) (from|by|on) me',
      'my (stupid|dumb|idiotic|moronic|unforgivable|pathetic|inexcusable) (mistake|error|blunder)',
    ],
    triggers: ['stupid', 'dumb', 'idiotic', 'moronic', 'unforgivable', 'rookie', 'amateur', 'pathetic', 'embarrassing', 'inexcusable'],
    message: 'The mistake may be real; calling it stupid adds a second blow that does not help fix the first.',
    hits: ['That was my stupid mistake.', "I can't believe I made such a stupid mistake.", 'Another dumb mistake from me, of course.', 'I made a rookie mistake in the config.'],
    misses: [
      'I made a mistake in the invoice; the corrected one is attached.',
      'The vendor made a dumb mistake in the order.',
      'Mistakes happen; I\'ll fix it today.',
    ],
  },
  {
    id: 'self-blame.failed-again',
    category: 'self-blame',
    severity: 'clear',
    patterns: [
      'i (have)? (#Adverb)? (failed|fail|flopped|bombed|choked) (again|yet again|once again|as usual|like always|like i always do|miserably|completely|totally|spectacularly|epically)',
      'i (have)? (completely|totally|utterly|miserably)? (failed|flopped) at (everything|life|this|it|my job)',
    ],
    triggers: [`(?:fail(?:ed)?|flopped|bombed|choked)\\s+(?:again|yet|once|as\\s+usual|like\\s+always|miserably|completely|totally|spectacularly|epically|at)`],
    message: '"Again" turns one outcome into a pattern about you; this time is its own attempt, with its own lessons.',
    hits: ['I failed again, like always.', 'I failed miserably.', 'I totally flopped at the interview... I failed at everything.'],
    misses: ['I learned a lot from the failed launch.', 'The build failed again.', 'Failure analysis is attached for the bearing test.'],
  },

  // ─────────────────────────── perfectionism: nothing less than flawless ───────────────────────────
  {
    id: 'perfectionism.has-to-be-perfect',
    category: 'perfectionism',
    severity: 'clear',
    patterns: [
      '(it|this|everything|that) (has|have|needs|need|must|got|gotta) to? be (absolutely|totally|completely|100%|just)? (perfect|flawless|perfection)',
      '(this|the|my|our|every|each) #Adjective? #Noun (has|have|needs|need|must|got|gotta) to? be (absolutely|totally|completely|100%|just)? (perfect|flawless|perfection)',
      'until (it|this|everything) (is|are|looks|feels|reads|sounds) (absolutely|totally|completely|100%|just)? (perfect|flawless)',
      'until (this|the|my|our|every|each) #Adjective? #Noun (is|are|looks|feels|reads|sounds) (absolutely|totally|completely|100%|just)? (perfect|flawless)',
      '(if|unless) (it|this|that|everything) (is|are|was) not (absolutely|totally|completely|100%)? (perfect|flawless)',
    ],
    triggers: ['flawless', `(?:be|is|are|${A}s|isn${A}t|not)\\s+${gap(1)}perfect\\b`, `until\\s+${gap(4)}perfect\\b`],
    negationIsPart: true,
    message: 'Perfect is a moving target; done and clear serves the reader better than flawless and late.',
    hits: ['The final report has to be perfect.', "I won't send it until it's perfect.", 'This presentation needs to be perfect, no mistakes.', 
      'It has to be perfect before I send it.',
      "This needs to be flawless or it's worthless.",
      "I can't send this until every word is perfect.",
      "If it isn't perfect, there's no point sending it.",
      'Everything has to be perfect.',
    ],
    misses: [
      'It doesn\'t have to be perfect to be useful.',
      'Perfect, thanks for the quick reply!',
      'Friday at 3pm sounds perfect.',
      'The weather is perfect for the offsite.',
      "I'm perfectly happy with the current plan.",
      'It has to be done by the end of the month.',
      "I'm not perfect, and that's okay.",
    ],
  },
  {
    id: 'perfectionism.less-than-perfect',
    category: 'perfectionism',
    severity: 'strong',
    patterns: [
      '(anything|everything) (less|short) (than|of) (perfect|perfection|flawless|100%|an a|the best)',
      '(one|a single|any|1) (mistake|error|typo|slip|flaw) and (the whole thing|everything|it|it all|all of it|i|my #Noun) (is|are|am|will be|would be)? (ruined|over|worthless|pointless|wasted|done for|a failure)',
    ],
    triggers: ['less than', 'short of', `(?:one|single|any|1)\\s+(?:mistake|error|typo|slip|flaw)\\b`],
    negationIsPart: true,
    message: 'All-or-nothing standards make every small flaw feel like total failure; most work is valuable well before it is perfect.',
    hits: ['Anything less than perfect is a failure.', 'One mistake and the whole thing is ruined.', 'Anything short of perfection is unacceptable to me.'],
    misses: ['It is less than ideal, but it works.', 'One mistake and a fix later, the release shipped.', 'Mistakes happen; I\'ll fix it today.'],
  },
  {
    id: 'perfectionism.should-have-known',
    category: 'perfectionism',
    severity: 'gentle',
    patterns: [
      'i (should|shouldve|ought to) (have)? (known|seen) better',
      'i (should|ought to) (have) (#Adverb)? (caught|noticed|spotted|seen|realized|realised|checked|known|foreseen) (that|this|it|#Determiner|#Possessive) #Adjective? #Noun?',
    ],
    triggers: [`(?:should|ought)(?:${A}ve|\\s+to)?\\s+(?:have\\s+)?${gap(1)}(?:known|seen|caught|noticed|spotted|realized|realised|checked|foreseen)`],
    message: '"Should have" judges the past with what you know now; you acted on what you knew then.',
    hits: [
      'I should have caught that typo, I should have known better.',
      'I should have known better than to promise that date.',
      "I should've seen it coming... I should have noticed the error.",
    ],
    misses: [
      'I should have the draft ready by Friday.',
      'I should be able to join the call at 3.',
      'I think we should ship the smaller version first.',
      'You should have seen the view from the top!',
    ],
  },
  {
    id: 'perfectionism.cant-believe-i',
    category: 'perfectionism',
    severity: 'gentle',
    patterns: [
      'i (can|could) not believe i (#Adverb)? (missed|forgot|did|said|sent|made|overlooked|let|wrote|messed|screwed|blew|misspelled|misread|typed|deleted|broke)',
      'how (could|did) i (#Adverb)? (miss|forget|overlook|not see|not notice|mess up|screw up|let) (that|this|it|something so|such)',
    ],
    triggers: ['believe i', 'how (?:could|did) i'],
    negationIsPart: true,
    message: 'Disbelief at your own slip assumes you should never miss anything; everyone does, and catching it is what counts.',
    hits: ["I can't believe I missed that.", 'I cannot believe I forgot the attachment.', 'How could I miss that?'],
    misses: ["I can't believe how well the launch went!", 'I could not believe the view.', 'How did I do on the test?'],
  },
  {
    id: 'perfectionism.never-good-enough',
    category: 'perfectionism',
    severity: 'clear',
    patterns: [
      '(it|this|that|my work|good enough) (is|was|will be|feels)? (still|just|never|not|ever){1,2} (be)? good enough',
      'nothing (i|i have) (do|did|make|made|write|wrote|done) (is|was|will be|feels) (ever|ever really)? good enough',
      '(it|this|that|#Noun) (is|was) still not (good enough|right|there|perfect)',
    ],
    triggers: ['good enough', 'still not'],
    negationIsPart: true,
    message: 'When nothing ever feels good enough, the bar keeps moving; notice how far this already is.',
    hits: [
      'Good enough is never good enough for me.',
      "I rewrote this email six times and it's still not good enough.",
      'Nothing I do is ever good enough.',
    ],
    misses: ["That's good enough for now.", 'Is it good enough to ship?', 'The coffee here is good enough.'],
  },
  {
    id: 'perfectionism.must-not-fail',
    category: 'perfectionism',
    severity: 'clear',
    patterns: [
      'i (must|can|cannot|can\'t|should|am not allowed to) not? (make|afford|risk) (a single|one|any|even one|a) (#Adjective)? (mistake|error|slip|typo|slip-up)',
      'i (have|need|must|got) to? get (this|it|everything|every #Noun) (exactly|perfectly|absolutely|100%|completely) right',
    ],
    triggers: [`(?:single|one|any|a)\\s+${gap(1)}(?:mistake|error|slip|typo)\\b`, `(?:exactly|perfectly|absolutely|100%|completely)\\s+right`],
    negationIsPart: true,
    message: 'No one works without mistakes; a standard of zero turns every ordinary slip into a threat.',
    hits: ['I must not make a single mistake on this proposal.', "I have to get this exactly right or I'll look incompetent.", "I can't afford a single mistake."],
    misses: ['I made a mistake in the invoice; the corrected one is attached.', "We can't make it on Friday.", 'I got it exactly right on the first try!'],
  },

  // ─────────────────────────── all-or-nothing about oneself ───────────────────────────
  {
    id: 'all-or-nothing.always-mess-up',
    category: 'all-or-nothing',
    severity: 'strong',
    patterns: [
      `i ${ALWAYS} #Adverb? ${screwVerbs} (things|everything|it|stuff)? up`,
      `i ${ALWAYS} #Adverb? (ruin|ruins|ruined|ruining|wreck|wrecks|wrecked) (everything|things|it)`,
      `i ${ALWAYS} #Adverb? (get|gets|got|getting) (it|things|everything|stuff) wrong`,
      `i ${ALWAYS} #Adverb? (say|said|saying|do|did|doing|pick|picked) the wrong thing`,
      `i ${ALWAYS} #Adverb? (fail|failed|failing|choke|choked|choking)`,
      `i ${ALWAYS} #Adverb? (disappoint|disappointed|disappointing|let) (everyone|people|everybody)`,
      `i ${ALWAYS} #Adverb? (make|made|making) (a mess|mistakes|a mess of things|a fool of myself)`,
      'i {ruin} everything',
      'everything i (touch|do|try) (falls|fall|turns|goes|ends) (apart|to|wrong|badly|up)',
      'why do i (always|keep) (do|doing|ruin|ruining|mess|messing|screw|screwing) (this|things|everything|it)',
    ],
    triggers: [
      `(?:always|constantly|continually|invariably|forever|keep|kept)\\s+${gap(1)}(?:screw|mess|fuck|muck|balls|cock|ruin|wreck|get|got|say|said|do|did|pick|fail|chok|disappoint|let|mak|made)`,
      'ruin', 'everything i', `why\\s+do\\s+i`,
    ],
    message: '"Always" erases every time it went fine; this is one moment, not the whole record.',
    hits: ['I always ruin everything.', 'I keep getting it wrong.', 'I always fail.', 'I always disappoint people.', 'I keep making mistakes.', 
      'I always mess things up.',
      'I always say the wrong thing in meetings.',
      'Why do I always do this to myself?',
      "I ruin everything I'm part of.",
      'Everything I touch falls apart.',
      'I always screw it up.',
    ],
    misses: ['I always bring snacks to the offsite.', 'I keep the receipts in a folder.', 'Everything I do is backed up nightly.'],
  },
  {
    id: 'all-or-nothing.never-right',
    category: 'all-or-nothing',
    severity: 'strong',
    patterns: [
      'i (never|can never|can not|cannot|could never|could not) (#Adverb)? (get|do|say|make) (anything|a single thing|one thing|nothing|it|things) (right|correctly|properly|well)',
      'i never (finish|complete|get) (anything|a single thing|one thing) (done|finished|on time|right)?',
      'i never (do|get) anything (right|correctly)',
      'i (can|could) not do anything (right|correctly)',
    ],
    triggers: [`(?:never|can${A}?t|cannot|can\\s+not|couldn${A}?t|could\\s+not)\\s+${gap(1)}(?:get|do|say|make|finish|complete)\\s+(?:anything|a\\s+single|one|nothing|it|things)`],
    negationIsPart: true,
    message: '"Never" leaves out every time it worked; you have got plenty right, and this can be one more.',
    hits: ['I never get anything right.', "I can't do anything right.", 'I never finish anything on time.'],
    misses: ['I never drink coffee after noon.', "I can't do Friday, how about Monday?", 'I never said I was terrible at it.'],
  },

  // ─────────────────────────── self-deprecating apologies ───────────────────────────
  {
    id: 'self-deprecating-apology.sorry-for-being',
    category: 'self-deprecating-apology',
    severity: 'clear',
    patterns: [
      `(sorry|apologies|apologize|apologise) (for|about) (being|my) (so|such|a|an|total|complete|absolute|really){0,3} (${LABEL_ADJECTIVES.slice(1, -1)}|stupidity|incompetence|idiocy|uselessness|ignorance|pain|idiot|moron|nuisance|mess|disaster|dumbness)`,
      '(forgive|excuse|pardon) my (stupidity|incompetence|idiocy|uselessness|ignorance|dumbness)',
    ],
    triggers: [`(?:sorry|apolog\\w*)\\s+(?:for|about)\\s+(?:being|my)`, `(?:forgive|excuse|pardon)\\s+my`],
    message: 'You can apologise for what happened without putting yourself down; the apology lands better without it.',
    hits: [
      'Sorry for being so useless on this thread.',
      'Apologies for my stupidity earlier.',
      'Forgive my incompetence, here is the corrected version.',
      'Sorry for being such a pain.',
    ],
    misses: ['Sorry for the late reply, I was travelling.', "I'm terribly sorry for the delay in getting back to you.", 'Sorry for being late.', 'Excuse my French.'],
  },
  {
    id: 'self-deprecating-apology.stupid-question',
    category: 'self-deprecating-apology',
    severity: 'gentle',
    patterns: [
      '(sorry|apologies|forgive me|pardon me)? (if|for) (this|that|it) (is|was|sounds|seems) (#Adverb)? (a|such a)? (stupid|dumb|silly|idiotic|obvious|basic|naive|moronic) question',
      '(sorry|apologies) (for|about) (the|my|this|asking a|such a|a) (stupid|dumb|silly|idiotic|naive|moronic) (question|questions)',
      '(this|it) (is|may be|might be|could be) (a|such a) (stupid|dumb|idiotic|moronic) question',
    ],
    triggers: [`(?:stupid|dumb|silly|idiotic|obvious|basic|naive|moronic)\\s+question`],
    message: 'Questions are how work gets done; yours needs no apology or label.',
    hits: ['Sorry if this is a stupid question.', 'Apologies for the dumb question.', 'This might be a stupid question, but where is the file?'],
    misses: ['That is a great question.', 'Sorry for the late reply, I was travelling.', 'The question is whether we ship on Friday.'],
  },
  {
    id: 'self-deprecating-apology.sorry-i-am',
    category: 'self-deprecating-apology',
    severity: 'clear',
    patterns: [
      `(sorry|apologies|ugh|argh) i (am|was) ${INTENSE} (${LABEL_NOUNS.slice(1, -1)}|${LABEL_ADJECTIVES.slice(1, -1)})`,
      '(sorry|apologies) i (am|was) (so|really|just)? (bad|terrible|awful|hopeless|useless) at',
    ],
    triggers: [`(?:sorry|apologies|ugh|argh)[\\s,.!]+(?:i|im|i${A}m)\\s+${gap(4)}(?:idiot|moron|failure|loser|fraud|screw|disaster|embarrass|fool|dumm|dumb|stupid|useless|worthless|pathetic|hopeless|incompetent|terrible|awful|horrible|bad|mess|clown|burden|joke|klutz)`],
    message: 'You can say sorry for what happened without calling yourself names; the apology is enough on its own.',
    hits: ["Sorry, I'm an idiot, the file is attached now.", "Sorry, I'm terrible at explaining things.", 'sorry im so dumb'],
    misses: ["Sorry, I'm running late.", "Sorry I'm not a fan of the new logo.", "Sorry, I'm not an idiot, I just missed a step."],
  },

  // ─────────────────────────── perfection demanded of others (manager mode, off by default) ───────────────────────────
  {
    id: 'perfection-demanded.zero-room',
    category: 'perfection-demanded',
    severity: 'clear',
    patterns: [
      '(zero|no) (room|margin|tolerance|allowance) for (error|errors|mistakes|mistake|failure)',
      '(no|zero) (mistakes|errors|typos) (allowed|tolerated|accepted|acceptable|will be tolerated)',
    ],
    triggers: ['room for', 'margin for', 'tolerance for', 'allowance for', 'no mistakes', 'no errors', 'zero mistakes', 'zero errors', 'no typos', 'zero typos'],
    message: 'Demanding zero errors tends to hide mistakes rather than prevent them; asking for care and early flags gets better work.',
    hits: ['There is zero room for error on this deliverable.', 'No mistakes allowed.'],
    misses: ['There is room for improvement.', 'No errors were found in the audit.', 'The test run shows no errors.'],
  },
  {
    id: 'perfection-demanded.expect-flawless',
    category: 'perfection-demanded',
    severity: 'clear',
    patterns: [
      '(i|we) (#Adverb)? (expect|demand|require|want|need) (nothing less than)? (flawless|perfect|perfection|zero-defect|100% perfect) (work|results|execution|delivery|output|performance|from)?',
      'failure is (not|never) an option',
      '(any|a single|one|every) (mistake|error|typo|slip) (on|in|at) #Determiner? #Adjective? #Noun+ (is|will be) (unacceptable|not acceptable|not tolerated)',
      '(any|a single|one) (mistake|error|typo|slip) (is|will be) (unacceptable|not acceptable|not tolerated)',
      '(mistakes|errors|typos) (are|will be) unacceptable',
      '(mistakes|errors|typos) (are|will) not be? (tolerated|acceptable|accepted)',
    ],
    triggers: ['flawless', 'perfection', `perfect\\s+(?:work|results|execution|delivery|output|performance|from)`, 'zero-defect', `failure\\s+is`, 'unacceptable', `not\\s+(?:be\\s+)?(?:tolerated|acceptable|accepted)`],
    negationIsPart: true,
    message: 'A demand for flawless work raises the stakes without raising quality; clear priorities and room to flag problems do more.',
    hits: ['Mistakes are unacceptable.', 'Any error is unacceptable.', 'Mistakes will not be tolerated.', 'I expect flawless work from everyone on this team.', 'Failure is not an option on this release.', 'Any mistake on this report is unacceptable.'],
    misses: ['We need the numbers to be accurate for the audit.', 'I expect the draft by Friday.', 'The delay is unacceptable to the client.'],
  },
];
