// Scrolls a highlighted range into view inside its own scrolling box (never
// the page), so hovering a step far down an input shows where it is.
import { useLayoutEffect, type RefObject } from 'react';

const MARKS = 'mark.hl-step, mark.hl-linked, mark.hl-error-focus';

export function useReveal(box: RefObject<HTMLElement | null>, key: unknown, selector = MARKS, scroller?: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const container = box.current;
    const target = scroller?.current ?? container;
    const mark = container?.querySelector<HTMLElement>(selector);
    if (!container || !target || !mark) return;
    const top = mark.offsetTop;
    if (top < target.scrollTop || top + mark.offsetHeight > target.scrollTop + target.clientHeight) {
      target.scrollTop = Math.max(0, top - target.clientHeight / 3);
    }
  }, [box, key, selector, scroller]);
}
