/**
 * The words the reframer recognises a situation by. Written for Mastery from everyday English: the
 * people, tasks and things that people name when they write about work, study, family and friends,
 * their body and health, money and social life. Lowercase singular and plural forms; a word may
 * sit in two situations (a "presentation" is work, an "interview" is work that may be still to come).
 */
import type { Domain } from './wording/types';

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Nouns that name people: in a rewrite they always survive; in wording they fill a `person` slot. */
export const PEOPLE = words(`
  mother mothers mom moms mum mums mommy mummy father fathers dad dads daddy parent parents
  son sons daughter daughters kid kids child children baby babies toddler toddlers teenager teen teens
  husband wife partner partners boyfriend girlfriend fiance fiancee spouse sister sisters brother brothers
  sibling siblings family grandma grandmother grandpa grandfather grandparents aunt uncle cousin cousins
  in-laws mother-in-law father-in-law friend friends bestie roommate roommates flatmate flatmates neighbour
  neighbours neighbor neighbors team teammate teammates colleague colleagues coworker coworkers co-worker
  boss manager managers client clients customer customers user users student students teacher teachers
  professor tutor coach doctor patient patients audience guests host reader readers reviewer reviewers
  stakeholders board investors recruiter interviewer interviewers classmates crew staff
`);

/** Nouns for a role the writer holds: "a failure as a mother" keeps "mother". */
export const ROLES = words(`
  mother mom mum father dad parent wife husband partner girlfriend boyfriend friend sister brother daughter
  son student manager engineer developer designer leader lead teacher writer nurse doctor employee boss
  founder colleague teammate analyst coach host grown-up grandmother grandfather
  aunt uncle roommate tutor intern researcher programmer coder editor consultant recruiter
`);

/** Label nouns: names for the whole self, never a topic. */
export const LABEL_NOUNS = words(`
  idiot idiots moron fool failure failures loser losers fraud frauds mess disaster disappointment burden
  embarrassment joke waste screwup screw-up let-down letdown nuisance pain pest liability wreck klutz
  dummy dumbass clown dunce imposter impostor charlatan lump space potential cause
`);

/**
 * Things a person makes or hands in: a template that speaks of "the work I put into" something only
 * takes one of these ("the report", not "the house" or "the bus").
 */
export const PRODUCTS = words(`
  report reports deck decks slide slides presentation presentations email emails draft drafts code release releases
  proposal proposals pitch summary summaries doc docs document documents post posts design designs plan plans article
  articles letter letters application applications thesis speech speeches spreadsheet spreadsheets notes invoice
  invoices website app feature features paper papers assignment assignments homework essay essays cv resume portfolio
  page pages forecast budget migration migrations rollout rollouts deploy deployment build builds config changelog
  review reviews update updates memo brief handover handovers estimate estimates timesheet timesheets schedule rota
  agenda demo demos launch launches tickets ticket pr prs test tests chapter chapters story stories video videos
  project projects work coursework dissertation translation analysis model models dashboard
`);

/** Words that say what kind of situation it is. */
export const DOMAIN_WORDS: Record<Domain, ReadonlySet<string>> = {
  work: words(`
    work job jobs role office shift report reports deck decks slide slides presentation presentations release
    releases migration migrations deploy deploys deployment rollout rollouts ticket tickets email emails meeting
    meetings client clients customer customers project projects deadline deadlines on-call code codebase build
    builds pr prs review reviews invoice invoices spreadsheet spreadsheets standup standups sprint sprints demo
    demos proposal proposals pitch pitches quarter boss manager team colleague colleagues coworker coworkers
    config server servers bug bugs launch launches notes data database backlog roadmap contract contracts budget
    forecast payroll promotion onboarding handover handovers estimate estimates timesheet timesheets expenses
    shipment shipments rota schedule agenda thread memo brief draft drafts summary checklist outage incident
    incidents feature features test-suite pipeline app website update updates interview interviews career request requests
  `),
  study: words(`
    exam exams test tests quiz quizzes grade grades class classes course courses homework assignment assignments
    essay essays thesis dissertation lecture lectures professor school uni university college studies studying
    study revision module modules semester term gpa math maths physics chemistry biology history lesson lessons
    tutor coursework finals final midterm midterms textbook degree seminar seminars tutorial a-level a-levels sat gcse gcses paper papers
    piano guitar violin spanish french german language languages driving theory codebase bootcamp
  `),
  family: words(`
    mother mom mum mommy mummy father dad daddy parent parents parenting motherhood fatherhood son sons daughter
    daughters kid kids child children baby toddler teenager husband wife partner boyfriend girlfriend spouse
    sister brother sibling siblings family grandma grandmother grandpa grandfather in-laws marriage bedtime
    home household chores
  `),
  body: words(`
    body weight gym workout workouts run runs running diet food eating skin face hair sleep health doctor
    illness fat thighs belly stomach arms legs mirror jeans clothes pounds kilos exercise yoga steps marathon
    fitness shape figure appetite meals snacks cake pizza chocolate dessert takeaway physio physiotherapy exercises stretches
  `),
  money: words(`
    money debt debts bills bill rent savings salary loan loans overdraft bank paycheck payday spending
    mortgage taxes tax pension price prices credit card cards finances wallet purchase purchases groceries
  `),
  social: words(`
    friend friends friendship party parties dinner dinners drinks conversation conversations chat chats group
    text texts joke jokes birthday birthdays hangout coffee lunch talk neighbour neighbours roommate
    invite invites wedding reunion gathering barbecue small-talk bestie evening night out
  `),
};

/** Verbs and phrases that place a thought in a situation even without a noun ("I said…", "I ate…"). */
export const DOMAIN_VERBS: Record<Domain, RegExp> = {
  work: /\b(?:deploy(?:ed|ing)?|ship(?:ped|ping)?|code[ds]?|coding|present(?:ed|ing)?|estimat(?:e|ed|ing)|debug(?:ged|ging)?)\b/i,
  study:
    /\b(?:stud(?:y|ied|ying)|revis(?:e|ed|ing)|fail(?:ed)? (?:the|this|my) (?:exam|test|class|course)|learn(?:ed|ing)? to (?:drive|play|speak))\b/i,
  family: /\b(?:parenting|yelled at (?:the|my) kids|snapped at (?:him|her|my))\b/i,
  body: /\b(?:ate|eat(?:ing)?|binge(?:d)?|skipped the gym|work(?:ed|ing)? out|weigh(?:ed|s)?|gained|lost) (?:so much|weight|again|too much|the gym|\d)/i,
  money: /\b(?:spent|spend(?:ing)?|overspent|afford|owe|broke)\b/i,
  social: /\b(?:awkward|embarrassed myself|at the party|at dinner|in the group chat)\b/i,
};
