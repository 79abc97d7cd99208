// localStorage, written at most every few hundred milliseconds. Playing at
// full speed changes the position sixty times a second; serialising every
// change would cost more than drawing it. Whatever is pending is written when
// the page is hidden or closed, so nothing is lost on a reload.
import type { StateStorage } from 'zustand/middleware';

const DELAY = 400;

export function lazyLocalStorage(): StateStorage {
  const pending = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    for (const [k, v] of pending) {
      try {
        localStorage.setItem(k, v);
      } catch {
        // Over quota or storage disabled: the session goes on, unsaved.
      }
    }
    pending.clear();
  };
  addEventListener('pagehide', flush);
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  return {
    getItem: (k) => pending.get(k) ?? localStorage.getItem(k),
    setItem: (k, v) => {
      pending.set(k, v);
      timer ??= setTimeout(flush, DELAY);
    },
    removeItem: (k) => {
      pending.delete(k);
      localStorage.removeItem(k);
    },
  };
}
