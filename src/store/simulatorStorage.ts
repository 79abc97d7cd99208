// localStorage, written at most every few hundred milliseconds. Playing at
// full speed changes the position sixty times a second; serialising every
// change would cost more than drawing it. Whatever is pending is written when
// the page is hidden or closed, so nothing is lost on a reload. Where there
// is no localStorage (Node, the unit tests), it keeps the values in memory.
import type { StateStorage } from 'zustand/middleware';

const DELAY = 400;

type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function memory(): Backing {
  const values = new Map<string, string>();
  return {
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => void values.set(k, v),
    removeItem: (k) => void values.delete(k),
  };
}

export function lazyLocalStorage(): StateStorage {
  const backing: Backing = typeof localStorage === 'undefined' ? memory() : localStorage;
  const pending = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const [k, v] of pending) {
      try {
        backing.setItem(k, v);
      } catch {
        // Over quota or storage disabled: the session goes on, unsaved.
      }
    }
    pending.clear();
  };
  if (typeof document !== 'undefined') {
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  }
  return {
    getItem: (k) => pending.get(k) ?? backing.getItem(k),
    setItem: (k, v) => {
      pending.set(k, v);
      timer ??= setTimeout(flush, DELAY);
    },
    removeItem: (k) => {
      pending.delete(k);
      backing.removeItem(k);
    },
  };
}
