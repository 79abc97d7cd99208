import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { WorldEvent } from '../../core/net/index';
import type { MomentAt } from '../../core/scenarios/index';

const ROW = 30;
/** Rows drawn before the box has been measured. */
const VISIBLE = 10;

type Props = {
  events: readonly WorldEvent[];
  /** seq of the event the world stands just after (0 before the first). */
  position: number;
  /** The scenario's teaching moments, marked on their rows. */
  moments?: readonly MomentAt[];
  onSeek(seq: number): void;
};

/**
 * The log as a list, windowed so a 10,000-event log costs no more to draw
 * than a short one. The event the world stands on is kept in view.
 */
export function EventList({ events, position, moments = [], onSeek }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // `apply`: this scroll position was chosen here and is not yet the box's own.
  const [scroll, setScroll] = useState({ top: 0, apply: false });
  const [followed, setFollowed] = useState(-1);
  const start = events.length ? events[0]!.time : 0;
  const currentIndex = firstAtOrAfter(events, position);

  // The box fills what its panel gives it; how many rows that is follows the panel's size.
  const [height, setHeight] = useState(VISIBLE * ROW);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => el.clientHeight > 0 && setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [events.length === 0]);
  const visible = Math.ceil(height / ROW);
  // A box taller than its rows cannot scroll as far as was asked: the rows drawn follow where it can.
  const maxTop = Math.max(0, events.length * ROW - height);
  const top = Math.min(scroll.top, maxTop);

  // The current event is brought into view while rendering, from what we
  // know rather than from the DOM, so the rows drawn are already those at
  // the new position: the scroll event that follows finds nothing to change,
  // instead of costing each step of playback a second render and layout.
  if (currentIndex !== followed) {
    setFollowed(currentIndex);
    const y = currentIndex * ROW;
    if (currentIndex >= 0 && (y < top || y + ROW > top + height)) setScroll({ top: Math.min(maxTop, Math.max(0, y - ROW * 3)), apply: true });
  }

  // Set once layout is done: an observer's first call comes then, before
  // the paint. Set here, mid-commit, the scroll would force a layout of the
  // whole page, the one the frame is about to do anyway.
  useLayoutEffect(() => {
    const el = box.current;
    if (!scroll.apply || !el) return;
    const afterLayout = new ResizeObserver(() => {
      afterLayout.disconnect();
      el.scrollTop = scroll.top;
    });
    afterLayout.observe(el);
    return () => afterLayout.disconnect();
  }, [scroll]);

  useEffect(() => {
    const el = box.current;
    // Keyboard focus follows the current event, once React has drawn its row.
    if (el?.contains(document.activeElement)) requestAnimationFrame(() => el.querySelector<HTMLElement>('[aria-current="step"]')?.focus());
  }, [currentIndex]);

  // The same position again (the echo of one chosen above) keeps the state, so React skips the render.
  const onScroll = (y: number) => setScroll((s) => (s.top === y ? s : { top: y, apply: false }));

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
  const last = Math.min(events.length, first + visible + 10);
  const tabStop = currentIndex >= first && currentIndex < last ? currentIndex : first;

  if (events.length === 0) return <p className="event-list-empty">No events yet, or none in the layers shown.</p>;
  return (
    <div className="event-list" ref={box} onScroll={(e) => onScroll(e.currentTarget.scrollTop)}>
      <ol style={{ height: events.length * ROW, paddingTop: first * ROW }} aria-label="Events" onKeyDown={onKeyDown}>
        {/* Keyed by event, not by slot in the window: a focused row stays the
            event it was when the list scrolls (focus itself scrolls it), and
            a window is only a few dozen rows to create after a jump. */}
        {events.slice(first, last).map((e, i) => {
          const moment = moments.find((m) => m.seq === e.seq);
          return (
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
                <span className="summary">
                  {moment && <span className="moment-mark" title={moment.caption}>★ <span className="sr-only">Key moment: {moment.caption}. </span></span>}
                  {e.summary}
                </span>
              </button>
            </li>
          );
        })}
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
