// Which rows of a long list a scrolling box draws: those in view and a few
// either side, with the height of the rest kept by two spacers. Nothing here
// walks the whole list (rowOffsets: O(log n) a question), and nothing asks
// for layout while React commits: the box's height and the rows' heights
// come from ResizeObservers, which the browser calls after its own layout.
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { indexAt, offsetOf, rowOffsets, setSize, sizeOf } from './rowOffsets';

export type VirtualRows = {
  /** The first row drawn. */
  first: number;
  /** One past the last row drawn. */
  end: number;
  /** Heights of the rows not drawn, above and below. */
  before: number;
  after: number;
  /** A ref for each drawn row (which carries data-index): its height is measured. */
  measure(row: HTMLElement | null): (() => void) | undefined;
};

type Viewport = { top: number; height: number };

/**
 * `list` is the identity of the rows: a new one forgets the measured heights.
 * The box should have `overflow-anchor: none`: rows measured above the view
 * move the scroll position here, and the browser's anchoring would move it
 * again.
 */
export function useVirtualRows(box: RefObject<HTMLElement | null>, list: unknown, count: number, estimate: number, overscan: number): VirtualRows {
  // `list` is in the keys: the same count of other rows is other heights.
  const rows = useMemo(() => rowOffsets(count, estimate), [list, count, estimate]);
  // Until the box is laid out, as if it were as tall as the window: enough rows, and no layout asked for.
  const [view, setView] = useState<Viewport>(() => ({ top: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight }));
  const [, setMeasured] = useState(0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const update = () => setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
    el.addEventListener('scroll', update, { passive: true });
    const sized = new ResizeObserver(update);
    sized.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      sized.disconnect();
    };
  }, [box]);

  const observer = useMemo(
    () =>
      new ResizeObserver((entries) => {
        const el = box.current;
        const top = el?.scrollTop ?? 0;
        let changed = false;
        let shift = 0;
        for (const e of entries) {
          const i = Number((e.target as HTMLElement).dataset.index);
          const size = e.borderBoxSize[0]?.blockSize ?? e.contentRect.height;
          const was = sizeOf(rows, i);
          const above = offsetOf(rows, i) < top;
          if (!setSize(rows, i, size)) continue;
          changed = true;
          // A row above the view that turns out taller or shorter than counted moves what is in view: move back.
          if (above) shift += size - was;
        }
        if (el && shift !== 0) el.scrollTop += shift;
        if (changed) setMeasured((n) => n + 1);
      }),
    [box, rows],
  );
  // Each row stops being observed when it leaves (or the observer is replaced): nothing else to disconnect.
  const measure = useCallback(
    (row: HTMLElement | null) => {
      if (!row) return undefined;
      observer.observe(row);
      return () => observer.unobserve(row);
    },
    [observer],
  );

  const first = Math.max(0, indexAt(rows, view.top) - overscan);
  const end = Math.min(rows.count, indexAt(rows, view.top + view.height) + 1 + overscan);
  return { first, end, before: offsetOf(rows, first), after: offsetOf(rows, rows.count) - offsetOf(rows, end), measure };
}
