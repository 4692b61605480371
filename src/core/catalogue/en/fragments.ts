/*
 * The pieces English frames are built from: the lexicon as compromise tags, the words that may sit between
 * a subject and its verdict, and the prefilter triggers that let a sentence reach the parser.
 *
 * Pattern notes (compromise match syntax):
 *  - `i am` also matches "I'm", "Im", "im", "I’m"; "i m" is spelled out as `(am|m)`.
 *  - `{screw}` matches every inflection of the root, but not inside ( | ) groups: there forms are spelled out.
 *  - A `not` inside a match vetoes it unless the rule says negation is part of it ("I never get anything right").
 */
import { EN_LEXICON } from '../../lexicon/en';
import { gradesOf, patternWord, wordsOf, wordsRegExp } from '../../lexicon/words';
import type { Severity } from '../../types';

const lex = EN_LEXICON;

/** Each verdict word's severity: a finding takes the lower of its rule's severity and its word's. */
export const GRADES: Readonly<Record<string, Severity>> = Object.fromEntries(gradesOf(lex));
/** The same, with states: for frames that turn a feeling on the self ("ashamed of myself", "embarrassed by how slow I was"). */
export const FEELING_GRADES: Readonly<Record<string, Severity>> = Object.fromEntries(gradesOf(lex, { states: true }));

/**
 * "bad" judges a person only with more around it ("so bad at", "a bad friend"): "I'm bad at names" is a fact,
 * and "my bad" an apology. Its frames name it themselves.
 */
const OWN_FRAMES = new Set(['bad']);

const traits = wordsOf(lex, { classes: ['trait'] }).filter((w) => !OWN_FRAMES.has(w));
const labels = wordsOf(lex, { classes: ['label'] });
const feltTraits = wordsOf(lex, { classes: ['trait'], felt: true }).filter((w) => !OWN_FRAMES.has(w));

/** Entries as compromise reads them ("short-sighted" → "short sighted"). */
const forms = (words: readonly string[]) => [...new Set(words.map(patternWord))].sort();

/**
 * The lexicon as compromise tags: before matching, every entry's words get its class's tag ("waste of space"
 * all three), so a pattern says `#LexTrait+` instead of listing two hundred words. Every English rule
 * carries this object.
 */
export const VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  LexTrait: forms(traits),
  LexFelt: forms([...feltTraits, ...labels]),
  LexLabel: forms(labels),
  LexFault: forms(wordsOf(lex, { classes: ['fault'] })),
  LexQuality: forms(lex.qualities),
  LexShortfall: forms(lex.shortfalls),
  /** Intensifiers and articles that may sit between "I am" and a verdict: "such a complete", "really so", "kind of". */
  LexIntense: [
    'a',
    'absolute',
    'absolutely',
    'actually',
    'again',
    'also',
    'always',
    'an',
    'basically',
    'being',
    'big',
    'biggest',
    'bit',
    'bloody',
    'certified',
    'clearly',
    'complete',
    'completely',
    'damn',
    'definitely',
    'extremely',
    'freaking',
    'friggin',
    'fucking',
    'genuinely',
    'greatest',
    'highkey',
    'honestly',
    'huge',
    'incredibly',
    'just',
    'kind',
    'kinda',
    'lil',
    'sucha',
    'to',
    'literally',
    'little',
    'living',
    'lowkey',
    'massive',
    'most',
    'much',
    'obviously',
    'of',
    'officially',
    'often',
    'one',
    'pretty',
    'probably',
    'proper',
    'quite',
    'rather',
    'real',
    'really',
    'ridiculously',
    'right',
    'seriously',
    'so',
    'sometimes',
    'sort',
    'sorta',
    'still',
    'such',
    'super',
    'tad',
    'that',
    'the',
    'this',
    'too',
    'total',
    'totally',
    'truly',
    'utter',
    'utterly',
    'very',
    'walking',
  ],
  /** Systems and machines: "I messed up my xorg.conf" describes the state of a system, not a verdict on its owner. */
  /**
   * Labels that also open compound nouns ("a problem solver", "a pain clinic", "a git newbie"): followed
   * straight on by a noun, they name a thing or a job, not the writer.
   */
  LexCompound: [
    'amateur',
    'baby',
    'burden',
    'clown',
    'disaster',
    'doormat',
    'dud',
    'dummy',
    'failure',
    'flop',
    'fool',
    'freak',
    'garbage',
    'git',
    'hack',
    'joke',
    'liability',
    'lump',
    'menace',
    'mess',
    'monster',
    'newbie',
    'noob',
    'nothing',
    'nuisance',
    'pain',
    'pest',
    'problem',
    'pushover',
    'slob',
    'tool',
    'trash',
    'waste',
    'wreck',
  ],
  LexTech: [
    'alsa',
    'amd',
    'apache',
    'apt',
    'ati',
    'audio',
    'bashrc',
    'binaries',
    'binary',
    'bios',
    'bluetooth',
    'boot',
    'bootloader',
    'box',
    'branch',
    'browser',
    'build',
    'cache',
    'card',
    'cd',
    'cert',
    'certificate',
    'chrome',
    'chroot',
    'code',
    'commit',
    'compile',
    'compiz',
    'computer',
    'conf',
    'config',
    'configs',
    'configuration',
    'cron',
    'crontab',
    'daemon',
    'database',
    'db',
    'debian',
    'dependencies',
    'deps',
    'desktop',
    'directory',
    'disk',
    'display',
    'distro',
    'dns',
    'dpkg',
    'drive',
    'driver',
    'drivers',
    'dvd',
    'editor',
    'efi',
    'emacs',
    'environment',
    'ethernet',
    'ext3',
    'ext4',
    'fat32',
    'file',
    'files',
    'filesystem',
    'firefox',
    'firewall',
    'flash',
    'folder',
    'fonts',
    'fs',
    'fstab',
    'gcc',
    'git',
    'gnome',
    'gpg',
    'graphics',
    'grub',
    'hd',
    'hdd',
    'headers',
    'icons',
    'install',
    'installation',
    'installer',
    'ip',
    'iso',
    'java',
    'kde',
    'kernel',
    'keyboard',
    'keyring',
    'laptop',
    'lib',
    'libraries',
    'library',
    'lilo',
    'linux',
    'livecd',
    'liveusb',
    'locale',
    'lvm',
    'mac',
    'machine',
    'mbr',
    'merge',
    'mirror',
    'modem',
    'module',
    'modules',
    'monitor',
    'mount',
    'mouse',
    'mozilla',
    'mysql',
    'network',
    'networking',
    'nfs',
    'nginx',
    'node',
    'npm',
    'ntfs',
    'nvidia',
    'os',
    'package',
    'packages',
    'panel',
    'partition',
    'partitions',
    'passwd',
    'password',
    'path',
    'pc',
    'perl',
    'permissions',
    'php',
    'pip',
    'port',
    'ports',
    'ppa',
    'printer',
    'profile',
    'pulseaudio',
    'python',
    'raid',
    'rebase',
    'registry',
    'repo',
    'repos',
    'repository',
    'resolution',
    'root',
    'router',
    'samba',
    'scanner',
    'screen',
    'script',
    'scripts',
    'sda',
    'sdb',
    'server',
    'settings',
    'setup',
    'shell',
    'sound',
    'sources',
    'ssd',
    'ssh',
    'sudo',
    'sudoers',
    'swap',
    'system',
    'terminal',
    'theme',
    'themes',
    'thunderbird',
    'ubuntu',
    'uefi',
    'update',
    'upgrade',
    'usb',
    'video',
    'vim',
    'vm',
    'vnc',
    'webcam',
    'wifi',
    'windows',
    'wine',
    'wireless',
    'x11',
    'xfce',
    'xorg',
    'xserver',
  ],
};

/** Adjectives that pass a verdict on a person: "stupid", "useless", "short-sighted". */
export const TRAIT = '#LexTrait+';
/** Every trait, "bad" too: for frames that make it a verdict themselves ("a bad friend"). */
export const ANY_TRAIT = '(#LexTrait|bad)+';
/** Traits that stay verdicts after "feel" ("I feel stupid"), and the labels: not "I feel awful". */
export const FELT_VERDICT = '#LexFelt+';
/** Nouns that name the whole person: "idiot", "failure", "waste of space". */
export const LABEL = '#LexLabel+';
/** Traits and labels in one group, for frames that take either: "silly me", "sorry for being a pain". */
export const VERDICT = '(#LexTrait|#LexLabel)+';
/** Failings owned as possessions: "my stupidity", "my incompetence". */
export const FAULT = '#LexFault';
/** Good qualities one can be told one lacks: "not smart enough". */
export const QUALITY = '#LexQuality';
/** A quality's lack, a description alone ("slow"), a verdict once measured against a place: "too slow for this job". */
export const SHORTFALL = '#LexShortfall';

/**
 * The places a person is measured against: "not cut out for [this job]", "too slow for [the team]". Ordinary
 * things ("too slow for the bus", "too short for the shelf") are not among them.
 */
export const PLACE =
  '(job|team|role|class|course|school|college|university|work|field|industry|career|company|program|programme|position|group|world|life|sport|game|level|band|league|profession|department|office|crew|club|major|degree|subject)';

/**
 * Being new is a state ("I'm a newbie here"); told with an intensifier it becomes a verdict: "I'm such a noob".
 * Those frames grade these words as clear.
 */
export const INEXPERIENCE = '(noob|n00b|newb|newbie|beginner|amateur)';
export const INEXPERIENCE_GRADES: Readonly<Record<string, Severity>> = {
  noob: 'clear',
  n00b: 'clear',
  newb: 'clear',
  newbie: 'clear',
  beginner: 'clear',
  amateur: 'clear',
};

/** Things a person is judged on when they talk about their own: "my spelling is awful", "my stupid brain". */
const FACULTY_WORDS = [
  'english',
  'grammar',
  'spelling',
  'punctuation',
  'vocabulary',
  'memory',
  'brain',
  'handwriting',
  'writing',
  'drawing',
  'cooking',
  'singing',
  'driving',
  'math',
  'maths',
  'french',
  'spanish',
  'german',
  'coding',
  'programming',
  'typing',
  'reading',
  'judgement',
  'judgment',
  'taste',
  'eyesight',
  'coordination',
  'aim',
  'abilities',
  'ability',
  'skills',
  'attention span',
  'sense of direction',
  'social skills',
  'people skills',
  'time management',
  'planning',
];
export const FACULTY = `(${FACULTY_WORDS.join('|')})`;
/** The prefilter's trigger for a faculty of one's own: "my [spelling]", "my stupid [brain]". */
export const FACULTY_TRIGGER = `my\\s+(?:[\\w-]+\\s+){0,2}(?:${FACULTY_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`;

/** A noun that is not a pronoun, a date or an interjection: "a lousy [sister]", not "a loser [today]". */
export const PERSON_NOUN = '(#Noun && !#Pronoun && !#Date && !#Expression && !#Emoji && !#Emoticon)';

/** Up to four intensifiers, articles or adverbs between "I am" and the verdict: "such a complete", "really so", "soooo". */
export const INTENSE = '/^s+o{3,}$/? (#LexIntense|#Adverb){0,4}';

/** Auxiliaries and modals that may stand between "I" and a copula: "I must be", "I've been", "I can be". */
export const MODAL = '(must|might|may|can|could|would|will|have|had|gotta)';
/** The copula itself, with "i m" written apart. */
export const BE = '(am|m|was|been|be)';

/** Adverbs that may sit between "I" and a verb: "I really screwed up", "I've totally messed up". */
export const ADVERBS =
  '(have|had|just|really|totally|completely|royally|seriously|majorly|truly|absolutely|kind|sort|of|again|already|so|probably|definitely|clearly|obviously|basically|honestly|literally|officially|pretty|much|somehow|also|both|single|keep|kept|#Adverb){0,3}';

/** Words that turn one event into a rule about oneself: "I always", "I keep". */
export const ALWAYS = '(always|constantly|continually|invariably|forever|keep|kept)';

/** Every form of the "mess up" family, spelled out. */
export const SCREW_VERBS =
  '(screw|screws|screwed|screwing|mess|messes|messed|messing|fuck|fucks|fucked|fucking|muck|mucks|mucked|mucking|ballsed|cocked|fuckin)';

/**
 * A noun in object position: "the report", "the numbers". Not bare `#Noun`, which includes pronouns and would
 * let "I screwed up the numbers, I'm …" run on into the next clause.
 */
export const OBJECT_TAGS = '#Singular|#Plural|#Uncountable|#Acronym';
export const OBJECT = `(${OBJECT_TAGS})`;

/** Things a person performs or is judged on: "I bombed the interview" (not "I bombed the staging API with requests"). */
export const PERFORMANCE =
  '(interview|presentation|pitch|demo|talk|speech|call|meeting|exam|test|review|audition|launch|quarter|deal|sale|opportunity|chance|lines|intro|question|answer|negotiation|deadline|project|assignment|rollout|release|report|job|game|match|race|date|shot)';

/** A system's object (see LexTech). */
const TECHNICAL = '(#LexTech)';

/**
 * Vetoes for a system's object, as two patterns: the words above, and any word with a dot or underscore
 * ("xorg.conf", "sources.list"); the pattern stands alone, as compromise's match-nets want a /regex/ outside ( | ) groups.
 */
export function technical(pattern: (object: string) => string): string[] {
  return [pattern(TECHNICAL), pattern('/[._]/'), pattern('#SlashedTerm')];
}

// ───────────────────────────── prefilter triggers (RegExp sources) ─────────────────────────────

/** A straight or curly apostrophe. */
export const A = "['’]";
/**
 * Up to `n` words in between: "let [the whole team] down". Any run of non-space counts as a word: the
 * prefilter only lets a sentence through to the parser, and the short form keeps its RegExp small (see
 * test/core/prefilter.test.ts).
 */
export const gap = (n: number) => `(?:\\S+\\s+){0,${n}}`;

/** Any verdict word of the lexicon, as a RegExp source (see wordsRegExp). */
const VERDICT_WORDS = wordsRegExp([...traits, ...OWN_FRAMES, ...labels, ...wordsOf(lex, { classes: ['fault'] })]);
/** "too" before a shortfall, a word apart: "too slow", "way too inexperienced". */
export const SHORTFALL_TRIGGER = `too\\s+${gap(1)}${wordsRegExp(lex.shortfalls)}`;

/** Words that, earlier in the sentence, make a verdict word worth parsing: the writer, a feeling, an apology, a comparison. */
const ANCHOR = `(?:i(?:${A}?(?:m|ve|d|ll))?|im|me|my|myself|mine|am|feel|feeling|felt|like|sorry|apologies|apologi[sz]e|sry|soz|excuse|forgive|pardon|sound|seem|look)`;

/**
 * The prefilter's view of the lexicon, as one alternative with one copy of the word list: a verdict word after
 * the writer, a feeling or an apology in the same sentence ("I'm such a [klutz]", "feeling so [dumb]",
 * "sorry for being a [pain]"), or before "me", "question" or "here" ("[silly] me", "[noob] question").
 * The look-arounds run only where a verdict word stands, so ordinary prose pays one pass of the word trie.
 */
export const VERDICT_TRIGGERS = [
  `${VERDICT_WORDS}(?:(?<=\\b${ANCHOR}\\b[^.!?\\n]{1,120})|(?=[^.!?\\n]{0,40}\\b(?:me|i|myself)\\b|\\s+(?:questions?|q|here|moments?)\\b))`,
];
