import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { WorldEvent } from '../../core/net/event';

const ROW = 30;
const VISIBLE = 10;

type Props = {
  events: readonly WorldEvent[];
  /** seq of the event the world stands just after (0 before the first). */
  position: number;
  onSeek(seq: number): void;
};

/**
 * The log as a list, windowed so a 10,000-event log costs no more to draw
 * than a short one. The event the world stands on is kept in view.
 */
export function EventList({ events, position, onSeek }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const start = events.length ? events[0]!.time : 0;
  const currentIndex = firstAtOrAfter(events, position);

  const height = Math.min(events.length, VISIBLE) * ROW + 2;

  useEffect(() => {
    const el = box.current;
    if (!el || currentIndex < 0) return;
    // From what we know, not from the DOM: reading scrollTop here would force
    // a layout of the whole page on every step of playback.
    const y = currentIndex * ROW;
    if (y < top || y + ROW > top + height) el.scrollTop = Math.max(0, y - ROW * 3);
    // Keyboard focus follows the current event, once React has drawn its row.
    if (el.contains(document.activeElement)) requestAnimationFrame(() => el.querySelector<HTMLElement>('[aria-current="step"]')?.focus());
  }, [currentIndex]);

  // One tab stop for the whole list (WAI-ARIA roving tabindex): the current
  // event, or the first drawn when the current one is filtered out.
  const onKeyDown = (e: KeyboardEvent) => {
    const exact = events[currentIndex]?.seq === position;
    const next = e.key === 'ArrowDown' ? events[exact ? currentIndex + 1 : currentIndex] : e.key === 'ArrowUp' ? events[currentIndex - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    onSeek(next.seq);
  };

  const first = Math.max(0, Math.floor(top / ROW) - 5);
  const last = Math.min(events.length, first + VISIBLE + 10);
  const tabStop = currentIndex >= first && currentIndex < last ? currentIndex : first;

  if (events.length === 0) return <p className="event-list-empty">No events yet, or none in the layers shown.</p>;
  return (
    <div className="event-list" ref={box} onScroll={(e) => setTop(e.currentTarget.scrollTop)} style={{ height }}>
      <ol style={{ height: events.length * ROW, paddingTop: first * ROW }} aria-label="Events" onKeyDown={onKeyDown}>
        {events.slice(first, last).map((e, i) => (
          <li key={e.seq} style={{ height: ROW }}>
            <button
              type="button"
              className={`event layer-${e.layer}`}
              aria-current={e.seq === position ? 'step' : undefined}
              tabIndex={first + i === tabStop ? 0 : -1}
              onClick={() => onSeek(e.seq)}
            >
              <span className="seq">{e.seq}</span>
              <span className="time">+{((e.time - start) / 1000).toFixed(3)} s</span>
              <span className="layer">{e.layer}</span>
              <span className="hop">
                {e.from === e.to ? e.from : `${e.from} → ${e.to}`}
              </span>
              <span className="summary">{e.summary}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Index of the first event with seq ≥ position (the log is in seq order), or -1. */
function firstAtOrAfter(events: readonly WorldEvent[], position: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.seq < position) lo = mid + 1;
    else hi = mid;
  }
  return lo < events.length ? lo : -1;
}
