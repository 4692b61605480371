/**
 * Reading the growth journal: week totals, streaks and the last-30-days series, plus the
 * celebratory sentences built from them. Pure functions of a Journal and a date, so the popup,
 * the options page and the tests all agree. The copy celebrates what happened and never counts
 * what did not: no "you missed", no "0 days".
 */
import { dayKey, emptyDay, JOURNAL_COUNTERS, type Journal, type JournalDay } from './settings';

/** A day's count of kinder stories: rewrites the user accepted plus reframes practised in the popup. */
export function kinderStories(day: JournalDay): number {
  return day.rewritesAccepted + day.reframesPractised;
}

/** Any practice at all that day: a kinder story told, or a harsh one noticed and let go. */
export function practisedOn(day: JournalDay): boolean {
  return kinderStories(day) > 0;
}

/** The local date `n` days before `now` (n = 0 is today). Uses calendar arithmetic, so DST shifts do not skip days. */
export function daysBefore(now: Date, n: number): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - n, 12);
}

function dayOf(journal: Journal, date: Date): JournalDay {
  return journal.days[dayKey(date)] ?? emptyDay();
}

export type Totals = JournalDay & { kinder: number; daysPractised: number };

/** Totals of the `days` days ending today (7 by default: "this week"). */
export function totals(journal: Journal, now: Date, days = 7): Totals {
  const sum: Totals = { ...emptyDay(), kinder: 0, daysPractised: 0 };
  for (let i = 0; i < days; i++) {
    const day = dayOf(journal, daysBefore(now, i));
    for (const c of JOURNAL_COUNTERS) sum[c] += day[c];
    sum.kinder += kinderStories(day);
    if (practisedOn(day)) sum.daysPractised++;
  }
  return sum;
}

/** Totals for the last 7 days, today included. */
export function weekTotals(journal: Journal, now: Date): Totals {
  return totals(journal, now, 7);
}

/** Totals over the whole journal. */
export function allTimeTotals(journal: Journal): Totals {
  const sum: Totals = { ...emptyDay(), kinder: 0, daysPractised: 0 };
  for (const day of Object.values(journal.days)) {
    for (const c of JOURNAL_COUNTERS) sum[c] += day[c];
    sum.kinder += kinderStories(day);
    if (practisedOn(day)) sum.daysPractised++;
  }
  return sum;
}

export interface Streaks {
  /**
   * Consecutive days of practice ending today, or ending yesterday when today has no practice yet
   * (the day is not over: a streak is never "broken" before it has to be).
   */
  current: number;
  /** The longest run of consecutive days of practice in the journal. */
  longest: number;
  /** Whether today already has practice. */
  today: boolean;
}

export function streaks(journal: Journal, now: Date): Streaks {
  const today = practisedOn(dayOf(journal, now));
  let current = 0;
  for (let i = today ? 0 : 1; practisedOn(dayOf(journal, daysBefore(now, i))); i++) current++;

  const practised = Object.keys(journal.days)
    .filter((k) => practisedOn(journal.days[k] as JournalDay))
    .sort();
  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const key of practised) {
    run = previous !== null && nextDayKey(previous) === key ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = key;
  }
  return { current, longest: Math.max(longest, current), today };
}

/** "2024-02-28" → "2024-02-29". */
export function nextDayKey(key: string): string {
  const [y, m, d] = key.split('-').map(Number);
  return dayKey(new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1, 12));
}

export interface SeriesPoint extends JournalDay {
  /** YYYY-MM-DD. */
  day: string;
  kinder: number;
}

/** One point per day for the last `days` days, oldest first, today last; days without entries are zeros. */
export function series(journal: Journal, now: Date, days = 30): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = daysBefore(now, i);
    const day = dayOf(journal, date);
    out.push({ day: dayKey(date), ...day, kinder: kinderStories(day) });
  }
  return out;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-03-10" → "10 March", as people say a day. */
export function formatDay(key: string): string {
  const [, m, d] = key.split('-').map(Number);
  return `${d ?? ''} ${MONTHS[(m ?? 1) - 1] ?? ''}`.trim();
}

/**
 * Short celebratory lines for what the journal holds, most encouraging first. Empty journals get an
 * invitation, never a zero.
 */
export function celebrations(journal: Journal, now: Date): string[] {
  const week = weekTotals(journal, now);
  const run = streaks(journal, now);
  const lines: string[] = [];
  if (week.kinder > 0) lines.push(`${plural(week.kinder, 'kinder story', 'kinder stories')} this week`);
  if (run.current >= 2) lines.push(`You practised ${run.current} days in a row`);
  else if (run.today) lines.push('You practised today');
  if (week.nudgesSeen > 0) lines.push(`${plural(week.nudgesSeen, 'harsh story', 'harsh stories')} noticed this week`);
  if (lines.length === 0) {
    const ever = allTimeTotals(journal);
    if (ever.kinder > 0) lines.push(`${plural(ever.kinder, 'kinder story', 'kinder stories')} so far, and counting`);
  }
  return lines;
}

/** The popup's one line: the best two celebrations, or a warm invitation when the journal is empty. */
export function summaryLine(journal: Journal, now: Date): string {
  const lines = celebrations(journal, now);
  if (lines.length === 0) return 'Your growth journal starts with your first kinder story.';
  return lines.slice(0, 2).join(' · ');
}

/** A sentence describing the last-30-days chart, for people who cannot see it. */
export function describeSeries(points: readonly SeriesPoint[]): string {
  const total = points.reduce((n, p) => n + p.kinder, 0);
  const active = points.filter((p) => p.kinder > 0);
  if (total === 0) return `The chart of the last ${points.length} days fills in as you practise.`;
  const best = active.reduce((a, b) => (b.kinder > a.kinder ? b : a));
  return (
    `${plural(total, 'kinder story', 'kinder stories')} over the last ${points.length} days, ` +
    `on ${plural(active.length, 'day', 'days')}; the most in one day was ${best.kinder}, on ${formatDay(best.day)}.`
  );
}
