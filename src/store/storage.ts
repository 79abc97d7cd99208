// Where the stores persist: localStorage when there is one, memory otherwise
// (Node, the unit tests). A failed save (over quota, storage disabled) never
// breaks the action that caused it: the session goes on, unsaved.
import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';

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
 * change would cost more than drawing it. So the value is kept as it is and
 * stringified only when written (createJSONStorage would stringify on every
 * change: with the acts of a 10,000-line paste, the whole list again for
 * each line). Whatever is pending is written when the page is hidden or
 * closed, so nothing is lost on a reload.
 */
export function lazyJSONStorage<S>(): PersistStorage<S> {
  const saved = safeLocalStorage();
  const pending = new Map<string, StorageValue<S>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const [k, v] of pending) void saved.setItem(k, JSON.stringify(v));
    pending.clear();
  };
  if (typeof document !== 'undefined') {
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  }
  return {
    getItem: (k) => {
      const waiting = pending.get(k);
      if (waiting) return waiting;
      const text = saved.getItem(k) as string | null;
      return text === null ? null : parseSaved<S>(text);
    },
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

/** Saved JSON, or nothing when it does not parse (the store's checks then start it fresh). */
function parseSaved<S>(text: string): StorageValue<S> | null {
  try {
    return JSON.parse(text) as StorageValue<S>;
  } catch {
    return null;
  }
}

/** sessionStorage (this tab only, kept across a reload), or memory; errors on save swallowed. */
export function safeSessionStorage(): StateStorage {
  return forgiving(typeof sessionStorage === 'undefined' ? memory() : sessionStorage);
}
