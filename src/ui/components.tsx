/**
 * Small pieces shared by the popup and the settings page.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeSeries, formatDay, type SeriesPoint } from '../shared/journal';

export function Switch(props: {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ComponentChildren;
  disabled?: boolean;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="switch-row">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        class="switch"
        type="checkbox"
        role="switch"
        aria-checked={props.checked}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.hint ? (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** `value` once it has stopped changing for `ms`: for work worth doing only when the typing pauses. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/**
 * A polite live region. `announce("Saved")` says it once; saying the same thing again is heard again
 * (the text is cleared first, so screen readers notice the change).
 */
export function useAnnouncer(clearAfterMs = 4000): { message: string; announce: (text: string) => void } {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const frame = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (frame.current) clearTimeout(frame.current);
    },
    [],
  );
  return {
    message,
    announce: (text: string) => {
      if (timer.current) clearTimeout(timer.current);
      if (frame.current) clearTimeout(frame.current);
      setMessage('');
      frame.current = setTimeout(() => {
        setMessage(text);
        timer.current = setTimeout(() => setMessage(''), clearAfterMs);
      }, 30);
    },
  };
}

const CHART_WIDTH = 300;
const CHART_HEIGHT = 84;

/** The last days as bars: an SVG with a text alternative, and the numbers in a table for those who want them. */
export function GrowthChart(props: { points: readonly SeriesPoint[]; id: string }) {
  const { points } = props;
  const max = Math.max(1, ...points.map((p) => p.kinder));
  const gap = 2;
  const barWidth = (CHART_WIDTH - gap * (points.length - 1)) / Math.max(1, points.length);
  const description = describeSeries(points);
  const descId = `${props.id}-desc`;
  const active = points.filter((p) => p.kinder > 0);
  return (
    <figure class="growth-chart">
      <svg
        viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT + 4}`}
        role="img"
        aria-labelledby={`${props.id}-title`}
        aria-describedby={descId}
        preserveAspectRatio="none"
      >
        <title id={`${props.id}-title`}>Kinder stories per day, last {points.length} days</title>
        <line class="growth-chart-base" x1="0" x2={CHART_WIDTH} y1={CHART_HEIGHT + 1} y2={CHART_HEIGHT + 1} />
        {points.map((p, i) => {
          const h = p.kinder === 0 ? 0 : Math.max(4, (p.kinder / max) * CHART_HEIGHT);
          return (
            <rect
              key={p.day}
              class={p.kinder > 0 ? 'growth-chart-bar' : 'growth-chart-empty'}
              x={i * (barWidth + gap)}
              y={p.kinder === 0 ? CHART_HEIGHT - 2 : CHART_HEIGHT - h}
              width={barWidth}
              height={p.kinder === 0 ? 2 : h}
              rx={Math.min(3, barWidth / 2)}
            />
          );
        })}
      </svg>
      <div class="growth-chart-axis" aria-hidden="true">
        <span>{points.length - 1} days ago</span>
        <span>Today</span>
      </div>
      <figcaption id={descId} class="hint">
        {description}
      </figcaption>
      {active.length > 0 ? (
        <details class="growth-chart-table">
          <summary>Show the days as a table</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Kinder stories</th>
                <th scope="col">Harsh stories noticed</th>
              </tr>
            </thead>
            <tbody>
              {active.map((p) => (
                <tr key={p.day}>
                  <td>{formatDay(p.day)}</td>
                  <td>{p.kinder}</td>
                  <td>{p.nudgesSeen}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}
