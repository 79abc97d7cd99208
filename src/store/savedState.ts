// What a store reads back from localStorage comes from outside this build:
// an older version, another tab, a hand edit, a hostile page on the same
// origin. Each store describes its saved shape with the small checks below;
// a value that fails its check is dropped alone (the rest of the work is
// kept) and the person is told which, instead of a blank page or a terminal
// that throws on every Enter.
import { createStore } from 'zustand/vanilla';

/** A check says whether a value read from storage has the shape the store needs. */
export type Check<T> = (v: unknown) => v is T;

export const isString: Check<string> = (v): v is string => typeof v === 'string';
export const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
export const isFiniteNumber: Check<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);

export function oneOf<const T extends readonly unknown[]>(values: T): Check<T[number]> {
  return (v): v is T[number] => values.includes(v);
}

export function arrayOf<T>(item: Check<T>): Check<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.every(item);
}

/** A plain object (not an array, not null) read from JSON. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object whose listed fields pass their checks; other fields are ignored. */
export function shape<T>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> {
  return (v): v is T => isRecord(v) && Object.entries(fields).every(([k, check]) => (check as Check<unknown>)(own(v, k)));
}

/**
 * A field of saved data, read only if the object itself has it: `in` or
 * `obj[key]` would find `__proto__`, `constructor` and `toString` on every
 * plain object and hand back a function where a value was expected.
 */
export function own(obj: unknown, key: string): unknown {
  return isRecord(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Whether a lookup table built in code (not from saved data) has this key as its own. */
export function hasOwnKey(obj: object, key: string): boolean {
  return Object.hasOwn(obj, key);
}

export type Dropped = { store: string; fields: readonly string[] };

/** What was dropped on load, for the page to say once. */
export const droppedStore = createStore<{ dropped: readonly Dropped[]; dismiss(): void }>()((set) => ({
  dropped: [],
  dismiss: () => set({ dropped: [] }),
}));

function report(store: string, fields: readonly string[]): void {
  if (fields.length === 0) return;
  droppedStore.setState((s) => {
    const before = s.dropped.find((d) => d.store === store)?.fields ?? [];
    const merged = [...new Set([...before, ...fields])];
    return { dropped: [...s.dropped.filter((d) => d.store !== store), { store, fields: merged }] };
  });
}

/**
 * The fields of `saved` that pass their checks. A field that is present but
 * fails is reported under `store`; a field that is absent is simply not
 * there (a first visit, or an older version that did not save it). `label`
 * names a nested object in the report (`mime text`), and the object itself
 * when it is not one.
 */
export function readSaved<T>(store: string, saved: unknown, fields: { [K in keyof T]: Check<T[K]> }, label?: string): Partial<T> {
  const out: Partial<T> = {};
  const bad: string[] = [];
  if (saved !== undefined && saved !== null && !isRecord(saved)) {
    report(store, [label ?? 'everything']);
    return out;
  }
  for (const key of Object.keys(fields) as (keyof T & string)[]) {
    const value = own(saved, key);
    if (value === undefined) continue;
    if (fields[key](value)) out[key] = value;
    else bad.push(label ? `${label} ${key}` : key);
  }
  report(store, bad);
  return out;
}

/** The items of a saved list that pass, reporting `field` when any did not. */
export function keepValid<T>(store: string, field: string, items: readonly unknown[], item: Check<T>): T[] {
  const kept = items.filter(item);
  if (kept.length < items.length) report(store, [field]);
  return kept;
}
