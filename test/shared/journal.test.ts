import { describe, expect, test } from 'vitest';
import {
  allTimeTotals,
  celebrations,
  daysBefore,
  describeSeries,
  formatDay,
  nextDayKey,
  series,
  streaks,
  summaryLine,
  weekTotals,
} from '../../src/shared/journal';
import { dayKey, emptyJournal, recordInJournal, type Journal, type JournalCounter } from '../../src/shared/settings';

const NOW = new Date(2024, 2, 10, 15, 30); // 10 March 2024, afternoon, local time

/** A journal with `counter` raised on each of the given days-ago offsets. */
function journalWith(entries: Array<[daysAgo: number, counter: JournalCounter, by?: number]>): Journal {
  let j = emptyJournal();
  for (const [ago, counter, by] of entries) j = recordInJournal(j, counter, daysBefore(NOW, ago), by ?? 1);
  return j;
}

describe('daysBefore and nextDayKey', () => {
  test('step over month ends, leap days and year ends by the calendar', () => {
    expect(dayKey(daysBefore(NOW, 10))).toBe('2024-02-29');
    expect(dayKey(daysBefore(new Date(2024, 0, 1, 0, 5), 1))).toBe('2023-12-31');
    expect(nextDayKey('2024-02-28')).toBe('2024-02-29');
    expect(nextDayKey('2023-02-28')).toBe('2023-03-01');
    expect(nextDayKey('2023-12-31')).toBe('2024-01-01');
  });

  test('a daylight-saving change does not skip or repeat a day', () => {
    // Europe and the US change clocks in March; whatever the machine's zone, 40 consecutive keys are distinct days.
    const keys = Array.from({ length: 40 }, (_, i) => dayKey(daysBefore(new Date(2024, 3, 5), i)));
    expect(new Set(keys).size).toBe(40);
    for (let i = 1; i < keys.length; i++) expect(nextDayKey(keys[i] as string)).toBe(keys[i - 1]);
  });
});

describe('weekTotals', () => {
  test('sums the last seven days, today included, and nothing older', () => {
    const j = journalWith([
      [0, 'reframesPractised', 2],
      [3, 'rewritesAccepted'],
      [6, 'nudgesSeen', 4],
      [6, 'dismissals'],
      [7, 'reframesPractised', 9], // eight days ago counting today: last week
    ]);
    expect(weekTotals(j, NOW)).toEqual({
      nudgesSeen: 4,
      rewritesAccepted: 1,
      dismissals: 1,
      reframesPractised: 2,
      kinder: 3,
      daysPractised: 2,
    });
  });

  test('is all zeros for an empty journal', () => {
    expect(weekTotals(emptyJournal(), NOW).kinder).toBe(0);
  });

  test('allTimeTotals counts every stored day', () => {
    const j = journalWith([
      [0, 'reframesPractised'],
      [100, 'rewritesAccepted', 3],
    ]);
    expect(allTimeTotals(j)).toMatchObject({ kinder: 4, daysPractised: 2 });
  });
});

describe('streaks', () => {
  test('counts consecutive days of practice ending today', () => {
    const j = journalWith([
      [0, 'reframesPractised'],
      [1, 'rewritesAccepted'],
      [2, 'reframesPractised'],
      [4, 'reframesPractised'],
    ]);
    expect(streaks(j, NOW)).toEqual({ current: 3, longest: 3, today: true });
  });

  test('a streak that ended yesterday is still current: today is not over', () => {
    const j = journalWith([
      [1, 'reframesPractised'],
      [2, 'reframesPractised'],
    ]);
    expect(streaks(j, NOW)).toEqual({ current: 2, longest: 2, today: false });
  });

  test('noticing alone and dismissals are not practice days', () => {
    const j = journalWith([
      [0, 'nudgesSeen', 5],
      [1, 'dismissals', 2],
    ]);
    expect(streaks(j, NOW)).toEqual({ current: 0, longest: 0, today: false });
  });

  test('remembers the longest run, across month ends', () => {
    const j = journalWith([
      [0, 'reframesPractised'],
      [9, 'reframesPractised'], // 1 March
      [10, 'reframesPractised'], // 29 February
      [11, 'reframesPractised'], // 28 February
      [12, 'reframesPractised'], // 27 February
    ]);
    expect(streaks(j, NOW)).toEqual({ current: 1, longest: 4, today: true });
  });

  test('an empty journal has no streak', () => {
    expect(streaks(emptyJournal(), NOW)).toEqual({ current: 0, longest: 0, today: false });
  });
});

describe('series', () => {
  test('has one point per day for 30 days, oldest first, today last, with gaps as zeros', () => {
    const j = journalWith([
      [0, 'reframesPractised', 2],
      [29, 'rewritesAccepted'],
      [30, 'rewritesAccepted', 7], // outside the window
    ]);
    const points = series(j, NOW);
    expect(points).toHaveLength(30);
    expect(points[29]).toMatchObject({ day: '2024-03-10', reframesPractised: 2, kinder: 2 });
    expect(points[0]).toMatchObject({ day: dayKey(daysBefore(NOW, 29)), rewritesAccepted: 1, kinder: 1 });
    expect(points.slice(1, 29).every((p) => p.kinder === 0)).toBe(true);
    expect(points.reduce((n, p) => n + p.kinder, 0)).toBe(3);
  });

  test('formatDay says a day as people do', () => {
    expect(formatDay('2024-03-07')).toBe('7 March');
    expect(formatDay('2023-12-31')).toBe('31 December');
  });

  test('can be asked for another length', () => {
    expect(series(emptyJournal(), NOW, 7)).toHaveLength(7);
  });

  test('describeSeries gives the chart a text alternative', () => {
    const j = journalWith([
      [0, 'reframesPractised', 2],
      [3, 'rewritesAccepted', 5],
    ]);
    expect(describeSeries(series(j, NOW))).toBe(
      '7 kinder stories over the last 30 days, on 2 days; the most in one day was 5, on 7 March.',
    );
    expect(describeSeries(series(emptyJournal(), NOW))).toBe('The chart of the last 30 days fills in as you practise.');
  });
});

describe('celebratory copy', () => {
  test('celebrates the week and the streak', () => {
    const j = journalWith([
      [0, 'reframesPractised', 5],
      [1, 'rewritesAccepted', 4],
      [2, 'reframesPractised', 3],
      [2, 'nudgesSeen', 1],
    ]);
    expect(celebrations(j, NOW)).toEqual([
      '12 kinder stories this week',
      'You practised 3 days in a row',
      '1 harsh story noticed this week',
    ]);
    expect(summaryLine(j, NOW)).toBe('12 kinder stories this week · You practised 3 days in a row');
  });

  test('uses the singular for one', () => {
    const j = journalWith([[0, 'reframesPractised']]);
    expect(celebrations(j, NOW)).toEqual(['1 kinder story this week', 'You practised today']);
  });

  test('never counts what did not happen', () => {
    const lines = [
      ...celebrations(emptyJournal(), NOW),
      summaryLine(emptyJournal(), NOW),
      ...celebrations(journalWith([[40, 'reframesPractised', 2]]), NOW),
      ...celebrations(journalWith([[0, 'dismissals', 3]]), NOW),
    ];
    for (const line of lines) expect(line).not.toMatch(/\b0\b|missed|broke|lost|only|fail/i);
    expect(summaryLine(emptyJournal(), NOW)).toBe('Your growth journal starts with your first kinder story.');
    expect(celebrations(journalWith([[40, 'reframesPractised', 2]]), NOW)).toEqual(['2 kinder stories so far, and counting']);
  });
});
