import { useEffect, useRef, useState } from 'react';

type Props = { position: number; length: number; label: string; onSeek(position: number): void };

/**
 * The slider over the whole log. A drag sends far more input events than
 * the screen shows frames, so the thumb follows the pointer at once and the
 * world is moved at most once a frame, to wherever the thumb is by then.
 */
export function Scrubber({ position, length, label, onSeek }: Props) {
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

  return (
    <input
      className="scrubber"
      type="range"
      aria-label="Scrubber"
      min={0}
      max={length}
      value={dragged ?? position}
      aria-valuetext={label}
      onChange={(e) => onChange(Number(e.target.value))}
    />
  );
}
