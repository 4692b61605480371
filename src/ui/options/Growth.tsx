/**
 * "Your growth": what the journal holds, celebrated. Counts this week, the current streak, a chart of
 * the last 30 days, and, when the user keeps reframe text, the stories they chose and what they learned.
 */
import { allTimeTotals, celebrations, series, streaks, weekTotals } from '../../shared/journal';
import type { Journal } from '../../shared/settings';
import { GrowthChart } from '../components';

function Stat(props: { value: number; label: string }) {
  return (
    <div class="stat">
      <span class="stat-value">{props.value}</span>
      <span class="stat-label">{props.label}</span>
    </div>
  );
}

export function Growth(props: { journal: Journal; now: Date; keepText: boolean }) {
  const { journal, now } = props;
  const week = weekTotals(journal, now);
  const run = streaks(journal, now);
  const ever = allTimeTotals(journal);
  const lines = celebrations(journal, now);
  const points = series(journal, now, 30);
  const recent = [...journal.entries]
    .filter((e) => e.after)
    .reverse()
    .slice(0, 5);

  return (
    <div class="growth">
      {lines.length > 0 ? (
        <ul class="celebrations" data-testid="celebrations">
          {lines.map((l) => (
            <li key={l}>
              <span aria-hidden="true">✿</span> {l}
            </li>
          ))}
        </ul>
      ) : (
        <p class="growth-empty">
          Your growth journal starts with your first kinder story: reframe a thought in Mastery’s popup, or accept a kinder rewrite while
          you write.
        </p>
      )}

      {ever.kinder > 0 || ever.nudgesSeen > 0 ? (
        <div class="stats">
          {week.kinder > 0 ? (
            <Stat value={week.kinder} label={week.kinder === 1 ? 'kinder story this week' : 'kinder stories this week'} />
          ) : null}
          {run.current > 0 ? (
            <Stat value={run.current} label={run.current === 1 ? 'day of practice in a row' : 'days of practice in a row'} />
          ) : null}
          {run.longest > 1 ? <Stat value={run.longest} label="days in your longest run" /> : null}
          {ever.kinder > 0 ? (
            <Stat value={ever.kinder} label={ever.kinder === 1 ? 'kinder story in all' : 'kinder stories in all'} />
          ) : null}
        </div>
      ) : null}

      <GrowthChart id="growth-chart" points={points} />

      {props.keepText && recent.length > 0 ? (
        <div class="recent">
          <h3>Stories you chose</h3>
          <ul class="recent-list">
            {recent.map((e) => (
              <li key={e.at}>
                <p class="recent-after">{e.after}</p>
                {e.learned ? (
                  <p class="recent-learned">
                    <span aria-hidden="true">✿</span> What I learned: {e.learned}
                  </p>
                ) : null}
                {e.before ? <p class="hint">In place of: {e.before}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
