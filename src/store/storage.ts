// Where the stores persist: localStorage when there is one, memory otherwise
// (Node, the unit tests). A failed save (over quota, storage disabled) never
// breaks the action that caused it: the session goes on, unsaved.
import type { StateStorage } from 'zustand/middleware';

type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function memory(): Backing {
  const values = new Map<string, string>();
  return {
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => void values.set(k, v),
    removeItem: (k) => void values.delete(k),
  };
}

function backing(): Backing {
  return typeof localStorage === 'undefined' ? memory() : localStorage;
}

/** A storage that swallows errors on save: a draft with a large attachment must not break typing. */
export function forgiving(storage: StateStorage): StateStorage {
  return {
    getItem: (name) => storage.getItem(name),
    setItem: (name, value) => {
      try {
        return storage.setItem(name, value);
      } catch {
        return undefined;
      }
    },
    removeItem: (name) => storage.removeItem(name),
  };
}

/** localStorage (or memory), written at once, errors on save swallowed. */
export function safeLocalStorage(): StateStorage {
  return forgiving(backing());
}

const DELAY = 400;

/**
 * localStorage, written at most every few hundred milliseconds. Playing at
 * full speed changes the position sixty times a second; serialising every
 * change would cost more than drawing it. Whatever is pending is written when
 * the page is hidden or closed, so nothing is lost on a reload.
 */
export function lazyLocalStorage(): StateStorage {
  const saved = safeLocalStorage();
  const pending = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const [k, v] of pending) void saved.setItem(k, v);
    pending.clear();
  };
  if (typeof document !== 'undefined') {
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  }
  return {
    getItem: (k) => pending.get(k) ?? saved.getItem(k),
    setItem: (k, v) => {
      pending.set(k, v);
      timer ??= setTimeout(flush, DELAY);
    },
    removeItem: (k) => {
      pending.delete(k);
      return saved.removeItem(k);
    },
  };
}
