import { useEffect, useId, useRef, useState } from 'react';
import type { MomentAt } from '../../core/scenarios/index';

type Props = { position: number; length: number; label: string; marks?: readonly MomentAt[]; onSeek(position: number): void };

/**
 * The slider over the whole log. A drag sends far more input events than
 * the screen shows frames, so the thumb follows the pointer at once and the
 * world is moved at most once a frame, to wherever the thumb is by then.
 */
export function Scrubber({ position, length, label, marks = [], onSeek }: Props) {
  const listId = useId();
  const [dragged, setDragged] = useState<number | null>(null);
  const frame = useRef(0);
  const target = useRef(position);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const onChange = (value: number) => {
    setDragged(value);
    target.current = value;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      onSeek(target.current);
      setDragged(null);
    });
  };

  // Moments are ticks on the track (a datalist, which the browser draws) and marks above it with their captions.
  return (
    <div className="scrubber-box">
      <input
        className="scrubber"
        type="range"
        aria-label="Scrubber"
        min={0}
        max={length}
        list={marks.length ? listId : undefined}
        value={dragged ?? position}
        aria-valuetext={label}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {marks.length > 0 && (
        <>
          <datalist id={listId}>
            {marks.map((m) => (
              <option key={m.seq} value={m.seq} label={m.caption} />
            ))}
          </datalist>
          <div className="moment-ticks" aria-hidden="true">
            {marks.map((m) => (
              <span key={m.seq} className={m.main ? 'moment-tick main' : 'moment-tick'} style={{ left: `${(m.seq / Math.max(1, length)) * 100}%` }} title={m.caption}>
                ★
              </span>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
